/**
 * Last year's figures from two sources, as review gives them to the linter: last year's document's tables, and the
 * document's own column of last year's figures (01's 上年数). Where the two give a line differently, a figure about it
 * is pinned to no one fact: unverified, naming both — never an error, even where the text agrees with itself. Where
 * only the column gives it, a figure judged against it says so.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Decimal } from '../../../src/data/amount.js';
import { formatTableAmount } from '../../../src/format/number.js';
import { createLintContext, lintMarkdown } from '../../../src/lint/lint.js';
import { partialAccounts, reviewCatalog, TABLE_KEYS, type PartialInput } from '../../../src/review/partial.js';
import { seedText } from '../../helpers.js';

const raw = parse(seedText()) as Record<string, unknown>;
const tables = Object.fromEntries(TABLE_KEYS.map((k) => [k, raw[k]]));
// Last year's document with this year's tables: its 收支总计 is this year's, so the change by it is 0.
const lastYear = partialAccounts({ department: '聊城市统计局', year: 2023, tables });
const grand = lastYear.accounts.t01.income.grandTotal;
const text = (g: Decimal) => g.toFixed(2);

function lint(sentence: string, { previous }: { previous: boolean }) {
  // The column prints last year's 收支总计 10.00 more than last year's document.
  const input: PartialInput = {
    department: '聊城市统计局', year: 2024, tables, lastYearColumn: { 收支总计: text(grand.plus(10)) },
    ...(previous ? { previous: lastYear } : {}),
  };
  const ctx = createLintContext(reviewCatalog(input, partialAccounts(input)));
  return lintMarkdown(`## 一、收入支出决算总体情况说明\n\n${sentence}`, ctx).messages;
}

const total = grand.toFixed(2);

describe('收支总计 the column and last year\'s document give differently', () => {
  it('比上年减少 10.00 万元 (right by the column): unverified, both figures named', () => {
    const messages = lint(`2024 年度收入、支出决算总计 ${total} 万元，与上年相比，收、支总计各减少 10.00 万元。`, { previous: true });
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([['unverified-figure', 1]]);
    expect(messages[0]!.message).toContain(`上年文件的决算表为 ${formatTableAmount(grand)} 万元`);
    expect(messages[0]!.message).toContain('本文件公开01表的上年数一栏为');
  });

  it('比上年减少 20.00 万元 (wrong by both): still unverified, never an error', () => {
    const messages = lint(`2024 年度收入、支出决算总计 ${total} 万元，与上年相比，收、支总计各减少 20.00 万元。`, { previous: true });
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual(['unverified-figure']);
  });
});

describe('收支总计 only the column gives (no last year\'s document)', () => {
  it('比上年减少 10.00 万元: right by the column, no message', () => {
    expect(lint(`2024 年度收入、支出决算总计 ${total} 万元，与上年相比，收、支总计各减少 10.00 万元。`, { previous: false })).toEqual([]);
  });

  it('比上年减少 20.00 万元: an error that says the figure is the column\'s', () => {
    const messages = lint(`2024 年度收入、支出决算总计 ${total} 万元，与上年相比，收、支总计各减少 20.00 万元。`, { previous: false });
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([['change-mismatch', 2]]);
    expect(messages[0]!.message).toContain('（上年数取自本文件公开01表的上年数一栏），应为 10.00 万元');
  });
});
