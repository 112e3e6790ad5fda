/**
 * Habits of wording verified where the words pin the figure (blind 15L §6):
 * - 超年初预算 X% / 超出预算 X% / 超过全年预算 X 万元: the actual over the budget — the rate is the completion rate less
 *   100% (the change against the budget), the amount the difference; under the budget, 超 is wrong (低于).
 * - 超支 X 万元 / 超支 X%: the same, the word naming its base (the budget) itself; under the budget, 节约.
 * - 为上年的 X% / 是上年决算数的 X%: this year's figure over last year's (100% plus the change rate).
 * - 较上年减 X 万元 / 同比增 X%: a verb of one character after a base of last year, its direction checked like 减少/增加.
 * Seed: 行政运行（项） 年初预算 1,796.83, 决算 1,861.14 (103.58%); 机关服务（项） 153.53 → 150.26; 收支总计 4,340.16
 * against last year's 4,694.00 (92.46%, −7.54%).
 */
import { ruleTester } from './tester.js';

const ITEM = '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，';
const UNDER = '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）机关服务（项）。年初预算为 153.53 万元，支出决算为 150.26 万元，';

ruleTester({
  'change-rate-mismatch': {
    valid: [
      { code: `${ITEM}超年初预算 3.58%。`, name: '103.58% − 100%' },
      { code: `${ITEM}超出预算 3.58%，主要是年中发放绩效奖。`, name: '超出 with the budget unnamed: the only one the item has' },
      { code: `${ITEM}完成年初预算的 103.58%，超年初预算 3.58%。` },
      { code: `${ITEM}超支 3.58%。`, name: '超支: against the budget, no base named' },
      { code: `${ITEM}完成年初预算的 103.58%，超支 3.58%。` },
    ],
    invalid: [
      { code: `${ITEM}超年初预算 3.85%。`, errors: [{ ruleId: 'change-rate-mismatch', actual: '3.85', expected: '3.58' }] },
      { code: `${ITEM}超支 3.85%。`, errors: [{ ruleId: 'change-rate-mismatch', actual: '3.85', expected: '3.58' }] },
      { code: `${ITEM}超出年初预算 103.58%。`, name: 'the completion rate written as the excess', errors: [{ ruleId: 'change-rate-mismatch', expected: '3.58' }] },
    ],
  },
  'change-mismatch': {
    valid: [{ code: `${ITEM}超出年初预算 64.31 万元。` }, { code: `${ITEM}超支 64.31 万元。` }, { code: `${ITEM}超支了 64.31 万元。` }],
    invalid: [
      { code: `${ITEM}超过年初预算 46.31 万元。`, errors: [{ ruleId: 'change-mismatch', actual: '46.31', expected: '64.31' }] },
      { code: `${ITEM}超支 46.31 万元。`, errors: [{ ruleId: 'change-mismatch', actual: '46.31', expected: '64.31' }] },
    ],
  },
  'direction-mismatch': {
    valid: [
      { code: '收支总计较上年减 353.84 万元，下降 7.54%。', section: 'overall' },
      { code: '收支总计比 2023 年度减 353.84 万元，同比减 7.54%。', section: 'overall' },
    ],
    invalid: [
      { code: `${UNDER}超年初预算 2.13%。`, name: 'spent under the budget: not 超 but 低于', errors: [{ ruleId: 'direction-mismatch', actual: '超', expected: '低于' }] },
      { code: `${UNDER}超支 3.27 万元。`, name: 'spent under the budget: not 超支 but 节约', errors: [{ ruleId: 'direction-mismatch', actual: '超支', expected: '节约' }] },
      { code: `${UNDER}超支 2.13%。`, errors: [{ ruleId: 'direction-mismatch', actual: '超支', expected: '节约' }] },
      { code: '收支总计较上年增 353.84 万元，下降 7.54%。', section: 'overall', errors: [{ ruleId: 'direction-mismatch', actual: '增', expected: '减' }] },
      { code: '收支总计较上年增 353.84 万元。', section: 'overall', errors: [{ ruleId: 'direction-mismatch', actual: '增', expected: '减' }] },
      { code: '收支总计比 2023 年度减 353.84 万元，同比增 7.54%。', section: 'overall', errors: [{ ruleId: 'direction-mismatch', actual: '增', expected: '减' }] },
    ],
  },
  'figure-mismatch': {
    valid: [
      { code: '2024 年度财政拨款收、支总计均为 4,340.16 万元，为上年的 92.46%。', section: 'fiscal' },
      { code: '2024 年度基本支出 3,153.47 万元，为上年决算数的 92.17%。', section: 'expenditure' },
    ],
    invalid: [
      { code: '2024 年度财政拨款收、支总计均为 4,340.16 万元，为上年的 94.26%。', section: 'fiscal', errors: [{ ruleId: 'figure-mismatch', actual: '94.26', expected: '92.46' }] },
      { code: '2024 年度基本支出 3,153.47 万元，是上年的 92.71%。', section: 'expenditure', errors: [{ ruleId: 'figure-mismatch', actual: '92.71', expected: '92.17' }] },
    ],
  },
  // 超支 of a subject the data holds no budget of (基本支出), or of two budgets the paragraph names: no guess.
  'unverified-figure': {
    valid: [{ code: '“三公”经费全年预算数 49.70 万元，支出决算 49.70 万元，未超支。', section: 'sanGong', name: '超支 with no figure after it' }],
    invalid: [
      { code: '2024 年度基本支出 3,153.47 万元，超支 12.5 万元。', section: 'expenditure', errors: [{ ruleId: 'unverified-figure', actual: '12.5' }] },
      {
        code: '“三公”经费全年预算数 49.70 万元，年初预算数 40 万元，支出决算 49.70 万元，超支 9.7 万元。', section: 'sanGong',
        errors: [{ ruleId: 'unverified-figure', actual: '40' }, { ruleId: 'unverified-figure', actual: '9.7', message: /数据中没有“三公”经费的年初预算/u }],
      },
    ],
  },
}, { section: 'gpb' });
