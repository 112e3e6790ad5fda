/**
 * Issue 15, item 5: sizes that once crashed ("Maximum call stack size exceeded"
 * when a paragraph's findings were spread into push(...)). They must finish
 * with every finding reported; how fast is measured by the benchmarks, not here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { juesuanAsync, SEED_DATA, tempDir } from '../cli/helpers.js';

describe('one paragraph', () => {
  // Each in a process of its own (tens of seconds on a busy machine): the test runner's worker stays responsive.
  it('with 300,000 findings reports them all', async () => {
    const dir = tempDir('juesuan-findings-');
    writeFileSync(join(dir, 'many.md'), 'XX、'.repeat(300_000) + '\n');
    const run = await juesuanAsync(['lint', 'many.md', '--data', SEED_DATA, '-o', 'report.txt'], { cwd: dir });
    expect([run.status, run.stderr]).toEqual([1, '']);
    // Only the closing lines go to expect: a failing assertion on the whole 30 MB report would be formatted whole.
    const report = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(report.split('\n').filter((l) => l.includes('template-leftover')).length).toBe(300_000);
    expect(report.slice(-200)).toMatch(/✖ 300001 个问题（300000 个错误，1 个警告）\n/u);
  }, 180_000);

  it('with 300,000 figures is read to the end, on the command line', async () => {
    const dir = tempDir('juesuan-figures-');
    writeFileSync(join(dir, 'many.md'), '支出 1.00 万元，'.repeat(300_000) + '\n');
    const run = await juesuanAsync(['lint', 'many.md', '--data', SEED_DATA, '--quiet'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('核对数字 0 个，无法核对 300000 个');
    expect(run.status).toBe(0);
  }, 180_000);
});
