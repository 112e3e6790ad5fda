/**
 * A 类's or 款's completion where the data gives opening budgets per 项 only: its budget is the sum of the budgets
 * of the 项 under it (facts/catalog.ts subjectCompletions) — budget-mismatch, completion-rate-mismatch and
 * comparison-mismatch as for a 项; unverified where a 项 under it has no budget in the data, or where the listed
 * 项 do not add up to the scope's stated total.
 * Seed: 社会保障和就业支出（类） = 行政事业单位养老支出（款）: 项 budgets 272.25 + 9.79 + 223.74 + 134.86 = 640.64,
 * actual 665.34 (103.86%); 一般公共服务支出（类）: 1,796.83 + 1,723.70 + 153.53 + 165.71 = 3,839.77, actual 3,218.84 (83.83%).
 */
import { seedWith } from '../../helpers.js';
import { ruleTester } from './tester.js';

const SOCIAL = '社会保障和就业支出（类）';
const PENSIONS = '社会保障和就业支出（类）行政事业单位养老支出（款）';
const GENERAL = '一般公共服务支出（类）';

/** 2080502 事业单位离退休 with no opening budget in the data (the scope's total still stated). */
const NO_ITEM_BUDGET = seedWith('      2080502 事业单位离退休: 9.79\n', '');
/** A 项 budgeted (10) that 公开05表 leaves out, nothing spent: 一般公共服务支出（类）'s budget is 3,849.77. */
const BUDGET_ONLY_ITEM = seedWith('    合计: 4,791.75\n    科目:\n', '    合计: 4,801.75\n    科目:\n      2010399 其他政府办公厅（室）及相关机构事务支出: 10\n');
/** The scope's total 10 over its listed 项: some 项 is not listed, under which subject is not known. */
const UNLISTED_ITEM = seedWith('    合计: 4,791.75\n', '    合计: 4,801.75\n');

ruleTester({
  'completion-rate-mismatch': {
    valid: [
      { code: `${SOCIAL}年初预算为 640.64 万元，支出决算为 665.34 万元，完成年初预算的 103.86%。决算数大于年初预算数的主要原因是新增退休人员。` },
      { code: `${PENSIONS}年初预算为 640.64 万元，支出决算为 665.34 万元，完成年初预算的 103.86%。`, name: 'a 款: the sum of its 项' },
      { code: `${GENERAL}年初预算为 3,839.77 万元，支出决算为 3,218.84 万元，完成年初预算的 83.83%。` },
      { code: `${GENERAL}年初预算为 3,849.77 万元，支出决算为 3,218.84 万元，完成年初预算的 83.61%。`, data: BUDGET_ONLY_ITEM, name: 'a budgeted 项 the table leaves out counts in its 类' },
    ],
    invalid: [
      {
        code: `${SOCIAL}年初预算为 640.64 万元，支出决算为 665.34 万元，完成年初预算的 103.68%。`,
        errors: [{ ruleId: 'completion-rate-mismatch', actual: '103.68', expected: '103.86' }],
      },
      {
        code: `${GENERAL}年初预算为 3,839.77 万元，支出决算为 3,218.84 万元，完成年初预算的 83.61%。`,
        name: 'without the budgeted 项 left out of the table',
        errors: [{ ruleId: 'completion-rate-mismatch', actual: '83.61', expected: '83.83' }],
      },
    ],
  },
  'budget-mismatch': {
    valid: [{ code: `${SOCIAL}年初预算为 640.64 万元，支出决算为 665.34 万元。` }],
    invalid: [
      {
        code: `${SOCIAL}年初预算为 650.64 万元，支出决算为 665.34 万元，完成年初预算的 102.26%。`,
        name: 'budget and rate agree with each other, not with the data',
        errors: [
          { ruleId: 'budget-mismatch', actual: '650.64', expected: '640.64', message: /272\.25 \+ 9\.79 \+ 223\.74 \+ 134\.86 = 640\.64/u },
          { ruleId: 'completion-rate-mismatch', actual: '102.26', expected: '103.86' },
        ],
      },
      {
        code: `${PENSIONS}年初预算为 604.64 万元，支出决算为 665.34 万元，完成年初预算的 103.86%。`,
        errors: [{ ruleId: 'budget-mismatch', actual: '604.64', expected: '640.64' }],
      },
    ],
  },
  'comparison-mismatch': {
    valid: [{ code: `${GENERAL}年初预算为 3,839.77 万元，支出决算为 3,218.84 万元，决算数小于年初预算数。` }],
    invalid: [{
      code: `${GENERAL}年初预算为 3,839.77 万元，支出决算为 3,218.84 万元，完成年初预算的 83.83%，决算数大于年初预算数。`,
      errors: [{ ruleId: 'comparison-mismatch', actual: '大于', expected: '小于' }],
    }],
  },
  // With a 项's budget unknown the 类's is too: its figures are judged only by each other, as a 项's are.
  'completion-rate-inconsistent': {
    valid: [
      { code: `${SOCIAL}年初预算为 650.64 万元，支出决算为 665.34 万元，完成年初预算的 102.26%。`, data: NO_ITEM_BUDGET, name: 'a 项 under it has no budget in the data: never the sum of the rest' },
      { code: `${SOCIAL}年初预算为 650.64 万元，支出决算为 665.34 万元，完成年初预算的 102.26%。`, data: UNLISTED_ITEM, name: 'the listed 项 fall short of the stated total' },
    ],
    invalid: [{
      code: `${SOCIAL}年初预算为 650.64 万元，支出决算为 665.34 万元，完成年初预算的 103.86%。`, data: NO_ITEM_BUDGET,
      errors: [{ ruleId: 'completion-rate-inconsistent', message: /665\.34 ÷ 650\.64 = 102\.26%，文中写的是 103\.86%/u }],
    }],
  },
  'unverified-figure': {
    valid: [{ code: `${SOCIAL}年初预算为 640.64 万元。` }],
    invalid: [
      {
        code: `${SOCIAL}年初预算为 650.64 万元。`, data: NO_ITEM_BUDGET,
        errors: [{ ruleId: 'unverified-figure', actual: '650.64', message: /事业单位离退休（2080502）年初预算数/u }],
      },
      {
        code: `${SOCIAL}年初预算为 650.64 万元。`, data: UNLISTED_ITEM,
        errors: [{ ruleId: 'unverified-figure', actual: '650.64', message: /所列各项年初预算数之和与合计不符/u }],
      },
    ],
  },
}, { section: 'gpb' });
