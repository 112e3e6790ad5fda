/**
 * Comparisons the tables alone cannot support, from what the data file adds:
 * last year's 三公 and 财政拨款 lines, the 三公 opening budget, 机关运行经费
 * against last year as well as against its opening budget.
 */
import { describe, expect, it } from 'vitest';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { seedText } from '../helpers.js';
import { parseAccounts } from '../../src/data/load.js';

const data = seedText()
  .replace('  一般公共预算财政拨款支出: 4,674.00\n', `  一般公共预算财政拨款支出: 4,674.00
  三公经费:
    合计: 52.30
    因公出国（境）费: 18.00
    公务接待费: 15.06
`)
  .replace('  政府性基金预算财政拨款支出:\n    科目:', `  三公经费:
    合计: 45.00
  政府性基金预算财政拨款支出:
    科目:`)
  .replace('    财政拨款收入: 4,694.00\n', '    财政拨款收入: 4,694.00\n    一般公共预算财政拨款收入: 4,560.00\n')
  .replace('  年初预算数: 403.48\n', '  年初预算数: 403.48\n  上年决算数: 390.00\n');
const ctx = createLintContext(buildFactCatalog(parseAccounts(data, 'extended.yaml').accounts));

function errors(markdown: string): string[] {
  const r = lintMarkdown(markdown, ctx, { strict: true });
  return r.messages.map((m) => `${m.ruleId} ${m.actual ?? ''}`);
}

describe('三公 against last year and against its opening budget', () => {
  it('valid: 比上年减少 2.6 万元，下降 4.97%', () => {
    expect(errors('## 九、财政拨款“三公”经费支出决算情况说明\n\n2024 年度“三公”经费支出 49.7 万元，比上年减少 2.6 万元，下降 4.97%。')).toEqual([]);
  });
  it('valid: item lines against last year (公务接待费比上年减少 2.74 万元，下降 18.19%)', () => {
    expect(errors('## 九、“三公”经费\n\n因公出国（境）费 20.14 万元，较上年增加 2.14 万元，增长 11.89%；公务接待费 12.32 万元，较上年减少 2.74 万元，下降 18.19%。')).toEqual([]);
  });
  it('invalid: the direction and the rate of a 三公 change', () => {
    expect(errors('## 九、“三公”经费\n\n“三公”经费支出 49.7 万元，比上年增加 2.6 万元，下降 5.23%。')).toEqual(['direction-mismatch 增加', 'change-rate-mismatch 5.23']);
  });
  it('valid: 年初预算为 45 万元，完成年初预算的 110.44% (the opening budget, not 公开09表\'s full-year one)', () => {
    expect(errors('## 九、“三公”经费\n\n“三公”经费财政拨款支出年初预算为 45.00 万元，支出决算为 49.70 万元，完成年初预算的 110.44%；全年预算为 49.70 万元，完成全年预算的 100%。')).toEqual([]);
  });
});

describe('income lines by budget kind against last year', () => {
  it('valid: 一般公共预算财政拨款收入比上年减少 348.95 万元，下降 7.65%', () => {
    expect(errors('## 二、收入决算情况说明\n\n一般公共预算财政拨款收入 4,211.05 万元，占 97.03%，比上年减少 348.95 万元，下降 7.65%。')).toEqual([]);
  });
});

describe('机关运行经费 against both bases', () => {
  it('valid against the opening budget and against last year in one paragraph', () => {
    expect(errors('## 十、机关运行经费支出说明\n\n机关运行经费支出 377.88 万元，比年初预算数减少 25.6 万元，下降 6.34%；比上年减少 12.12 万元，下降 3.11%。')).toEqual([]);
  });
  it('invalid: the rate against last year written as the rate against the budget', () => {
    expect(errors('## 十、机关运行经费支出说明\n\n机关运行经费支出 377.88 万元，比上年减少 12.12 万元，下降 6.34%。')).toEqual(['change-rate-mismatch 6.34']);
  });
});
