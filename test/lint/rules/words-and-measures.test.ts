/**
 * Blind test 15L §4, §6: rates in Chinese numerals (百分之十八点五) are rates; measures (3.2 万平方米) are no
 * amounts; a ratio to last year (为上年的 X%) is verified as one, not read as a figure of last year the data lacks.
 */
import { ruleTester } from './tester.js';

ruleTester({
  'change-rate-mismatch': {
    valid: [
      { code: '基本支出较上年减少267.94万元，下降百分之七点八三。' },
      { code: '基本支出较上年下降百分之七点八，减少267.94万元。', name: 'to one decimal' },
    ],
    invalid: [
      {
        code: '基本支出较上年减少267.94万元，下降百分之八点三。', name: 'fixed in Chinese numerals',
        errors: [{ ruleId: 'change-rate-mismatch', actual: '八点三', expected: '七点八' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [
      { code: '基本支出3,153.47万元，较上年下降7.83%。' },
      // 3,153.47 ÷ 3,421.41: verified as this year's over last year's (over-budget-and-ratio.test.ts has its errors).
      { code: '基本支出3,153.47万元，为上年的92.17%。', name: 'a ratio to last year: verified' },
    ],
    invalid: [],
  },
}, { section: 'expenditure' });

ruleTester({
  'unverified-figure': {
    valid: [
      { code: '截至2024年12月31日，本部门共有房屋面积3.2万平方米，车辆20辆。', name: 'an area: no amount' },
      { code: '本部门共有房屋1.5万平米、道路12公里。' },
    ],
    invalid: [],
  },
}, { section: 'assets' });
