/**
 * Structural validation of a data file against schema/juesuan-data.schema.json,
 * the one published description of the format (editors use it too). ajv's
 * errors are turned into one Chinese message per place in the file, each saying
 * what was expected there.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import { requireWithCodeCache } from '../code-cache.js';
import { parseAmount } from './amount.js';
import { actually } from './describe-value.js';
import type { DataPath, PathSegment } from './source.js';

export interface SchemaProblem {
  path: DataPath;
  message: string;
}

type SchemaNode = Record<string, unknown>;

/** The schema ships in the package root, next to dist/; read it from there, never from a copy. */
export const SCHEMA_URL = new URL('../../schema/juesuan-data.schema.json', import.meta.url);
/**
 * The schema compiled ahead of time by scripts/build-validator.mjs (npm run
 * build): compiling it here costs ~150 ms at every start. Used only while its
 * key matches the schema file and the options below.
 */
export const PRECOMPILED_URL = new URL('../../dist/data/juesuan-data.validate.cjs', import.meta.url);

// verbose: errors carry the failing value and the schema, which the messages need.
const AJV_OPTIONS: Options = { allErrors: true, verbose: true, allowUnionTypes: true, strict: true };
// `errorMessage` is the annotation yaml-language-server and VS Code show on failure; we use it too.
const KEYWORDS = [{ keyword: 'errorMessage', schemaType: 'string' }] as const;

const requireCjs = createRequire(import.meta.url);

/** What a precompiled validator must have been built from: the schema text and the options. */
export function schemaKey(schemaText: string): string {
  return createHash('sha256').update(JSON.stringify([AJV_OPTIONS, KEYWORDS])).update(schemaText).digest('hex');
}

/** An ajv instance as the loader validates with (`extra`: e.g. code.source for the build script). */
export function createAjv(extra: Options = {}): Ajv {
  // Loaded only when there is no precompiled validator: ajv itself takes ~30 ms to load.
  const { Ajv: AjvClass } = requireCjs('ajv') as typeof import('ajv');
  const ajv = new AjvClass({ ...AJV_OPTIONS, ...extra });
  for (const k of KEYWORDS) ajv.addKeyword({ ...k });
  return ajv;
}

/** The precompiled validator when it was built from `key`, else undefined. */
export function precompiledValidator(key: string): ValidateFunction | undefined {
  try {
    const validate = requireWithCodeCache(fileURLToPath(PRECOMPILED_URL)) as ValidateFunction & { schemaKey?: string };
    return validate.schemaKey === key ? validate : undefined;
  } catch {
    // not built (running from src/ without a build) or unreadable: compile instead
    return undefined;
  }
}

let compiled: ValidateFunction | undefined;
let schemaText: string | undefined;
let schemaRoot: SchemaNode | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    schemaText = readFileSync(SCHEMA_URL, 'utf8');
    compiled = precompiledValidator(schemaKey(schemaText)) ?? createAjv().compile(root());
  }
  return compiled;
}

/** The parsed schema: needed to compile, or to explain a failure. */
function root(): SchemaNode {
  schemaRoot ??= JSON.parse(schemaText ?? readFileSync(SCHEMA_URL, 'utf8')) as SchemaNode;
  return schemaRoot;
}

/** The keys the schema allows at the top level of a data file, required ones first. */
export function topLevelKeys(): string[] {
  const schema = root();
  const required = Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
  const properties = Object.keys((schema['properties'] as SchemaNode | undefined) ?? {});
  return [...new Set([...required, ...properties])];
}

export function validateAgainstSchema(raw: unknown): SchemaProblem[] {
  const validate = validator();
  if (validate(raw)) return [];
  return explainSchemaErrors(validate.errors ?? [], raw, root());
}

/**
 * One problem per location. ajv reports every failing keyword of every branch;
 * a reader wants to know once what belongs at a place. Exported for tests.
 */
