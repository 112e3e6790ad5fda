/**
 * Text of a PDF for the linter: the positioned text runs of each page
 * (pdfium.ts) are grouped into lines by their
 * baseline, repeated page headers, footers and page numbers are dropped,
 * lines the layout broke are joined into paragraphs (inside a sentence, a
 * number, a unit, across a page break), and numbered titles (一、 （一）
 * 第三部分 …) become `## ` headings. Only Part 3 is kept when it is found.
 * The result is Markdown-ish text plus a map from text offsets back to
 * (page, line on the page), so messages can name where they are, and to the
 * box of each character on its page, so that the report and the annotated
 * PDF can mark a figure on its words (rectsOf).
 */
import { readPdfPages, type PdfPage } from './pdfium.js';
import { explanationRange, looksLikeTitle } from './titles.js';
import { maxOf } from '../util/arrays.js';

export interface SourcePoint {
  /** offset in the extracted text where this stretch starts */
  offset: number;
  page: number;
  /** line on the page, 1-based, counting the lines found on it (headers included) */
  line: number;
  /**
   * The box of each character of the stretch, four numbers a character: x0, y0, x1, y1 of a
   * rectangle in the page's PDF user space (points, y upwards), from a little below the
   * baseline to the top of the characters, as wide as the character's advance.
   */
  boxes?: number[];
  /**
   * the stretch is on a line whose letter spacing could not be told from its word breaks (PdfLine.unsureSpacing):
   * its text may be misread, and what is said of its figures is no verdict (unsureReadings in index.ts)
   */
  unsure?: true;
}

/** A rectangle on a page, in PDF user space (y upwards): where a stretch of the extracted text stands. */
export interface PageRect {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ExtractedDocument {
  text: string;
  /** ascending by offset */
  map: SourcePoint[];
  /** width and height of every page, in points: where the report draws them before they are rendered */
  pages: Array<[number, number]>;
}

export interface PdfLine {
  page: number;
  line: number;
  text: string;
  /** four numbers per character of text, as SourcePoint.boxes: made when the line is kept */
  boxes: () => number[];
  x: number;
  right: number;
  y: number;
  /** on a page of two text columns (split at their gutter), the line's column: its common left edge and furthest right */
  column?: { left: number; right: number };
  /** two runs of the line stand more than two ems apart: a table's row */
  gapped?: boolean;
  /** a gapped line's cells: where each starts in text, and its left and right edge on the page (its reading frame) */
  cells?: Array<{ start: number; x0: number; x1: number }>;
  /**
   * a line with figures whose glyph gaps could be letter spacing or word breaks, which no rule tells apart
   * (readSpacing): read as it came, its figures perhaps cut (增长6 . 0 2 %), not read for sure
   */
  unsureSpacing?: true;
}

export { PdfReadError } from './pdf-errors.js';
export { readPdfPages, userSpacePoint, type PdfPage, type TextItem } from './pdfium.js';

const PART = /^第\s*[一二三四五六七八九十]+\s*部\s*分/u;
const ITEM = /^\d{1,2}[、.．](?!\d)/u;
// A page number once the dashes and spaces around it are cut (—5—, 第 3 页, 3 / 24): each space run read once.
export const PAGE_NUMBER = /^(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／共]\s*\d+(?:\s*页)?)?$/u;
const AMOUNT_OR_RATE = /(?<![0-9])[0-9]+(?:\.[0-9]+)?\s*(?:万元|元|%)/u;

/** The text without the dashes and spaces around it, by a scan from each end (a regex would rescan the runs). */
export function withoutFrame(text: string): string {
  const frame = (c: string) => c === '-' || c === '—' || c === '–' || /\s/u.test(c);
  let start = 0;
  let end = text.length;
  while (start < end && frame(text[start]!)) start++;
  while (end > start && frame(text[end - 1]!)) end--;
  return text.slice(start, end);
}
const SENTENCE_END = /[。！？；：]$/u;

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  return pdfText(await readPdfPages(bytes));
}

/**
 * A PDF's lines as its text is made of them: grouped by baseline, running headers and page
 * numbers dropped, with where the explanation (Part 3) lies among them. Made once for Part 3's
 * text and for review's table notes, which are read from the lines Part 3 leaves out.
 */
export interface PdfTextLines {
  lines: readonly PdfLine[];
  /** each line's text */
  texts: readonly string[];
  explanation: { start: number; end: number } | undefined;
}

