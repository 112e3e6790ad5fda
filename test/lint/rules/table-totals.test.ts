/**
 * A GFM table's 合计 row written by the author is the sum of the rows above it. Where the rows are each confirmed by
 * the data but name no one whole whose parts they are (一般公共预算财政拨款收入 and 政府性基金预算财政拨款收入 under 二),
 * the 合计 alone is only a guess at the data's figure — yet the rows pin it: their sum is what it must be, and where
 * that sum is the guessed fact's figure a stale 合计 is an error, fixed to the sum (blind 16L §5).
 * A 合计 row under its own name (本年收入合计) is 100% of itself (blind 16L §6).
 * Seed: 一般公共预算财政拨款收入 4,211.05 + 政府性基金预算财政拨款收入 129.11 = 本年收入合计 4,340.16.
 */
import { describe, expect, it } from 'vitest';
import { fixMarkdown } from '../../../src/lint/fix.js';
import { contextFor, HEADINGS, ruleTester } from './tester.js';

const table = (total: string, gpb = '4,211.05', name = '合计', share = '100%') => `## ${HEADINGS.income}

| 项目 | 金额（万元） | 占比 |
| --- | --- | --- |
| 一般公共预算财政拨款收入 | ${gpb} | 97.03% |
| 政府性基金预算财政拨款收入 | 129.11 | 2.97% |
| ${name} | ${total} | ${share} |
`;

ruleTester({
  'parts-sum-mismatch': {
    valid: [
      { markdown: table('4,340.16'), name: 'the rows add up to the 合计, which is 本年收入合计' },
      { markdown: table('4,340.16', '4,211.05', '本年收入合计'), name: 'the 合计 row under its own name, 100% of itself' },
      { markdown: table('4,340.16', '4,211.05', '本年收入合计', '100.00%'), name: '…written 100.00%' },
    ],
    invalid: [
      {
        markdown: table('4,300.16'),
        errors: [{ ruleId: 'parts-sum-mismatch', actual: '4,300.16', expected: '4,340.16', line: 7, message: /4,211\.05 \+ 129\.11 = 4,340\.16/u }],
        name: 'a stale 合计 under rows the data confirms',
      },
    ],
  },
  'amount-mismatch': {
    valid: [{ markdown: table('4,340.16'), name: 'every row as the data' }],
    invalid: [
      {
        markdown: table('4,300.16', '4,171.05'),
        errors: [{ ruleId: 'amount-mismatch', expected: '4,211.05' }, { ruleId: 'unverified-figure', actual: '4,300.16' }],
        name: 'a row the data does not confirm: the rows pin no sum, the 合计 stays a guess',
      },
    ],
  },
  'unverified-figure': {
    valid: [{ markdown: table('4,340.16', '4,211.05', '本年收入合计'), name: '本年收入合计 | 4,340.16 | 100%: nothing left unverified' }],
    invalid: [
      {
        markdown: table('4,340.16', '4,211.05', '本年收入合计', '95%'),
        errors: [{ ruleId: 'unverified-figure', actual: '95' }],
        name: 'not 100%: no share of itself, left to the other checks',
      },
    ],
  },
}, { section: 'income' });

describe('--fix of a table\'s 合计 row', () => {
  it('writes the rows\' sum, and the fixed table lints clean', () => {
    const ctx = contextFor();
    const { output, result } = fixMarkdown(table('4,300.16'), ctx);
    expect(output).toBe(table('4,340.16'));
    expect(result.messages).toEqual([]);
  });
});
