/**
 * The accounts of a published document as `review` knows them: the tables the
 * document holds, and nothing it does not. What the nine tables cannot decide
 * (last year's figures unless last year's document is given, opening budgets,
 * 三公 counts, 机关运行经费, 政府采购, 国有资产, 预算绩效) and the tables that
 * could not be imported are unknown: their facts have no value, so the linter
 * reports a figure about them as unverified, naming what it is and why —
 * never as an error, never against a guessed value.
 *
 * How a fact is known to depend on something unknown: src/facts/unknown.ts.
 */
import { parseAmount, type Decimal } from '../data/amount.js';
import { accountsLeavingOut, reconvertedAccounts } from '../data/load.js';
import {
  ASSETS_LABELS, EXPENDITURE_KINDS, FULL_YEAR_BUDGET_LABELS, INCOME_SOURCES, OPENING_BUDGET_LABELS, PERFORMANCE_LABELS, PROCUREMENT_LABELS,
  SPENDING_LABELS, T01_EXPENDITURE_LABELS, T01_INCOME_LABELS, T02_LABELS, T03_LABELS, T04_COLUMN_LABELS,
  T04_EXPENDITURE_LABELS, T04_INCOME_LABELS, T06_LABELS, T07_LABELS, T09_LABELS, TABLE_NAMES,
  type DepartmentAccounts,
} from '../data/model.js';
import type { FactCatalog } from '../facts/catalog.js';
import { FROM_LAST_YEAR_COLUMN, LAST_YEAR_CONFLICT } from '../facts/fact.js';
import { formatTableAmount } from '../format/number.js';
import type { ImportedTables } from '../import/tables.js';
import {
  all, catalogWithUnknowns, filledTable, isObj, missingTablePart, MISSING_TABLE_ROWS, TABLE_KEYS, type Obj, type UnknownPart,
} from '../facts/unknown.js';

export { TABLE_KEYS };

export interface PartialInput {
  department: string;
  year: number;
  /** the imported tables (keys 公开01表 …), as import gives them */
  tables: Obj;
  /** tables read but not to be judged against (failing their own identities, no amounts read), with why */
  excluded?: ReadonlyArray<{ table: string; reason: string }>;
  /** last year's document's accounts, when it is given */
  previous?: PartialAccounts;
  /** the vehicle uses the document's text lists (符合规定领导干部用车 …): the breakdown its 车辆 total is checked against */
  vehicleUses?: readonly string[];
  /** 05's budget columns as the import took them (年初预算数, 调整预算数): known where 05 is judged against */
  budgets?: ImportedTables['budgets'];
  /** 01's 上年数 (09's 上年决算数) column as the import took it: 上年决算 as far as 01 (09) prints it, known where 01 (09) is judged against */
  lastYearColumn?: ImportedTables['previous'];
}

export interface PartialAccounts {
  accounts: DepartmentAccounts;
  /** keys of the tables the document supplied (imported and usable) */
  tables: Set<string>;
  /** tables imported but not usable, with the reason (the loader's message) */
  unusable: Array<{ table: string; reason: string }>;
}

/** 上年决算 with every line set to `v`. */
function filledPrevious(v: number): Obj {
  const appropriations = ['gpbAppropriation', 'govFundAppropriation', 'soeAppropriation'] as const;
  return {
    收支总计: v,
    收入: {
      ...Object.fromEntries((['total', ...INCOME_SOURCES] as const).map((id) => [T02_LABELS[id], v])),
      ...Object.fromEntries(appropriations.map((id) => [T01_INCOME_LABELS[id], v])),
    },
    支出: Object.fromEntries((['total', ...EXPENDITURE_KINDS] as const).map((id) => [T03_LABELS[id], v])),
    三公经费: all(T09_LABELS, v),
    政府性基金预算财政拨款支出: v,
    财政拨款收支总计: v,
    一般公共预算财政拨款支出: v,
    机关运行经费: v,
  };
}

const GRADES = ['优', '良', '中', '合格', '差', '不合格'];

const NOT_IN_TABLES = '决算表中没有这一项';

/** The 项 codes (7 digits) of a subject table of the data object. */
function itemCodes(table: unknown): string[] {
  const rows = isObj(table) && isObj(table['科目']) ? Object.keys(table['科目']) : [];
  return rows.flatMap((key) => {
    const code = /^\s*(\d{7})(?!\d)/u.exec(key.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)))?.[1];
    return code ? [code] : [];
  });
}