export function pdfTextLines(pages: readonly PdfPage[]): PdfTextLines {
  const lines = dropRunningLines(pages.map(groupLines));
  const texts = lines.map((l) => l.text);
  return { lines, texts, explanation: explanationRange(texts) };
}

/** The linter's text of pages already read (review reads a PDF's pages once, for its text and its tables). */
export function pdfText(pages: readonly PdfPage[], lines: PdfTextLines = pdfTextLines(pages)): ExtractedDocument {
  return { ...paragraphs(lines), pages: pageSizes(pages) };
}

/**
 * Whether pdfText of these lines has any text: a line of the explanation that is a title (written
 * with its ## mark) or holds more than blanks. The same answer as `pdfText(…).text.trim() !== ''`,
 * without joining the paragraphs and boxing every line: review makes its Part 3 of other lines.
 */
export function pdfHasText({ lines: all, explanation: range }: PdfTextLines): boolean {
  const lines = range ? all.slice(range.start, range.end) : all;
  return lines.some((l) => l.text.trim() !== '' || isTitle(l.text));
}

/** Width and height of each page as the file's user space has them (the report draws the pages, and places its notes, in that space). */
function pageSizes(pages: readonly PdfPage[]): Array<[number, number]> {
  return pages.map((p) => [p.box[2] - p.box[0], p.box[3] - p.box[1]]);
}

/** A run placed on its line: origin, em height, text, advance, and its characters' spans (TextItem.spans). */
export interface LinePart { x: number; y: number; h: number; str: string; w: number; spans?: number[] }

/** The first row (in the order the rows were started) whose baseline is within a third of the larger height of y. */
export function rowAt<R extends { y: number; h: number }>(rows: readonly R[], y: number, h: number): R | undefined {
  for (const r of rows) if (Math.abs(r.y - y) <= Math.max(r.h, h) / 3) return r;
  return undefined;
}

interface Row { y: number; h: number; parts: LinePart[] }

/** Runs on the same baseline (rowAt) as rows, top to bottom. */
function rowsOf(parts: Iterable<LinePart>): Row[] {
  const rows: Row[] = [];
  for (const part of parts) {
    let row = rowAt(rows, part.y, part.h);
    if (!row) rows.push((row = { y: part.y, h: part.h, parts: [] }));
    row.parts.push(part);
  }
  return rows.sort((a, b) => b.y - a.y);
}

/**
 * Items on the same baseline (within a third of their height) form a line, left to right; each
 * character keeps its box, from its span in its run (pdfium.ts), turned back into the page's
 * user space. A page set in two text columns (textColumns) is read column by column.
 */
function groupLines(page: PdfPage): PdfLine[] {
  const parts: LinePart[] = [];
  for (const it of page.items) {
    if (typeof it.str !== 'string' || it.str === '') continue;
    const part: LinePart = { x: it.transform[4]!, y: it.transform[5]!, h: Math.abs(it.transform[3]!) || 10, str: it.str, w: it.width };
    if (it.spans) part.spans = it.spans;
    parts.push(part);
  }
  const rows = rowsOf(parts);
  const columns = textColumns(rows, page.width);
  const lines: PdfLine[] = [];
  const add = (r: Row, column?: PdfLine['column']) => {
    const line = lineOf(page, r, lines.length + 1);
    if (!line) return;
    if (column) line.column = column;
    lines.push(line);
  };
  if (!columns) {
    for (const r of rows) add(r);
    return lines;
  }
  // Above the columns, each column top to bottom, then below them: a line never joins the two columns.
  rows.slice(0, columns.from).forEach((r) => add(r));
  for (const side of [columns.left, columns.right]) {
    const sideRows = rowsOf(side);
    const sideLines = sideRows.map((r) => lineOf(page, r, 0)).filter((l) => l !== undefined);
    const column = { left: commonLeft(sideLines), right: maxOf(sideLines.map((l) => l.right), 0) };
    for (const r of sideRows) add(r, column);
  }
  rows.slice(columns.to).forEach((r) => add(r));
  return lines;
}

