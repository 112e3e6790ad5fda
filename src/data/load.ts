/**
 * Data file → DepartmentAccounts. Reads the YAML, validates it against the
 * published JSON Schema, then converts it while checking what a schema cannot
 * say (subject codes that fit their parents, amounts' decimals, names that are
 * known). Every problem is collected, not just the first, and reported with the
 * file, the path inside it and the line.
 */
import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { Decimal, ZERO, parseAmount, parseCount } from './amount.js';
import {
  EXPENDITURE_KINDS, INCOME_SOURCES, SPENDING_LABELS, T01_EXPENDITURE_LABELS, T01_INCOME_LABELS,
  T02_LABELS, T03_LABELS, T04_COLUMN_LABELS, T04_EXPENDITURE_LABELS, T04_INCOME_LABELS,
  T06_LABELS, T07_LABELS, T09_LABELS, TABLE_NAMES, TABLE_PARTS,
  ASSETS_LABELS, FULL_YEAR_BUDGET_LABELS, OPENING_BUDGET_LABELS, PERFORMANCE_LABELS, PROCUREMENT_LABELS, RECEPTION_LABELS,
  type Amount, type DepartmentAccounts, type EconomicRow, type OfficeOperation, type OpeningBudgetScope,
  type Performance, type PerformanceProject, type PerformanceStage, type SelfEvaluationSummary, type SubjectRow, type SubjectTable, type Table04,
} from './model.js';
import { actually } from './describe-value.js';
import { DataSource, formatPath, type DataPath } from './source.js';
import { EXPENDITURE_CLASSES, classByName, parentCode, subjectLevel } from './subjects.js';
import { validateAgainstSchema, topLevelKeys } from './schema.js';
import { decodeText, readInputFile, readReason, InputReadError } from './read-input.js';
import { yamlMessage } from './yaml-errors.js';
import { looksLikeProse, recogniseFile, wrongKind } from '../documents/kind.js';
import { appendAll } from '../util/arrays.js';

export { yamlMessage };

export interface DataProblem {
  file: string;
  path: DataPath;
  line?: number;
  column?: number;
  /** what is wrong and what was expected, in Chinese */
  message: string;
}

/** Unusable input: the CLI prints the problems and exits 2. */
export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
  }
}

export function formatProblem(p: DataProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return p.path.length > 0 ? `${where}  ${formatPath(p.path)}：${p.message}` : `${where}  ${p.message}`;
}

export interface LoadedAccounts {
  accounts: DepartmentAccounts;
  source: DataSource;
  /** the data object as read (the tables a file leaves out are rebuilt from it as unknown: facts/unknown.ts) */
  raw?: Record<string, unknown>;
}

export function loadAccounts(file: string): LoadedAccounts {
  let bytes: Buffer;
  try {
    bytes = readInputFile(file).bytes;
  } catch (error) {
    const code = error instanceof InputReadError ? error.code : (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录，不是数据文件' : readReason(error);
    throw new DataError([{ file, path: [], message: `${why}；需要一个 YAML 数据文件` }]);
  }
  // What it is comes first: a workbook, a PDF or a Part 3 is named as such, not parsed as YAML.
  const kind = recogniseFile(bytes, file);
  if (kind.kind === 'data' || kind.kind === 'text') {
    if (kind.utf16) return parseAccounts(new TextDecoder(kind.utf16).decode(bytes), file);
    const decoded = decodeText(bytes);
    if (decoded.encoding === 'gb18030') {
      throw new DataError([{ file, path: [], message: '是 GB18030（GBK）编码，不是 UTF-8；数据文件须为 UTF-8，请另存为 UTF-8 后再用' }]);
    }
    if (kind.kind === 'text' && looksLikeProse(decoded.text)) throw new DataError([{ file, path: [], message: wrongKind(kind, 'data', file) }]);
    return parseAccounts(decoded.text, file);
  }
  throw new DataError([{ file, path: [], message: wrongKind(kind, 'data', file) }]);
}

export function parseAccounts(text: string, file: string): LoadedAccounts {
  const lines = new LineCounter();
  // yaml's own uniqueKeys check compares each key with every key before it (20,000 keys: 20 s); ours is one pass.
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    throw new DataError([{ file, path: [], message: `YAML 格式错误：${yamlFailure(error)}` }]);
  }
  const source = new DataSource(file, doc, lines);
  // After the first syntax error the parser's recovery reports follow-on errors; duplicate keys are independent.
  const errors = [
    ...doc.errors.slice(0, 1).map((e) => ({ offset: e.pos[0], message: yamlMessage(e) })),
    ...duplicateKeys(doc).map((offset) => ({ offset, message: yamlMessage({ code: 'DUPLICATE_KEY', message: '' }) })),
  ].sort((a, b) => a.offset - b.offset);
  if (errors.length > 0) {
    throw new DataError(errors.map((e) => {
      const pos = lines.linePos(e.offset);
      return { file, path: [], line: pos.line, column: pos.col, message: `YAML 格式错误：${e.message}` };
    }));
  }
  let raw: unknown;
  try {
    keepNumbersAsWritten(doc);
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new DataError([{ file, path: [], message: `YAML 格式错误：${yamlFailure(error)}` }]);
  }
  return fromRaw(raw, source);
}

/** A YAML (or JSON) document the parser gave up on without a syntax error, in Chinese. */
export function yamlFailure(error: unknown): string {
  if (error instanceof RangeError) return '嵌套过深，无法读取';
  const message = error instanceof Error ? error.message : String(error);
  if (/alias/iu.test(message)) return '别名（*name）展开过多（可能是“别名炸弹”），无法读取；每个别名最多展开 100 次';
  return '无法解析';
}

