import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/data/amount.js';
import { approxAdd, approxOrder, approxOverlaps, approxQuotientOverlaps, approxRounded, approxSub, approxWiden, type Approx } from '../../src/facts/approx.js';
import { add, overlaps, quotientOverlaps, rounded, scale, sub, type Interval } from '../../src/facts/interval.js';

/** A figure as a document states it: up to 10¹² with 0–2 decimals (sometimes more), in 元, 万元 or 亿元. */
interface Stated { text: string; decimals: number; factor: string }

const FACTORS = ['1', '0.0001', '10000'];

function figure(text: string, decimals: number, factor: string): Stated {
  return { text, decimals, factor };
}

const stated: fc.Arbitrary<Stated> = fc.record({
  whole: fc.oneof(fc.bigInt({ min: 0n, max: 999n }), fc.bigInt({ min: 0n, max: 999_999_999_999n })),
  cents: fc.integer({ min: 0, max: 9999 }),
  decimals: fc.constantFrom(0, 1, 2, 2, 2, 4),
  factor: fc.constantFrom(...FACTORS),
  negative: fc.boolean(),
}).map(({ whole, cents, decimals, factor, negative }) => {
  const frac = String(cents).padStart(4, '0').slice(0, decimals);
  return figure(`${negative && (whole > 0n || cents > 0) ? '-' : ''}${whole}${decimals > 0 ? `.${frac}` : ''}`, decimals, factor);
});

// The same figure both ways, as consistency.ts builds it: its rounding interval, scaled to 万元.
const exactOf = (f: Stated): Interval => scale(rounded(new Decimal(f.text), f.decimals), new Decimal(f.factor));
const approxOf = (f: Stated): Approx => approxRounded(Number(f.text), f.decimals, Number(f.factor));

/**
 * A rate that the quotient of two figures makes a close case: the exact 100·a ÷ b written to
 * d decimals rounded half-up, cut off, rounded up, or one unit off — and, where that quotient has
 * exactly d + 1 decimals ending in 5 (a tie, x.xx5), the tie itself read both ways.
 */
function ratesNear(a: Stated, b: Stated): Stated[] {
  const q = new Decimal(a.text).times(a.factor).div(new Decimal(b.text).times(b.factor)).times(100);
  const out: Stated[] = [];
  for (const d of [0, 1, 2]) {
    const unit = new Decimal(10).pow(-d);
    for (const v of [q.toDecimalPlaces(d, Decimal.ROUND_HALF_UP), q.toDecimalPlaces(d, Decimal.ROUND_DOWN), q.toDecimalPlaces(d, Decimal.ROUND_UP)]) {
      for (const w of [v, v.plus(unit), v.minus(unit)]) out.push(figure(w.toFixed(d), d, '1'));
    }
  }
  return out;
}

/** The two ways agree wherever the doubles decide. */
function agrees<T>(fast: T | null, exact: T): boolean {
  return fast === null || fast === exact;
}

