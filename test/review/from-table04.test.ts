/**
 * A figure is verified against any reliable table that holds exactly that fact (blind 13R §9): where 05 (07, 08)
 * is not judged against — absent, unread, unreliable — and 04 is, 05's 合计 小计 and each class's are 04's
 * 一般公共预算财政拨款 column by the identity t05-matches-t04 (07's 本年支出小计 the 政府性基金预算 column). What 04
 * does not print (基本支出, 项目支出, the 项) stays unverified, never an error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordDocx as docx, wordPara as para, wordTable as table } from '../word-xml.js';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument, type ReviewResult } from '../../src/review/review.js';

const T04 = [
  para('财政拨款收入支出决算总表'), para('单位：万元'),
  table([
    ['收入', '', '支出', '', '', ''],
    ['项目', '决算数', '项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款'],
    ['一、一般公共预算财政拨款', '30.00', '一、一般公共服务支出', '40.00', '30.00', '10.00'],
    ['二、政府性基金预算财政拨款', '10.00', '', '', '', ''],
    ['本年收入合计', '40.00', '本年支出合计', '40.00', '30.00', '10.00'],
    ['总计', '40.00', '总计', '40.00', '30.00', '10.00'],
  ]),
];

async function review(...sentences: string[]): Promise<ReviewResult> {
  const file = join(mkdtempSync(join(tmpdir(), 'juesuan-t04-')), 'x.docx');
  writeFileSync(file, docx(
    para('某某局2025年度部门决算'), ...T04,
    para('第三部分 2025年度部门决算情况说明'), para('五、一般公共预算财政拨款支出决算情况说明'), ...sentences.map((s) => para(s)),
  ));
  const read = await readReviewDocument(file);
  if (!read.ok) throw new Error('not read');
  return reviewDocument(read.document, undefined, { year: 2025 });
}
const on = (r: ReviewResult, actual: string) => r.lint.messages.filter((m) => m.actual === actual);

describe('05 not in the document, 04 reliable: 05\'s totals are 04\'s', () => {
  it('一般公共预算财政拨款支出 as 04 has it: checked, not unverified', async () => {
    const r = await review('2025年度一般公共预算财政拨款支出30.00万元。');
    expect(r.tables.imported).toContain('公开04表');
    expect(r.tables.imported).not.toContain('公开05表');
    expect(on(r, '30.00')).toEqual([]);
  });

  it('one 04 does not have is an error', async () => {
    const r = await review('2025年度一般公共预算财政拨款支出35.00万元。');
    expect(on(r, '35.00').map((m) => m.severity)).toEqual([2]);
  });

  it('a class as 04 has it in its 一般公共预算 column: checked', async () => {
    const r = await review('2025年度一般公共预算财政拨款支出30.00万元，主要用于一般公共服务支出（类）30.00万元。');
    expect(r.lint.messages.filter((m) => m.severity === 2)).toEqual([]);
  });

  it('what 04 does not print (基本支出, a 项) stays unverified, never an error', async () => {
    const r = await review('2025年度一般公共预算财政拨款基本支出25.00万元。', '行政运行（项）20.00万元。');
    expect(r.lint.messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(on(r, '25.00').length).toBe(1);
    expect(on(r, '25.00')[0]!.ruleId).toBe('unverified-figure');
  });
});

describe('a figure one cent off what 04 prints of 05 (putuo-czj: 05 prints 326.72 where 04 prints 326.71 — tables rounded each on its own)', () => {
  it('a class one cent off: unverified, never an error', async () => {
    const r = await review('2025年度一般公共预算财政拨款支出30.00万元，主要用于一般公共服务支出（类）30.01万元。');
    expect(r.lint.messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(on(r, '30.01').map((m) => m.ruleId)).toEqual(['unverified-figure']);
  });

  it('the total one cent off: unverified too', async () => {
    const r = await review('2025年度一般公共预算财政拨款支出29.99万元。');
    expect(r.lint.messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(on(r, '29.99').map((m) => m.ruleId)).toEqual(['unverified-figure']);
  });

  it('two cents off is an error, as any figure 04 gives', async () => {
    const r = await review('2025年度一般公共预算财政拨款支出30.00万元，主要用于一般公共服务支出（类）30.02万元。');
    expect(on(r, '30.02').map((m) => m.severity)).toEqual([2]);
  });
});
