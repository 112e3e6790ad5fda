/**
 * A data name at the end of a longer name the data does not hold is not that name (blind test 8L §1.1, §1.3):
 * 水体污染防治项目支出, 科技攻关项目支出 are projects of the writer's own, not 项目支出 (公开03表's total); 外宾公务接待费
 * is the foreign guests' part of 公务接待费; 一般行政管理事务项目支出 is that 项's project spending. Such a figure is
 * unverified, naming the longer name — never checked, never fixed, against the shorter one.
 * A leading word (其中, 主要用于, 本年度, 其余为) makes no longer name: the data's name is still checked.
 * 外宾公务接待费 / 外事公务接待费 is the foreign-affairs reception cost, 0 where the data says none was held.
 */
import { parseAccounts } from '../../../src/data/load.js';
import { seedText, seedWith } from '../../helpers.js';
import { ruleTester } from './tester.js';

/** The seed with 经营收入 312.58 this year and 280.00 the year before, 事业收入 100.00 and 80.00. */
const OWN_INCOME = parseAccounts(seedText()
  .replace('    事业收入:\n    经营收入:\n', '    事业收入: 100.00\n    经营收入: 312.58\n')
  .replace('    财政拨款收入: 4,340.16\n  科目:\n', '    财政拨款收入: 4,340.16\n    事业收入: 100.00\n    经营收入: 312.58\n  科目:\n')
  .replace('    事业收入: 0\n    经营收入: 0\n', '    事业收入: 80.00\n    经营收入: 280.00\n'), 'variant.yaml').accounts;

ruleTester({
  'unverified-figure': {
    valid: [{ code: '本年支出合计 4,340.16 万元，其中：基本支出 3,153.47 万元；其余为项目支出 1,186.68 万元。', name: 'a leading word before the name: still the name' }],
    invalid: [
      {
        code: '项目支出 1,186.68 万元，占 27.34%。其中，水体污染防治项目支出 1,000.00 万元。', name: 'a project of its own, in a sentence after 项目支出',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1,000.00', message: /水体污染防治项目支出/u }],
      },
      {
        code: '项目支出 1,186.68 万元，主要是科技攻关项目支出增加，增幅 5%。', name: 'a project\'s rise in the reason: not 项目支出\'s',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '5' }],
      },
      {
        code: '一般行政管理事务项目支出 1,000.00 万元。', section: 'gpb', name: 'a 项\'s project spending: not 项目支出, not the 项',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1,000.00', message: /一般行政管理事务项目支出/u }],
      },
      {
        code: '公务接待费 12.32 万元，其中外宾公务接待费 0.5 万元。', section: 'sanGong', data: seedWith('      外事批次: 0\n', '      外事批次: 2\n'),
        name: 'receptions of foreign guests held: their cost is not in the data',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0.5' }],
      },
      // blind 9L B4: any data name, income as well as spending, at the end of a longer name is the writer's own item.
      {
        code: '经营收入增加32.58万元，增长11.64%，主要是停车场经营收入增加12.30万元。', section: 'income', data: OWN_INCOME,
        name: 'a car park\'s business income in the reason: not 经营收入\'s change',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '12.30' }],
      },
      {
        code: '事业收入增加20.00万元，增长25.00%，主要原因是培训事业收入增加15.00万元。', section: 'income', data: OWN_INCOME,
        name: 'training income inside 主要原因是',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '15.00' }],
      },
      {
        code: '经营收入312.58万元，其中停车场经营收入200.00万元。', section: 'income', data: OWN_INCOME,
        name: 'after 其中, a longer income name is a part of the writer\'s own',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '200.00', message: /停车场经营收入/u }],
      },
    ],
  },
  'change-mismatch': {
    valid: [
      { code: '经营收入增加32.58万元，增长11.64%，主要是经营收入增加。', section: 'income', data: OWN_INCOME },
      { code: '2024年度，聊城市人民政府办公室经营收入增加32.58万元，增长11.64%。', section: 'income', data: OWN_INCOME, name: 'the department\'s name before the data\'s name: still the data\'s' },
    ],
    invalid: [
      {
        code: '经营收入增加32.58万元，增长11.64%，主要是经营收入增加12.30万元。', section: 'income', data: OWN_INCOME,
        name: 'the data\'s name itself in the reason: still 经营收入\'s change',
        errors: [{ ruleId: 'change-mismatch', expected: '32.58' }],
      },
      {
        code: '经营收入增加32.58万元，增长11.64%，主要原因是本年经营收入增加12.30万元。', section: 'income', data: OWN_INCOME,
        name: 'a leading word (本年) makes no longer name',
        errors: [{ ruleId: 'change-mismatch', expected: '32.58' }],
      },
    ],
  },
  'amount-mismatch': {
    valid: [
      { code: '公务接待费 12.32 万元，其中外宾公务接待费 0 万元。', section: 'sanGong', name: '外宾公务接待费 0 where no foreign-affairs reception was held' },
    ],
    invalid: [
      { code: '本年支出合计 4,340.16 万元，其中项目支出 1,000.00 万元。', name: 'after 其中 the data\'s name is still the name', errors: [{ ruleId: 'amount-mismatch', expected: '1,186.68' }] },
      { code: '本年度项目支出 1,000.00 万元。', name: 'after 本年度 likewise', errors: [{ ruleId: 'amount-mismatch', expected: '1,186.68' }] },
      {
        code: '公务接待费 12.32 万元，其中外宾公务接待费 1.2 万元。', section: 'sanGong', name: 'none held: 外宾公务接待费 is 0, never 公务接待费\'s 12.32',
        errors: [{ ruleId: 'amount-mismatch', expected: '0', actual: '1.2' }],
      },
    ],
  },
}, { section: 'expenditure' });

