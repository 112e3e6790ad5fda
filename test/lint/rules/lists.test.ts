/**
 * Lists: bare labels of a project (预算数 X、执行数 Y、执行率 Z%、得分 W 分), 分别 lists of
 * figures for names (scores and shares too), one figure for several names (均为 0), the
 * parts after 其中 in any order, and a list item that only names what its nested items
 * are about. What the words pin is checked; what they leave open is unverified, never an error.
 */
import { describe, expect, it } from 'vitest';
import { buildFactCatalog } from '../../../src/facts/catalog.js';
import { fixMarkdown } from '../../../src/lint/fix.js';
import { createLintContext } from '../../../src/lint/lint.js';
import { seedText } from '../../helpers.js';
import { parseAccounts } from '../../../src/data/load.js';
import { HEADINGS, ruleTester } from './tester.js';

const PROJECT = '办公室业务运行';
const NO_PROCUREMENT = parseAccounts(seedText().replace(/\n政府采购:\n(?: {2}.*\n)+/u, '\n'), 'no-procurement.yaml').accounts;

ruleTester({
  'amount-mismatch': {
    valid: [
      { code: `1. ${PROJECT}：预算数 1,760.7 万元、执行数 1,021.11 万元、执行率 58%、得分 95.8 分。`, section: 'performance', name: 'bare labels with 、' },
      { code: `${PROJECT}：预算数：1,760.7 万元；执行数：1,021.11 万元；执行率：57.99%；得分：95.8 分。`, section: 'performance', name: 'bare labels with colons' },
      { code: `- ${PROJECT}\n  - 预算数：1,760.7 万元\n  - 执行数：1,021.11 万元\n  - 执行率：57.99%\n  - 得分：95.8 分`, section: 'performance', name: 'the project named by the list item the labels are nested in' },
      { code: '截至 2024 年 12 月 31 日，本部门共有车辆 20 辆，其中：机要通信用车 0 辆、应急保障用车 3 辆、离退休干部用车 2 辆、其他用车 14 辆、符合规定领导干部用车 1 辆。', section: 'assets', name: '其中 in another order than the data' },
      { code: '2024 年度“三公”经费支出 49.7 万元，其中：公务接待费 12.32 万元，因公出国（境）费 20.14 万元，公务用车购置及运行维护费 17.24 万元。', section: 'sanGong' },
      { code: '公务用车购置费、国（境）外接待费均为 0。', section: 'sanGong', name: '均为 0 after a list of names: 0 for each' },
      { code: '国内公务接待 27 批次、621 人次，其中：外宾接待 0 批次、0 人次。', section: 'sanGong' },
      {
        code: '政府采购货物、工程、服务支出分别为 21.51 万元、0 万元、27.06 万元。', section: 'procurement',
        name: 'items short of the words they share with the last name: 货物支出, 工程支出 (blind7 p56)',
      },
      {
        code: '货物、工程、服务采购金额分别为 21.51 万元、0 万元和 27.06 万元，合计 48.57 万元。', section: 'procurement',
        name: '…and the 合计 after them is their sum (blind7 p35)',
      },
    ],
    invalid: [
      {
        code: `1. ${PROJECT}：预算数 1,760.7 万元、执行数 1,120.11 万元、执行率 58%、得分 95.8 分。`, section: 'performance',
        errors: [{ ruleId: 'amount-mismatch', expected: '1,021.11' }],
      },
      {
        code: '因公出国（境）费、公务用车运行维护费均为 0。', section: 'sanGong', name: 'one of them is not 0: an error, which the writer must rewrite (no fix) — one for the figure, naming each',
        errors: [{ ruleId: 'amount-mismatch', actual: '0', message: /因公出国（境）费.*20\.14.*公务用车运行维护费.*17\.24/u }],
      },
      {
        code: '公务用车购置费、国（境）外接待费均为 0.5万元。', section: 'sanGong', name: 'both are 0: one error for the figure, not one per name (blind 11L: three identical errors)',
        errors: [{ ruleId: 'amount-mismatch', actual: '0.5', expected: '0.0', message: /公务用车购置费.*国（境）外接待费/u }],
      },
      {
        code: '政府采购货物、工程、服务支出分别为 27.06 万元、0 万元、21.51 万元。', section: 'procurement',
        name: 'goods and services swapped: each figure checked against its own item, each fixed',
        errors: [{ ruleId: 'amount-mismatch', actual: '27.06', expected: '21.51' }, { ruleId: 'amount-mismatch', actual: '21.51', expected: '27.06' }],
      },
      {
        code: '货物、工程、服务采购金额分别为 21.51 万元、0 万元和 27.06 万元，合计 45.87 万元。', section: 'procurement',
        errors: [{ ruleId: 'amount-mismatch', actual: '45.87', expected: '48.57' }],
      },
    ],
  },
  'budget-mismatch': {
    valid: [{ code: `${PROJECT}：预算数 1,760.7 万元。`, section: 'performance' }],
    invalid: [{ code: `${PROJECT}：预算数 1,670.7 万元。`, section: 'performance', errors: [{ ruleId: 'budget-mismatch', expected: '1,760.7' }] }],
  },
  'score-mismatch': {
    valid: [
      {
        code: '办公室业务运行、老干、党建、保密、精神文明建设等活动、党政专用高清电视会议系统市政府八楼会议室项目自评得分分别为 95.8 分、94 分、98.44 分。',
        section: 'performance', name: '分别 after 得分: the cue before 分别 still says what the figures are',
      },
    ],
    invalid: [
      {
        code: '办公室业务运行、老干、党建、保密、精神文明建设等活动、党政专用高清电视会议系统市政府八楼会议室项目自评得分分别为 95.8 分、98.44 分、94 分。',
        section: 'performance', errors: [{ ruleId: 'score-mismatch', expected: '94.00' }, { ruleId: 'score-mismatch', expected: '98' }],
      },
    ],
  },
  'share-mismatch': {
    valid: [
      { code: '“三公”经费中因公出国（境）费、公务用车购置及运行维护费、公务接待费分别占 40.52%、34.69%、24.79%。', section: 'sanGong', name: 'the whole named before the list is not one of its names' },
      { code: '2024 年度政府采购支出总额 48.57 万元，其中：政府采购货物支出 21.51 万元，占 44.29%；政府采购服务支出 27.06 万元，占 55.71%。', section: 'procurement' },
      { code: '本年支出合计 4,340.16 万元，其中：项目支出、基本支出分别为 1,186.68 万元、3,153.47 万元，分别占 27.34%、72.66%。', section: 'expenditure', name: 'a second 分别 goes to the names of the first' },
    ],
    invalid: [
      {
        code: '2024 年度政府采购支出总额 48.57 万元，其中：政府采购货物支出 21.51 万元，占 55.71%。', section: 'procurement',
        errors: [{ ruleId: 'share-mismatch', expected: '44.29' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [
      { code: '2024 年度政府采购支出总额 48.57 万元，其中：政府采购货物支出 21.51 万元、政府采购服务支出 27.06 万元。', section: 'procurement', name: 'parts named by their own names' },
      { code: '2024 年度政府采购支出总额 48.57 万元，其中：服务 27.06 万元、货物 21.51 万元。', section: 'procurement', name: 'the bare kinds, in 政府采购 and after its total\'s 其中' },
      {
        code: '某市机关事务服务中心 2024 年度县级预算项目绩效自评的 3 个项目中，3 个项目自评等级为优。', section: 'performance',
        name: '服务 inside a department\'s name is no name of 政府采购\'s kind (the round trip\'s counterexample)',
      },
    ],
    invalid: [
      {
        code: '2024 年度政府采购支出总额 48.57 万元，其中：物业服务 27.06 万元、办公设备 21.51 万元。', section: 'procurement',
        name: 'parts after 其中 with names no topic knows: not the whole, so not an error against it',
        errors: [{ ruleId: 'unverified-figure', actual: '27.06' }, { ruleId: 'unverified-figure', actual: '21.51' }],
      },
      {
        code: '基本支出、项目支出分别为 3,153.47 万元、1,186.68 万元、0 万元。', section: 'expenditure',
        name: 'more figures than names: which is whose, the text does not say',
        errors: ['unverified-figure', 'unverified-figure', 'unverified-figure'],
      },
      {
        code: '政府采购货物、修缮、服务支出分别为 21.51 万元、0.50 万元、27.06 万元。', section: 'procurement',
        name: 'an item that makes no name with the words it shares (修缮支出): no figure is bound to 服务支出 alone, nor the 合计 after them',
        errors: [{ ruleId: 'unverified-figure', actual: '21.51' }, { ruleId: 'unverified-figure', actual: '0.50' }, { ruleId: 'unverified-figure', actual: '27.06' }],
      },
      {
        code: '全年支出涉及因公出国（境）团组 3 个，累计 5 人次。全年开展业务培训 12 场次，覆盖 1,200 人次。', section: 'sanGong',
        name: 'a count in a later sentence, with no noun of its own: the name sentences back is a guess',
        errors: [{ ruleId: 'unverified-figure', actual: '12' }, { ruleId: 'unverified-figure', actual: '1,200' }],
      },
      {
        code: '2024 年度政府采购支出总额 48.57 万元。', section: 'procurement', data: NO_PROCUREMENT,
        name: 'a section the data file leaves out: its names still say what the figure is (not 收支总计 by 支出总额)',
        errors: [{ ruleId: 'unverified-figure', severity: 1 }],
      },
    ],
  },
}, { section: 'performance' });

/**
 * A list number glued to a subject code (Word's numbering: 1.2010302一般行政管理事务, 1.2010302-…, 1、2010302 …) is a
 * list marker, and the code names the 项 — never the number 1.2010302, never the section's total (blind8l §1.5: a fix
 * wrote the whole table's budget, actual and rate over the 项's).
 */
ruleTester({
  'amount-mismatch': {
    valid: [
      { code: '1.2010302一般行政管理事务：支出决算为 1,057.57 万元。', name: 'list number glued to the code' },
      { code: '1.2010302-一般行政管理事务：支出决算为 1,057.57 万元。', name: '…with a hyphen before the name' },
      { code: '1、2010302 一般行政管理事务：支出决算为 1,057.57 万元。', name: '1、 before the code' },
    ],
    invalid: [
      { code: '1.2010302一般行政管理事务：支出决算为 1,157.57 万元。', errors: [{ ruleId: 'amount-mismatch', expected: '1,057.57' }] },
      { code: '1.2010302-一般行政管理事务：支出决算为 1,157.57 万元。', errors: [{ ruleId: 'amount-mismatch', expected: '1,057.57' }] },
      { code: '1、2010302 一般行政管理事务：支出决算为 1,157.57 万元。', errors: [{ ruleId: 'amount-mismatch', expected: '1,057.57' }] },
    ],
  },
}, { section: 'gpb' });

/** 公开09表's “三公” of 2023 beside the seed's 2024 (49.7 万元): the same, or another. */
const withPreviousSanGong = (total: string) => parseAccounts(seedText().replace(
  '  一般公共预算财政拨款支出: 4,674.00\n',
  `  一般公共预算财政拨款支出: 4,674.00\n  三公经费:\n    合计: ${total}\n`,
), 'previous-san-gong.yaml').accounts;

/**
 * One figure for two years (2023年、2024年“三公”经费支出均为 0): this year's and last year's, each checked;
 * a bare 0 said of one amount (公务用车购置费为 0) is 0 in any unit (blind 11L: both were unverified).
 */
ruleTester({
  'amount-mismatch': {
    valid: [
      { code: '2023年、2024年“三公”经费支出均为49.7万元。', data: withPreviousSanGong('49.7') },
      { code: '2024年、2023年“三公”经费支出均为49.7万元。', data: withPreviousSanGong('49.7'), name: 'the years in either order' },
      { code: '公务用车购置费为0。', name: 'a bare 0 of one amount' },
    ],
    invalid: [
      {
        code: '2023年、2024年“三公”经费支出均为49.7万元。', data: withPreviousSanGong('45.00'),
        name: 'last year\'s is not the figure: an error, naming 2023\'s',
        errors: [{ ruleId: 'amount-mismatch', actual: '49.7', message: /2023/u }],
      },
      {
        code: '2023年、2024年“三公”经费支出均为45.00万元。', data: withPreviousSanGong('45.00'),
        name: 'this year\'s is not the figure',
        errors: [{ ruleId: 'amount-mismatch', actual: '45.00', expected: '49.70' }],
      },
      { code: '公务接待费为0。', name: 'a bare 0 of an amount that is not 0', errors: [{ ruleId: 'amount-mismatch', actual: '0' }] },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '2023年、2024年“三公”经费支出均为49.7万元。', data: withPreviousSanGong('49.7') }],
    invalid: [
      {
        code: '2023年、2024年“三公”经费支出均为49.7万元。', name: 'no “三公” of last year in the data: this year\'s checked, last year\'s unverified',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '49.7', message: /上年/u }],
      },
    ],
  },
}, { section: 'sanGong' });

/**
 * A 分别 list after a list of years (“三公”经费支出 2024 年、2023 年分别为 X、Y; the years before the name, in either
 * order, 年度, 本年、上年): 分别 pairs in order — the i-th figure is the i-th year's (blind 14L §2: each figure was
 * read as both years', two false errors). A pair that disagrees is an error of its year, fixed.
 */
ruleTester({
  'amount-mismatch': {
    valid: [
      { code: '“三公”经费支出2024年、2023年分别为49.7万元、45.00万元。', data: withPreviousSanGong('45.00') },
      { code: '2024年、2023年“三公”经费支出分别为49.7万元、45.00万元。', data: withPreviousSanGong('45.00'), name: 'the years before the name' },
      { code: '“三公”经费支出2024年度、2023年度分别为49.7万元和45.00万元。', data: withPreviousSanGong('45.00'), name: '年度, and 和 between the figures' },
      { code: '“三公”经费支出2023年、2024年分别为45.00万元、49.7万元。', data: withPreviousSanGong('45.00'), name: 'the years reversed' },
      { code: '“三公”经费支出本年、上年分别为49.7万元、45.00万元。', data: withPreviousSanGong('45.00'), name: '本年、上年 in words' },
      { code: '“三公”经费支出上年、本年分别为45.00万元、49.7万元。', data: withPreviousSanGong('45.00') },
    ],
    invalid: [
      {
        code: '“三公”经费支出2024年、2023年分别为49.7万元、54.00万元。', data: withPreviousSanGong('45.00'), name: 'last year\'s figure wrong: an error naming 2023',
        errors: [{ ruleId: 'amount-mismatch', actual: '54.00', message: /2023/u }],
      },
      {
        code: '“三公”经费支出2023年、2024年分别为45.00万元、47.9万元。', data: withPreviousSanGong('45.00'), name: 'this year\'s figure wrong, the years reversed',
        errors: [{ ruleId: 'amount-mismatch', actual: '47.9', expected: '49.7' }],
      },
      {
        code: '“三公”经费支出本年、上年分别为47.9万元、45.00万元。', data: withPreviousSanGong('45.00'),
        errors: [{ ruleId: 'amount-mismatch', actual: '47.9', expected: '49.7' }],
      },
    ],
  },
}, { section: 'sanGong' });

describe('a 分别 list of years', () => {
  it('fixes the figure of the year that disagrees, and only it', () => {
    const ctx = createLintContext(buildFactCatalog(withPreviousSanGong('45.00')));
    const doc = (a: string, b: string) => `## ${HEADINGS.sanGong}\n\n“三公”经费支出2024年、2023年分别为${a}万元、${b}万元。\n`;
    expect(fixMarkdown(doc('47.9', '54.00'), ctx).output).toBe(doc('49.7', '45.00'));
    expect(fixMarkdown(doc('49.7', '45.00'), ctx).output).toBe(doc('49.7', '45.00'));
  });
});
