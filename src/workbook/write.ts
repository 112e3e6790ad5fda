/**
 * juesuan export: the nine tables of a data file as an .xlsx workbook laid out
 * the way accounts software lays them out — one sheet per table, named
 * 公开01表 … 公开09表: the title, the table number, 编制单位 / 年度 / 单位：万元,
 * merged multi-row headers, 科目编码 and 科目名称 columns, the 合计 row, and the
 * amounts as numbers shown with two decimals. A blank (zero) cell stays blank,
 * so the workbook is also a template to fill in.
 */
import ExcelJS from 'exceljs';
import type { Amount, DepartmentAccounts, SubjectTable } from '../data/model.js';
import {
  SPENDING_LABELS, T01_EXPENDITURE_LABELS, T01_INCOME_LABELS, T02_LABELS, T03_LABELS, T04_COLUMN_LABELS,
  T04_EXPENDITURE_LABELS, T04_INCOME_LABELS, T06_LABELS, T07_LABELS, T09_LABELS,
} from '../data/model.js';
import { TABLE_TITLES } from '../import/tables.js';
import {
  NO_DATA, NOTE_LABEL, SUBJECT_COLUMNS, SUBJECT_LABEL_COLUMNS, T01_COLUMNS, T01_SIDES, T04_COLUMNS, T04_SIDES, T06_COLUMNS, T09_COLUMNS,
  type HeaderPath, type SideLine, type SubjectTableNumber,
} from './layout.js';
import { maxOf } from '../util/arrays.js';

export const AMOUNT_FORMAT = '#,##0.00';

type Cell = string | number | Amount | null;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A number for the cell, or blank for zero. */
function amountCell(value: Amount | undefined): number | null {
  return value === undefined || value.isZero() ? null : value.toNumber();
}

/**
 * A4 paper; the width (in Excel's character units) that fits across a portrait
 * A4 page between 1.3 cm margins: a wider table prints landscape.
 */
const A4 = 9;
const PORTRAIT_WIDTH = 120;
/** A line of 11-point CJK text, in points. */
const LINE_HEIGHT = 16;

