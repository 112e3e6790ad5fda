/**
 * The nine public tables from lines of positioned cells (placed.ts: a PDF's
 * text items, `pdftotext -layout` text, a Word document's table cells or
 * tab-separated text — one recogniser for every source). Each table is found by its title
 * wherever the document puts it (with or without 公开0N表, in any order);
 * its amount columns are located by their header cells, stacked header
 * fragments joined top to bottom (附属单位 / 上缴收入); every amount of a row
 * goes to the header column nearest it, keeping their left-to-right order,
 * so a blank cell stays blank. Two-sided tables (01, 04, 06) split each line
 * into its left and right half by the same headers. A subject name wrapped
 * onto lines of its own joins the row whose code it is nearest to; rows go
 * on across page breaks; page numbers and lines repeated at the edges of
 * pages are dropped.
 */
import { PAGE_NUMBER, withoutFrame } from '../documents/pdf.js';
import type { Box, PlacedLine } from './placed.js';
import { appendAll, maxOf } from '../util/arrays.js';

type Obj = Record<string, unknown>;
export interface ImportedTables {
  tables: Obj;
  /** what was left out, merged or titled otherwise, in Chinese, for the user */
  notes: string[];
  /** cells the source left blank that were computed from their parts (a workbook's 类/款/合计) */
  computed?: ComputedCell[];
  /** the page each table's title stands on (公开06表 → 12), for sources with pages: where a report puts its findings */
  pages?: Record<string, number>;
}
export interface ComputedCell {
  /** the cell's path in the data file, e.g. 公开02表 › 科目 › 201 一般公共服务支出 › 本年收入合计 */
  path: string[];
  /** how it was computed, written as a comment beside it */
  note: string;
}
type Kind = 'code' | 'amount' | 'text';
interface Cell extends Box { kind: Kind; y: number }
/** One side of one line of a table body. */
interface Part {
  y: number;
  code?: string;
  texts: Cell[];
  values: Record<string, string>;
  above: Part[];
  below: Part[];
}
interface Column { key: string; side: number; centre: number }

const squash = (s: string): string => s.replace(/\s+/gu, '');
const centre = (b: Box): number => (b.x0 + b.x1) / 2;
const ORDINAL = /^[一二三四五六七八九十]+、/u;
const AMOUNT = /^-?[\d,]+\.\d+$/u;
const CODE = /^\d{3}(?:\d{2}){0,2}$/u;
const CODE_NAME = /^(\d{3}(?:\d{2}){0,2})(?![\d.,])(\D.*)$/u;
const NOTE_START = /^(?:注|说明)[：:]/u;
const HEADER_WORD = /^(?:项目|科目编码|科目名称|功能分类|经济分类|功能分类科目编码|经济分类科目编码|栏次|单位：万元|金额单位：万元)$/u;
const TABLE_HEADER = /^(?:项目|科目编码|经济分类|科目名称|预算数|决算数|单位：万元|金额单位：万元)/u;
const MARKER = /^公开0?([1-9])表$/u;
const PART = /^第[一二三四五六七八九十]+部分/u;

const TITLES: Array<{ n: number; title: string; note?: (t: string) => string }> = [
  { n: 1, title: '收入支出决算总表' },
  { n: 2, title: '收入决算表' },
  { n: 3, title: '支出决算表' },
  { n: 4, title: '财政拨款收入支出决算总表' },
  { n: 5, title: '一般公共预算财政拨款支出决算表' },
  { n: 6, title: '一般公共预算财政拨款基本支出决算明细表' },
  { n: 6, title: '一般公共预算财政拨款基本支出决算表', note: (t) => `公开06表：原文题为“${t}”` },
  { n: 7, title: '政府性基金预算财政拨款收入支出决算表' },
  { n: 7, title: '政府性基金预算财政拨款支出决算表' },
  { n: 8, title: '国有资本经营预算财政拨款支出决算表' },
  {
    n: 8, title: '国有资本经营预算财政拨款收入支出决算表',
    note: (t) => `公开08表：原文为“${t}”，收入与支出合为一表；只导入其中的支出各栏（本年支出小计、基本支出、项目支出）`,
  },
  { n: 9, title: '财政拨款三公经费支出决算表' },
];

