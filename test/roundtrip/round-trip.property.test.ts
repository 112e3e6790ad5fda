/**
 * Random accounts round trip: every valid, identity-consistent data file
 * (random-accounts.ts) is `check`-clean, and its draft in each built-in
 * template (shandong, shanghai), with its charts placed,
 *
 * - lints against its data with no message at all when the data file has
 *   everything Part 3 needs; when it leaves parts out (a reason, 上年决算, the
 *   政府采购 section …) the only messages are the errors for the drafter's own
 *   【待补充：…】 placeholders, and no figure is unverified;
 * - with some of its nine tables left out (公开05表: {} or no key), the same:
 *   only placeholders, each table left out named in one, nothing unverified;
 * - is written the way the seed is: a space between every figure and the
 *   Chinese around it (比 2023 年度, never 比2023 年度).
 *
 * What it found is fixed and specified where it belongs (test/draft/draft.test.ts,
 * test/lint/rules/zero-base.test.ts, years.test.ts): 比2023 年度; 上年为 0 left
 * unverified; 0 万元，减少 0.06 万元，下降 100% reported as a zero base; a
 * full-year completion rate read against the opening budget stated after it;
 * the 三公 reason, opening budgets and previous-year actuals accepted but never
 * drafted; no general-budget spending drafted as placeholders; a year with no
 * income drafted as shares of 0; a year inside a project name of the data
 * reported as a wrong year.
 *
 * Seeded (propertySeed: FC_SEED replays, FUZZ draws afresh; FC_RUNS overrides the runs); a failure prints the data file as YAML
 * and the draft.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkAccounts } from '../../src/check/index.js';
import { accountsFromObject } from '../../src/data/load.js';
import { draft } from '../../src/draft/draft.js';
import { builtInTemplates } from '../../src/draft/templates.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { dataCatalog, TABLE_KEYS } from '../../src/facts/unknown.js';
import { createLintContext, lintMarkdown, type LintMessage } from '../../src/lint/lint.js';
import { propertySeed } from '../setup/seed.js';
import { completeAccounts, rawAccounts } from './random-accounts.js';

const RUNS = Number(process.env.FC_RUNS ?? 60);

/** A figure glued to a Chinese character; list numbers (1、 2.) start a line and figure numbers (图1) name a chart: neither is a figure. */
function unspacedFigures(markdown: string): string[] {
  return markdown.split('\n').flatMap((line) =>
    [...line.replace(/^(?:- )?\d+[、.]/u, '').replace(/图\d+/gu, '图').matchAll(/\p{Script=Han}\d|\d\p{Script=Han}/gu)].map((m) => `${m[0]} in: ${line}`));
}

/** Loads, checks, drafts (with the charts' alt texts) and lints one data file; returns the lint result and what to print on failure. */
function roundTrip(raw: Record<string, unknown>, template: string) {
  const { accounts } = accountsFromObject(raw, 'random.yaml');
  expect(checkAccounts(accounts).map((f) => `${f.ruleId}: ${f.message}`), stringify(raw)).toEqual([]);
  const catalog = buildFactCatalog(accounts);
  const ctx = createLintContext(catalog);
  const markdown = draft(catalog, { template, charts: { linkDir: 'charts' } }).markdown;
  const context = `${stringify(raw)}\n---\n${markdown}`;
  const lines = markdown.split('\n');
  const result = lintMarkdown(markdown, ctx);
  const show = (m: LintMessage) => `${m.line}:${m.column} ${m.ruleId} ${m.message}\n    ${lines[m.line - 1]}`;
  expect(unspacedFigures(markdown), context).toEqual([]);
  return { result, context, show };
}

