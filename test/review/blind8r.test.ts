/**
 * Review of documents of blind test 8R (test/fixtures/layouts/blind8r/README.md).
 *
 * tables-only.pdf: three pages of a workbook printed by LibreOffice Calc, tables and nothing else —
 * 公开01表, 公开07表 (政府性基金 600.59 万元) and 公开08表, whose only row is 本表无数据 (true: the
 * department has no such spending). With no Part 3 title the whole text is Part 3, but a table's title,
 * header, rows and 本表无数据 row are no sentences of it.
 *
 * stale-note.pdf: the same, with 注：本单位2024年度没有政府性基金预算财政拨款收入和支出，故本表无数据。
 * planted under 公开07表, which holds 600.59 万元: the table is right, the note a template left over.
 */
import { describe, expect, it } from 'vitest';
import { readReviewDocument, type ReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

const DIR = `${ROOT}test/fixtures/layouts/blind8r/`;

async function read(path: string): Promise<ReviewDocument> {
  const r = await readReviewDocument(path);
  if (!r.ok) throw new Error(r.message);
  return r.document;
}

describe('review of a PDF of tables alone', () => {
  it('reads no table row as a sentence: 公开08表’s 本表无数据 row raises no absence-mismatch against 公开07表’s figures', async () => {
    const doc = await read(`${DIR}tables-only.pdf`);
    expect(doc.part3.trim()).toBe('');
    const result = reviewDocument(doc);
    expect(result.lint.messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(result.lint.messages.filter((m) => m.ruleId === 'unverified-figure')).toEqual([]);
  });

  it('says it holds tables alone, not that it is empty', async () => {
    const result = reviewDocument(await read(`${DIR}tables-only.pdf`));
    expect(result.lint.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ['no-part3', '文件中只有决算表，没有第三部分“部门决算情况说明”的文字，只核对了决算表本身；说明文字未审校'],
    ]);
  });
});

describe('a 本表无数据 note under a table that holds figures', () => {
  it('the table is imported with its figures, and the note is an error on its own line', async () => {
    const doc = await read(`${DIR}stale-note.pdf`);
    expect(doc.imported.unreliable.map((u) => u.table)).not.toContain('公开07表');
    expect(doc.imported.tables['公开07表']).toMatchObject({ 合计: { 本年收入: '600.59' } });
    expect(doc.imported.tables['公开07表']).not.toHaveProperty('本表无数据');
    expect(doc.imported.notes).toContain('公开07表（原文“政府性基金预算财政拨款收入支出决算表”）表中有金额，表下的说明却称本表无数据：按表中的金额导入；这条说明与表不符，请核对');
    const errors = reviewDocument(doc).lint.messages.filter((m) => m.severity === 2);
    expect(errors.map((m) => [m.ruleId, m.table, m.page, m.line])).toEqual([['absence-mismatch', '公开07表', 2, 10]]);
  });
});
