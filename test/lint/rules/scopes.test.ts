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
import { ROOT, seedWith } from '../../helpers.js';
import { Decimal } from '../../../src/data/amount.js';
import { lintCase, mutateSeed, ruleTester } from './tester.js';

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
        code: '授予中小企业合同金额742.16万元。其中，货物、服务授予中小企业合同金额分别为262.80万元、99.36万元。', data: GUANGXI, section: 'procurement',
        name: 'a list of kinds before a kind\'s own name: each kind\'s own (blind 9L xj: the first read as the kind\'s total)',
      },
      { code: '2024年度政府采购支出总额790.76万元，其中：货物286.40万元、工程380.00万元、服务124.36万元。', data: GUANGXI, section: 'procurement', name: 'the bare kinds after 其中 of the total (blind 10L 4b)' },
      {
        code: '2024年度政府采购支出总额790.76万元，其中货物、工程、服务类采购分别为286.40万元、380.00万元、124.36万元，分别占36.22%、48.05%、15.73%。', data: GUANGXI, section: 'procurement',
        name: '…listed with 分别为 and 分别占 (blind 11L p34)',
      },
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
        code: '授予中小企业合同金额742.16万元。其中，货物、服务授予中小企业合同金额分别为262.08万元、99.36万元。', data: GUANGXI, section: 'procurement',
        errors: [{ ruleId: 'amount-mismatch', actual: '262.08', expected: '262.80' }],
      },
      {
        code: '政府采购货物支出286.40万元，其中授予中小企业合同金额262.08万元。', data: GUANGXI,
        name: 'a slip in the kind\'s own figure after 其中 (the department\'s 742.16 would have been --fix\'s wrong value)',
        errors: [{ ruleId: 'amount-mismatch', expected: '262.80' }],
      },
      {
        code: '2024年度政府采购支出总额790.76万元，其中：货物286.40万元、工程308.00万元、服务124.36万元。', data: GUANGXI, section: 'procurement',
        errors: [{ ruleId: 'amount-mismatch', actual: '308.00', expected: '380.00' }],
      },
    ],
  },
  'score-mismatch': {
    valid: [{ code: '共6个项目，涉及一般公共预算项目支出2,005.00万元，平均得分90.83分。', data: GUANGXI, section: 'performance' }],
    invalid: [
      {
        code: '2024年度本部门组织对6个项目开展绩效自评，涉及一般公共预算项目支出2,005.00万元，平均得分93.80分。', data: GUANGXI, section: 'performance',
        name: '平均得分 after the writer\'s own name of the funds (涉及…) is still the self-evaluation\'s (blind 11L M1: a wrong score was only unverified)',
        errors: [{ ruleId: 'score-mismatch', actual: '93.80', expected: '90.83' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [
      { code: '共6个项目，涉及资金2,005.00万元。', data: GUANGXI, section: 'performance', name: 'a reading agrees: nothing to say' },
      {
        code: '2024年度本部门组织对6个项目开展绩效自评，涉及一般公共预算项目支出2,005.00万元，平均得分90.83分。', data: GUANGXI, section: 'performance',
        name: '涉及 and the writer\'s own name of the funds in 十三: 涉及资金, and 平均得分 the self-evaluation\'s (blind 11L M1)',
      },
    ],
    invalid: [
      {
        code: '货物类采购中，授予小微企业合同金额200.00万元。', data: GUANGXI,
        name: 'a kind\'s figure the data does not hold: never the department\'s',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '200.00' }],
      },
      {
        code: '授予中小企业合同金额742.16万元，其中货物260.00万元、服务99.36万元。', data: GUANGXI, section: 'procurement',
        name: 'the bare kinds after 其中 of the SME awards: the awards\' own goods and services, which the words may mean — never the kinds\' totals',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '260.00' }, { ruleId: 'unverified-figure', severity: 1, actual: '99.36' }],
      },
      {
        code: '授予中小企业合同金额742.16万元，其中货物、工程、服务分别为260.00万元、0万元、99.36万元。', data: GUANGXI, section: 'procurement',
        name: '…and listed with 分别为: still the awards\' own, a guess (a fix wrote the kinds\' totals over them)',
        errors: [
          { ruleId: 'unverified-figure', severity: 1, actual: '260.00' }, { ruleId: 'unverified-figure', severity: 1, actual: '0' },
          { ruleId: 'unverified-figure', severity: 1, actual: '99.36' },
        ],
      },
      {
        code: '政府采购服务支出124.36万元，主要用于物业服务80.00万元、印刷服务44.36万元。', data: GUANGXI, section: 'procurement',
        name: 'a longer name ending in a kind is the writer\'s own',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '80.00' }, { ruleId: 'unverified-figure', severity: 1, actual: '44.36' }],
      },
      {
        code: '共6个项目，涉及资金3,014.50万元。', data: GUANGXI, section: 'performance',
        name: '涉及资金 that is neither the budgets (2,005.00) nor the amounts spent (1,988.09): the words do not say which fact it is, so unverified naming both, never an error (blind 9L F1)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3,014.50', message: /2,005\.00.*1,988\.09|1,988\.09.*2,005\.00/u }],
      },
      {
        code: '共6个项目，涉及资金1,988.09万元。', data: GUANGXI, section: 'performance',
        name: '涉及资金 as the amounts spent (b.md:84): the words do not say which, so not an error',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1,988.09' }],
      },
      {
        code: '2024年度本部门组织对6个项目开展绩效自评，涉及一般公共预算项目支出3,014.50万元，平均得分90.83分。', data: GUANGXI, section: 'performance',
        name: '涉及 and the writer\'s own name: as 涉及资金, neither reading agrees, so unverified naming both',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3,014.50', message: /2,005\.00.*1,988\.09|1,988\.09.*2,005\.00/u }],
      },
      {
        code: '本单位涉及一般公共预算项目支出2,005.00万元。', data: GUANGXI, section: 'expenditure',
        name: 'outside 十三 the words name no self-evaluation: the writer\'s own name, unverified',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '2,005.00' }],
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

