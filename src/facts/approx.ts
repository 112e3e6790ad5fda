/**
 * The interval checks of interval.ts in floating point, for the verdicts that
 * are clear by a wide margin — most stated figures agree with the figures beside
 * them, or miss by a whole rounding step — leaving decimal.js to the close cases.
 * A check answers `null` when the doubles cannot be trusted to decide it, and
 * the caller then asks the exact (Decimal) check.
 *
 * Why the answers are the Decimal checks' answers. Every end of an Approx is
 * computed from the exact figures by a handful of double operations (a decimal
 * string read as the nearest double, ± half a unit, × a unit factor, sums),
 * each rounding to within u = 2⁻⁵³ ≈ 1.1·10⁻¹⁶ of its result; so an end is
 * within c·u·mag of its exact value, where `mag` bounds the absolute values that
 * went into it and c counts the roundings (c ≤ 10 here: at most four for a
 * stated figure, one per sum). A comparison of x·y with z·w (or x with y) then
 * errs by at most about (cₓ + c_y + c_z + c_w + 3)·u·M ≤ 50·u·M < 10⁻¹⁴·M, M
 * the sum of the products of the operands' magnitudes. decimal.js at 24
 * significant digits errs by less than 10⁻²³·M on the same quantities. A side
 * of a comparison is decided here only when the doubles differ by more than
 * MARGIN·M = 10⁻⁹·M — five orders of magnitude above both errors — so the
 * exact difference has the same sign, and so has decimal.js's: the same verdict.
 * Ties (a stated 75.005% against an exact 75.005) differ by 0 and always go to
 * decimal.js. Magnitudes are relative: the bound holds for 0.01 元 and for
 * 10¹² 万元 alike (no overflow or underflow near the figures a document states).
 */

export interface Approx {
  lo: number;
  hi: number;
  /** at least max(|lo|, |hi|) of the exact interval: the scale of the ends' rounding errors */
  mag: number;
}

/** How far apart two doubles must be, relative to the magnitudes compared, for their order to be the exact order. */
const MARGIN = 1e-9;

const HALF_UNITS: number[] = [];

/**
 * The values a figure of `value` stated with `decimals` decimals stands for, times `factor` (> 0):
 * value ± 0.5·10⁻ᵈ, as interval.ts's `rounded` then `scale`.
 */
export function approxRounded(value: number, decimals: number, factor: number): Approx {
  // 5 ÷ 10^(d+1): both exact doubles (d < 22), one rounding.
  const half = (HALF_UNITS[decimals] ??= 5 / 10 ** (decimals + 1));
  return { lo: (value - half) * factor, hi: (value + half) * factor, mag: (Math.abs(value) + half) * factor };
}

export function approxAdd(a: Approx, b: Approx): Approx {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi, mag: a.mag + b.mag };
}

export function approxSub(a: Approx, b: Approx): Approx {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo, mag: a.mag + b.mag };
}

export function approxNeg(a: Approx): Approx {
  return { lo: -a.hi, hi: -a.lo, mag: a.mag };
}

/** Widened by `slack` (≥ 0) on both sides. */
export function approxWiden(a: Approx, slack: number): Approx {
  return { lo: a.lo - slack, hi: a.hi + slack, mag: a.mag + slack };
}

/** x ≤ y, where x and y err by at most the error bound of magnitude `mag`: true, false, or null (too close to tell). */
function lte(x: number, y: number, mag: number): boolean | null {
  const d = x - y;
  const margin = MARGIN * mag;
  return d < -margin ? true : d > margin ? false : null;
}

/** The sign of x (1, -1), or 0 when x is too close to zero to tell. */
function sign(x: number, mag: number): number {
  const margin = MARGIN * mag;
  return x > margin ? 1 : x < -margin ? -1 : 0;
}

/** a && b over verdicts that may be unknown (null): false wins over unknown. */
function and(a: boolean | null, b: boolean | null): boolean | null {
  return a === false || b === false ? false : a === null || b === null ? null : true;
}

/** interval.ts's `overlaps`, or null. */
export function approxOverlaps(a: Approx, b: Approx): boolean | null {
  const m = a.mag + b.mag;
  return and(lte(a.lo, b.hi, m), lte(b.lo, a.hi, m));
}

/**
 * interval.ts's `quotientOverlaps` (k > 0): true or false as it answers, undefined where it
 * answers undefined (b's interval holds zero), null where the doubles cannot tell.
 */
export function approxQuotientOverlaps(a: Approx, b: Approx, k: number, t: Approx): boolean | undefined | null {
  const bLo = sign(b.lo, b.mag);
  const bHi = sign(b.hi, b.mag);
  if (bLo === 0 || bHi === 0) return null;
  if (bLo < 0 && bHi > 0) return undefined;
  if (bHi < 0) {
    a = approxNeg(a);
    b = approxNeg(b);
  }
  const aLo = sign(a.lo, a.mag);
  const aHi = sign(a.hi, a.mag);
  if (aLo === 0 || aHi === 0) return null;
  const dLo = aLo > 0 ? b.hi : b.lo;
  const dHi = aHi > 0 ? b.lo : b.hi;
  // k·a.lo ÷ dLo ≤ t.hi  and  t.lo ≤ k·a.hi ÷ dHi, cross-multiplied as the exact check does.
  const m = k * a.mag + t.mag * b.mag;
  return and(lte(k * a.lo, t.hi * dLo, m), lte(t.lo * dHi, k * a.hi, m));
}

/** Does a lie wholly below b (a.hi ≤ b.lo: 'less') or wholly above (a.lo ≥ b.hi: 'greater'), or neither (undefined)? null where the doubles cannot tell. */
export function approxOrder(a: Approx, b: Approx): 'less' | 'greater' | undefined | null {
  const m = a.mag + b.mag;
  const below = lte(a.hi, b.lo, m);
  if (below !== false) return below && 'less';
  const above = lte(b.hi, a.lo, m);
  return above === null ? null : above ? 'greater' : undefined;
}
