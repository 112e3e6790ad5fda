/**
 * What the data file carries beyond the nine tables: 政府采购, 国有资产,
 * 年初预算, 三公经费 details and 预算绩效. Their identities are sums and bounds,
 * never shares or rates (those belong to the fact catalog).
 */
import { Decimal } from '../data/amount.js';
import { formatTableAmount } from '../format/number.js';
import {
  ASSETS_LABELS, OPENING_BUDGET_LABELS, PERFORMANCE_LABELS, PROCUREMENT_LABELS, RECEPTION_LABELS,
  type DepartmentAccounts, type Procurement,
} from '../data/model.js';
import { rowCell, subjectSpec, t09Cell, type SubjectTableId } from './cells.js';
import { atMostIdentity, present, sumIdentity, type Cell, type Violation } from './identity.js';
import { qualified, rule, type Rule } from './rule.js';

// ── 政府采购 ────────────────────────────────────────────────────────────
type ProcurementField = keyof typeof PROCUREMENT_LABELS & keyof Procurement;

function procurementCell(p: Procurement, field: ProcurementField): Cell | undefined {
  const value = p[field];
  if (value === undefined) return undefined;
  const label = PROCUREMENT_LABELS[field];
  return { path: [PROCUREMENT_LABELS.section, label], label, value };
}

function withProcurement(check: (p: Procurement) => Array<Violation | undefined>) {
  return (a: DepartmentAccounts): Violation[] => (a.procurement ? present(...check(a.procurement)) : []);
}

const P = PROCUREMENT_LABELS.section;
const KINDS = [['goods', 'goodsSme'], ['works', 'worksSme'], ['services', 'servicesSme']] as const;

const procurementRules: Rule[] = [
  rule('procurement-small-micro-within-sme', '政府采购：授予小微企业合同金额 ≤ 授予中小企业合同金额（小微企业是中小企业的一部分）', withProcurement((p) => [
    atMostIdentity(procurementCell(p, 'sme')!, [procurementCell(p, 'smallMicro')!], {
      where: P, why: '小微企业是中小企业的一部分，授予小微企业的合同金额不能大于授予中小企业的合同金额',
    }),
  ])),
  rule('procurement-kind-sme-within-kind', '政府采购：货物、工程、服务各自授予中小企业的合同金额 ≤ 该类采购金额', withProcurement((p) =>
    KINDS.map(([kind, sme]) => {
      const part = procurementCell(p, sme);
      return part && atMostIdentity(procurementCell(p, kind)!, [part], { where: P });
    }),
  )),
  rule('procurement-sme-within-total', '政府采购：授予中小企业合同金额 ≤ 政府采购总额（填写总额时）', withProcurement((p) => {
    const total = procurementCell(p, 'statedTotal');
    return [total && atMostIdentity(total, [procurementCell(p, 'sme')!], { where: P })];
  })),
  rule('procurement-sme-by-kind', '政府采购：授予中小企业合同金额 = 货物、工程、服务各自授予中小企业合同金额之和（金额非零的各类都填写时）', withProcurement((p) => {
    const complete = KINDS.every(([kind, sme]) => p[kind].isZero() || p[sme] !== undefined);
    const parts = KINDS.flatMap(([, sme]) => procurementCell(p, sme) ?? []);
    return [complete && parts.length > 0 ? sumIdentity(procurementCell(p, 'sme')!, parts, { where: P }) : undefined];
  })),
  rule('procurement-total', '政府采购：总额 = 货物 + 工程 + 服务（填写总额时）', withProcurement((p) => {
    const total = procurementCell(p, 'statedTotal');
    return [total && sumIdentity(total, KINDS.map(([kind]) => procurementCell(p, kind)!), { where: P })];
  })),
];

// ── 国有资产 ────────────────────────────────────────────────────────────
const assetsRules: Rule[] = [
  rule('assets-vehicles-by-use', '国有资产：车辆总数 = 各用途车辆数之和', (a) => {
    if (!a.assets) return [];
    const A = ASSETS_LABELS;
    return present(sumIdentity(
      { path: [A.section, A.vehiclesTotal], label: A.vehiclesTotal, value: new Decimal(a.assets.vehiclesTotal) },
      a.assets.vehiclesByUse.map((v) => ({ path: [A.section, A.vehiclesByUse, v.use], label: v.use, value: new Decimal(v.count) })),
      { where: A.section, counts: true },
    ));
  }),
];

// ── 年初预算 ────────────────────────────────────────────────────────────
type Scope = 'gpb' | 'govFund' | 'soe';
/** Each scope of opening budgets and the table, column, whose 项 rows it budgets. */
const SCOPES: ReadonlyArray<{ scope: Scope; table: SubjectTableId; column: string }> = [
  { scope: 'gpb', table: 't05', column: 'subtotal' },
  { scope: 'govFund', table: 't07', column: 'spending' },
  { scope: 'soe', table: 't08', column: 'subtotal' },
];

