/**
 * The department's accounts as juesuan holds them after loading: the nine public
 * tables (公开01表 … 公开09表) and what Part 3 needs that the tables lack.
 *
 * Every amount is a Decimal in 万元, exactly as published (two decimals at most);
 * a blank table cell is zero. Column and line ids are English; the Chinese label
 * each one carries in the data file is in the *_LABELS maps below, which the
 * loader and every message use, so a label is spelled in one place only.
 */
import type { Decimal } from './amount.js';
import type { SubjectLevel } from './subjects.js';

export type Amount = Decimal;

/** A 功能分类 row of a subject table (02, 03, 05, 07, 08). */
export interface SubjectRow<C extends string> {
  /** the key as written in the data file, e.g. "2010301 行政运行" */
  key: string;
  code: string;
  name: string;
  level: SubjectLevel;
  values: Record<C, Amount>;
}

export interface SubjectTable<C extends string> {
  total: Record<C, Amount>;
  rows: SubjectRow<C>[];
  /** the table says "本表无数据" */
  noData: boolean;
  /** the sentence printed under the table, if any */
  note?: string;
}

// ── 公开01表 收入支出决算总表 ──────────────────────────────────────────
export const T01_INCOME_LABELS = {
  gpbAppropriation: '一般公共预算财政拨款收入',
  govFundAppropriation: '政府性基金预算财政拨款收入',
  soeAppropriation: '国有资本经营预算财政拨款收入',
  higherSubsidy: '上级补助收入',
  business: '事业收入',
  operating: '经营收入',
  affiliated: '附属单位上缴收入',
  other: '其他收入',
  currentTotal: '本年收入合计',
  nonFiscalSurplusUsed: '使用非财政拨款结余',
  openingBalance: '年初结转和结余',
  grandTotal: '总计',
} as const;
export type T01IncomeLine = keyof typeof T01_INCOME_LABELS;
/** The income sources whose sum is 本年收入合计. */
export const T01_INCOME_SOURCES: readonly T01IncomeLine[] = [
  'gpbAppropriation', 'govFundAppropriation', 'soeAppropriation', 'higherSubsidy',
  'business', 'operating', 'affiliated', 'other',
];

export const T01_EXPENDITURE_LABELS = {
  currentTotal: '本年支出合计',
  surplusDistribution: '结余分配',
  closingBalance: '年末结转和结余',
  grandTotal: '总计',
} as const;
export type T01ExpenditureLine = keyof typeof T01_EXPENDITURE_LABELS;

export interface ClassAmount {
  code: string;
  name: string;
  amount: Amount;
}

export interface Table01 {
  income: Record<T01IncomeLine, Amount>;
  /** one row per expenditure class (一、一般公共服务支出 …), in table order */
  expenditureByClass: ClassAmount[];
  expenditure: Record<T01ExpenditureLine, Amount>;
}

// ── 公开02表 收入决算表 ──────────────────────────────────────────────
export const T02_LABELS = {
  total: '本年收入合计',
  fiscal: '财政拨款收入',
  higherSubsidy: '上级补助收入',
  business: '事业收入',
  operating: '经营收入',
  affiliated: '附属单位上缴收入',
  other: '其他收入',
} as const;
export type T02Column = keyof typeof T02_LABELS;
/** Income sources as Part 3 names them: the columns of 公开02表 after its total. */
export const INCOME_SOURCES: readonly Exclude<T02Column, 'total'>[] = [
  'fiscal', 'higherSubsidy', 'business', 'operating', 'affiliated', 'other',
];

// ── 公开03表 支出决算表 ──────────────────────────────────────────────
export const T03_LABELS = {
  total: '本年支出合计',
  basic: '基本支出',
  project: '项目支出',
  toHigher: '上缴上级支出',
  operating: '经营支出',
  toAffiliated: '对附属单位补助支出',
} as const;
export type T03Column = keyof typeof T03_LABELS;
export const EXPENDITURE_KINDS: readonly Exclude<T03Column, 'total'>[] = [
  'basic', 'project', 'toHigher', 'operating', 'toAffiliated',
];

