/**
 * Columns a published table prints beside the ones the data file holds, known by their headers and
 * not imported, as 上年决算数 is (blind 12R): 增减额 | 增减率 after 09's 预算数 | 决算数 (d3), 年初预算数 |
 * 调整预算数 before 05's 小计 | 基本支出 | 项目支出 (d1), 01 in two-year layout 项目 | 本年数 | 上年数 |
 * 增减额 | 增减率 with its expenditure rows under its income rows (d7). The table is reliable when the
 * rest of it is: its identities hold on what was read. A header that names no column still keeps what
 * stands under it out of the table.
 */
import { describe, expect, it } from 'vitest';
import { wordDocx as docx, wordPara as para, wordTable as table } from '../word-xml.js';
import { importDocx } from '../../src/import/index.js';

type Obj = Record<string, unknown>;

const t09 = (extra: string[], cells: (budget: string, actual: string) => string[]) => docx(
  para('财政拨款“三公”经费支出决算表'),
  para('单位：万元'),
  table([
    ['项目', '预算数', '决算数', ...extra],
    ['合计', '30.00', '25.30', ...cells('30.00', '25.30')],
    ['1.因公出国（境）费', '10.00', '8.00', ...cells('10.00', '8.00')],
    ['2.公务用车购置及运行维护费', '15.00', '14.10', ...cells('15.00', '14.10')],
    ['（1）公务用车购置费', '—', '—', ...cells('0', '0')],
    ['（2）公务用车运行维护费', '15.00', '14.10', ...cells('15.00', '14.10')],
    ['3.公务接待费', '5.00', '3.20', ...cells('5.00', '3.20')],
  ]),
);
const num = (s: string) => Number(s.replace(/,/gu, ''));
const diff = (b: string, a: string) => (num(a) - num(b)).toFixed(2);
const rate = (b: string, a: string) => (num(b) === 0 ? '—' : `${((num(a) - num(b)) / num(b) * 100).toFixed(2)}%`);

describe('09 with columns of the change against the budget', () => {
  for (const [names, cells] of [
    [['增减额', '增减率'], (b: string, a: string) => [diff(b, a), rate(b, a)]],
    [['增减', '增减%'], (b: string, a: string) => [diff(b, a), rate(b, a)]],
    [['比上年增减'], (b: string, a: string) => [diff(b, a)]],
    [['差额'], (b: string, a: string) => [diff(b, a)]],
  ] as Array<[string[], (b: string, a: string) => string[]]>) {
    it(`${names.join(' | ')} after 预算数 | 决算数: known, not imported, the table reliable`, () => {
      const { imported } = importDocx(t09(names, cells), 'x.docx');
      expect(imported.unreliable).toEqual([]);
      const t = imported.tables['公开09表'] as { 预算数: Obj; 决算数: Obj };
      expect(t.预算数['合计']).toBe('30.00');
      expect(t.决算数).toMatchObject({ 合计: '25.30', '因公出国（境）费': '8.00', 公务接待费: '3.20' });
      expect(imported.notes.some((n) => n.includes('公开09表') && n.includes(`“${names[0]}”`) && n.includes('没有导入'))).toBe(true);
    });
  }

  it('a header naming no column still keeps its figures out, the table unreliable', () => {
    const { imported } = importDocx(t09(['调剂数'], (b, a) => [diff(b, a)]), 'x.docx');
    expect(imported.unreliable.map((u) => u.table)).toEqual(['公开09表']);
    expect(imported.unreliable[0]!.reason).toContain('在表头“调剂数”之下');
  });
});

const t05 = (budgets: string[], rows: Array<[string, string, string[], string, string, string]>) => docx(
  para('一般公共预算财政拨款支出决算表'),
  para('单位：万元'),
  table([
    ['科目编码', '科目名称', ...budgets, '小计', '基本支出', '项目支出'],
    ...rows.map(([code, name, b, total, basic, project]) => [code, name, ...b, total, basic, project]),
  ]),
);

