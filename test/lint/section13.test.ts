/**
 * The catalog's §13 real errors (test/fixtures/corpus/section13-cases.json):
 * every case whose verdict can be judged from the text alone (textOnly) is
 * linted with no data behind it and must get its verdict — error, warning or
 * pass. The negative control #28 (增长1,055.4% on a tiny base, right within
 * its rounding interval) must pass. Cases the linter does not yet judge
 * right are listed in rules/known-gaps.json and checked there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { lintTextOnly, verdictOf, yearOfSource, type Verdict } from './rules/text-only.js';

interface Section13Case {
  id: string;
  source: string;
  text: string;
  verdict: Verdict;
  kind: string;
  textOnly: boolean;
  note: string;
}

interface KnownGap { file: string; id?: string }

const cases: Section13Case[] = JSON.parse(readFileSync(`${ROOT}test/fixtures/corpus/section13-cases.json`, 'utf8'));
const gaps: KnownGap[] = JSON.parse(readFileSync(`${ROOT}test/lint/rules/known-gaps.json`, 'utf8'));
const gapIds = new Set(gaps.filter((g) => g.file === 'section13.test.ts').map((g) => g.id));

const judged = cases.filter((c) => c.textOnly);
const checked = judged.filter((c) => !gapIds.has(c.id));

describe('§13 error cases, judged from the text alone', () => {
  it('the case file has the catalog’s cases, most of them judged from the text', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(judged.length).toBeGreaterThanOrEqual(25);
    // every known gap names a case that exists and is judged from the text
    for (const id of gapIds) expect(judged.map((c) => c.id), `known gap ${id}`).toContain(id);
  });

  it('the negative control #28 is checked here, not excused as a gap', () => {
    expect(checked.map((c) => c.id)).toContain('13-28');
  });

  for (const c of checked) {
    it(`${c.id} (${c.source}, ${c.kind}): ${c.verdict}`, () => {
      const messages = lintTextOnly(c.text, yearOfSource(c.source));
      const shown = messages.filter((m) => m.ruleId !== 'unverified-figure').map((m) => `${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}  ${m.message}`);
      expect(verdictOf(messages), `${c.text}\n${c.note}\n${shown.join('\n')}`).toBe(c.verdict);
    });
  }
});
