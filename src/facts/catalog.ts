/**
 * The fact catalog: every figure Part 3 states, computed once from the data.
 * `facts` is the flat catalog by id (what the linter verifies against);
 * `part3` arranges the same fact objects by section (what the templates render).
 */
import { Decimal } from '../data/amount.js';
import {
  EXPENDITURE_KINDS, INCOME_SOURCES, T01_INCOME_LABELS, T02_LABELS, T03_LABELS, T04_INCOME_LABELS, T04_SCOPE_OPENING, T06_LABELS, T09_LABELS, TABLE_NAMES, TABLE_PARTS,
  type DepartmentAccounts, type SubjectRow, type SubjectTable, type T04Scope,
} from '../data/model.js';
import { LEVEL_MARKER, type SubjectLevel } from '../data/subjects.js';
import { FactRegistry, type Change, type Completion, type Fact, type Share } from './fact.js';


export interface SubjectPath {
  code: string;
  /** 类, 款 and 项 names, as the table prints them */
  className: string;
  kuanName: string;
  itemName: string;
}

export interface ItemCompletion extends SubjectPath {
  completion: Completion;
  /** against the full-year budget, where the data has one for this 项 */
  fullYear: Completion | undefined;
  reason: string | undefined;
  /** what its money was mainly used for (主要用于), where the data says */
  purpose: string | undefined;
}

/**
 * A 类's or 款's actual against its budget, where the data gives budgets per 项 only (教育支出（类）年初预算为 X，
 * 完成年初预算的 Y%): the budget is the sum of the budgets of the 项 under it — unknown unless every 项 of the table
 * under it has one.
 */
export interface SubjectCompletions {
  completion: Completion;
  /** against the full-year budget, where the data has one for every 项 under it */
  fullYear: Completion | undefined;
}

export interface SpendingScopeFacts {
  /** the table says 本表无数据, or every figure is zero */
  empty: boolean;
  items: ItemCompletion[];
  /** the scope's total against its full-year budget, where the data has one */
  fullYearCompletion: Completion | undefined;
}

export interface Part3Facts {
  department: string;
  year: number;
  previousYear: number;
  /**
   * Each of the nine tables (公开01表 … 公开09表) → why its rows are unknown (a data file leaves
   * it out), or '' when it is known: an unknown table's lists (classes, items) are not "none", and
   * a draft writes 【待补充】 for them (facts/unknown.ts). Every key is present, so that a template
   * naming a table that does not exist fails instead of reading a blank.
   */
  unknownTables: Readonly<Record<string, string>>;
  /** 一、收入支出决算总体情况 */
  overall: {
    grandTotal: Change;
    reason: string | undefined;
    /** 公开01表 lines between 本年合计 and 总计 */
    nonFiscalSurplusUsed: Fact;
    openingBalance: Fact;
    surplusDistribution: Fact;
    closingBalance: Fact;
    /** 年末结转和结余 − 年初结转和结余: the year's change of the balance */
    balanceChange: Change;
  };
  /** 二、收入决算 */
  income: {
    total: Fact;
    /** 本年收入合计 against last year's, where the data has it (与 2023 年度相比，本年收入合计减少…) */
    totalChange: Change;
    /** shareChange: this year's share − last year's, in points */
    sources: Array<{ id: string; name: string; share: Share; shareChange: Fact; sharePrevious: Fact; change: Change; reason: string | undefined }>;
    /** 公开01表's finer split of 财政拨款收入 by budget kind, with shares of 本年收入合计 */
    appropriations: Array<{ id: string; name: string; share: Share; shareChange: Fact; sharePrevious: Fact; change: Change | undefined }>;
  };
  /** 三、支出决算 */
  expenditure: {
    total: Fact;
    /** 本年支出合计 against last year's */
    totalChange: Change;
    kinds: Array<{ id: string; name: string; share: Share; shareChange: Fact; sharePrevious: Fact; change: Change; reason: string | undefined }>;
    /** 公开03表 by function class (all funds), with shares of 本年支出合计 */
    classes: Array<{ code: string; name: string; share: Share }>;
  };
  /** 四、财政拨款收入支出决算总体情况 */
  fiscal: {
    grandTotal: Change;
    reason: string | undefined;
    /** 公开04表's lines between 总计 and its parts: 本年收入合计, 年初财政拨款结转和结余, 本年支出合计, 年末财政拨款结转和结余 (合计 column) */
    currentIncome: Fact;
    openingBalance: Fact;
    currentSpending: Fact;
    closingBalance: Fact;
    /** 公开04表's 总计 by budget scope (its columns): the scope's 本年收入 + its 年初结转和结余 (= its 本年支出 + 年末结转和结余) */
    byScope: Array<{ scope: T04Scope; name: string; total: Fact; opening: Fact }>;
  };
  /** 五、一般公共预算财政拨款支出 */
  gpb: SpendingScopeFacts & {
    total: Fact;
    shareOfExpenditure: Share;
    /** the share against last year's, in points, where the data has last year's 一般公共预算财政拨款支出 and 本年支出合计 */
    shareOfExpenditurePrevious: Fact;
    shareOfExpenditureChange: Fact;
    /** 公开05表's 基本支出 and 项目支出 columns as parts of its 合计 (其中基本支出 …，占 …%) */
    basicShare: Share;
    project: Share;
    change: Change;
    changeReason: string | undefined;
    /** 公开05表's 类 rows: each one's share of the table's 合计, and its completion (see SubjectCompletions) */
    classes: Array<{ code: string; name: string; share: Share } & SubjectCompletions>;
    /** 公开05表's 款 rows, each with its share of the table's 合计 (抚恤（款）X，占 Y%) and its completion */
    kuans: Array<{ code: string; name: string; className: string; share: Share } & SubjectCompletions>;
    completion: Completion;
    completionReason: string | undefined;
  };
  /** 六、一般公共预算财政拨款基本支出 */
  basic: {
    total: Fact;
    /** items: the group's 公开06表 items with an amount (what “主要包括” lists) */
    personnel: { amount: Fact; items: string[]; share: Share };
    publicFunds: { amount: Fact; items: string[]; share: Share };
    /** 公开06表's rows (类 301 and 款 30113 alike), each under 人员经费 or 公用经费 */
    rows: Array<{ code: string; name: string; amount: Fact; of: 'personnel' | 'public-funds' }>;
  };
  /** 七、政府性基金预算财政拨款收入支出 */
  govFund: SpendingScopeFacts & {
    openingBalance: Fact;
    income: Fact;
    spending: Fact;
    closingBalance: Fact;
    /** 本年支出 against the scope's opening budget, where the data has it */
    completion: Completion;
    /** 本年支出 against last year's, where the data has it */
    change: Change | undefined;
  };
  /** 八、国有资本经营预算财政拨款支出 */
  soe: SpendingScopeFacts & { spending: Fact; completion: Completion };
  /** 九、财政拨款“三公”经费 */
  sanGong: {
    total: Completion;
    /** each item's share of the 三公 actual total */
    itemShares: { abroad: Share; vehicles: Share; reception: Share };
    /** per 公开09表 column: against its opening budget and against last year, where the data has them */
    comparisons: Record<keyof typeof T09_LABELS, { opening: Completion | undefined; change: Change | undefined }>;
    /** why the 三公 actual differs from its budget (主要原因 › 三公经费变动) */
    reason: string | undefined;
    abroad: Completion & { groups: Fact; persons: Fact; content: string | undefined };
    vehicles: Completion & {
      purchase: Completion; operation: Completion; purchased: Fact; held: Fact; operationUse: string | undefined;
    };
    reception: Completion & {
      domestic: {
        amount: Fact; batches: Fact; persons: Fact; foreignAffairsBatches: Fact; foreignAffairsPersons: Fact; use: string | undefined;
        /** 外宾接待支出: 0 where the data says there was none (外事批次 0, or no domestic reception cost); else unknown */
        foreignAffairsAmount: Fact;
      };
      /** domestic and abroad together: 公务接待 27 批次，621 人次 */
      batches: Fact;
      persons: Fact;
      abroad: { amount: Fact; batches: Fact; persons: Fact };
    };
  };
  /** 十、机关运行经费 */
  officeOperation: {
    actual: Fact;
    /** against the opening budget, where the data has it */
    vsBudget: Change | undefined;
    /** against the previous year's actual, where the data has it */
    vsPrevious: Change | undefined;
    /** the comparison the department makes (and the draft states) */
    stated: Change;
    against: 'openingBudget' | 'previousYear';
    reason: string | undefined;
  } | undefined;
  /** 十一、政府采购 */
  procurement: {
    total: Fact; goods: Fact; works: Fact; services: Fact;
    /** each kind's share of the total (其中：货物 21.51 万元，占 44.29%) */
    kindShares: { goods: Share; works: Share; services: Share };
    /** 授予中小企业合同金额 and 其中小微企业, with their shares of the total (missing where the data does not state them) */
    sme: Share; smallMicro: Share;
    /** 授予小微企业合同金额 as a part of 授予中小企业合同金额 (占授予中小企业合同总金额的 …%) */
    smallMicroOfSme: Share;
    /** the reserved-share wording (面向中小企业预留…, 由中小企业供应商中标或成交的…); a fact without value where the data lacks it */
    reserved: { sme: Fact; smallMicro: Fact; smeAwarded: Fact; smallMicroAwarded: Fact; otherSmeAwarded: Fact };
    /** per kind (货物, 工程, 服务): the SME share of that kind, where the data gives it */
    kindSme: Array<{ kind: string; share: Share }>;
  } | undefined;
  /** 十二、国有资产占用 */
  assets: {
    vehicles: Fact;
    byUse: Array<{ use: string; count: Fact }>;
    otherUse: string | undefined;
    equipment: Fact;
  } | undefined;
  /** 十三、预算绩效 */
  performance: {
    scope: string;
    count: Fact;
    budget: Fact;
    /** the projects' 执行数 together against their 预算 (执行数 …，预算执行率 …%) */
    execution: Completion;
    budgetShare: Share | undefined;
    /** 编报绩效目标的项目涉及的预算金额 as a share of the same total (绩效目标覆盖率, read as of the money), where the data has both */
    targetsShare: Share | undefined;
    /** the grades some project has, in order of first appearance */
    grades: Array<{ grade: string; count: Fact }>;
    /** those and the standard grades no project has (a document may say “合格”的项目 0 个) */
    allGrades: Array<{ grade: string; count: Fact }>;
    /** 平均得分 */
    averageScore: Fact;
    /**
     * Whole-process performance management in aggregate (编报绩效目标的项目 N 个，涉及预算金额 …；
     * 绩效跟踪评价的…；绩效自评中共发现问题 N 个…), where the data states it
     */
    stages: {
      /** the grades as the data's summary lists them (zeros too), else those some project has */
      grades: Array<{ grade: string; count: Fact }>;
      targets: PerformanceStageFacts | undefined;
      tracking: PerformanceStageFacts | undefined;
      problems: { found: Fact; rectified: Fact; rectifying: Fact };
    } | undefined;
    summary: string | undefined;
    /** the rules and mechanisms of performance management (管理制度), where the data says */
    system: string | undefined;
    projects: Array<{ name: string; budget: Fact; executed: Fact; rate: Completion; score: Fact; grade: string; achievement: string | undefined }>;
    departmentEvaluations: string[];
    transferPayments: string[];
    keyEvaluations: string[];
  } | undefined;
}