/** Text's width in Excel's column units: a CJK character takes two. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? 2.2 : 1.1;
  return w;
}

class SheetWriter {
  private row = 1;
  /** the first and last header rows, repeated at the top of every printed page */
  private headerRows: [number, number] | undefined;
  /** the header's cells as merged: their text wraps, and their rows are made tall enough for it */
  private readonly headerCells: Array<{ top: number; bottom: number; left: number; right: number; text: string }> = [];
  private columnWidths: number[] = [];
  private totalWidth = 0;
  constructor(readonly sheet: ExcelJS.Worksheet, readonly width: number) {}

  /** Title, table number, 编制单位 / 年度 / 单位. */
  heading(title: string, number: string, department: string, year: number): void {
    const s = this.sheet;
    s.mergeCells(1, 1, 1, this.width);
    Object.assign(s.getCell(1, 1), { value: title, font: { bold: true, size: 16 }, alignment: { horizontal: 'center' } });
    Object.assign(s.getCell(2, this.width), { value: number, alignment: { horizontal: 'right' } });
    const middle = Math.max(2, Math.ceil(this.width / 2));
    s.mergeCells(3, 1, 3, middle - 1);
    s.getCell(3, 1).value = `编制单位：${department}`;
    // The year spans the middle, so that centred it is not cut off by 编制单位 beside it.
    if (this.width - 1 > middle) s.mergeCells(3, middle, 3, this.width - 1);
    Object.assign(s.getCell(3, middle), { value: `${year}年度`, alignment: { horizontal: 'center' } });
    Object.assign(s.getCell(3, this.width), { value: '单位：万元', alignment: { horizontal: 'right' } });
    this.row = 4;
  }

  /** Header rows from the columns' header paths: a text shared by neighbouring columns is one merged cell. */
  header(columns: HeaderPath[]): void {
    const depth = maxOf(columns.map((p) => p.length), 0);
    const top = this.row;
    for (let level = 0; level < depth; level++) {
      for (let c = 0; c < columns.length;) {
        const path = columns[c]!;
        if (path.length <= level) { c++; continue; }
        const prefix = path.slice(0, level + 1).join('\u0000');
        let end = c;
        while (end + 1 < columns.length && columns[end + 1]!.slice(0, level + 1).join('\u0000') === prefix) end++;
        const bottom = path.length === level + 1 ? top + depth - 1 : top + level;
        if (end > c || bottom > top + level) this.sheet.mergeCells(top + level, c + 1, bottom, end + 1);
        this.sheet.getCell(top + level, c + 1).value = path[level]!;
        this.headerCells.push({ top: top + level, bottom, left: c + 1, right: end + 1, text: path[level]! });
        c = end + 1;
      }
    }
    for (let r = top; r < top + depth; r++) {
      for (let c = 1; c <= columns.length; c++) {
        Object.assign(this.sheet.getCell(r, c), {
          font: { bold: true }, border: BORDER, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        });
      }
    }
    this.row = top + depth;
    this.headerRows = [top, top + depth - 1];
  }

  /** One data row; amounts as numbers with two decimals, codes and names as text. */
  line(cells: Cell[], merge?: [number, number]): void {
    cells.forEach((v, i) => {
      const cell = this.sheet.getCell(this.row, i + 1);
      cell.border = BORDER;
      if (v === null) return;
      if (typeof v === 'string') cell.value = v;
      else {
        cell.value = typeof v === 'number' ? v : amountCell(v);
        cell.numFmt = AMOUNT_FORMAT;
      }
    });
    if (merge) this.sheet.mergeCells(this.row, merge[0], this.row, merge[1]);
    this.row++;
  }

  /** 栏次: the column numbers under the header, from column `first` on. */
  columnNumbers(label: string, first: number, numbers: number[]): void {
    const cells: Cell[] = Array<Cell>(this.width).fill(null);
    if (label) cells[0] = label;
    numbers.forEach((n, i) => { cells[first - 1 + i] = String(n); });
    this.line(cells, label && first > 2 ? [1, first - 1] : undefined);
  }

  note(text: string): void {
    this.row++;
    this.sheet.mergeCells(this.row, 1, this.row, this.width);
    Object.assign(this.sheet.getCell(this.row, 1), { value: text, alignment: { wrapText: true } });
    this.row++;
  }

  widths(widths: number[]): void {
    widths.forEach((w, i) => { this.sheet.getColumn(i + 1).width = w; });
    this.columnWidths = widths;
    this.totalWidth = widths.reduce((a, b) => a + b, 0);
  }

  /**
   * Header rows tall enough for their wrapped text: spreadsheet programs do not grow a row
   * for a merged cell, so 一般公共预算财政拨款 in a narrow column was cut off in print.
   */
  private headerHeights(): void {
    const lines = new Map<number, number>();
    for (const cell of this.headerCells) {
      const width = this.columnWidths.slice(cell.left - 1, cell.right).reduce((a, b) => a + b, 0);
      const needed = Math.ceil(textWidth(cell.text) / Math.max(1, width - 1));
      const rows = cell.bottom - cell.top + 1;
      for (let r = cell.top; r <= cell.bottom; r++) lines.set(r, Math.max(lines.get(r) ?? 1, Math.ceil(needed / rows)));
    }
    for (const [r, n] of lines) this.sheet.getRow(r).height = LINE_HEIGHT * n;
  }

  /**
   * How the sheet prints: on A4, landscape when the table is wider than a portrait page,
   * scaled to one page wide (so the title, which spans the table, stays whole above it),
   * as many pages tall as it needs with the header rows repeated on each, page numbers below.
   */
  printSetup(): void {
    this.headerHeights();
    const s = this.sheet;
    s.pageSetup = {
      paperSize: A4, orientation: this.totalWidth > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
      fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(this.headerRows ? { printTitlesRow: `${this.headerRows[0]}:${this.headerRows[1]}` } : {}),
    };
    s.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
  }
}

type SubjectValues = Record<string, Amount>;

function subjectSheet(w: SheetWriter, table: SubjectTable<string>, labels: Record<string, string>, n: SubjectTableNumber): void {
  const ids = Object.keys(labels);
  w.header([...SUBJECT_LABEL_COLUMNS, ...SUBJECT_COLUMNS[n]]);
  w.columnNumbers('栏次', 3, ids.map((_, i) => i + 1));
  const values = (v: SubjectValues): Cell[] => ids.map((id) => v[id] ?? null);
  w.line(['合计', null, ...values(table.total)], [1, 2]);
  for (const row of table.rows) w.line([row.code, row.name, ...values(row.values)]);
  // Under the table as published: the note, which says 本表无数据 where the table has none.
  if (table.noData && table.note?.includes(NO_DATA)) w.note(table.note);
  else {
    if (table.noData) w.note(`${NO_DATA}。`);
    if (table.note) w.note(`${NOTE_LABEL}${table.note}`);
  }
  w.widths([12, 36, ...ids.map(() => 16)]);
}

function sides(w: SheetWriter, lines: typeof T01_SIDES, value: (side: 'income' | 'expenditure', line: SideLine) => Cell[]): void {
  const count = Math.max(lines.income.length, lines.expenditure.length);
  const blank = Array<Cell>(w.width - 5).fill(null);
  for (let i = 0; i < count; i++) {
    const inc = lines.income[i];
    const exp = lines.expenditure[i];
    w.line([
      inc?.printed ?? null, String(i + 1), inc ? value('income', inc)[0]! : null,
      exp?.printed ?? null, String(count + i + 1), ...(exp ? value('expenditure', exp) : blank),
    ]);
  }
}

