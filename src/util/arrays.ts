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

/** The largest of `values`, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = empty;
  let seen = false;
  for (const v of values) {
    if (!seen || v > max) max = v;
    seen = true;
  }
  return max;
}

/** The smallest of `values`, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let min = empty;
  let seen = false;
  for (const v of values) {
    if (!seen || v < min) min = v;
    seen = true;
  }
  return min;
}