/**
 * Blind test round 4: a scope named alone (政府性基金预算财政拨款 X, no line after it) is, after 其中, the
 * scope's share of the whole before it — its own line where the data has one (年初结转和结余 → 公开07表's,
 * 财政拨款收支总计 → 公开04表's column: a guess with the scope's 本年收入 and 本年支出, the same figure unless
 * the scope carries something over); on its own, the fund's income or
 * its spending, a guess between the two. The names a description lists (主要用于：) after a whole are its
 * parts (公开05表's classes after 一般公共预算财政拨款支出), and a guess where no whole is named.
 */
const FISCAL_PARTS = '2024年度财政拨款收、支总计均为4,340.16万元，其中一般公共预算财政拨款4,211.05万元，政府性基金预算财政拨款129.11万元。';
/** The seed with 100.00 of 一般公共预算财政拨款 carried over into 2024 (公开04表 年初一般公共预算财政拨款结转和结余). */
const GPB_CARRIED_OVER = mutateSeed((a) => {
  a.t04.income.openingBalanceGpb = new Decimal('100.00');
});
/** …and in 公开04表's 年初财政拨款结转和结余 (all of it the gpb's). */
const OPENING_CARRIED = mutateSeed((a) => {
  a.t04.income.openingBalanceGpb = new Decimal('100.00');
  a.t04.income.openingBalance = new Decimal('100.00');
});
/** blind6 s09: 公开04表's 本年支出合计 and its columns. */
const FISCAL_SPENDING = '2024年度财政拨款支出4,340.16万元，其中一般公共预算财政拨款4,211.05万元，政府性基金预算财政拨款129.11万元。';
/** blind6 s08: each scope's 收、支总计 (公开04表's column 总计: its 本年收入 and 年初结转和结余). */
const GPB_BOTH = '2024年度财政拨款收、支总计各4,340.16万元，其中一般公共预算财政拨款收、支总计各4,311.05万元，政府性基金预算财政拨款收、支总计各129.11万元。';
/** blind5 B1: the scope named alone ends the sentence; the next one's 财政拨款收支总计 is the whole's (4,340.16 against 4,694.00). */
const MOSTLY_GPB = '2024年度财政拨款收、支总计均为4,340.16万元，主要为一般公共预算财政拨款。与2023年度相比，财政拨款收支总计各减少353.84万元，下降7.54%。';
const FUND_ALONE = '政府性基金预算财政拨款38.60万元。';
const OPENING_PART = '年初结转和结余57.30万元，其中政府性基金预算财政拨款12.00万元。';
const GPB_USES = '一般公共预算财政拨款支出1,421.33万元。主要用于：文化旅游体育与传媒支出1,147.84万元，占80.76%。';
ruleTester({
  'amount-mismatch': {
    valid: [
      {
        code: FISCAL_PARTS, section: 'fiscal',
        name: 'blind4r §3.1, blind5 O1: the parts of 财政拨款收支总计 by scope are 公开04表’s columns, each the scope’s 本年收入 where it carries nothing over',
      },
      {
        code: FISCAL_PARTS.replace('4,211.05', '4,311.05'), data: GPB_CARRIED_OVER, section: 'fiscal',
        name: 'the gpb column where it carries 100.00 over: 本年收入 4,211.05 + 年初结转和结余 100.00',
      },
      {
        code: `${FISCAL_PARTS}与2023年度相比，减少353.84万元，下降7.54%。`, section: 'fiscal',
        name: 'blind6 s11: a change after the parts, naming nothing, is the whole’s by default (not the last part’s: 129.11 + 353.84 is no 57.93 %)',
      },
      {
        code: '财政拨款收支总计中，一般公共预算财政拨款收入4,211.05万元，年初一般公共预算财政拨款结转和结余100.00万元。', data: GPB_CARRIED_OVER, section: 'fiscal',
        name: 'blind6 s07: 年初一般公共预算财政拨款结转和结余 is 公开04表’s line of the scope, not the scope alone (一般公共预算财政拨款支出)',
      },
      { code: '年初一般公共预算财政拨款结转和结余0万元。', section: 'fiscal', name: 'blind6 s12: the seed carries nothing over' },
      { code: FISCAL_SPENDING, section: 'fiscal', name: 'blind6 s09: in 四, 财政拨款支出 is 公开04表’s 本年支出合计; its parts by scope are the scopes’ spending' },
      {
        code: '年初财政拨款结转和结余100.00万元，其中一般公共预算财政拨款100.00万元。', data: OPENING_CARRIED, section: 'fiscal',
        name: 'blind6 s14: the scope’s part of 年初财政拨款结转和结余 is 年初一般公共预算财政拨款结转和结余 (the scope stands where 财政拨款 does)',
      },
      {
        code: GPB_BOTH, data: GPB_CARRIED_OVER, section: 'fiscal',
        name: 'blind6 s08: 一般公共预算财政拨款收、支总计各 X is the scope’s column of 公开04表, not 公开01表’s 收支总计',
      },

      { code: FUND_ALONE, data: SICHUAN, section: 'govFund', name: 'the fund’s income (公开07表 本年收入 38.60), read with no 收入 after the scope' },
      { code: OPENING_PART, data: SICHUAN, section: 'overall', name: 'probe-27: after 其中 under 年初结转和结余, the fund’s opening balance (公开07表 12.00)' },
      { code: GPB_USES, data: SICHUAN, section: 'expenditure', name: 'a description after 一般公共预算财政拨款支出: 公开05表’s class, its share of the gpb total' },
      { markdown: '政府性基金预算财政拨款本年收入38.60万元，本年支出45.10万元。\n', data: SICHUAN, name: 'probe-28: the scope in front of 本年收入 names 公开07表’s lines, not 01’s totals' },
    ],
    invalid: [
      {
        code: FISCAL_SPENDING.replace('4,340.16', '4,430.16'), section: 'fiscal', name: '财政拨款支出 mistyped',
        errors: [{ ruleId: 'amount-mismatch', actual: '4,430.16', expected: '4,340.16' }],
      },
      {
        code: '年初财政拨款结转和结余100.00万元，其中一般公共预算财政拨款10.00万元。', data: OPENING_CARRIED, section: 'fiscal', name: 'the scope’s opening balance mistyped after 其中',
        errors: [{ ruleId: 'amount-mismatch', actual: '10.00', expected: '100.00' }],
      },
      {
        code: GPB_BOTH.replace('4,311.05', '4,340.16'), data: GPB_CARRIED_OVER, section: 'fiscal', name: 'the scope’s column written as the whole’s total',
        errors: [{ ruleId: 'amount-mismatch', actual: '4,340.16', expected: '4,311.05' }],
      },
      {
        code: '年初一般公共预算财政拨款结转和结余10.00万元。', data: GPB_CARRIED_OVER, section: 'fiscal', name: 'the scope’s opening balance mistyped',
        errors: [{ ruleId: 'amount-mismatch', actual: '10.00', expected: '100.00' }],
      },
      {
        code: FISCAL_PARTS.replace('129.11', '0.00'), name: 'B1.docx: 政府性基金预算财政拨款0.00万元, where the fund’s column, income and spending are all 129.11',
        errors: [{ ruleId: 'amount-mismatch', actual: '0.00', expected: '129.11' }],
      },
      {
        code: OPENING_PART.replace('12.00', '38.60'), data: SICHUAN, section: 'overall', name: 'the fund’s income where its opening balance is meant',
        errors: [{ ruleId: 'amount-mismatch', expected: '12.00', actual: '38.60' }],
      },
      {
        markdown: '政府性基金预算财政拨款本年收入45.10万元，本年支出38.60万元。\n', data: SICHUAN, name: 'the fund’s two lines swapped',
        errors: [{ ruleId: 'amount-mismatch', expected: '38.60' }, { ruleId: 'amount-mismatch', expected: '45.10' }],
      },
      {
        code: GPB_USES.replace('1,147.84', '1,171.64').replace('80.76', '82.43'), data: SICHUAN, section: 'expenditure',
        name: '公开03表’s class where the description of the gpb total pins 05’s',
        errors: [{ ruleId: 'amount-mismatch', expected: '1,147.84' }, { ruleId: 'share-mismatch', expected: '80.76' }],
      },
    ],
  },
  'change-mismatch': {
    valid: ['收支总计', '收、支总计'].map((total) => ({
      code: MOSTLY_GPB.replace('收支总计各减少', `${total}各减少`),
      name: `blind5 B1: 财政拨款${total} names the whole of the appropriations — the scope the sentence before ends on does not narrow it`,
    })),
    invalid: ['收支总计', '收、支总计'].map((total) => ({
      code: MOSTLY_GPB.replace('收支总计各减少353.84', `${total}各减少335.84`), name: `blind5 B1’s slip in the whole’s change, written 财政拨款${total}: caught, not unverified`,
      errors: [{ ruleId: 'change-mismatch', actual: '335.84', expected: '353.84' }],
    })),
  },
  'unverified-figure': {
    valid: [{ code: FUND_ALONE.replace('38.60', '0'), data: SHANGHAI, section: 'govFund', name: 'no fund at all (Shanghai): 0 is both readings' }],
    invalid: [
      {
        code: FISCAL_PARTS.replace('4,211.05', '4,200.00'), data: GPB_CARRIED_OVER,
        name: 'neither the column (4,311.05) nor the income (4,211.05) nor the spending: the words do not say which, so unverified naming them, no error (blind 9L F1)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '4,200.00', message: /4,311\.05/u }],
      },
      {
        code: FUND_ALONE.replace('38.60', '40.00'), data: SICHUAN, section: 'govFund',
        name: 'neither the fund’s income (38.60) nor its spending (45.10): unverified naming both, no error (blind 9L F1)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '40.00', message: /38\.60.*45\.10|45\.10.*38\.60/u }],
      },
      {
        code: FUND_ALONE.replace('38.60', '45.10'), data: SICHUAN, section: 'govFund',
        name: 'the fund’s spending, read with no 支出 after the scope: unverified, naming the income',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '45.10' }],
      },
      {
        code: FISCAL_PARTS, data: GPB_CARRIED_OVER,
        name: 'the scope’s 本年收入 (and 本年支出) alone where it carries 100.00 over: what the writer may mean, not what the words say — unverified',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '4,211.05' }],
      },
      {
        markdown: '一般公共预算财政拨款支出1,421.33万元。\n\n主要用于：文化旅游体育与传媒支出1,147.84万元，占80.76%。\n', data: SICHUAN,
        name: 'a description in a paragraph of its own, no section: 公开03表’s class or 05’s, a guess (blind4r §3.2)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1,147.84' }, { ruleId: 'unverified-figure', severity: 1, actual: '80.76' }],
      },
      {
        code: '本年收入38.60万元，本年支出45.10万元。本年收入中，彩票公益金30.00万元。', data: SICHUAN, section: 'govFund',
        name: 'a part named after 本年收入中 (q.md:67): of the fund’s income, no fact of the data — never the income’s 38.60',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '30.00' }],
      },
      {
        code: '本年收入中，彩票公益金38.60万元。', data: SICHUAN, section: 'govFund', name: 'the same with the whole’s figure: still a part, not the whole',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '38.60' }],
      },
    ],
  },
}, { section: 'fiscal' });

