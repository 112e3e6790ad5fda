/**
 * Templates: the built-in ones by name, a writer's own folder (a copy of a
 * built-in one to start from), and a template that names what does not exist
 * or misuses a filter: it fails with the file, the line and the nearest valid
 * name, never a silent blank.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft, draftPart3 } from '../../src/draft/draft.js';
import { TemplateError, initTemplate } from '../../src/draft/templates.js';
import { seedAccounts } from '../helpers.js';
import { juesuan, SEED_DATA, tempDir, writeTree } from '../cli/helpers.js';

describe('built-in templates', () => {
  it('--list-templates names each on one line, the default first', () => {
    const run = juesuan(['draft', '--list-templates']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/u)[0])).toEqual(['shandong', 'shanghai']);
    expect(lines[0]).toMatch(/（默认）$/u);
    expect(lines[1]).toContain('上海市');
  });

  it('shandong is the default; shanghai words and orders Part 3 as the Shanghai template does', () => {
    const accounts = seedAccounts();
    expect(draftPart3(accounts)).toBe(draftPart3(accounts, { template: 'shandong' }));
    const shanghai = draftPart3(accounts, { template: 'shanghai' });
    expect([...shanghai.matchAll(/^## (.*)$/gmu)].map((m) => m[1])).toEqual([
      '一、收入支出决算总体情况说明', '二、收入决算情况说明', '三、支出决算情况说明', '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明', '六、一般公共预算财政拨款基本支出决算情况说明', '七、财政拨款“三公”经费支出决算情况说明',
      '八、政府性基金预算财政拨款收入支出决算情况说明', '九、国有资本经营预算财政拨款收入支出决算情况说明', '十、预算绩效管理情况',
      '十一、其他重要事项的情况说明',
    ]);
    expect(shanghai).toContain('聊城市政府办公室（汇总） 2024 年度收入支出总计 4,340.16 万元。与 2023 年度相比，收入支出总计减少 353.84 万元，下降 7.54%。主要原因：');
  });

  it('an unknown name: exit 2, the built-in ones named, the nearest first', () => {
    const run = juesuan(['draft', SEED_DATA, '--template', 'shanghia']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('没有名为“shanghia”的内置模板，是不是“shanghai”？内置模板有：shandong、shanghai（juesuan draft --list-templates）\n');
  });
});

describe('a writer\'s own templates', () => {
  it('--init-template copies a built-in one, and --template DIR drafts exactly what the built-in one does', () => {
    const dir = join(tempDir('juesuan-template-'), '我的模板');
    const init = juesuan(['draft', '--init-template', dir, '--from', 'shanghai']);
    expect(init.status).toBe(0);
    expect(init.stderr).toContain(`已把内置模板 shanghai 复制到 ${dir}`);
    const manifest = JSON.parse(readFileSync(join(dir, 'template.json'), 'utf8')) as Record<string, string>;
    expect(manifest).toMatchObject({ name: '我的模板', copiedFrom: 'shanghai' });
    const own = juesuan(['draft', SEED_DATA, '--template', dir]);
    const builtIn = juesuan(['draft', SEED_DATA, '--template', 'shanghai']);
    expect(own.status).toBe(0);
    expect(own.stdout).toBe(builtIn.stdout);
    // and a change to the copy shows in the draft
    const file = join(dir, 'sections/01-overall.md.njk');
    writeFileSync(file, readFileSync(file, 'utf8').replace('收入支出总计 {{ c.current | amount }} 万元。', '收支总计为 {{ c.current | amount }} 万元。'));
    expect(juesuan(['draft', SEED_DATA, '--template', dir]).stdout).toContain('2024 年度收支总计为 4,340.16 万元。');
  });

  it('--init-template never overwrites: a folder with files in it is refused', () => {
    const dir = tempDir('juesuan-template-');
    writeTree(dir, { 'notes.txt': '我的笔记' });
    const run = juesuan(['draft', '--init-template', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('不是空的');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('我的笔记');
  });

  it('a folder without part3.md.njk is not a template', () => {
    const run = juesuan(['draft', SEED_DATA, '--template', tempDir('juesuan-template-')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('中没有 part3.md.njk');
  });
});

/** Drafts the seed with a one-file template; returns the error it throws. */
function failure(part3: string, extra: Record<string, string> = {}): TemplateError {
  const dir = tempDir('juesuan-template-');
  writeTree(dir, { 'part3.md.njk': part3, ...extra });
  try {
    draft(seedAccounts(), { template: dir });
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return error as TemplateError;
  }
  throw new Error('the template rendered');
}

