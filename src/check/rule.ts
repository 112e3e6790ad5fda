/**
 * A check rule: one identity family with a stable kebab-case id, a Chinese
 * description and a severity. A rule only states identities through
 * identity.ts and returns the violations; positions are added by index.ts.
 */
import { TABLE_NAMES, type DepartmentAccounts } from '../data/model.js';
import type { Cell, Violation } from './identity.js';

export type Severity = 'error' | 'warning';

export interface Rule {
  id: string;
  /** what the rule checks, in Chinese */
  description: string;
  severity: Severity;
  check(accounts: DepartmentAccounts): Violation[];
}

/** A violation as reported: with its rule, severity and the position of its first cell. */
export interface Finding extends Violation {
  ruleId: string;
  severity: Severity;
  line?: number;
  column?: number;
  /** review: the page (PDF) of the first of its cells the document places, with line its line there */
  page?: number;
  /** review: that place as its user finds it (第 4 页第 8 行, 第 12 个段落或表格行) */
  place?: string;
}

/** A rule that reports at the severity of an error unless told otherwise. */
export function rule(id: string, description: string, check: (a: DepartmentAccounts) => Violation[], severity: Severity = 'error'): Rule {
  return { id, description, severity, check };
}

const TABLE_SET: ReadonlySet<string> = new Set(Object.values(TABLE_NAMES));

/** The same cell, named with its table in front for messages across tables: "公开01表 本年收入合计". */
export function qualified(cell: Cell): Cell {
  const table = cell.path[0];
  return typeof table === 'string' && TABLE_SET.has(table) && !cell.label.startsWith(table)
    ? { ...cell, label: `${table} ${cell.label}` }
    : cell;
}
