/**
 * Scopes and wholes the words name. A total or a part named with its scope is
 * that scope's figure, in any section: 财政拨款收入总计 and 财政拨款支出总计 are
 * 公开04表's 总计 (its two sides are one figure), 本年财政拨款收入/支出 and
 * 年初/年末财政拨款结转和结余 its lines; 政府性基金年末结转和结余 is 公开07表's.
 * A scope named before goes on to the names after it in the paragraph
 * (一般公共预算财政拨款支出 X，其中基本支出 Y，占 Z%；项目支出 … : 公开05表's
 * columns and their shares of its 合计), and 财政拨款收入总计 X，支出总计 Y reads
 * the bare 支出总计 in the scope just named. A whole named after 占 is that whole
 * (占授予中小企业合同总金额的), never another share of the subject. Where nothing
 * pins one table (a 类 both 公开03表 and 公开05表 hold, in no section; a 类's own
 * 基本支出, which no table breaks out) the figure is unverified, naming what it
 * may be — never an error, never a fix.
 *
 * The sentences are the blind test's (helpers/blind), written by an outsider
 * against the corpus data; each wrong variant moves one figure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAccounts } from '../../../src/data/load.js';
import { ROOT } from '../../helpers.js';
import { lintCase, ruleTester } from './tester.js';

const corpus = (name: string) => parseAccounts(readFileSync(`${ROOT}test/fixtures/corpus/${name}.yaml`, 'utf8'), `${name}.yaml`).accounts;
const SICHUAN = corpus('sichuan-2023-culture');
const GUANGXI = corpus('guangxi-2024-yuan');
const SHANGHAI = corpus('shanghai-2025-env');

/** 公开04表 of the Sichuan data: 总计 1,494.08 = 1,436.78 + 57.30 = 1,466.43 + 27.65. */
const T04_LINES = '2023年度财政拨款收入总计1,494.08万元，其中：本年财政拨款收入1,436.78万元，年初财政拨款结转和结余57.30万元；财政拨款支出总计1,494.08万元，其中：本年财政拨款支出1,466.43万元，年末财政拨款结转和结余27.65万元。';
/** The same with 04's own row labels, the scope left to the section. */
const T04_ELIDED = '2023年度财政拨款收入总计1,494.08万元，其中：本年收入1,436.78万元，年初结转和结余57.30万元；财政拨款支出总计1,494.08万元，其中：本年支出1,466.43万元，年末结转和结余27.65万元。';
/** 公开04表 of the Shanghai data against last year's 5,004.30: +205.14, 4.10% (公开01表's 收支总计 moved by 203.27, 4.05%). */
const T04_CHANGE = '2025年度财政拨款收入总计5,209.44万元，支出总计5,209.44万元，较上年决算数增加205.14万元，增长4.10%。';
/** 公开05表 of the Guangxi data: 3,413.15 = 基本 1,330.54 + 项目 2,082.61 (公开03表: 1,330.54 and 2,395.41). */
const GPB_COLUMNS = '一般公共预算财政拨款支出3,413.15万元，其中基本支出1,330.54万元，占38.98%；项目支出2,082.61万元，占61.02%。';
const PERFORMANCE = '绩效自评的 2024 年度项目 6 个，涉及预算金额 2,005.00 万元，占一般公共预算项目支出总额的 90.38%，执行数 1,988.09 万元，预算执行率 99.16%，平均得分 90.83 分。';

