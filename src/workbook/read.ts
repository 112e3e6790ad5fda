/**
 * juesuan import of an .xlsx workbook: each of the nine tables found by its
 * title (公开0N表, or the table's name) on whatever sheet and row it stands,
 * its columns read by their header text (merged header cells read as the text
 * of every column they span), subject rows by their 3/5/7-digit codes, blank
 * cells kept blank. Blank 类/款/合计 cells are computed from their rows and
 * marked (compute.ts). The result is the same data file as `import` of text.
 */
import ExcelJS from 'exceljs';
import { Decimal, parseAmount } from '../data/amount.js';
import { T04_COLUMN_LABELS } from '../data/model.js';
import { formatTableAmount } from '../format/number.js';
import { importedYaml } from '../import/yaml.js';
import { TABLE_TITLES, type ImportedTables } from '../import/tables.js';
import { computeBlankTotals, type Obj } from './compute.js';
import {
  COLUMN_ALIASES, NO_DATA, NOTE_LABEL, ORDINAL, SUBJECT_LABELS, T01_SIDES, T04_AMOUNT_COLUMNS, T04_OPENING_LINES, T04_SIDES, T09_KEYS, labelOf, norm,
  type HeaderPath, type SubjectTableNumber,
} from './layout.js';
import { appendAll } from '../util/arrays.js';
import { workbookDamage, wrongKind } from '../documents/kind.js';

/** A workbook that cannot be read, or cells that are not amounts: the CLI prints the problems and exits 2. */
export class WorkbookError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(problems.map((p) => `${file}  ${p}`).join('\n'));
    this.name = 'WorkbookError';
  }
}

const SUBJECT_CODE = /^\d{3}(\d{2}){0,2}$/u;
const ECONOMIC_CODE = /^\d{3}(\d{2})?$/u;
const MARKER = /^公开0?([1-9])表(.*)$/u;
const TITLE_NUMBERS = new Map<string, number>(TABLE_TITLES.flatMap((t, n) => (t ? [[norm(t), n] as [string, number]] : [])));

/** One sheet's cells as text and values, merged cells resolved. */
class Grid {
  readonly rows: number;
  readonly cols: number;
  constructor(readonly sheet: ExcelJS.Worksheet) {
    this.rows = sheet.rowCount;
    this.cols = sheet.columnCount;
  }

  /** What the cell holds; a formula's last computed result, or nothing if it has none. */
  private valueOf(cell: ExcelJS.Cell): unknown {
    const v = cell.value;
    if (v === null || v === undefined) return null;
    if (typeof v === 'object' && !(v instanceof Date)) {
      if ('richText' in v) return v.richText.map((t) => t.text).join('');
      if ('result' in v || 'formula' in v || 'sharedFormula' in v) {
        const result = (v as { result?: unknown }).result;
        return result === undefined || (typeof result === 'object' && result !== null) ? null : result;
      }
      if ('text' in v) return (v as { text: unknown }).text;
      if ('error' in v) return v;
    }
    return v;
  }

  /** The text of a cell, spaces dropped; a merged cell reads as its top-left cell, for headers and labels. */
  written(r: number, c: number): string {
    const cell = this.sheet.getCell(r, c);
    const v = this.valueOf(cell.isMerged ? cell.master : cell);
    return v === null || typeof v === 'object' ? '' : String(v).replace(/\s+/gu, '');
  }

  /** As written(), full-width forms folded too: for comparing with known header words and labels. */
  text(r: number, c: number): string {
    return norm(this.written(r, c));
  }

  /** The value of a cell for an amount: only a merged range's top-left cell has one. */
  value(r: number, c: number): unknown {
    const cell = this.sheet.getCell(r, c);
    if (cell.isMerged && cell.master !== cell) return null;
    return this.valueOf(cell);
  }

  address(r: number, c: number): string {
    return `工作表“${this.sheet.name}”${this.sheet.getCell(r, c).address}`;
  }
}

