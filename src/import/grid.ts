/**
 * A table's body read by geometry, the same way for every source.
 *
 * Columns come from the header: each amount column where its header text is
 * (fragments stacked over two or three lines joined top to bottom, a merged
 * cell spanning the columns under it); a table with sides (01, 04, the two
 * or three blocks of 06) has a side per group of columns, and a cell belongs
 * to the side its left edge is in.
 *
 * Rows come from their keys, not from baselines: in a subject table each
 * code starts a row (a code split over 类/款/项 columns, `201` `06` `01`, is
 * one code however its parts are offset), the name's pieces — a name wrapped
 * over two or three lines, above, on or below the code's line — go to the
 * rows whose codes they balance best; in a table of labels (01, 04) each
 * label is a row, a label's wrapped line joined to it when the line above is
 * full. Every amount goes to the nearest row of its column's side by its
 * centre, so a figure a few points above or below its label is its label's;
 * an amount as near to two rows, far from any, under no amount column, or
 * a second amount in one cell, is not placed: it is returned as such, and
 * the table that has one is not to be trusted. Text where an amount should
 * be (a 合计 row printing 基本支出 项目支出) leaves that row's amounts
 * unknown, and is returned too.
 */
import { appendAll, maxOf, minOf } from '../util/arrays.js';
import { bracketsFullWidth, CODE, centre, cellsOf, DOTTED_KUAN, squash, type Cell } from './cells.js';
import type { Box, PlacedLine } from './placed.js';
import { UNIT_WORD } from './unit.js';

export interface ColumnSpec {
  key: string;
  /** header texts that name the column, the first found used */
  names: string[];
  /** which side the column is on; by default the n-th place the header is found is side n */
  side?: number;
  /** only the first (or last) place the header is found */
  pick?: 'first' | 'last';
  /** a column whose cells are not read (行次) */
  skip?: boolean;
  /**
   * a column of figures the data file does not hold (增减额, 年初预算数): an amount column as any other
   * for placing the row's figures, its amounts kept under its key (which starts with !), text in it ignored (12.23%)
   */
  aside?: boolean;
}

export interface Column {
  key: string;
  side: number;
  centre: number;
  skip?: boolean;
  /** see ColumnSpec.aside */
  aside?: boolean;
  /** the right edge of the header's widest line: a column's figures, right-aligned in it, end at or past it */
  right?: number;
  /** the left edge of the header's widest line: where a header aligned left in its cell starts its column */
  left?: number;
  /** a header over amounts that names no column of the table (财政拨款 for 财政拨款收入): its words; what stands under it is not imported */
  unknown?: string;
}

export interface Layout {
  /** left to right, by centre */
  columns: Column[];
  sides: number;
  /** where each side starts, in x (side 0 at −∞) */
  starts: number[];
  /** the centre of each side's label column (项目, 科目名称), where its header is found */
  labels: Array<number | undefined>;
  /**
   * the centre of each side's rightmost code column (科目编码, or 类 款 项) where it stands right of the label
   * column (科目名称 | 类 | 款 | 项 | amounts): the key columns end there, not at the names
   */
  codesAfterLabel?: Array<number | undefined>;
  header: Cell[];
  /** every name a column of the table may have: a body cell saying one is a header word, not a figure */
  names?: ReadonlySet<string>;
  /** the units the columns' names close with (小计（万元）): the table's stated unit as much as 单位：万元 over it */
  units?: HeaderUnit[];
  /** what the layout was made from, to make a continuation page's from its repeated header */
  specs?: readonly ColumnSpec[];
  labelNames?: readonly string[];
}

/**
 * Where a cell of the table was read: for messages, and for the cells a failing identity involves;
 * x0 and x1 are the left and right edge of the text read there, in the source's unit.
 */
export interface Where { page: number; line: number; x0?: number; x1?: number; cell?: Box['cell'] }

export interface PlacedAmount extends Where { text: string }

export interface Row {
  side: number;
  code?: string;
  label: string;
  /** the row's key cells' mean y */
  y: number;
  at: Where;
  values: Map<string, PlacedAmount>;
  /** header words printed where this row's amounts would be (合计 基本支出 项目支出) */
  subHeaders: string[];
}

export interface Unplaced extends Where {
  text: string;
  /** why, in Chinese */
  why: string;
  /** a workbook cell that cannot be an amount where one should be (not a number, a third decimal): the cell's own error */
  bad?: true;
  /**
   * why, as a kind, where the reader may try the columns bounded by their headers' left edges instead: another figure
   * of its row already in its column (sameCell), or the figure ends before its header starts (beforeHeader)
   */
  kind?: 'sameCell' | 'beforeHeader';
}

export interface Body {
  rows: Row[][];
  unplaced: Unplaced[];
  /** a wrapped name's lines that may be either the row's above or the one's below, joined to neither */
  unclearNames: Array<PlacedAmount>;
  /** what an amount's cell holds besides its amount (a note in brackets, a footnote's mark): not imported */
  asides: Array<PlacedAmount & { row: string; mark: boolean }>;
  /** read by left edges: the figures' pairs of columns (by centre, by left edge) where the two differ (see edgeGroup) */
  edgeGroups: Set<string>;
}

/** How a table's wrapped names hang against their codes: around them (cells centred vertically), below them (cells aligned at the top), or not to be told. */
export type NameHang = 'centred' | 'top' | 'unclear';

const where = (c: Cell): Where => ({ page: c.page, line: c.line, x0: c.x0, x1: c.x1, ...(c.cell ? { cell: c.cell } : {}) });

/** A header text found: where its lowest piece stands (x), and that piece's line (y); the left and right edge of its widest pieces, and its top piece's line. */
export interface HeaderBox extends Box { y: number; right: number; left: number; top: number; unit?: HeaderUnit }

/** Header cells with their texts as headers are compared (brackets full-width): made once for every name looked for. */
interface HeaderCell { cell: Cell; text: string }
const headerCells = (cells: readonly Cell[]): HeaderCell[] => cells.map((cell) => ({ cell, text: bracketsFullWidth(cell.text) }));

/** Where header cells (stacked top to bottom, overlapping in x) spell `name`: one box per place, where its lowest piece is. */
export function headerBoxes(all: readonly Cell[], wanted: string): HeaderBox[] {
  return boxesOf(headerCells(all), wanted);
}

function boxesOf(cells: readonly HeaderCell[], wanted: string): HeaderBox[] {
  const name = bracketsFullWidth(wanted);
  const out: HeaderBox[] = [];
  for (const { cell: c, text } of cells) {
    if (text === '' || !name.startsWith(text)) continue;
    let acc = text;
    let y = c.y;
    const box = { text: name, x0: c.x0, x1: c.x1, y: c.y, right: c.x1, left: c.x0, top: c.y };
    while (acc !== name) {
      // the topmost piece below that continues the name (the first such, where several stand on one line);
      // acc is the name's start, so a piece continues it where the name goes on with the piece's text
      let next: HeaderCell | undefined;
      for (const d of cells) {
        if (d.cell.y > y && d.cell.x0 < c.x1 && d.cell.x1 > c.x0 && d.text !== '' && (!next || d.cell.y < next.cell.y) && name.startsWith(d.text, acc.length)) next = d;
      }
      if (!next) break;
      acc += next.text;
      y = next.cell.y;
      // The column is where the lowest piece is: a header merged over several columns (本年支出) and the one under it (小计).
      box.x0 = next.cell.x0;
      box.x1 = next.cell.x1;
      box.y = next.cell.y;
      box.right = Math.max(box.right, next.cell.x1);
      box.left = Math.min(box.left, next.cell.x0);
    }
    if (acc === name && !out.some((b) => b.x0 === box.x0 && b.x1 === box.x1)) out.push(box);
  }
  return out.sort((a, b) => a.x0 - b.x0);
}

/** A header as it is searched: its cells, and the PDF items they were joined from (made when first needed). */
interface SearchedHeader { cells: HeaderCell[]; items: () => HeaderCell[]; words: () => HeaderCell[] }

/** The first header text of `names` found, and where: in the header's cells, else in the PDF items they were joined from. */
function findHeader(header: SearchedHeader, names: readonly string[]): HeaderBox[] {
  const firstIn = (cells: readonly HeaderCell[]): HeaderBox[] | undefined => {
    for (const name of names) {
      const boxes = boxesOf(cells, name);
      if (boxes.length > 0) return boxes;
      // a name with the unit of its figures after it (小计（万元）, 基本支出（万 / 元）): the column it names (unit.ts reads the unit)
      for (const unit of HEADER_UNITS) {
        const withUnit = boxesOf(cells, `${name}（${unit}）`);
        if (withUnit.length > 0) return withUnit.map((b) => ({ ...b, unit }));
      }
    }
    return undefined;
  };
  return firstIn(header.cells) ?? firstIn(header.items()) ?? firstIn(header.words()) ?? [];
}

/** The units a column's name may close with, in brackets (小计（万元）). */
const HEADER_UNITS = ['万元', '元', '千元', '亿元'] as const;
export type HeaderUnit = typeof HEADER_UNITS[number];

/** Header cells cut back into the PDF items they were joined from: header texts of a tight table run into each other. */
export function itemCells(header: readonly Cell[]): Cell[] {
  return header.flatMap((c) => (c.items && c.items.length > 1 ? c.items.map((i) => ({ ...c, ...i, text: squash(i.text), items: undefined })) : [c]));
}

/**
 * Header cells cut where their PDF items leave a gap (an eighth of the line's height or more), the items that
 * touch kept as one word: a wrapped name's lines of two narrow columns run together (公务用车公务用车运, each
 * line printed as 公务用 + 车) are two words, each continued by the line below it (购置费, 行维护费).
 */
