/**
 * Identities across the tables: 02 and 03 against 01; 04's income against 01;
 * 05, 07 and 08 against 04's columns; 05's 基本支出 against 06.
 */
import { ZERO } from '../data/amount.js';
import {
  T02_LABELS, T04_INCOME_LABELS, T06_LABELS, T09_LABELS, TABLE_NAMES, TABLE_PARTS,
  type DepartmentAccounts, type T01IncomeLine, type T02Column, type T04Column, type T09Column,
} from '../data/model.js';
import { classByCode } from '../data/subjects.js';
import {
  rowCell, subjectSpec, t01Classes, t01Expenditure, t01Income, t04Classes, t04Expenditure, t04Income, t09Cell, totalCell,
  type SubjectTableSpec,
} from './cells.js';
import { t06Total } from './detail-tables.js';
import { atMostIdentity, equalIdentity, present, sumIdentity, type Cell, type Violation } from './identity.js';
import { qualified, rule, type Rule } from './rule.js';

/** A 合计-row cell named across tables: "公开02表 合计行 财政拨款收入". */
function totalRowCell(s: SubjectTableSpec, a: DepartmentAccounts, column: string): Cell {
  return qualified({ ...totalCell(s, a, column), label: `${TABLE_PARTS.total}行 ${s.labels[column]}` });
}

/**
 * Each 类 row of a subject table, in one column, equals the class row of a
 * reference table; a class on either side only is compared with zero.
 */
function classesMatch(
  s: SubjectTableSpec, a: DepartmentAccounts, column: string, reference: Array<{ code: string; cell: Cell }>,
): Violation[] {
  const col = s.labels[column]!;
  const rows = s.get(a).rows.filter((r) => r.level === 'class');
  const codes = [...reference.map((r) => r.code), ...rows.map((r) => r.code).filter((c) => !reference.some((r) => r.code === c))];
  return codes.flatMap((code) => {
    const row = rows.find((r) => r.code === code);
    const ref = reference.find((r) => r.code === code);
    if (!row && (!ref || ref.cell.value.isZero())) return [];
    const name = classByCode(code)?.name ?? row?.name ?? '';
    const stated: Cell = row
      ? qualified({ ...rowCell(s, row, column), label: `${row.key} ${col}` })
      : qualified({ path: [s.name, TABLE_PARTS.rows, `${code} ${name}`, col], label: `${code} ${name} ${col}（表中未列）`, value: ZERO });
    const other: Cell = ref
      ? qualified(ref.cell)
      : qualified({ path: [...reference[0]!.cell.path.slice(0, 2)], label: `${name}（表中无此类）`, value: ZERO });
    return present(equalIdentity(stated, other));
  });
}

/** 02's columns against 01's income lines: 财政拨款收入 = the three 财政拨款 sources, the others one to one. */
const T02_FROM_T01: Record<T02Column, readonly T01IncomeLine[]> = {
  total: ['currentTotal'],
  fiscal: ['gpbAppropriation', 'govFundAppropriation', 'soeAppropriation'],
  higherSubsidy: ['higherSubsidy'],
  business: ['business'],
  operating: ['operating'],
  affiliated: ['affiliated'],
  other: ['other'],
};

function t02MatchesT01(a: DepartmentAccounts): Violation[] {
  const s = subjectSpec('t02');
  return (Object.keys(T02_LABELS) as T02Column[]).flatMap((column) => present(
    sumIdentity(totalRowCell(s, a, column), T02_FROM_T01[column].map((line) => qualified(t01Income(a, line)))),
  ));
}

function t03MatchesT01(a: DepartmentAccounts): Violation[] {
  const s = subjectSpec('t03');
  return [
    ...present(equalIdentity(totalRowCell(s, a, 'total'), qualified(t01Expenditure(a, 'currentTotal')))),
    ...classesMatch(s, a, 'total', t01Classes(a)),
  ];
}

function t04IncomeMatchesT01(a: DepartmentAccounts): Violation[] {
  const pairs = [['gpb', 'gpbAppropriation'], ['govFund', 'govFundAppropriation'], ['soe', 'soeAppropriation']] as const;
  return pairs.flatMap(([t04, t01]) => present(equalIdentity(
    qualified({ ...t04Income(a, t04), label: `${TABLE_PARTS.income} ${T04_INCOME_LABELS[t04]}` }),
    qualified(t01Income(a, t01)),
  )));
}

