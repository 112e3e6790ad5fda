/**
 * Where each of the nine tables is in a document: found by its title wherever
 * the document puts it and however it numbers it (公开03表, 三、, 表三, in the
 * document's own order), under the titles regions use (单位 or a department
 * before the name, 一般公共预算 before “三公”, 收入决算总表), continued over
 * pages (a title repeated with 续 is the same table). Page numbers and lines
 * repeated at the edges of pages are not the tables'.
 */
import { appendAll, maxOf, minOf } from '../util/arrays.js';
import { TABLE_NAMES, TABLE_TITLES as TITLE_OF_TABLE } from '../data/model.js';
import { PAGE_NUMBER, withoutFrame } from '../documents/pdf.js';
import { cellsOf, lineText, spacelessText, squash, withAsciiFigures } from './cells.js';
import { statesUnit, UNIT_AT_START } from './unit.js';
import { EMPTY_TABLE } from '../lint/negation.js';
import type { PlacedLine } from './placed.js';

/** Each table's standard title by its number (1–9, 0 none): the data model's titles, indexed as the tables are numbered. */
export const TABLE_TITLES: readonly string[] = ['', ...Object.values(TABLE_NAMES).map((key) => TITLE_OF_TABLE[key]!)];

interface Title { n: number; title: string; note?: (t: string) => string }

const otherwise = (n: number) => (t: string) => `公开0${n}表：原文题为“${t}”`;

/** Longest first: a title that ends another (支出决算表 in 一般公共预算财政拨款支出决算表) is tried last. */
const TITLES: Title[] = ([
  { n: 1, title: '收入支出决算总表' },
  { n: 2, title: '收入决算表' },
  { n: 2, title: '收入决算总表', note: otherwise(2) },
  { n: 3, title: '支出决算表' },
  { n: 4, title: '财政拨款收入支出决算总表' },
  { n: 5, title: '一般公共预算财政拨款支出决算表' },
  { n: 6, title: '一般公共预算财政拨款基本支出决算明细表' },
  { n: 6, title: '一般公共预算财政拨款基本支出决算表', note: otherwise(6) },
  { n: 7, title: '政府性基金预算财政拨款收入支出决算表' },
  { n: 7, title: '政府性基金预算财政拨款支出决算表' },
  { n: 8, title: '国有资本经营预算财政拨款支出决算表' },
  {
    n: 8, title: '国有资本经营预算财政拨款收入支出决算表',
    note: (t) => `公开08表：原文为“${t}”，收入与支出合为一表；只导入其中的支出各栏（本年支出小计、基本支出、项目支出）`,
  },
  { n: 9, title: '财政拨款三公经费支出决算表' },
  { n: 9, title: '一般公共预算财政拨款三公经费支出决算表', note: otherwise(9) },
  { n: 9, title: '三公经费支出决算表', note: otherwise(9) },
] satisfies Title[]).sort((a, b) => b.title.length - a.title.length);

/** 一、: the ordinal a title or a line of 01 and 04 is numbered with. */
export const ORDINAL = /^[一二三四五六七八九十]+、/u;
/**
 * 表三、附表1、表1-1、1.、（一）: a number a document gives its tables. Digits or numerals, not both: 表5 一般公共预算… is
 * 表5 and the title, not 表5一 and 般公共预算…; it is cut from what stands before a title, so 表五一般公共预算… reads too.
 */
const TABLE_NUMBER = /^(?:附?表\s*(?:\d+|[一二三四五六七八九十]+)(?:-\d+)?[、.．:：]?|\d{1,2}[、.．]|[（(][一二三四五六七八九十]+[）)])/u;
const MARKER = /^公开0?([1-9])表$/u;
/** A 公开0N表 marker anywhere in a line (公开02表单位：元). */
const MARKER_IN = /公开0?[1-9]表/u;
/** A table's number alone: 表二, 附表3, 表1-1. */
const TABLE_LABEL = /^附?表[一二三四五六七八九十\d]+(?:-\d+)?[、.．:：]?$/u;
const PART = /^第[一二三四五六七八九十]+部分/u;
const CONTINUED = /[（(]续[表]?[）)]$|^续表|续$/u;
/** What may stand before a title: the department and year (上海市普陀区财政局2024年度部门), or 部门 / 单位. */
const TITLE_PREFIX = /^(?:[^，。；：:]{0,40}?20\d{2}年度?)?(?:部门|单位|本部门|本单位)?$/u;
/** A table has a header: a cell such as 项目, 科目编码, 功能分类科目 (code and name in one column) or 预算数 (the contents has none). */
const TABLE_HEADER = /^(?:项目|科目编码|功能分类|经济分类|科目名称|预算数|决算数)/u;
const isHeaderCell = (text: string) => TABLE_HEADER.test(text) || UNIT_AT_START.test(text);

