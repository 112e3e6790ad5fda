/**
 * Tables whose columns are aligned with spaces: pandoc's simple and multiline
 * tables, what its `markdown` writer makes of a Word table (`pandoc x.docx -o
 * x.md`). CommonMark has no such tables: it reads their lines as paragraphs and
 * thematic breaks, and the cells of a row as one text. Read here as pandoc reads
 * them, by the dashed line under the header:
 *
 *     -------------------------------------------      ← multiline tables only
 *     科目                金额（万元）   占比           ← header (several lines in a multiline table)
 *     ------------------- -------------- ---------     ← one run of dashes per column
 *     一般公共服务支出    1,179.44       74.20%        ← a row (several lines, then a blank line, in a multiline table)
 *     -------------------------------------------      ← multiline tables only
 *
 * A column runs from the first dash of its run to the first of the next (the
 * last to the end of the line), counted in display columns (a CJK character
 * takes two), as pandoc's writer lays them out. A table is read only when every
 * line of it keeps to those columns — nothing written across the boundary of
 * two columns or before the first — so no cell is ever cut in two or joined to
 * its neighbour; else its lines stay paragraphs. Headerless tables are left as
 * they are: without a header no column says what its figures are. Grid tables
 * (+---+ borders, | between cells: what the writer makes of cells of several
 * paragraphs) are read the same way by their borders' corners.
 */
import { codePointWidth } from '../format/width.js';

/** A piece of a cell on one line: source offsets, spaces trimmed off both ends. */
export interface CellPiece {
  start: number;
  end: number;
}

export interface AlignedTable {
  /** source offsets: the start of the table's first line, the end of its last */
  start: number;
  end: number;
  /** rows[0] is the header; a cell is its pieces, one per line it takes (none where it is empty) */
  rows: CellPiece[][][];
  /** for each row, where it starts in the source (its empty cells are placed there) */
  rowStarts: number[];
}

interface Line {
  start: number;
  /** the end before the line ending */
  end: number;
  text: string;
}

/** A line of runs of dashes, two at least, separated by spaces: the column rule. */
const COLUMN_RULE = /^ {0,3}-{2,}(?: +-{2,})+ *$/u;
/** A line of dashes alone: the top and bottom rules of a multiline table, or a simple table's closing line. */
const FULL_RULE = /^ {0,3}-{3,} *$/u;
/** Cheap test before any line is split: does the document hold a column rule at all? */
const HAS_COLUMN_RULE = /^ {0,3}-{2,} +-{2,}/mu;

const isBlank = (line: Line | undefined): boolean => line === undefined || line.text.trim() === '';

/** The tables of a Markdown source aligned with spaces, in source order. */
export function alignedTables(src: string): AlignedTable[] {
  const dashed = HAS_COLUMN_RULE.test(src);
  const grid = HAS_GRID_BORDER.test(src);
  if (!dashed && !grid) return [];
  const lines = splitLines(src);
  const tables: AlignedTable[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (grid && GRID_BORDER.test(text) && isBlank(lines[i - 1])) {
      const table = gridAt(lines, i);
      if (table) {
        tables.push(table.read);
        from = table.last + 1;
        i = table.last;
      }
      continue;
    }
    if (!dashed || i === 0 || !COLUMN_RULE.test(text)) continue;
    const table = multilineAt(lines, i) ?? simpleAt(lines, i);
    if (table && table.first >= from) {
      const read = readTable(lines, table);
      if (read) tables.push(read);
      from = table.last + 1;
      i = table.last;
    }
  }
  return tables;
}

/** A grid table's border (+-----+-----+) and the line under its header (+=====+=====+). */
const GRID_BORDER = /^ {0,3}\+(?:[-:]+\+)+ *$/u;
const GRID_HEADER_BORDER = /^ {0,3}\+(?:[=:]+\+)+ *$/u;
const HAS_GRID_BORDER = /^ {0,3}\+[-:]+\+/mu;

/**
 * pandoc's grid table (what its writer makes of a table whose cells hold several paragraphs), read
 * only where every line keeps to the columns of its top border — a `|` at each, no cell spanning two
 * (pandoc 3's spans leave partial borders) — and one header row stands over a `+===+` line.
 */
function gridAt(lines: Line[], top: number): { read: AlignedTable; last: number } | undefined {
  const border = lines[top]!.text;
  const bounds: number[] = [];
  for (let i = 0; i < border.length; i++) if (border[i] === '+') bounds.push(i);
  const corners = (text: string) => [...text.matchAll(/\+/gu)].map((m) => m.index).join();
  const topCorners = bounds.join();
  const sameBorder = (text: string) => corners(text) === topCorners;
  const rows: CellPiece[][][] = [];
  const rowStarts: number[] = [];
  let row: CellPiece[][] | undefined;
  let header = -1;
  for (let i = top + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (GRID_BORDER.test(text) || GRID_HEADER_BORDER.test(text)) {
      if (!sameBorder(text) || !row) return undefined;
      rows.push(row);
      row = undefined;
      if (GRID_HEADER_BORDER.test(text)) {
        if (header >= 0) return undefined;
        header = rows.length;
      }
      if (isBlank(lines[i + 1])) {
        if (header !== 1 || rows.length < 2) return undefined;
        return { read: { start: lines[top]!.start, end: lines[i]!.end, rows, rowStarts }, last: i };
      }
      continue;
    }
    const pieces = splitGridLine(lines[i]!, bounds);
    if (!pieces) return undefined;
    if (!row) {
      row = pieces.map(() => []);
      rowStarts.push(lines[i]!.start);
    }
    pieces.forEach((p, k) => {
      if (p) row![k]!.push(p);
    });
  }
  return undefined;
}

