/**
 * 公开04表 财政拨款收入支出决算总表: its own identities, as table 01's per
 * budget kind (一般公共预算 / 政府性基金 / 国有资本经营).
 */
import {
  T04_COLUMN_LABELS, T04_EXPENDITURE_LABELS, T04_INCOME_LABELS, T04_SCOPE_OPENING, TABLE_NAMES, TABLE_PARTS,
  type DepartmentAccounts, type T04Column, type T04ExpenditureLine, type T04IncomeLine, type T04Scope,
} from '../data/model.js';
import { t04Classes, t04Expenditure, t04Income } from './cells.js';
import { equalIdentity, present, sumIdentity, type Cell, type Violation } from './identity.js';
import { rule, type Rule } from './rule.js';

const T04 = TABLE_NAMES.t04;
const { income: INCOME, expenditure: EXPENDITURE } = TABLE_PARTS;
const KINDS = Object.keys(T04_SCOPE_OPENING) as T04Scope[];
const COLUMNS = Object.keys(T04_COLUMN_LABELS) as T04Column[];
const LINES = Object.keys(T04_EXPENDITURE_LABELS) as T04ExpenditureLine[];

/** A 04 expenditure cell named by its row only, for identities down one column. */
function byRow(cell: Cell): Cell {
  return { ...cell, label: String(cell.path[2]) };
}

/** Every expenditure row (classes, then 本年支出合计, 年末, 总计): 合计 = the three kinds. */
function rowTotals(a: DepartmentAccounts): Violation[] {
  // Each column's class cells made once, not once per row.
  const classCells = new Map(COLUMNS.map((column) => [column, t04Classes(a, column)]));
  const classRows = a.t04.expenditureByClass.map((_, i) => (column: T04Column) => classCells.get(column)![i]!.cell);
  const lineRows = LINES.map((line) => (column: T04Column) => t04Expenditure(a, line, column));
  return [...classRows, ...lineRows].flatMap((cell) => present(sumIdentity(
    { ...cell('total'), label: T04_COLUMN_LABELS.total },
    KINDS.map((k) => ({ ...cell(k), label: T04_COLUMN_LABELS[k] })),
    { where: `${T04} 支出 ${String(cell('total').path[2])}` },
  )));
}

export const table04Rules: Rule[] = [
  rule('t04-income-current-total', '公开04表：本年收入合计 = 一般公共预算 + 政府性基金 + 国有资本经营财政拨款', (a) => present(
    sumIdentity(t04Income(a, 'currentTotal'), KINDS.map((k) => t04Income(a, k)), { where: `${T04} ${INCOME}` }),
  )),
  rule('t04-opening-balance', '公开04表：年初财政拨款结转和结余 = 三种预算的年初结转和结余之和', (a) => present(
    sumIdentity(t04Income(a, 'openingBalance'), KINDS.map((k) => t04Income(a, T04_SCOPE_OPENING[k])), { where: `${T04} ${INCOME}` }),
  )),
  rule('t04-income-grand-total', '公开04表：收入总计 = 本年收入合计 + 年初财政拨款结转和结余', (a) => present(
    sumIdentity(t04Income(a, 'grandTotal'), [t04Income(a, 'currentTotal'), t04Income(a, 'openingBalance')], { where: `${T04} ${INCOME}` }),
  )),
  rule('t04-row-total', '公开04表支出每行：合计 = 一般公共预算 + 政府性基金 + 国有资本经营财政拨款', rowTotals),
  rule('t04-expenditure-current-total', '公开04表每列：本年支出合计 = 各功能分类支出之和', (a) => COLUMNS.flatMap((column) => present(
    sumIdentity(
      byRow(t04Expenditure(a, 'currentTotal', column)),
      t04Classes(a, column).map((c) => byRow(c.cell)),
      { where: `${T04} ${T04_COLUMN_LABELS[column]}列` },
    ),
  ))),
  rule('t04-expenditure-grand-total', '公开04表每列：支出总计 = 本年支出合计 + 年末财政拨款结转和结余', (a) => COLUMNS.flatMap((column) => present(
    sumIdentity(
      byRow(t04Expenditure(a, 'grandTotal', column)),
      [byRow(t04Expenditure(a, 'currentTotal', column)), byRow(t04Expenditure(a, 'closingBalance', column))],
      { where: `${T04} ${T04_COLUMN_LABELS[column]}列` },
    ),
  ))),
  rule('t04-income-equals-expenditure', '公开04表：收入总计 = 支出总计（合计列）', (a) => present(
    equalIdentity(
      { ...t04Expenditure(a, 'grandTotal', 'total'), label: `${EXPENDITURE}${T04_EXPENDITURE_LABELS.grandTotal}` },
      { ...t04Income(a, 'grandTotal'), label: `${INCOME}${T04_INCOME_LABELS.grandTotal}` },
      { where: T04 },
    ),
  )),
  rule('t04-kind-balance', '公开04表每种预算：本年收入 + 年初结转和结余 = 支出总计的该列', (a) => KINDS.flatMap((k) => present(
    sumIdentity(
      { ...t04Expenditure(a, 'grandTotal', k), label: `${EXPENDITURE}${T04_EXPENDITURE_LABELS.grandTotal}` },
      [{ ...t04Income(a, k), label: INCOME }, t04Income(a, T04_SCOPE_OPENING[k])],
      { where: `${T04} ${T04_COLUMN_LABELS[k]}` },
    ),
  ))),
];