export interface PerformanceStageFacts {
  count: Fact;
  budget: Fact;
}

/** A function subject (类/款/项) some table of the data holds: the names prose may use for what the data has. */
export interface SubjectName {
  code: string;
  name: string;
  level: SubjectLevel;
}

export interface FactCatalog {
  facts: ReadonlyMap<string, Fact>;
  part3: Part3Facts;
  /** every subject of tables 02, 03, 05, 07 and 08, once by code */
  subjects: SubjectName[];
}

/**
 * @param options.directOnly only the facts read straight from the data carry values (FactRegistry):
 *   for catalogs that are compared, never read
 */
export function buildFactCatalog(accounts: DepartmentAccounts, options: { directOnly?: boolean } = {}): FactCatalog {
  const f = new FactRegistry(options.directOnly);
  const { previous, reasons } = accounts;
  // A total row not read (its 合计 printed as sub-headers) is unknown: its amounts, and all computed from them.
  const unread = (table: string, row: string) => accounts.unreadTotals?.some(([t, r]) => t === table && r === row) ?? false;
  const totalOf = <C extends string>(id: 't02' | 't03' | 't05' | 't07' | 't08', table: { total: Record<C, Decimal> }) =>
    (column: C): Decimal | undefined => (unread(TABLE_NAMES[id], TABLE_PARTS.total) ? undefined : table.total[column]);
  const unreadWhy = (table: string, row: string) => `（${table}${row === TABLE_PARTS.total ? '合计行' : row}没有金额，未读出）`;
  const t02Total = totalOf('t02', accounts.t02);
  const t03Total = totalOf('t03', accounts.t03);
  const t05Total = totalOf('t05', accounts.t05);
  const t07Total = totalOf('t07', accounts.t07);
  const t08Total = totalOf('t08', accounts.t08);
  const totalMissing = (id: 't02' | 't03' | 't05' | 't07' | 't08', label: string) => `${label}${unreadWhy(TABLE_NAMES[id], TABLE_PARTS.total)}`;
  const prevYear = accounts.year - 1;
  const previousLabel = (what: string) => `${prevYear} 年度${what}决算数`;

  // 一 ─ 收支总计 (公开01表 总计)
  const grandTotal = f.amount('grand-total', '收支总计', accounts.t01.income.grandTotal, ['收支总计', '收、支总计', '收入支出总计', '收入总计', '支出总计']);
  const grandTotalPrev = f.amount('grand-total.previous', previousLabel('收支总计'), previous.grandTotal);

  // 二 ─ 收入 (公开02表 合计 by column)
  const incomeTotal = f.amount('income.total', '本年收入合计', t02Total('total'), ['本年收入合计', '收入合计', '本年收入'], totalMissing('t02', '本年收入合计'));
  const incomePrev = INCOME_SOURCES.map((id) => f.amount(`income.${id}.previous`, previousLabel(T02_LABELS[id]), previous.income[id]));
  const incomeTotalPrev = previousTotal(f, 'income.total.previous', previousLabel('本年收入合计'), previous.income.total, incomePrev, '上年各项收入之和');
  const incomeTotalChange = f.change('income.total', '本年收入合计', incomeTotal, incomeTotalPrev);
  const sources = INCOME_SOURCES.map((id, k) => {
    const name = T02_LABELS[id];
    const amount = f.amount(`income.${id}`, name, t02Total(id), [name], totalMissing('t02', name));
    const prev = incomePrev[k]!;
    const others = INCOME_SOURCES.filter((x) => x !== id);
    const share = f.share(`income.${id}.share`, `${name}占本年收入合计的比重`, amount, incomeTotal, [name], others.map((x) => accounts.t02.total[x]));
    const shareBefore = f.share(`income.${id}.share.previous`, `${prevYear} 年度${name}占本年收入合计的比重`, prev, incomeTotalPrev, [name], others.map((x) => previous.income[x]));
    return {
      id, name, share,
      sharePrevious: shareBefore.rate,
      shareChange: f.shareChange(`income.${id}.share.change`, `${name}占本年收入合计的比重增减`, share, shareBefore, [name]),
      change: f.change(`income.${id}`, name, amount, prev, [name]),
      reason: reasons.incomeChange[id],
    };
  });

  // 公开01表 splits 财政拨款收入 by budget kind; prose often lists those lines instead.
  const appropriations = (['gpbAppropriation', 'govFundAppropriation', 'soeAppropriation'] as const).map((id) => {
    const name = T01_INCOME_LABELS[id];
    const amount = f.amount(`income.${id}`, name, accounts.t01.income[id], [name]);
    const prev = f.amount(`income.${id}.previous`, previousLabel(name), previous.appropriations[id]);
    const share = f.share(`income.${id}.share`, `${name}占本年收入合计的比重`, amount, incomeTotal, [name]);
    const shareBefore = f.share(`income.${id}.share.previous`, `${prevYear} 年度${name}占本年收入合计的比重`, prev, incomeTotalPrev, [name]);
    return {
      id, name, share,
      sharePrevious: shareBefore.rate,
      shareChange: f.shareChange(`income.${id}.share.change`, `${name}占本年收入合计的比重增减`, share, shareBefore, [name]),
      change: previous.appropriations[id] === undefined ? undefined : f.change(`income.${id}`, name, amount, prev, [name]),
    };
  });

  // 三 ─ 支出 (公开03表 合计 by column)
  const expenditureTotal = f.amount('expenditure.total', '本年支出合计', t03Total('total'), ['本年支出合计', '支出合计', '本年支出'], totalMissing('t03', '本年支出合计'));
  const expenditurePrev = EXPENDITURE_KINDS.map((id) => f.amount(`expenditure.${id}.previous`, previousLabel(T03_LABELS[id]), previous.expenditure[id]));
  const expenditureTotalPrev = previousTotal(f, 'expenditure.total.previous', previousLabel('本年支出合计'), previous.expenditure.total, expenditurePrev, '上年各项支出之和');
  const expenditureTotalChange = f.change('expenditure.total', '本年支出合计', expenditureTotal, expenditureTotalPrev);
  const kinds = EXPENDITURE_KINDS.map((id, k) => {
    const name = T03_LABELS[id];
    const amount = f.amount(`expenditure.${id}`, name, t03Total(id), [name], totalMissing('t03', name));
    const prev = expenditurePrev[k]!;
    const others = EXPENDITURE_KINDS.filter((x) => x !== id);
    const share = f.share(`expenditure.${id}.share`, `${name}占本年支出合计的比重`, amount, expenditureTotal, [name], others.map((x) => accounts.t03.total[x]));
    const shareBefore = f.share(`expenditure.${id}.share.previous`, `${prevYear} 年度${name}占本年支出合计的比重`, prev, expenditureTotalPrev, [name], others.map((x) => previous.expenditure[x]));
    return {
      id, name, share,
      sharePrevious: shareBefore.rate,
      shareChange: f.shareChange(`expenditure.${id}.share.change`, `${name}占本年支出合计的比重增减`, share, shareBefore, [name]),
      change: f.change(`expenditure.${id}`, name, amount, prev, [name]),
      reason: reasons.expenditureChange[id],
    };
  });

  const expenditureClasses = accounts.t03.rows.filter((r) => r.level === 'class').map((row, _, classes) => {
    const amount = f.amount(`expenditure.class.${row.code}`, `${row.name}（类）`, row.values.total, [row.name]);
    return { code: row.code, name: row.name, share: f.share(`expenditure.class.${row.code}.share`, `${row.name}（类）占本年支出合计的比重`, amount, expenditureTotal, [row.name], otherClasses(classes, row, (r) => r.values.total)) };
  });

  // 四 ─ 财政拨款收支总计 (公开04表 总计)
  const fiscalTotal = f.amount('fiscal.grand-total', '财政拨款收支总计', accounts.t04.income.grandTotal, ['财政拨款收支总计', '财政拨款收、支总计', '财政拨款收入支出总计']);
  const fiscalPrev = f.amount('fiscal.grand-total.previous', previousLabel('财政拨款收支总计'), previous.fiscalGrandTotal);

  // 五 ─ 一般公共预算财政拨款支出 (公开05表)
  const gpbNames = ['一般公共预算财政拨款支出'];
  const gpbTotal = f.amount('gpb.total', '一般公共预算财政拨款支出', t05Total('subtotal'), gpbNames, totalMissing('t05', '一般公共预算财政拨款支出'));
  const gpbPrev = f.amount('gpb.total.previous', previousLabel('一般公共预算财政拨款支出'), previous.gpbExpenditure);
  const gpbShare = f.share('gpb.total.share', '一般公共预算财政拨款支出占本年支出合计的比重', gpbTotal, expenditureTotal, gpbNames);
  const gpbShareBefore = f.share('gpb.total.share.previous', `${prevYear} 年度一般公共预算财政拨款支出占本年支出合计的比重`, gpbPrev, expenditureTotalPrev, gpbNames);
  const gpbBudget = f.amount('gpb.opening-budget', '一般公共预算财政拨款支出年初预算数', accounts.openingBudget.gpb.total);
  const gpbClasses = accounts.t05.rows.filter((r) => r.level === 'class').map((row, _, classes) => {
    const amount = f.amount(`gpb.class.${row.code}`, `${row.name}（类）`, row.values.subtotal, classNames(row.name));
    return { code: row.code, name: row.name, share: f.share(`gpb.class.${row.code}.share`, `${row.name}（类）占一般公共预算财政拨款支出的比重`, amount, gpbTotal, classNames(row.name), otherClasses(classes, row, (r) => r.values.subtotal)) };
  });
  const gpbItems = itemCompletions(f, 'gpb', accounts.t05, (r) => r.values.subtotal, gpbTotal, accounts, 'gpb', '一般公共预算财政拨款支出');
  const gpbSubject = (code: string, label: string, actual: Fact) => subjectCompletions(f, 'gpb', accounts.t05, code, label, actual, accounts, 'gpb');
  const gpbKuans = accounts.t05.rows.filter((r) => r.level === 'kuan').map((row) => {
    const label = `${row.name}（款）`;
    const amount = f.amount(`gpb.kuan.${row.code}`, label, row.values.subtotal, [label]);
    const className = accounts.t05.rows.find((r) => r.level === 'class' && r.code === row.code.slice(0, 3))?.name ?? '';
    return {
      code: row.code, name: row.name, className, share: f.share(`gpb.kuan.${row.code}.share`, `${label}占一般公共预算财政拨款支出的比重`, amount, gpbTotal, [label]),
      ...gpbSubject(row.code, label, amount),
    };
  });

  // 六 ─ 基本支出 (公开05表 基本支出; 公开06表 人员经费/公用经费)
  const gpbProject = f.amount('gpb.project', '一般公共预算财政拨款项目支出', t05Total('project'), ['一般公共预算财政拨款项目支出'], totalMissing('t05', '一般公共预算财政拨款项目支出'));
  const basicTotal = f.amount('basic.total', '一般公共预算财政拨款基本支出', t05Total('basic'), ['基本支出', '一般公共预算财政拨款基本支出'], totalMissing('t05', '一般公共预算财政拨款基本支出'));
  const t06Total = (id: string, row: 'personnelTotal' | 'publicFundsTotal', label: string) => {
    const blank = unread(TABLE_NAMES.t06, T06_LABELS[row]);
    return f.amount(id, label, blank ? undefined : accounts.t06[row], [label], `${label}${unreadWhy(TABLE_NAMES.t06, T06_LABELS[row])}`);
  };
  const personnel = t06Total('basic.personnel', 'personnelTotal', '人员经费');
  const publicFunds = t06Total('basic.public-funds', 'publicFundsTotal', '公用经费');
  const itemNames = (rows: typeof accounts.t06.personnel) => rows.filter((r) => r.code.length === 5 && !r.amount.isZero()).map((r) => r.name);
  const t06Rows = (rows: typeof accounts.t06.personnel, of: 'personnel' | 'public-funds') =>
    rows.map((r) => ({ code: r.code, name: r.name, of, amount: f.amount(`basic.econ.${r.code}`, `${r.name}（${r.code}）`, r.amount, [r.name]) }));

  // 七 ─ 政府性基金 (公开07表)
  const govFundSpending = f.amount('gov-fund.spending', '政府性基金预算财政拨款本年支出', t07Total('spending'), ['本年支出'], totalMissing('t07', '政府性基金预算财政拨款本年支出'));

  // 八 ─ 国有资本经营 (公开08表)
  const soeSpending = f.amount('soe.spending', '国有资本经营预算财政拨款支出', t08Total('subtotal'), ['国有资本经营预算财政拨款支出'], totalMissing('t08', '国有资本经营预算财政拨款支出'));

  // 九 ─ 三公 (公开09表: 预算数 is the full-year budget)
  const sg = accounts.sanGong;
  const t09Completion = (id: keyof typeof T09_LABELS) => {
    const name = T09_LABELS[id];
    const budget = f.amount(`san-gong.${id}.budget`, `${name}全年预算数`, accounts.t09.budget[id], [name]);
    const actual = f.amount(`san-gong.${id}.actual`, `${name}决算数`, accounts.t09.actual[id], [name]);
    return f.completion(`san-gong.${id}.completion`, `${name}完成全年预算的比例`, actual, budget, [name]);
  };
  const sanGongTotal = t09Completion('total');
  const abroad = t09Completion('abroad');
  const vehicles = t09Completion('vehicles');
  const reception = t09Completion('reception');
  const vehiclePurchase = t09Completion('vehiclePurchase');
  const vehicleOperation = t09Completion('vehicleOperation');
  const sanGongComparisons = Object.fromEntries((Object.keys(T09_LABELS) as Array<keyof typeof T09_LABELS>).map((id) => {
    const name = T09_LABELS[id];
    const actual = f.all.get(`san-gong.${id}.actual`)!;
    const opening = accounts.openingBudget.sanGong[id];
    const prev = previous.sanGong[id];
    return [id, {
      opening: opening === undefined ? undefined
        : f.completion(`san-gong.${id}.opening-completion`, `${name}完成年初预算的比例`, actual, f.amount(`san-gong.${id}.opening-budget`, `${name}年初预算数`, opening, [name]), [name]),
      change: prev === undefined ? undefined
        : f.change(`san-gong.${id}`, name, actual, f.amount(`san-gong.${id}.previous`, previousLabel(name), prev, [name]), [name]),
    }];
  })) as Part3Facts['sanGong']['comparisons'];

  const openingBalance = f.amount('income.opening-balance', '年初结转和结余', accounts.t01.income.openingBalance);
  const closingBalance = f.amount('expenditure.closing-balance', '年末结转和结余', accounts.t01.expenditure.closingBalance);
  const part3: Part3Facts = {
    department: accounts.department,
    year: accounts.year,
    previousYear: prevYear,
    unknownTables: Object.fromEntries(Object.values(TABLE_NAMES).map((table) => [table, ''])),
    overall: {
      grandTotal: f.change('grand-total', '收支总计', grandTotal, grandTotalPrev),
      reason: reasons.grandTotalChange,
      nonFiscalSurplusUsed: f.amount('income.non-fiscal-surplus-used', '使用非财政拨款结余', accounts.t01.income.nonFiscalSurplusUsed),
      openingBalance,
      surplusDistribution: f.amount('expenditure.surplus-distribution', '结余分配', accounts.t01.expenditure.surplusDistribution),
      closingBalance,
      balanceChange: f.change('expenditure.closing-balance.vs-opening', '年末结转和结余较年初', closingBalance, openingBalance),
    },
    income: { total: incomeTotal, totalChange: incomeTotalChange, sources, appropriations },
    expenditure: { total: expenditureTotal, totalChange: expenditureTotalChange, kinds, classes: expenditureClasses },
    fiscal: {
      grandTotal: f.change('fiscal.grand-total', '财政拨款收支总计', fiscalTotal, fiscalPrev),
      reason: reasons.fiscalGrandTotalChange,
      currentIncome: f.amount('fiscal.current-income', '本年财政拨款收入', accounts.t04.income.currentTotal),
      openingBalance: f.amount('fiscal.opening-balance', '年初财政拨款结转和结余', accounts.t04.income.openingBalance),
      currentSpending: f.amount('fiscal.current-spending', '本年财政拨款支出', accounts.t04.expenditure.currentTotal.total),
      closingBalance: f.amount('fiscal.closing-balance', '年末财政拨款结转和结余', accounts.t04.expenditure.closingBalance.total),
      byScope: (Object.keys(T04_SCOPE_OPENING) as T04Scope[]).map((scope) => {
        const opening = T04_SCOPE_OPENING[scope];
        const name = `${T04_INCOME_LABELS[scope]}收支总计`;
        const income = f.amount(`fiscal.income.${scope}`, T04_INCOME_LABELS[scope], accounts.t04.income[scope]);
        const balance = f.amount(`fiscal.opening-balance.${scope}`, T04_INCOME_LABELS[opening], accounts.t04.income[opening]);
        return { scope, name, total: f.sum(`fiscal.grand-total.${scope}`, `${name}（本年收入与年初结转和结余之和）`, [income, balance], [name]), opening: balance };
      }),
    },
    gpb: {
      total: gpbTotal,
      shareOfExpenditure: gpbShare,
      shareOfExpenditurePrevious: gpbShareBefore.rate,
      shareOfExpenditureChange: f.shareChange('gpb.total.share.change', '一般公共预算财政拨款支出占本年支出合计的比重增减', gpbShare, gpbShareBefore, gpbNames),
      basicShare: f.share('basic.total.share-of-gpb', '一般公共预算财政拨款基本支出占一般公共预算财政拨款支出的比重', basicTotal, gpbTotal),
      project: f.share('gpb.project.share', '一般公共预算财政拨款项目支出占一般公共预算财政拨款支出的比重', gpbProject, gpbTotal),
      change: f.change('gpb.total', '一般公共预算财政拨款支出', gpbTotal, gpbPrev, gpbNames),
      changeReason: reasons.gpbExpenditureChange,
      classes: gpbClasses.map((c) => ({ ...c, ...gpbSubject(c.code, `${c.name}（类）`, c.share.part) })),
      kuans: gpbKuans,
      completion: f.completion('gpb.completion', '一般公共预算财政拨款支出完成年初预算的比例', gpbTotal, gpbBudget, gpbNames),
      completionReason: reasons.gpbBudgetCompletion,
      ...gpbItems,
    },
    basic: {
      total: basicTotal,
      personnel: { amount: personnel, items: itemNames(accounts.t06.personnel), share: f.share('basic.personnel.share', '人员经费占基本支出的比重', personnel, basicTotal, ['人员经费']) },
      publicFunds: { amount: publicFunds, items: itemNames(accounts.t06.publicFunds), share: f.share('basic.public-funds.share', '公用经费占基本支出的比重', publicFunds, basicTotal, ['公用经费']) },
      rows: [...t06Rows(accounts.t06.personnel, 'personnel'), ...t06Rows(accounts.t06.publicFunds, 'public-funds')],
    },
    govFund: {
      openingBalance: f.amount('gov-fund.opening-balance', '政府性基金预算财政拨款年初结转和结余', t07Total('openingBalance'), ['年初结转和结余'], totalMissing('t07', '政府性基金预算财政拨款年初结转和结余')),
      income: f.amount('gov-fund.income', '政府性基金预算财政拨款本年收入', t07Total('income'), ['本年收入'], totalMissing('t07', '政府性基金预算财政拨款本年收入')),
      spending: govFundSpending,
      closingBalance: f.amount('gov-fund.closing-balance', '政府性基金预算财政拨款年末结转和结余', t07Total('closingBalance'), ['年末结转和结余'], totalMissing('t07', '政府性基金预算财政拨款年末结转和结余')),
      change: previous.govFundExpenditure === undefined ? undefined
        : f.change('gov-fund.spending', '政府性基金预算财政拨款支出', govFundSpending, f.amount('gov-fund.spending.previous', previousLabel('政府性基金预算财政拨款支出'), previous.govFundExpenditure)),
      completion: f.completion('gov-fund.completion', '政府性基金预算财政拨款支出完成年初预算的比例', govFundSpending,
        f.amount('gov-fund.opening-budget', '政府性基金预算财政拨款支出年初预算数', accounts.openingBudget.govFund.total)),
      ...itemCompletions(f, 'gov-fund', accounts.t07, (r) => r.values.spending, govFundSpending, accounts, 'govFund', '政府性基金预算财政拨款支出'),
    },
    soe: {
      spending: soeSpending,
      completion: f.completion('soe.completion', '国有资本经营预算财政拨款支出完成年初预算的比例', soeSpending,
        f.amount('soe.opening-budget', '国有资本经营预算财政拨款支出年初预算数', accounts.openingBudget.soe.total)),
      ...itemCompletions(f, 'soe', accounts.t08, (r) => r.values.subtotal, soeSpending, accounts, 'soe', '国有资本经营预算财政拨款支出'),
    },
    sanGong: {
      total: sanGongTotal,
      comparisons: sanGongComparisons,
      reason: reasons.sanGongChange,
      itemShares: {
        abroad: f.share('san-gong.abroad.share', '因公出国（境）费占“三公”经费的比重', abroad.actual, sanGongTotal.actual),
        vehicles: f.share('san-gong.vehicles.share', '公务用车购置及运行维护费占“三公”经费的比重', vehicles.actual, sanGongTotal.actual),
        reception: f.share('san-gong.reception.share', '公务接待费占“三公”经费的比重', reception.actual, sanGongTotal.actual),
      },
      abroad: {
        ...abroad,
        groups: f.count('san-gong.abroad.groups', '因公出国（境）团组数', sg.abroad.groups, '个', ['团组']),
        persons: f.count('san-gong.abroad.persons', '因公出国（境）人次', sg.abroad.persons, '人次', ['人次']),
        content: sg.abroad.content,
      },
      vehicles: {
        ...vehicles,
        purchase: vehiclePurchase,
        operation: vehicleOperation,
        purchased: f.count('san-gong.vehicles.purchased', '购置公务用车数量', sg.vehicles.purchased, '辆', ['购置公务用车']),
        held: f.count('san-gong.vehicles.held', '公务用车保有量', sg.vehicles.held, '辆', ['公务用车保有量', '保有量']),
        operationUse: sg.vehicles.operationUse,
      },
      reception: receptionFacts(f, accounts, reception),
    },
    officeOperation: officeOperationFacts(f, accounts),
    procurement: procurementFacts(f, accounts),
    assets: accounts.assets && {
      vehicles: f.count('assets.vehicles', '车辆总数', accounts.assets.vehiclesTotal, '辆', ['车辆', '共有车辆']),
      byUse: accounts.assets.vehiclesByUse.map((v) => ({ use: v.use, count: f.count(`assets.vehicles.${v.use}`, v.use, v.count, '辆', [v.use]) })),
      otherUse: accounts.assets.otherVehiclesUse,
      equipment: f.count('assets.equipment', '单价 100 万元（含）以上设备', accounts.assets.equipmentOver1m, '台（套）', ['单价100万元（含）以上设备', '单价 100 万元以上设备']),
    },
    performance: performanceFacts(f, accounts),
  };
  const subjects = new Map<string, SubjectName>();
  for (const table of [accounts.t02, accounts.t03, accounts.t05, accounts.t07, accounts.t08] as Array<{ rows: SubjectRow<string>[] }>) {
    for (const row of table.rows) {
      if (!subjects.has(row.code)) subjects.set(row.code, { code: row.code, name: row.name, level: row.level });
    }
  }
  return { facts: f.all, part3, subjects: [...subjects.values()] };
}

