import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seed = readFileSync(join(root, 'data/liaocheng-2024.yaml'), 'utf8');

/** Runs the built CLI (bin/juesuan.js runs dist/; build with `npx tsc -p .` first). */
function juesuan(...args: string[]) {
  expect(existsSync(join(root, 'dist/cli/main.js')), 'dist/ must be built (npx tsc -p .)').toBe(true);
  return spawnSync(process.execPath, [join(root, 'bin/juesuan.js'), ...args], { cwd: root, encoding: 'utf8' });
}

describe('juesuan check on an unusable data file', () => {
  it('exits 2 and names the file, line and path, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-cli-'));
    const file = join(dir, 'bad.yaml');
    const text = seed.replace('    团组: 3', '    团组: -3');
    writeFileSync(file, text);
    const line = text.slice(0, text.indexOf('团组: -3')).split('\n').length;

    const run = juesuan('check', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}:${line}:`);
    expect(run.stderr).toContain('三公经费 › 因公出国（境） › 团组：应为非负整数');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe('');
  });

  it('exits 2 for a file that does not exist', () => {
    const file = join(tmpdir(), 'juesuan-cli-no-such-file.yaml');
    const run = juesuan('check', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${file}  文件不存在；需要一个 YAML 数据文件\n`);
  });
});
