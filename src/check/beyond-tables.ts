/**
 * What the data file carries beyond the nine tables: 政府采购, 国有资产,
 * 年初预算, 三公经费 details and 预算绩效. Their identities are sums and bounds,
 * never shares or rates (those belong to the fact catalog).
 */
import { Decimal } from '../data/amount.js';
import { formatTableAmount } from '../format/number.js';
import {
  ASSETS_LABELS, EXPENDITURE_KINDS, FULL_YEAR_BUDGET_LABELS, INCOME_SOURCES, T02_LABELS, T03_LABELS, OPENING_BUDGET_LABELS, PERFORMANCE_LABELS, PROCUREMENT_LABELS, RECEPTION_LABELS,
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
  return (a: DepartmentAccounts): Violation[] => (a.procurement ? check(a.procurement).filter((v): v is Violation => v !== undefined) : []);
}

const P = PROCUREMENT_LABELS.section;

/** whole ≥ Σ parts, for the fields the data states (a part not stated counts for nothing; no whole, no check). */
function atMost(p: Procurement, whole: ProcurementField, parts: ProcurementField[], why?: string): Violation | undefined {
  const wholeCell = procurementCell(p, whole);
  const partCells = parts.flatMap((f) => procurementCell(p, f) ?? []);
  if (!wholeCell || partCells.length === 0) return undefined;
  return atMostIdentity(wholeCell, partCells, { where: P, ...(why ? { why } : {}) });
}
const KINDS = [['goods', 'goodsSme'], ['works', 'worksSme'], ['services', 'servicesSme']] as const;

