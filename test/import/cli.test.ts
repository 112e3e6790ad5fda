import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

function juesuan(...args: string[]) {
  expect(existsSync(join(ROOT, 'dist/cli/main.js')), 'dist/ must be built (npm run build)').toBe(true);
  return spawnSync(process.execPath, [join(ROOT, 'bin/juesuan.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('juesuan import', () => {
  it('writes a data file that check accepts, with only the opening budgets left to fill', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'juesuan-import-')), 'data.yaml');
    const run = juesuan('import', 'test/fixtures/liaocheng-2024.txt', '-o', out);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('已导入 9 张表');
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('# 上年决算:');
    const check = juesuan('check', out, '--format', 'json');
    expect(check.stdout).not.toContain('"error"');
    const rules = new Set(JSON.parse(check.stdout).flatMap((f: { messages: Array<{ ruleId: string }> }) => f.messages.map((m) => m.ruleId)));
    expect([...rules]).toEqual(['opening-budget-item-missing']);
  });
});