/**
 * Blind test round 4: a name two tables share, where a whole in front of it picks one — 人员经费中的住房公积金,
 * 公用经费 X，其中公务用车运行维护费 Y: 公开06表's row (30113, 30231), not the 项 2210201 nor the “三公” line.
 * The row is reached only through such a whole; its name alone keeps its old meaning. Under a whole no topic
 * holds (工资福利支出 X，其中…) the part's name is a guess.
 */
ruleTester({
  'amount-mismatch': {
    valid: [
      { markdown: '住房公积金（项）支出决算213.27万元；人员经费中的住房公积金为354.98万元。\n', name: 'probe-04: 人员经费中的 picks 公开06表 30113' },
      { markdown: '公用经费395.08万元，其中公务用车运行维护费12.46万元。\n', name: 'probe-34: 其中 under 公用经费 picks 30231' },
      { markdown: '“三公”经费中公务用车运行维护费17.24万元；基本支出公用经费中的公务用车运行维护费12.46万元。\n', name: 'probe-05: the “三公” line, then 06’s row' },
      { code: '人员经费2,758.39万元，其中住房公积金354.98万元。', section: 'basic' },
      { code: '住房公积金（项）支出决算213.27万元。', section: 'gpb', name: 'the name alone is still the 项' },
    ],
    invalid: [
      {
        markdown: '人员经费中的住房公积金为213.27万元。\n', name: 'the 项’s figure where 06’s row is named',
        errors: [{ ruleId: 'amount-mismatch', expected: '354.98', actual: '213.27' }],
      },
      {
        markdown: '公用经费395.08万元，其中公务用车运行维护费17.24万元。\n', name: 'the “三公” line’s figure under 公用经费',
        errors: [{ ruleId: 'amount-mismatch', expected: '12.46', actual: '17.24' }],
      },
      {
        markdown: '“三公”经费中公务用车运行维护费12.46万元。\n', name: 'under “三公”经费 the name is the “三公” line',
        errors: [{ ruleId: 'amount-mismatch', expected: '17.24', actual: '12.46' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ markdown: '住房公积金（项）213.27万元。\n', name: 'the 项 by its name alone, in no section' }],
    invalid: [
      {
        markdown: '工资福利支出2,456.31万元，其中住房公积金354.98万元。\n', name: 'probe-33: a part under a whole no topic holds: a guess, never the 项’s error',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '2,456.31' }, { ruleId: 'unverified-figure', severity: 1, actual: '354.98' }],
      },
      {
        markdown: '工资福利支出2,456.31万元，其中住房公积金354.98万元。住房公积金（项）支出决算354.98万元。\n', name: 'the guess lasts only for its sentence: the 项 named next is checked',
        errors: [
          { ruleId: 'unverified-figure', severity: 1, actual: '2,456.31' }, { ruleId: 'unverified-figure', severity: 1, actual: '354.98' },
          { ruleId: 'amount-mismatch', expected: '213.27', actual: '354.98' },
        ],
      },
    ],
  },
}, { section: 'basic' });