/** A table's rows on a sheet: from its title or number to the next table's. */
interface Region {
  n: number;
  grid: Grid;
  first: number;
  /** exclusive */
  end: number;
}

/** The table a cell or sheet name names: 公开02表, 收入决算表, 2024年度收入决算表, 公开02表收入决算表. */
export function tableNamed(text: string): number | undefined {
  const t = norm(text).replace(/^20\d{2}年度?/u, '');
  const m = MARKER.exec(t);
  if (!m) return TITLE_NUMBERS.get(t);
  const n = Number(m[1]);
  return m[2] === '' || TITLE_NUMBERS.get(m[2]!) === n ? n : undefined;
}

function tableAt(grid: Grid, r: number): number | undefined {
  for (let c = 1; c <= grid.cols; c++) {
    const n = tableNamed(grid.text(r, c));
    if (n !== undefined) return n;
  }
  return undefined;
}

function regions(book: ExcelJS.Workbook): Map<number, Region> {
  const out = new Map<number, Region>();
  for (const sheet of book.worksheets) {
    const grid = new Grid(sheet);
    const anchors: Array<{ n: number; r: number }> = [];
    for (let r = 1; r <= grid.rows; r++) {
      const n = tableAt(grid, r);
      if (n !== undefined && anchors[anchors.length - 1]?.n !== n) anchors.push({ n, r });
    }
    // A sheet named for a table, whose cells do not say which: the whole sheet.
    if (anchors.length === 0) {
      const n = tableNamed(sheet.name);
      if (n !== undefined) anchors.push({ n, r: 1 });
    }
    anchors.forEach((a, i) => {
      if (!out.has(a.n)) out.set(a.n, { n: a.n, grid, first: a.r, end: anchors[i + 1]?.r ?? grid.rows + 1 });
    });
  }
  return out;
}

const HEADER_START = new Set(['项目', '科目编码', '收入', '支出', '预算数', '决算数', '人员经费', '公用经费']);

/** Header rows: text only, no amounts, codes, numbered lines or 合计/栏次 rows. */
function isHeaderRow(region: Region, r: number): boolean {
  const { grid } = region;
  let any = false;
  for (let c = 1; c <= grid.cols; c++) {
    const t = grid.text(r, c);
    if (!t) continue;
    if (!any && (t === '栏次' || ((t === '合计' || t === '总计') && region.n !== 9))) return false;
    any = true;
    if (typeof grid.value(r, c) === 'number' || SUBJECT_CODE.test(t) || ORDINAL.test(t) || parseAmount(t).ok) return false;
  }
  return any;
}

interface Columns {
  paths: HeaderPath[];
  /** the first row after the header */
  body: number;
}

function headerOf(region: Region): Columns | undefined {
  const { grid } = region;
  let top = region.first;
  while (top < region.end && ![...Array(grid.cols).keys()].some((c) => HEADER_START.has(grid.text(top, c + 1)))) top++;
  if (top >= region.end) return undefined;
  let bottom = top;
  while (bottom + 1 < region.end && bottom - top < 3 && isHeaderRow(region, bottom + 1)) bottom++;
  const paths: HeaderPath[] = [];
  for (let c = 1; c <= grid.cols; c++) {
    const path: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = grid.text(r, c);
      if (t && path[path.length - 1] !== t) path.push(t);
    }
    paths.push(path);
  }
  return { paths, body: bottom + 1 };
}

class TableReader {
  readonly problems: string[] = [];

  constructor(readonly region: Region, readonly columns: Columns) {}

  get grid(): Grid {
    return this.region.grid;
  }

  *rows(): Generator<number> {
    for (let r = this.columns.body; r < this.region.end; r++) yield r;
  }

  /** Column numbers (1-based) whose header path satisfies `test`. */
  find(test: (path: HeaderPath) => boolean): number[] {
    return this.columns.paths.flatMap((p, i) => (test(p) ? [i + 1] : []));
  }