// ── 公开04表 财政拨款收入支出决算总表 ──────────────────────────────────
export const T04_INCOME_LABELS = {
  gpb: '一般公共预算财政拨款',
  govFund: '政府性基金预算财政拨款',
  soe: '国有资本经营预算财政拨款',
  currentTotal: '本年收入合计',
  openingBalance: '年初财政拨款结转和结余',
  openingBalanceGpb: '年初一般公共预算财政拨款结转和结余',
  openingBalanceGovFund: '年初政府性基金预算财政拨款结转和结余',
  openingBalanceSoe: '年初国有资本经营预算财政拨款结转和结余',
  grandTotal: '总计',
} as const;
export type T04IncomeLine = keyof typeof T04_INCOME_LABELS;
/** 公开04表's budget scopes, each with its own 年初结转和结余 line. */
export const T04_SCOPE_OPENING = { gpb: 'openingBalanceGpb', govFund: 'openingBalanceGovFund', soe: 'openingBalanceSoe' } as const satisfies Record<'gpb' | 'govFund' | 'soe', T04IncomeLine>;
export type T04Scope = keyof typeof T04_SCOPE_OPENING;

export const T04_COLUMN_LABELS = {
  total: '合计',
  gpb: '一般公共预算财政拨款',
  govFund: '政府性基金预算财政拨款',
  soe: '国有资本经营预算财政拨款',
} as const;
export type T04Column = keyof typeof T04_COLUMN_LABELS;

export const T04_EXPENDITURE_LABELS = {
  currentTotal: '本年支出合计',
  closingBalance: '年末财政拨款结转和结余',
  grandTotal: '总计',
} as const;
export type T04ExpenditureLine = keyof typeof T04_EXPENDITURE_LABELS;

export interface Table04 {
  income: Record<T04IncomeLine, Amount>;
  expenditureByClass: Array<{ code: string; name: string; values: Record<T04Column, Amount> }>;
  expenditure: Record<T04ExpenditureLine, Record<T04Column, Amount>>;
}

// ── 公开05表 / 公开08表 (小计 = 基本 + 项目) ───────────────────────────
export const SPENDING_LABELS = {
  subtotal: '小计',
  basic: '基本支出',
  project: '项目支出',
} as const;
export type SpendingColumn = keyof typeof SPENDING_LABELS;

// ── 公开06表 一般公共预算财政拨款基本支出决算明细表 ─────────────────────
/** An economic-classification row: 3-digit 类 or 5-digit 款. */
export interface EconomicRow {
  key: string;
  code: string;
  name: string;
  amount: Amount;
}

export const T06_LABELS = {
  personnel: '人员经费',
  publicFunds: '公用经费',
  personnelTotal: '人员经费合计',
  publicFundsTotal: '公用经费合计',
} as const;

/** 人员经费 = 301 + 303; 公用经费 = 302 + 307 + 310 + 312 + 399. */
export const PERSONNEL_CLASSES = ['301', '303'] as const;
export const PUBLIC_FUNDS_CLASSES = ['302', '307', '310', '312', '399'] as const;

export interface Table06 {
  personnel: EconomicRow[];
  publicFunds: EconomicRow[];
  personnelTotal: Amount;
  publicFundsTotal: Amount;
}

// ── 公开07表 政府性基金预算财政拨款收入支出决算表 ───────────────────────
export const T07_LABELS = {
  openingBalance: '年初结转和结余',
  income: '本年收入',
  spending: '本年支出小计',
  basic: '基本支出',
  project: '项目支出',
  closingBalance: '年末结转和结余',
} as const;
export type T07Column = keyof typeof T07_LABELS;

// ── 公开09表 财政拨款“三公”经费支出决算表 ─────────────────────────────
export const T09_LABELS = {
  total: '合计',
  abroad: '因公出国（境）费',
  vehicles: '公务用车购置及运行维护费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
} as const;
export type T09Column = keyof typeof T09_LABELS;

