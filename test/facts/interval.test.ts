import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/data/amount.js';
import { div, type Interval } from '../../src/facts/interval.js';

const decimal = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Decimal(n).div(100));
const interval = fc.tuple(decimal, decimal).map(([x, y]): Interval => (x.lte(y) ? { lo: x, hi: y } : { lo: y, hi: x }));

/** The definition: the smallest and largest of the four quotients of the ends. */
function divByDefinition(a: Interval, b: Interval): Interval {
  const q = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return { lo: Decimal.min(...q), hi: Decimal.max(...q) };
}

describe('interval division', () => {
  it('is undefined when the divisor may be zero', () => {
    expect(div({ lo: new Decimal(1), hi: new Decimal(2) }, { lo: new Decimal(-1), hi: new Decimal(1) })).toBeUndefined();
    expect(div({ lo: new Decimal(1), hi: new Decimal(2) }, { lo: new Decimal(0), hi: new Decimal(1) })).toBeUndefined();
  });

  it('gives the smallest and largest quotient of the ends, whatever the signs', () => {
    fc.assert(fc.property(interval, interval, (a, b) => {
      fc.pre(b.lo.gt(0) || b.hi.lt(0));
      const got = div(a, b)!;
      const want = divByDefinition(a, b);
      expect(got.lo.eq(want.lo) && got.hi.eq(want.hi)).toBe(true);
    }), { numRuns: 2000 });
  });
});