  /** An amount as the data file writes it (4,340.16), or null for a blank cell. */
  amount(r: number, c: number | undefined): string | null {
    if (c === undefined) return null;
    const v = this.grid.value(r, c);
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
    if (typeof v === 'number') {
      // A double carries binary noise (0.1 + 0.2); an amount is in 分, so it is read at two decimals
      // unless it really has more.
      if (Number.isFinite(v)) {
        const exact = new Decimal(v);
        const cents = exact.toDecimalPlaces(2);
        // …and then as any amount: at most 15 significant digits.
        const parsed = parseAmount(cents.toFixed(2));
        if (cents.minus(exact).abs().lt(1e-6)) {
          if (parsed.ok) return formatTableAmount(parsed.value);
          this.problems.push(`${this.grid.address(r, c)}：金额 ${v} 不可用：${parsed.expected}`);
          return null;
        }
      }
      this.problems.push(`${this.grid.address(r, c)}：金额 ${v} 超过两位小数；万元金额应到分（两位小数）`);
      return null;
    }
    const parsed = parseAmount(typeof v === 'string' ? v : String(v));
    if (parsed.ok) return formatTableAmount(parsed.value);
    this.problems.push(`${this.grid.address(r, c)}：应为金额（数字，最多两位小数）或空白，实际为“${typeof v === 'object' ? '错误值' : String(v)}”`);
    return null;
  }

  /** The column under each label, by header text (the first column with that label). */
  labelled(labels: readonly string[], aliases?: Record<string, string>, within: (c: number) => boolean = () => true): Map<string, number> {
    const out = new Map<string, number>();
    this.columns.paths.forEach((p, i) => {
      const label = labelOf(p, labels, aliases);
      if (label !== undefined && within(i + 1) && !out.has(label)) out.set(label, i + 1);
    });
    return out;
  }

  /**
   * 本表无数据 where the sheet says so, and the sentence under the table: the one that
   * says so (a bare 本表无数据 is no 说明), or one that starts with 说明：.
   */
  noData(): Obj {
    const out: Obj = {};
    for (let r = this.region.first; r < this.region.end; r++) {
      for (let c = 1; c <= this.grid.cols; c++) {
        const v = this.grid.value(r, c);
        if (typeof v !== 'string') continue;
        const text = v.trim();
        if (text.startsWith(NOTE_LABEL)) out['说明'] ??= text.slice(NOTE_LABEL.length).trim();
        else if (text.includes(NO_DATA) && out['本表无数据'] === undefined) {
          out['本表无数据'] = true;
          if (!/^本表无数据[。.]?$/u.test(text)) out['说明'] = text;
        }
      }
    }
    return out['本表无数据'] ? { 本表无数据: true, ...out } : out;
  }
}

const last = (p: HeaderPath): string => p[p.length - 1] ?? '';

function subjectTable(t: TableReader, n: SubjectTableNumber): Obj {
  const codeColumn = t.find((p) => p.includes('科目编码'))[0];
  const nameColumn = t.find((p) => p.includes('科目名称'))[0];
  const labelColumn = codeColumn ?? t.find((p) => p.includes('项目'))[0] ?? 1;
  const columns = t.labelled(SUBJECT_LABELS[n], COLUMN_ALIASES[n], (c) => c !== codeColumn && c !== nameColumn && c !== labelColumn);
  if (columns.size === 0) t.problems.push(`${t.grid.address(t.columns.body - 1, 1)} 一带：找不到${key(n)}的金额栏（${SUBJECT_LABELS[n].join('、')}）`);
  const total: Obj = {};
  const rows: Obj = {};
  const read = (r: number): Obj => {
    const values: Obj = {};
    for (const [label, c] of columns) {
      const v = t.amount(r, c);
      if (v !== null) values[label] = v;
    }
    return values;
  };
  for (const r of t.rows()) {
    const label = t.grid.text(r, labelColumn);
    // Code and name in one cell ("2010301 行政运行") where the sheet has no 科目编码 column.
    const joined = codeColumn === undefined ? /^(\d{3}(?:\d{2}){0,2})(.*)$/u.exec(label) : null;
    const code = joined ? joined[1]! : label;
    if (code === '合计') Object.assign(total, read(r));
    else if (SUBJECT_CODE.test(code)) {
      const name = joined ? t.grid.written(r, labelColumn).slice(code.length) : nameColumn !== undefined ? t.grid.written(r, nameColumn) : '';
      rows[`${code} ${name}`] = read(r);
    }
  }
  return { ...t.noData(), 合计: total, 科目: rows };
}