export interface Table09 {
  /** 预算数: the full-year (adjusted) budget, 全年预算数 */
  budget: Record<T09Column, Amount>;
  /** 决算数 */
  actual: Record<T09Column, Amount>;
}

// ── What Part 3 needs beyond the tables ─────────────────────────────────
/** 上年决算: the previous year's figures that Part 3 compares against. */
export interface PreviousYear {
  grandTotal?: Amount;
  income: Partial<Record<T02Column, Amount>>;
  /** 公开01表's 财政拨款 lines by budget kind */
  appropriations: Partial<Record<'gpbAppropriation' | 'govFundAppropriation' | 'soeAppropriation', Amount>>;
  expenditure: Partial<Record<T03Column, Amount>>;
  fiscalGrandTotal?: Amount;
  gpbExpenditure?: Amount;
  govFundExpenditure?: Amount;
  officeOperation?: Amount;
  /** last year's 三公 actuals */
  sanGong: Partial<Record<T09Column, Amount>>;
}

export interface OpeningBudgetScope {
  total?: Amount;
  /** 项 code → opening budget */
  items: Map<string, Amount>;
  /** item code → key in the data file, for messages */
  keys: Map<string, string>;
}

/** 全年预算: full-year (adjusted) budgets, by scope; Shanghai's Part 3 compares each 项 with these. */
export interface FullYearBudget {
  gpb: OpeningBudgetScope;
  govFund: OpeningBudgetScope;
  soe: OpeningBudgetScope;
}

/** 年初预算: opening budgets, by scope. */
export interface OpeningBudget {
  gpb: OpeningBudgetScope;
  govFund: OpeningBudgetScope;
  soe: OpeningBudgetScope;
  /** 三公 opening budgets, where a department states them (公开09表 holds the full-year budget) */
  sanGong: Partial<Record<T09Column, Amount>>;
}

export interface SanGongDetails {
  abroad: { groups?: number; persons?: number; content?: string };
  vehicles: { purchased?: number; held?: number; operationUse?: string };
  reception: {
    domestic: { amount?: Amount; batches?: number; persons?: number; foreignAffairsBatches?: number; foreignAffairsPersons?: number; use?: string };
    abroad: { amount?: Amount; batches?: number; persons?: number };
  };
}

/** 机关运行经费 */
export interface OfficeOperation {
  actual: Amount;
  openingBudget?: Amount;
  previous?: Amount;
  /** what Part 3 compares the actual with: the opening budget or last year's actual */
  compareWith: 'openingBudget' | 'previousYear';
}

/** 政府采购 */
export interface Procurement {
  /** the total as stated by the department; the sum of the three kinds otherwise */
  statedTotal?: Amount;
  goods: Amount;
  works: Amount;
  services: Amount;
  /** 授予中小企业合同金额 (the wording before the reserved-share rules; absent where a region states only those) */
  sme?: Amount;
  /** 其中：授予小微企业合同金额 (a subset of sme) */
  smallMicro?: Amount;
  goodsSme?: Amount;
  worksSme?: Amount;
  servicesSme?: Amount;
  /** 面向中小企业预留政府采购项目预算金额 */
  reservedSme?: Amount;
  /** 面向小微企业预留政府采购项目预算金额 (a part of the SME reservation) */
  reservedSmallMicro?: Amount;
  /** 在面向中小企业预留的项目中，由中小企业供应商中标或成交的采购金额 */
  reservedSmeAwarded?: Amount;
  /** 在面向小微企业预留的项目中，由小微企业供应商中标或成交的采购金额 */
  reservedSmallMicroAwarded?: Amount;
  /** 在其他政府采购项目中，由中小企业供应商中标或成交的采购金额 */
  otherSmeAwarded?: Amount;
}

/** 国有资产占用 */
export interface Assets {
  vehiclesTotal: number;
  /** vehicles by use, in the order the department lists them */
  vehiclesByUse: Array<{ use: string; count: number }>;
  otherVehiclesUse?: string;
  /** 单价 100 万元（含）以上设备（不含车辆）台（套） */
  equipmentOver1m: number;
}

