/**
 * The claim reader: turns the text of one block into a stream of tokens —
 * figures, topic mentions, lexicon cues, years, clause and sentence ends — over
 * a "compact" copy of the text (width-normalised, whitespace removed, so that
 * 4,340.16 万元, ４，３４０．１６万元 and 一般公共服务 （类） all read alike),
 * with every token's span mapped back to the block text.
 */
import { scanFigures, type Figure, type ScannedFigure } from './figures.js';
import { LEXICON, type Cue } from './lexicon.js';
import { negatedAfter, negatedBefore } from './negation.js';
import { normalizeWidth, widthNormalized } from './normalize.js';
import { yearBound } from './years.js';
import { BLOCK_SEPARATOR, execAll, firstUnits, stringOfUnits } from './scan.js';
import { DRAFT_PLACEHOLDER } from './text-rules.js';
import { isScopeAlone } from './claims/scopes.js';
import { maxOf } from '../util/arrays.js';
import type { SubjectLevel } from '../data/subjects.js';
import type { TopicIndex } from './topics/index.js';

export interface Span {
  /** offsets in the block's text (end exclusive) */
  start: number;
  end: number;
  /** index of the block the offsets are in */
  block: number;
}

export type Token =
  | (Span & {
    type: 'figure'; figure: Figure;
    /** compact text right after and before the figure, for look-ahead and look-behind frames */
    after: string; before: string;
    /** the words right before it name something no topic knows (其他费用 12.34 万元, 机要用车 0 辆): those words */
    unknownName: string | undefined;
    /** its clause qualifies it as another quantity (人均机关运行经费 1.94 万元, 其余各类用车均为 0 辆): the words from the qualifier on */
    otherQuantity?: string;
    /** a unit stated once for what follows (（单位：万元，下同）, a line 单位：万元 before the paragraph): a bare amount's */
    impliedUnit?: '万元' | '元' | '亿元';
  })
  /** within: right after another name and 中 / 中的 (人员经费中的住房公积金): that name qualifies this one */
  | (Span & { type: 'topic'; ids: string[]; name: string; within?: boolean })
  /** a subject named with its level (…（项）, …（款）, …（类）) which the data does not hold */
  | (Span & { type: 'unknown'; name: string; level: SubjectLevel })
  /** a 款 the data holds but no topic speaks for: what follows is not its class's */
  | (Span & { type: 'untracked'; name: string; level: SubjectLevel })
  /** words that name something no topic knows, right before a cue (国外接待费支出决算为 …): what follows is not the subject's */
  | (Span & { type: 'unnamed'; name: string; among?: string[] })
  /** 支出 or 收入 alone heading a clause (…收入 2.43 万元，支出 2.2 万元): the other flow of the subject just named */
  | (Span & { type: 'flow'; word: FlowWord })
  | (Span & { type: 'cue'; cue: Cue; text: string })
  /**
   * date: the year dates a moment or an event, not a period (2023年末, 2023年12月31日, 2023年结转, 2021年购置的): last year's end is this
   * year's opening; span: it bounds a span of years (2023年以来, 自2023年, 2021年至2023年), whose figures are no one year's
   */
  | (Span & { type: 'year'; year: number; text: string; date: boolean; span?: boolean; yearEnd?: boolean })
  | (Span & { type: 'clause-end'; mark?: string })
  | (Span & { type: 'open' | 'close' })
  | (Span & { type: 'sentence-end' });

export type FlowWord = '收入' | '支出';

export interface CompactText {
  /** width-normalised text without whitespace */
  text: string;
  /** map[i] = index in the block text of compact character i; map[text.length] = block text length */
  map: Int32Array;
}

/**
 * JavaScript's \s by UTF-16 unit (1 where it is one): exactly the units the compact text drops
 * (the ideographic space too, as width normalisation makes it a space).
 */
const IS_SPACE = new Uint8Array(0x10000);
for (const c of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff') IS_SPACE[c.charCodeAt(0)] = 1;
IS_SPACE.fill(1, 0x2000, 0x200b);

/** What stands for a run of spaces between two figures in the compact text: no digit, space or punctuation. */
const COLUMN_GAP = 0x2063;
/** what a tab between two cells becomes in the compact text: | ends a sentence (SENTENCE_END) */
const CELL_BREAK = 0x7c;

function isAsciiDigit(unit: number): boolean {
  return unit >= 48 && unit <= 57;
}

/**
 * Whether the compact units before `n` end a number with its decimals (7,636.98): a space after them
 * starts another figure, as the cells of a table row read from a PDF (财政拨款收入 7,636.98 95.71%) are joined.
 */
function afterDecimals(units: Uint16Array, n: number, base: number): boolean {
  let k = n - 1;
  while (k > base && isAsciiDigit(units[k]!)) k--;
  return k > base && k < n - 1 && units[k] === 0x2e && isAsciiDigit(units[k - 1]!);
}

/** A figure that is one by itself after one space: with decimals or a %, not the rest of a number spread out (9 8万元). */
const FIGURE_OF_ITS_OWN = /^[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％]|^[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})*[.．][0-9０-９]+/u;

/** What may start at a position of the joined text. */
const MARK = { punctuation: 1, name: 2, cue: 4, year: 8, figure: 16 } as const;

/** Where a clause, a sentence or a parenthetical may end or start: a table by UTF-16 code unit. */
const IS_PUNCTUATION = new Uint8Array(0x10000);
for (const c of '。！？!?，,；;：:、()|') IS_PUNCTUATION[c.charCodeAt(0)] = 1;

/**
 * The drafter's placeholders with their words blanked, brackets kept: 【待补充：人员经费（数据文件中没有公开06表）】
 * names what is missing, it states nothing — its 06 is no figure, its 占 no share (the placeholder
 * rule reports the gap itself).
 */
function blankPlaceholders(text: string): string {
  if (!text.includes('【待补充')) return text;
  return text.replace(DRAFT_PLACEHOLDER, (m) => `【${' '.repeat(m.length - 2)}】`);
}

/**
 * Scratch for the compact text's units and the places cues may start, reused from document to
 * document: both are used up before prepareBlocks returns (the units become a string at once).
 */
let UNITS = new Uint16Array(1 << 14);
let CUE_STARTS = new Int32Array(1 << 12);

function unitsFor(size: number): Uint16Array {
  if (UNITS.length < size) UNITS = new Uint16Array(Math.max(size, 2 * UNITS.length));
  return UNITS;
}

function cueStartsFor(size: number): Int32Array {
  if (CUE_STARTS.length < size) CUE_STARTS = new Int32Array(Math.max(size, 2 * CUE_STARTS.length));
  return CUE_STARTS;
}

// ignoreBOM: a leading U+FEFF stays text (the decoder would drop it; spaces never reach it, but the units are the text).
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * UTF-16 units as a string: decoded natively, unless a surrogate is among them — the decoder would
 * turn a lone one into U+FFFD, where the text must keep it as it is.
 */
function textOfUnits(units: Uint16Array, surrogates: boolean): string {
  return surrogates ? stringOfUnits(units) : UTF16.decode(units);
}

