/**
 * Whose accounts a document holds and of which year, from whatever it offers:
 * titles (…2024 年度部门决算, 单位决算, 决算公开, 决算情况说明, a page of the
 * 三公 section alone), table headers (编制单位：…, 2024年度), the date of the
 * year-end figures (截至 2024 年 12 月 31 日), comparisons (与 2023 年度相比 →
 * 2024) and every “2024 年度” the text states; the file name only when the
 * document names no year at all.
 *
 * The year is what most of that evidence says: one planted or mistyped title
 * year does not turn every correct sentence into a wrong-year error. The
 * evidence that disagrees is kept, so that review can name both places.
 */
import { normalizeWidth } from '../lint/normalize.js';

export interface DocumentLine {
  text: string;
  /** where the line is, in Chinese (第 3 页, 第 12 行), for messages */
  place?: string;
  /** in the explanation (Part 3), which the linter reads and reports itself */
  inExplanation?: boolean;
}

export type YearEvidenceKind = 'title' | 'header' | 'year-end' | 'statement' | 'comparison';

export interface YearEvidence {
  /** the year this evidence says the document is of */
  year: number;
  kind: YearEvidenceKind;
  /** the words that say it, as the document writes them (与 2023 年度相比) */
  text: string;
  /** the line's text, trimmed, for messages */
  line: string;
  place?: string;
  inExplanation: boolean;
}

export interface DocumentIdentity {
  department?: string;
  year?: number;
  /** where the year comes from: the document's own words, its file name, or an option */
  yearFrom?: 'document' | 'file-name' | 'option';
  /** every statement of the year found, in document order */
  evidence: YearEvidence[];
}

/** Kinds in the order they are trusted when two years have as much evidence each. */
const RANK: Record<YearEvidenceKind, number> = { title: 5, header: 4, 'year-end': 3, statement: 2, comparison: 1 };

const YEAR = /(?<![0-9])((?:19|20)[0-9]{2})\s*年(\s*度)?/gu;
const PLAN = /(?:计划|将|拟|预计|力争|争取|预期)(?:于|在|到)?$/u;
const COMPARED = /(?:与|比|较|同|对比|相较|相比于?)$/u;
const TITLE_WORDS = /^(?:度)?(?:[^，。；]{0,20}?)(?:部门决算|单位决算|决算公开|决算情况|决算说明|决算报告|(?:部门|单位)?决算|[“"]?三公[”"]?经费)/u;
const TABLE_MARKS = /(?:编制(?:单位|部门)|填报单位|部门|单位)(?:名称)?[:：][^\s]*|(?:金额)?单位[:：]\s*(?:万元|元)|公开0?[1-9]表|(?<![0-9])[0-9]+年度?/gu;

/** A line read as a title: short, no sentence in it. */
function titleLike(text: string): boolean {
  return text.length <= 60 && !/[。；;]/u.test(text.slice(0, -1));
}

/** The years one line states, each with what it says about the document's year. */
function lineEvidence(line: DocumentLine): YearEvidence[] {
  // Most lines name no year (年 is no width form of anything: it stands in the text as written).
  if (!line.text.includes('年')) return [];
  const s = normalizeWidth(line.text).replace(/\s+/gu, ' ').trim();
  const out: YearEvidence[] = [];
  for (const m of s.matchAll(YEAR)) {
    const y = Number(m[1]);
    const at = m.index!;
    const end = at + m[0].length;
    const before = s.slice(Math.max(0, at - 8), at).replace(/\s+/gu, '');
    const after = s.slice(end, end + 24).replace(/\s+/gu, '');
    const hasDu = m[2] !== undefined;
    const push = (year: number, kind: YearEvidenceKind, text = m[0]) =>
      out.push({ year, kind, text, line: s, inExplanation: line.inExplanation ?? false, ...(line.place ? { place: line.place } : {}) });
    // 2020-2024 年: a span; 计划于 2025 年: a plan.
    if (/[0-9][-—–~至到]$/u.test(before) || /^[-—–~至到][0-9]/u.test(after) || PLAN.test(before)) continue;
    if (/截至$/u.test(before) && /^(?:12月31日|年底|年末)/u.test(after)) { push(y, 'year-end', `截至${m[0]}${after.slice(0, 6)}`); continue; }
    if (/上年[(]?$/u.test(before)) { push(y + 1, 'comparison'); continue; }
    if (COMPARED.test(before)) {
      // 比 2019 年（疫情前）: another period, named as such; 与 2024 年预算: this year's budget.
      if (/^[(]/u.test(after) || /^(?:的)?(?:年初|全年|调整)?预算/u.test(after)) continue;
      push(y + 1, 'comparison', `${before.slice(-1)}${m[0]}`);
      continue;
    }
    if (titleLike(s) && TITLE_WORDS.test(after)) { push(y, 'title'); continue; }
    // A table's header line: nothing but the year, the unit, the department and the table's number.
    if (s.replace(TABLE_MARKS, '').replace(/[\s（）()]/gu, '') === '') { push(y, 'header'); continue; }
    if (hasDu || /^[0-9]{1,2}月/u.test(after)) push(y, 'statement');
  }
  return out;
}

/** The year most of the evidence states; a tie goes to the year with the most trusted kind of evidence. */
function majority(evidence: readonly YearEvidence[]): number | undefined {
  const tally = new Map<number, { n: number; rank: number }>();
  for (const e of evidence) {
    const t = tally.get(e.year) ?? { n: 0, rank: 0 };
    t.n++;
    t.rank = Math.max(t.rank, RANK[e.kind]);
    tally.set(e.year, t);
  }
  let best: number | undefined;
  for (const [year, t] of tally) {
    const b = best === undefined ? undefined : tally.get(best)!;
    if (!b || t.n > b.n || (t.n === b.n && t.rank > b.rank)) best = year;
  }
  return best;
}

/** Names that are a unit of money or a heading word, not a department. */
const NOT_A_NAME = /^(?:万?元|千元|亿元|金额|人民币|\d)/u;

/** The department a line names after a label: 部门：…, 编制单位：… (up to a wide gap or the unit). */
function labelledDepartment(text: string): string | undefined {
  // Matched width-normalised (one character for one), the name kept as written: 聊城市政府办公室（汇总）.
  const written = text.trim();
  const s = normalizeWidth(written);
  const label = /(?:编制(?:单位|部门)|填报单位|部门名称|单位名称|部门)[ \t]*[:：][ \t]*/u.exec(s);
  if (!label) return undefined;
  let name = written.slice(label.index + label[0].length);
  // …or the year, where the cells of a header line are joined without a gap (编制单位：X2024 年度单位：元).
  const end = name.search(/\s{2}|\t|(?:金额)?单位[:：]|(?<![0-9])(?:19|20)[0-9]{2} ?年/u);
  if (end >= 0) name = name.slice(0, end);
  name = name.trim();
  return name !== '' && !NOT_A_NAME.test(name) ? name : undefined;
}

/** The offset in `text` of the `n`th character that is not a space. */
function writtenOffset(text: string, n: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\s/u.test(text[i]!)) continue;
    if (seen === n) return i;
    seen++;
  }
  return text.length;
}

