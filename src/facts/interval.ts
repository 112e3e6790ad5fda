/**
 * Interval arithmetic for rounded figures, as XBRL Calculations 1.1 does it: a
 * figure published with d decimals stands for every value within ±0.5·10⁻ᵈ of
 * it, and a figure derived from published figures can be anything the inputs'
 * intervals allow. The linter accepts a stated figure when its own rounding
 * interval overlaps the fact's, which avoids both false alarms on rounded
 * inputs and missed errors.
 */
import { Decimal, ZERO } from '../data/amount.js';

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

export function exact(value: Decimal): Interval {
  return { lo: value, hi: value };
}

const HALF_UNITS: Decimal[] = [];

/** Half a unit in the last place of a figure with `decimals` decimals: 0.005 for two. */
function halfUnit(decimals: number): Decimal {
  return (HALF_UNITS[decimals] ??= new Decimal(5).times(new Decimal(10).pow(-(decimals + 1))));
}

/** The values a figure stated with `decimals` decimals may stand for. */
export function rounded(value: Decimal, decimals: number): Interval {
  const half = halfUnit(decimals);
  return { lo: value.minus(half), hi: value.plus(half) };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

export function scale(a: Interval, k: Decimal): Interval {
  const x = a.lo.times(k);
  const y = a.hi.times(k);
  return x.lte(y) ? { lo: x, hi: y } : { lo: y, hi: x };
}

// Comparisons are with ZERO, not 0: decimal.js makes a number argument a new Decimal at every call.

/** a ÷ b, or undefined when b's interval touches zero (the ratio is unbounded there). */
export function div(a: Interval, b: Interval): Interval | undefined {
  if (b.lo.lte(ZERO) && b.hi.gte(ZERO)) return undefined;
  // With b's sign fixed, each end of the quotient comes from one known pair of ends: two
  // divisions instead of four (Decimal division dominates the linter's arithmetic).
  if (b.lo.gt(ZERO)) {
    return { lo: a.lo.div(a.lo.gte(ZERO) ? b.hi : b.lo), hi: a.hi.div(a.hi.gte(ZERO) ? b.lo : b.hi) };
  }
  return { lo: a.hi.div(a.hi.gte(ZERO) ? b.hi : b.lo), hi: a.lo.div(a.lo.gte(ZERO) ? b.lo : b.hi) };
}

/**
 * Does k · (a ÷ b) overlap t, for k > 0? The same answer as overlaps(scale(div(a, b), k), t),
 * decided by cross-multiplying instead of dividing: exact, and several times cheaper in
 * Decimal arithmetic. Undefined when b's interval touches zero.
 */
export function quotientOverlaps(a: Interval, b: Interval, k: Decimal, t: Interval): boolean | undefined {
  if (b.lo.lte(ZERO) && b.hi.gte(ZERO)) return undefined;
  // a ÷ b = (−a) ÷ (−b): make the divisor positive.
  if (b.hi.lt(ZERO)) {
    a = { lo: a.hi.neg(), hi: a.lo.neg() };
    b = { lo: b.hi.neg(), hi: b.lo.neg() };
  }
  // The quotient's ends, as in div: lo = a.lo ÷ dLo, hi = a.hi ÷ dHi, both divisors positive.
  const dLo = a.lo.gte(ZERO) ? b.hi : b.lo;
  const dHi = a.hi.gte(ZERO) ? b.lo : b.hi;
  // k·a.lo ÷ dLo ≤ t.hi  and  t.lo ≤ k·a.hi ÷ dHi
  return k.times(a.lo).lte(t.hi.times(dLo)) && t.lo.times(dHi).lte(k.times(a.hi));
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export function contains(a: Interval, x: Decimal): boolean {
  return a.lo.lte(x) && x.lte(a.hi);
}
