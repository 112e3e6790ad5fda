/**
 * Direction and comparison words (方向词) as the drafter writes them. The
 * linter's lexicon of synonyms (上升, 降低, 无变化 …) builds on these.
 */

/** The sign of a change (增减): this year against the previous year or a budget. */
export type Direction = 'up' | 'down' | 'flat';

/** 增加 X 万元: the word before a change amount. */
export const AMOUNT_CHANGE_WORD: Record<Direction, string> = { up: '增加', down: '减少', flat: '持平' };

/** 增长 X%: the word before a change rate. */
export const RATE_CHANGE_WORD: Record<Direction, string> = { up: '增长', down: '下降', flat: '持平' };

/** 决算数大于/小于/等于年初预算数: actual against budget. */
export type Comparison = 'greater' | 'less' | 'equal';

export const COMPARISON_WORD: Record<Comparison, string> = { greater: '大于', less: '小于', equal: '等于' };

export function comparisonOf(direction: Direction): Comparison {
  return direction === 'up' ? 'greater' : direction === 'down' ? 'less' : 'equal';
}
