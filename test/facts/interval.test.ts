import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/data/amount.js';
import { div, overlaps, quotientOverlaps, scale, type Interval } from '../../src/facts/interval.js';

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

describe('whether a scaled quotient overlaps an interval', () => {
  const k = new Decimal(100);

  it('is undefined when the divisor may be zero', () => {
    const one = { lo: new Decimal(1), hi: new Decimal(1) };
    expect(quotientOverlaps(one, { lo: new Decimal(0), hi: new Decimal(2) }, k, one)).toBeUndefined();
  });

  it('says 3 ÷ 4 is 75%, within 74.995–75.005, and not 75.01%', () => {
    const three = { lo: new Decimal(3), hi: new Decimal(3) };
    const four = { lo: new Decimal(4), hi: new Decimal(4) };
    expect(quotientOverlaps(three, four, k, { lo: new Decimal('74.995'), hi: new Decimal('75.005') })).toBe(true);
    expect(quotientOverlaps(three, four, k, { lo: new Decimal('75'), hi: new Decimal('75.01') })).toBe(true); // touches
    expect(quotientOverlaps(three, four, k, { lo: new Decimal('75.005'), hi: new Decimal('75.015') })).toBe(false);
  });

  it('answers as dividing, scaling and comparing does, whatever the signs', () => {
    fc.assert(fc.property(interval, interval, interval, (a, b, t) => {
      fc.pre(b.lo.gt(0) || b.hi.lt(0));
      expect(quotientOverlaps(a, b, k, t)).toBe(overlaps(scale(div(a, b)!, k), t));
    }), { numRuns: 3000 });
  });
});
