/**
 * The nine public tables from lines of placed cells (placed.ts: a PDF's text
 * items, `pdftotext -layout` text, a Word document's table cells, a
 * workbook's sheets, tab-separated text — one recogniser for every source).
 * Each table is found by its title (segments.ts); its columns by their
 * header cells and its rows by their codes or labels (grid.ts). Two-sided
 * tables (01, 04) and the blocks of 06 are sides of one grid. The 三公
 * table is read with its items as columns (预算数 and 决算数 under each, or
 * over six each) or as rows (其中 rows included).
 *
 * Every table read records where each of its cells came from (page and
 * line), what could not be placed, and which rows had no amounts: verify.ts
 * decides from that and from the tables' own identities which tables can be
 * trusted.
 */
import { appendAll } from '../util/arrays.js';
import { T01_EXPENDITURE_LABELS, T01_INCOME_LABELS, T01_INCOME_SOURCES, T04_COLUMN_LABELS, T04_EXPENDITURE_LABELS, T04_INCOME_LABELS, T09_LABELS } from '../data/model.js';
import { EXPENDITURE_CLASSES } from '../data/subjects.js';
import { Decimal, parseAmount, ZERO } from '../data/amount.js';
import { AMOUNT, bracketsFullWidth, cellsOf, centre, lineText, squash, withAsciiFigures, type Cell } from './cells.js';
import { columnAmounts, edgeFit, firstAmountColumn, headerBoxes, itemCells, layoutOf, wordCells, readBody, valuesOf, type BodyOptions, type ColumnSpec, type Column, type HeaderBox, type Layout, type NameHang, type PlacedAmount, type Row, type Unplaced, type Where } from './grid.js';
import type { Box, PlacedLine } from './placed.js';
import { anotherSet, documentSegments, setsOfOtherYears, ORDINAL, TABLE_TITLES, type Segment } from './segments.js';
import { EMPTY_TABLE } from '../lint/negation.js';
import { ownIdentityFailure, verifyTables } from './verify.js';
import { placeName, type SourceKind } from './place.js';
import { hasAmounts, hasNonZeroAmounts, inWan, statedUnits, tableInWan, UNIT_WORD, withoutAmounts, type Unit } from './unit.js';
import { parseChineseInteger } from '../format/chinese-numerals.js';

export { TABLE_TITLES };

type Obj = Record<string, unknown>;

/**
 * What keeps an imported table from being judged against, gravest first: a cell that could not be
 * placed under a column, a row with no amounts where they stand (its sub-headers printed there),
 * an identity of its own failed, a table the data loader refuses (a 项 before its 款, a cell that
 * is no amount), an identity with another table failed.
 */
export type TableProblemKind = 'placement' | 'row-unread' | 'own' | 'load' | 'cross';
export const TABLE_PROBLEM_KINDS: readonly TableProblemKind[] = ['placement', 'row-unread', 'own', 'load', 'cross'];
/** Each kind in the words of a reason: 公开03表导入后不能通过自身的勾稽关系. */
export const TABLE_PROBLEM_WHAT: Readonly<Record<TableProblemKind, string>> = {
  placement: '有不能确定位置的单元格', 'row-unread': '有的行没有读出金额', own: '不能通过自身的勾稽关系',
  load: '不能作为数据读入', cross: '不能通过表间勾稽关系',
};

/** A table read but not to be judged against: it fails its own identities, or cells could not be placed. */
export interface TableProblem {
  /** 公开03表 */
  table: string;
  /** the table's gravest problem; where not said, an identity of its own */
  kind?: TableProblemKind;
  /** in Chinese, e.g. 公开03表导入后不能通过自身的勾稽关系：… */
  reason: string;
  /** the cells involved: their path in the data file, and where the source has them */
  cells: Array<{ path: string[]; page?: number; line?: number }>;
  /** each failing identity or misplaced cell on its own, for listing */
  details?: Array<{ message: string; cells: Array<{ path: string[]; page?: number; line?: number }> }>;
}

export interface ImportedTables {
  tables: Obj;
  /** what was left out, merged or titled otherwise, in Chinese, for the user */
  notes: string[];
  /** cells the source left blank that were computed from their parts (a workbook's 类/款/合计) */
  computed?: ComputedCell[];
  /** tables read but not to be judged against: they fail their own identities, or cells could not be placed */
  unreliable?: TableProblem[];
  /** tables found in the document but with no amounts read where the table has rows (e.g. a sub-header row), with why, in Chinese */
  unread?: Array<{ table: string; reason: string }>;
  /**
   * total rows with no amounts read (their sub-headers printed where the amounts would be) beside parts
   * with amounts: written blank, unknown rather than 0, the rest of the table read (`row` as the data
   * file names it: 合计), with why, in Chinese
   */
  unreadRows?: Array<{ table: string; row: string; reason: string }>;
  /** the page each table's title stands on (公开06表 → 12), for sources with pages: where a report puts its findings */
  pages?: Record<string, number>;
  /** where each amount was read, by its data-file path joined with › (pathKey): for marking a table's findings on its cells */
  cells?: Record<string, CellPlace>;
  /** a PDF's pages of pictures with no text: where a table not found may stand, unread */
  textlessPages?: number[];
  /** a PDF's pages of text converted to outlines (PdfPage.outlines): a table not found may stand there, unread */
  outlinedPages?: number[];
  /** a PDF's scanned pages with a text layer (PdfPage.ocr): its figures may be misread, a table's slip there no certain error */
  ocrPages?: number[];
  /**
   * 05's budget columns (年初预算数, 调整预算数 / 全年预算数) where 05 is reliable and each column adds up on its own
   * (合计 = Σ类, 类 = Σ款, 款 = Σ项): the data file's 年初预算 / 全年预算 of 一般公共预算财政拨款支出, its 合计 and
   * 项 by 7-digit code, in 万元
   */
  budgets?: Partial<Record<BudgetSection, BudgetScope>>;
  /**
   * 01's column of last year's figures (上年数) where 01 is reliable and the column passes 01's identities on its own:
   * the data file's 上年决算 as far as 01 prints it (收支总计, 收入 › 本年收入合计 and each source, 支出 › 本年支出合计), in 万元
   */
  previous?: PreviousYear;
  /**
   * The columns of last year's figures `previous` was taken from (01's 上年数, 09's 上年决算数), each in its table's
   * shape (09's in its 决算数 place), in 万元, its header's name: what review compares cell by cell with last year's document
   */
  lastYearColumns?: Record<string, { column: string; table: Obj }>;
}

export interface PreviousYear { 收支总计?: string; 收入?: Record<string, string>; 支出?: Record<string, string>; 三公经费?: Record<string, string> }

export type BudgetSection = '年初预算' | '全年预算';
export interface BudgetScope { 合计?: string; 科目: Record<string, string> }

/**
 * An amount as the source prints it and where: page and line (PlacedLine.line), the left and right
 * edge of the text read (the source's unit), and, on a PDF, the box of its own glyphs on the page
 * in PDF user space (x0, y0, x1, y1) where that text was found there exactly (placed.ts pdfCellBoxes).
 */
export interface CellPlace {
  page: number;
  line: number;
  text: string;
  /** the amount in 万元 where the table prints another unit (text 40,285,300.00 元 → 4,028.53): what the data holds */
  wan?: string;
  x0: number;
  x1: number;
  rect?: [number, number, number, number];
}

export interface ComputedCell {
  /** the cell's path in the data file, e.g. 公开02表 › 科目 › 201 一般公共服务支出 › 本年收入合计 */
  path: string[];
  /** how it was computed, written as a comment beside it */
  note: string;
}

/** One table as read: the data file's table, and what verify.ts needs to judge it. */
export interface TableRead {
  table: Obj;
  /** the document's own title for it */
  title: string;
  /** where each cell was read, by its data-file path joined with › */
  at: Map<string, Where>;
  /** amounts that could not be placed, text where an amount should be */
  unplaced: Unplaced[];
  /** rows whose amounts are unknown: their label and the header words printed where the amounts would be */
  unknownRows: Array<{ row: string; words: string[] } & Where>;
  /**
   * amounts printed with fewer than two decimals, taken as complete because the table prints its figures without
   * trailing zeros (withoutTrailingZeros): the table is kept only where its own identities hold (verify.ts)
   */
  short?: PlacedAmount[];
  /** rows found and amounts placed */
  rows: number;
  amounts: number;
  /** why the table is not imported although read: its stated unit (元 amounts that 0.01 万元 cannot hold, two units) */
  unitProblem?: string;
  /** the unit the table prints its amounts in, where it is not 万元 and they were converted */
  unit?: Unit;
  /** a table of subjects' amount columns as its header prints them, left to right, where each is one the data file holds */
  columns?: string[];
  /** 05's budget columns that add up on their own, by section, as printed (the table's unit), each with its header */
  budgets?: Partial<Record<BudgetSection, BudgetScope & { column: string }>>;
  /** 01's column of last year's figures (上年数, 上年决算数), as printed (the table's unit): 01's shape, each row's figure or null */
  lastYear?: { column: string; table: Obj };
}

export const pathKey = (path: readonly unknown[]): string => path.map(String).join('›');

const NOTE_START = /^(?:注|说明)[：:]/u;
const HEADER_WORD = /^(?:项目|科目编码|科目名称|功能分类|经济分类|功能分类科目编码|经济分类科目编码|栏次|类|款|项)$/u;
const TOTAL = /^(?:合计|总计)$/u;

/** NFKC (full-width letters and digits folded, brackets kept full-width) and no spaces: how labels are compared. */
const norm = (s: string): string => bracketsFullWidth(squash(s.normalize('NFKC')));

export interface RecogniseOptions {
  /** each line is a table row with whole cells (Word, a workbook, tab-separated text) */
  wholeCells?: boolean;
  /** leave page headers and footers in (a workbook's sheets have none), and end each table with its page (sheet) */
  keepRunningLines?: boolean;
  /** a cell merged over columns is one field (tab-separated text) */
  collapsedSpans?: boolean;
  /** columns are spaced page by page (`pdftotext -layout` text) */
  ordered?: boolean;
  /** what the lines come from, for naming places in messages (a Word file has paragraphs, no pages); a PDF's pages where not said */
  source?: SourceKind;
  /** a PDF's pages of pictures with no text at all (a table pasted in as a picture, a scanned page): a table not found may be there */
  textlessPages?: readonly number[];
  /** a PDF's pages of text converted to outlines (PdfPage.outlines): no text layer, a table not found may be there */
  outlinedPages?: readonly number[];
  /** a PDF's scanned pages with a text layer (PdfPage.ocr) */
  ocrPages?: readonly number[];
}

/** How many decimals an amount is printed with (272.7 → 1, 250 → 0). */
const places = (t: string): number => (t.includes('.') ? t.length - t.indexOf('.') - 1 : 0);

/** Why an amount printed with other than two decimals is not taken (Reader.decimals). */
export const shortWhy = (text: string): string => `“${text}”的小数位数与表中其他金额（两位小数）不同，可能没有读全`;

/**
 * Whether a table's amounts are printed without trailing zeros (a spreadsheet's General format: 272.7, 435.5, 250, 0
 * beside 11419.88): none has a zero as its last decimal (272.70, 219.0), every other has at most one decimal, and no
 * two-decimal amount starts with a shorter one's figures (272.71 beside 272.7: that one rather cut short).
 */
export function withoutTrailingZeros(texts: readonly string[]): boolean {
  if (texts.some((t) => /\.\d*0$/u.test(t) || places(t) > 2)) return false;
  const short = texts.filter((t) => places(t) < 2);
  const full = texts.filter((t) => places(t) === 2);
  return full.length > 0 && !short.some((s) => full.some((f) => f.startsWith(s.includes('.') ? s : `${s}.`)));
}

class Reader {
  readonly at = new Map<string, Where>();
  readonly unplaced: Unplaced[] = [];
  readonly unknownRows: TableRead['unknownRows'] = [];
  /** what the import says about the table beyond its cells (a column read and left out) */
  readonly notes: string[] = [];
  rows = 0;
  amounts = 0;
  /** a subject table's amount columns as printed, left to right (TableRead.columns) */
  columns?: string[];
  /** why the table, though read, is not imported (its rows have names and no codes) */
  notRead?: string;
  /** the units its columns' names close with (小计（万元）) */
  readonly units = new Set<Unit>();
  /** 05's budget columns read (TableRead.budgets) */
  budgets?: TableRead['budgets'];
  /** 01's column of last year's figures read (TableRead.lastYear) */
  lastYear?: TableRead['lastYear'];
  /**
   * Figures whose columns by the headers' left edges end far short of the next header (Reader.body): the pairs of
   * columns (by centre, by left edge) where the two readings differ. Set, the table is read again (readTables).
   */
  readonly farGroups = new Set<string>();
  /** a reading again by the headers' left edges where figures end far short of the next header, these groups by their centres */
  farEdges?: { byCentreFor: ReadonlySet<string> };
  /** the 合计 row printed right of the header (shiftedTotal), and whether the table's reader has taken it (subject tables do) */
  shifted?: ShiftedTotal;
  shiftedTaken = false;

  /** @param learnt where names stood against codes in the document's tables read before this one */
  constructor(readonly key: string, readonly options: RecogniseOptions, readonly learnt: number[], readonly hangs: NameHang[] = []) {}

