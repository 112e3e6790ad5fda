/**
 * Array helpers that hold for any length. `target.push(...items)` and
 * `Math.max(...items)` pass every element as an argument, and V8 overflows its
 * stack at about 120,000 of them: one paragraph with that many findings, or a
 * document with that many figures, would crash the run. A test
 * (test/hardening/no-spread-calls.test.ts) keeps such calls out of src.
 */

/** Appends `items` to `target` in place; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values` and `least`: Math.max(least, ...values) for any number of values. */
export function maxOf(values: Iterable<number>, least = -Infinity): number {
  let max = least;
  for (const v of values) if (v > max || Number.isNaN(v)) max = v;
  return max;
}

/** The smallest of `values` and `most`: Math.min(most, ...values) for any number of values. */
export function minOf(values: Iterable<number>, most = Infinity): number {
  let min = most;
  for (const v of values) if (v < min || Number.isNaN(v)) min = v;
  return min;
}