export interface PerformanceProject {
  name: string;
  fullYearBudget: Amount;
  executed: Amount;
  score: Decimal;
  grade: string;
  achievement?: string;
}

/** One stage of whole-process performance management, as published in aggregate: 项目 N 个，涉及预算金额 X 万元. */
export interface PerformanceStage {
  projects?: number;
  budget?: Amount;
}

/** 绩效自评 in aggregate: what a document states when it lists no projects. */
export interface SelfEvaluationSummary extends PerformanceStage {
  averageScore?: Decimal;
  /** grade → number of projects, in the order the data file gives them */
  grades: Array<{ grade: string; count: number }>;
  problemsFound?: number;
  problemsRectified?: number;
  problemsRectifying?: number;
}

/** 预算绩效 */
export interface Performance {
  /** e.g. 市级预算项目 */
  scope: string;
  /** the denominator of "占部门…项目支出总额的 X%" */
  projectSpendingTotal?: Amount;
  summary?: string;
  /** 管理制度: the rules and mechanisms of performance management the department has set up */
  system?: string;
  projects: PerformanceProject[];
  /** 编报绩效目标的项目 (aggregate) */
  targets?: PerformanceStage;
  /** 绩效跟踪评价的项目 (aggregate) */
  tracking?: PerformanceStage;
  /** 绩效自评 (aggregate); with a project list too, both must agree */
  selfEvaluation?: SelfEvaluationSummary;
  departmentEvaluations: string[];
  transferPayments: string[];
  keyEvaluations: string[];
}

/** 主要原因: the writer's reasons, keyed to the sentence they explain. */
export interface Reasons {
  grandTotalChange?: string;
  incomeChange: Partial<Record<T02Column, string>>;
  expenditureChange: Partial<Record<T03Column, string>>;
  fiscalGrandTotalChange?: string;
  gpbExpenditureChange?: string;
  gpbBudgetCompletion?: string;
  /** 项 code → reason its actual differs from its opening budget */
  itemBudgetCompletion: Map<string, string>;
  officeOperationChange?: string;
  sanGongChange?: string;
}

export interface DepartmentAccounts {
  department: string;
  year: number;
  unit: '万元';
  t01: Table01;
  t02: SubjectTable<T02Column>;
  t03: SubjectTable<T03Column>;
  t04: Table04;
  t05: SubjectTable<SpendingColumn>;
  t06: Table06;
  t07: SubjectTable<T07Column>;
  t08: SubjectTable<SpendingColumn>;
  t09: Table09;
  previous: PreviousYear;
  openingBudget: OpeningBudget;
  fullYearBudget: FullYearBudget;
  sanGong: SanGongDetails;
  officeOperation?: OfficeOperation;
  procurement?: Procurement;
  assets?: Assets;
  performance?: Performance;
  reasons: Reasons;
  /** 主要用途: 项 code → what its money was mainly used for (上海模板: 主要用于：……) */
  itemPurposes: Map<string, string>;
  /**
   * Tables the data file leaves out (the key missing, or 公开05表: {}), or marks 未读出 (found by import,
   * no amounts read): a writer may have only some.
   * Their cells read as zeros here, but they are unknown: check names them and checks only the
   * identities among the tables present; lint and draft treat their figures as unknown (facts/unknown.ts).
   */
  absentTables?: readonly string[];
  /** Those of absentTables the data file marks 未读出: true (import found them and read no amounts), named so. */
  unreadTables?: readonly string[];
  /**
   * Total rows left blank though their parts hold amounts (a 合计 row that printed its sub-headers where
   * the amounts would be): not zeros but unknown — no identity is checked on them, no figure against them.
   * Each is the row's path in the data file ([公开05表, 合计], [公开06表, 人员经费合计]); their cells stay zero here.
   */
  unreadTotals?: ReadonlyArray<readonly [string, string]>;
}

