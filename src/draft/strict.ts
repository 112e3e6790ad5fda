/**
 * A template that names something that does not exist fails, with the file,
 * the line and the nearest valid name — never a silent blank. Nunjucks's
 * throwOnUndefined catches only an undefined value printed; a misspelt name in
 * an {% if %}, a loop or a filter's argument would go through as nothing. So:
 *
 * - before rendering, every template of the folder is parsed and each name it
 *   uses must be one the context, a global, a macro, an import or a
 *   {% set %}/{% for %} of the folder binds; each filter and test must exist;
 * - while rendering, the context's objects are wrapped so that reading a
 *   property they do not have throws (a fact's optional fields, such as
 *   undefinedReason, read as undefined);
 * - every error of Nunjucks or of a filter comes out as one TemplateError in
 *   Chinese, with the template file (relative to its folder), line and column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import nunjucks from 'nunjucks';
import { FACT_OPTIONAL_FIELDS } from '../facts/fact.js';
import { nearestNames } from './nearest.js';
import { TemplateError } from './templates.js';
import { appendAll } from '../util/arrays.js';

/** A property or name a template asked for that is not there. */
export class UnknownNameError extends Error {
  /** the property asked for (the last part of path), by which the template's source is searched for the place */
  readonly key: string;

  /** @param whole the nearest names are whole expressions (fact('…')), not the last part of path */
  constructor(readonly path: string, readonly available: readonly string[], readonly nearest: readonly string[], whole = false) {
    super(`没有“${path}”${nearest.length ? `，是不是“${whole ? nearest[0]! : replaceLast(path, nearest[0]!)}”？` : ''}${available.length ? `（可用的有：${shortList(available)}）` : ''}`);
    this.name = 'UnknownNameError';
    this.key = whole ? '' : path.slice(path.lastIndexOf('.') + 1);
  }
}

/** A filter given a value it cannot format (amount of a percentage, percent of a list). */
export class FilterUseError extends Error {
  constructor(message: string, readonly filter: string) {
    super(message);
    this.name = 'FilterUseError';
  }
}

function replaceLast(path: string, name: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? name : `${path.slice(0, dot + 1)}${name}`;
}

function shortList(names: readonly string[]): string {
  return names.length <= 12 ? names.join('、') : `${names.slice(0, 12).join('、')} 等 ${names.length} 个`;
}

// ── the context, wrapped ─────────────────────────────────────────────────

/** Properties anything may be asked for by JavaScript itself (JSON, promises, inspection). */
const HARMLESS = new Set(['toJSON', 'then', 'inspect', 'nodeType', '__keywords']);

const wrapped = new WeakMap<object, object>();

function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isFactLike(target: object): boolean {
  return 'id' in target && 'kind' in target && 'unit' in target && 'value' in target;
}

/**
 * `value` with every plain object and array under it wrapped: reading a
 * property that is not there throws an UnknownNameError naming `path`.
 */
export function strict<T>(value: T, path: string): T {
  if (!isPlain(value)) return value;
  const cached = wrapped.get(value);
  if (cached) return cached as T;
  const proxy = new Proxy(value, {
    get(target, key, receiver) {
      if (typeof key === 'symbol') return Reflect.get(target, key, receiver) as unknown;
      const v = Reflect.get(target, key, receiver) as unknown;
      if (v !== undefined || key in target) {
        // the common case, read thousands of times a draft: a value, or an object already wrapped
        if (!isPlain(v)) return v;
        return wrapped.get(v) ?? strict(v, Array.isArray(target) ? `${path}[${key}]` : `${path}.${key}`);
      }
      if (HARMLESS.has(key)) return undefined;
      if (Array.isArray(target) && /^\d+$/u.test(key)) return undefined; // past the end: as Nunjucks reads it
      if (isFactLike(target) && FACT_OPTIONAL_FIELDS.includes(key)) return undefined;
      const available = Array.isArray(target) ? ['length'] : Object.keys(target);
      const candidates = isFactLike(target) ? [...available, ...FACT_OPTIONAL_FIELDS] : available;
      throw new UnknownNameError(`${path}.${key}`, available, nearestNames(key, candidates));
    },
  });
  wrapped.set(value, proxy);
  return proxy as T;
}

// ── the names a template folder uses ─────────────────────────────────────

interface NjkNode {
  typename: string;
  lineno: number;
  colno: number;
  value?: unknown;
  fields: string[];
  children?: NjkNode[];
  [field: string]: unknown;
}

export interface ParsedFile {
  file: string;
  root: NjkNode;
}

/** Every *.njk file under dir, relative. */
function templateFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) => {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) return templateFiles(dir, rel);
    return d.name.endsWith('.njk') ? [rel] : [];
  });
}