ruleTester({
  'amount-mismatch': {
    valid: [
      { code: T04_LINES, section: 'fiscal', data: SICHUAN, name: '公开04表: 收入总计, 支出总计 and their lines' },
      { code: T04_LINES, section: 'overall', data: SICHUAN, name: 'the same in 一: the scope, not the section, names the table' },
      { code: T04_ELIDED, section: 'fiscal', data: SICHUAN, name: 'in 四, 04’s own row labels (本年收入, 年末结转和结余) are 04’s' },
      { code: T04_CHANGE, section: 'fiscal', data: SHANGHAI, name: '支出总计 after 财政拨款收入总计 is the same scope’s; the change follows it' },
      { code: '2025年度财政拨款收入总计和支出总计均为5,209.44万元。', section: 'fiscal', data: SHANGHAI },
      { code: GPB_COLUMNS, section: 'gpb', data: GUANGXI, name: '其中 after 一般公共预算财政拨款支出: 公开05表’s columns' },
      { code: GPB_COLUMNS, section: 'expenditure', data: GUANGXI, name: 'the same in 三' },
      { code: '一般公共预算财政拨款基本支出835.22万元，项目支出586.11万元。', section: 'basic', data: SICHUAN },
      {
        markdown: '一般公共预算财政拨款支出3,413.15万元；本年支出合计3,725.95万元，其中基本支出1,330.54万元，项目支出2,395.41万元。\n', data: GUANGXI,
        name: 'a subject of no scope ends the scope; 其中 picks the part of the whole before it (公开03表’s), with no section to say',
      },
      { code: '政府性基金年末结转和结余5.50万元。', section: 'overall', data: SICHUAN, name: '公开07表’s, not 公开01表’s 年末结转和结余' },
      { code: PERFORMANCE, section: 'performance', data: GUANGXI, name: '执行数 is Σ 执行数, 预算执行率 Σ 执行数 ÷ Σ 预算' },
    ],
    invalid: [
      {
        code: T04_LINES.replace('财政拨款支出总计1,494.08', '财政拨款支出总计1,495.08'), section: 'fiscal', data: SICHUAN,
        errors: [{ ruleId: 'amount-mismatch', expected: '1,494.08', actual: '1,495.08' }],
      },
      {
        code: T04_LINES.replace('本年财政拨款支出1,466.43', '本年财政拨款支出1,466.34'), section: 'fiscal', data: SICHUAN,
        errors: [{ ruleId: 'amount-mismatch', expected: '1,466.43', actual: '1,466.34' }],
      },
      {
        code: T04_LINES.replace('年初财政拨款结转和结余57.30', '年初财政拨款结转和结余75.30'), section: 'fiscal', data: SICHUAN,
        errors: [{ ruleId: 'amount-mismatch', expected: '57.30', actual: '75.30' }],
      },
      {
        code: T04_ELIDED.replace('年末结转和结余27.65', '年末结转和结余34.05'), section: 'fiscal', data: SICHUAN,
        name: '公开01表’s 年末结转和结余 in 四',
        errors: [{ ruleId: 'amount-mismatch', expected: '27.65', actual: '34.05' }],
      },
      {
        code: '本年收入1,436.78万元。', section: 'overall', data: SICHUAN,
        name: 'outside 四, 本年收入 is 公开01表’s: 04’s row labels are 04’s only in its section',
        errors: [{ ruleId: 'amount-mismatch', expected: '1,458.38', actual: '1,436.78' }],
      },
      {
        code: T04_CHANGE.replace('支出总计5,209.44', '支出总计5,221.89'), section: 'fiscal', data: SHANGHAI,
        name: '01’s 收支总计 where 04’s is meant',
        errors: [{ ruleId: 'amount-mismatch', expected: '5,209.44', actual: '5,221.89' }],
      },
      {
        code: GPB_COLUMNS.replace('项目支出2,082.61', '项目支出2,395.41'), section: 'gpb', data: GUANGXI,
        name: '公开03表’s 项目支出 where 05’s is meant',
        errors: [{ ruleId: 'amount-mismatch', expected: '2,082.61', actual: '2,395.41' }],
      },
      {
        code: '一般公共预算财政拨款基本支出835.22万元，项目支出646.41万元。', section: 'basic', data: SICHUAN,
        errors: [{ ruleId: 'amount-mismatch', expected: '586.11', actual: '646.41' }],
      },
      {
        markdown: '本年支出合计3,725.95万元，其中基本支出1,303.54万元，项目支出2,395.41万元。\n', data: GUANGXI,
        name: '基本支出 pinned to 公开03表’s by 其中 after 本年支出合计, with no section to say',
        errors: [{ ruleId: 'amount-mismatch', expected: '1,330.54', actual: '1,303.54' }],
      },
      {
        markdown: '基本支出1,303.54万元。\n', data: GUANGXI,
        name: 'no section and no scope, but 公开03表 and 05表 give 基本支出 alike: no guess to make',
        errors: [{ ruleId: 'amount-mismatch', expected: '1,330.54', actual: '1,303.54' }],
      },
      {
        code: '政府性基金年末结转和结余34.05万元。', section: 'overall', data: SICHUAN,
        errors: [{ ruleId: 'amount-mismatch', expected: '5.50', actual: '34.05' }],
      },
      {
        code: PERFORMANCE.replace('执行数 1,988.09', '执行数 2,005.00'), section: 'performance', data: GUANGXI,
        name: 'Σ 全年预算数 where Σ 执行数 is meant',
        errors: [{ ruleId: 'amount-mismatch', expected: '1,988.09', actual: '2,005.00' }],
      },
    ],
  },
  'change-rate-mismatch': {
    valid: [{ code: T04_CHANGE, section: 'overall', data: SHANGHAI, name: 'in 一 too: the change follows 公开04表’s 总计' }],
    invalid: [
      {
        code: T04_CHANGE.replace('增长4.10%', '增长4.05%'), section: 'fiscal', data: SHANGHAI,
        errors: [{ ruleId: 'change-rate-mismatch', expected: '4.10', actual: '4.05' }],
      },
    ],
  },
  'share-mismatch': {
    valid: [
      { code: '授予小微企业合同金额518.30万元，占授予中小企业合同总金额的69.84%。', section: 'procurement', data: GUANGXI, name: 'the denominator named: 518.30 ÷ 742.16' },
      { code: '授予小微企业合同金额518.30万元，占政府采购支出总额的65.54%。', section: 'procurement', data: GUANGXI },
    ],
    invalid: [
      {
        code: '授予小微企业合同金额518.30万元，占授予中小企业合同总金额的65.54%。', section: 'procurement', data: GUANGXI,
        name: 'the share of the procurement total where the SME awards are named',
        errors: [{ ruleId: 'share-mismatch', expected: '69.84', actual: '65.54' }],
      },
      {
        code: GPB_COLUMNS.replace('占38.98%', '占35.71%'), section: 'gpb', data: GUANGXI,
        name: '公开03表’s share where 05’s is meant',
        errors: [{ ruleId: 'share-mismatch', expected: '38.98', actual: '35.71' }],
      },
    ],
  },
  'completion-rate-mismatch': {
    valid: [{ code: PERFORMANCE.replace('，平均得分 90.83 分', ''), section: 'performance', data: GUANGXI }],
    invalid: [
      {
        code: PERFORMANCE.replace('预算执行率 99.16%', '预算执行率 99.61%'), section: 'performance', data: GUANGXI,
        errors: [{ ruleId: 'completion-rate-mismatch', expected: '99.16', actual: '99.61' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [
      { code: '节能环保（类）支出 4,134.98 万元。', section: 'gpb', data: SHANGHAI, name: 'in 五 the class is 公开05表’s' },
    ],
    invalid: [
      {
        // No section: the class is 公开03表's (1,171.64) or 05's (1,147.84) — the figure is 05's, neither is certain.
        markdown: '文化旅游体育与传媒支出(类)1147.84万元,占80.76%。\n', data: SICHUAN,
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1147.84' }, { ruleId: 'unverified-figure', severity: 1, actual: '80.76' }],
      },
      {
        markdown: '政府性基金年末结转和结余5.50万元，比年初减少6.50万元。\n', data: SICHUAN,
        name: 'the balance verified; the change against the year’s opening no fact holds',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '6.50' }],
      },
      {
        code: '节能环保（类）支出 4,134.98 万元，其中基本支出 2,558.98 万元，占该类支出的 61.89%。', section: 'gpb', data: SHANGHAI,
        name: '其中基本支出 after a class: the class’s own, which no table breaks out — not the department’s',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '2,558.98' }, { ruleId: 'unverified-figure', severity: 1, actual: '61.89' }],
      },
      {
        code: '节能环保（类）支出 4,134.98 万元，其中基本支出 3,620.80 万元，占该类支出的 69.34%。', section: 'gpb', data: SHANGHAI,
        name: 'the department’s 基本支出 in that place is no error either: the words do not name it',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3,620.80' }, { ruleId: 'unverified-figure', severity: 1, actual: '69.34' }],
      },
      {
        code: '政府性基金预算财政拨款支出45.10万元，其中项目支出45.10万元。', section: 'govFund', data: SICHUAN,
        name: 'the fund’s own 项目支出 (公开07表), which no topic holds: not checked against 公开03表’s 646.41',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '45.10', column: 28 }],
      },
      {
        code: '2023年度财政拨款收入1,436.78万元，支出合计1,466.43万元。', section: 'fiscal', data: SICHUAN,
        name: '支出合计 after 财政拨款收入: a 财政拨款支出合计 no topic holds — not 公开03表’s 本年支出合计',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1,466.43' }],
      },
    ],
  },
}, { section: 'fiscal' });