/** Where a mapping repeats a key (scalar keys equal in value, as yaml's uniqueKeys compares them). */
function duplicateKeys(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) offsets.push(pair.key.range?.[0] ?? 0);
        else seen.add(pair.key.value);
      }
    },
  });
  return offsets;
}

/**
 * YAML reads 0x1F as 31, 1e-400 as 0 and 12345678901234567 as …568: a number
 * whose shortest decimal form is not exactly what was typed (another notation,
 * digits a double cannot hold, trailing zeros past the point) is kept as the
 * text written, so that the amount and count rules
 * (decimal notation, at most 2 decimals and 15 significant digits) judge what
 * the writer typed, quoted or not.
 */
function keepNumbersAsWritten(doc: Document.Parsed): void {
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'number' || node.type !== 'PLAIN' || node.source === undefined) return;
      const written = node.source.trim();
      if (written !== String(node.value)) node.value = written;
    },
  });
}

/**
 * An already-parsed data object (the data file's shape, e.g. YAML or JSON read
 * elsewhere) → DepartmentAccounts, with the same schema and conversion checks as
 * parseAccounts. Problems name `label` and the path inside the object; there are no lines.
 */
export function accountsFromObject(raw: unknown, label: string): LoadedAccounts {
  return fromRaw(raw, new DataSource(label, undefined, new LineCounter()));
}

/**
 * Accounts from tables some of which the loader may refuse (imported ones): the data object is
 * built for the usable tables (`build`), and a table a problem points into is left out (removed
 * from `usable`) and the object built again. Returns the accounts and each refused table's problems;
 * a problem outside the usable tables is juesuan's own and is thrown.
 */
export function accountsLeavingOut(build: (usable: ReadonlySet<string>) => unknown, usable: Set<string>, label: string): { accounts: DepartmentAccounts; refused: DataProblem[] } {
  const refused: DataProblem[] = [];
  for (;;) {
    try {
      return { accounts: accountsFromObject(build(usable), label).accounts, refused };
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      const bad = error.problems.filter((p) => usable.has(String(p.path[0])));
      if (bad.length === 0) throw error;
      for (const p of bad) usable.delete(String(p.path[0]));
      appendAll(refused, bad);
    }
  }
}

function fromRaw(raw: unknown, source: DataSource): LoadedAccounts {
  const file = source.file;
  // Not a data file at all (say /etc/shadow): one problem, quoting nothing of its contents.
  const expected = '数据文件的顶层应为映射（部门: …、年度: …、公开01表: … 等）';
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const actual = raw === null || raw === undefined ? '空白' : Array.isArray(raw) ? '列表' : typeof raw === 'string' ? '一段文字（内容不列出）' : '单个值（内容不列出）';
    throw new DataError([{ file, path: [], message: `${expected}，实际为${actual}` }]);
  }
  const known = new Set(topLevelKeys());
  if (!Object.keys(raw).some((k) => known.has(k))) {
    throw new DataError([{ file, path: [], message: `${expected}，实际的映射中没有任何数据文件的项（内容不列出），不像 juesuan 数据文件` }]);
  }
  let schemaProblems;
  try {
    schemaProblems = validateAgainstSchema(raw);
  } catch (error) {
    throw new DataError([{ file, path: [], message: `YAML 格式错误：${yamlFailure(error)}` }]);
  }
  if (schemaProblems.length > 0) {
    const located = schemaProblems.map((p) => ({ file, path: p.path, ...source.locate(p.path), message: p.message }));
    throw new DataError(located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
  }
  const reader = new Reader(source);
  // A table marked 未读出 is unknown as a whole, as one left out: what it holds (blanks) is not converted.
  const unread = Object.values(TABLE_NAMES).filter((key) => isUnread((raw as Obj)[key]));
  const accounts = convert(unread.length > 0 ? { ...(raw as Obj), ...Object.fromEntries(unread.map((key) => [key, {}])) } : raw as Obj, reader);
  if (reader.problems.length > 0) throw new DataError(reader.problems);
  const absent = Object.values(TABLE_NAMES).filter((key) => isAbsent((raw as Obj)[key]) || unread.includes(key));
  if (absent.length === 0) return { accounts, source, raw: raw as Obj };
  return { accounts: { ...accounts, absentTables: absent, ...(unread.length > 0 ? { unreadTables: unread } : {}) }, source, raw: raw as Obj };
}


type Obj = Record<string, unknown>;

/** A table a data file leaves out: the key missing, empty (公开05表: {}) or blank (公开05表:). */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
}

/** A table import found and read no amounts of (公开05表: { 未读出: true, … }): its blanks are not zeros. */
function isUnread(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Obj)[TABLE_PARTS.unread] === true;
}

/** Collects problems with their positions while converting. */
class Reader {
  readonly problems: DataProblem[] = [];
  constructor(private readonly source: DataSource) {}

  fail(path: DataPath, message: string): void {
    this.problems.push({ file: this.source.file, path, ...this.source.locate(path), message });
  }

  obj(value: unknown): Obj {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
  }

  amount(value: unknown, path: DataPath): Amount {
    const parsed = parseAmount(value);
    if (!parsed.ok) {
      this.fail(path, `应为${parsed.expected}，${actually(value)}`);
      return ZERO;
    }
    if (parsed.value.isNegative() && !parsed.value.isZero() && cannotBeNegative(path)) {
      this.fail(path, `不能为负数：合计、总计、上年决算数、预算数和三公经费等金额应为 0 或正数`);
      return ZERO;
    }
    return parsed.value;
  }