export function wordCells(header: readonly Cell[]): Cell[] {
  return header.flatMap((c) => {
    if (!c.items || c.items.length < 2) return [c];
    const words: Array<{ text: string; x0: number; x1: number }> = [];
    for (const i of c.items) {
      const last = words[words.length - 1];
      if (last && i.x0 - last.x1 < c.h / 8) Object.assign(last, { text: last.text + i.text, x1: Math.max(last.x1, i.x1) });
      else words.push({ ...i });
    }
    return words.length < 2 ? [c] : words.map((w) => ({ ...c, ...w, text: squash(w.text), items: undefined }));
  });
}

/** The columns of a table from its header cells; the label column of each side from `labelNames`. */
export function layoutOf(header: Cell[], specs: readonly ColumnSpec[], labelNames: readonly string[]): Layout {
  let items: HeaderCell[] | undefined;
  let words: HeaderCell[] | undefined;
  const searched: SearchedHeader = { cells: headerCells(header), items: () => (items ??= headerCells(itemCells(header))), words: () => (words ??= headerCells(wordCells(header))) };
  const columns: Column[] = [];
  const found: HeaderBox[] = [];
  for (const s of specs) {
    let boxes = findHeader(searched, s.names);
    if (s.pick === 'last') boxes = boxes.slice(-1);
    if (s.pick === 'first') boxes = boxes.slice(0, 1);
    appendAll(found, boxes);
    boxes.forEach((b, i) => columns.push({ key: s.key, side: s.side ?? i, centre: centre(b), right: b.right, left: b.left, ...(s.skip ? { skip: true } : {}), ...(s.aside ? { aside: true } : {}) }));
  }
  columns.sort((a, b) => a.centre - b.centre);
  const sides = maxOf(columns.map((c) => c.side + 1), 1);
  // A side starts after the last amount column of the side before it.
  const starts = [-Infinity];
  for (let s = 1; s < sides; s++) starts.push(maxOf(columns.filter((c) => c.side === s - 1 && !c.skip).map((c) => c.centre)) + 1e-6);
  // Each side's label column: the first of the names found on that side (收入项目 on the left, 支出项目 on the right).
  const labels = starts.map((from, s) => {
    const onSide = (x: number) => x >= from && (s + 1 >= sides || x < starts[s + 1]!);
    for (const cells of [searched.cells, searched.items()]) {
      for (const name of labelNames) {
        const x = boxesOf(cells, name).map(centre).find(onSide);
        if (x !== undefined) return x;
      }
    }
    return undefined;
  });
  const codesAfterLabel = labels.map((label, s) => {
    const first = columns.find((k) => k.side === s && !k.skip);
    if (label === undefined || !first) return undefined;
    const codes = header.filter((h) => CODE_HEADER.test(squash(h.text)) && centre(h) > label && centre(h) < first.centre).map(centre);
    return codes.length > 0 ? maxOf(codes) : undefined;
  });
  const units = [...new Set(found.flatMap((b) => (b.unit ? [b.unit] : [])))];
  const layout: Layout = { columns, sides, starts, labels, codesAfterLabel, header, names: new Set(specs.flatMap((s) => s.names)), specs, labelNames, ...(units.length > 0 ? { units } : {}) };
  // A header over the amounts that names none of the table's columns is a column all the same: what stands
  // under it is never given to the known column beside it.
  for (const h of unknownHeaders(layout, found)) columns.push({ key: `?${h.text}`, side: sideAt(layout, h.x0), centre: centre(h), right: h.x1, left: h.x0, unknown: h.text });
  columns.sort((a, b) => a.centre - b.centre);
  return layout;
}

/** Header words that name no amount column whatever the table: the key columns', a unit's, 行次 and 栏次, the table's number and year. */
const NO_COLUMN = /^(?:科目编码|功能分类科目编码|经济分类科目编码|编码|类|款|项|科目名称|科目|项目|功能分类|功能分类科目|经济分类|经济分类科目|支出功能分类|支出功能分类科目|收入|支出|栏次|行次|金额|[\d一二三四五六七八九十]+)$|公开0?\d表|年度|单位[：:]|^注[：:]/u;

/**
 * The cells of the column headers' lines (from the top line of a column's name found to the lowest)
 * over a side's amounts that are part of no column found (no overlap with any found name's pieces,
 * nor with a name merged over several), and name no key column: a column the table has and its
 * specs do not know.
 */
function unknownHeaders(layout: Layout, found: readonly HeaderBox[]): Cell[] {
  if (found.length === 0) return [];
  const top = minOf(found.map((b) => b.top));
  const bottom = maxOf(found.map((b) => b.y));
  const names = new Set([...(layout.names ?? []), ...(layout.labelNames ?? [])]);
  const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => a.x0 < b.x1 && b.x0 < a.x1;
  const inColumns = (c: Cell) => found.some((b) => overlaps(c, { x0: b.left, x1: b.right }) || overlaps(c, b));
  const out: Cell[] = [];
  for (const h of layout.header) {
    const text = squash(h.text);
    if (h.kind !== 'text' || text === '' || h.y < top - 1e-6 || h.y > bottom + 1e-6) continue;
    if (names.has(text) || NO_COLUMN.test(text) || HEADER_WORDS.has(text) || UNIT_WORD.test(text) || UNIT_LINE.test(text)) continue;
    if (inColumns(h) || !underAmounts(layout, sideAt(layout, h.x0), h)) continue;
    // A header merged over known columns (本年支出 over 基本支出 and 项目支出) covers one at least; a narrow
    // one (其中 over them) stands above the column nearest it.
    if (layout.columns.some((k) => !k.skip && k.centre > h.x0 && k.centre < h.x1)) continue;
    const nearest = found.reduce((a, b) => (Math.abs(centre(b) - centre(h)) < Math.abs(centre(a) - centre(h)) ? b : a));
    if (nearest.top > h.y + 1e-6) continue;
    // A name over two lines (一般公共预 / 算): one column, its words top to bottom, where its lowest piece is.
    const above = out.find((o) => overlaps(o, h) && o.y < h.y);
    if (above) Object.assign(above, { text: above.text + text, x0: h.x0, x1: h.x1, y: h.y });
    else out.push({ ...h, text });
  }
  return out;
}

/** The header of a code column, or of one level of a split code. */
const CODE_HEADER = /^(?:科目编码|功能分类科目编码|经济分类科目编码|编码|类|款|项)$/u;

/** The leftmost amount column of side s (行次 columns aside). */
export const firstAmountColumn = (layout: Layout, s: number): Column | undefined => layout.columns.find((k) => k.side === s && !k.skip && k.unknown === undefined);

/** The side a cell of the key columns (codes, labels) is on: the last side that starts at or before its left edge. */
function sideAt(layout: Layout, x: number): number {
  let s = 0;
  while (s + 1 < layout.sides && x >= layout.starts[s + 1]!) s++;
  return s;
}

/**
 * Whether a cell of side s stands under its amount columns rather than in its key columns:
 * its centre past the middle between the label column and the first amount column.
 */
function underAmounts(layout: Layout, s: number, c: Cell): boolean {
  const first = firstAmountColumn(layout, s);
  if (!first) return false;
  const label = layout.codesAfterLabel?.[s] ?? layout.labels[s];
  const boundary = label !== undefined && label < first.centre ? (label + first.centre) / 2 : first.centre - 2 * c.h;
  return centre(c) > boundary;
}

/** The column a figure ends in where columns run from their header's left edge to the next one's: the last starting before its right end. */
function leftEdgeColumn(columns: readonly Column[], c: Cell): Column | undefined {
  let best: Column | undefined;
  for (const k of columns) if (k.left !== undefined && k.left < c.x1 - c.h / 2 && (!best || k.left > best.left!)) best = k;
  return best;
}

/** The amount column nearest a cell's centre, skipped (行次) columns included. */
function nearestColumn(layout: Layout, c: Cell, byLeftEdges = false): Column | undefined {
  let best: Column | undefined;
  // Headers aligned left in their cells, figures right (Word's default alignment, a bordered table): a column
  // runs from its header's left edge to the next one's, and a figure ends inside its own.
  if (byLeftEdges) {
    best = leftEdgeColumn(layout.columns, c);
    if (best) return best;
  }
  for (const k of layout.columns) if (!best || Math.abs(centre(c) - k.centre) < Math.abs(centre(c) - best.centre)) best = k;
  return best;
}

/** Why a figure was left unplaced for ending before its header (see endsBeforeHeader). */
const endsBeforeWhy = (column: Column): string => `金额在表头“${column.unknown ?? column.key}”的左端之前就结束了，按表头中线和按表头左端分栏不一致，不能确定属于哪一栏`;

/**
 * Whether a figure ends before its column's header starts (by more than a hair: Calc puts the next cell's text
 * 1.3 pt after the figure's end). A figure right-aligned in its cell ends at the cell's right edge, past where any
 * header within the cell starts; one that ends left of the header stands in the cell before it.
 */
export const endsBeforeHeader = (c: { x1: number; h: number }, k: Column): boolean => k.left !== undefined && c.x1 < k.left - c.h / 20;

/**
 * How figures placed by their headers' left edges (readBody's byLeftEdges) fit the layout that rule is for:
 * headers aligned left in their cells and figures right, each figure ending just short of where the next
 * column's header starts (that header's left edge is its cell's border): 'near'. Centred figures in wide cells
 * under headers aligned right may end before the next header starts too, but far short of it in some column;
 * so do figures right-aligned in wide cells under headers centred in them: 'far', where every figure ends short
 * of the next header and only some far short (which of the two, the table's identities may tell: tables.ts).
 * 'no' where a figure runs past the next header's start or its column is not known by its left edge.
 */
export function edgeFit(rows: readonly Row[][], layout: Layout, slack: number): 'near' | 'far' | 'no' {
  let far = false;
  for (const r of rows.flat()) {
    for (const [key, v] of r.values) {
      const k = layout.columns.find((c) => c.key === key && c.side === r.side);
      if (!k || k.left === undefined || v.x1 === undefined) return 'no';
      let next: Column | undefined;
      for (const c of layout.columns) if (c.side === k.side && c.left !== undefined && c.left > k.left && (!next || c.left < next.left!)) next = c;
      if (!next) continue;
      if (v.x1 > next.left! + slack / 4) return 'no';
      if (next.left! - v.x1 > slack) far = true;
    }
  }
  return far ? 'far' : 'near';
}