function scopeName(scope: Scope): string {
  return `${OPENING_BUDGET_LABELS.section} ${OPENING_BUDGET_LABELS[scope]}`;
}

function openingItemCell(a: DepartmentAccounts, scope: Scope, code: string): Cell {
  const o = a.openingBudget[scope];
  const key = o.keys.get(code) ?? code;
  return {
    path: [OPENING_BUDGET_LABELS.section, OPENING_BUDGET_LABELS[scope], OPENING_BUDGET_LABELS.items, key],
    label: key,
    value: o.items.get(code)!,
  };
}

const openingBudgetRules: Rule[] = [
  rule('opening-budget-total', '年初预算：各范围的合计 = 其各项级科目年初预算之和（填写合计时）', (a) => SCOPES.flatMap(({ scope }) => {
    const o = a.openingBudget[scope];
    if (o.total === undefined) return [];
    return present(sumIdentity(
      { path: [OPENING_BUDGET_LABELS.section, OPENING_BUDGET_LABELS[scope], OPENING_BUDGET_LABELS.total], label: OPENING_BUDGET_LABELS.total, value: o.total },
      [...o.items.keys()].map((code) => openingItemCell(a, scope, code)),
      { where: scopeName(scope) },
    ));
  })),
  rule('opening-budget-item-in-table', '年初预算所列的每个项级科目，都在对应的公开05/07/08表中有项级行', (a) => SCOPES.flatMap(({ scope, table }) => {
    const s = subjectSpec(table);
    const codes = new Set(s.get(a).rows.filter((r) => r.level === 'item').map((r) => r.code));
    return [...a.openingBudget[scope].items.keys()].filter((code) => !codes.has(code)).map((code): Violation => {
      const cell = openingItemCell(a, scope, code);
      return {
        message: `${scopeName(scope)} 列有 ${cell.label}（年初预算 ${formatTableAmount(cell.value)}），但${s.name}没有项级科目 ${code}`,
        cells: [cell],
      };
    });
  })),
  rule('opening-budget-item-missing', '公开05/07/08表的每个项级科目都有年初预算数（情况说明要写它的预算完成情况）', (a) => SCOPES.flatMap(({ scope, table, column }) => {
    const s = subjectSpec(table);
    const items = a.openingBudget[scope].items;
    return s.get(a).rows.filter((r) => r.level === 'item' && !items.has(r.code)).map((row): Violation => {
      const cell = { ...rowCell(s, row, column), label: `${row.key} ${s.labels[column]}` };
      return {
        message: `${s.name} ${row.key} 在“${scopeName(scope)}”中没有年初预算数，情况说明无法写出它完成年初预算的情况`,
        cells: [cell],
      };
    });
  }), 'warning'),
];

// ── 三公经费 ────────────────────────────────────────────────────────────
const sanGongRules: Rule[] = [
  rule('reception-matches-t09', '三公经费：公务接待国内 + 国（境）外金额 = 公开09表决算数公务接待费（填写金额时）', (a) => {
    const R = RECEPTION_LABELS;
    const { domestic, abroad } = a.sanGong.reception;
    const terms: Cell[] = ([['domestic', domestic.amount], ['abroad', abroad.amount]] as const).flatMap(([where, value]) =>
      value === undefined ? [] : [{ path: [R.section, R.reception, R[where], R.amount], label: `${R.reception}（${R[where]}）${R.amount}`, value }]);
    if (terms.length === 0) return [];
    return present(sumIdentity(qualified(t09Cell(a, 'actual', 'reception')), terms, { where: R.section }));
  }),
];

// ── 预算绩效 ────────────────────────────────────────────────────────────
const performanceRules: Rule[] = [
  rule('performance-budgets-within-total', '预算绩效：自评项目全年预算数之和 ≤ 预算项目支出总额（总额还可含未自评的项目，故不要求相等）', (a) => {
    const p = a.performance;
    if (!p || p.projectSpendingTotal === undefined || p.projects.length === 0) return [];
    const L = PERFORMANCE_LABELS;
    return present(atMostIdentity(
      { path: [L.section, L.projectSpendingTotal], label: L.projectSpendingTotal, value: p.projectSpendingTotal },
      p.projects.map((proj, i) => ({ path: [L.section, L.projects, i, L.fullYearBudget], label: `${proj.name} ${L.fullYearBudget}`, value: proj.fullYearBudget })),
      { where: L.section },
    ));
  }),
];

export const beyondTableRules: Rule[] = [
  ...procurementRules,
  ...assetsRules,
  ...openingBudgetRules,
  ...sanGongRules,
  ...performanceRules,
];
