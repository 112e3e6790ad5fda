/**
 * Cells of the nine tables, with their data-file paths and the labels of
 * model.ts. Each function gives the short label a message uses inside its own
 * table; `qualified` (rule.ts) puts the table name in front.
 */
import { ZERO } from '../data/amount.js';
import {
  SPENDING_LABELS, T01_EXPENDITURE_LABELS, T01_INCOME_LABELS, T02_LABELS, T03_LABELS, T04_COLUMN_LABELS,
  T04_EXPENDITURE_LABELS, T04_INCOME_LABELS, T07_LABELS, T09_LABELS, TABLE_NAMES, TABLE_PARTS,
  type DepartmentAccounts, type SubjectRow, type SubjectTable, type T01ExpenditureLine, type T01IncomeLine,
  type T04Column, type T04ExpenditureLine, type T04IncomeLine, type T09Column, type TableId,
} from '../data/model.js';
import type { Cell } from './identity.js';

export function t01Income(a: DepartmentAccounts, line: T01IncomeLine): Cell {
  const label = T01_INCOME_LABELS[line];
  return { path: [TABLE_NAMES.t01, TABLE_PARTS.income, label], label, value: a.t01.income[line] };
}

export function t01Expenditure(a: DepartmentAccounts, line: T01ExpenditureLine): Cell {
  const label = T01_EXPENDITURE_LABELS[line];
  return { path: [TABLE_NAMES.t01, TABLE_PARTS.expenditure, label], label, value: a.t01.expenditure[line] };
}

/** The 01 class rows, labelled by class name. */
export function t01Classes(a: DepartmentAccounts): Array<{ code: string; cell: Cell }> {
  return a.t01.expenditureByClass.map((c) => ({
    code: c.code,
    cell: { path: [TABLE_NAMES.t01, TABLE_PARTS.expenditure, c.name], label: c.name, value: c.amount },
  }));
}

export function t04Income(a: DepartmentAccounts, line: T04IncomeLine): Cell {
  const label = T04_INCOME_LABELS[line];
  return { path: [TABLE_NAMES.t04, TABLE_PARTS.income, label], label, value: a.t04.income[line] };
}

export function t04Expenditure(a: DepartmentAccounts, line: T04ExpenditureLine, column: T04Column): Cell {
  const row = T04_EXPENDITURE_LABELS[line];
  const col = T04_COLUMN_LABELS[column];
  return { path: [TABLE_NAMES.t04, TABLE_PARTS.expenditure, row, col], label: `${row} ${col}`, value: a.t04.expenditure[line][column] };
}

/** The 04 class rows in one column, labelled "一般公共服务支出 一般公共预算财政拨款". */
export function t04Classes(a: DepartmentAccounts, column: T04Column): Array<{ code: string; cell: Cell }> {
  const col = T04_COLUMN_LABELS[column];
  return a.t04.expenditureByClass.map((c) => ({
    code: c.code,
    cell: { path: [TABLE_NAMES.t04, TABLE_PARTS.expenditure, c.name, col], label: `${c.name} ${col}`, value: c.values[column] },
  }));
}

export function t09Cell(a: DepartmentAccounts, side: 'budget' | 'actual', column: T09Column): Cell {
  const part = TABLE_PARTS[side];
  const label = T09_LABELS[column];
  return { path: [TABLE_NAMES.t09, part, label], label: `${part} ${label}`, value: a.t09[side][column] };
}

// ── subject tables (02, 03, 05, 07, 08) ─────────────────────────────────
export type SubjectTableId = 't02' | 't03' | 't05' | 't07' | 't08';

/** A subject table with its labels and the identity within each of its rows. */
export interface SubjectTableSpec {
  id: SubjectTableId;
  name: string;
  labels: Readonly<Record<string, string>>;
  get(a: DepartmentAccounts): SubjectTable<string>;
  /** row identities: total column = Σ term columns */
  rowSums: ReadonlyArray<{ total: string; terms: readonly string[] }>;
}

function spec(id: SubjectTableId, labels: Readonly<Record<string, string>>, rowSums: SubjectTableSpec['rowSums']): SubjectTableSpec {
  return { id, name: TABLE_NAMES[id as TableId], labels, get: (a) => a[id] as SubjectTable<string>, rowSums };
}

const T02_SOURCES = Object.keys(T02_LABELS).filter((c) => c !== 'total');
const T03_KINDS = Object.keys(T03_LABELS).filter((c) => c !== 'total');

export const SUBJECT_TABLES: readonly SubjectTableSpec[] = [
  spec('t02', T02_LABELS, [{ total: 'total', terms: T02_SOURCES }]),
  spec('t03', T03_LABELS, [{ total: 'total', terms: T03_KINDS }]),
  spec('t05', SPENDING_LABELS, [{ total: 'subtotal', terms: ['basic', 'project'] }]),
  spec('t07', T07_LABELS, [{ total: 'spending', terms: ['basic', 'project'] }]),
  spec('t08', SPENDING_LABELS, [{ total: 'subtotal', terms: ['basic', 'project'] }]),
];

export function subjectSpec(id: SubjectTableId): SubjectTableSpec {
  return SUBJECT_TABLES.find((s) => s.id === id)!;
}

/** A cell of the 合计 row, labelled by its column. */
export function totalCell(s: SubjectTableSpec, a: DepartmentAccounts, column: string): Cell {
  const col = s.labels[column]!;
  return { path: [s.name, TABLE_PARTS.total, col], label: col, value: s.get(a).total[column] ?? ZERO };
}

/** A cell of a subject row, labelled by its column. */
export function rowCell(s: SubjectTableSpec, row: SubjectRow<string>, column: string): Cell {
  const col = s.labels[column]!;
  return { path: [s.name, TABLE_PARTS.rows, row.key, col], label: col, value: row.values[column] ?? ZERO };
}

/** The 合计 row's name in messages. */
export const TOTAL_ROW = `${TABLE_PARTS.total}行`;