/** 一般公共服务（类）支出 / 一般公共服务支出（类） / 一般公共服务支出 */
/**
 * Last year's 本年收入合计 / 本年支出合计: as the data states it, else the sum of last year's lines when the
 * data states every one of them (a line left out is not known to be 0) — an interval, each line published to
 * 0.01 万元, so a total printed from unrounded amounts is not called wrong.
 */
function previousTotal(f: FactRegistry, id: string, label: string, stated: Decimal | undefined, lines: readonly Fact[], sumOf: string): Fact {
  if (stated !== undefined || lines.some((line) => line.value === undefined)) return f.amount(id, label, stated);
  return f.sum(id, `${label}（${sumOf}）`, lines, [label]);
}

function classNames(name: string): string[] {
  const bare = name.replace(/支出$/, '');
  return [name, `${bare}（类）支出`, `${name}（类）`, `${bare}（类）`];
}

/**
 * Per 项: opening budget, actual and completion rate, with the subject's names; against
 * the full-year budget too where the data has one (the scope's total likewise).
 */
function itemCompletions<C extends string>(
  f: FactRegistry, scope: string, table: SubjectTable<C>, actualOf: (row: SubjectRow<C>) => Decimal,
  scopeActual: Fact, accounts: DepartmentAccounts, budgetScope: BudgetScope, scopeName: string,
): SpendingScopeFacts {
  const budgets = accounts.openingBudget[budgetScope];
  const fullYearBudgets = accounts.fullYearBudget[budgetScope];
  const byCode = new Map(table.rows.map((r) => [r.code, r]));
  const items = table.rows.filter((r) => r.level === 'item').map((row) => {
    const path: SubjectPath = {
      code: row.code,
      className: byCode.get(row.code.slice(0, 3))?.name ?? '',
      kuanName: byCode.get(row.code.slice(0, 5))?.name ?? '',
      itemName: row.name,
    };
    const fullName = `${path.className}（${LEVEL_MARKER.class}）${path.kuanName}（${LEVEL_MARKER.kuan}）${path.itemName}（${LEVEL_MARKER.item}）`;
    const names = [fullName, row.name, row.code];
    const actual = f.amount(`${scope}.item.${row.code}`, `${row.name}（${row.code}）支出决算数`, actualOf(row), names);
    const budget = f.amount(`${scope}.item.${row.code}.opening-budget`, `${row.name}（${row.code}）年初预算数`, budgets.items.get(row.code), names);
    const fullYearBudget = fullYearBudgets.items.get(row.code);
    return {
      ...path,
      completion: f.completion(`${scope}.item.${row.code}.completion`, `${row.name}（${row.code}）完成年初预算的比例`, actual, budget, names),
      fullYear: fullYearBudget === undefined ? undefined
        : f.completion(`${scope}.item.${row.code}.full-year-completion`, `${row.name}（${row.code}）完成全年预算的比例`, actual,
          f.amount(`${scope}.item.${row.code}.full-year-budget`, `${row.name}（${row.code}）全年预算数`, fullYearBudget, names), names),
      reason: accounts.reasons.itemBudgetCompletion.get(row.code),
      purpose: accounts.itemPurposes.get(row.code),
    };
  });
  const empty = table.noData || (table.rows.every((r) => Object.values<Decimal>(r.values).every((v) => v.isZero()))
    && Object.values<Decimal>(table.total).every((v) => v.isZero()));
  const total = fullYearBudgets.total;
  const fullYearCompletion = total === undefined ? undefined
    : f.completion(`${scope}.full-year-completion`, `${scopeName}完成全年预算的比例`, scopeActual,
      f.amount(`${scope}.full-year-budget`, `${scopeName}全年预算数`, total), scopeActual.names);
  return { empty, items, fullYearCompletion };
}

