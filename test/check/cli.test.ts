/**
 * juesuan check through the built CLI (bin/juesuan.js runs dist/; `npm test`
 * builds first, or run `npx tsc -p .`): exit codes 0 clean or warnings only,
 * 1 an error finding, 2 unusable input; --exit-zero.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_SEED, ROOT, edit } from './harness.js';

function juesuan(...args: string[]) {
  expect(existsSync(join(ROOT, 'dist/cli/main.js')), 'dist/ must be built (npx tsc -p .)').toBe(true);
  return spawnSync(process.execPath, [join(ROOT, 'bin/juesuan.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

const dir = mkdtempSync(join(tmpdir(), 'juesuan-check-'));
function dataFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const SEED = 'data/liaocheng-2024.yaml';
const RULE = 'procurement-small-micro-within-sme';

describe('juesuan check', () => {
  it('exits 1 on the seed and reports the 小微/中小 contradiction (stylish by default)', () => {
    const run = juesuan('check', SEED);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith(`${SEED}\n`)).toBe(true);
    expect(run.stdout).toMatch(new RegExp(`^  \\d+:\\d+  error  政府采购：授予小微企业合同金额 48\\.57.*  ${RULE}$`, 'm'));
    expect(run.stdout.endsWith('✖ 1 个问题（1 个错误，0 个警告）\n')).toBe(true);
  });

  it('exits 0 with --exit-zero, reporting the same', () => {
    const run = juesuan('check', SEED, '--exit-zero');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(RULE);
  });

  it('writes ESLint-shaped JSON with --format json', () => {
    const run = juesuan('check', SEED, '--format', 'json');
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout);
    expect(results).toHaveLength(1);
    expect(results[0].filePath).toBe(SEED);
    expect(results[0].errorCount).toBe(1);
    expect(results[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual([RULE]);
    expect(results[0].messages[0]).toMatchObject({ severity: 2, difference: '48.57', tolerance: '0.01' });
  });

  it('exits 0 on clean data', () => {
    const run = juesuan('check', dataFile('clean.yaml', CLEAN_SEED), '-f', 'stylish');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('✔ 未发现问题\n');
  });

  it('exits 0 when there are warnings only', () => {
    const file = dataFile('warning.yaml', edit(CLEAN_SEED, [
      { anchor: '年初预算:', from: '      2080502 事业单位离退休: 9.79\n', to: '' },
      { anchor: '年初预算:', from: '合计: 4,791.75', to: '合计: 4,781.96' },
    ]));
    const run = juesuan('check', file);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('warning  公开05表 2080502 事业单位离退休');
    expect(run.stdout.endsWith('✖ 1 个问题（0 个错误，1 个警告）\n')).toBe(true);
  });

  it('exits 2 on unusable input, even with --exit-zero', () => {
    const missing = juesuan('check', join(dir, 'missing.yaml'), '--exit-zero');
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('文件不存在');

    const broken = juesuan('check', dataFile('broken.yaml', '公开01表: [\n'), '--exit-zero');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('YAML 格式错误');
  });

  it('exits 2 on an unknown format', () => {
    expect(juesuan('check', SEED, '--format', 'xml').status).toBe(2);
  });
});
