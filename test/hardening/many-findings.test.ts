/**
 * Issue 15, item 5: sizes that once crashed ("Maximum call stack size exceeded"
 * when a paragraph's findings were spread into push(...)). They must finish
 * with every finding reported; how fast is measured by the benchmarks, not here.
 */
import { describe, expect, it } from 'vitest';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { seedAccounts } from '../helpers.js';

const ctx = () => createLintContext(buildFactCatalog(seedAccounts()));

describe('one paragraph', () => {
  it('with 300,000 findings reports them all', () => {
    const result = lintMarkdown('XX、'.repeat(300_000) + '\n', ctx());
    expect(result.messages.filter((m) => m.ruleId === 'template-leftover')).toHaveLength(300_000);
  }, 60_000);

  it('with 300,000 figures is read to the end', () => {
    const result = lintMarkdown('支出 1.00 万元，'.repeat(300_000) + '\n', ctx());
    expect(result.messages).toHaveLength(300_000);
    expect(result.messages.at(-1)!.column).toBe(1 + 11 * 299_999 + 3);
  }, 60_000);
});