type BudgetScope = 'gpb' | 'govFund' | 'soe';

/**
 * A 类's or 款's completions (SubjectCompletions), after its scope's 项 (itemCompletions registers their budgets). The
 * budget sums the 项 under it the table holds and those the budget lists that the table leaves out (budgeted, nothing
 * spent); it is unknown where a 项 of the table under it has none, or where the listed 项 do not add up to the scope's
 * stated total (some 项 is left out of the list, and which subject it is under is not known).
 */
function subjectCompletions<C extends string>(
  f: FactRegistry, scope: string, table: SubjectTable<C>, code: string, label: string, actual: Fact,
  accounts: DepartmentAccounts, budgetScope: BudgetScope,
): SubjectCompletions {
  const items = table.rows.filter((r) => r.level === 'item' && r.code.startsWith(code));
  const level = code.length === 3 ? 'class' : 'kuan';
  const budgetOf = (budgets: DepartmentAccounts['openingBudget']['gpb'], suffix: string, what: string): Fact => {
    const id = `${scope}.${level}.${code}.${suffix}`;
    const listed = [...budgets.items.values()];
    const adds = budgets.total === undefined
      || listed.reduce((s, v) => s.plus(v), new Decimal(0)).minus(budgets.total).abs().lte(new Decimal('0.01').times(listed.length));
    const lacking = items.find((r) => !budgets.items.has(r.code));
    if (items.length === 0 || lacking !== undefined || !adds) {
      const why = lacking ? `${lacking.name}（${lacking.code}）${what}` : !adds ? `${label}${what}（所列各项${what}之和与合计不符，有的项未列出）` : `${label}${what}`;
      return f.amount(id, `${label}${what}`, undefined, actual.names, why);
    }
    const extra = [...budgets.items.keys()].filter((c) => c.startsWith(code) && !items.some((r) => r.code === c));
    const parts = [
      ...items.map((r) => f.all.get(`${scope}.item.${r.code}.${suffix}`)!),
      // Budgeted 项 the table leaves out: registered once, by whichever of their 类 and 款 comes first.
      ...extra.map((c) => f.all.get(`${scope}.item.${c}.${suffix}`) ?? f.amount(`${scope}.item.${c}.${suffix}`, `${budgets.keys.get(c) ?? c}${what}`, budgets.items.get(c))),
    ];
    return f.sum(id, `${label}${what}（所属各项${what}之和）`, parts, actual.names);
  };
  const opening = budgetOf(accounts.openingBudget[budgetScope], 'opening-budget', '年初预算数');
  const fullYearBudgets = accounts.fullYearBudget[budgetScope];
  const fullYear = fullYearBudgets.items.size > 0 && items.length > 0 && items.every((r) => fullYearBudgets.items.has(r.code))
    ? budgetOf(fullYearBudgets, 'full-year-budget', '全年预算数') : undefined;
  return {
    completion: f.completion(`${scope}.${level}.${code}.completion`, `${label}完成年初预算的比例`, actual, opening, actual.names),
    fullYear: fullYear && f.completion(`${scope}.${level}.${code}.full-year-completion`, `${label}完成全年预算的比例`, actual, fullYear, actual.names),
  };
}

