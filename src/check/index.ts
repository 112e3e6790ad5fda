/**
 * juesuan check: every identity (勾稽关系) of DOMAIN.md, within the tail error
 * (尾数误差, see identity.ts). Rules run in the order of RULES; each reports its
 * violations in table order, so the output is deterministic.
 */
import type { DepartmentAccounts } from '../data/model.js';
import type { DataSource } from '../data/source.js';
import { beyondTableRules } from './beyond-tables.js';
import { crossTableRules } from './cross-table.js';
import { detailTableRules } from './detail-tables.js';
import { subjectTableRules } from './subject-tables.js';
import { table01Rules } from './table01.js';
import { table04Rules } from './table04.js';
import { rule, type Finding, type Rule } from './rule.js';
import type { Violation } from './identity.js';
import { ZERO } from '../data/amount.js';
import { TABLE_PARTS, TABLE_TITLES } from '../data/model.js';
import { UNREAD_RULE, unreadRules } from './unread.js';

export type { Cell, Violation } from './identity.js';
export { TAIL_ERROR_PER_TERM, tailTolerance } from './identity.js';
export { formatTableAmount } from '../format/number.js';
export type { Finding, Rule, Severity } from './rule.js';

/**
 * A table the data file leaves out, or marks 未读出 (import found it and read no amounts): named, so that a
 * clean report does not claim identities it never checked.
 */
export const absentTableRule: Rule = rule('table-absent', '数据文件中没有的决算表（不写或写成 {}），或标为“未读出: true”的表：提示缺表或未读出，涉及它的勾稽关系不核对', (a) =>
  (a.absentTables ?? []).map((table) => ({
    message: a.unreadTables?.includes(table)
      ? `${table}（${TABLE_TITLES[table] ?? ''}）标为未读出（导入时没有读出它的金额，表中的空白不是 0），涉及它的勾稽关系未核对；说明中依赖它的数字 draft 写作待补充、lint 列为无法核对。请按原表填写这张表，再删去“${TABLE_PARTS.unread}: true”一行`
      : `数据文件中没有${table}（${TABLE_TITLES[table] ?? ''}），涉及它的勾稽关系未核对；说明中依赖它的数字 lint 列为无法核对`,
    cells: [{ path: [table], label: table, value: ZERO }],
  })), 'warning');

export const RULES: readonly Rule[] = [
  ...unreadRules,
  ...table01Rules,
  ...subjectTableRules,
  ...table04Rules,
  ...detailTableRules,
  ...crossTableRules,
  ...beyondTableRules,
  absentTableRule,
];

/** Rule metadata for documentation and reporters. */
export const RULE_INFO: ReadonlyArray<{ id: string; description: string; severity: Rule['severity'] }> =
  RULES.map(({ id, description, severity }) => ({ id, description, severity }));

export function checkAccounts(accounts: DepartmentAccounts, source?: DataSource, rules: readonly Rule[] = RULES): Finding[] {
  // An identity with a cell in a table the file leaves out is not checked: its zeros are no figures.
  const absent = new Set(accounts.absentTables ?? []);
  // A total row not read is unknown: no identity holds or fails on it (total-row-unread says so once).
  const unread = accounts.unreadTotals ?? [];
  const onUnread = (v: Violation) => v.cells.some((c) => unread.some((u) => u.every((segment, i) => c.path[i] === segment)));
  const checked = (r: Rule, v: Violation) => r === absentTableRule || r.id === UNREAD_RULE || (!v.cells.some((c) => absent.has(String(c.path[0]))) && !onUnread(v));
  return rules.flatMap((r) => r.check(accounts).filter((v) => checked(r, v)).map((v): Finding => {
    const position = v.cells[0] ? source?.locate(v.cells[0].path) : undefined;
    return { ruleId: r.id, severity: r.severity, ...v, ...(position ? { line: position.line, column: position.column } : {}) };
  }));
}
