/**
 * Lines of cells with positions, from every source a table comes in: the text
 * items of a PDF (x and y in points), `pdftotext -layout` text (x in
 * characters, a line per line), the tables of a Word document and the sheets
 * of a workbook (x in grid columns, a line per table row; a merged cell spans
 * the columns it covers) and tab-separated text. The table recogniser
 * (tables.ts, grid.ts) reads them all alike: it only compares positions
 * within one source, and it knows a text line's height, so that a figure a
 * few points above its label (a PDF's) is told from the next row's.
 */
import { bodyBlocks, hiddenStyles, paragraphText, wordParts, type WordParts } from '../documents/docx.js';
import { pushGlyphBox, readPdfPages, rowAt, type PdfPage, type TextItem } from '../documents/pdf.js';
import type { CellPlace } from './tables.js';
import { elements } from '../documents/xml-scan.js';
import { asciiFigures } from './cells.js';
import { appendAll } from '../util/arrays.js';

export interface Box {
  text: string;
  /** left and right edge, in the source's unit */
  x0: number;
  x1: number;
  /** a workbook cell: where it is (工作表“…”B7) and what it holds, a number as a number */
  cell?: { address: string; value: unknown };
  /** a PDF's text items this cell was joined from, where there are several (header cells of a tight table run together) */
  items?: Array<{ text: string; x0: number; x1: number }>;
}

export interface PlacedLine {
  page: number;
  /** top to bottom, increasing; lines of different pages are far apart */
  y: number;
  cells: Box[];
  /** the height of the line's text, in the unit of y (a PDF's points; 1 where a line is a line of text or a table row) */
  h?: number;
  /** the line's number on its page (a PDF's), in the text (layout text), or its row (Word, a sheet): where messages point */
  line?: number;
  /** x counts characters of the line (layout text): a piece of a cell stands exactly where its characters are */
  chars?: true;
  /**
   * Word: the table (w:tbl, numbered from 0 in body order) this row is a row of; a paragraph outside tables has none,
   * but one of a run of tabbed paragraphs laid out as a table (no w:tbl) has its run's number, negative (docxLines)
   */
  wordTable?: number;
  /** Word: the body paragraphs the line holds, first and last, numbered as the text's paragraph map numbers them (a table cell's paragraphs included) */
  paragraphs?: { first: number; last: number };
}

/** Pages are this far apart in y, so no distance measured across a page break is ever the nearest. */
export const PAGE_SPAN = 100_000;

/** Tab-separated text (the Shandong layout): a cell per field, at its field's index; blank fields kept blank. */
export function tabSeparatedLines(text: string): PlacedLine[] {
  return text.split(/\r\n|\r|\n/u).map((raw, y) => ({ page: 1, y, h: 1, line: y + 1, cells: raw.split('\t').map((t, x) => ({ text: t.trim(), x0: x, x1: x + 1 })) }));
}

/**
 * `pdftotext -layout` text: pages split at form feeds, cells at runs of two or more spaces.
 * Positions count characters, not display columns: pdftotext places each word at its
 * x position divided by one grid unit, and writes a CJK character as one character of
 * the grid, so columns line up by character count (a CJK character is not two columns here).
 */
export function layoutTextLines(text: string): PlacedLine[] {
  const lines: PlacedLine[] = [];
  let number = 0;
  text.split('\f').forEach((pageText, p) => {
    pageText.split(/\r\n|\r|\n/u).forEach((raw, i) => {
      // A form feed starts a page, not a line: a page's first line is the file's line the feed stands on.
      if (p === 0 || i > 0) number++;
      const cells: Box[] = [];
      const chars = [...raw.replace(/\t/gu, '  ')];
      let at = 0;
      while (at < chars.length) {
        while (at < chars.length && /\s/u.test(chars[at]!)) at++;
        if (at >= chars.length) break;
        const start = at;
        // A cell runs on through single spaces; two spaces (or a full-width one) end it.
        while (at < chars.length && !(/\s/u.test(chars[at]!) && (chars[at] === '\u3000' || at + 1 >= chars.length || /\s/u.test(chars[at + 1]!)))) at++;
        cells.push(layoutCell(chars, start, at));
      }
      lines.push({ page: p + 1, y: p * PAGE_SPAN + i, h: 1, line: number, cells, chars: true });
    });
  });
  return lines;
}

