/**
 * A workbook's blank total cells, computed from the cells they sum: a 款 from
 * its 项, a 类 from its 款, the 合计 row from the 类, a row's total column from
 * its other columns, and the totals of 01, 04, 06 and 09. A cell is computed
 * only when it is blank and at least one of its parts is not (a table left
 * empty stays empty); each computed cell is reported with a note that the
 * data file writes as a comment beside it.
 */
import { Decimal, parseAmount } from '../data/amount.js';
import {
  SPENDING_LABELS, T01_EXPENDITURE_LABELS, T01_INCOME_LABELS, T02_LABELS, T03_LABELS, T04_COLUMN_LABELS,
  T04_EXPENDITURE_LABELS, T04_INCOME_LABELS, T07_LABELS, T09_LABELS,
} from '../data/model.js';
import { EXPENDITURE_CLASSES } from '../data/subjects.js';
import { formatTableAmount } from '../format/number.js';
import type { ComputedCell } from '../import/tables.js';

export type Obj = Record<string, unknown>;
type Path = string[];

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';
const decimal = (v: unknown): Decimal => {
  const parsed = parseAmount(v);
  return parsed.ok ? parsed.value : new Decimal(0);
};

class Filler {
  readonly marks: ComputedCell[] = [];

  /** obj[key] = Σ parts, when obj[key] is blank (and present: a line the table has) and a part is not. */
  fill(obj: Obj, key: string, parts: unknown[], path: Path, note: string): void {
    if (!(key in obj) || !isBlank(obj[key]) || parts.every(isBlank)) return;
    obj[key] = formatTableAmount(parts.reduce<Decimal>((sum, p) => sum.plus(decimal(p)), new Decimal(0)));
    this.marks.push({ path: [...path, key], note });
  }

  /** As fill, for a cell of a row of columns (a subject row, a line of 04): a missing column is blank. */
  fillColumn(obj: Obj, key: string, parts: unknown[], path: Path, note: string): void {
    if (!isBlank(obj[key]) || parts.every(isBlank)) return;
    obj[key] = null;
    this.fill(obj, key, parts, path, note);
  }
}

/** The row-total column of each subject table and the columns it sums. */
const ROW_TOTALS: Record<number, { total: string; parts: string[] }> = {
  2: { total: T02_LABELS.total, parts: Object.values(T02_LABELS).filter((l) => l !== T02_LABELS.total) },
  3: { total: T03_LABELS.total, parts: Object.values(T03_LABELS).filter((l) => l !== T03_LABELS.total) },
  5: { total: SPENDING_LABELS.subtotal, parts: [SPENDING_LABELS.basic, SPENDING_LABELS.project] },
  7: { total: T07_LABELS.spending, parts: [T07_LABELS.basic, T07_LABELS.project] },
  8: { total: SPENDING_LABELS.subtotal, parts: [SPENDING_LABELS.basic, SPENDING_LABELS.project] },
};
const SUBJECT_COLUMNS: Record<number, string[]> = {
  2: Object.values(T02_LABELS), 3: Object.values(T03_LABELS), 5: Object.values(SPENDING_LABELS),
  7: Object.values(T07_LABELS), 8: Object.values(SPENDING_LABELS),
};

function rowTotal(f: Filler, n: number, values: Obj, path: Path): void {
  const { total, parts } = ROW_TOTALS[n]!;
  f.fillColumn(values, total, parts.map((p) => values[p]), path, parts.length > 2 ? '由本行各栏计算' : `由本行${parts.join('、')}计算`);
}

/** A subject table (02, 03, 05, 07, 08): { 合计: {…}, 科目: { "201 名称": {…} } }, filled in place. */
function subjectTable(f: Filler, n: number, key: string, table: Obj): void {
  const rows = Object.entries((table['科目'] ?? {}) as Record<string, Obj>).map(([rowKey, values]) => ({
    rowKey, code: rowKey.split(' ')[0]!, values,
  }));
  const total = (table['合计'] ?? {}) as Obj;
  const levels: Array<{ length: number; note: string }> = [
    { length: 7, note: '' }, { length: 5, note: '由项级合计计算' }, { length: 3, note: '由款级合计计算' },
  ];
  for (const level of levels) {
    for (const row of rows.filter((r) => r.code.length === level.length)) {
      const path = [key, '科目', row.rowKey];
      if (level.note) {
        const children = rows.filter((r) => r.code.length === level.length + 2 && r.code.startsWith(row.code));
        for (const column of SUBJECT_COLUMNS[n]!) f.fillColumn(row.values, column, children.map((c) => c.values[column]), path, level.note);
      }
      rowTotal(f, n, row.values, path);
    }
  }
  const classes = rows.filter((r) => r.code.length === 3);
  for (const column of SUBJECT_COLUMNS[n]!) f.fillColumn(total, column, classes.map((c) => c.values[column]), [key, '合计'], '由类级合计计算');
  rowTotal(f, n, total, [key, '合计']);
  table['合计'] = total;
}

const CLASS_NAMES = EXPENDITURE_CLASSES.map((c) => c.name);