/** A row as a line: its runs left to right, white space runs made one space; undefined when it holds only blanks. */
function lineOf(page: PdfPage, r: Row, line: number): PdfLine | undefined {
  const hasText = (p: LinePart) => p.str.trim() !== '';
  const spacing = readSpacing(r.parts.sort((a, b) => a.x - b.x));
  const parts = spacing.parts;
  const raw = parts.map((p) => p.str).join('');
  const text = raw.replace(/\s+/gu, ' ').trim();
  if (text === '') return undefined;
  const first = parts.find(hasText) ?? parts[0]!;
  let end = parts.length - 1;
  while (end > 0 && !hasText(parts[end]!)) end--;
  const last = parts[end]!;
  const result: PdfLine = { page: page.page, line, text, boxes: () => lineBoxes(page, parts, raw), x: first.x, right: last.x + last.w, y: r.y };
  if (spacing.undecided && /\d/u.test(text)) result.unsureSpacing = true;
  if (gapped(parts)) {
    result.gapped = true;
    result.cells = cellsOf(parts);
  }
  return result;
}

/** A glyph of a line: its characters (a surrogate pair is one glyph), left and right edge, baseline and em. */
interface Glyph { str: string; x0: number; x1: number; y: number; h: number }

/**
 * A line set with letter spacing (Word's 字符间距加宽, +0.15 em and more, or the last line of a paragraph
 * set 分散对齐, its characters spread over the whole width) as a reader sees it: the line's characters
 * stand an even gap apart, wider than pdfjs's rule takes for a space (TRACKING_SPACE, 0.1 em), so that
 * rule would write `增长9 . 3 7 %`. When most gaps between the line's glyphs are of one size (30th
 * percentile q of them, more than 0.1 em; half of the gaps within q ± max(0.04 em, 0.15 q)) and almost
 * none stands between that size and a space's (a space in letter-spaced text is its own width, 0.2 em
 * and more, plus two letter gaps: more than 1.5 q + 0.1 em), a gap up to that bound is letter spacing:
 * the glyphs are joined; a wider gap stays a space (a run of white space, as pdfium.ts writes a gap).
 * A line that cannot be told apart (gaps of every size) is left as it was read. Parts are returned as
 * they came when the line is no letter-spaced one.
 */
export function withoutLetterSpacing(parts: readonly LinePart[]): LinePart[] {
  return readSpacing(parts).parts;
}

/**
 * withoutLetterSpacing, and whether the line is one that cannot be told apart: most of its glyph gaps wider
 * than a tracking space (its 30th percentile above 0.1 em, as a letter-spaced line's) but not of one size.
 * Such a line is left as it was read, and `undecided`: a gap in it may be a space or letter spacing.
 */
export function readSpacing(parts: readonly LinePart[]): { parts: LinePart[]; undecided?: true } {
  const as = (): { parts: LinePart[] } => ({ parts: [...parts] });
  if (plainSpacing(parts)) return as();
  const glyphs: Glyph[] = [];
  for (const p of parts) {
    if (p.str.trim() === '') continue;
    if (!p.spans) return as();
    for (let i = 0; i < p.str.length; i++) {
      const code = p.str.charCodeAt(i);
      if (isSpace(code)) continue;
      const x0 = p.x + p.spans[2 * i]!;
      const w = p.spans[2 * i + 1]!;
      const prev = glyphs.at(-1);
      // The second unit of a surrogate pair (no width of its own) belongs to its first.
      if (code >= 0xdc00 && code <= 0xdfff && prev) {
        prev.str += p.str[i];
        continue;
      }
      glyphs.push({ str: p.str[i]!, x0, x1: x0 + w, y: p.y, h: p.h });
    }
  }
  if (glyphs.length < 5) return as();
  const gaps = glyphs.slice(1).map((g, k) => g.x0 - glyphs[k]!.x1);
  const em = glyphs.map((g) => g.h).sort((a, b) => a - b)[glyphs.length >> 1]!;
  const sorted = [...gaps].sort((a, b) => a - b);
  const q = sorted[Math.floor(0.3 * (sorted.length - 1))]!;
  if (!(q > 0.1 * em)) return as();
  const tolerance = Math.max(0.04 * em, 0.15 * q);
  const space = 1.5 * q + 0.1 * em;
  const letter = gaps.filter((g) => g <= q + tolerance).length;
  const between = gaps.filter((g) => g > q + tolerance && g <= space).length;
  if (letter < 0.5 * gaps.length || between > Math.max(1, 0.1 * gaps.length)) return { ...as(), undecided: true };
  // The glyphs as runs: a gap up to `space` joins, a wider one is a run of white space.
  const out: LinePart[] = [];
  let run: LinePart | undefined;
  glyphs.forEach((g, k) => {
    const gap = k === 0 ? 0 : gaps[k - 1]!;
    if (run && gap > space) {
      const end = glyphs[k - 1]!.x1;
      out.push({ x: end, y: run.y, h: run.h, str: ' ', w: g.x0 - end });
      run = undefined;
    }
    if (!run) out.push((run = { x: g.x0, y: g.y, h: g.h, str: '', w: 0, spans: [] }));
    run.spans!.push(g.x0 - run.x, g.x1 - g.x0);
    // (a surrogate pair: its second unit stands at the first's end, with no width)
    if (g.str.length === 2) run.spans!.push(g.x1 - run.x, 0);
    run.str += g.str;
    run.w = g.x1 - run.x;
  });
  return { parts: out };
}

