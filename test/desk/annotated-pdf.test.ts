/**
 * The annotated PDF, checked by readers other than the one that wrote it:
 * qpdf (structure, and the annotations of each page), pdf.js (getAnnotations:
 * subtype, contents, page) and poppler (pdftotext over each highlight's
 * quadrilaterals: the words under it are the finding's). On the real
 * published PDFs, with exactly the findings of review --format json; the
 * original bytes are a prefix of the annotated file (an incremental update),
 * so the pages are unchanged. The update writer itself on PDFs with
 * cross-reference streams and object streams (made by qpdf), an /Annots
 * array of its own, and encryption.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument, type ReviewResult } from '../../src/review/review.js';
import { formatReviewJson } from '../../src/report/review.js';
import { locateLint, locateReview, type LocatedDocument } from '../../src/report/located.js';
import { annotatePdf, AnnotateError } from '../../src/report/annotated-pdf.js';
import { PdfFile, PdfUpdate } from '../../src/documents/pdf-update.js';
import { ROOT } from '../helpers.js';
import { wordsMatch } from './words.js';
import { pdfOf } from '../documents/pdf-objects.js';

const REAL = ['putuo-shgzb-2024.pdf', 'shanghai-template-2024.pdf'].map((f) => `${ROOT}test/fixtures/real/${f}`);

/** putuo-shgzb-2024.pdf with one amount of 公开02表 mistyped (51.32 → 51.23). */
const TYPO = `${ROOT}test/fixtures/desk/putuo-shgzb-2024-51.23.pdf`;

/** The problems of the tables review does not judge against: each is a finding of the reports. */
const problemsOf = (r: ReviewResult) => r.tables.notImported.flatMap((t) => (t.problems ?? []).map((p) => ({ message: p.reason, reason: p.reason })));

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
const pdfjs = (): Promise<Pdfjs> => import('pdfjs-dist/legacy/build/pdf.mjs');

interface QpdfObject { value?: Record<string, unknown> }
/** Each page's annotations as qpdf reads them: subtype and rectangle, by page number. */
function qpdfAnnotations(file: string): Map<number, Array<{ subtype: string; quads?: number[] }>> {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=pages', '--json-key=qpdf', file], { maxBuffer: 256 * 1024 * 1024 }).toString()) as {
    pages: Array<{ object: string }>;
    qpdf: [unknown, Record<string, QpdfObject>];
  };
  const objects = json.qpdf[1];
  const get = (ref: unknown) => objects[`obj:${String(ref)}`]?.value;
  const out = new Map<number, Array<{ subtype: string; quads?: number[] }>>();
  json.pages.forEach((p, i) => {
    const page = get(p.object)!;
    const annots = typeof page['/Annots'] === 'string' ? get(page['/Annots']) as unknown as string[] : (page['/Annots'] as string[] | undefined) ?? [];
    out.set(i + 1, annots.map((ref) => {
      const a = get(ref)!;
      return { subtype: String(a['/Subtype']), ...(a['/QuadPoints'] ? { quads: a['/QuadPoints'] as number[] } : {}) };
    }));
  });
  return out;
}

/** The words poppler finds under a highlight's quadrilaterals (each shrunk by 2 points, so that only what is inside counts). */
function wordsUnder(file: string, page: number, quads: number[], height: number): string {
  let words = '';
  for (let q = 0; q + 7 < quads.length; q += 8) {
    const [x0, y1, x1, , , y0] = [quads[q]!, quads[q + 1]!, quads[q + 2]!, quads[q + 3]!, quads[q + 4]!, quads[q + 5]!];
    words += execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-x', String(Math.round(x0 + 2)), '-y', String(Math.round(height - y1 + 2)),
      '-W', String(Math.round(x1 - x0 - 4)), '-H', String(Math.round(y1 - y0 - 4)), file, '-'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  }
  return words.replace(/\s/gu, '');
}