/** A date printed in a title's row (a workbook's 2025-09-30 at the row's end): no part of the title. */
const DATE = /(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2})?/gu;

/**
 * A line read as a title: spaces, quotes, an ordinal or table number, 公开0N表 and what may stand before the name left out.
 * `text` is the line's text without spaces, where the caller has it already.
 */
export function titleOf(l: PlacedLine, text = spacelessText(l)): (Title & { continued: boolean }) | undefined {
  // Every title ends in 表: a line without one is no title, whatever is cut from it.
  if (l.cells.length > 3 || !text.includes('表')) return undefined;
  let t = text.replace(DATE, '').replace(/[“”"‘’'〝〞]/gu, '').replace(/[（(]?公开0?[1-9]表[）)]?/u, '');
  t = t.replace(ORDINAL, '');
  const continued = CONTINUED.test(t);
  t = t.replace(CONTINUED, '');
  for (const x of TITLES) {
    if (t.endsWith(x.title) && TITLE_PREFIX.test(t.slice(0, t.length - x.title.length).replace(TABLE_NUMBER, ''))) return { ...x, continued };
  }
  return undefined;
}

/**
 * Page numbers, and lines at the edge of most pages (three at least) that repeat there (digits aside), are not the tables'.
 * A line stating a unit or a table's number (`公开 05 表　单位：元`, `编制单位：…　公开 02 表　单位：元`) is each table's own
 * heading, at the top of every page where each table starts a page: never a running header.
 */
export function withoutRunningLines(lines: PlacedLine[]): PlacedLine[] {
  const byPage = new Map<number, PlacedLine[]>();
  for (const l of lines) {
    if (!l.cells.some((c) => c.text.trim() !== '')) continue;
    const page = byPage.get(l.page);
    if (page) page.push(l); else byPage.set(l.page, [l]);
  }
  const edges = new Set<PlacedLine>();
  for (const ls of byPage.values()) for (const l of [...ls.slice(0, 2), ...ls.slice(-2)]) edges.add(l);
  // each edge line's text without spaces, and that with its digits as # (a running line's key)
  const texts = new Map<PlacedLine, { text: string; key: string }>();
  const pages = new Map<string, Set<number>>();
  for (const l of edges) {
    const text = spacelessText(l);
    const key = text.replace(/\d+/gu, '#');
    texts.set(l, { text, key });
    pages.set(key, (pages.get(key) ?? new Set()).add(l.page));
  }
  return lines.filter((l) => {
    const edge = texts.get(l);
    if (!edge) return true;
    if (PAGE_NUMBER.test(withoutFrame(lineText(l))) && !insideCell(l, byPage.get(l.page)!) && !restOfRow(l, byPage.get(l.page)!, byPage.get(l.page - 1))) return false;
    // (a code's 6 digits, 208050 over 1, are a table's too)
    const data = cellsOf(l).some((c) => c.kind !== 'text' || /^\d+$/u.test(c.text)) || titleOf(l, edge.text) !== undefined || MARKER_IN.test(edge.text) || statesUnit(lineText(l));
    // A running header is on most pages; a name that ends a table on three pages is not one.
    return data || (pages.get(edge.key)?.size ?? 0) < Math.max(3, byPage.size / 2);
  });
}

/**
 * Whether a line that reads as a page number is part of a table's last or first row on the page: a
 * line of it stands closer than a line and a half further out (出 5 5 under 208, a 类 code and a name
 * wrapped around it), a line within that reach starts where it starts (22102 over 03, a code wrapped in
 * its column), or it holds two figures apart (9　9, the ends of two amounts a narrow column wrapped).
 */
function insideCell(l: PlacedLine, page: readonly PlacedLine[]): boolean {
  if (l.cells.filter((c) => /\d/u.test(c.text)).length >= 2) return true;
  if (l.h === undefined) return false;
  const h = l.h;
  const near = page.filter((o) => o !== l && Math.abs(o.y - l.y) < 1.6 * Math.max(h, o.h ?? h));
  const i = page.indexOf(l);
  const out = i < page.length / 2 ? page[i - 1] : page[i + 1];
  // (or a piece of a code wrapped in its column, 22102 over 03: a line within reach holds a cell edge to edge with it)
  return (out !== undefined && near.includes(out))
    || near.some((o) => o.cells.some((c) => l.cells.some((d) => Math.abs(c.x0 - d.x0) <= 0.3 * h)));
}

/** The start of a code or an amount a narrow cell wrapped (201030, 1,474.2) and the rest of it atop the next page, each where the other's edge is. */
const CODE_START = /^\d{4,6}$/u;
const AMOUNT_START = /^-?\d[\d,]*\.\d?$/u;

/**
 * Whether a page's first line, read as a page number (1), is the rest of the previous page's last row, its
 * cell split by the page break: the previous page's last line holds the start of a code (201030) where the
 * number starts, or of an amount (1,474.2) where it ends.
 */
function restOfRow(l: PlacedLine, page: readonly PlacedLine[], before: readonly PlacedLine[] | undefined): boolean {
  const last = before?.[before.length - 1];
  if (page[0] !== l || !last || l.h === undefined) return false;
  const slack = 0.3 * l.h;
  return last.cells.some((c) => l.cells.some((d) => (CODE_START.test(c.text) && Math.abs(c.x0 - d.x0) <= slack) || (AMOUNT_START.test(c.text) && Math.abs(c.x1 - d.x1) <= slack)));
}

export interface Segment {
  n: number;
  lines: PlacedLine[];
  title: string;
  /** the title's line */
  head: PlacedLine;
  /** the page the title stands on */
  page: number;
  note?: string;
  /** no table under the title, only the sentence that it is empty (本单位无…，故本表为空表): 本表无数据 */
  sentenceOnly?: true;
  /**
   * A continuation page whose header names other columns than the first page's (a wide table split by
   * columns: 事业收入 … 其他收入 on the page after 本年收入合计 … 上级补助收入): its header line, the column
   * words the first page does not have, and its lines, which are not read as rows under the first page's columns
   */
  otherColumns?: { at: PlacedLine; words: string[]; lines: PlacedLine[] };
}

/** A column header's words for comparing a continuation page's header with the first page's: no unit, no 编制单位. */
const headerWords = (line: PlacedLine) => line.cells.map((c) => squash(c.text))
  .filter((t) => t.length >= 2 && !UNIT_AT_START.test(t) && !/^编制|单位[：:]|^公开0\d表|表(?:[（(]续[）)])?$/u.test(t));

/** The key columns' words (a subject's code and name), which every part of a table split by columns repeats. */
const KEY_COLUMN = /^(?:项目|科目|科目编码|科目名称|功能分类|支出功能分类|经济分类|编码|名称|类|款|项)/u;

/**
 * A subject table's lines up to a page whose header names other columns (Segment.otherColumns): a later page's
 * header (from its first line with a header word, 科目编码 or 项目, to its first row) holds column words the first
 * page's header lines do not, and none of its amount columns' (only the key columns, code and name, repeated).
 * A continuation page repeating the header, or printing none, goes on as before.
 */
function cutAtOtherColumns(seg: Segment): void {
  if (!SUBJECT_TABLES.has(seg.n)) return;
  const isRow = (l: PlacedLine) => cellsOf(l).some((c) => c.kind === 'code' || c.kind === 'amount');
  const startsHeader = (l: PlacedLine) => l.cells.some((c) => TABLE_HEADER.test(squash(c.text)));
  const headerOf = (from: number): { at: number; words: string[] } | undefined => {
    const page = seg.lines[from]!.page;
    let i = from;
    while (i < seg.lines.length && seg.lines[i]!.page === page && !startsHeader(seg.lines[i]!) && !isRow(seg.lines[i]!)) i++;
    if (i >= seg.lines.length || seg.lines[i]!.page !== page || !startsHeader(seg.lines[i]!)) return undefined;
    const words: string[] = [];
    for (let j = i; j < seg.lines.length && seg.lines[j]!.page === page && !isRow(seg.lines[j]!); j++) appendAll(words, headerWords(seg.lines[j]!));
    return { at: i, words };
  };
  if (seg.lines.length === 0) return;
  const first = headerOf(0);
  if (!first) return;
  const known = first.words.join('|');
  // A word the first header has, or one made of its words (附属单位上缴收入 where the first page wrapped it: 附属单位 / 上缴收入).
  const has = (w: string) => known.includes(w) || first.words.reduce((rest, k) => rest.split(k).join(''), w).length < 2;
  for (let i = 1; i < seg.lines.length; i++) {
    if (seg.lines[i]!.page === seg.lines[i - 1]!.page) continue;
    const next = headerOf(i);
    const other = next?.words.filter((w) => !has(w)) ?? [];
    // (a continuation repeating an amount column's word is the same table's header again, however worded)
    if (!next || other.length === 0 || next.words.some((w) => has(w) && !KEY_COLUMN.test(w))) continue;
    seg.otherColumns = { at: seg.lines[next.at]!, words: other, lines: seg.lines.slice(i) };
    seg.lines = seg.lines.slice(0, i);
    return;
  }
}

/**
 * Each table's lines, from its title to the next title or Part; a title with no table under it
 * (the contents) is passed over, and a title repeated for the same table (续) continues it.
 * A 公开0N表 marker starts table N too, when no known title does (a title worded otherwise);
 * the marker under a known title is part of that table. `headerless` collects the titles passed
 * over although rows of figures stand under them (a header in words not known as one).
 * `pageBound`: a table ends with its page at the latest (a workbook's sheet). `again` collects the tables
 * titled again, with a header, after the table was found (another set of the nine tables): not read.
 */
export function segments(lines: PlacedLine[], headerless?: Map<number, { title: string; page: number }>, pageBound = false, again?: Segment[]): Map<number, Segment> {
  const texts = lines.map(spacelessText);
  const marks: Array<{ at: number; n: number; t?: Title & { continued: boolean } }> = [];
  lines.forEach((l, at) => {
    const t = titleOf(l, texts[at]);
    if (t) { marks.push({ at, n: t.n, t }); return; }
    const marker = MARKER.exec(texts[at]!);
    const last = marks[marks.length - 1];
    if (marker && !(last?.t && last.n === Number(marker[1]))) marks.push({ at, n: Number(marker[1]) });
  });
  const byTitle = new Map<number, Segment>();
  const byMarker = new Map<number, Segment>();
  let previous: { n: number; segment: Segment; end: number } | undefined;
  marks.forEach((m, i) => {
    const next = i + 1 < marks.length ? marks[i + 1]!.at : lines.length;
    let end = m.at + 1;
    // (a workbook's table ends with its sheet: the next sheet's title row, not read as one, is no row of it)
    while (end < next && !PART.test(texts[end]!) && !(pageBound && lines[end]!.page !== lines[m.at]!.page)) end++;
    // A table's number on a line of its own (表二) over the next title is that title's, not a row of this table.
    let last = end;
    while (last > m.at + 1 && end === next && TABLE_LABEL.test(texts[last - 1]!)) last--;
    const body = lines.slice(m.at + 1, last);
    // The same table's title again straight after it (a continuation page): its lines go on.
    if (previous && previous.n === m.n && previous.end === m.at && (m.t?.continued || m.t)) {
      // (its 公开0N表 marker is part of its title, as under the first title: no row of the table)
      appendAll(previous.segment.lines, body.filter((_, i) => Number(MARKER.exec(texts[m.at + 1 + i]!)?.[1]) !== m.n));
      previous.end = end;
      return;
    }
    const isTable = body.some((l) => l.cells.some((c) => isHeaderCell(squash(c.text))));
    // A title over rows of figures with no header word known: a table not read, not one absent (the contents' titles have no figures).
    if (!isTable && m.t && headerless && !headerless.has(m.n) && body.filter((l) => cellsOf(l).some((c) => c.kind === 'amount')).length >= 2) {
      headerless.set(m.n, { title: lineText(lines[m.at]!), page: lines[m.at]!.page });
    }
    const found = m.t ? byTitle : byMarker;
    const title = lineText(lines[m.at]!).replace(DATE, '').trim();
    // A table found already, titled again over a header of its own: another set of the tables (a second department's), not read.
    if (isTable && m.t && found.has(m.n) && again) again.push({ n: m.n, lines: body, title, head: lines[m.at]!, page: lines[m.at]!.page });
    // A subject table's title over nothing but the sentence that the table is empty (本单位无…，故本表为空表。, no grid):
    // the table is there, with no data, as an empty grid with that note under it.
    const sentenceOnly = !isTable && m.t !== undefined && SUBJECT_TABLES.has(m.n) && onlyEmptySentence(body);
    if ((!isTable && !sentenceOnly) || found.has(m.n)) { previous = undefined; return; }
    const note = m.t ? m.t.note?.(title) : `公开0${m.n}表：表名不是标准的“${TABLE_TITLES[m.n]}”，按“${title}”标记读取，请核对`;
    const segment: Segment = { n: m.n, lines: body, title, head: lines[m.at]!, page: lines[m.at]!.page, ...(note ? { note } : {}), ...(sentenceOnly ? { sentenceOnly } : {}) };
    found.set(m.n, segment);
    previous = { n: m.n, segment, end };
  });
  for (const [n, seg] of byMarker) if (!byTitle.has(n)) byTitle.set(n, seg);
  for (const seg of byTitle.values()) cutAtOtherColumns(seg);
  return byTitle;
}

/** The tables of subjects (科目编码, 科目名称 and amounts): 02, 03, 05, 07, 08. */
const SUBJECT_TABLES = new Set([2, 3, 5, 7, 8]);

/** A title's lines that are only the sentence saying the table is empty (a few lines, no figure): 本单位无…，故本表为空表。 */
function onlyEmptySentence(body: readonly PlacedLine[]): boolean {
  if (body.length === 0 || body.length > 6) return false;
  if (body.some((l) => cellsOf(l).some((c) => c.kind === 'amount'))) return false;
  return EMPTY_TABLE.test(body.map(spacelessText).join(''));
}

/** Titles passed over although rows of figures stand under them (segments' `headerless`), by table number. */
export type Headerless = Map<number, { title: string; page: number }>;

/** A document's segments: each table's, the titles passed over (segments' `headerless`), and the tables titled again (`again`). */
interface Segmented { segments: Map<number, Segment>; headerless: Headerless; again: Segment[] }

const SEGMENTED = new WeakMap<readonly PlacedLine[], Segmented>();

/**
 * The tables' segments of a document's placed lines (figures made ASCII, running lines dropped unless
 * `keepRunningLines`: a workbook's, each table ending with its sheet), made once for the lines: the importer (readTables) and review's table regions (tableRegionLines) read the same.
 * Neither changes them.
 */
export function documentSegments(all: PlacedLine[], keepRunningLines = false): Segmented {
  if (keepRunningLines) {
    const headerless: Headerless = new Map();
    const again: Segment[] = [];
    return { segments: segments(withAsciiFigures(all), headerless, true, again), headerless, again };
  }
  let found = SEGMENTED.get(all);
  if (!found) {
    const headerless: Headerless = new Map();
    const again: Segment[] = [];
    found = { segments: segments(withoutRunningLines(withAsciiFigures(all)), headerless, false, again), headerless, again };
    SEGMENTED.set(all, found);
  }
  return found;
}

/**
 * What to say of another set of the nine tables (three tables at least titled again, each with a header,
 * after the first set: a second department's in the same file), or undefined: where it stands, whose it
 * says it is, and that it was not read.
 */
export function anotherSet(again: readonly Segment[]): string | undefined {
  const tables = [...new Set(again.map((s) => s.n))].sort((a, b) => a - b);
  if (tables.length < 3) return undefined;
  const pages = again.map((s) => s.page);
  const [first, last] = [minOf(pages), maxOf([...pages, ...again.flatMap((s) => s.lines.map((l) => l.page))])];
  let unit: string | undefined;
  for (const s of again) {
    for (const l of s.lines.slice(0, 4)) {
      // (its cells may run together with the year, the table's number and the unit after it)
      unit ??= /编制(?:单位|部门)\s*[：:]\s*(\S+?)(?=\s|(?:19|20)\d{2}年|公开0|（?金额单位|单位[：:]|$)/u.exec(lineText(l))?.[1];
    }
  }
  const names = tables.length === 9 ? '九张表' : tables.map((n) => `公开0${n}表`).join('、');
  return `第 ${first}${last > first ? `–${last}` : ''} 页有另一组决算表（${names}${unit ? `，编制单位：${unit}` : ''}），`
    + '可能是另一个单位的决算，没有导入，也没有审校；只读了文件中的第一组表';
}

/** The 年度 a table's heading states (2024年度 in its title or the 编制单位 line under it), if it states one. */
function statedYear(seg: Segment): number | undefined {
  for (const l of [seg.head, ...seg.lines.slice(0, 4)]) {
    const y = /((?:19|20)\d{2})\s*年度/u.exec(lineText(l))?.[1];
    if (y) return Number(y);
  }
  return undefined;
}

/** The one 年度 a set of tables states (every table stating one states the same), or undefined. */
function setYear(set: readonly Segment[]): number | undefined {
  const years = new Set(set.flatMap((s) => { const y = statedYear(s); return y === undefined ? [] : [y]; }));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * Where the first set of tables and another set after it (anotherSet) state different 年度 (this year's
 * tables and last year's, in either order): what to say, for neither is taken because it comes first;
 * undefined where they state the same year, or not one each.
 */
export function setsOfOtherYears(first: readonly Segment[], again: readonly Segment[]): string | undefined {
  if (anotherSet(again) === undefined) return undefined;
  const [a, b] = [setYear(first), setYear(again)];
  if (a === undefined || b === undefined || a === b) return undefined;
  const pages = (set: readonly Segment[]) => {
    const p = set.map((s) => s.page);
    const [from, to] = [minOf(p), maxOf(p)];
    return `第 ${from}${to > from ? `–${to}` : ''} 页`;
  };
  return `文件中有两组决算表，年度不同（${pages(first)}为 ${a} 年度，${pages(again)}为 ${b} 年度），不能确定哪一组是本年的决算，`
    + '两组都没有导入；请只留下本年的一组表（或分开成两个文件）后再导入';
}

/** A note under a table (注：…, 说明：…) or its 本表无数据 mark. */
const TABLE_NOTE = /^(?:注|说明)[：:]|本表\s*(?:无数据|为空)/u;
/** A line of sentences: it ends one, or holds a comma or semicolon between words. */
const SENTENCE = /[。！？]$|[，；]/u;

/**
 * The lines the tables stand on: each table's title, its heading and rows down to the last row with a
 * figure, a code, a header or its 本表无数据, and the note straight under it (注：… over its lines).
 * What follows (words of a Part 3 with no title of its own) is not the table's.
 */
export function tableRegionLines(all: PlacedLine[]): PlacedLine[] {
  const out: PlacedLine[] = [];
  const { segments: found, again } = documentSegments(all);
  for (const seg of [...found.values(), ...again]) {
    out.push(seg.head);
    const texts = seg.lines.map(spacelessText);
    let last = -1;
    seg.lines.forEach((l, i) => {
      const t = texts[i]!;
      const row = !SENTENCE.test(t) && (cellsOf(l).some((c) => c.kind !== 'text') || l.cells.some((c) => isHeaderCell(squash(c.text))));
      if (row || TABLE_NOTE.test(t)) last = i;
    });
    // A note runs on over a line or two, to its sentence's end.
    for (let k = 0; k < 2 && last >= 0 && last + 1 < seg.lines.length && TABLE_NOTE.test(texts[last - k]!) && !/[。！？]$/u.test(texts[last]!); k++) last++;
    // The end of the last row's name, wrapped onto a line or two under it (…出让收入 / 安排的支出): no sentence, no title.
    for (let k = 0; k < 2 && last >= 0 && last + 1 < seg.lines.length && !TABLE_NOTE.test(texts[last]!); k++) {
      const t = texts[last + 1]!;
      if (SENTENCE.test(t) || /[：:]/u.test(t) || t.length > 20 || ORDINAL.test(t) || PART.test(t) || /^[（(][一二三四五六七八九十]+[)）]/u.test(t)) break;
      last++;
    }
    appendAll(out, seg.lines.slice(0, last + 1));
    // (a continuation page of other columns, not read: its rows are the table's all the same)
    if (seg.otherColumns) appendAll(out, seg.otherColumns.lines.filter((l) => !SENTENCE.test(spacelessText(l))));
  }
  return out;
}
