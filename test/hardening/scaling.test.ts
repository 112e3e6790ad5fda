/**
 * Issue 9, items 9–12: hostile sizes finish. Growth is measured by
 * size-doubling in bench/scaling.bench.js; these tests only check that inputs
 * which took tens of seconds (or crashed) now finish, within a very generous
 * test timeout, and give the same answers.
 */
import { describe, expect, it } from 'vitest';
import { parseAccounts, DataError } from '../../src/data/load.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { applyFixes } from '../../src/lint/fix.js';
import { createLintContext, lintMarkdown, type LintMessage } from '../../src/lint/lint.js';
import { alignRows, MAX_PADDED_WIDTH } from '../../src/report/columns.js';
import { seedAccounts, seedText } from '../helpers.js';

const ctx = () => createLintContext(buildFactCatalog(seedAccounts()));

describe('hostile Markdown is read as plain text, not parsed for minutes', () => {
  it.each([
    ['- - - … (20 KB)', '- '.repeat(10_000) + '\n'],
    ['* * … (20 KB)', '* '.repeat(10_000) + '\n'],
    ['1. 1. … (20 KB)', '1. '.repeat(7_000) + '\n'],
    ['> - … (20 KB)', '> - '.repeat(5_000) + '\n'],
    ['1,000 nested lists', Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 项目`).join('\n') + '\n'],
  ])('%s', (_name, markdown) => {
    const result = lintMarkdown(markdown, ctx());
    expect(result.messages.every((m) => m.line >= 1)).toBe(true);
  }, 60_000);
});

describe('fixes', () => {
  it('apply in one pass, as the one-at-a-time rebuild did', () => {
    const source = 'a1b22c333d';
    const fix = (start: number, end: number, text: string) =>
      ({ ruleId: 'x', severity: 2, message: '', line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range: [start, end], text } }) as LintMessage;
    const { output, applied, skipped } = applyFixes(source, [fix(1, 2, '9'), fix(3, 5, '88'), fix(4, 5, 'x'), fix(6, 9, ''), fix(10, 10, '!')]);
    expect(output).toBe('a9b88cd!');
    expect(applied).toHaveLength(4);
    expect(skipped).toHaveLength(1);
  });

  it('50,000 fixes finish', () => {
    const source = '1 '.repeat(50_000);
    const messages = Array.from({ length: 50_000 }, (_, i) =>
      ({ ruleId: 'x', severity: 2, message: '', line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range: [2 * i, 2 * i + 1], text: '2' } }) as LintMessage);
    expect(applyFixes(source, messages).output).toBe('2 '.repeat(50_000));
  }, 60_000);
});

describe('data errors', () => {
  it('20,000 unknown keys are each reported with their line', () => {
    const extra = Array.from({ length: 20_000 }, (_, i) => `  未知${i}: 1`).join('\n');
    const text = seedText().replace('公开02表: # 收入决算表\n', `公开02表: # 收入决算表\n${extra}\n`);
    let problems: DataError['problems'] = [];
    try {
      parseAccounts(text, 'many.yaml');
    } catch (error) {
      problems = (error as DataError).problems;
    }
    expect(problems).toHaveLength(20_000);
    expect(problems[19_999]!.line).toBe(problems[0]!.line! + 19_999);
  }, 60_000);

  it('a duplicate key is still a YAML error at its line', () => {
    expect(() => parseAccounts('部门: a\n年度: 2024\n部门: b\n', 'dup.yaml')).toThrow(/dup\.yaml:3:1  YAML 格式错误：同一层中名称重复（同一个名称写了两次）/);
  });
});

describe('reports of many messages', () => {
  it('align 200,000 rows without overflowing the stack, padding capped', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`${i}:1`, 'error', i === 0 ? '长'.repeat(5000) : '短', 'rule']);
    const out = alignRows(rows);
    expect(out).toHaveLength(200_000);
    expect(out[1]!.length).toBeLessThan(MAX_PADDED_WIDTH + 40);
  });
});