/**
 * A layout-text cell from chars[start, end); where single spaces part its words (基本支出 项目支出:
 * two header cells printed a space apart), each word is also an item at its own place, as a PDF's
 * cell keeps the items it was joined from, so that a header can be found in either.
 */
function layoutCell(chars: readonly string[], start: number, end: number): Box {
  const text = chars.slice(start, end).join('').trim();
  const items: NonNullable<Box['items']> = [];
  for (let at = start; at < end;) {
    while (at < end && /\s/u.test(chars[at]!)) at++;
    const from = at;
    while (at < end && !/\s/u.test(chars[at]!)) at++;
    if (at > from) items.push({ text: chars.slice(from, at).join(''), x0: from, x1: at });
  }
  return { text, x0: start, x1: end, ...(items.length > 1 ? { items } : {}) };
}

/** A PDF page's text items on one baseline, left to right, with the line's height (the largest item's) and y from the top. */
interface PdfRow { y: number; h: number; items: TextItem[] }

/**
 * A PDF page's text items as rows: items on one baseline (within a third of their height) form a
 * row, top to bottom, numbered from 1 as the lines are (pdfPageLines). pdfjs's whitespace items
 * carry no usable width and are left out.
 */
function pdfPageRows(page: PdfPage): PdfRow[] {
  let rows = rowsOfPage.get(page);
  if (rows) return rows;
  rows = [];
  for (const it of page.items) {
    if (typeof it.str !== 'string' || it.str.trim() === '') continue;
    const y = page.height - it.transform[5]!;
    const h = Math.abs(it.transform[3]!) || 10;
    let row = rowAt(rows, y, h);
    if (!row) rows.push((row = { y, h, items: [] }));
    row.h = Math.max(row.h, h);
    row.items.push(it);
  }
  rows.sort((a, b) => a.y - b.y);
  for (const r of rows) r.items.sort((a, b) => a.transform[4]! - b.transform[4]!);
  rowsOfPage.set(page, rows);
  return rows;
}

/** A page's rows, grouped once: its lines (pdfPageLines) and its amounts' boxes (pdfCellBoxes) are read from the same rows. */
const rowsOfPage = new WeakMap<PdfPage, PdfRow[]>();

/**
 * A PDF page's text items as lines (pdfPageRows); within a line, items closer than half a
 * character join into one cell. Lines are numbered on the page top to bottom, as the linter's
 * text numbers them.
 */
export function pdfPageLines(page: PdfPage): PlacedLine[] {
  return pdfPageRows(page).map((r, i) => {
    const cells: Box[] = [];
    for (const it of r.items) {
      const b = { text: it.str, x0: it.transform[4]!, x1: it.transform[4]! + it.width };
      const words = runWords(it);
      const tail = words ? undefined : trailingFigures(it);
      if (tail) b.text = tail.name.text, b.x1 = tail.name.x1;
      const last = cells[cells.length - 1];
      if (last && b.x0 - last.x1 < r.h / 2) {
        const gap = b.x0 - last.x1 > r.h / 8 && /[\w.]$/u.test(last.text) && /^[\w.]/u.test(b.text) ? ' ' : '';
        appendAll(last.items ??= [{ text: last.text, x0: last.x0, x1: last.x1 }], words ?? [b]);
        last.text += gap + b.text;
        last.x1 = Math.max(last.x1, b.x1);
      } else cells.push(words ? { ...b, items: words } : { ...b });
      if (tail) appendAll(cells, tail.figures);
    }
    for (const c of cells) c.text = c.text.trim();
    return { page: page.page, y: (page.page - 1) * PAGE_SPAN + r.y, h: r.h, line: i + 1, cells };
  });
}

