/**
 * How a trimmed amount's precision is read, as a property over documents in both styles (amounts elsewhere to the
 * cent, or none; the amount and its rate written to 0, 1 or 2 decimals):
 * - text written from the data is never an error: the amount to the cent beside its rate at any precision, in either
 *   style; the amount rounded (150, 150.3) beside its rate at any precision where no other amount is written to the cent
 *   (in a document that writes two amounts to the cent, “150” is read as 150.00 by the paragraph's own arithmetic —
 *   docs/lint.md's statedDecimals — a reading the check against the data does not share yet);
 * - a stale amount the writer held to its written digits (150.00 written 150, 150.30 written 150.3) whose sentence
 *   states the rate worked from it to the cent is an error, however near the data it rounds (blind 16L §3).
 * Seed: 机关服务（项） 年初预算 153.53, 决算 150.26.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/data/amount.js';
import { formatNumber } from '../../src/format/number.js';
import { lintMarkdown } from '../../src/lint/lint.js';
import { contextFor, HEADINGS } from './rules/tester.js';

const BUDGET = new Decimal('153.53');
const ACTUAL = new Decimal('150.26');
const STYLES = ['', '2024 年度一般公共预算财政拨款支出 4,211.05 万元，其中一般公共服务（类）支出 3,218.84 万元。\n\n'];

const doc = (style: string, amount: string, rate: string) => `## ${HEADINGS.gpb}\n\n${style}`
  + `3、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）机关服务（项）。年初预算为 153.53 万元，支出决算为 ${amount} 万元，完成年初预算的 ${rate}%。\n`;
const write = (value: Decimal, decimals: number) => formatNumber(value, { decimals, trimZeros: false, grouping: true });
const rateOf = (value: Decimal, decimals: number) => write(value.div(BUDGET).times(100), decimals);

describe('a trimmed amount and the rate of its sentence', () => {
  const ctx = contextFor();

  it('text written from the data is clean at any precision, in either style', () => {
    fc.assert(fc.property(fc.constantFrom(...STYLES), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), (style, d, r) => {
      fc.pre(style === '' || d === 2);
      expect(lintMarkdown(doc(style, write(ACTUAL, d), rateOf(ACTUAL, r)), ctx).messages).toEqual([]);
    }), { numRuns: 18 });
  });

  it('a stale amount held to its written digits, with the rate worked from it to the cent, is an error fixed to the data', () => {
    fc.assert(fc.property(fc.constantFrom(...STYLES), fc.integer({ min: 0, max: 1 }), (style, d) => {
      // The data's figure as the writer rounded it — but held to those digits: 150.00, 150.30.
      const stale = ACTUAL.toDecimalPlaces(d, Decimal.ROUND_HALF_UP);
      const rate = rateOf(stale, 2);
      const wrong = lintMarkdown(doc(style, write(stale, d), rate), ctx).messages.filter((m) => m.ruleId === 'amount-mismatch');
      expect(wrong.map((m) => [m.actual, m.expected])).toEqual([[write(stale, d), '150.26']]);
    }), { numRuns: 8 });
  });
});