function childNodes(node: NjkNode): NjkNode[] {
  const out: NjkNode[] = [];
  for (const field of node.fields) {
    const v = node[field];
    if (Array.isArray(v)) appendAll(out, (v as NjkNode[]).filter(isNode));
    else if (isNode(v)) out.push(v);
  }
  return out;
}

function isNode(v: unknown): v is NjkNode {
  return typeof v === 'object' && v !== null && typeof (v as NjkNode).typename === 'string';
}

function symbolsIn(node: NjkNode | undefined): NjkNode[] {
  if (!node) return [];
  if (node.typename === 'Symbol') return [node];
  if (node.typename === 'Pair') return symbolsIn(node.key as NjkNode); // {% from x import a as b %}: b; macro(x=1): x
  return childNodes(node).flatMap(symbolsIn);
}

/** The names a node binds (set, for, macro and its arguments, imports), wherever it stands. */
function boundBy(node: NjkNode): NjkNode[] {
  switch (node.typename) {
    case 'Set':
      return (node.targets as NjkNode[]).flatMap(symbolsIn);
    case 'For':
    case 'AsyncEach':
    case 'AsyncAll':
      return symbolsIn(node.name as NjkNode);
    case 'Macro':
    case 'Caller':
      return [...symbolsIn(node.name as NjkNode), ...symbolsIn(node.args as NjkNode)];
    case 'Import':
      return symbolsIn(node.target as NjkNode);
    case 'FromImport':
      return ((node.names as NjkNode).children ?? []).flatMap((n) => (n.typename === 'Pair' ? symbolsIn(n.value as NjkNode) : symbolsIn(n)));
    default:
      return [];
  }
}

interface Use {
  kind: 'name' | 'filter' | 'test';
  node: NjkNode;
}

/** The names, filters and tests a node uses. */
function usesIn(node: NjkNode, out: Use[]): void {
  switch (node.typename) {
    case 'Symbol':
      out.push({ kind: 'name', node });
      return;
    case 'Filter':
    case 'FilterAsync':
      out.push({ kind: 'filter', node: node.name as NjkNode });
      usesIn(node.args as NjkNode, out);
      return;
    case 'Is': {
      usesIn(node.left as NjkNode, out);
      const right = node.right as NjkNode;
      if (right.typename === 'Symbol') out.push({ kind: 'test', node: right });
      else if (right.typename === 'FunCall') {
        out.push({ kind: 'test', node: right.name as NjkNode });
        usesIn(right.args as NjkNode, out);
      } else usesIn(right, out);
      return;
    }
    case 'Pair': {
      // {name: 'x'}: a bare word before the colon is the key's text, as Nunjucks compiles it
      const key = node.key as NjkNode;
      if (key.typename !== 'Symbol') usesIn(key, out);
      usesIn(node.value as NjkNode, out);
      return;
    }
    case 'KeywordArgs':
      // name=value: the names are the callee's parameters
      for (const pair of node.children ?? []) usesIn(pair.value as NjkNode, out);
      return;
    case 'Set':
      if (node.value) usesIn(node.value as NjkNode, out);
      if (node.body) usesIn(node.body as NjkNode, out);
      return;
    case 'For':
    case 'AsyncEach':
    case 'AsyncAll':
      for (const f of ['arr', 'body', 'else_']) if (isNode(node[f])) usesIn(node[f] as NjkNode, out);
      return;
    case 'Macro':
    case 'Caller':
      // default values of the arguments, then the body
      for (const a of (node.args as NjkNode).children ?? []) if (a.typename === 'KeywordArgs') usesIn(a, out);
      usesIn(node.body as NjkNode, out);
      return;
    case 'Import':
    case 'FromImport':
      usesIn(node.template as NjkNode, out);
      return;
    default:
      for (const child of childNodes(node)) usesIn(child, out);
  }
}

function walk(node: NjkNode, visit: (n: NjkNode) => void): void {
  visit(node);
  for (const child of childNodes(node)) walk(child, visit);
}

/**
 * Parses every template of `dir` and checks the names, filters and tests
 * they use. Throws a TemplateError at the first unknown one.
 */