  body(lines: PlacedLine[], layout: Layout, options: Omit<BodyOptions, 'wholeCells'>): Row[][] {
    const read = (byLeftEdges: boolean, byCentreFor?: ReadonlySet<string>) => readBody(lines, layout, {
      ...options, wholeCells: this.options.wholeCells ?? false, collapsedSpans: this.options.collapsedSpans ?? false,
      ordered: this.options.ordered ?? false, learnt: this.learnt, hangs: this.hangs, byLeftEdges, ...(byCentreFor ? { byCentreFor } : {}),
    });
    let body = read(false);
    // Two figures of a row in one column by their headers' centres: the headers may be aligned left in their
    // cells and the figures right (Word's default alignment), each figure then nearer the next column's header.
    // Columns bounded by the headers' left edges are taken where they place every figure.
    // So too where a figure ends before the header nearest its centre starts (a Calc PDF: headers left in narrow
    // cells): taken only where every figure then ends just short of the next column's header, as that layout's do.
    // Where some end far short of it (figures right in wide cells, headers centred or right), the reading is only
    // a candidate: readTables keeps it where the table's identities hold and hold in no other reading (farEdges).
    if (!this.options.wholeCells && !this.options.ordered && body.unplaced.some((u) => u.kind !== undefined)) {
      const byLeft = read(true);
      const fit = body.unplaced.some((u) => u.kind === 'sameCell') ? 'near' : edgeFit(byLeft.rows, layout, 1.5 * lineHeight(lines));
      if (byLeft.unplaced.length === 0 && fit === 'near') body = byLeft;
      else if (byLeft.unplaced.length === 0 && fit === 'far') {
        if (this.farEdges) body = read(true, this.farEdges.byCentreFor);
        else for (const g of byLeft.edgeGroups) this.farGroups.add(g);
      }
    }
    for (const u of layout.units ?? []) this.units.add(u);
    appendAll(this.unplaced, body.unplaced);
    // (a wrapped name's line that may end the name above it or start the one below: joined to neither)
    // (what an amount's cell holds beside its amount: the amount read, the rest not, and said)
    for (const a of body.asides) {
      const at = placeName(this.options.ordered ? 'text' : this.options.source ?? 'pdf', a.page, a.line);
      this.notes.push(`${this.key}：${at}“${a.text}”是${a.row}金额旁的${a.mark ? '脚注标记' : '说明文字'}，不是金额，没有导入（只导入了金额）`);
    }
    for (const c of body.unclearNames) this.notes.push(`${this.key}：${placeName(this.options.ordered ? 'text' : 'pdf', c.page, c.line)}“${c.text}”是折行的科目名称，不能确定接在上一行还是下一行的名称里，没有拼入名称，请对照原文`);
    for (const r of body.rows.flat()) {
      this.rows++;
      this.amounts += r.values.size;
      if (r.subHeaders.length > 0 && r.values.size === 0) this.unknownRows.push({ row: r.code ? `${r.code} ${r.label}` : r.label, words: r.subHeaders, ...r.at });
    }
    return body.rows;
  }

  /** every amount written to the table, for the check of its decimals */
  readonly written: PlacedAmount[] = [];

  /** A row's cells recorded under its path; returns its values. */
  record(path: readonly string[], row: Row): Obj {
    this.at.set(pathKey(path), row.at);
    for (const [k, v] of row.values) {
      if (k.startsWith('!')) continue;
      this.at.set(pathKey([...path, k]), v);
      this.written.push(v);
    }
    return Object.fromEntries(Object.entries(valuesOf(row)).filter(([k]) => !k.startsWith('!')));
  }

  /** A single cell (01, 06) recorded under its path. */
  one(path: readonly string[], row: Row, column: string): string | null {
    const v = row.values.get(column);
    this.at.set(pathKey(path), v ?? row.at);
    if (v) this.written.push(v);
    return v?.text ?? null;
  }

  /**
   * A table writes its amounts to 0.01: one with another number of decimals where the others
   * have two (219.0 beside 518.94) was not read whole — cut at the page's edge, or run into
   * the next cell — and is not to be trusted.
   */
  decimals(): void {
    const two = this.written.filter((v) => places(v.text) === 2).length;
    if (this.written.length < 3 || two < 0.8 * this.written.length) return;
    const short = this.written.filter((v) => places(v.text) !== 2);
    if (short.length === 0) return;
    // Printed without trailing zeros (a spreadsheet's General format: 272.7, 250): complete as printed, where the table
    // shows that way of printing throughout — no figure with a zero after its point, none a longer reading of a short one.
    // verify.ts keeps the table only where its own identities then hold.
    if (withoutTrailingZeros(this.written.map((v) => v.text))) { this.short = short; return; }
    for (const v of short) this.problem(v.text, shortWhy(v.text), v);
  }

  /** amounts of fewer decimals taken as complete, the table printing its figures without trailing zeros (TableRead.short) */
  short?: PlacedAmount[];

  /**
   * A total printed with its amount on the next line, under the last block (人员经费合计 … 公用经费合计
   * with 395.08 alone below): the one amount not placed, right of the label and within two lines of it.
   */
  claim(path: readonly string[], row: Row): string | null {
    const near = this.unplaced.filter((u) => AMOUNT.test(u.text) && u.page === row.at.page && u.line >= row.at.line && u.line <= row.at.line + 1);
    if (near.length !== 1) return null;
    this.unplaced.splice(this.unplaced.indexOf(near[0]!), 1);
    this.at.set(pathKey(path), near[0]!);
    this.amounts++;
    return near[0]!.text;
  }

  problem(text: string, why: string, at: Where): void {
    this.unplaced.push({ ...at, text, why });
  }

  done(table: Obj, seg: Segment): TableRead {
    // (a table whose reader does not take a 合计 printed right of its header: its figures stand under no column)
    if (this.shifted && !this.shiftedTaken) {
      for (const f of [...this.shifted.figures, ...this.shifted.cut ?? []]) this.problem(f.text, `“${squash(this.shifted.label.text)}”一行印在表头右侧，金额不在任何金额栏之下，不能确定属于哪一栏`, f);
    }
    this.decimals();
    return {
      table, title: seg.title, at: this.at, unplaced: this.unplaced, unknownRows: this.unknownRows, rows: this.rows, amounts: this.amounts,
      ...(this.short ? { short: this.short } : {}),
      ...(this.columns ? { columns: this.columns } : {}), ...(this.budgets ? { budgets: this.budgets } : {}),
      ...(this.lastYear ? { lastYear: this.lastYear } : {}),
    };
  }
}

/** A cell of the line over a table's column headers: 编制单位：…, 2024年度, 公开01表, 单位：万元. */
const OVER_HEADER = /^(?:编制单位|编制部门|部门|单位|金额单位)[：:]|公开\s*0?\d{1,2}\s*表|^\d{4}\s*年度?$/u;

/** The lines' usual text height (a PDF's font size, in points). */
function lineHeight(lines: readonly PlacedLine[]): number {
  const hs = lines.map((l) => l.h ?? 1).sort((a, b) => a - b);
  return hs[hs.length >> 1] ?? 1;
}

/** The start of an amount a narrow cell wrapped before its decimals (41,220,600. over 00, 41,220,600 over .00): a row's, never the header's. */
const AMOUNT_PIECE = /^-?\d{1,3}(?:,\d{3})+\.?$/u;

/** A row's number as its label prints it (二十六、 → 26), up to 99; undefined for none. */
function rowNumber(text: string): number | undefined {
  const m = /^([一二三四五六七八九十]{1,3})、/u.exec(text);
  return m ? parseChineseInteger(m[1]!) : undefined;
}

/** Whether a cell is the next numbered row (十八、) after one of the cells above it that starts where it starts (十七、). */
function continuesNumbering(c: Cell, above: readonly Cell[]): boolean {
  const n = rowNumber(c.text);
  return n !== undefined && n > 1 && above.some((a) => Math.abs(a.x0 - c.x0) <= c.h && rowNumber(a.text) === n - 1);
}

/** The table's header cells (up to its first row), body (up to the note under it) and the rest. */
function split(seg: Segment, grid: boolean, ordered = false, r?: Reader): Split {
  const parts = splitLines(seg, grid, ordered);
  if (r) r.shifted = parts.shifted;
  if (grid) return parts;
  const note = sideNote(seg.lines.slice(0, seg.lines.length - parts.body.length - parts.rest.length), parts.body);
  if (!note) return parts;
  if (r) r.notes.push(`${r.key}：${placeName(r.options.source ?? 'pdf', note.at.page, note.at.line)}“${note.text}”是表旁的说明文字，不是表头，没有作为一栏读取`);
  const keep = (l: PlacedLine): PlacedLine => {
    const out = l.cells.filter((b) => !note.cells.some((c) => c.page === l.page && c.y === l.y && b.x0 < c.x1 && c.x0 < b.x1));
    return out.length === l.cells.length ? l : { ...l, cells: out };
  };
  return { ...parts, header: parts.header.filter((c) => !note.cells.includes(c)), body: parts.body.map(keep).filter((l) => l.cells.length > 0) };
}

/**
 * A note printed beside a table, in its header's lines (说明：“三公”经费预算数为 / 全年预算数。, Word's layout table
 * putting it in a cell right of the header): a header cell starting 说明：or 注：with a header cell left of it on its line,
 * and the lines straight under it, starting where it starts, that go on its sentence until it ends (。). It names no
 * column, and the words under it are no figures of a row.
 */
function sideNote(headerLines: readonly PlacedLine[], body: readonly PlacedLine[]): { text: string; at: Cell; cells: Cell[] } | undefined {
  for (const line of headerLines) {
    const cs = cellsOf(line);
    const head = cs.find((c) => c.kind === 'text' && NOTE_START.test(squash(c.text)) && cs.some((d) => d.x1 < c.x0));
    if (!head) continue;
    const cells = [head];
    let text = squash(head.text);
    let last = head;
    for (const l of [...headerLines, ...body]) {
      if (/[。.]$/u.test(text)) break;
      if (l.page !== head.page || l.y <= last.y) continue;
      if (l.y - last.y > 2 * head.h) break;
      const next = cellsOf(l).find((c) => c.kind === 'text' && Math.abs(c.x0 - head.x0) <= head.h && !NOTE_START.test(squash(c.text)));
      if (!next) break;
      cells.push(next);
      text += squash(next.text);
      last = next;
    }
    return { text, at: head, cells };
  }
  return undefined;
}

function splitLines(seg: Segment, grid: boolean, ordered: boolean): Split {
  const shifted = grid ? undefined : shiftedTotal(seg.lines);
  const cells = (l: PlacedLine) => (shifted && l === shifted.line ? shifted.header : cellsOf(l, grid));
  const isRow = (l: PlacedLine) => cells(l).some((c) => c.kind === 'code' || c.kind === 'amount' || c.asAmount !== undefined || AMOUNT_PIECE.test(c.text)) || ORDINAL.test(cells(l)[0]?.text ?? '');
  const isEnd = (l: PlacedLine) => NOTE_START.test(squash(lineText(l))) || EMPTY_TABLE.test(lineText(l));
  let h = seg.lines.findIndex((l) => isRow(l) || isEnd(l));
  if (h < 0) h = seg.lines.length;
  // The first lines of the first row's wrapped name: nearer to that row than to the header above.
  const lone = (i: number) => {
    const cs = cells(seg.lines[i]!);
    return cs.length === 1 && cs[0]!.kind === 'text' && !HEADER_WORD.test(cs[0]!.text) && !UNIT_WORD.test(cs[0]!.text) && !TOTAL.test(cs[0]!.text);
  };
  const first = h;
  const filled = (i: number) => cells(seg.lines[i]!).length > 0;
  const hasCode = (i: number) => i < seg.lines.length && cells(seg.lines[i]!).some((c) => c.kind === 'code');
  // (or the row's figures on a line of their own right over its code, an extractor's baseline a little off: the
  // row starts there — npm run fuzz put 301's 3,932.61 over it, and 302's 商品和服务支 / 出 lost its first line)
  const figuresOnly = (i: number) => i < seg.lines.length && filled(i) && cells(seg.lines[i]!).every((c) => c.kind === 'amount');
  while (!grid && (hasCode(first) || (figuresOnly(first) && hasCode(first + 1)))) {
    let piece = h - 1;
    while (piece > 0 && !filled(piece)) piece--;
    let above = piece - 1;
    while (above > 0 && !filled(above)) above--;
    if (above < 0 || !lone(piece)) break;
    // (layout text counts lines: a piece a line under the header and a line over the row, no header word, is the row's)
    const toRow = seg.lines[first]!.y - seg.lines[piece]!.y;
    const toHeader = seg.lines[piece]!.y - seg.lines[above]!.y;
    if (ordered ? toRow > toHeader : toRow >= toHeader) break;
    h = piece;
  }
  let e = seg.lines.findIndex((l, i) => i >= h && isEnd(l));
  if (e < 0) e = seg.lines.length;
  // Part 3 printed right after the table (the next section's heading, its paragraph) is none of its rows: a line
  // of one text, after the first row, that runs over two header cells side by side on one line (no cell of the table is wider
  // than its column) or is a sentence (。). Word's tables end where their w:tbl does (below).
  if (!grid) {
    // (the column headers: not the line over them, 编制单位：… 2024年度 公开01表 单位：万元)
    const header = seg.lines.slice(0, h).map(cells).filter((cs) => !cs.some((c) => OVER_HEADER.test(c.text))).flat();
    const prose = (l: PlacedLine, i: number): boolean => {
      const cs = cells(l);
      const c = cs[0];
      if (cs.length !== 1 || c!.kind !== 'text' || TOTAL.test(c!.text) || /合计$/u.test(c!.text)) return false;
      // (a continuation page's title and header repeated: 支出功能分类科目编码 over 类 款 项 is as wide)
      if (OVER_HEADER.test(c!.text) || /表(?:[（(]续[）)])?$/u.test(c!.text) || header.some((k) => k.text === c!.text) || HEADER_WORD.test(c!.text)) return false;
      if (/。$/u.test(c!.text)) return true;
      // (a numbered row going on from the one above it, 十八、 under 十七、, printed over its blank amount cells)
      if (continuesNumbering(c!, seg.lines.slice(h, i).flatMap(cells))) return false;
      const under = header.filter((k) => centre(k) > c!.x0 && centre(k) < c!.x1);
      return under.some((a) => under.some((b) => b.x1 < a.x0 && Math.abs(a.y - b.y) < a.h / 2));
    };
    const at = seg.lines.findIndex((l, i) => i > h && i < e && prose(l, i));
    if (at > 0) e = at;
  }
  // A Word table ends where its w:tbl ends: the paragraphs after its last row (Part 3 placed after the table) are none of its rows.
  let lastRow = seg.lines.length - 1;
  while (lastRow >= 0 && seg.lines[lastRow]!.wordTable === undefined) lastRow--;
  if (lastRow >= h && lastRow + 1 < e) e = lastRow + 1;
  const out = { header: seg.lines.slice(0, h).flatMap(cells), body: seg.lines.slice(h, e), rest: seg.lines.slice(e) };
  return shifted && seg.lines.indexOf(shifted.line) < h ? { ...out, shifted: { label: shifted.label, figures: shifted.figures, ...(shifted.cut ? { cut: shifted.cut } : {}) } } : out;
}