/**
 * Every block's compact text, joined by BLOCK_SEPARATOR, written unit by unit in one pass over
 * the blocks (no copy of a block per step: normalised, blanked, then without spaces). Each
 * block's map is a piece of one array for the document, indexed like the joined text: the
 * entry at a block's separator is its map's last (the block text's length).
 */
function compactAll(texts: readonly string[]): { joined: string; compacts: CompactText[]; bases: number[]; marked: Uint8Array; cueStarts: Int32Array } {
  let size = 0;
  for (const t of texts) size += t.length + 1;
  const units = unitsFor(size);
  // Where a lexicon cue may start, noted as the units are written (the lexicon's scan tries only there).
  const cueStarts = cueStartsFor(size);
  let cues = 0;
  const maps = new Int32Array(size);
  // Punctuation is marked as its unit is written: no pass over the joined text for it.
  const marked = new Uint8Array(size + 1);
  const compacts: CompactText[] = [];
  const bases: number[] = [];
  let n = 0;
  let surrogates = false;
  for (const blockText of texts) {
    // Placeholders are rare: only their blocks are normalised as a whole first, to match the pattern.
    const text = blockText.includes('【待补充') ? blankPlaceholders(normalizeWidth(blockText)) : blockText;
    const base = n;
    // A run of spaces (two or more, or a tab) between digits parts two figures: the columns of a table
    // aligned with spaces (pandoc's simple tables, 1,179.44␣␣␣␣74.20%) are never one number; so does one
    // space after a number's decimals before a figure with its own (a PDF's table row: 7,636.98␣95.71%).
    let gap = 0;
    // A tab stands between the cells of a table pasted from a spreadsheet (项目⇥年初预算数⇥决算数⇥完成率):
    // each cell is a sentence of its own, as between the | of a table left as text, so a header's words
    // are no cue for the figures of the row under it.
    let tab = false;
    // …in a block of cells alone, with no clause or sentence mark: a tab inside a sentence (年初预算⇥792.18 万元，) parts nothing.
    const cells = isTabbedCells(text);
    for (let i = 0; i < text.length; i++) {
      const unit = widthNormalized(text, i);
      if (IS_SPACE[unit] === 1) {
        gap += unit === 9 ? 2 : 1;
        if (unit === 9) tab = true;
        continue;
      }
      if (tab && cells && n > base) {
        units[n] = CELL_BREAK;
        marked[n] = MARK.punctuation;
        maps[n++] = i - 1;
      } else if (gap > 0 && isAsciiDigit(unit) && n > base && isAsciiDigit(units[n - 1]!)
        && (gap > 1 || (afterDecimals(units, n, base) && FIGURE_OF_ITS_OWN.test(text.slice(i, i + 24))))) {
        units[n] = COLUMN_GAP;
        maps[n++] = i - 1;
      }
      gap = 0;
      tab = false;
      if (unit >= 0xd800 && unit <= 0xdfff) surrogates = true;
      if (IS_PUNCTUATION[unit] === 1) marked[n] = MARK.punctuation;
      if (CUE_LIST_OF[unit] !== 0) cueStarts[cues++] = n;
      units[n] = unit;
      maps[n++] = i;
    }
    maps[n] = blockText.length;
    compacts.push({ text: '', map: maps.subarray(base, n + 1) });
    bases.push(base);
    units[n++] = BLOCK_SEPARATOR.charCodeAt(0);
  }
  const joined = textOfUnits(units.subarray(0, Math.max(0, n - 1)), surrogates);
  compacts.forEach((c, k) => {
    // Each block's text is a piece of the joined string: its units are written once.
    c.text = joined.slice(bases[k]!, bases[k]! + c.map.length - 1);
  });
  return { joined, compacts, bases, marked, cueStarts: cueStarts.subarray(0, cues) };
}

// | stands between the cells of a table written as text (a grid or pipe table no parser took): each is a sentence of its own.
/** A block of tab-separated cells (a table pasted from a spreadsheet, its lines joined): tabs, and no ，。；; between them. */
function isTabbedCells(text: string): boolean {
  // The marks as the compact text has them: ４，４ is a figure's separator (4,4), no clause mark (found by fast-check: ４，４⇥４).
  return text.includes('\t') && !/[，。；;]/u.test(normalizeWidth(text));
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '|']);
const CLAUSE_END = new Set(['，', ',', '；', ';', '：', ':', '、']);
/** The same by UTF-16 code unit (1 a sentence end, 2 a clause end): a one-character string per mark cost a tenth of the reader. */
const END_KIND = new Uint8Array(0x10000);
for (const c of SENTENCE_END) END_KIND[c.charCodeAt(0)] = 1;
for (const c of CLAUSE_END) END_KIND[c.charCodeAt(0)] = 2;
const YEARS = /(19|20)\d\d(?=年)/gu;
/**
 * What follows a year that makes it a date (…年末, …年12月, …年结转), not the period of a figure. A number right
 * after the year is a month or a day unless it is an amount or a rate: 经营收入2023年55.60万元 states last year's
 * figure by its year (blind 11L B2: read as a date, the figure was checked as this year's and fixed to it).
 */
const YEAR_DATE = /^(?:末|底|终|(?![0-9][0-9,.]*(?:万元|亿元|元|万|%))[0-9]|结转|结余)/u;
/** 2023 年末，… / 截至 2023 年 12 月 31 日，…: the year's end alone in its clause (compact text), heading the next clause. */
const YEAR_END_HEADING = /^(?:末|底|12月31日)[，,]/u;

interface TrieNode {
  end: boolean;
  /** by code point: a number key allocates nothing, a character string would for every character of every name */
  next: Map<number, TrieNode>;
}

/** The characters a pattern must escape, by code. */
const SYNTAX = new Set([...'.*+?^${}()|[]\\'].map((c) => c.charCodeAt(0)));
const escapeChar = (code: number) => (SYNTAX.has(code) ? `\\${String.fromCharCode(code)}` : String.fromCodePoint(code));

/**
 * The names as a trie-shaped pattern (一般公共(?:服务…|预算…)): one branch per
 * character instead of hundreds of alternatives tried at every position, and
 * greedy optional tails so the longest name wins. Built for every document
 * (its names are its tables'), so without a string or an iterator result per
 * character.
 */
function trieSource(names: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const name of names) {
    let node = root;
    for (let i = 0; i < name.length; i++) {
      const code = name.codePointAt(i)!;
      if (code > 0xffff) i++;
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    if (node.next.size === 0) return '';
    let body = '';
    let last = 0;
    node.next.forEach((child, code) => {
      body += `${body === '' ? '' : '|'}${escapeChar(code)}${emit(child)}`;
      last = code;
    });
    if (node.next.size > 1) body = `(?:${body})`;
    if (!node.end) return body;
    // One character (one UTF-16 unit) ending a name: optional as it is; anything longer, in a group.
    return node.next.size === 1 && node.next.get(last)!.next.size === 0 && last <= 0xffff ? `${body}?` : `(?:${body})?`;
  };
  return emit(root);
}

/** The subject's own words, without a joining word in front (其中…, 及…). */
function subjectWords(words: string): string {
  // (1)2010399群众文化（项）: the ordinal that numbers a heading is no part of the name.
  return words.replace(/^(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[、.]|\((?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})\))/u, '').replace(/^(?:其中|以及|及|和|与)/u, '');
}

