/**
 * 决算数大于 / 小于 / 等于预算数, 与预算持平, where the data cannot judge them
 * (review: a document's tables hold no opening budget of a 项): the budget and
 * the actual the same paragraph states for that subject decide the word. Only
 * where the two figures leave no doubt — stated intervals apart for 大于 and
 * 小于, not apart for 等于 — and never with a fix: the word or a figure may be
 * the slip, only the writer knows which.
 */
import { Decimal } from '../data/amount.js';
import type { Claim, FigureClaim, WordClaim } from './claims/index.js';
import { stated } from './consistency.js';
import type { BudgetKind } from './lexicon.js';
import { budgetComparisonKnown, type Finding } from './verify.js';
import type { Interval } from '../facts/interval.js';

type Comparison = 'greater' | 'less' | 'equal';
const WORD: Record<Comparison, string> = { greater: '大于', less: '小于', equal: '等于' };
const BUDGET_NAME: Record<BudgetKind, string> = { opening: '年初预算数', 'full-year': '全年预算数', unspecified: '预算数', ambiguous: '预算数' };
const ONE_PERCENT = new Decimal('0.01');

/** What the two stated figures settle: greater or less when their intervals are apart, else undefined. */
function apart(actual: Interval, budget: Interval): Comparison | undefined {
  if (actual.lo.gt(budget.hi)) return 'greater';
  if (actual.hi.lt(budget.lo)) return 'less';
  return undefined;
}

/** Does the word hold, given how the stated figures compare (undefined: they may be equal)? */
function holds(word: WordClaim, found: Comparison | undefined, actual: Interval, budget: Interval): boolean {
  if (word.kind === 'flat') {
    if (found === undefined) return true;
    // 基本持平: within 1% of the budget
    return word.approximately && actual.lo.minus(budget.hi).abs().lte(budget.hi.times(ONE_PERCENT)) && actual.hi.minus(budget.lo).abs().lte(budget.hi.times(ONE_PERCENT));
  }
  switch (word.comparison) {
    case 'greater': return found !== 'less';
    case 'less': return found !== 'greater';
    case 'equal': return found === undefined;
    case 'at-most': return found !== 'greater';
    case 'at-least': return found !== 'less';
    default: return true;
  }
}

function sameBudget(a: BudgetKind, b: BudgetKind): boolean {
  return a === b || a === 'unspecified' || b === 'unspecified';
}

/**
 * @param claims the claims of one paragraph (or table row)
 * @param flagged figures already found wrong against the data: no evidence for the word
 */
export function comparisonWordFindings(claims: readonly Claim[], flagged: ReadonlySet<FigureClaim>): Finding[] {
  const findings: Finding[] = [];
  const figures = claims.filter((c): c is FigureClaim => c.kind === 'figure' && !flagged.has(c) && c.figure.kind === 'amount');
  for (const word of claims) {
    if (word.kind !== 'comparison' && word.kind !== 'flat') continue;
    if (word.kind === 'flat' && word.base !== 'budget') continue;
    if (!word.topic || word.budget === 'ambiguous' || budgetComparisonKnown(word)) continue;
    const own = figures.filter((f) => f.topic === word.topic && f.base !== 'other-year');
    const budget = own.filter((f) => f.role === 'budget' && sameBudget(f.budget, word.budget)).at(-1);
    const actual = own.filter((f) => f.role === 'actual').at(-1) ?? own.filter((f) => f.role === 'amount').at(-1);
    if (!budget || !actual) continue;
    const [a, b] = [stated(actual), stated(budget)];
    const found = apart(a, b);
    if (holds(word, found, a, b)) continue;
    const right = found ? WORD[found] : WORD.equal;
    const budgetName = BUDGET_NAME[budget.budget === 'unspecified' ? word.budget : budget.budget];
    findings.push({
      ruleId: 'comparison-inconsistent', severity: 2, span: word.span, actual: word.text,
      message: `“${word.text}”与同段文字不符：${word.topic.label}决算数 ${actual.figure.numberText} 万元，${budgetName} ${budget.figure.numberText} 万元，决算数${right}${budgetName}`,
    });
  }
  return findings;
}
