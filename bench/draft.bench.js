#!/usr/bin/env node
/**
 * Draft speed, as ratios against a baseline measured in the same run on the
 * same data: parsing the data file's YAML (yaml's parseDocument, as the loader
 * does), the least any command that reads the data pays. CPU time, in pairs
 * with the baseline, the median of the pairs and their range (paired.js).
 *
 *   node bench/draft.bench.js [--full]   (npm run bench runs it: bench/run.js)
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { loadAccounts, parseAccounts } from '../dist/data/load.js';
import { createEnvironment, draftPart3 } from '../dist/draft/draft.js';
import { buildFactCatalog } from '../dist/facts/catalog.js';
import { SEED_DATA } from './corpus.js';
import { cpuMs, pairedRatio, show } from './paired.js';

const full = process.argv.includes('--full');
const text = readFileSync(SEED_DATA, 'utf8');
const env = createEnvironment();
const { accounts } = loadAccounts(SEED_DATA);
const catalog = buildFactCatalog(accounts);

/** `fn` repeated so that one run takes about 20 ms (a run of a few microseconds swings with every scavenge), and how often. */
function batched(fn) {
  for (let i = 0; i < 20; i++) fn();
  let n = 1;
  while (cpuMs(() => { for (let i = 0; i < n; i++) fn(); }) < 20 && n < 1e6) n *= 2;
  return { n, run: () => { for (let i = 0; i < n; i++) fn(); } };
}

const rows = [
  ['draft: read the data file + fact catalog + render', () => draftPart3(loadAccounts(SEED_DATA).accounts, { env })],
  ['draft: fact catalog + render', () => draftPart3(accounts, { env })],
  ['draft: render only (catalog built)', () => draftPart3(catalog, { env })],
  ['fact catalog only', () => buildFactCatalog(accounts)],
  ['loading the data (parse, validate, model), the file already read', () => parseAccounts(text, SEED_DATA)],
];

const base = batched(() => parseDocument(text, { uniqueKeys: false }));
console.log(`Draft ÷ parsing the data file's YAML (data/liaocheng-2024.yaml, ${text.length.toLocaleString('en')} characters), CPU time, median of pairs (range)\n`);
console.log('| measurement | × YAML parse | pairs |');
console.log('|---|---:|---:|');
for (const [what, fn] of rows) {
  const work = batched(fn);
  // The baseline repeated so that both sides of a pair take about as long.
  const k = Math.max(1, Math.round(cpuMs(work.run) / cpuMs(base.run)));
  const r = pairedRatio(work.run, () => { for (let i = 0; i < k; i++) base.run(); }, { warmUp: 2, minPairs: full ? 30 : 10, maxPairs: full ? 100 : 40, budgetMs: full ? 10_000 : 3000 });
  // per call: (work ÷ n) ÷ (baseline ÷ (k × its n))
  const perCall = (x) => (x * k * base.n) / work.n;
  console.log(`| ${what} | ${show({ min: perCall(r.min), median: perCall(r.median), max: perCall(r.max) })} | ${r.ratios.length} |`);
}