/**
 * A figure's two columns where they differ, as the left-edge reading records them (Body.edgeGroups): the
 * column by its centre and the one by the headers' left edges. The figures of one such pair are one choice.
 */
const edgeGroup = (byCentre: Column, byEdge: Column): string => `${byCentre.side}/${byCentre.key}>${byEdge.side}/${byEdge.key}`;

/** Words of a header that a continuation page repeats, or that a body line may carry beside its figures. */
const HEADER_WORDS = new Set(['项目', '科目编码', '科目名称', '功能分类', '支出功能分类', '功能分类科目编码', '经济分类',
  '经济分类科目编码', '栏次', '行次']);

/** The lines over a table a continuation page may repeat: 部门：…, 单位：万元. */
const UNIT_LINE = /^(?:编制单位|编制部门|部门|单位|金额单位)[：:]/u;

/** The 类 款 项 over a split code: header words in a code table, but in a table of labels the end of a wrapped label (…财政拨 / 款). */
const LEVEL_WORDS = new Set(['类', '款', '项']);

/** A header cell repeated in the body (a continuation page's header): same words, over the same place. */
function repeatsHeader(layout: Layout, c: Cell, mode: BodyOptions['mode']): boolean {
  if (HEADER_WORDS.has(c.text) || (mode === 'code' && LEVEL_WORDS.has(c.text)) || UNIT_LINE.test(c.text)) return true;
  return layout.header.some((h) => h.text === c.text && h.x0 < c.x1 && c.x0 < h.x1);
}

/**
 * A line of layout text that repeats the header's words on a continuation page, wherever the page
 * spaces them (科目编码 科目名称 决算数 …): two or more cells, each a word of the header, none a total;
 * or one column's name alone over the amounts (决算数, 合计 over the columns it names), not under a label column
 * where it may be the end of a wrapped label.
 */
function repeatedHeaderLine(layout: Layout, cells: readonly Cell[], options: BodyOptions): boolean {
  if (cells.length === 1) return cells[0]!.kind === 'text' && (layout.names?.has(cells[0]!.text) ?? false) && !options.isTotal(cells[0]!.text) && underAmounts(layout, sideAt(layout, cells[0]!.x0), cells[0]!);
  return cells.length >= 2 && cells.every((c) => c.kind === 'text' && !options.isTotal(c.text) && isHeaderWord(layout, c));
}

/** A column's name, or a word of the header, where a figure would be. */
const isHeaderWord = (layout: Layout, c: Cell): boolean =>
  HEADER_WORDS.has(c.text) || UNIT_WORD.test(c.text) || (layout.names?.has(c.text) ?? false) || layout.header.some((h) => h.text === c.text);

/**
 * 栏次 rows (1 2 3 …), with or without their word: numbers from 1 up, left to right; not the ends of
 * amounts a narrow column wrapped (00 00, 5 5, 0 5), which are a row's.
 */
function isColumnNumbers(cells: readonly Cell[]): boolean {
  const digits = cells.filter((c) => c.kind === 'digits');
  return digits.length >= 2 && cells.every((c) => c.kind === 'digits' || /^(?:栏次|行次)$/u.test(c.text))
    && digits.every((c, i) => /^[1-9]/u.test(c.text) && (i === 0 || Number(c.text) > Number(digits[i - 1]!.text)));
}

export interface BodyOptions {
  /** 'code': a row per subject code (02, 03, 05, 06 …); 'label': a row per label (01, 04) */
  mode: 'code' | 'label';
  /** a line is a row and every cell whole (Word, a workbook, tab-separated text): nothing wraps */
  wholeCells: boolean;
  /** a label that is a row of its own in a code table: 合计, 人员经费合计 */
  isTotal: (text: string) => boolean;
  /** a label that starts a row and never continues the one above (一、…, 本年收入合计) */
  startsRow?: (text: string) => boolean;
  /** whether a piece may continue a row's label as read so far (a known line goes on only into a longer one); any, where not given */
  continuesLabel?: (label: string, next: string) => boolean;
  /** whether a piece completes a row's label into a known line (三、国有资本经营预算财政拨款 / 收入): then no header word repeated */
  completesLabel?: (label: string, next: string) => boolean;
  /** whether a label split by a page break goes on atop the next page: what they make starts a known line (01, 04); any, where not given */
  joinsOverPage?: (label: string, next: string) => boolean;
  /** a label merged over the code and name columns is one field (tab-separated text): the fields after it are one column to the left */
  collapsedSpans?: boolean;
  /** columns are spaced page by page (layout text): a line's amounts go to columns in their order */
  ordered?: boolean;
  /** where names stood against their codes in the document's tables read so far (see nameOffset), added to */
  learnt?: number[];
  /** columns bounded by their headers' left edges, not found by their centres (headers aligned left in their cells) */
  byLeftEdges?: boolean;
  /** with byLeftEdges, the groups of figures (Body.edgeGroups) placed by their centres all the same: another reading tried */
  byCentreFor?: ReadonlySet<string>;
  /** how wrapped names hung in the document's tables read so far, where they told (see distributeLabels), added to */
  hangs?: NameHang[];
  /** the lines (y) of layout text that hold figures only: no line of the name column, so not counted between a name's pieces */
  figureOnly?: ReadonlySet<number>;
}

/** How far a figure stands from a column: its centre from the header's, and more where it ends short of the header's right edge (figures are right-aligned in their cells, headers centred). */
const SHORT_OF_HEADER = 4;
const distance = (a: { x0: number; x1: number }, k: Column): number =>
  Math.abs(centre(a) - k.centre) + (k.right !== undefined && a.x1 < k.right - EDGE_SLACK ? SHORT_OF_HEADER : 0);

/** A line's amounts to columns, in order, the total distance (see distance) least (a blank cell stays blank). */
function assignInOrder<T extends { x0: number; x1: number }>(amounts: readonly T[], columns: readonly Column[]): Map<T, Column> {
  const a = [...amounts].sort((p, q) => p.x0 - q.x0);
  const cols = [...columns].sort((p, q) => p.centre - q.centre);
  const n = a.length;
  const m = cols.length;
  if (n === 0 || n > m) return new Map();
  // cost[i][j]: the first i amounts placed among the first j columns
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  for (let j = 0; j <= m; j++) cost[0]![j] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = i; j <= m; j++) {
      cost[i]![j] = Math.min(cost[i]![j - 1]!, cost[i - 1]![j - 1]! + distance(a[i - 1]!, cols[j - 1]!));
    }
  }
  const out = new Map<T, Column>();
  for (let i = n, j = m; i > 0; j--) {
    if (cost[i]![j] !== cost[i]![j - 1]) { out.set(a[i - 1]!, cols[j - 1]!); i--; }
  }
  return out;
}

/**
 * The points of an assignment in order (assignInOrder's) that another assignment in order places
 * nearly as well: some other column for the point, the rest placed as well as they can be, costing
 * less than `margin` more in all. Such a point's column is a guess.
 */
function closeCalls<T extends { x0: number; x1: number }>(points: readonly T[], columns: readonly Column[], chosen: ReadonlyMap<T, Column>, margin: number): Set<T> {
  const a = [...points].sort((p, q) => p.x0 - q.x0);
  const cols = [...columns].sort((p, q) => p.centre - q.centre);
  const n = a.length;
  const m = cols.length;
  const d = (i: number, j: number) => distance(a[i]!, cols[j]!);
  // before[i][j]: the first i points among the first j columns; after[i][j]: points i… among columns j…
  const before: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const after: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  for (let j = 0; j <= m; j++) { before[0]![j] = 0; after[n]![j] = 0; }
  for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) before[i]![j] = Math.min(before[i]![j - 1]!, before[i - 1]![j - 1]! + d(i - 1, j - 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) after[i]![j] = Math.min(after[i]![j + 1]!, after[i + 1]![j + 1]! + d(i, j));
  const best = before[n]![m]!;
  const out = new Set<T>();
  a.forEach((p, i) => {
    for (let j = 0; j < m; j++) {
      if (cols[j] === chosen.get(p)) continue;
      if (before[i]![j]! + d(i, j) + after[i + 1]![j + 1]! < best + margin) { out.add(p); return; }
    }
  });
  return out;
}

/** Right edges this close (in characters) are one column's: a column's figures are right-aligned, give or take a character. */
const EDGE_SLACK = 2;

/**
 * Layout text's columns, page by page, from the figures' right edges: pdftotext spaces a page's
 * columns by what the page holds (a long name pushes the figures after it), so a line's figures
 * may stand left or right of their headers, but a column's figures stay right-aligned with each
 * other on a page. The right edges of a page's figures are clustered, and the clusters (not each
 * line on its own) go to the columns in order, the distance of centres least. Where a line has
 * two figures in one cluster, or a page more clusters than columns, the page's figures keep the
 * columns their own line gave them.
 */