/** A table's header cells, body and the rest; the 合计 row printed right of the header where there is one (shiftedTotal). */
interface Split { header: Cell[]; body: PlacedLine[]; rest: PlacedLine[]; shifted?: ShiftedTotal }
export interface ShiftedTotal { label: Cell; figures: Cell[]; /** figures cut short (at the page's edge) */ cut?: Cell[] }

/** A blank cell printed as a dash; a figure cut short at the page's edge (4,902,3). */
const BLANK_DASH = /^[-－—–‐―]{1,2}$/u;
const FIGURE_CUT = /^\d[\d,.]*$/u;

/**
 * The 合计 row printed right of the column headers, on one of their lines (LibreOffice Writer laying out an HTML
 * table whose header has an empty row: blind 18R u08, u10, u12): on the first line holding figures, a 合计 that
 * starts right of every header cell above it and of the header words before it on its line, with only figures (or
 * dashes) after it. Its figures stand under no column — their blank cells are not printed, so no position tells
 * which column each is — and the line's words left of it are the header's.
 */
function shiftedTotal(lines: readonly PlacedLine[]): ShiftedTotal & { line: PlacedLine; header: Cell[] } | undefined {
  const at = lines.findIndex((l) => cellsOf(l).some((c) => c.kind === 'amount' || c.kind === 'code'));
  if (at <= 0) return undefined;
  const line = lines[at]!;
  // (its words, where the 合计 and a header's last line run together: 助支合计, 基本支出 项目支出 合计)
  const cs = cellsOf(line).flatMap((c) => (c.kind === 'text' ? wordCells([c]) : [c]));
  const t = cs.findIndex((c) => TOTAL.test(squash(c.text)));
  if (t <= 0) return undefined;
  const before = cs.slice(0, t);
  const after = cs.slice(t + 1);
  // (figures, dashes for blank cells, or a figure cut at the page's edge: 4,902,3)
  if (!before.every((c) => c.kind === 'text') || !after.every((c) => c.kind === 'amount' || BLANK_DASH.test(squash(c.text)) || FIGURE_CUT.test(c.text)) || !after.some((c) => c.kind === 'amount')) return undefined;
  const above = lines.slice(0, at).map((l) => cellsOf(l)).filter((row) => !row.some((c) => OVER_HEADER.test(c.text))).flat();
  if (above.length === 0) return undefined;
  const label = cs[t]!;
  if ([...above, ...before].some((c) => c.x1 > label.x0)) return undefined;
  const cut = after.filter((c) => c.kind !== 'amount' && !BLANK_DASH.test(squash(c.text)));
  return { line, header: before, label, figures: after.filter((c) => c.kind === 'amount'), ...(cut.length > 0 ? { cut } : {}) };
}

/**
 * A line above the first row that is a row itself: a 合计 in the key columns printing its
 * column headers where its amounts would be (合计 基本支出 项目支出). It and what follows are body.
 * Returns the table's layout, from the header as it is then.
 */
function bodyFromHeader(seg: Segment, grid: boolean, ordered: boolean, layoutFor: (header: Cell[]) => Layout, r?: Reader): { layout: Layout; body: PlacedLine[]; rest: PlacedLine[] } {
  const parts = split(seg, grid, ordered, r);
  const layout = layoutFor(parts.header);
  const first = firstAmountColumn(layout, 0);
  const label = layout.labels[0];
  if (!first || label === undefined) return { layout, ...parts };
  const headerLines = seg.lines.slice(0, seg.lines.length - parts.body.length - parts.rest.length);
  const at = headerLines.findIndex((l) => cellsOf(l, grid).some((c) => TOTAL.test(c.text) && centre(c) < (label + first.centre) / 2
    && !headerBoxes(parts.header.filter((h) => h.y < c.y), c.text).length));
  if (at <= 0) return { layout, ...parts };
  return { layout: layoutFor(headerLines.slice(0, at).flatMap((l) => cellsOf(l, grid))), body: [...headerLines.slice(at), ...parts.body], rest: parts.rest };
}

/** 本表无数据 (本表为空表, 本单位无此项支出) where the note under the table says so, and that note (注：/说明：); or a 说明 under a table that has data. */
function noData(rest: PlacedLine[]): Obj {
  const notes = paragraphs(rest);
  const at = notes.findIndex((t) => EMPTY_TABLE.test(t));
  if (at < 0) {
    const note = notes.find((t) => /^说明[：:]/u.test(t));
    const said = note?.replace(/^说明[：:]\s*/u, '');
    return said ? { 说明: said } : {};
  }
  let text = notes[at]!;
  if (!/^说明[：:]/u.test(text) && at > 0 && /^说明[：:]/u.test(notes[at - 1]!)) text = notes[at - 1]! + text;
  const said = text.replace(/^(?:注|说明)[：:]\s*/u, '');
  return { 本表无数据: true, ...(/^本表无数据[。.]?$/u.test(said) ? {} : { 说明: said }) };
}

/**
 * The lines under a table as paragraphs: a line that goes on a sentence the line above left
 * unfinished (no 。 at its end), straight under it and starting where it starts, is the rest of it
 * (…，故本 / 表无数据。).
 */
function paragraphs(lines: readonly PlacedLine[]): string[] {
  const out: string[] = [];
  let last: PlacedLine | undefined;
  for (const l of lines) {
    const text = lineText(l);
    const h = l.h ?? 1;
    const goesOn = last !== undefined && out.length > 0 && !/[。.！!]$/u.test(out[out.length - 1]!) && !NOTE_START.test(squash(text))
      && l.page === last.page && l.y - last.y <= 2 * h && l.cells.length === 1 && last.cells.length === 1
      && Math.abs(l.cells[0]!.x0 - last.cells[0]!.x0) <= h;
    if (goesOn) out[out.length - 1] += text; else out.push(text);
    last = l;
  }
  return out;
}

const ROW_NUMBERS: ColumnSpec = { key: '#', names: ['行次'], skip: true };

/**
 * Columns a table prints beside the ones the data file holds, known by their headers and not imported
 * (as 09's 上年决算数 is): the change against the budget or last year (09, 01), last year's figures (01),
 * the budgets before 05's 小计 | 基本支出 | 项目支出. What stands under them is no figure of the table's;
 * a header that names no column at all still keeps its figures out (grid.ts unknownHeaders).
 */
const CHANGE_COLUMNS = ['增减额', '增减率', '增减', '增减%', '增减（%）', '增减幅度', '增减变动', '比上年增减', '比上年增减额', '比上年增减率', '比上年增减（%）', '差额'];
const LAST_YEAR_COLUMNS = ['上年数', '上年决算数', '上年决算'];
const BUDGET_COLUMNS = ['年初预算数', '调整预算数', '全年预算数', '预算数', '年初预算', '调整预算', '全年预算'];
const KNOWN_SKIPPED = '!~';
const knownSkipped = (names: readonly string[], side?: number): ColumnSpec[] =>
  names.map((n) => ({ key: `${KNOWN_SKIPPED}${n}`, names: [n], aside: true, ...(side !== undefined ? { side } : {}) }));

/** The headers of the known columns a layout found (年初预算数, 增减额), once each. */
const knownSkippedNames = (layout: Layout): string[] =>
  [...new Set(layout.columns.filter((c) => c.key.startsWith(KNOWN_SKIPPED)).map((c) => c.key.slice(KNOWN_SKIPPED.length)))];

/** The note that a table's known columns were read and left out: 公开09表的“增减额”“增减率”两栏不是本年的决算数，没有导入. */
function skippedNote(r: Reader, layout: Layout, taken: ReadonlySet<string> = new Set()): void {
  const names = knownSkippedNames(layout).filter((n) => !taken.has(n));
  if (names.length === 0) return;
  const count = names.length === 1 ? '一栏' : names.length === 2 ? '两栏' : `${names.length} 栏`;
  r.notes.push(`${r.key}的${names.map((n) => `“${n}”`).join('')}${count}不是本年的决算数，没有导入`);
}

const SUBJECT_COLUMNS: Record<number, ColumnSpec[]> = {
  2: [
    { key: '本年收入合计', names: ['本年收入合计', '合计', '本年收入'] }, { key: '财政拨款收入', names: ['财政拨款收入', '财政拨款'] },
    ...['上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'].map((k) => ({ key: k, names: [k] })),
  ],
  3: [
    { key: '本年支出合计', names: ['本年支出合计', '合计', '本年支出'] },
    ...['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'].map((k) => ({ key: k, names: [k] })),
  ],
  5: [{ key: '小计', names: ['小计', '合计'] }, { key: '基本支出', names: ['基本支出'] }, { key: '项目支出', names: ['项目支出'] }],
  7: [
    { key: '年初结转和结余', names: ['年初结转和结余'] }, { key: '本年收入', names: ['本年收入'] },
    { key: '本年支出小计', names: ['本年支出小计', '小计', '合计'], pick: 'last' }, { key: '基本支出', names: ['基本支出'] },
    { key: '项目支出', names: ['项目支出'] }, { key: '年末结转和结余', names: ['年末结转和结余'] },
  ],
  8: [
    // The columns of a table that merges income into 08: read, and left out of the data file.
    { key: '!年初结转和结余', names: ['年初结转和结余'] }, { key: '!本年收入', names: ['本年收入'] }, { key: '!年末结转和结余', names: ['年末结转和结余'] },
    { key: '小计', names: ['本年支出小计', '小计', '合计'], pick: 'last' }, { key: '基本支出', names: ['基本支出'] }, { key: '项目支出', names: ['项目支出'] },
  ],
};

/** Columns named once each: a header text found in two places is the same column only once (the first). */
const once = (specs: ColumnSpec[]): ColumnSpec[] => specs.map((s) => ({ ...s, side: 0, pick: s.pick ?? 'first' }));

/** Subjects (功能分类) as another table of the document prints them with their codes (03, 02): code and name, in their order. */
export type SubjectCatalog = ReadonlyArray<{ code: string; name: string; table: string }>;

/** The subjects the read tables hold with codes (their 科目 keys, `2010301 行政运行`), each code once, the first table's name for it. */
function catalogOf(tables: Obj, keys: readonly string[]): SubjectCatalog {
  const out: Array<{ code: string; name: string; table: string }> = [];
  for (const key of keys) {
    const subjects = (tables[key] as Obj | undefined)?.['科目'];
    if (!subjects || typeof subjects !== 'object') continue;
    for (const k of Object.keys(subjects)) {
      const m = /^(\d{3}(?:\d{2}){0,2}) (.+)$/u.exec(k);
      if (m && !out.some((c) => c.code === m[1])) out.push({ code: m[1]!, name: squash(m[2]!), table: key });
    }
  }
  return out;
}

/**
 * Codes for 05's rows printed with names only, from another table of the document that prints the same subjects
 * with codes: each row's name found there exactly; where a name is printed for more than one subject (行政运行 under
 * each 款, 其他…支出), the one under the 类 or 款 matched last above it. Every row is matched, a 类 before its 款 and
 * a 款 before its 项, or none: returns the row that could not be told.
 */
function codesByName(rows: readonly Row[], catalog: SubjectCatalog): { codes: Map<Row, string> } | { unmatched: Row; why: string } {
  const codes = new Map<Row, string>();
  const last: Record<number, string | undefined> = {};
  for (const row of rows) {
    const name = squash(row.label);
    if (TOTAL.test(name) || SUBTOTAL.test(name)) continue;
    const named = catalog.filter((c) => c.name === name);
    if (named.length === 0) return { unmatched: row, why: '文件中其他印有科目编码的表里没有这个科目名称' };
    // under the subject matched last one level up (a 类 has none)
    const under = named.filter((c) => c.code.length === 3 || last[c.code.length - 2] === c.code.slice(0, -2));
    if (under.length !== 1) return { unmatched: row, why: under.length === 0 ? '它不在上面读到的类、款之下' : `它可能是${under.map((c) => c.code).join('、')}中的任何一个` };
    const code = under[0]!.code;
    if ([...codes.values()].includes(code)) return { unmatched: row, why: `科目 ${code} 出现了两次` };
    codes.set(row, code);
    last[code.length] = code;
    // (a new 类 closes the 款 above it)
    if (code.length === 3) last[5] = undefined;
  }
  return { codes };
}