/**
 * Blind test 8L §1.2: 公用经费 X（其中公务用车运行维护费 Y、公务接待费 Z）— every part after 其中 is 公开06表's row
 * (30231, 30217), not only the first (a fix wrote the “三公” line's 4.37 over 30217's 2.16). In 六 with no 其中, the
 * name may mean either: a figure that agrees with one is no error, one that agrees with neither is unverified naming
 * both (blind 9L F1), never fixed.
 */
const RECEPTION_ROW = seedWith('    30217 公务接待费:\n', '    30217 公务接待费: 2.16\n');
ruleTester({
  'amount-mismatch': {
    valid: [
      { code: '公用经费395.08万元（其中公务用车运行维护费12.46万元、公务接待费2.16万元）。', data: RECEPTION_ROW, name: 'both parts after 其中: the rows' },
      { code: '公用经费395.08万元，其中公务用车运行维护费12.46万元，公务接待费2.16万元。', data: RECEPTION_ROW, name: '…after ，too' },
      { code: '公用经费395.08万元，公务接待费12.32万元。', data: RECEPTION_ROW, name: 'no 其中: the “三公” line’s figure is one reading' },
    ],
    invalid: [
      {
        code: '公用经费395.08万元（其中公务用车运行维护费12.46万元、公务接待费12.32万元）。', data: RECEPTION_ROW, name: 'the second part is the row, its error the row’s',
        errors: [{ ruleId: 'amount-mismatch', expected: '2.16', actual: '12.32' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '公用经费395.08万元，其中公务接待费2.16万元。', data: RECEPTION_ROW, name: 'after 其中 the row, no guess' }],
    invalid: [
      {
        code: '公用经费395.08万元，公务接待费2.16万元。', data: RECEPTION_ROW, name: 'no 其中: the row’s figure is the other reading — unverified, naming both',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '2.16', message: /30217/u }],
      },
      {
        code: '公用经费395.08万元，公务接待费3.16万元。', data: RECEPTION_ROW, name: 'no 其中, neither reading agrees: the words do not pin one, so unverified naming both (blind 9L F1)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3.16', message: /30217/u }],
      },
    ],
  },
}, { section: 'basic' });

