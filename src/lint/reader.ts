/**
 * The claim reader: turns the text of one block into a stream of tokens —
 * figures, topic mentions, lexicon cues, years, clause and sentence ends — over
 * a "compact" copy of the text (width-normalised, whitespace removed, so that
 * 4,340.16 万元, ４，３４０．１６万元 and 一般公共服务 （类） all read alike),
 * with every token's span mapped back to the block text.
 */
import { scanFigures, type Figure } from './figures.js';
import { LEXICON, type Cue } from './lexicon.js';
import { normalizeWidth } from './normalize.js';
import type { TopicIndex } from './topics.js';

export interface Span {
  /** offsets in the block's text (end exclusive) */
  start: number;
  end: number;
  /** index of the block the offsets are in */
  block: number;
}

export type Token =
  | (Span & { type: 'figure'; figure: Figure; /** compact text right after the figure, for look-ahead frames */ after: string; before: string })
  | (Span & { type: 'topic'; ids: string[]; name: string })
  | (Span & { type: 'cue'; cue: Cue; text: string })
  | (Span & { type: 'year'; year: number; text: string })
  | (Span & { type: 'clause-end' })
  | (Span & { type: 'open' | 'close' })
  | (Span & { type: 'sentence-end' });

export interface CompactText {
  /** width-normalised text without whitespace */
  text: string;
  /** map[i] = index in the block text of compact character i; map[text.length] = block text length */
  map: number[];
}

export function compact(blockText: string): CompactText {
  const normal = normalizeWidth(blockText);
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < normal.length; i++) {
    const ch = normal[i]!;
    if (/\s/u.test(ch)) continue;
    text += ch;
    map.push(i);
  }
  map.push(blockText.length);
  return { text, map };
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const CLAUSE_END = new Set(['，', ',', '；', ';', '：', ':', '、']);
// Characters a lexicon entry can start with: a cheap filter before trying the patterns.
const CUE_START = new Set([...'增减下降上提超节持基无没未相一大高多小低少等所占比完为预年全调支决执实与较同不其得主用包原是系具']);
const YEAR = /(19|20)\d\d(?=年)/uy;

/** Names of topics indexed by their first character, longest first. */
export class NameMatcher {
  private readonly byFirst = new Map<string, string[]>();

  constructor(private readonly index: TopicIndex) {
    for (const name of index.names) {
      const first = name[0]!;
      const list = this.byFirst.get(first) ?? [];
      list.push(name);
      this.byFirst.set(first, list);
    }
  }

  /** The longest topic name at position i, if any. */
  at(text: string, i: number): { name: string; ids: string[] } | undefined {
    const candidates = this.byFirst.get(text[i]!);
    if (!candidates) return undefined;
    for (const name of candidates) {
      if (text.startsWith(name, i)) return { name, ids: this.index.byName.get(name)! };
    }
    return undefined;
  }
}

function cueAt(text: string, i: number): { cue: Cue; length: number } | undefined {
  if (!CUE_START.has(text[i]!)) return undefined;
  let best: { cue: Cue; length: number } | undefined;
  for (const entry of LEXICON) {
    entry.pattern.lastIndex = i;
    const m = entry.pattern.exec(text);
    if (m && m[0].length > 0 && (!best || m[0].length > best.length)) best = { cue: entry.cue, length: m[0].length };
  }
  return best;
}

export function tokenize(blockText: string, names: NameMatcher, block = 0): { tokens: Token[]; compact: CompactText } {
  const c = compact(blockText);
  const text = c.text;
  const span = (from: number, to: number): Span => ({ start: c.map[from]!, end: to > from ? c.map[to - 1]! + 1 : c.map[from]!, block });
  // Figures are read on the compact text too: the spaces PDF conversions put inside them are gone.
  const figureAt = new Map<number, Figure>();
  for (const f of scanFigures(text)) figureAt.set(f.start, f);

  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const figure = figureAt.get(i);
    if (figure) {
      const whole = span(figure.start, figure.end);
      const numberStart = c.map[figure.numberStart]!;
      const numberEnd = c.map[figure.numberEnd - 1]! + 1;
      // The number as the writer typed it (full-width digits, spaces), for messages and fixes.
      const numberText = blockText.slice(numberStart, numberEnd);
      tokens.push({
        type: 'figure', ...whole,
        figure: { ...figure, ...whole, numberStart, numberEnd, numberText, fullWidth: /[０-９]/u.test(numberText) },
        after: text.slice(figure.end, figure.end + 16),
        before: text.slice(Math.max(0, figure.start - 16), figure.start),
      });
      i = figure.end;
      continue;
    }
    if (SENTENCE_END.has(ch)) { tokens.push({ type: 'sentence-end', ...span(i, i + 1) }); i++; continue; }
    if (CLAUSE_END.has(ch)) { tokens.push({ type: 'clause-end', ...span(i, i + 1) }); i++; continue; }
    // Brackets left over once names are matched (（类）… are parts of names): a parenthetical.
    if (ch === '(' || ch === ')') { tokens.push({ type: ch === '(' ? 'open' : 'close', ...span(i, i + 1) }); i++; continue; }
    YEAR.lastIndex = i;
    const year = YEAR.exec(text);
    if (year) {
      const len = year[0].length + (text.startsWith('年度', i + year[0].length) ? 2 : 1);
      tokens.push({ type: 'year', year: Number(year[0]), text: text.slice(i, i + len), ...span(i, i + len) });
      // A year can open a base phrase: 与 2023 年度相比 is read as one cue by the lexicon below.
    }
    const topic = names.at(text, i);
    const cue = cueAt(text, i);
    if (cue && (!topic || cue.length >= topic.name.length)) {
      tokens.push({ type: 'cue', cue: cue.cue, text: text.slice(i, i + cue.length), ...span(i, i + cue.length) });
      i += cue.length;
    } else if (topic) {
      tokens.push({ type: 'topic', ids: topic.ids, name: topic.name, ...span(i, i + topic.name.length) });
      i += topic.name.length;
    } else if (year) {
      i += year[0].length + 1;
    } else {
      i++;
    }
  }
  return { tokens, compact: c };
}
