/**
 * 01 printing 本年数 | 上年数 (a two-year layout): where 01 is reliable and its 上年数 column passes 01's own
 * identities, review knows last year's totals from it (收支总计, 本年收入合计 and each source, 本年支出合计), so
 * Part 3's 比上年增加/减少 X 万元 on those totals is checked against the table — never on a line 01 does not print.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordDocx as docx, wordPara as para, wordTable as table } from '../word-xml.js';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument, type ReviewResult } from '../../src/review/review.js';

const T01 = (lastSpending: string) => [
  para('收入支出决算总表'), para('单位：万元'),
  table([
    ['项目', '本年数', '上年数'],
    ['一般公共预算财政拨款收入', '1,234.56', '1,100.00'],
    ['事业收入', '100.00', '90.00'],
    ['其他收入', '15.44', '10.00'],
    ['本年收入合计', '1,350.00', '1,200.00'],
    ['年初结转和结余', '50.00', '40.00'],
    ['总计', '1,400.00', '1,240.00'],
    ['一、一般公共服务支出', '1,000.00', '900.00'],
    ['二、社会保障和就业支出', '350.00', lastSpending],
    ['本年支出合计', '1,350.00', '1,200.00'],
    ['年末结转和结余', '50.00', '40.00'],
  ]),
];

async function review(sentence: string, lastSpending = '300.00'): Promise<ReviewResult> {
  const file = join(mkdtempSync(join(tmpdir(), 'juesuan-lastyear-')), 'x.docx');
  writeFileSync(file, docx(
    para('某某局2025年度部门决算'), ...T01(lastSpending),
    para('第三部分 2025年度部门决算情况说明'), para('一、收入支出决算总体情况说明'), para(sentence),
  ));
  const read = await readReviewDocument(file);
  if (!read.ok) throw new Error('not read');
  return reviewDocument(read.document, undefined, { year: 2025 });
}
const on = (r: ReviewResult, actual: string) => r.lint.messages.filter((m) => m.actual === actual);

describe('01\'s 上年数 column as last year\'s totals', () => {
  it('收支总计 and its change stated as the table has them: checked, not unverified', async () => {
    const r = await review('2025年度收入、支出决算总计1,400.00万元，与上年相比，收、支总计各增加160.00万元，增长12.90%。');
    expect(r.tables.imported).toContain('公开01表');
    expect(on(r, '160.00')).toEqual([]);
    expect(on(r, '12.90')).toEqual([]);
  });

  it('a change the table does not have is an error', async () => {
    const r = await review('2025年度收入、支出决算总计1,400.00万元，与上年相比，收、支总计各增加150.00万元，增长12.10%。');
    expect(on(r, '150.00').map((m) => m.severity)).toContain(2);
  });

  it('本年收入合计\'s change checked against the column', async () => {
    const ok = await review('2025年度本年收入合计1,350.00万元，比上年增加150.00万元，增长12.50%。');
    expect(on(ok, '150.00')).toEqual([]);
    const wrong = await review('2025年度本年收入合计1,350.00万元，比上年增加140.00万元，增长11.57%。');
    expect(on(wrong, '140.00').map((m) => m.severity)).toContain(2);
  });

  it('where the column does not add up on its own, it is not taken: the change is unverified, never an error', async () => {
    const r = await review('2025年度本年收入合计1,350.00万元，比上年增加140.00万元，增长11.57%。', '310.00');
    expect(r.notes.some((n) => n.includes('“上年数”一栏没有作为上年决算导入'))).toBe(true);
    expect(r.lint.messages.filter((m) => m.severity === 2)).toEqual([]);
  });
});

describe('09\'s 上年决算数 column as last year\'s 三公经费', () => {
  const T09 = [
    para('财政拨款“三公”经费支出决算表'), para('单位：万元'),
    table([
      ['项目', '预算数', '决算数', '上年决算数'],
      ['合计', '12.00', '10.00', '11.00'],
      ['1.因公出国（境）费', '2.00', '1.00', '3.00'],
      ['2.公务用车购置及运行维护费', '6.00', '5.00', '5.00'],
      ['（1）公务用车购置费', '0.00', '0.00', '0.00'],
      ['（2）公务用车运行维护费', '6.00', '5.00', '5.00'],
      ['3.公务接待费', '4.00', '4.00', '3.00'],
    ]),
  ];
  async function review09(sentence: string): Promise<ReviewResult> {
    const file = join(mkdtempSync(join(tmpdir(), 'juesuan-lastyear-')), 'x.docx');
    writeFileSync(file, docx(
      para('某某局2025年度部门决算'), ...T09,
      para('第三部分 2025年度部门决算情况说明'), para('九、财政拨款“三公”经费支出决算情况说明'), para(sentence),
    ));
    const read = await readReviewDocument(file);
    if (!read.ok) throw new Error('not read');
    return reviewDocument(read.document, undefined, { year: 2025 });
  }

  it('the change of 三公经费 as the column has it: checked; another is an error', async () => {
    const ok = await review09('2025年度财政拨款“三公”经费支出决算为10.00万元，比上年减少1.00万元，下降9.09%。');
    expect(ok.notes.some((n) => n.includes('公开09表的“上年决算数”一栏作为上年决算的三公经费导入'))).toBe(true);
    expect(ok.lint.messages.filter((m) => m.actual === '1.00' || m.actual === '9.09')).toEqual([]);
    const wrong = await review09('2025年度财政拨款“三公”经费支出决算为10.00万元，比上年减少2.00万元，下降16.67%。');
    expect(wrong.lint.messages.filter((m) => m.actual === '2.00').map((m) => m.severity)).toContain(2);
  });
});


describe('a change whose clause names 支出 beside 收入 (blind 19Y §1): 01 knows last year\'s 政府性基金 收入, not its 支出', () => {
  const T01_FUND = [
    para('收入支出决算总表'), para('单位：万元'),
    table([
      ['项目', '本年数', '上年数'],
      ['一般公共预算财政拨款收入', '1,234.56', '1,100.00'],
      ['政府性基金预算财政拨款收入', '282.11', '433.21'],
      ['事业收入', '100.00', '90.00'],
      ['其他收入', '15.44', '10.00'],
      ['本年收入合计', '1,632.11', '1,633.21'],
      ['年初结转和结余', '50.00', '40.00'],
      ['总计', '1,682.11', '1,673.21'],
      ['一、一般公共服务支出', '1,000.00', '900.00'],
      ['二、社会保障和就业支出', '367.01', '379.39'],
      ['三、城乡社区支出', '265.10', '353.82'],
      ['本年支出合计', '1,632.11', '1,633.21'],
      ['年末结转和结余', '50.00', '40.00'],
    ]),
  ];
  async function reviewFund(change: string): Promise<ReviewResult> {
    const file = join(mkdtempSync(join(tmpdir(), 'juesuan-lastyear-')), 'x.docx');
    writeFileSync(file, docx(
      para('某某局2025年度部门决算'), ...T01_FUND,
      para('第三部分 2025年度部门决算情况说明'), para('七、政府性基金预算财政拨款收入支出决算情况说明'),
      para(`2025年度政府性基金预算财政拨款本年收入282.11万元，本年支出265.10万元，${change}。`),
    ));
    const read = await readReviewDocument(file);
    if (!read.ok) throw new Error('not read');
    return reviewDocument(read.document, undefined, { year: 2025 });
  }
  const errorsOf = (r: ReviewResult) => r.lint.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);

  it('支出比上年减少 88.72 万元，下降 25.07%: consistent for 支出 (265.10 + 88.72), no error — not 收入\'s change', async () => {
    const r = await reviewFund('支出比上年减少88.72万元，下降25.07%');
    expect(r.tables.imported).toContain('公开01表');
    expect(errorsOf(r)).toEqual([]);
  });

  it('支出…下降 23.92%: inconsistent with 支出 265.10, an error said of 支出', async () => {
    const r = await reviewFund('支出比上年减少88.72万元，下降23.92%');
    expect(errorsOf(r)).toEqual(['change-rate-inconsistent']);
    expect(r.lint.messages.find((m) => m.severity === 2)!.message).toContain('265.10');
  });

  it('收入比上年减少 151.10 万元 is checked against 01 (433.21); 收入比上年减少 88.72 万元 is an error', async () => {
    expect(errorsOf(await reviewFund('收入比上年减少151.10万元，下降34.88%'))).toEqual([]);
    expect(errorsOf(await reviewFund('收入比上年减少88.72万元，下降23.92%'))).toContain('change-mismatch');
  });

  it('比上年减少… with neither named: unverified, never an error', async () => {
    expect(errorsOf(await reviewFund('比上年减少88.72万元，下降25.07%'))).toEqual([]);
    expect(errorsOf(await reviewFund('比上年减少88.72万元，下降23.92%'))).toEqual([]);
  });
});
