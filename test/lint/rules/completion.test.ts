/**
 * Actual against budget: completion-rate-mismatch (完成年初预算的 X%, 完成预算的,
 * 为年初预算的, 完成全年预算 X% with no 的, 预算执行率) and comparison-mismatch
 * (决算数大于 / 小于 / 等于 预算数).
 */
import { Decimal } from '../../../src/data/amount.js';
import { seedAccounts } from '../../helpers.js';
import { describe, expect, it } from 'vitest';
import { lintCase, ruleTester } from './tester.js';

/** 公务接待费: full-year budget 10, opening budget 12.32, actual 12.32. */
const RECEPTION_BUDGETS = (() => {
  const accounts = seedAccounts();
  accounts.t09.budget.reception = new Decimal(10);
  accounts.openingBudget.sanGong.reception = new Decimal('12.32');
  return accounts;
})();

const ITEM_PATH = '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）';
const ITEM_TABLE = (rate: string) => `## 五、一般公共预算财政拨款支出决算情况说明

| 科目 | 年初预算（万元） | 支出决算（万元） | 完成率 |
| --- | --- | --- | --- |
| 行政运行（项） | 1,796.83 | 1,861.14 | ${rate} |
| 一般行政管理事务（项） | 1,723.70 | 1,057.57 | 61.35% |
`;
const SAN_GONG_TABLE = (rate: string) => `## 九、财政拨款“三公”经费支出决算情况说明

| 项目 | 全年预算数（万元） | 决算数（万元） | 完成率 |
| --- | --- | --- | --- |
| 合计 | 49.70 | 49.70 | 100% |
| 因公出国（境）费 | 20.14 | 20.14 | ${rate} |
| 公务接待费 | 12.32 | 12.32 | 100% |
`;