describe('the floating-point pre-check of the consistency arithmetic', () => {
  it('answers as the exact check, or not at all: a rate against change ÷ last year, random figures and close rates', () => {
    let decided = 0;
    let asked = 0;
    fc.assert(fc.property(stated, stated, fc.boolean(), (changeAnyUnit, amount, up) => {
      const change = { ...changeAnyUnit, factor: amount.factor };
      const exactPrevious = sub(exactOf(amount), up ? exactOf(change) : scale(exactOf(change), new Decimal(-1)));
      const approxPrevious = approxSub(approxOf(amount), up ? approxOf(change) : { lo: -approxOf(change).hi, hi: -approxOf(change).lo, mag: approxOf(change).mag });
      const previousText = new Decimal(amount.text).minus(up ? change.text : new Decimal(change.text).neg());
      const rates = previousText.isZero() ? [figure('100', 0, '1')] : ratesNear(change, { text: previousText.toFixed(), decimals: 2, factor: amount.factor });
      for (const rate of rates) {
        const fast = approxQuotientOverlaps(approxOf(change), approxPrevious, 100, approxOf(rate));
        const exact = quotientOverlaps(exactOf(change), exactPrevious, new Decimal(100), exactOf(rate));
        expect(agrees(fast, exact)).toBe(true);
        asked++;
        if (fast !== null) decided++;
      }
    }), { numRuns: 600 });
    // Not a check that never decides: the close cases above are built to be close, and still most are clear.
    expect(decided / asked).toBeGreaterThan(0.9);
  });

  it('leaves exact ties to decimal.js: 3 ÷ 8 = 37.5% against a stated 37% or 38%, whose rounding ends touch it', () => {
    const three = approxRounded(3, 0, 1);
    const eight = approxRounded(8, 0, 1);
    // Points, not intervals: 3 ÷ 8 × 100 = 37.5 exactly, the end of 37's and of 38's intervals.
    const point = (v: number): Approx => ({ lo: v, hi: v, mag: Math.abs(v) });
    expect(approxQuotientOverlaps(point(3), point(8), 100, approxRounded(37, 0, 1))).toBeNull();
    expect(approxQuotientOverlaps(point(3), point(8), 100, approxRounded(38, 0, 1))).toBeNull();
    expect(quotientOverlaps({ lo: new Decimal(3), hi: new Decimal(3) }, { lo: new Decimal(8), hi: new Decimal(8) }, new Decimal(100), rounded(new Decimal('37'), 0))).toBe(true);
    // Clear cases are decided: 3 ÷ 8 is no 40%, and is within 37.5 ± 0.5.
    expect(approxQuotientOverlaps(point(3), point(8), 100, approxRounded(40, 0, 1))).toBe(false);
    expect(approxQuotientOverlaps(three, eight, 100, approxRounded(50, 0, 1))).toBe(false);
    expect(approxQuotientOverlaps(point(3), point(8), 100, approxRounded(37.5, 1, 1))).toBe(true);
    // A divisor whose interval holds zero: no ratio, as the exact check says.
    expect(approxQuotientOverlaps(three, approxRounded(0, 0, 1), 100, three)).toBeUndefined();
  });

  it('answers as the exact check, or not at all: a share and a completion rate, and sums of parts against their whole', () => {
    fc.assert(fc.property(stated, stated, fc.array(stated, { minLength: 2, maxLength: 5 }), (part, whole, parts) => {
      if (!new Decimal(whole.text).isZero()) {
        for (const rate of ratesNear(part, whole)) {
          const fast = approxQuotientOverlaps(approxOf(part), approxOf(whole), 100, approxOf(rate));
          expect(agrees(fast, quotientOverlaps(exactOf(part), exactOf(whole), new Decimal(100), exactOf(rate)))).toBe(true);
        }
      }
      const exactSum = parts.reduce<Interval>((acc, p) => add(acc, exactOf(p)), { lo: new Decimal(0), hi: new Decimal(0) });
      const approxSum = parts.reduce<Approx>((acc, p) => approxAdd(acc, approxOf(p)), { lo: 0, hi: 0, mag: 0 });
      const slack = new Decimal('0.01').times(parts.length);
      // The whole as stated, and as the parts' exact sum ± the slack (the ends touch): the close cases.
      const sumText = parts.reduce((acc, p) => acc.plus(new Decimal(p.text).times(p.factor)), new Decimal(0));
      const wholes = [whole, ...[sumText, sumText.plus(slack), sumText.minus(slack), sumText.plus(slack).plus('0.005')].map((v) => figure(v.toFixed(), v.decimalPlaces(), '1'))];
      for (const w of wholes) {
        const fast = approxOverlaps(approxWiden(approxSum, 0.01 * parts.length), approxOf(w));
        const exact = overlaps({ lo: exactSum.lo.minus(slack), hi: exactSum.hi.plus(slack) }, exactOf(w));
        expect(agrees(fast, exact)).toBe(true);
      }
    }), { numRuns: 600 });
  });

  it('orders two stated amounts as the exact check does, or not at all: apart, touching (2.22 and 2.23), overlapping', () => {
    const order = (x: Interval, y: Interval) => (x.hi.lte(y.lo) ? 'less' : x.lo.gte(y.hi) ? 'greater' : undefined);
    expect(approxOrder(approxOf(figure('2.22', 2, '1')), approxOf(figure('2.23', 2, '1')))).toBeNull();
    expect(approxOrder(approxOf(figure('2.22', 2, '1')), approxOf(figure('2.24', 2, '1')))).toBe('less');
    fc.assert(fc.property(stated, fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, 1, 2, 4), (x, steps, decimals) => {
      // y a few of x's rounding steps away, at its own precision: touching and overlapping cases among them.
      const y = new Decimal(x.text).plus(new Decimal(steps).times(new Decimal(10).pow(-x.decimals)).div(2));
      const other = figure(y.toFixed(Math.max(decimals, y.decimalPlaces())), Math.max(decimals, y.decimalPlaces()), x.factor);
      expect(agrees(approxOrder(approxOf(x), approxOf(other)), order(exactOf(x), exactOf(other)))).toBe(true);
    }), { numRuns: 2000 });
  });

  it('compares figures of at most 15 digits as doubles exactly as decimals: equal doubles, equal values (judge)', () => {
    // x and a neighbour a few units away in its last digit, or x written with more zeros: decimals of ≤ 15 digits.
    const digits = fc.integer({ min: 1, max: 15 });
    fc.assert(fc.property(digits, fc.integer({ min: 0, max: 14 }), fc.bigInt({ min: 0n, max: 999_999_999_999_999n }), fc.integer({ min: -3, max: 3 }), (n, point, raw, step) => {
      const mantissa = raw % 10n ** BigInt(n);
      const at = Math.min(point, n);
      const text = (m: bigint) => { const t = m.toString().padStart(n, '0'); return at === 0 ? t : `${t.slice(0, n - at)}.${t.slice(n - at)}`; };
      const x = text(mantissa);
      const y = text(mantissa + BigInt(step) >= 0n && mantissa + BigInt(step) < 10n ** BigInt(n) ? mantissa + BigInt(step) : mantissa);
      expect(Number(x) === Number(y)).toBe(new Decimal(x).eq(y));
    }), { numRuns: 3000 });
  });
});
