/**
 * The subject tables 公开02/03/05/07/08表 (功能分类科目 × columns): the identity
 * within each row, the hierarchy 类 = Σ 款 = Σ 项, 合计 = Σ 类, table 07's
 * balance, and tables that say 本表无数据.
 */
import { LEVEL_MARKER, type SubjectLevel } from '../data/subjects.js';
import { T07_LABELS, TABLE_PARTS, type DepartmentAccounts, type SubjectRow } from '../data/model.js';
import { SUBJECT_TABLES, TOTAL_ROW, rowCell, subjectSpec, totalCell, type SubjectTableSpec } from './cells.js';
import { cellNonZero, present, sumIdentity, type Cell, type Term, type Violation } from './identity.js';
import { rule, type Rule } from './rule.js';

type Row = SubjectRow<string>;

/** The 合计 row and every subject row, in table order, with a cell getter and a name. */
function rowsOf(s: SubjectTableSpec, a: DepartmentAccounts): Array<{ name: string; cell: (column: string) => Cell }> {
  return [
    { name: TOTAL_ROW, cell: (c: string) => totalCell(s, a, c) },
    ...s.get(a).rows.map((r) => ({ name: r.key, cell: (c: string) => rowCell(s, r, c) })),
  ];
}

function rowTotals(a: DepartmentAccounts): Violation[] {
  return SUBJECT_TABLES.flatMap((s) => rowsOf(s, a).flatMap((row) =>
    s.rowSums.flatMap((sum) => present(
      sumIdentity(row.cell(sum.total), sum.terms.map((t) => row.cell(t)), { where: `${s.name} ${row.name}` }),
    )),
  ));
}

/** 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出小计, for every row of table 07. */
function t07Balances(a: DepartmentAccounts): Violation[] {
  const s = subjectSpec('t07');
  return rowsOf(s, a).flatMap((row) => present(sumIdentity(
    row.cell('closingBalance'),
    [row.cell('openingBalance'), row.cell('income'), { ...row.cell('spending'), negative: true } as Term],
    { where: `${s.name} ${row.name}` },
  )));
}

const CHILD_LEVEL: Record<SubjectLevel, SubjectLevel | undefined> = { class: 'kuan', kuan: 'item', item: undefined };

/**
 * The rows of `level` whose code starts with `prefix`, in table order: the rows of the level
 * bucketed once by their first `prefix.length` digits (a table has hundreds of rows, each 类 and
 * 款 asks).
 */
function childFinder(rows: readonly Row[]): (level: SubjectLevel, prefix: string) => Row[] {
  const buckets = new Map<string, Map<string, Row[]>>();
  return (level, prefix) => {
    const key = `${level} ${prefix.length}`;
    let byPrefix = buckets.get(key);
    if (!byPrefix) {
      byPrefix = new Map();
      for (const r of rows) {
        if (r.level !== level) continue;
        const start = r.code.slice(0, prefix.length);
        const bucket = byPrefix.get(start);
        if (bucket) bucket.push(r);
        else byPrefix.set(start, [r]);
      }
      buckets.set(key, byPrefix);
    }
    return byPrefix.get(prefix) ?? [];
  };
}

/** Each 类 = Σ its 款, each 款 = Σ its 项, column by column. A row with no sub-rows listed is not checked. */
function hierarchy(a: DepartmentAccounts): Violation[] {
  return SUBJECT_TABLES.flatMap((s) => {
    const rows = s.get(a).rows;
    const childrenOf = childFinder(rows);
    return rows.flatMap((parent) => {
      const childLevel = CHILD_LEVEL[parent.level];
      if (!childLevel) return [];
      const children = childrenOf(childLevel, parent.code);
      if (children.length === 0) return [];
      return Object.keys(s.labels).flatMap((column) => present(sumIdentity(
        { ...rowCell(s, parent, column), label: parent.key },
        children.map((c: Row) => ({ ...rowCell(s, c, column), label: c.key })),
        { where: `${s.name} ${s.labels[column]}列，${LEVEL_MARKER[parent.level]} ${parent.key} 之下各${LEVEL_MARKER[childLevel]}` },
      )));
    });
  });
}

/** 合计 = Σ 类, column by column. */
function grandTotals(a: DepartmentAccounts): Violation[] {
  return SUBJECT_TABLES.flatMap((s) => {
    const classes = s.get(a).rows.filter((r) => r.level === 'class');
    return Object.keys(s.labels).flatMap((column) => present(sumIdentity(
      { ...totalCell(s, a, column), label: TABLE_PARTS.total },
      classes.map((c) => ({ ...rowCell(s, c, column), label: c.key })),
      { where: `${s.name} ${s.labels[column]}列，各${LEVEL_MARKER.class}之和` },
    )));
  });
}

/** A table that says 本表无数据 has only zeros. */
function noDataEmpty(a: DepartmentAccounts): Violation[] {
  return SUBJECT_TABLES.flatMap((s) => {
    if (!s.get(a).noData) return [];
    return rowsOf(s, a).flatMap((row) => Object.keys(s.labels).flatMap((column) => {
      const cell = row.cell(column);
      return present(cellNonZero({ ...cell, label: `${row.name} ${cell.label}` }, { where: `${s.name}注明“${TABLE_PARTS.noData}”` }));
    }));
  });
}

export const subjectTableRules: Rule[] = [
  rule('subject-row-total', '公开02/03/05/07/08表每行（含合计行）：合计列 = 各列之和（02 本年收入合计、03 本年支出合计、05/08 小计、07 本年支出小计）', rowTotals),
  rule('t07-closing-balance', `公开07表每行：${T07_LABELS.closingBalance} = ${T07_LABELS.openingBalance} + ${T07_LABELS.income} − ${T07_LABELS.spending}`, t07Balances),
  rule('subject-hierarchy', '公开02/03/05/07/08表每列：类 = 其下各款之和，款 = 其下各项之和', hierarchy),
  rule('subject-grand-total', '公开02/03/05/07/08表每列：合计 = 各类之和', grandTotals),
  rule('no-data-empty', '注明“本表无数据”的表，合计行和各科目行均为 0', noDataEmpty),
];