/**
 * The words of one text run that holds several cells apart by spaces (header cells 本年收入合计 财政拨款收入
 * 上级补助收入, as a spreadsheet prints adjacent cells; pieces of wrapped amounts 1,446,500. 1,446,500.),
 * each where its characters stand; undefined for a run of one word. Only runs of CJK words, or of figures
 * only: a space in Latin text parts nothing.
 */
function runWords(it: TextItem): Array<{ text: string; x0: number; x1: number }> | undefined {
  const spans = it.spans;
  if (!spans || !/\S\s+\S/u.test(it.str)) return undefined;
  const x = it.transform[4]!;
  const words: Array<{ text: string; x0: number; x1: number }> = [];
  for (const m of it.str.matchAll(/\S+/gu)) {
    const from = m.index;
    const to = from + m[0].length - 1;
    if (2 * to + 1 >= spans.length) return undefined;
    words.push({ text: m[0], x0: x + spans[2 * from]!, x1: x + spans[2 * to]! + spans[2 * to + 1]! });
  }
  const figures = words.every((w) => /^-?(?=[,.]*\d)[\d,.]+$/u.test(w.text));
  if (figures) joinSpaceGroups(words, Math.abs(it.transform[3]!) || it.fontSize || 10);
  return words.length > 1 && (words.every((w) => /^\p{Script=Han}+$/u.test(w.text)) || figures) ? words : undefined;
}

/**
 * A run holding a name and, after a space, the figures of the cells beside it (LibreOffice's PDF/A writes a row's
 * cells one run: `其他解决历史遗留问题及改革成本支出 22.20 -`): the name, and each figure or dash a cell of its own,
 * where its characters stand. Only a name ending in a Han character and whole amounts (two decimals) or dashes
 * after it; undefined for any other run.
 */
function trailingFigures(it: TextItem): { name: { text: string; x1: number }; figures: Array<{ text: string; x0: number; x1: number }> } | undefined {
  const spans = it.spans;
  if (!spans || !TAIL_FIGURES.test(it.str)) return undefined;
  const x = it.transform[4]!;
  const words = [...it.str.matchAll(/\S+/gu)];
  let first = words.length;
  while (first > 0 && FIGURE_OR_DASH.test(words[first - 1]![0])) first--;
  if (first === 0 || first === words.length) return undefined;
  const edge = (from: number, to: number) => (2 * to + 1 < spans.length ? { x0: x + spans[2 * from]!, x1: x + spans[2 * to]! + spans[2 * to + 1]! } : undefined);
  const lastName = words[first - 1]!;
  const name = edge(0, lastName.index + lastName[0].length - 1);
  const figures = words.slice(first).map((m) => ({ text: m[0], ...edge(m.index, m.index + m[0].length - 1) }));
  if (!name || figures.some((f) => f.x0 === undefined)) return undefined;
  return { name: { text: it.str.slice(0, lastName.index + lastName[0].length), x1: name.x1 }, figures: figures as Array<{ text: string; x0: number; x1: number }> };
}

/** A run that may end in figures after a name (trailingFigures): a Han character, a space, an amount or a dash, to the end. */
const TAIL_FIGURES = /\p{Script=Han}\s+(?:-?[\d,]*\d\.\d\d|[-—–])(?:\s+(?:-?[\d,]*\d\.\d\d|[-—–]))*\s*$/u;
const FIGURE_OR_DASH = /^(?:-?[\d,]*\d\.\d\d|[-—–])$/u;

/** A thousands group a space sets apart (270 893.05, 1 234 567.00): 1–3 digits, then groups of three, the last with the decimals. */
const GROUP_HEAD = /^-?\d{1,3}$/u;
const GROUP_NEXT = /^\d{3}(?:\.\d+)?$/u;

/**
 * An amount printed with a space as its thousands separator (270 893.05) is one amount, not a number and an
 * amount in two cells: a 1–3 digit group, one narrow space (under half a character: no gap between columns)
 * and a group of three digits, with its decimals at the end. Joined without the space (270893.05), as a
 * document printing no separator has it; `words` is changed in place.
 */