function receptionFacts(f: FactRegistry, accounts: DepartmentAccounts, reception: Completion): Part3Facts['sanGong']['reception'] {
  const d = accounts.sanGong.reception.domestic;
  const a = accounts.sanGong.reception.abroad;
  const domestic = {
    amount: f.amount('san-gong.reception.domestic', '国内公务接待费', d.amount, ['国内接待费', '国内公务接待费', '国内公务接待支出']),
    batches: f.count('san-gong.reception.domestic.batches', '国内公务接待批次', d.batches, '批次', ['批次']),
    persons: f.count('san-gong.reception.domestic.persons', '国内公务接待人次', d.persons, '人次', ['人次']),
    foreignAffairsBatches: f.count('san-gong.reception.foreign-affairs.batches', '外事接待批次', d.foreignAffairsBatches, '批次', ['外事接待批次']),
    foreignAffairsPersons: f.count('san-gong.reception.foreign-affairs.persons', '外事接待人次', d.foreignAffairsPersons, '人次', ['外事接待人次']),
    // The data holds the foreign-affairs receptions' batches and persons, not their cost: none held, or no
    // domestic reception cost at all, and the cost is 0; some held, and it is unknown.
    foreignAffairsAmount: f.amount('san-gong.reception.foreign-affairs', '外事接待费',
      d.foreignAffairsBatches === 0 || d.amount?.isZero() === true ? new Decimal(0) : undefined, ['外事接待费', '外宾接待支出'],
      '外事接待费（数据中只有外事接待的批次和人次）'),
    use: d.use,
  };
  const abroad = {
    amount: f.amount('san-gong.reception.abroad', '国（境）外接待费', a.amount, ['国（境）外接待费', '国（境）外公务接待费']),
    batches: f.count('san-gong.reception.abroad.batches', '国（境）外接待批次', a.batches, '批次', ['批次']),
    persons: f.count('san-gong.reception.abroad.persons', '国（境）外接待人次', a.persons, '人次', ['人次']),
  };
  return {
    ...reception,
    domestic,
    abroad,
    batches: f.sum('san-gong.reception.batches', '公务接待批次', [domestic.batches, abroad.batches], ['批次'], '批次'),
    persons: f.sum('san-gong.reception.persons', '公务接待人次', [domestic.persons, abroad.persons], ['人次'], '人次'),
  };
}

