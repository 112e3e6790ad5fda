/**
 * Review's accuracy on a published document (npm run accuracy): its tables as
 * imported against a careful transcription (each cell-exact, or named as not
 * judged against — never used wrong), the errors on its text against its known
 * slips (each found; no other error), the share of its figures left unverified;
 * and the same document with one planted slip at a time — a title year, a 截至
 * date, a comparison word on a per-项 line, a figure changed, a table removed —
 * each found on its line, with no error anywhere else, and the document still
 * accepted.
 */
import { Decimal } from '../data/amount.js';
import { squash } from '../import/cells.js';
import { withPart3, type ReviewDocument } from '../review/document.js';
import { reviewDocument, ReviewInputError, type ReviewResult } from '../review/review.js';
import { TABLE_KEYS } from '../review/partial.js';
import type { LintMessage } from '../lint/lint.js';

type Obj = Record<string, unknown>;

/** A slip the document really has in Part 3: the figure or word as written, on the line holding `line`, and the rules that may report it. */
export interface KnownSlip {
  line: string;
  actual: string;
  rules: readonly string[];
}

export interface ReviewTruth {
  /** the nine tables as transcribed by hand (keys 公开01表 …), when there is a transcription */
  tables?: Obj;
  slips: readonly KnownSlip[];
  /** rules every error of which is a true finding (template-leftover, on a template) */
  trueRules?: readonly string[];
}

export type TableStatus = 'exact' | 'wrong' | 'not-used' | 'absent';

export interface PlantedResult {
  kind: 'title-year' | 'year-end' | 'comparison-word' | 'figure' | 'table-removed';
  /** what was changed, for reading */
  change: string;
  accepted: boolean;
  /** an error on the planted line (a removed table has none to find: undefined) */
  found: boolean | undefined;
  /** new errors elsewhere: false alarms */
  falseErrors: string[];
}

export interface ReviewAccuracy {
  accepted: boolean;
  refusal?: string;
  year?: number;
  tables: Array<{ table: string; status: TableStatus; differences: number }>;
  errors: number;
  falseErrors: string[];
  slips: { total: number; found: number; missed: string[] };
  figures: number;
  unverified: number;
  planted: PlantedResult[];
}

const errorsOf = (r: ReviewResult) => r.lint.messages.filter((m) => m.severity === 2);
const lineText = (text: string, line: number) => text.split('\n')[line - 1] ?? '';
const describe = (m: LintMessage) => `${m.page !== undefined ? `p${m.page} ` : ''}${m.line}:${m.column} ${m.ruleId} ${m.message}`;

/** Reviews, or says why the document was refused. */
function tryReview(doc: ReviewDocument): ReviewResult | string {
  try {
    return reviewDocument(doc);
  } catch (error) {
    if (error instanceof ReviewInputError) return error.message;
    throw error;
  }
}

/** Amount cells of a table as the data file writes them: path (subject rows by code) → value, zeros and blanks left out. */
function amountCells(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value === null || value === undefined) return out;
  if (typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Obj)) {
      if (k === '本表无数据' || k === '说明' || k.startsWith('!')) continue;
      // 2010301 行政运行 → 2010301: a wrapped name read otherwise is the same row.
      const key = /^\d{3,7}(?=\s|$)/u.exec(k)?.[0] ?? squash(k);
      for (const [p, x] of amountCells(v, `${path}/${key}`)) out.set(p, x);
    }
    return out;
  }
  const text = String(value).replace(/[,，\s]/gu, '');
  if (!/^-?\d+(?:\.\d+)?$/u.test(text)) return out;
  const d = new Decimal(text);
  if (!d.isZero()) out.set(path, d.toFixed(2));
  return out;
}

function differences(a: Map<string, string>, b: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of a) if (b.get(k) !== v) n++;
  for (const k of b.keys()) if (!a.has(k)) n++;
  return n;
}