export function checkTemplateNames(
  env: nunjucks.Environment, dir: string, contextNames: readonly string[], ownFilters: readonly string[], shownDir = '',
): ParsedFile[] {
  const parser = (nunjucks as unknown as { parser: { parse(src: string, extensions: unknown[], opts: unknown): NjkNode } }).parser;
  const files: ParsedFile[] = [];
  for (const file of templateFiles(dir).sort()) {
    const src = readFileSync(join(dir, file), 'utf8');
    try {
      files.push({ file, root: parser.parse(src, (env as unknown as { extensionsList: unknown[] }).extensionsList, (env as unknown as { opts: unknown }).opts) });
    } catch (error) {
      throw templateError(error, dir, file, shownDir);
    }
  }
  const bound = new Set<string>(['loop', 'caller', 'super']);
  for (const { root } of files) walk(root, (n) => boundBy(n).forEach((s) => bound.add(String(s.value))));
  const globals = Object.keys((env as unknown as { globals: Record<string, unknown> }).globals);
  const names = new Set([...contextNames, ...globals, ...bound]);
  const filters = Object.keys((env as unknown as { filters: Record<string, unknown> }).filters);
  const tests = Object.keys((env as unknown as { tests: Record<string, unknown> }).tests);
  for (const { file, root } of files) {
    const uses: Use[] = [];
    usesIn(root, uses);
    for (const { kind, node } of uses) {
      const name = String(node.value);
      const at = (message: string) => new TemplateError(`模板 ${shownDir}${file} 第 ${node.lineno + 1} 行第 ${node.colno + 1} 列：${message}`, file, node.lineno + 1, node.colno + 1);
      if (kind === 'name' && !names.has(name)) {
        const nearest = nearestNames(name, [...contextNames, ...globals, ...bound]);
        throw at(`没有名为“${name}”的数据或变量${nearest.length ? `，是不是“${nearest[0]}”？` : ''}（模板可用的有：${shortList([...contextNames, ...globals.filter((g) => !NUNJUCKS_GLOBALS.has(g))])}；见 docs/templates.md）`);
      }
      if (kind === 'filter' && !filters.includes(name)) {
        const nearest = nearestNames(name, filters);
        throw at(`没有名为“${name}”的过滤器${nearest.length ? `，是不是“${nearest[0]}”？` : ''}（juesuan 的过滤器：${ownFilters.join('、')}）`);
      }
      if (kind === 'test' && !tests.includes(name)) {
        const nearest = nearestNames(name, tests);
        throw at(`没有名为“${name}”的判断（is ${name}）${nearest.length ? `，是不是“${nearest[0]}”？` : ''}`);
      }
    }
  }
  return files;
}

/**
 * Where in `file` a render error happened. Nunjucks keeps the line only at
 * function calls, so a property lookup or a filter is found in the source:
 * the first lookup of that property (or use of that filter) at or after the
 * line Nunjucks last knew, else the first in the file.
 */
function locate(
  parsed: readonly ParsedFile[], file: string | undefined, what: { key?: string; filter?: string }, knownLine: number | undefined,
): { line: number; column: number } | undefined {
  const root = parsed.find((f) => f.file === file)?.root;
  if (!root) return undefined;
  const found: NjkNode[] = [];
  if (what.key) {
    walk(root, (n) => {
      const val = n.val as NjkNode | undefined;
      if (n.typename === 'LookupVal' && val && val.value === what.key) found.push(val);
    });
  } else if (what.filter) {
    walk(root, (n) => {
      const name = n.name as NjkNode | undefined;
      if ((n.typename === 'Filter' || n.typename === 'FilterAsync') && name && name.value === what.filter) found.push(name);
    });
  } else {
    return undefined;
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.lineno - b.lineno || a.colno - b.colno);
  const at = found.find((n) => knownLine === undefined || n.lineno + 1 >= knownLine) ?? found[0]!;
  return { line: at.lineno + 1, column: at.colno + 1 };
}

const NUNJUCKS_GLOBALS = new Set(['range', 'cycler', 'joiner']);

// ── errors, in Chinese ───────────────────────────────────────────────────

/** Text between the first `open` and the next `close` after it. */
function between(text: string, open: string, close: string): string | undefined {
  const a = text.indexOf(open);
  if (a < 0) return undefined;
  const b = text.indexOf(close, a + open.length);
  return b < 0 ? text.slice(a + open.length) : text.slice(a + open.length, b);
}

/** Nunjucks's own messages, in Chinese (plain string search: these are read once, on an error). */
const NUNJUCKS_MESSAGES: Array<(raw: string) => string | undefined> = [
  (raw) => (raw.includes('attempted to output null or undefined value')
    ? '输出的值不存在（undefined 或 null）：数据没有这一项时，请先用 {% if %} 判断，或用 placeholder("…") 留出【待补充】' : undefined),
  (raw) => {
    const name = between(raw, 'Unable to call `', '`');
    if (name === undefined) return undefined;
    if (raw.includes('which is not a function')) return `不能调用“${name}”：它不是函数（宏）`;
    // ….value.isZero() on a figure the data cannot give (its table left out): a template written before known_zero.
    return name.includes('["value"][')
      ? `不能调用“${name}”：这个数字数据中没有（如数据文件缺少它所在的表），value 为空；判断数字是否为 0 请用 known_zero(…)，见 docs/templates.md`
      : `不能调用“${name}”：它不存在`;
  },
  (raw) => {
    const name = between(raw, 'template not found: ', '\n');
    return name === undefined ? undefined : `找不到模板文件 ${name}（include 或 import 的路径相对于模板目录）`;
  },
  (raw) => {
    const name = between(raw, 'filter not found: ', '\n');
    return name === undefined ? undefined : `没有名为“${name}”的过滤器`;
  },
  (raw) => (/^(?:un)?expected /u.test(raw) ? `语法错误：${raw}` : undefined),
];

