/**
 * Change any single figure of the seed's Part 3 well beyond rounding, or flip
 * any direction word (增加↔减少, 增长↔下降, 大于↔小于): the changed line gets an
 * error, for at least 98% of all such single changes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { SEED_PART3, seedAccounts } from '../helpers.js';
import { apply, missedMutations } from '../../src/accuracy/mutants.js';

const ctx = createLintContext(buildFactCatalog(seedAccounts()));
const seed = readFileSync(SEED_PART3, 'utf8');

describe('mutation test on the seed Part 3', () => {
  const { all, missed } = missedMutations(seed, ctx);
  const rate = 1 - missed.length / all.length;

  it('covers every figure and direction word', () => {
    expect(all.filter((m) => m.kind === 'figure').length).toBe(174);
    expect(all.filter((m) => m.kind === 'direction').length).toBe(28);
  });

  it(`flags the changed line for at least 98% of single changes (measured: ${(rate * 100).toFixed(1)}% of ${all.length})`, () => {
    const report = missed.map((m) => `line ${m.line}: ${m.original} → ${m.replacement}`);
    expect(rate, report.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('every mutated document still lints without crashing', () => {
    for (const m of all.slice(0, 20)) expect(() => lintMarkdown(apply(seed, m), ctx)).not.toThrow();
  });
});