const texts = new WeakMap<PlacedLine, string>();
const lineText = (l: PlacedLine): string => {
  let t = texts.get(l);
  if (t === undefined) texts.set(l, (t = l.cells.map((c) => c.text).join('').replace(/\s+/gu, ' ').trim()));
  return t;
};

/** A line read as a title: spaces, quotes, an ordinal, 公开0N表 and a leading “…2024 年度” left out. */
function titleOf(l: PlacedLine): (typeof TITLES)[number] | undefined {
  const t = squash(lineText(l)).replace(/[“”"‘’'〝〞]/gu, '').replace(/公开0?[1-9]表/u, '')
    .replace(ORDINAL, '').replace(/^[^，。；]{0,40}?20\d{2}年度?/u, '');
  return TITLES.find((x) => x.title === t);
}

const isCodeText = (t: string): boolean => CODE.test(t);

const kinds = new WeakMap<PlacedLine, Cell[]>();

/** Cells of a line with their kinds; a code written against its name (310资本性支出) is two cells. Read once per line. */
function cellsOf(l: PlacedLine): Cell[] {
  let out = kinds.get(l);
  if (!out) kinds.set(l, (out = readCells(l)));
  return out;
}

function readCells(l: PlacedLine): Cell[] {
  const out: Cell[] = [];
  for (const b of l.cells) {
    const t = squash(b.text);
    // A template's placeholders (… for more rows, 。。。 for more units) are no cell.
    if (t === '' || /^[…。.·]+$/u.test(t)) continue;
    const m = CODE_NAME.exec(t);
    if (m) {
      const split = b.x0 + ((b.x1 - b.x0) * m[1]!.length) / t.length;
      out.push({ text: m[1]!, x0: b.x0, x1: split, kind: 'code', y: l.y });
      out.push({ text: m[2]!, x0: split, x1: b.x1, kind: 'text', y: l.y });
    } else if (!/^\d{1,2}$/u.test(t)) out.push({ ...b, text: t, kind: AMOUNT.test(t) ? 'amount' : isCodeText(t) ? 'code' : 'text', y: l.y });
    // 1 or 2 digits: a 行次 or 栏次 number, not a cell of the table's figures
  }
  return out;
}

/** Page numbers, and lines at the edge of three or more pages that repeat there (digits aside), are not the tables'. */
function withoutRunningLines(lines: PlacedLine[]): PlacedLine[] {
  const byPage = new Map<number, PlacedLine[]>();
  for (const l of lines) {
    if (!l.cells.some((c) => c.text.trim() !== '')) continue;
    const page = byPage.get(l.page);
    if (page) page.push(l); else byPage.set(l.page, [l]);
  }
  const edges = new Set<PlacedLine>();
  for (const ls of byPage.values()) for (const l of [...ls.slice(0, 2), ...ls.slice(-2)]) edges.add(l);
  const key = (l: PlacedLine) => squash(lineText(l)).replace(/\d+/gu, '#');
  const pages = new Map<string, Set<number>>();
  for (const l of edges) pages.set(key(l), (pages.get(key(l)) ?? new Set()).add(l.page));
  return lines.filter((l) => {
    if (!edges.has(l)) return true;
    if (PAGE_NUMBER.test(withoutFrame(lineText(l)))) return false;
    const data = cellsOf(l).some((c) => c.kind !== 'text') || titleOf(l) !== undefined;
    return data || (pages.get(key(l))?.size ?? 0) < 3;
  });
}

interface Segment { n: number; lines: PlacedLine[]; title: string; page: number; note?: string }

/**
 * Each table's lines, from its title to the next title or Part; a title with no table under it
 * (the contents) is passed over. A 公开0N表 marker starts table N too, when no known title
 * does (a title worded otherwise); the marker under a known title is part of that table.
 */
function segments(lines: PlacedLine[]): Map<number, Segment> {
  const marks: Array<{ at: number; n: number; t?: (typeof TITLES)[number] }> = [];
  lines.forEach((l, at) => {
    const t = titleOf(l);
    if (t) { marks.push({ at, n: t.n, t }); return; }
    const marker = MARKER.exec(squash(lineText(l)));
    const last = marks[marks.length - 1];
    if (marker && !(last?.t && last.n === Number(marker[1]))) marks.push({ at, n: Number(marker[1]) });
  });
  const byTitle = new Map<number, Segment>();
  const byMarker = new Map<number, Segment>();
  marks.forEach((m, i) => {
    const next = i + 1 < marks.length ? marks[i + 1]!.at : lines.length;
    let end = m.at + 1;
    while (end < next && !PART.test(squash(lineText(lines[end]!)))) end++;
    const body = lines.slice(m.at + 1, end);
    // A table has a header: a cell such as 项目, 科目编码 or 预算数 (the contents has none).
    const isTable = body.some((l) => l.cells.some((c) => TABLE_HEADER.test(squash(c.text))));
    const found = m.t ? byTitle : byMarker;
    if (!isTable || found.has(m.n)) return;
    const title = lineText(lines[m.at]!);
    const note = m.t ? m.t.note?.(title) : `公开0${m.n}表：表名不是标准的“${TABLE_TITLES[m.n]}”，按“${title}”标记读取，请核对`;
    found.set(m.n, { n: m.n, lines: body, title, page: lines[m.at]!.page, ...(note ? { note } : {}) });
  });
  for (const [n, seg] of byMarker) if (!byTitle.has(n)) byTitle.set(n, seg);
  return byTitle;
}

const bracketsFullWidth = (s: string): string => s.replace(/\(/gu, '（').replace(/\)/gu, '）');

/** Where header cells (stacked top to bottom, overlapping in x) spell `name`: one box per place. */
function headerBoxes(all: Cell[], wanted: string): Box[] {
  const name = bracketsFullWidth(wanted);
  const cells = all.map((c) => ({ ...c, text: bracketsFullWidth(c.text) }));
  const out: Box[] = [];
  for (const c of cells) {
    if (c.text === '' || !name.startsWith(c.text)) continue;
    let acc = c.text;
    let y = c.y;
    const box = { text: name, x0: c.x0, x1: c.x1 };
    while (acc !== name) {
      const next = cells
        .filter((d) => d.y > y && d.x0 < c.x1 && d.x1 > c.x0 && d.text !== '' && name.startsWith(acc + d.text))
        .sort((a, b) => a.y - b.y)[0];
      if (!next) break;
      acc += next.text;
      y = next.y;
      box.x0 = Math.min(box.x0, next.x0);
      box.x1 = Math.max(box.x1, next.x1);
    }
    if (acc === name) out.push(box);
  }
  return out.sort((a, b) => a.x0 - b.x0);
}

/** Amounts to columns, in order, the total distance of centres least (a blank cell stays blank). */
function assign(amounts: Cell[], columns: Column[]): Array<[Cell, Column]> {
  const a = [...amounts].sort((p, q) => p.x0 - q.x0);
  const n = a.length;
  const m = columns.length;
  const SKIP = 1e9;
  // cost[i][j]: the first i amounts placed among the first j columns
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const how: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let j = 0; j <= m; j++) cost[0]![j] = 0;
  for (let i = 1; i <= n; i++) {
    cost[i]![0] = cost[i - 1]![0]! + SKIP;
    how[i]![0] = 2;
    for (let j = 1; j <= m; j++) {
      const take = cost[i - 1]![j - 1]! + Math.abs(centre(a[i - 1]!) - columns[j - 1]!.centre);
      const leave = cost[i]![j - 1]!;
      const drop = cost[i - 1]![j]! + SKIP;
      const best = Math.min(take, leave, drop);
      cost[i]![j] = best;
      how[i]![j] = best === take ? 0 : best === leave ? 1 : 2;
    }
  }
  const out: Array<[Cell, Column]> = [];
  for (let i = n, j = m; i > 0;) {
    const h = how[i]![j]!;
    if (h === 0) { out.push([a[i - 1]!, columns[j - 1]!]); i--; j--; } else if (h === 1) j--; else i--;
  }
  return out.reverse();
}

interface Layout {
  columns: Column[];
  /** x centres of the label (text) and code columns of each side */
  labels: number[];
  codes: number[];
  header: Set<string>;
}

function nearestSide(x: number, anchors: number[]): number {
  let best = 0;
  anchors.forEach((a, i) => { if (Math.abs(x - a) < Math.abs(x - anchors[best]!)) best = i; });
  return best;
}

/** The body of a table as parts per side, in reading order. */
function parts(body: PlacedLine[], layout: Layout, least: number): Part[][] {
  // A layout with more groups side by side than expected (three in some 06 tables) gets a side for each.
  const sides = Math.max(least, layout.labels.length, layout.codes.length, maxOf(layout.columns.map((c) => c.side + 1)));
  const out: Part[][] = Array.from({ length: sides }, () => []);
  for (const l of body) {
    const cells = cellsOf(l);
    if (cells.length === 0) continue;
    // A page header repeated on a continuation page.
    if (cells.every((c) => c.kind === 'text' && layout.header.has(c.text))) continue;
    const ps: Part[] = Array.from({ length: sides }, () => ({ y: l.y, texts: [], values: {}, above: [], below: [] }));
    for (const c of cells) {
      if (c.kind === 'code') ps[sides > 1 ? nearestSide(centre(c), layout.codes) : 0]!.code = c.text;
      else if (c.kind === 'text') ps[sides > 1 ? nearestSide(centre(c), layout.labels) : 0]!.texts.push(c);
    }
    for (const [c, col] of assign(cells.filter((c) => c.kind === 'amount'), layout.columns)) ps[col.side]!.values[col.key] = c.text;
    ps.forEach((p, i) => { if (p.code || p.texts.length > 0 || Object.keys(p.values).length > 0) out[i]!.push(p); });
  }
  return out;
}

const textOf = (p: Part): string => p.texts.map((c) => c.text).join('');
const hasValues = (p: Part): boolean => Object.keys(p.values).length > 0;
const nameOf = (p: Part): string => [...p.above, p, ...p.below].map(textOf).join('');

/**
 * Subject rows: a part with a code is a row; a part without one is a wrapped piece of the
 * nearest row's name (a piece holding the amounts goes to the nearest row that has none).
 * A piece equally near two rows goes to the one above when that row has more lines above
 * its code than below (names wrap evenly around the code line), else to the one below.
 */
function subjectRows(side: Part[], isRow: (p: Part) => boolean, isOther: (p: Part) => boolean): Part[] {
  const rows = side.filter(isRow);
  const pitches = rows.slice(1).map((r, i) => r.y - rows[i]!.y).filter((d) => d > 0).sort((a, b) => a - b);
  const pitch = pitches[Math.floor(pitches.length / 2)] ?? Infinity;
  for (const p of side) {
    if (isRow(p) || isOther(p)) continue;
    const near = (r: Part) => Math.abs(r.y - p.y) <= pitch * 1.5;
    let target: Part | undefined;
    if (hasValues(p)) {
      target = rows.filter((r) => !hasValues(r) && near(r)).sort((a, b) => Math.abs(a.y - p.y) - Math.abs(b.y - p.y))[0];
      if (target) Object.assign(target.values, p.values);
    } else {
      const prev = [...rows].reverse().find((r) => r.y < p.y && near(r));
      const next = rows.find((r) => r.y > p.y && near(r));
      if (prev && next) {
        const dp = p.y - prev.y;
        const dn = next.y - p.y;
        target = dp < dn ? prev : dn < dp ? next : prev.above.length > prev.below.length ? prev : next;
      } else target = prev ?? next;
    }
    if (!target) continue;
    (p.y < target.y ? target.above : target.below).push({ ...p, values: {} });
  }
  return rows;
}

function layoutOf(header: Cell[], specs: Array<{ key: string; names: string[]; side?: number; pick?: 'last' }>, labelNames: string[], codeNames: string[]): Layout {
  const columns: Column[] = [];
  for (const s of specs) {
    let boxes: Box[] = [];
    for (const name of s.names) { boxes = headerBoxes(header, name); if (boxes.length > 0) break; }
    if (s.pick === 'last') boxes = boxes.slice(-1);
    boxes.forEach((b, i) => columns.push({ key: s.key, side: s.side ?? i, centre: centre(b) }));
  }
  columns.sort((a, b) => a.centre - b.centre);
  const find = (names: string[]) => {
    for (const name of names) { const b = headerBoxes(header, name); if (b.length > 0) return b.map(centre); }
    return [];
  };
  return { columns, labels: find(labelNames), codes: find(codeNames), header: new Set(header.map((c) => c.text)) };
}

/** The table's header lines (up to its first row) and body (up to the note under it). */
function split(seg: Segment): { header: Cell[]; body: PlacedLine[]; rest: PlacedLine[] } {
  const isRow = (l: PlacedLine) => {
    const cells = cellsOf(l);
    return cells.some((c) => c.kind !== 'text') || ORDINAL.test(cells[0]?.text ?? '');
  };
  const isEnd = (l: PlacedLine) => NOTE_START.test(squash(lineText(l))) || lineText(l).includes('本表无数据');
  let h = seg.lines.findIndex((l) => isRow(l) || isEnd(l));
  if (h < 0) h = seg.lines.length;
  // The first line of the first row's wrapped name: nearer to that row than to the header above it.
  const filled = (i: number) => seg.lines[i]!.cells.some((c) => c.text.trim() !== '');
  const lone = (i: number) => {
    const cells = cellsOf(seg.lines[i]!);
    return cells.length === 1 && cells[0]!.kind === 'text' && !HEADER_WORD.test(cells[0]!.text);
  };
  if (h >= 2 && h < seg.lines.length && lone(h - 1) && cellsOf(seg.lines[h]!).some((c) => c.kind === 'code')) {
    let above = h - 2;
    while (above > 0 && !filled(above)) above--;
    if (seg.lines[h]!.y - seg.lines[h - 1]!.y < seg.lines[h - 1]!.y - seg.lines[above]!.y) h--;
  }
  let e = seg.lines.findIndex((l, i) => i >= h && isEnd(l));
  if (e < 0) e = seg.lines.length;
  return { header: seg.lines.slice(0, h).flatMap(cellsOf), body: seg.lines.slice(h, e), rest: seg.lines.slice(e) };
}

function noData(rest: PlacedLine[]): Obj {
  const at = rest.findIndex((l) => lineText(l).includes('本表无数据'));
  if (at < 0) return {};
  let text = lineText(rest[at]!);
  if (!/^说明[：:]/u.test(text) && at > 0 && /^说明[：:]/u.test(lineText(rest[at - 1]!))) text = lineText(rest[at - 1]!) + text;
  return { 本表无数据: true, 说明: text.replace(/^说明[：:]\s*/u, '') };
}

const SUBJECT_COLUMNS: Record<number, Array<{ key: string; names: string[]; pick?: 'last' }>> = {
  2: ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'].map((k) => ({ key: k, names: [k] })),
  3: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'].map((k) => ({ key: k, names: [k] })),
  5: [{ key: '小计', names: ['小计', '合计'] }, { key: '基本支出', names: ['基本支出'] }, { key: '项目支出', names: ['项目支出'] }],
  7: [
    { key: '年初结转和结余', names: ['年初结转和结余'] }, { key: '本年收入', names: ['本年收入'] },
    { key: '本年支出小计', names: ['本年支出小计', '小计', '合计'], pick: 'last' }, { key: '基本支出', names: ['基本支出'] },
    { key: '项目支出', names: ['项目支出'] }, { key: '年末结转和结余', names: ['年末结转和结余'] },
  ],
  8: [
    // The columns of a table that merges income into 08: read, and left out of the data file.
    { key: '!年初结转和结余', names: ['年初结转和结余'] }, { key: '!本年收入', names: ['本年收入'] }, { key: '!年末结转和结余', names: ['年末结转和结余'] },
    { key: '小计', names: ['本年支出小计', '小计', '合计'], pick: 'last' }, { key: '基本支出', names: ['基本支出'] }, { key: '项目支出', names: ['项目支出'] },
  ],
};

const kept = (values: Record<string, string>): Obj => Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith('!')));

