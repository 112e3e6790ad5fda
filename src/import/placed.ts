/**
 * Lines of cells with positions, from the two sources that keep a page's
 * layout: the text items of a PDF (x in points) and `pdftotext -layout` text
 * (x in characters). The table recogniser (positioned.ts) reads both alike:
 * it only compares positions within one source.
 */
import { readPdfPages, type PdfPage } from '../documents/pdf.js';

export interface Box {
  text: string;
  /** left and right edge, in the source's unit */
  x0: number;
  x1: number;
}

export interface PlacedLine {
  page: number;
  /** top to bottom, increasing; lines of different pages are far apart */
  y: number;
  cells: Box[];
}

/** Pages are this far apart in y, so no distance measured across a page break is ever the nearest. */
export const PAGE_SPAN = 100_000;

/**
 * `pdftotext -layout` text: pages split at form feeds, cells at runs of two or more spaces.
 * Positions count characters, not display columns: pdftotext places each word at its
 * x position divided by one grid unit, and writes a CJK character as one character of
 * the grid, so columns line up by character count (a CJK character is not two columns here).
 */
export function layoutTextLines(text: string): PlacedLine[] {
  const lines: PlacedLine[] = [];
  text.split('\f').forEach((pageText, p) => {
    pageText.split(/\r?\n/u).forEach((raw, i) => {
      const cells: Box[] = [];
      const chars = [...raw.replace(/\t/gu, '  ')];
      let at = 0;
      while (at < chars.length) {
        while (at < chars.length && /\s/u.test(chars[at]!)) at++;
        if (at >= chars.length) break;
        const start = at;
        // A cell runs on through single spaces; two spaces (or a full-width one) end it.
        while (at < chars.length && !(/\s/u.test(chars[at]!) && (chars[at] === '\u3000' || at + 1 >= chars.length || /\s/u.test(chars[at + 1]!)))) at++;
        cells.push({ text: chars.slice(start, at).join('').trim(), x0: start, x1: at });
      }
      lines.push({ page: p + 1, y: p * PAGE_SPAN + i, cells });
    });
  });
  return lines;
}

/**
 * A PDF page's text items as lines: items on one baseline (within a third of their height)
 * form a line; within it, items closer than half a character join into one cell. pdfjs's
 * whitespace items carry no usable width and are left out.
 */
export function pdfPageLines(page: PdfPage): PlacedLine[] {
  const rows: Array<{ y: number; h: number; boxes: Box[] }> = [];
  for (const it of page.items) {
    if (typeof it.str !== 'string' || it.str.trim() === '') continue;
    const x = it.transform[4]!;
    const y = page.height - it.transform[5]!;
    const h = Math.abs(it.transform[3]!) || 10;
    let row = rows.find((r) => Math.abs(r.y - y) <= Math.max(r.h, h) / 3);
    if (!row) rows.push((row = { y, h, boxes: [] }));
    row.boxes.push({ text: it.str, x0: x, x1: x + it.width });
  }
  rows.sort((a, b) => a.y - b.y);
  return rows.map((r) => {
    r.boxes.sort((a, b) => a.x0 - b.x0);
    const cells: Box[] = [];
    for (const b of r.boxes) {
      const last = cells[cells.length - 1];
      if (last && b.x0 - last.x1 < r.h / 2) {
        const gap = b.x0 - last.x1 > r.h / 8 && /[\w.]$/u.test(last.text) && /^[\w.]/u.test(b.text) ? ' ' : '';
        last.text += gap + b.text;
        last.x1 = Math.max(last.x1, b.x1);
      } else cells.push({ ...b });
    }
    for (const c of cells) c.text = c.text.trim();
    return { page: page.page, y: (page.page - 1) * PAGE_SPAN + r.y, cells };
  });
}

export async function pdfLines(bytes: Uint8Array): Promise<PlacedLine[]> {
  return (await readPdfPages(bytes)).flatMap(pdfPageLines);
}
