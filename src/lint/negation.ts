/**
 * Negations: 本年度无因公出国（境）费支出, 因公出国（境）费用没有, 无政府性基金预算财政拨款收入和支出.
 * Such a sentence claims that a fact is 0, as 0 万元 would; it pins a fact only where the
 * negation word stands right beside the names it negates and nothing but a closing noun
 * (支出, 人数, 预算) or the clause's end follows. Everything else that starts with 无 or 没有
 * (无偿, 无需, 无上年数, 无此项, 无线电, 没有使用…安排的支出, 无…的部门) negates no name here.
 */
import type { AbsentMeasure, Negated } from './lexicon.js';

/** The names the text holds, by position in the compact text: what the name scan found. */
export interface NamesAt {
  get(at: number): { name: string } | undefined;
}

/** Nouns that may close a negated name, and what they make the negation about. */
const TAIL = /^(?:(支出|费用|经费|开支|发生额|情况|安排|事项)|(人数|人次)|(团组)|(批次)|(预算(?:数|安排)?))?/u;
const MEASURES: readonly AbsentMeasure[] = ['amount', 'persons', 'groups', 'batches', 'budget'];
/** Words that join names in one negation: 无 A 和 B, 无 A、B. */
const JOINER = /^(?:以及|和|及|与|、)/u;
/** 政府性基金预算财政拨款收入和支出, 国有资本经营预算收支: a budget scope's flows, each a name of its own. */
const SCOPE_FLOWS = /^(政府性基金预算|国有资本经营预算)(?:财政拨款)?(收入和支出|收入及支出|收入与支出|收入、支出|收入支出|收支|支出|收入)/u;
/** What may follow a negation that states something: the end of its clause. */
const CLAUSE_END = /^(?:$|[。！？!?，,；;\u0001])/u;
/** A clause that supposes or asks (如无…, 若没有…, 是否…): it states nothing. */
const SUPPOSED = /如|若|倘|凡|是否|假设|假定|一旦/u;
/** Words right before 无 that make it no claim of absence (有无, 并非无, 不是没有). */
const NOT_A_CLAIM = /(?:有|非|不是|并非|从)$/u;
/** A sentence speaking of another period (上年无…, 与上年相比): what it negates is not this year's figure. */
const OTHER_PERIOD = /上年|去年|上一年|以前年度|往年/u;
/** A clause about a budget (年初预算中无…): what is negated might be the budget, not the spending. */
const BUDGET_WORD = /预算/u;
const YEAR = /((?:19|20)\d\d)年/gu;
/** A year that is the base of a comparison (比 2023 年…, 与 2023 年度相比): the sentence compares two years. */
const BASE_YEAR = /(?:比|与|较|同)\s*(?:19|20)\d\d年/u;

/** The compact text of the sentence before `at`, and of the clause. */
function before(text: string, at: number): { sentence: string; clause: string } {
  let s = at;
  while (s > 0 && !/[。！？!?\u0001]/u.test(text[s - 1]!)) s--;
  let c = at;
  while (c > s && !/[，,；;：:]/u.test(text[c - 1]!)) c--;
  return { sentence: text.slice(s, at), clause: text.slice(c, at) };
}

function measureOf(tail: RegExpExecArray): AbsentMeasure {
  for (let k = 1; k <= MEASURES.length; k++) if (tail[k] !== undefined) return MEASURES[k - 1]!;
  return 'amount';
}

/** The names and year of a sentence's negation, or undefined where the sentence may not state one. */
function framed(text: string, at: number, names: string[], measure: AbsentMeasure): Negated | undefined {
  const { sentence, clause } = before(text, at);
  if (SUPPOSED.test(clause) || OTHER_PERIOD.test(sentence) || BASE_YEAR.test(sentence)) return undefined;
  if (measure !== 'budget' && BUDGET_WORD.test(clause)) return undefined;
  const years = [...sentence.matchAll(YEAR)];
  return { names, measure, year: years.length > 0 ? Number(years[years.length - 1]![1]) : undefined };
}

/**
 * 无 A（和 B）（支出）: the negation word at `at` (`length` long) before the names it negates.
 * @param held whether a name is one the topics know (for the flows of a scope)
 */
export function negatedAfter(text: string, at: number, length: number, names: NamesAt, base: number, held: (name: string) => boolean): Negated | undefined {
  if (NOT_A_CLAIM.test(text.slice(Math.max(0, at - 2), at))) return undefined;
  const found: string[] = [];
  let measure: AbsentMeasure | undefined;
  let j = at + length;
  for (;;) {
    const scope = SCOPE_FLOWS.exec(text.slice(j, j + 24));
    const name = names.get(base + j)?.name;
    if (scope) {
      const flows = scope[2]!.includes('收') && scope[2]!.includes('支') ? ['收入', '支出'] : [scope[2]!];
      const own = flows.map((f) => `${scope[1]}财政拨款${f}`).filter(held);
      if (own.length === 0) return undefined;
      for (const n of own) found.push(n);
      j += scope[0].length;
    } else if (name !== undefined) {
      found.push(name);
      j += name.length;
    } else {
      return undefined;
    }
    const tail = TAIL.exec(text.slice(j, j + 6))!;
    const m = measureOf(tail);
    if (measure !== undefined && m !== measure) return undefined;
    measure = m;
    j += tail[0].length;
    const joiner = JOINER.exec(text.slice(j, j + 2));
    if (!joiner) break;
    j += joiner[0].length;
  }
  if (!CLAUSE_END.test(text.slice(j, j + 1))) return undefined;
  return framed(text, at, found, measure);
}

/** A 因公出国（境）费用没有, 国（境）外公务接待情况：无 — the name `name` ending at `nameEnd`, then the negation at `at`. */
export function negatedBefore(text: string, at: number, length: number, name: string, nameEnd: number): Negated | undefined {
  const between = /^(?:(支出|费用|经费|情况|发生额)|(人数))?[:：]?$/u.exec(text.slice(nameEnd, at));
  if (!between || !CLAUSE_END.test(text.slice(at + length, at + length + 1))) return undefined;
  return framed(text, nameEnd - name.length, [name], between[2] ? 'persons' : 'amount');
}

/** A table cell that says only 无 (or 没有), once trimmed. */
export const NIL_CELL = /^(无|没有)[。.]?$/u;
/**
 * 故本表无数据, 本表为空表, 本单位（本年度）无此项支出: the table above is empty. The words are group 1 (the
 * table as a whole) or group 2 (无此项支出: its spending, 无此项收入: its income).
 */
export const EMPTY_TABLE = /本表\s*(无\s*数\s*据|为\s*空\s*表|为\s*空)|本(?:单位|部门)(?:本年度?)?(无此项(?:支出|收入|数据))/u;
/** A table's title or caption: …决算表, 公开07表 (not 注：本表反映…). */
export const TABLE_TITLE = /^\s*(?:(?:公开)?0?\d\s*表\s*)?\S[^。；;，,]{2,60}表\s*$|^\s*公开0?\d表/u;
