/**
 * A data file that leaves tables out (公开05表: {} or no 公开05表 at all), drafted
 * in every built-in template, one table at a time and several together:
 *
 * - the draft renders, and every table left out is named in a 【待补充：…】;
 * - it lints against its own data with no message but those placeholders: no
 *   error, and no figure unverified (lint reads nothing inside a placeholder);
 * - it states nothing that depends on a table left out: linted against the
 *   same data with those tables filled with ones, it is just as clean, and
 *   every clause of it saying 无/没有/0 is one the draft of that filled data
 *   says too (so it is not about the tables left out).
 *
 * And what each template writes in their place, the writer's own copy of a
 * built-in template drafting the same, and a copy made before known_zero
 * failing with a message that names it.
 *
 * Two check-clean data files: the seed (its procurement slip corrected) and a
 * real Shanghai department's (普陀区财政局, no 三公 spending, no fund tables).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAccounts } from '../../src/check/index.js';
import { accountsFromObject, parseAccounts } from '../../src/data/load.js';
import { draft } from '../../src/draft/draft.js';
import { builtInTemplates } from '../../src/draft/templates.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { dataCatalog, filledTable, TABLE_KEYS } from '../../src/facts/unknown.js';
import { createLintContext, lintMarkdown, type LintMessage } from '../../src/lint/lint.js';
import { ROOT, SEED_DATA } from '../helpers.js';
import { juesuan, tempDir, writeTree } from '../cli/helpers.js';

/** The seed with its 授予中小企业 figures made consistent (its own slip is no draft's), so that check is clean. */
function cleanSeed(): string {
  let text = readFileSync(SEED_DATA, 'utf8');
  for (const [line, fixed] of [
    ['  授予中小企业合同金额: 0\n', '  授予中小企业合同金额: 48.57\n'],
    ['  货物授予中小企业合同金额: 0\n', '  货物授予中小企业合同金额: 21.51\n'],
    ['  服务授予中小企业合同金额: 0\n', '  服务授予中小企业合同金额: 27.06\n'],
  ] as const) {
    expect(text.split(line).length).toBe(2);
    text = text.replace(line, fixed);
  }
  return text;
}

const DATA = [
  { name: 'seed', text: cleanSeed() },
  { name: '普陀区财政局', text: readFileSync(`${ROOT}test/fixtures/real/putuo-czj-2024.yaml`, 'utf8') },
];

/**
 * The data file without the tables' sections: `公开05表: {}` in their place, or nothing; or with them
 * marked `未读出: true` (as import writes a table it found and did not read), their figures still there.
 */
function withoutTables(text: string, keys: readonly string[], as: 'empty' | 'missing' | 'unread'): string {
  let out = text;
  for (const key of keys) {
    const section = new RegExp(`^${key}:.*\\n(?:(?: .*)?\\n)*`, 'mu');
    expect(section.test(out), key).toBe(true);
    out = out.replace(section, (s) => (as === 'unread' ? s.replace(/\n/u, '\n  未读出: true\n') : as === 'empty' ? `${key}: {}\n` : ''));
  }
  return out;
}

/** Each table alone, and combinations a writer with only some tables has. */
const CASES: ReadonlyArray<{ keys: readonly string[]; as: 'empty' | 'missing' | 'unread' }> = [
  ...TABLE_KEYS.map((key) => ({ keys: [key], as: 'empty' as const })),
  { keys: ['公开02表', '公开03表'], as: 'missing' },
  { keys: ['公开05表', '公开06表'], as: 'empty' },
  { keys: ['公开07表', '公开08表', '公开09表'], as: 'missing' },
  { keys: TABLE_KEYS, as: 'missing' },
  { keys: ['公开02表', '公开05表', '公开09表'], as: 'unread' },
];

/** Clauses that say there is none, or state a 0 (the placeholders' own words, 数据文件中没有…, and the charts' numbers aside). */
function noneClauses(markdown: string): string[] {
  return markdown.replace(/【待补充：[^】]*】/gu, '【】').replace(/图\d+/gu, '图').split(/[，。；\n]/u).filter((c) => /无|没有|(?<![\d.,])0(?:\.0+)? ?(?:万元|%|个|辆)/u.test(c));
}

const show = (lines: string[]) => (m: LintMessage) => `${m.line}:${m.column} ${m.ruleId} ${m.message}\n    ${lines[m.line - 1]}`;

