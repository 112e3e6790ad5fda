#!/usr/bin/env node
/**
 * Issue 9, items 9–12: each hostile input at size n and 2n; the growth ratio
 * t(2n)/t(n) should stay near 2 (linear), not 4 (quadratic). Run after
 * npm run build: node bench/scaling.bench.js
 */
import { readFileSync } from 'node:fs';
import { parseAccounts } from '../dist/data/load.js';
import { buildFactCatalog } from '../dist/facts/catalog.js';
import { applyFixes } from '../dist/lint/fix.js';
import { createLintContext, lintMarkdown } from '../dist/lint/lint.js';
import { alignRows } from '../dist/report/columns.js';

const seed = readFileSync(new URL('../data/liaocheng-2024.yaml', import.meta.url), 'utf8');
const ctx = createLintContext(buildFactCatalog(parseAccounts(seed, 'seed.yaml').accounts));

const cases = {
  'markdown - - - …': (n) => lintMarkdown('- '.repeat(n) + '\n', ctx),
  'markdown nested lists': (n) => lintMarkdown(Array.from({ length: n / 10 }, (_, i) => `${'  '.repeat(i)}- 项目`).join('\n'), ctx),
  'applyFixes': (n) => applyFixes('1 '.repeat(n), Array.from({ length: n }, (_, i) => ({ fix: { range: [2 * i, 2 * i + 1], text: '2' } }))),
  'data unknown keys': (n) => {
    const extra = Array.from({ length: n / 2 }, (_, i) => `  未知${i}: 1`).join('\n');
    try { parseAccounts(seed.replace('公开02表: # 收入决算表\n', `公开02表: # 收入决算表\n${extra}\n`), 'x.yaml'); } catch { /* expected */ }
  },
  'alignRows': (n) => alignRows(Array.from({ length: n * 5 }, (_, i) => [`${i}:1`, 'error', i === 0 ? 'x'.repeat(5000) : 'y', 'r'])),
};

const time = (f, n) => { const t = performance.now(); f(n); return performance.now() - t; };
for (const [name, f] of Object.entries(cases)) {
  const n = 10_000;
  time(f, n / 4); // warm up
  const a = time(f, n);
  const b = time(f, 2 * n);
  console.log(`${name.padEnd(24)} n=${n}: ${a.toFixed(0)} ms, 2n: ${b.toFixed(0)} ms, growth ${(b / a).toFixed(2)}x`);
}
