/**
 * Issue 15, item 5: sizes that once crashed ("Maximum call stack size exceeded"
 * when a paragraph's findings were spread into push(...)). They must finish
 * with every finding reported; how fast is measured by the benchmarks, not here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { juesuanAsync, SEED_DATA, tempDir } from '../cli/helpers.js';
import { seedAccounts } from '../helpers.js';

const ctx = () => createLintContext(buildFactCatalog(seedAccounts()));

describe('one paragraph', () => {
  it('with 300,000 findings reports them all', () => {
    const result = lintMarkdown('XX、'.repeat(300_000) + '\n', ctx());
    expect(result.messages.filter((m) => m.ruleId === 'template-leftover')).toHaveLength(300_000);
  }, 60_000);

  // In a process of its own (half a minute on a busy machine): the test runner's worker stays responsive.
  it('with 300,000 figures is read to the end, on the command line', async () => {
    const dir = tempDir('juesuan-figures-');
    writeFileSync(join(dir, 'many.md'), '支出 1.00 万元，'.repeat(300_000) + '\n');
    const run = await juesuanAsync(['lint', 'many.md', '--data', SEED_DATA, '--quiet'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('核对数字 0 个，无法核对 300000 个');
    expect(run.status).toBe(0);
  }, 180_000);
});