/**
 * Blind 13L §1b, §5: a 款 whose name ends with a 项's (行政事业单位医疗 and its 事业单位医疗) is the 款 — the longest
 * name wins — checked against 公开05表's 款 row (seed 21011: 113.60 of 4,211.05, 2.70%; 20805: 665.34, 15.80%),
 * never bound to the 项 and --fixed to its figure (26.29).
 */
ruleTester({
  'amount-mismatch': {
    valid: [
      { code: '卫生健康支出（类）行政事业单位医疗（款）113.60万元，占2.70%。' },
      { code: '行政事业单位医疗支出113.60万元。', name: 'no （款）: the longest name is still the 款' },
      { code: '行政事业单位医疗（款）支出113.60万元。' },
      { code: '社会保障和就业支出（类）行政事业单位养老支出（款）665.34万元，占15.80%。' },
      { code: '21011 行政事业单位医疗 113.60万元。', name: 'by code' },
      { code: '卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）26.29万元。', name: 'the 项 under it is still the 项' },
      { code: '事业单位医疗（项）26.29万元。' },
    ],
    invalid: [
      {
        code: '卫生健康支出（类）行政事业单位医疗（款）103.60万元，占2.70%。', name: 'the 款’s figure, never the 项’s',
        errors: [{ ruleId: 'amount-mismatch', actual: '103.60', expected: '113.60' }],
      },
      { code: '行政事业单位医疗支出26.29万元。', errors: [{ ruleId: 'amount-mismatch', actual: '26.29', expected: '113.60' }] },
    ],
  },
  'share-mismatch': {
    valid: [{ code: '其中，行政事业单位养老支出（款）665.34万元，占15.80%，行政事业单位医疗（款）113.60万元，占2.70%。' }],
    invalid: [
      { code: '行政事业单位医疗（款）113.60万元，占2.07%。', errors: [{ ruleId: 'share-mismatch', actual: '2.07', expected: '2.70' }] },
    ],
  },
}, { section: 'gpb' });

// Outside 五 a 款 may be 公开03表's (all funds) as well as 公开05表's: a figure that disagrees is unverified, never fixed.
ruleTester({
  'unverified-figure': {
    valid: [{ code: '行政事业单位医疗（款）支出113.60万元。', name: 'agrees with 公开05表: verified' }],
    invalid: [
      { code: '行政事业单位医疗（款）支出100.00万元。', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '100.00' }] },
    ],
  },
}, { section: 'expenditure' });
