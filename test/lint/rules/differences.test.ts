/**
 * A difference stated as an amount after a comparison with a budget or the
 * previous year (小于年初预算数 X 万元, 比年初预算少 X 万元, 较预算节约 X 万元):
 * X is the difference, checked as one — never the budget itself.
 */
import { ruleTester } from './tester.js';

ruleTester({
  'change-mismatch': {
    valid: [
      { code: '行政运行（项）支出决算为 1,861.14 万元，大于年初预算数 64.31 万元。' },
      { code: '行政运行（项）决算数大于年初预算数 64.31 万元，主要原因是年中发放绩效奖。' },
      { code: '行政运行（项）支出决算为 1,861.14 万元，比年初预算多 64.31 万元。' },
      { code: '行政运行（项）支出决算为 1,861.14 万元，超出年初预算 64.31 万元。' },
      { code: '一般行政管理事务（项）支出决算为 1,057.57 万元，比年初预算少 666.13 万元。' },
      { code: '一般行政管理事务（项）支出决算为 1,057.57 万元，较年初预算节约 666.13 万元。' },
      { code: '一般行政管理事务（项）支出决算为 1,057.57 万元，小于年初预算数 666.13 万元。' },
      { code: '一般行政管理事务（项）支出决算为 1,057.57 万元，比年初预算减少 666.13 万元。' },
      { code: '一般行政管理事务（项）支出决算为 1,057.57 万元，比年初预算数 1,723.7 万元减少 666.13 万元。', name: 'the budget stated inline, then the difference' },
      { code: '一般行政管理事务（项）支出决算为 1,057.57 万元，较年初预算数 1,723.70 万元减少 666.13 万元，完成年初预算的 61.35%。', name: '…and the completion after it' },
    ],
    invalid: [
      { code: '一般行政管理事务（项）支出决算为 1,057.57 万元，比年初预算少 66.13 万元。', errors: [{ ruleId: 'change-mismatch', expected: '666.13' }] },
      { code: '一般行政管理事务（项）支出决算为 1,057.57 万元，小于年初预算数 666.31 万元。', errors: [{ ruleId: 'change-mismatch', expected: '666.13' }] },
      { code: '行政运行（项）决算数大于年初预算数 46.31 万元。', errors: [{ ruleId: 'change-mismatch', expected: '64.31' }] },
      { code: '一般行政管理事务（项）支出决算为 1,057.57 万元，较年初预算数 1,723.70 万元减少 666.31 万元，完成年初预算的 61.35%。', errors: [{ ruleId: 'change-mismatch', expected: '666.13' }] },
    ],
  },
  'direction-mismatch': {
    valid: [{ code: '行政运行（项）支出决算为 1,861.14 万元，比年初预算多 64.31 万元。' }],
    invalid: [
      { code: '一般行政管理事务（项）支出决算为 1,057.57 万元，比年初预算多 666.13 万元。', errors: [{ ruleId: 'direction-mismatch', expected: '少' }] },
    ],
  },
}, { section: 'gpb' });

// 机关运行经费 has no completion, only its change against the opening budget: the budget stated inline
// before the direction word (比年初预算 403.48 万元减少 25.6 万元) is that change's base.
ruleTester({
  'budget-mismatch': {
    valid: [
      { code: '机关运行经费支出 377.88 万元，比年初预算 403.48 万元减少 25.6 万元，下降 6.34%。' },
      { code: '机关运行经费支出 377.88 万元，较年初预算数 403.48 万元减少 25.60 万元。' },
    ],
    invalid: [
      { code: '机关运行经费支出 377.88 万元，比年初预算数 430.48 万元减少 25.6 万元。', errors: [{ ruleId: 'budget-mismatch', actual: '430.48', expected: '403.48' }] },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '机关运行经费年初预算为 403.48 万元，支出 377.88 万元。', name: 'the opening budget stated on its own' }],
    invalid: [
      {
        code: '机关运行经费支出 377.88 万元，比全年预算 403.48 万元减少 25.6 万元。', name: 'a full-year budget the data does not hold: not the opening one',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '403.48' }, { ruleId: 'unverified-figure', severity: 1, actual: '25.6' }],
      },
    ],
  },
}, { section: 'office' });