describe('a table pasted with tabs (blind6 t09)', () => {
  it('reads each cell as a sentence: the header’s 完成率 is no cue for the row’s 823.63, whose figures stay unverified', () => {
    const markdown = '## 五、一般公共预算财政拨款支出决算情况说明\n\n项目\t年初预算数（万元）\t决算数（万元）\t完成率\n行政运行（项）\t792.18\t823.63\t103.97%\n';
    const messages = lintCase({ markdown }, {});
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual(['unverified-figure', 'unverified-figure', 'unverified-figure']);
  });
});

/**
 * Blind test 8L §4 (ZJ-QT21): 财政拨款收入 X（其中，一般公共预算 Y，…）— a scope's words alone before a part's figure
 * name the scope's line of the whole (一般公共预算财政拨款收入), checked; a scope whose line more than one topic
 * bears stays unverified.
 */
ruleTester({
  'amount-mismatch': {
    valid: [{ code: '财政拨款收入 4,340.16 万元（其中，一般公共预算 4,211.05 万元，国有资本经营预算 0 万元）。', name: 'the scopes’ lines of 财政拨款收入' }],
    invalid: [
      {
        code: '财政拨款收入 4,340.16 万元（其中，一般公共预算 4,201.05 万元，国有资本经营预算 0 万元）。', name: 'a wrong scope line',
        errors: [{ ruleId: 'amount-mismatch', expected: '4,211.05', actual: '4,201.05' }],
      },
    ],
  },
}, { section: 'income' });