function subjectTable(seg: Segment): Obj {
  const { header, body, rest } = split(seg);
  const layout = layoutOf(header, SUBJECT_COLUMNS[seg.n]!.map((c) => ({ ...c, side: 0 })), [], []);
  const [side = []] = parts(body, layout, 1);
  const isTotal = (p: Part) => !p.code && /^合计$/u.test(textOf(p));
  const rows = subjectRows(side, (p) => p.code !== undefined, isTotal);
  const total = side.find(isTotal);
  const subjects = Object.fromEntries(rows.map((r) => [`${r.code} ${nameOf(r)}`, kept(r.values)]));
  return {
    ...noData(rest),
    合计: total && hasValues(total) ? kept(total.values) : null,
    科目: rows.length > 0 ? subjects : null,
  };
}

/** Labels of 01 and 04, one per row, a label wrapped onto the next line joined to it. */
function labelRows(side: Part[]): Part[] {
  const rows: Part[] = [];
  for (const p of side) {
    const prev = rows[rows.length - 1];
    const t = textOf(p);
    if (t === '' && prev && !hasValues(prev)) { Object.assign(prev.values, p.values); continue; }
    if (prev && t !== '' && !ORDINAL.test(t) && !hasValues(p) && ORDINAL.test(textOf(prev)) && !/(?:支出|收入|拨款)$/u.test(textOf(prev))) {
      appendAll(prev.texts, p.texts);
      continue;
    }
    if (t !== '') rows.push(p);
  }
  return rows;
}
const label = (p: Part): string => textOf(p).replace(ORDINAL, '');