/** Yields to the event loop between runs: a long synchronous property would starve the test runner's own messages. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

describe.each(builtInTemplates().map((t) => t.name))('random accounts round trip, template %s', (template) => {
  it('a complete data file: check is clean, and its draft lints with no message at all (0 errors, 0 unverified)', async () => {
    let verified = 0;
    await fc.assert(fc.asyncProperty(completeAccounts, async (raw) => {
      await breathe();
      const { result, context, show } = roundTrip(raw, template);
      expect(result.messages.map(show), context).toEqual([]);
      expect(result.unverifiedCount).toBe(0);
      verified += result.verifiedCount;
    }), { numRuns: RUNS, seed: propertySeed(20261202), endOnFailure: true });
    // not vacuous: the drafts state figures, and the linter checks them
    expect(verified).toBeGreaterThan(RUNS * 100);
  }, 120_000);

  it('a data file with tables left out: the only messages are the placeholders, each table named in one', async () => {
    const absent = fc.tuple(fc.subarray([...TABLE_KEYS], { minLength: 1 }), fc.boolean());
    await fc.assert(fc.asyncProperty(completeAccounts, absent, async (raw, [keys, empty]) => {
      await breathe();
      const partial: Record<string, unknown> = { ...raw };
      for (const key of keys) {
        if (empty) partial[key] = {};
        else delete partial[key];
      }
      const catalog = dataCatalog(accountsFromObject(partial, 'partial.yaml'));
      const markdown = draft(catalog, { template, charts: { linkDir: 'charts' } }).markdown;
      const context = `${keys.join('、')} ${empty ? '{}' : '不写'}\n${stringify(raw)}\n---\n${markdown}`;
      for (const key of keys) expect(markdown, context).toContain(`数据文件中没有${key}`);
      const result = lintMarkdown(markdown, createLintContext(catalog));
      const lines = markdown.split('\n');
      expect(result.messages.filter((m) => m.ruleId !== 'placeholder').map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}\n    ${lines[m.line - 1]}`), context).toEqual([]);
      expect(result.unverifiedCount).toBe(0);
    }), { numRuns: Math.ceil(RUNS / 3), seed: propertySeed(20261204), endOnFailure: true });
  }, 120_000);

  it('a data file that leaves parts out: the only messages are the placeholders for what is missing', async () => {
    await fc.assert(fc.asyncProperty(rawAccounts, async (raw) => {
      await breathe();
      const { result, context, show } = roundTrip(raw, template);
      expect(result.messages.filter((m) => m.ruleId !== 'placeholder').map(show), context).toEqual([]);
      expect(result.unverifiedCount).toBe(0);
    }), { numRuns: Math.ceil(RUNS / 3), seed: propertySeed(20261203), endOnFailure: true });
  }, 120_000);
});

describe('random accounts', () => {
  it('the generator covers what it promises: fund tables with and without data, carry-overs or none, both 机关运行经费 bases, zero and non-zero 三公 items, 基本支出\'s 三公 items, budget totals above their items', () => {
    const seed = propertySeed(20261202);
    const samples = fc.sample(rawAccounts, { numRuns: 200, seed });
    const drawn = `fc.sample seed ${seed}`;
    const noData = (raw: Record<string, unknown>, t: string) => (raw[t] as { 本表无数据?: boolean }).本表无数据 === true;
    const office = (raw: Record<string, unknown>) => (raw['机关运行经费'] as { 比较对象?: string } | undefined)?.比较对象;
    const abroad = (raw: Record<string, unknown>) => Number((raw['公开09表'] as { 决算数: Record<string, unknown> }).决算数['因公出国（境）费']);
    expect(samples.some((r) => noData(r, '公开07表')) && samples.some((r) => !noData(r, '公开07表')), drawn).toBe(true);
    expect(samples.some((r) => noData(r, '公开08表')) && samples.some((r) => !noData(r, '公开08表')), drawn).toBe(true);
    expect(samples.some((r) => office(r) === '上年决算') && samples.some((r) => office(r) !== '上年决算' && r['机关运行经费']), drawn).toBe(true);
    expect(samples.some((r) => abroad(r) === 0) && samples.some((r) => abroad(r) > 0), drawn).toBe(true);
    const carriedIn = (raw: Record<string, unknown>) => (raw['公开01表'] as { 收入: Record<string, unknown> }).收入['年初结转和结余'] !== undefined;
    expect(samples.some(carriedIn) && samples.some((r) => !carriedIn(r)), drawn).toBe(true);
    expect(samples.some((r) => r['上年决算'] === undefined) && samples.some((r) => (r['上年决算'] as Record<string, unknown> | undefined)?.['三公经费']), drawn).toBe(true);
    // 基本支出's own 三公 items within 公开09表's, and opening-budget totals above their items
    const basicSanGong = (raw: Record<string, unknown>) => Object.keys((raw['公开06表'] as { 公用经费: Record<string, unknown> }).公用经费).some((k) => /^302(?:17|31) /u.test(k));
    expect(samples.some(basicSanGong) && samples.some((r) => !basicSanGong(r)), drawn).toBe(true);
    const budgetAbove = (raw: Record<string, unknown>) => {
      const gpb = (raw['年初预算'] as Record<string, { 合计?: unknown; 科目: Record<string, unknown> }> | undefined)?.['一般公共预算财政拨款支出'];
      const n = (v: unknown) => Number(String(v).replace(/,/gu, ''));
      return gpb?.合计 !== undefined && n(gpb.合计) > Object.values(gpb.科目).reduce<number>((a, v) => a + n(v), 0) + 0.001;
    };
    expect(samples.some(budgetAbove), drawn).toBe(true);
  });
});
