/**
 * Text of a PDF for the linter: pdfjs-dist (legacy Node build) gives the
 * positioned text items of each page; they are grouped into lines by their
 * baseline, repeated page headers, footers and page numbers are dropped,
 * lines the layout broke are joined into paragraphs (inside a sentence, a
 * number, a unit, across a page break), and numbered titles (一、 （一）
 * 第三部分 …) become `## ` headings. Only Part 3 is kept when it is found.
 * The result is Markdown-ish text plus a map from text offsets back to
 * (page, line on the page), so messages can name where they are.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { explanationRange, looksLikeTitle } from './titles.js';

export interface SourcePoint {
  /** offset in the extracted text where this stretch starts */
  offset: number;
  page: number;
  /** line on the page, 1-based, counting the lines pdfjs finds (headers included) */
  line: number;
}

export interface ExtractedDocument {
  text: string;
  /** ascending by offset */
  map: SourcePoint[];
}

interface PdfLine {
  page: number;
  line: number;
  text: string;
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
  return paragraphs(dropRunningLines(pages.map((p) => groupLines(p.items, p.page))));
}

/** Items on the same baseline (within a third of their height) form a line, left to right. */
function groupLines(items: readonly TextItem[], page: number): PdfLine[] {
  const rows: Array<{ y: number; h: number; parts: Array<{ x: number; str: string; w: number }> }> = [];
  for (const it of items) {
    if (typeof it.str !== 'string' || it.str === '') continue;
    const x = it.transform[4]!;
    const y = it.transform[5]!;
    const h = Math.abs(it.transform[3]!) || 10;
    let row = rows.find((r) => Math.abs(r.y - y) <= Math.max(r.h, h) / 3);
    if (!row) rows.push((row = { y, h, parts: [] }));
    row.parts.push({ x, str: it.str, w: it.width });
  }
  rows.sort((a, b) => b.y - a.y);
  const lines: PdfLine[] = [];
  for (const r of rows) {
    r.parts.sort((a, b) => a.x - b.x);
    const text = r.parts.map((p) => p.str).join('').replace(/\s+/gu, ' ').trim();
    if (text === '') continue;
    const first = r.parts.find((p) => p.str.trim() !== '') ?? r.parts[0]!;
    const last = [...r.parts].reverse().find((p) => p.str.trim() !== '') ?? r.parts[r.parts.length - 1]!;
    lines.push({ page, line: lines.length + 1, text, x: first.x, right: last.x + last.w, y: r.y });
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

/** Joins broken lines into paragraphs; keeps the explanation (Part 3, see explanationRange) when there is one. */
function paragraphs(all: PdfLine[]): ExtractedDocument {
  const range = explanationRange(all.map((l) => l.text));
  const lines = range ? all.slice(range.start, range.end) : all;
  // The text column: the most common left edge, and the furthest right edge.
  const lefts = new Map<number, number>();
  for (const l of lines) lefts.set(Math.round(l.x), (lefts.get(Math.round(l.x)) ?? 0) + 1);
  const left = [...lefts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const right = Math.max(0, ...lines.map((l) => l.right));

  let text = '';
  const map: SourcePoint[] = [];
  let open = false; // a paragraph is being written
  let prev: PdfLine | undefined;
  const begin = (l: PdfLine, prefix: string) => {
    if (text !== '') text += '\n\n';
    text += prefix;
    map.push({ offset: text.length, page: l.page, line: l.line });
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
      map.push({ offset: text.length, page: l.page, line: l.line });
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
      map.push({ offset: text.length, page: l.page, line: l.line });
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