function table01(seg: Segment): Obj {
  const { header, body } = split(seg);
  const layout = layoutOf(header, [{ key: 'v', names: ['决算数', '金额'] }], ['项目'], []);
  const [left = [], right = []] = parts(body, layout, 2);
  const side = (ps: Part[]) => Object.fromEntries(labelRows(ps).map((p) => [label(p), p.values['v'] ?? null]));
  return { 收入: side(left), 支出: side(right) };
}

const T04_COLUMNS = ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];

function table04(seg: Segment): Obj {
  const { header, body } = split(seg);
  const layout = layoutOf(header, [
    { key: 'v', names: ['决算数', '金额'], side: 0 },
    ...T04_COLUMNS.map((k) => ({ key: k, names: [k], side: 1, pick: 'last' as const })),
  ], ['项目'], []);
  const [left = [], right = []] = parts(body, layout, 2);
  const income: Obj = {};
  let opening = false;
  for (const p of labelRows(left)) {
    let key = label(p);
    if (key === '年初财政拨款结转和结余') opening = true;
    else if (opening && key !== '总计') key = `年初${key}结转和结余`;
    income[key] = p.values['v'] ?? null;
  }
  const expenditure = Object.fromEntries(labelRows(right).map((p) => [label(p), hasValues(p) ? { ...p.values } : null]));
  return { 收入: income, 支出: expenditure };
}