ruleTester({
  'completion-rate-mismatch': {
    valid: [
      { code: '2024 年度一般公共预算财政拨款支出年初预算为 4,791.75 万元，支出决算为 4,211.05 万元，完成年初预算的 87.88%。' },
      { code: '一般公共预算财政拨款支出年初预算为 4,791.75 万元，支出决算为 4,211.05 万元，完成预算的 87.88%。' },
      { code: '一般公共预算财政拨款支出年初预算为 4,791.75 万元，支出决算为 4,211.05 万元，完成年初预算的 87.9%。' },
      { code: '一般公共预算财政拨款支出决算为 4,211.05 万元，为年初预算的 87.88%。' },
      { code: '一般公共预算财政拨款支出决算数为年初预算数的 87.88%。', name: '决算数为…预算数的: one phrase, not an actual (决算数为) and a rate unread' },
      { code: '“三公”经费决算数为全年预算数的 100%，与全年预算持平。', section: 'sanGong' },
      { code: '一般公共预算财政拨款支出完成年初预算 87.88%。', name: '完成年初预算 without 的' },
      { code: `${ITEM_PATH}。年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。决算数大于年初预算数的主要原因是年中发放绩效奖。` },
      { code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。' },
      { code: '行政运行（项）：年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%，决算数大于年初预算数。' },
      { code: '行政运行（项）年初预算为 17,968,300 元，支出决算为 18,611,400 元，完成年初预算的 103.58%。' },
      { code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 104%。' },
      { code: '行政运行年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。', name: 'the 项 name alone' },
      { code: '“行政运行”年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。' },
      { code: '行政运行（项）完成年初预算的 103.58%，年初预算为 1,796.83 万元，支出决算为 1,861.14 万元。', name: 'rate first' },
      { code: '社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为 223.74 万元，支出决算为 226.2 万元，完成年初预算的 101.1%。' },
      { code: '一般公共预算财政拨款支出年初预算为 4,791.75 万元，支出决算为 4,211.05 万元，完成年初预算的 87.88%。其中：\n\n1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。', name: 'a list of 项 after 其中：' },
      { code: '城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项）。年初预算为 280 万元，支出决算为 129.11 万元，完成年初预算的 46.11%。', section: 'govFund' },
      { code: '2024 年度财政拨款“三公”经费支出全年预算为 49.7 万元，支出决算为 49.7 万元，完成全年预算的 100%。', section: 'sanGong' },
      { code: '“三公”经费财政拨款支出全年预算为 49.70 万元，支出决算为 49.70 万元，完成预算的 100%。', section: 'sanGong' },
      { code: '“三公”经费财政拨款支出全年预算为 49.70 万元，支出决算为 49.70 万元，完成全年预算100%。', section: 'sanGong', name: '完成全年预算100% (no 的)' },
      { code: '“三公”经费财政拨款支出全年预算为 49.70 万元，支出决算为 49.70 万元，完成预算100%。', section: 'sanGong' },
      { code: '“三公”经费支出决算为 49.7 万元，完成全年预算的 100.00%，决算数等于预算数。', section: 'sanGong' },
      { code: '因公出国（境）费全年预算为 20.14 万元，支出决算为 20.14 万元，完成全年预算的 100%。', section: 'sanGong' },
      { code: '公务用车购置及运行维护费全年预算为 17.24 万元，支出决算为 17.24 万元，完成全年预算的 100%。', section: 'sanGong' },
      { code: '公务接待费全年预算为 12.32 万元，支出决算为 12.32 万元，完成全年预算的 100%。', section: 'sanGong' },
      { code: '办公室业务运行项目自评得分为95.8分。全年预算数为1,760.7万元,执行数为1,021.11万元,完成预算的57.99%。', section: 'performance' },
      { code: '老干、党建、保密、精神文明建设等活动项目全年预算数为 90 万元，执行数为 36 万元，完成预算的 40%。', section: 'performance' },
      { code: '办公室业务运行项目全年预算数为 1,760.7 万元，执行数为 1,021.11 万元，预算执行率为 57.99%。', section: 'performance' },
      { code: '行政运行（项）支出决算为 1,861.14 万元，完成年初预算 1,796.83 万元的 103.58%。', name: 'the budget inside the completion phrase (GD-CZT23)' },
      { code: '“三公”经费财政拨款支出决算为 49.7 万元，完成全年预算 49.7 万元的 100%。', section: 'sanGong' },
      { code: '一般公共预算财政拨款支出决算为 4,211.05 万元，为年初预算 4,791.75 万元的 87.88%。', name: 'blind 9L N3: 为年初预算 Y 万元的 Z%' },
      { code: '“三公”经费财政拨款支出决算 49.70 万元，为全年预算 49.70 万元的 100%。', section: 'sanGong', name: '为全年预算 Y 万元的 Z%' },
      { markdown: ITEM_TABLE('103.58%'), name: 'GFM table: 科目 | 年初预算 | 支出决算 | 完成率' },
      { markdown: SAN_GONG_TABLE('100%'), name: 'GFM table: 三公 全年预算数 | 决算数 | 完成率' },
    ],
    invalid: [
      { code: '一般公共预算财政拨款支出年初预算为 4,791.75 万元，支出决算为 4,211.05 万元，完成年初预算的 88.78%。', errors: [{ ruleId: 'completion-rate-mismatch', expected: '87.88', actual: '88.78', line: 3, column: 57 }] },
      { code: '一般公共预算财政拨款支出决算为 4,211.05 万元，为年初预算的 78.88%。', errors: [{ ruleId: 'completion-rate-mismatch', expected: '87.88' }] },
      { code: '一般公共预算财政拨款支出决算数为年初预算数的 78.88%。', errors: [{ ruleId: 'completion-rate-mismatch', expected: '87.88' }] },
      { code: '“三公”经费决算数为全年预算数的 92.19%。', section: 'sanGong', errors: [{ ruleId: 'completion-rate-mismatch', expected: '100.00' }] },
      { code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 105.38%。', errors: [{ ruleId: 'completion-rate-mismatch', expected: '103.58', column: 52 }] },
      { code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 96.55%。', errors: [{ ruleId: 'completion-rate-mismatch', expected: '103.58' }], name: 'budget over actual (inverted ratio)' },
      { code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算100%。', errors: [{ ruleId: 'completion-rate-mismatch', expected: '104' }], name: '完成年初预算100% of a budget exceeded (GS-TS17)' },
      { code: '城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项）。年初预算为 280 万元，支出决算为 129.11 万元，完成年初预算的 41.16%。', section: 'govFund', errors: [{ ruleId: 'completion-rate-mismatch', expected: '46.11' }] },
      { code: '行政运行（项）支出决算为 1,861.14 万元，完成年初预算 1,796.83 万元的 105.38%。', errors: [{ ruleId: 'completion-rate-mismatch', expected: '103.58', column: 46 }] },
      { code: '一般公共预算财政拨款支出决算为 4,211.05 万元，为年初预算 4,791.75 万元的 78.88%。', errors: [{ ruleId: 'completion-rate-mismatch', expected: '87.88', actual: '78.88' }] },
      { code: '“三公”经费财政拨款支出全年预算为 49.70 万元，支出决算为 49.70 万元，完成全年预算的 99%。', section: 'sanGong', errors: [{ ruleId: 'completion-rate-mismatch', expected: '100', column: 51 }] },
      { code: '办公室业务运行项目全年预算数为1,760.7万元,执行数为1,021.11万元,完成预算的59.99%。', section: 'performance', errors: [{ ruleId: 'completion-rate-mismatch', expected: '57.99', column: 46 }] },
      { markdown: ITEM_TABLE('105.38%'), errors: [{ ruleId: 'completion-rate-mismatch', expected: '103.58', line: 5, column: 35 }] },
      { markdown: SAN_GONG_TABLE('90%'), errors: [{ ruleId: 'completion-rate-mismatch', expected: '100', line: 6 }] },
    ],
  },

  'comparison-mismatch': {
    valid: [
      // Found by the metamorphic suite (two sentences joined by ；): the first budget named after 大于 is the one compared.
      { code: '公务接待费全年预算为 10 万元，支出决算为 12.32 万元，决算数大于全年预算数，完成全年预算的 123.2%；年初预算为 12.32 万元，完成年初预算的 100%。', section: 'sanGong', data: RECEPTION_BUDGETS, name: '大于全年预算数 is not re-read as the opening budget named later in the sentence' },
      { code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。决算数大于年初预算数的主要原因是年中发放绩效奖。' },
      { code: '行政运行（项）决算数大于年初预算数，年初预算为 1,796.83 万元，支出决算为 1,861.14 万元。' },
      { code: '机关服务（项）年初预算为 153.53 万元，支出决算为 150.26 万元，完成年初预算的 97.87%。决算数小于年初预算数的主要原因是积极压缩开支。' },
      { code: '机关服务（项）年初预算为 153.53 万元，支出决算为 150.26 万元，完成年初预算的 97.87%。决算数小于预算数的主要原因是积极压缩开支。', name: '预算数 without 年初' },
      { code: '2024 年度一般公共预算财政拨款支出年初预算为 4,791.75 万元，支出决算为 4,211.05 万元，完成年初预算的 87.88%。决算数小于年初预算数的主要原因是积极响应“过紧日子”的号召，在保障重点工作的同时，积极压缩开支。' },
      { code: '“三公”经费支出决算为 49.7 万元，完成全年预算的 100.00%，决算数等于预算数。', section: 'sanGong' },
      { code: '公务用车购置费全年预算为 0 万元，支出决算为 0 万元，决算数等于预算数。', section: 'sanGong' },
    ],
    invalid: [
      { code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。决算数小于年初预算数的主要原因是年中发放绩效奖。', errors: [{ ruleId: 'comparison-mismatch', expected: '大于', actual: '小于', line: 3, column: 63 }] },
      { code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。决算数等于年初预算数。', errors: [{ ruleId: 'comparison-mismatch', expected: '大于', actual: '等于' }] },
      { code: '机关服务（项）年初预算为 153.53 万元，支出决算为 150.26 万元，完成年初预算的 97.87%。决算数大于年初预算数的主要原因是积极压缩开支。', errors: [{ ruleId: 'comparison-mismatch', expected: '小于', column: 58 }] },
      { code: '一般公共预算财政拨款支出年初预算为 4,791.75 万元，支出决算为 4,211.05 万元。决算数大于年初预算数。', errors: [{ ruleId: 'comparison-mismatch', expected: '小于' }] },
      { code: '“三公”经费支出决算为 49.7 万元，决算数大于预算数。', section: 'sanGong', errors: [{ ruleId: 'comparison-mismatch', expected: '等于', column: 24 }] },
      { code: '公务接待费全年预算为 12.32 万元，支出决算为 12.32 万元，决算数小于预算数。', section: 'sanGong', errors: [{ ruleId: 'comparison-mismatch', expected: '等于' }] },
    ],
  },
}, { section: 'gpb' });

/** A table that puts its 合计 row first: the rows below it say whose 合计 it is (blind round 4, a 三公 table). */
const SAN_GONG_TOTAL_FIRST = (total: string) => `## 九、财政拨款“三公”经费支出决算情况说明

| 项目 | 全年预算数（万元） | 决算数（万元） | 完成预算（%） |
| --- | ---: | ---: | ---: |
| 合计 | 49.70 | ${total} | 100.00 |
| 因公出国（境）费 | 20.14 | 20.14 | 100.00 |
| 公务用车购置及运行维护费 | 17.24 | 17.24 | 100.00 |
| 其中：公务用车运行维护费 | 17.24 | 17.24 | 100.00 |
| 公务接待费 | 12.32 | 12.32 | 100.00 |
`;

ruleTester({
  'amount-mismatch': {
    valid: [
      { markdown: SAN_GONG_TOTAL_FIRST('49.70'), name: '合计 first, a 其中 row under one of its parts' },
    ],
    invalid: [
      {
        markdown: SAN_GONG_TOTAL_FIRST('48.70'), name: 'the slip is the 合计\'s amount, not the rate beside it',
        errors: [{ ruleId: 'amount-mismatch', expected: '49.70', actual: '48.70', line: 5, column: 16 }],
      },
    ],
  },
}, { section: 'sanGong' });

/**
 * A 三公 table that breaks 公务用车购置及运行维护费 into its two rows in its stead (blind 14L §4c, c m14): each row a part
 * or a part of a part of “三公”经费, every part stated — the 合计 row below them is “三公”经费's, an error fixed.
 * Without the 公务接待费 row the rows cover no whole: the 合计 is no fact's.
 */
const SAN_GONG_LEAVES = (total: string, reception = true) => `## 九、财政拨款“三公”经费支出决算情况说明

| 项目 | 全年预算（万元） | 决算（万元） | 完成率 |
| --- | ---: | ---: | ---: |
| 因公出国（境）费 | 20.14 | 20.14 | 100.00% |
| 公务用车购置费 | 0.00 | 0.00 | — |
| 公务用车运行维护费 | 17.24 | 17.24 | 100.00% |
${reception ? '| 公务接待费 | 12.32 | 12.32 | 100.00% |\n' : ''}| 合计 | 49.70 | ${total} | 100.00% |
`;

ruleTester({
  'amount-mismatch': {
    valid: [{ markdown: SAN_GONG_LEAVES('49.70') }],
    invalid: [
      {
        markdown: SAN_GONG_LEAVES('47.90'), name: 'the message names the row: “三公”经费合计, not 合计 alone',
        errors: [{ ruleId: 'amount-mismatch', expected: '49.70', actual: '47.90', line: 9, message: /“三公”经费合计决算数为 49\.70 万元/u }],
      },
    ],
  },
  'completion-rate-inconsistent': {
    valid: [{ markdown: SAN_GONG_LEAVES('49.70') }],
    invalid: [
      {
        markdown: SAN_GONG_LEAVES('47.90', false), name: 'the rows cover no whole: the 合计 is no fact, only its arithmetic',
        errors: [{ ruleId: 'completion-rate-inconsistent', actual: '47.90' }],
      },
    ],
  },
}, { section: 'sanGong' });

/**
 * 年初预算 and 全年预算 are different figures, both ways (blind 9L B8): where the data holds only
 * 公开09表's 全年预算 of “三公”经费 (the seed has no 三公 年初预算), a 年初预算 that differs from it
 * and the completion rate of that budget are unverified, naming that the data has no 年初预算 and what
 * the 全年预算 is — never checked against the 全年预算 and “fixed” to it.
 */
ruleTester({
  'unverified-figure': {
    valid: [
      { code: '“三公”经费财政拨款支出全年预算为 49.70 万元，支出决算为 49.70 万元，完成全年预算的 100%。' },
      { code: '2024 年度“三公”经费财政拨款支出决算 49.70 万元，年初预算 49.70 万元，完成年初预算的 100%。', name: 'a 年初预算 that is the 全年预算: nothing to report' },
    ],
    invalid: [
      {
        code: '2024 年度“三公”经费财政拨款支出决算 49.70 万元，年初预算 52.00 万元，完成年初预算的 95.58%。', name: 'blind 9L B8: 年初预算 the data lacks, consistent in itself',
        errors: [
          { ruleId: 'unverified-figure', actual: '52.00', message: /数据中没有“三公”经费的年初预算，全年预算为 49\.70 万元/u },
          { ruleId: 'unverified-figure', actual: '95.58', message: /数据中没有“三公”经费的年初预算，全年预算为 49\.70 万元/u },
        ],
      },
      {
        code: '2024 年度“三公”经费财政拨款支出决算 49.70 万元，完成年初预算的 95.00%。', name: 'the rate alone',
        errors: [{ ruleId: 'unverified-figure', actual: '95.00', message: /年初预算/u }],
      },
      {
        code: '一般公共预算财政拨款支出全年预算为 4,432.68 万元，支出决算为 4,211.05 万元，完成全年预算的 95.00%。', section: 'gpb',
        name: 'blind 9L §6: a 全年预算 the data lacks, consistent with the rate: not verified by the text’s own arithmetic',
        errors: [
          { ruleId: 'unverified-figure', actual: '4,432.68', message: /没有一般公共预算财政拨款支出的全年预算，年初预算为 4,791\.75 万元/u },
          { ruleId: 'unverified-figure', actual: '95.00', message: /按年初预算算为 87\.88%/u },
        ],
      },
      {
        code: '公务接待费支出决算 12.32 万元，年初预算 13.00 万元，完成年初预算的 94.77%。', name: 'an item of 三公 the same way',
        errors: [{ ruleId: 'unverified-figure', actual: '13.00' }, { ruleId: 'unverified-figure', actual: '94.77' }],
      },
    ],
  },
}, { section: 'sanGong' });

describe('a table\'s 完成年初预算 column beside a 调整预算 column (blind 12L: rates checked against the 调整预算 cell and --fixed)', () => {
  const table = (rate: string) => `## 五、一般公共预算财政拨款支出决算情况说明

| 科目 | 年初预算（万元） | 调整预算（万元） | 决算数（万元） | 完成年初预算 |
| --- | --- | --- | --- | --- |
| 行政运行（项） | 1,796.83 | 1,850.00 | 1,861.14 | ${rate} |
`;
  const errors = (rate: string) => lintCase({ markdown: table(rate) }, { section: 'gpb' }).filter((m) => m.severity === 2).map((m) => [m.ruleId, m.expected]);
  it('the rate against the budget the header names', () => expect(errors('103.58%')).toEqual([]));
  it('a wrong rate against it too', () => expect(errors('100.60%')).toEqual([['completion-rate-mismatch', '103.58']]));
});