/**
 * Blind test 9L B10, N8: 公开06表's rows listed with their amounts after 主要包括 or 其中 (人员经费 X，主要包括基本工资 Y、
 * 津贴补贴 Z等；公用经费 X，其中物业管理费 Y、办公费 Z) are each checked against its row, named exactly — never
 * against the group's total (a fix wrote 人员经费's 9,307.60 over 基本工资 and 绩效工资). A name that is no row of the
 * group, or a row's name with no group of it in the sentence, is unverified.
 */
ruleTester({
  'amount-mismatch': {
    valid: [
      { code: '人员经费 2,758.39 万元，主要包括基本工资 898.25 万元、津贴补贴 288.39 万元、绩效工资 32.42 万元等；公用经费 395.08 万元，主要包括办公费 111.84 万元、物业管理费 12.60 万元、差旅费 50.01 万元等。' },
      { code: '基本支出 3,153.47 万元，其中：人员经费 2,758.39 万元，主要包括基本工资 898.25 万元、津贴补贴 288.39 万元等；公用经费 395.08 万元，主要包括办公费 111.84 万元等。' },
      { code: '人员经费 2,758.39 万元，其中基本工资 898.25 万元、绩效工资 32.42 万元。公用经费 395.08 万元，其中物业管理费 12.60 万元、办公费 111.84 万元。' },
    ],
    invalid: [
      {
        code: '人员经费 2,758.39 万元，主要包括基本工资 889.25 万元、津贴补贴 288.39 万元、绩效工资 32.42 万元等。', name: 'the row’s figure, not 人员经费’s',
        errors: [{ ruleId: 'amount-mismatch', expected: '898.25', actual: '889.25' }],
      },
      {
        code: '公用经费 395.08 万元，其中物业管理费 12.60 万元、办公费 11.84 万元。', name: 'the second row of the list',
        errors: [{ ruleId: 'amount-mismatch', expected: '111.84', actual: '11.84' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '人员经费 2,758.39 万元，其中住房公积金 354.98 万元、基本工资 898.25 万元。', name: 'a name other facts bear, then a row’s own' }],
    invalid: [
      {
        code: '人员经费 2,758.39 万元，主要包括岗位工资 1,200.00 万元、社保缴费 500.00 万元等。', name: 'names that are no row: never the group’s total',
        errors: [{ ruleId: 'unverified-figure', actual: '1,200.00' }, { ruleId: 'unverified-figure', actual: '500.00' }],
      },
      {
        code: '本年度发放基本工资 900.00 万元。', name: 'a row’s name with no group of it',
        errors: [{ ruleId: 'unverified-figure', actual: '900.00' }],
      },
    ],
  },
}, { section: 'basic' });

/**
 * Blind test 14L §5.1: 公开06表's classes (301 工资福利支出, 302 商品和服务支出, 303 对个人和家庭的补助) in 六 with no group
 * named (按经济分类，工资福利支出 X，占基本支出的 P%): the section's 基本支出 is the likely whole — figures that agree are
 * verified, ones that do not stay unverified naming the class (the department's 基本支出 of all funds may be meant).
 * Under its group, with 基本支出 named, the class's share is a fact.
 */
const BY_CLASS = '按经济分类，工资福利支出2,456.31万元，占基本支出的77.89%；商品和服务支出395.08万元，占12.53%；对个人和家庭的补助302.08万元，占9.58%。';
ruleTester({
  'unverified-figure': {
    valid: [{ code: BY_CLASS }],
    invalid: [
      {
        code: BY_CLASS.replace('2,456.31', '2,465.31').replace('12.53%', '21.53%'), name: 'a class with no group named: a reading, never an error',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '2,465.31', message: /2,456\.31/u }, { ruleId: 'unverified-figure', severity: 1, actual: '21.53', message: /12\.53%/u }],
      },
    ],
  },
  'share-mismatch': {
    valid: [{ code: '人员经费2,758.39万元，其中工资福利支出2,456.31万元，占基本支出的77.89%。' }],
    invalid: [
      {
        code: '人员经费2,758.39万元，其中工资福利支出2,456.31万元，占基本支出的78.89%。', name: 'under its group, 基本支出 named: a fact',
        errors: [{ ruleId: 'share-mismatch', actual: '78.89', expected: '77.89' }],
      },
    ],
  },
}, { section: 'basic' });

