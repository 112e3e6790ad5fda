#!/usr/bin/env node
/**
 * Draft speed, as a ratio against a baseline measured in the same run: the time
 * Nunjucks takes to render an empty template. Ratios, not milliseconds, so the
 * figure means the same on a shared, noisy machine. Each measurement repeats
 * until its median is stable.
 */
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { loadAccounts } from '../dist/data/load.js';
import { draftPart3, createEnvironment } from '../dist/draft/draft.js';
import { buildFactCatalog } from '../dist/facts/catalog.js';

const DATA = fileURLToPath(new URL('../data/liaocheng-2024.yaml', import.meta.url));

/** Median time per call in microseconds, over batches repeated until two successive medians agree within 3 %. */
function measure(fn, { minBatches = 15, maxBatches = 200 } = {}) {
  let perCall = 1;
  // Size a batch to take roughly 20 ms.
  for (let n = 1; ; n *= 2) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms > 20 || n > 1e6) { perCall = n; break; }
  }
  const samples = [];
  let previous = Infinity;
  for (let b = 0; b < maxBatches; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < perCall; i++) fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e3 / perCall);
    if (samples.length >= minBatches && samples.length % 5 === 0) {
      const median = [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
      if (Math.abs(median - previous) / median < 0.03) return median;
      previous = median;
    }
  }
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const env = createEnvironment();
const emptyEnv = new nunjucks.Environment(null, { autoescape: false });
const emptyTemplate = new nunjucks.Template('', emptyEnv, 'empty', true);
const { accounts } = loadAccounts(DATA);
const catalog = buildFactCatalog(accounts);

const baseline = measure(() => emptyTemplate.render({}));
const results = [
  ['draft: load data + fact catalog + render', measure(() => draftPart3(loadAccounts(DATA).accounts, { env }))],
  ['draft: fact catalog + render', measure(() => draftPart3(accounts, { env }))],
  ['draft: render only (catalog built)', measure(() => draftPart3(catalog, { env }))],
  ['fact catalog only', measure(() => buildFactCatalog(accounts))],
];

console.log(`baseline: Nunjucks renders an empty template in ${baseline.toFixed(2)} µs\n`);
console.log('| measurement | × baseline |');
console.log('|---|---:|');
for (const [name, us] of results) console.log(`| ${name} | ${(us / baseline).toFixed(0)} |`);
