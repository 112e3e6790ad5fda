/**
 * Changes against the previous year (or, for 机关运行经费, the opening budget):
 * change-mismatch (增减额), change-rate-mismatch (增减率), direction-mismatch
 * (增加/减少, 增长/下降, and 持平/相同/无变化 against a real change), and
 * truncated-figure (a figure cut rather than rounded: an error, since the right figure is the half-up one).
 */
import { seedWith } from '../../helpers.js';
import { describe, expect, it } from 'vitest';
import { lintCase, mutateSeed, ruleTester } from './tester.js';
import { Decimal } from '../../../src/data/amount.js';

/** 基本支出 rose: 3,153.47 − 3,000.00 = +153.47 万元, +5.12%. */
const ROSE = seedWith('    基本支出: 3,421.41', '    基本支出: 3,000.00');
/** 上年决算 states its lines but no 本年收入合计 — one line left out: the total is then not known. */
const PREVIOUS_INCOME_LINE_MISSING = seedWith('    其他收入: 0\n', '');

ruleTester({
  'change-mismatch': {
    valid: [
      { code: '基本支出 3,153.47 万元。与 2023 年度相比，减少 267.94 万元，下降 7.83%。' },
      { code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 7.83%。' },
      { code: '基本支出 3,153.47 万元，比上年减少 267.94 万元，下降 7.83%。' },
      { code: '基本支出 3,153.47 万元，同比减少 267.94 万元，下降 7.83%。' },
      { code: '基本支出比上年决算数减少 267.94 万元，降低 7.83%。' },
      { code: '基本支出较 2023 年度决算数减少 267.94 万元，降幅 7.83%。' },
      { code: '基本支出较上年减少了 267.94 万元，下降了 7.83%。' },
      { code: '基本支出与去年相比，减少 267.94 万元，下降 7.83%。' },
      { code: '基本支出比去年减少 267.94 万元，下降 7.83%。' },
      { code: '基本支出比上年 减少 267.94万元，下降 7.83 %。', name: 'stray spaces (BJ-CY22)' },
      { code: '收入支出总体与上年相比，减少 353.84 万元，下降 7.54%。', section: 'overall', name: 'the whole named 收入支出总体 (XJ-WLMQ23)' },
      { code: '基本支出3153.47万元,较上年减少267.94万元,下降7.83%。', name: 'half-width punctuation, no spaces' },
      { code: '基本支出 3,153.47 万元；较上年减少 267.94 万元；下降 7.83%。' },
      { code: '基本支出较上年下降 7.83%，减少 267.94 万元。', name: 'rate before amount' },
      { code: '基本支出较上年减少 2,679,400 元，下降 7.83%。' },
      { code: '基本支出较上年减\n少 267.94 万元，下\n降 7.83%。', name: 'direction words split across source lines' },
      { code: '基本支出 3,153.47 万元，\n较上年减少 267.94 万元，\n下降 7.83%。' },
      { code: '基本支出较上年减少 **267.94** 万元，下降 **7.83%**。' },
      { code: '基本支出 3,153.47 万元，比 2023 年的 3,421.41 万元减少 267.94 万元，下降 7.83%。' },
      { code: '基本支出 3,153.47 万元，占 72.66%，与上年相比减少 267.94 万元，下降 7.83%；项目支出 1,186.68 万元，占 27.34%，与上年相比减少 85.92 万元，下降 6.75%。', name: 'two subjects in one sentence' },
      { code: '- 1、基本支出 3,153.47 万元。与 2023 年度相比，减少 267.94 万元，下降 7.83%。主要是人员调出基本工资减少。', name: 'list item; subject carried into the next sentence' },
      { code: '2024 年度收、支总计均为 4,340.16 万元。与 2023 年度相比，收、支总计各减少 353.84 万元，下降 7.54%。', section: 'overall' },
      { code: '收支总计较上年决算数减少 353.84 万元，下降 7.54%。', section: 'overall' },
      { code: '收入支出总体与上年相比，减少 353.84 万元，下降 7.54%。', section: 'overall' },
      { code: '财政拨款收入 4,340.16 万元。与 2023 年度相比，减少 353.84 万元，下降 7.54%。', section: 'income' },
      { code: '2024 年度财政拨款收、支总计均为 4,340.16 万元。与 2023 年度相比，财政拨款收、支总计各减少 353.84 万元，下降 7.54%。', section: 'fiscal' },
      { code: '一般公共预算财政拨款支出 4,211.05 万元，与 2023 年度相比，减少 462.95 万元，下降 9.9%。', section: 'gpb' },
      { code: '机关运行经费支出 377.88 万元，比年初预算数减少 25.6 万元，下降 6.34%。', section: 'office' },
      { code: '机关运行经费支出 377.88 万元，较年初预算减少 25.60 万元，下降 6.34%。', section: 'office' },
      { code: '机关运行经费支出 377.88 万元，比年初预算数减少 256,000 元，降幅 6.3%。', section: 'office' },
      { code: '基本支出 3,153.47 万元，较上年增加 153.47 万元，增长 5.12%。', data: ROSE },
      { code: '基本支出同比增加 153.47 万元，提高 5.12%。', data: ROSE },
      { code: '上缴上级支出 0 万元，比上年增加 0.00 万元。', name: 'a zero change written as an increase (GX-WZ-23)' },
      { code: '本年收入合计 4,340.16 万元，比上年减少 353.84 万元，下降 7.54%。', section: 'income', name: 'last year\u2019s total not in the data: the sum of the lines it states (blind7 p77)' },
      { code: '本年支出合计 4,340.16 万元，比上年减少 353.85 万元，下降 7.54%。', section: 'expenditure', name: 'the same for spending' },
      { code: '本年支出合计比上年减少 353.86 万元。', section: 'expenditure', name: 'last year\u2019s lines each published to 0.01: their sum is ±0.01' },
      { code: '基本支出较上年减少 267.94 万元[^2]，下降 7.83%。', name: 'a footnote marker with no definition after a figure\u2019s unit is no figure (blind 11L B1)' },
      { code: '基本支出较上年减少 267.94 万元[2]，下降 7.83%。', name: 'a bracketed reference mark after the unit' },
      { code: '基本支出较上年减少 267.94 万元^2^，下降 7.83%。', name: 'pandoc\u2019s superscript ^2^ after the unit' },
      { code: '基本支出较上年减少 267.94 万元，下降 7.83%[^3]。', name: 'a footnote marker after %' },
      { code: '基本支出较上年减少 267.94 万元，下降 7.83%^3^。', name: 'pandoc\u2019s superscript after %' },
    ],
    invalid: [
      { code: '本年支出合计比上年减少 335.85 万元。', section: 'expenditure', errors: [{ ruleId: 'change-mismatch', expected: '353.85' }], name: 'against the sum of last year\u2019s lines' },
      { code: '基本支出较上年减少 276.94 万元，下降 7.83%。', errors: [{ ruleId: 'change-mismatch', expected: '267.94', line: 3, column: 11 }] },
      { code: '基本支出较上年减少 276.94 万元[^2]，下降 7.83%。', errors: [{ ruleId: 'change-mismatch', expected: '267.94', line: 3, column: 11 }], name: 'the figure before an undefined footnote marker is still checked, the marker never' },
      { code: '基本支出较上年下降 7.83%，减少 276.94 万元。', errors: [{ ruleId: 'change-mismatch', expected: '267.94' }] },
      { code: '基本支出较上年减少 2,769,400 元，下降 7.83%。', errors: [{ ruleId: 'change-mismatch', expected: '2,679,400' }] },
      { code: '基本支出较上年减\n少 276.94 万元。', errors: [{ ruleId: 'change-mismatch', expected: '267.94', line: 4, column: 3 }] },
      { code: '收、支总计各减少 358.34 万元，下降 7.54%。', section: 'overall', errors: [{ ruleId: 'change-mismatch', expected: '353.84' }] },
      { code: '一般公共预算财政拨款支出较上年减少 426.95 万元，下降 9.9%。', section: 'gpb', errors: [{ ruleId: 'change-mismatch', expected: '462.95' }] },
      { code: '机关运行经费支出 377.88 万元，比年初预算数减少 52.6 万元，下降 6.34%。', section: 'office', errors: [{ ruleId: 'change-mismatch', expected: '25.6' }] },
      { code: '基本支出较上年增加 135.47 万元，增长 5.12%。', data: ROSE, errors: [{ ruleId: 'change-mismatch', expected: '153.47' }] },
    ],
  },

  'change-rate-mismatch': {
    valid: [
      { code: '基本支出同比下降 7.83%。' },
      { code: '基本支出较 2023 年度决算数减少 267.94 万元，降幅为 7.8%。' },
      { code: '基本支出较上年减少 267.94 万元，下降 8%。' },
      { code: '项目支出 1,186.68 万元。与 2023 年度相比，减少 85.92 万元，下降 6.75%。' },
      { code: '一般公共预算财政拨款支出较上年减少 462.95 万元，下降 9.90%。', section: 'gpb' },
      { code: '基本支出较上年增加 153.47 万元，增幅 5.12%。', data: ROSE },
      { code: '基本支出较上年增加了 153.47 万元，上升 5.12%。', data: ROSE },
      { code: '基本支出较上年增长 5.1%。', data: ROSE },
      { code: '基本支出较 2023 年减少 267.94 万元，减幅 7.83%。' },
      { code: '基本支出较上年减少 267.94 万元，减幅为 7.83%。' },
      { code: '基本支出较 2023 年减少 267.94 万元，下降幅度为 7.83%。' },
      { code: '基本支出较上年减少 267.94 万元，下降率为 7.83%。' },
      { code: '基本支出较上年减少 267.94 万元，减少比例 7.83%。' },
      { code: '基本支出较去年同期减少 267.94 万元，同比下降 7.83%。' },
      { code: '基本支出较上年增加 153.47 万元，涨幅 5.12%。', data: ROSE },
    ],
    invalid: [
      { code: '基本支出较上年减少 267.94 万元，下降 7.38%。', errors: [{ ruleId: 'change-rate-mismatch', expected: '7.83', line: 3, column: 24 }] },
      { code: '基本支出同比下降 7.9%。', errors: [{ ruleId: 'change-rate-mismatch', expected: '7.8' }] },
      { code: '收入支出总体与上年相比，减少 353.84 万元，下降 7.45%。', section: 'overall', errors: [{ ruleId: 'change-rate-mismatch', expected: '7.54', column: 29 }], name: '收入支出总体 is 收支总计' },
      { code: '基本支出较上年减少 267.94 万元，降幅 8.83%。', errors: [{ ruleId: 'change-rate-mismatch', expected: '7.83' }] },
      { code: '基本支出较上年减少 267.94 万元，减幅为 7.38%。', errors: [{ ruleId: 'change-rate-mismatch', expected: '7.83', column: 25 }] },
      { code: '项目支出较上年减少 85.92 万元，下降 7.83%。', errors: [{ ruleId: 'change-rate-mismatch', expected: '6.75' }], name: 'the rate of the neighbouring item' },
      { code: '收支总计较上年决算数减少 353.84 万元，下降 8.15%。', section: 'overall', errors: [{ ruleId: 'change-rate-mismatch', expected: '7.54' }], name: 'wrong denominator: 353.84 ÷ 4,340.16 (CQ-TL21)' },
      { code: '机关运行经费支出 377.88 万元，比年初预算数减少 25.6 万元，下降 6.43%。', section: 'office', errors: [{ ruleId: 'change-rate-mismatch', expected: '6.34', column: 40 }] },
      { code: '基本支出较上年减少 267.94 万元，下降 7.82%。', errors: [{ ruleId: 'change-rate-mismatch', expected: '7.83' }], name: '7.8313… is neither 7.83 nor a cut of it' },
      { code: '基本支出较上年增加 153.47 万元，增长 4.87%。', data: ROSE, errors: [{ ruleId: 'change-rate-mismatch', expected: '5.12' }], name: 'wrong denominator: 153.47 ÷ 3,153.47' },
    ],
  },

  'direction-mismatch': {
    valid: [
      { code: '上缴上级支出 0 万元。与 2023 年决算数相同。' },
      { code: '上缴上级支出 0 万元，与上年持平。' },
      { code: '上缴上级支出 0 万元，较上年无变化。' },
      { code: '上缴上级支出 0 万元，与上年决算数相同。' },
      { code: '上缴上级支出 0 万元，比去年无增减变化。' },
      { code: '上级补助收入 0 万元，与上年持平。', section: 'income' },
      { code: '“三公”经费支出全年预算为 49.7 万元，支出决算为 49.7 万元，与 2024 年预算基本持平。', section: 'sanGong' },
      { code: '“三公”经费支出决算与全年预算持平。', section: 'sanGong' },
      { code: '基本支出较上年减少 267.94 万元，下降 7.83%。' },
      { code: '基本支出较上年增加 153.47 万元，增长 5.12%。', data: ROSE },
    ],
    invalid: [
      { code: '基本支出较上年增加 267.94 万元，下降 7.83%。', errors: [{ ruleId: 'direction-mismatch', expected: '减少', actual: '增加', line: 3, column: 8 }] },
      { code: '基本支出较上年减少 267.94 万元，增长 7.83%。', errors: [{ ruleId: 'direction-mismatch', expected: '下降', column: 21 }] },
      { code: '基本支出较上年增加 267.94 万元，增长 7.83%。', errors: [{ ruleId: 'direction-mismatch', expected: '减少', column: 8 }, { ruleId: 'direction-mismatch', expected: '下降', column: 21 }] },
      { code: '基本支出较上年下降 7.83%，增加 267.94 万元。', errors: [{ ruleId: 'direction-mismatch', expected: '减少', column: 17 }] },
      { code: '基本支出同比增长 7.83%。', errors: [{ ruleId: 'direction-mismatch', expected: '下降', column: 7 }] },
      { code: '基本支出较上年增加了 267.94 万元。', errors: [{ ruleId: 'direction-mismatch', expected: '减少了' }] },
      { code: '基本支出较上年减少 267.94 万元，增幅 7.83%。', errors: [{ ruleId: 'direction-mismatch', expected: '降幅' }] },
      { code: '基本支出与上年持平。', errors: [{ ruleId: 'direction-mismatch', actual: '持平', column: 8 }] },
      { code: '基本支出与上年相比无变化。', errors: [{ ruleId: 'direction-mismatch', actual: '无变化' }] },
      { code: '基本支出与上年基本持平。', errors: [{ ruleId: 'direction-mismatch', actual: '基本持平' }], name: '基本持平 against a change of 7.83%' },
      { code: '基本支出与上年决算数相同。', errors: [{ ruleId: 'direction-mismatch', actual: '相同' }] },
      { code: '机关服务（项）年初预算为 153.53 万元，支出决算为 150.26 万元，完成年初预算的 97.87%。决算数与年初预算数持平。', section: 'gpb', errors: [{ ruleId: 'direction-mismatch', actual: '持平' }], name: '持平 against a budget it does not meet' },
      { code: '机关运行经费支出 377.88 万元，比年初预算数增加 25.6 万元，下降 6.34%。', section: 'office', errors: [{ ruleId: 'direction-mismatch', expected: '减少', column: 26 }], name: 'one wrong word, one message (the text-only rate check does not add another)' },
      { code: '基本支出较上年减少 153.47 万元，增长 5.12%。', data: ROSE, errors: [{ ruleId: 'direction-mismatch', expected: '增加' }] },
      { code: '基本支出较上年增加 153.47 万元，下降 5.12%。', data: ROSE, errors: [{ ruleId: 'direction-mismatch', expected: '增长' }] },
      { code: '基本支出较上年增加 153.47 万元，降幅 5.12%。', data: ROSE, errors: [{ ruleId: 'direction-mismatch', expected: '增幅' }] },
      { code: '基本支出较上年持平。', data: ROSE, errors: [{ ruleId: 'direction-mismatch', actual: '持平' }] },
      { code: '基本支出较上年增加 153.47 万元，减幅 5.12%。', data: ROSE, errors: [{ ruleId: 'direction-mismatch', actual: '减幅', expected: '增幅', column: 21 }] },
      // The fix keeps the word family the text uses: 下降 → 增长, 下滑 → 上升, 降低 → 提高; and back, 上升 → 下降.
      { code: '基本支出较上年下降 153.47 万元，下降 5.12%。', data: ROSE, errors: [{ ruleId: 'direction-mismatch', expected: '增长' }, { ruleId: 'direction-mismatch', expected: '增长' }] },
      { code: '基本支出较上年下滑 5.12%。', data: ROSE, errors: [{ ruleId: 'direction-mismatch', actual: '下滑', expected: '上升' }] },
      { code: '基本支出较上年降低 5.12%。', data: ROSE, errors: [{ ruleId: 'direction-mismatch', actual: '降低', expected: '提高' }] },
      { code: '基本支出较上年上升 267.94 万元，上升 7.83%。', errors: [{ ruleId: 'direction-mismatch', expected: '下降' }, { ruleId: 'direction-mismatch', expected: '下降' }] },
    ],
  },

  'truncated-figure': {
    valid: [
      { code: '收支总计较上年决算数减少 353.84 万元，下降 7.54%。', section: 'overall' },
      { code: '基本支出 3,153.47 万元，占 72.66%。' },
    ],
    invalid: [
      { code: '收支总计较上年决算数减少 353.84 万元，下降 7.53%。', section: 'overall', errors: [{ ruleId: 'truncated-figure', severity: 2, expected: '7.54', actual: '7.53', line: 3, column: 27 }], name: '7.538…% cut to 7.53 (SC-DY22 habit)' },
      { code: '基本支出 3,153.47 万元，占 72.65%。', errors: [{ ruleId: 'truncated-figure', severity: 2, expected: '72.66' }] },
      { code: '基本支出 3,153.4 万元。', errors: [{ ruleId: 'truncated-figure', severity: 2, expected: '3,153.5' }] },
    ],
  },
}, { section: 'expenditure' });

/**
 * Blind test round 4 (p.md:11): after ；a name no topic holds (其余各项收入) is the subject of its own
 * 与上年持平 — not the subject of the clause before, whose change contradicts it.
 */
const OTHER_INCOME_FLAT = '财政拨款收入比上年减少353.84万元，降低7.54%；其余各项收入与上年持平。';
ruleTester({
  'direction-mismatch': {
    valid: [{ code: OTHER_INCOME_FLAT, name: 'the seed’s other incomes are 0 both years' }],
    invalid: [
      {
        code: OTHER_INCOME_FLAT.replace('其余各项收入', '财政拨款收入'), name: 'the same subject again: its 持平 contradicts its change',
        errors: [{ ruleId: 'direction-conflict', actual: '降低…持平' }, { ruleId: 'direction-mismatch', actual: '持平' }],
      },
    ],
  },
}, { section: 'income' });

/**
 * Blind 11L F1: 基本持平 is a small change, not no change — beside 增长 0.57% it is no contradiction, whichever comes
 * first; the size decides, as for 基本持平 alone (a change rate within 1%). Plain 持平 beside a change stays an error.
 * 项目支出 1,186.68 against last year's 1,180.00: +6.68 万元, +0.57%.
 */
const PROJECTS_ALMOST_FLAT = seedWith('    项目支出: 1,272.60', '    项目支出: 1,180.00');
ruleTester({
  'direction-conflict': {
    valid: [
      { code: '项目支出较上年增加6.68万元，增长0.57%，基本持平。', data: PROJECTS_ALMOST_FLAT, name: 'blind 11L jx-justice:21' },
      { code: '项目支出较上年增长0.57%，与上年基本持平。', data: PROJECTS_ALMOST_FLAT },
      { code: '项目支出与上年基本持平（增长0.57%）。', data: PROJECTS_ALMOST_FLAT, name: 'the rate after 基本持平 (passed before)' },
    ],
    invalid: [
      {
        code: '项目支出较上年增加6.68万元，增长0.57%，与上年持平。', data: PROJECTS_ALMOST_FLAT, name: 'plain 持平 with a change',
        errors: [{ ruleId: 'direction-conflict', actual: '增长…持平' }, { ruleId: 'direction-mismatch', actual: '持平' }],
      },
      {
        code: '基本支出较上年减少267.94万元，下降7.83%，基本持平。', name: '基本持平 beside a change of 7.83%: too large to be small',
        errors: [{ ruleId: 'direction-conflict', actual: '下降…基本持平' }, { ruleId: 'direction-mismatch', actual: '基本持平' }],
      },
    ],
  },
}, { section: 'expenditure' });

// Last year's 本年收入合计 is the sum of its lines only where the data states every line.
ruleTester({
  'unverified-figure': {
    valid: [{ code: '本年收入合计比上年减少 353.84 万元。', name: 'every line stated: their sum' }],
    invalid: [
      { code: '本年收入合计比上年减少 353.84 万元。', data: PREVIOUS_INCOME_LINE_MISSING, errors: [{ ruleId: 'unverified-figure', severity: 1 }], name: 'a line of last year left out: not known to be 0, no total' },
    ],
  },
}, { section: 'income' });

/** 年初 180.00 万元 and 年末 133.30 万元 carried over (公开01表): the year's change of the balance is 年末 − 年初. */
const BALANCES = mutateSeed((a) => {
  a.t01.income.openingBalance = new Decimal('180.00');
  a.t01.expenditure.closingBalance = new Decimal('133.30');
});

/** 年末结转和结余 X，比年初（结转和结余）减少 Y (blind 11L p04, p29): the change from the opening balance. */
ruleTester({
  'change-mismatch': {
    valid: [
      { code: '年末结转和结余133.30万元，比年初结转和结余减少46.70万元。', data: BALANCES },
      { code: '年初结转和结余180.00万元，年末结转和结余133.30万元，比年初减少46.70万元。', data: BALANCES },
      { code: '年末结转和结余133.30万元，较年初减少46.70万元，下降25.94%。', data: BALANCES },
    ],
    invalid: [
      {
        code: '年末结转和结余133.30万元，比年初结转和结余减少64.70万元。', data: BALANCES,
        errors: [{ ruleId: 'change-mismatch', actual: '64.70', expected: '46.70' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '年末结转和结余133.30万元，比年初减少46.70万元。', data: BALANCES }],
    invalid: [
      {
        code: '基本支出3,153.47万元，比年初增加46.70万元。', data: BALANCES, name: '比年初 of a spending: its opening budget, or what — the words do not say',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '46.70' }],
      },
    ],
  },
}, { section: 'overall' });

/**
 * A table in 四 of this year's and last year's figures and the rate between them (blind 12L B): the 合计 row's
 * subject is no name — but where both its amounts are 财政拨款收支总计 this year and last, the row is that total's,
 * and its rate is the total's change.
 */
describe('the 合计 row of a two-year table in 四', () => {
  const TABLE = (row: string) => [
    '## 四、财政拨款收入支出决算总体情况说明', '',
    '| 项目 | 2024年决算数（万元） | 2023年决算数（万元） | 增减率 |', '|---|---:|---:|---:|', row, '',
  ].join('\n');
  const lint = (row: string) => lintCase({ markdown: TABLE(row) }, { section: 'fiscal' }).map((m) => [m.ruleId, m.severity, m.actual, m.expected]);
  it('a right rate: no message', () => {
    expect(lint('| 合计 | 4,340.16 | 4,694.00 | -7.54% |')).toEqual([]);
  });
  it('both amounts the total\'s, this year and last: a wrong rate is an error', () => {
    expect(lint('| 合计 | 4,340.16 | 4,694.00 | -7.45% |')).toEqual([['change-rate-mismatch', 2, '7.45', '7.54']]);
  });
  it('an amount that is not the total\'s pins nothing: the rate stays unverified', () => {
    expect(lint('| 合计 | 4,340.61 | 4,694.00 | -7.45% |').map((m) => m[0])).toEqual(['unverified-figure', 'unverified-figure']);
  });
});

/** Last year's 政府性基金预算财政拨款收入 (公开01表's line) stated: 150.00 → 129.11 this year, −13.93%. */
const GOV_FUND_BEFORE = mutateSeed((a) => {
  a.previous.appropriations.govFundAppropriation = new Decimal('150.00');
});

describe('政府性基金预算财政拨款 in a two-year table in 四 (blind 12L: 1,307.36 and its rate unverified, though the data has last year\'s)', () => {
  const TABLE = (row: string) => [
    '## 四、财政拨款收入支出决算总体情况说明', '',
    '| 项目 | 2024年决算数（万元） | 2023年决算数（万元） | 增减率 |', '|---|---:|---:|---:|', row, '',
  ].join('\n');
  const lint = (row: string) => lintCase({ markdown: TABLE(row), data: GOV_FUND_BEFORE }, { section: 'fiscal' }).map((m) => [m.ruleId, m.severity, m.actual]);
  it('last year\'s figure and the rate against the income line of last year: verified', () => {
    expect(lint('| 政府性基金预算财政拨款 | 129.11 | 150.00 | -13.93% |')).toEqual([]);
  });
  it('the name leaves income or spending open: a wrong figure stays unverified, never an error', () => {
    expect(lint('| 政府性基金预算财政拨款 | 129.11 | 160.00 | -13.93% |').map((m) => [m[0], m[2]])).toEqual([['unverified-figure', '160.00']]);
  });
});

/** Last year's 政府性基金预算财政拨款支出 stated: 150.00 → 129.11 this year, −13.93%. */
const GOV_FUND_SPENT_BEFORE = mutateSeed((a) => {
  a.previous.govFundExpenditure = new Decimal('150.00');
});

describe('a change after a 项 the scope\'s spending all went to (blind 12L: 同比下降4.4% in 七 unverified)', () => {
  const SENTENCE = (rate: string) => `2024年度政府性基金预算财政拨款支出129.11万元，全部用于其他国有土地使用权出让收入安排的支出（项），同比下降${rate}%。`;
  const lint = (rate: string) => lintCase({ code: SENTENCE(rate), data: GOV_FUND_SPENT_BEFORE }, { section: 'govFund' }).map((m) => [m.ruleId, m.severity, m.actual]);
  it('the 项 has no last year: the change is read as the scope\'s named before it — verified where it agrees', () => {
    expect(lint('13.93')).toEqual([]);
  });
  it('…a guess all the same: a wrong rate is unverified, never an error', () => {
    expect(lint('13.39')).toEqual([['unverified-figure', 1, '13.39']]);
  });
});
