/**
 * rate-unit-missing: a rate written without % (增长 13.95) is an error that says
 * the unit is missing, with the rate's expected value; so is a share (占 76.23):
 * after 占 a figure is a share whether or not it carries %, never an amount —
 * and --fix writes the share with its %, never an amount after 占. Without the
 * value (no data) the missing % is still reported, with no fix.
 * score-over-100: a score above 100 is wrong from the text alone; a count of
 * outputs in a performance narrative (学位, 所, 场次 …) is not the number of projects.
 */
import { describe, expect, it } from 'vitest';
import { fixMarkdown } from '../../../src/lint/fix.js';
import { contextFor, ruleTester } from './tester.js';
import { lintTextOnly } from './text-only.js';

ruleTester({
  'rate-unit-missing': {
    valid: [
      { code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 7.83%。' },
      { code: '财政拨款收入 4,340.16 万元，占本年收入合计 4,340.16 万元的 100%。', section: 'income', name: 'an amount after 占 that is the whole, before 的' },
    ],
    invalid: [
      { code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 7.83。', errors: [{ ruleId: 'rate-unit-missing', expected: '7.83%' }] },
      { code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 8.83。', errors: [{ ruleId: 'rate-unit-missing', expected: '7.83%' }] },
      { code: '基本支出 3,153.47 万元，占 72.66;项目支出 1,186.68 万元，占 27.34。', errors: [{ ruleId: 'rate-unit-missing', expected: '72.66%', column: 20 }, { ruleId: 'rate-unit-missing', expected: '27.34%', column: 45 }], name: 'a share without % is no amount' },
      { code: '一般公共服务支出（类）3,218.84 万元，占 76.23;', section: 'gpb', errors: [{ ruleId: 'rate-unit-missing', actual: '76.23', expected: '76.44%' }], name: 'a wrong share without %: its right value, with %' },
      { code: '基本支出 3,153.47 万元，占本年支出合计的 72.66。', errors: [{ ruleId: 'rate-unit-missing', expected: '72.66%' }] },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '基本支出 3,153.47 万元，占 72.66%。' }],
    invalid: [
      {
        code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 0.08 倍。', name: '增长 N 倍 is a multiple, not a rate missing its % (blind8l §1.4: fixed to 156.41%倍)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0.08', message: /倍数/u }],
      },
      {
        code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 7.83%，下降 0.08 倍。', name: 'beside the rate with its %',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0.08', message: /倍数/u }],
      },
      {
        code: '基本支出 3,153.47 万元，是上年的 1.09 倍。', name: '是上年的 N 倍: a multiple, not last year\'s figure',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1.09', message: /倍数/u }],
      },
      { code: '基本支出占 3,153.47 万元。', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3,153.47' }], name: 'an amount after 占 with no whole named is no share and no amount to fix' },
    ],
  },
}, { section: 'expenditure' });

describe('after 占, --fix writes a share, never an amount', () => {
  it('fixes 占 76.23 to the class\'s share with its %', () => {
    const markdown = '## 五、一般公共预算财政拨款支出决算情况说明\n\n一般公共服务支出（类）3,218.84 万元，占 76.23;社会保障和就业支出（类）665.34 万元，占 15.8。\n';
    expect(fixMarkdown(markdown, contextFor()).output).toBe(markdown.replace('占 76.23', '占 76.44%').replace('占 15.8', '占 15.8%'));
  });
  it('with no data, 增长 1.56 倍 is no rate missing its %', () => {
    const messages = lintTextOnly('## 三、支出决算情况说明\n\n基本支出 3,153.47 万元，较上年增加 1,000.00 万元，增长 1.56 倍。\n', 2024);
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
  });
  it('with no data the missing % is reported; a value and a fix only where the paragraph\'s own figures give the rate', () => {
    const messages = lintTextOnly('## 三、支出决算情况说明\n\n基本支出 3,153.47 万元，占 72.66;较上年减少 267.94 万元，下降 7.83。\n', 2024);
    const missing = messages.filter((m) => m.ruleId === 'rate-unit-missing');
    expect(missing.map((m) => m.actual)).toEqual(['72.66', '7.83']);
    // 占 72.66: its whole (本年支出合计) is not stated, so nothing gives its value.
    expect([missing[0]!.expected, missing[0]!.fix]).toEqual([undefined, undefined]);
    // 下降 7.83: 267.94 ÷ (3,153.47 + 267.94) = 7.83%, the writer's own number: the fix only adds the %.
    expect(missing[1]).toMatchObject({ expected: '7.83%', fix: { text: '7.83%' } });
  });

  it('with no data, a rate without % that the paragraph\'s figures contradict: their rate named, no fix', () => {
    const messages = lintTextOnly('## 三、支出决算情况说明\n\n基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 8.83。\n', 2024);
    const [missing] = messages.filter((m) => m.ruleId === 'rate-unit-missing');
    expect(missing).toMatchObject({ actual: '8.83', expected: '7.83%' });
    expect(missing!.fix).toBeUndefined();
  });
});

ruleTester({
  'unverified-figure': {
    valid: [{ code: '绩效自评项目 3 个，平均得分 96.08 分。' }],
    invalid: [
      {
        code: '新增普惠性学位 600 个，绩效自评项目 3 个。', name: 'a count of outputs is not the number of projects: at most unverified, never an error',
        errors: [{ ruleId: 'unverified-figure', severity: 1 }],
      },
    ],
  },
  'score-over-100': {
    valid: [
      { code: '绩效自评项目 3 个，平均得分 96.08 分。' },
    ],
    invalid: [

      { code: '某项目自评得分 101 分。', errors: [{ ruleId: 'score-over-100' }] },
    ],
  },
}, { section: 'performance' });