  optionalAmount(value: unknown, path: DataPath): Amount | undefined {
    return value === undefined || value === null ? undefined : this.amount(value, path);
  }

  count(value: unknown, path: DataPath): number | undefined {
    if (value === undefined || value === null) return undefined;
    const parsed = parseCount(value);
    if (parsed.ok) return parsed.value;
    this.fail(path, `应为${parsed.expected}，${actually(value)}`);
    return undefined;
  }

  text(value: unknown): string | undefined {
    if (value === undefined || value === null) return undefined;
    return cleanText(String(value));
  }

  /** A record of amounts keyed by the labels of a column or line set. */
  record<K extends string>(value: unknown, labels: Record<K, string>, path: DataPath): Record<K, Amount> {
    const o = this.obj(value);
    const out = {} as Record<K, Amount>;
    for (const [id, label] of Object.entries(labels) as Array<[K, string]>) out[id] = this.amount(o[label], [...path, label]);
    return out;
  }
}

/**
 * Amounts that can never be negative: totals (合计, 总计), the previous year's
 * final accounts, opening budgets, the 三公 budget and actual, office
 * operation, procurement and performance budgets. Subject and economic rows,
 * 结余分配 and the carry-over columns may be negative (adjustments, 冲减),
 * so the tables' own arithmetic checks judge them instead.
 */
const NON_NEGATIVE_SECTIONS = new Set<string>([
  '上年决算', OPENING_BUDGET_LABELS.section, FULL_YEAR_BUDGET_LABELS.section, '公开09表', RECEPTION_LABELS.section, '机关运行经费',
  PROCUREMENT_LABELS.section, PERFORMANCE_LABELS.section,
]);

function cannotBeNegative(path: DataPath): boolean {
  if (NON_NEGATIVE_SECTIONS.has(String(path[0]))) return true;
  return path.some((p) => typeof p === 'string' && /合计|总计/u.test(p) && !/结余分配/u.test(p));
}

