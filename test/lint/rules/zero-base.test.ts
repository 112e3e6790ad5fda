/**
 * zero-base-rate: a rate over a zero base has no value. 增长 100% from a
 * previous year of 0 (FJ-QZ22) or 完成年初预算的 100% of a zero budget is an
 * error. 完成预算的 0% where nothing was budgeted and nothing spent (AH-HF23,
 * YN-XD-WL22, SH-PT-ENV25, 普陀区财政局 2024), and 增长 0% of 0, say "nothing"
 * in a common way: a warning that the rate cannot be computed, not an error.
 */
import { seedWith } from '../../helpers.js';
import { ruleTester } from './tester.js';

/** 项目支出 had no previous year: 0 → 1,186.68 万元. */
const NEW_SPENDING = seedWith('    项目支出: 1,272.60', '    项目支出: 0');
/** 机关服务（项） had no opening budget. */
const NO_BUDGET = seedWith('      2010303 机关服务: 153.53', '      2010303 机关服务: 0');

/** 其他收入 0 this year, 0.13 万元 last year. */
const ZERO_OTHER_INCOME = seedWith('    其他收入: 0\n  支出:', '    其他收入: 0.13\n  支出:');
/** 三公 opening budgets, where 因公出国（境）费 had none. */
const NO_ABROAD_OPENING = seedWith('  政府性基金预算财政拨款支出:\n    科目:', '  三公经费:\n    因公出国（境）费: 0\n  政府性基金预算财政拨款支出:\n    科目:');

ruleTester({
  'zero-base-rate': {
    valid: [
      { code: '项目支出 1,186.68 万元，较上年增加 1,186.68 万元。', data: NEW_SPENDING },
      { code: '项目支出 1,186.68 万元，较上年增加 1,186.68 万元，上年无该项支出，增长率无可比性。', data: NEW_SPENDING },
      { code: '机关服务（项）年初预算为 0 万元，支出决算为 150.26 万元。决算数大于年初预算数的主要原因是年中追加。', section: 'gpb', data: NO_BUDGET },
      { code: '机关服务（项）年初预算为 0，支出决算为 150.26 万元。', section: 'gpb', data: NO_BUDGET, name: 'a budget with no unit (SH-PT-SQ25)' },
      { code: '公务用车购置费全年预算为 0 万元，支出决算为 0 万元。', section: 'sanGong' },
      { code: '公务用车购置费支出决算为 0 万元，完成预算的--%(基数为0,不可比)。', section: 'sanGong' },
      { code: '上缴上级支出 0 万元，与上年持平。' },
      // Found by the random-accounts round trip: a current 0 written round leaves last year at 0 ± 0.5.
      { code: '其他收入 0 万元。与 2023 年度相比，减少 0.13 万元，下降 100%。', section: 'income', data: ZERO_OTHER_INCOME, name: 'a round 0 after a decrease: last year was the decrease, not 0' },
      // The draft's own zero-base wording: 上年为 0 is last year's figure, checked against the data.
      { code: '项目支出 1,186.68 万元，较上年增加 1,186.68 万元，上年为 0，增减率不可比。', data: NEW_SPENDING, name: '上年为 0 (the draft\'s wording) is verified' },
      { code: '因公出国（境）费全年预算为 20.14 万元，支出决算为 20.14 万元，完成全年预算的 100%。年初预算为 0 万元，年初未安排预算。', section: 'sanGong', data: NO_ABROAD_OPENING, name: 'a full-year completion is not read against the opening budget stated after it' },
    ],
    invalid: [
      { code: '项目支出 1,186.68 万元，较上年增加 1,186.68 万元，增长 100%。', data: NEW_SPENDING, errors: [{ ruleId: 'zero-base-rate', line: 3 }], name: '增长 100% from a zero base (FJ-QZ22)' },
      { code: '项目支出较上年增加 1,186.68 万元，增长 100.00%。', data: NEW_SPENDING, errors: ['zero-base-rate'] },
      { code: '项目支出较上年增长 100%。', data: NEW_SPENDING, errors: ['zero-base-rate'] },
      { code: '机关服务（项）年初预算为 0 万元，支出决算为 150.26 万元，完成年初预算的 100%。', section: 'gpb', data: NO_BUDGET, errors: ['zero-base-rate'] },
      { code: '因公出国（境）费全年预算为 20.14 万元，支出决算为 20.14 万元，完成全年预算的 100%；公务用车购置费全年预算为 0 万元，支出决算为 0 万元，完成全年预算的 0%。', section: 'sanGong', errors: [{ ruleId: 'zero-base-rate', severity: 1, line: 3 }], name: '完成预算的 0% of a zero budget, nothing spent: a warning' },
      { code: '公务用车购置费支出决算为 0.00 万元，完成预算的 0.00%。', section: 'sanGong', errors: [{ ruleId: 'zero-base-rate', severity: 1 }] },
      { code: '上级补助收入 0 万元，较上年增长 0%。', section: 'income', errors: [{ ruleId: 'zero-base-rate', severity: 1 }] },
      { code: '上缴上级支出 0 万元，较上年减少 0.00 万元，下降 0.00%。', errors: [{ ruleId: 'zero-base-rate', severity: 1 }], name: 'YN-XD-WL22: 减少0.00元,下降0.00%' },
      { code: '上缴上级支出 0 万元，比上年增加 0 万元，增长 0%。', errors: [{ ruleId: 'zero-base-rate', severity: 1 }], name: 'GX-WZ-23: 增加 0.00 万元，增长 0%' },
    ],
  },
  'amount-mismatch': {
    valid: [{ code: '项目支出 1,186.68 万元，较上年增加 1,186.68 万元，上年为 0，增减率不可比。', data: NEW_SPENDING }],
    invalid: [
      { code: '项目支出 1,186.68 万元，较上年增加 1,186.68 万元，上年为 7，增减率不可比。', data: NEW_SPENDING, errors: ['amount-mismatch'], name: '上年为 X is last year\'s figure: a wrong one is flagged' },
    ],
  },
}, { section: 'expenditure' });