/** 01 and 04: the label column of each side (项目) and the amount columns after it. */
function sides(t: TableReader): Array<{ label: number; from: number; to: number }> {
  const labels = t.find((p) => last(p) === '项目');
  return labels.slice(0, 2).map((label, i) => ({ label, from: label + 1, to: (labels[i + 1] ?? t.columns.paths.length + 1) - 1 }));
}

/** A line's label without its ordinal: the data file's label where it is one, otherwise as written. */
function sideLabel(t: TableReader, r: number, c: number, labels: Map<string, string>): string {
  const text = t.grid.written(r, c).replace(ORDINAL, '');
  return norm(text) === '栏次' ? '' : labels.get(norm(text)) ?? text;
}

const sideLabels = (lines: typeof T01_SIDES): Map<string, string> =>
  new Map([...lines.income, ...lines.expenditure].flatMap((l) => (l ? [[norm(l.key), l.key] as [string, string]] : [])));
const T01_LABELS = sideLabels(T01_SIDES);
const T04_LABELS = sideLabels(T04_SIDES);

function table01(t: TableReader): Obj {
  const income: Obj = {};
  const spending: Obj = {};
  const [left, right] = sides(t);
  const amountColumn = (side?: { from: number; to: number }): number | undefined =>
    side ? t.find((p) => last(p) === '金额').find((c) => c >= side.from && c <= side.to) : undefined;
  const incomeColumn = amountColumn(left);
  const spendingColumn = amountColumn(right);
  if (incomeColumn === undefined || spendingColumn === undefined) t.problems.push(`${t.grid.address(t.columns.body - 1, 1)} 一带：找不到公开01表收入、支出两侧的“项目”和“金额”栏`);
  for (const r of t.rows()) {
    const inc = left ? sideLabel(t, r, left.label, T01_LABELS) : '';
    const exp = right ? sideLabel(t, r, right.label, T01_LABELS) : '';
    if (inc) income[inc] = t.amount(r, incomeColumn);
    if (exp) spending[exp] = t.amount(r, spendingColumn);
  }
  return { 收入: income, 支出: spending };
}

const OPENING_BY_KIND = new Map(T04_OPENING_LINES.map(([key, printed]) => [norm(printed), key]));

function table04(t: TableReader): Obj {
  const income: Obj = {};
  const spending: Obj = {};
  const [left, right] = sides(t);
  const incomeColumn = left ? t.find((p) => last(p) === '金额').find((c) => c >= left.from && c <= left.to) : undefined;
  const columns = right ? t.labelled(T04_AMOUNT_COLUMNS, {}, (c) => c >= right.from && c <= right.to) : new Map<string, number>();
  if (incomeColumn === undefined || columns.size === 0) t.problems.push(`${t.grid.address(t.columns.body - 1, 1)} 一带：找不到公开04表收入侧的“金额”栏或支出侧的“${T04_COLUMN_LABELS.total}”等栏`);
  let opening = false;
  for (const r of t.rows()) {
    let inc = left ? sideLabel(t, r, left.label, T04_LABELS) : '';
    if (inc === '年初财政拨款结转和结余') opening = true;
    else if (opening && OPENING_BY_KIND.has(norm(inc))) inc = OPENING_BY_KIND.get(norm(inc))!;
    if (inc) income[inc] = t.amount(r, incomeColumn);
    const exp = right ? sideLabel(t, r, right.label, T04_LABELS) : '';
    if (!exp) continue;
    const values: Obj = {};
    for (const [label, c] of columns) {
      const v = t.amount(r, c);
      if (v !== null) values[label] = v;
    }
    spending[exp] = values;
  }
  return { 收入: income, 支出: spending };
}

