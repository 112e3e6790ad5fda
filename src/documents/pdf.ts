/**
 * Text of a PDF for the linter: pdfjs-dist (legacy Node build) gives the
 * positioned text items of each page; they are grouped into lines by their
 * baseline, repeated page headers, footers and page numbers are dropped,
 * lines the layout broke are joined into paragraphs (inside a sentence, a
 * number, a unit, across a page break), and numbered titles (一、 （一）
 * 第三部分 …) become `## ` headings. Only Part 3 is kept when it is found.
 * The result is Markdown-ish text plus a map from text offsets back to
 * (page, line on the page), so messages can name where they are, and to the
 * box of each character on its page, so that the report and the annotated
 * PDF can mark a figure on its words (rectsOf).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { looksLikeTitle } from './titles.js';
import { maxOf } from '../util/arrays.js';

export interface SourcePoint {
  /** offset in the extracted text where this stretch starts */
  offset: number;
  page: number;
  /** line on the page, 1-based, counting the lines pdfjs finds (headers included) */
  line: number;
  /**
   * The box of each character of the stretch, four numbers a character (x, baseline y, width,
   * height, in PDF points from the page's bottom left), in the page's user space as the text
   * items give it: a character's share of its item's width is estimated from its kind (CJK
   * full, digits half …), as the items carry no per-glyph widths.
   */
  boxes?: number[];
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

interface PdfLine {
  page: number;
  line: number;
  text: string;
  /** four numbers per character of text, as SourcePoint.boxes */
  boxes: number[];
  x: number;
  right: number;
  y: number;
}

export interface TextItem { str: string; transform: number[]; width: number }

const PART = /^第[一二三四五六七八九十]+部分/u;
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

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * import() of pdfjs-dist's legacy build by its file URL, through a Function:
 * the CLI runs as a vm Script with a code cache (code-cache.ts), whose own
 * import() has no loader; a Function made here is plain main-context code.
 */
async function loadPdfjs(): Promise<Pdfjs> {
  const require = createRequire(import.meta.url);
  try {
    // node ≥ 20.19 requires ES modules: no import() needed.
    return require('pdfjs-dist/legacy/build/pdf.mjs') as Pdfjs;
  } catch {
    const url = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
    const dynamicImport = new Function('url', 'return import(url)') as (url: string) => Promise<Pdfjs>;
    return dynamicImport(url);
  }
}

/** The text items of one page, as pdfjs gives them (whitespace items included). */
export interface PdfPage {
  page: number;
  width: number;
  height: number;
  items: TextItem[];
}

/**
 * The pages of each PDF read, by its bytes: review reads a document's text and its tables,
 * and the parse is the whole cost of either (the pages are never changed once read).
 */
const PAGES = new WeakMap<Uint8Array, Promise<PdfPage[]>>();

/** Every page's positioned text items: what the linter's text and the table importer are built from. */
export function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  let pages = PAGES.get(bytes);
  if (!pages) {
    pages = parsePdfPages(bytes);
    PAGES.set(bytes, pages);
  }
  return pages;
}

async function parsePdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // Loaded when a PDF is read: it is large, and the CLI bundle leaves it outside (its worker is a file of its own).
  const { getDocument } = await loadPdfjs();
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      pages.push({ page: n, width: x1 - x0, height: y1 - y0, items: content.items as TextItem[] });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  const pages = await readPdfPages(bytes);
  return { ...paragraphs(dropRunningLines(pages.map((p) => groupLines(p.items, p.page)))), pages: pages.map((p) => [p.width, p.height]) };
}

/**
 * Kinds of character by width: CJK and full-width forms, digits, narrow points (. , : ;),
 * spaces, %, Latin capitals, anything else. Their widths in ems are fitted on each page
 * (widthsOn): fonts differ (a WPS page sets its points as wide as its digits), and the text
 * items carry no per-glyph widths, only each item's whole width.
 */
const WIDTH_CLASSES = 7;
const DEFAULT_WIDTHS = [1, 0.5, 0.28, 0.25, 0.83, 0.67, 0.5];

function widthClass(ch: string): number {
  const cp = ch.charCodeAt(0);
  if (cp >= 0x2e80 || (cp >= 0x1100 && cp <= 0x115f)) return 0;
  if (cp >= 0x30 && cp <= 0x39) return 1;
  if (ch === '.' || ch === ',' || ch === ':' || ch === ';' || ch === '\'' || ch === '|' || ch === '!') return 2;
  if (ch === ' ' || ch === '\u00a0') return 3;
  if (ch === '%') return 4;
  if (ch >= 'A' && ch <= 'Z') return 5;
  return 6;
}

/**
 * The widths (in ems) of the kinds of character on one page, fitted to its items' widths.
 * An item's width is the sum of its characters' widths plus, on a justified line, the same
 * spacing after each character (Tc): width/height = Σ count·width + count·spacing, the
 * spacing never negative and counted against (an L1 penalty), so that the few justified
 * lines do not pass for wide characters. Fitted in turns (spacings for given widths, widths
 * by least squares for given spacings), drawn towards the defaults where the page says
 * little about a kind.
 */