function subjectTable(seg: Segment, r: Reader, grid: boolean, catalog: SubjectCatalog = []): Obj {
  // (05 may print its budgets before 小计 | 基本支出 | 项目支出: 年初预算数 | 调整预算数)
  const specs = [...once(SUBJECT_COLUMNS[seg.n]!), ...(seg.n === 5 ? [...knownSkipped(BUDGET_COLUMNS, 0), ...once(BASIC_PARTS)] : [])];
  const layoutFor = (header: Cell[]) => {
    const layout = layoutOf(header, specs, ['科目名称', '项目', '功能分类科目']);
    if (seg.n === 5) basicOverParts(layout);
    return layout;
  };
  const { layout, body, rest } = bodyFromHeader(seg, grid, r.options.ordered ?? false, layoutFor, r);
  // 05 printed with names only, where 03 (02) prints the subjects with codes: a row per name, as 01's rows are read,
  // a name going on over two lines where the other table has a name so long; its code then by its name (below).
  const byName = seg.n === 5 && catalog.length > 0 && !body.some((l) => cellsOf(l, grid).some((c) => c.kind === 'code'));
  const names = new Set(catalog.map((c) => c.name));
  const [side = []] = r.body(body, layout, byName
    ? { mode: 'label', isTotal: (t) => TOTAL.test(t) || SUBTOTAL.test(t), startsRow: (t) => names.has(squash(t)) || TOTAL.test(squash(t)),
        continuesLabel: (label, next) => catalog.some((c) => c.name.startsWith(squash(label + next))) }
    : { mode: 'code', isTotal: (t) => TOTAL.test(t) || SUBTOTAL.test(t) });
  // (before 05's budget columns are taken: they add up by the codes)
  const matched = byName && side.some((p) => !TOTAL.test(squash(p.label)) && p.values.size > 0) ? codesByName(side, catalog) : undefined;
  if (matched && 'codes' in matched) {
    for (const [row, code] of matched.codes) row.code = code;
    r.notes.push(`${r.key}（原文“${seg.title}”）各行只有科目名称、没有科目编码：按${[...new Set(catalog.map((c) => c.table))].join('、')}中同名科目的编码导入（同名的科目按其上的类、款区分），共 ${matched.codes.size} 行，请核对`);
  }
  if (seg.n === 5) checkBasicParts(r, layout, side);
  const taken = seg.n === 5 ? budgetColumns(r, layout, side) : new Set<string>();
  skippedNote(r, layout, taken);
  // Every column named and imported (known columns left out standing all before or all after them): what
  // verify.ts shifts by one to see whether the amounts were read a column off.
  const kept = layout.columns.filter((c) => !c.key.startsWith(KNOWN_SKIPPED));
  const firstKept = layout.columns.indexOf(kept[0]!);
  const together = kept.length > 0 && layout.columns.slice(firstKept, firstKept + kept.length).every((c) => kept.includes(c));
  if (together && kept.every((c) => !c.skip && c.unknown === undefined && !c.key.startsWith('!'))) r.columns = kept.map((c) => c.key);
  // Rows of names only, no 科目编码 anywhere: which subject (类, 款 or 项) each row is cannot be told, and is not guessed.
  if (!side.some((p) => p.code)) {
    const named = body.find((l) => cellsOf(l, grid).some((c) => c.kind === 'amount') && cellsOf(l, grid).some((c) => c.kind === 'text' && !TOTAL.test(squash(c.text))));
    const name = named && cellsOf(named, grid).find((c) => c.kind === 'text' && !TOTAL.test(squash(c.text)));
    // (the same subjects with their codes in the document's 03 (02), but a row not told among them)
    if (named && matched && 'unmatched' in matched) {
      r.notRead = `${r.key}（原文“${seg.title}”）${placeName(r.options.source, named!.page, named!.line ?? 0)}起各行只有科目名称、没有科目编码，`
        + `${placeName(r.options.source, matched.unmatched.at.page, matched.unmatched.at.line)}“${squash(matched.unmatched.label)}”不能对应到文件中印有编码的表里的科目（${matched.why}），不按名称猜编码，这张表没有导入`;
    } else if (named && name) {
      // Its figures are not put in the data file at all: with no row but its total to go to, each would be the total's.
      r.notRead = `${r.key}（原文“${seg.title}”）${placeName(r.options.source, named.page, named.line ?? 0)}起各行只有科目名称、没有科目编码`
        + `（如“${squash(name.text)}”），不能确定各行是哪个科目（类、款、项）：juesuan 没有款、项级科目名称与编码的对照表，不按名称猜编码，这张表没有导入`;
    }
  }
  if (r.shifted && !side.some((p) => !p.code && TOTAL.test(squash(p.label)))) {
    const row = shiftedTotalRow(r, layout, side, r.shifted);
    if (row) side.unshift(row);
  }
  const { total, subtotals } = totalsOf(side);
  for (const s of subtotals) checkSubtotal(r, side, s);
  const subjects: Obj = {};
  for (const row of side) {
    if (!row.code) continue;
    const name = squash(row.label);
    if (name === '') r.problem(row.code, `科目 ${row.code} 没有读到名称`, row.at);
    const key = `${row.code} ${name}`;
    if (key in subjects) { r.problem(key, `科目“${key}”出现了两次`, row.at); continue; }
    subjects[key] = r.record([r.key, '科目', key], row);
  }
  const totalValues = total ? r.record([r.key, '合计'], total) : {};
  return {
    ...noData(rest),
    合计: Object.keys(totalValues).length > 0 ? totalValues : null,
    科目: Object.keys(subjects).length > 0 ? subjects : null,
  };
}

/**
 * A subject table's 合计 printed right of its header (shiftedTotal): its figures are the total's in the columns' order,
 * a blank cell printed as nothing. Each column's 合计 is the sum of its 类 rows; the figures are laid on the columns
 * every one printed (as many figures as columns), or on the columns whose 类 sum is not 0 (a blank 合计 left out),
 * and kept only where each figure is then its column's sum. No other reading exists: a figure is not 0, so it cannot
 * be a column's whose 类 add up to 0, and every column whose 类 do not is given one. Else its figures are not placed
 * and the table is unreliable (its other rows read as printed). The 合计 so read agrees with its 类 by construction;
 * the identities between tables still check it.
 */
function shiftedTotalRow(r: Reader, layout: Layout, side: readonly Row[], shifted: ShiftedTotal): Row | undefined {
  r.shiftedTaken = true;
  const at = placeName(r.options.source ?? 'pdf', shifted.label.page, shifted.label.line);
  const columns = layout.columns.filter((c) => !c.skip && c.unknown === undefined && !c.key.startsWith('!')).map((c) => c.key);
  const classes = side.filter((p) => p.code?.length === 3);
  const sums = columns.map((k) => classes.reduce((a, p) => a.plus(amountOf(p.values.get(k)?.text)), ZERO));
  const slack = (k: number) => 0.01 * classes.filter((p) => p.values.has(columns[k]!)).length;
  const fits = (on: readonly number[]) => on.length === shifted.figures.length && on.every((k, i) => amountOf(shifted.figures[i]!.text).minus(sums[k]!).abs().lte(slack(k)));
  const every = columns.map((_, k) => k);
  const nonZero = every.filter((k) => !sums[k]!.isZero());
  const on = shifted.cut || classes.length === 0 ? undefined : [every, nonZero].find(fits);
  const row: Row = { side: 0, label: squash(shifted.label.text), y: shifted.label.y, at: { page: shifted.label.page, line: shifted.label.line, x0: shifted.label.x0, x1: shifted.label.x1 }, values: new Map(), subHeaders: [] };
  if (!on) {
    // (its figures stand under no column: the table is not to be trusted, its other rows read as printed)
    const why = shifted.cut ? `其中“${shifted.cut.map((c) => c.text).join('、')}”不是完整的金额（可能在页边被截断）` : '与各栏的类之和对不上';
    for (const f of [...shifted.figures, ...shifted.cut ?? []]) r.problem(f.text, `“合计”一行印在表头右侧，它的金额（${shifted.figures.map((g) => g.text).join('、')}）不在各自的栏下，${why}，不能确定各是哪一栏的，没有导入`, f);
    return undefined;
  }
  on.forEach((k, i) => row.values.set(columns[k]!, { ...shifted.figures[i]! }));
  r.amounts += row.values.size;
  r.notes.push(`${r.key}：${at}“合计”一行印在表头右侧，金额不在各自的栏下：按各栏的类之和逐一对上后导入，请对照原文`);
  return row;
}

/**
 * A subject table split by columns (Segment.otherColumns): the continuation page read as a table of its own
 * columns, joined to the first page's where it is read whole (every figure placed), names other columns only,
 * has the same rows in the same order (合计 and each subject: code and name, or the code alone where the continuation
 * prints codes and no names at all), and the joined table passes its own identities (each row's total the sum of its
 * columns across both pages). Undefined otherwise: it is then not read.
 * The continuation's cells and notes go to the first page's reader `r`.
 */
function joinedHalves(seg: Segment, first: Obj, r: Reader, grid: boolean): { table: Obj; codesOnly: boolean } | undefined {
  const other = seg.otherColumns!;
  const half = new Reader(r.key, r.options, r.learnt, r.hangs);
  const { otherColumns: _other, ...rest } = seg;
  const second = subjectTable({ ...rest, lines: other.lines, page: other.at.page }, half, grid);
  half.decimals();
  const subjectsOf = (t: Obj) => Object.keys((t['科目'] as Obj | null) ?? {});
  const [mine, theirs] = [subjectsOf(first), subjectsOf(second)];
  // (a continuation of codes alone: each of its rows said to have no name, which its codes stand for; its 合计 row
  // with no figure is read as none, and the joined 合计's identities then say whether it had any)
  const codesOnly = theirs.length > 0 && theirs.every((k) => k.endsWith(' '));
  const unnamed = (u: Unplaced) => codesOnly && /^科目 \d+ 没有读到名称$/u.test(u.why);
  if (half.notRead || half.unplaced.some((u) => !unnamed(u)) || half.unknownRows.length > 0 || !r.columns || !half.columns) return undefined;
  if (half.columns.some((c) => r.columns!.includes(c))) return undefined;
  const same = (k: string, i: number) => k === theirs[i] || (codesOnly && k.startsWith(theirs[i]!));
  if (mine.length === 0 || mine.length !== theirs.length || !mine.every(same) || (second['合计'] && !first['合计'])) return undefined;
  const row = (t: Obj | null | undefined) => (t ?? {}) as Obj;
  const subjects = Object.fromEntries(mine.map((k, i) => [k, { ...row((first['科目'] as Obj)[k] as Obj), ...row((second['科目'] as Obj)[theirs[i]!] as Obj) }]));
  const joined: Obj = { ...first, 合计: { ...row(first['合计'] as Obj), ...row(second['合计'] as Obj) }, 科目: subjects };
  if (ownIdentityFailure(r.key, joined) !== undefined) return undefined;
  // (the continuation's cells under the first page's row names)
  const rename = new Map(theirs.map((k, i) => [pathKey([r.key, '科目', k]), pathKey([r.key, '科目', mine[i]!])]));
  for (const [k, where] of half.at) {
    const prefix = [...rename.keys()].find((p) => k === p || k.startsWith(`${p}›`));
    const path = prefix ? rename.get(prefix)! + k.slice(prefix.length) : k;
    if (!r.at.has(path)) r.at.set(path, where);
  }
  appendAll(r.written, half.written);
  appendAll(r.notes, half.notes);
  r.amounts += half.amounts;
  r.columns = [...r.columns, ...half.columns];
  return { table: joined, codesOnly };
}

/** 05's 基本支出 printed with its parts beside it: 基本支出 { 合计 | 人员经费 | 公用经费 } (the parts read and checked, not imported). */
const BASIC_PARTS: ColumnSpec[] = [{ key: '!人员经费', names: ['人员经费'] }, { key: '!公用经费', names: ['公用经费'] }];

/**
 * 05 with 基本支出 over 合计 | 人员经费 | 公用经费: 基本支出's figures are its 合计's, the column under it left of
 * its parts on their line, not where the merged header's centre is (over 人员经费). Parts not under 基本支出, or no
 * 合计 beside them: the parts are columns the table does not know, their figures not placed (the table is then not used).
 */
function basicOverParts(layout: Layout): void {
  const basic = layout.columns.find((k) => k.key === '基本支出');
  const parts = layout.columns.filter((k) => k.key === '!人员经费' || k.key === '!公用经费');
  if (parts.length === 0) return;
  const unknown = () => { for (const p of parts) p.unknown = p.key.slice(1); };
  const cell = (name: string) => layout.header.find((h) => h.kind === 'text' && squash(h.text) === name);
  const [staff, office] = [cell('人员经费'), cell('公用经费')];
  if (!basic || parts.length !== 2 || !staff || !office || office.x0 < staff.x1) return unknown();
  // the 合计 (or 小计) on the parts' line, just left of 人员经费; 基本支出's header centred over the three
  let total: Cell | undefined;
  for (const h of layout.header) {
    if (h.kind !== 'text' || !/^(?:合计|小计)$/u.test(squash(h.text)) || Math.abs(h.y - staff.y) > staff.h / 2 || h.x1 > staff.x0 + 1) continue;
    if (!total || h.x1 > total.x1) total = h;
  }
  const first = layout.columns.find((k) => k.key === '小计');
  if (!total || basic.centre < total.x0 || basic.centre > office.x1 || (first && Math.abs(first.centre - centre(total)) < 1)) return unknown();
  Object.assign(basic, { centre: centre(total), left: total.x0, right: total.x1 });
  layout.columns.sort((a, b) => a.centre - b.centre);
}

/** Each row of 05 with 基本支出's parts: 基本支出 = 人员经费 + 公用经费, else the three columns were not read in line. */
function checkBasicParts(r: Reader, layout: Layout, rows: readonly Row[]): void {
  if (!layout.columns.some((k) => k.key === '!人员经费' && k.unknown === undefined)) return;
  for (const row of rows) {
    const [basic, staff, office] = ['基本支出', '!人员经费', '!公用经费'].map((k) => row.values.get(k)?.text);
    if (basic === undefined && staff === undefined && office === undefined) continue;
    const sum = amountOf(staff).plus(amountOf(office));
    if (sum.minus(amountOf(basic)).abs().gt('0.015')) {
      const name = row.code ? `${row.code} ${row.label}` : row.label;
      r.problem(basic ?? name, `${name}：基本支出 ${basic ?? '（空白）'} 与人员经费 ${staff ?? '（空白）'} + 公用经费 ${office ?? '（空白）'} = ${sum.toFixed(2)} 不符，这几栏可能没有对齐`, row.values.get('基本支出') ?? row.at);
    }
  }
  r.notes.push(`${r.key}的“人员经费”“公用经费”两栏逐行核对了基本支出 = 人员经费 + 公用经费，数据文件不记这两栏`);
}

