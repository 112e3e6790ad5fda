/**
 * Findings placed on their document, for the reports a person looks at (the
 * HTML report, the annotated PDF, the table of all findings): each lint or
 * review message with the words it is about — on a PDF, the rectangles of
 * those words on their page (pdf.ts rectsOf); in a text or Word document,
 * their offsets in the text shown — and each table finding with its cells and
 * the page of its table. Nothing is found anew here: these are the messages
 * of `lint` and `review`, in the same number, only given a place.
 */
import { basename } from 'node:path';
import type { DocumentOrigin } from '../documents/index.js';
import { rectsOf } from '../documents/pdf.js';
import { LineIndex } from '../lint/extract.js';
import type { LintMessage, LintResult } from '../lint/lint.js';
import type { ReviewDocument } from '../review/document.js';
import type { ReviewCheck, ReviewResult } from '../review/review.js';
import { placeOf } from './columns.js';
import { parseAmount, type Decimal } from '../data/amount.js';
import { formatNumber, TABLE_STYLE } from '../format/number.js';
import { pathKey } from '../import/tables.js';
import { placeName } from '../import/place.js';
import { RULE_HELP } from './rule-help.js';
import { RULE_INFO } from '../check/index.js';
import { minOf } from '../util/arrays.js';

/**
 * Not by colour alone: each kind has its own name, mark and line style in the reports. A table the
 * review does not judge against (it fails its own identities as read) is its own kind: neither the
 * document's error nor a warning about a figure, but a table to compare with the original.
 */
export type FindingKind = 'error' | 'warning' | 'unverified' | 'table';

export const KIND_NAMES: Record<FindingKind, string> = { error: '错误', warning: '警告', unverified: '无法核对', table: '表不作核对依据' };
export const KIND_MARKS: Record<FindingKind, string> = { error: '✖', warning: '▲', unverified: '？', table: '⊘' };

const RULE_SHORT = new Map(RULE_HELP.map((r) => [r.id, r.short]));
const OTHER_RULES = new Map([['table-unreliable', '决算表不作核对依据'], ['year-contradiction', '年度前后不一致']]);
const CHECK_RULES = new Set(RULE_INFO.map((r) => r.id));

/** A rule's name in Chinese, as a finding shows it to the reader (its id stays in the tooltip). */
export function ruleName(id: string): string {
  return RULE_SHORT.get(id) ?? OTHER_RULES.get(id) ?? (CHECK_RULES.has(id) ? '决算表勾稽核对' : `规则 ${id}`);
}

/** A finding told in full, for a tooltip or a PDF note: what is wrong, what it should be, the cells, the rule, where. */
export function findingText(f: LocatedFinding): string {
  return [
    `${KIND_MARKS[f.kind]} ${KIND_NAMES[f.kind]} ${f.n}：${f.message}`,
    f.expected !== undefined ? `应为：${f.expected}` : '',
    f.cells && f.cells.length > 0 ? `单元格：${f.cells.slice(0, 6).map((c) => `${c.label} ${c.value}`).join('；')}${f.cells.length > 6 ? ' …' : ''}` : '',
    `规则：${f.ruleId}${RULE_SHORT.has(f.ruleId) ? `（${RULE_SHORT.get(f.ruleId)}）` : ''}`,
    `位置：${f.place}`,
  ].filter(Boolean).join('\n');
}

export interface LocatedFinding {
  /** 1-based, in the order of the document */
  n: number;
  kind: FindingKind;
  ruleId: string;
  message: string;
  expected?: string;
  actual?: string;
  /** where, in words: 第 18 页 7 行, 第 12 段, 12:5, 公开06表 */
  place: string;
  /** the sentence it is about (PDF, Word) */
  excerpt?: string;
  /** text findings: the words marked, as the text has them */
  words?: string;
  /** text findings in a text or Word document: offsets [start, end) in the text shown */
  range?: [number, number];
  /** PDF: the page it stands on (its words', or its table's), 1-based */
  page?: number;
  /** PDF: the rectangles of its words (a table finding's: its cells' amounts) on that page, in PDF user space (x0, y0, x1, y1) */
  rects?: Array<[number, number, number, number]>;
  /** PDF: a table finding's cells on other pages than `page`, or a text finding's words that run onto the next page */
  more?: Array<{ page: number; rects: Array<[number, number, number, number]> }>;
  /** table findings: the table (公开06表) and the cells the identity adds up, the whole first */
  table?: string;
  cells?: LocatedCell[];
}

