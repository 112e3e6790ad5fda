/**
 * The draft adapts to the data: zero lines, empty sections, missing reasons,
 * zero bases; and data strings are text, never templates.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/data/amount.js';
import { draftPart3 } from '../../src/draft/draft.js';
import { seedAccounts, seedWith } from '../helpers.js';

function section(markdown: string, ordinal: string): string {
  return markdown.split(/^## /mu).find((s) => s.startsWith(`${ordinal}、`)) ?? '';
}

describe('draft', () => {
  it('a missing reason becomes a visible placeholder naming the sentence', () => {
    const draft = draftPart3(seedWith('    基本支出: 人员调出基本工资减少\n', ''));
    expect(section(draft, '三')).toContain('减少 267.94 万元，下降 7.83%。主要是【待补充：基本支出变动的主要原因】。');
  });

  it('a missing previous-year figure becomes a placeholder, not a number', () => {
    const draft = draftPart3(seedWith('  一般公共预算财政拨款支出: 4,674.00\n', ''));
    expect(section(draft, '五')).toContain('【待补充：一般公共预算财政拨款支出增减额（需 2023 年度一般公共预算财政拨款支出决算数）】');
    expect(section(draft, '五')).not.toContain('462.95');
  });

  it('each slot of a change whose base is missing names its own figure, and what it needs', () => {
    const draft = draftPart3(seedWith('  收支总计: 4,694.00\n', ''));
    const need = '（需 2023 年度收支总计决算数）';
    expect(section(draft, '一')).toContain(`与 2023 年度相比，收、支总计各【待补充：增加或减少】 【待补充：收支总计增减额${need}】 万元，【待补充：增长或下降】 【待补充：收支总计增减率${need}】%`);
  });

  it('a zero line unchanged from last year is stated as the seed states it', () => {
    expect(section(draftPart3(seedAccounts()), '二')).toContain('\n2、上级补助收入 0 万元。与 2023 年决算数相同。');
  });

  // The seed's “- 1、” is its text extraction's bullet before the printed number: a draft numbers a paragraph once.
  it('numbers its items with the Chinese ordinal alone, never a Markdown bullet before it', () => {
    const draft = draftPart3(seedAccounts());
    expect(draft).toMatch(/^1、财政拨款收入 4,340\.16 万元。/mu);
    expect(draft).not.toMatch(/^\s*[-*+] +[0-9０-９一二三四五六七八九十]+[、.．]/mu);
  });

  it('titles Part 3 with the department and the year', () => {
    expect(draftPart3(seedAccounts()).split('\n')[0]).toBe('# 聊城市政府办公室（汇总） 2024 年度部门决算情况说明');
  });

  it('an increase from a zero base states the amount and says the rate is not comparable', () => {
    const accounts = seedAccounts();
    accounts.t02.total.business = new Decimal('12.5');
    const text = section(draftPart3(accounts), '二');
    expect(text).toContain('事业收入 12.5 万元。与 2023 年度相比，增加 12.5 万元，上年为 0，增减率不可比。');
    expect(text).not.toMatch(/增长 100%/u);
  });

  it('an item without opening budget gets no completion rate', () => {
    const draft = draftPart3(seedWith('      2080502 事业单位离退休: 9.79\n', '      2080502 事业单位离退休: 0\n'));
    expect(draft).toContain('事业单位离退休（项）。年初预算为 0 万元，支出决算为 7.88 万元，年初未安排预算。决算数大于年初预算数');
  });

  it('a section with nothing to report says so in one sentence', () => {
    const accounts = seedAccounts();
    accounts.t07 = { ...accounts.t07, noData: true, rows: [], total: { ...accounts.t07.total, income: new Decimal(0), spending: new Decimal(0), project: new Decimal(0) } };
    const text = section(draftPart3(accounts), '七');
    expect(text.trim()).toBe('七、政府性基金预算财政拨款收入支出决算情况说明\n\n本部门没有政府性基金预算财政拨款收入和支出。');
    expect(section(draftPart3(accounts), '八')).toContain('本部门没有国有资本经营预算财政拨款支出。');
  });

  it('data strings are inserted as text: no template evaluation, Markdown escaped', () => {
    const accounts = seedAccounts();
    accounts.reasons.grandTotalChange = '{{ 7 * 7 }} {% include "x" %} *重点* [链接](http://x)';
    const text = section(draftPart3(accounts), '一');
    expect(text).toContain('主要是{{ 7 \\* 7 }} {% include "x" %} \\*重点\\* \\[链接\\](http://x)。');
    expect(text).not.toContain('49');
  });

  it('states 大于/小于/等于 from the comparison of actual and opening budget', () => {
    const draft = draftPart3(seedWith('      2010303 机关服务: 153.53\n', '      2010303 机关服务: 150.26\n'));
    expect(draft).toContain('机关服务（项）。年初预算为 150.26 万元，支出决算为 150.26 万元，完成年初预算的 100%。决算数等于年初预算数。');
  });

  // Found by the random-accounts round trip (test/roundtrip): the 上年 path wrote "比2023 年度".
  it('机关运行经费 against the previous year: "比 2023 年度", spaced like every other year', () => {
    const draft = draftPart3(seedWith('  年初预算数: 403.48\n  比较对象: 年初预算', '  上年决算数: 403.48\n  比较对象: 上年决算'));
    expect(section(draft, '十')).toContain('2024 年度机关运行经费支出 377.88 万元，比 2023 年度减少 25.6 万元，下降 6.34%，主要原因是');
  });

  it('三公: the reason for the difference from the budget, the opening budgets and last year\'s actuals are drafted when the data has them', () => {
    const accounts = seedWith('年初预算: # 年初预算数，用于“完成年初预算的 X%”\n', [
      '年初预算:', '  三公经费:', '    合计: 55', '    因公出国（境）费: 25', '    公务用车购置及运行维护费: 18', '    公务用车购置费: 0',
      '    公务用车运行维护费: 18', '    公务接待费: 12', '',
    ].join('\n'));
    accounts.previous.sanGong = { total: new Decimal('52.3'), abroad: new Decimal('20.14'), reception: new Decimal('15') };
    accounts.t09.budget.total = new Decimal('50.7');
    accounts.t09.budget.reception = new Decimal('13.32');
    accounts.reasons.sanGongChange = '严格控制接待规模';
    const text = section(draftPart3(accounts), '九');
    expect(text).toContain('全年预算为 50.7 万元，支出决算为 49.7 万元，决算数小于全年预算数，完成全年预算的 98.03%。'
      + '年初预算为 55 万元，完成年初预算的 90.36%。与 2023 年度相比，减少 2.6 万元，下降 4.97%。决算数小于全年预算数的主要原因是严格控制接待规模。');
    expect(text).toContain('1、因公出国（境）费全年预算为 20.14 万元，支出决算为 20.14 万元，与 2024 年预算基本持平，完成全年预算的 100%。'
      + '年初预算为 25 万元，完成年初预算的 80.56%。与 2023 年决算数相同。全年支出');
    expect(text).toContain('公务用车购置费支出 0 万元，年初预算为 0 万元，年初未安排预算。2024 年');
    expect(text).toContain('完成年初预算的 102.67%。与 2023 年度相比，减少 2.68 万元，下降 17.87%。其中：');
  });

  it('no general-budget spending and no opening budget for it: (三) says so instead of placeholders', () => {
    const accounts = seedAccounts();
    accounts.t05 = { ...accounts.t05, noData: true, rows: [] };
    accounts.openingBudget.gpb = { items: new Map(), keys: new Map() };
    const text = section(draftPart3(accounts), '五');
    expect(text).toContain('### （三）一般公共预算财政拨款支出决算具体情况\n\n2024 年度本部门没有一般公共预算财政拨款支出，也未安排年初预算。');
    expect(text).not.toContain('【待补充');
  });

  // Found by the random-accounts round trip: a year spent entirely from carry-overs has no income to split.
  it('no income this year: the structure says 收入合计 0 万元, with no shares of a zero total', () => {
    const accounts = seedAccounts();
    for (const k of Object.keys(accounts.t02.total) as Array<keyof typeof accounts.t02.total>) accounts.t02.total[k] = new Decimal(0);
    const text = section(draftPart3(accounts), '二');
    expect(text).toContain('### （一）收入决算结构情况\n\n2024 年度收入合计 0 万元。\n\n### （二）');
    expect(text).not.toContain('【待补充');
  });
});