// ── Where things stand in the data file, beyond the column and line labels ──
/** The nine tables' keys in the data file. */
export const TABLE_NAMES = {
  t01: '公开01表', t02: '公开02表', t03: '公开03表', t04: '公开04表', t05: '公开05表',
  t06: '公开06表', t07: '公开07表', t08: '公开08表', t09: '公开09表',
} as const;
export type TableId = keyof typeof TABLE_NAMES;

/** Each table's standard title, by its key in the data file. */
export const TABLE_TITLES: Readonly<Record<string, string>> = {
  公开01表: '收入支出决算总表', 公开02表: '收入决算表', 公开03表: '支出决算表', 公开04表: '财政拨款收入支出决算总表',
  公开05表: '一般公共预算财政拨款支出决算表', 公开06表: '一般公共预算财政拨款基本支出决算明细表',
  公开07表: '政府性基金预算财政拨款收入支出决算表', 公开08表: '国有资本经营预算财政拨款支出决算表', 公开09表: '财政拨款“三公”经费支出决算表',
};

/** The parts of a table in the data file. */
export const TABLE_PARTS = {
  income: '收入',
  expenditure: '支出',
  /** the 合计 row of a subject table */
  total: '合计',
  /** the subject rows of a subject table */
  rows: '科目',
  noData: '本表无数据',
  /** import found the table and read no amounts: unknown as a whole, not zeros */
  unread: '未读出',
  budget: '预算数',
  actual: '决算数',
} as const;

/** 年初预算, by scope; each scope has a 合计 and its 项 under 科目. */
export const OPENING_BUDGET_LABELS = {
  section: '年初预算',
  gpb: '一般公共预算财政拨款支出',
  govFund: '政府性基金预算财政拨款支出',
  soe: '国有资本经营预算财政拨款支出',
  total: '合计',
  items: '科目',
} as const;

/** 全年预算, by scope, laid out as 年初预算. */
export const FULL_YEAR_BUDGET_LABELS = { ...OPENING_BUDGET_LABELS, section: '全年预算' } as const;

/** 三公经费 details: the reception amounts (the counts are read where they are used). */
export const RECEPTION_LABELS = {
  section: '三公经费',
  reception: '公务接待',
  domestic: '国内',
  abroad: '国（境）外',
  amount: '金额',
} as const;

/** 政府采购 */
export const PROCUREMENT_LABELS = {
  section: '政府采购',
  statedTotal: '总额',
  goods: '货物',
  works: '工程',
  services: '服务',
  sme: '授予中小企业合同金额',
  smallMicro: '授予小微企业合同金额',
  goodsSme: '货物授予中小企业合同金额',
  worksSme: '工程授予中小企业合同金额',
  servicesSme: '服务授予中小企业合同金额',
  reservedSme: '面向中小企业预留项目预算金额',
  reservedSmallMicro: '面向小微企业预留项目预算金额',
  reservedSmeAwarded: '预留项目中小企业中标成交金额',
  reservedSmallMicroAwarded: '预留项目小微企业中标成交金额',
  otherSmeAwarded: '其他项目中小企业中标成交金额',
} as const;

/** 国有资产 */
export const ASSETS_LABELS = {
  section: '国有资产',
  vehiclesTotal: '车辆总数',
  vehiclesByUse: '车辆',
  otherVehiclesUse: '其他用车用途',
  equipmentOver1m: '单价100万元以上设备',
} as const;

/** 预算绩效 */
export const PERFORMANCE_LABELS = {
  section: '预算绩效',
  projectSpendingTotal: '预算项目支出总额',
  projects: '项目',
  name: '名称',
  fullYearBudget: '全年预算数',
  executed: '执行数',
  targets: '编报绩效目标',
  tracking: '绩效跟踪评价',
  selfEvaluation: '绩效自评',
  stageProjects: '项目数',
  stageBudget: '涉及预算金额',
  averageScore: '平均得分',
  grades: '评级',
  problemsFound: '发现问题数',
  problemsRectified: '已完成整改问题数',
  problemsRectifying: '正在整改问题数',
} as const;