/**
 * Blind test 9L B7: a sentence that opens with 其中 after a list of the kinds of procurement (…、政府采购服务支出 Y。
 * 其中授予中小企业的合同金额为 X，占比 P%) may speak of the list's whole (政府采购) or of its last item (服务): the
 * words do not pin which. A figure that agrees with either reading is no error; one that agrees with neither is
 * unverified naming both (blind 9L F1), never fixed — never checked against the last item alone (a fix wrote 服务's 350.20 over the total's 410.20).
 * Within the kind's own sentence (政府采购服务支出 Y，其中授予中小企业合同金额 X) the kind is the whole, as before.
 */
const KINDS_LISTED = '政府采购支出总额790.76万元，其中：政府采购货物支出286.40万元、政府采购工程支出380.00万元、政府采购服务支出124.36万元。';
ruleTester({
  'amount-mismatch': {
    valid: [
      { data: GUANGXI, code: `${KINDS_LISTED}其中授予中小企业的合同金额为742.16万元，占比93.85%。`, name: 'blind 9L B7: the total’s figure and share' },
      { data: GUANGXI, code: `${KINDS_LISTED}授予中小企业合同金额742.16万元，占政府采购支出总额的93.85%。`, name: 'no 其中: the total' },
    ],
    invalid: [],
  },
  'unverified-figure': {
    valid: [{ data: GUANGXI, code: '政府采购服务支出124.36万元，其中授予中小企业合同金额99.36万元，占服务支出金额的79.90%。', name: 'the kind as the whole of a 其中 in its own sentence' }],
    invalid: [
      {
        data: GUANGXI, code: `${KINDS_LISTED}其中授予中小企业合同金额99.36万元，占比79.90%。`, name: 'the last item’s figures: the other reading, naming both',
        errors: [
          { ruleId: 'unverified-figure', actual: '99.36', message: /742\.16.*99\.36/u },
          { ruleId: 'unverified-figure', actual: '79.90', message: /93\.85%.*79\.90%/u },
        ],
      },
      {
        data: GUANGXI, code: `${KINDS_LISTED}其中授予中小企业的合同金额为700.00万元。`, name: 'neither reading agrees: the words do not pin one, so unverified naming both (blind 9L F1)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '700.00', message: /文字没有指明它是哪一项.*742\.16.*99\.36/u }],
      },
    ],
  },
}, { section: 'procurement' });