function widthsOn(items: readonly TextItem[]): number[] {
  const n = WIDTH_CLASSES;
  const rows: Array<{ counts: number[]; total: number; y: number }> = [];
  for (const it of items) {
    const h = Math.abs(it.transform[3] ?? 0);
    // pdfjs's white-space items carry no usable width.
    if (typeof it.str !== 'string' || it.str.trim() === '' || !(h > 0) || !(it.width > 0)) continue;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < it.str.length; i++) if (!isLowSurrogate(it.str.charCodeAt(i))) counts[widthClass(it.str[i]!)]!++;
    rows.push({ counts, total: counts.reduce((a, b) => a + b, 0), y: it.width / h });
  }
  if (rows.length === 0) return DEFAULT_WIDTHS;
  const RIDGE = 0.1;
  const PENALTY = 5;
  let widths = [...DEFAULT_WIDTHS];
  for (let round = 0; round < 20; round++) {
    const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? RIDGE : 0)));
    const b = DEFAULT_WIDTHS.map((d) => d * RIDGE);
    for (const r of rows) {
      const predicted = r.counts.reduce((sum, c, i) => sum + c * widths[i]!, 0);
      const spacing = Math.max(0, ((r.y - predicted) * r.total - PENALTY / 2) / (r.total * r.total));
      const y = r.y - r.total * spacing;
      for (let i = 0; i < n; i++) {
        if (r.counts[i] === 0) continue;
        b[i]! += r.counts[i]! * y;
        for (let j = 0; j < n; j++) a[i]![j]! += r.counts[i]! * r.counts[j]!;
      }
    }
    const next = solve(a, b);
    if (!next) break;
    widths = next.map((x, i) => (Number.isFinite(x) && x > 0.1 && x < 2 ? x : DEFAULT_WIDTHS[i]!));
  }
  return widths;
}

/** Gaussian elimination with partial pivoting; undefined for a singular system. */
function solve(a: number[][], b: number[]): number[] | undefined {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    if (Math.abs(m[p]![c]!) < 1e-12) return undefined;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The boxes of an item's characters, each as high as the item: each character as wide as its
 * kind, and what the item's width has over their sum (a justified line's spacing) shared
 * out equally after each, as a PDF's character spacing is.
 */
function characterBoxes(str: string, x: number, y: number, width: number, height: number, widths: readonly number[], out: number[]): void {
  const ems = (i: number) => (isLowSurrogate(str.charCodeAt(i)) ? 0 : widths[widthClass(str[i]!)]!);
  let total = 0;
  let count = 0;
  for (let i = 0; i < str.length; i++) {
    total += ems(i);
    if (!isLowSurrogate(str.charCodeAt(i))) count++;
  }
  // Where the sum is wider than the item (a narrower font than fitted), the characters shrink instead.
  const scale = total * height > width && total > 0 ? width / (total * height) : 1;
  const spacing = count > 0 ? Math.max(0, width - total * height) / count : 0;
  let at = x;
  for (let i = 0; i < str.length; i++) {
    const w = isLowSurrogate(str.charCodeAt(i)) ? 0 : ems(i) * height * scale + spacing;
    out.push(at, y, w, height);
    at += w;
  }
}

/** Items on the same baseline (within a third of their height) form a line, left to right; each character keeps its box. */
function groupLines(items: readonly TextItem[], page: number): PdfLine[] {
  const rows: Array<{ y: number; h: number; parts: Array<{ x: number; y: number; h: number; str: string; w: number }> }> = [];
  for (const it of items) {
    if (typeof it.str !== 'string' || it.str === '') continue;
    const x = it.transform[4]!;
    const y = it.transform[5]!;
    const h = Math.abs(it.transform[3]!) || 10;
    let row = rows.find((r) => Math.abs(r.y - y) <= Math.max(r.h, h) / 3);
    if (!row) rows.push((row = { y, h, parts: [] }));
    row.parts.push({ x, y, h, str: it.str, w: it.width });
  }
  rows.sort((a, b) => b.y - a.y);
  const widths = widthsOn(items);
  const lines: PdfLine[] = [];
  for (const r of rows) {
    r.parts.sort((a, b) => a.x - b.x);
    const raw = r.parts.map((p) => p.str).join('');
    const rawBoxes: number[] = [];
    r.parts.forEach((p, k) => {
      // A white-space item's width is pdfjs's guess, often past the next item: it reaches that item at most.
      const next = r.parts[k + 1];
      const w = p.str.trim() === '' && next ? Math.max(0, Math.min(p.w, next.x - p.x)) : p.w;
      characterBoxes(p.str, p.x, p.y, w, p.h, widths, rawBoxes);
    });
    // White space runs become one space (with the box of the run's first character), trimmed at both ends.
    let text = '';
    const boxes: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      const space = /\s/u.test(raw[i]!);
      if (space && (text === '' || text.endsWith(' '))) continue;
      text += space ? ' ' : raw[i]!;
      boxes.push(rawBoxes[4 * i]!, rawBoxes[4 * i + 1]!, rawBoxes[4 * i + 2]!, rawBoxes[4 * i + 3]!);
    }
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      boxes.length -= 4;
    }
    if (text === '') continue;
    const first = r.parts.find((p) => p.str.trim() !== '') ?? r.parts[0]!;
    const last = [...r.parts].reverse().find((p) => p.str.trim() !== '') ?? r.parts[r.parts.length - 1]!;
    lines.push({ page, line: lines.length + 1, text, boxes, x: first.x, right: last.x + last.w, y: r.y });
  }
  return lines;
}

