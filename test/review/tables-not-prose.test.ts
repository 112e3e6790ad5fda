/**
 * A document's tables are no Part 3 prose (blind test 9R, D17.docx, D5.docx and D5.pdf): the cells of
 * the nine tables are the tables' own, checked as tables, never figures of sentences. A .docx of the
 * tables alone says that its explanation was not reviewed, as a PDF of tables alone does; and a
 * paragraph right after a Word table (Part 3 placed after each of its tables) is no row of it.
 */
import { describe, expect, it } from 'vitest';
import { wordDocx as docx, wordPara as para, wordTable as table } from '../word-xml.js';
import { importDocx } from '../../src/import/index.js';
import { readReviewDocument, reviewDocumentOf } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

/** 公开02表: 行政运行's income 30.00 (财政拨款 25.00, 其他 5.00), a figure 公开03表 gives its spending (28.00) otherwise. */
const T02 = [
  para('收入决算表'),
  para('编制单位：某某局　　2024年度　　公开02表　　单位：万元'),
  table([
    ['科目编码', '科目名称', '本年收入合计', '财政拨款收入', '其他收入'],
    ['', '合计', '30.00', '25.00', '5.00'],
    ['201', '一般公共服务支出', '30.00', '25.00', '5.00'],
    ['20103', '政府办公厅（室）及相关机构事务', '30.00', '25.00', '5.00'],
    ['2010301', '行政运行', '30.00', '25.00', '5.00'],
  ]),
];
const T03 = [
  para('支出决算表'),
  para('编制单位：某某局　　2024年度　　公开03表　　单位：万元'),
  table([
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
    ['', '合计', '28.00', '20.00', '8.00'],
    ['201', '一般公共服务支出', '28.00', '20.00', '8.00'],
    ['20103', '政府办公厅（室）及相关机构事务', '28.00', '20.00', '8.00'],
    ['2010301', '行政运行', '28.00', '20.00', '8.00'],
  ]),
  para('注：本表反映部门本年度各项支出情况。'),
];

async function review(bytes: Uint8Array) {
  const read = await reviewDocumentOf('某某局2024年度部门决算.docx', bytes);
  if (!read.ok) throw new Error(read.message);
  return { doc: read.document, result: reviewDocument(read.document) };
}

describe('a .docx of the tables alone', () => {
  const bytes = docx(para('某某局2024年度部门决算'), para('第二部分 2024年度部门决算表'), ...T02, ...T03);

  it('reads no table cell as a sentence, and says its explanation was not reviewed', async () => {
    const { result } = await review(bytes);
    expect(result.tables.imported).toEqual(['公开02表', '公开03表']);
    expect(result.lint.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ['no-part3', '文件中只有决算表，没有第三部分“部门决算情况说明”的文字，只核对了决算表本身；说明文字未审校'],
    ]);
    expect(result.errorCount).toBe(0);
  });

  it('lists the check of the explanation against the tables as not run', async () => {
    const { result } = await review(bytes);
    expect(result.checks.find((c) => c.id === 'against-tables')).toMatchObject({ ran: false, detail: '未进行（文件中只有决算表，没有说明文字）' });
  });
});

describe('a .docx whose Part 3 sections are each followed by their table', () => {
  const part3 = (income: string) => docx(
    para('第三部分 2024年度部门决算情况说明'),
    para('一、收入决算情况说明'),
    para(`2024年度本年收入合计30.00万元，其中：财政拨款收入25.00万元，占${income}；其他收入5.00万元，占16.67%。`),
    ...T02,
    para('二、支出决算情况说明'),
    para('2024年度本年支出合计28.00万元，其中：基本支出20.00万元，占71.43%；项目支出8.00万元，占28.57%。'),
    ...T03,
  );

  it('judges the sentences against the tables, and no table cell as a sentence', async () => {
    const { result } = await review(part3('83.33%'));
    expect(result.tables.imported).toEqual(['公开02表', '公开03表']);
    expect(result.lint.messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(result.lint.messages.filter((m) => m.ruleId === 'unverified-figure')).toEqual([]);
    expect(result.checks.find((c) => c.id === 'against-tables')).toMatchObject({ ran: true });
  });

  it('still finds a slip in a sentence, on its paragraph', async () => {
    const { result } = await review(part3('88.33%'));
    const errors = result.lint.messages.filter((m) => m.severity === 2);
    expect(errors.map((m) => [m.ruleId, m.actual, m.paragraph])).toEqual([['share-mismatch', '88.33', 3]]);
  });
});

describe('a paragraph right after a Word table', () => {
  it('is no row of it: Part 3 after 公开01表 is not read as its items', () => {
    const bytes = docx(
      para('收入支出决算总表'),
      para('单位：万元'),
      table([
        ['收入', '', '支出', ''],
        ['项目', '决算数', '项目', '决算数'],
        ['一、一般公共预算财政拨款收入', '30.00', '一、一般公共服务支出', '30.00'],
        ['本年收入合计', '30.00', '本年支出合计', '30.00'],
        ['总计', '30.00', '总计', '30.00'],
      ]),
      para('2024年度收入、支出总计均为30.00万元。'),
      para('一般公共预算财政拨款支出决算情况说明'),
    );
    const { imported } = importDocx(bytes, 'x.docx');
    expect(imported.unreliable).toEqual([]);
    expect(imported.tables['公开01表']).toEqual({
      收入: { 一般公共预算财政拨款收入: '30.00', 本年收入合计: '30.00', 总计: '30.00' },
      支出: { 一般公共服务支出: '30.00', 本年支出合计: '30.00', 总计: '30.00' },
    });
  });
});

describe('a PDF whose Part 3 sections are each followed by their table', () => {
  // Page 1 of blind 9R's D5.pdf (test/fixtures/layouts/blind9r/README.md): 第三部分 …, 公开01表 under 二、, and 公开02表's first rows.
  it('reads none of the tables’ rows as sentences of its Part 3', async () => {
    const read = await readReviewDocument(`${ROOT}test/fixtures/layouts/blind9r/part3-tables.pdf`);
    if (!read.ok) throw new Error(read.message);
    const result = reviewDocument(read.document);
    expect(result.tables.imported).toEqual(['公开01表']);
    expect(result.lint.messages).toEqual([]);
    expect(read.document.part3).toContain('2024 年度收、支总计均为 2,435.79 万元。');
    expect(read.document.part3).not.toContain('1,712.32');
  });
});
