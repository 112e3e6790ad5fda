/**
 * juesuan import of an .xlsx workbook: every sheet becomes lines of placed
 * cells — a cell at its column, a merged cell spanning the columns it covers,
 * a sheet row a line — and goes through the same table recogniser as a PDF
 * or a Word document (src/import/tables.ts). What is particular to a
 * workbook stays here: a cell under an amount column that is not an amount,
 * or a number with a third decimal, is an error of that cell (sheet and
 * address, exit 2); a sheet whose cells do not name its table is read under
 * its own name; a table in 元 (千元, 亿元) is converted to 万元 exactly, as a PDF's
 * is, or not imported where 0.01 万元 cannot hold an amount; a hidden sheet is not read; blank 类/款/合计 cells are
 * computed from their rows and marked (compute.ts). The result is the same
 * data file as `import` of any other source, verified the same way.
 */
import { appendAll } from '../util/arrays.js';
import ExcelJS from 'exceljs';
import { importedYaml, yearNotFound } from '../import/yaml.js';
import { readTables, type ImportedTables } from '../import/tables.js';
import { TABLE_TITLES } from '../import/segments.js';
import { PAGE_SPAN, type Box, type PlacedLine } from '../import/placed.js';
import { verifyTables } from '../import/verify.js';
import { workbookDamage, wrongKind } from '../documents/kind.js';
import { computeBlankTotals, type Obj } from './compute.js';
import { SUBJECT_LABELS, T04_AMOUNT_COLUMNS, norm, type SubjectTableNumber } from './layout.js';

/** A workbook that cannot be read, or cells that are not amounts: the CLI prints the problems and exits 2. */
export class WorkbookError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(problems.map((p) => `${file}  ${p}`).join('\n'));
    this.name = 'WorkbookError';
  }
}

const MARKER = /^公开0?([1-9])表(.*)$/u;
const TITLE_NUMBERS = new Map<string, number>(TABLE_TITLES.flatMap((t, n) => (t ? [[norm(t), n] as [string, number]] : [])));

/** The table a cell or sheet name names: 公开02表, 收入决算表, 2024年度收入决算表, 公开02表收入决算表. */
export function tableNamed(text: string): number | undefined {
  const t = norm(text).replace(/^20\d{2}年度?/u, '');
  const m = MARKER.exec(t);
  if (!m) return TITLE_NUMBERS.get(t);
  const n = Number(m[1]);
  return m[2] === '' || TITLE_NUMBERS.get(m[2]!) === n ? n : undefined;
}

/** What a cell holds: a formula's last computed result (nothing if it has none), rich text as its text, an error as such. */
function valueOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !(v instanceof Date)) {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      return result === undefined || (typeof result === 'object' && result !== null) ? null : result;
    }
    if ('text' in v) return (v as { text: unknown }).text;
    if ('error' in v) return { error: true };
  }
  return v;
}

/** A date cell as a sheet shows it: 2025-09-30, with the time where it has one (exceljs reads a cell's date as UTC). */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '错误值';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

const address = (sheet: ExcelJS.Worksheet, r: number, c: number): string => `工作表“${sheet.name}”${sheet.getCell(r, c).address}`;

/**
 * A sheet's rows as lines: each cell that holds something at its column, a merged cell at its
 * top-left with the columns it spans (the cells it covers are not cells of their own).
 */
