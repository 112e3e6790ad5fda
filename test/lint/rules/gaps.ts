/**
 * Gap cases (known-gaps.json, resolved-gaps.json): specification cases kept
 * as data, with what the linter is expected to say. A known gap must still
 * fall short (so a fix shows up); a resolved one must now be met.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAccounts } from '../../../src/data/load.js';
import { lintMarkdown, type LintMessage } from '../../../src/lint/lint.js';
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

type Gap = RuleGap | Section13Gap;

function isSection13(g: Gap): g is Section13Gap {
  return g.file === 'section13.test.ts';
}

function variant(search: string, replacement: string) {
  const text = seedText();
  if (text.split(search).length !== 2) throw new Error(`expected "${search}" once in the seed data`);
  return parseAccounts(text.replace(search, replacement), 'variant.yaml').accounts;
}

/** Does the linter now say what the case expects? */
function outcome(g: Gap): { met: boolean; said: string } {
  if (isSection13(g)) {
    const verdict = verdictOf(lintTextOnly(g.markdown, g.year));
    return { met: verdict === g.expected, said: verdict };
  }
  const data = g.seedWith ? variant(g.seedWith[0], g.seedWith[1]) : undefined;
  const messages: LintMessage[] = lintMarkdown(g.markdown, contextFor(data)).messages;
  return {
    met: meets(messages, g.expected.length ? g.expected : undefined),
    said: messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).join('\n'),
  };
}

/** One test per case: `met` says whether the file holds cases the linter meets (resolved) or not (known gaps). */
export function describeGaps(title: string, file: string, met: boolean): void {
  const gaps: Gap[] = JSON.parse(readFileSync(`${ROOT}test/lint/rules/${file}`, 'utf8'));
  describe(title, () => {
    it('every case names its file, rule, cause and why', () => {
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
        const { met: now, said } = outcome(g);
        const hint = met ? `${g.markdown}\n${said}` : `fixed: move this case from ${file} into resolved-gaps.json\n${g.markdown}`;
        expect(now, hint).toBe(met);
      });
    });
  });
}
