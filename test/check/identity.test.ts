/**
 * The identity helper: the tail error (尾数误差) and the wording every rule shares.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/data/amount.js';
import {
  atMostIdentity, cellNonZero, equalIdentity, sumIdentity, tailTolerance, type Cell,
} from '../../src/check/identity.js';
import { formatTableAmount } from '../../src/format/number.js';

const cell = (label: string, value: string): Cell => ({ path: ['公开03表', '合计', label], label, value: new Decimal(value) });

describe('tailTolerance: 0.01 per non-zero term, at least 0.01', () => {
  it.each([
    [['3153.47', '1186.68'], '0.02'],
    [['3153.47', '0', '1186.68', '0', '0'], '0.02'],
    [['0', '0'], '0.01'],
    [['12.32'], '0.01'],
    [[], '0.01'],
  ])('%j → %s', (values, expected) => {
    expect(tailTolerance(values.map((v, i) => cell(`c${i}`, v))).toFixed(2)).toBe(expected);
  });
});

describe('sumIdentity', () => {
  const total = (v: string) => cell('本年支出合计', v);
  const terms = [cell('基本支出', '3153.47'), cell('项目支出', '1186.68')];

  it('holds within the tail error, the seed’s own 4,340.15 against 4,340.16 included', () => {
    expect(sumIdentity(total('4340.16'), terms)).toBeUndefined();
    expect(sumIdentity(total('4340.17'), terms)).toBeUndefined(); // 0.02: exactly the tolerance
    expect(sumIdentity(total('4340.13'), terms)).toBeUndefined();
  });

  it('reports a difference beyond it with the identity and the values', () => {
    const v = sumIdentity(total('4340.18'), terms, { where: '公开03表 合计行' })!;
    expect(v.message).toBe('公开03表 合计行：基本支出 3,153.47 + 项目支出 1,186.68 = 4,340.15，与本年支出合计 4,340.18 相差 0.03（容许尾数误差 0.02）');
    expect(v.difference!.toFixed(2)).toBe('0.03');
    expect(v.tolerance!.toFixed(2)).toBe('0.02');
    expect(v.cells.map((c) => c.label)).toEqual(['本年支出合计', '基本支出', '项目支出']);
  });

  it('signs the difference stated − computed', () => {
    expect(sumIdentity(total('4340.10'), terms)!.difference!.toFixed(2)).toBe('-0.05');
  });

  it('subtracts negative terms and says so', () => {
    const v = sumIdentity(cell('年末结转和结余', '5'), [cell('年初结转和结余', '1'), cell('本年收入', '10'), { ...cell('本年支出小计', '7'), negative: true }])!;
    expect(v.message).toBe('年初结转和结余 1.00 + 本年收入 10.00 − 本年支出小计 7.00 = 4.00，与年末结转和结余 5.00 相差 1.00（容许尾数误差 0.03）');
    expect(v.cells[3]!.label).toBe('本年支出小计（减项）');
  });

  it('leaves zero terms out of the sentence and counts them', () => {
    const v = sumIdentity(total('1'), [cell('基本支出', '0'), cell('项目支出', '0')])!;
    expect(v.message).toBe('基本支出、项目支出均为 0，与本年支出合计 1.00 相差 1.00（容许尾数误差 0.01）');
    expect(v.cells).toHaveLength(3);
  });

  it('compares counts exactly and prints them as integers', () => {
    expect(sumIdentity(cell('车辆总数', '20'), [cell('其他用车', '19'), cell('应急保障用车', '1')], { counts: true })).toBeUndefined();
    const v = sumIdentity(cell('车辆总数', '21'), [cell('其他用车', '19'), cell('应急保障用车', '1')], { counts: true })!;
    expect(v.message).toBe('其他用车 19 + 应急保障用车 1 = 20，与车辆总数 21 相差 1');
    expect(v.tolerance!.isZero()).toBe(true);
  });
});

describe('equalIdentity: a plain equality tolerates 0.01', () => {
  const a = (v: string): Cell => ({ path: ['公开02表', '合计', '本年收入合计'], label: '公开02表 合计行 本年收入合计', value: new Decimal(v) });
  const b: Cell = { path: ['公开01表', '收入', '本年收入合计'], label: '公开01表 本年收入合计', value: new Decimal('4340.16') };

  it('holds at 0.01 and fails at 0.02, naming the stated cell first', () => {
    expect(equalIdentity(a('4340.17'), b)).toBeUndefined();
    expect(equalIdentity(a('4340.18'), b)!.message).toBe('公开02表 合计行 本年收入合计 4,340.18，与公开01表 本年收入合计 4,340.16 相差 0.02（容许尾数误差 0.01）');
  });
});

describe('atMostIdentity', () => {
  it('holds when the part does not exceed the whole by more than the tail error', () => {
    expect(atMostIdentity(cell('授予中小企业合同金额', '48.56'), [cell('授予小微企业合同金额', '48.57')])).toBeUndefined();
  });

  it('reports the excess', () => {
    const v = atMostIdentity(cell('授予中小企业合同金额', '0'), [cell('授予小微企业合同金额', '48.57')], { where: '政府采购', why: '小微企业是中小企业的一部分' })!;
    expect(v.message).toBe('政府采购：授予小微企业合同金额 48.57，大于授予中小企业合同金额 0.00，超出 48.57（容许尾数误差 0.01）；小微企业是中小企业的一部分');
    expect(v.difference!.toFixed(2)).toBe('48.57');
    expect(v.cells.map((c) => c.label)).toEqual(['授予中小企业合同金额', '授予小微企业合同金额']);
  });
});

describe('cellNonZero', () => {
  it('accepts zero, reports anything else without tolerance', () => {
    expect(cellNonZero(cell('合计行 小计', '0'), { where: '公开08表注明“本表无数据”' })).toBeUndefined();
    const v = cellNonZero(cell('合计行 小计', '0.01'), { where: '公开08表注明“本表无数据”' })!;
    expect(v.message).toBe('公开08表注明“本表无数据”，但合计行 小计 为 0.01');
    expect(v.tolerance!.isZero()).toBe(true);
  });
});

describe('formatTableAmount: as the tables print amounts', () => {
  it.each([
    ['4340.16', '4,340.16'], ['0', '0.00'], ['113.6', '113.60'], ['-1234.5', '-1,234.50'], ['-0', '0.00'], ['1234567.891', '1,234,567.89'],
  ])('%s → %s', (input, expected) => {
    expect(formatTableAmount(new Decimal(input))).toBe(expected);
  });
});