function table06(seg: Segment): Obj {
  const { header, body } = split(seg);
  const layout = layoutOf(header, [{ key: 'v', names: ['决算数', '金额'] }], ['科目名称'], ['经济分类科目编码', '科目编码']);
  const sides = parts(body, layout, 2);
  const isTotal = (p: Part) => !p.code && /合计$/u.test(textOf(p));
  // A total whose amount the layout put on the line under it, alone.
  const everything = sides.flat().sort((a, b) => a.y - b.y);
  for (const t of everything.filter((p) => isTotal(p) && !hasValues(p))) {
    const under = everything.find((p) => p.y > t.y && !p.code && p.texts.length === 0 && hasValues(p));
    if (under && !everything.some((p) => p.y > t.y && p.y < under.y && (p.code || p.texts.length > 0))) {
      Object.assign(t.values, under.values);
      under.values = {};
    }
  }
  const all = sides.flatMap((s) => subjectRows(s, (p) => p.code !== undefined, isTotal));
  const totals = sides.flat().filter(isTotal);
  const total = (name: string) => totals.find((p) => textOf(p) === name)?.values['v'] ?? null;
  const entries = all.map((r) => [`${r.code} ${nameOf(r)}`, r.values['v'] ?? null] as const);
  return {
    人员经费: Object.fromEntries(entries.filter(([k]) => /^30[13]/u.test(k))),
    公用经费: Object.fromEntries(entries.filter(([k]) => !/^30[13]/u.test(k))),
    人员经费合计: total('人员经费合计'),
    公用经费合计: total('公用经费合计'),
  };
}