function byRightEdges(amounts: ReadonlyArray<{ c: Cell; column: Column }>, all: readonly Column[], columnsOf: (page: number) => Column[] | undefined): Set<Cell> {
  const guessed = new Set<Cell>();
  const pages = new Map<number, Array<{ c: Cell; column: Column }>>();
  for (const a of amounts) {
    const onPage = pages.get(a.c.page);
    if (onPage) onPage.push(a); else pages.set(a.c.page, [a]);
  }
  for (const [page, onPage] of pages) {
    const columns = columnsOf(page) ?? all;
    const clusters: Array<{ x0: number; x1: number; edge: number; members: Array<{ c: Cell; column: Column }> }> = [];
    for (const a of [...onPage].sort((p, q) => p.c.x1 - q.c.x1)) {
      const last = clusters[clusters.length - 1];
      if (last && a.c.x1 - last.edge <= EDGE_SLACK) { last.members.push(a); last.edge = a.c.x1; } else clusters.push({ x0: 0, x1: 0, edge: a.c.x1, members: [a] });
    }
    if (clusters.length > columns.length) continue;
    const seen = new Set<string>();
    const twice = clusters.some((k, i) => k.members.some((m) => seen.size === seen.add(`${m.c.y}:${i}`).size));
    if (twice) continue;
    // a cluster at its figures' mean centre, ending at their right edge
    for (const k of clusters) { k.x1 = k.edge; k.x0 = 2 * mean(k.members.map((m) => centre(m.c))) - k.edge; }
    const to = assignInOrder(clusters, columns);
    for (const k of clusters) for (const m of k.members) m.column = to.get(k) ?? m.column;
    // A page whose figures another order of columns places within a character or two as well: which is a guess.
    for (const k of closeCalls(clusters, columns, to, EDGE_SLACK)) for (const m of k.members) guessed.add(m.c);
  }
  return guessed;
}

/**
 * The amount columns of each page that repeats the table's header, where that page prints them
 * (layout text spaces each page's columns by what it holds): the page's header read as the table's
 * was, used only where it finds the same columns in the same order, each the table's own column at
 * the page's centre. Other pages, undefined: the table's header.
 */
function pageColumns(layout: Layout, repeated: readonly Cell[]): (page: number) => Column[] | undefined {
  const own = layout.columns.filter((k) => !k.skip);
  const byPage = new Map<number, Column[] | undefined>();
  const headerPages = new Set(layout.header.map((h) => h.page));
  return (page) => {
    if (!byPage.has(page)) {
      const cells = repeated.filter((c) => c.page === page);
      let columns: Column[] | undefined;
      if (cells.length > 0 && !headerPages.has(page) && layout.specs && layout.labelNames) {
        const found = layoutOf(cells, layout.specs, layout.labelNames).columns.filter((k) => !k.skip);
        if (found.length === own.length && found.every((k, i) => k.key === own[i]!.key && k.side === own[i]!.side)) columns = found.map((k, i) => ({ ...own[i]!, centre: k.centre, right: k.right }));
      }
      byPage.set(page, columns);
    }
    return byPage.get(page);
  };
}

/**
 * A tab-separated row whose first field is a label merged over the key columns (合 计, 栏 次)
 * has lost a field for each column it spans: its amounts stand one column left, under the
 * name. They go back one column, so that they stand under their headers again.
 */
function unfolded(cells: Cell[], layout: Layout): Cell[] {
  const label = layout.labels[0];
  const first = cells[0];
  if (label === undefined || !first || first.kind !== 'text' || !/^(?:合计|总计|栏次)$/u.test(first.text) || first.x1 > label) return cells;
  const next = cells[1];
  if (!next || next.kind === 'text' || centre(next) !== label) return cells;
  return [first, ...cells.slice(1).map((c) => ({ ...c, x0: c.x0 + 1, x1: c.x1 + 1 }))];
}

interface Key {
  side: number;
  cells: Cell[];
  /** label pieces, top to bottom */
  label: Cell[];
  code?: string;
  /** the key cells' own centre (code and its parts, or the label) */
  anchorY: number;
  y: number;
}

/** The rows of a table body, and what could not be placed in them. */
export function readBody(lines: readonly PlacedLine[], layout: Layout, options: BodyOptions): Body {
  const unplaced: Unplaced[] = [];
  const edgeGroups = new Set<string>();
  const amounts: Array<{ c: Cell; column: Column; alone?: boolean }> = [];
  const aside: Array<{ c: Cell; side: number; column: Column }> = [];
  const keyCells: Cell[][] = Array.from({ length: layout.sides }, () => []);
  const onLine: Array<{ c: Cell; column: Column; alone?: boolean }> = [];
  const lineCells = lines.map((l) => ({ l, cells: options.collapsedSpans ? unfolded(cellsOf(l, true), layout) : cellsOf(l, options.wholeCells) }));
  if (!options.wholeCells && !options.ordered) joinWrapped(lineCells);
  // A header's word alone under a label it completes into a known line (三、国有资本经营预算财政拨款 over 收入, a blank
  // row wrapped in its cell): the end of that label, not the header repeated.
  const endsLabel = (c: Cell, i: number): boolean => {
    if (options.mode !== 'label' || options.wholeCells || !options.completesLabel || i === 0 || lineCells[i]!.cells.length !== 1) return false;
    return lineCells[i - 1]!.cells.some((p) => p.kind === 'text' && Math.abs(p.x0 - c.x0) <= 3 * c.h && c.y - p.y <= 2.2 * p.h && options.completesLabel!(p.text, c.text));
  };
  const read = lineCells.map(({ l, cells }, i) => {
    // A header repeated on a continuation page: a line of header words only.
    const repeated = cells.map((c) => c.kind === 'text' && repeatsHeader(layout, c, options.mode) && !endsLabel(c, i));
    const skip = isColumnNumbers(cells) || repeated.every(Boolean) || (options.ordered === true && repeatedHeaderLine(layout, cells, options));
    return { l, cells, repeated, skip };
  });
  if (!options.wholeCells && !options.ordered) nameOverPageBreak(read, options);
  const columnsOf = options.ordered ? pageColumns(layout, read.filter((r) => r.skip).flatMap((r) => r.cells)) : () => undefined;
  const amountColumns = layout.columns.filter((k) => !k.skip);
  const figureOnly = new Set<number>();
  // A table that prints its 项 codes dotted (201.03.01) prints its 款 so too (201.03): in the key columns, a code, not an amount.
  const dotted = options.mode === 'code' && read.some((r) => r.cells.some((c) => c.dotted));
  for (const { l, cells, repeated, skip } of read) {
    if (skip) continue;
    if (options.ordered && cells.length > 0 && cells.every((c) => c.kind === 'amount')) figureOnly.add(l.y);
    let keyed = false;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!;
      const keySide = sideAt(layout, c.x0);
      let column = nearestColumn(layout, c, options.byLeftEdges);
      if (options.byLeftEdges && c.kind === 'amount' && column) {
        const centred = nearestColumn(layout, c);
        if (centred && centred !== column) {
          const group = edgeGroup(centred, column);
          edgeGroups.add(group);
          if (options.byCentreFor?.has(group)) column = centred;
        }
      }
      // Layout text shifts a line's figures left after a long name (a page's columns spaced by what the page
      // holds): a figure right of its row's label is a figure all the same; its column is found by order below.
      const afterLabel = options.ordered === true && c.kind === 'amount' && cells.slice(0, i).some((k) => k.kind === 'text' && k.x1 <= c.x0);
      // and a row's own label (本年支出合计) pushed over the first amount column is a label all the same, its figures after it.
      const labelBeforeFigures = options.ordered === true && c.kind === 'text' && options.startsRow?.(c.text) === true && cells.slice(i + 1).some((k) => k.kind === 'amount');
      // So is a row's label that starts in the key columns and runs on over the blank amount cells beside it (a spreadsheet
      // prints a long text over its empty neighbours: 二、政府性基金预算财政拨款 over 决算数 up to the other side's label).
      const labelOverBlanks = !options.wholeCells && options.mode === 'label' && c.kind === 'text' && options.startsRow?.(c.text) === true
        && !underAmounts(layout, keySide, { ...c, x1: c.x0 });
      const inAmounts = column !== undefined && !labelBeforeFigures && !labelOverBlanks && (c.kind === 'amount' ? underAmounts(layout, column.side, c) || afterLabel : underAmounts(layout, keySide, c));
      // Header words beside a row's own cells: over the key columns they are no label (类 款 项 beside a
      // figure); where the figures would be they are what the row prints instead of its figures.
      if (repeated[i] && !inAmounts) continue;
      // A total's label merged over several columns may stand over an amount column: it is a key all the same.
      if (!inAmounts || !column || (c.kind === 'text' && options.isTotal(c.text))) {
        if (c.kind === 'amount' && dotted && DOTTED_KUAN.test(c.text)) { keyCells[keySide]!.push({ ...c, kind: 'code', text: c.text.replace('.', ''), dotted: true }); keyed = true; }
        else if (c.kind === 'amount') unplaced.push({ ...where(c), text: c.text, why: '金额不在任何金额栏之下' });
        else { keyCells[keySide]!.push(c); keyed = true; }
        continue;
      }
      if (column.skip) continue;
      // A figure that ends before its column's header even starts is not under that header (a header aligned left
      // in a narrow cell, the figure right-aligned in the cell before it: its centre nearer the next header's):
      // the centres and the edges disagree, and the figure is not placed by its centre (see endsBeforeHeader).
      if (c.kind === 'amount' && !options.byLeftEdges && !options.wholeCells && !options.ordered && endsBeforeHeader(c, column)) {
        unplaced.push({ ...where(c), text: c.text, why: endsBeforeWhy(column), kind: 'beforeHeader' });
        continue;
      }
      // (a column left out: its rates, 12.23%, are no text where a figure should be)
      if (column.aside && c.kind !== 'amount' && c.asAmount === undefined) continue;
      if (c.kind === 'amount' || c.asAmount !== undefined || c.problem) {
        if (c.problem) unplaced.push({ ...where(c), text: String(c.cell?.value ?? c.text), why: c.problem, bad: true });
        else onLine.push({ c: { ...c, kind: 'amount', text: c.asAmount ?? c.text }, column });
      } else if (/^[0０]$|^[-—－–]+$/u.test(c.text)) {
        // 0 or a dash for a blank cell
      } else if (c.cell && !isHeaderWord(layout, c)) {
        unplaced.push({ ...where(c), text: c.text, why: `应为金额（数字，最多两位小数）或空白，实际为“${c.text}”`, bad: true });
      } else aside.push({ c, side: column.side, column });
    }
    // Layout text spaces its columns page by page: a line's amounts keep their order, each to a column of its own.
    if (options.ordered) {
      const by = assignInOrder(onLine.map((a) => a.c), columnsOf(l.page) ?? amountColumns);
      onLine.forEach((a) => { a.column = by.get(a.c) ?? a.column; a.alone = !keyed; });
    }
    appendAll(amounts, onLine.splice(0));
  }
  if (options.ordered) {
    const guessed = byRightEdges(amounts, amountColumns, columnsOf);
    for (let i = amounts.length - 1; i >= 0; i--) {
      const { c } = amounts[i]!;
      if (!guessed.has(c)) continue;
      unplaced.push({ ...where(c), text: c.text, why: '本页金额与表头各栏对不齐，不能确定属于哪一栏' });
      amounts.splice(i, 1);
    }
  }
  const unclear: Cell[] = [];
  const keys = layout.labels.map((_, s) => (options.mode === 'code' ? codeKeys(keyCells[s]!, s, layout, { ...options, figureOnly }, unclear) : labelKeys(keyCells[s]!, s, options)));
  const rows: Row[][] = keys.map((ks) => ks.map((k) => ({
    side: k.side, ...(k.code !== undefined ? { code: k.code } : {}), label: joinLabel(k.label), y: k.y,
    at: where(k.cells[0] ?? k.label[0]!), values: new Map(), subHeaders: [],
  })));
  // Where figures stand against their rows in this table (on the row's line, or a few points above its
  // centre where they are printed at the top of tall cells): from the figures plainly nearest one row.
  const plain = options.wholeCells ? [] : amounts.flatMap(({ c, column }) => {
    const side = rows[column.side] ?? [];
    const [first, second] = twoNearest(side.length, (i) => Math.abs(c.y - side[i]!.y));
    if (first < 0) return [];
    const d = c.y - side[first]!.y;
    return second < 0 || Math.abs(d) < 0.3 * Math.abs(c.y - side[second]!.y) ? [d] : [];
  });
  const figureOffset = median(plain) ?? 0;
  // Each side's row pitch, once: every amount's nearest row is judged against it.
  const pitches = options.wholeCells ? [] : rows.map(medianPitch);
  const rowOf = (side: number, c: Cell): Row | string => {
    // A total whose label is merged over the blocks to the left of its figure (公用经费合计 over two blocks of 06):
    // on the figure's line, with no row of the figure's own block there.
    if (!options.wholeCells && !(rows[side] ?? []).some((r) => Math.abs(r.y - c.y) <= c.h / 2)) {
      const total = rows.slice(0, side).flat().find((r) => r.code === undefined && options.isTotal(r.label) && Math.abs(r.y - c.y) <= c.h / 2);
      if (total) return total;
    }
    return nearestRow(rows[side] ?? [], keys[side] ?? [], c, options.wholeCells, figureOffset, pitches[side] ?? Infinity);
  };
  const figureLines = options.ordered ? figureLineRows(amounts, rows, rowOf) : undefined;
  const seen = new Map<Row, Map<string, Cell>>();
  for (const { c, column } of amounts) {
    if (column.unknown !== undefined) {
      unplaced.push({ ...where(c), text: c.text, why: `在表头“${column.unknown}”之下：本表没有叫这个名字的栏，不能确定它是哪一栏的金额，没有导入` });
      continue;
    }
    const row = figureLines?.get(c) ?? rowOf(column.side, c);
    if (typeof row === 'string') { unplaced.push({ ...where(c), text: c.text, why: row }); continue; }
    const cells = seen.get(row) ?? new Map<string, Cell>();
    seen.set(row, cells);
    const before = cells.get(column.key);
    if (before) {
      unplaced.push({ ...where(c), text: c.text, why: `与“${before.text}”落在同一行（${describe(row)}）同一栏`, kind: 'sameCell' });
      continue;
    }
    cells.set(column.key, c);
    row.values.set(column.key, { ...where(c), text: c.text });
  }
  const asides: Body['asides'] = [];
  for (const { c, side, column } of aside) {
    const row = rowOf(side, c);
    if (typeof row !== 'string' && isHeaderWord(layout, c)) row.subHeaders.push(c.text);
    else if (typeof row !== 'string' && besideAmount(c, row.values.get(column.key), options.wholeCells)) {
      asides.push({ ...where(c), text: c.text, row: describe(row), mark: FOOTNOTE_MARK.test(c.text) });
    } else unplaced.push({ ...where(c), text: c.text, why: typeof row === 'string' ? `文字“${c.text}”在金额栏中` : `${describe(row)}的金额栏中是文字“${c.text}”，不是金额` });
  }
  // A row's figures in the order of its columns, whatever order they were read in.
  const order = new Map(layout.columns.map((k, i) => [k.key, i]));
  const rank = (key: string) => order.get(key) ?? 0;
  for (const r of rows.flat()) {
    // (most are read in that order already, and a stable sort would leave them so)
    let ordered = true;
    let before = -Infinity;
    for (const key of r.values.keys()) {
      if (rank(key) < before) ordered = false;
      before = rank(key);
    }
    if (!ordered) r.values = new Map([...r.values].sort((a, b) => rank(a[0]) - rank(b[0])));
  }
  return { rows, unplaced, unclearNames: unclear.map((c) => ({ ...where(c), text: c.text })), asides, edgeGroups };
}

