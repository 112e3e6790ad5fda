/**
 * The direction words, once: which way each says a figure moved, the family it belongs to and the
 * words that say the opposite. Three readers use them — the lexicon (which cue a word is), the
 * document's style (the words it writes before figures) and the fixes (a wrong word's opposite).
 */

export interface DirectionWord {
  word: string;
  direction: 'up' | 'down';
  /**
   * amount: a verb of an amount (增加 X 万元; 减少 may state a rate too); change: a verb of an amount or a rate
   * (增长, 增长率); rate: a noun of a rate (增幅); budget: against the budget (超支, 节约); to: to a figure (升至);
   * more: 多 / 少 right before an amount. Only amount and change words stand before figures as the document's
   * own choice (DocumentStyle.wordsUsed).
   */
  family: 'amount' | 'change' | 'rate' | 'budget' | 'to' | 'more';
  /** what the cue expects after the word: an amount, a rate, or either */
  of: 'amount' | 'rate' | 'either';
  /** an up word's opposites, the usual first (a fix takes the one the document uses, else the first) */
  opposites?: readonly string[];
  /** a pairing many writers use, taken only where the document uses it (提高 … 下降 …); first for points going up */
  alsoOpposite?: string;
}

export const DIRECTION_WORDS: readonly DirectionWord[] = [
  { word: '增加', direction: 'up', family: 'amount', of: 'amount', opposites: ['减少'] },
  { word: '增长', direction: 'up', family: 'change', of: 'either', opposites: ['下降'] },
  { word: '上升', direction: 'up', family: 'change', of: 'either', opposites: ['下降', '下滑', '回落'] },
  { word: '提高', direction: 'up', family: 'change', of: 'either', opposites: ['降低'], alsoOpposite: '下降' },
  { word: '增幅', direction: 'up', family: 'rate', of: 'rate', opposites: ['降幅', '减幅'] },
  { word: '涨幅', direction: 'up', family: 'rate', of: 'rate', opposites: ['降幅'] },
  { word: '增多', direction: 'up', family: 'amount', of: 'amount', opposites: ['减少'] },
  { word: '超支', direction: 'up', family: 'budget', of: 'either', opposites: ['节约'] },
  { word: '上涨', direction: 'up', family: 'change', of: 'either', opposites: ['下降'] },
  { word: '升至', direction: 'up', family: 'to', of: 'either', opposites: ['降至'] },
  { word: '多', direction: 'up', family: 'more', of: 'amount', opposites: ['少'] },
  // 较上年略增 69.98 万元, 比上年略减 81.16 万元 (blind 15L §1c): a change said to be small is a change — not last year's figure.
  { word: '略增', direction: 'up', family: 'change', of: 'either', opposites: ['略减', '略降'] },
  { word: '微增', direction: 'up', family: 'change', of: 'either', opposites: ['微降', '微减'] },
  { word: '稍增', direction: 'up', family: 'change', of: 'either', opposites: ['稍减', '稍降'] },
  { word: '小增', direction: 'up', family: 'change', of: 'either', opposites: ['小降', '小减'] },
  { word: '略升', direction: 'up', family: 'change', of: 'either', opposites: ['略降'] },
  { word: '微升', direction: 'up', family: 'change', of: 'either', opposites: ['微降'] },
  { word: '减少', direction: 'down', family: 'amount', of: 'either' },
  { word: '下降', direction: 'down', family: 'change', of: 'either' },
  { word: '降低', direction: 'down', family: 'change', of: 'either' },
  { word: '下滑', direction: 'down', family: 'change', of: 'either' },
  { word: '回落', direction: 'down', family: 'change', of: 'either' },
  { word: '降幅', direction: 'down', family: 'rate', of: 'rate' },
  { word: '减幅', direction: 'down', family: 'rate', of: 'rate' },
  { word: '节约', direction: 'down', family: 'budget', of: 'amount' },
  { word: '降至', direction: 'down', family: 'to', of: 'either' },
  { word: '少', direction: 'down', family: 'more', of: 'amount' },
  { word: '略减', direction: 'down', family: 'change', of: 'either' },
  { word: '略降', direction: 'down', family: 'change', of: 'either' },
  { word: '微降', direction: 'down', family: 'change', of: 'either' },
  { word: '微减', direction: 'down', family: 'change', of: 'either' },
  { word: '稍减', direction: 'down', family: 'change', of: 'either' },
  { word: '稍降', direction: 'down', family: 'change', of: 'either' },
  { word: '小降', direction: 'down', family: 'change', of: 'either' },
  { word: '小减', direction: 'down', family: 'change', of: 'either' },
];

/** The words of a family going one way, as a regex alternation in the table's order. */
export function directionWordsOf(family: DirectionWord['family'], direction: DirectionWord['direction']): string {
  return DIRECTION_WORDS.filter((w) => w.family === family && w.direction === direction).map((w) => w.word).join('|');
}

type Pair = readonly [up: string, down: string];
const OWN_OPPOSITES: readonly Pair[] = DIRECTION_WORDS.flatMap((w) => (w.opposites ?? []).map((o) => [w.word, o] as const));
const WRITERS_PAIRINGS: readonly Pair[] = DIRECTION_WORDS.flatMap((w) => (w.alsoOpposite ? [[w.word, w.alsoOpposite] as const] : []));

/** [up, down] pairs for flipping a word: each up word's opposites in the table's order, then the writers' pairings. */
export const OPPOSITE_PAIRS: readonly Pair[] = [...OWN_OPPOSITES, ...WRITERS_PAIRINGS];

/** …for percentage points going up: the writers' pairings first (提高 … 个百分点 against 下降). */
export const OPPOSITE_POINTS_UP_PAIRS: readonly Pair[] = [...WRITERS_PAIRINGS, ...OWN_OPPOSITES];

/** The words a document writes right before its change figures (增长 5.2%, 提高 3 个百分点): verbs of an amount or a change. */
export const BEFORE_FIGURE_WORDS = DIRECTION_WORDS.filter((w) => w.family === 'amount' || w.family === 'change').map((w) => w.word);

/**
 * 增 and 减 alone, which the lexicon reads as direction words only right after a base of last year (较上年减 69.98
 * 万元, 同比增 5.2%; elsewhere they begin too many other words: 新增, 增设): a wrong one is turned whole, the writer's
 * one character for the other (较上年增 353.84 万元 where it fell: 减), as 减少 is turned to 增加.
 */
export const SINGLE_CHARACTER_OPPOSITES: ReadonlyMap<string, string> = new Map([['增', '减'], ['减', '增']]);
