/**
 * A figure the words call approximate (约, 大约, 近, 将近, 接近, 超过, 逾, 不到, 不足; …左右, …上下) is never an error of
 * the data and never fixed (blind test 8L §1.1: 增幅约 5% was “fixed” to 降幅约 2%, 减少约 40% to 约 22%): where it
 * disagrees with the data it is unverified, naming the data's figure; where it agrees, nothing is said. The same figure
 * without such a word is still an error.
 */
import { describe, expect, it } from 'vitest';
import { fixMarkdown } from '../../../src/lint/fix.js';
import { contextFor, HEADINGS, ruleTester } from './tester.js';

ruleTester({
  'unverified-figure': {
    valid: [
      { code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降约 8%。', name: 'an approximate rate the data rounds to' },
      { code: '基本支出 3,153.47 万元，约合 0.32 亿元。', name: '约合 the converted amount, as the data rounds' },
    ],
    invalid: [
      {
        code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降约 10%。', name: '约 before a rate',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '10', message: /约数/u }],
      },
      {
        code: '基本支出 3,153.47 万元，较上年减少近 300 万元。', name: '近 before an amount',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '300', message: /约数/u }],
      },
      {
        code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 10% 左右。', name: '左右 after the rate',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '10', message: /约数/u }],
      },
      {
        code: '基本支出 3,153.47 万元，约合 0.35 亿元。', name: '约合 before a converted amount (blind 12L: a truncated-figure error, and --fix on a wrong one)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0.35', message: /约数/u }],
      },
      {
        code: '基本支出 3,153.47 万元，约为 0.35 亿元。', name: '约为',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0.35', message: /约数/u }],
      },
      {
        code: '基本支出超过 3,000 万元。', name: '超过 before an amount: no error',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3,000' }],
      },
    ],
  },
  'change-rate-mismatch': {
    valid: [{ code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 7.83%。' }],
    invalid: [
      { code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 10%。', name: 'without 约: an error', errors: [{ ruleId: 'change-rate-mismatch', expected: '8' }] },
    ],
  },
}, { section: 'expenditure' });

describe('--fix leaves an approximate figure as written', () => {
  it('下降约 10% stays', () => {
    const markdown = `## ${HEADINGS.expenditure}\n\n基本支出 3,153.47 万元，较上年减少 267.94 万元，下降约 10%。\n`;
    expect(fixMarkdown(markdown, contextFor()).output).toBe(markdown);
  });
});