/** A note in brackets with no figure in it: （均为国内接待）. */
const BRACKETED_NOTE = /^(?:（[^（）\d]*）|\([^()\d]*\))$/u;
/**
 * A footnote's mark, printed straight after an amount (most often smaller and raised): one digit, 注 and its
 * number (注2), a superscript digit (³) or a circled number (①). None of them is ever part of an amount.
 */
const FOOTNOTE_MARK = /^(?:[1-9]|注[1-9]\d?|[¹²³\u2074-\u2079]|[\u2460-\u2473])$/u;

/**
 * A text in an amount column that is no amount but what the cell holds beside its amount, the row's amount in that
 * column read: a note in brackets with no figure in it (its own line in the cell), or a footnote's mark touching the
 * amount's end (a PDF's: a Word cell's runs are read as one text).
 */
function besideAmount(c: Cell, amount: PlacedAmount | undefined, wholeCells: boolean): boolean {
  if (!amount) return false;
  if (BRACKETED_NOTE.test(c.text)) return true;
  return !wholeCells && FOOTNOTE_MARK.test(c.text) && amount.page === c.page && amount.x1 !== undefined
    && /\.\d{2}$/u.test(amount.text) && Math.abs(c.x0 - amount.x1) <= 1.5;
}

/** The start of an amount a narrow cell wrapped (9,128.1 | 2,408,100. | 1,129), and the rest of it on the cell's next line (0 | 00 | .04). */
const AMOUNT_START = /^-?\d[\d,]*(?:\.\d?)?$/u;
const AMOUNT_REST = /^[\d,]*(?:\.\d*)?$/u;
/** Figures only: an amount, or a piece of one. */
const FIGURE_PIECE = /^-?(?=[,.]*\d)[\d,.]+$/u;

/** The start of a code a narrow cell wrapped (20103 | 201030 over 01 | 1), left edges kept. */
const CODE_START = /^\d{4,6}$/u;
const CODE_REST = /^\d{1,3}$/u;
const WHOLE_AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$/u;

/**
 * Whether b stands under a in one cell: left edges, right edges or centres together, or b starting under
 * a's right half (a PDF item's right edge may take in the space after it: 0 followed by a gap).
 */
const stacked = (a: Cell, b: Cell, slack: number): boolean =>
  Math.abs(a.x0 - b.x0) <= slack || Math.abs(a.x1 - b.x1) <= slack || Math.abs(centre(a) - centre(b)) <= slack
  || (b.x0 >= centre(a) && b.x0 < a.x1 && b.x1 <= a.x1 + 2 * a.h);

/**
 * A cell too narrow for its text wraps it onto the cell's next line: a 7-digit code as 20103 over 01 or 201030
 * over 1 (its left edge kept), an amount as 9,128.1 over 0 or 2,408,100. over 00 (right edges kept). The two pieces
 * are one cell where the lower stands right under the upper, within a line and a half, with nothing of
 * another line between them there, and together they make a whole code or an amount with two decimals
 * that neither piece is alone. The joined cell stands between its two lines, as the cell's centre does.
 * A row split over a page break (208050 at a page's foot, 1 atop the next) is joined the same way, the
 * cell standing where its first piece does.
 */
function joinWrapped(read: Array<{ l: PlacedLine; cells: Cell[] }>): void {
  const starts = (c: Cell) => CODE_START.test(c.text) || (!WHOLE_AMOUNT.test(c.text) && AMOUNT_START.test(c.text));
  for (let i = 0; i < read.length; i++) {
    for (const top of read[i]!.cells) {
      if (!starts(top)) continue;
      for (let j = i + 1; j < read.length; j++) {
        const below = read[j]!;
        const overleaf = below.l.page === top.page + 1;
        if (!overleaf && (below.l.page !== top.page || below.l.y - top.y > 1.6 * Math.max(top.h, below.l.h ?? 1))) break;
        // Over a page break, the row's rest is the next page's first line of figures (its header repeated above it, or none);
        // a 栏次 row (1 2 3) there is no piece of the row.
        if (overleaf && below.cells.every((c) => c.kind === 'text')) continue;
        if (overleaf && isColumnNumbers(below.cells)) break;
        const slack = 0.3 * top.h;
        // (a neighbour's edge touching the piece's, 18,600.00 beside 2,215,100.0, is not under it)
        const under = below.cells.find((b) => b.x0 < top.x1 - slack && b.x1 > top.x0 + slack);
        if (!under) {
          if (overleaf) break;
          continue;
        }
        const text = top.text + under.text;
        const code = CODE_START.test(top.text) && CODE_REST.test(under.text) && CODE.test(text) && Math.abs(top.x0 - under.x0) <= slack;
        const amount = !code && under.kind !== 'amount' && AMOUNT_REST.test(under.text) && WHOLE_AMOUNT.test(text) && stacked(top, under, slack);
        if (code || amount) {
          const joined: Cell = { ...top, text, kind: code ? 'code' : 'amount', x0: Math.min(top.x0, under.x0), x1: Math.max(top.x1, under.x1), y: overleaf ? top.y : (top.y + under.y) / 2, firstY: top.y };
          read[i]!.cells = read[i]!.cells.map((c) => (c === top ? joined : c));
          below.cells = below.cells.filter((c) => c !== under);
        }
        break;
      }
    }
  }
}

