/**
 * Recognise the nine public tables in lines of cells and build the data
 * file's table sections (plain objects in the shape of data/*.yaml).
 */
import type { Line } from './layout.js';

type Obj = Record<string, unknown>;
export interface ImportedTables {
  tables: Obj;
  /** what was left out or merged, in Chinese, for the user */
  notes: string[];
  /** cells the source left blank that were computed from their parts (a workbook's 类/款/合计) */
  computed?: ComputedCell[];
}
export interface ComputedCell {
  /** the cell's path in the data file, e.g. 公开02表 › 科目 › 201 一般公共服务支出 › 本年收入合计 */
  path: string[];
  /** how it was computed, written as a comment beside it */
  note: string;
}

const ORDINAL = /^[一二三四五六七八九十]+、/u;
const AMOUNT = /^-?[\d,]+(\.\d+)?$/u;
const SUBJECT = /^\d{3}(\d{2}){0,2}$/u;

const squash = (s: string): string => s.replace(/\s+/gu, '');
const cellAt = (line: Line, i: number): string => line[i]?.text ?? '';
const amount = (s: string): string | null => (AMOUNT.test(squash(s)) ? squash(s) : null);
const isBlank = (line: Line): boolean => line.every((c) => c.text === '');

/** A data row of a two-sided table: a 行次 number on either side, not the 栏次 line. */
const isRow = (line: Line): boolean =>
  squash(cellAt(line, 0)) !== '栏次' && (/^\d+$/u.test(cellAt(line, 1)) || /^\d+$/u.test(cellAt(line, 4)));

/** Split the document into the nine tables' line ranges by their 公开0N表 markers. */
function segments(lines: Line[]): Map<number, Line[]> {
  const marks: Array<{ n: number; at: number }> = [];
  let end = lines.length;
  lines.forEach((line, at) => {
    const t = squash(line.map((c) => c.text).join(''));
    const m = /^公开0?([1-9])表$/u.exec(t);
    if (m) marks.push({ n: Number(m[1]), at });
    else if (/^第三部分/u.test(t) && marks.length > 0 && end === lines.length) end = at;
  });
  const out = new Map<number, Line[]>();
  marks.forEach((m, i) => {
    if (!out.has(m.n)) out.set(m.n, lines.slice(m.at + 1, i + 1 < marks.length ? marks[i + 1]!.at : end));
  });
  return out;
}

function noDataNote(seg: Line[]): string | undefined {
  for (const line of seg) for (const c of line) if (c.text.includes('本表无数据')) return c.text;
  return undefined;
}

function table01(seg: Line[]): Obj {
  const income: Obj = {};
  const expenditure: Obj = {};
  for (const line of seg) {
    const inc = squash(cellAt(line, 0)).replace(ORDINAL, '');
    const exp = squash(cellAt(line, 3)).replace(ORDINAL, '');
    if (!isRow(line)) continue;
    if (inc) income[inc] = amount(cellAt(line, 2));
    if (exp) expenditure[exp] = amount(cellAt(line, 5));
  }
  return { 收入: income, 支出: expenditure };
}

function table04(seg: Line[]): Obj {
  const income: Obj = {};
  const expenditure: Obj = {};
  let header: string[] = [];
  let opening = false;
  for (const line of seg) {
    if (squash(cellAt(line, 0)) === '项目' && squash(cellAt(line, 3)) === '项目') {
      header = line.slice(5).map((c) => squash(c.text));
      continue;
    }
    if (!isRow(line)) continue;
    let inc = squash(cellAt(line, 0)).replace(ORDINAL, '');
    if (inc === '年初财政拨款结转和结余') opening = true;
    else if (opening && inc && inc !== '总计') inc = `年初${inc}结转和结余`;
    if (inc) income[inc] = amount(cellAt(line, 2));
    const exp = squash(cellAt(line, 3)).replace(ORDINAL, '');
    if (!exp) continue;
    const values: Obj = {};
    header.forEach((h, i) => {
      const v = amount(cellAt(line, 5 + i));
      if (h && v !== null) values[h] = v;
    });
    expenditure[exp] = Object.keys(values).length > 0 ? values : null;
  }
  return { 收入: income, 支出: expenditure };
}