/** Topic names as one alternation, longest first, so a scan finds the longest name at each place. */
export class NameMatcher {
  readonly pattern: RegExp;
  /** the data's 类, 款 and 项 names, by level */
  private readonly subjectNames: Record<SubjectLevel, string[]>;

  constructor(private readonly index: TopicIndex) {
    this.pattern = new RegExp(trieSource(index.names) || '(?!)', 'gu');
    const named = (level: SubjectLevel) => index.subjects.filter((x) => x.level === level).map((x) => x.name);
    this.subjectNames = { class: named('class'), kuan: named('kuan'), item: named('item') };
  }

  /** Does the data hold a subject of this level whose name ends the words before its marker (…事务(款))? */
  holdsSubject(words: string, level: SubjectLevel): boolean {
    return this.subjectNames[level].some((name) => words.endsWith(name));
  }

  /** Is this a short name that only stands for its topics in their own sections (政府采购's 货物, 工程, 服务)? */
  isBareLocal(name: string): boolean {
    return name.length <= 2 && (this.index.byName.get(name) ?? []).every((id) => this.index.topics.get(id)!.localNames?.includes(name));
  }

  /** Is this (width-normalised) name one of a topic? */
  holds(name: string): boolean {
    return this.index.byName.has(name);
  }

  /** The topics of a (width-normalised) name, if it is one. */
  idsOf(name: string): string[] | undefined {
    return this.index.byName.get(name);
  }

  /** The topic a name of the same field stands for (领导干部用车 → 符合规定领导干部用车), where the lexicon makes it certain. */
  aliasOf(name: string): string | undefined {
    return this.index.aliases.get(name);
  }

  /** Every name in the text, by start position (leftmost-longest, not overlapping). */
  scan(text: string): Map<number, { name: string; ids: string[] }> {
    const out = new Map<number, { name: string; ids: string[] }>();
    for (const m of execAll(this.pattern, text)) {
      // A code is a whole run of digits: 20103 inside 2010399 (a 项 the data lacks) is not the 款.
      if (cutsDigitRun(text, m.index, m.index + m[0].length)) continue;
      out.set(m.index, { name: m[0], ids: this.index.byName.get(m[0])! });
    }
    return out;
  }
}

/** 截至 2024 年末, 截止到2024年12月31日: a date that opens a statement (compact text: no spaces). */
const DATED_STATEMENT = /^截(?:至|止到?)[0-9]{4}年/u;

/** Whether text[start, end) starts or ends with a digit that the digit beside it continues. */
function cutsDigitRun(text: string, start: number, end: number): boolean {
  return (isAsciiDigit(text.charCodeAt(start)) && start > 0 && isAsciiDigit(text.charCodeAt(start - 1)))
    || (isAsciiDigit(text.charCodeAt(end - 1)) && end < text.length && isAsciiDigit(text.charCodeAt(end)));
}

/** The lexicon patterns, sticky, in the lexicon's order, with the units a match of each can start with. */
const CUE_PATTERNS = LEXICON.map((entry) => {
  const first = firstUnits(entry.pattern);
  // Every pattern is tried only where its first unit stands: one whose source does not tell would be missed.
  if (!first) throw new Error(`lexicon pattern ${entry.pattern.source}: its first characters cannot be read from it`);
  return { pattern: new RegExp(entry.pattern.source, 'uy'), cue: entry.cue, first };
});
/**
 * The patterns to try where a unit stands, by UTF-16 unit (an index into CUE_LISTS, 0 where none
 * can start): the document is compacted in one pass that notes where a cue may start, and each
 * pattern is tried only there, instead of one scan of the text per pattern.
 */
const CUE_LISTS: Array<typeof CUE_PATTERNS> = [[]];
const CUE_LIST_OF = new Uint16Array(0x10000);
for (const unit of new Set(CUE_PATTERNS.flatMap((p) => [...p.first]))) {
  CUE_LIST_OF[unit] = CUE_LISTS.push(CUE_PATTERNS.filter((p) => p.first.has(unit))) - 1;
}

/** The longest cue starting at each of the positions given (the earliest in the lexicon among the longest). */
function scanCues(text: string, starts: Int32Array): Map<number, { cue: Cue; length: number }> {
  const out = new Map<number, { cue: Cue; length: number }>();
  for (const i of starts) {
    // Cues overlap: one may start inside a name the reader consumes (…支出预算为), or inside another cue.
    let best: { cue: Cue; length: number } | undefined;
    for (const { pattern, cue } of CUE_LISTS[CUE_LIST_OF[text.charCodeAt(i)]!]!) {
      // test, not exec: a sticky match ends at lastIndex, and no match array is made per try.
      pattern.lastIndex = i;
      if (!pattern.test(text)) continue;
      const length = pattern.lastIndex - i;
      if (length > (best?.length ?? 0)) best = { cue, length };
    }
    if (best) out.set(i, best);
  }
  return out;
}

// Words that only lead up to a figure (均为, 共计, 分别为 …) and nouns that end a name (…费, …资金).
const LEAD_IN = ['分别为', '分别是', '决算数', '均为', '各为', '各是', '共计', '合计', '累计', '总计', '达到', '实现', '支出', '金额', '决算', '共', '计', '约', '为', '是', '达', '数'];

/** The lead-in words by their last character, in LEAD_IN's order: only those can end the text. */
const LEAD_IN_BY_LAST = new Map<string, string[]>();
for (const word of LEAD_IN) {
  const last = word[word.length - 1]!;
  LEAD_IN_BY_LAST.set(last, [...(LEAD_IN_BY_LAST.get(last) ?? []), word]);
}

/** The text without the lead-in words at its end, stripped from the right: linear, no backtracking. */
export function stripLeadIn(text: string): string {
  let end = text.length;
  for (let stripped = true; stripped && end > 0;) {
    stripped = false;
    // Every figure's gap is stripped: try only the words that end in the gap's last character.
    for (const word of LEAD_IN_BY_LAST.get(text[end - 1]!) ?? []) {
      if (end >= word.length && text.startsWith(word, end - word.length)) {
        end -= word.length;
        stripped = true;
        break;
      }
    }
  }
  return text.slice(0, end);
}
// Two CJK characters before the noun: a longer run contains such a match, and {2,} would rescan it from every start.
// A count of work done (办理不动产登记业务, 办件量, 受理件数) is a subject too, one no fact of the accounts holds.
const NOMINAL_END = /[\u4e00-\u9fff]{2}(?:费|费用|经费|资金|拨款|事务|设备|补贴|补助|工资|工程|收入|支出|用车|业务|量|件数|笔数|户数)$/u;
// Words that end what comes before a name (本部门共有公务用车, 开支财政拨款的公务用车): the name follows the last.
const BEFORE_A_NAME = ['的', '是', '共有', '现有', '实有', '拥有', '包括'];