/**
 * A name split by a page break (行政事业单位养老支 at a page's foot, 出 atop the next page under its repeated
 * header): the next page's first line holds one piece of text alone, starting where the name starts, the
 * name's last line on the page above fills its column, and no code stands within a line and a half below
 * the piece (where it would be the first line of the next row's name, centred around its code).
 */
function nameOverPageBreak(read: Array<{ l: PlacedLine; cells: Cell[]; repeated: boolean[]; skip: boolean }>, options: BodyOptions): void {
  const own = (r: { cells: Cell[]; repeated: boolean[] }) => r.cells.filter((_, n) => !r.repeated[n]);
  const texts = read.flatMap((r) => (r.skip ? [] : own(r))).filter((c) => c.kind === 'text');
  for (let i = 0; i < read.length; i++) {
    const last = read[i]!;
    if (last.skip || own(last).length === 0) continue;
    // the next line with cells of its own: the next page's first, past its repeated header
    let j = i + 1;
    while (j < read.length && read[j]!.l.page <= last.l.page + 1 && (read[j]!.skip || own(read[j]!).length === 0)) j++;
    const first = read[j];
    if (!first || first.l.page !== last.l.page + 1) continue;
    const rest = own(first);
    const piece = rest[0];
    if (rest.length !== 1 || piece!.kind !== 'text' || options.isTotal(piece!.text) || options.startsRow?.(piece!.text)) continue;
    const slack = 0.3 * piece!.h;
    const start = own(last).find((c) => c.kind === 'text' && Math.abs(c.x0 - piece!.x0) <= slack);
    if (!start) continue;
    const edge = maxOf(texts.filter((c) => Math.abs(c.x0 - start.x0) <= slack).map((c) => c.x1));
    if (start.x1 < edge - 1.2 * start.h) continue;
    const next = read[j + 1];
    if (next && next.l.page === first.l.page && next.l.y - first.l.y <= 1.6 * piece!.h && next.cells.some((c) => c.kind === 'code' || c.kind === 'digits')) continue;
    // (01, 04: a short line filling its column, 一般公共预算财政拨款 under 年初…结转和结余, is no name's start the next page goes on)
    if (options.joinsOverPage && !options.joinsOverPage(start.text, piece!.text)) continue;
    const joined: Cell = { ...start, text: start.text + piece!.text };
    last.cells = last.cells.map((c) => (c === start ? joined : c));
    const k = first.cells.indexOf(piece!);
    first.cells = first.cells.filter((_, n) => n !== k);
    first.repeated = first.repeated.filter((_, n) => n !== k);
  }
}

/** How far (in lines) a figure printed on a line of its own may stand from its row. */
const FIGURE_LINE_REACH = 3;

/**
 * Layout text prints a figure a few points off its row's baseline on a line of its own (pdftotext
 * starts a new line where baselines part), above its row or below it, the same way throughout a
 * table. Where the nearest row leaves such a figure unplaced (as near to the rows on either side),
 * every figure-only line goes to the next row on one side — the one side, if exactly one, that
 * places them all within reach and none in a cell already taken. Otherwise nothing is changed,
 * and what the nearest row cannot place stays unplaced.
 */
function figureLineRows(amounts: ReadonlyArray<{ c: Cell; column: Column; alone?: boolean }>, rows: readonly Row[][], rowOf: (side: number, c: Cell) => Row | string): Map<Cell, Row> | undefined {
  const alone = amounts.filter((a) => a.alone);
  if (!alone.some((a) => typeof rowOf(a.column.side, a.c) === 'string')) return undefined;
  const fits: Array<Map<Cell, Row>> = [];
  for (const dir of [1, -1]) {
    const to = new Map<Cell, Row>();
    const taken = new Set<string>();
    const cellOf = new Map<Row, number>();
    let ok = true;
    for (const { c, column, alone: own } of amounts) {
      let row: Row | string | undefined;
      if (own) {
        row = (rows[column.side] ?? []).filter((r) => (r.y - c.y) * dir > 0 && Math.abs(r.y - c.y) <= FIGURE_LINE_REACH)
          .sort((p, q) => Math.abs(p.y - c.y) - Math.abs(q.y - c.y))[0];
        if (row) to.set(c, row);
      } else row = rowOf(column.side, c);
      if (row === undefined) { ok = false; break; }
      if (typeof row === 'string') continue;
      if (!cellOf.has(row)) cellOf.set(row, cellOf.size);
      const cell = `${cellOf.get(row)!}:${column.key}`;
      if (taken.has(cell)) { ok = false; break; }
      taken.add(cell);
    }
    if (ok) fits.push(to);
  }
  return fits.length === 1 ? fits[0] : undefined;
}

const describe = (r: Row): string => (r.code ? `${r.code} ${r.label}` : r.label || '（无名称的行）');
const joinLabel = (cells: readonly Cell[]): string => [...cells].sort((a, b) => a.y - b.y || a.x0 - b.x0).map((c) => c.text).join('');

/** The row an amount (or a text where an amount would be) belongs to, or why none. */
function nearestRow(rows: readonly Row[], keys: readonly Key[], c: Cell, whole: boolean, offset: number, pitch: number): Row | string {
  if (rows.length === 0) return '表中没有可以对应的行';
  if (whole) {
    const i = keys.findIndex((k) => onLine(k, c.y));
    return i >= 0 ? rows[i]! : '所在的行没有科目编码或项目名称';
  }
  const dy = (i: number) => Math.abs(rows[i]!.y + offset - c.y);
  const [first, second] = twoNearest(rows.length, dy);
  if (dy(first) > Math.max(2 * c.h, 0.75 * pitch)) return '离最近的一行也太远，不能确定属于哪一行';
  if (second >= 0 && dy(first) > 0.5 * dy(second)) return `离“${describe(rows[first]!)}”和“${describe(rows[second]!)}”两行差不多远，不能确定属于哪一行`;
  return rows[first]!;
}

/**
 * The indices of the least and the second least of n distances, -1 where there are fewer: the
 * first two of a stable sort by distance (of equal distances the earlier first), without sorting.
 */
function twoNearest(n: number, distance: (i: number) => number): [number, number] {
  let first = -1;
  let second = -1;
  let least = Infinity;
  let next = Infinity;
  for (let i = 0; i < n; i++) {
    const d = distance(i);
    if (first < 0 || d < least) {
      second = first;
      next = least;
      first = i;
      least = d;
    } else if (second < 0 || d < next) {
      second = i;
      next = d;
    }
  }
  return [first, second];
}