describe('words that are no figure and no subject', () => {
  it('公开08表为空表: the table’s number is no figure', () => {
    expect(lintCase({ code: '本部门2023年度无国有资本经营预算财政拨款收支，公开08表为空表。', section: 'soe', data: SICHUAN }, { section: 'soe' })).toEqual([]);
  });
  it('按支出功能分类科目（类）划分: a classification’s level, not an unknown subject; the shares after it are checked', () => {
    const code = '按支出功能分类科目（类）划分：社会保障和就业支出516.98万元，占9.92%；卫生健康支出121.10万元，占2.32%。';
    expect(lintCase({ code, section: 'gpb', data: SHANGHAI }, { section: 'gpb' })).toEqual([]);
    const wrong = lintCase({ code: code.replace('占2.32%', '占2.23%'), section: 'gpb', data: SHANGHAI }, { section: 'gpb' });
    expect(wrong.map((m) => [m.ruleId, m.expected])).toEqual([['share-mismatch', '2.32']]);
  });
});

/** Blind test round 3: a qualifier, a word that says funds but not which, a name two topics bear. */
ruleTester({
  'amount-mismatch': {
    valid: [
      { code: '货物类采购中，授予中小企业合同金额262.80万元。', data: GUANGXI, name: 'the kind named as a qualifier: its own 授予中小企业合同金额' },
      {
        code: '政府采购货物支出286.40万元，其中授予中小企业合同金额262.80万元，占货物支出金额的91.76%。政府采购服务支出124.36万元，其中授予中小企业合同金额99.36万元。',
        data: GUANGXI, name: 'the kind as the whole of a 其中: its own 授予中小企业合同金额, and the share of it',
      },
      { code: '共6个项目，涉及资金2,005.00万元，占一般公共预算项目支出总额的90.38%。', data: GUANGXI, section: 'performance', name: '涉及资金 as the budgets, as most documents mean it' },
      {
        code: '其中：衔接推进乡村振兴补助资金全年预算数420.00万元，执行数420.00万元，自评得分96分；农业生态资源保护全年预算数100.00万元，执行数96.40万元，自评得分91分。',
        data: GUANGXI, section: 'performance', name: 'in 十三 the project, not the 项 of the same name',
      },
    ],
    invalid: [
      {
        code: '货物类采购中，授予中小企业合同金额742.16万元。', data: GUANGXI,
        name: 'the department\'s whole where the words name the goods\' (probe-20: --fix wrote the whole over the kind\'s)',
        errors: [{ ruleId: 'amount-mismatch', expected: '262.80' }],
      },
      {
        code: '政府采购货物支出286.40万元，其中授予中小企业合同金额262.08万元。', data: GUANGXI,
        name: 'a slip in the kind\'s own figure after 其中 (the department\'s 742.16 would have been --fix\'s wrong value)',
        errors: [{ ruleId: 'amount-mismatch', expected: '262.80' }],
      },
      {
        code: '共6个项目，涉及资金3,014.50万元。', data: GUANGXI, section: 'performance',
        name: '涉及资金 that is neither the budgets (2,005.00) nor the amounts spent (1,988.09): wrong whichever was meant, and no fix',
        errors: [{ ruleId: 'amount-mismatch', severity: 2, actual: '3,014.50' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [
      { code: '共6个项目，涉及资金2,005.00万元。', data: GUANGXI, section: 'performance', name: 'a reading agrees: nothing to say' },
    ],
    invalid: [
      {
        code: '货物类采购中，授予小微企业合同金额200.00万元。', data: GUANGXI,
        name: 'a kind\'s figure the data does not hold: never the department\'s',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '200.00' }],
      },
      {
        code: '共6个项目，涉及资金1,988.09万元。', data: GUANGXI, section: 'performance',
        name: '涉及资金 as the amounts spent (b.md:84): the words do not say which, so not an error',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1,988.09' }],
      },
      {
        code: '其中：衔接推进乡村振兴补助资金全年预算数420.00万元，执行数420.00万元，自评得分96分；农业生态资源保护全年预算数100.00万元，执行数96.40万元，自评得分91分。',
        data: GUANGXI, section: 'assets',
        name: 'a project named like a 项 of the accounts, outside 十三 (b.md:84): its score is never judged against the project before it',
        errors: [
          { ruleId: 'unverified-figure', severity: 1, actual: '100.00' }, { ruleId: 'unverified-figure', severity: 1, actual: '91' },
        ],
      },
    ],
  },
}, { section: 'procurement' });