/** A budget section (年初预算, 全年预算) by scope: each scope's total and its 项 as the tables list them, all `v`. */
function budgetScopes(raw: Obj, v: number): Obj {
  const L = OPENING_BUDGET_LABELS;
  const scope = (table: string) => ({ [L.total]: v, [L.items]: Object.fromEntries(itemCodes(raw[table]).map((code) => [code, v])) });
  return { [L.gpb]: scope(TABLE_NAMES.t05), [L.govFund]: scope(TABLE_NAMES.t07), [L.soe]: scope(TABLE_NAMES.t08) };
}

/** 05's budget columns the review may rely on, as the data file's sections: where 05 itself is judged against. */
function knownBudgets(input: PartialInput, usable: ReadonlySet<string>): { opening: Obj; fullYear: Obj } {
  const take = (section: '年初预算' | '全年预算'): Obj => {
    const scope = usable.has(TABLE_NAMES.t05) ? input.budgets?.[section] : undefined;
    return scope ? { [OPENING_BUDGET_LABELS.gpb]: { ...scope } } : {};
  };
  return { opening: take('年初预算'), fullYear: take('全年预算') };
}

function beyondTables(previousGiven: boolean, vehicleUses: readonly string[], budgets: { opening: Obj; fullYear: Obj }): UnknownPart[] {
  return [
    {
      reason: previousGiven ? '上年文件的决算表中没有这一项' : '未提供上年决算文件（--previous）',
      // Only what last year's tables left open is filled: the rest is known.
      fill: (raw) => { raw['上年决算'] = mergeMissing(raw['上年决算'], filledPrevious(1)); },
    },
    {
      // (what 05's 年初预算数 column gives is known)
      reason: '年初预算数不在决算表中',
      fill: (raw) => {
        raw[OPENING_BUDGET_LABELS.section] = mergeMissing(budgets.opening, { ...budgetScopes(raw, 1), 三公经费: all(T09_LABELS, 1) });
      },
    },
    {
      // 全年预算为 X 万元 (Shanghai): named as the full-year budget it is, unknown as the opening one is, but for 05's 调整预算数.
      reason: '全年预算数不在决算表中',
      fill: (raw) => { raw[FULL_YEAR_BUDGET_LABELS.section] = mergeMissing(budgets.fullYear, budgetScopes(raw, 1)); },
    },
    {
      reason: NOT_IN_TABLES,
      fill: (raw) => {
        raw['三公经费'] = {
          '因公出国（境）': { 团组: 1, 人次: 1 },
          公务用车: { 购置数量: 1, 保有量: 1 },
          公务接待: { 国内: { 金额: 1, 批次: 1, 人次: 1, 外事批次: 1, 外事人次: 1 }, '国（境）外': { 金额: 1, 批次: 1, 人次: 1 } },
        };
      },
    },
    { reason: NOT_IN_TABLES, fill: (raw) => { raw['机关运行经费'] = officeOperation(1); } },
    { reason: NOT_IN_TABLES, fill: (raw) => { raw[PROCUREMENT_LABELS.section] = procurement(1); } },
    { reason: NOT_IN_TABLES, fill: (raw) => { raw[ASSETS_LABELS.section] = assets(1, vehicleUses); } },
    { reason: NOT_IN_TABLES, fill: (raw) => { raw[PERFORMANCE_LABELS.section] = performance(1); } },
  ];
}

// The sections beyond the tables, present so that the linter knows their names, valued so that a fact depends on them visibly.
const officeOperation = (v: number): Obj => ({ 决算数: v, 年初预算数: v, 上年决算数: v, 比较对象: '年初预算' });
const procurement = (v: number): Obj => {
  const { section: _section, ...labels } = PROCUREMENT_LABELS;
  return all(labels, v);
};
/** Vehicles by use as departments list them (the names vary by region). */
const VEHICLE_USES = ['部级领导干部用车', '主要领导干部用车', '符合规定领导干部用车', '一般公务用车', '机要通信用车', '应急保障用车', '执法执勤用车', '特种专业技术用车', '离退休干部用车', '其他用车'];

