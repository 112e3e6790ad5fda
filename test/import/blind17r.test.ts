/**
 * Blind test 17R: PDFs as other producers make them (test/fixtures/layouts/blind17r: documents of the
 * tester's, made with pdfkit and Noto Sans CJK, then pdftocairo and qpdf).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { readPdfPages } from '../../src/documents/pdf.js';
import { importPdf, pdfPageLines, recognisePlacedTables } from '../../src/import/index.js';
import type { ImportedTables } from '../../src/import/tables.js';
import type { PlacedLine } from '../../src/import/placed.js';
import { readReviewDocument, reviewDocumentOf } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';
import { pdfOf } from '../documents/pdf-objects.js';

const DIR = `${ROOT}test/fixtures/layouts/blind17r/`;
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));

describe('a wide table split across pages by columns (blind 17R §4, d06; joined: left over from 17R)', () => {
  // p5: 科目编码 | 科目名称 | 本年收入合计 | 财政拨款收入 | 上级补助收入; p6 (收入决算表（续）): the codes and names again,
  // then 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入. 03 the same on p7/p8, its right half with codes only.
  it('the continuation’s rows are the first page’s one to one and the joined table adds up: 02 and 03 joined, every table cell-exact', async () => {
    const result = await importPdf(bytesOf('d06-hsplit.pdf'), 'd06-hsplit.pdf');
    const truth = parse(readFileSync(`${DIR}d06-hsplit.yaml`, 'utf8')) as Record<string, unknown>;
    const compared = compareImport(result.imported, truth);
    expect(compared.tables.filter((t) => t.status !== 'exact').map((t) => `${t.table}: ${t.differences.join('; ')}`)).toEqual([]);
    const t02 = result.imported.tables['公开02表'] as Record<string, Record<string, unknown>>;
    // 其他收入 55.24 from the continuation, under its own column (never 上级补助收入, the first page's last).
    expect(t02['合计']).toMatchObject({ 本年收入合计: '3,298.21', 财政拨款收入: '3,242.97', 其他收入: '55.24' });
    expect(t02['合计']!['上级补助收入'] ?? null).toBeNull();
    expect(result.imported.unreliable).toEqual([]);
    expect(result.imported.notes).toContain('公开02表：第 6 页是这张表的续表，印着另外几栏（事业收入、经营收入、附属单位上缴收入、其他收入），各行与第 5 页的行一一对应（科目编码和名称相同、顺序相同），拼接后表内勾稽关系成立：已并入');
    expect(result.imported.notes).toContain('公开03表：第 8 页是这张表的续表，印着另外几栏（上缴上级支出、经营支出、对附属单位补助支出），各行与第 7 页的行一一对应（续表只印科目编码：编码相同、顺序相同），拼接后表内勾稽关系成立：已并入');
    // The continuation's figure is placed where it is printed (its page and line), for the report to mark it.
    expect(result.imported.cells?.['公开02表›合计›其他收入']).toMatchObject({ page: 6, line: 20 });
  });

  /** d06's lines, the continuation page of 02 (page 6) changed by `change`. */
  const changed = async (change: (line: PlacedLine) => void) => {
    const lines = (await readPdfPages(bytesOf('d06-hsplit.pdf'))).flatMap(pdfPageLines);
    for (const l of lines) if (l.page === 6) change(l);
    return recognisePlacedTables(lines, {});
  };
  const notWhole = (imported: ImportedTables) => (imported.unreliable ?? []).filter((p) => p.table === '公开02表')
    .flatMap((p) => [p.reason, ...(p.details ?? []).map((d) => d.message)]).join('\n');
  const NOT_READ = '第 6 页是这张表的续表，表头是另外几栏（事业收入、经营收入、附属单位上缴收入、其他收入）';

  it('rows not the same in the same order (two codes swapped on the continuation): not joined, its columns left unread and said', async () => {
    const imported = await changed((l) => {
      for (const c of l.cells) c.text = c.text === '2010301' ? '2010302' : c.text === '2010302' ? '2010301' : c.text;
    });
    expect(notWhole(imported)).toContain(NOT_READ);
    const t02 = imported.tables['公开02表'] as Record<string, Record<string, unknown>>;
    expect(t02['合计']!['其他收入'] ?? null).toBeNull();
  });

  it('the joined table not adding up (the continuation’s 2010302 printed 55.42): not joined, never a figure the identities did not confirm', async () => {
    const imported = await changed((l) => {
      if (l.line === 8) for (const c of l.cells) if (c.text === '55.24') c.text = '55.42';
    });
    expect(notWhole(imported)).toContain(NOT_READ);
    const t02 = imported.tables['公开02表'] as Record<string, Record<string, Record<string, unknown>>>;
    expect(t02['科目']!['2010302 一般行政管理事务']!['其他收入'] ?? null).toBeNull();
  });

  it('review judges against 02 and 03 joined (imported, not listed as unreliable), with no error of the document on their cells', async () => {
    const read = await readReviewDocument(`${DIR}d06-hsplit.pdf`);
    if (!read.ok) throw new Error(read.message);
    const review = reviewDocument(read.document);
    expect(review.tables.imported).toEqual(expect.arrayContaining(['公开02表', '公开03表']));
    expect(review.tables.notImported.filter((t) => t.table === '公开02表' || t.table === '公开03表')).toEqual([]);
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
