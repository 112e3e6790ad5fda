/**
 * A data file with only some tables (公开05表: {} or no 公开05表 at all): the
 * tables it leaves out are unknown, never zeros. lint reports the figures that
 * depend on them as unverified, naming the table, and --fix never writes a 0
 * over them; draft writes 【待补充】 where it needs them; check names each one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAccounts } from '../../src/check/index.js';
import { parseAccounts } from '../../src/data/load.js';
import { draftPart3 } from '../../src/draft/draft.js';
import { dataCatalog } from '../../src/facts/unknown.js';
import { fixMarkdown } from '../../src/lint/fix.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { ROOT, SEED_DATA, SEED_PART3 } from '../helpers.js';

const DATA = readFileSync(SEED_DATA, 'utf8');
const PART3 = readFileSync(SEED_PART3, 'utf8');

/** The seed data without one table's section; `{}` in its place, or nothing. */
function withoutTable(key: string, as: 'empty' | 'missing'): string {
  const section = new RegExp(`^${key}:.*\\n(?:(?: .*)?\\n)*`, 'mu');
  expect(section.test(DATA)).toBe(true);
  return DATA.replace(section, as === 'empty' ? `${key}: {}\n` : '');
}

const lineOf = (needle: string) => PART3.split('\n').findIndex((l) => l.includes(needle)) + 1;
const CLASSES = '一般公共服务（类）支出 3,218.84 万元';

describe.each(['empty', 'missing'] as const)('公开05表 %s in the data file', (as) => {
  const loaded = parseAccounts(withoutTable('公开05表', as), 'partial.yaml');
  const ctx = createLintContext(dataCatalog(loaded));
  const result = lintMarkdown(PART3, ctx);

  it('lint: no figure is compared with 0; those that need the table are unverified, naming it', () => {
    expect(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId)).toEqual(['subset-exceeds-superset']);
    // 3,218.84 and its 76.44% agree with the paragraph's 4,211.05: checked by the text; never against a 0.
    expect(result.messages.filter((m) => m.line === lineOf(CLASSES) && m.severity === 2)).toEqual([]);
    const share = result.messages.filter((m) => m.line === lineOf('占本年支出合计的 97.03%') && m.actual === '97.03');
    expect(share.map((m) => [m.ruleId, m.severity])).toEqual([['unverified-figure', 1]]);
    expect(share[0]!.message).toContain('（数据文件中没有公开05表）');
  });

  it('lint: a 项 named in 五 is not said to be missing from the table: what the table lacks nobody knows', () => {
    expect(result.messages.filter((m) => m.ruleId === 'unknown-subject')).toEqual([]);
  });

  it('lint --fix: the correct amounts stay as written', () => {
    const fixed = fixMarkdown(PART3, ctx).output;
    expect(fixed.split('\n')[lineOf(CLASSES) - 1]).toBe(PART3.split('\n')[lineOf(CLASSES) - 1]);
  });

  it('check: names the absent table as a warning, and checks the identities among the others', () => {
    const findings = checkAccounts(loaded.accounts, loaded.source);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['procurement-small-micro-within-sme', 'error'], ['table-absent', 'warning']]);
    expect(findings[1]!.message).toContain('数据文件中没有公开05表（一般公共预算财政拨款支出决算表）');
  });

  it('draft: writes 【待补充】 for what the table would give, never that the department had no such spending', () => {
    const draft = draftPart3(dataCatalog(loaded));
    expect(draft).toContain('主要用于以下方面：【待补充：各类支出的金额和占比（数据文件中没有公开05表）】');
    expect(draft).toContain('支出决算为 【待补充：一般公共预算财政拨款支出（数据文件中没有公开05表）】 万元');
    expect(draft).not.toContain('没有一般公共预算财政拨款支出');
    expect(draft).toContain('4,340.16'); // the tables it has are drafted as ever
  });
});

describe('the other tables left out, one at a time', () => {
  it.each(['公开01表', '公开02表', '公开03表', '公开04表', '公开06表', '公开07表', '公开08表', '公开09表'])('%s: lint raises no error beyond the seed\'s own, draft renders', (key) => {
    const loaded = parseAccounts(withoutTable(key, 'empty'), 'partial.yaml');
    const catalog = dataCatalog(loaded);
    const errors = lintMarkdown(PART3, createLintContext(catalog)).messages.filter((m) => m.severity === 2);
    expect(errors.map((m) => m.ruleId)).toEqual(['subset-exceeds-superset']);
    const draft = draftPart3(catalog);
    expect(draft).toContain(`数据文件中没有${key}`);
    // The seed has no 国有资本经营 spending, and says so; a table left out is no such statement.
    if (key === '公开07表') expect(draft).not.toContain('本部门没有政府性基金');
    if (key === '公开08表') expect(draft).not.toContain('本部门没有国有资本经营');
  });

  it('a data file with every table is drafted exactly as before (the golden draft)', () => {
    expect(draftPart3(dataCatalog(parseAccounts(DATA, SEED_DATA)))).toBe(readFileSync(`${ROOT}test/fixtures/liaocheng-2024-draft.md`, 'utf8'));
  });
});