/**
 * Whether readSpacing would leave the line as it came, not undecided, told without a glyph object, a gap array
 * or a sort (most lines of a page): a run with text and no spans, fewer than five glyphs, or, where every run
 * with text has one em, more gaps up to a tenth of it than the 30th percentile's rank (so that percentile, q,
 * is no wider: !(q > 0.1 em)). Any other line (runs of several ems, a gap not a number) is read in full.
 */
function plainSpacing(parts: readonly LinePart[]): boolean {
  let em = NaN;
  let glyphs = 0;
  let narrow = 0;
  let x1 = 0;
  let sameEm = true;
  for (const p of parts) {
    const spans = p.spans;
    for (let i = 0; i < p.str.length; i++) {
      const code = p.str.charCodeAt(i);
      if (isSpace(code)) continue;
      // (a run with text: readSpacing's `p.str.trim() !== ''`, trim and \s taking the same white space)
      if (!spans) return true;
      // The second unit of a surrogate pair belongs to its first glyph, as readSpacing joins them.
      if (code >= 0xdc00 && code <= 0xdfff && glyphs > 0) continue;
      if (glyphs === 0) em = p.h;
      else if (p.h !== em) sameEm = false;
      const x0 = p.x + spans[2 * i]!;
      if (glyphs > 0) {
        const gap = x0 - x1;
        if (gap !== gap) return false;
        if (gap <= 0.1 * em) narrow++;
      }
      x1 = x0 + spans[2 * i + 1]!;
      glyphs++;
    }
  }
  if (glyphs < 5) return true;
  return sameEm && narrow > Math.floor(0.3 * (glyphs - 2));
}