/** A table finding's cell: its name and amount, and where the source prints that amount when it was found there. */
export interface LocatedCell {
  label: string;
  value: string;
  /** 第 6 页 13 行 (PDF), 第 13 行 (text, Word): where the amount was read */
  at?: string;
  /** the amount is marked where the document prints it (PDF: on its glyphs; text and Word: as read on that line) */
  marked?: boolean;
}

export interface LocatedDocument {
  filePath: string;
  /** the file's name, for titles and downloads */
  name: string;
  kind: 'pdf' | 'docx' | 'text';
  department?: string;
  year?: number;
  /** tables: problems of tables the review does not judge against */
  counts: { errors: number; warnings: number; unverified: number; verified: number; tables: number };
  /** review only: the checks that ran, the tables read, the import's notes */
  checks?: ReviewCheck[];
  tables?: ReviewResult['tables'];
  notes?: string[];
  previousFile?: string;
  findings: LocatedFinding[];
  /** text and Word documents: the text the linter read (Markdown, or Word's text as Markdown) */
  text?: string;
  /** PDF: page sizes in points, as the text was extracted */
  pageSizes?: Array<[number, number]>;
}

/** The kind of a lint message: an unverified figure is neither error nor warning to the reader. */
export function kindOf(m: { severity: 1 | 2; ruleId: string }): FindingKind {
  return m.severity === 2 ? 'error' : m.ruleId === 'unverified-figure' ? 'unverified' : 'warning';
}

const round = (v: number): number => Math.round(v * 100) / 100;

/** Text findings of one document: where each message's words stand. */
function textFindings(messages: readonly LintMessage[], text: string, origin: DocumentOrigin | undefined): LocatedFinding[] {
  const lines = new LineIndex(text);
  return messages.map((m) => {
    const range: [number, number] = m.textRange ?? [lines.offsetOf(m.line, m.column), lines.offsetOf(m.endLine, m.endColumn)];
    const words = text.slice(range[0], range[1]);
    const base: LocatedFinding = {
      n: 0, kind: kindOf(m), ruleId: m.ruleId, message: m.message, place: m.page !== undefined || m.paragraph !== undefined ? placeOf(m) : `第 ${m.line} 行`,
      ...(m.expected !== undefined ? { expected: m.expected } : {}),
      ...(m.actual !== undefined ? { actual: m.actual } : {}),
      ...(m.excerpt ? { excerpt: m.excerpt } : {}),
      ...(words.trim() !== '' ? { words } : {}),
    };
    if (origin?.kind === 'pdf') {
      // A message with no words (no-part3, a whole-document notice) stays on its page, as a note.
      const rects = range[1] > range[0] ? rectsOf(origin.map, range[0], range[1]) : [];
      const page = rects[0]?.page ?? m.page;
      const box = (r: (typeof rects)[number]): Rect => [round(r.x0), round(r.y0), round(r.x1), round(r.y1)];
      const onPage = rects.filter((r) => r.page === page);
      const spill = rects.filter((r) => r.page !== page);
      // Words that run onto the next page are marked there too (`more`, as a table finding's cells), the place says so.
      const spillPages = [...new Set(spill.map((r) => r.page))];
      return {
        ...base,
        ...(page !== undefined ? { page } : {}),
        ...(onPage.length > 0 ? { rects: onPage.map(box) } : {}),
        ...(spill.length > 0 ? {
          place: `${base.place}（续至第 ${spill[0]!.page} 页）`,
          more: spillPages.map((p) => ({ page: p, rects: spill.filter((r) => r.page === p).map(box) })),
        } : {}),
      };
    }
    return range[1] > range[0] ? { ...base, range } : base;
  });
}

/** Numbers the findings in the order of the document: by page, top to bottom, then left to right. */
function numbered(findings: LocatedFinding[], byPosition: boolean): LocatedFinding[] {
  const order = findings.map((f, i) => ({ f, i }));
  if (byPosition) {
    const top = (f: LocatedFinding) => (f.rects?.[0] ? -f.rects[0][3] : -Infinity);
    const left = (f: LocatedFinding) => f.rects?.[0]?.[0] ?? 0;
    order.sort((a, b) => (a.f.page ?? Infinity) - (b.f.page ?? Infinity) || top(a.f) - top(b.f) || left(a.f) - left(b.f) || a.i - b.i);
  }
  return order.map(({ f }, k) => ({ ...f, n: k + 1 }));
}

function counts(findings: readonly LocatedFinding[], verified: number): LocatedDocument['counts'] {
  const count = (kind: FindingKind) => findings.filter((f) => f.kind === kind).length;
  return { errors: count('error'), warnings: count('warning'), unverified: count('unverified'), verified, tables: count('table') };
}