function joinSpaceGroups(words: Array<{ text: string; x0: number; x1: number }>, em: number): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const head = words[i]!;
    if (!GROUP_HEAD.test(head.text)) continue;
    let j = i + 1;
    let text = head.text;
    let x1 = head.x1;
    while (j < words.length && GROUP_NEXT.test(words[j]!.text) && words[j]!.x0 - x1 < 0.45 * em && !text.includes('.')) {
      text += words[j]!.text;
      x1 = words[j]!.x1;
      j++;
    }
    // Only a whole amount: the decimals reached (1 234 with no decimals may be two cells, a 行次 and a code).
    if (j === i + 1 || !text.includes('.')) continue;
    words.splice(i, j - i, { text, x0: head.x0, x1 });
  }
}

/**
 * The box of each amount's own glyphs on its PDF page (CellPlace.rect), where its text as read
 * is printed exactly there: on its page and line, once within the edges it was read between,
 * not as part of a longer number. Anywhere else — the text not found there, or found twice —
 * the amount has no box, and a report marks its finding in the page's margin instead.
 */
export function pdfCellBoxes(pages: readonly PdfPage[], cells: Record<string, CellPlace>): void {
  // A row's glyphs, made once for all the amounts on it.
  const glyphsOf = new Map<PdfRow, RowGlyphs>();
  const boxes: number[] = [];
  for (const place of Object.values(cells)) {
    const page = pages[place.page - 1];
    if (!page || page.page !== place.page) continue;
    const row = pdfPageRows(page)[place.line - 1];
    if (!row) continue;
    let glyphs = glyphsOf.get(row);
    if (!glyphs) glyphsOf.set(row, (glyphs = rowGlyphs(row)));
    const at = uniqueAt(glyphs, place);
    if (at === undefined) continue;
    boxes.length = 0;
    for (let i = at; i < at + place.text.length; i++) pushGlyphBox(page, glyphs.boxes[4 * i]!, glyphs.boxes[4 * i + 1]!, glyphs.boxes[4 * i + 2]!, glyphs.boxes[4 * i + 3]!, boxes);
    place.rect = boundsOf(boxes);
  }
}

