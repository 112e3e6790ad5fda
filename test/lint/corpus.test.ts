/**
 * Documents of other regions and styles (test/fixtures/corpus: 上海, 四川, 广西
 * phrasings, with their data): each correct document lints with no error and no
 * unverified figure, its draft lints clean, and every single change of a figure
 * or direction word is flagged on its line in at least 98% of cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAccounts } from '../../src/data/load.js';
import { draftPart3 } from '../../src/draft/draft.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { ROOT } from '../helpers.js';
import { missedMutations } from '../../src/accuracy/mutants.js';

const CORPUS = ['shanghai-2025-env', 'sichuan-2023-culture', 'guangxi-2024-yuan'];

for (const name of CORPUS) {
  describe(`corpus document ${name}`, () => {
    const accounts = loadAccounts(`${ROOT}test/fixtures/corpus/${name}.yaml`).accounts;
    const ctx = createLintContext(buildFactCatalog(accounts));
    const markdown = readFileSync(`${ROOT}test/fixtures/corpus/${name}.md`, 'utf8');

    it('lints clean: no error, no warning, every figure verified', () => {
      const result = lintMarkdown(markdown, ctx, { strict: true });
      expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
      expect(result.verifiedCount).toBeGreaterThan(150);
    });

    it('its draft lints clean', () => {
      const result = lintMarkdown(draftPart3(accounts), ctx, { strict: true });
      expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
    });

    it('flags at least 98% of single figure and direction-word changes on the changed line', () => {
      const { all, missed } = missedMutations(markdown, ctx);
      const rate = 1 - missed.length / all.length;
      expect(rate, missed.map((m) => `line ${m.line}: ${m.original} → ${m.replacement}`).join('\n')).toBeGreaterThanOrEqual(0.98);
    });
  });
}
