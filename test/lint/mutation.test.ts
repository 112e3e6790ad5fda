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
import { apply, measureAbsence, missedMutations } from '../../src/accuracy/mutants.js';

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

describe('negation mutants on the seed Part 3', () => {
  // 因公出国（境）费全年预算为 20.14 万元… → 本年度无因公出国（境）费支出。 and the like, one at a time.
  const { flag, quiet, missed } = measureAbsence(seed, ctx);

  it('a sentence stating a non-zero item, turned into 本年度无…支出, is flagged on its line', () => {
    expect(flag.total).toBeGreaterThanOrEqual(5);
    expect(flag.ok, missed.join('\n')).toBe(flag.total);
  });

  it('…and one stating an item of 0 (公务用车购置费支出 0 万元) stays quiet', () => {
    expect(quiet.total).toBeGreaterThanOrEqual(1);
    expect(quiet.ok, missed.join('\n')).toBe(quiet.total);
  });
});