export function explainSchemaErrors(errors: readonly ErrorObject[], raw: unknown, root: SchemaNode): SchemaProblem[] {
  const dropped = new Set<ErrorObject>();
  /** an anyOf's own message, for the errors of the alternative that stands in for it */
  const inherited = new Map<string, string>();
  // anyOf/oneOf: when the value's type fits one alternative, that alternative's own
  // errors explain the failure; the "wrong type" errors of the others are noise.
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') continue;
    const branches = ((e.schema as unknown[]) ?? []).map((b) => resolve(b, root));
    const fitting = branches.filter((b) => typeFits(b, e.data));
    if (fitting.length === 0) continue;
    const siblings = errors.filter((o) => o !== e && o.instancePath === e.instancePath && o.keyword === 'type');
    const within = (o: ErrorObject): boolean => o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`);
    const explained = errors.some((o) => o !== e && !siblings.includes(o) && !dropped.has(o) && within(o));
    if (explained) {
      dropped.add(e);
      const own = errorMessageOf(e);
      if (own !== undefined) inherited.set(e.instancePath, own);
      for (const s of siblings) dropped.add(s);
    }
  }

  const byLocation = new Map<string, { path: DataPath; errors: ErrorObject[] }>();
  for (const e of errors) {
    if (dropped.has(e)) continue;
    const path = locationOf(e, raw);
    const id = JSON.stringify(path);
    const group = byLocation.get(id) ?? { path, errors: [] };
    group.errors.push(e);
    byLocation.set(id, group);
  }
  return [...byLocation.values()].map(({ path, errors: group }) => {
    const e = pick(group);
    return { path, message: messageFor(e, root, inherited.get(e.instancePath)) };
  });
}

/** Where the problem is: for a missing or unknown key, or a badly written key, the key itself. */
function locationOf(e: ErrorObject, raw: unknown): DataPath {
  const path = pointerToPath(e.instancePath, raw);
  const key = e.propertyName ?? (e.params as { propertyName?: string }).propertyName
    ?? (e.params as { missingProperty?: string }).missingProperty
    ?? (e.params as { additionalProperty?: string }).additionalProperty;
  return key === undefined ? path : [...path, key];
}

function pointerToPath(pointer: string, raw: unknown): DataPath {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let node = raw;
  for (const part of pointer.slice(1).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    const index = Array.isArray(node) ? Number(key) : undefined;
    path.push(index ?? key);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return path;
}

/**
 * The most telling error at one place: a key's own problem; then an anyOf/oneOf
 * that no alternative fits (it speaks for all of them); then a schema's own
 * message; then a specific keyword; a bare type last.
 */
function pick(group: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject): number => {
    if (e.propertyName !== undefined || ['required', 'additionalProperties'].includes(e.keyword)) return 0;
    if (e.keyword === 'propertyNames') return 1;
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') return 2;
    if (errorMessageOf(e) !== undefined) return 3;
    if (e.keyword === 'type') return 5;
    return 4;
  };
  return [...group].sort((a, b) => rank(a) - rank(b))[0]!;
}

function errorMessageOf(e: ErrorObject): string | undefined {
  const m = (e.parentSchema as SchemaNode | undefined)?.['errorMessage'];
  return typeof m === 'string' ? m : undefined;
}

function messageFor(e: ErrorObject, root: SchemaNode, fallback?: string): string {
  const params = e.params as Record<string, unknown>;
  const parent = (e.parentSchema ?? {}) as SchemaNode;
  switch (e.keyword) {
    case 'required': {
      const key = String(params['missingProperty']);
      const sub = resolve((parent['properties'] as SchemaNode | undefined)?.[key], root);
      const title = typeof sub?.['title'] === 'string' && sub['title'] !== key ? `（${sub['title']}）` : '';
      return `缺少必填项“${key}”${title}`;
    }
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const allowed = Object.keys((parent['properties'] as SchemaNode | undefined) ?? {});
      const near = closest(key, allowed);
      return `未知的键“${key}”${near ? `，是否应为“${near}”` : ''}；可用的键：${allowed.join('、')}`;
    }
    case 'propertyNames':
      return `键“${String(params['propertyName'])}”的写法不对`;
    case 'type':
      if (e.instancePath === '') {
        return `数据文件的顶层应为映射（部门: …、年度: …、公开01表: … 等），${actually(e.data)}`;
      }
  }
  // 年度 left blank (import leaves it so where the source states no year): what to write, not only what it should be.
  if (e.instancePath === '/年度' && (e.data === null || (typeof e.data === 'string' && e.data.trim() === ''))) {
    return '未填写；请在“年度:”后写决算年度（4 位年份），如“年度: 2024”（import 在原表中没有找到年度时留空）';
  }
  // A badly written key (an error inside propertyNames): the message is about the key, not a value.
  if (e.propertyName !== undefined) return errorMessageOf(e) ?? `键的写法不对：${genericMessage(e, parent)}`;
  if (e.schemaPath.startsWith('#/definitions/amount/')) {
    const parsed = parseAmount(e.data);
    if (!parsed.ok) return `应为${parsed.expected}，${actually(e.data)}`;
  }
  return `${errorMessageOf(e) ?? fallback ?? genericMessage(e, parent, root)}，${actually(e.data)}`;
}

function genericMessage(e: ErrorObject, parent: SchemaNode, root?: SchemaNode): string {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return `应为${typeNames(params['type'])}`;
    case 'anyOf':
    case 'oneOf': {
      const branches = ((e.schema as unknown[]) ?? []).map((b) => resolve(b, root ?? {}));
      const names = [...new Set(branches.map((b) => (typeof b?.['title'] === 'string' ? b['title'] : typeNames(b?.['type']))))];
      return `应为${names.join('或')}`;
    }
    case 'enum':
      return `应为${(params['allowedValues'] as unknown[]).map((v) => `“${String(v)}”`).join('或')}`;
    case 'const':
      return `应为“${String(params['allowedValue'])}”`;
    case 'minimum':
      return `应不小于 ${String(params['limit'])}`;
    case 'maximum':
      return `应不大于 ${String(params['limit'])}`;
    case 'minLength':
      return '不应为空';
    case 'pattern':
      return `应符合格式 ${String(params['pattern'])}`;
    default:
      return `不符合数据格式（${String(parent['title'] ?? e.keyword)}）`;
  }
}

const TYPE_NAMES: Record<string, string> = {
  object: '映射（键: 值）', array: '列表', string: '文字', number: '数字', integer: '整数', boolean: 'true 或 false', null: '空白',
};

function typeNames(type: unknown): string {
  const types = (Array.isArray(type) ? type : [type]).map(String);
  // "or blank" adds nothing to a message about a value that is not blank
  const shown = types.length > 1 ? types.filter((t) => t !== 'null') : types;
  return shown.map((t) => TYPE_NAMES[t] ?? t).join('或');
}

function resolve(schema: unknown, root: SchemaNode): SchemaNode | undefined {
  if (schema === null || typeof schema !== 'object') return undefined;
  const ref = (schema as SchemaNode)['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema as SchemaNode;
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = (node as SchemaNode | undefined)?.[decodeURIComponent(part)];
  return node === undefined ? undefined : { ...(node as SchemaNode), ...(schema as SchemaNode) };
}

function typeFits(schema: SchemaNode | undefined, value: unknown): boolean {
  const type = schema?.['type'];
  if (type === undefined) return true;
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return (Array.isArray(type) ? type : [type]).some((t) =>
    t === actual || (t === 'integer' && Number.isInteger(value)) || (t === 'number' && actual === 'number'));
}

/** A suggestion for a typo: the allowed key at edit distance 1 (2 for longer keys), if exactly one. */
function closest(key: string, allowed: readonly string[]): string | undefined {
  const limit = key.length >= 6 ? 2 : 1;
  // a key that must change entirely (y → x) is no typo
  const near = allowed.filter((a) => {
    const d = distance(key, a);
    return d <= limit && d < Math.min([...key].length, [...a].length);
  });
  return near.length === 1 ? near[0] : undefined;
}

function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[y.length]!;
}
