/**
 * `-o -` is standard output, as for most command-line tools: no file named “-” is written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DATA, juesuan, tempDir } from './helpers.js';

describe('-o - means standard output', () => {
  it('draft and check write to standard output and leave no file named “-”', () => {
    const dir = tempDir();
    const draft = juesuan(['draft', SEED_DATA, '-o', '-'], { cwd: dir });
    expect(draft.status, draft.stderr).toBe(0);
    expect(draft.stdout).toContain('部门决算情况说明');
    const check = juesuan(['check', SEED_DATA, '-f', 'json', '-o', '-'], { cwd: dir });
    expect(check.status, check.stderr).toBe(1); // the seed's own procurement slip
    expect(() => JSON.parse(check.stdout)).not.toThrow();
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('export refuses it: a workbook is not written to a terminal (exit 2, in Chinese)', () => {
    const dir = tempDir();
    const run = juesuan(['export', SEED_DATA, '-o', '-'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('工作簿是二进制文件');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});