/** The name itself: the run of CJK (and brackets, quotes) that ends the words, after the last word that leads up to it. */
function nameAtEnd(words: string): string {
  let k = words.length;
  while (k > 0 && /[\u4e00-\u9fff()“”"]/u.test(words[k - 1]!)) k--;
  const run = words.slice(k);
  // 单价50万元以上专用设备: the threshold is part of the name — never quoted from 万元 on.
  const threshold = THRESHOLDED.test(run) ? thresholdBefore(words.slice(0, k)) : 0;
  if (threshold > 0) return words.slice(k - threshold);
  const cut = afterLeadWord(run);
  return run.length - cut >= 2 ? run.slice(cut) : run;
}

/** Words that go on from a threshold's number (万元以上…, 元（含）以上…). */
const THRESHOLDED = /^(?:万元|元)[（(]?含?[)）]?以[上下]/u;
/** The characters of a threshold's number (50, 1,000.5, full width too). */
const THRESHOLD_DIGIT = /[0-9０-９,，.．]/u;

/** The length of the number (with 单价 where it is written) that ends `words` before a threshold's unit, 0 where none does. */
function thresholdBefore(words: string): number {
  // Scanned from the end: a pattern anchored at $ would be tried from every digit of a long run.
  let k = words.length;
  while (k > 0 && /\s/u.test(words[k - 1]!)) k--;
  const numberEnd = k;
  while (k > 0 && THRESHOLD_DIGIT.test(words[k - 1]!)) k--;
  // The number starts with a digit, not a separator.
  while (k < numberEnd && !/[0-9０-９]/u.test(words[k]!)) k++;
  if (k === numberEnd) return 0;
  if (words.endsWith('单价', k)) k -= 2;
  return words.length - k;
}

/** Where a run of words goes on after the last word that leads up to a name (共有, 的 …): 0 where none stands in it. */
function afterLeadWord(run: string): number {
  return maxOf(BEFORE_A_NAME.map((w) => { const at = run.lastIndexOf(w); return at < 0 ? 0 : at + w.length; }), 0);
}

/** Is the UTF-16 unit one of the CJK Unified Ideographs (U+4E00–U+9FFF), as /[\u4e00-\u9fff]/u tests a character? */
function isIdeograph(unit: number): boolean {
  return unit >= 0x4e00 && unit <= 0x9fff;
}

/** The start of the run of ideographs that ends at `end`, no further back than `floor` nor longer than `longest`. */
function ideographsBefore(text: string, end: number, floor: number, longest: number): number {
  let k = end;
  while (k > floor && end - k < longest && isIdeograph(text.charCodeAt(k - 1))) k--;
  return k;
}

/**
 * Words that may stand right before a name without making it part of a longer one: a joining or
 * leading word (其中, 主要用于, 包括), the period or the department (本年度, 本部门), 中 of a qualifier.
 */
const OPENS_A_NAME = /^(?:其中|其余|以及|及其|及|和|与|或|主要用于|主要是|主要为|主要|用于|包括|包含|含|即|如|本年度|本年|全年|当年|上年|年末|年度|本部门|本单位|部门|单位|机关|中的|中|其|对|在|由|将|按|从|为|是|的|了|均|各|共|计|全部|安排|属于|列支|支付|发生|实际|累计|合计|共计)+/u;

/**
 * The names a writer puts after a name of their own (X项目支出, 外宾公务接待费, 在职人员经费, 停车场经营收入, 执法车辆):
 * a kind of spending or of income, a part of the whole, a cost, the vehicles.
 */
const KIND_OF_SPENDING = /(?:支出|收入|经费|费|车辆)$/u;

/** What may stand right before a bare local name (货物): no word (the start, punctuation), or a joining word. */
const BARE_NAME_MAY_FOLLOW = /(?:^|[^\u4e00-\u9fff]|其中|及|和|与|为|是)$/u;

/**
 * The end of the department's or an office's name (上海市滨江区生态环境局部门共有车辆, 全局经营收入): who, not a name of its own;
 * a 街道 or 镇 (乡) says it of itself with 本 (本街道共有车辆).
 */
const ENDS_AN_OFFICE = /(?:部门|单位|机关|系统|部|局|委|会|办|室|院|厅|处|府|中心|站|所|队|馆|社|团|校|本街道|本镇|本乡)$/u;

/**
 * 水体污染防治项目支出 1,620.45, 其中外宾公务接待费 0: a data name (项目支出, 公务接待费) at the end of a longer
 * run of words, with two characters or more in front of it that no leading word explains — a name of the
 * writer's own (a project, a part) that the data does not hold: that longer name, else undefined.
 */
function ownLongerName(text: string, lastEnd: number, at: number, name: string, names: NameMatcher): string | undefined {
  if (at - lastEnd < 2 || !KIND_OF_SPENDING.test(name) || !/[\u4e00-\u9fff]/u.test(text[at - 1]!)) return undefined;
  const run = text.slice(ideographsBefore(text, at, lastEnd, 12), at);
  const own = run.slice(afterLeadWord(run)).replace(OPENS_A_NAME, '');
  if (own.length < 2 || ENDS_AN_OFFICE.test(own) || names.holds(own + name)) return undefined;
  return own + name;
}

/** The names of a part of whatever names them first (X项目支出: X's project spending). */
const PART_OF_A_NAME = /^(?:项目支出|基本支出|人员经费|公用经费)$/u;

/** The topic of a 类, 款 or 项 (gpb.item.2110104): a subject of the classification, no scope (基本支出公用经费). */
const SUBJECT_ID = /\.(?:class|kuan|item)\./u;

/** A name right after a subject's with nothing between (生态环境保护宣传项目支出), the two no name of the data: that subject's part. */
function adjacentName(previous: Token | undefined, lastEnd: number, at: number, name: string, names: NameMatcher): boolean {
  return PART_OF_A_NAME.test(name) && previous?.type === 'topic' && lastEnd === at && !previous.within
    && previous.ids.every((id) => SUBJECT_ID.test(id)) && !names.holds(previous.name + name);
}

/**
 * The writer's own name a data name at `at` ends (ownLongerName), or makes with the subject's name right before
 * it (adjacentName: `joinsPrevious`, the name before is part of it); undefined where it is the data's name.
 */
function writersOwnName(previous: Token | undefined, text: string, lastEnd: number, at: number, name: string, names: NameMatcher): { name: string; joinsPrevious: boolean } | undefined {
  if (adjacentName(previous, lastEnd, at, name, names)) return { name: (previous as Extract<Token, { type: 'topic' }>).name + name, joinsPrevious: true };
  const longer = ownLongerName(text, lastEnd, at, name, names);
  return longer === undefined ? undefined : { name: longer, joinsPrevious: false };
}

/** The words between two names that make the first qualify the second (人员经费中的住房公积金). */
const WITHIN: ReadonlySet<string> = new Set(['中', '中的']);

/**
 * The name the text in [from, to) gives (between the last token and a figure or cue), when it
 * names something no topic knows. A gap of one or two characters names nothing (a name has three
 * at least): most gaps are that short, and are not copied.
 */
function unknownNameIn(text: string, from: number, to: number): string | undefined {
  return to - from < 3 ? undefined : unknownName(text.slice(from, to));
}

/** The name the text between the last token and a figure gives, when it names something (no topic knows it). */
function unknownName(gap: string): string | undefined {
  const words = stripLeadIn(gap.replace(/^[\d-]+/u, ''));
  // Only the end matters: testing the tail keeps a long run of CJK text from being rescanned at every start.
  const tail = words.slice(-16);
  if (words.length < 3 || !NOMINAL_END.test(tail)) return undefined;
  return subjectWords(nameAtEnd(tail) || tail);
}

/**
 * Words that make a figure another quantity than the fact named beside it: per head or on average
 * (人均机关运行经费 1.94 万元, 每辆), the rest of what was listed (其余各类用车均为 0 辆), or a balance carried
 * over (年初结转的水利工程建设资金 X: the 项 named is no spending of it).
 * 平均得分 is a fact of its own (the projects' mean score), and 平均执行率 is read as the projects' rate.
 */
const QUALIFIER = /其余|其他各|其它各|人均|户均|亩均|日均|年均|平均(?!得?分|执行率|完成率)|每(?:人|辆|户|台|名|个|次|亩|家|位|项|件|年|月|天|日|公里)|(?:年初|上年|年末|以前年度)?(?:结转|结余)/gu;
/** Words of a count bought in the year (新购 1 辆, 更新执法车辆 1 辆): not 新购置, the start of a name. */
const BOUGHT_WORDS = '新购(?!置)|更新|更换|购买|购入';
const STOCK_CHANGE = `新增|${BOUGHT_WORDS}|报废|处置|调出|调入|调拨|划转|移交|拍卖|淘汰`;
/**
 * Words that say a count is what changed the stock in the year (新增 2 辆, 报废 1 辆, 更新执法车辆 1 辆, 新购 1 辆),
 * not the stock the data holds. Not 购置: 购置公务用车 N 辆 is a count the data holds (“三公”), and so are the
 * names that begin with these words (新购公务用车).
 */
export const STOCK_CHANGED = new RegExp(`^(?:${STOCK_CHANGE})`, 'u');
/** …of them, those of a purchase: the count may be one the data holds as bought (购置公务用车数量). */
export const BOUGHT = new RegExp(`^(?:${BOUGHT_WORDS})`, 'u');
/** Words of a balance carried over (年初结转的…资金, 结转至下年的…, 结余), as QUALIFIER takes them: what was left, not what was spent. */
export const CARRIED_OVER = /^(?:年初|上年|年末|以前年度)?(?:结转|结余)/u;
/** …for a count, those qualify it too. */
const COUNT_QUALIFIER = new RegExp(`其余|其他各|其它各|人均|户均|平均|每(?:人|辆|户|台|名|个)|${STOCK_CHANGE}`, 'gu');

const REST_IS = /^(?:部分|的)?(?:均为|均是|全部为|全部是|则为|为|是)/u;

/**
 * The words of a figure's clause from a qualifier on (see QUALIFIER), where one stands in the clause
 * before the figure outside the names the scan found (其他收入 is a name, not the rest of anything).
 */
function otherQuantityIn(text: string, from: number, to: number, names: DocumentScans['names'], base: number, count: boolean): string | undefined {
  if (to - from < 2) return undefined;
  const clause = text.slice(from, to);
  const qualifier = count ? COUNT_QUALIFIER : QUALIFIER;
  qualifier.lastIndex = 0;
  for (let m = qualifier.exec(clause); m; m = qualifier.exec(clause)) {
    const at = from + m.index;
    let inName = false;
    for (let k = Math.max(from, at - 40); k <= at && !inName; k++) {
      const name = names.get(base + k);
      inName = name !== undefined && k + name.name.length > at;
    }
    if (inName) continue;
    // 其余为项目支出 X: the rest is the name that follows its copula — that name's figure, no other quantity.
    const copula = m[0].startsWith('其') ? REST_IS.exec(text.slice(at + m[0].length, to)) : null;
    if (copula && names.has(base + at + m[0].length + copula[0].length)) continue;
    return stripLeadIn(text.slice(at, to));
  }
  return undefined;
}

/**
 * The description before a bracketed name (see tokenize) may qualify it only as the name does: no qualifier
 * (人均, 其余) unless the words of a balance before a balance's name (上年结转至本年使用的资金（年初结转和结余）).
 */
function describesBalance(qualified: string | undefined, name: string): boolean {
  return qualified === undefined || (CARRIED_OVER.test(qualified) && /结转|结余/u.test(name));
}

/** Words that list what a whole went on, item by item with amounts (主要用于 A X 万元、B Y 万元; 具体内容主要包括…). */
const LISTS_USES = /(?:主要用于|具体用于|主要包括|具体包括|具体内容(?:主要)?包括|主要有)[:：]?/u;

/**
 * 公务接待费 1.25 万元，主要用于接待兄弟单位考察交流 0.85 万元、上级部门检查指导 0.40 万元: an item of the writer's
 * own listed with its amount after 主要用于 / 主要包括 / 具体包括 (on through the items joined by 、), named by words
 * no data name took — that item, not the whole before it (blind test 9L B3). Undefined where the list's words
 * are not there, or the words before the figure are no item (fewer than two ideographs, anything else).
 */
function listedUse(text: string, listStart: number, lastEnd: number, at: number): string | undefined {
  if (at - lastEnd < 2) return undefined;
  const list = LISTS_USES.exec(text.slice(listStart, at));
  if (!list) return undefined;
  const item = text.slice(Math.max(lastEnd, listStart + list.index + list[0].length), at);
  return /^[\u4e00-\u9fff]{2,}$/u.test(item) ? item : undefined;
}

/** The name of the self-evaluated projects together (绩效自评项目: their count, budgets, amounts spent). */
const SELF_EVALUATED = '开展绩效自评的项目';
/** 个项目开展了绩效自评 after a count: the count's subject named after it. */
const SELF_EVALUATION_AFTER = /^个?项目(?:开展|进行|实施)了?(?:部门|项目)?(?:预算)?绩效自评/u;

/**
 * 组织对 4 个项目开展绩效自评, 对城市运行保障设施维护等 3 个项目开展了绩效自评: a count whose subject, the self-evaluation,
 * comes after it (blind test 9L B1), or which sums up the projects an example names (X等 N 个项目, B5) — the
 * projects together, neither the stage the clause before named nor project X.
 */
function namesSelfEvaluation(text: string, start: number, end: number, previous: Token | undefined): boolean {
  const after = text.slice(end, end + 16);
  if (SELF_EVALUATION_AFTER.test(after)) return true;
  return text[start - 1] === '等' && /^个?项目/u.test(after) && previous?.type === 'topic' && previous.end === start - 1
    && previous.ids.some((id) => id.startsWith('performance.project.'));
}

/**
 * 共有车辆 9 辆（局机关 5 辆、所属单位 4 辆）: in a bracket right after a total, a part named by words no data name
 * took (by unit, by office) — that part, not the total again (blind test 9L B9). The words are those before the
 * figure, past a leading 其中 or 含; undefined where they are not two ideographs or more.
 */
function partName(text: string, from: number, at: number): string | undefined {
  const words = stripLeadIn(text.slice(from, at)).replace(/^(?:其中|含|包括)[:：,，]?/u, '');
  return /^[\u4e00-\u9fff]{2,}$/u.test(words) ? words : undefined;
}

/**
 * 其余项目决算数小于或等于年初预算数, 其他各项均未超过预算: the items not named (blind 13L) — no subject named before
 * them, whose figures and words they are not.
 */
const REST_NAMED = /^\s*(?:其余|其他|其它)(?:的)?(?:各)?(?:项目|项级科目|科目|各项|项|款|类)/u;

function restNamed(gap: string): string | undefined {
  return REST_NAMED.exec(gap)?.[0].trim();
}

/** 其余9个项级科目的决算数…: the rest counted, its count a figure of its own (其余项级科目 names them). */
const REST_COUNTED = /^\s*(其余|其他|其它)(?:的)?[0-9]+个((?:项级|款级)?(?:项目|科目|项|款))/u;

function restCounted(clause: string): string | undefined {
  const m = REST_COUNTED.exec(clause);
  return m ? `${m[1]}${m[2]}` : undefined;
}

/** Cues of a change (增长, 与上年相比): the words before one at a sentence's start may be what changed. */
const CHANGE_CUES = new Set<Cue['kind']>(['direction', 'base']);
/** Words that open a sentence without naming anything: when, how it is looked at, how it goes on. */
const SENTENCE_OPENING = /^(?:全年|本年度?|今年|当年|年内|总体来看|总体上|总体|整体来看|整体上|整体|综合来看|另外|此外|同时|其中|因此|但是|但|而)+/u;

/**
 * The words opening a sentence before its change (全年办理不动产登记业务 …同比增长 15%) when they name
 * something — four characters or more once the openings and lead-ins are taken off (决算数较上年 names
 * nothing): the sentence's own subject, not the one carried from the sentence before.
 */
function subjectOfSentence(gap: string): string | undefined {
  if (gap.length < 4) return undefined;
  const words = stripLeadIn(gap.replace(SENTENCE_OPENING, ''));
  return /^[\u4e00-\u9fff]{4,}$/u.test(words) ? words : undefined;
}

/** Cues that say which figure of a subject follows (支出决算为, 占, 增加 …): a name no topic knows before one is that figure's subject. */
const NAMES_A_FIGURE = new Set<Cue['kind']>(['actual', 'budget', 'completion', 'direction', 'direction-to', 'share', 'comparison', 'base', 'flat']);

/**
 * What the pattern scans found in a document's compact text: all its blocks
 * joined, positions in the joined text. A block reads them from its `base` on.
 */
export interface DocumentScans {
  names: Map<number, { name: string; ids: string[] }>;
  cues: Map<number, { cue: Cue; length: number }>;
  years: Map<number, string>;
  /** what starts at each position, as MARK bits (0 where nothing does): the reader looks up only what is there */
  marked: Uint8Array;
}

export interface PreparedBlock {
  compact: CompactText;
  /** where the block's compact text starts in the joined text */
  base: number;
  /** the block's figures, positions relative to its compact text */
  figures: ScannedFigure[];
  scans: DocumentScans;
}

/**
 * Compact every block and run each scan once over all of them together:
 * a document's hundred blocks cost one pass per pattern, not a hundred.
 */
export function prepareBlocks(texts: readonly string[], names: NameMatcher): PreparedBlock[] {
  const { joined, compacts, bases, marked, cueStarts } = compactAll(texts);
  const mark = (at: number, what: number): void => {
    marked[at] = marked[at]! | what;
  };
  const scans: DocumentScans = { names: names.scan(joined), cues: scanCues(joined, cueStarts), years: new Map(), marked };
  for (const at of scans.names.keys()) mark(at, MARK.name);
  for (const at of scans.cues.keys()) mark(at, MARK.cue);
  for (const m of execAll(YEARS, joined)) {
    scans.years.set(m.index, m[0]);
    mark(m.index, MARK.year);
  }

  const prepared = compacts.map((c, k): PreparedBlock => ({ compact: c, base: bases[k]!, figures: [], scans }));
  // Figures come in order: a moving pointer finds each one's block.
  let k = 0;
  for (const f of scanFigures(joined)) {
    mark(f.start, MARK.figure);
    while (k + 1 < prepared.length && prepared[k + 1]!.base <= f.start) k++;
    const d = prepared[k]!.base;
    f.start -= d;
    f.end -= d;
    f.numberStart -= d;
    f.numberEnd -= d;
    prepared[k]!.figures.push(f);
  }
  return prepared;
}

/** What may stand between the figures of a list (4,340.16, 4,340.16 万元; 27 批次、621 人次). */
const LIST_SEPARATOR = new Set([...',，、'].map((c) => c.charCodeAt(0)));

export function tokenize(blockText: string, names: NameMatcher, block = 0, prepared?: PreparedBlock): { tokens: Token[]; compact: CompactText } {
  const p = prepared ?? prepareBlocks([blockText], names)[0]!;
  const c = p.compact;
  const text = c.text;
  const { scans, base } = p;
  // Compact offsets to block offsets: where compact character `at` starts, where the one before `to` ends.
  const startAt = (at: number): number => c.map[at]!;
  const endAt = (to: number): number => c.map[to - 1]! + 1;
  // A list of figures (各是 4,340.16, 4,340.16 万元; 27 批次、621 人次) is one clause, and a bare
  // number in it takes the unit of the next: the separators between them end no clause.
  const listSeparators = new Set<number>();
  const figures = p.figures;
  for (let k = figures.length - 1; k >= 0; k--) {
    let f = figures[k]!;
    const next = figures[k + 1];
    if (next && next.start === f.end + 1 && LIST_SEPARATOR.has(text.charCodeAt(f.end))) {
      listSeparators.add(f.end);
      if (f.kind === 'bare' && next.kind !== 'bare') f = figures[k] = f.withUnit(next.unit, next.kind);
    }
  }
  // Figures are read on the compact text too: the spaces PDF conversions put inside them are gone.
  // They come in order, as the reading does: a moving index finds the one starting at a position.
  let nextFigure = 0;
  const figureAt = (at: number): ScannedFigure | undefined => {
    while (nextFigure < figures.length && figures[nextFigure]!.start < at) nextFigure++;
    return figures[nextFigure]?.start === at ? figures[nextFigure] : undefined;
  };
  const marked = scans.marked;

  const tokens: Token[] = [];
  // A name the data gives otherwise, certain by the lexicon (领导干部用车 1 辆): the topic it names, as a name token.
  const pushAlias = (name: string, before: number): boolean => {
    const id = names.aliasOf(name);
    if (id === undefined) return false;
    const at = text.lastIndexOf(name, before);
    tokens.push({ type: 'topic', ids: [id], name, start: startAt(at), end: endAt(at + name.length), block });
    return true;
  };
  // 支出 or 收入 alone at the head of a clause or sentence (not the start of a longer name: 支出合计): a flow word.
  const pushFlow = (at: number): void => {
    // By code unit first: most clauses start otherwise, and need no two-character string.
    const first = text.charCodeAt(at);
    if (first !== 0x6536 /* 收 */ && first !== 0x652f /* 支 */) return;
    const word = text.slice(at, at + 2);
    if ((word !== '收入' && word !== '支出') || (scans.names.get(base + at)?.name.length ?? 0) > 2) return;
    tokens.push({ type: 'flow', word, start: startAt(at), end: endAt(at + 2), block });
  };
  // 政府采购货物、工程、服务支出: items listed before a name, each short of the words they share with it (货物支出, 工程支出).
  // Each becomes the name it makes with those words — where every item makes one and none is the name itself.
  const pushElided = (at: number, topic: { name: string; ids: string[] }): void => {
    const items: Array<{ start: number; end: number }> = [];
    for (let end = at - 1; text[end] === '、' && items.length < 8;) {
      let start = ideographsBefore(text, end, 0, 12);
      // No item holds a token of its own (a figure, a cue): only plain words are short of a name. The words
      // right after a cue are an item (分别占货物、服务支出金额的: 货物 after 占), the cue not part of it.
      let previous = tokens.length - 1;
      while (previous >= 0 && tokens[previous]!.type === 'clause-end') previous--;
      const after = previous >= 0 && tokens[previous]!.type === 'cue' && items.length === 0 ? tokens[previous]!.end : -1;
      while (after >= 0 && start < end && startAt(start) < after) start++;
      if (start === end || (previous >= 0 && tokens[previous]!.end > startAt(start))) return;
      items.unshift({ start, end });
      if (after >= 0) break;
      end = start - 1;
    }
    for (let cut = 1; cut < topic.name.length; cut++) {
      const shared = topic.name.slice(cut);
      // Items in order, the cut given up at the first that makes no name.
      const named: Array<{ name: string; ids: string[]; from: number; end: number }> = [];
      for (const { start, end } of items) {
        let made: (typeof named)[number] | undefined;
        for (let from = start; end - from >= 2 && !made; from++) {
          const name = text.slice(from, end) + shared;
          const ids = names.idsOf(name);
          if (ids && !ids.some((id) => topic.ids.includes(id))) made = { name, ids, from, end };
        }
        if (!made) break;
        named.push(made);
      }
      if (named.length < items.length || new Set(named.map((n) => n.ids.join())).size < named.length) continue;
      for (const n of named) {
        const mark = tokens.findIndex((t) => t.type === 'clause-end' && t.start === startAt(n.end));
        if (mark < 0) return;
        tokens.splice(mark, 0, { type: 'topic', ids: n.ids, name: n.name, start: startAt(n.from), end: endAt(n.end), block });
      }
      return;
    }
  };
  let i = 0;
  // Where the last token ended: the text between it and a figure is what the figure is said of.
  let lastEnd = 0;
  let own: ReturnType<typeof writersOwnName>;
  // Where the words before a level marker (…事务(款)) start: brackets inside a name (办公厅(室)) do not end them.
  let wordsStart = 0;
  // Where the clause being read starts: a qualifier in it (人均, 其余) makes its figures other quantities.
  let clauseStart = 0;
  // The last name read, where it ends in the compact text: a negation right after it negates it (…费用没有).
  let lastName: { name: string; end: number } | undefined;
  // Where the list being read starts: a clause and the items joined to it by 、 (主要用于 A X 万元、B Y 万元).
  let listStart = 0;
  // A bracket right after a figure (共有车辆 9 辆（局机关 5 辆、所属单位 4 辆）): where its words start, and the total's unit.
  let breakdown: { start: number; unit: string } | undefined;
  for (;;) {
    // Only positions where something starts need a look: jump from one to the next.
    while (i < text.length && marked[base + i] === 0) i++;
    if (i >= text.length) break;
    const code = text.charCodeAt(i);
    const mark = marked[base + i]!;
    // Most marks are punctuation alone: the maps are looked up only for what starts here.
    const found = mark & MARK.name ? scans.names.get(base + i) : undefined;
    // 货物, 工程, 服务 alone name 政府采购's kinds only where they start the words (其中：货物 X、工程 Y), never inside a
    // longer run (物业服务, 某市机关事务服务中心).
    // Nor before 费: 购置费 is a cost's short name (公务用车购置及运行维护费 X（购置费 Y…）), not 购置 (the vehicles bought).
    const bare = found !== undefined && names.isBareLocal(found.name);
    const topic = bare && (!BARE_NAME_MAY_FOLLOW.test(text.slice(Math.max(0, i - 2), i)) || text.charCodeAt(i + found.name.length) === 0x8d39) ? undefined : found;
    let figure = mark & MARK.figure ? figureAt(i) : undefined;
    // A bare number that is also a name (a subject code in its own table cell) is the name.
    if (figure && figure.kind === 'bare' && (topic?.name.length ?? 0) >= figure.end - figure.start) figure = undefined;
    if (figure) {
      const whole = { start: startAt(figure.start), end: endAt(figure.end) };
      const numberStart = startAt(figure.numberStart);
      const numberEnd = endAt(figure.numberEnd);
      // The number as the writer typed it (full-width digits, spaces), for messages and fixes.
      const numberText = blockText.slice(numberStart, numberEnd);
      let named = unknownNameIn(text, lastEnd, figure.start) ?? listedUse(text, listStart, lastEnd, figure.start)
        ?? (breakdown && breakdown.unit === figure.unit ? partName(text, Math.max(lastEnd, breakdown.start), figure.start) : undefined);
      if (named !== undefined && pushAlias(named, figure.start)) named = undefined;
      const otherQuantity = otherQuantityIn(text, clauseStart, figure.start, scans.names, base, figure.kind === 'count');
      // 对 4 个项目开展绩效自评, 城市运行保障设施维护等 3 个项目: the self-evaluated projects together, named after their count.
      const selfEvaluated = figure.kind === 'count' && namesSelfEvaluation(text, figure.start, figure.end, tokens.at(-1)) ? names.idsOf(SELF_EVALUATED) : undefined;
      if (selfEvaluated) tokens.push({ type: 'topic', ids: selfEvaluated, name: SELF_EVALUATED, start: startAt(figure.start), end: startAt(figure.start), block });
      tokens.push({
        type: 'figure', start: whole.start, end: whole.end, block,
        figure: figure.placed(whole.start, whole.end, numberStart, numberEnd, numberText),
        after: text.slice(figure.end, figure.end + 16),
        before: text.slice(Math.max(0, figure.start - 16), figure.start),
        unknownName: named,
        ...(otherQuantity !== undefined ? { otherQuantity } : {}),
      });
      lastEnd = wordsStart = i = figure.end;
      continue;
    }
    // …等支出；截至 2024 年 12 月 31 日，公务用车保有量为 20 辆: a date opening the clause after ；starts a statement of its own,
    // as after 。— what the clause before it described or explained (主要是…) does not reach into it.
    if (END_KIND[code] === 1 || ((code === 59 /* ; */ || code === 0xff1b /* ； */) && DATED_STATEMENT.test(text.slice(i + 1, i + 12)))) {
      tokens.push({ type: 'sentence-end', start: startAt(i), end: endAt(i + 1), block });
      lastEnd = wordsStart = clauseStart = listStart = ++i;
      breakdown = undefined;
      pushFlow(i);
      continue;
    }
    if (END_KIND[code] === 2) {
      const ends = !listSeparators.has(i);
      if (ends) tokens.push({ type: 'clause-end', mark: text[i]!, start: startAt(i), end: endAt(i + 1), block });
      lastEnd = wordsStart = ++i;
      if (ends) clauseStart = i;
      if (ends && text[i - 1] !== '、') listStart = i;
      if (ends && text[i - 1] !== '、') pushFlow(i);
      continue;
    }
    // 统计信息事务（项） where the data has no such 项: a subject the data does not hold (or a 款 no topic tracks);
    // 教育（类） likewise, once the data's classes (and their names of old) have been matched as names.
    if (code === 40 /* ( */ && (text.startsWith('(项)', i) || text.startsWith('(款)', i) || text.startsWith('(类)', i))) {
      const level = text[i + 1] === '项' ? 'item' : text[i + 1] === '款' ? 'kuan' : 'class';
      const words = text.slice(wordsStart, i);
      // 按支出功能分类科目（类）划分: the level of a classification, not a subject's name.
      if (/科目$/u.test(words)) {
        lastEnd = wordsStart = i += 3;
        continue;
      }
      if (/[\u4e00-\u9fff]$/u.test(words)) {
        const own = subjectWords(words);
        tokens.push(names.holdsSubject(words, level)
          ? { type: 'untracked', name: own, level, start: startAt(wordsStart), end: endAt(i + 3), block }
          : { type: 'unknown', name: own, level, start: startAt(i - own.length), end: endAt(i + 3), block });
        lastEnd = wordsStart = i += 3;
        continue;
      }
    }
    // 上年结转至本年使用的资金（年初结转和结余）45.60 万元: a data name alone in a bracket between the writer's own
    // description and the figure is the name the description gives (blind 14L §5.5) — read as the name, no
    // parenthetical; the description's words (上年结转) no other quantity where they are a balance's, and the name one
    // (人均（…） stays per head: see describesBalance). Not a scope alone (项目支出（政府性基金预算财政拨款）
    // qualifies, not names), nor after a name of the data (基本支出（人员经费）: which of the two, the words do not say).
    if (code === 40) {
      const inner = scans.names.get(base + i + 1);
      const after = inner && i + 2 + inner.name.length;
      // (figureAt moves on past what it skips: asked last, and only where no figure starts inside the bracket.)
      if (inner && after && text.charCodeAt(after - 1) === 41 && !(marked[base + i + 1]! & MARK.figure) && marked[base + after]! & MARK.figure
        && !names.isBareLocal(inner.name) && !isScopeAlone(inner.name) && /[\u4e00-\u9fff]{2}$/u.test(text.slice(lastEnd, i))
        && tokens.at(-1)?.end !== startAt(i) && describesBalance(otherQuantityIn(text, clauseStart, i, scans.names, base, false), inner.name) && figureAt(after)) {
        tokens.push({ type: 'topic', ids: inner.ids, name: inner.name, start: startAt(i + 1), end: endAt(after - 1), block });
        lastName = { name: inner.name, end: after - 1 };
        lastEnd = wordsStart = clauseStart = i = after;
        continue;
      }
    }
    // Brackets left over once names are matched (（类）… are parts of names): a parenthetical.
    if (code === 40 || code === 41) {
      const total = tokens.at(-1);
      breakdown = code === 40 && total?.type === 'figure' && total.end === startAt(i) && total.figure.unit ? { start: i + 1, unit: total.figure.unit } : undefined;
      tokens.push({ type: code === 40 ? 'open' : 'close', start: startAt(i), end: endAt(i + 1), block });
      lastEnd = ++i;
      continue;
    }
    const year = mark & MARK.year ? scans.years.get(base + i) : undefined;
    if (year) {
      const len = year.length + (text.startsWith('年度', i + year.length) ? 2 : 1);
      const bound = yearBound(text, i, len);
      tokens.push({
        type: 'year', year: Number(year), text: text.slice(i, i + len), date: bound === 'date' || YEAR_DATE.test(text.slice(i + len, i + len + 24)),
        ...(bound === 'span' ? { span: true } : {}), ...(YEAR_END_HEADING.test(text.slice(i + len, i + len + 8)) ? { yearEnd: true } : {}),
        start: startAt(i), end: endAt(i + len), block,
      });
    }
    let cue = mark & MARK.cue ? scans.cues.get(base + i) : undefined;
    if (cue?.cue.kind === 'absent') {
      // 无 / 没有 is a cue only right beside the names it negates; elsewhere (无偿, 无需, 无线电) it is plain text.
      const negated = negatedAfter(text, i, cue.length, scans.names, base, (n) => names.holds(n))
        ?? (lastName && negatedBefore(text, i, cue.length, lastName.name, lastName.end));
      cue = negated ? { cue: { kind: 'absent', negated }, length: cue.length } : undefined;
    }
    if (cue && (!topic || cue.length >= topic.name.length)) {
      const names = NAMES_A_FIGURE.has(cue.cue.kind);
      const last = tokens.at(-1);
      const counted = names && last?.type === 'figure' ? restCounted(text.slice(clauseStart, i)) : undefined;
      if (counted !== undefined) {
        // 其余9个项级科目的决算数小于…: the rest counted — named where the words after its count stand.
        tokens.push({ type: 'unnamed', name: counted, start: startAt(lastEnd), end: endAt(Math.max(lastEnd + 1, i)), block });
      }
      // 全年办理不动产登记业务同比增长 15%: a sentence whose words before its change name what changed.
      const named = names && counted === undefined ? unknownNameIn(text, lastEnd, i) ?? restNamed(text.slice(lastEnd, i))
        ?? (CHANGE_CUES.has(cue.cue.kind) && (last === undefined || last.type === 'sentence-end') ? subjectOfSentence(text.slice(lastEnd, i)) : undefined)
        : undefined;
      if (named !== undefined && !pushAlias(named, i)) {
        const at = text.lastIndexOf(named, i);
        tokens.push({ type: 'unnamed', name: named, start: startAt(at), end: endAt(at + named.length), block });
      }
      tokens.push({ type: 'cue', cue: cue.cue, text: text.slice(i, i + cue.length), start: startAt(i), end: endAt(i + cue.length), block });
      lastEnd = wordsStart = i += cue.length;
    } else if (topic && (own = writersOwnName(tokens.at(-1), text, lastEnd, i, topic.name, names))) {
      // 水体污染防治项目支出, 外宾公务接待费: the data's name as the tail of a longer one it does not hold — a name of its own;
      // so is one right after another (生态环境保护宣传项目支出: that 项's project spending, which the data does not break down).
      const previous = own.joinsPrevious ? tokens.pop()! : undefined;
      const at = i + topic.name.length - own.name.length;
      tokens.push({ type: 'unnamed', name: own.name, start: previous ? previous.start : startAt(at), end: endAt(i + topic.name.length), block });
      lastEnd = wordsStart = i += topic.name.length;
      lastName = undefined;
    } else if (topic) {
      const before = tokens.at(-1);
      if (before?.type === 'clause-end' && before.mark === '、' && lastEnd === i) pushElided(i, topic);
      const within = tokens.at(-1)?.type === 'topic' && WITHIN.has(text.slice(lastEnd, i));
      tokens.push({ type: 'topic', ids: topic.ids, name: topic.name, start: startAt(i), end: endAt(i + topic.name.length), block, ...(within ? { within } : {}) });
      lastEnd = wordsStart = i += topic.name.length;
      lastName = { name: topic.name, end: i };
    } else if (year) {
      // 2024年末公务用车保有量: a name that starts with the year's 年 (年末…) is read from there.
      const nameAtYear = !text.startsWith('年度', i + year.length) && scans.names.has(base + i + year.length);
      lastEnd = wordsStart = i += year.length + (nameAtYear ? 0 : 1);
    } else {
      i++;
    }
  }
  return { tokens, compact: c };
}
