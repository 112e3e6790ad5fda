/**
 * A workbook as another program lays the tables out, built cell by cell with
 * exceljs from the seed's accounts: tables on sheets named anything and in
 * any order (01 and 04 on one sheet), some found only by their title,
 * columns in another order, a leading empty column, merged headers over two
 * and three rows, no 栏次 rows, 合计 written "合 计", formulas without a
 * computed result, and the 类/款/合计 cells left blank wherever the sum of
 * their parts is what the table publishes.
 */
import ExcelJS from 'exceljs';
import type { Amount, DepartmentAccounts, EconomicRow, SubjectTable } from '../../src/data/model.js';

type Cell = string | number | null | { formula: string };
const n = (a: Amount | undefined): number | null => (a === undefined || a.isZero() ? null : a.toNumber());
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五', '二十六'];

/** Writes rows from (row, col) on; returns the next free row. */
function put(sheet: ExcelJS.Worksheet, row: number, col: number, rows: Cell[][]): number {
  rows.forEach((cells, i) => cells.forEach((v, j) => { if (v !== null) sheet.getCell(row + i, col + j).value = v; }));
  return row + rows.length;
}

/** A subject table: columns in the order given, the header from `top` on, blank 类/款/合计 where `blank` says. */
function subject<C extends string>(
  sheet: ExcelJS.Worksheet, top: number, col: number, table: SubjectTable<C>,
  columns: Array<[C, string[]]>, blank: { levels: Array<'class' | 'kuan' | 'item'>; columns: C[]; total: boolean; formulaTotal?: boolean },
): number {
  sheet.mergeCells(top, col, top, col + 1);
  sheet.getCell(top, col).value = '项  目';
  sheet.getCell(top + 1, col).value = '科目编码';
  sheet.getCell(top + 1, col + 1).value = '科目名称';
  columns.forEach(([, header], i) => {
    const c = col + 2 + i;
    sheet.getCell(top, c).value = header[0]!;
    if (header.length === 2) sheet.getCell(top + 1, c).value = header[1]!;
    else sheet.mergeCells(top, c, top + 1, c);
  });
  // Merge a shared top header (本年支出 over 小计 / 基本支出 / 项目支出).
  for (let i = 0; i < columns.length;) {
    let j = i;
    while (j + 1 < columns.length && columns[j + 1]![1].length === 2 && columns[i]![1].length === 2 && columns[j + 1]![1][0] === columns[i]![1][0]) j++;
    if (j > i) sheet.mergeCells(top, col + 2 + i, top, col + 2 + j);
    i = j + 1;
  }
  let row = top + 2;
  sheet.mergeCells(row, col, row, col + 1);
  sheet.getCell(row, col).value = '合 计';
  columns.forEach(([id], i) => {
    const c = col + 2 + i;
    if (blank.formulaTotal) sheet.getCell(row, c).value = { formula: `SUM(${sheet.getCell(row + 1, c).address}:${sheet.getCell(row + table.rows.length, c).address})` } as ExcelJS.CellFormulaValue;
    else if (!blank.total) sheet.getCell(row, c).value = n(table.total[id]);
  });
  row++;
  for (const r of table.rows) {
    const cells: Cell[] = [r.code, r.name, ...columns.map(([id]) => (blank.levels.includes(r.level) && blank.columns.includes(id) ? null : n(r.values[id])))];
    row = put(sheet, row, col, [cells]);
  }
  if (table.note) row = put(sheet, row + 1, col, [[table.note]]);
  return row;
}

function twoSided(sheet: ExcelJS.Worksheet, top: number, income: Array<[string, Amount | null]>, spending: Array<[string, Array<Amount | null>]>, amountHeaders: string[]): number {
  const width = 1 + 1 + amountHeaders.length;
  sheet.mergeCells(top, 1, top, 2);
  sheet.getCell(top, 1).value = '收入';
  sheet.mergeCells(top, 3, top, 2 + width - 1);
  sheet.getCell(top, 3).value = '支出';
  put(sheet, top + 1, 1, [['项目', '金额', '项目', ...amountHeaders]]);
  const lines = Math.max(income.length, spending.length);
  const rows: Cell[][] = [];
  for (let i = 0; i < lines; i++) {
    const inc = income[i];
    const exp = spending[i];
    rows.push([inc?.[0] ?? null, inc?.[1] === null || !inc ? null : n(inc[1]), exp?.[0] ?? null, ...(exp ? exp[1].map((v) => (v === null ? null : n(v))) : [])]);
  }
  return put(sheet, top + 2, 1, rows);
}