describe('a template that names what does not exist, or misuses a filter, fails with the file, line and nearest name', () => {
  it('a misspelt fact, even where it would print nothing (in an {% if %})', () => {
    const e = failure('# 草稿\n\n{% if p.income.totl.value %}收入{% endif %}\n');
    expect(e.message).toMatch(/^模板 .*part3\.md\.njk 第 3 行第 \d+ 列：没有“p\.income\.totl”，是不是“p\.income\.total”？（可用的有：total、totalChange、sources、appropriations）$/u);
    expect([e.file, e.line]).toEqual(['part3.md.njk', 3]);
  });

  it('a misspelt name in an included file names that file', () => {
    const e = failure('{% include "sections/a.njk" %}\n', { 'sections/a.njk': '第一行\n{{ p.overall.grandTotl.current | amount }}\n' });
    expect(e.file).toBe('sections/a.njk');
    expect(e.line).toBe(2);
    expect(e.message).toContain('是不是“p.overall.grandTotal”？');
  });

  it('an unknown top-level name, found before anything renders', () => {
    const e = failure('{{ p.year }}\n{{ pp.year }}\n');
    expect(e.message).toMatch(/第 2 行第 \d+ 列：没有名为“pp”的数据或变量，是不是“p”？/u);
  });

  it('an unknown filter or test', () => {
    expect(failure('{{ p.income.total | amout }}\n').message).toContain('没有名为“amout”的过滤器，是不是“amount”？');
    expect(failure('{% if p.year is defind %}x{% endif %}\n').message).toContain('没有名为“defind”的判断（is defind），是不是“defined”？');
  });

  it('a filter given what it does not format', () => {
    expect(failure('{{ p.income.total | percent }}\n').message)
      .toContain('过滤器 percent 用于百分比（占比、增减率、完成率），得到的是事实“本年收入合计”（income.total，单位 万元）：请用 | amount');
    expect(failure('{% for s in p.income.sources %}{{ s.share | percent }}{% endfor %}\n').message)
      .toContain('得到的是一组占比（share：part、whole、rate）：请写 ….rate | percent');
    expect(failure('{{ p.income.sources | amount }}\n').message).toContain('过滤器 amount 用于金额（万元），得到的是一个列表');
    expect(failure('{{ p.overall.grandTotal.current | amount_word }}\n').message).toContain('过滤器 amount_word 用于一组增减');
    expect(failure('{{ p.overall | text }}\n').message).toContain('过滤器 text 用于数据文件中的文字');
  });

  it('fact() and chart() with an unknown id', () => {
    expect(failure('{{ fact("grand-total.chang") | amount }}\n').message).toContain('是不是“fact(\'grand-total.change\')”？');
    expect(failure('{{ chart("grand-totl") }}\n').message).toContain('是不是“chart(\'grand-total\')”？');
  });

  it('printing a value that is not there', () => {
    expect(failure('第一行\n{{ p.income.total.undefinedReason }}\n').message)
      .toMatch(/第 2 行.*：输出的值不存在（undefined 或 null）：数据没有这一项时，请先用 \{% if %\} 判断/u);
  });

  it('a syntax error', () => {
    const e = failure('第一行\n{% if p.year %}\n没有结束\n');
    expect(e.message).toMatch(/^模板 .*part3\.md\.njk( 第 \d+ 行)?.*：/u);
  });

  it('on the command line: the message, and exit 2', () => {
    const dir = tempDir('juesuan-template-');
    writeTree(dir, { 'part3.md.njk': '{{ p.incme.total | amount }}\n' });
    const run = juesuan(['draft', SEED_DATA, '--template', dir]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^模板 .*part3\.md\.njk 第 1 行第 \d+ 列：没有“p\.incme”，是不是“p\.income”？/u);
  });

  it('a fact\'s optional fields read as absent, not as errors', () => {
    const dir = tempDir('juesuan-template-');
    writeTree(dir, { 'part3.md.njk': '{{ "无" if p.income.total.undefinedReason is undefined else "有" }}\n' });
    expect(draftPart3(seedAccounts(), { template: dir })).toBe('无\n');
  });

  it('initTemplate refuses an unknown built-in name', () => {
    expect(() => initTemplate(join(tempDir('juesuan-template-'), 'x'), 'beijing')).toThrow('没有名为“beijing”的内置模板');
  });
});