/** Page numbers, and a first or last line that repeats on several pages (digits aside), are not text. */
function dropRunningLines(pages: PdfLine[][]): PdfLine[] {
  const key = (l: PdfLine) => l.text.replace(/\d+/gu, '#').replace(/\s/gu, '');
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const l of [...lines.slice(0, 2), ...lines.slice(-2)]) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
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

/** Joins broken lines into paragraphs; keeps Part 3 (from its 第三部分 title to the next Part) when there is one. */
function paragraphs(all: PdfLine[]): Omit<ExtractedDocument, 'pages'> {
  // The last 第三部分 line: the first is in the table of contents.
  let start = -1;
  all.forEach((l, i) => { if (/^第三部分/u.test(l.text)) start = i; });
  let lines = all;
  if (start >= 0) {
    const end = all.findIndex((l, i) => i > start && PART.test(l.text));
    lines = all.slice(start, end < 0 ? undefined : end);
  }
  // The text column: the most common left edge, and the furthest right edge.
  const lefts = new Map<number, number>();
  for (const l of lines) lefts.set(Math.round(l.x), (lefts.get(Math.round(l.x)) ?? 0) + 1);
  const left = [...lefts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const right = maxOf(lines.map((l) => l.right), 0);

  let text = '';
  const map: SourcePoint[] = [];
  let open = false; // a paragraph is being written
  let prev: PdfLine | undefined;
  const begin = (l: PdfLine, prefix: string) => {
    if (text !== '') text += '\n\n';
    text += prefix;
    map.push({ offset: text.length, page: l.page, line: l.line, boxes: l.boxes });
    text += l.text;
  };
  for (const l of lines) {
    const title = isTitle(l.text);
    const indented = l.x > left + 12;
    const prevShort = prev !== undefined && prev.right < right - 30 && SENTENCE_END.test(prev.text);
    if (title) {
      // 第三部分 … 说明 may wrap: a title line not ended joins the next short one.
      begin(l, '## ');
      open = false;
      prev = l;
      continue;
    }
    const continuesTitle = prev !== undefined && !open && isTitle(prev.text) && PART.test(prev.text) && l.text.length <= 10 && !SENTENCE_END.test(l.text);
    if (continuesTitle) {
      map.push({ offset: text.length, page: l.page, line: l.line, boxes: l.boxes });
      text += l.text;
      prev = l;
      continue;
    }
    if (!open || indented || ITEM.test(l.text) || prevShort) {
      begin(l, '');
      open = true;
    } else {
      const glue = /[A-Za-z]$/u.test(text) && /^[A-Za-z]/u.test(l.text) ? ' ' : '';
      text += glue;
      map.push({ offset: text.length, page: l.page, line: l.line, boxes: l.boxes });
      text += l.text;
    }
    prev = l;
  }
  return { text: text + '\n', map };
}

/** The entry of a position map (pages and lines, or paragraphs) that an offset falls in. */
export function pointAt<T extends { offset: number }>(map: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = map.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]!.offset <= offset) {
      found = map[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Where the extracted text [start, end) stands on its pages: one rectangle per line it
 * crosses, the union of its characters' boxes (spaces at either end left out), reaching a
 * little below the baseline and up to the top of the characters. Offsets that fall outside
 * every line (the blank lines between paragraphs, a heading's `## `) have no box.
 */
export function rectsOf(map: readonly SourcePoint[], start: number, end: number): PageRect[] {
  const rects: PageRect[] = [];
  let lo = 0;
  let hi = map.length - 1;
  let first = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]!.offset <= start) {
      first = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let k = first; k < map.length && map[k]!.offset < end; k++) {
    const p = map[k]!;
    const boxes = p.boxes;
    if (!boxes) continue;
    const from = Math.max(0, start - p.offset);
    const to = Math.min(boxes.length / 4, end - p.offset);
    let rect: PageRect | undefined;
    for (let i = from; i < to; i++) {
      const [x, y, w, h] = [boxes[4 * i]!, boxes[4 * i + 1]!, boxes[4 * i + 2]!, boxes[4 * i + 3]!];
      if (w <= 0) continue;
      const box = { page: p.page, x0: x, y0: y - 0.2 * h, x1: x + w, y1: y + 0.85 * h };
      if (!rect) rect = box;
      else {
        rect.x0 = Math.min(rect.x0, box.x0);
        rect.y0 = Math.min(rect.y0, box.y0);
        rect.x1 = Math.max(rect.x1, box.x1);
        rect.y1 = Math.max(rect.y1, box.y1);
      }
    }
    if (rect) rects.push(rect);
  }
  return rects;
}
