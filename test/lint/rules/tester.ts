/**
 * A rule tester in the style of ESLint's RuleTester, for juesuan lint.
 *
 *   ruleTester({
 *     'share-mismatch': {
 *       valid: [{ code: '基本支出 3,153.47 万元，占 72.66%。' }],
 *       invalid: [{ code: '基本支出 3,153.47 万元，占 72.56%。', errors: [{ ruleId: 'share-mismatch', expected: '72.66' }] }],
 *     },
 *   }, { section: 'expenditure' });
 *
 * Each case's `code` is put under the heading of its section, so the linter
 * reads it in the right context:
 *
 *   line 1  ## 三、支出决算情况说明
 *   line 2
 *   line 3  <code>            ← columns in `errors` count from here
 *
 * and linted against the seed data (data/liaocheng-2024.yaml), or against a
 * variant of it given as `data`.
 *
 * - A valid case must produce no message at all: no error, no warning, no
 *   unverified figure.
 * - An invalid case must produce exactly the listed messages, in source order;
 *   each listed field (ruleId, severity, expected, actual, line, column) must
 *   match. A bare string stands for { ruleId }.
 * - An invalid case must list the rule it is filed under at least once, so a
 *   case cannot drift away from the rule it specifies.
 */
import { describe, expect, it } from 'vitest';
import type { DepartmentAccounts } from '../../../src/data/model.js';
import { buildFactCatalog } from '../../../src/facts/catalog.js';
import { createLintContext, lintMarkdown, type LintContext, type LintMessage } from '../../../src/lint/lint.js';
import { seedAccounts } from '../../helpers.js';

/** Part 3 section headings as the seed writes them, by the linter's section kind. */
export const HEADINGS = {
  overall: '一、收入支出决算总体情况说明',
  income: '二、收入决算情况说明',
  expenditure: '三、支出决算情况说明',
  fiscal: '四、财政拨款收入支出决算总体情况说明',
  gpb: '五、一般公共预算财政拨款支出决算情况说明',
  basic: '六、一般公共预算财政拨款基本支出决算情况说明',
  govFund: '七、政府性基金预算财政拨款收入支出决算情况说明',
  soe: '八、国有资本经营预算财政拨款支出决算情况说明',
  sanGong: '九、财政拨款“三公”经费支出决算情况说明',
  office: '十、机关运行经费支出说明',
  procurement: '十一、政府采购支出说明',
  assets: '十二、国有资产占用情况说明',
  performance: '十三、预算绩效情况说明',
} as const;
export type Section = keyof typeof HEADINGS;

/** The line the case's code starts on, under its heading. */
export const FIRST_LINE = 3;

export interface ExpectedMessage {
  ruleId: string;
  /** 2 error, 1 warning */
  severity?: 1 | 2;
  /** the figure or word the data calls for */
  expected?: string;
  actual?: string;
  line?: number;
  column?: number;
  /** words the message must hold (why a figure is unverified) */
  message?: RegExp;
}

export interface ValidCase {
  /** the sentence(s) under test, placed under the section heading */
  code?: string;
  /** or a whole document, used as it is */
  markdown?: string;
  /** the section the code stands in; defaults to the tester's */
  section?: Section;
  /** data other than the seed (a variant built with seedWith or mutateSeed) */
  data?: DepartmentAccounts;
  /** what the case shows, when the code alone does not say */
  name?: string;
}