/** The department a title names before its year: …2024 年度部门决算, …单位决算情况说明, …2023年“三公”经费…. */
function titleDepartment(text: string): string | undefined {
  // Matched with spaces taken out, the name kept as written (上海市 XX 局).
  const written = text.trim();
  const s = normalizeWidth(written.replace(/\s+/gu, ''));
  if (!titleLike(s)) return undefined;
  const m = /(?<![0-9])(?:19|20)[0-9]{2}年度?(?:部门|单位)?(?:决算|[“"]?三公)/u.exec(s);
  // 纳入…2024年度部门决算编制范围的: a sentence that names the accounts, not a title.
  if (!m || /编制范围|范围的|^纳入/u.test(s)) return undefined;
  const name = written.slice(0, writtenOffset(written, m.index)).trim().replace(/^#+\s*/u, '').replace(/^第[一二三四五六七八九十]+部分\s*[:：]?/u, '').replace(/^[一二三四五六七八九十]+、/u, '').trim();
  return name !== '' && name.length <= 40 && !/^[0-9０-９]/u.test(name) && !/[，。；,;]/u.test(name) ? name : undefined;
}

export interface IdentityOptions {
  /** --year, --department: they override what the document says */
  year?: number;
  department?: string;
  /** the file's name: its year is used only when the document names none */
  fileName?: string;
}

export function documentIdentity(lines: readonly DocumentLine[], options: IdentityOptions = {}): DocumentIdentity {
  const evidence = lines.flatMap(lineEvidence);
  // A label (部门：…) anywhere before a title's name: the label is the department's own statement.
  let department = options.department;
  for (const read of [labelledDepartment, titleDepartment]) {
    for (const l of lines) {
      if (department) break;
      department = read(l.text);
    }
  }
  const stated = majority(evidence);
  const fromName = options.fileName ? fileNameYear(options.fileName) : undefined;
  const year = options.year ?? stated ?? fromName;
  const yearFrom = options.year !== undefined ? 'option' : stated !== undefined ? 'document' : fromName !== undefined ? 'file-name' : undefined;
  return { ...(department ? { department } : {}), ...(year !== undefined ? { year } : {}), ...(yearFrom ? { yearFrom } : {}), evidence };
}

/** The one year a file name holds (上海市XX局2024年度部门决算.pdf), if it holds exactly one. */
export function fileNameYear(path: string): number | undefined {
  const name = path.replace(/^.*[\\/]/u, '');
  const years = new Set([...name.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])/gu)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : undefined;
}

/** Lines of a text, each with its line number as its place. */
export function textLines(text: string, inExplanation?: (index: number) => boolean): DocumentLine[] {
  return text.split('\n').map((t, i) => ({ text: t, place: `第 ${i + 1} 行`, ...(inExplanation?.(i) ? { inExplanation: true } : {}) }));
}

/** 部门 and 年度 of a text, as the import writes them into a data file's header. */
export function documentHeader(text: string): { department?: string; year?: number } {
  const { department, year } = documentIdentity(textLines(text));
  return { ...(department ? { department } : {}), ...(year !== undefined ? { year } : {}) };
}