/** The most common left edge of lines (rounded to a point). */
function commonLeft(lines: readonly PdfLine[]): number {
  const lefts = new Map<number, number>();
  for (const l of lines) lefts.set(Math.round(l.x), (lefts.get(Math.round(l.x)) ?? 0) + 1);
  return [...lefts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * A gapped line's cells: a run that stands more than two ems after the text before it, or after a run of white
 * space only, starts a cell. Each cell's
 * start is counted in the line's text (white space runs made one space, the line trimmed, as lineOf makes it).
 */
function cellsOf(parts: readonly LinePart[]): PdfLine['cells'] {
  const cells: NonNullable<PdfLine['cells']> = [];
  let t = 0;
  let afterSpace = true;
  let end: number | undefined;
  let blank = false;
  for (const p of parts) {
    const hasText = p.str.trim() !== '';
    // (or after a run of white space only: a header's words centred in cells closer than two ems, 全年预算数（万元） | 决算数（万元）)
    let starts = hasText && (end === undefined || p.x - end > 2 * p.h || blank);
    blank = !hasText;
    for (let i = 0; i < p.str.length; i++) {
      const space = isSpace(p.str.charCodeAt(i));
      if (space && afterSpace) continue;
      if (starts && !space) {
        cells.push({ start: t, x0: p.x, x1: p.x + p.w });
        starts = false;
      }
      afterSpace = space;
      t++;
    }
    if (hasText) {
      end = Math.max(end ?? p.x + p.w, p.x + p.w);
      cells[cells.length - 1]!.x1 = end;
    }
  }
  return cells;
}

/** Whether two runs with text on a row stand more than two ems apart: cells of a table, not words of a sentence. */
function gapped(parts: readonly LinePart[]): boolean {
  let end: number | undefined;
  for (const p of parts) {
    if (p.str.trim() === '') continue;
    if (end !== undefined && p.x - end > 2 * p.h) return true;
    end = Math.max(end ?? p.x + p.w, p.x + p.w);
  }
  return false;
}

/** A row's side of a gutter is prose: its runs follow one another without a table's gaps, eight characters or more, some of them Chinese. */
function proseSide(parts: readonly LinePart[]): boolean {
  const text = parts.map((p) => p.str).join('').replace(/\s+/gu, '');
  return text.length >= 8 && /[\u4e00-\u9fff]/u.test(text) && !gapped(parts);
}

/** The marks of a sentence, which a table's names do not have. */
const SENTENCE_MARK = /[，。；]/u;

/**
 * Two columns of text on a page: a vertical band in the page's middle half that no run crosses on
 * consecutive rows — a third of the page's rows at least, and six — with prose on both sides of
 * it (on each side, two rows in five words without a table's gaps, and three sentences' worth of
 * ，。；: a table's own gaps between its columns make no gutter). The rows [from, to) are split at the band; the rows above and below (a title
 * across the page, a page number) stay whole.
 */
function textColumns(rows: readonly Row[], width: number): { from: number; to: number; left: LinePart[]; right: LinePart[] } | undefined {
  if (rows.length < 6 || !(width > 0)) return undefined;
  // Three sentences a side at least (below): a page with fewer rows of them is no two columns of text (most tables' pages).
  let sentences = 0;
  for (const r of rows) if (r.parts.some((p) => SENTENCE_MARK.test(p.str)) && ++sentences >= 6) break;
  if (sentences < 6) return undefined;
  const zone: [number, number] = [width / 4, (width * 3) / 4];
  const MIN_GAP = 6;
  // Each row's free stretches inside the zone.
  const free = rows.map((r) => {
    const covered = r.parts.filter((p) => p.str.trim() !== '').map((p) => [p.x, p.x + p.w] as const).sort((a, b) => a[0] - b[0]);
    const out: Array<[number, number]> = [];
    let at = zone[0];
    for (const [a, b] of covered) {
      if (a > at) out.push([at, Math.min(a, zone[1])]);
      at = Math.max(at, b);
      if (at >= zone[1]) break;
    }
    if (at < zone[1]) out.push([at, zone[1]]);
    return out.filter(([a, b]) => b - a >= MIN_GAP);
  });
  const intersect = (xs: Array<[number, number]>, ys: Array<[number, number]>) => {
    const out: Array<[number, number]> = [];
    for (const [a, b] of xs) for (const [c, d] of ys) if (Math.min(b, d) - Math.max(a, c) >= MIN_GAP) out.push([Math.max(a, c), Math.min(b, d)]);
    return out;
  };
  let best: { from: number; to: number; band: [number, number] } | undefined;
  for (let i = 0; i < rows.length; i++) {
    let band = free[i]!;
    let j = i + 1;
    for (; j < rows.length && band.length > 0; j++) {
      const next = intersect(band, free[j]!);
      if (next.length === 0) break;
      band = next;
    }
    if (band.length > 0 && (!best || j - i > best.to - best.from)) best = { from: i, to: j, band: band.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a)) };
    if (j >= rows.length) break;
  }
  if (!best || best.to - best.from < Math.max(6, rows.length / 3)) return undefined;
  const gutter = (best.band[0] + best.band[1]) / 2;
  const left: LinePart[] = [];
  const right: LinePart[] = [];
  let leftRows = 0;
  let rightRows = 0;
  let leftProse = 0;
  let rightProse = 0;
  let leftSentences = 0;
  let rightSentences = 0;
  const sentence = (ps: readonly LinePart[]) => ps.some((p) => SENTENCE_MARK.test(p.str));
  for (const r of rows.slice(best.from, best.to)) {
    const l = r.parts.filter((p) => p.x + p.w / 2 < gutter);
    const rt = r.parts.filter((p) => p.x + p.w / 2 >= gutter);
    for (const p of l) left.push(p);
    for (const p of rt) right.push(p);
    if (l.some((p) => p.str.trim() !== '')) { leftRows++; if (proseSide(l)) { leftProse++; if (sentence(l)) leftSentences++; } }
    if (rt.some((p) => p.str.trim() !== '')) { rightRows++; if (proseSide(rt)) { rightProse++; if (sentence(rt)) rightSentences++; } }
  }
  // Each side: rows of words for the most part, and sentences (a table's names have no ，。；).
  const prose = (n: number, of: number, sentences: number) => sentences >= 3 && n >= of * 0.4;
  if (!prose(leftProse, leftRows, leftSentences) || !prose(rightProse, rightRows, rightSentences)) return undefined;
  return { from: best.from, to: best.to, left, right };
}