export async function handBuiltWorkbook(a: DepartmentAccounts): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  put(book.addWorksheet('封面'), 1, 1, [['2024年度部门决算'], ['聊城市政府办公室（汇总）']]);

  // 01 and 04 on one sheet; lines numbered, no 行次 column; totals left blank.
  const both = book.addWorksheet('收支总表');
  let row = put(both, 1, 1, [['收入支出决算总表'], [null, null, '公开01表'], ['部门：聊城市政府办公室（汇总）', null, '金额单位：万元']]);
  const i01 = a.t01.income;
  row = twoSided(both, row, [
    ...([['一般公共预算财政拨款收入', i01.gpbAppropriation], ['政府性基金预算财政拨款收入', i01.govFundAppropriation], ['国有资本经营预算财政拨款收入', i01.soeAppropriation],
      ['上级补助收入', i01.higherSubsidy], ['事业收入', i01.business], ['经营收入', i01.operating], ['附属单位上缴收入', i01.affiliated], ['其他收入', i01.other]] as const)
      .map(([k, v], i) => [`${ORDINALS[i]}、${k}`, v] as [string, Amount]),
    ...Array<[string, null]>(18).fill(['', null]),
    ['本年收入合计', null], ['使用非财政拨款结余', i01.nonFiscalSurplusUsed], ['年初结转和结余', i01.openingBalance], ['总计', null],
  ], [
    ...a.t01.expenditureByClass.map((c, i) => [`${ORDINALS[i]}、${c.name}`, [c.amount]] as [string, Amount[]]),
    ['本年支出合计', [null]], ['结余分配', [a.t01.expenditure.surplusDistribution]], ['年末结转和结余', [a.t01.expenditure.closingBalance]], ['总计', [null]],
  ], ['金额']);
  row = put(both, row + 2, 1, [['财政拨款收入支出决算总表'], [null, null, '公开04表'], ['部门：聊城市政府办公室（汇总）']]);
  const i04 = a.t04.income;
  const kinds = (v: Record<'total' | 'gpb' | 'govFund' | 'soe', Amount>, blankTotal: boolean) => [blankTotal ? null : v.total, v.gpb, v.govFund, v.soe];
  twoSided(both, row, [
    ['一、一般公共预算财政拨款', i04.gpb], ['二、政府性基金预算财政拨款', i04.govFund], ['三、国有资本经营预算财政拨款', i04.soe],
    ...Array<[string, null]>(23).fill(['', null]),
    ['本年收入合计', null], ['年初财政拨款结转和结余', null], ['一般公共预算财政拨款', i04.openingBalanceGpb],
    ['政府性基金预算财政拨款', i04.openingBalanceGovFund], ['国有资本经营预算财政拨款', i04.openingBalanceSoe], ['总计', null],
  ], [
    ...a.t04.expenditureByClass.map((c, i) => [`${ORDINALS[i]}、${c.name}`, kinds(c.values, true)] as [string, Array<Amount | null>]),
    ['本年支出合计', kinds(a.t04.expenditure.currentTotal, true)],
    ['年末财政拨款结转和结余', kinds(a.t04.expenditure.closingBalance, false)],
    ['总计', [null, null, null, null]],
  ], ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']);

  // 02: a leading empty column, columns in another order, blank 类/款/合计.
  const s02 = book.addWorksheet('Sheet3');
  put(s02, 1, 2, [['收入决算表'], ['公开02表'], ['部门：聊城市政府办公室（汇总）', null, '2024年度', null, '单位：万元']]);
  subject(s02, 4, 2, a.t02, [
    ['fiscal', ['财政拨款收入']], ['total', ['本年收入合计']], ['higherSubsidy', ['上级补助收入']], ['business', ['事业收入']],
    ['operating', ['经营收入']], ['affiliated', ['附属单位上缴收入']], ['other', ['其他收入']],
  ], { levels: ['class', 'kuan'], columns: ['total', 'fiscal'], total: true });

  // 05 before 03; 03 found by its title alone; its items' 本年支出合计 blank too.
  const s05 = book.addWorksheet('一般公共预算支出');
  put(s05, 1, 1, [['一般公共预算财政拨款支出决算表'], [null, null, null, null, '公开05表']]);
  subject(s05, 4, 1, a.t05, [['subtotal', ['本年支出', '小计']], ['basic', ['本年支出', '基本支出']], ['project', ['本年支出', '项目支出']]],
    { levels: ['class', 'kuan', 'item'], columns: ['subtotal'], total: false });
  const s03 = book.addWorksheet('支出决算表');
  put(s03, 1, 1, [['2024年度支出决算表'], ['编制单位：聊城市政府办公室（汇总）']]);
  subject(s03, 3, 1, a.t03, [['total', ['本年支出合计']], ['basic', ['基本支出']], ['project', ['项目支出']], ['toHigher', ['上缴上级支出']], ['operating', ['经营支出']], ['toAffiliated', ['对附属单位补助支出']]],
    { levels: ['class', 'kuan', 'item'], columns: ['total'], total: false });

  // 06 in three column groups, as the seed prints it; class rows and both totals blank.
  const s06 = book.addWorksheet('基本支出明细');
  put(s06, 1, 1, [['一般公共预算财政拨款基本支出决算明细表'], ['公开06表']]);
  s06.mergeCells(3, 1, 3, 3);
  s06.mergeCells(3, 4, 3, 9);
  put(s06, 3, 1, [['人员经费', null, null, '公用经费'], ['科目编码', '科目名称', '金额', '科目编码', '科目名称', '金额', '科目编码', '科目名称', '金额']]);
  const groups = [a.t06.personnel, a.t06.publicFunds.filter((r) => r.code.startsWith('302')), a.t06.publicFunds.filter((r) => !r.code.startsWith('302'))];
  const depth = Math.max(...groups.map((g) => g.length));
  const rows06: Cell[][] = [];
  // A class is left blank where its 款 add up to it (301 is published 0.01 below their sum).
  const sumsUp = (c: EconomicRow): boolean => c.amount.equals(groups.flat().filter((r) => r.code.length === 5 && r.code.startsWith(c.code)).reduce((s, r) => s.plus(r.amount), c.amount.minus(c.amount)));
  for (let i = 0; i < depth; i++) rows06.push(groups.flatMap((g) => (g[i] ? [g[i]!.code, g[i]!.name, g[i]!.code.length === 3 && sumsUp(g[i]!) ? null : n(g[i]!.amount)] : [null, null, null])));
  rows06.push(['人员经费合计', null, null, '公用经费合计', null, null]);
  put(s06, 5, 1, rows06);

  // 07: 合计 as formulas that no program has computed; 08: no data.
  const s07 = book.addWorksheet('基金');
  put(s07, 1, 1, [['政府性基金预算财政拨款收入支出决算表'], ['公开07表']]);
  subject(s07, 4, 1, a.t07, [
    ['openingBalance', ['年初结转和结余']], ['income', ['本年收入']], ['spending', ['本年支出', '小计']], ['basic', ['本年支出', '基本支出']],
    ['project', ['本年支出', '项目支出']], ['closingBalance', ['年末结转和结余']],
  ], { levels: ['class', 'kuan'], columns: ['income', 'spending', 'project'], total: true, formulaTotal: true });
  const s08 = book.addWorksheet('国资');
  put(s08, 1, 1, [['国有资本经营预算财政拨款支出决算表'], ['公开08表']]);
  subject(s08, 4, 1, a.t08, [['subtotal', ['本年支出', '小计']], ['basic', ['本年支出', '基本支出']], ['project', ['本年支出', '项目支出']]],
    { levels: [], columns: [], total: false });

  // 09: headers over three rows; 合计 and 公务用车购置及运行维护费 blank on both sides.
  const s09 = book.addWorksheet('三公');
  put(s09, 1, 1, [['财政拨款“三公”经费支出决算表'], ['公开09表']]);
  for (const [side, c] of [['预算数', 1], ['决算数', 7]] as const) {
    s09.mergeCells(3, c, 3, c + 5);
    s09.getCell(3, c).value = side;
    s09.mergeCells(4, c, 5, c); s09.getCell(4, c).value = '合计';
    s09.mergeCells(4, c + 1, 5, c + 1); s09.getCell(4, c + 1).value = '因公出国 (境)费';
    s09.mergeCells(4, c + 2, 4, c + 4); s09.getCell(4, c + 2).value = '公务用车购置及运行维护费';
    put(s09, 5, c + 2, [['小计', '公务用车 购置费', '公务用车 运行维护 费']]);
    s09.mergeCells(4, c + 5, 5, c + 5); s09.getCell(4, c + 5).value = '公务接待费';
  }
  const side09 = (v: DepartmentAccounts['t09']['budget']): Cell[] => [null, n(v.abroad), null, n(v.vehiclePurchase), n(v.vehicleOperation), n(v.reception)];
  put(s09, 6, 1, [[...side09(a.t09.budget), ...side09(a.t09.actual)]]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