/** Reasons and descriptions are stored without a trailing full stop; templates add punctuation. */
function cleanText(s: string): string {
  // A loop from the end, not a regex: recheck's fuzzer (test/hardening/redos.test.ts) judged the
  // look-behind pattern that did this now linear, now quadratic, from run to run under load.
  const text = s.trim();
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const TRAILING_PUNCTUATION = /[。；;，,\s]/u;

/**
 * A row key with full-width digits and spaces made ASCII, so "２０１　一般公共服务支出"
 * reads as code 201; the name keeps its own characters (（室） stays full-width).
 */
function keyText(key: string): string {
  return key.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').trim();
}

const SUBJECT_KEY = /^(\d{3}|\d{5}|\d{7})\s+(\S.*)$/u;

function subjectTable<C extends string>(
  value: unknown, labels: Record<C, string>, path: DataPath, r: Reader,
): SubjectTable<C> {
  const o = r.obj(value);
  const rows: SubjectRow<C>[] = [];
  const seen = new Map<string, string>();
  for (const [key, cells] of Object.entries(r.obj(o['科目']))) {
    const rowPath = [...path, '科目', key];
    const m = SUBJECT_KEY.exec(keyText(key));
    if (!m) {
      r.fail(rowPath, '科目应写成“编码 名称”，编码为 3 位（类）、5 位（款）或 7 位（项）数字，如“2010301 行政运行”');
      continue;
    }
    const code = m[1]!;
    const name = m[2]!.trim();
    const level = subjectLevel(code)!;
    const parent = parentCode(code);
    if (seen.has(code)) r.fail(rowPath, `科目编码 ${code} 重复（前面已有“${seen.get(code)}”）`);
    else if (parent !== undefined && !seen.has(parent)) {
      r.fail(rowPath, `科目 ${code} 的上级科目 ${parent} 不在它之前；${level === 'item' ? '项' : '款'}级科目应列在其所属的${level === 'item' ? '款' : '类'}之后`);
    }
    seen.set(code, key);
    rows.push({ key, code, name, level, values: r.record(cells, labels, rowPath) });
  }
  // A table's note is printed under the table (export) as written: its full stop is kept.
  const note = o['说明'] === undefined || o['说明'] === null ? undefined : String(o['说明']).trim() || undefined;
  return {
    total: r.record(o['合计'], labels, [...path, '合计']),
    rows,
    noData: o['本表无数据'] === true,
    ...(note !== undefined ? { note } : {}),
  };
}

function table04(value: unknown, r: Reader): Table04 {
  const o = r.obj(value);
  const path = ['公开04表'];
  const spending = r.obj(o['支出']);
  return {
    income: r.record(o['收入'], T04_INCOME_LABELS, [...path, '收入']),
    expenditureByClass: EXPENDITURE_CLASSES.map((c) => ({
      code: c.code, name: c.name,
      values: r.record(spending[c.name], T04_COLUMN_LABELS, [...path, '支出', c.name]),
    })),
    expenditure: {
      currentTotal: r.record(spending[T04_EXPENDITURE_LABELS.currentTotal], T04_COLUMN_LABELS, [...path, '支出', T04_EXPENDITURE_LABELS.currentTotal]),
      closingBalance: r.record(spending[T04_EXPENDITURE_LABELS.closingBalance], T04_COLUMN_LABELS, [...path, '支出', T04_EXPENDITURE_LABELS.closingBalance]),
      grandTotal: r.record(spending[T04_EXPENDITURE_LABELS.grandTotal], T04_COLUMN_LABELS, [...path, '支出', T04_EXPENDITURE_LABELS.grandTotal]),
    },
  };
}

/** A text per 项 (主要原因 › 科目预算完成, 主要用途): keys are 7-digit subject codes, with the name or not. */
function itemTexts(value: unknown, path: DataPath, r: Reader): Map<string, string> {
  return new Map(Object.entries(r.obj(value)).flatMap(([key, text]) => {
    const code = /^(\d{7})/.exec(keyText(key))?.[1];
    if (!code) {
      r.fail([...path, key], '按项级科目的 7 位编码填写，如“2010301”');
      return [];
    }
    const t = r.text(text);
    return t === undefined ? [] : [[code, t] as [string, string]];
  }));
}

function economicRows(value: unknown, allowed: readonly string[], path: DataPath, r: Reader): EconomicRow[] {
  const rows: EconomicRow[] = [];
  let currentClass: string | undefined;
  for (const [key, amount] of Object.entries(r.obj(value))) {
    const rowPath = [...path, key];
    const m = /^(\d{3}|\d{5})\s+(\S.*)$/u.exec(keyText(key));
    if (!m) {
      r.fail(rowPath, '经济分类科目应写成“编码 名称”，编码为 3 位（类）或 5 位（款）数字，如“30101 基本工资”');
      continue;
    }
    const code = m[1]!;
    if (code.length === 3) {
      if (!allowed.includes(code)) r.fail(rowPath, `这里只能列 ${allowed.join('、')} 类及其款级科目`);
      currentClass = code;
    } else if (code.slice(0, 3) !== currentClass) {
      r.fail(rowPath, `款级科目 ${code} 应列在其所属的 ${code.slice(0, 3)} 类之后`);
    }
    rows.push({ key, code, name: m[2]!.trim(), amount: r.amount(amount, rowPath) });
  }
  return rows;
}

function openingBudgetScope(value: unknown, path: DataPath, r: Reader): OpeningBudgetScope {
  const o = r.obj(value);
  const items = new Map<string, Amount>();
  const keys = new Map<string, string>();
  for (const [key, amount] of Object.entries(r.obj(o[OPENING_BUDGET_LABELS.items]))) {
    const rowPath = [...path, OPENING_BUDGET_LABELS.items, key];
    const m = /^(\d{7})(?:\s+(\S.*))?$/u.exec(keyText(key));
    if (!m) {
      r.fail(rowPath, `${String(path[0])}按项级科目填写：7 位编码，可带名称，如“2010301 行政运行”或“2010301”`);
      continue;
    }
    items.set(m[1]!, r.amount(amount, rowPath));
    keys.set(m[1]!, key);
  }
  const total = r.optionalAmount(o[OPENING_BUDGET_LABELS.total], [...path, OPENING_BUDGET_LABELS.total]);
  return { ...(total !== undefined ? { total } : {}), items, keys };
}

/**
 * Total rows the file leaves blank while their parts hold amounts: a subject table's 合计 row beside 类
 * rows with amounts, 公开06表's 人员经费合计 / 公用经费合计 beside their classes. A total of non-zero parts
 * cannot be 0: the row was not read (an import found its sub-headers where its amounts would be) or
 * not filled in. Unknown, not zero.
 */
function blankTotals(root: Obj, a: DepartmentAccounts): Array<[string, string]> {
  const blank = (v: unknown) => v === undefined || v === null;
  const out: Array<[string, string]> = [];
  const subjectTables = [['t02', a.t02], ['t03', a.t03], ['t05', a.t05], ['t07', a.t07], ['t08', a.t08]] as const;
  for (const [id, table] of subjectTables) {
    const key = TABLE_NAMES[id];
    const raw = root[key];
    if (raw === null || typeof raw !== 'object' || !blank((raw as Obj)[TABLE_PARTS.total])) continue;
    const rows = table.rows as Array<SubjectRow<string>>;
    if (rows.some((row) => row.level === 'class' && Object.values<Amount>(row.values).some((v) => !v.isZero()))) out.push([key, TABLE_PARTS.total]);
  }
  const t06 = root[TABLE_NAMES.t06];
  if (t06 !== null && typeof t06 === 'object') {
    for (const [part, total] of [['personnel', 'personnelTotal'], ['publicFunds', 'publicFundsTotal']] as const) {
      if (blank((t06 as Obj)[T06_LABELS[total]]) && a.t06[part].some((row) => row.code.length === 3 && !row.amount.isZero())) out.push([TABLE_NAMES.t06, T06_LABELS[total]]);
    }
  }
  return out;
}

function optional<T>(key: string, value: T | undefined): Record<string, T> {
  return value === undefined ? {} : { [key]: value };
}

/**
 * One part of the accounts and the top-level sections of the data object it is converted from: it
 * is handed those sections and no other, so what it gives depends on them alone. A data object
 * that differs from another in some sections needs only the parts that read them converted again
 * (reconvertedAccounts: facts/unknown.ts fills each unknown section in turn). `earlier`: the parts
 * converted before it, read only where they come from sections it reads too (unreadTotals).
 */
interface AccountsPart {
  reads: readonly string[];
  gives: ReadonlyArray<keyof DepartmentAccounts>;
  convert(sections: Obj, r: Reader, earlier: Partial<DepartmentAccounts>): Partial<DepartmentAccounts>;
}

const SUBJECT_TABLE_KEYS = [TABLE_NAMES.t02, TABLE_NAMES.t03, TABLE_NAMES.t05, TABLE_NAMES.t07, TABLE_NAMES.t08];

/** The parts, in the order their problems are reported (and the accounts' keys listed). */
const ACCOUNTS_PARTS: readonly AccountsPart[] = [
  {
    reads: ['部门', '年度'], gives: ['department', 'year', 'unit'],
    convert: (s) => ({ department: String(s['部门']).trim(), year: Number(s['年度']), unit: '万元' }),
  },
  {
    reads: ['公开01表'], gives: ['t01'],
    convert: (s, r) => {
      const t01 = r.obj(s['公开01表']);
      const t01Spending = r.obj(t01['支出']);
      for (const name of Object.keys(t01Spending)) {
        if (!classByName(name) && !Object.values(T01_EXPENDITURE_LABELS).includes(name as never)) {
          r.fail(['公开01表', '支出', name], `不是支出功能分类的类名，也不是合计行；应为${EXPENDITURE_CLASSES.map((c) => c.name).join('、')}之一，或本年支出合计、结余分配、年末结转和结余、总计`);
        }
      }
      return {
        t01: {
          income: r.record(t01['收入'], T01_INCOME_LABELS, ['公开01表', '收入']),
          expenditureByClass: EXPENDITURE_CLASSES.map((c) => ({
            code: c.code, name: c.name, amount: r.amount(t01Spending[c.name], ['公开01表', '支出', c.name]),
          })),
          expenditure: r.record(t01Spending, T01_EXPENDITURE_LABELS, ['公开01表', '支出']),
        },
      };
    },
  },
  { reads: ['公开02表'], gives: ['t02'], convert: (s, r) => ({ t02: subjectTable(s['公开02表'], T02_LABELS, ['公开02表'], r) }) },
  { reads: ['公开03表'], gives: ['t03'], convert: (s, r) => ({ t03: subjectTable(s['公开03表'], T03_LABELS, ['公开03表'], r) }) },
  { reads: ['公开04表'], gives: ['t04'], convert: (s, r) => ({ t04: table04(s['公开04表'], r) }) },
  { reads: ['公开05表'], gives: ['t05'], convert: (s, r) => ({ t05: subjectTable(s['公开05表'], SPENDING_LABELS, ['公开05表'], r) }) },
  {
    reads: ['公开06表'], gives: ['t06'],
    convert: (s, r) => {
      const t06 = r.obj(s['公开06表']);
      return {
        t06: {
          personnel: economicRows(t06[T06_LABELS.personnel], ['301', '303'], ['公开06表', T06_LABELS.personnel], r),
          publicFunds: economicRows(t06[T06_LABELS.publicFunds], ['302', '307', '310', '312', '399'], ['公开06表', T06_LABELS.publicFunds], r),
          personnelTotal: r.amount(t06[T06_LABELS.personnelTotal], ['公开06表', T06_LABELS.personnelTotal]),
          publicFundsTotal: r.amount(t06[T06_LABELS.publicFundsTotal], ['公开06表', T06_LABELS.publicFundsTotal]),
        },
      };
    },
  },
  { reads: ['公开07表'], gives: ['t07'], convert: (s, r) => ({ t07: subjectTable(s['公开07表'], T07_LABELS, ['公开07表'], r) }) },
  { reads: ['公开08表'], gives: ['t08'], convert: (s, r) => ({ t08: subjectTable(s['公开08表'], SPENDING_LABELS, ['公开08表'], r) }) },
  {
    reads: ['公开09表'], gives: ['t09'],
    convert: (s, r) => {
      const t09 = r.obj(s['公开09表']);
      return {
        t09: {
          budget: r.record(t09['预算数'], T09_LABELS, ['公开09表', '预算数']),
          actual: r.record(t09['决算数'], T09_LABELS, ['公开09表', '决算数']),
        },
      };
    },
  },
  { reads: ['上年决算'], gives: ['previous'], convert: (s, r) => ({ previous: previousYear(r.obj(s['上年决算']), r) }) },
  {
    reads: [OPENING_BUDGET_LABELS.section], gives: ['openingBudget'],
    convert: (s, r) => {
      const opening = r.obj(s[OPENING_BUDGET_LABELS.section]);
      return {
        openingBudget: {
          gpb: openingBudgetScope(opening[OPENING_BUDGET_LABELS.gpb], [OPENING_BUDGET_LABELS.section, OPENING_BUDGET_LABELS.gpb], r),
          govFund: openingBudgetScope(opening[OPENING_BUDGET_LABELS.govFund], [OPENING_BUDGET_LABELS.section, OPENING_BUDGET_LABELS.govFund], r),
          soe: openingBudgetScope(opening[OPENING_BUDGET_LABELS.soe], [OPENING_BUDGET_LABELS.section, OPENING_BUDGET_LABELS.soe], r),
          sanGong: optionalRecord(opening['三公经费'], T09_LABELS, [OPENING_BUDGET_LABELS.section, '三公经费'], r),
        },
      };
    },
  },
  {
    reads: [FULL_YEAR_BUDGET_LABELS.section], gives: ['fullYearBudget'],
    convert: (s, r) => {
      const fullYear = r.obj(s[FULL_YEAR_BUDGET_LABELS.section]);
      return {
        fullYearBudget: {
          gpb: openingBudgetScope(fullYear[FULL_YEAR_BUDGET_LABELS.gpb], [FULL_YEAR_BUDGET_LABELS.section, FULL_YEAR_BUDGET_LABELS.gpb], r),
          govFund: openingBudgetScope(fullYear[FULL_YEAR_BUDGET_LABELS.govFund], [FULL_YEAR_BUDGET_LABELS.section, FULL_YEAR_BUDGET_LABELS.govFund], r),
          soe: openingBudgetScope(fullYear[FULL_YEAR_BUDGET_LABELS.soe], [FULL_YEAR_BUDGET_LABELS.section, FULL_YEAR_BUDGET_LABELS.soe], r),
        },
      };
    },
  },
  { reads: [RECEPTION_LABELS.section], gives: ['sanGong'], convert: (s, r) => ({ sanGong: sanGongDetails(r.obj(s[RECEPTION_LABELS.section]), r) }) },
  {
    reads: ['主要原因'], gives: ['reasons'],
    convert: (s, r) => {
      const reasons = r.obj(s['主要原因']);
      return {
        reasons: {
          ...optional('grandTotalChange', r.text(reasons['收支总计变动'])),
          incomeChange: textRecord(reasons['收入变动'], T02_LABELS, r),
          expenditureChange: textRecord(reasons['支出变动'], T03_LABELS, r),
          ...optional('fiscalGrandTotalChange', r.text(reasons['财政拨款收支总计变动'])),
          ...optional('gpbExpenditureChange', r.text(reasons['一般公共预算财政拨款支出变动'])),
          ...optional('gpbBudgetCompletion', r.text(reasons['一般公共预算财政拨款支出预算完成'])),
          itemBudgetCompletion: itemTexts(reasons['科目预算完成'], ['主要原因', '科目预算完成'], r),
          ...optional('officeOperationChange', r.text(reasons['机关运行经费变动'])),
          ...optional('sanGongChange', r.text(reasons['三公经费变动'])),
        },
      };
    },
  },
  { reads: ['主要用途'], gives: ['itemPurposes'], convert: (s, r) => ({ itemPurposes: itemTexts(s['主要用途'], ['主要用途'], r) }) },
  {
    // Read from the tables as converted above: they come from these same sections.
    reads: [...SUBJECT_TABLE_KEYS, TABLE_NAMES.t06], gives: ['unreadTotals'],
    convert: (s, _r, earlier) => {
      const unread = blankTotals(s, earlier as DepartmentAccounts);
      return unread.length > 0 ? { unreadTotals: unread } : {};
    },
  },
  {
    reads: ['机关运行经费', '上年决算'], gives: ['officeOperation'],
    convert: (s, r) => {
      const office = s['机关运行经费'];
      if (office === undefined || office === null) return {};
      const o = r.obj(office);
      const p = ['机关运行经费'];
      const officeOperation: OfficeOperation = {
        actual: r.amount(o['决算数'], [...p, '决算数']),
        ...optional('openingBudget', r.optionalAmount(o['年初预算数'], [...p, '年初预算数'])),
        ...optional('previous', r.optionalAmount(o['上年决算数'] ?? r.obj(s['上年决算'])['机关运行经费'], [...p, '上年决算数'])),
        compareWith: o['比较对象'] === '上年决算' ? 'previousYear' : 'openingBudget',
      };
      if (officeOperation.compareWith === 'openingBudget' && officeOperation.openingBudget === undefined) {
        r.fail([...p, '年初预算数'], '比较对象为“年初预算”时需要填写年初预算数');
      }
      if (officeOperation.compareWith === 'previousYear' && officeOperation.previous === undefined) {
        r.fail([...p, '上年决算数'], '比较对象为“上年决算”时需要填写上年决算数');
      }
      return { officeOperation };
    },
  },
  {
    reads: [PROCUREMENT_LABELS.section], gives: ['procurement'],
    convert: (s, r) => {
      const procurement = s[PROCUREMENT_LABELS.section];
      if (procurement === undefined || procurement === null) return {};
      const o = r.obj(procurement);
      const p = [PROCUREMENT_LABELS.section];
      const L = PROCUREMENT_LABELS;
      return {
        procurement: {
          ...optional('statedTotal', r.optionalAmount(o[L.statedTotal], [...p, L.statedTotal])),
          goods: r.amount(o[L.goods], [...p, L.goods]),
          works: r.amount(o[L.works], [...p, L.works]),
          services: r.amount(o[L.services], [...p, L.services]),
          ...optionalRecord(o, PROCUREMENT_OPTIONAL_LABELS, p, r),
        },
      };
    },
  },
  {
    reads: [ASSETS_LABELS.section], gives: ['assets'],
    convert: (s, r) => {
      const assets = s[ASSETS_LABELS.section];
      if (assets === undefined || assets === null) return {};
      const o = r.obj(assets);
      const p = [ASSETS_LABELS.section];
      const L = ASSETS_LABELS;
      return {
        assets: {
          vehiclesTotal: r.count(o[L.vehiclesTotal], [...p, L.vehiclesTotal]) ?? 0,
          vehiclesByUse: Object.entries(r.obj(o[L.vehiclesByUse])).map(([use, n]) => ({ use, count: r.count(n, [...p, L.vehiclesByUse, use]) ?? 0 })),
          ...optional('otherVehiclesUse', r.text(o[L.otherVehiclesUse])),
          equipmentOver1m: r.count(o[L.equipmentOver1m], [...p, L.equipmentOver1m]) ?? 0,
        },
      };
    },
  },
  {
    reads: [PERFORMANCE_LABELS.section], gives: ['performance'],
    convert: (s, r) => {
      const performance = s[PERFORMANCE_LABELS.section];
      return performance === undefined || performance === null ? {} : { performance: convertPerformance(r.obj(performance), r) };
    },
  },
];

/** The sections of `root` a part reads: the only ones it is handed. */
function sectionsOf(root: Obj, part: AccountsPart): Obj {
  const out: Obj = {};
  for (const key of part.reads) out[key] = root[key];
  return out;
}

function convert(root: Obj, r: Reader): DepartmentAccounts {
  const accounts: Partial<DepartmentAccounts> = {};
  for (const part of ACCOUNTS_PARTS) Object.assign(accounts, part.convert(sectionsOf(root, part), r, accounts));
  return accounts as DepartmentAccounts;
}

/**
 * The accounts of `raw`, a data object that differs from the one `base` was converted from only in
 * the top-level sections `changed`: the parts that read none of them are base's own (equal to what
 * converting them again would give), the others converted again. `raw` is juesuan's own, filled in
 * from a valid data object (facts/unknown.ts), so the schema is not checked again; a problem
 * converting it is juesuan's and is thrown.
 */
export function reconvertedAccounts(base: DepartmentAccounts, raw: Obj, changed: ReadonlySet<string>, label: string): DepartmentAccounts {
  const r = new Reader(new DataSource(label, undefined, new LineCounter()));
  const accounts: Partial<DepartmentAccounts> = {};
  for (const part of ACCOUNTS_PARTS) {
    if (part.reads.some((key) => changed.has(key))) Object.assign(accounts, part.convert(sectionsOf(raw, part), r, accounts));
    else for (const key of part.gives) if (base[key] !== undefined) Object.assign(accounts, { [key]: base[key] });
  }
  if (r.problems.length > 0) throw new DataError(r.problems);
  return accounts as DepartmentAccounts;
}

/** 上年决算: each line as given, absent where it is not. */
function previousYear(prev: Obj, r: Reader): DepartmentAccounts['previous'] {
  const prevIncome = r.obj(prev['收入']);
  const prevSpending = r.obj(prev['支出']);
  const prevPath = ['上年决算'];
  return {
    ...optional('grandTotal', r.optionalAmount(prev['收支总计'], [...prevPath, '收支总计'])),
    income: Object.fromEntries(
      (['total', ...INCOME_SOURCES] as const).flatMap((id) => {
        const v = r.optionalAmount(prevIncome[T02_LABELS[id]], [...prevPath, '收入', T02_LABELS[id]]);
        return v === undefined ? [] : [[id, v]];
      }),
    ),
    expenditure: Object.fromEntries(
      (['total', ...EXPENDITURE_KINDS] as const).flatMap((id) => {
        const v = r.optionalAmount(prevSpending[T03_LABELS[id]], [...prevPath, '支出', T03_LABELS[id]]);
        return v === undefined ? [] : [[id, v]];
      }),
    ),
    appropriations: Object.fromEntries(
      (['gpbAppropriation', 'govFundAppropriation', 'soeAppropriation'] as const).flatMap((id) => {
        const v = r.optionalAmount(prevIncome[T01_INCOME_LABELS[id]], [...prevPath, '收入', T01_INCOME_LABELS[id]]);
        return v === undefined ? [] : [[id, v]];
      }),
    ),
    sanGong: optionalRecord(prev['三公经费'], T09_LABELS, [...prevPath, '三公经费'], r),
    ...optional('govFundExpenditure', r.optionalAmount(prev['政府性基金预算财政拨款支出'], [...prevPath, '政府性基金预算财政拨款支出'])),
    ...optional('fiscalGrandTotal', r.optionalAmount(prev['财政拨款收支总计'], [...prevPath, '财政拨款收支总计'])),
    ...optional('gpbExpenditure', r.optionalAmount(prev['一般公共预算财政拨款支出'], [...prevPath, '一般公共预算财政拨款支出'])),
    ...optional('officeOperation', r.optionalAmount(prev['机关运行经费'], [...prevPath, '机关运行经费'])),
  };
}

/** 三公经费: counts, amounts and uses beyond 公开09表. */
function sanGongDetails(sg: Obj, r: Reader): DepartmentAccounts['sanGong'] {
  const abroad = r.obj(sg['因公出国（境）']);
  const cars = r.obj(sg['公务用车']);
  const reception = r.obj(sg[RECEPTION_LABELS.reception]);
  const domestic = r.obj(reception[RECEPTION_LABELS.domestic]);
  const foreign = r.obj(reception[RECEPTION_LABELS.abroad]);
  return {
    abroad: {
      ...optional('groups', r.count(abroad['团组'], ['三公经费', '因公出国（境）', '团组'])),
      ...optional('persons', r.count(abroad['人次'], ['三公经费', '因公出国（境）', '人次'])),
      ...optional('content', r.text(abroad['开支内容'])),
    },
    vehicles: {
      ...optional('purchased', r.count(cars['购置数量'], ['三公经费', '公务用车', '购置数量'])),
      ...optional('held', r.count(cars['保有量'], ['三公经费', '公务用车', '保有量'])),
      ...optional('operationUse', r.text(cars['运行维护费用途'])),
    },
    reception: {
      domestic: {
        ...optional('amount', r.optionalAmount(domestic[RECEPTION_LABELS.amount], [RECEPTION_LABELS.section, RECEPTION_LABELS.reception, RECEPTION_LABELS.domestic, RECEPTION_LABELS.amount])),
        ...optional('batches', r.count(domestic['批次'], ['三公经费', '公务接待', '国内', '批次'])),
        ...optional('persons', r.count(domestic['人次'], ['三公经费', '公务接待', '国内', '人次'])),
        ...optional('foreignAffairsBatches', r.count(domestic['外事批次'], ['三公经费', '公务接待', '国内', '外事批次'])),
        ...optional('foreignAffairsPersons', r.count(domestic['外事人次'], ['三公经费', '公务接待', '国内', '外事人次'])),
        ...optional('use', r.text(domestic['用途'])),
      },
      abroad: {
        ...optional('amount', r.optionalAmount(foreign[RECEPTION_LABELS.amount], [RECEPTION_LABELS.section, RECEPTION_LABELS.reception, RECEPTION_LABELS.abroad, RECEPTION_LABELS.amount])),
        ...optional('batches', r.count(foreign['批次'], ['三公经费', '公务接待', '国（境）外', '批次'])),
        ...optional('persons', r.count(foreign['人次'], ['三公经费', '公务接待', '国（境）外', '人次'])),
      },
    },
  };
}

/** 政府采购's amounts a data file may leave out: every label but the section's, its stated total and the three kinds. */
const { section: _section, statedTotal: _statedTotal, goods: _goods, works: _works, services: _services, ...PROCUREMENT_OPTIONAL_LABELS } = PROCUREMENT_LABELS;

/** A record of amounts where every key may be absent (not blank: absent means "not given"). */
function optionalRecord<K extends string>(value: unknown, labels: Record<K, string>, path: DataPath, r: Reader): Partial<Record<K, Amount>> {
  const o = r.obj(value);
  const out: Partial<Record<K, Amount>> = {};
  for (const [id, label] of Object.entries(labels) as Array<[K, string]>) {
    const v = r.optionalAmount(o[label], [...path, label]);
    if (v !== undefined) out[id] = v;
  }
  return out;
}

function textRecord<K extends string>(value: unknown, labels: Record<K, string>, r: Reader): Partial<Record<K, string>> {
  const o = r.obj(value);
  const out: Partial<Record<K, string>> = {};
  for (const [id, label] of Object.entries(labels) as Array<[K, string]>) {
    const t = r.text(o[label]);
    if (t !== undefined) out[id] = t;
  }
  return out;
}

const L = PERFORMANCE_LABELS;

/** A score, 0 to 100 with at most two decimals; undefined when not given. */
function score(value: unknown, path: DataPath, r: Reader): Decimal | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = parseAmount(value);
  if (!parsed.ok) r.fail(path, `应为分数（最多两位小数），${actually(value)}`);
  else if (parsed.value.gt(100) || parsed.value.lt(0)) r.fail(path, '分数应在 0 到 100 之间');
  else return parsed.value;
  return undefined;
}