/**
 * Blind test 9L B11: in 四, 财政拨款收、支总计 X。其中，一般公共预算财政拨款收入 Y，占 P% — a share with no whole named, of a
 * part after 其中: the whole just named (财政拨款收支总计) is one reading, the part's usual whole (本年收入合计) the other.
 * A share that agrees with the whole just named is right; one that agrees only with the usual whole is unverified,
 * naming both, as is one that agrees with neither (the words do not pin one: blind 9L F1); never fixed (a fix wrote
 * 本年收入合计's 80% over a right 100%).
 */
const WITH_BUSINESS_INCOME = mutateSeed((a) => {
  a.t04.income.openingBalance = new Decimal(200);
  a.t04.income.openingBalanceGpb = new Decimal(200);
  a.t04.income.grandTotal = new Decimal('4540.16');
});
const FISCAL_TOTAL = '2024年度财政拨款收、支总计4,540.16万元。';
ruleTester({
  'share-mismatch': {
    valid: [
      { data: WITH_BUSINESS_INCOME, code: `${FISCAL_TOTAL}其中，一般公共预算财政拨款收入4,211.05万元，占92.75%。`, name: 'blind 9L B11: the share of the whole just named' },
      { data: WITH_BUSINESS_INCOME, code: '一般公共预算财政拨款收入4,211.05万元，占本年收入合计的97.03%。', name: 'the whole named: 本年收入合计' },
      { code: '2024年度财政拨款收、支总计4,340.16万元。其中，一般公共预算财政拨款收入4,211.05万元，占97.03%。', name: 'both wholes 4,340.16' },
    ],
    invalid: [
      {
        code: '2024年度财政拨款收、支总计4,340.16万元。其中，一般公共预算财政拨款收入4,211.05万元，占97.30%。',
        name: 'both wholes the same amount (the seed: all income is appropriations): one share whichever is meant — an error, fixed (blind 14L §4c)',
        errors: [{ ruleId: 'share-mismatch', actual: '97.30', expected: '97.03' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ data: WITH_BUSINESS_INCOME, code: `${FISCAL_TOTAL}其中，一般公共预算财政拨款收入4,211.05万元，政府性基金预算财政拨款收入129.11万元。`, name: 'the parts without shares' }],
    invalid: [
      {
        data: WITH_BUSINESS_INCOME, code: `${FISCAL_TOTAL}其中，一般公共预算财政拨款收入4,211.05万元，占97.03%。`, name: 'the usual whole’s share: unverified, naming both',
        errors: [{ ruleId: 'unverified-figure', actual: '97.03', message: /92\.75%.*97\.03%/u }],
      },
      {
        data: WITH_BUSINESS_INCOME, code: `${FISCAL_TOTAL}其中，一般公共预算财政拨款收入4,211.05万元，占90.00%。`, name: 'neither reading: the words do not pin one, so unverified naming both (blind 9L F1)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '90.00', message: /文字没有指明它是哪一项.*92\.75%.*97\.03%/u }],
      },
    ],
  },
}, { section: 'fiscal' });