const T09_COLUMNS = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费'];

function table09(seg: Segment): Obj {
  const { header, body, rest } = split(seg);
  // 预算数 决算数 under each of the six columns (Shanghai), or 预算数 over six columns and 决算数 over six more.
  const slots = header.filter((c) => c.text === '预算数' || c.text === '决算数').sort((a, b) => a.x0 - b.x0);
  let columns = slots.map((c, i) => ({ key: `${c.text}:${T09_COLUMNS[Math.floor(i / 2)] ?? ''}`, side: 0, centre: centre(c) }));
  if (slots.length < 12) {
    columns = T09_COLUMNS.flatMap((k) => {
      const names = k === '公务用车购置及运行维护费' ? ['小计', k] : [k];
      const found = names.map((name) => headerBoxes(header, name)).find((b) => b.length > 0) ?? [];
      return found.slice(0, 2).map((b, i) => ({ key: `${i === 0 ? '预算数' : '决算数'}:${k}`, side: 0, centre: centre(b) }));
    }).sort((a, b) => a.centre - b.centre);
  }
  const values: Record<string, string> = {};
  for (const l of body) for (const [c, col] of assign(cellsOf(l).filter((c) => c.kind === 'amount'), columns)) values[col.key] = c.text;
  const side = (kind: string) => Object.keys(values).length === 0 ? null : Object.fromEntries(T09_COLUMNS.map((k) => [k, values[`${kind}:${k}`] ?? null]));
  return { ...noData(rest), 预算数: side('预算数'), 决算数: side('决算数') };
}

export const TABLE_TITLES = ['', '收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表',
  '一般公共预算财政拨款基本支出决算明细表', '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款支出决算表', '财政拨款“三公”经费支出决算表'];

export function recognisePlacedTables(all: PlacedLine[]): ImportedTables {
  const segs = segments(withoutRunningLines(all));
  const tables: Obj = {};
  const notes: string[] = [];
  const pages: Record<string, number> = {};
  for (let n = 1; n <= 9; n++) {
    const seg = segs.get(n);
    const key = `公开0${n}表`;
    if (!seg) { notes.push(`未找到${key}（${TABLE_TITLES[n]}），需手工填写`); continue; }
    if (seg.note) notes.push(seg.note);
    pages[key] = seg.page;
    const table = n === 1 ? table01(seg) : n === 4 ? table04(seg) : n === 6 ? table06(seg) : n === 9 ? table09(seg) : subjectTable(seg);
    if (table['本表无数据'] === true) notes.push(`${key}（原文“${seg.title}”）本表无数据`);
    tables[key] = table;
  }
  return { tables, notes, pages };
}

/** The document's text, line by line, for reading 部门 and 年度. */
export function placedText(lines: PlacedLine[]): string {
  return lines.map(lineText).join('\n');
}