/** 项目数 and 涉及预算金额 of one stage; undefined when the stage is not given. */
function performanceStage(value: unknown, path: DataPath, r: Reader): PerformanceStage | undefined {
  if (value === undefined || value === null) return undefined;
  const o = r.obj(value);
  return {
    ...optional('projects', r.count(o[L.stageProjects], [...path, L.stageProjects])),
    ...optional('budget', r.optionalAmount(o[L.stageBudget], [...path, L.stageBudget])),
  };
}

function selfEvaluationSummary(value: unknown, path: DataPath, r: Reader): SelfEvaluationSummary | undefined {
  const stage = performanceStage(value, path, r);
  if (!stage) return undefined;
  const o = r.obj(value);
  return {
    ...stage,
    ...optional('averageScore', score(o[L.averageScore], [...path, L.averageScore], r)),
    grades: Object.entries(r.obj(o[L.grades])).flatMap(([grade, n]) => {
      const count = r.count(n, [...path, L.grades, grade]);
      return count === undefined ? [] : [{ grade, count }];
    }),
    ...optional('problemsFound', r.count(o[L.problemsFound], [...path, L.problemsFound])),
    ...optional('problemsRectified', r.count(o[L.problemsRectified], [...path, L.problemsRectified])),
    ...optional('problemsRectifying', r.count(o[L.problemsRectifying], [...path, L.problemsRectifying])),
  };
}

