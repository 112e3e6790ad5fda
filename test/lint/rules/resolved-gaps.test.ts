/**
 * Resolved gaps (resolved-gaps.json): cases that were known gaps and that the
 * linter now meets — subject codes, signed table columns, paired figures and
 * 分别 lists, unknown subjects, changes against a budget, 未超过, truncation,
 * template alternatives, years in titles and dates, text-only zero bases …
 * Kept as they were written, as regression specifications.
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

const gaps: KnownGap[] = JSON.parse(readFileSync(`${ROOT}test/lint/rules/resolved-gaps.json`, 'utf8'));

function variant(search: string, replacement: string) {
  const text = seedText();
  if (text.split(search).length !== 2) throw new Error(`expected "${search}" once in the seed data`);
  return parseAccounts(text.replace(search, replacement), 'variant.yaml').accounts;
}

describe('resolved gaps: cases the linter once fell short of, now met', () => {
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
        expect(verdict).toBe(g.expected);
        return;
      }
      const data = g.seedWith ? variant(g.seedWith[0], g.seedWith[1]) : undefined;
      const messages = lintMarkdown(g.markdown, contextFor(data)).messages;
      expect(meets(messages, g.expected.length ? g.expected : undefined), `${g.markdown}\n${messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).join('\n')}`).toBe(true);
    });
  });
});
