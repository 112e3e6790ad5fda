/**
 * comparison-inconsistent: 决算数大于 / 小于 / 等于预算数 and 与预算数持平, where the
 * data holds no budget of the subject (review: the published tables hold no
 * opening budget of a 项), are judged by the budget and the actual the same
 * paragraph states — an error where the two figures leave no doubt, with no
 * fix (the word or a figure may be the slip). Where the data holds both,
 * comparison-mismatch judges the word (completion.test.ts).
 */
import { Decimal } from '../../../src/data/amount.js';
import { describe, expect, it } from 'vitest';
import { lintCase, mutateSeed, ruleTester } from './tester.js';

/** The seed with no opening budget for any 项: the text's own figures must decide. */
const NO_ITEM_BUDGETS = mutateSeed((a) => {
  a.openingBudget.gpb.items.clear();
  a.openingBudget.gpb.keys.clear();
});

const ITEM = (word: string, budget = '153.53', actual = '150.26', rate = '97.87') =>
  `3、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）机关服务（项）。年初预算为 ${budget} 万元，支出决算为 ${actual} 万元，完成年初预算的 ${rate}%。${word}`;

/** Three 项 the data does not know, each with its budget, its actual and its word, one clause each. */
const CLAUSES = (first: string, second: string, third: string) =>
  `档案管理（项）年初预算为780.00万元，支出决算为800.00万元，完成年初预算的102.56%，决算数${first}年初预算数的主要原因是人员变动；`
  + `其他档案事务（项）年初预算为70.00万元，支出决算为60.00万元，完成年初预算的85.71%，决算数${second}年初预算数的主要原因是人员变动；`
  + `档案保护（项）年初预算为60.00万元，支出决算为70.00万元，完成年初预算的116.67%，决算数${third}年初预算数的主要原因是人员变动。`;

/** 一般公共预算财政拨款支出 up on last year (4,000.00 → 4,211.05) and below its opening budget (4,791.75): the two comparisons disagree. */
const GPB_UP = mutateSeed((a) => {
  a.previous.gpbExpenditure = new Decimal('4000.00');
});

ruleTester({
  // 决算数大于 2023 年度决算数 compares with last year's actual, not with the budget (blind7 p96: --fix flipped a right 大于).
  'comparison-mismatch': {
    valid: [
      { code: '2024 年度一般公共预算财政拨款支出决算数大于 2023 年度决算数的主要情况：年中追加项目资金。', data: GPB_UP },
      { code: '一般公共预算财政拨款支出决算数大于上年决算数 211.05 万元。', data: GPB_UP, name: 'the amount after it is the difference from last year' },
      { code: '一般公共预算财政拨款支出决算数高于去年。', data: GPB_UP },
      { code: '一般公共预算财政拨款支出决算数小于年初预算数。', data: GPB_UP, name: 'the budget, where the words name it' },
      { code: '一般公共预算财政拨款支出决算数小于 2019 年度决算数。', data: GPB_UP, name: 'a year the data does not hold: judged by nothing' },
    ],
    invalid: [
      {
        code: '2024 年度一般公共预算财政拨款支出决算数小于 2023 年度决算数的主要情况：年中追加项目资金。', data: GPB_UP,
        errors: [{ ruleId: 'comparison-mismatch', actual: '小于', expected: '大于' }],
      },
      { code: '一般公共预算财政拨款支出决算数大于年初预算数。', data: GPB_UP, errors: [{ ruleId: 'comparison-mismatch', expected: '小于' }] },
    ],
  },
  'change-mismatch': {
    valid: [{ code: '一般公共预算财政拨款支出决算数小于年初预算数 580.70 万元。', data: GPB_UP, name: 'after 小于年初预算数: the difference from the budget' }],
    invalid: [
      {
        code: '一般公共预算财政拨款支出决算数大于上年决算数 221.05 万元。', data: GPB_UP, name: 'after 大于上年决算数: the difference from last year, not the budget',
        errors: [{ ruleId: 'change-mismatch', actual: '221.05', expected: '211.05' }],
      },
    ],
  },
  'comparison-inconsistent': {
    valid: [
      { code: ITEM('决算数小于年初预算数的主要原因是积极压缩开支。'), data: NO_ITEM_BUDGETS },
      { code: ITEM('决算数小于预算数的主要原因是积极压缩开支。'), data: NO_ITEM_BUDGETS, name: '预算数 alone: the budget the paragraph names' },
      { code: ITEM('决算数等于年初预算数。', '150.26', '150.26', '100'), data: NO_ITEM_BUDGETS },
      { code: ITEM('决算数与年初预算数持平。', '150.26', '150.26', '100'), data: NO_ITEM_BUDGETS },
      { code: ITEM('决算数大于年初预算数的主要原因是年中发放绩效奖。', '140.00', '150.26', '107.33'), data: NO_ITEM_BUDGETS },
      { code: ITEM('决算数小于年初预算数。', '150.26', '150.26', '100'), data: NO_ITEM_BUDGETS, name: 'equal as stated in 万元: 小于 may still hold in 元, no verdict' },
      { code: '“三公”经费支出全年预算为 49.7 万元，支出决算为 49.7 万元，与全年预算基本持平。', section: 'sanGong', name: 'the data holds the 三公 budget: judged against the data, not here' },
    ],
    invalid: [
      { code: ITEM('决算数大于年初预算数的主要原因是积极压缩开支。'), data: NO_ITEM_BUDGETS, errors: [{ ruleId: 'comparison-inconsistent', actual: '大于', line: 3, column: 90 }], name: 'planted slip 小于 → 大于' },
      { code: ITEM('决算数等于年初预算数的主要原因是积极压缩开支。'), data: NO_ITEM_BUDGETS, errors: [{ ruleId: 'comparison-inconsistent', actual: '等于' }], name: 'planted slip 小于 → 等于' },
      { code: ITEM('决算数与年初预算数持平。'), data: NO_ITEM_BUDGETS, errors: [{ ruleId: 'comparison-inconsistent', actual: '持平' }] },
      { code: ITEM('决算数小于年初预算数的主要原因是年中发放绩效奖。', '140.00', '150.26', '107.33'), data: NO_ITEM_BUDGETS, errors: [{ ruleId: 'comparison-inconsistent', actual: '小于' }] },
    ],
  },
}, { section: 'gpb' });

