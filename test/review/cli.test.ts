import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

function juesuan(...args: string[]) {
  expect(existsSync(join(ROOT, 'dist/cli/main.js')), 'dist/ must be built (npm run build)').toBe(true);
  return spawnSync(process.execPath, [join(ROOT, 'bin/juesuan.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

const SEED = readFileSync(`${ROOT}test/fixtures/liaocheng-2024.txt`, 'utf8');
interface ReviewJson {
  tables: { imported: unknown[] };
  messages: Array<{ ruleId: string; line: number; message: string }>;
  errorCount: number;
  warningCount: number;
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'juesuan-review-'));

describe('juesuan review', () => {
  it('exits 1 on the seed, whose one error is the SME contradiction, and says which checks ran', () => {
    const run = juesuan('review', 'test/fixtures/liaocheng-2024.txt');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('核对项目：');
    expect(run.stdout).toContain('✔ 文字自洽');
    expect(run.stdout).toMatch(/error\s+授予小微企业合同金额 48\.57 万元/u);
    expect(run.stdout).toContain('✖ ');
    expect(run.stdout).toContain('（1 个错误，');
  });

  it('exits 0 once the contradiction is corrected', () => {
    const file = join(tempDir(), 'clean.txt');
    writeFileSync(file, SEED.replace('授予中小企业合同金额 0 万元，占政府采购支出总额的 0%', '授予中小企业合同金额 48.57 万元，占政府采购支出总额的 100%'));
    const run = juesuan('review', file, '--format', 'json');
    expect(run.status).toBe(0);
    const [result] = JSON.parse(run.stdout);
    expect(result.errorCount).toBe(0);
    expect(result.tables.imported).toHaveLength(9);
  });

  it('reviews a folder, pairing each document with the same department\'s of the year before', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'liaocheng-2024.txt'), SEED);
    writeFileSync(join(dir, 'liaocheng-2023.txt'), SEED.replace(/2023/gu, '2022').replace(/2024/gu, '2023'));
    writeFileSync(join(dir, 'notes.md'), '# not a published document\n');
    const run = juesuan('review', dir, '--format', 'json');
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; year: number; previousFile: string | null }>;
    expect(results.map((r) => [r.year, r.previousFile?.endsWith('liaocheng-2023.txt') ?? null])).toEqual([[2023, null], [2024, true]]);
    // Last year's tables are this year's own here: the changes the text states are now contradicted.
    expect(run.status).toBe(1);
  });

  it('reviews a file once when the folder also holds a hard link and a symbolic link to it, and says so', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'liaocheng-2024.txt'), SEED);
    linkSync(join(dir, 'liaocheng-2024.txt'), join(dir, 'copy.txt'));
    symlinkSync('liaocheng-2024.txt', join(dir, 'pointer.txt'));
    const run = juesuan('review', dir, '--format', 'json');
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number }>;
    // copy.txt sorts first and is no symbolic link: the file is listed under it, with its one error counted once
    expect(results.map((r) => [r.filePath.slice(dir.length + 1), r.errorCount])).toEqual([['copy.txt', 1]]);
    expect(run.stderr).toContain(`${join(dir, 'liaocheng-2024.txt')}：与 ${join(dir, 'copy.txt')} 是同一个文件（硬链接），只审校一次`);
    expect(run.stderr).toContain(`${join(dir, 'pointer.txt')}：与 ${join(dir, 'copy.txt')} 是同一个文件（符号链接），只审校一次`);
    expect(run.status).toBe(1);
  });

  it('reviews a symbolic link in a folder to a file outside it', () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'liaocheng-2024.txt'), SEED);
    symlinkSync(join(outside, 'liaocheng-2024.txt'), join(dir, 'liaocheng-2024.txt'));
    const run = juesuan('review', dir, '--format', 'json');
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('reads a text file saved with lone CR line ends (old Mac) as with LF: the same tables and findings', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'lf.txt'), SEED);
    writeFileSync(join(dir, 'cr.txt'), SEED.replace(/\n/gu, '\r'));
    const [cr, lf] = ['cr.txt', 'lf.txt'].map((f) => JSON.parse(juesuan('review', join(dir, f), '--format', 'json').stdout)[0] as ReviewJson);
    expect(cr!.tables.imported).toHaveLength(9);
    expect(cr!.messages.map(({ ruleId, line, message }) => ({ ruleId, line, message }))).toEqual(lf!.messages.map(({ ruleId, line, message }) => ({ ruleId, line, message })));
    expect([cr!.errorCount, cr!.warningCount]).toEqual([lf!.errorCount, lf!.warningCount]);
  });

  it('reports a figure split by a lone CR as the figure read whole: an error where it is wrong', () => {
    const file = join(tempDir(), 'split.txt');
    writeFileSync(file, SEED.replace(/\n/gu, '\r').replace('基本支出 3,153.47 万元，占 72.66%', '基本支出 3,15\r4.47 万元，占 72.66%'));
    const run = juesuan('review', file, '--format', 'json');
    const [result] = JSON.parse(run.stdout) as ReviewJson[];
    expect(result!.messages.filter((m) => m.ruleId === 'amount-mismatch').map((m) => m.message)).toEqual([
      expect.stringContaining('3,154.47 万元 与数据不符：基本支出为 3,153.47 万元'),
    ]);
    expect(run.status).toBe(1);
  });

  it('exits 2, naming the file, for input it cannot use', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    const refused = juesuan('review', join(dir, 'picture.png'));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('picture.png  这是 PNG 图片，不是公开文件');
    expect(refused.stdout).toBe('');
    const wrongYear = juesuan('review', 'test/fixtures/liaocheng-2024.txt', '--previous', 'test/fixtures/liaocheng-2024.txt');
    expect(wrongYear.status).toBe(2);
    expect(wrongYear.stderr).toContain('上年文件应为 2023 年度');
    expect(juesuan('review', dir, '--previous', 'test/fixtures/liaocheng-2024.txt').status).toBe(2);
  });

  it('has its help in Chinese', () => {
    const run = juesuan('review', '--help');
    expect(run.stdout).toContain('上一年度的公开文件');
  });
});