describe('05 with budget columns before 小计 | 基本支出 | 项目支出', () => {
  const rows = (n: number): Array<[string, string, string[], string, string, string]> => {
    const b = (...v: string[]) => v.slice(0, n);
    return [
      ['', '合计', b('900.00', '950.00'), '960.00', '800.00', '160.00'],
      ['201', '一般公共服务支出', b('900.00', '950.00'), '960.00', '800.00', '160.00'],
      ['20103', '政府办公厅（室）及相关机构事务', b('900.00', '950.00'), '960.00', '800.00', '160.00'],
      ['2010301', '行政运行', b('780.00', '790.00'), '800.00', '800.00', '0.00'],
      ['2010302', '一般行政管理事务', b('120.00', '160.00'), '160.00', '0.00', '160.00'],
    ];
  };

  for (const budgets of [['年初预算数', '调整预算数'], ['年初预算数', '全年预算数'], ['全年预算数'], ['预算数']]) {
    it(`${budgets.join(' | ')}: known, the table reliable, its 决算 cells imported`, () => {
      const { imported } = importDocx(t05(budgets, rows(budgets.length)), 'x.docx');
      expect(imported.unreliable).toEqual([]);
      const t = imported.tables['公开05表'] as { 合计: Obj; 科目: Record<string, Obj> };
      expect(t.合计).toEqual({ 小计: '960.00', 基本支出: '800.00', 项目支出: '160.00' });
      expect(t.科目['2010301 行政运行']).toEqual({ 小计: '800.00', 基本支出: '800.00', 项目支出: '0.00' });
      expect(imported.notes.some((n) => n.includes('公开05表') && n.includes(`“${budgets[0]}”`))).toBe(true);
    });
  }

  it('its identities still checked on what was read: a row that does not add up leaves it unreliable, its budgets not taken', () => {
    const bad = rows(2);
    bad[3] = ['2010301', '行政运行', ['780.00', '790.00'], '800.00', '790.00', '0.00'];
    const { imported } = importDocx(t05(['年初预算数', '调整预算数'], bad), 'x.docx');
    expect(imported.unreliable.map((u) => [u.table, u.kind])).toEqual([['公开05表', 'own']]);
    expect(imported.budgets).toBeUndefined();
  });

  it('年初预算数 and 调整预算数 that add up on their own are the data file\'s 年初预算 and 全年预算 (合计 and each 项)', () => {
    const { imported, yaml } = importDocx(t05(['年初预算数', '调整预算数'], rows(2)), 'x.docx');
    expect(imported.budgets).toEqual({
      年初预算: { 合计: '900.00', 科目: { 2010301: '780.00', 2010302: '120.00' } },
      全年预算: { 合计: '950.00', 科目: { 2010301: '790.00', 2010302: '160.00' } },
    });
    expect(yaml).toMatch(/^年初预算:\n  一般公共预算财政拨款支出:\n    合计: "?900.00"?\n    科目:\n      "?2010301"?: "?780.00"?$/mu);
    expect(imported.notes).toContain('公开05表的“年初预算数”一栏作为年初预算导入（一般公共预算财政拨款支出的合计和各项级科目）');
  });

  it('预算数 alone is neither for certain: not taken', () => {
    expect(importDocx(t05(['预算数'], rows(1)), 'x.docx').imported.budgets).toBeUndefined();
  });

  it('a budget column that does not add up on its own is not taken, the table still reliable', () => {
    const off = rows(2);
    off[4] = ['2010302', '一般行政管理事务', ['130.00', '160.00'], '160.00', '0.00', '160.00'];
    const { imported } = importDocx(t05(['年初预算数', '调整预算数'], off), 'x.docx');
    expect(imported.unreliable).toEqual([]);
    expect(Object.keys(imported.budgets ?? {})).toEqual(['全年预算']);
    expect(imported.notes.some((n) => n.includes('“年初预算数”一栏') && n.includes('不符') && n.includes('没有作为年初预算导入'))).toBe(true);
  });
});

describe('01 in two-year layout: 项目 | 本年数 | 上年数 | 增减额 | 增减率, its expenditure under its income', () => {
  const row = (label: string, now: string, before: string) => [label, now, before, diff(before, now), rate(before, now)];
  const rows = [
    row('一般公共预算财政拨款收入', '1,234.56', '1,100.00'),
    row('政府性基金预算财政拨款收入', '0.00', '0.00'),
    row('事业收入', '100.00', '90.00'),
    row('其他收入', '15.44', '10.00'),
    row('本年收入合计', '1,350.00', '1,200.00'),
    row('年初结转和结余', '50.00', '40.00'),
    row('总计', '1,400.00', '1,240.00'),
    row('一、一般公共服务支出', '1,000.00', '900.00'),
    row('二、社会保障和就业支出', '200.00', '180.00'),
    row('三、卫生健康支出', '80.00', '60.00'),
    row('四、住房保障支出', '70.00', '60.00'),
    row('本年支出合计', '1,350.00', '1,200.00'),
    row('年末结转和结余', '50.00', '50.00'),
  ];
  const doc = (body: string[][]) => docx(para('收入支出决算总表'), para('单位：万元'), table([['项目', '本年数', '上年数', '增减额', '增减率'], ...body]));

  it('本年数 is the 决算数: income and expenditure read, the table reliable', () => {
    const { imported } = importDocx(doc(rows), 'x.docx');
    expect(imported.unreliable).toEqual([]);
    const t = imported.tables['公开01表'] as { 收入: Obj; 支出: Obj };
    expect(t.收入).toMatchObject({ 一般公共预算财政拨款收入: '1,234.56', 事业收入: '100.00', 本年收入合计: '1,350.00', 总计: '1,400.00' });
    expect(t.支出).toMatchObject({ 一般公共服务支出: '1,000.00', 住房保障支出: '70.00', 本年支出合计: '1,350.00', 年末结转和结余: '50.00' });
    expect(imported.notes.some((n) => n.includes('公开01表') && n.includes('“上年数”'))).toBe(true);
  });

  it('an income row after the expenditure rows: not guessed, the table unreliable', () => {
    const mixed = [...rows.slice(0, 4), ...rows.slice(7, 9), rows[4]!, ...rows.slice(5, 7), ...rows.slice(9)];
    const { imported } = importDocx(doc(mixed), 'x.docx');
    expect(imported.unreliable.map((u) => u.table)).toEqual(['公开01表']);
  });
});