/** A line of a grid table cut at its `|`s, each piece trimmed (undefined where blank); undefined where a `|` is missing from a column's edge. */
function splitGridLine(line: Line, bounds: number[]): Array<CellPiece | undefined> | undefined {
  const text = line.text;
  const pieces: Array<CellPiece | undefined> = bounds.slice(1).map(() => undefined);
  let column = 0;
  let edge = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    const width = codePointWidth(cp);
    if (cp === 9) return undefined;
    if (edge < bounds.length && column === bounds[edge]) {
      if (cp !== 124 /* | */) return undefined;
      edge++;
    } else if (edge < bounds.length && column + width > bounds[edge]!) return undefined;
    else if (cp !== 32) {
      if (edge === 0 || edge === bounds.length) return undefined;
      const at = line.start + i;
      const piece = pieces[edge - 1];
      if (piece) piece.end = at + units;
      else pieces[edge - 1] = { start: at, end: at + units };
    }
    column += width;
    i += units;
  }
  return edge === bounds.length ? pieces : undefined;
}

interface Shape {
  /** first and last line of the table (rules included) */
  first: number;
  last: number;
  /** the header's lines, the column rule's line */
  header: number[];
  rule: number;
  /** each body row's lines */
  body: number[][];
}

/**
 * A multiline table around the column rule at `rule`: a full rule after a blank line, header lines,
 * the column rule, rows of one or more lines parted by blank lines, a full rule, a blank line.
 */
function multilineAt(lines: Line[], rule: number): Shape | undefined {
  let top = rule - 1;
  while (top >= 0 && !isBlank(lines[top]) && !FULL_RULE.test(lines[top]!.text)) top--;
  if (top < 0 || top === rule - 1 || !FULL_RULE.test(lines[top]!.text) || !isBlank(lines[top - 1])) return undefined;
  const body: number[][] = [];
  let row: number[] = [];
  for (let i = rule + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (FULL_RULE.test(line.text)) {
      if (row.length > 0) body.push(row);
      if (body.length === 0 || !isBlank(lines[i + 1])) return undefined;
      return { first: top, last: i, header: range(top + 1, rule), rule, body };
    }
    if (isBlank(line)) {
      // one blank line between rows; two end the table without its bottom rule: not a table
      if (row.length === 0) return undefined;
      body.push(row);
      row = [];
    } else row.push(i);
  }
  return undefined;
}

/**
 * A simple table: a header line after a blank line, the column rule, rows of one line each, up to a
 * blank line (or a line of dashes, then a blank line).
 */
function simpleAt(lines: Line[], rule: number): Shape | undefined {
  const header = rule - 1;
  if (isBlank(lines[header]) || COLUMN_RULE.test(lines[header]!.text) || FULL_RULE.test(lines[header]!.text) || !isBlank(lines[header - 1])) return undefined;
  const body: number[][] = [];
  let i = rule + 1;
  for (; i < lines.length && !isBlank(lines[i]); i++) {
    const text = lines[i]!.text;
    if (COLUMN_RULE.test(text) || FULL_RULE.test(text)) {
      if (!isBlank(lines[i + 1])) return undefined;
      break;
    }
    body.push([i]);
  }
  if (body.length === 0) return undefined;
  return { first: header, last: i < lines.length && !isBlank(lines[i]) ? i : i - 1, header: [header], rule, body };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** The table's cells, or undefined where a line does not keep to the columns. */
function readTable(lines: Line[], shape: Shape): AlignedTable | undefined {
  const starts = runStarts(lines[shape.rule]!.text);
  const rows: CellPiece[][][] = [];
  const rowStarts: number[] = [];
  for (const rowLines of [shape.header, ...shape.body]) {
    const cells: CellPiece[][] = starts.map(() => []);
    for (const i of rowLines) {
      const pieces = splitLine(lines[i]!, starts);
      if (!pieces) return undefined;
      pieces.forEach((p, k) => {
        if (p) cells[k]!.push(p);
      });
    }
    rows.push(cells);
    rowStarts.push(lines[rowLines[0]!]!.start);
  }
  return { start: lines[shape.first]!.start, end: lines[shape.last]!.end, rows, rowStarts };
}

/** The display column where each run of dashes starts. */
function runStarts(rule: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < rule.length; i++) if (rule[i] === '-' && (i === 0 || rule[i - 1] === ' ')) starts.push(i);
  return starts;
}

/**
 * A line cut at the columns' starts, each piece trimmed (undefined where blank); undefined where a
 * character stands right before a column's start (text across two columns) or before the first
 * column, or where the line holds a tab (whose width pandoc and the writer's editor may count apart).
 */
function splitLine(line: Line, starts: number[]): Array<CellPiece | undefined> | undefined {
  const text = line.text;
  const pieces: Array<CellPiece | undefined> = starts.map(() => undefined);
  let column = 0;
  let k = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    const width = codePointWidth(cp);
    if (cp === 9) return undefined;
    while (k + 1 < starts.length && column >= starts[k + 1]!) k++;
    if (cp !== 32) {
      // not blank: inside one column, ending before the next one starts
      if (k < 0 || (k + 1 < starts.length && column + width > starts[k + 1]! - 1)) return undefined;
      const at = line.start + i;
      const piece = pieces[k];
      if (piece) piece.end = at + units;
      else pieces[k] = { start: at, end: at + units };
    }
    column += width;
    i += units;
  }
  return pieces;
}

function splitLines(src: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    lines.push({ start, end: m.index, text: src.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: src.length, text: src.slice(start) });
  return lines;
}