/** A row of a long subject table that totals the 类 above it (小计 after each 类's rows): no subject, no row of the data file. */
const SUBTOTAL = /^(?:小计|类小计|本类小计)$/u;

/**
 * A subject table's total row, and its subtotal rows: each row named 小计 (类小计, 本类小计) with no code,
 * and, where 合计 is printed more than once, every 合计 but the table's own — the one before the first
 * subject, else the one after the last.
 */
function totalsOf(side: readonly Row[]): { total: Row | undefined; subtotals: Row[] } {
  const subtotals = side.filter((p) => !p.code && SUBTOTAL.test(squash(p.label)));
  const totals = side.filter((p) => !p.code && TOTAL.test(squash(p.label)));
  const first = side.findIndex((p) => p.code);
  if (totals.length <= 1 || first < 0) return { total: totals[0], subtotals };
  const last = side.length - 1 - [...side].reverse().findIndex((p) => p.code);
  const total = side.indexOf(totals[0]!) < first ? totals[0] : side.indexOf(totals[totals.length - 1]!) > last ? totals[totals.length - 1] : undefined;
  // (a 合计 between subjects, after the table's own: a subtotal)
  return { total, subtotals: side.filter((p) => subtotals.includes(p) || (totals.includes(p) && p !== total && side.indexOf(p) > first)) };
}

/**
 * A subtotal row is no subject: it is checked and left out. Its amounts must be its 类's (the 类 rows since
 * the subtotal before it, added), or the sum of the 项 rows since then; where they are neither, the rows
 * around it were not read as printed (or the document is wrong there), and the table is not to be trusted.
 */
function checkSubtotal(r: Reader, side: readonly Row[], sub: Row): void {
  const at = side.indexOf(sub);
  let from = at - 1;
  while (from >= 0 && side[from]!.code) from--;
  const group = side.slice(from + 1, at);
  const sum = (rows: readonly Row[], key: string) => rows.reduce((a, p) => a.plus(amountOf(p.values.get(key)?.text)), ZERO);
  const keys = new Set([...sub.values.keys(), ...group.flatMap((p) => [...p.values.keys()])].filter((k) => !k.startsWith('!')));
  const classes = group.filter((p) => p.code!.length === 3);
  const items = group.filter((p) => p.code!.length === 7);
  if (group.length === 0 && sub.values.size === 0) return;
  const agrees = (rows: readonly Row[], slack: number) => rows.length > 0 && [...keys].every((k) => amountOf(sub.values.get(k)?.text).minus(sum(rows, k)).abs().lte(slack));
  if (agrees(classes, 0) || agrees(items, 0.01 * items.length)) return;
  const name = classes.map((p) => `${p.code} ${squash(p.label)}`).join('、');
  const shown = [...sub.values.values()].map((v) => v.text).join('、');
  r.problem(sub.label, `“${squash(sub.label)}”一行（${shown}）既不等于其上的类${name ? `“${name}”` : ''}，也不等于其上各项之和：这几行可能没有读对，请对照原文`, sub.at);
}

const amountOf = (text: string | undefined): Decimal => {
  if (text === undefined) return ZERO;
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.value : ZERO;
};

/** 05's budget columns by the data file's section they are: 年初预算数 the opening budget, 调整预算数 (全年预算数) the full-year one; 预算数 alone is neither for certain. */
const BUDGET_SECTION: Readonly<Record<string, BudgetSection>> = {
  年初预算数: '年初预算', 年初预算: '年初预算', 调整预算数: '全年预算', 调整预算: '全年预算', 全年预算数: '全年预算', 全年预算: '全年预算',
};

/**
 * 05's budget columns read as the data file's 年初预算 / 全年预算 (r.budgets): a column, one to a section, whose
 * figures add up on their own (合计 = Σ类, 类 = Σ款, 款 = Σ项, within the tail tolerance) — else it is left out,
 * and the note says why. Whether the table as a whole is reliable is decided later (recognisePlacedTables).
 * Returns the columns taken.
 */
function budgetColumns(r: Reader, layout: Layout, rows: readonly Row[]): Set<string> {
  const taken = new Set<string>();
  const names = knownSkippedNames(layout);
  const { total } = totalsOf(rows);
  const coded = rows.filter((row) => row.code !== undefined && /^\d{3}(?:\d{2}){0,2}$/u.test(row.code));
  for (const name of names) {
    const section = BUDGET_SECTION[name];
    if (!section || names.filter((n) => BUDGET_SECTION[n] === section).length > 1) continue;
    const key = `${KNOWN_SKIPPED}${name}`;
    const value = (row: Row) => row.values.get(key)?.text;
    if (!coded.some((row) => value(row) !== undefined)) continue;
    const failing = budgetSums(total ? value(total) : undefined, coded.map((row) => ({ code: row.code!, text: value(row) })));
    if (failing) {
      r.notes.push(`${r.key}的“${name}”一栏${failing}，没有作为${section}导入`);
      continue;
    }
    const items = Object.fromEntries(coded.filter((row) => row.code!.length === 7 && value(row) !== undefined).map((row) => [row.code!, value(row)!]));
    const sum = total ? value(total) : undefined;
    (r.budgets ??= {})[section] = { ...(sum !== undefined ? { 合计: sum } : {}), 科目: items, column: name };
    taken.add(name);
  }
  return taken;
}

/** Why a budget column's figures do not add up on their own (its 合计 against its 类, a 类 against its 款, a 款 against its 项), or undefined. */
function budgetSums(total: string | undefined, rows: ReadonlyArray<{ code: string; text: string | undefined }>): string | undefined {
  const adds = (whole: string | undefined, parts: ReadonlyArray<{ text: string | undefined }>, what: string): string | undefined => {
    if (parts.length === 0) return undefined;
    const sum = parts.reduce((a, p) => a.plus(amountOf(p.text)), ZERO);
    const slack = new Decimal('0.01').times(Math.max(1, parts.filter((p) => !amountOf(p.text).isZero()).length));
    return sum.minus(amountOf(whole)).abs().gt(slack) ? `${what} ${whole ?? '（空白）'} 与其下各数之和 ${sum.toFixed(2)} 不符` : undefined;
  };
  const classes = rows.filter((row) => row.code.length === 3);
  if (total !== undefined) {
    const wrong = adds(total, classes, '合计');
    if (wrong) return wrong;
  }
  for (const row of rows) {
    if (row.code.length === 7) continue;
    const parts = rows.filter((p) => p.code.length === row.code.length + 2 && p.code.startsWith(row.code));
    const wrong = adds(row.text, parts, row.code);
    if (wrong) return wrong;
  }
  return undefined;
}

// ── 01 and 04: label rows ────────────────────────────────────────────
/** A table's known row labels, by their compared form (norm): made once, looked up for every label read. */
type KnownLabels = ReadonlyMap<string, string>;
const knownLabels = (labels: readonly string[]): KnownLabels => new Map(labels.map((k) => [norm(k), k]));

const CLASS_NAMES = EXPENDITURE_CLASSES.map((c) => c.name);
const T01_LINES = knownLabels([...Object.values(T01_INCOME_LABELS), ...CLASS_NAMES, ...Object.values(T01_EXPENDITURE_LABELS)]);
const T04_LINES = knownLabels([...Object.values(T04_INCOME_LABELS), ...CLASS_NAMES, ...Object.values(T04_EXPENDITURE_LABELS)]);
/** Each side's lines of 01 and 04: what a clipped name of that side may be (clippedLine). */
const T01_INCOME_SIDE: readonly string[] = Object.values(T01_INCOME_LABELS);
const T01_SPENDING_SIDE: readonly string[] = [...CLASS_NAMES, ...Object.values(T01_EXPENDITURE_LABELS)];
const T04_INCOME_SIDE: readonly string[] = Object.values(T04_INCOME_LABELS);
const T04_SPENDING_SIDE: readonly string[] = [...CLASS_NAMES, ...Object.values(T04_EXPENDITURE_LABELS)];

/** A label as the data file writes it: its ordinal and a closing remark (（含专用结余）) left out where that makes it a known line. */
function canonical(label: string, known: KnownLabels): { label: string; known: boolean } {
  const bare = label.replace(ORDINAL, '');
  for (const candidate of [bare, bare.replace(/（[^（）]*）$/u, '').replace(/\([^()]*\)$/u, '')]) {
    const k = known.get(norm(candidate));
    if (k) return { label: k, known: true };
  }
  return { label: squash(bare), known: false };
}

/** A label that opens a row of 01 or 04 on its own. */
const startsRow = (known: KnownLabels) => (t: string): boolean => ORDINAL.test(t) || canonical(t, known).known;

/**
 * A line of 01 or 04 that fills its column (年初财政拨款结转和结余) is continued only into a longer
 * line or a closing remark (（含专用结余）): the next row's wrapped label is a row of its own.
 */
