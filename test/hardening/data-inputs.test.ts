/**
 * Issue 9, item 7: one rule for amounts, quoted or not — decimal notation,
 * at most 2 decimals, at most 15 significant digits — and amounts that cannot
 * be negative (totals, previous-year figures, budgets) are refused with a
 * Chinese message naming the file, the line and column and what is expected.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, parseAccounts } from '../../src/data/load.js';
import { parseAmount } from '../../src/data/amount.js';
import { validateAgainstSchema } from '../../src/data/schema.js';
import { ROOT, seedText } from '../helpers.js';

function variant(search: string, replacement: string): string {
  const text = seedText();
  expect(text.split(search).length - 1).toBe(1);
  return text.replace(search, replacement);
}

function problemsOf(text: string): DataError['problems'] {
  try {
    parseAccounts(text, 'variant.yaml');
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

const TOTAL = '  合计:\n    本年收入合计: 4,340.16\n';
const lineOfTotal = seedText().slice(0, seedText().indexOf(TOTAL)).split('\n').length + 1;

describe('amounts: one rule, quoted or not', () => {
  it.each([
    ['1e-400', 'exponent notation'],
    ['0x1F', 'hexadecimal'],
    ['0o17', 'octal'],
    ['1e3', 'exponent notation that is a whole number'],
    ['"1e3"', 'quoted exponent notation'],
    ['1234567890123456', 'an unquoted 16-digit amount'],
    ['12345678901234567', 'an unquoted amount the double cannot hold'],
    [`"${'9'.repeat(5000)}"`, 'a quoted 5,000-digit amount'],
    ['"1,234,567,890,123,456"', 'a quoted, grouped 16-digit amount'],
    ['4340.161', 'three decimals'],
    ['.inf', 'infinity'],
  ])('refuses %s (%s) at its line', (written) => {
    const problems = problemsOf(variant(TOTAL, `  合计:\n    本年收入合计: ${written}\n`));
    expect(problems.length).toBeGreaterThan(0);
    const p = problems.find((q) => q.path.join('/') === '公开02表/合计/本年收入合计');
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p!.line).toBe(lineOfTotal);
    expect(p!.column).toBe(13);
    expect(p!.message).toMatch(/^应为/);
  });

  it.each(['4340.16', '"4,340.16"', '"４，３４０．１６"', '4340.160', '"4340.16"'])('judges %s as written', (written) => {
    // 4340.160 has three decimals as written (zeros, but the rule counts them as typed, as for "4340.160").
    const problems = problemsOf(variant(TOTAL, `  合计:\n    本年收入合计: ${written}\n`));
    if (written === '4340.160') expect(problems.map((p) => p.message).join()).toMatch(/最多 2 位小数/);
    else expect(problems).toEqual([]);
  });

  it('accepts 15 significant digits and refuses 16, as number or as string', () => {
    expect(parseAmount('9999999999999.99').ok).toBe(true);
    expect(parseAmount('99999999999999.99').ok).toBe(false);
    expect(parseAmount('0.01').ok).toBe(true);
    expect(parseAmount(999999999999999).ok).toBe(true);
    expect(parseAmount(1e15).ok).toBe(false);
    expect(parseAmount('9'.repeat(5000)).ok).toBe(false);
  });

  it('the published schema says the same as the loader', () => {
    const base = { 公开02表: { 合计: { 本年收入合计: '' } } };
    const bad = (v: unknown) => validateAgainstSchema({ ...base, 公开02表: { 合计: { 本年收入合计: v } } })
      .some((p) => p.path.join('/') === '公开02表/合计/本年收入合计');
    expect(bad('9'.repeat(5000))).toBe(true);
    expect(bad('1,234,567,890,123,456')).toBe(true);
    expect(bad(1e15)).toBe(true);
    expect(bad('4,340.16')).toBe(false);
    expect(bad('123,456,789,012.34')).toBe(false);
  });
});

describe('amounts that cannot be negative', () => {
  it.each([
    ['上年决算: # 2023 年度决算数，用于“与上年相比”\n  收支总计: 4,694.00\n', '上年决算: # 2023 年度决算数，用于“与上年相比”\n  收支总计: -4,694.00\n', '上年决算/收支总计'],
    [TOTAL, '  合计:\n    本年收入合计: -4340.16\n', '公开02表/合计/本年收入合计'],
  ])('refuses a negative total or previous-year figure', (search, replacement, path) => {
    const problems = problemsOf(variant(search, replacement));
    const p = problems.find((q) => q.path.join('/') === path);
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p!.line).toBeGreaterThan(0);
    expect(p!.message).toMatch(/不能为负数/);
  });

  it('check exits 2 with a Chinese message naming the file, line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-neg-'));
    const file = join(dir, 'negative.yaml');
    writeFileSync(file, variant('  收支总计: 4,694.00\n', '  收支总计: -4,694.00\n'));
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/juesuan.js'), 'check', file], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/negative\.yaml:473:\d+/);
    expect(run.stderr).toMatch(/上年决算 › 收支总计：不能为负数/);
  });
});