type Rect = [number, number, number, number];
type CellPath = readonly unknown[];

/**
 * A table finding on its cells: each cell with the amount the document prints, and where; on a PDF,
 * the boxes of the amounts found exactly where they were read (on the page of the first, the
 * rest under `more`), else, with no cell found, the page of its table, where a note stands.
 */
function onCells(base: Omit<LocatedFinding, 'n' | 'cells' | 'place'>, table: string, cells: ReadonlyArray<{ path: CellPath; label: string; value?: Decimal; digits?: number }>, document: ReviewDocument, cited: ReadonlyArray<{ page: number; line?: number }> = []): LocatedFinding {
  const isPdf = document.origin?.kind === 'pdf';
  const places = document.imported.cells ?? {};
  const byPage = new Map<number, Rect[]>();
  const located: LocatedCell[] = cells.map((c) => {
    const place = places[pathKey(c.path.map(String))];
    // A check's cell is the amount printed there only when that text reads as its value.
    const read = place ? parseAmount(place.wan ?? place.text) : undefined;
    const same = place !== undefined && read!.ok && (c.value === undefined || read!.value.eq(c.value));
    // As the tables print it (4,694.00), so the card reads like the page it points to.
    const value = c.value !== undefined ? formatNumber(c.value, { ...TABLE_STYLE, decimals: c.digits ?? TABLE_STYLE.decimals }) : place?.text ?? '';
    if (!same) return { label: c.label, value };
    const at = document.kind === 'pdf' ? placeOf(place) : placeName(document.kind, place.page, place.line);
    if (!isPdf) return { label: c.label, value, at, marked: true };
    if (!place.rect) return { label: c.label, value, at };
    byPage.set(place.page, [...(byPage.get(place.page) ?? []), place.rect]);
    return { label: c.label, value, at, marked: true };
  });
  const tablePage = isPdf ? document.imported.pages?.[table] : undefined;
  // No cell of it marked: the lines the problem names are (a text where an amount should be, a figure placed nowhere).
  if (isPdf && byPage.size === 0) {
    for (const c of cited) {
      const rect = c.line !== undefined ? document.lineRects?.[`${c.page}:${c.line}`] : undefined;
      const onPage = byPage.get(c.page) ?? [];
      if (rect && !onPage.some((r) => r.every((v, i) => v === rect[i]))) byPage.set(c.page, [...onPage, rect]);
    }
  }
  const [first, ...others] = [...byPage.keys()].sort((a, b) => a - b);
  // (no cell of it marked: the page the problem cites — a table's body may start on the page after its title)
  const citedPage = isPdf && cited.length > 0 ? minOf(cited.map((c) => c.page)) : undefined;
  const page = first ?? citedPage ?? tablePage;
  // The label names the page of the table it names: where that table's own amounts are marked, else its title's page
  // (a finding between tables starts on the other table's amount, on a page that may hold nothing of this one).
  const ownPages = isPdf ? cells.flatMap((c) => {
    const at = places[pathKey(c.path.map(String))];
    return String(c.path[0]) === table && at?.rect && located[cells.indexOf(c)]?.marked ? [at.page] : [];
  }) : [];
  const othersMarked = cells.some((c, i) => String(c.path[0]) !== table && located[i]?.marked === true);
  const named = ownPages.length > 0 ? minOf(ownPages) : othersMarked ? tablePage ?? page : page;
  return {
    ...base, n: 0, table, cells: located,
    place: named !== undefined ? `${table}（第 ${named} 页）` : table,
    ...(page !== undefined ? { page } : {}),
    ...(first !== undefined ? { rects: byPage.get(first)! } : {}),
    ...(others.length > 0 ? { more: others.map((p) => ({ page: p, rects: byPage.get(p)! })) } : {}),
  };
}

/** A cell of the data file by its path, as a person names it: 2013901 行政运行 财政拨款收入. */
const cellLabel = (path: readonly string[]): string => path.slice(1).filter((p) => p !== '科目').join(' ');

/** What an amount is called where the import could not tell its column: it is named by where it was read only. */
export const UNPLACED_LABEL = '所在栏未能确定';

/**
 * The cells an unreliable table's problem names that were read as amounts, each with its name — except in a table
 * whose cells could not all be placed (kind placement): there the names are the import's guesses, so each amount is
 * named by where it was read only, and once, however many of the guessed cells it was taken for.
 */
