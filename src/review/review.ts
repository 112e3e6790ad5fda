/**
 * juesuan review: a published document checked as it is, with no data file.
 * Its own tables are imported and checked (表内/表间勾稽); its Part 3 is
 * linted against them; what the tables cannot decide is verified against
 * last year's document when it is given, else only against the text itself
 * (change ↔ rate ↔ amount, parts ↔ whole) and otherwise listed as unverified.
 */
import { absentTableRule, checkAccounts, RULES, type Finding as CheckFinding } from '../check/index.js';
import { beyondTableRules } from '../check/beyond-tables.js';
import { placeMessages } from '../documents/index.js';
import { TABLE_TITLES } from '../data/model.js';
import { pagesNamed, pathKey, TABLE_PROBLEM_KINDS, TABLE_PROBLEM_WHAT, textlessNote, type ImportedTables, type TableProblem, type TableProblemKind } from '../import/tables.js';
import { placeName } from '../import/place.js';
import { LEVEL_MISREAD } from '../import/verify.js';
import { createLintContext, lintMarkdown, type LintContext, type LintMessage, type LintResult } from '../lint/lint.js';
import type { YearEvidence } from '../documents/identity.js';
import type { ReviewDocument } from './document.js';
import { joinPrintedLines } from './printed-lines.js';
import { departmentRelation, renamedLike } from './same-unit.js';
import { partialAccounts, reviewCatalog, TABLE_KEYS, vehicleUsesIn, type PartialAccounts, type PartialInput } from './partial.js';
import { appendAll } from '../util/arrays.js';
import { isObj } from '../facts/unknown.js';
import { parseAmount } from '../data/amount.js';
import { formatTableAmount } from '../format/number.js';
import { tableNoteMessages } from './table-notes.js';

/**
 * A table the review does not judge against: absent from the document, found but with no amounts
 * read, read but failing its own identities (the import's problems, with where), or refused.
 */
export interface TableNotUsed {
  table: string;
  title: string;
  status: 'absent' | 'unread' | 'unreliable' | 'unusable';
  reason: string;
  /** each problem with where its cells are, in words, and the cells themselves (their paths, page and line) */
  problems?: Array<{ reason: string; places: string[]; cells: TableProblem['cells'] }>;
}

/** The checks a review runs, in report order. */
export type CheckId = 'tables' | 'against-tables' | 'previous-year' | 'text';

export interface ReviewCheck {
  id: CheckId;
  /** in Chinese: 表内/表间勾稽 … */
  name: string;
  ran: boolean;
  /** in Chinese: on what it ran, or why not */
  detail: string;
}

export interface ReviewResult {
  filePath: string;
  department?: string;
  year: number;
  /** last year's document, when one was given or paired */
  previousFile?: string;
  checks: ReviewCheck[];
  /** the nine tables: imported and judged against, or not, with why (each table's problem once) */
  tables: { imported: string[]; notImported: TableNotUsed[] };
  /** the import's own notes (a table merged, 本表无数据 …) */
  notes: string[];
  /** findings about the document as a whole: a year it contradicts itself on */
  documentFindings: DocumentFinding[];
  /** 表内/表间勾稽 findings, on the imported tables only */
  tableFindings: CheckFinding[];
  /** Part 3 against the tables and itself */
  lint: LintResult;
  errorCount: number;
  warningCount: number;
}

/** A table finding with the place of the first of its cells the document's import placed (its page and line), as a user finds it. */
function placed(f: CheckFinding, doc: ReviewDocument): CheckFinding {
  if (f.line !== undefined) return f;
  for (const c of f.cells) {
    const at = cellPlace(doc, c.path.map(String));
    if (at) return { ...f, ...at };
  }
  return f;
}

/** Where a document's import placed a cell, as its user finds it (第 4 页第 8 行), with its page and line; undefined where it did not. */
function cellPlace(doc: ReviewDocument, path: readonly string[]): { page?: number; line: number; place: string } | undefined {
  const at = doc.imported.cells?.[pathKey(path)];
  if (!at) return undefined;
  const kind = doc.kind === 'docx' ? 'docx' : doc.kind === 'text' ? 'text' : 'pdf';
  return { ...(kind === 'pdf' ? { page: at.page } : {}), line: at.line, place: placeName(kind, at.page, at.line) };
}

/** The leaves of a table object in `under` (01's 收入 and 支出, 09's 决算数): each row's path and figure (null where blank). */
function leaves(table: unknown, path: readonly string[]): Array<{ path: string[]; value: unknown }> {
  if (!isObj(table)) return [];
  return Object.entries(table).flatMap(([k, v]) => (isObj(v) ? leaves(v, [...path, k]) : [{ path: [...path, k], value: v }]));
}

/**
 * The document's own columns of last year's figures (01's 上年数, 09's 上年决算数) cell by cell against last year's
 * document's 本年 figures of the same rows: each row both print (blank as 0), where both tables are judged against
 * (the column passed its table's identities on its own, last year's table its own and the others'). A figure that
 * differs is the document's slip (or last year's) — an error where both are one department's for certain, a warning
 * where the names leave the scope in doubt (本级 / the whole, or only alike) or a page is a scan's text layer.
 */