/** The 栏次 row of a two-sided table: 栏次 under each side's 项目, the amount columns numbered. */
function sideColumnNumbers(w: SheetWriter): void {
  const cells: Cell[] = ['栏次', null, '1', '栏次', null];
  for (let i = 5; i < w.width; i++) cells.push(String(i - 3));
  w.line(cells);
}

function table01(w: SheetWriter, t01: DepartmentAccounts['t01']): void {
  w.header(T01_COLUMNS);
  sideColumnNumbers(w);
  const income = new Map<string, Amount>(Object.entries(t01.income).map(([id, v]) => [T01_INCOME_LABELS[id as keyof typeof T01_INCOME_LABELS], v]));
  const spending = new Map<string, Amount>([
    ...t01.expenditureByClass.map((c) => [c.name, c.amount] as [string, Amount]),
    ...Object.entries(t01.expenditure).map(([id, v]) => [T01_EXPENDITURE_LABELS[id as keyof typeof T01_EXPENDITURE_LABELS], v] as [string, Amount]),
  ]);
  sides(w, T01_SIDES, (side, line) => [(side === 'income' ? income : spending).get(line.key) ?? null]);
  w.widths([34, 6, 16, 34, 6, 16]);
}

function table04(w: SheetWriter, t04: DepartmentAccounts['t04']): void {
  w.header(T04_COLUMNS);
  sideColumnNumbers(w);
  const kinds = Object.keys(T04_COLUMN_LABELS) as Array<keyof typeof T04_COLUMN_LABELS>;
  const income = new Map<string, Amount>(Object.entries(t04.income).map(([id, v]) => [T04_INCOME_LABELS[id as keyof typeof T04_INCOME_LABELS], v]));
  const spending = new Map<string, Record<string, Amount>>([
    ...t04.expenditureByClass.map((c) => [c.name, c.values] as [string, Record<string, Amount>]),
    ...Object.entries(t04.expenditure).map(([id, v]) => [T04_EXPENDITURE_LABELS[id as keyof typeof T04_EXPENDITURE_LABELS], v] as [string, Record<string, Amount>]),
  ]);
  sides(w, T04_SIDES, (side, line) => {
    if (side === 'income') return [income.get(line.key) ?? null];
    const values = spending.get(line.key);
    return kinds.map((k) => values?.[k] ?? null);
  });
  w.widths([34, 6, 16, 34, 6, 16, 16, 16, 16]);
}

function table06(w: SheetWriter, t06: DepartmentAccounts['t06']): void {
  w.header(T06_COLUMNS);
  const count = Math.max(t06.personnel.length, t06.publicFunds.length);
  for (let i = 0; i < count; i++) {
    const p = t06.personnel[i];
    const f = t06.publicFunds[i];
    w.line([p?.code ?? null, p?.name ?? null, p?.amount ?? null, f?.code ?? null, f?.name ?? null, f?.amount ?? null]);
  }
  w.line([T06_LABELS.personnelTotal, null, t06.personnelTotal, T06_LABELS.publicFundsTotal, null, t06.publicFundsTotal]);
  w.widths([10, 30, 16, 10, 30, 16]);
}

const T09_IDS = Object.keys(T09_LABELS) as Array<keyof typeof T09_LABELS>;

function table09(w: SheetWriter, t09: DepartmentAccounts['t09']): void {
  w.header(T09_COLUMNS);
  w.columnNumbers('', 1, T09_COLUMNS.map((_, i) => i + 1));
  w.line([...T09_IDS.map((id) => t09.budget[id]), ...T09_IDS.map((id) => t09.actual[id])]);
  w.note('注：预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。');
  w.widths(T09_COLUMNS.map(() => 14));
}

export async function exportWorkbook(accounts: DepartmentAccounts): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'juesuan';
  const subject = (n: SubjectTableNumber, table: SubjectTable<string>, labels: Record<string, string>) =>
    [2 + Object.keys(labels).length, (w: SheetWriter) => subjectSheet(w, table, labels, n)] as const;
  const tables: ReadonlyArray<readonly [number, (w: SheetWriter) => void]> = [
    [6, (w) => table01(w, accounts.t01)],
    subject(2, accounts.t02, T02_LABELS),
    subject(3, accounts.t03, T03_LABELS),
    [T04_COLUMNS.length, (w) => table04(w, accounts.t04)],
    subject(5, accounts.t05, SPENDING_LABELS),
    [6, (w) => table06(w, accounts.t06)],
    subject(7, accounts.t07, T07_LABELS),
    subject(8, accounts.t08, SPENDING_LABELS),
    [T09_COLUMNS.length, (w) => table09(w, accounts.t09)],
  ];
  tables.forEach(([width, write], i) => {
    const n = i + 1;
    const name = `公开0${n}表`;
    const w = new SheetWriter(book.addWorksheet(name), width);
    w.heading(TABLE_TITLES[n]!, name, accounts.department, accounts.year);
    write(w);
    w.printSetup();
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
