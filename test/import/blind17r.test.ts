/**
 * Blind test 17R: PDFs as other producers make them (test/fixtures/layouts/blind17r: documents of the
 * tester's, made with pdfkit and Noto Sans CJK, then pdftocairo and qpdf).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { readPdfPages } from '../../src/documents/pdf.js';
import { importPdf } from '../../src/import/index.js';
import { readReviewDocument, reviewDocumentOf } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';
import { pdfOf } from '../documents/pdf-objects.js';

const DIR = `${ROOT}test/fixtures/layouts/blind17r/`;
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));

describe('a wide table split across pages by columns (blind 17R §4, d06)', () => {
  // p5: 科目编码 | 科目名称 | 本年收入合计 | 财政拨款收入 | 上级补助收入; p6 (收入决算表（续）): the codes and names again,
  // then 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入. 03 the same on p7/p8, its right half with codes only.
  it('never puts a figure of the continuation page under the first page’s columns: 其他收入 55.24 is not 上级补助收入', async () => {
    const result = await importPdf(bytesOf('d06-hsplit.pdf'), 'd06-hsplit.pdf');
    const truth = parse(readFileSync(`${DIR}d06-hsplit.yaml`, 'utf8')) as Record<string, unknown>;
    const compared = compareImport(result.imported, truth);
    // Every difference from the truth is a blank (a cell not read), none a figure in another cell.
    const differences = compared.tables.flatMap((t) => t.differences);
    expect(differences.filter((d) => !d.includes(': （空） → '))).toEqual([]);
    // (02: its 其他收入 of 合计, 201, 20103 and 2010302, on the continuation page)
    expect(compared.tables.find((t) => t.table === '公开02表')!.differences).toHaveLength(4);
    const t02 = result.imported.tables['公开02表'] as Record<string, Record<string, unknown>>;
    // The first page's 合计 row is read (the continuation's no longer overwrites it), and 上级补助收入 stays blank.
    expect(t02['合计']).toMatchObject({ 本年收入合计: '3,298.21', 财政拨款收入: '3,242.97' });
    expect(t02['合计']!['上级补助收入'] ?? null).toBeNull();
    // The table is not whole: unreliable, and the problem names the continuation's columns.
    const problems = (result.imported.unreliable ?? []).filter((p) => p.table === '公开02表').flatMap((p) => [p.reason, ...(p.details ?? []).map((d) => d.message)]).join('\n');
    expect(problems).toContain('第 6 页是这张表的续表，表头是另外几栏（事业收入、经营收入、附属单位上缴收入、其他收入）');
  });

  it('review gives no verdict on 02 and 03 (not whole), and no error of the document on their cells', async () => {
    const read = await readReviewDocument(`${DIR}d06-hsplit.pdf`);
    if (!read.ok) throw new Error(read.message);
    const review = reviewDocument(read.document);
    const notUsed = review.tables.notImported.filter((t) => t.table === '公开02表' || t.table === '公开03表');
    expect(notUsed.map((t) => t.status)).toEqual(['unreliable', 'unreliable']);
    expect(review.tableFindings.filter((f) => f.severity === 'error' && f.cells.some((c) => /公开0[23]表/u.test(String(c.path[0]))))).toEqual([]);
  });
});


/**
 * Two pages: a page of text, and a page whose only text is its page number, the rest drawn as `glyphs` small
 * filled shapes (a table's text converted to outlines: each glyph a path).
 */
function outlinedPage(glyphs: number): Uint8Array {
  const text = 'BT /F1 12 Tf 72 700 Td (Part 3 text of the document, its figures 1,234.56) Tj ET';
  const shapes = Array.from({ length: glyphs }, (_, i) => `${50 + (i % 40) * 12} ${700 - Math.floor(i / 40) * 16} 8 10 re f`).join('\n');
  const outlined = `${shapes}\nBT /F1 10 Tf 290 40 Td (- 2 -) Tj ET`;
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    `<< /Length ${outlined.length} >>\nstream\n${outlined}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

describe('tables drawn as outlines: pages that print text with no text layer (blind 17R §3, d13)', () => {
  it('a page of many vector shapes and no text but its page number is a page of outlines; a page of a few rules is not', async () => {
    expect((await readPdfPages(outlinedPage(300)))[1]!.outlines).toBe(300);
    expect((await readPdfPages(outlinedPage(30)))[1]!.outlines).toBeUndefined();
    expect((await readPdfPages(outlinedPage(300)))[0]!.outlines).toBeUndefined();
  });

  it('the import says the tables not found may stand on those pages, unread; review lists them as not read, not as not published', async () => {
    const result = await importPdf(outlinedPage(300), 'outlined.pdf');
    expect(result.imported.outlinedPages).toEqual([2]);
    expect(result.imported.notes.join('\n')).toContain('未找到公开01表（收入支出决算总表）：第 2 页的文字没有文字层（已转为曲线或图形');
    const read = await reviewDocumentOf('outlined-2024.pdf', outlinedPage(300));
    if (!read.ok) throw new Error(read.message);
    const review = reviewDocument(read.document);
    expect(review.tables.notImported.map((t) => t.status)).toEqual(Array(9).fill('unread'));
    expect(review.tables.notImported[0]!.reason).toContain('文件中没有读到这张表：第 2 页的文字没有文字层');
    // Without such a page, a table not found is absent, as before.
    const plain = await reviewDocumentOf('plain-2024.pdf', outlinedPage(30));
    if (!plain.ok) throw new Error(plain.message);
    expect(reviewDocument(plain.document).tables.notImported.map((t) => t.status)).toEqual(Array(9).fill('absent'));
  });
});