/** Each table: judged against and cell-exact, judged against but wrong, named as not judged against, or absent. */
function tableStatuses(doc: ReviewDocument, result: ReviewResult, truth: Obj): ReviewAccuracy['tables'] {
  return TABLE_KEYS.map((table) => {
    const diff = differences(amountCells(doc.imported.tables[table]), amountCells(truth[table]));
    const notUsed = result.tables.notImported.find((t) => t.table === table);
    const status: TableStatus = !notUsed ? (diff === 0 ? 'exact' : 'wrong') : notUsed.status === 'absent' ? 'absent' : 'not-used';
    return { table, status, differences: diff };
  });
}

/**
 * The error reports the slip: one of its rules, its figure, on its line. Its figure: the one the error is on,
 * or one of those an error names as disagreeing without saying which is wrong (no figure of its own: it spans
 * them all, its lines those they stand on).
 */
const reportsSlip = (m: LintMessage, s: KnownSlip, text: string) => {
  if (!s.rules.includes(m.ruleId)) return false;
  const named = m.actual === undefined;
  if (named ? !m.message.includes(s.actual) : m.actual !== s.actual) return false;
  const lines = named ? text.split('\n').slice(m.line - 1, m.endLine).join('') : lineText(text, m.line);
  return squash(lines).includes(squash(s.line));
};

const isSlip = (m: LintMessage, text: string, truth: ReviewTruth) =>
  truth.trueRules?.includes(m.ruleId) === true || truth.slips.some((s) => reportsSlip(m, s, text));