/** The other 类 rows' values (of a table's class rows): the parts of the total besides this one. */
function otherClasses<C extends string>(classes: ReadonlyArray<SubjectRow<C>>, row: SubjectRow<C>, value: (r: SubjectRow<C>) => Decimal): Decimal[] {
  return classes.filter((r) => r !== row).map(value);
}

function officeOperationFacts(f: FactRegistry, accounts: DepartmentAccounts): Part3Facts['officeOperation'] {
  const office = accounts.officeOperation;
  if (!office) return undefined;
  const names = ['机关运行经费'];
  const actual = f.amount('office-operation', '机关运行经费支出', office.actual, names);
  const budget = f.amount('office-operation.opening-budget', '机关运行经费年初预算数', office.openingBudget, names);
  const previous = f.amount('office-operation.previous', `${accounts.year - 1} 年度机关运行经费支出`, office.previous, names);
  const vsBudget = office.openingBudget !== undefined ? f.change('office-operation.vs-budget', '机关运行经费比年初预算', actual, budget, names) : undefined;
  const vsPrevious = office.previous !== undefined ? f.change('office-operation.vs-previous', '机关运行经费比上年', actual, previous, names) : undefined;
  const stated = office.compareWith === 'openingBudget'
    ? vsBudget ?? f.change('office-operation.vs-budget', '机关运行经费比年初预算', actual, budget, names)
    : vsPrevious ?? f.change('office-operation.vs-previous', '机关运行经费比上年', actual, previous, names);
  return { actual, vsBudget, vsPrevious, stated, against: office.compareWith, reason: accounts.reasons.officeOperationChange };
}