function lastYearColumnFindings(doc: ReviewDocument, previous: PreviousDocument, partial: PartialAccounts, sure: boolean): CheckFinding[] {
  const out: CheckFinding[] = [];
  const seen = new Set<string>();
  for (const [table, { column, table: printed }] of Object.entries(doc.imported.lastYearColumns ?? {})) {
    const theirs = previous.document.imported.tables[table];
    if (!partial.tables.has(table) || !previous.accounts.tables.has(table) || !isObj(theirs)) continue;
    const scan = ocrPagesOf(table, doc.imported).length > 0 || ocrPagesOf(table, previous.document.imported).length > 0;
    for (const { path, value } of leaves(printed, [])) {
      let other: unknown = theirs;
      for (const k of path) other = isObj(other) ? other[k] : undefined;
      // (a row last year's table does not print is no figure of it)
      if (other === undefined) continue;
      const [mine, last] = [parseAmount(value ?? ''), parseAmount(other ?? '')];
      if (!mine.ok || !last.ok || mine.value.eq(last.value)) continue;
      const cellPath = [table, ...path];
      // The column's own cell where the import recorded it (under the row's path and the column's name), else its row's.
      const ownCell = cellPlace(doc, [...cellPath, column]) ? [...cellPath, column] : cellPath;
      const here = cellPlace(doc, ownCell);
      const there = cellPlace(previous.document, cellPath);
      const row = path[path.length - 1]!;
      // One row of a table printed in one column is both sides' 总计: one finding.
      const key = `${here?.place ?? pathKey(cellPath)}|${mine.value.toFixed()}|${last.value.toFixed()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const diff = mine.value.minus(last.value);
      out.push({
        ruleId: 'last-year-column-mismatch', severity: sure && !scan ? 'error' : 'warning',
        message: `本文件${table}“${column}”一栏的“${row}”为 ${formatTableAmount(mine.value)} 万元${here ? `（${here.place}）` : ''}，`
          + `上年文件 ${previous.document.filePath} ${table}的“${row}”为 ${formatTableAmount(last.value)} 万元${there ? `（${there.place}）` : ''}，`
          + `${diff.isPositive() ? '多' : '少'} ${formatTableAmount(diff.abs())} 万元：上年数应与上年公开的决算数一致，请核对`,
        cells: [{ path: ownCell, label: `${table} ${row}（${column}）`, value: mine.value }],
        difference: diff,
        ...(here ?? {}),
      });
    }
  }
  return out;
}

/** The previous-year document a review is given: read, and its tables loaded. */
export interface PreviousDocument {
  document: ReviewDocument;
  accounts: PartialAccounts;
}

/** Why a document cannot be reviewed (exit 2): in Chinese, naming the file. */
export class ReviewInputError extends Error {
  constructor(readonly filePath: string, message: string) {
    super(message);
    this.name = 'ReviewInputError';
  }
}

/** 表内/表间勾稽: the identities of the tables; the rules about what lies beyond them have nothing to check here. */
const TABLE_RULES = RULES.filter((r) => !beyondTableRules.includes(r) && r !== absentTableRule);

/** --year and --department: what the user says a document is, over what the document says. */
export interface ReviewOptions {
  year?: number;
  department?: string;
}

/** A document's year: the option's, else what most of its evidence says, else its file name's; without one the year checks would guess. */
function yearOf(doc: ReviewDocument, options: ReviewOptions = {}): number {
  const year = options.year ?? doc.year;
  if (year === undefined) {
    throw new ReviewInputError(doc.filePath,
      '无法确定决算年度：文件中没有写明年度（如“2024 年度部门决算”“截至 2024 年 12 月 31 日”“与 2023 年度相比”），文件名中也没有；请用 --year 指定，如 --year 2024');
  }
  return year;
}

/** Evidence that says another year than the document's: a title, a table header or a year-end date. */
function dissentingYears(doc: ReviewDocument, year: number): YearEvidence[] {
  return doc.identity.evidence.filter((e) => e.year !== year && (e.kind === 'title' || e.kind === 'header' || e.kind === 'year-end'));
}

const excerpt = (line: string) => (line.length > 40 ? `${line.slice(0, 40)}…` : line);

/** The evidence for the document's year, in a few words: 文件中另有 14 处为 2024 年，如第 17 页“2024 年度收入支出总计”. */
function majorityText(doc: ReviewDocument, year: number): string {
  const agreeing = doc.identity.evidence.filter((e) => e.year === year);
  const example = agreeing.find((e) => e.kind === 'title' || e.kind === 'header') ?? agreeing[0];
  const at = example ? `，如${example.place ?? ''}“${excerpt(example.line)}”` : '';
  return `文件中另有 ${agreeing.length} 处表明为 ${year} 年度${at}`;
}

/**
 * The document's year against itself: where a title, a table header or a year-end date outside
 * Part 3 states another year than the rest, one error naming both places (Part 3's own the
 * linter reports, naming the rest in its message).
 */
function yearFindings(doc: ReviewDocument, year: number, options: ReviewOptions): DocumentFinding[] {
  if (options.year !== undefined || doc.identity.yearFrom !== 'document') return [];
  const outside = dissentingYears(doc, year).filter((e) => !e.inExplanation);
  if (outside.length === 0) return [];
  const places = outside.map((e) => `${e.place ?? ''}“${excerpt(e.line)}”`);
  const stated = [...new Set(outside.map((e) => e.year))].join('、');
  return [{
    ruleId: 'year-contradiction', severity: 'error',
    message: `文件的年度前后不一致：${places.join('、')}写的是 ${stated} 年，${majorityText(doc, year)}；按多数取 ${year} 年度审校`,
  }];
}

/** A finding about the document as a whole (its year), not about one table or one sentence. */
export interface DocumentFinding {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
}

/**
 * Tables the import read but could not vouch for: failing their own identities, or no amounts where
 * figures stand. The reason is what each of the table's figures says; the problem itself, with its
 * cells, is reported once, as the table's (tableNotUsed).
 */
function excludedTables(imported: ImportedTables): Array<{ table: string; reason: string }> {
  return [
    ...(imported.unreliable ?? []).map((p) => ({ table: p.table, reason: `${p.table}导入后${TABLE_PROBLEM_WHAT[p.kind ?? 'own']}：${SEE_TABLES}` })),
    ...(imported.unread ?? []).map((u) => ({ table: u.table, reason: `${u.table}中没有读出数字：${SEE_TABLES}` })),
    // Tables not found where pages print text with no text layer (outlines): not read, rather than absent.
    ...(imported.outlinedPages && imported.outlinedPages.length > 0
      ? Object.keys(TABLE_TITLES).filter((t) => !(t in imported.tables) && !(imported.unread ?? []).some((u) => u.table === t))
        .map((t) => ({ table: t, reason: `${t}没有读出（表页的文字没有文字层）：${SEE_TABLES}` }))
      : []),
  ];
}

const SEE_TABLES = '见报告中“不作核对依据的决算表”';

/** The identities of one table that its imported cells fail (an error of check, all its cells in that table). */
function ownIdentityFailures(partial: PartialAccounts, findings: readonly CheckFinding[]): TableProblem[] {
  return findings.flatMap((f) => {
    const tables = new Set(f.cells.map((c) => String(c.path[0])));
    const table = [...tables][0]!;
    if (f.severity !== 'error' || tables.size !== 1 || !partial.tables.has(table)) return [];
    return [{ table, kind: 'own' as const, reason: f.message, cells: f.cells.map((c) => ({ path: c.path.map(String) })) }];
  });
}

/**
 * The document's accounts from the tables the import vouches for. A table that fails an identity
 * of its own as imported (a row total, 类 = Σ款) is not judged against either, whoever made the
 * slip — the document or the import: what the import's own check did not find, review's does.
 */
function vouchedAccounts(base: Omit<PartialInput, 'excluded'>, imported: ImportedTables): {
  input: PartialInput; partial: PartialAccounts; unreliable: TableProblem[];
  /** 表内/表间勾稽 of `partial` (checkAccounts with TABLE_RULES): run once, read twice */
  identities: CheckFinding[];
} {
  const unreliable = [...(imported.unreliable ?? [])];
  const input: PartialInput = { ...base, excluded: excludedTables(imported) };
  let partial = partialAccounts(input);
  let identities = checkAccounts(partial.accounts, undefined, TABLE_RULES);
  const failing = ownIdentityFailures(partial, identities);
  if (failing.length > 0) {
    appendAll(unreliable, failing);
    input.excluded = excludedTables({ ...imported, unreliable });
    partial = partialAccounts(input);
    identities = checkAccounts(partial.accounts, undefined, TABLE_RULES);
  }
  return { input, partial, unreliable, identities };
}

/**
 * The tables of subjects by code (公开02/03/05/07/08表), 06 (read by the same reader: rows by code, a 决算数
 * column a block), and 01 (its income and expenditure by label, one amount column a side: no column to shift):
 * their reader says where a text stands in an amount column.
 */
const SLIP_TABLES: ReadonlySet<string> = new Set(['公开01表', '公开02表', '公开03表', '公开05表', '公开06表', '公开07表', '公开08表']);

/**
 * In a Word document every table is read cell by cell from its w:tc (not placed by geometry): 09 too, whose
 * PDF reader may leave an item's cell blank unsaid. Its own 合计 not adding up, every cell read, is the document's.
 */
const WORD_SLIP_TABLES: ReadonlySet<string> = new Set([...SLIP_TABLES, '公开09表']);

/**
 * The identities a table fails on its own where its reading is certain — every amount placed on its row
 * and column: no cell not placed, no row unread, nothing the loader refused, no identity with another table
 * failing. What fails there is the document's own slip (a row total that does not add up), reported as
 * `check` reports it: an error on those cells. The table is still not judged against.
 */
function ownSlips(input: PartialInput, imported: ImportedTables, unreliable: readonly TableProblem[], kind: ReviewDocument['kind']): { slips: CheckFinding[]; certain: Set<string> } {
  const slipTables = kind === 'docx' ? WORD_SLIP_TABLES : SLIP_TABLES;
  const notOwn = (p: TableProblem) => {
    if ((p.kind ?? 'own') !== 'own') return true;
    const details = p.details ?? [{ message: p.reason, cells: p.cells }];
    if (details.some((d) => d.message.startsWith(TABLE_PROBLEM_WHAT.load))) return true;
    // An identity with another table failing only at this table's cells that fail one of its own (a 合计 row whose
    // 小计 is no sum of its parts, printed so) says nothing more of the reading: the row's own slip explains it.
    // Only where the other table is vouched for on its own, and the table's own failures are one slip (they share
    // cells: one row printed wrong), not failures all over it (a font whose digits map to others: nothing read right).
    const cross = details.filter((d) => d.message.startsWith('与公开0'));
    if (cross.length === 0) return false;
    const ownDetails = details.filter((d) => !cross.includes(d));
    const own = new Set(ownDetails.flatMap((d) => d.cells.map((c) => pathKey(c.path))));
    const doubted = new Set(unreliable.filter((u) => u.table !== p.table).map((u) => u.table));
    if (sharingGroups(ownDetails.map((d) => new Set(d.cells.map((c) => pathKey(c.path))))).length !== 1) return true;
    return cross.some((d) => {
      const mine = d.cells.filter((c) => c.path[0] === p.table);
      const theirs = d.cells.filter((c) => c.path[0] !== p.table);
      return mine.length === 0 || !mine.every((c) => own.has(pathKey(c.path))) || theirs.some((c) => doubted.has(String(c.path[0])));
    });
  };
  // Only the tables the import itself checked and named for their own identities alone (its reading vouched for cell by cell),
  // never one read from a scan's text layer: a figure there may be misread (ocrPagesOf).
  const tables = new Set((imported.unreliable ?? []).map((p) => p.table).filter((t) => ocrPagesOf(t, imported).length === 0));
  const certain = new Set([...tables].filter((t) => !unreliable.some((p) => p.table === t && notOwn(p))
    && !(imported.unreadRows ?? []).some((r) => r.table === t) && !(imported.unread ?? []).some((u) => u.table === t)));
  if (certain.size === 0) return { slips: [], certain };
  const partial = partialAccounts({ ...input, excluded: (input.excluded ?? []).filter((e) => !certain.has(e.table)) });
  // Only the subject tables, 06 and 01: their reader says where a text stands in an amount column (8,485,500. / 00),
  // where the other readers may leave such a cell blank unsaid. And only a table whose failing totals are all
  // printed (read where they stand): a blank total beside parts with figures is more likely a cell not read
  // than the document's slip, and then so may be any blank of the table.
  const own = checkAccounts(partial.accounts, undefined, TABLE_RULES).flatMap((f) => {
    const involved = new Set(f.cells.map((c) => String(c.path[0])));
    const table = [...involved][0]!;
    return f.severity === 'error' && involved.size === 1 && certain.has(table) && partial.tables.has(table) && slipTables.has(table) ? [{ table, f }] : [];
  });
  const printed = (f: CheckFinding) => f.cells[0] !== undefined && imported.cells?.[pathKey(f.cells[0].path.map(String))] !== undefined;
  const doubtful = new Set(own.filter(({ f }) => !printed(f)).map(({ table }) => table));
  const slips = oneSlipEach(own.filter(({ table }) => !doubtful.has(table)).map(({ f }) => f));
  return { slips, certain: new Set(slips.map((f) => String(f.cells[0]!.path[0]))) };
}

/**
 * The failing identities of a table that share a cell, as one finding: one slip of the document (a 合计 row whose
 * every cell was printed wrong fails its row and each column's sum) is one error, its identities said together,
 * the one sharing a cell with each of the others first (the row's), its cells first.
 */
function oneSlipEach(findings: readonly CheckFinding[]): CheckFinding[] {
  const keys = findings.map((f) => new Set(f.cells.map((c) => pathKey(c.path.map(String)))));
  const out: CheckFinding[] = [];
  for (const members of sharingGroups(keys)) {
    const i = members[0]!;
    if (members.length === 1) {
      out.push(findings[i]!);
      continue;
    }
    const hub = members.find((h) => members.every((j) => j === h || [...keys[h]!].some((k) => keys[j]!.has(k)))) ?? i;
    const ordered = [hub, ...members.filter((j) => j !== hub)];
    const seen = new Set<string>();
    const cells = ordered.flatMap((j) => findings[j]!.cells).filter((c) => {
      const k = pathKey(c.path.map(String));
      return seen.has(k) ? false : (seen.add(k), true);
    });
    out.push({ ...findings[hub]!, message: ordered.map((j) => findings[j]!.message).join('；'), cells });
  }
  return out;
}

/** Sets of cells grouped where they share one, directly or through others: each group's indices, in order. */
function sharingGroups(keys: ReadonlyArray<ReadonlySet<string>>): number[][] {
  const group = keys.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) if ([...keys[i]!].some((k) => keys[j]!.has(k))) group[root(j)] = root(i);
  }
  const out = new Map<number, number[]>();
  keys.forEach((_, i) => {
    const r = root(i);
    out.set(r, [...(out.get(r) ?? []), i]);
  });
  return [...out.values()];
}

/** The pages of a scan's text layer (ImportedTables.ocrPages) that a table stands on: its title's, and its cells'. */
function ocrPagesOf(table: string, imported: ImportedTables): number[] {
  const ocr = imported.ocrPages;
  if (!ocr || ocr.length === 0) return [];
  const pages = new Set<number>();
  const title = imported.pages?.[table];
  if (title !== undefined) pages.add(title);
  for (const [key, at] of Object.entries(imported.cells ?? {})) if (key.startsWith(`${table}›`) && at.page !== undefined) pages.add(at.page);
  return ocr.filter((p) => pages.has(p));
}

/** The tables of a document loaded as accounts, on their own (no previous year): what --previous supplies. */
export function loadPrevious(doc: ReviewDocument): PreviousDocument {
  const year = yearOf(doc);
  return { document: doc, accounts: vouchedAccounts({ department: doc.department ?? '', year, tables: doc.imported.tables }, doc.imported).partial };
}

/** A cell's place: a Word file's paragraph or table row (it has no pages), a PDF's page and line, a text's line. */
const place = (kind: ReviewDocument['kind']) => (c: { page?: number; line?: number }): string =>
  kind === 'docx' ? placeName('docx', c.page, c.line)
    : c.page !== undefined ? `第 ${c.page} 页${c.line !== undefined ? ` ${c.line} 行` : ''}` : c.line !== undefined ? `第 ${c.line} 行` : '';

const NOT_RELIED_ON = '其中的数字不作为核对依据';
/** Why an unreliable table is not judged against, by its gravest problem: what the reviewer should look at. */
const UNRELIABLE_WHY: Readonly<Record<Exclude<TableProblemKind, 'load'>, string>> = {
  own: '（可能是文件本身的错误，也可能是导入有误，请对照原文）',
  cross: '（可能是文件本身的错误，也可能是导入有误，请对照原文）',
  placement: '（导入时未能确定这些数字属于哪一栏，请对照原文）',
  'row-unread': '（表中这一行的空白不是 0，请对照原文）',
};

/** A table not judged against, as the report lists it: once, with its problems and where they are. */
function tableNotUsed(table: string, unreliable: readonly TableProblem[], doc: ReviewDocument, partial: PartialAccounts, slipped = false): TableNotUsed {
  const title = TABLE_TITLES[table]!;
  const found = unreliable.filter((p) => p.table === table);
  if (found.length > 0) {
    const kind = TABLE_PROBLEM_KINDS.find((k) => found.some((p) => (p.kind ?? 'own') === k))!;
    const problems = found.map((p) => ({ reason: p.reason, places: [...new Set(p.cells.map(place(doc.kind)).filter((x) => x !== ''))], cells: p.cells }));
    const headline = `导入后${TABLE_PROBLEM_WHAT[kind]}`;
    // A table the loader refuses was not read as data at all: it says why, in the loader's words.
    if (kind === 'load') {
      const first = found.find((p) => p.kind === 'load')!;
      const details = first.details ?? [{ message: first.reason }];
      const more = details.length > 1 ? `（共 ${details.length} 处，见下）` : '';
      return { table, title, status: 'unusable', reason: `${headline}，${NOT_RELIED_ON}：${details[0]!.message}${more}`, problems };
    }
    const scanned = ocrPagesOf(table, doc.imported);
    const why = slipped ? '（表中每个数字的行和栏都已确定：是文件本身的错误，见决算表的问题）'
      // A scan's text layer: a figure misread is as likely as the document's slip.
      : scanned.length > 0 && (kind === 'own' || kind === 'cross') ? `（${pagesNamed(scanned)}是扫描图像上的文字识别层（OCR），数字可能识别有误，不一定是文件本身的错误：请对照页面图像核对）`
      // …whose words stand a little off their lines (a recogniser's boxes): a row or column left undecided is not guessed.
      : scanned.length > 0 && kind === 'placement' ? `（${pagesNamed(scanned)}是扫描图像上的文字识别层（OCR），识别出的文字位置略有偏差，导入时未能确定这些数字属于哪一行或哪一栏，没有猜测：请对照页面图像）`
      // …or a row whose code the import may have read a level off: the failing sums are then no slip of the document.
      : kind === 'placement' && found.some((p) => (p.details ?? []).some((d) => d.message.includes(LEVEL_MISREAD))) ? '（导入时未能确定一行科目编码的级次，各栏的类、款、项不能相加多半因此而来，不一定是文件本身的错误，请对照原文）'
      : UNRELIABLE_WHY[kind];
    return { table, title, status: 'unreliable', reason: `${headline}，${NOT_RELIED_ON}${why}`, problems };
  }
  const unread = (doc.imported.unread ?? []).find((u) => u.table === table);
  if (unread) return { table, title, status: 'unread', reason: `文件中有这张表，但未能读出数字：${unread.reason}` };
  const refused = partial.unusable.find((u) => u.table === table);
  if (refused) return { table, title, status: 'unusable', reason: `导入后${TABLE_PROBLEM_WHAT.load}，${NOT_RELIED_ON}：${refused.reason}` };
  // Pages that print something with no text layer (outlines): the table may be there, not read — not absent.
  const outlined = doc.imported.outlinedPages;
  if (outlined && outlined.length > 0) return { table, title, status: 'unread', reason: `文件中没有读到这张表${textlessNote(doc.imported.textlessPages, outlined)}` };
  return { table, title, status: 'absent', reason: `文件中没有找到这张表${textlessNote(doc.imported.textlessPages)}` };
}

const TABLES_ONLY = '文件中只有决算表，没有第三部分“部门决算情况说明”的文字，只核对了决算表本身；说明文字未审校';
const PART3_LOST = '未找到第三部分“部门决算情况说明”的正文：文件中另有带金额的说明文字，但未能确定第三部分从哪里开始（标题未能识别），说明文字未审校；请人工核对';

/** A sentence of amounts (…万元，… 占…%；), as Part 3 is written and a table's rows are not. */
const FIGURE_SENTENCE = /\d\s*(?:万元|%)\s*[，。；,]/u;

/**
 * Whether the document has Part 3's sentences where no Part 3 was read: lines of amounts and shares written as
 * sentences (three at least) outside what was taken for its explanation. Its Part 3 was then not found, not absent.
 */
function part3Lost(doc: ReviewDocument): boolean {
  let n = 0;
  for (const l of doc.lines) if (!l.inExplanation && FIGURE_SENTENCE.test(l.text) && ++n >= 3) return true;
  return false;
}

/**
 * A PDF or Word file of tables alone has no Part 3 to read once its tables are taken out (nothing,
 * or no figure and no section of Part 3, is left): it is not empty, and its tables were read; the notice says so.
 */
function tablesOnlyNotice(result: LintResult, doc: ReviewDocument): LintResult {
  const empty = (m: LintMessage) => m.ruleId === 'empty-document' || m.ruleId === 'no-part3';
  // (the text has Part 3's sentences elsewhere: its Part 3 was not found, which the notice says)
  const lost = result.messages.some(empty) && part3Lost(doc);
  if (!doc.tablesTakenOut) return lost ? { ...result, messages: result.messages.map((m) => (empty(m) ? { ...m, ruleId: 'no-part3', message: PART3_LOST } : m)) } : result;
  const message = lost || (onlyLeftovers(result, doc.part3) && part3Lost(doc)) ? PART3_LOST : TABLES_ONLY;
  if (onlyLeftovers(result, doc.part3)) {
    const notice = { ruleId: 'no-part3', severity: 1 as const, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { ...result, messages: [notice], errorCount: 0, warningCount: 1, unverifiedCount: 0 };
  }
  const messages = result.messages.map((m) => (empty(m)
    ? { ...m, ruleId: 'no-part3', message }
    : m));
  return { ...result, messages };
}

/** Words of Part 3 a leftover of a table's page never holds: its headings, or a sentence of amounts (…万元，…). */
const PART3_WORDS = /情况说明|第三部分|名词解释|总体情况|万元[，。；,]/u;

/**
 * Whether the text left once a file's tables are taken out is no Part 3 but what stood around them (a cover,
 * a contents, a workbook's columns spilled onto pages of their own, a date): no heading or sentence of Part 3,
 * no figure tied to a fact, nothing found but figures that could not be: its figures are no claims to verify.
 */
function onlyLeftovers(result: LintResult, text: string): boolean {
  return result.errorCount === 0 && result.verifiedCount === 0 && result.messages.length > 0
    && result.messages.every((m) => m.ruleId === 'unverified-figure') && !PART3_WORDS.test(text);
}

/** Part 3's findings with those of the notes printed with the trusted tables (故本表无数据 over a table holding amounts) first. */
function withTableNotes(part3: LintResult, doc: ReviewDocument, trusted: ReadonlySet<string>, ctx: LintContext): LintResult {
  const notes = doc.tableNotes;
  if (!notes) return part3;
  const own = tableNoteMessages(notes, trusted, ctx, doc.filePath);
  if (own.length === 0) return part3;
  const placed = notes.origin ? placeMessages({ ...part3, messages: own }, notes.text, notes.origin).messages : own;
  return { ...part3, messages: [...placed, ...part3.messages], errorCount: part3.errorCount + placed.filter((m) => m.severity === 2).length };
}

export function reviewDocument(doc: ReviewDocument, previous?: PreviousDocument, options: ReviewOptions = {}): ReviewResult {
  const year = yearOf(doc, options);
  const department = options.department ?? doc.department;
  // The import's advice to fill a missing table by hand is for a data file; here the table's absence is listed in the tables.
  const notes = doc.imported.notes.filter((n) => !/^未找到公开0[1-9]表/u.test(n));
  if (options.year === undefined && doc.identity.yearFrom === 'file-name') notes.push(`文件中没有写明年度，按文件名取 ${year} 年度；如不对，请用 --year 指定`);
  const documentFindings = yearFindings(doc, year, options);
  let relation: ReturnType<typeof departmentRelation> = 'same';
  if (previous) {
    const lastYear = yearOf(previous.document);
    if (lastYear !== year - 1) {
      throw new ReviewInputError(previous.document.filePath, `上年文件是 ${lastYear} 年度的决算，${doc.filePath} 是 ${year} 年度的，上年文件应为 ${year - 1} 年度`);
    }
    const [a, b] = [department, previous.document.department];
    relation = a && b && a !== b ? departmentRelation(a, b) : 'same';
    // Another department's figures are no 上年 of this one's: refused as a wrong year is (blind 19Y: 40 errors against them).
    if (relation === 'different') {
      throw new ReviewInputError(previous.document.filePath, `上年文件是${b}的决算，${doc.filePath} 是${a}的，不是同一部门：未按这个上年文件核对（上年文件应为本部门 ${year - 1} 年度的决算；部门名称读错时可用 --department 指定本文件的部门）`);
    }
    if (relation === 'scope') notes.push(`上年文件的部门（${b}）与本文件（${a}）一个是“本级”、一个不是，范围可能不同（本级只含部门机关本身），请确认选对了上年文件`);
    else if (relation === 'unsure') notes.push(`上年文件的部门（${b}）与本文件（${a}）不同，请确认选对了上年文件`);
  }
  const { input, partial, unreliable, identities } = vouchedAccounts({
    department: department ?? '', year, tables: doc.imported.tables, vehicleUses: vehicleUsesIn(doc.part3),
    ...(doc.imported.budgets ? { budgets: doc.imported.budgets } : {}),
    ...(doc.imported.previous ? { lastYearColumn: doc.imported.previous } : {}),
    ...(previous ? { previous: previous.accounts } : {}),
  }, doc.imported);
  const imported = TABLE_KEYS.filter((k) => partial.tables.has(k));
  const { slips, certain } = ownSlips(input, doc.imported, unreliable, doc.kind);
  const notImported = TABLE_KEYS.filter((k) => !partial.tables.has(k)).map((table) => tableNotUsed(table, unreliable, doc, partial, certain.has(table)));

  // Identities that touch a table the document did not supply are not checked: its zeros are no figures.
  const tableFindings = [...(imported.length === 0 ? [] : identities.filter((f) => f.cells.every((c) => partial.tables.has(String(c.path[0]))))), ...slips]
    .map((f) => placed(f, doc));
  if (previous) appendAll(tableFindings, lastYearColumnFindings(doc, previous, partial, relation === 'same'));

  const ctx = createLintContext(reviewCatalog(input, partial));
  // A document divided on its year: Part 3's wrong years name where the rest of it says otherwise.
  if (options.year === undefined && dissentingYears(doc, year).length > 0) ctx.yearSource = majorityText(doc, year);
  // A text file may be a PDF's printed lines (pdftotext -layout): its paragraphs are read whole.
  const printed = doc.kind === 'text' ? joinPrintedLines(doc.part3) : undefined;
  const linted = tablesOnlyNotice(lintMarkdown(printed?.text ?? doc.part3, ctx, { filePath: doc.filePath }), doc);
  const part3 = doc.origin ? placeMessages(linted, doc.part3, doc.origin) : printed ? printed.placeBack(linted) : linted;
  const lint = withTableNotes(part3, doc, new Set(imported), ctx);
  const tablesOnly = linted.messages.some((m) => m.message === TABLES_ONLY);
  const lostPart3 = linted.messages.some((m) => m.message === PART3_LOST);

  const missing = notImported.map((t) => t.table);
  const checks: ReviewCheck[] = [
    {
      id: 'tables', name: '表内/表间勾稽', ran: imported.length > 0,
      detail: imported.length === 0 ? '未进行（没有导入任何决算表）'
        : `${imported.length} 张表${missing.length > 0 ? `（未导入 ${missing.join('、')}，涉及它们的勾稽关系未核对）` : ''}`,
    },
    {
      id: 'against-tables', name: '说明文字与决算表核对', ran: imported.length > 0 && !tablesOnly && !lostPart3,
      detail: imported.length === 0 ? '未进行（没有导入任何决算表），表中的数字列为无法核对'
        : tablesOnly ? '未进行（文件中只有决算表，没有说明文字）'
        : lostPart3 ? '未进行（未找到第三部分的正文：文件中另有带金额的说明文字，标题未能识别）' : `对照导入的 ${imported.length} 张表`,
    },
    {
      id: 'previous-year', name: '与上年文件核对', ran: previous !== undefined,
      detail: previous ? `上年文件 ${previous.document.filePath}（${year - 1} 年度，导入 ${previous.accounts.tables.size} 张表）`
        : '未进行（未提供上年决算文件 --previous），上年数字只做文字自洽检查，其余列为无法核对',
    },
    { id: 'text', name: '文字自洽', ran: true, detail: '变动额 ↔ 变动率 ↔ 金额，完成率 ↔ 预算数 ↔ 决算数，金额 ↔ 整体 ↔ 占比，部分 ↔ 整体，决算数大于/小于预算数（按文件金额的位数）' },
  ];
  const own = [...documentFindings, ...tableFindings];
  const ownErrors = own.filter((f) => f.severity === 'error').length;
  // A table read but not vouched for is one warning, however many of its figures it leaves unverified.
  const doubtful = notImported.filter((t) => t.status !== 'absent').length;
  return {
    filePath: doc.filePath,
    ...(department ? { department } : {}),
    year,
    ...(previous ? { previousFile: previous.document.filePath } : {}),
    checks,
    tables: { imported, notImported },
    notes,
    documentFindings,
    tableFindings,
    lint,
    errorCount: ownErrors + lint.errorCount,
    warningCount: own.length - ownErrors + doubtful + lint.warningCount,
  };
}

/**
 * Last year's document for each document of a folder: the one of the same
 * department (as the headers state it) and the year before. Where a header
 * names no department, the file names stand in: the same name but for the year.
 */
export function pairWithLastYear(docs: readonly ReviewDocument[]): Map<ReviewDocument, ReviewDocument> {
  const pairs = new Map<ReviewDocument, ReviewDocument>();
  const nameKey = (d: ReviewDocument) => d.filePath.replace(/^.*[\\/]/u, '').replace(/(?:19|20)\d{2}/gu, '#');
  for (const doc of docs) {
    if (doc.year === undefined) continue;
    const before = docs.filter((d) => d !== doc && d.year === doc.year! - 1);
    // The same name first; else one department however written (教育局 / 教育局（汇总）), never 本级 for the whole.
    const last = before.find((d) => (doc.department && d.department ? d.department === doc.department : nameKey(d) === nameKey(doc)))
      ?? before.find((d) => doc.department && d.department && departmentRelation(doc.department, d.department) === 'same');
    if (last) pairs.set(doc, last);
  }
  return pairs;
}

/**
 * For a folder's documents left without last year's: the files of the year before that may be it — of the same name but
 * for 本级 (财政局本级 for 财政局: another scope, perhaps), or renamed (机关事务服务中心 → 机关事务管理局: the same places,
 * a telling part of the name shared, neither surely another department) where that file is itself left without a
 * next year's. Not paired, since the words do not show it is the same department and scope, but named in the summary
 * so that --previous can take one. A file of the year before paired with another document is not named (市场监督管理局
 * 2023, paired with 2024's, for its 高新区分局; 人民政府办公室 2023 for 人民政府研究室): too many would be.
 */
export function possibleLastYear(docs: readonly ReviewDocument[], pairs: ReadonlyMap<ReviewDocument, ReviewDocument>): Map<ReviewDocument, ReviewDocument[]> {
  const out = new Map<ReviewDocument, ReviewDocument[]>();
  const taken = new Set(pairs.values());
  for (const doc of docs) {
    if (doc.year === undefined || pairs.has(doc) || !doc.department) continue;
    const maybe = docs.filter((d) => {
      if (d === doc || d.year !== doc.year! - 1 || !d.department) return false;
      const relation = departmentRelation(doc.department!, d.department);
      return relation === 'scope' || (relation === 'unsure' && !taken.has(d) && renamedLike(doc.department!, d.department));
    });
    if (maybe.length > 0) out.set(doc, maybe);
  }
  return out;
}

/** The previous-year check of a result left without last year's file, naming the folder's files that may be it. */
export function withPossibleLastYear(result: ReviewResult, maybe: readonly ReviewDocument[]): ReviewResult {
  // (why each is not paired: another scope, or another name)
  const why = (d: ReviewDocument) => (result.department && d.department && departmentRelation(result.department, d.department) !== 'scope'
    ? '部门名称不同，可能是更名' : '一个是“本级”、一个不是，范围可能不同');
  const named = maybe.map((d) => `${d.filePath}（${d.department}，${d.year} 年度；${why(d)}）`).join('、');
  const checks = result.checks.map((c) => (c.id === 'previous-year' && !c.ran
    ? { ...c, detail: `未进行：目录中没有同一部门的上年文件；${named} 可能是本部门的上年文件，未自动配对，如确是，请用 --previous 指定；上年数字只做文字自洽检查，其余列为无法核对` }
    : c));
  return { ...result, checks };
}