/** The document's own errors (a year it contradicts itself on) and the tables' (between tables), as text. */
const ownErrorsOf = (r: ReviewResult) =>
  [...r.documentFindings, ...r.tableFindings].filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.message}`);

/** The year-on-the-title line of Part 3, the first line holding a year and 决算. */
function titleLine(text: string): number {
  return text.split('\n').findIndex((l) => /(?:19|20)\d{2}\s*年/u.test(l) && /决算/u.test(l) && l.trim().length <= 80) + 1;
}

interface Plant { kind: PlantedResult['kind']; change: string; text: string; line: number }

/** The Part 3 text with one slip planted, and the line it is on; undefined when the document has no such place. */
function plants(text: string, year: number): Plant[] {
  const out: Plant[] = [];
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const replaceAt = (at: number, from: string, to: string) => text.slice(0, at) + to + text.slice(at + from.length);
  const title = titleLine(text);
  if (title > 0) {
    const lines = text.split('\n');
    const planted = lines[title - 1]!.replace(String(year), String(year - 1));
    lines[title - 1] = planted;
    out.push({ kind: 'title-year', change: `标题 ${year} → ${year - 1}`, text: lines.join('\n'), line: title });
  }
  const yearEnd = [...text.matchAll(/截至\s*((?:19|20)[0-9]{2})\s*年\s*12\s*月\s*31\s*日/gu)].find((m) => Number(m[1]) === year);
  if (yearEnd) {
    const to = yearEnd[0].replace(String(year), String(year - 1));
    out.push({ kind: 'year-end', change: `${yearEnd[0]} → ${to}`, text: replaceAt(yearEnd.index, yearEnd[0], to), line: lineOf(yearEnd.index) });
  }
  // Every per-项 comparison word (on a line naming its 项), flipped; the first few also said to be equal (小于 → 等于).
  const perItem = (at: number) => /[（(]项[)）]/u.test(lineText(text, lineOf(at)));
  [...text.matchAll(/决算数\s*(小于|大于)\s*(?:年初|全年)?预算数/gu)].filter((w) => perItem(w.index)).forEach((word, i) => {
    const at = word.index + word[0].indexOf(word[1]!);
    for (const to of [word[1] === '小于' ? '大于' : '小于', ...(i < 3 ? ['等于'] : [])]) {
      out.push({ kind: 'comparison-word', change: `决算数${word[1]} → ${to}`, text: replaceAt(at, word[1]!, to), line: lineOf(at) });
    }
  });
  // Each class's amount in the breakdown of 一般公共预算财政拨款支出: ×1.5 + 7, as the mutation harness changes figures.
  for (const figure of text.matchAll(/（类）\s*([\d,]+\.\d{2})\s*万元/gu)) {
    const number = figure[1]!;
    const at = figure.index + figure[0].indexOf(number);
    const to = new Decimal(number.replace(/,/gu, '')).times('1.5').plus(7).toFixed(2);
    out.push({ kind: 'figure', change: `${number} → ${to}`, text: replaceAt(at, number, to), line: lineOf(at) });
  }
  return out;
}

const key = (m: LintMessage) => `${m.line}:${m.ruleId}:${m.actual ?? ''}:${m.message}`;

export function measureReview(doc: ReviewDocument, truth: ReviewTruth): ReviewAccuracy {
  const result = tryReview(doc);
  if (typeof result === 'string') {
    return { accepted: false, refusal: result, tables: [], errors: 0, falseErrors: [], slips: { total: truth.slips.length, found: 0, missed: [] }, figures: 0, unverified: 0, planted: [] };
  }
  // Positions as in Part 3's own text (the planted copies have no page map).
  const plain = withPart3(doc, doc.part3);
  const base = tryReview(plain);
  if (typeof base === 'string') throw new Error(`the document reviewed as it is, but not as its own text: ${base}`);
  const text = plain.part3;
  const errors = errorsOf(base);
  // The document's own findings and the tables' are errors too.
  const ownErrors = ownErrorsOf(base);
  const falseErrors = [...ownErrors, ...errors.filter((m) => !isSlip(m, text, truth)).map(describe)];
  const found = truth.slips.filter((s) => errors.some((m) => reportsSlip(m, s, text)));
  const baseline = new Set(errors.map(key));

  const planted: PlantedResult[] = plants(text, base.year).map((p) => {
    const r = tryReview(withPart3(doc, p.text));
    if (typeof r === 'string') return { kind: p.kind, change: p.change, accepted: false, found: false, falseErrors: [] };
    const fresh = errorsOf(r).filter((m) => !baseline.has(key(m)));
    const own = ownErrorsOf(r).filter((f) => !ownErrors.includes(f));
    return { kind: p.kind, change: p.change, accepted: true, found: fresh.some((m) => m.line === p.line), falseErrors: [...own, ...fresh.filter((m) => m.line !== p.line).map(describe)] };
  });
  // Each table the document holds, left out: nothing it gave may turn into an error.
  for (const removable of base.tables.imported) {
    const tables = { ...doc.imported.tables };
    delete tables[removable];
    const r = tryReview({ ...plain, imported: { ...doc.imported, tables } });
    // A known slip found another way (the text's own arithmetic, once the table is gone) is no false error.
    const fresh = typeof r === 'string' ? [] : errorsOf(r).filter((m) => !baseline.has(key(m)) && !isSlip(m, text, truth));
    const named = typeof r !== 'string' && r.tables.notImported.some((t) => t.table === removable && t.reason === '文件中没有找到这张表');
    planted.push({
      kind: 'table-removed', change: `去掉${removable}`, accepted: typeof r !== 'string', found: undefined,
      falseErrors: [...fresh.map(describe), ...(named ? [] : [`${removable} 没有列为“文件中没有找到这张表”`])],
    });
  }

  return {
    accepted: true,
    year: result.year,
    tables: truth.tables ? tableStatuses(doc, result, truth.tables) : [],
    errors: errors.length + ownErrors.length,
    falseErrors,
    slips: { total: truth.slips.length, found: found.length, missed: truth.slips.filter((s) => !found.includes(s)).map((s) => `${s.actual}（${s.line}）`) },
    figures: result.lint.verifiedCount + result.lint.unverifiedCount,
    unverified: result.lint.unverifiedCount,
    planted,
  };
}
