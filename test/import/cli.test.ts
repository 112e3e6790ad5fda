import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('a document in which no table is found: exit 2, a Chinese message naming it, no data file written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-import-'));
    const document = join(dir, '说明.txt');
    writeFileSync(document, '第三部分 部门决算情况说明\n一、收入支出决算总体情况说明\n2024 年度收入总计 4,340.16 万元。\n');
    const out = join(dir, 'data.yaml');
    for (const args of [[document, '-o', out], [document]]) {
      const run = juesuan('import', ...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`${document}  没有找到九张公开表中的任何一张（按表名查找，如“收入支出决算总表”“收入决算表”），未写出数据文件\n`);
      expect(run.stdout).toBe('');
    }
    expect(existsSync(out)).toBe(false);
  });

  it('a document that cannot be read: exit 2, a Chinese message naming it', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'juesuan-import-')), 'missing.txt');
    const run = juesuan('import', missing);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${missing}  无法读取：文件不存在\n`);
  });

  it('imports a published PDF, saying on stderr which tables are merged or without data', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'juesuan-import-')), 'data.yaml');
    const run = juesuan('import', 'test/fixtures/real/putuo-shgzb-2024.pdf', '-o', out);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('已导入 9 张表');
    expect(run.stderr).toContain('注意：公开08表：原文为“国有资本经营预算财政拨款收入支出决算表”，收入与支出合为一表');
    const check = juesuan('check', out, '--format', 'json');
    const rules = new Set(JSON.parse(check.stdout).flatMap((f: { messages: Array<{ ruleId: string }> }) => f.messages.map((m) => m.ruleId)));
    expect([...rules]).toEqual(['opening-budget-item-missing']);
  });

  it('refuses a file it cannot read, a zip that is not Word, a broken PDF, an empty file and one with no table, with exit code 2', () => {
    const missing = juesuan('import', 'test/fixtures/real/no-such-file.pdf');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-file.pdf');
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-import-'));
    writeFileSync(join(dir, 'a.docx'), Buffer.from('PK\x03\x04rest', 'latin1'));
    const zip = juesuan('import', join(dir, 'a.docx'));
    expect(zip.status).toBe(2);
    expect(zip.stderr).toContain('a.docx  这是损坏的 Word 文件（文件不完整：末尾的 zip 目录缺失');
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nnot really');
    const broken = juesuan('import', join(dir, 'broken.pdf'));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('broken.pdf  这是损坏的 PDF 文件');
    writeFileSync(join(dir, 'empty.txt'), '\n');
    expect(juesuan('import', join(dir, 'empty.txt'))).toMatchObject({ status: 2, stderr: expect.stringContaining('这是空文件，没有可导入的表') });
    const prose = juesuan('import', 'test/fixtures/liaocheng-2024-part3.md', '-o', join(dir, 'x.yaml'));
    expect(prose.status).toBe(2);
    expect(prose.stderr).toContain('没有找到九张公开表中的任何一张');
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });
});