const continuesLabel = (known: KnownLabels) => (label: string, next: string): boolean => {
  if (!canonical(label, known).known || /^[（(]/u.test(squash(next))) return true;
  const joined = norm(label.replace(ORDINAL, '') + next);
  for (const k of known.keys()) if (k.startsWith(joined)) return true;
  return false;
};

/** A label of 01 or 04 split by a page break goes on atop the next page only into the start of a known line, or a closing remark. */
const joinsOverPage = (known: KnownLabels) => (label: string, next: string): boolean => {
  if (/^[（(]/u.test(squash(next))) return true;
  const joined = norm(label.replace(ORDINAL, '') + next);
  for (const k of known.keys()) if (k.startsWith(joined)) return true;
  return false;
};

/** A piece that makes a row's label, unknown as read so far, a known line: 三、国有资本经营预算财政拨款 + 收入. */
const completesLabel = (known: KnownLabels) => (label: string, next: string): boolean =>
  !canonical(label, known).known && canonical(label + next, known).known;

/** The rows of one side of 01 or 04, with their labels made the data file's. */
function labelled(r: Reader, rows: Row[], known: KnownLabels, side: string, sideLines: readonly string[] = []): Array<{ label: string; row: Row }> {
  const out: Array<{ label: string; row: Row }> = [];
  const named = new Set(rows.map((row) => canonical(row.label, known)).filter((c) => c.known).map((c) => c.label));
  for (const row of rows) {
    if (row.label === '') continue;
    let { label, known: ok } = canonical(row.label, known);
    // A name a spreadsheet clipped at its cell's edge (一、一般公共), its figures placed: the one line of this side
    // the table has not named otherwise that it begins; two such lines, or none, and it is not read, as before.
    const clipped = !ok && row.values.size > 0 ? clippedLine(row.label, sideLines, named) : undefined;
    if (clipped !== undefined) {
      r.notes.push(`${r.key}：${side}一栏的“${row.label}”印得不全，是本表唯一以此开头的行“${clipped}”，按这一行导入，请对照原文`);
      named.add(clipped);
      ({ label, known: ok } = { label: clipped, known: true });
    }
    if (!ok && row.values.size > 0) {
      r.problem(row.label, `${side}“${row.label}”不是本表的行，它的金额没有导入`, row.at);
      continue;
    }
    // A row with no figure whose name is no line of the table (a wrapped name not joined whole): nothing of it to
    // import, and no reason to leave the table's other rows out; the notes say so.
    // (收入 or 支出 alone: the section's label of 01 printed as one column, no row of it)
    if (!ok && /^(?:收入|支出)$/u.test(squash(row.label))) continue;
    if (!ok) {
      r.notes.push(`${r.key}：${side}一栏的“${row.label}”不是本表的行，也没有金额，没有导入，请对照原文`);
      continue;
    }
    out.push({ label, row });
  }
  return out;
}

/** Characters a clipped name keeps at least (bare of its ordinal) to be told by them: 一般公共 of 一般公共预算财政拨款收入. */
const CLIPPED_AT_LEAST = 4;

/** The one line of `lines`, not among `named`, that a clipped name (bare of its ordinal) begins and is shorter than; else undefined. */
function clippedLine(text: string, lines: readonly string[], named: ReadonlySet<string>): string | undefined {
  const bare = norm(text.replace(ORDINAL, ''));
  if ([...bare].length < CLIPPED_AT_LEAST || !/^\p{Script=Han}+$/u.test(bare)) return undefined;
  const begun = lines.filter((l) => norm(l).startsWith(bare) && norm(l) !== bare);
  if (begun.length !== 1 || named.has(begun[0]!)) return undefined;
  return begun[0];
}

/** The label column of each side of 01 and 04: 项目 under 收入 and 支出, or 收入项目 and 支出项目 in one header row. */
const SIDE_LABELS = ['项目', '收入项目', '支出项目'];

const T01_INCOME_ONLY = new Set<string>(Object.values(T01_INCOME_LABELS).filter((l) => l !== T01_INCOME_LABELS.grandTotal));
const T01_SPENDING_ONLY = new Set([...CLASS_NAMES, ...Object.values(T01_EXPENDITURE_LABELS)].filter((l) => l !== T01_EXPENDITURE_LABELS.grandTotal));

function table01(seg: Segment, r: Reader, grid: boolean): Obj {
  const { header, body } = split(seg, grid, r.options.ordered, r);
  // 本年数 | 上年数 | 增减额 | 增减率 (a two-year layout): this year's figures are the 决算数; 上年数 may be last year's (lastYear01).
  // (年初预算数 | 调整预算数 | 决算数 on each side: the budgets read and left out, as 05's are when they do not add up)
  const layout = layoutOf(header, [
    { key: 'v', names: ['决算数', '金额', '本年数', '本年决算数'] }, ROW_NUMBERS, ...knownSkipped([...LAST_YEAR_COLUMNS, ...CHANGE_COLUMNS, ...BUDGET_COLUMNS]),
  ], SIDE_LABELS);
  let [left = [], right = []] = r.body(body, layout, { mode: 'label', isTotal: () => false, startsRow: startsRow(T01_LINES), continuesLabel: continuesLabel(T01_LINES), completesLabel: completesLabel(T01_LINES), joinsOverPage: joinsOverPage(T01_LINES) });
  const lastNames = knownSkippedNames(layout).filter((n) => LAST_YEAR_COLUMNS.includes(n));
  // (one column of last year's figures, by one name: two names are two columns, neither certain)
  const lastKey = lastNames.length === 1 ? `${KNOWN_SKIPPED}${lastNames[0]}` : undefined;
  const lastRead = lastKey !== undefined && [...left, ...right].some((row) => row.values.has(lastKey));
  skippedNote(r, layout, new Set(lastRead ? lastNames : []));
  const oneColumn = layout.sides === 1 && right.length === 0;
  if (oneColumn) [left, right] = oneColumn01(r, left);
  const rows = { 收入: labelled(r, left, T01_LINES, '收入', T01_INCOME_SIDE), 支出: labelled(r, right, T01_LINES, '支出', T01_SPENDING_SIDE) };
  const side = (part: '收入' | '支出', cell: (path: string[], row: Row) => string | null) => Object.fromEntries(rows[part].map(({ label, row }) => [label, cell([r.key, part, label], row)]));
  const columnOf = (cell: (path: string[], row: Row) => string | null) => {
    const out = { 收入: side('收入', cell), 支出: side('支出', cell) };
    // One column prints its 总计 once: the total of income and of expenditure alike.
    const grand = [...left, ...right].filter((row) => canonical(row.label, T01_LINES).label === T01_INCOME_LABELS.grandTotal);
    if (oneColumn && grand.length === 1) {
      for (const part of ['收入', '支出'] as const) if (!(T01_INCOME_LABELS.grandTotal in out[part])) out[part][T01_INCOME_LABELS.grandTotal] = cell([r.key, part, T01_INCOME_LABELS.grandTotal], grand[0]!);
    }
    return out;
  };
  const out = columnOf((path, row) => r.one(path, row, 'v'));
  if (lastRead) {
    r.lastYear = {
      column: lastNames[0]!,
      table: columnOf((path, row) => {
        const v = row.values.get(lastKey!);
        // (where it was read, under the row's path and the column's name: review marks a finding of the column on it)
        if (v) r.at.set(pathKey([...path, lastNames[0]!]), v);
        return v?.text ?? null;
      }),
    };
  }
  return out;
}

/**
 * 01 printed in one column of rows, its expenditure under its income (项目 | 本年数 | 上年数 …): the rows
 * are income up to the first that only expenditure has (一、一般公共服务支出, 本年支出合计), expenditure
 * after it. Its one 总计 is both sides' (table01). An income row after that is not guessed: not imported.
 */
function oneColumn01(r: Reader, rows: Row[]): [Row[], Row[]] {
  const income: Row[] = [];
  const spending: Row[] = [];
  for (const row of rows) {
    const { label, known } = canonical(row.label, T01_LINES);
    if (known && T01_SPENDING_ONLY.has(label)) spending.push(row);
    else if (spending.length > 0 && known && T01_INCOME_ONLY.has(label)) {
      if (row.values.size > 0) r.problem(row.label, `收入“${row.label}”排在支出各行之后，不能确定它是收入还是支出的一行，它的金额没有导入`, row.at);
    } else (spending.length > 0 ? spending : income).push(row);
  }
  return [income, spending];
}

const T04_COLUMNS = Object.values(T04_COLUMN_LABELS);
const OPENING = new Map<string, string>([
  [T04_INCOME_LABELS.gpb, T04_INCOME_LABELS.openingBalanceGpb],
  [T04_INCOME_LABELS.govFund, T04_INCOME_LABELS.openingBalanceGovFund],
  [T04_INCOME_LABELS.soe, T04_INCOME_LABELS.openingBalanceSoe],
]);

function table04(seg: Segment, r: Reader, grid: boolean): Obj {
  const { header, body } = split(seg, grid, r.options.ordered, r);
  const layout = layoutOf(header, [
    { key: 'v', names: ['决算数', '金额'], side: 0, pick: 'first' },
    // 一般公共预算 for 一般公共预算财政拨款 (and the others so): the short form a header may print.
    ...T04_COLUMNS.map((k): ColumnSpec => ({ key: k, names: [k, ...(k.endsWith('财政拨款') ? [k.slice(0, -4)] : [])], side: 1, pick: 'last' })),
    ROW_NUMBERS,
  ], SIDE_LABELS);
  const [left = [], right = []] = r.body(body, layout, { mode: 'label', isTotal: () => false, startsRow: startsRow(T04_LINES), continuesLabel: continuesLabel(T04_LINES), completesLabel: completesLabel(T04_LINES), joinsOverPage: joinsOverPage(T04_LINES) });
  const income: Obj = {};
  let opening = false;
  for (const { label, row } of labelled(r, left, T04_LINES, '收入', T04_INCOME_SIDE)) {
    let key = label;
    if (key === T04_INCOME_LABELS.openingBalance) opening = true;
    else if (opening) key = OPENING.get(key) ?? key;
    income[key] = r.one([r.key, '收入', key], row, 'v');
  }
  const spending: Obj = {};
  for (const { label, row } of labelled(r, right, T04_LINES, '支出', T04_SPENDING_SIDE)) {
    const values = r.record([r.key, '支出', label], row);
    spending[label] = Object.keys(values).length > 0 ? values : null;
  }
  return { 收入: income, 支出: spending };
}

// ── 06: economic rows in one, two or three blocks ─────────────────────
const T06_TOTAL = /^(?:人员经费合计|公用经费合计|合计)$/u;

function table06(seg: Segment, r: Reader, grid: boolean): Obj {
  const { header, body } = split(seg, grid, r.options.ordered, r);
  const layout = layoutOf(header, [{ key: 'v', names: ['决算数', '金额'] }], ['科目名称']);
  const sides = r.body(body, layout, { mode: 'code', isTotal: (t) => T06_TOTAL.test(t) });
  const personnel: Obj = {};
  const publicFunds: Obj = {};
  const totals: Obj = { 人员经费合计: null, 公用经费合计: null };
  for (const row of sides.flat()) {
    if (!row.code) {
      if (row.label in totals) totals[row.label] = r.one([r.key, row.label], row, 'v') ?? r.claim([r.key, row.label], row);
      continue;
    }
    const key = `${row.code} ${squash(row.label)}`;
    const group = /^30[13]/u.test(row.code) ? personnel : publicFunds;
    const part = group === personnel ? '人员经费' : '公用经费';
    if (key in group) { r.problem(key, `科目“${key}”出现了两次`, row.at); continue; }
    group[key] = r.one([r.key, part, key], row, 'v');
  }
  return { 人员经费: personnel, 公用经费: publicFunds, ...totals };
}

// ── 09: the 三公 table, items as columns or as rows ───────────────────
const T09_ITEMS = Object.values(T09_LABELS);

/** The 三公 item a header or row label names, whatever its wording (因公出国（境）费用, 其中：公务用车购置费, 公务用车运行费). */
function sanGongItem(text: string): string | undefined {
  const t = norm(text).replace(/^(?:其中[：:]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、)+/u, '');
  if (/^(?:合计|小计|总计)$/u.test(t)) return t === '小计' ? T09_LABELS.vehicles : T09_LABELS.total;
  if (/出国/u.test(t)) return T09_LABELS.abroad;
  if (/购置及运行/u.test(t)) return T09_LABELS.vehicles;
  if (/车购置/u.test(t)) return T09_LABELS.vehiclePurchase;
  if (/车运行/u.test(t)) return T09_LABELS.vehicleOperation;
  if (/接待/u.test(t)) return T09_LABELS.reception;
  return undefined;
}

const BUDGET = /^(?:全年)?预算数$/u;
const ACTUAL = /^(?:决算数|实际支出数?)$/u;
/** 09's group of the opening budget, printed before 全年预算数 and 决算数 in some regions: not the data file's 预算数. */
const OPENING_GROUP = /^年初预算数?$/u;
const sideOf = (t: string): string | undefined => (BUDGET.test(t) ? '预算数' : ACTUAL.test(t) ? '决算数' : undefined);

/** A header's left and right edge (its widest line's, where it wraps): see Column.left and Column.right. */
const edgesOf = (b: Box & { left?: number; right?: number }): { left: number; right: number } => ({ left: b.left ?? b.x0, right: b.right ?? b.x1 });

/** The leaf item headers of a horizontal 三公 header: the lowest header naming an item at each place. */
function itemBoxes(header: readonly Cell[]): Array<{ item: string; box: HeaderBox; y: number }> {
  const out: Array<{ item: string; box: HeaderBox; y: number }> = [];
  // (else in the PDF items the header cells were joined from: 公务用车 | 公务接待, two columns' words run together)
  let items: Cell[] | undefined;
  let words: Cell[] | undefined;
  // (the car group's header and its 小计 in one cell, 公务用车购置及运行维护费小计, its parts beside it)
  for (const name of ['合计', '小计', '因公出国（境）费', '因公出国（境）费用', '公务用车购置及运行维护费', '公务用车购置及运行费', '公务用车购置及运行维护费小计', '公务用车购置及运行费小计', '公务用车购置费', '公务用车运行维护费', '公务用车运行费', '公务接待费']) {
    let boxes = headerBoxes(header, name);
    if (boxes.length === 0) boxes = headerBoxes(items ??= itemCells(header), name);
    // (else in its words: 公务用 + 车 touching, 公务用车 | 公务用车运 apart, each over the rest of its name)
    if (boxes.length === 0) boxes = headerBoxes(words ??= wordCells(header), name);
    // (the same place found by two names, 公务用车购置及运行维护费 over 小计 as the one name: one leaf)
    for (const box of boxes) if (!out.some((o) => Math.abs(centre(o.box) - centre(box)) < 1 && Math.abs(o.y - box.y) < 1)) out.push({ item: sanGongItem(name)!, box, y: box.y });
  }
  // Under 公务用车购置及运行维护费 its parts may be named short (小计 | 购置费 | 运行维护费): only there are they the car's.
  if (out.some((g) => g.item === T09_LABELS.vehicles)) {
    for (const [name, item] of [['购置费', T09_LABELS.vehiclePurchase], ['运行维护费', T09_LABELS.vehicleOperation], ['运行费', T09_LABELS.vehicleOperation]] as const) {
      for (const box of headerBoxes(header, name)) {
        const taken = out.some((o) => Math.abs(centre(o.box) - centre(box)) < 1 && Math.abs(o.y - box.y) < 1);
        if (!taken && out.some((g) => g.item === T09_LABELS.vehicles && g.y < box.y)) out.push({ item, box, y: box.y });
      }
    }
  }
  // A 合计 under a group's header (公务用车购置及运行费 over 合计 | 公务用车购置费 | 公务用车运行维护费) is the group's
  // total, as 小计 there is: not the table's 合计, which the first column holds.
  for (const a of out) {
    if (a.item === T09_LABELS.total && out.some((g) => g.item === T09_LABELS.vehicles && g.y < a.y && centre(a.box) > g.box.x0 && centre(a.box) < g.box.x1)) a.item = T09_LABELS.vehicles;
  }
  // A header naming a group (公务用车购置及运行维护费 over its 小计 and parts) is no leaf when another item stands under it.
  return out.filter((a) => !out.some((b) => b !== a && b.y > a.y && centre(b.box) > a.box.x0 && centre(b.box) < a.box.x1));
}

function table09(seg: Segment, r: Reader, grid: boolean): Obj {
  const { header, body, rest } = split(seg, grid, r.options.ordered, r);
  const sided = (cells: readonly Cell[]) => cells.filter((c) => sideOf(c.text) !== undefined).sort((a, b) => a.x0 - b.x0);
  let slots = sided(header);
  // (else in the PDF items the header cells were joined from: 预算数 and 决算数 4.4 pt apart, one cell)
  if (slots.length < 2) {
    const split = sided(itemCells(header));
    if (split.length >= 2) slots = split;
  }
  const leaves = itemBoxes(header).sort((a, b) => centre(a.box) - centre(b.box));
  const empty = (): Obj => Object.fromEntries(T09_ITEMS.map((k) => [k, null]));
  const out: Obj = { ...noData(rest) };
  if (leaves.length < 3 && slots.length >= 2) {
    // Items as rows: 合计, 因公出国（境）费, … under 项目, 预算数 and 决算数 as columns, each taken
    // by the name over it (决算数 | 预算数 is printed too, and every identity holds either way).
    const budget = slots.filter((s) => sideOf(s.text) === '预算数');
    const actual = slots.filter((s) => sideOf(s.text) === '决算数');
    if (budget.length !== 1 || actual.length !== 1) {
      const names = slots.map((s) => `“${s.text}”`).join('');
      r.problem(names, `表头的金额列${names}不是预算数、决算数各一列，不能确定哪一列是预算数，本表没有导入`, slots[0]!);
      return { ...out, 预算数: null, 决算数: null };
    }
    const pick = (slot: Cell): 'first' | 'last' => (slot === slots[0] ? 'first' : 'last');
    // A column of last year's figures (上年决算数) is taken by its name too, and not imported: 09 holds this year's.
    const layout = layoutOf(header, [
      { key: '预算数', names: [budget[0]!.text], side: 0, pick: pick(budget[0]!) },
      { key: '决算数', names: [actual[0]!.text], side: 0, pick: pick(actual[0]!) },
      { key: '上年决算数', names: ['上年决算数', '上年决算'], side: 0 }, ROW_NUMBERS, ...knownSkipped(CHANGE_COLUMNS, 0),
    ], ['项目']);
    skippedNote(r, layout);
    const [rows = []] = r.body(body, layout, { mode: 'label', isTotal: () => false, startsRow: (t) => sanGongItem(t) !== undefined });
    const sides: Record<string, Obj> = { 预算数: empty(), 决算数: empty() };
    const last = empty();
    let any = false;
    for (const row of rows) {
      const item = sanGongItem(row.label);
      if (!item) {
        if (row.values.size > 0) r.problem(row.label, `“${row.label}”不是“三公”经费的一项，它的金额没有导入`, row.at);
        continue;
      }
      const lastCell = row.values.get('上年决算数');
      // (where it was read: review marks a finding of the column on its own cell)
      if (lastCell) r.at.set(pathKey([r.key, '决算数', item, '上年决算数']), lastCell);
      last[item] = lastCell?.text ?? null;
      for (const side of ['预算数', '决算数']) {
        const v = r.one([r.key, side, item], row, side);
        if (v !== null) { sides[side]![item] = v; any = true; }
      }
    }
    if (!any) return { ...out, 预算数: null, 决算数: null };
    // (read as last year's 三公经费 where it passes 09's identities: previous09Of)
    if (Object.values(last).some((v) => v !== null)) r.lastYear = { column: '上年决算数', table: { 预算数: empty(), 决算数: last } };
    else if (layout.columns.some((c) => c.key === '上年决算数')) r.notes.push(`${r.key}的“上年决算数”一栏是上年的数字，没有导入`);
    return { ...out, ...sides };
  }
  // Items as columns, 预算数 and 决算数 as rows.
  if (slots.length === 0 && leaves.length >= 3 && new Set(leaves.map((l) => l.item)).size === leaves.length) {
    const layout = layoutOf(header, [], ['项目']);
    layout.columns = leaves.map((l) => ({ key: l.item, side: 0, centre: centre(l.box) })).sort((a, b) => a.centre - b.centre);
    const [rows = []] = r.body(body, layout, { mode: 'label', isTotal: () => false, startsRow: (t) => sideOf(t) !== undefined });
    const sides: Record<string, Obj | null> = { 预算数: null, 决算数: null };
    for (const row of rows) {
      const side = sideOf(squash(row.label));
      if (!side) {
        if (row.values.size > 0) r.problem(row.label, `“${row.label}”不是预算数或决算数，它的金额没有导入`, row.at);
        continue;
      }
      sides[side] = Object.fromEntries(T09_ITEMS.map((k) => [k, r.one([r.key, side, k], row, k)]));
    }
    return { ...out, ...(sides['预算数'] || sides['决算数'] ? { 预算数: sides['预算数'] ?? empty(), 决算数: sides['决算数'] ?? empty() } : { 预算数: null, 决算数: null }) };
  }
  // Items as columns: 预算数 and 决算数 under each item (Shanghai), or over six items each:
  // an item found twice is 预算数 the first time and 决算数 the second (the groups' order), once
  // it is under the group header nearest it.
  const columns: Column[] = [];
  const groups = header.filter((c) => sideOf(c.text) !== undefined || OPENING_GROUP.test(c.text)).sort((a, b) => a.x0 - b.x0);
  if (slots.length === 2 * leaves.length) {
    slots.forEach((s, i) => columns.push({ key: `${sideOf(s.text)}:${leaves[Math.floor(i / 2)]!.item}`, side: 0, centre: centre(s), ...edgesOf(s) }));
  } else if (groups.length === 3 && groups.some((g) => OPENING_GROUP.test(g.text)) && leaves.every((leaf) => leaves.filter((l) => l.item === leaf.item).length === 3)) {
    // Three groups, 年初预算数 | 全年预算数 | 决算数, each over every item: an item's n-th place is the n-th group's.
    // The opening budget is read as a column as any other (its figures never go to the next group's items), and left
    // out: the data file's 预算数 is the full year's.
    for (const leaf of leaves) {
      const group = groups[leaves.filter((l) => l.item === leaf.item).indexOf(leaf)]!;
      columns.push({ key: `${OPENING_GROUP.test(group.text) ? '!年初预算数' : sideOf(group.text)}:${leaf.item}`, side: 0, centre: centre(leaf.box), ...edgesOf(leaf.box) });
    }
    if (new Set(columns.map((c) => c.key.split(':')[0])).size === 3) r.notes.push(`${r.key}的“${groups.find((g) => OPENING_GROUP.test(g.text))!.text}”一组不是数据文件的预算数（全年预算数），没有导入`);
    else columns.length = 0;
  } else {
    const order = slots.length >= 2 ? [sideOf(slots[0]!.text)!, sideOf(slots[slots.length - 1]!.text)!] : ['预算数', '决算数'];
    for (const leaf of leaves) {
      const same = leaves.filter((l) => l.item === leaf.item);
      const group = same.length === 2 ? order[same.indexOf(leaf)]!
        : slots.length > 0 ? sideOf([...slots].sort((a, b) => Math.abs(centre(a) - centre(leaf.box)) - Math.abs(centre(b) - centre(leaf.box)))[0]!.text)! : undefined;
      if (group) columns.push({ key: `${group}:${leaf.item}`, side: 0, centre: centre(leaf.box), ...edgesOf(leaf.box) });
    }
  }
  columns.sort((a, b) => a.centre - b.centre);
  const placed = columnAmounts(body, columns, grid);
  appendAll(r.unplaced, placed.unplaced);
  appendAll(r.written, placed.values.values());
  r.rows += placed.lines;
  r.amounts += placed.values.size;
  if (placed.values.size === 0) return { ...out, 预算数: null, 决算数: null };
  const at = [...placed.values.values()][0]!;
  for (const side of ['预算数', '决算数']) {
    out[side] = Object.fromEntries(T09_ITEMS.map((k) => {
      const v = placed.values.get(`${side}:${k}`);
      // (a cell not read: its line, not the first figure's text, which would name that figure as this cell's)
      r.at.set(pathKey([r.key, side, k]), v ?? { page: at.page, line: at.line });
      return [k, v?.text ?? null];
    }));
  }
  return out;
}

/** Where a table not found may be: `：第 7 页只有图片…` for a PDF's pages of pictures with no text, '' for none. */
export function textlessNote(pages: readonly number[] | undefined, outlined?: readonly number[]): string {
  const named = (ps: readonly number[]) => (ps.length > 3 ? `第 ${ps.slice(0, 3).join('、')} 页等 ${ps.length} 页` : `第 ${ps.join('、')} 页`);
  // (pages printing what has no text layer: their text converted to outlines, only a page number left as text)
  if (outlined && outlined.length > 0) return `：${named(outlined)}的文字没有文字层（已转为曲线或图形，如以图元文件贴入的表格），表若印在那里，无法读出`;
  if (!pages || pages.length === 0) return '';
  return `：${named(pages)}只有图片、没有文字（如贴入的表格图片、扫描页），表若印在那里，无法读出`;
}

/** Pages as a message names them: 第 3 页, 第 1–11 页, 第 2、5、7 页. */
export function pagesNamed(pages: readonly number[]): string {
  const run = pages.length > 1 && pages.every((p, i) => i === 0 || p === pages[i - 1]! + 1);
  return run ? `第 ${pages[0]}–${pages.at(-1)} 页` : `第 ${pages.join('、')} 页`;
}

/** What the import says of a PDF's scanned pages with a text layer: its words were recognised, not written. */
export function ocrNote(pages: readonly number[]): string {
  return `${pagesNamed(pages)}是扫描图像上的文字识别层（OCR），不是文件原有的文字：数字可能识别有误，请对照页面图像核对`;
}

/** The tables of placed lines, as read: each with where its cells came from, not yet verified. */
export function readTables(all: PlacedLine[], options: RecogniseOptions = {}): {
  tables: Obj; notes: string[]; reads: Map<string, TableRead>; pages: Record<string, number>; cells: Record<string, CellPlace>;
  /** tables whose title stands over figures, but whose header was not known: not read (not absent) */
  unfound: Array<{ table: string; reason: string }>;
} {
  const { segments: segs, headerless, again } = documentSegments(all, options.keepRunningLines);
  const unfound: Array<{ table: string; reason: string }> = [];
  const grid = options.wholeCells ?? false;
  const tables: Obj = {};
  const notes: string[] = [];
  const reads = new Map<string, TableRead>();
  const pages: Record<string, number> = {};
  const learnt: number[] = [];
  const hangs: NameHang[] = [];
  const converted = new Map<Converted, string[]>();
  const unitsOf = new Map([...segs].map(([n, seg]) => [n, statedUnits(seg.lines)]));
  // Two sets of the tables of different years: neither is read (the first is no likelier this year's).
  const otherYears = setsOfOtherYears([...segs.values()], again);
  if (otherYears) {
    for (const n of segs.keys()) unfound.push({ table: `公开0${n}表`, reason: `公开0${n}表：${otherYears}` });
    return { tables, notes: [otherYears], reads, pages, cells: {}, unfound };
  }
  for (let n = 1; n <= 9; n++) {
    const seg = segs.get(n);
    const key = `公开0${n}表`;
    const passed = seg ? undefined : headerless.get(n);
    if (passed) {
      unfound.push({ table: key, reason: `${key}：第 ${passed.page} 页的“${passed.title}”下有金额，但没有认出它的表头（如“科目编码”“项目”），这张表没有导入，需手工填写` });
      continue;
    }
    if (!seg) { notes.push(`未找到${key}（${TABLE_TITLES[n]}）${textlessNote(options.textlessPages, options.outlinedPages)}，需手工填写`); continue; }
    if (seg.note) notes.push(seg.note);
    pages[key] = seg.page;
    const catalog = n === 5 ? catalogOf(tables, ['公开03表', '公开02表']) : [];
    const readBy = (reader: Reader): Obj => (seg.sentenceOnly ? { ...noData(seg.lines), 合计: null, 科目: null } : n === 1 ? table01(seg, reader, grid) : n === 4 ? table04(seg, reader, grid)
      : n === 6 ? table06(seg, reader, grid) : n === 9 ? table09(seg, reader, grid) : subjectTable(seg, reader, grid, catalog));
    const before = { learnt: learnt.length, hangs: hangs.length };
    let r = new Reader(key, options, learnt, hangs);
    let read = readBy(r);
    if (r.farGroups.size > 0 && !r.notRead) {
      // (a reading tried reads names against codes as the first did: from what the tables before this one taught)
      const again = farEdgeReading(key, r.farGroups, (byCentreFor, kept) => {
        if (kept) { learnt.length = before.learnt; hangs.length = before.hangs; }
        const reader = kept ? new Reader(key, options, learnt, hangs) : new Reader(key, options, learnt.slice(0, before.learnt), hangs.slice(0, before.hangs));
        reader.farEdges = { byCentreFor };
        return { r: reader, table: readBy(reader) };
      });
      if (again) {
        ({ r, table: read } = again);
        r.notes.push(`${key}：表头与金额对齐方式不同（金额靠右、离下一栏表头较远），按各栏表头的左端分栏读入：这样读表内勾稽关系全部成立，按表头中线分栏的其他读法都不成立`);
      }
    }
    // A note saying 本表无数据 under a table that prints figures: the table is what the document holds, the
    // note a template left over (review reports it as an error on the note).
    if (read['本表无数据'] === true && hasNonZeroAmounts(read)) {
      const { 本表无数据: _empty, 说明: _note, ...figures } = read;
      read = figures;
      notes.push(`${key}（原文“${seg.title}”）表中有金额，表下的说明却称本表无数据：按表中的金额导入；这条说明与表不符，请核对`);
    }
    if (read['本表无数据'] === true) notes.push(`${key}（原文“${seg.title}”）本表无数据`);
    appendAll(notes, r.notes);
    // A continuation page of other columns (a wide table split by columns): not read under this page's columns; the table is not whole.
    // Joined where its rows are the first page's, one to one, and the whole table then adds up.
    if (seg.otherColumns) {
      const { at, words } = seg.otherColumns;
      const joined = !r.notRead && r.unplaced.length === 0 ? joinedHalves(seg, read, r, grid) : undefined;
      if (joined) {
        read = joined.table;
        notes.push(`${key}：第 ${at.page} 页是这张表的续表，印着另外几栏（${words.join('、')}），各行与第 ${seg.page} 页的行一一对应（${joined.codesOnly ? '续表只印科目编码：编码相同' : '科目编码和名称相同'}、顺序相同），拼接后表内勾稽关系成立：已并入`);
      } else r.problem(words.join(' '), `第 ${at.page} 页是这张表的续表，表头是另外几栏（${words.join('、')}），与第 ${seg.page} 页的表头不同：这一页的数字没有读入，这几栏须手工填写`, { page: at.page, line: at.line ?? 0 });
    }
    const stated = r.notRead ? { table: withoutAmounts(read), unitProblem: r.notRead } : inWanAsStated(key, read, [...new Set([...unitsOf.get(n)!, ...r.units])], converted, othersUnits(n, unitsOf));
    const { table, unitProblem } = stated;
    const unit = 'unit' in stated ? stated.unit : undefined;
    tables[key] = table;
    reads.set(key, { ...r.done(table, seg), ...(unitProblem ? { unitProblem } : {}), ...(unit ? { unit } : {}) });
  }
  const other = anotherSet(again);
  if (other) notes.push(other);
  for (const [unit, keys] of converted) {
    notes.push(`${keys.join('、')}原文金额单位为${unit}，已换算为万元（${unit === '亿元' ? '乘以' : '除以'} ${DIVISOR[unit]}，没有舍入）`);
  }
  return { tables, notes, reads, pages, cells: amountPlaces(reads), unfound };
}

/** At most this many groups of figures are tried by their centres (2^n − 1 other readings) before a far left-edge reading is kept. */
const FAR_GROUPS = 6;

/**
 * A table whose figures, placed by their headers' left edges, each have a column of their own but end far short of the
 * next header (Reader.farGroups: figures right-aligned in wide cells under headers centred in them, as Calc prints a
 * sheet of wide columns; or figures centred under headers aligned right, where the left edges mislead): read so where
 * every figure is then placed, the table passes its own identities, and no other reading — any of the groups of
 * figures by their centres instead — places every figure and passes them too. `readWith` reads the table with those
 * groups by their centres (kept: the reading to keep). The reader and table so read, or undefined (the first reading
 * stands, those figures unplaced).
 */
function farEdgeReading(key: string, groups: ReadonlySet<string>, readWith: (byCentreFor: ReadonlySet<string>, kept: boolean) => { r: Reader; table: Obj }): { r: Reader; table: Obj } | undefined {
  if (groups.size > FAR_GROUPS) return undefined;
  const list = [...groups];
  const holds = ({ r, table }: { r: Reader; table: Obj }): boolean => {
    r.decimals();
    return !r.notRead && r.unplaced.length === 0 && r.unknownRows.length === 0 && hasAmounts(table) && ownIdentityFailure(key, table) === undefined;
  };
  const edges = readWith(new Set(), false);
  if (!holds(edges)) return undefined;
  const read = JSON.stringify(edges.table);
  for (let mask = 1; mask < 1 << list.length; mask++) {
    const other = readWith(new Set(list.filter((_, i) => (mask & (1 << i)) !== 0)), false);
    if (holds(other) && JSON.stringify(other.table) !== read) return undefined;
  }
  return readWith(new Set(), true);
}

type Converted = Exclude<Unit, '万元'>;
const DIVISOR: Readonly<Record<Converted, string>> = { 元: '10,000', 千元: '10', 亿元: '10,000' };

/** The units the other tables state other than 万元, each with the tables stating it (公开01表、公开05表 → 元). */
function othersUnits(n: number, unitsOf: ReadonlyMap<number, Unit[]>): Map<Converted, string[]> {
  const others = new Map<Converted, string[]>();
  for (const [m, units] of unitsOf) {
    if (m === n) continue;
    for (const u of units) if (u !== '万元') others.set(u, [...(others.get(u) ?? []), `公开0${m}表`]);
  }
  return others;
}

/**
 * A table read in the unit it states, in 万元: converted exactly (the table's key added to `converted`
 * under its unit), or, where it states two units or has an amount 0.01 万元 cannot hold, its amounts
 * left blank and why. A table stating 万元 is as read; so is one stating no unit, unless another table
 * of the document states 元 (or 千元, 亿元): its unit is then not known, and it is not imported either.
 */
function inWanAsStated(key: string, read: Obj, units: Unit[], converted: Map<Converted, string[]>, others: ReadonlyMap<Converted, string[]>): { table: Obj; unitProblem?: string; unit?: Converted } {
  if (units.length > 1) {
    return { table: withoutAmounts(read), unitProblem: `${key}的表头写了不同的金额单位（${units.join('、')}），不能确定金额的单位，这张表没有导入` };
  }
  const unit = units[0];
  if (unit === undefined && others.size > 0 && hasAmounts(read)) {
    const stated = [...others].map(([u, keys]) => `${keys.length > 3 ? `${keys.slice(0, 2).join('、')}等 ${keys.length} 张表` : keys.join('、')}写明单位为${u}`).join('，');
    return { table: withoutAmounts(read), unitProblem: `${key}的表头没有写金额单位，而${stated}，不能确定这张表的金额是万元还是${[...others.keys()].join('、')}，这张表没有导入` };
  }
  if (unit === undefined || unit === '万元') return { table: read };
  const inWan = tableInWan(read, unit);
  if ('inexact' in inWan) {
    const example = inWan.inexact[0]!;
    return {
      table: withoutAmounts(read),
      unitProblem: `${key}的金额单位为${unit}，其中 ${inWan.inexact.length} 个金额（如 ${example} ${unit}）换算为万元后超过两位小数，`
        + '数据文件（万元，两位小数）不能精确保存，这张表没有导入',
    };
  }
  if (read['本表无数据'] !== true && hasAmounts(read)) converted.set(unit, [...(converted.get(unit) ?? []), key]);
  return { table: inWan.table, unit };
}

/** The amounts read, where each was read: a cell recorded under its own text (not its row's place). */
function amountPlaces(reads: ReadonlyMap<string, TableRead>): Record<string, CellPlace> {
  const cells: Record<string, CellPlace> = {};
  for (const read of reads.values()) {
    for (const [key, at] of read.at) {
      if (!('text' in at) || typeof at.text !== 'string' || at.x0 === undefined || at.x1 === undefined) continue;
      const wan = read.unit ? inWan(at.text, read.unit) : undefined;
      cells[key] = { page: at.page, line: at.line, text: at.text, ...(wan !== undefined ? { wan } : {}), x0: at.x0, x1: at.x1 };
    }
  }
  return cells;
}

/** The nine tables of placed lines, each verified against its own identities (verify.ts). */
export function recognisePlacedTables(all: PlacedLine[], options: RecogniseOptions = {}): ImportedTables {
  const { tables, notes, reads, pages, cells, unfound } = readTables(all, options);
  const verified = verifyTables(tables, reads, options.source);
  const textless = {
    ...(options.textlessPages && options.textlessPages.length > 0 ? { textlessPages: [...options.textlessPages] } : {}),
    ...(options.outlinedPages && options.outlinedPages.length > 0 ? { outlinedPages: [...options.outlinedPages] } : {}),
  };
  const ocr = options.ocrPages && options.ocrPages.length > 0 ? { ocrPages: [...options.ocrPages] } : {};
  if (ocr.ocrPages) notes.unshift(ocrNote(ocr.ocrPages));
  for (const [key, read] of reads) {
    if (!read.short || read.unitProblem || verified.unreliable.some((u) => u.table === key)) continue;
    const examples = [...new Set(read.short.map((v) => v.text))].slice(0, 2).map((t) => `“${t}”`).join('');
    notes.push(`${key}的金额末尾的 0 不印（如${examples}，电子表格的常规格式），按所印的小数位数导入；表内勾稽关系成立`);
  }
  const budgets = budgetsOf(reads.get(TABLE_05), verified, notes);
  const columns: NonNullable<ImportedTables['lastYearColumns']> = {};
  const previous = previousOf(reads.get(TABLE_01), verified, notes, previous09Of(reads.get(TABLE_09), verified, notes, columns), columns);
  return {
    tables, notes, ...verified, unread: [...unfound, ...verified.unread], pages, cells, ...textless, ...ocr, ...(budgets ? { budgets } : {}),
    ...(previous ? { previous } : {}), ...(Object.keys(columns).length > 0 ? { lastYearColumns: columns } : {}),
  };
}

const TABLE_01 = '公开01表';

/** The lines of 01's income a data file's 上年决算 › 收入 holds under the same name: the total and each source. */
const PREVIOUS_INCOME: readonly string[] = [T01_INCOME_LABELS.currentTotal, ...T01_INCOME_SOURCES.map((id) => T01_INCOME_LABELS[id])];

/**
 * 01's column of last year's figures (上年数) as the data file's 上年决算, where 01 itself is reliable and the
 * column passes 01's own identities on its own (本年收入合计 = Σ its sources, 本年支出合计 = Σ its classes, each
 * side's 总计 = its lines, 收入总计 = 支出总计) with its totals printed: 收支总计, 收入 (本年收入合计, each source,
 * 财政拨款收入 as its three appropriation lines) and 支出 › 本年支出合计 — only what 01 prints. The note says which.
 */
function previousOf(
  read: TableRead | undefined, verified: ReturnType<typeof verifyTables>, notes: string[], sanGong: Record<string, string> | undefined,
  columns: NonNullable<ImportedTables['lastYearColumns']>,
): ImportedTables['previous'] {
  const withSanGong = sanGong ? { 三公经费: sanGong } : undefined;
  const converted = lastYearColumn(TABLE_01, read, verified, notes);
  if (!converted) return withSanGong;
  const not = (why: string) => { notes.push(`${TABLE_01}的“${converted.column}”一栏没有作为上年决算导入：${why}`); return withSanGong; };
  const income = (converted.table['收入'] ?? {}) as Record<string, string | null>;
  const spending = (converted.table['支出'] ?? {}) as Record<string, string | null>;
  const G = T01_INCOME_LABELS.grandTotal;
  const needed = [[income, T01_INCOME_LABELS.currentTotal], [income, G], [spending, T01_EXPENDITURE_LABELS.currentTotal], [spending, G]] as const;
  const blank = needed.filter(([side, label]) => side[label] === null || side[label] === undefined);
  if (blank.length > 0) return not(`这一栏的${blank.map(([side, label]) => `${side === income ? '收入' : '支出'}“${label}”`).join('、')}没有数字`);
  const failing = ownIdentityFailure(TABLE_01, converted.table);
  if (failing !== undefined) return not(`这一栏的数字不能通过${TABLE_01}的勾稽关系（${failing}）`);
  const given = (label: string) => income[label] !== null && income[label] !== undefined;
  const fiscal = ['gpbAppropriation', 'govFundAppropriation', 'soeAppropriation'] as const;
  const sum = fiscal.reduce((a, id) => a.plus(amountOf(income[T01_INCOME_LABELS[id]] ?? undefined)), ZERO);
  const previous: PreviousYear = {
    收支总计: income[G]!,
    收入: {
      ...Object.fromEntries(PREVIOUS_INCOME.filter(given).map((label) => [label, income[label]!])),
      ...(fiscal.some((id) => given(T01_INCOME_LABELS[id])) ? { 财政拨款收入: sum.toFixed(2) } : {}),
    },
    支出: { [T01_EXPENDITURE_LABELS.currentTotal]: spending[T01_EXPENDITURE_LABELS.currentTotal]! },
  };
  notes.push(`${TABLE_01}的“${converted.column}”一栏作为上年决算导入（收支总计、本年收入合计及各项收入、本年支出合计；财政拨款收入为三项财政拨款收入之和）`);
  columns[TABLE_01] = converted;
  return { ...previous, ...withSanGong };
}

const TABLE_09 = '公开09表';

/** 09's 上年决算数 column as 上年决算's 三公经费 (read into 09's 决算数 place), where 09 is reliable and the column passes 09's identities. */
function previous09Of(
  read: TableRead | undefined, verified: ReturnType<typeof verifyTables>, notes: string[], columns: NonNullable<ImportedTables['lastYearColumns']>,
): Record<string, string> | undefined {
  const converted = lastYearColumn(TABLE_09, read, verified, notes);
  if (!converted) return undefined;
  const not = (why: string) => { notes.push(`${TABLE_09}的“${converted.column}”一栏没有作为上年决算导入：${why}`); return undefined; };
  const last = (converted.table['决算数'] ?? {}) as Record<string, string | null>;
  if (last[T09_LABELS.total] === null || last[T09_LABELS.total] === undefined) return not('这一栏的“合计”没有数字');
  const failing = ownIdentityFailure(TABLE_09, converted.table);
  if (failing !== undefined) return not(`这一栏的数字不能通过${TABLE_09}的勾稽关系（${failing}）`);
  notes.push(`${TABLE_09}的“${converted.column}”一栏作为上年决算的三公经费导入`);
  columns[TABLE_09] = { column: converted.column, table: { 决算数: last } };
  return Object.fromEntries(Object.entries(last).filter((e): e is [string, string] => e[1] !== null));
}

/** A table's column of last year's figures in 万元, where the table itself is reliable; else undefined, and the note says why. */
function lastYearColumn(key: string, read: TableRead | undefined, verified: ReturnType<typeof verifyTables>, notes: string[]): { column: string; table: Obj } | undefined {
  if (!read?.lastYear) return undefined;
  const { column, table } = read.lastYear;
  const not = (why: string) => { notes.push(`${key}的“${column}”一栏没有作为上年决算导入：${why}`); };
  if (read.unitProblem || verified.unreliable.some((u) => u.table === key) || verified.unread.some((u) => u.table === key)) {
    not(`${key}没有导入或不可靠`);
    return undefined;
  }
  const converted = read.unit ? tableInWan(table, read.unit) : { table };
  if ('inexact' in converted) { not('换算为万元后超过两位小数'); return undefined; }
  return { column, table: converted.table };
}

const TABLE_05 = '公开05表';

/** 05's budget columns where 05 itself is reliable, in 万元: none where a figure 0.01 万元 cannot hold. */
function budgetsOf(read: TableRead | undefined, verified: ReturnType<typeof verifyTables>, notes: string[]): ImportedTables['budgets'] {
  if (!read?.budgets) return undefined;
  const scopes = Object.entries(read.budgets) as Array<[BudgetSection, BudgetScope & { column: string }]>;
  if (read.unitProblem || verified.unreliable.some((u) => u.table === TABLE_05) || verified.unread.some((u) => u.table === TABLE_05)) {
    for (const [section, { column }] of scopes) notes.push(`${TABLE_05}的“${column}”一栏没有作为${section}导入：${TABLE_05}没有导入或不可靠`);
    return undefined;
  }
  const wan = (text: string) => (read.unit ? inWan(text, read.unit) : text);
  const out: NonNullable<ImportedTables['budgets']> = {};
  for (const [section, scope] of scopes) {
    const total = scope.合计 !== undefined ? wan(scope.合计) : undefined;
    const items = Object.entries(scope.科目).map(([code, text]) => [code, wan(text)] as const);
    if ((scope.合计 !== undefined && total === undefined) || items.some(([, v]) => v === undefined)) {
      notes.push(`${TABLE_05}的“${scope.column}”一栏换算为万元后超过两位小数，没有作为${section}导入`);
      continue;
    }
    out[section] = { ...(total !== undefined ? { 合计: total } : {}), 科目: Object.fromEntries(items) as Record<string, string> };
    notes.push(`${TABLE_05}的“${scope.column}”一栏作为${section}导入（一般公共预算财政拨款支出的合计和各项级科目）`);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The document's text, line by line, for reading 部门 and 年度. */
export function placedText(lines: PlacedLine[]): string {
  return lines.map(lineText).join('\n');
}