/**
 * A line of a Nunjucks message that says where: "(file)" or "(file) [Line n, Column m]",
 * after spaces and "Template render error: ".
 */
function placeIn(line: string): { file: string; line?: number; column?: number } | undefined {
  const text = line.trim().replace(/^Template render error: /u, '');
  if (!text.startsWith('(')) return undefined;
  const at = text.lastIndexOf(') [Line ');
  if (at < 0) return text.endsWith(')') ? { file: text.slice(1, -1) } : undefined;
  const numbers = /^\) \[Line (\d+)(?:, Column (\d+))?\]$/u.exec(text.slice(at));
  if (!numbers) return undefined;
  return { file: text.slice(1, at), line: Number(numbers[1]), ...(numbers[2] ? { column: Number(numbers[2]) } : {}) };
}

/**
 * Any error thrown while a template of `dir` was parsed or rendered, as a
 * TemplateError in Chinese with the file (relative to dir), line and column.
 */
export function templateError(error: unknown, dir: string, fallbackFile?: string, shownDir = '', parsed: readonly ParsedFile[] = []): TemplateError {
  if (error instanceof TemplateError) return error;
  const e = error as Error & { cause?: unknown; lineno?: number; colno?: number };
  const message = e instanceof Error ? e.message : String(error);
  // Our own error, kept as the cause (an include wraps it once more).
  let cause: Error | undefined = e.cause instanceof Error ? e.cause : undefined;
  while (cause && !(cause instanceof UnknownNameError || cause instanceof FilterUseError) && (cause as { cause?: unknown }).cause instanceof Error) {
    cause = (cause as { cause?: Error }).cause;
  }
  let file = fallbackFile;
  let line = e.lineno || undefined;
  let column = e.colno || undefined;
  const lines = message.split('\n');
  // the innermost place in this folder
  const where = lines.map(placeIn).filter((w) => w !== undefined && !relative(dir, w.file).startsWith('..')).at(-1);
  if (where) {
    file = relative(dir, where.file).split('\\').join('/') || where.file;
    if (where.line) {
      line = where.line;
      column = where.column;
    }
  }
  // The message without Nunjucks's "(file) [Line …]" lines and its "Error: " prefixes.
  const bare = lines.filter((l) => !placeIn(l)).map((l) => l.trim().replace(/^Template render error: /u, '')).join('\n').trim();
  // Our own errors, kept as the cause, or (through an include, which keeps only the text) read back from it.
  const ownText = cause instanceof UnknownNameError || cause instanceof FilterUseError
    ? cause.message : /^(?:UnknownNameError|FilterUseError): ([\s\S]*)$/u.exec(bare)?.[1];
  // Nunjucks's "Unable to call `p["income"]["total"]["value"]["isZero"]`" names the line before the call's: found by what was called.
  const calledKey = ownText === undefined ? /\["([^"]*)"\]$/u.exec(between(bare, 'Unable to call `', '`') ?? '')?.[1] : undefined;
  const what = cause instanceof UnknownNameError ? { key: cause.key }
    : cause instanceof FilterUseError ? { filter: cause.filter }
    : calledKey ? { key: calledKey }
    : ownText?.startsWith('没有“') && !ownText.startsWith('没有“fact(') && !ownText.startsWith('没有“chart(')
      ? { key: /^没有“(?:[^”]*\.)?([^”.]*)”/u.exec(ownText)?.[1] ?? '' }
      : { filter: /^过滤器 (\S+) /u.exec(ownText ?? '')?.[1] ?? '' };
  const located = locate(parsed, file, what, line);
  if (located) ({ line, column } = located);
  const raw = ownText ?? (cause ? cause.message : bare.replace(/^\w*Error: /u, ''));
  let text = raw;
  if (!ownText) {
    for (const say of NUNJUCKS_MESSAGES) {
      const said = say(raw);
      if (said !== undefined) {
        text = said;
        break;
      }
    }
  }
  const place = file ? `模板 ${shownDir}${file}${line ? ` 第 ${line} 行${column ? `第 ${column} 列` : ''}` : ''}：` : '模板：';
  return new TemplateError(`${place}${text}`, file, line, column);
}