function procurementFacts(f: FactRegistry, accounts: DepartmentAccounts): Part3Facts['procurement'] {
  const p = accounts.procurement;
  if (!p) return undefined;
  const goods = f.amount('procurement.goods', '政府采购货物支出', p.goods, ['政府采购货物支出', '货物采购', '货物支出']);
  const works = f.amount('procurement.works', '政府采购工程支出', p.works, ['政府采购工程支出', '工程采购', '工程支出']);
  const services = f.amount('procurement.services', '政府采购服务支出', p.services, ['政府采购服务支出', '服务采购', '服务支出']);
  const totalNames = ['政府采购支出总额', '政府采购金额'];
  // The department's stated total wins (the check command compares it with the sum).
  const total = p.statedTotal !== undefined
    ? f.amount('procurement.total', '政府采购支出总额', p.statedTotal, totalNames)
    : f.sum('procurement.total', '政府采购支出总额', [goods, works, services], totalNames);
  const sme = f.amount('procurement.sme', '授予中小企业合同金额', p.sme, ['授予中小企业合同金额', '中小企业']);
  const smallMicro = f.amount('procurement.small-micro', '授予小微企业合同金额', p.smallMicro, ['授予小微企业合同金额', '小微企业']);
  const stated = (id: string, label: string, value: typeof p.sme) => f.amount(`procurement.${id}`, label, value);
  const kindShare = (id: string, kindName: string, amount: typeof p.goodsSme, whole: Fact) => {
    if (amount === undefined) return undefined;
    const part = f.amount(`procurement.${id}-sme`, `${kindName}采购授予中小企业合同金额`, amount, [`${kindName}采购授予中小企业合同金额`]);
    return f.share(`procurement.${id}-sme.share`, `${kindName}采购授予中小企业合同金额占${kindName}支出金额的比重`, part, whole, [`${kindName}采购授予中小企业合同金额`]);
  };
  const ofTotal = (id: string, name: string, part: Fact, others: Fact[]) =>
    f.share(`procurement.${id}.share`, `${name}占政府采购支出总额的比重`, part, total, [name], others.map((o) => o.value));
  return {
    total, goods, works, services,
    kindShares: {
      goods: ofTotal('goods', '政府采购货物支出', goods, [works, services]),
      works: ofTotal('works', '政府采购工程支出', works, [goods, services]),
      services: ofTotal('services', '政府采购服务支出', services, [goods, works]),
    },
    sme: f.share('procurement.sme.share', '授予中小企业合同金额占政府采购支出总额的比重', sme, total, ['授予中小企业合同金额']),
    smallMicro: f.share('procurement.small-micro.share', '授予小微企业合同金额占政府采购支出总额的比重', smallMicro, total, ['授予小微企业合同金额']),
    smallMicroOfSme: f.share('procurement.small-micro.share-of-sme', '授予小微企业合同金额占授予中小企业合同金额的比重', smallMicro, sme, ['授予小微企业合同金额']),
    reserved: {
      sme: stated('reserved-sme', '面向中小企业预留政府采购项目预算金额', p.reservedSme),
      smallMicro: stated('reserved-small-micro', '面向小微企业预留政府采购项目预算金额', p.reservedSmallMicro),
      smeAwarded: stated('reserved-sme.awarded', '面向中小企业预留的项目中由中小企业中标或成交的采购金额', p.reservedSmeAwarded),
      smallMicroAwarded: stated('reserved-small-micro.awarded', '面向小微企业预留的项目中由小微企业中标或成交的采购金额', p.reservedSmallMicroAwarded),
      otherSmeAwarded: stated('other.sme-awarded', '其他政府采购项目中由中小企业中标或成交的采购金额', p.otherSmeAwarded),
    },
    kindSme: [
      { kind: '货物', share: kindShare('goods', '货物', p.goodsSme, goods) },
      { kind: '工程', share: kindShare('works', '工程', p.worksSme, works) },
      { kind: '服务', share: kindShare('services', '服务', p.servicesSme, services) },
    ].filter((k): k is { kind: string; share: Share } => k.share !== undefined),
  };
}