function convertPerformance(o: Obj, r: Reader): Performance {
  const p = [PERFORMANCE_LABELS.section];
  const listed = o[PERFORMANCE_LABELS.projects];
  const projects: PerformanceProject[] = (Array.isArray(listed) ? listed : []).map((item: unknown, i: number) => {
    const q = r.obj(item);
    const path = [...p, PERFORMANCE_LABELS.projects, i];
    const projectScore = score(q['自评得分'], [...path, '自评得分'], r);
    return {
      name: r.text(q[PERFORMANCE_LABELS.name]) ?? '',
      fullYearBudget: r.amount(q[PERFORMANCE_LABELS.fullYearBudget], [...path, PERFORMANCE_LABELS.fullYearBudget]),
      executed: r.amount(q[PERFORMANCE_LABELS.executed], [...path, PERFORMANCE_LABELS.executed]),
      score: projectScore ?? new Decimal(0),
      grade: r.text(q['自评等级']) ?? '',
      ...optional('achievement', r.text(q['完成情况'])),
    };
  });
  const names = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => String(x)) : []);
  return {
    scope: r.text(o['自评范围']) ?? '预算项目',
    ...optional('projectSpendingTotal', r.optionalAmount(o[PERFORMANCE_LABELS.projectSpendingTotal], [...p, PERFORMANCE_LABELS.projectSpendingTotal])),
    ...optional('summary', r.text(o['自评结果概述'])),
    ...optional('system', r.text(o['管理制度'])),
    projects,
    ...optional('targets', performanceStage(o[L.targets], [...p, L.targets], r)),
    ...optional('tracking', performanceStage(o[L.tracking], [...p, L.tracking], r)),
    ...optional('selfEvaluation', selfEvaluationSummary(o[L.selfEvaluation], [...p, L.selfEvaluation], r)),
    departmentEvaluations: names(o['部门评价项目']),
    transferPayments: names(o['转移支付项目']),
    keyEvaluations: names(o['财政重点评价项目']),
  };
}