describe.each(builtInTemplates().map((t) => t.name))('template %s, a data file with tables left out', (template) => {
  describe.each(DATA)('$name', ({ text }) => {
    it.each(CASES.map((c) => [c.keys.length === TABLE_KEYS.length ? 'all nine' : c.keys.join('、'), c] as const))('%s', (_, { keys, as }) => {
      const loaded = parseAccounts(withoutTables(text, keys, as), 'partial.yaml');
      // check: each table left out is a warning, and nothing else
      expect(checkAccounts(loaded.accounts, loaded.source).map((f) => f.ruleId)).toEqual(keys.map(() => 'table-absent'));

      const catalog = dataCatalog(loaded);
      const markdown = draft(catalog, { template, charts: { linkDir: 'charts' } }).markdown;
      const lines = markdown.split('\n');
      for (const key of keys) expect(markdown, key).toContain(as === 'unread' ? `${key}未读出）` : `数据文件中没有${key}）`);

      const result = lintMarkdown(markdown, createLintContext(catalog));
      expect(result.messages.filter((m) => m.ruleId !== 'placeholder').map(show(lines)), markdown).toEqual([]);
      expect(result.messages.length).toBe(markdown.match(/【待补充：/gu)!.length);
      expect(result.unverifiedCount).toBe(0);

      // What the tables could have held: ones in every cell that feeds a fact.
      const filled = structuredClone(loaded.raw)!;
      for (const key of keys) filled[key] = filledTable(TABLE_KEYS.indexOf(key) + 1, 1);
      const ones = buildFactCatalog(accountsFromObject(filled, 'filled.yaml').accounts);
      const againstOnes = lintMarkdown(markdown, createLintContext(ones));
      expect(againstOnes.messages.filter((m) => m.ruleId !== 'placeholder').map(show(lines)), markdown).toEqual([]);
      const onesClauses = new Set(noneClauses(draft(ones, { template, charts: { linkDir: 'charts' } }).markdown));
      expect(noneClauses(markdown).filter((c) => !onesClauses.has(c)), markdown).toEqual([]);
    });
  });
});

describe('what the templates write in place of a table left out', () => {
  const seedWithout = (...keys: string[]) => dataCatalog(parseAccounts(withoutTables(DATA[0]!.text, keys, 'empty'), 'partial.yaml'));

  it('shanghai: the lists of an absent 02 and 05 table are one 【待补充】 each, their totals and rates too', () => {
    const markdown = draft(seedWithout('公开02表', '公开05表'), { template: 'shanghai' }).markdown;
    expect(markdown).toContain('本年收入合计 【待补充：本年收入合计（数据文件中没有公开02表）】 万元，其中：【待补充：各项收入的金额和占比（数据文件中没有公开02表）】。');
    expect(markdown).toContain('主要用于以下方面：【待补充：各类支出的金额和占比（数据文件中没有公开05表）】。');
    expect(markdown).toContain('其中：\n\n【待补充：各项级科目的主要用途、年初预算和支出决算（数据文件中没有公开05表）】');
    expect(markdown).toContain('支出决算为 【待补充：一般公共预算财政拨款支出（数据文件中没有公开05表）】 万元，完成年初预算的 【待补充：');
  });

  it('shanghai: 无…收入和支出 only when both are known to be 0 (the income is 公开01表\'s)', () => {
    const markdown = draft(seedWithout('公开01表'), { template: 'shanghai' }).markdown;
    expect(markdown).not.toContain('无国有资本经营预算财政拨款收入');
    expect(markdown).toContain('国有资本经营预算财政拨款收入 【待补充：国有资本经营预算财政拨款收入（数据文件中没有公开01表）】 万元，支出 0 万元。');
    expect(draft(dataCatalog(parseAccounts(DATA[0]!.text, SEED_DATA)), { template: 'shanghai' }).markdown).toContain('2024 年度无国有资本经营预算财政拨款收入和支出。');
  });
});

describe('docs/templates.md', () => {
  it('its example for a table left out renders as it shows', () => {
    const docs = readFileSync(`${ROOT}docs/templates.md`, 'utf8');
    const section = docs.slice(docs.indexOf('## 数据文件缺表时'));
    const [template, output] = [...section.matchAll(/^```(?:njk)?\n([\s\S]*?)^```$/gmu)].map((m) => m[1]!);
    const dir = tempDir('juesuan-template-');
    writeTree(dir, { 'part3.md.njk': template!, 'macros.njk': readFileSync(`${ROOT}templates/shanghai/macros.njk`, 'utf8') });
    const seed = parseAccounts(withoutTables(DATA[0]!.text, ['公开07表'], 'empty'), 'partial.yaml');
    expect(draft(dataCatalog(seed), { template: dir }).markdown).toBe(output);
  });
});

describe('a writer\'s own template, with tables left out', () => {
  const dataFile = join(tempDir('juesuan-absent-'), '部分表.yaml');
  writeFileSync(dataFile, withoutTables(DATA[0]!.text, ['公开02表', '公开05表'], 'empty'));

  it.each(builtInTemplates().map((t) => t.name))('copied from %s by --init-template: drafts what the built-in one does', (from) => {
    const dir = join(tempDir('juesuan-template-'), '我的模板');
    expect(juesuan(['draft', '--init-template', dir, '--from', from]).status).toBe(0);
    const own = juesuan(['draft', dataFile, '--template', dir]);
    expect([own.status, own.stderr]).toEqual([0, '']);
    expect(own.stdout).toBe(juesuan(['draft', dataFile, '--template', from]).stdout);
    expect(own.stdout).toContain('（数据文件中没有公开05表）】');
  });

  it('a copy made before known_zero (….value.isZero()) fails at that line, pointing to known_zero', () => {
    const dir = tempDir('juesuan-template-');
    writeTree(dir, { 'part3.md.njk': '# 草稿\n\n{% if p.income.total.value.isZero() %}本年收入合计 0 万元。{% endif %}\n' });
    const run = juesuan(['draft', dataFile, '--template', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^模板 .*part3\.md\.njk 第 3 行第 \d+ 列：不能调用“p\["income"\]\["total"\]\["value"\]\["isZero"\]”：这个数字数据中没有（如数据文件缺少它所在的表），value 为空；判断数字是否为 0 请用 known_zero\(…\)/u);
  });
});
