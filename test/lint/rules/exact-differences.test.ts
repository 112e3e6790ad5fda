/**
 * A change is the difference of two published figures. Where both are figures of the data itself with no more
 * decimals than the change is written with, the writer subtracts them as published and the difference is exact:
 * a cent off it is an error, not a rounding (blind 17L §4a, §4c, §5). The rounding tolerance stays where the
 * inputs really are rounded: data with more decimals than the text, a text that writes fewer decimals, a sum of
 * lines (docs/lint.md). A change rate's bounds count the base's rounding once (current ÷ base − 1), and an amount
 * published as 0 or more never stands below 0: a fall of more than 100% is impossible (blind 17L §4d).
 */
import { Decimal } from '../../../src/data/amount.js';
import { seedWith } from '../../helpers.js';
import { mutateSeed, ruleTester } from './tester.js';

/** 上年基本支出 with a third decimal: 3,153.47 − 3,421.414 = −267.944, which the text's 267.95 may round from the inputs. */
const PREVIOUS_WITH_MORE_DECIMALS = mutateSeed((a) => {
  a.previous.expenditure.basic = new Decimal('3421.414');
});
/** 项目支出 new this year: last year 0, this year 1,186.68. */
const NEW_PROJECTS = seedWith('    项目支出: 1,272.60', '    项目支出: 0');
/** 其他收入 13.36 last year, none this year: a fall of exactly 100%. */
const OTHER_INCOME_GONE = seedWith('    其他收入: 0\n', '    其他收入: 13.36\n');

ruleTester({
  'change-mismatch': {
    valid: [
      { code: '基本支出较上年减少 267.94 万元，下降 7.83%。' },
      { code: '基本支出较上年减少 267.9 万元，下降 7.8%。', name: 'a change written to fewer decimals than its inputs: rounded' },
      { code: '基本支出较上年减少 267.95 万元。', data: PREVIOUS_WITH_MORE_DECIMALS, name: 'an input with more decimals than the text: within its rounding' },
      { code: '基本支出较上年减少 267.94 万元。', data: PREVIOUS_WITH_MORE_DECIMALS },
      { code: '项目支出 1,186.68 万元，比上年增加 1,186.68 万元（上年无此项）。', data: NEW_PROJECTS },
      { code: '机关运行经费支出 377.88 万元，比年初预算数减少 25.60 万元，下降 6.34%。', section: 'office' },
      { code: '本年支出合计比上年减少 353.86 万元。', section: 'expenditure', name: 'last year\u2019s total a sum of its lines, each published to 0.01: ±0.01 stays' },
    ],
    invalid: [
      { code: '基本支出较上年减少 267.93 万元，下降 7.83%。', errors: [{ ruleId: 'change-mismatch', expected: '267.94' }], name: 'a cent off the difference of two published figures' },
      { code: '基本支出较上年减少 267.96 万元。', data: PREVIOUS_WITH_MORE_DECIMALS, errors: [{ ruleId: 'change-mismatch', expected: '267.94' }] },
      {
        code: '基本支出 3,153.47 万元，较上年减少 267.95 万元，下降 7.83%。', errors: [{ ruleId: 'change-mismatch', expected: '267.94', column: 24 }],
        name: 'the rate agrees with the data, the change does not: the error is on the change, never on the rate',
      },
      {
        code: '机关运行经费支出 377.88 万元，比年初预算数减少 25.61 万元，下降 6.34%。', section: 'office',
        errors: [{ ruleId: 'change-mismatch', expected: '25.60' }], name: 'against the opening budget (blind 17L §5)',
      },
      {
        code: '项目支出 1,186.68 万元，比上年增加 1,186.67 万元（上年无此项）。', data: NEW_PROJECTS,
        errors: [{ ruleId: 'change-mismatch', expected: '1,186.68' }], name: 'from a zero base the change is the current figure, exactly (blind 17L §4c)',
      },
    ],
  },

  'change-rate-mismatch': {
    valid: [
      { code: '其他收入 0 万元，比上年减少 13.36 万元，下降 100%。', data: OTHER_INCOME_GONE, section: 'income' },
      { code: '其他收入 0.00 万元，比上年减少 13.36 万元，降低 100.00%。', data: OTHER_INCOME_GONE, section: 'income' },
    ],
    invalid: [
      {
        code: '其他收入 0.00 万元，比上年减少 13.36 万元，降低 100.01%。', data: OTHER_INCOME_GONE, section: 'income',
        errors: [{ ruleId: 'change-rate-mismatch', expected: '100.00' }], name: 'no amount of 0 or more falls by more than 100%',
      },
      {
        code: '其他收入 0.00 万元，比上年减少 13.36 万元，降低 99.90%。', data: OTHER_INCOME_GONE, section: 'income',
        errors: [{ ruleId: 'change-rate-mismatch', expected: '100.00' }], name: '0.00 of 13.36 is a fall of 99.96%–100%: 99.90% is outside it',
      },
    ],
  },
}, { section: 'expenditure' });
