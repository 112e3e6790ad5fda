/**
 * A completion rate whose sentence (or table row) writes its budget and its actual as the data has them is held to
 * those two figures to the last unit: the data's rounding may allow a wide range (0.02 ÷ 0.02 is anything from 60%
 * to 166%), but the reader has 0.02 and 0.02, which give 100%. Off by a unit it is unverified, never verified; and
 * 持平 beside a rate that is not 100% contradicts the paragraph itself (blind 17L §4e).
 */
import { Decimal } from '../../../src/data/amount.js';
import { mutateSeed, ruleTester } from './tester.js';

/** 公务接待费 0.02 budgeted, 0.02 spent (and the totals moved to match). */
const TINY_RECEPTION = mutateSeed((a) => {
  const two = new Decimal('0.02');
  a.t09.budget.total = a.t09.budget.total.minus(a.t09.budget.reception).plus(two);
  a.t09.actual.total = a.t09.actual.total.minus(a.t09.actual.reception).plus(two);
  a.t09.budget.reception = two;
  a.t09.actual.reception = two;
});

const RECEPTION_ROW = (rate: string) => `## 九、财政拨款“三公”经费支出决算情况说明

| 项目 | 全年预算数（万元） | 决算数（万元） | 完成全年预算的比例 |
| --- | ---: | ---: | ---: |
| 公务接待费 | 0.02 | 0.02 | ${rate} |
`;

ruleTester({
  'unverified-figure': {
    valid: [
      { code: '公务接待费全年预算为 0.02 万元，支出决算为 0.02 万元，完成全年预算的 100%。', data: TINY_RECEPTION },
      { markdown: RECEPTION_ROW('100%'), data: TINY_RECEPTION },
      { code: '公务接待费支出决算为 0.02 万元，完成全年预算的 99%。', data: TINY_RECEPTION, name: 'the budget not written: the data\u2019s rounding allows 99%' },
      { code: '“三公”经费财政拨款支出全年预算为 49.70 万元，支出决算为 49.70 万元，完成全年预算的 100%。' },
    ],
    invalid: [
      {
        code: '公务接待费全年预算为 0.02 万元，支出决算为 0.02 万元，完成全年预算的 99%。', data: TINY_RECEPTION,
        errors: [{ ruleId: 'unverified-figure', severity: 1, message: /0\.02 ÷ 0\.02 = 100\.00%/u }],
      },
      {
        code: '公务接待费全年预算为 0.02 万元，支出决算为 0.02 万元，完成全年预算的 101%。', data: TINY_RECEPTION,
        errors: [{ ruleId: 'unverified-figure', severity: 1 }],
      },
      { markdown: RECEPTION_ROW('99%'), data: TINY_RECEPTION, errors: [{ ruleId: 'unverified-figure', severity: 1, line: 5 }], name: 'a table row writes both figures too' },
      {
        code: '“三公”经费财政拨款支出全年预算为 49.70 万元，支出决算为 49.70 万元，完成全年预算的 99.99%。', section: 'sanGong',
        errors: [{ ruleId: 'unverified-figure', severity: 1 }], name: 'one unit off what the written figures give, however small the rounding',
      },
    ],
  },

  'completion-rate-inconsistent': {
    valid: [
      { code: '公务接待费全年预算为 0.02 万元，支出决算为 0.02 万元，完成全年预算的 100%。决算数与全年预算数持平。', data: TINY_RECEPTION },
      { code: '“三公”经费财政拨款支出全年预算为 49.70 万元，支出决算为 49.70 万元，完成全年预算的 100.00%，与全年预算持平。' },
    ],
    invalid: [
      {
        code: '公务接待费全年预算为 0.02 万元，支出决算为 0.02 万元，完成全年预算的 99.9%。决算数与全年预算数持平。', data: TINY_RECEPTION,
        errors: [{ ruleId: 'completion-rate-inconsistent', severity: 2, actual: '99.9' }], name: '持平 and 99.9% in one paragraph: the data has the two equal, so the rate is the slip',
      },
      {
        code: '“三公”经费财政拨款支出全年预算为 49.70 万元，支出决算为 49.70 万元，完成全年预算的 99.99%，与全年预算持平。',
        errors: [{ ruleId: 'completion-rate-inconsistent', severity: 2, expected: '100.00' }],
      },
    ],
  },
}, { section: 'sanGong' });
