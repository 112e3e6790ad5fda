#!/usr/bin/env node
/**
 * Lint speed and memory, as ratios against baselines measured in the same run:
 *
 * 1. In one process: lintMarkdown ÷ remark-parse with remark-gfm on the same
 *    input (the cost of reading, verifying and reporting over the cost of
 *    parsing the Markdown at all; target ≤ 1.3, issue 17), for the seed Part 3
 *    and for 1,000 documents (the seed and variants of it; --full adds the
 *    seed ×64 as one document). CPU time of the pair, the median of pairs
 *    (paired.js); each measurement in fresh processes, the row giving the
 *    median of their medians and the range of those.
 * 2. Whole processes: `juesuan lint` of one document ÷ `node -e
 *    "import('remark-parse')"`, start-up included (whole-process.js), and the
 *    peak memory of that lint (target: within 1.2 × 80 MiB, the figure before
 *    issue 17).
 *
 *   node bench/lint.bench.js [--full]   (npm run bench runs it: bench/run.js)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_DATA as DATA, SEED_PART3 as SEED, variants } from './corpus.js';
import { median, show, spread } from './paired.js';
import { comparePairs, hasGnuTime, show as showRange } from './whole-process.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const full = process.argv.includes('--full');

/** One in-process measurement, in a process of its own: what one leaves behind (a grown heap, code optimised for other input) would weigh on the next. */
async function measure(name) {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }, { loadAccounts }, { buildFactCatalog }, { createLintContext, lintMarkdown }, { pairedRatio }] = await Promise.all([
    import('unified'), import('remark-parse'), import('remark-gfm'), import('../dist/data/load.js'), import('../dist/facts/catalog.js'), import('../dist/lint/lint.js'), import('./paired.js'),
  ]);
  const seed = readFileSync(SEED, 'utf8');
  const ctx = createLintContext(buildFactCatalog(loadAccounts(DATA).accounts));
  const parser = unified().use(remarkParse).use(remarkGfm);
  if (name === 'one') {
    // A batch is the document ten times: one 4 ms parse timed alone swings with every scavenge.
    const batch = (f) => () => { for (let r = 0; r < 10; r++) f(seed); };
    return pairedRatio(batch((d) => lintMarkdown(d, ctx)), batch((d) => parser.parse(d)), { warmUp: 20, minPairs: 20, maxPairs: 80, budgetMs: 6000 });
  }
  if (name === 'many') {
    // 40 batches of 25 different documents: one pass over the thousand, the first hundred linted before as a warm-up.
    const docs = variants(1000, seed);
    const SIZE = 25;
    const batch = (f) => (k) => { for (let i = (k % 40) * SIZE, end = i + SIZE; i < end; i++) f(docs[i]); };
    return pairedRatio(batch((d) => lintMarkdown(d, ctx)), batch((d) => parser.parse(d)), { warmUp: 4, minPairs: 40, maxPairs: 80, budgetMs: 15_000 });
  }
  const big = Array(64).fill(seed).join('\n\n');
  return pairedRatio(() => lintMarkdown(big, ctx), () => parser.parse(big), { warmUp: 2, minPairs: 6, maxPairs: 20, budgetMs: 15_000 });
}

const measureArg = process.argv.indexOf('--measure');
if (measureArg >= 0) {
  const { ratios, ...figures } = await measure(process.argv[measureArg + 1]);
  console.log(JSON.stringify({ ...figures, pairs: ratios.length }));
  process.exit(0);
}

const MEASUREMENTS = [
  { name: 'one', what: `the seed Part 3 (one document, ${readFileSync(SEED, 'utf8').length.toLocaleString('en')} characters)`, processes: full ? 5 : 3 },
  { name: 'many', what: '1,000 documents (the seed and variants)', processes: full ? 5 : 2 },
  ...(full ? [{ name: 'x64', what: 'the seed ×64 as one document', processes: 3 }] : []),
];

console.log('Lint ÷ remark-parse with remark-gfm, in one process: CPU time, median of pairs (each row: the median of its processes, and their range)\n');
console.log('| measurement | ratio | target | met | pairs | ms per batch, lint / parse |');
console.log('|---|---:|---|---|---:|---|');
for (const { name, what, processes } of MEASUREMENTS) {
  const results = [];
  for (let p = 0; p < processes; p++) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', name], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`lint bench ${name} failed: ${run.stderr}`);
    results.push(JSON.parse(run.stdout));
  }
  const mid = spread(results.map((r) => r.median));
  const pairs = results.reduce((n, r) => n + r.pairs, 0);
  const ms = `${median(results.map((r) => r.msA)).toFixed(1)} / ${median(results.map((r) => r.msB)).toFixed(1)}`;
  console.log(`| lint ÷ parse, ${what} | ${show(mid)} in ${processes} processes | ≤ 1.3 | ${mid.median <= 1.3 ? 'yes' : 'no'} | ${pairs} | ${ms} |`);
}

// Whole processes: start-up included.
const out = join(tmpdir(), 'juesuan-bench-lint.txt');
const lintOne = [process.execPath, join(ROOT, 'bin/juesuan.js'), 'lint', SEED, '--data', DATA, '--exit-zero', '-o', out];
const importRemark = [process.execPath, '-e', "import('remark-parse')"];
const cold = comparePairs(lintOne, importRemark, { pairs: full ? 15 : 7 });
console.log('\nWhole processes (pair by pair):\n');
console.log('| measurement | ratio | target | met |');
console.log('|---|---:|---|---|');
console.log(`| CLI cold start, lint of one document ÷ node -e "import('remark-parse')", wall time | ${showRange(cold.ratio.wall)} | ≤ 2.5 | ${cold.ratio.wall.median <= 2.5 ? 'yes' : 'no'} |`);
if (hasGnuTime) {
  console.log(`| the same, CPU time (V8's threads included) | ${showRange(cold.ratio.cpu)} | | |`);
  const peak = cold.a.peakMiB;
  console.log(`| peak memory of lint of one document, MiB (node -e "import('remark-parse')": ${cold.b.peakMiB.median.toFixed(0)}) | ${showRange(peak, 0)} | ≤ 96 (1.2 × 80) | ${peak.median <= 96 ? 'yes' : 'no'} |`);
}