describe('the annotated PDF, read back by qpdf, pdf.js and poppler', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'juesuan-annotate-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const source of REAL) {
    it(`marks exactly review's findings of ${source.replace(/^.*\//u, '')}, each over its words`, async () => {
      const read = await readReviewDocument(source);
      if (!read.ok) throw new Error(read.message);
      const result = reviewDocument(read.document);
      const json = JSON.parse(formatReviewJson([result]))[0] as { messages: Array<{ message: string; page?: number }>; tableMessages: Array<{ message: string }> };
      const located: LocatedDocument = locateReview(result, read.document);
      const original = new Uint8Array(readFileSync(source));
      const annotated = annotatePdf(located, original);
      const file = join(dir, 'annotated.pdf');
      writeFileSync(file, annotated);

      // The published file is left whole: the annotations are appended after it.
      expect(Buffer.from(annotated.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
      expect(execFileSync('qpdf', ['--check', file]).toString()).toContain('No syntax or stream encoding errors');

      // pdf.js: one highlight or note per finding, on its page, its message in the note.
      const doc = await (await pdfjs()).getDocument({ data: new Uint8Array(annotated), verbosity: 0 }).promise;
      const found: Array<{ page: number; subtype: string; contents: string }> = [];
      for (let p = 1; p <= doc.numPages; p++) {
        for (const a of await (await doc.getPage(p)).getAnnotations()) {
          if (a.subtype === 'Popup') continue;
          found.push({ page: p, subtype: a.subtype, contents: a.contentsObj?.str ?? '' });
        }
      }
      await doc.destroy();
      const all = [...json.tableMessages, ...json.messages, ...problemsOf(result)];
      expect(found.length).toBe(all.length);
      for (const m of json.messages) {
        expect(found.some((a) => a.page === m.page && a.contents.includes(m.message)), `${m.message} on page ${m.page}`).toBe(true);
      }

      // qpdf and poppler: the highlights' quadrilaterals lie over the finding's words.
      const byPage = qpdfAnnotations(file);
      const sizes = located.pageSizes!;
      let exact = 0;
      let highlights = 0;
      // Every finding of a short list; of a long one (the template's 185) every fourth, for time: each is a pdftotext run.
      const stride = located.findings.length > 60 ? 4 : 1;
      for (const f of located.findings.filter((_, i) => i % stride === 0)) {
        const annots = byPage.get(f.page!)!;
        expect(annots.length).toBeGreaterThan(0);
        if (!f.rects) {
          expect(annots.some((a) => a.subtype === '/Text')).toBe(true);
          continue;
        }
        const quads = f.rects.flatMap(([x0, y0, x1, y1]) => [x0, y1, x1, y1, x0, y0, x1, y0]);
        expect(annots.some((a) => a.subtype === '/Highlight' && a.quads?.length === quads.length && a.quads.every((v, i) => Math.abs(v - quads[i]!) < 0.01))).toBe(true);
        const under = wordsUnder(file, f.page!, quads, sizes[f.page! - 1]![1]);
        const verdict = wordsMatch(under, f.words ?? '');
        expect(verdict.ok, `finding ${f.n} (${f.place}): poppler reads “${under}” under it, its words are “${f.words}”`).toBe(true);
        highlights++;
        if (verdict.exact) exact++;
      }
      // Most highlights cover exactly their words; the others are off by a character at an edge (words.ts).
      expect(exact / highlights).toBeGreaterThanOrEqual(0.9);
    }, 60_000);
  }

  it('marks a table that fails its own identities over the amounts it names, where the import read them', async () => {
    // 2013901 行政运行's 财政拨款收入 printed 51.23 for 51.32 (a content-stream edit): 公开02表 fails its row and its 款.
    const read = await readReviewDocument(TYPO);
    if (!read.ok) throw new Error(read.message);
    const result = reviewDocument(read.document);
    expect(problemsOf(result)).toHaveLength(1);
    const located = locateReview(result, read.document);
    const f = located.findings.find((x) => x.kind === 'table')!;
    expect(f.page).toBe(6);
    const cells = f.cells!.filter((c) => c.marked);
    expect(cells.map((c) => c.value)).toEqual(['51.32', '51.23', '264.87', '11.31', '202.24']);
    const file = join(dir, 'typo-annotated.pdf');
    writeFileSync(file, annotatePdf(located, new Uint8Array(readFileSync(TYPO))));

    // A highlight for the table's problem on page 6, a quadrilateral over each amount: poppler reads exactly that amount
    // under it. Every figure of 02 was placed, so the two identities it fails are the document's slip: one slip (they share
    // the misprinted cell), one error highlighted over its cells too (the row's 2 amounts and the 款's 4, one shared).
    const highlights = qpdfAnnotations(file).get(6)!.filter((a) => a.subtype === '/Highlight');
    expect(highlights.map((h) => h.quads!.length / 8).sort()).toEqual([5, 5]);
    expect(result.tableFindings.filter((x) => x.severity === 'error').map((x) => x.ruleId)).toEqual(['subject-row-total']);
    const quads = highlights.find((h) => h.quads!.length === 8 * cells.length)!.quads!;
    const under: string[] = [];
    for (let q = 0; q < quads.length; q += 8) under.push(wordsUnder(file, 6, quads.slice(q, q + 8), located.pageSizes![5]![1]));
    expect(under).toEqual(cells.map((c) => c.value));

    // pdf.js lists it on page 6 with the problem in its note; every finding has its annotation.
    const doc = await (await pdfjs()).getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
    const notes = (await (await doc.getPage(6)).getAnnotations()).filter((a) => a.subtype === 'Highlight').map((a) => a.contentsObj?.str ?? '');
    await doc.destroy();
    expect(notes.filter((n) => n.includes(problemsOf(result)[0]!.reason))).toHaveLength(1);
  }, 30_000);

  it('adds to a PDF whose cross-reference is a stream and whose pages sit in object streams', async () => {
    const source = REAL[0]!;
    const packed = join(dir, 'packed.pdf');
    execFileSync('qpdf', ['--object-streams=generate', source, packed]);
    const bytes = new Uint8Array(readFileSync(packed));
    const file = new PdfFile(bytes);
    expect(file.usesXrefStream).toBe(true);
    const update = new PdfUpdate(file);
    const note = update.reserve();
    update.set(note, { value: { type: 'dict', entries: new Map([['Type', { type: 'name', name: 'Annot', text: '/Annot' }], ['Subtype', { type: 'name', name: 'Text', text: '/Text' }], ['Rect', { type: 'raw', text: '[10 10 30 30]' }], ['Contents', { type: 'raw', text: '(note)' }]]) } });
    update.annotate(2, [note]);
    const out = join(dir, 'packed-annotated.pdf');
    writeFileSync(out, update.write());
    expect(execFileSync('qpdf', ['--check', out]).toString()).toContain('No syntax or stream encoding errors');
    expect(qpdfAnnotations(out).get(2)).toEqual([{ subtype: '/Text' }]);
    expect(execFileSync('pdfinfo', [out]).toString()).toMatch(/Pages:\s+24/u);
  });

  it('extends a page\'s /Annots where it is an array of its own, and keeps the annotations already there', () => {
    const pdf = minimalPdf('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots 4 0 R >>', '4 0 obj\n[5 0 R]\nendobj\n5 0 obj\n<< /Type /Annot /Subtype /Text /Rect [0 0 10 10] >>\nendobj\n');
    const update = new PdfUpdate(new PdfFile(pdf));
    const n = update.reserve();
    update.set(n, { value: { type: 'dict', entries: new Map([['Type', { type: 'name', name: 'Annot', text: '/Annot' }], ['Subtype', { type: 'name', name: 'Text', text: '/Text' }], ['Rect', { type: 'raw', text: '[20 20 30 30]' }]]) } });
    update.annotate(1, [n]);
    const out = join(dir, 'own-array.pdf');
    writeFileSync(out, update.write());
    expect(execFileSync('qpdf', ['--check', out]).toString()).toContain('No syntax or stream encoding errors');
    expect(qpdfAnnotations(out).get(1)).toEqual([{ subtype: '/Text' }, { subtype: '/Text' }]);
  });

  it('marks words that run over a page break on both pages, the second saying where the finding starts', async () => {
    // 与上年相比增加353.84万元: the first 9 characters end page 1, the rest begin page 2 (one 10-point box a character).
    const text = '与上年相比增加353.84万元，增长8.15%。';
    const boxes = (from: number, to: number, y: number) => Array.from({ length: to - from }, (_, i) => [50 + 10 * i, y, 60 + 10 * i, y + 12]).flat();
    const map = [{ offset: 0, page: 1, line: 40, boxes: boxes(0, 9, 100) }, { offset: 9, page: 2, line: 1, boxes: boxes(9, text.length, 780) }];
    const start = text.indexOf('增加');
    const end = text.indexOf('，');
    const located = locateLint({
      filePath: 'spill.pdf', errorCount: 1, warningCount: 0, verifiedCount: 0, unverifiedCount: 0,
      messages: [{ ruleId: 'change-mismatch', severity: 2, message: '增加 353.84 万元 与数据不符', line: 40, column: 6, endLine: 1, endColumn: 7, page: 1, textRange: [start, end] }],
    }, text, { kind: 'pdf', map, pages: [[595, 842], [595, 842]] });
    const [f] = located.findings;
    expect(f!.page).toBe(1);
    expect(f!.rects).toEqual([[100, 100, 140, 112]]);
    expect(f!.more).toEqual([{ page: 2, rects: [[50, 780, 110, 792]] }]);
    expect(f!.place).toContain('（续至第 2 页）');

    const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>';
    const pdf = pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>', page, page]);
    const out = join(dir, 'spill-annotated.pdf');
    writeFileSync(out, annotatePdf(located, pdf));
    expect(execFileSync('qpdf', ['--check', out]).toString()).toContain('No syntax or stream encoding errors');
    const byPage = qpdfAnnotations(out);
    expect(byPage.get(1)!.filter((a) => a.subtype === '/Highlight').map((a) => a.quads)).toEqual([[100, 112, 140, 112, 100, 100, 140, 100]]);
    expect(byPage.get(2)!.filter((a) => a.subtype === '/Highlight').map((a) => a.quads)).toEqual([[50, 792, 110, 792, 50, 780, 110, 780]]);
    const doc = await (await pdfjs()).getDocument({ data: new Uint8Array(readFileSync(out)), verbosity: 0 }).promise;
    const notes = async (p: number) => (await (await doc.getPage(p)).getAnnotations()).filter((a) => a.subtype === 'Highlight').map((a) => a.contentsObj?.str ?? '');
    const [first, second] = [await notes(1), await notes(2)];
    await doc.destroy();
    expect(first).toHaveLength(1);
    expect(first[0]).toContain('增加 353.84 万元 与数据不符');
    expect(second).toHaveLength(1);
    expect(second[0]).toMatch(/^（续，见第 1 页）\n.*增加 353\.84 万元 与数据不符/su);
  });

  it('refuses an encrypted PDF with a message', () => {
    const encrypted = join(dir, 'encrypted.pdf');
    execFileSync('qpdf', ['--encrypt', '', 'owner', '256', '--', REAL[0]!, encrypted]);
    const doc: LocatedDocument = { filePath: encrypted, name: 'encrypted.pdf', kind: 'pdf', counts: { errors: 0, warnings: 0, unverified: 0, verified: 0, tables: 0 }, findings: [] };
    expect(() => annotatePdf(doc, new Uint8Array(readFileSync(encrypted)))).toThrow(new AnnotateError('PDF 已加密，无法添加标注'));
  });
});

/** A one-page PDF with a classic cross-reference table, the page object given. */
function minimalPdf(page: string, extra: string): Uint8Array {
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  const add = (text: string) => {
    offsets.push(body.length);
    body += text;
  };
  add('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n');
  add('2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n');
  add(`3 0 obj\n${page}\nendobj\n`);
  const [four, five] = extra.split(/(?=5 0 obj)/u);
  add(four!);
  add(five!);
  const xref = body.length;
  body += `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