function table06(t: TableReader): Obj {
  const entries: Array<[string, string | null]> = [];
  const codes = t.find((p) => last(p) === '科目编码');
  for (const [i, code] of codes.entries()) {
    const until = codes[i + 1] ?? t.columns.paths.length + 1;
    const within = (c: number): boolean => c > code && c < until;
    const name = t.find((p) => last(p) === '科目名称').find(within);
    const amount = t.find((p) => last(p) === '金额').find(within);
    for (const r of t.rows()) {
      const c = t.grid.text(r, code);
      if (ECONOMIC_CODE.test(c)) entries.push([`${c} ${name !== undefined ? t.grid.written(r, name) : ''}`, t.amount(r, amount)]);
    }
  }
  if (codes.length === 0) t.problems.push(`${t.grid.address(t.columns.body - 1, 1)} 一带：找不到公开06表的“科目编码”栏`);
  const totals: Obj = { 人员经费合计: null, 公用经费合计: null };
  for (const r of t.rows()) {
    for (let c = 1; c <= t.grid.cols; c++) {
      const label = t.grid.text(r, c);
      if (!(label in totals) || t.grid.value(r, c) === null) continue;
      let next = c + 1;
      while (next <= t.grid.cols && t.grid.value(r, next) === null) next++;
      totals[label] = next <= t.grid.cols && !(t.grid.text(r, next) in totals) ? t.amount(r, next) : null;
    }
  }
  const personnel = entries.filter(([k]) => /^30[13]/u.test(k));
  return {
    人员经费: Object.fromEntries(personnel),
    公用经费: Object.fromEntries(entries.filter((e) => !personnel.includes(e))),
    ...totals,
  };
}

function table09(t: TableReader): Obj {
  const sidesOf = ['预算数', '决算数'].map((side) => ({
    side,
    columns: new Map([...t.columns.paths.entries()].flatMap(([i, p]) => {
      const label = p[0] === side ? labelOf(p.slice(1), T09_KEYS) : undefined;
      return label === undefined ? [] : [[label, i + 1] as [string, number]];
    })),
  }));
  const all = sidesOf.flatMap((s) => [...s.columns.values()]).sort((a, b) => a - b);
  if (all.length === 0) t.problems.push(`${t.grid.address(t.columns.body - 1, 1)} 一带：找不到公开09表的“预算数”“决算数”栏`);
  // The data row: the first with an amount that is not the 栏次 row (1, 2, 3, …).
  const isColumnNumbers = (r: number): boolean => all.every((c, i) => Number(t.grid.text(r, c)) === i + 1);
  const data = [...t.rows()].find((r) => !isColumnNumbers(r) && all.some((c) => t.grid.value(r, c) !== null));
  const out: Obj = t.noData();
  for (const { side, columns } of sidesOf) {
    out[side] = Object.fromEntries(T09_KEYS.map((k) => [k, data === undefined ? null : t.amount(data, columns.get(k))]));
  }
  return out;
}

const key = (n: number): string => `公开0${n}表`;

/** A row's cells in the data file's column order (a computed cell is added last), null for no cells, not {}. */
function tidyRow(row: unknown, labels: readonly string[]): Obj | null {
  const cells = (row ?? {}) as Obj;
  const ordered = Object.fromEntries(labels.flatMap((l) => (cells[l] === undefined || cells[l] === null ? [] : [[l, cells[l]]])));
  return Object.keys(ordered).length === 0 ? null : ordered;
}

/** The rows of 04 and of the subject tables, as the text importer writes them. */
function tidy(n: number, table: Obj): void {
  if (n === 4) {
    const spending = table['支出'] as Obj;
    for (const k of Object.keys(spending)) spending[k] = tidyRow(spending[k], T04_AMOUNT_COLUMNS);
  } else if (n in SUBJECT_LABELS) {
    const labels = SUBJECT_LABELS[n as SubjectTableNumber];
    const rows = (table['科目'] ?? {}) as Obj;
    for (const k of Object.keys(rows)) rows[k] = tidyRow(rows[k], labels) ?? {};
    table['合计'] = tidyRow(table['合计'], labels);
    table['科目'] = Object.keys(rows).length === 0 ? null : rows;
  }
}

