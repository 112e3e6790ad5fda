/**
 * In-process ratios of two pieces of work, measured in pairs: A and B run one
 * right after the other (in turn A B, B A, …), each pair gives one ratio A ÷ B
 * of CPU time (process.cpuUsage: V8's compiler and collector threads count
 * too), and the figure is the median of the pairs, with their range. A machine
 * shared with other work slows both halves of a pair alike, and a stray
 * collection or compilation falls into one pair, not into the median.
 *
 * Pairs go on until the median settles (it moved less than 1% over the last
 * five pairs, after `minPairs`), the time budget is spent, or `maxPairs`.
 */

export function cpuMs(fn) {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/** cpuMs of work that may be asynchronous (reading a PDF): the CPU time until it settles. */
export async function cpuMsAsync(fn) {
  const t = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** min, median, max */
export function spread(xs) {
  return { min: Math.min(...xs), median: median(xs), max: Math.max(...xs) };
}

/**
 * @param {(k: number) => void} a the work measured, pair k
 * @param {(k: number) => void} b its baseline, on the same input in pair k
 * @returns {{ ratios: number[], median: number, min: number, max: number, msA: number, msB: number }}
 *   msA, msB: the median CPU milliseconds of one run of each
 */
export function pairedRatio(a, b, { warmUp = 3, minPairs = 15, maxPairs = 200, budgetMs = 10_000 } = {}) {
  for (let k = 0; k < warmUp; k++) { b(k); a(k); }
  const ratios = [];
  const timesA = [];
  const timesB = [];
  const started = Date.now();
  let settledAt = Infinity;
  for (let k = 0; k < maxPairs; k++) {
    let ta;
    let tb;
    if (k % 2 === 0) { tb = cpuMs(() => b(k)); ta = cpuMs(() => a(k)); } else { ta = cpuMs(() => a(k)); tb = cpuMs(() => b(k)); }
    timesA.push(ta);
    timesB.push(tb);
    ratios.push(ta / tb);
    if (ratios.length < minPairs) continue;
    if (Date.now() - started > budgetMs) break;
    if (ratios.length % 5 === 0) {
      const now = median(ratios);
      if (Math.abs(now - settledAt) / now < 0.01) break;
      settledAt = now;
    }
  }
  return { ratios, ...spread(ratios), msA: median(timesA), msB: median(timesB) };
}

/** "1.23 (1.10–1.40)" */
export function show({ min, median: mid, max }, digits = 2) {
  return `${mid.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;
}