const STANDARD_GRADES = ['优', '良', '中', '合格', '差', '不合格'];

function performanceFacts(f: FactRegistry, accounts: DepartmentAccounts): Part3Facts['performance'] {
  const perf = accounts.performance;
  if (!perf) return undefined;
  const projects = perf.projects.map((p, i) => {
    const n = i + 1;
    const budget = f.amount(`performance.project.${n}.budget`, `${p.name}全年预算数`, p.fullYearBudget, [p.name, '全年预算数']);
    const executed = f.amount(`performance.project.${n}.executed`, `${p.name}执行数`, p.executed, [p.name, '执行数']);
    return {
      name: p.name, budget, executed,
      rate: f.completion(`performance.project.${n}.execution-rate`, `${p.name}预算执行率`, executed, budget, [p.name]),
      score: f.score(`performance.project.${n}.score`, `${p.name}自评得分`, p.score, [p.name, '自评得分']),
      grade: p.grade,
      achievement: p.achievement,
    };
  });
  // The self-evaluation in aggregate, as stated, wins over the list's sums (check compares the two).
  const summary = perf.selfEvaluation;
  const listed = projects.length > 0 || !summary;
  const budget = summary?.budget !== undefined || !listed
    ? f.amount('performance.budget', '绩效自评项目涉及的预算资金', summary?.budget, ['预算资金'])
    : f.sum('performance.budget', '绩效自评项目涉及的预算资金', projects.map((p) => p.budget), ['预算资金']);
  // The projects' 执行数 in aggregate, where the list is the whole of what was evaluated (its budgets add up to the stated total).
  const whole = projects.length > 0 && (summary?.budget === undefined
    || (projects.every((p) => p.budget.value !== undefined) && projects.reduce((t, p) => t.plus(p.budget.value!), new Decimal(0)).eq(summary.budget)));
  const executed = whole
    ? f.sum('performance.executed', '绩效自评项目执行数', projects.map((p) => p.executed), ['执行数'])
    : f.amount('performance.executed', '绩效自评项目执行数', undefined, ['执行数']);
  const spendingTotal = perf.projectSpendingTotal !== undefined
    ? f.amount('performance.project-spending-total', `部门${perf.scope}支出总额`, perf.projectSpendingTotal)
    : undefined;
  const gradeCount = (grade: string): number | undefined => {
    if (summary && summary.grades.length > 0) return summary.grades.find((g) => g.grade === grade)?.count ?? 0;
    return listed ? perf.projects.filter((p) => p.grade === grade).length : undefined;
  };
  // The grades every document may name, even with no project in them (“合格”的项目 0 个).
  const gradeNames = [...new Set([...(summary?.grades.map((g) => g.grade) ?? []), ...perf.projects.map((p) => p.grade), ...STANDARD_GRADES])];
  const grades = gradeNames.map((grade) => ({
    grade,
    count: f.count(`performance.grade.${grade}`, `自评等级为${grade}的项目数`, gradeCount(grade), '个', [grade]),
  }));
  // The grades some project has: the ones a sentence lists.
  const held = grades.filter((g) => g.count.value !== undefined && !g.count.value.isZero());
  const stage = (id: string, what: string, s: typeof perf.targets) => ({
    count: f.count(`performance.${id}.count`, `${what}的项目数`, s?.projects, '个'),
    budget: f.amount(`performance.${id}.budget`, `${what}的项目涉及的预算金额`, s?.budget),
  });
  const problems = (id: string, what: string, n: number | undefined) => f.count(`performance.problems.${id}`, what, n, '个');
  const targets = perf.targets && stage('targets', '编报绩效目标', perf.targets);
  return {
    scope: perf.scope,
    count: f.count('performance.count', '绩效自评项目数', summary?.projects ?? (listed ? projects.length : undefined), '个', ['项目']),
    budget,
    execution: f.completion('performance.execution-rate', '绩效自评项目预算执行率', executed, budget, ['预算执行率']),
    budgetShare: spendingTotal && f.share('performance.budget.share', `绩效自评项目预算资金占部门${perf.scope}支出总额的比重`, budget, spendingTotal, ['预算资金']),
    targetsShare: spendingTotal && targets && f.share('performance.targets.budget.share', `编报绩效目标的项目涉及的预算金额占部门${perf.scope}支出总额的比重`, targets.budget, spendingTotal),
    grades: held,
    allGrades: grades,
    averageScore: summary?.averageScore !== undefined
      ? f.score('performance.average-score', '绩效自评项目平均得分', summary.averageScore, ['平均得分'])
      : f.mean('performance.average-score', '绩效自评项目平均得分', projects.map((p) => p.score), ['平均得分']),
    stages: perf.targets || perf.tracking || summary ? {
      grades: summary && summary.grades.length > 0
        ? summary.grades.map((g) => grades.find((x) => x.grade === g.grade)!)
        : held,
      targets,
      tracking: perf.tracking && stage('tracking', '绩效跟踪评价', perf.tracking),
      problems: {
        found: problems('found', '绩效自评中发现的问题数', summary?.problemsFound),
        rectified: problems('rectified', '已经完成整改的问题数', summary?.problemsRectified),
        rectifying: problems('rectifying', '正在整改的问题数', summary?.problemsRectifying),
      },
    } : undefined,
    summary: perf.summary,
    system: perf.system,
    projects,
    departmentEvaluations: perf.departmentEvaluations,
    transferPayments: perf.transferPayments,
    keyEvaluations: perf.keyEvaluations,
  };
}
