/**
 * 公开01表 in two-year layout (项目 | 本年数 | 上年数 | 增减额 | 增减率, or 收入/支出 side by side with 上年决算数):
 * its 上年数 column is imported as the data file's 上年决算 — only what 01 prints (收支总计, 本年收入合计 and each
 * source, 财政拨款收入 as its three appropriation lines, 本年支出合计) — where 01 is reliable and the column passes
 * 01's own identities on its own. A column that does not add up, or misses a total, is left out, and the note says why.
 * A field imported is not offered again as a blank in the fill-in template (nor is 05's 年初预算数).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { wordDocx as docx, wordPara as para, wordTable as table } from '../word-xml.js';
import { importDocx } from '../../src/import/index.js';
import { importedYaml } from '../../src/import/yaml.js';
import { accountsFromObject } from '../../src/data/load.js';

const num = (s: string) => Number(s.replace(/,/gu, ''));
const diff = (b: string, a: string) => (num(a) - num(b)).toFixed(2);
const rate = (b: string, a: string) => (num(b) === 0 ? '—' : `${((num(a) - num(b)) / num(b) * 100).toFixed(2)}%`);
const row = (label: string, now: string, before: string) => [label, now, before, diff(before, now), rate(before, now)];

/** This year's and last year's columns, each adding up. */
const ROWS = [
  row('一般公共预算财政拨款收入', '1,234.56', '1,100.00'),
  row('政府性基金预算财政拨款收入', '0.00', '20.00'),
  row('事业收入', '100.00', '70.00'),
  row('其他收入', '15.44', '10.00'),
  row('本年收入合计', '1,350.00', '1,200.00'),
  row('年初结转和结余', '50.00', '40.00'),
  row('总计', '1,400.00', '1,240.00'),
  row('一、一般公共服务支出', '1,000.00', '900.00'),
  row('二、社会保障和就业支出', '200.00', '180.00'),
  row('三、卫生健康支出', '80.00', '60.00'),
  row('四、住房保障支出', '70.00', '60.00'),
  row('本年支出合计', '1,350.00', '1,200.00'),
  row('年末结转和结余', '50.00', '40.00'),
];
const doc = (body: string[][], last = '上年数', unit = '单位：万元') => docx(para('收入支出决算总表'), para(unit), table([['项目', '本年数', last, '增减额', '增减率'], ...body]));
const replaced = (label: string, before: string) => ROWS.map((r) => (r[0] === label ? row(label, r[1]!, before) : r));

