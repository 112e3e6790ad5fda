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
      expect(run.stderr).toBe(`${document}  未找到任何公开表（“公开01表”…“公开09表”的标记及其表格），没有写出数据文件；目前读取制表符分隔的文本\n`);
      expect(run.stdout).toBe('');
    }
    expect(existsSync(out)).toBe(false);
  });

  it('a document that cannot be read: exit 2, a Chinese message naming it', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'juesuan-import-')), 'missing.txt');
    const run = juesuan('import', missing);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${missing}  无法读取（文件不存在）\n`);
  });
});