/**
 * The boxes of a line's characters as its text has them (SourcePoint.boxes): white space runs
 * become one space with the box of the run's first character, trimmed at both ends, as the
 * line's text is made. Made only for the lines the text keeps (Part 3).
 */
function lineBoxes(page: PdfPage, parts: readonly LinePart[], raw: string): number[] {
  // Each code unit of raw as it is reached, part by part: x, baseline y, width and height in the page's
  // reading frame, turned into its box at once (no array of frame boxes: this runs for every line kept).
  const boxes: number[] = [];
  let afterSpace = true; // at the start, or after a space kept
  let i = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const n = p.str.length;
    // A whitespace run spans its gap, up to the next run at most.
    const next = parts[k + 1];
    const w = p.spans ? 0 : next ? Math.max(0, Math.min(p.w, next.x - p.x)) : p.w;
    for (let j = 0; j < n; j++, i++) {
      const space = isSpace(raw.charCodeAt(i));
      if (space && afterSpace) continue;
      afterSpace = space;
      if (p.spans) pushGlyphBox(page, p.x + p.spans[2 * j]!, p.y, p.spans[2 * j + 1]!, p.h, boxes);
      else pushGlyphBox(page, p.x + (w * j) / n, p.y, w / n, p.h, boxes);
    }
  }
  if (afterSpace && boxes.length > 0) boxes.length -= 4;
  return boxes;
}

/** White space as /\s/ has it, printable ASCII and the common ideographs decided without the pattern (every character of Part 3 is asked). */
function isSpace(code: number): boolean {
  if ((code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)) return false;
  return /\s/u.test(String.fromCharCode(code));
}

/**
 * A glyph's box in the page's user space, pushed as x0, y0, x1, y1: from x, baseline y, advance w
 * and em height h in the page's reading frame (as its runs have them), from a little below the
 * baseline to the top of the characters, turned back as userSpacePoint turns a point (written
 * out: this runs for every character of Part 3).
 */
export function pushGlyphBox(page: Pick<PdfPage, 'rotation' | 'box'>, x: number, y: number, w: number, h: number, out: number[]): void {
  // (by index: a destructuring pattern made an iterator per character)
  const box = page.box;
  const bx0 = box[0]!;
  const by0 = box[1]!;
  const bx1 = box[2]!;
  const by1 = box[3]!;
  const left = x;
  const right = x + w;
  const bottom = y - 0.2 * h;
  const top = y + 0.85 * h;
  switch (page.rotation) {
    case 90: out.push(bx1 - top, by0 + left, bx1 - bottom, by0 + right); break;
    case 180: out.push(bx1 - right, by1 - top, bx1 - left, by1 - bottom); break;
    case 270: out.push(bx0 + bottom, by1 - right, bx0 + top, by1 - left); break;
    default: out.push(bx0 + left, by0 + bottom, bx0 + right, by0 + top);
  }
}

/** Page numbers, and a first or last line that repeats on several pages (digits aside), are not text. */
function dropRunningLines(pages: PdfLine[][]): PdfLine[] {
  const key = (l: PdfLine) => l.text.replace(/\d+/gu, '#').replace(/\s/gu, '');
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const l of [...lines.slice(0, 2), ...lines.slice(-2)]) {
      const k = key(l);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const repeated = (l: PdfLine) => pages.length >= 3 && (counts.get(key(l)) ?? 0) >= Math.max(3, pages.length / 2);
  const kept: PdfLine[] = [];
  for (const lines of pages) {
    lines.forEach((l, i) => {
      const edge = i < 2 || i >= lines.length - 2;
      if (edge && (PAGE_NUMBER.test(withoutFrame(l.text)) || repeated(l))) return;
      kept.push(l);
    });
  }
  return kept;
}

function isTitle(text: string): boolean {
  return looksLikeTitle(text) && !AMOUNT_OR_RATE.test(text);
}

