/**
 * A reason clause that states its own subject's change (主要原因：基本支出减少，
 * 较上年减少 N 万元): N is that subject's change, not the section total's.
 */
import { ruleTester } from './tester.js';

ruleTester({
  'change-mismatch': {
    valid: [
      { code: '本年支出合计 4,340.16 万元。主要原因：基本支出减少，较上年减少 267.94 万元。' },
      { code: '本年支出合计 4,340.16 万元，主要原因是基本支出减少，比上年减少 267.94 万元，下降 7.83%。' },
    ],
    invalid: [
      { code: '本年支出合计 4,340.16 万元。主要原因：基本支出减少，较上年减少 276.94 万元。', errors: [{ ruleId: 'change-mismatch', expected: '267.94' }] },
    ],
  },
}, { section: 'expenditure' });
