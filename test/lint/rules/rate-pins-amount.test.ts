/**
 * An amount written with fewer decimals than the data (150 for 150.26) is a rounded figure, and right — unless the
 * completion rate of its own sentence says otherwise: “支出决算为 150 万元，完成年初预算的 97.70%” where 150 ÷ 153.53 =
 * 97.70% to the cent is a rate worked from 150.00, so 150 is no rounding but a stale figure (blind 16L §3: a revision
 * that moved 13.00 to 12.65 left “13 万元，完成全年预算的 81.25%”). The error is fixed to the cent the rate holds it to.
 * Seed: 机关服务（项） 年初预算 153.53, 决算 150.26 (97.87%).
 */
import { describe, expect, it } from 'vitest';
import { fixMarkdown } from '../../../src/lint/fix.js';
import { contextFor, HEADINGS, ruleTester } from './tester.js';

const item = (words: string) => `3、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）机关服务（项）。${words}`;

ruleTester({
  'amount-mismatch': {
    valid: [
      { code: item('年初预算为 153.53 万元，支出决算为 150 万元，完成年初预算的 97.87%。'), name: 'a rounded amount beside the right rate' },
      { code: item('年初预算为 153.53 万元，支出决算为 150 万元，完成年初预算的 98%。'), name: '…beside a rounded rate' },
      { code: item('年初预算为 153.53 万元，支出决算为 150.26 万元，完成年初预算的 97.87%。') },
    ],
    invalid: [
      {
        code: item('年初预算为 153.53 万元，支出决算为 150 万元，完成年初预算的 97.70%。'),
        errors: [
          { ruleId: 'amount-mismatch', actual: '150', expected: '150.26', message: /97\.70% 是按 150 ÷ 153\.53 算出的/u },
          { ruleId: 'completion-rate-mismatch', expected: '97.87' },
        ],
        name: 'the rate worked from the amount as written: the amount is stale, not rounded',
      },
    ],
  },
  'completion-rate-mismatch': {
    valid: [{ code: item('年初预算为 153.53 万元，支出决算为 150.26 万元，完成年初预算的 97.9%。'), name: 'a rate rounded to one decimal' }],
    invalid: [
      {
        code: item('年初预算为 153.53 万元，支出决算为 150 万元，完成年初预算的 95.00%。'),
        errors: [{ ruleId: 'completion-rate-mismatch', expected: '97.87' }],
        name: 'a wrong rate that is not the written amount\'s: the rounded amount stays right',
      },
    ],
  },
}, { section: 'gpb' });

describe('--fix of an amount its sentence\'s rate pins', () => {
  it('writes the data\'s figure to the cent, and the rate from it', () => {
    const doc = (words: string) => `## ${HEADINGS.gpb}\n\n${item(words)}\n`;
    const { output, result } = fixMarkdown(doc('年初预算为 153.53 万元，支出决算为 150 万元，完成年初预算的 97.70%。'), contextFor());
    expect(output).toBe(doc('年初预算为 153.53 万元，支出决算为 150.26 万元，完成年初预算的 97.87%。'));
    expect(result.messages).toEqual([]);
  });
});