/** The text after "编制单位：" (or another of the labels) in a cell, if any. */
function labelled(text: string, labels: readonly string[]): string | undefined {
  for (const label of labels) {
    for (const colon of ['：', ':']) {
      const at = text.indexOf(label + colon);
      // "部门：某单位    金额单位：万元" in one cell: the value ends at a wide space.
      const value = at >= 0 ? text.slice(at + label.length + 1).trim().split(/\s{2,}/u)[0]! : '';
      if (value) return value;
    }
  }
  return undefined;
}

/** 编制单位 and 年度 as the sheets state them. */
function header(found: Region[]): { department?: string; year?: number; problems: string[] } {
  let department: string | undefined;
  let year: number | undefined;
  const problems: string[] = [];
  for (const { grid, first, end } of found) {
    for (let r = first; r < Math.min(end, first + 8); r++) {
      for (let c = 1; c <= grid.cols; c++) {
        const v = grid.value(r, c);
        if (typeof v !== 'string') continue;
        department ??= labelled(v, ['编制单位', '部门']);
        const y = /(20\d{2})\s*年度?/u.exec(v)?.[1];
        if (y && year === undefined) year = Number(y);
        const unit = /单位[：:]\s*(元|千元|亿元)\s*$/u.exec(v.trim())?.[1];
        if (unit) problems.push(`${grid.address(r, c)}：金额单位为${unit}；数据文件的金额以万元为单位，请把表换算为万元后再导入`);
      }
    }
  }
  return { department, year, problems: [...new Set(problems)] };
}

/** .xlsx bytes → the imported tables. Throws a WorkbookError. */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<{ imported: ImportedTables; department?: string; year?: number }> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookError(file, [wrongKind(workbookDamage(error), 'import', file)]);
  }
  const found = regions(book);
  if (found.size === 0) {
    throw new WorkbookError(file, ['工作簿中没有找到任何决算表：应有标题为“公开01表”…“公开09表”或表名（如“收入支出决算总表”）的工作表']);
  }
  const tables: Obj = {};
  const notes: string[] = [];
  const problems: string[] = [];
  for (let n = 1; n <= 9; n++) {
    const region = found.get(n);
    if (!region) { notes.push(`未找到${key(n)}（${TABLE_TITLES[n]}），需手工填写`); continue; }
    const columns = headerOf(region);
    if (!columns) {
      problems.push(`${region.grid.address(region.first, 1)}：${key(n)}（${TABLE_TITLES[n]}）找不到表头（“项目”“科目编码”等）`);
      continue;
    }
    const t = new TableReader(region, columns);
    tables[key(n)] = n === 1 ? table01(t) : n === 4 ? table04(t) : n === 6 ? table06(t) : n === 9 ? table09(t) : subjectTable(t, n as SubjectTableNumber);
    appendAll(problems, t.problems);
  }
  const head = header([...found.values()]);
  appendAll(problems, head.problems);
  if (problems.length > 0) throw new WorkbookError(file, problems);
  const computed = computeBlankTotals(tables);
  for (const [k, table] of Object.entries(tables)) tidy(Number(k.slice(3, 4)), table as Obj);
  if (computed.length > 0) notes.push(`表中 ${computed.length} 个空白的类、款、合计单元格已由下级数据计算，见行尾注释“由……计算”，请核对`);
  return { imported: { tables, notes, computed }, department: head.department, year: head.year };
}

/** .xlsx bytes → data file text, as importText gives for text. */
export async function importWorkbook(bytes: Uint8Array, file: string, source: string): Promise<{ yaml: string; imported: ImportedTables }> {
  const { imported, department, year } = await readWorkbook(bytes, file);
  return { yaml: importedYaml(imported, { department, year, source }), imported };
}

