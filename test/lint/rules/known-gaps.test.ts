/**
 * The known gaps (known-gaps.json): cases of the specification the linter
 * does not meet yet — a valid text it reports, an invalid one it misses or
 * reports wrongly. Each is checked to still fall short, so that when the
 * linter is fixed this test says which case to move back into its rule file
 * (or, for a §13 case, to take out of the list).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAccounts } from '../../../src/data/load.js';
import { lintMarkdown } from '../../../src/lint/lint.js';
import { ROOT, seedText } from '../../helpers.js';
import { contextFor, meets, type ExpectedMessage } from './tester.js';
import { lintTextOnly, verdictOf, type Verdict } from './text-only.js';

interface RuleGap {
  file: string;
  rule: string;
  cause: string;
  markdown: string;
  /** the seed data with one replacement, when the case needs a variant */
  seedWith?: [string, string];
  expected: ExpectedMessage[];
  actual: unknown;
  note: string;
}

interface Section13Gap {
  file: 'section13.test.ts';
  id: string;
  rule: string;
  cause: string;
  year: number;
  markdown: string;
  expected: Verdict;
  actual: unknown;
  note: string;
}

type KnownGap = RuleGap | Section13Gap;

function isSection13(g: KnownGap): g is Section13Gap {
  return g.file === 'section13.test.ts';
}

const gaps: KnownGap[] = JSON.parse(readFileSync(`${ROOT}test/lint/rules/known-gaps.json`, 'utf8'));

function variant(search: string, replacement: string) {
  const text = seedText();
  if (text.split(search).length !== 2) throw new Error(`expected "${search}" once in the seed data`);
  return parseAccounts(text.replace(search, replacement), 'variant.yaml').accounts;
}

describe('known gaps still fall short (when one passes, move it back into its test file)', () => {
  it('every gap names its file, rule, cause and why', () => {
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) {
      expect(g.file).toMatch(/\.test\.ts$/u);
      expect(g.rule).toMatch(/^[a-z0-9-]+$/u);
      expect(g.cause.length).toBeGreaterThan(0);
      expect(g.note.length).toBeGreaterThan(0);
    }
  });

  gaps.forEach((g, i) => {
    const where = isSection13(g) ? g.id : g.markdown.split('\n').slice(2).join(' ').trim().slice(0, 80);
    it(`#${i + 1} [${g.cause}] ${g.rule}: ${where}`, () => {
      if (isSection13(g)) {
        const verdict = verdictOf(lintTextOnly(g.markdown, g.year));
        expect(verdict, `fixed: ${g.id} now gets “${g.expected}”; remove it from known-gaps.json`).not.toBe(g.expected);
        return;
      }
      const data = g.seedWith ? variant(g.seedWith[0], g.seedWith[1]) : undefined;
      const messages = lintMarkdown(g.markdown, contextFor(data)).messages;
      expect(meets(messages, g.expected.length ? g.expected : undefined), `fixed: move this case into ${g.file}\n${g.markdown}`).toBe(false);
    });
  });
});
