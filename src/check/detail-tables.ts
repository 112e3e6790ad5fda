/**
 * 公开06表 基本支出明细 (economic classification) and 公开09表 “三公”经费.
 */
import {
  T06_LABELS, T09_LABELS, TABLE_NAMES, TABLE_PARTS, type DepartmentAccounts, type EconomicRow,
} from '../data/model.js';
import { t09Cell } from './cells.js';
import { present, sumIdentity, type Cell, type Violation } from './identity.js';
import { rule, type Rule } from './rule.js';

const T06 = TABLE_NAMES.t06;
const T09 = TABLE_NAMES.t09;

type Part = 'personnel' | 'publicFunds';
const PARTS: readonly Part[] = ['personnel', 'publicFunds'];
const PART_TOTAL = { personnel: 'personnelTotal', publicFunds: 'publicFundsTotal' } as const;

function economicCell(part: Part, row: EconomicRow): Cell {
  return { path: [T06, T06_LABELS[part], row.key], label: row.key, value: row.amount };
}

export function t06Total(a: DepartmentAccounts, part: Part): Cell {
  const label = T06_LABELS[PART_TOTAL[part]];
  return { path: [T06, label], label, value: a.t06[PART_TOTAL[part]] };
}

/** Each 3-digit class = Σ its 5-digit items (a class with no items listed is not checked). */
function classTotals(a: DepartmentAccounts): Violation[] {
  return PARTS.flatMap((part) => {
    const rows = a.t06[part];
    return rows.filter((r) => r.code.length === 3).flatMap((cls) => {
      const items = rows.filter((r) => r.code.length === 5 && r.code.startsWith(cls.code));
      if (items.length === 0) return [];
      return present(sumIdentity(economicCell(part, cls), items.map((i) => economicCell(part, i)), { where: `${T06} ${cls.key} 之下各款` }));
    });
  });
}

/** 人员经费合计 = 301 + 303; 公用经费合计 = 302 + 307 + 310 + 312 + 399 (the classes listed). */
function partTotal(part: Part) {
  return (a: DepartmentAccounts): Violation[] => present(sumIdentity(
    t06Total(a, part),
    a.t06[part].filter((r) => r.code.length === 3).map((r) => economicCell(part, r)),
    { where: `${T06} ${T06_LABELS[part]}` },
  ));
}

const SIDES = ['budget', 'actual'] as const;

/** A table 09 cell named by its column only: the message names the side. */
function c9(a: DepartmentAccounts, side: typeof SIDES[number], column: keyof typeof T09_LABELS): Cell {
  return { ...t09Cell(a, side, column), label: T09_LABELS[column] };
}

export const detailTableRules: Rule[] = [
  rule('t06-class-total', '公开06表：每个经济分类类级科目 = 其下各款之和', classTotals),
  rule('t06-personnel-total', '公开06表：人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助', partTotal('personnel')),
  rule('t06-public-funds-total', '公开06表：公用经费合计 = 302 + 307 + 310 + 312 + 399 各类之和', partTotal('publicFunds')),
  rule('t09-total', `公开09表预算数、决算数：${T09_LABELS.total} = ${T09_LABELS.abroad} + ${T09_LABELS.vehicles} + ${T09_LABELS.reception}`, (a) => SIDES.flatMap((side) => present(
    sumIdentity(
      c9(a, side, 'total'),
      [c9(a, side, 'abroad'), c9(a, side, 'vehicles'), c9(a, side, 'reception')],
      { where: `${T09} ${TABLE_PARTS[side]}` },
    ),
  ))),
  rule('t09-vehicles-total', `公开09表预算数、决算数：${T09_LABELS.vehicles} = ${T09_LABELS.vehiclePurchase} + ${T09_LABELS.vehicleOperation}`, (a) => SIDES.flatMap((side) => present(
    sumIdentity(
      c9(a, side, 'vehicles'),
      [c9(a, side, 'vehiclePurchase'), c9(a, side, 'vehicleOperation')],
      { where: `${T09} ${TABLE_PARTS[side]}` },
    ),
  ))),
];