/** Joins broken lines into paragraphs; keeps the explanation (Part 3, see explanationRange) when there is one. */
function paragraphs({ lines: all, explanation: range }: PdfTextLines): Omit<ExtractedDocument, 'pages'> {
  const lines = range ? all.slice(range.start, range.end) : all;
  // The text column: the most common left edge, and the furthest right edge.
  const lefts = new Map<number, number>();
  for (const l of lines) lefts.set(Math.round(l.x), (lefts.get(Math.round(l.x)) ?? 0) + 1);
  const left = [...lefts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const right = maxOf(lines.map((l) => l.right), 0);

  let text = '';
  const map: SourcePoint[] = [];
  let open = false; // a paragraph is being written
  let prev: PdfLine | undefined;
  // The paragraph's first line, and the left edge of its other lines where it is not the text column's: a paragraph
  // in a text box stands at the box's inset, right of the column, its first line indented from there.
  let first: PdfLine | undefined;
  let inset: number | undefined;
  const begin = (l: PdfLine, prefix: string) => {
    first = l;
    inset = undefined;
    if (text !== '') text += '\n\n';
    text += prefix;
    map.push({ offset: text.length, page: l.page, line: l.line, boxes: l.boxes() });
    text += l.text;
  };
  const tables = tableRuns(lines);
  for (let i = 0; i < lines.length; i++) {
    // A table in the text (项目 | 全年预算数 | 决算数): written as Markdown's, each cell mapped to its words, as Word's tables are.
    const table = tables.get(i);
    if (table !== undefined) {
      if (text !== '') text += '\n\n';
      for (let r = i; r < table; r++) {
        const row = lines[r]!;
        const boxes = row.boxes();
        if (r > i) text += '\n';
        text += '|';
        row.cells!.forEach((c, k) => {
          const end = row.cells![k + 1]?.start ?? row.text.length;
          const cell = row.text.slice(c.start, end).trimEnd();
          text += ' ';
          map.push({ offset: text.length, page: row.page, line: row.line, boxes: boxes.slice(4 * c.start, 4 * (c.start + cell.length)) });
          text += cell;
          text += ' |';
        });
        if (r === i) text += '\n|' + row.cells!.map(() => ' --- |').join('');
      }
      open = false;
      prev = lines[table - 1];
      i = table - 1;
      continue;
    }
    const l = lines[i]!;
    const title = isTitle(l.text);
    const lineLeft = l.column?.left ?? left;
    // (a text box's second line: right of the column, left of its first line as a first line's indent is)
    if (open && inset === undefined && first === prev && l.x > lineLeft + 12 && l.x < first!.x - 12 && !ITEM.test(l.text)) inset = l.x;
    const indented = l.x > (inset ?? lineLeft) + 12;
    const prevShort = prev !== undefined && prev.right < (prev.column?.right ?? right) - 30 && SENTENCE_END.test(prev.text);
    // A table's row inside a column of text (its cells apart) is a paragraph of its own: a sentence never runs into it.
    const tableRow = l.column !== undefined && (l.gapped === true || prev?.gapped === true);
    if (title) {
      // 第三部分 … 说明 may wrap: a title line not ended joins the next short one.
      begin(l, '## ');
      open = false;
      prev = l;
      continue;
    }
    const continuesTitle = prev !== undefined && !open && isTitle(prev.text) && PART.test(prev.text) && l.text.length <= 10 && !SENTENCE_END.test(l.text);
    if (continuesTitle) {
      map.push({ offset: text.length, page: l.page, line: l.line, boxes: l.boxes() });
      text += l.text;
      prev = l;
      continue;
    }
    if (!open || indented || ITEM.test(l.text) || prevShort || tableRow) {
      begin(l, '');
      open = true;
    } else {
      const glue = /[A-Za-z]$/u.test(text) && /^[A-Za-z]/u.test(l.text) ? ' ' : '';
      text += glue;
      map.push({ offset: text.length, page: l.page, line: l.line, boxes: l.boxes() });
      text += l.text;
    }
    prev = l;
  }
  return { text: text + '\n', map: markedUnsure(map, lines) };
}

/** The map's stretches on lines not read for sure (PdfLine.unsureSpacing), marked so (SourcePoint.unsure). */
function markedUnsure(map: SourcePoint[], lines: readonly PdfLine[]): SourcePoint[] {
  const unsure = new Set(lines.filter((l) => l.unsureSpacing).map((l) => `${l.page}:${l.line}`));
  if (unsure.size > 0) for (const p of map) if (unsure.has(`${p.page}:${p.line}`)) p.unsure = true;
  return map;
}

/** A figure: a table's row, not its header. */
const FIGURE = /\d\.\d/u;

/**
 * Tables inside the text: runs of two lines or more, on one page, each of them cells apart (PdfLine.cells) and as
 * many, the first (the header) with no figure, and each cell of the rows standing under its own header cell (not
 * reaching over the header cells either side of it). Each run's first line → the line after its end.
 */
function tableRuns(lines: readonly PdfLine[]): Map<number, number> {
  const runs = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    const n = head.cells?.length ?? 0;
    if (n < 2 || isTitle(head.text) || FIGURE.test(head.text) || head.text.includes('|')) continue;
    const under = (l: PdfLine) => l.page === head.page && l.cells?.length === n && !l.text.includes('|')
      && l.cells.every((c, k) => (k === 0 || c.x0 >= head.cells![k - 1]!.x1) && (k === n - 1 || c.x1 <= head.cells![k + 1]!.x0));
    let end = i + 1;
    while (end < lines.length && under(lines[end]!)) end++;
    if (end - i < 2) continue;
    runs.set(i, end);
    i = end - 1;
  }
  return runs;
}