/** The box around glyph boxes (x0, y0, x1, y1 each, flat), to 0.01 pt. */
function boundsOf(boxes: readonly number[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < boxes.length; i += 4) {
    x0 = Math.min(x0, boxes[i]!);
    y0 = Math.min(y0, boxes[i + 1]!);
    x1 = Math.max(x1, boxes[i + 2]!);
    y1 = Math.max(y1, boxes[i + 3]!);
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  return [round(x0), round(y0), round(x1), round(y1)];
}

/**
 * The box of each given line of a PDF's pages (page, line as the import numbers them): all its visible glyphs,
 * in PDF user space, keyed `page:line`. For a table's problem that names a line and no cell read as an amount
 * (a text where an amount should be, a figure placed nowhere): its mark then stands on that line of the table.
 */
export function pdfLineRects(pages: readonly PdfPage[], lines: ReadonlyArray<{ page: number; line: number }>): Record<string, [number, number, number, number]> {
  const out: Record<string, [number, number, number, number]> = {};
  const boxes: number[] = [];
  for (const { page: n, line } of lines) {
    const key = `${n}:${line}`;
    const page = pages[n - 1];
    if (key in out || !page || page.page !== n) continue;
    const row = pdfPageRows(page)[line - 1];
    if (!row) continue;
    const glyphs = rowGlyphs(row);
    boxes.length = 0;
    for (let i = 0; i < glyphs.text.length; i++) {
      if (glyphs.text[i] === '\0') continue;
      pushGlyphBox(page, glyphs.boxes[4 * i]!, glyphs.boxes[4 * i + 1]!, glyphs.boxes[4 * i + 2]!, glyphs.boxes[4 * i + 3]!, boxes);
    }
    if (boxes.length === 0) continue;
    out[key] = boundsOf(boxes);
  }
  return out;
}

/**
 * A row's visible characters, a gap of half a character or more between items a break (\0), and
 * the box of each: four numbers a character, x, baseline y, width and height in the reading frame.
 */
interface RowGlyphs { text: string; boxes: number[] }

function rowGlyphs(row: PdfRow): RowGlyphs {
  let text = '';
  const boxes: number[] = [];
  let end = -Infinity;
  for (const it of row.items) {
    const x = it.transform[4]!;
    const h = Math.abs(it.transform[3]!) || 10;
    if (x - end >= row.h / 2 && text !== '') {
      text += '\0';
      boxes.push(x, it.transform[5]!, 0, h);
    }
    for (let i = 0; i < it.str.length; i++) {
      const w = it.spans?.[2 * i + 1] ?? it.width / it.str.length;
      if (/\s/u.test(it.str[i]!) || w <= 0) continue;
      text += it.str[i];
      boxes.push(x + (it.spans?.[2 * i] ?? (it.width * i) / it.str.length), it.transform[5]!, w, h);
    }
    end = x + it.width;
  }
  // Figures as the tables were read (１，８６１．１４ as 1,861.14), one character for one.
  return { text: asciiFigures(text), boxes };
}

/**
 * Where the place's text stands in the row: once, not inside a longer number, its middle between
 * the edges it was read between (a piece cut from a cell has edges estimated from its share of the cell's width).
 */
function uniqueAt(glyphs: RowGlyphs, place: CellPlace): number | undefined {
  const found: number[] = [];
  for (let at = glyphs.text.indexOf(place.text); at >= 0; at = glyphs.text.indexOf(place.text, at + 1)) {
    const before = glyphs.text[at - 1] ?? '';
    const after = glyphs.text[at + place.text.length] ?? '';
    if (/[\d.,-]/u.test(before) || /[\d.,]/u.test(after)) continue;
    const first = 4 * at;
    const last = 4 * (at + place.text.length - 1);
    const middle = (glyphs.boxes[first]! + glyphs.boxes[last]! + glyphs.boxes[last + 2]!) / 2;
    if (middle >= place.x0 && middle <= place.x1) found.push(at);
  }
  return found.length === 1 ? found[0] : undefined;
}

export async function pdfLines(bytes: Uint8Array): Promise<PlacedLine[]> {
  return (await readPdfPages(bytes)).flatMap(pdfPageLines);
}

/** The pages of a PDF with pictures and no text at all: a picture of a table pasted in, or a scanned page (a blank page is none). */
export function textlessPages(pages: readonly PdfPage[]): number[] {
  return pages.filter((p) => (p.pictures ?? 0) > 0 && !p.items.some((it) => typeof it.str === 'string' && it.str.trim() !== '')).map((p) => p.page);
}

/** The scanned pages of a PDF with a text layer (PdfPage.ocr): their figures may be misread. */
export function ocrPages(pages: readonly PdfPage[]): number[] {
  return pages.filter((p) => p.ocr === true).map((p) => p.page);
}

/** What recognisePlacedTables is told of a PDF's pages: those of pictures alone, and those of a scan's text layer. */
export function pdfPageOptions(pages: readonly PdfPage[]): { textlessPages?: number[]; outlinedPages?: number[]; ocrPages?: number[] } {
  const textless = textlessPages(pages);
  const outlined = pages.filter((p) => p.outlines !== undefined).map((p) => p.page);
  const ocr = ocrPages(pages);
  return { ...(textless.length > 0 ? { textlessPages: textless } : {}), ...(outlined.length > 0 ? { outlinedPages: outlined } : {}), ...(ocr.length > 0 ? { ocrPages: ocr } : {}) };
}

/**
 * A Word document's body as lines: a paragraph is a line of one cell; a table row is a
 * line whose cells stand at their grid columns (a cell spanning columns, w:gridSpan, covers
 * them all; a row whose first columns hold no cells, w:gridBefore, starts after them), so a header cell and
 * the cells under it share a centre. A cell that continues
 * a vertical merge (w:vMerge without restart) is empty, as the merged cell above holds the text.
 */
export function docxLines(source: Uint8Array | WordParts): PlacedLine[] {
  const { document: xml, styles } = source instanceof Uint8Array ? wordParts(source) : source;
  const hidden = hiddenStyles(styles);
  const body = xml.slice(Math.max(0, xml.indexOf('<w:body')));
  const lines: PlacedLine[] = [];
  // Paragraphs are numbered as readWordXml numbers them: each top-level one, and each cell's (one at least).
  let paragraph = 0;
  let table = -1;
  const push = (cells: Box[], first: number, wordTable?: number) => lines.push({
    page: 1, y: lines.length, h: 1, line: lines.length + 1, cells,
    ...(wordTable !== undefined ? { wordTable } : {}), paragraphs: { first, last: paragraph },
  });
  /** each paragraph's line with tabs in it, and its text as written (its fields) */
  const tabbed = new Map<number, string>();
  for (const element of bodyBlocks(body)) {
    if (!element.text.startsWith('<w:tbl')) {
      paragraph++;
      const text = paragraphText(element.text, hidden);
      if (text.includes('\t')) tabbed.set(lines.length, text);
      push([{ text: text.trim(), x0: 0, x1: 1 }], paragraph);
      continue;
    }
    table++;
    for (const row of elements(element.text, ['w:tr'])) {
      const cells: Box[] = [];
      const first = paragraph + 1;
      let column = gridBefore(row.text);
      for (const cell of elements(row.text, ['w:tc'])) {
        const span = Number(/<w:gridSpan w:val="(\d+)"/u.exec(cell.text)?.[1] ?? '1') || 1;
        const paras = [...elements(cell.text, ['w:p/'])];
        paragraph += Math.max(1, paras.length);
        const text = paras.map((p) => paragraphText(p.text, hidden)).join('').trim();
        cells.push({ text, x0: column, x1: column + span });
        column += span;
      }
      push(cells, first, table);
    }
  }
  tabbedTables(lines, tabbed);
  return lines;
}

/**
 * The grid columns a Word row leaves empty before its first cell (`<w:gridBefore>` in its row properties):
 * Word writes it where the empty cells on a row's left were deleted (the 支出 rows of 公开01表 below the last
 * 收入 row). Not the value of an earlier row format recorded in `<w:trPrChange>`.
 */
export function gridBefore(row: string): number {
  const head = row.slice(0, Math.max(0, row.indexOf('<w:tc')));
  const start = head.indexOf('<w:trPr>');
  if (start < 0) return 0;
  let properties = head.slice(start);
  const change = properties.indexOf('<w:trPrChange');
  if (change >= 0) properties = properties.slice(0, change);
  const n = Number(/<w:gridBefore w:val="(\d+)"/u.exec(properties)?.[1] ?? '0');
  // Word's grid has at most 63 columns: a larger count is no layout to follow.
  return Number.isSafeInteger(n) && n <= WORD_MAX_COLUMNS ? n : 0;
}

const WORD_MAX_COLUMNS = 63;

/** Tabbed paragraphs in a row that make a table: at least this many. */
const TABBED_ROWS = 3;

/**
 * Paragraphs laid out as a table with tabs (right tab stops, no w:tbl): a run of TABBED_ROWS or more
 * paragraphs in a row, each with tabs and two fields filled at least, is a table's rows, a cell per
 * field at its place (the first field, the second …) as tab-separated text is, blank fields blank.
 * The run is numbered as a table of its own (wordTable, negative: no w:tbl's), so that the table ends
 * with it, and review reads none of its paragraphs as Part 3.
 */
function tabbedTables(lines: PlacedLine[], tabbed: ReadonlyMap<number, string>): void {
  const fields = (text: string) => text.split('\t').map((t) => t.trim());
  const row = (i: number) => tabbed.has(i) && fields(tabbed.get(i)!).filter((f) => f !== '').length >= 2;
  let runs = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!row(i)) continue;
    let end = i;
    while (end + 1 < lines.length && row(end + 1)) end++;
    if (end - i + 1 >= TABBED_ROWS) {
      const id = -1 - runs++;
      for (let k = i; k <= end; k++) {
        lines[k]!.cells = fields(tabbed.get(k)!).map((text, x) => ({ text, x0: x, x1: x + 1 }));
        lines[k]!.wordTable = id;
      }
    }
    i = end;
  }
}