function sheetLines(sheet: ExcelJS.Worksheet, page: number): PlacedLine[] {
  const lines: PlacedLine[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: Box[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      // A hidden column (a helper's IDs or keys) is no column of the table as it is shown and printed.
      if (sheet.getColumn(c).hidden) continue;
      const cell = sheet.getCell(r, c);
      if (cell.isMerged && cell.master !== cell) continue;
      const value = valueOf(cell);
      if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
      let span = 1;
      while (c + span <= sheet.columnCount && sheet.getCell(r, c + span).isMerged && sheet.getCell(r, c + span).master === cell) span++;
      const text = value instanceof Date ? dateText(value) : typeof value === 'object' && value !== null ? '错误值' : String(value);
      cells.push({ text, x0: c, x1: c + span, cell: { address: address(sheet, r, c), value } });
    }
    lines.push({ page, y: (page - 1) * PAGE_SPAN + r, h: 1, line: r, cells });
  }
  // A sheet named for a table, whose cells do not say which: the sheet's name is its title.
  const named = lines.some((l) => l.cells.some((c) => typeof c.cell?.value === 'string' && tableNamed(c.text) !== undefined));
  if (!named && tableNamed(sheet.name) !== undefined) lines.unshift({ page, y: (page - 1) * PAGE_SPAN, h: 1, line: 0, cells: [{ text: sheet.name, x0: 1, x1: 2 }] });
  return lines;
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
function header(lines: readonly PlacedLine[]): { department?: string; year?: number } {
  let department: string | undefined;
  let year: number | undefined;
  for (const l of lines) {
    for (const c of l.cells) {
      const v = c.cell?.value;
      if (typeof v !== 'string') continue;
      department ??= labelled(v, ['编制单位', '部门']);
      const y = /(20\d{2})\s*年度?/u.exec(v)?.[1];
      if (y && year === undefined && l.line! <= 8) year = Number(y);
    }
  }
  return { department, year };
}

/** What the notes say of hidden sheets: named (the first few), not read. */
function hiddenNote(names: readonly string[]): string {
  const named = names.length > 4 ? `${names.slice(0, 3).map((n) => `“${n}”`).join('、')}等 ${names.length} 个工作表` : `${names.map((n) => `“${n}”`).join('、')}${names.length > 1 ? ` ${names.length} 个工作表` : '工作表'}`;
  return `${named}是隐藏的，没有读取（隐藏的工作表不显示也不打印，不作为决算表）；如其中有本年的表，请取消隐藏后再导入`;
}

/** A row's cells in the data file's column order (a computed cell is added last), null for no cells, not {}. */
function tidyRow(row: unknown, labels: readonly string[]): Obj | null {
  const cells = (row ?? {}) as Obj;
  const ordered = Object.fromEntries(labels.flatMap((l) => (cells[l] === undefined || cells[l] === null ? [] : [[l, cells[l]]])));
  return Object.keys(ordered).length === 0 ? null : ordered;
}

/** The rows of 04 and of the subject tables after computing, as the other sources write them. */
function tidy(n: number, table: Obj): void {
  if (n === 4) {
    const spending = (table['支出'] ?? {}) as Obj;
    for (const k of Object.keys(spending)) spending[k] = tidyRow(spending[k], T04_AMOUNT_COLUMNS);
  } else if (n in SUBJECT_LABELS) {
    const labels = SUBJECT_LABELS[n as SubjectTableNumber];
    const rows = (table['科目'] ?? {}) as Obj;
    for (const k of Object.keys(rows)) rows[k] = tidyRow(rows[k], labels) ?? {};
    table['合计'] = tidyRow(table['合计'], labels);
    table['科目'] = Object.keys(rows).length === 0 ? null : rows;
  }
}

/** .xlsx bytes → the imported tables. Throws a WorkbookError. */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<{ imported: ImportedTables; department?: string; year?: number }> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookError(file, [wrongKind(workbookDamage(error), 'import', file)]);
  }
  // A hidden sheet (last year's tables, a helper's workings) is no table of the workbook as it is shown and
  // printed, as a hidden column is none: it is not read, and the notes say so. Sheets keep their numbers.
  const hidden = book.worksheets.filter((sheet) => sheet.state !== 'visible');
  const lines = book.worksheets.flatMap((sheet, i) => (sheet.state === 'visible' ? sheetLines(sheet, i + 1) : []));
  const { tables, notes, reads, unfound } = readTables(lines, { wholeCells: true, keepRunningLines: true, source: 'xlsx' });
  for (const u of unfound) notes.push(u.reason);
  if (hidden.length > 0) notes.push(hiddenNote(hidden.map((sheet) => sheet.name)));
  if (Object.keys(tables).length === 0) {
    if (unfound.length > 0) throw new WorkbookError(file, [...new Set(unfound.map((u) => u.reason.replace(/^公开0\d表：/u, '')))]);
    throw new WorkbookError(file, ['工作簿中没有找到任何决算表：应有标题为“公开01表”…“公开09表”或表名（如“收入支出决算总表”）的工作表']);
  }
  // A cell under an amount column that is not an amount is an error of that cell, named by its address: it is not
  // imported, and its table is unreliable (verifyTables lists it); the workbook's other tables are read as they are.
  for (const read of reads.values()) for (const u of read.unplaced) if (u.bad && u.cell) u.why = `${u.cell.address}：${u.why}`;
  const head = header(lines);
  const computed = computeBlankTotals(tables);
  for (const [k, table] of Object.entries(tables)) tidy(Number(k.slice(3, 4)), table as Obj);
  if (computed.length > 0) notes.push(`表中 ${computed.length} 个空白的类、款、合计单元格已由下级数据计算，见行尾注释“由……计算”，请核对`);
  return { imported: { tables, notes, computed, ...verifyTables(tables, reads, 'xlsx') }, department: head.department, year: head.year };
}

/** .xlsx bytes → data file text, as importText gives for text. */
export async function importWorkbook(bytes: Uint8Array, file: string, source: string): Promise<{ yaml: string; imported: ImportedTables }> {
  const { imported, department, year } = await readWorkbook(bytes, file);
  if (year === undefined) imported.notes.push(yearNotFound('各工作表的前 8 行（表名、编制单位和单位一行）中'));
  return { yaml: importedYaml(imported, { department, year, source, kind: 'xlsx' }), imported };
}