function namedCells(table: string, cells: ReadonlyArray<{ path: string[] }>, document: ReviewDocument): Array<{ path: string[]; label: string }> {
  const places = document.imported.cells ?? {};
  const read = cells.filter((c) => places[pathKey(c.path)]);
  if (!document.imported.unreliable?.some((u) => u.table === table && u.kind === 'placement')) return read.map((c) => ({ path: c.path, label: cellLabel(c.path) }));
  const seen = new Set<string>();
  return read.filter((c) => {
    const at = places[pathKey(c.path)]!;
    const key = `${at.page}:${at.line}:${at.x0}:${at.text}`;
    return seen.has(key) ? false : (seen.add(key), true);
  }).map((c) => ({ path: c.path, label: UNPLACED_LABEL }));
}

/** The text a text or Word document is shown by: Part 3, and in a text, the table notes on their own lines. */
function shownText(document: ReviewDocument): string {
  const notes = document.tableNotes;
  if (document.kind !== 'text' || !notes?.fileLines) return document.part3;
  const lines = document.part3.split('\n');
  notes.text.split('\n').forEach((l, i) => {
    const at = notes.fileLines![i];
    if (at && at.line >= 1 && at.line <= lines.length && lines[at.line - 1] === '') lines[at.line - 1] = ' '.repeat(at.indent) + l;
  });
  return lines.join('\n');
}

/**
 * The findings of the notes printed with the tables (review's table notes): on a PDF, on their
 * words; in a text, on the lines shown; in a Word document, by paragraph only (Part 3 is shown).
 */
function noteFindings(messages: readonly LintMessage[], document: ReviewDocument, shown: string): LocatedFinding[] {
  const notes = document.tableNotes;
  const own = messages.filter((m) => m.table !== undefined);
  if (own.length === 0 || !notes) return [];
  if (document.kind === 'text') return textFindings(own, shown, undefined);
  const found = textFindings(own, notes.text, notes.origin);
  return document.kind === 'pdf' ? found : found.map(({ range: _range, ...f }) => f);
}

/**
 * A review's findings on its document: the tables' on their cells (or their table's page), the
 * problems of the tables not judged against likewise, Part 3's on their words.
 */
export function locateReview(result: ReviewResult, document: ReviewDocument): LocatedDocument {
  const isPdf = document.origin?.kind === 'pdf';
  const tables: LocatedFinding[] = result.tableFindings.map((f) => onCells(
    { kind: f.severity === 'error' ? 'error' : 'warning', ruleId: f.ruleId, message: f.message },
    String(f.cells[0]?.path[0] ?? ''),
    f.cells.map((c) => ({ path: c.path, label: c.label, value: c.value, digits: f.counts ? 0 : 2 })),
    document,
  ));
  // Tables not judged against: each problem, with the cells it names that were read as amounts.
  const doubtful: LocatedFinding[] = result.tables.notImported.flatMap((t) => (t.problems ?? []).map((p) => onCells(
    { kind: 'table', ruleId: 'table-unreliable', message: p.reason },
    t.table,
    namedCells(t.table, p.cells, document),
    document,
    p.cells.flatMap((c) => (c.page !== undefined ? [{ page: c.page, ...(c.line !== undefined ? { line: c.line } : {}) }] : [])),
  )));
  // The document's own (a year it contradicts itself on): first, where no page is.
  const own: LocatedFinding[] = result.documentFindings.map((f) => ({ n: 0, kind: f.severity, ruleId: f.ruleId, message: f.message, place: '文件' }));
  const text = shownText(document);
  const findings = numbered([...own, ...tables, ...doubtful, ...noteFindings(result.lint.messages, document, text),
    ...textFindings(result.lint.messages.filter((m) => m.table === undefined), text, document.origin)], isPdf);
  return {
    filePath: result.filePath, name: basename(result.filePath), kind: document.kind,
    ...(result.department ? { department: result.department } : {}),
    year: result.year,
    counts: counts(findings, result.lint.verifiedCount),
    checks: result.checks, tables: result.tables, notes: result.notes,
    ...(result.previousFile ? { previousFile: result.previousFile } : {}),
    findings,
    ...(isPdf ? { pageSizes: document.origin?.kind === 'pdf' ? document.origin.pages ?? [] : [] } : { text }),
  };
}

/** A lint result's findings on its document (Markdown, or the text of a PDF or Word file). */
export function locateLint(result: LintResult, text: string, origin?: DocumentOrigin): LocatedDocument {
  const isPdf = origin?.kind === 'pdf';
  const findings = numbered(textFindings(result.messages, text, origin), isPdf);
  return {
    filePath: result.filePath, name: basename(result.filePath), kind: origin?.kind ?? 'text',
    counts: counts(findings, result.verifiedCount),
    findings,
    ...(isPdf ? { pageSizes: origin.pages ?? [] } : { text }),
  };
}