function medianPitch(rows: readonly Row[]): number {
  const ys = rows.map((r) => r.y).sort((a, b) => a - b);
  const gaps = ys.slice(1).map((y, i) => y - ys[i]!).filter((d) => d > 0);
  return median(gaps) ?? Infinity;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
/** The middle value (the upper one of an even count); undefined for none. */
const median = (xs: readonly number[]): number | undefined => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Code rows: each code (a 3-, 5- or 7-digit cell) is a row, the 款 and 项 digits of a split
 * code joined to the 类 beside it; a total label (合计) is a row too. A split code printed
 * with only its own level's digits (款 under the 类 row above) takes the rest from the rows above.
 */
function codeKeys(cells: Cell[], side: number, layout: Layout, options: BodyOptions, unclear?: Cell[]): Key[] {
  const label = layout.labels[side];
  const keys: Key[] = [];
  const labels: Cell[] = [];
  const parts: Cell[] = [];
  // A 序号 column's numbers (1 2 … 10 11) are no 款 or 项 of a split code.
  const sequence = layout.header.filter((h) => /^(?:序号|行次)$/u.test(squash(h.text)));
  const inSequence = (c: Cell) => sequence.some((h) => c.x0 < h.x1 && h.x0 < c.x1);
  for (const c of cells) {
    if (c.kind === 'digits' && inSequence(c)) continue;
    if (c.kind === 'code') keys.push({ side, cells: [c], label: [], code: c.text, anchorY: c.y, y: c.y });
    // (a split code's digits stand left of the names, or right of them where the code columns are: 科目名称 | 类 | 款 | 项)
    else if (c.kind === 'digits') { if (label === undefined || centre(c) < label || layout.codesAfterLabel?.[side] !== undefined) parts.push(c); }
    else if (c.kind === 'text' && options.isTotal(c.text)) keys.push({ side, cells: [], label: [c], anchorY: c.y, y: c.y });
    else if (c.kind === 'text') labels.push(c);
  }
  // 款 and 项 digits beside a 3-digit 类 (a few points up or down), left to right.
  const split = parts.length > 0;
  const join = (p: Cell, reach: number, to: (k: Key) => boolean): boolean => {
    // the code left of the part, within reach, nearest in y (the first of the nearest)
    let near: Key | undefined;
    for (const k of keys) {
      const code = k.cells[0];
      if (code && code.x0 < p.x0 && k.code!.length < 7 && Math.abs(code.y - p.y) <= reach && to(k)
        && (!near || Math.abs(code.y - p.y) < Math.abs(near.cells[0]!.y - p.y))) near = k;
    }
    if (!near || near.code!.length !== 3 + 2 * (near.cells.length - 1)) return false;
    near.cells.push(p);
    near.code += p.text;
    return true;
  };
  let orphans = parts.sort((a, b) => a.x0 - b.x0).filter((p) => !join(p, 0.8 * p.h, () => true));
  // A 类 printed again on every row under it (302 … 302 … 302) is a split code's first part, its 款 beside
  // it however far off its baseline: layout text puts a part a few points lower on the next line.
  const bare = keys.filter((k) => k.cells.length === 1 && k.code!.length === 3).map((k) => k.code!);
  const repeated = new Set(bare.filter((c, i) => bare.indexOf(c) !== i));
  if (options.ordered && repeated.size > 0) orphans = orphans.filter((p) => !join(p, p.h, (k) => k.cells.length === 1 && repeated.has(k.code!)));
  keys.sort((a, b) => a.y - b.y);
  if (split) resolveOrphans(keys, orphans, side, layout);
  for (const k of keys) if (k.cells.length > 0) k.anchorY = mean(k.cells.map((c) => c.y));
  keys.sort((a, b) => a.anchorY - b.anchorY);
  let hang: NameHang = 'centred';
  if (options.wholeCells) {
    for (const l of labels) keys.find((k) => onLine(k, l.y))?.label.push(l);
  } else hang = distributeLabels(keys, labels, options.learnt ?? [], options.ordered ?? false, options.figureOnly, unclear, options.hangs ?? []);
  // A row stands where its code and name are, the middle of both; in cells aligned at the top, on its first line (its code's).
  for (const k of keys) k.y = hang === 'top' && k.cells.length > 0 ? firstLine(k) : mean([...k.cells, ...k.label].map((c) => c.y));
  return keys.filter((k) => k.code === undefined || CODE.test(k.code));
}

/** Whether a row's key has a cell (its code's, or a piece of its label other than `except`) on the line at y. */
function onLine(k: Key, y: number, except?: Cell): boolean {
  for (const c of k.cells) if (c.y === y) return true;
  for (const c of k.label) if (c.y === y && c !== except) return true;
  return false;
}

/**
 * 款 or 项 digits with no 类 beside them: a row whose code continues the code of the row above — a 款 the
 * class's, a 项 the 款's (only the own level's digits printed: 201 / 01 人大事务 / 01 行政运行 is 20101, 2010101).
 */
function resolveOrphans(keys: Key[], orphans: readonly Cell[], side: number, layout: Layout): void {
  // Where the 款 and 项 digits stand: from rows that show both, else from the 款 and 项 headers over them.
  const both = keys.filter((k) => k.cells.length === 3);
  const headed = (word: string) => layout.header.filter((h) => squash(h.text) === word && sideAt(layout, h.x0) === side).map(centre);
  const [kuanHeads, xiangHeads] = [headed('款'), headed('项')];
  const kuanX = both.length > 0 ? mean(both.map((k) => centre(k.cells[1]!))) : kuanHeads.length === 1 ? kuanHeads[0] : undefined;
  const xiangX = both.length > 0 ? mean(both.map((k) => centre(k.cells[2]!))) : xiangHeads.length === 1 ? xiangHeads[0] : undefined;
  for (const p of orphans) {
    const level = kuanX !== undefined && xiangX !== undefined && Math.abs(centre(p) - xiangX) < Math.abs(centre(p) - kuanX) ? 7 : 5;
    // the nearest coded row above: a 项 under a 类 with no 款 between them has nothing to continue
    let above: Key | undefined;
    for (let i = keys.length - 1; i >= 0 && !above; i--) {
      const k = keys[i]!;
      if (k.cells[0] && k.cells[0].y < p.y && k.code) above = k;
    }
    if (!above || above.code!.length < level - 2) continue;
    keys.push({ side, cells: [p], label: [], code: above.code!.slice(0, level - 2) + p.text, anchorY: p.y, y: p.y });
    keys.sort((a, b) => a.y - b.y);
  }
}

/** The line a row's key starts on: its code's first line where a narrow column wrapped the code (201030 over 1). */
const firstLine = (k: Key): number => (k.cells.length > 0 ? minOf(k.cells.map((c) => c.firstY ?? c.y)) : k.anchorY);

/** A note printed under a table (数据来源：…, 注：…, 说明：…): words and a colon. */
const NOTE_UNDER_TABLE = /^[\p{Script=Han}\d]{1,6}[：:]/u;

/**
 * Label pieces to rows: a piece on a row's key line is that row's; the pieces between two rows
 * are split between them where the names balance best around their keys (a name wraps evenly
 * around its code, or hangs below a code printed at the top of its cell), every row wanting one.
 */
function distributeLabels(keys: Key[], labels: readonly Cell[], learnt: number[], byPage: boolean, figureOnly: ReadonlySet<number> = new Set(), unclear?: Cell[], hangs: NameHang[] = []): NameHang {
  if (keys.length === 0) return 'centred';
  const free: Cell[] = [];
  const lastY = maxOf(keys.filter((k) => k.code === undefined || CODE.test(k.code)).map((k) => k.anchorY));
  for (const l of labels) {
    const own = keys.find((k) => onLine(k, l.y, l));
    if (own) own.label.push(l);
    // A line under the table's last row that says where its figures come from (数据来源：部门决算报表, 注：…)
    // is no end of that row's name: no subject's name has a colon.
    else if (!(l.y > lastY && NOTE_UNDER_TABLE.test(l.text))) free.push(l);
  }
  free.sort((a, b) => a.y - b.y);
  const h = maxOf([...labels, ...keys.flatMap((k) => k.cells)].map((c) => c.h), 1);
  const needsLabel = (k: Key) => k.code !== undefined;
  // A name wraps only where its line is full (or all but full: a bracket does not end a line): a piece
  // that is not its name's last and stops short of the column's edge is no wrapped line.
  // The edge is the page's where columns are spaced page by page (layout text); a name printed letter-spaced
  // (其 他 商 品 和 服 务 支), wider than one and a half ems a character, runs past it there and is left out.
  const edges = new Map<number, number>();
  const rightOf = (c: Cell): number => {
    const page = byPage ? c.page : 0;
    let edge = edges.get(page);
    if (edge === undefined) {
      const mine = labels.filter((l) => !byPage || l.page === c.page);
      const plain = mine.filter((l) => l.x1 - l.x0 <= 1.5 * l.h * [...l.text].length);
      edges.set(page, (edge = maxOf((plain.length > 0 ? plain : mine).map((l) => l.x1))));
    }
    return edge;
  };
  const full = (c: Cell) => c.x1 >= rightOf(c) - 2.5 * c.h;
  // Gaps: pieces above the first row, between rows k and k+1, below the last; far pieces are no label, unless
  // they go on a name wrapped over more lines (其他国有土 / 地使用权出 / 让收入安排 / 的支出): the line straight
  // under a piece of the gap that fills the column.
  const gaps: Cell[][] = Array.from({ length: keys.length + 1 }, () => []);
  let kept: { f: Cell; g: number } | undefined;
  for (const f of free) {
    let g = 0;
    while (g < keys.length && keys[g]!.anchorY <= f.y) g++;
    const nearest = minOf([...(g > 0 ? [f.y - keys[g - 1]!.anchorY] : []), ...(g < keys.length ? [keys[g]!.anchorY - f.y] : [])]);
    const goesOn = kept !== undefined && kept.g === g && kept.f.page === f.page && f.y > kept.f.y && f.y - kept.f.y <= 1.6 * h
      && full(kept.f) && Math.abs(f.x0 - kept.f.x0) <= h;
    if (nearest <= 3 * h || goesOn) { gaps[g]!.push(f); kept = { f, g }; }
  }
  // (a piece plainly shorter than the column is a whole name: the strict test, for learning where names stand)
  // How far apart two pieces are, a line of figures only between them not counted.
  const figureYs = [...figureOnly];
  const apart = (a: Cell, b: Cell) => {
    let between = 0;
    for (const y of figureYs) if (y > a.y && y < b.y) between++;
    return b.y - a.y - between;
  };
  const offset = nameOffset(keys, free, (c) => c.x1 >= rightOf(c) - 1.2 * c.h, learnt, apart);
  // The cost of row k's name being its own pieces and `extra`, top to bottom: where the name stands against
  // its code, by its middle (a name wrapped around its code, cells centred vertically) or by its first line
  // (cells aligned at the top: code, first line and figures on one line, the name's next lines below).
  const cost = (k: Key, extra: readonly Cell[], top: boolean): number => {
    const all = k.label.concat(extra).sort((a, b) => a.y - b.y || a.x0 - b.x0);
    if (all.length === 0) return needsLabel(k) ? 4 * h : 0;
    let short = 0;
    let parted = 0;
    for (let i = 0; i < all.length; i++) {
      if (i + 1 < all.length && all[i + 1]!.y !== all[i]!.y && !full(all[i]!)) short++;
      // A name's wrapped lines follow each other: pieces more than two lines apart (a line of figures only not counted) are no one name.
      if (i > 0 && apart(all[i - 1]!, all[i]!) > 2 * h) parted++;
    }
    const at = top ? all[0]!.y - firstLine(k) : (all[0]!.y + all[all.length - 1]!.y) / 2 - k.anchorY - (k.code !== undefined ? offset : 0);
    // (in a cell aligned at the top nothing of the row stands above its first line: a piece there is the row's above, a page break between them or not)
    const above = top && k.code !== undefined && at < -h / 2 ? 4 * h : 0;
    return Math.abs(at) + 2 * h * short + 4 * h * parted + above;
  };
  // Row k takes the pieces of gap k after its split and those of gap k+1 before the next split;
  // gap 0 (above the first row) and the last gap (below the last row) go whole to their one row.
  // best: split of gap k → least cost of rows 0..k-1, and the split of gap k-1 it came from (back to gap 0's).
  interface Split { cost: number; split: number; from?: Split }
  const first = gaps[0]!;
  const splits = (top: boolean): { cost: number; choice: number[] } => {
    let best = new Map<number, Split>([[0, { cost: 0, split: 0 }]]);
    for (let k = 0; k < keys.length; k++) {
      const before = k === 0 ? first : gaps[k]!;
      const after = gaps[k + 1]!;
      const last = k === keys.length - 1;
      const next = new Map<number, Split>();
      for (const [s, prev] of best) {
        const head = before.slice(s);
        for (let t = last ? after.length : 0; t <= after.length; t++) {
          const total = prev.cost + cost(keys[k]!, head.concat(after.slice(0, t)), top);
          const was = next.get(t);
          if (!was || total < was.cost) next.set(t, { cost: total, split: t, from: prev });
        }
      }
      best = next;
    }
    // the splits chosen, gap 0's first
    const choice: number[] = [];
    const end = [...best.values()][0]!;
    for (let at: Split | undefined = end; at; at = at.from) choice.unshift(at.split);
    return { cost: end.cost, choice };
  };
  const centred = splits(false);
  let choice = centred.choice;
  let hang: NameHang = 'centred';
  if (free.length > 0) {
    // Which way the table's wrapped names hang: the reading that fits clearly better, by at least a
    // third of a line a wrapped piece; where neither does (a name that happens to balance around the
    // next code) and they part the pieces differently, the way the document's tables before it hung;
    // where those did not tell either, the pieces the two readings give different rows are joined to
    // neither (and said), the others go where both put them.
    const top = splits(true);
    const margin = (h / 3) * gaps.slice(1, -1).reduce((n, g) => n + g.length, 0);
    const differ = top.choice.some((t, i) => t !== centred.choice[i]);
    const clear: NameHang = top.cost + margin < centred.cost ? 'top' : centred.cost + margin <= top.cost ? 'centred' : 'unclear';
    if (clear !== 'unclear') hangs.push(clear);
    const was = new Set(hangs);
    hang = clear !== 'unclear' ? clear : was.size === 1 ? [...was][0]! : differ ? 'unclear' : 'centred';
    if (hang === 'top') choice = top.choice;
    if (hang === 'unclear') {
      // the pieces both readings give the same row go to it; the others to neither
      for (let g = 1; g < keys.length; g++) {
        const [a, b] = [Math.min(top.choice[g]!, centred.choice[g]!), Math.max(top.choice[g]!, centred.choice[g]!)];
        appendAll(keys[g - 1]!.label, gaps[g]!.slice(0, a));
        if (unclear) appendAll(unclear, gaps[g]!.slice(a, b));
        appendAll(keys[g]!.label, gaps[g]!.slice(b));
      }
      appendAll(keys[0]!.label, first);
      appendAll(keys[keys.length - 1]!.label, gaps[keys.length]!);
      for (const k of keys) k.label.sort((a, b) => a.y - b.y || a.x0 - b.x0);
      return hang;
    }
  }
  for (let k = 0; k < keys.length; k++) {
    const before = k === 0 ? first : gaps[k]!.slice(choice[k]!);
    appendAll(appendAll(keys[k]!.label, before), gaps[k + 1]!.slice(0, choice[k + 1]!));
  }
  return hang;
}

/**
 * Where a one-line name stands against its code in this table: on the code's line (names and
 * codes centred alike), or a few points below it (a code printed at the top of a tall cell,
 * the name in its middle). Learnt from the rows whose name is plainly theirs: on their line, or
 * the one unwrapped piece nearest them, not the end of a name wrapped from a line above; the median of those. A table with no such row (every
 * name wrapped) takes what the document's tables before it showed (`learnt`), else 0.
 */
function nameOffset(keys: readonly Key[], free: readonly Cell[], full: (c: Cell) => boolean, learnt: number[], apart: (a: Cell, b: Cell) => number): number {
  const nearest = new Map<Key, Cell[]>();
  for (const f of free) {
    let best: Key | undefined;
    for (const k of keys) if (k.code !== undefined && (!best || Math.abs(k.anchorY - f.y) < Math.abs(best.anchorY - f.y))) best = k;
    if (best) nearest.set(best, [...(nearest.get(best) ?? []), f]);
  }
  // A piece under a full one (a line or two above it) ends a wrapped name, whichever row that name is: no sample.
  const continues = (c: Cell): boolean => free.some((g) => g.y < c.y && apart(g, c) <= 2 * c.h && full(g));
  const samples: number[] = [];
  for (const k of keys) {
    if (k.code === undefined) continue;
    const own = nearest.get(k) ?? [];
    if (k.label.length > 0 && own.length === 0) samples.push(0);
    else if (k.label.length === 0 && own.length === 1 && !full(own[0]!) && !continues(own[0]!)) samples.push(own[0]!.y - k.anchorY);
  }
  appendAll(learnt, samples);
  return median(samples) ?? median(learnt) ?? 0;
}

/**
 * Label rows (01, 04): each label a row; a piece under a label that filled its column's width
 * continues it (二、政府性基金预算财政拨 / 款), unless it starts a row itself.
 */
function labelKeys(cells: Cell[], side: number, options: BodyOptions): Key[] {
  const pieces = cells.filter((c) => c.kind === 'text').sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const right = maxOf(pieces.map((p) => p.x1));
  const keys: Key[] = [];
  for (const p of pieces) {
    const last = keys[keys.length - 1];
    const top = last?.label[last.label.length - 1];
    const sameLine = top !== undefined && top.y === p.y;
    // under it: starting where it starts (left-aligned) or centred under it (a centred label)
    const under = top !== undefined && (Math.abs(p.x0 - last!.label[0]!.x0) <= 3 * p.h || (centre(p) > top.x0 && centre(p) < top.x1));
    const continues = top !== undefined && !options.wholeCells && !options.startsRow?.(p.text)
      && (sameLine || (top.x1 >= right - 2.5 * top.h && p.y - top.y <= 2.2 * top.h && under
        && (options.continuesLabel?.(last!.label.map((c) => c.text).join(''), p.text) ?? true)));
    if (continues) last!.label.push(p);
    else keys.push({ side, cells: [], label: [p], anchorY: p.y, y: p.y });
  }
  for (const k of keys) k.y = k.anchorY = mean(k.label.map((c) => c.y));
  return keys;
}

/** A row's amounts as the data file writes them: column → amount text. */
export const valuesOf = (r: Row): Record<string, string> => Object.fromEntries([...r.values].map(([k, v]) => [k, v.text]));

/**
 * The amounts of a table with one row of figures and no row keys (三公 with its items as
 * columns): each to the column nearest its centre; a second amount for a column, or
 * amounts on more than one line, cannot be placed.
 */
export function columnAmounts(lines: readonly PlacedLine[], columns: readonly Column[], grid: boolean): { values: Map<string, PlacedAmount>; unplaced: Unplaced[]; lines: number } {
  const values = new Map<string, PlacedAmount>();
  const unplaced: Unplaced[] = [];
  const found: Cell[] = [];
  const read = lines.map((l) => ({ l, cells: cellsOf(l, grid) }));
  // (an amount a narrow column wrapped, 2,408,100. over 00, is one amount)
  if (!grid) joinWrapped(read);
  for (const { cells } of read) {
    if (isColumnNumbers(cells)) continue;
    for (const c of cells) {
      if (c.problem) unplaced.push({ ...where(c), text: String(c.cell?.value ?? c.text), why: c.problem, bad: true });
      else if (c.kind === 'amount' || c.asAmount !== undefined) found.push({ ...c, text: c.asAmount ?? c.text });
      // a piece of a figure left over (2,408,100. with no end under it) is an amount not read whole
      else if (FIGURE_PIECE.test(c.text) && /[,.]/u.test(c.text)) unplaced.push({ ...where(c), text: c.text, why: `“${c.text}”不是完整的金额，可能没有读全` });
    }
  }
  // Lines of figures: a figure within a line's height of another is on its line.
  const bands: number[] = [];
  for (const c of [...found].sort((a, b) => a.y - b.y)) if (!bands.some((y) => Math.abs(y - c.y) <= 0.8 * c.h)) bands.push(c.y);
  const byCentre = (c: Cell) => [...columns].sort((a, b) => Math.abs(centre(c) - a.centre) - Math.abs(centre(c) - b.centre))[0];
  // Headers centred in their cells, figures right-aligned (a browser's or Word's default): a short figure at its
  // cell's right end may be nearer the next header's centre. Columns bounded by their headers' left edges are
  // taken where they give every figure a column of its own; else the figures stay where their centres put them.
  const byLeft = (c: Cell) => leftEdgeColumn(columns, c);
  const keys = (at: (c: Cell) => Column | undefined) => found.map((c) => at(c)?.key);
  const clash = (ks: Array<string | undefined>) => ks.some((k, i) => k === undefined || ks.indexOf(k) !== i);
  const columnOf = bands.length === 1 && clash(keys(byCentre)) && columns.every((k) => k.left !== undefined) && !clash(keys(byLeft)) ? byLeft : byCentre;
  for (const c of found) {
    let column = columnOf(c);
    // A figure that ends before the nearest header starts (right-aligned in a wide cell, the next header narrow): the
    // column whose header starts last at or before its end, where the figure stands under that header's own words.
    if (column && columnOf === byCentre && !grid && endsBeforeHeader(c, column)) {
      let edge: Column | undefined;
      for (const k of columns) if (k.left !== undefined && k.left <= c.x1 && (!edge || k.left > edge.left!)) edge = k;
      if (!edge || edge.right === undefined || !(c.x0 < edge.right && c.x1 > edge.left!)) {
        unplaced.push({ ...where(c), text: c.text, why: endsBeforeWhy(column) });
        continue;
      }
      column = edge;
    }
    if (!column || bands.length > 1 || values.has(column.key)) {
      unplaced.push({ ...where(c), text: c.text, why: !column ? '表头中找不到金额栏' : bands.length > 1 ? '金额不止一行，不能确定各是哪一栏' : `与“${values.get(column.key)!.text}”落在同一栏` });
      continue;
    }
    values.set(column.key, { ...where(c), text: c.text });
  }
  return { values, unplaced, lines: bands.length };
}