/** A spending table (05, 07, 08) against one budget-kind column of table 04: its total and its classes. */
function spendingMatchesT04(id: 't05' | 't07' | 't08', column: string, kind: T04Column) {
  return (a: DepartmentAccounts): Violation[] => {
    const s = subjectSpec(id);
    return [
      ...present(equalIdentity(totalRowCell(s, a, column), qualified(t04Expenditure(a, 'currentTotal', kind)))),
      ...classesMatch(s, a, column, t04Classes(a, kind)),
    ];
  };
}

function t07MatchesT04(a: DepartmentAccounts): Violation[] {
  const s = subjectSpec('t07');
  const income = (line: 'govFund' | 'openingBalanceGovFund'): Cell =>
    qualified({ ...t04Income(a, line), label: `${TABLE_PARTS.income} ${T04_INCOME_LABELS[line]}` });
  return [
    ...present(
      equalIdentity(totalRowCell(s, a, 'openingBalance'), income('openingBalanceGovFund')),
      equalIdentity(totalRowCell(s, a, 'income'), income('govFund')),
      equalIdentity(totalRowCell(s, a, 'closingBalance'), qualified(t04Expenditure(a, 'closingBalance', 'govFund'))),
    ),
    ...spendingMatchesT04('t07', 'spending', 'govFund')(a),
  ];
}

function t05BasicMatchesT06(a: DepartmentAccounts): Violation[] {
  const s = subjectSpec('t05');
  return present(sumIdentity(
    totalRowCell(s, a, 'basic'),
    [qualified(t06Total(a, 'personnel')), qualified(t06Total(a, 'publicFunds'))],
  ));
}

/**
 * 公开06表's 三公 items of 基本支出 (30212 因公出国（境）费用, 30217 公务接待费, 30231 公务用车运行维护费,
 * 31013 公务用车购置) are part of the 公开09表 决算数 item (which also holds project spending and other funds):
 * never larger than it.
 */
const T06_WITHIN_T09: ReadonlyArray<{ code: string; column: T09Column }> = [
  { code: '30212', column: 'abroad' },
  { code: '30217', column: 'reception' },
  { code: '30231', column: 'vehicleOperation' },
  { code: '31013', column: 'vehiclePurchase' },
];

function t06WithinT09(a: DepartmentAccounts): Violation[] {
  return T06_WITHIN_T09.flatMap(({ code, column }) => {
    const row = a.t06.publicFunds.find((r) => r.code === code);
    if (!row || row.amount.isZero()) return [];
    const part = qualified({ path: [TABLE_NAMES.t06, T06_LABELS.publicFunds, row.key], label: row.key, value: row.amount });
    return present(atMostIdentity(qualified(t09Cell(a, 'actual', column)), [part], {
      why: `基本支出中的${row.name}是“三公”经费${T09_LABELS[column]}的一部分，不能大于它`,
    }));
  });
}

export const crossTableRules: Rule[] = [
  rule('t02-matches-t01', '公开02表合计行 = 公开01表收入：本年收入合计，财政拨款收入 = 三项财政拨款收入之和，其余各列逐项相等', t02MatchesT01),
  rule('t03-matches-t01', '公开03表：合计行本年支出合计 = 公开01表本年支出合计，各类 = 公开01表对应功能分类支出', t03MatchesT01),
  rule('t04-income-matches-t01', '公开04表三项财政拨款收入 = 公开01表对应收入', t04IncomeMatchesT01),
  rule('t05-matches-t04', '公开05表：合计行小计 = 公开04表本年支出合计的一般公共预算财政拨款列，各类 = 公开04表对应行该列', spendingMatchesT04('t05', 'subtotal', 'gpb')),
  rule('t05-basic-matches-t06', '公开05表合计行基本支出 = 公开06表人员经费合计 + 公用经费合计', t05BasicMatchesT06),
  rule('t07-matches-t04', '公开07表合计行 = 公开04表政府性基金：年初结转和结余、本年收入、本年支出（含各类）、年末结转和结余', t07MatchesT04),
  rule('t06-san-gong-within-t09', '公开06表 30212 因公出国（境）费用、30217 公务接待费、30231 公务用车运行维护费、31013 公务用车购置 ≤ 公开09表决算数中对应的“三公”经费项目', t06WithinT09),
  rule('t08-matches-t04', '公开08表：合计行小计 = 公开04表本年支出合计的国有资本经营预算财政拨款列，各类 = 公开04表对应行该列', spendingMatchesT04('t08', 'subtotal', 'soe')),
];
