/**
 * 05 printing 年初预算数 | 调整预算数 before 小计 | 基本支出 | 项目支出 (blind 12R d1, blind 9R D13/D14): where
 * 05 is reliable and the column adds up on its own, review knows each 项's opening budget from it, so
 * Part 3's 年初预算为 X 万元 and 完成年初预算的 Y% are checked against the table, not only against each other.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordDocx as docx, wordPara as para, wordTable as table } from '../word-xml.js';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument, type ReviewResult } from '../../src/review/review.js';

const T05 = (opening: string) => [
  para('一般公共预算财政拨款支出决算表'), para('单位：万元'),
  table([
    ['科目编码', '科目名称', '年初预算数', '调整预算数', '小计', '基本支出', '项目支出'],
    ['', '合计', '900.00', '950.00', '960.00', '800.00', '160.00'],
    ['201', '一般公共服务支出', '900.00', '950.00', '960.00', '800.00', '160.00'],
    ['20103', '政府办公厅（室）及相关机构事务', '900.00', '950.00', '960.00', '800.00', '160.00'],
    ['2010301', '行政运行', opening, '790.00', '800.00', '800.00', '0.00'],
    ['2010302', '一般行政管理事务', '120.00', '160.00', '160.00', '0.00', '160.00'],
  ]),
];

async function review(sentence: string, opening = '780.00'): Promise<ReviewResult> {
  const file = join(mkdtempSync(join(tmpdir(), 'juesuan-budget-')), 'x.docx');
  writeFileSync(file, docx(
    para('某某局2025年度部门决算'), ...T05(opening),
    para('第三部分 2025年度部门决算情况说明'), para('五、一般公共预算财政拨款支出决算情况说明'), para(sentence),
  ));
  const read = await readReviewDocument(file);
  if (!read.ok) throw new Error('not read');
  return reviewDocument(read.document, undefined, { year: 2025 });
}
const on = (r: ReviewResult, actual: string) => r.lint.messages.filter((m) => m.actual === actual);

describe('05\'s 年初预算数 column as the opening budget', () => {
  it('a 项\'s 年初预算 and completion stated as the table has them: checked, not unverified', async () => {
    const r = await review('行政运行（项）年初预算为780.00万元，支出决算为800.00万元，完成年初预算的102.56%。');
    expect(r.tables.imported).toContain('公开05表');
    expect(on(r, '780.00')).toEqual([]);
    expect(on(r, '102.56')).toEqual([]);
  });

  it('a 年初预算 the table does not have is an error, though the sentence agrees with itself', async () => {
    const r = await review('行政运行（项）年初预算为790.00万元，支出决算为800.00万元，完成年初预算的101.27%。');
    expect(on(r, '790.00').map((m) => m.severity)).toEqual([2]);
  });

  it('where the column does not add up on its own, it is not taken: the sentence is judged by itself alone, never an error', async () => {
    const r = await review('行政运行（项）年初预算为790.00万元，支出决算为800.00万元，完成年初预算的101.27%。', '770.00');
    expect(r.notes.some((n) => n.includes('“年初预算数”一栏') && n.includes('没有作为年初预算导入'))).toBe(true);
    expect(r.lint.messages.filter((m) => m.severity === 2)).toEqual([]);
  });
});
