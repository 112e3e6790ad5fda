/**
 * A table inside Part 3 as a PDF gives it (blind 13R d6, 12R d4): its lines come as paragraphs, the header's
 * words and each row's cells one space apart —
 *
 *     项目 金额（万元） 占比
 *     财政拨款收入 7,636.98 95.71%
 *     合计 7,979.03 100%
 *
 * Read as the table it is: a header line of a name column and column words (本年决算数, 上年决算数, 增减额,
 * 增减率(%), 占比, 年初预算, 完成率 …), then rows of one name and as many figures as the header has columns
 * after the name. The cells become table cells under their headers, so the table code judges them (the row's
 * name and the column's header must each pin one fact, the header's unit respected). Anything else — a line
 * with another count of cells, words among the figures — ends the table; lines that make no table stay paragraphs.
 */
import type { TextBlock } from './extract.js';

const NAME_COLUMN_WORDS = '项目|科目|名称|项目名称|科目名称|收入项目|支出项目|类别|分类|科目编码及名称';
const NAME_COLUMN = new RegExp(`^(?:${NAME_COLUMN_WORDS})$`, 'u');
/**
 * What a header line starts with: its first run of non-space characters a name column's word, and a second run
 * after it — tested first, so that the paragraphs of prose (nearly all) are not cut into runs at all.
 */
const HEADER_START = new RegExp(`^\\s*(?:${NAME_COLUMN_WORDS})\\s+\\S`, 'u');
const MEASURE_COLUMN = /金额|决算|预算|增减|占比|比重|完成|执行|变动|增长|比例|上年|本年|收入|支出|合计/u;
/** a cell of figures: an amount, a rate, a signed change */
const FIGURE_CELL = /^[-−+]?[0-9０-９][0-9０-９,，.．]*[%％]?$/u;
const NAME_CELL = /^[^\s0-9０-９]+$/u;

interface Piece { start: number; end: number }

/** The text's runs of non-space characters. */
function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const m of text.matchAll(/\S+/gu)) pieces.push({ start: m.index, end: m.index + m[0].length });
  return pieces;
}

function headerColumns(block: TextBlock): Piece[] | undefined {
  if (block.kind !== 'paragraph' || block.inList || block.text.length > 120 || !HEADER_START.test(block.text)) return undefined;
  const pieces = piecesOf(block.text);
  if (pieces.length < 2) return undefined;
  const words = pieces.map((p) => block.text.slice(p.start, p.end));
  if (!NAME_COLUMN.test(words[0]!)) return undefined;
  return words.slice(1).every((w) => MEASURE_COLUMN.test(w) && !/[0-9０-９]{3,}(?!年)/u.test(w.replace(/(?:19|20)\d\d年/gu, ''))) ? pieces : undefined;
}

function rowCells(block: TextBlock, columns: number): Piece[] | undefined {
  if (block.kind !== 'paragraph' || block.inList) return undefined;
  const pieces = piecesOf(block.text);
  if (pieces.length !== columns) return undefined;
  const words = pieces.map((p) => block.text.slice(p.start, p.end));
  return NAME_CELL.test(words[0]!) && words.slice(1).every((w) => FIGURE_CELL.test(w)) ? pieces : undefined;
}

function cellOf(block: TextBlock, piece: Piece, row: number, column: number, header: string | undefined): TextBlock {
  const cell: TextBlock = {
    kind: 'table-cell', row, column, inList: false, listDepth: 0,
    text: block.text.slice(piece.start, piece.end),
    offsets: block.offsets.slice(piece.start, piece.end + 1),
  };
  if (block.ends) cell.ends = block.ends.slice(piece.start, piece.end);
  if (header !== undefined) cell.header = header;
  return cell;
}

/** The blocks with each table laid out as paragraphs made table cells; the same array where there is none. */
export function withParagraphTables(blocks: TextBlock[]): TextBlock[] {
  let out: TextBlock[] | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const columns = headerColumns(blocks[i]!);
    const rows: Piece[][] = [];
    if (columns) {
      for (let j = i + 1; j < blocks.length; j++) {
        const cells = rowCells(blocks[j]!, columns.length);
        if (!cells) break;
        rows.push(cells);
      }
    }
    if (!columns || rows.length === 0) {
      out?.push(blocks[i]!);
      continue;
    }
    out ??= blocks.slice(0, i);
    const header = blocks[i]!;
    const headers = columns.map((p) => header.text.slice(p.start, p.end));
    columns.forEach((p, c) => out!.push(cellOf(header, p, 0, c, headers[c])));
    rows.forEach((cells, r) => cells.forEach((p, c) => out!.push(cellOf(blocks[i + 1 + r]!, p, r + 1, c, headers[c]))));
    i += rows.length;
  }
  return out ?? blocks;
}
