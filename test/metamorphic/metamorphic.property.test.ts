/**
 * Metamorphic suite: from every clean document — the three corpus documents,
 * the seed's Part 3, drafts of random data files — take one paragraph (with
 * its section heading, sub-heading and the paragraph before it, so the linter
 * reads it in context), make a meaning-preserving rewrite of it (rewrites.ts)
 * and lint it in-process:
 *
 * 1. the rewrite has no error: it says what the original said;
 * 2. changing one figure or direction word of the rewrite (as the mutation
 *    harness does) is flagged on the paragraph's line — wherever the same
 *    change to the original is flagged (the linter's known recall gaps are the
 *    mutation tests' business, not this suite's).
 *
 * Paragraphs that are not clean on their own (the seed's 十一 states a real
 * contradiction) are not rewritten. Seeded (FC_SEED, FC_RUNS override).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanUnits, DRAFTS, runCase, type Unit } from './harness.js';
import { REWRITES, rng } from './rewrites.js';
import { propertySeed } from '../setup/seed.js';

const SEED = propertySeed(20261202);
const RUNS = Number(process.env.FC_RUNS ?? 2000);

describe('metamorphic suite: meaning-preserving rewrites of clean paragraphs', () => {
  let units: Unit[];
  /** per rewrite kind, the paragraphs it applies to */
  let applicable: Map<string, Unit[]>;
  const tally = { rewrites: 0, mutants: 0 };
  const byKind = new Map<string, number>();

  beforeAll(() => {
    units = cleanUnits(SEED);
    applicable = new Map(REWRITES.map((r) => [r.kind, units.filter((u) => r.apply(u.paragraph, rng(1), u.year) !== undefined)]));
  });

  it('has the paragraphs of every document to rewrite, and every rewrite kind something to apply to', () => {
    // the drafts are of data files drawn from SEED: a failure names it to replay
    expect(new Set(units.map((u) => u.doc)).size, `seed ${SEED}`).toBe(4 + DRAFTS);
    expect(units.length, `seed ${SEED}`).toBeGreaterThan(200);
    for (const r of REWRITES) expect(applicable.get(r.kind)!.length, `${r.kind}, seed ${SEED}`).toBeGreaterThanOrEqual(3);
  });

  it('a rewrite lints with no error; one changed figure or direction word of it is flagged on its line', () => {
    const cases = fc.constantFrom(...REWRITES).chain((rewrite) =>
      fc.tuple(fc.constant(rewrite), fc.constantFrom(...applicable.get(rewrite.kind)!), fc.integer(), fc.nat()));
    fc.assert(fc.property(cases, ([rewrite, unit, seed, pick]) => {
      const outcome = runCase(unit, rewrite, seed, pick);
      if (outcome.status === 'not-applicable') return;
      tally.rewrites++;
      byKind.set(rewrite.kind, (byKind.get(rewrite.kind) ?? 0) + 1);
      if (outcome.status === 'mutant-flagged') tally.mutants++;
      expect(outcome.problem, outcome.context).toBeUndefined();
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
    // thousands of cases (a rewrite, and a changed rewrite), every rewrite kind exercised
    expect(tally.rewrites + tally.mutants).toBeGreaterThan(RUNS * 1.5);
    for (const r of REWRITES) expect(byKind.get(r.kind) ?? 0, r.kind).toBeGreaterThan(RUNS / REWRITES.length / 2);
  });
});
