/**
 * A table inside Part 3 as a PDF gives it (blind 13R d6, 12R d4): a header line of column words, then one line per
 * row, cells one space apart. Its cells are read under their headers as a GFM table's are: a cell is checked when
 * its row's name pins one fact and its header one measure (the header's unit respected); a wrong cell is an
 * error with a fix; lines that make no table stay paragraphs.
 */
import { ruleTester } from './tester.js';

const INCOME_HEADER = '项目 本年决算数（万元） 上年决算数（万元） 增减额 增减率(%) 占比';
const SPENDING_HEADER = '项目 金额（万元） 占比';

ruleTester({
  'amount-mismatch': {
    valid: [
      { code: `${INCOME_HEADER}\n\n财政拨款收入 4,340.16 4,694.00 -353.84 -7.54 100.00%\n\n合计 4,340.16 4,694.00 -353.84 -7.54 100%`, section: 'income', name: 'every column of a summary table' },
      { code: `${SPENDING_HEADER}\n\n基本支出 3,153.47 72.66%\n\n项目支出 1,186.68 27.34%`, section: 'expenditure' },
      { code: '项目 金额（元） 占比\n\n基本支出 31,534,700.00 72.66%', section: 'expenditure', name: 'the header\'s unit: 元' },
    ],
    invalid: [
      {
        code: `${SPENDING_HEADER}\n\n基本支出 3,135.47 72.66%\n\n项目支出 1,186.68 27.34%`, section: 'expenditure',
        errors: [{ ruleId: 'amount-mismatch', actual: '3,135.47', expected: '3,153.47' }],
      },
      {
        code: `${INCOME_HEADER}\n\n财政拨款收入 4,340.16 4,649.00 -353.84 -7.54 100.00%`, section: 'income',
        name: 'last year\'s column',
        errors: [{ ruleId: 'amount-mismatch', actual: '4,649.00', expected: '4,694.00' }],
      },
    ],
  },
  'share-mismatch': {
    valid: [{ code: `${SPENDING_HEADER}\n\n基本支出 3,153.47 72.66%`, section: 'expenditure' }],
    invalid: [
      {
        code: `${SPENDING_HEADER}\n\n基本支出 3,153.47 72.66%\n\n项目支出 1,186.68 72.34%`, section: 'expenditure',
        errors: [{ ruleId: 'share-mismatch', actual: '72.34', expected: '27.34' }],
      },
    ],
  },
  'change-rate-mismatch': {
    valid: [{ code: `${INCOME_HEADER}\n\n财政拨款收入 4,340.16 4,694.00 -353.84 -7.54 100.00%`, section: 'income' }],
    invalid: [
      {
        code: `${INCOME_HEADER}\n\n财政拨款收入 4,340.16 4,694.00 -353.84 -7.45 100.00%`, section: 'income',
        errors: [{ ruleId: 'change-rate-mismatch', actual: '7.45', expected: '7.54' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '项目 金额（万元） 占比\n\n本部门本年度支出情况如下。', section: 'expenditure', name: 'a header line with no rows: a paragraph' }],
    invalid: [
      {
        code: `${SPENDING_HEADER}\n\n其他支出 5.00 1.00%`, section: 'expenditure',
        name: 'a row name the data does not hold: never an error',
        errors: [{ ruleId: 'unverified-figure', actual: '5.00' }, { ruleId: 'unverified-figure', actual: '1.00' }],
      },
      {
        code: '项目 金额（万元） 占比\n\n基本支出 3,135.47 万元 72.66%', section: 'expenditure',
        name: 'a line with words among its figures makes no table: read as prose (the name pins the amount; a bare % is no share)',
        errors: [{ ruleId: 'amount-mismatch', actual: '3,135.47' }, { ruleId: 'unverified-figure', actual: '72.66' }],
      },
    ],
  },
}, { section: 'expenditure' });