describe('决算数大于/小于年初预算数 in clauses of 项 the data does not know (blind 12R: 小于 judged by the third clause\'s figures)', () => {
  const errors = (code: string) => lintCase({ code, data: NO_ITEM_BUDGETS }, { section: 'gpb' }).filter((m) => m.severity === 2);
  it('each word is judged by its own clause\'s budget and actual', () => {
    expect(errors(CLAUSES('大于', '小于', '大于'))).toEqual([]);
  });
  it('a wrong word is caught against its own clause', () => {
    expect(errors(CLAUSES('大于', '大于', '大于')).map((m) => [m.ruleId, m.actual, m.expected, m.message])).toEqual([
      ['comparison-inconsistent', '大于', '小于', '“大于”与同段文字不符：决算数 60.00 万元小于年初预算数 70.00 万元，应为“小于”'],
    ]);
  });
  it('a word in the sentence after its 项\'s figures is judged by them (blind 8R d4: 小于 said of 180.57 against 178.64 was missed)', () => {
    const NEXT = (word: string) => `档案管理（项）：年初预算为 178.64 万元，支出决算为 180.57 万元，完成年初预算的 101.08%。决算数${word}年初预算数的主要原因是据实列支。`;
    expect(errors(NEXT('大于'))).toEqual([]);
    expect(errors(NEXT('小于')).map((m) => [m.ruleId, m.actual, m.expected])).toEqual([['comparison-inconsistent', '小于', '大于']]);
  });
  const RATES = (first: string, second: string, third: string) => CLAUSES('大于', '小于', '大于')
    .replace('102.56%', `${first}%`).replace('85.71%', `${second}%`).replace('116.67%', `${third}%`);
  it('each clause\'s completion rate is read with its own budget and actual, as when it stands alone (blind 12R §2a)', () => {
    expect(errors(RATES('102.56', '85.71', '116.67'))).toEqual([]);
    expect(errors(RATES('105.26', '85.71', '116.67')).map((m) => [m.ruleId, m.message])).toEqual([
      ['completion-rate-inconsistent', expect.stringContaining('800.00 ÷ 780.00 = 102.56%')],
    ]);
    expect(errors(RATES('102.56', '87.51', '116.67')).map((m) => [m.ruleId, m.message])).toEqual([
      ['completion-rate-inconsistent', expect.stringContaining('60.00 ÷ 70.00 = 85.71%')],
    ]);
  });
  it('each clause\'s figures are checked (verified) by its own clause, none left unverified', () => {
    const all = lintCase({ code: RATES('102.56', '85.71', '116.67'), data: NO_ITEM_BUDGETS }, { section: 'gpb' });
    expect(all.filter((m) => m.ruleId === 'unverified-figure')).toEqual([]);
  });
});

/**
 * A direction word with no figure right after 较上年 / 比上年 (其他收入 6.50 万元，占 0.80%，较上年增长。) says which way the
 * subject moved: where the data's change is 0, or goes the other way, it is wrong (blind 9L M1: 持平 changed to 增长 went
 * unseen). No fix: 持平 is another construction, and a word of a sentence the writer may mean otherwise. Words in a reason
 * (主要原因是…人员减少) and words followed by their figure are read as before.
 */
const BASIC_FLAT = mutateSeed((a) => {
  a.previous.expenditure.basic = new Decimal('3153.47');
});
ruleTester({
  'direction-mismatch': {
    valid: [
      { code: '基本支出 3,153.47 万元，占 72.66%，较上年减少。', section: 'expenditure' },
      { code: '基本支出 3,153.47 万元，占 72.66%，较上年持平。', section: 'expenditure', data: BASIC_FLAT },
      { code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 7.83%，主要原因是人员增加、公用经费减少。', section: 'expenditure', name: 'words in a reason' },
      { code: '基本支出 3,153.47 万元，占 72.66%，比重较上年增加。', section: 'expenditure', data: BASIC_FLAT, name: 'the share’s word, not the amount’s' },
      { code: '基本支出 3,153.47 万元，占 72.66%，较上年提高。', section: 'expenditure', data: BASIC_FLAT, name: '提高 may speak of the share' },
    ],
    invalid: [
      {
        code: '基本支出 3,153.47 万元，占 72.66%，较上年增长。', section: 'expenditure', data: BASIC_FLAT, name: 'blind 9L M1: no change, said as growth',
        errors: [{ ruleId: 'direction-mismatch', actual: '增长', message: /与上年相同/u }],
      },
      {
        code: '基本支出 3,153.47 万元，占 72.66%，较上年增加。', section: 'expenditure', name: 'the other way',
        errors: [{ ruleId: 'direction-mismatch', actual: '增加', message: /减少/u }],
      },
    ],
  },
}, { section: 'expenditure' });