export interface InvalidCase extends ValidCase {
  errors: Array<string | ExpectedMessage>;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export interface TesterOptions {
  section: Section;
}

// ── contexts, built once per data ──────────────────────────────────────
let seedContext: LintContext | undefined;
const variantContexts = new WeakMap<DepartmentAccounts, LintContext>();

export function contextFor(data?: DepartmentAccounts): LintContext {
  if (!data) return (seedContext ??= createLintContext(buildFactCatalog(seedAccounts())));
  let ctx = variantContexts.get(data);
  if (!ctx) {
    ctx = createLintContext(buildFactCatalog(data));
    variantContexts.set(data, ctx);
  }
  return ctx;
}

/** The seed data after `change` edits it (for figures the data file cannot leave blank). */
export function mutateSeed(change: (accounts: DepartmentAccounts) => void): DepartmentAccounts {
  const accounts = seedAccounts();
  change(accounts);
  return accounts;
}

export function markdownOf(c: ValidCase, options: TesterOptions): string {
  if (c.markdown !== undefined) return c.markdown;
  if (c.code === undefined) throw new Error('a case needs code or markdown');
  return `## ${HEADINGS[c.section ?? options.section]}\n\n${c.code}\n`;
}

export function lintCase(c: ValidCase, options: TesterOptions): LintMessage[] {
  return lintMarkdown(markdownOf(c, options), contextFor(c.data)).messages;
}

export function normalizeExpected(e: string | ExpectedMessage): ExpectedMessage {
  return typeof e === 'string' ? { ruleId: e } : e;
}

/** The message as far as the expectation describes it, so a failure shows a readable diff. */
function project(m: LintMessage, e: ExpectedMessage | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ruleId: m.ruleId };
  for (const key of ['severity', 'expected', 'actual', 'line', 'column'] as const) {
    if (e && e[key] !== undefined) out[key] = m[key];
  }
  // the pattern itself where the message holds it, so a match compares equal and a miss shows the message
  if (e?.message) out.message = e.message.test(m.message) ? e.message : m.message;
  return out;
}

function shown(m: LintMessage): string {
  return `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}${m.expected !== undefined ? ` (expected ${m.expected})` : ''}  ${m.message}`;
}

/** Does the outcome meet the case? (used by the known-gaps test too) */
export function meets(messages: LintMessage[], errors: Array<string | ExpectedMessage> | undefined): boolean {
  if (!errors) return messages.length === 0;
  const expected = errors.map(normalizeExpected);
  if (messages.length !== expected.length) return false;
  return expected.every((e, i) => {
    const p = project(messages[i]!, e);
    return Object.entries(e).every(([k, v]) => p[k] === v);
  });
}

function title(c: ValidCase): string {
  const text = c.name ?? c.code ?? c.markdown ?? '';
  const flat = text.replace(/\n/g, '⏎');
  return flat.length > 110 ? `${flat.slice(0, 107)}…` : flat;
}

/** Registered case counts, by rule id, for the report at the end of a run. */
export const caseCounts = new Map<string, { valid: number; invalid: number }>();

export function ruleTester(rules: Record<string, RuleCases>, options: TesterOptions): void {
  for (const [ruleId, cases] of Object.entries(rules)) {
    const count = caseCounts.get(ruleId) ?? { valid: 0, invalid: 0 };
    count.valid += cases.valid.length;
    count.invalid += cases.invalid.length;
    caseCounts.set(ruleId, count);

    describe(ruleId, () => {
      describe('valid', () => {
        cases.valid.forEach((c, i) => {
          it(`#${i + 1} ${title(c)}`, () => {
            const messages = lintCase(c, options);
            expect(messages.map(shown), markdownOf(c, options)).toEqual([]);
          });
        });
      });
      // A block may hold only valid cases of a rule (its invalid ones under another rule's block): no empty suite.
      if (cases.invalid.length > 0) describe('invalid', () => {
        cases.invalid.forEach((c, i) => {
          it(`#${i + 1} ${title(c)}`, () => {
            const expected = c.errors.map(normalizeExpected);
            expect(expected.some((e) => e.ruleId === ruleId), `an invalid case of ${ruleId} must expect ${ruleId}`).toBe(true);
            const messages = lintCase(c, options);
            const context = `${markdownOf(c, options)}\n${messages.map(shown).join('\n')}`;
            expect(messages.map((m, k) => project(m, expected[k])), context).toEqual(expected);
          });
        });
      });
    });
  }
}