/** The uses a text lists, in its order: a count is then named as what it is, and the uses add up to the total in the text. */
export function vehicleUsesIn(text: string): string[] {
  return VEHICLE_USES.filter((use) => text.includes(use)).sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

const assets = (v: number, uses: readonly string[]): Obj => ({
  [ASSETS_LABELS.vehiclesTotal]: v,
  [ASSETS_LABELS.vehiclesByUse]: Object.fromEntries(uses.map((use) => [use, v])),
  [ASSETS_LABELS.equipmentOver1m]: v,
});
/**
 * 预算绩效 in aggregate, each stage of whole-process management with its own figures
 * (编报绩效目标, 绩效跟踪评价, 绩效自评 and its problems): a figure the text states about
 * a stage is then named as that stage's, not as the self-evaluation's.
 */
const performance = (v: number): Obj => {
  const L = PERFORMANCE_LABELS;
  const stage = { [L.stageProjects]: v, [L.stageBudget]: v };
  return {
    [L.projectSpendingTotal]: v,
    [L.targets]: stage,
    [L.tracking]: stage,
    [L.selfEvaluation]: {
      ...stage, [L.averageScore]: v, [L.grades]: Object.fromEntries(GRADES.map((g) => [g, v])),
      [L.problemsFound]: v, [L.problemsRectified]: v, [L.problemsRectifying]: v,
    },
  };
};

/** `base` with what it lacks taken from `fill`, recursively; base's own values win. */
function mergeMissing(base: unknown, fill: Obj): Obj {
  const own = isObj(base) ? base : {};
  const out: Obj = { ...own };
  for (const [k, v] of Object.entries(fill)) {
    if (own[k] === undefined || own[k] === null) out[k] = v;
    else if (isObj(v)) out[k] = mergeMissing(own[k], v);
  }
  return out;
}

/** 上年决算 from last year's document: this year's previous-year figures are last year's final ones, table by table. */
function previousSection(last: PartialAccounts): Obj {
  const a = last.accounts;
  const has = (id: keyof typeof TABLE_NAMES) => last.tables.has(TABLE_NAMES[id]);
  const s = (d: Decimal) => d.toFixed();
  const income: Obj = {};
  const spending: Obj = {};
  const out: Obj = { 收入: income, 支出: spending };
  if (has('t01')) {
    out['收支总计'] = s(a.t01.income.grandTotal);
    for (const id of ['gpbAppropriation', 'govFundAppropriation', 'soeAppropriation'] as const) income[T01_INCOME_LABELS[id]] = s(a.t01.income[id]);
  }
  if (has('t02')) for (const id of ['total', ...INCOME_SOURCES] as const) income[T02_LABELS[id]] = s(a.t02.total[id]);
  if (has('t03')) for (const id of ['total', ...EXPENDITURE_KINDS] as const) spending[T03_LABELS[id]] = s(a.t03.total[id]);
  // Where last year's 02 or 03 is not judged against, its 01 still prints their totals (as this year's does, fromTable01).
  if (has('t01') && (!has('t02') || !has('t03'))) {
    const printed = fromTable01(a);
    if (!has('t02')) Object.assign(income, printed[TABLE_NAMES.t02]!['合计']);
    if (!has('t03')) Object.assign(spending, printed[TABLE_NAMES.t03]!['合计']);
  }
  if (has('t04')) out['财政拨款收支总计'] = s(a.t04.income.grandTotal);
  if (has('t05')) out['一般公共预算财政拨款支出'] = s(a.t05.total.subtotal);
  if (has('t07')) out['政府性基金预算财政拨款支出'] = s(a.t07.total.spending);
  if (has('t09')) out['三公经费'] = Object.fromEntries(Object.entries(T09_LABELS).map(([id, label]) => [label, s(a.t09.actual[id as keyof typeof T09_LABELS])]));
  return out;
}

/** 上年决算 as the document's own columns print it, each where its table is judged against: 01's lines, 09's 三公经费. */
function ownLastYear(input: PartialInput, usable: ReadonlySet<string>): Obj {
  const { 三公经费: sanGong, ...of01 } = input.lastYearColumn ?? {};
  return { ...(usable.has(TABLE_NAMES.t01) ? of01 : {}), ...(sanGong && usable.has(TABLE_NAMES.t09) ? { 三公经费: sanGong } : {}) };
}

/** A line of 上年决算 (its path in the section) that last year's document and the document's own column both give, differing. */
interface LastYearConflict {
  path: string[];
  /** last year's document's figure, and the document's own column's, in 万元 */
  previous: Decimal;
  own: Decimal;
}

/** The table whose column of last year's figures gives a line of 上年决算: 09 its 三公经费, 01 the rest. */
const columnTableOf = (path: readonly string[]): string => (path[0] === '三公经费' ? TABLE_NAMES.t09 : TABLE_NAMES.t01);
/** That column as a message names it: 本文件公开01表的上年数一栏. */
const columnName = (path: readonly string[]): string => `本文件${columnTableOf(path)}的上年数一栏`;

/**
 * The document's own columns' lines of 上年决算 (01's 上年数, 09's 上年决算数), each with last year's document's
 * figure of it: those both give, differing (`conflicts`), and those only the column gives (`ownOnly`: no last year's
 * document, or it lacks the line).
 */
function ownLines(input: PartialInput, usable: ReadonlySet<string>): { conflicts: LastYearConflict[]; ownOnly: string[][] } {
  const conflicts: LastYearConflict[] = [];
  const ownOnly: string[][] = [];
  const walk = (theirs: unknown, mine: Obj, path: string[]) => {
    for (const [k, v] of Object.entries(mine)) {
      const t = isObj(theirs) ? theirs[k] : undefined;
      if (isObj(v)) { walk(t, v, [...path, k]); continue; }
      if (v === undefined || v === null) continue;
      if (t === undefined || t === null) { ownOnly.push([...path, k]); continue; }
      const [a, b] = [parseAmount(t), parseAmount(v)];
      if (a.ok && b.ok && !a.value.eq(b.value)) conflicts.push({ path: [...path, k], previous: a.value, own: b.value });
    }
  };
  walk(input.previous ? previousSection(input.previous) : {}, ownLastYear(input, usable), []);
  return { conflicts, ownOnly };
}

/** The catalog's fact of a line of 上年决算 (收入 › 本年收入合计 → income.total.previous), where it has one. */
function previousFactId(path: readonly string[]): string | undefined {
  const [section, line] = path;
  const idOf = (labels: Record<string, string>) => Object.entries(labels).find(([, l]) => l === line)?.[0];
  if (path.length === 1 && section === '收支总计') return 'grand-total.previous';
  if (path.length !== 2) return undefined;
  if (section === '收入') {
    const id = idOf(T02_LABELS) ?? idOf(Object.fromEntries((['gpbAppropriation', 'govFundAppropriation', 'soeAppropriation'] as const).map((a) => [a, T01_INCOME_LABELS[a]])));
    return id && `income.${id}.previous`;
  }
  if (section === '支出') return ((id) => id && `expenditure.${id}.previous`)(idOf(T03_LABELS));
  if (section === '三公经费') return ((id) => id && `san-gong.${id}.previous`)(idOf(T09_LABELS));
  return undefined;
}

/** What a line of 上年决算 is called in a message: 上年本年收入合计, 上年“三公”经费公务接待费. */
const lineName = (path: readonly string[]): string => `上年${path[0] === '三公经费' ? '“三公”经费' : ''}${path[path.length - 1]}`;

/** 上年决算 with one line set to `value`, the rest shared. */
function withLine(section: unknown, path: readonly string[], value: string): Obj {
  const out: Obj = { ...(isObj(section) ? section : {}) };
  if (path.length === 1) out[path[0]!] = value;
  else out[path[0]!] = withLine(out[path[0]!], path.slice(1), value);
  return out;
}

/**
 * The base data object: the imported tables, a missing table as zeros, the sections beyond the tables as zeros.
 * 上年决算 is last year's document's, else (and where it lacks a line) what the document's own 01 prints of last year.
 */
function baseRaw(input: PartialInput, usable: ReadonlySet<string>, budgets = knownBudgets(input, usable)): Obj {
  const raw: Obj = { 部门: input.department || '（文件中未注明部门）', 年度: input.year, 金额单位: '万元' };
  for (const key of TABLE_KEYS) raw[key] = usable.has(key) ? input.tables[key] : MISSING_TABLE_ROWS[key] ?? {};
  const own = ownLastYear(input, usable);
  if (input.previous || Object.keys(own).length > 0) raw['上年决算'] = mergeMissing(input.previous ? previousSection(input.previous) : {}, own);
  raw['机关运行经费'] = officeOperation(0);
  if (Object.keys(budgets.opening).length > 0) raw[OPENING_BUDGET_LABELS.section] = budgets.opening;
  raw[FULL_YEAR_BUDGET_LABELS.section] = mergeMissing(budgets.fullYear, budgetScopes(raw, 0));
  raw[PROCUREMENT_LABELS.section] = procurement(0);
  raw[ASSETS_LABELS.section] = assets(0, input.vehicleUses ?? []);
  raw[PERFORMANCE_LABELS.section] = performance(0);
  return raw;
}

/**
 * The document's accounts: its usable tables, missing ones as zeros (see the
 * module comment: their facts are unknown, not zero). A table the loader
 * refuses (an imported cell that is no amount, a subject code out of place)
 * is left out and named, and the rest loaded again.
 */
export function partialAccounts(input: PartialInput): PartialAccounts {
  const excluded = new Set((input.excluded ?? []).map((e) => e.table));
  const usable = new Set(TABLE_KEYS.filter((k) => isObj(input.tables[k]) && !excluded.has(k)));
  const { accounts, refused } = accountsLeavingOut((tables) => baseRaw(input, tables), usable, '导入的决算表');
  // A table's first problem is its reason.
  const unusable = refused.filter((p, i) => refused.findIndex((q) => q.path[0] === p.path[0]) === i).map((p) => ({ table: String(p.path[0]), reason: p.message }));
  return { accounts, tables: usable, unusable };
}

/**
 * The fact catalog of the document: the base catalog, with every fact that
 * depends on a missing table or on what the tables do not hold made
 * valueless, its `missing` naming the figure and why it is unknown.
 */
export function reviewCatalog(input: PartialInput, partial: PartialAccounts): FactCatalog {
  const budgets = knownBudgets(input, partial.tables);
  const raw = baseRaw(input, partial.tables, budgets);
  const lastYearLines = ownLines(input, partial.tables);
  // What 01 and 04 print of the tables not judged against is known (02's 本年收入合计, 03's 本年支出合计, 05's 合计
  // 小计): those cells stay 01's (04's) whatever the rest of the table might have held.
  const from01 = partial.tables.has(TABLE_NAMES.t01) ? fromTable01(partial.accounts) : {};
  const from04 = partial.tables.has(TABLE_NAMES.t04) ? fromTable04(partial.accounts) : {};
  const printed: Record<string, Obj> = { ...from01, ...from04 };
  const given = Object.keys(printed).filter((key) => !partial.tables.has(key));
  for (const key of given) raw[key] = mergeMissing(printed[key], isObj(raw[key]) ? raw[key] : {});
  // The tables not judged against are unknown, as a data file's absent ones are.
  const parts: UnknownPart[] = [
    ...TABLE_KEYS.filter((k) => !partial.tables.has(k)).map((key) => {
      const part = missingTablePart(key, unknownTableReason(key, input, partial));
      if (!given.includes(key)) return part;
      const bare = (r: Obj) => { r[key] = filledTable(TABLE_KEYS.indexOf(key) + 1, 1); };
      const from = key in from04 ? TABLE_NAMES.t04 : TABLE_NAMES.t01;
      return { ...part, fill: (r: Obj) => { r[key] = mergeMissing(printed[key]!, filledTable(TABLE_KEYS.indexOf(key) + 1, 1)); }, carried: { from, bare } };
    }),
    ...beyondTables(input.previous !== undefined, input.vehicleUses ?? [], budgets),
    // A line last year's document and the document's own column give differently is neither's for certain: each
    // figure computed from it is unverified, naming both (each its own reason, so each names its own figures).
    ...lastYearLines.conflicts.map(({ path, previous, own }): UnknownPart => ({
      reason: `上年文件与本文件${columnTableOf(path)}的上年数不一致：${lineName(path)}按上年文件的决算表为 ${formatTableAmount(previous)} 万元，`
        + `按${columnName(path)}为 ${formatTableAmount(own)} 万元`,
      fill: (r) => { r['上年决算'] = withLine(r['上年决算'], path, own.toFixed(2)); },
    })),
  ];
  // partial.accounts are raw's (partialAccounts converted the same object for the same tables) but for what 01 gave.
  const accounts = given.length > 0 ? reconvertedAccounts(partial.accounts, raw, new Set(given), '导入的决算表') : partial.accounts;
  const catalog = catalogWithUnknowns(raw, accounts, parts, '导入的决算表');
  const factOf = (path: readonly string[]) => {
    const id = previousFactId(path);
    return id === undefined ? undefined : catalog.facts.get(id);
  };
  for (const { path, previous, own } of lastYearLines.conflicts) {
    const fact = factOf(path);
    if (fact) LAST_YEAR_CONFLICT.set(fact, { line: lineName(path), previous, own, column: columnName(path) });
  }
  // Last year's figures only the document's own column gives: a message judging against them says so.
  for (const path of lastYearLines.ownOnly) {
    const fact = factOf(path);
    if (fact?.value !== undefined) FROM_LAST_YEAR_COLUMN.set(fact, columnName(path));
  }
  return catalog;
}

/** A printed cell as the data file writes it: 万元 to the cent. */
const s = (d: Decimal): string => d.toFixed(2);

/**
 * What 公开01表 prints of 02 and 03, by the identities between them: 02's 合计 row (本年收入合计, 财政拨款收入 as
 * the sum of 01's three appropriation lines, each other source) and 03's 本年支出合计 with each class's. What 01
 * does not print (基本支出, 项目支出, the rows of 02 and the 款 and 项 of 03) stays unknown.
 */
function fromTable01(accounts: DepartmentAccounts): Record<string, Obj> {
  const { income, expenditure, expenditureByClass } = accounts.t01;
  const sources = INCOME_SOURCES.filter((id) => id !== 'fiscal').map((id) => [T02_LABELS[id], s(income[id])]);
  return {
    [TABLE_NAMES.t02]: {
      合计: {
        [T02_LABELS.total]: s(income.currentTotal),
        [T02_LABELS.fiscal]: s(income.gpbAppropriation.plus(income.govFundAppropriation).plus(income.soeAppropriation)),
        ...Object.fromEntries(sources),
      },
    },
    [TABLE_NAMES.t03]: {
      合计: { [T03_LABELS.total]: s(expenditure.currentTotal) },
      科目: Object.fromEntries(expenditureByClass.map((c) => [`${c.code} ${c.name}`, { [T03_LABELS.total]: s(c.amount) }])),
    },
  };
}

/**
 * What 公开04表 prints of 05, 07 and 08, by the identities between them (t05/t07/t08-matches-t04): 05's 合计 小计
 * and each class's as 04's 一般公共预算财政拨款 column of 本年支出合计 and of that class, 08's as its 国有资本经营预算
 * column, 07's 本年收入, 本年支出小计 (and each class's) and 年末结转和结余 as its 政府性基金预算 column. What 04 does
 * not print (基本支出, 项目支出, the 款 and 项, 07's 年初结转和结余 where 04 may print it for all funds at once) stays unknown;
 * a class is given where 04 has a figure for it in that column (a class 04 prints 0 for is no row of 05).
 */
function fromTable04(accounts: DepartmentAccounts): Record<string, Obj> {
  const { income, expenditure, expenditureByClass } = accounts.t04;
  const classes = (column: 'gpb' | 'govFund' | 'soe', label: string): Obj =>
    Object.fromEntries(expenditureByClass.filter((c) => !c.values[column].isZero()).map((c) => [`${c.code} ${c.name}`, { [label]: s(c.values[column]) }]));
  return {
    [TABLE_NAMES.t05]: { 合计: { [SPENDING_LABELS.subtotal]: s(expenditure.currentTotal.gpb) }, 科目: classes('gpb', SPENDING_LABELS.subtotal) },
    [TABLE_NAMES.t07]: {
      合计: {
        [T07_LABELS.income]: s(income.govFund), [T07_LABELS.spending]: s(expenditure.currentTotal.govFund),
        [T07_LABELS.closingBalance]: s(expenditure.closingBalance.govFund),
      },
      科目: classes('govFund', T07_LABELS.spending),
    },
    [TABLE_NAMES.t08]: { 合计: { [SPENDING_LABELS.subtotal]: s(expenditure.currentTotal.soe) }, 科目: classes('soe', SPENDING_LABELS.subtotal) },
  };
}

/** Why a table's figures are unknown, as a figure's message gives it: the table's own problem, or that the document has none. */
export function unknownTableReason(key: string, input: PartialInput, partial: PartialAccounts): string {
  const excluded = (input.excluded ?? []).filter((e) => e.table === key);
  if (excluded.length > 0) return excluded[0]!.reason;
  const refused = partial.unusable.find((u) => u.table === key);
  if (refused) return `${key}导入后不能作为数据读入：${refused.reason}`;
  return `文件中没有找到${key}`;
}