describe('01\'s 上年数 column as 上年决算', () => {
  for (const last of ['上年数', '上年决算数']) {
    it(`“${last}” adding up: imported as 上年决算, only what 01 prints, and said so`, () => {
      const { imported } = importDocx(doc(ROWS, last), 'x.docx');
      expect(imported.unreliable).toEqual([]);
      expect(imported.previous).toEqual({
        收支总计: '1,240.00',
        收入: { 本年收入合计: '1,200.00', 一般公共预算财政拨款收入: '1,100.00', 政府性基金预算财政拨款收入: '20.00', 事业收入: '70.00', 其他收入: '10.00', 财政拨款收入: '1120.00' },
        支出: { 本年支出合计: '1,200.00' },
      });
      expect(imported.notes.some((n) => n.includes(`公开01表的“${last}”一栏作为上年决算导入`))).toBe(true);
      // (增减额, 增减率 still said not imported; 上年数 not said so)
      expect(imported.notes.some((n) => n.includes('“增减额”“增减率”两栏不是本年的决算数'))).toBe(true);
    });
  }

  it('the data file written loads, its 上年决算 last year\'s figures', () => {
    const { imported } = importDocx(doc(ROWS), 'x.docx');
    const text = importedYaml(imported, { source: 'x.docx', year: 2024, department: '某局' });
    const data = parse(text) as Record<string, unknown>;
    expect(data['上年决算']).toMatchObject({ 收支总计: '1,240.00', 支出: { 本年支出合计: '1,200.00' } });
    const { accounts } = accountsFromObject(data, 'x.yaml');
    expect(accounts.previous.grandTotal?.toFixed(2)).toBe('1240.00');
    expect(accounts.previous.income.fiscal?.toFixed(2)).toBe('1120.00');
    expect(accounts.previous.expenditure.total?.toFixed(2)).toBe('1200.00');
    // The template below offers only what was not imported: 收支总计 and the income sources are not blanks again.
    const template = text.slice(text.indexOf('表中没有、情况说明需要的数据'));
    expect(template).not.toMatch(/#\s+收支总计:/u);
    expect(template).not.toContain('事业收入: ,');
    expect(template).toContain('基本支出: ');
    expect(template).toContain('财政拨款收支总计:');
  });

  it('a last-year figure that breaks 本年收入合计 = Σ sources: not imported, the note says why, the table still reliable', () => {
    const { imported } = importDocx(doc(replaced('事业收入', '80.00')), 'x.docx');
    expect(imported.unreliable).toEqual([]);
    expect(imported.previous).toBeUndefined();
    expect(imported.notes.some((n) => n.includes('“上年数”一栏没有作为上年决算导入') && n.includes('勾稽关系'))).toBe(true);
  });

  it('总计 of income and of expenditure differing in the last-year column: not imported', () => {
    // 本年支出合计 1,200 + 年末结转和结余 50 = 1,250 against 总计 1,240
    const { imported } = importDocx(doc(replaced('年末结转和结余', '50.00')), 'x.docx');
    expect(imported.previous).toBeUndefined();
    expect(imported.notes.some((n) => n.includes('没有作为上年决算导入'))).toBe(true);
  });

  it('a blank 总计 in the last-year column: not imported (a blank is no figure)', () => {
    const { imported } = importDocx(doc(ROWS.map((r) => (r[0] === '总计' ? [r[0], r[1]!, '', '', ''] : r))), 'x.docx');
    expect(imported.previous).toBeUndefined();
    expect(imported.notes.some((n) => n.includes('没有作为上年决算导入') && n.includes('“总计”没有数字'))).toBe(true);
  });

  it('01 unreliable (this year\'s column failing): its last-year column not imported either', () => {
    const bad = ROWS.map((r) => (r[0] === '事业收入' ? ['事业收入', '110.00', r[2]!, r[3]!, r[4]!] : r));
    const { imported } = importDocx(doc(bad), 'x.docx');
    expect(imported.unreliable.map((u) => u.table)).toEqual(['公开01表']);
    expect(imported.previous).toBeUndefined();
    expect(imported.notes.some((n) => n.includes('没有作为上年决算导入') && n.includes('不可靠'))).toBe(true);
  });

  it('a table in 元: converted to 万元 exactly', () => {
    const yuan = ROWS.map((r) => [r[0]!, ...r.slice(1, 3).map((v) => (num(v) * 10000).toLocaleString('en-US', { minimumFractionDigits: 2 })), '', '']);
    const { imported } = importDocx(doc(yuan, '上年数', '单位：元'), 'x.docx');
    expect(imported.previous?.收支总计).toBe('1,240.00');
    expect(imported.previous?.支出).toEqual({ 本年支出合计: '1,200.00' });
    expect(imported.previous?.收入['一般公共预算财政拨款收入']).toBe('1,100.00');
  });

  it('收入 and 支出 side by side, each with 本年数 | 上年数: both sides read, imported', () => {
    const income = ROWS.slice(0, 7);
    const spending = ROWS.slice(7);
    const body = income.map((r, i) => [r[0]!, r[1]!, r[2]!, ...(spending[i] ? [spending[i]![0]!, spending[i]![1]!, spending[i]![2]!] : ['总计', '1,400.00', '1,240.00'])]);
    const side = docx(para('收入支出决算总表'), para('单位：万元'), table([['收入', '', '', '支出', '', ''], ['项目', '本年数', '上年数', '项目', '本年数', '上年数'], ...body]));
    const { imported } = importDocx(side, 'x.docx');
    expect(imported.unreliable).toEqual([]);
    expect(imported.previous).toMatchObject({ 收支总计: '1,240.00', 收入: { 本年收入合计: '1,200.00' }, 支出: { 本年支出合计: '1,200.00' } });
  });

  it('a one-year 01: no 上年决算, the template as before', () => {
    const one = docx(para('收入支出决算总表'), para('单位：万元'), table([['项目', '决算数'], ...ROWS.map((r) => [r[0]!, r[1]!])]));
    const { imported } = importDocx(one, 'x.docx');
    expect(imported.previous).toBeUndefined();
    const text = importedYaml(imported, { source: 'x.docx' });
    expect(text).not.toMatch(/^上年决算:/mu);
    expect(text).toContain('#   收支总计:');
  });
});

describe('the fill-in template offers no field the import took', () => {
  it('05\'s 年初预算数 imported as 年初预算: written once, not again as a commented blank', () => {
    const t05 = docx(para('一般公共预算财政拨款支出决算表'), para('单位：万元'), table([
      ['科目编码', '科目名称', '年初预算数', '小计', '基本支出', '项目支出'],
      ['', '合计', '900.00', '960.00', '800.00', '160.00'],
      ['201', '一般公共服务支出', '900.00', '960.00', '800.00', '160.00'],
      ['20103', '政府办公厅（室）及相关机构事务', '900.00', '960.00', '800.00', '160.00'],
      ['2010301', '行政运行', '780.00', '800.00', '800.00', '0.00'],
      ['2010302', '一般行政管理事务', '120.00', '160.00', '0.00', '160.00'],
    ]));
    const { imported } = importDocx(t05, 'x.docx');
    expect(imported.budgets?.年初预算).toBeDefined();
    const text = importedYaml(imported, { source: 'x.docx' });
    expect(text.match(/^#?\s*年初预算:/gmu)).toEqual(['年初预算:']);
    expect((parse(text) as Record<string, unknown>)['年初预算']).toEqual({ 一般公共预算财政拨款支出: { 合计: '900.00', 科目: { 2010301: '780.00', 2010302: '120.00' } } });
    // (the rest of the template stays: 上年决算 in full, 三公经费 …)
    expect(text).toContain('#   收支总计:');
    expect(text).toContain('# 三公经费:');
  });

  it('nothing imported beyond the tables: the template offers 年初预算 as before', () => {
    const { imported } = importDocx(doc(ROWS.map((r) => [r[0]!, r[1]!, '', '', ''])), 'x.docx');
    const text = importedYaml(imported, { source: 'x.docx' });
    expect(text).toContain('# 年初预算: # 年初预算数，用于“完成年初预算的 X%”');
  });
});