function table01(f: Filler, t: Obj): void {
  const income = (t['收入'] ?? {}) as Obj;
  const spending = (t['支出'] ?? {}) as Obj;
  const I = T01_INCOME_LABELS;
  const E = T01_EXPENDITURE_LABELS;
  const sources = [I.gpbAppropriation, I.govFundAppropriation, I.soeAppropriation, I.higherSubsidy, I.business, I.operating, I.affiliated, I.other];
  f.fill(income, I.currentTotal, sources.map((s) => income[s]), ['公开01表', '收入'], '由各项收入计算');
  f.fill(income, I.grandTotal, [I.currentTotal, I.nonFiscalSurplusUsed, I.openingBalance].map((s) => income[s]), ['公开01表', '收入'], `由${I.currentTotal}、${I.nonFiscalSurplusUsed}、${I.openingBalance}计算`);
  f.fill(spending, E.currentTotal, CLASS_NAMES.map((c) => spending[c]), ['公开01表', '支出'], '由各类支出计算');
  f.fill(spending, E.grandTotal, [E.currentTotal, E.surplusDistribution, E.closingBalance].map((s) => spending[s]), ['公开01表', '支出'], `由${E.currentTotal}、${E.surplusDistribution}、${E.closingBalance}计算`);
}

function table04(f: Filler, t: Obj): void {
  const income = (t['收入'] ?? {}) as Obj;
  const spending = (t['支出'] ?? {}) as Record<string, Obj | null>;
  const I = T04_INCOME_LABELS;
  const E = T04_EXPENDITURE_LABELS;
  const K = T04_COLUMN_LABELS;
  const path = ['公开04表', '收入'];
  f.fill(income, I.currentTotal, [I.gpb, I.govFund, I.soe].map((s) => income[s]), path, '由三项财政拨款收入计算');
  f.fill(income, I.openingBalance, [I.openingBalanceGpb, I.openingBalanceGovFund, I.openingBalanceSoe].map((s) => income[s]), path, '由三项年初结转和结余计算');
  f.fill(income, I.grandTotal, [I.currentTotal, I.openingBalance].map((s) => income[s]), path, `由${I.currentTotal}、${I.openingBalance}计算`);
  const kinds = [K.gpb, K.govFund, K.soe];
  const line = (name: string): Obj => (spending[name] ??= {}) as Obj;
  const rowTotal04 = (name: string): void => {
    if (!(name in spending)) return;
    const v = line(name);
    f.fillColumn(v, K.total, kinds.map((k) => v[k]), ['公开04表', '支出', name], '由本行三项财政拨款计算');
  };
  CLASS_NAMES.forEach(rowTotal04);
  rowTotal04(E.closingBalance);
  for (const [target, parts, note] of [
    [E.currentTotal, CLASS_NAMES, '由各类支出计算'],
    [E.grandTotal, [E.currentTotal, E.closingBalance], `由${E.currentTotal}、${E.closingBalance}计算`],
  ] as const) {
    if (!(target in spending)) continue;
    for (const k of Object.values(K)) {
      f.fillColumn(line(target), k, parts.map((p) => spending[p]?.[k]), ['公开04表', '支出', target], note);
    }
    rowTotal04(target);
  }
}

function table06(f: Filler, t: Obj): void {
  const groups: Array<[string, string]> = [['人员经费', '人员经费合计'], ['公用经费', '公用经费合计']];
  for (const [group, totalKey] of groups) {
    const rows = (t[group] ?? {}) as Obj;
    const keys = Object.keys(rows);
    const classes = keys.filter((k) => /^\d{3}\s/u.test(k));
    for (const c of classes) {
      const code = c.slice(0, 3);
      f.fill(rows, c, keys.filter((k) => /^\d{5}\s/u.test(k) && k.startsWith(code)).map((k) => rows[k]), ['公开06表', group], '由款级合计计算');
    }
    f.fill(t, totalKey, classes.map((c) => rows[c]), ['公开06表'], `由${group}各类合计计算`);
  }
}

function table09(f: Filler, t: Obj): void {
  const L = T09_LABELS;
  for (const side of ['预算数', '决算数']) {
    const v = (t[side] ?? {}) as Obj;
    f.fill(v, L.vehicles, [v[L.vehiclePurchase], v[L.vehicleOperation]], ['公开09表', side], `由${L.vehiclePurchase}、${L.vehicleOperation}计算`);
    f.fill(v, L.total, [v[L.abroad], v[L.vehicles], v[L.reception]], ['公开09表', side], `由${L.abroad}、${L.vehicles}、${L.reception}计算`);
  }
}

/** Fills the blank totals of the imported tables in place; returns the cells computed. */
export function computeBlankTotals(tables: Obj): ComputedCell[] {
  const f = new Filler();
  for (const [key, table] of Object.entries(tables)) {
    const n = Number(key.slice(3, 4));
    const t = table as Obj;
    if (n === 1) table01(f, t);
    else if (n === 4) table04(f, t);
    else if (n === 6) table06(f, t);
    else if (n === 9) table09(f, t);
    else subjectTable(f, n, key, t);
  }
  return f.marks;
}