/** 02, 03, 05, 07, 08: subject rows by code, columns by their headers. */
function subjectTable(seg: Line[], n: number): Obj {
  let columns: string[] = [];
  let first: string[] = [];
  const total: Obj = {};
  const rows: Obj = {};
  const read = (line: Line): Obj => {
    const values: Obj = {};
    columns.forEach((h, i) => {
      const v = amount(cellAt(line, i));
      if (h && i >= 2 && v !== null) values[h] = v;
    });
    return values;
  };
  for (const line of seg) {
    const head = squash(cellAt(line, 0));
    if (head === '项目') { first = line.map((c) => squash(c.text)); continue; }
    if (head === '科目编码') {
      columns = line.map((c, i) => {
        const name = squash(c.text) || first[i] || '';
        return n === 7 && name === '小计' ? '本年支出小计' : name;
      });
      continue;
    }
    // Some layouts drop the empty 科目名称 cell of the 合计 line: its first amount then sits in the name column.
    if (head === '合计') Object.assign(total, read(amount(cellAt(line, 1)) !== null ? [line[0]!, { text: '', x: -1 }, ...line.slice(1)] : line));
    else if (SUBJECT.test(head)) rows[`${head} ${squash(cellAt(line, 1))}`] = read(line);
  }
  const note = noDataNote(seg);
  const out: Obj = {};
  if (note) { out['本表无数据'] = true; out['说明'] = note; }
  out['合计'] = Object.keys(total).length > 0 ? total : null;
  out['科目'] = Object.keys(rows).length > 0 ? rows : null;
  return out;
}

function table06(seg: Line[]): Obj {
  const groups: Array<Array<[string, string | null]>> = [[], [], []];
  let personnelTotal: string | null = null;
  let publicTotal: string | null = null;
  let want: 'p' | 'f' | undefined;
  for (const line of seg) {
    for (let g = 0; g < 3; g++) {
      const code = squash(cellAt(line, g * 3));
      if (/^\d{3}(\d{2})?$/u.test(code)) groups[g]!.push([`${code} ${squash(cellAt(line, g * 3 + 1))}`, amount(cellAt(line, g * 3 + 2))]);
    }
    line.forEach((c, i) => {
      const t = squash(c.text);
      if (t === '人员经费合计' || t === '公用经费合计') {
        const v = line.slice(i + 1).map((d) => amount(d.text)).find((a) => a !== null) ?? null;
        if (t === '人员经费合计') personnelTotal = v; else { publicTotal = v; if (v === null) want = 'f'; }
      } else if (want === 'f' && amount(t) !== null && !line.some((d) => /合计/u.test(d.text))) {
        publicTotal = amount(t); want = undefined;
      }
    });
  }
  const all = groups.flat();
  const personnel = Object.fromEntries(all.filter(([k]) => /^30[13]/u.test(k)));
  const publicFunds = Object.fromEntries(all.filter(([k]) => !/^30[13]/u.test(k)));
  return { 人员经费: personnel, 公用经费: publicFunds, 人员经费合计: personnelTotal, 公用经费合计: publicTotal };
}

const T09_COLUMNS = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费'];

function table09(seg: Line[]): Obj {
  const note = noDataNote(seg);
  const idx = seg.findIndex((l) => squash(cellAt(l, 0)) === '1' && squash(cellAt(l, 1)) === '2');
  const data = idx >= 0 ? seg.slice(idx + 1).find((l) => !isBlank(l)) : undefined;
  const side = (offset: number): Obj =>
    Object.fromEntries(T09_COLUMNS.map((k, i) => [k, data ? amount(cellAt(data, offset + i)) : null]));
  const out: Obj = {};
  if (note) { out['本表无数据'] = true; out['说明'] = note; }
  out['预算数'] = side(0);
  out['决算数'] = side(6);
  return out;
}

const TITLES = ['', '收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表',
  '一般公共预算财政拨款基本支出决算明细表', '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款支出决算表', '财政拨款“三公”经费支出决算表'];

export function recogniseTables(lines: Line[]): ImportedTables {
  const segs = segments(lines);
  const tables: Obj = {};
  const notes: string[] = [];
  for (let n = 1; n <= 9; n++) {
    const seg = segs.get(n);
    const key = `公开0${n}表`;
    if (!seg) { notes.push(`未找到${key}（${TITLES[n]}），需手工填写`); continue; }
    tables[key] = n === 1 ? table01(seg) : n === 4 ? table04(seg) : n === 6 ? table06(seg) : n === 9 ? table09(seg) : subjectTable(seg, n);
  }
  return { tables, notes };
}

export { TITLES as TABLE_TITLES };
