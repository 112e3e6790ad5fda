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
import { documentFromText, readReviewDocument, type ReviewDocument } from '../../src/review/document.js';
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

/** A line of layout text with each cell starting at the given character column. */
function row(...cells: Array<[number, string]>): string {
  let line = '';
  for (const [at, text] of cells) line = line.padEnd(at, ' ') + text;
  return line;
}

/** 公开05表 as pdftotext prints it, its 2010301 row as given ([小计, 基本支出, 项目支出], '' blank). */
function table05(item: [string, string, string]): string {
  const cells = (v: [string, string, string]): Array<[number, string]> => [[36, v[0]], [48, v[1]], [60, v[2]]].filter(([, t]) => t !== '') as Array<[number, string]>;
  return [
    row([0, '第三部分 2024年度部门决算情况说明']),
    row([0, '一、一般公共预算财政拨款支出决算情况说明']),
    row([0, '本年度一般公共预算财政拨款支出见公开05表。']),
    row([16, '一般公共预算财政拨款支出决算表']),
    row([60, '单位：万元']),
    row([2, '科目编码'], [11, '科目名称'], [36, '小计'], [48, '基本支出'], [60, '项目支出']),
    row([11, '合计'], ...cells(['220.57', '200.57', '20.00'])),
    row([0, '201'], [11, '一般公共服务支出'], ...cells(['220.57', '200.57', '20.00'])),
    row([0, '20103'], [11, '政府办公厅（室）及相关机构事务'], ...cells(['220.57', '200.57', '20.00'])),
    row([0, '2010301'], [11, '行政运行'], ...cells(item)),
    row([0, '2010302'], [11, '一般行政管理事务'], ...cells(['20.00', '', '20.00'])),
  ].join('\n');
}

describe('a published table that does not add up, every figure in it placed (blind test 8R item 3)', () => {
  it('is an error of the document, on the cells, as check reports it: 小计 200.57 printed beside 基本支出 180.57 alone', () => {
    const result = reviewDocument(documentFromText('slip.txt', 'text', table05(['200.57', '180.57', ''])));
    const errors = result.tableFindings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId)).toContain('subject-row-total');
    expect(errors.find((f) => f.ruleId === 'subject-row-total')!.message).toMatch(/^公开05表 2010301 行政运行：基本支出 180\.57（其余 1 项为 0），与小计 200\.57 相差 20\.00/u);
    // still not judged against, and said why
    expect(result.tables.notImported.find((t) => t.table === '公开05表')!.reason).toMatch(/是文件本身的错误，见决算表的问题/u);
  });

  it('is no error where the total itself was not read (blank beside parts with figures): that may be the import’s', () => {
    const result = reviewDocument(documentFromText('blank.txt', 'text', table05(['', '180.57', '20.00'])));
    expect(result.tableFindings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.tables.notImported.find((t) => t.table === '公开05表')!.reason).toMatch(/可能是文件本身的错误，也可能是导入有误/u);
  });

  it('is no error where a cell of the table was not placed', () => {
    const text = table05(['200.57', '180.57', '']).replace(row([0, '2010302'], [11, '一般行政管理事务'], [36, '20.00'], [60, '20.00']),
      `${row([0, '2010302'], [11, '一般行政管理事务'], [36, '20.00'])}\n${row([60, '20.00'])}\n${row([0, '2010350'], [11, '事业运行'])}`);
    const result = reviewDocument(documentFromText('unplaced.txt', 'text', text));
    expect(result.tableFindings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