/**
 * Chosen lines of a PDF as text, with the same position map as Part 3's: the notes printed with
 * the tables, which Part 3's text leaves out. Each paragraph of `chosen` is the indices (in
 * `read.lines`) of the lines it joins; `starts` is where each paragraph begins in the text.
 */
export function pdfLinesText(pages: readonly PdfPage[], read: PdfTextLines, chosen: readonly number[][]): ExtractedDocument & { starts: number[] } {
  const all = read.lines;
  let text = '';
  const map: SourcePoint[] = [];
  const starts: number[] = [];
  for (const paragraph of chosen) {
    if (text !== '') text += '\n\n';
    starts.push(text.length);
    for (const i of paragraph) {
      const l = all[i]!;
      map.push({ offset: text.length, page: l.page, line: l.line, boxes: l.boxes() });
      text += l.text;
    }
  }
  return { text: `${text}\n`, map: markedUnsure(map, chosen.flat().map((i) => all[i]!)), starts, pages: pageSizes(pages) };
}

/** The index of the last entry of an ascending position map that starts at or before `offset`; -1 when none does. */
function indexAt(map: ReadonlyArray<{ offset: number }>, offset: number): number {
  let lo = 0;
  let hi = map.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]!.offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The entry of a position map (pages and lines, or paragraphs) that an offset falls in. */
export function pointAt<T extends { offset: number }>(map: readonly T[], offset: number): T | undefined {
  const i = indexAt(map, offset);
  return i < 0 ? undefined : map[i];
}

/**
 * Where the extracted text [start, end) stands on its pages: one rectangle per line it
 * crosses, the union of its characters' boxes (spaces without width left out). Offsets that
 * fall outside every line (the blank lines between paragraphs, a heading's `## `) have no box.
 */
export function rectsOf(map: readonly SourcePoint[], start: number, end: number): PageRect[] {
  const rects: PageRect[] = [];
  for (let k = Math.max(0, indexAt(map, start)); k < map.length && map[k]!.offset < end; k++) {
    const p = map[k]!;
    const boxes = p.boxes;
    if (!boxes) continue;
    const from = Math.max(0, start - p.offset);
    const to = Math.min(boxes.length / 4, end - p.offset);
    let rect: PageRect | undefined;
    for (let i = from; i < to; i++) {
      const [x0, y0, x1, y1] = [boxes[4 * i]!, boxes[4 * i + 1]!, boxes[4 * i + 2]!, boxes[4 * i + 3]!];
      if (x1 <= x0 || y1 <= y0) continue;
      if (!rect) rect = { page: p.page, x0, y0, x1, y1 };
      else {
        rect.x0 = Math.min(rect.x0, x0);
        rect.y0 = Math.min(rect.y0, y0);
        rect.x1 = Math.max(rect.x1, x1);
        rect.y1 = Math.max(rect.y1, y1);
      }
    }
    if (rect) rects.push(rect);
  }
  return rects;
}