const procurementRules: Rule[] = [
  rule('procurement-small-micro-within-sme', '政府采购：授予小微企业合同金额 ≤ 授予中小企业合同金额（小微企业是中小企业的一部分）', withProcurement((p) => [
    atMost(p, 'sme', ['smallMicro'], '小微企业是中小企业的一部分，授予小微企业的合同金额不能大于授予中小企业的合同金额'),
  ])),
  rule('procurement-reserved-small-micro-within-sme', '政府采购：面向小微企业预留的预算金额 ≤ 面向中小企业预留的预算金额；小微企业预留项目中由小微企业中标成交的金额 ≤ 中小企业预留项目中由中小企业中标成交的金额', withProcurement((p) => [
    atMost(p, 'reservedSme', ['reservedSmallMicro'], '面向小微企业的预留是面向中小企业预留的一部分'),
    atMost(p, 'reservedSmeAwarded', ['reservedSmallMicroAwarded'], '小微企业预留项目是中小企业预留项目的一部分，小微企业也是中小企业'),
  ])),
  rule('procurement-sme-awards-within-total', '政府采购：预留项目与其他项目中由中小企业中标成交的金额之和 ≤ 政府采购总额（填写总额时）', withProcurement((p) => [
    atMost(p, 'statedTotal', ['reservedSmeAwarded', 'otherSmeAwarded'], '由中小企业中标成交的采购金额是政府采购金额的一部分'),
  ])),
  rule('procurement-kind-sme-within-kind', '政府采购：货物、工程、服务各自授予中小企业的合同金额 ≤ 该类采购金额', withProcurement((p) =>
    KINDS.map(([kind, sme]) => {
      const part = procurementCell(p, sme);
      return part && atMostIdentity(procurementCell(p, kind)!, [part], { where: P });
    }),
  )),
  rule('procurement-sme-within-total', '政府采购：授予中小企业合同金额 ≤ 政府采购总额（填写总额时）', withProcurement((p) => [atMost(p, 'statedTotal', ['sme'])])),
  rule('procurement-sme-by-kind', '政府采购：授予中小企业合同金额 = 货物、工程、服务各自授予中小企业合同金额之和（金额非零的各类都填写时）', withProcurement((p) => {
    const sme = procurementCell(p, 'sme');
    const complete = KINDS.every(([kind, kindSme]) => p[kind].isZero() || p[kindSme] !== undefined);
    const parts = KINDS.flatMap(([, kindSme]) => procurementCell(p, kindSme) ?? []);
    return [sme && complete && parts.length > 0 ? sumIdentity(sme, parts, { where: P }) : undefined];
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

/** 年初预算 or 全年预算: each laid out by scope, 合计 and 科目. */
const BUDGET_SECTIONS = [
  { labels: OPENING_BUDGET_LABELS, of: (a: DepartmentAccounts) => a.openingBudget, what: '年初预算' },
  { labels: FULL_YEAR_BUDGET_LABELS, of: (a: DepartmentAccounts) => a.fullYearBudget, what: '全年预算' },
] as const;
type BudgetSection = (typeof BUDGET_SECTIONS)[number];

function scopeName(section: BudgetSection, scope: Scope): string {
  return `${section.labels.section} ${section.labels[scope]}`;
}

function budgetItemCell(a: DepartmentAccounts, section: BudgetSection, scope: Scope, code: string): Cell {
  const o = section.of(a)[scope];
  const key = o.keys.get(code) ?? code;
  return {
    path: [section.labels.section, section.labels[scope], section.labels.items, key],
    label: key,
    value: o.items.get(code)!,
  };
}

const openingBudgetRules: Rule[] = [
  // A 决算 lists the budgets of the subjects with spending only: a subject budgeted but not spent on is
  // in the total and in no item, so the items may add up to less than the total — never to more.
  rule('opening-budget-total', '年初预算、全年预算：各范围各项级科目预算之和 ≤ 其合计（填写合计时；只列有支出的科目，故可以小于合计）', (a) => BUDGET_SECTIONS.flatMap((section) => SCOPES.flatMap(({ scope }) => {
    const o = section.of(a)[scope];
    if (o.total === undefined || o.items.size === 0) return [];
    const L = section.labels;
    return present(atMostIdentity(
      { path: [L.section, L[scope], L.total], label: L.total, value: o.total },
      [...o.items.keys()].map((code) => budgetItemCell(a, section, scope, code)),
      { where: scopeName(section, scope), why: '各项预算之和不能大于合计' },
    ));
  }))),
  rule('opening-budget-item-in-table', '年初预算、全年预算所列的每个项级科目，都在对应的公开05/07/08表中有项级行', (a) => BUDGET_SECTIONS.flatMap((section) => SCOPES.flatMap(({ scope, table }) => {
    const s = subjectSpec(table);
    // A table the file leaves out has no rows to miss.
    if (a.absentTables?.includes(s.name)) return [];
    const codes = new Set(s.get(a).rows.filter((r) => r.level === 'item').map((r) => r.code));
    return [...section.of(a)[scope].items.keys()].filter((code) => !codes.has(code)).map((code): Violation => {
      const cell = budgetItemCell(a, section, scope, code);
      return {
        message: `${scopeName(section, scope)} 列有 ${cell.label}（${section.what} ${formatTableAmount(cell.value)}），但${s.name}没有项级科目 ${code}`,
        cells: [cell],
      };
    });
  }))),
  rule('opening-budget-item-missing', '公开05/07/08表的每个项级科目都有年初预算数（情况说明要写它的预算完成情况）', (a) => SCOPES.flatMap(({ scope, table, column }) => {
    const s = subjectSpec(table);
    const items = a.openingBudget[scope].items;
    return s.get(a).rows.filter((r) => r.level === 'item' && !items.has(r.code)).map((row): Violation => {
      const cell = { ...rowCell(s, row, column), label: `${row.key} ${s.labels[column]}` };
      return {
        message: `${s.name} ${row.key} 在“${scopeName(BUDGET_SECTIONS[0], scope)}”中没有年初预算数，情况说明无法写出它完成年初预算的情况`,
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

// ── 上年决算 ────────────────────────────────────────────────────────────
const PREVIOUS = '上年决算';

/** 上年决算's 收入 or 支出: the total as stated, or its lines where the data states every one; none where neither. */
function previousSide<C extends string>(side: '收入' | '支出', lines: Partial<Record<C | 'total', Decimal>>, ids: readonly C[], labels: Record<C | 'total', string>) {
  const cell = (id: C | 'total'): Cell => ({ path: [PREVIOUS, side, labels[id]], label: labels[id], value: lines[id]! });
  const complete = ids.every((id) => lines[id] !== undefined);
  return { total: lines.total === undefined ? undefined : cell('total'), lines: complete ? ids.map(cell) : undefined };
}

const previousIncome = (a: DepartmentAccounts) => previousSide('收入', a.previous.income, INCOME_SOURCES, T02_LABELS);
const previousSpending = (a: DepartmentAccounts) => previousSide('支出', a.previous.expenditure, EXPENDITURE_KINDS, T03_LABELS);

/** The total stated and every line stated: they agree. */
function previousTotal({ total, lines }: ReturnType<typeof previousSide>): Violation[] {
  return total && lines ? present(sumIdentity(total, lines, { where: PREVIOUS })) : [];
}

const previousYearRules: Rule[] = [
  rule('previous-income-total', '上年决算：本年收入合计 = 各项收入之和（合计与各项都填写时）', (a) => previousTotal(previousIncome(a))),
  rule('previous-expenditure-total', '上年决算：本年支出合计 = 各项支出之和（合计与各项都填写时）', (a) => previousTotal(previousSpending(a))),
  // 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余.
  rule('previous-grand-total-covers', '上年决算：本年收入合计、本年支出合计（未填写时为各项之和）都不大于收支总计', (a) => {
    const grand = a.previous.grandTotal;
    if (grand === undefined) return [];
    const whole: Cell = { path: [PREVIOUS, '收支总计'], label: '收支总计', value: grand };
    return [previousIncome(a), previousSpending(a)].flatMap(({ total, lines }) => {
      const parts = total ? [total] : lines;
      return parts ? present(atMostIdentity(whole, parts, { where: PREVIOUS, why: '收支总计含本年收入（支出）合计及结转结余，不能小于它' })) : [];
    });
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

/** The self-evaluation in aggregate against the project list, where the data gives both. */
function summaryCell(field: keyof typeof PERFORMANCE_LABELS, value: Decimal): Cell {
  const L = PERFORMANCE_LABELS;
  return { path: [L.section, L.selfEvaluation, L[field]], label: `${L.selfEvaluation} ${L[field]}`, value };
}

const performanceSummaryRules: Rule[] = [
  rule('performance-summary-matches-projects', '预算绩效：同时填写绩效自评汇总和项目时，项目数、涉及预算金额、各评级的项目数与项目一致', (a) => {
    const p = a.performance;
    const s = p?.selfEvaluation;
    if (!p || !s || p.projects.length === 0) return [];
    const L = PERFORMANCE_LABELS;
    const projectCell = (i: number, value: Decimal, label: string): Cell => ({ path: [L.section, L.projects, i], label, value });
    const one = (i: number, name: string) => projectCell(i, new Decimal(1), name);
    return [
      s.projects === undefined ? undefined
        : sumIdentity(summaryCell('stageProjects', new Decimal(s.projects)), p.projects.map((x, i) => one(i, x.name)), { where: L.section, counts: true }),
      s.budget === undefined ? undefined
        : sumIdentity(summaryCell('stageBudget', s.budget), p.projects.map((x, i) => projectCell(i, x.fullYearBudget, `${x.name} ${L.fullYearBudget}`)), { where: L.section }),
      ...s.grades.map((g) => sumIdentity(
        { path: [L.section, L.selfEvaluation, L.grades, g.grade], label: `${L.selfEvaluation} ${L.grades} ${g.grade}`, value: new Decimal(g.count) },
        p.projects.flatMap((x, i) => (x.grade === g.grade ? [one(i, x.name)] : [])),
        { where: L.section, counts: true },
      )),
    ].filter((v): v is Violation => v !== undefined);
  }),
  rule('performance-grades-sum-to-projects', '预算绩效：绩效自评各评级的项目数之和 = 绩效自评项目数', (a) => {
    const s = a.performance?.selfEvaluation;
    if (!s || s.projects === undefined || s.grades.length === 0) return [];
    const L = PERFORMANCE_LABELS;
    return present(sumIdentity(
      summaryCell('stageProjects', new Decimal(s.projects)),
      s.grades.map((g) => ({ path: [L.section, L.selfEvaluation, L.grades, g.grade], label: `评级为“${g.grade}”的项目数`, value: new Decimal(g.count) })),
      { where: L.section, counts: true },
    ));
  }),
  rule('performance-rectified-within-found', '预算绩效：已完成整改与正在整改的问题数之和 ≤ 发现问题数', (a) => {
    const s = a.performance?.selfEvaluation;
    if (!s || s.problemsFound === undefined) return [];
    const parts = (['problemsRectified', 'problemsRectifying'] as const).flatMap((f) => (s[f] === undefined ? [] : [summaryCell(f, new Decimal(s[f]))]));
    return parts.length === 0 ? [] : present(atMostIdentity(summaryCell('problemsFound', new Decimal(s.problemsFound)), parts, { where: PERFORMANCE_LABELS.section, counts: true }));
  }),
];

export const beyondTableRules: Rule[] = [
  ...procurementRules,
  ...assetsRules,
  ...openingBudgetRules,
  ...sanGongRules,
  ...previousYearRules,
  ...performanceRules,
  ...performanceSummaryRules,
];
