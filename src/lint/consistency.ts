/**
 * Checks inside the text, where no data is needed: the figures a paragraph
 * states must agree with each other — change, rate and the two years' figures;
 * budget, actual and completion rate; an amount, its whole and its share; parts
 * and their whole; shares of a breakdown; a subset (小微企业) and its superset
 * (中小企业); a share over 100%. These catch what the data cannot (the data
 * itself may be wrong, as the seed's 十一 is) and what a document states
 * without data behind it (review of a published text).
 *
 * A stated figure stands for the values its rounding allows, at the document's
 * own precision: a document that writes amounts to 0.01 and drops trailing
 * zeros means 3.00 by “3 万元”, one that rounds to whole 万元 means 2.5–3.5
 * (style.ts decides from the document's other amounts). A verdict uses those
 * intervals; a message shows the computation from the figures as stated
 * (2.28 ÷ 4 = 57.00%), every amount in one unit.
 */
import { Decimal, ZERO } from '../data/amount.js';
import { add, div, overlaps, quotientOverlaps, rounded, scale, sub, type Interval } from '../facts/interval.js';
import { approxAdd, approxNeg, approxOrder, approxOverlaps, approxQuotientOverlaps, approxRounded, approxSub, approxWiden, type Approx } from '../facts/approx.js';
import { formatNumber } from '../format/number.js';
import { COMPARISON_WORD } from '../format/words.js';
import type { FigureClaim, Role, WordClaim } from './claims/index.js';
import { IN_WAN, isOverHundred, isZeroFigure, type Figure } from './figures.js';
import { BASICALLY_FLAT_PERCENT, type BudgetKind } from './lexicon.js';
import type { Topic, TopicIndex } from './topics/index.js';
import type { Finding } from './verify.js';
import { appendAll, maxOf, minOf } from '../util/arrays.js';

const HUNDRED = new Decimal(100);
const MINUS_ONE = new Decimal(-1);
const ONE = new Decimal(1);
const ONE_HUNDREDTH = new Decimal('0.01');

/**
 * The factor that turns a figure's value into 万元, where there is one to apply: × 1 (万元 already)
 * only rounds to the arithmetic's precision, which a figure of fewer digits needs not.
 */
function toWan(f: Figure, value: Decimal): Decimal | undefined {
  const k = f.kind === 'amount' ? IN_WAN[f.unit] : undefined;
  return k !== undefined && k.eq(ONE) && value.sd() <= Decimal.precision ? undefined : k;
}

/** How many decimals a stated figure stands for: its own, or more where the document drops trailing zeros. */
export type Precision = (figure: Figure) => number;
const OWN: Precision = (f) => f.decimals;

const NOTHING: Approx = { lo: 0, hi: 0, mag: 0 };
const ALL: Approx = { lo: 100, hi: 100, mag: 100 };

const STATED = new WeakMap<Figure, Interval>();

/** A stated figure as an interval in 万元 (amounts) or % (rates); computed once per figure. */
function stated(claim: FigureClaim, precision: Precision): Interval {
  const f = claim.figure;
  let interval = STATED.get(f);
  if (!interval) {
    const own = rounded(f.value, precision(f));
    const k = toWan(f, own.lo);
    interval = k ? scale(own, k) : own;
    STATED.set(f, interval);
  }
  return interval;
}

/** Each amount unit in 万元, as a double. */
const IN_WAN_NUMBER: Record<string, number> = Object.fromEntries(Object.entries(IN_WAN).map(([unit, k]) => [unit, k.toNumber()]));

/**
 * `stated` in doubles, for the floating-point pre-check: most verdicts need no Decimal at all.
 * Not cached: a few flops cost less than a WeakMap look-up.
 */
function approxStated(claim: FigureClaim, precision: Precision): Approx {
  const f = claim.figure;
  return approxRounded(f.number, precision(f), (f.kind === 'amount' ? IN_WAN_NUMBER[f.unit] : undefined) ?? 1);
}

/** The floating-point verdict where it is certain (facts/approx.ts), else the exact one. */
function decide<T>(fast: T | null, exact: () => T): T {
  return fast !== null ? fast : exact();
}

/** A stated figure's value as written, in 万元 (amounts) or % (rates): the point a message computes with. */
function point(claim: FigureClaim): Decimal {
  const f = claim.figure;
  const k = toWan(f, f.value);
  return k ? f.value.times(k) : f.value;
}

/**
 * The amounts of a message, in one unit: as written when they share one (元 throughout a 元
 * document), else in 万元, converted. `text` writes a stated amount, `value` a computed one.
 */
function amountsOf(claims: ReadonlyArray<FigureClaim>) {
  const units = new Set(claims.filter((c) => c.figure.kind === 'amount').map((c) => c.figure.unit === '万' ? '万元' : c.figure.unit));
  const shared = units.size === 1 ? [...units][0]! : undefined;
  const unit = shared && IN_WAN[shared] ? shared : '万元';
  const k = IN_WAN[unit]!;
  const decimals = maxOf(claims.map((c) => c.figure.decimals), 0);
  const write = (v: Decimal, d: number) => formatNumber(v, { decimals: d, trimZeros: false, grouping: true });
  return {
    unit,
    text: (c: FigureClaim) => (shared ? c.figure.numberText : write(point(c), 2)),
    value: (v: Decimal) => write(v.div(k), shared ? decimals : 2),
  };
}

/** A percentage number to exactly `decimals` places, zeros kept, no separators: 57.00. */
function fixed(value: Decimal, decimals: number): string {
  return formatNumber(value, { decimals, trimZeros: false, grouping: false });
}

/** a ÷ b × 100: the exact rate or share two stated points give. */
function percentOf(a: Decimal, b: Decimal): Decimal {
  return a.div(b).times(HUNDRED);
}

/** a ÷ b × 100 from stated points, written to the rate's decimals (at least two): 57.00. */
function percentText(a: Decimal, b: Decimal, rate?: Figure): string {
  return fixed(percentOf(a, b), Math.max(2, rate?.decimals ?? 0));
}

function figureSpan(c: FigureClaim) {
  return { start: c.figure.numberStart, end: c.figure.numberEnd, block: c.block };
}

/**
 * A topic's claims by role, every role present from the start: objects of one shape, whose look-ups
 * stay fast, where roles added as they came made a shape per order of roles.
 */
function noRoles(): Partial<Record<Role, FigureClaim[]>> {
  return {
    amount: undefined, share: undefined, change: undefined, 'change-rate': undefined, budget: undefined, actual: undefined, completion: undefined,
    previous: undefined, count: undefined, score: undefined, 'grade-count': undefined, bare: undefined, 'share-change': undefined,
  };
}

/**
 * The subject of a claim no topic holds: its sentence — and within it, the name no topic holds it is said of
 * (行政运行（项）…；其他事务支出（项）…: each clause's budget, actual and rate go together, blind 12R).
 */
function unheldKey(block: number, sentence: number, at: number | undefined): string {
  return at === undefined ? `?${block}:${sentence}` : `?${block}:${sentence}:${at}`;
}

/** The claims of each role per topic within a group of claims (a paragraph, a table row), in order. */
function byTopic(claims: FigureClaim[]): Map<string, Partial<Record<Role, FigureClaim[]>>> {
  const out = new Map<string, Partial<Record<Role, FigureClaim[]>>>();
  for (const c of claims) {
    // A subject no topic knows (20109-海关事务) is still one subject within its sentence; a change against
    // another period (比 2019 年…) is not paired with the amount and the rate against last year.
    const subject = c.topic?.id ?? unheldKey(c.block, c.sentence, c.unheldAt);
    // Last year's share (由上年的 30.02% 上升到 30.66%) is no share of this year's amount.
    const key = c.base === 'other-year' ? `${subject}@${c.baseYear ?? '?'}` : c.lastYear && c.role !== 'previous' ? `${subject}@previous` : subject;
    let roles = out.get(key);
    if (!roles) out.set(key, (roles = noRoles()));
    (roles[c.role] ??= []).push(c);
  }
  return out;
}

const UNKNOWN_TOPIC = { id: '?', label: '该项', parts: undefined, subsetOf: undefined, shares: [] } as const;

/** Would the stated figure be the implied one cut off (截位) rather than rounded? An error like any wrong figure, named for its cause. */
function truncationOf(exact: Decimal, figure: Figure): boolean {
  return exact.abs().toDecimalPlaces(figure.decimals, Decimal.ROUND_DOWN).eq(figure.value);
}

function truncated(c: FigureClaim, exact: Decimal): Finding {
  const right = fixed(exact.abs(), c.figure.decimals);
  return {
    ruleId: 'truncated-figure', severity: 2, span: figureSpan(c), actual: c.figure.numberText, expected: right,
    message: `${c.figure.numberText}% 是截位而非四舍五入的结果：按同段文字应为 ${right}%`,
  };
}

/** Do a budget and a completion rate speak of the same budget (opening, full-year), as far as the text says? */
export function comparableBudgets(a: BudgetKind, b: BudgetKind): boolean {
  return a === b || a === 'unspecified' || b === 'unspecified' || a === 'ambiguous' || b === 'ambiguous';
}

/**
 * The budget a completion rate or a comparison word is of: the one of its own kind (年初预算 for
 * 完成年初预算的), else the one the text leaves open — none when the paragraph states budgets of
 * two kinds and the words do not say which (与预算基本持平 beside 全年预算 and 年初预算).
 */
function budgetFor(budgets: readonly FigureClaim[] | undefined, kind: BudgetKind | undefined): FigureClaim | undefined {
  if (!budgets) return undefined;
  if (!kind) return budgets.at(-1);
  const own = budgets.filter((b) => b.budget === kind).at(-1);
  if (own) return own;
  const open = budgets.filter((b) => comparableBudgets(b.budget, kind));
  const kinds = new Set(open.map((b) => b.budget).filter((k) => k === 'opening' || k === 'full-year'));
  return kinds.size > 1 ? undefined : open.at(-1);
}

const COMBINED = /(?:[两二三四五六七八九十几多数0-9]项|合计|共计|合共|共|总共|累计|各)(?:占|约占)?$/u;

const named = (c: FigureClaim) => c.pin !== 'default' && c.pin !== 'none';
/** Said of a subject the words leave open among named rivals (收入 X，支出 Y，比上年减少 Z): no base the text pins, never an error. */
const guessedAmong = (c: FigureClaim) => c.pin === 'default' && (c.rivals?.length ?? 0) > 0;

const BUDGET_WORD: Record<BudgetKind, string> = { opening: '年初', 'full-year': '全年', unspecified: '', ambiguous: '' };

/** What a change is against, for a message: 上年, or the budget it names (比年初预算数增加 14.25 万元: 年初预算为 104.43 万元). */
function baseWord(change: FigureClaim): string {
  return change.base === 'budget' ? `${BUDGET_WORD[change.budget]}预算` : change.base === 'opening-balance' ? '年初' : '上年';
}

export interface ConsistencyResult {
  findings: Finding[];
  /** figures a text-only check found consistent with the figures beside them */
  checked: FigureClaim[];
  /** figures an error says disagree with each other, one of them wrong: not reported unverified besides */
  named: FigureClaim[];
}

export interface ConsistencyOptions {
  /** whether a figure was checked against the data (a truncation or zero base it carries is reported there) */
  hasData?: (c: FigureClaim) => boolean;
  /** the decimals a figure stands for, by the document's habit */
  precision?: Precision;
  /** the figures of the section before this group: a whole stated in an earlier paragraph */
  earlier?: readonly FigureClaim[];
  /** the paragraph's comparison words the data could not judge (决算数大于预算数): judged by its figures */
  words?: readonly WordClaim[];
}

export function consistencyFindings(
  claims: FigureClaim[], index: TopicIndex, flagged: Set<FigureClaim>, options: ConsistencyOptions = {},
): ConsistencyResult {
  const hasData = options.hasData ?? (() => false);
  const precision = options.precision ?? OWN;
  const s = (c: FigureClaim) => stated(c, precision);
  const a = (c: FigureClaim) => approxStated(c, precision);
  /** Can the stated figures add up to the target, 0.01 of slack a term (each rounded on its own)? In doubles where that is clear. */
  const sumFits = (terms: FigureClaim[], target: Approx, exactTarget: () => Interval): boolean => decide(
    approxOverlaps(approxWiden(terms.reduce<Approx>((acc, p) => approxAdd(acc, a(p)), NOTHING), 0.01 * terms.length), target),
    () => {
      const sum = terms.reduce<Interval>((acc, p) => add(acc, s(p)), { lo: ZERO, hi: ZERO });
      const slack = ONE_HUNDREDTH.times(terms.length);
      return overlaps({ lo: sum.lo.minus(slack), hi: sum.hi.plus(slack) }, exactTarget());
    },
  );
  const findings: Finding[] = [];
  const checked: FigureClaim[] = [];
  const disagreements: Disagreement[] = [];
  // Figures that agree with figures the data confirms (基本支出 in a whole and parts that add up): as good as confirmed.
  const confirmedByText = new Set<FigureClaim>();
  const agree = (figures: FigureClaim[]) => {
    appendAll(checked, figures);
    const open = figures.filter((c) => !hasData(c));
    if (open.length === 1) confirmedByText.add(open[0]!);
  };
  // the figures of a part reported larger than its whole: the disagreement they stand in is reported
  const inSubsetFindings = new Set<FigureClaim>();
  const zero = (c: FigureClaim) => isZeroFigure(c.figure);
  const clean = (...cs: Array<FigureClaim | undefined>) => cs.every((c) => c && !flagged.has(c));
  const topics = byTopic(claims);
  const last = (roles: Partial<Record<Role, FigureClaim[]>> | undefined, role: Role) => roles?.[role]?.at(-1);

  for (const c of claims) {
    if (c.role === 'score' && isOverHundred(c.figure) && !flagged.has(c)) {
      findings.push({
        ruleId: 'score-over-100', severity: 2, span: figureSpan(c),
        message: `得分 ${c.figure.numberText} 分超过满分 100 分`, actual: c.figure.numberText,
      });
    }
    if (c.role === 'share' && isOverHundred(c.figure) && !flagged.has(c)) {
      findings.push({
        ruleId: 'share-over-100', severity: 2, span: figureSpan(c),
        message: `占比 ${c.figure.numberText}% 超过 100%：部分不能大于整体`, actual: c.figure.numberText,
      });
    }
  }

  for (const [topicId, roles] of topics) {
    const topic = index.topics.get(topicId) ?? UNKNOWN_TOPIC;
    // change, rate and the current amount: rate = change ÷ (current ∓ change)
    const amount = last(roles, 'amount');
    const rate = last(roles, 'change-rate');
    // 比上年增加 102.86 万元，增长 7.8%。…决算数比年初预算增加 26.51 万元: a rate goes with the change against its own base.
    const change = rate ? roles?.change?.filter((c) => c.base === rate.base).at(-1) : last(roles, 'change');
    // Words of the same sentence (the change is against the rate's base, above), both written (a table's sign has no word).
    const opposed = change?.direction && rate?.direction && change.direction.direction !== rate.direction.direction
      && change.block === rate.block && change.sentence === rate.sentence
      && change.direction.span.end > change.direction.span.start && rate.direction.span.end > rate.direction.span.start;
    if (opposed && clean(change, rate)) {
      // 增加 35.22 万元，下降 2.36%: the words contradict each other. Which of them is wrong, only the data can
      // say; without it, no rate is “right”.
      findings.push({
        ruleId: 'direction-conflict', severity: 2, span: rate.direction!.span, actual: `${change.direction!.text}…${rate.direction!.text}`,
        message: `“${change.direction!.text}…${rate.direction!.text}”自相矛盾：同一句中${topic.label}的增减额与增减率方向相反`,
      });
    } else if (amount && change && rate && clean(amount, change, rate) && change.direction && rate.direction) {
      const up = change.direction.direction === 'up';
      const previous = () => sub(s(amount), up ? s(change) : scale(s(change), MINUS_ONE));
      const fits = decide(
        approxQuotientOverlaps(a(change), approxSub(a(amount), up ? a(change) : approxNeg(a(change))), 100, a(rate)),
        () => quotientOverlaps(s(change), previous(), HUNDRED, s(rate)),
      );
      // What only a message (or a missing %) needs is computed there: most rates fit.
      const shown = () => amountsOf([amount, change]);
      const previousPointOf = () => point(amount).minus(up ? point(change) : point(change).neg());
      const computation = (previousPoint: Decimal, written = shown()) =>
        `${written.text(change)} ÷ ${written.value(previousPoint)} = ${percentText(point(change), previousPoint, rate.figure)}%`;
      // 海关事务 50 万元，增加 50 万元，增长 100%: last year was 0, a rate has no base. But a current
      // amount written as a round 0 leaves last year anywhere in 0 ± 0.5: 0 万元，减少 0.06 万元，下降 100%
      // fits a base of 0.06, so only a rate that no base near 0 gives is an error.
      const rateBase = fits === undefined && !zero(rate) ? div(s(change), s(rate)) : undefined;
      if (fits === undefined && !hasData(rate) && !(rateBase && overlaps(scale(rateBase, HUNDRED), previous()))) {
        const nothing = zero(rate) && zero(change);
        const written = shown();
        findings.push({
          ruleId: 'zero-base-rate', severity: nothing ? 1 : 2, span: figureSpan(rate), actual: rate.figure.numberText,
          message: `${rate.figure.numberText}% ${nothing ? '无从计算' : '不成立'}：按同段文字，${topic.label}${baseWord(change)}为 0（${written.text(amount)} ${up ? '−' : '+'} ${written.text(change)}），增减率无从计算，应写明“不可比”${nothing ? '或删去' : ''}`,
        });
      } else if (fits === false && !previousPointOf().isZero() && !guessedAmong(change) && !guessedAmong(rate)) {
        const previousPoint = previousPointOf();
        const written = shown();
        const exact = percentOf(point(change), previousPoint);
        const computed = computation(previousPoint, written);
        if (rate.missingPercent) {
          findings.push(missingPercent(rate, exact, computed));
        } else if (truncationOf(exact, rate.figure)) {
          if (!hasData(rate)) findings.push(truncated(rate, exact));
        } else {
          disagreements.push({
            ruleId: 'change-rate-inconsistent', derived: rate, others: [amount, change], label: topic.label,
            computation: `${topic.label} ${written.text(amount)} ${written.unit}，${up ? '增加' : '减少'} ${written.text(change)} ${written.unit}，${baseWord(change)}为 ${written.value(previousPoint)} ${written.unit}，变动率为 ${computed}`,
            pinned: `${rate.figure.numberText}% 与同段文字不符：${topic.label} ${written.text(amount)} ${written.unit}，${up ? '增加' : '减少'} ${written.text(change)} ${written.unit}，${baseWord(change)}应为 ${written.value(previousPoint)} ${written.unit}，变动率应为 ${computed}`,
          });
        }
      } else if (fits) {
        if (rate.missingPercent) findings.push(missingPercent(rate, rate.figure.value, computation(previousPointOf())));
        agree([amount, change, rate]);
      }
    }
    // budget, actual, completion rate
    const completion = last(roles, 'completion');
    const actual = last(roles, 'actual');
    // 全年预算为 31.61 万元 … 完成全年预算的 0%。年初预算为 0 万元: a rate of one budget is not checked against another.
    const budget = budgetFor(roles.budget, completion?.budget);
    const actualClaim = actual ?? amount;
    if (budget && completion && clean(budget, completion) && zero(budget)) {
      // 年初预算为 0 万元 … 完成年初预算的 95.89%: x/0, whatever the digits. 0 of 0 as 0%: nothing budgeted, nothing spent.
      if (!hasData(completion)) {
        const nothing = zero(completion) && actualClaim !== undefined && zero(actualClaim);
        findings.push({
          ruleId: 'zero-base-rate', severity: nothing ? 1 : 2, span: figureSpan(completion), actual: completion.figure.numberText,
          message: `${completion.figure.numberText}% ${nothing ? '无从计算' : '不成立'}：同段文字中${topic.label}的${BUDGET_WORD[budget.budget]}预算为 ${budget.figure.numberText}${nothing ? '、决算也为 0' : ''}，完成率无从计算，应删去或写明“不可比”`,
        });
      }
    } else if (budget && actualClaim && completion && clean(budget, actualClaim, completion)) {
      const fits = decide(
        approxQuotientOverlaps(a(actualClaim), a(budget), 100, a(completion)),
        () => quotientOverlaps(s(actualClaim), s(budget), HUNDRED, s(completion)),
      );
      if (fits === false) {
        const exact = percentOf(point(actualClaim), point(budget));
        const shown = amountsOf([actualClaim, budget]);
        if (truncationOf(exact, completion.figure)) {
          if (!hasData(completion)) findings.push(truncated(completion, exact));
        } else {
          const computation = `${shown.text(actualClaim)} ÷ ${shown.text(budget)} = ${percentText(point(actualClaim), point(budget), completion.figure)}%`;
          disagreements.push({
            ruleId: 'completion-rate-inconsistent', derived: completion, others: [actualClaim, budget], label: topic.label, computation,
            pinned: `${completion.figure.numberText}% 与同段文字不符：${computation}`,
          });
        }
      } else if (fits) {
        agree([budget, actualClaim, completion]);
      }
    } else if (!budget && actualClaim && completion && clean(actualClaim, completion) && zero(completion) && !zero(actualClaim)) {
      // 决算为 1.53 万元，完成预算的 0%: a 0% completion needs a zero actual.
      findings.push({
        ruleId: 'completion-rate-inconsistent', severity: 2, span: figureSpan(completion), actual: completion.figure.numberText,
        message: `完成率 ${completion.figure.numberText}% 与同段文字不符：决算数 ${actualClaim.figure.numberText} 万元不为 0`,
      });
    }
    // an amount and its share of a whole stated in the paragraph (or earlier in the section)
    const share = last(roles, 'share');
    // 两项合计占 0.1%: a share of several items together is not this item's.
    // Only figures the words pin to their subjects: a figure read against the section's topic by default may be any other.
    if (share && amount && clean(share, amount) && topic.shares.length > 0 && !COMBINED.test(share.before) && named(amount) && named(share)) {
      const slot = topic.shares.find((x) => x.wholeTopic === share.wholeTopic) ?? topic.shares[0]!;
      const whole = slot.wholeTopic === undefined ? undefined : wholeOf(slot.wholeTopic, claims, options.earlier ?? []);
      if (whole && whole !== amount && clean(whole) && whole.pin === 'name' && !isZeroFigure(whole.figure)) {
        const fits = decide(
          approxQuotientOverlaps(a(amount), a(whole), 100, a(share)),
          () => quotientOverlaps(s(amount), s(whole), HUNDRED, s(share)),
        );
        // the message's computation, only where there is a message (most shares fit)
        const computation = () => {
          const shown = amountsOf([amount, whole]);
          return `${shown.text(amount)} ÷ ${shown.text(whole)} = ${percentText(point(amount), point(whole), share.figure)}%`;
        };
        if (fits === false) {
          const exact = percentOf(point(amount), point(whole));
          if (share.missingPercent) {
            findings.push(missingPercent(share, exact, computation()));
          } else if (truncationOf(exact, share.figure)) {
            if (!hasData(share)) findings.push(truncated(share, exact));
          } else if (!hasData(share)) {
            const written = computation();
            disagreements.push({
              ruleId: 'share-inconsistent', derived: share, others: [amount, whole], label: topic.label, computation: written,
              pinned: `占 ${share.figure.numberText}% 与同段文字不符：${written}`,
            });
          }
        } else if (fits) {
          if (share.missingPercent) findings.push(missingPercent(share, share.figure.value, computation()));
          agree([amount, share, whole]);
        }
      }
    }
    // parts and their stated whole
    const whole = amount ?? actual;
    if (topic.parts && whole && clean(whole)) {
      const parts = topic.parts.map((id) => last(topics.get(id), 'amount') ?? last(topics.get(id), 'actual'));
      if (parts.length > 1 && parts.every((p) => p && clean(p))) {
        const fits = sumFits(parts as FigureClaim[], a(whole), () => s(whole));
        if (!fits) {
          const shown = amountsOf([whole, ...parts.map((p) => p!)]);
          const exact = parts.reduce((acc, p) => acc.plus(point(p!)), ZERO);
          const computation = `${parts.map((p) => shown.text(p!)).join(' + ')} = ${shown.value(exact)} ${shown.unit}`;
          disagreements.push({
            ruleId: 'parts-sum-mismatch', derived: whole, others: parts as FigureClaim[], label: topic.label,
            computation: `${topic.label} ${shown.text(whole)} ${shown.unit}，各项之和 ${computation}`,
            pinned: `${topic.label} ${shown.text(whole)} ${shown.unit}与其各项之和不符：${computation}`,
          });
        } else {
          agree([whole, ...(parts as FigureClaim[])]);
        }
      }
      const shares = topic.parts.map((id) => last(topics.get(id), 'share'));
      if (shares.length > 1 && shares.every((x) => x && clean(x))) {
        const fits = sumFits(shares as FigureClaim[], ALL, () => ({ lo: HUNDRED, hi: HUNDRED }));
        if (!fits) {
          const lastShare = shares[shares.length - 1]!;
          const exact = shares.reduce((acc, p) => acc.plus(point(p!)), ZERO);
          findings.push({
            ruleId: 'shares-sum-mismatch', severity: 2, span: figureSpan(lastShare),
            message: `${topic.label}各组成部分的占比合计 ${shares.map((p) => p!.figure.numberText).join(' + ')} = ${fixed(exact, maxOf(shares.map((p) => p!.figure.decimals)))}%，不等于 100%`,
            actual: lastShare.figure.numberText,
          });
        }
      }
    }
    // counts and their stated whole (车辆 8 辆，其中…用车 2 辆): whole numbers, added exactly
    const count = whole ? undefined : last(roles, 'count');
    if (topic.parts && count && clean(count)) {
      const parts = topic.parts.map((id) => last(topics.get(id), 'count'));
      const unit = count.figure.unit;
      // Every count of the unit in the paragraph is the whole's or a part's: a use no topic knows (业务用车 2 辆) may be the missing part.
      const partOrWhole = (c: FigureClaim) => c === count || parts.includes(c);
      const sameUnit = claims.filter((c) => c.role === 'count' && c.figure.unit === unit);
      if (parts.length > 1 && parts.every((p) => p && clean(p) && p.figure.unit === unit && p.figure.decimals === 0)
        && count.figure.decimals === 0 && sameUnit.every(partOrWhole)) {
        const sum = parts.reduce((acc, p) => acc.plus(p!.figure.value), ZERO);
        if (!sum.eq(count.figure.value)) {
          const computation = `${parts.map((p) => p!.figure.numberText).join(' + ')} = ${sum.toString()} ${unit}`;
          disagreements.push({
            ruleId: 'parts-sum-mismatch', derived: count, others: parts as FigureClaim[], label: topic.label,
            computation: `${topic.label} ${count.figure.numberText} ${unit}，各项之和 ${computation}`,
            pinned: `${topic.label} ${count.figure.numberText} ${unit}与其各项之和不符：${computation}`,
          });
        } else {
          agree([count, ...(parts as FigureClaim[])]);
        }
      }
    }
    // a subset never exceeds its superset
    if (topic.subsetOf) {
      const superset = topics.get(topic.subsetOf);
      for (const role of ['amount', 'share'] as const) {
        const part = last(roles, role);
        const wholeClaim = last(superset, role);
        if (part && wholeClaim && s(part).lo.gt(s(wholeClaim).hi)) {
          const wholeTopic = index.topics.get(topic.subsetOf)!;
          const shown = amountsOf([part, wholeClaim]);
          const unit = role === 'share' ? '%' : ` ${shown.unit}`;
          const text = (c: FigureClaim) => (role === 'share' ? c.figure.numberText : shown.text(c));
          findings.push({
            ruleId: 'subset-exceeds-superset', severity: 2, span: figureSpan(part),
            message: `${topic.label} ${text(part)}${unit} 大于${wholeTopic.label} ${text(wholeClaim)}${unit}：前者是后者的一部分，不能更大`,
            actual: part.figure.numberText,
          });
          inSubsetFindings.add(part).add(wholeClaim);
          break; // one contradiction, reported once
        }
      }
    }
  }
  for (const word of options.words ?? []) {
    const f = comparisonFinding(word, topics, clean, s, a);
    if (f) findings.push(f);
  }
  const inDisagreement: FigureClaim[] = [];
  appendAll(findings, resolveDisagreements(disagreements, (c) => hasData(c) || confirmedByText.has(c), inSubsetFindings, inDisagreement));
  return { findings, checked, named: inDisagreement };
}

/**
 * Figures of a paragraph that do not agree with each other (a rate and the amounts it is of, a
 * whole and its parts). The one the check computes (the rate, the whole) is not more likely wrong
 * than the others: 支出决算为 50.7 万元 may be the slip, not 完成预算的 100%.
 */
interface Disagreement {
  ruleId: string;
  /** the figure the check computes from the others */
  derived: FigureClaim;
  others: FigureClaim[];
  /** the subject, for the message */
  label: string;
  /** the arithmetic of the figures as stated */
  computation: string;
  /** the message of the error on the derived figure, where the others are the data's */
  pinned: string;
}

/**
 * How a figure is named in a message: its role and its text (全年预算 49.7 万元, 完成率 100%); without its
 * text where the message has just quoted it (文中写的是 100%。…、完成率中).
 */
function describe(c: FigureClaim, quoted = false): string {
  const f = c.figure;
  const text = quoted ? '' : f.kind === 'percent' ? `${f.numberText}%` : `${f.numberText} ${f.unit}`;
  switch (c.role) {
    case 'share': return `占比 ${text}`;
    case 'completion': return `完成率 ${text}`;
    case 'change-rate': return `增减率 ${text}`;
    case 'change': return `增减额 ${text}`;
    case 'budget': return `${BUDGET_WORD[c.budget]}预算 ${text}`;
    case 'actual': return `决算 ${text}`;
    default: return `${c.topic?.label ?? ''} ${text}`.trim();
  }
}

/** describe(), with no space left where the text was left out. */
const nameOf = (c: FigureClaim, quoted: boolean): string => describe(c, quoted).trimEnd();

/**
 * Which figure of a disagreement is wrong, where something says so: the data, when it confirms
 * all but one of them. Else only that they disagree is certain: one error naming the figures
 * the data has not confirmed, on none of them, with no fix. A figure is in one disagreement at
 * most: the share of a whole that is itself the slip repeats the slip (the wider checks first,
 * a part larger than its whole before all, as their figures say more).
 */
function resolveDisagreements(
  all: Disagreement[], confirmed: (c: FigureClaim) => boolean, used: Set<FigureClaim>, named: FigureClaim[],
): Finding[] {
  const out: Finding[] = [];
  const ordered = [...all].sort((x, y) => y.others.length - x.others.length);
  for (const d of ordered) {
    const figures = [d.derived, ...d.others];
    const open = figures.filter((c) => !confirmed(c));
    if (open.some((c) => used.has(c))) continue;
    for (const c of open) used.add(c);
    if (open.length === 0 || (open.length === 1 && open[0] === d.derived)) {
      out.push({ ruleId: d.ruleId, severity: 2, span: figureSpan(d.derived), actual: d.derived.figure.numberText, message: d.pinned });
    } else if (open.length === 1) {
      const wrong = open[0]!;
      out.push({
        ruleId: d.ruleId, severity: 2, span: figureSpan(wrong), actual: wrong.figure.numberText,
        message: `${describe(wrong)} 与同段文字不符（同段其余数字与数据一致）：${d.computation}`,
      });
    } else {
      // The span runs over the figures of the latest block the disagreement stands in.
      const block = maxOf(figures.map((c) => c.block), 0);
      const here = figures.filter((c) => c.block === block);
      const start = minOf(here.map((c) => c.figure.numberStart));
      const end = maxOf(here.map((c) => c.figure.numberEnd));
      open.sort((x, y) => x.block - y.block || x.figure.numberStart - y.figure.numberStart);
      appendAll(named, open);
      const quoted = d.derived.figure.kind === 'percent';
      out.push({
        ruleId: d.ruleId, severity: 2, span: { start, end, block },
        // Where the data confirms some of them, the others are named: one of those is wrong.
        // The rate written is quoted once (文中写的是 100%), then named by what it is: not “100%…完成率 100%”.
        message: `${d.label}的数字互不相符：${d.computation}${quoted ? `，文中写的是 ${d.derived.figure.numberText}%` : ''}。${open.length < figures.length ? `${open.map((c) => nameOf(c, quoted && c === d.derived)).join('、')}${quoted && open.at(-1) === d.derived ? '' : ' '}中` : '其中'}至少有一个数字有误，文字不能说明是哪一个，请逐一核对`,
      });
    }
  }
  return out;
}

/**
 * 决算数大于预算数 where the paragraph states both figures (年初预算为 1560.05 万元，支出决算为
 * 1511.89 万元): the word against them. The figures of the word's subject, or — a subject no
 * topic knows — the one subject of the paragraph that states a budget and an actual.
 */
function comparisonFinding(
  word: WordClaim, topics: Map<string, Partial<Record<Role, FigureClaim[]>>>, clean: (...cs: Array<FigureClaim | undefined>) => boolean,
  s: (c: FigureClaim) => Interval, a: (c: FigureClaim) => Approx,
): Finding | undefined {
  const flat = word.kind === 'flat' && word.base === 'budget';
  if (word.kind !== 'comparison' && !flat) return undefined;
  const roles = word.topic ? topics.get(word.topic.id)
    : word.rest ? undefined
    : word.unheldAt !== undefined ? unheldRoles(topics, word.span.block, word.sentence, word.unheldAt) : onlyBudgeted(topics);
  // 行政运行 …决算数大于年初预算数…；其他事务 …决算数小于年初预算数…: the figures stated before the word, where there
  // are any — a later clause's (a subject no topic knows, all under one) are not the ones it compares (blind 12R).
  const before = (cs: FigureClaim[] | undefined) => {
    const stated = cs?.filter((c) => c.block < word.span.block || (c.block === word.span.block && c.figure.numberStart < word.span.start));
    return stated && stated.length > 0 ? stated : cs;
  };
  const actual = before(roles?.actual)?.at(-1) ?? before(roles?.amount)?.at(-1);
  const budget = budgetFor(before(roles?.budget), word.budget);
  if (!actual || !budget || !clean(actual, budget) || actual.figure.kind !== 'amount' || budget.figure.kind !== 'amount') return undefined;
  // Rounding intervals are half-open (2.22 is [2.215, 2.225)): intervals that only touch are apart. Two
  // figures written alike may still differ (9.996 and 10.004 are both 10.00): "equal" is never a verdict.
  const stated = decide(approxOrder(a(actual), a(budget)), () => {
    const x = s(actual);
    const y = s(budget);
    return x.hi.lte(y.lo) ? 'less' : x.lo.gte(y.hi) ? 'greater' : undefined;
  });
  if (!stated) return undefined;
  // The budget by the kind the text states (年初预算为…: 年初预算数), as the writer will look for it; written only for a message.
  const facts = () => {
    const shown = amountsOf([actual, budget]);
    return `决算数 ${shown.text(actual)} ${shown.unit}${COMPARISON_WORD[stated]}${BUDGET_WORD[budget.budget]}预算数 ${shown.text(budget)} ${shown.unit}`;
  };
  if (flat) {
    // 基本持平 allows a difference of BASICALLY_FLAT_PERCENT of the budget; 持平 none.
    if (word.approximately && point(actual).minus(point(budget)).abs().lte(point(budget).abs().times(BASICALLY_FLAT_PERCENT).div(HUNDRED))) return undefined;
    return { ruleId: 'comparison-inconsistent', severity: 2, span: word.span, actual: word.text, message: `“${word.text}”与同段文字不符：${facts()}` };
  }
  const said = word.comparison;
  if (said === stated || (said === 'at-most' && stated !== 'greater') || (said === 'at-least' && stated !== 'less')) return undefined;
  const right = COMPARISON_WORD[stated];
  return {
    ruleId: 'comparison-inconsistent', severity: 2, span: word.span, actual: word.text, expected: right,
    message: `“${word.text}”与同段文字不符：${facts()}，应为“${right}”`,
  };
}

/** The roles of the one subject of a paragraph that states a budget and an actual (or amount), if there is exactly one. */
/**
 * The figures of the name no topic holds a word is said of: those of the word's sentence, else of the last sentence
 * before it in the block that states any (行政运行（项）年初预算为 A，支出决算为 B。决算数小于年初预算数的主要原因是…).
 */
function unheldRoles(
  topics: Map<string, Partial<Record<Role, FigureClaim[]>>>, block: number, sentence: number, at: number,
): Partial<Record<Role, FigureClaim[]>> | undefined {
  let best: Partial<Record<Role, FigureClaim[]>> | undefined;
  let bestSentence = -1;
  const prefix = `?${block}:`;
  const suffix = `:${at}`;
  for (const [key, roles] of topics) {
    if (!key.startsWith(prefix) || !key.endsWith(suffix)) continue;
    const s = Number(key.slice(prefix.length, key.length - suffix.length));
    if (s <= sentence && s > bestSentence) { best = roles; bestSentence = s; }
  }
  return best;
}

function onlyBudgeted(topics: Map<string, Partial<Record<Role, FigureClaim[]>>>): Partial<Record<Role, FigureClaim[]>> | undefined {
  let found: Partial<Record<Role, FigureClaim[]>> | undefined;
  for (const r of topics.values()) {
    if (!(r.budget && (r.actual ?? r.amount))) continue;
    if (found) return undefined;
    found = r;
  }
  return found;
}

/** The amount stated for a whole: in the paragraph, else the last one earlier in the section. */
function wholeOf(topicId: string, group: readonly FigureClaim[], earlier: readonly FigureClaim[]): FigureClaim | undefined {
  const isWhole = (c: FigureClaim) => c.topic?.id === topicId && (c.role === 'amount' || c.role === 'actual') && c.figure.kind === 'amount';
  return lastOf(group, isWhole) ?? lastOf(earlier, isWhole);
}

/** The last claim that passes the test, looked for from the end: a section's figures are not copied per share. */
function lastOf(claims: readonly FigureClaim[], test: (c: FigureClaim) => boolean): FigureClaim | undefined {
  for (let k = claims.length - 1; k >= 0; k--) if (test(claims[k]!)) return claims[k];
  return undefined;
}

/** “增长13.95”是比率却没有写“%”: how rate-unit-missing begins, whether the data or the paragraph judges the figure. */
export function missingPercentWords(claim: FigureClaim): string {
  return `“${claim.cueText ?? ''}${claim.figure.numberText}”是${claim.role === 'share' ? '占比' : '比率'}却没有写“%”`;
}

/**
 * 增长 13.95 (占 76.23) where the paragraph's figures give 13.95%: the % is missing, and adding it is
 * the fix. Where they give another rate, which of the figures is wrong only the writer knows: no fix.
 */
function missingPercent(rate: FigureClaim, exact: Decimal, computation: string): Finding {
  const right = fixed(exact.abs(), rate.figure.decimals);
  const own = right === rate.figure.numberText;
  return {
    ruleId: 'rate-unit-missing', severity: 2, span: figureSpan(rate),
    message: `${missingPercentWords(rate)}：按同段文字 ${computation}，应写作 ${right}%${own ? '' : '（请核对是哪个数字有误）'}`,
    actual: rate.figure.numberText, expected: `${right}%`, ...(own ? { fix: `${right}%` } : {}),
  };
}

/**
 * Parts that need not be all of their whole (由中小企业中标成交的采购金额 in reserved and in
 * other projects, of 政府采购金额) never add up to more than it — stated in the same
 * section, whatever paragraph each stands in (the template gives the total a paragraph of its
 * own). `earlier`: the section's figures before this paragraph; `reported`: the wholes
 * already reported in the section, reported once.
 */
export function withinFindings(
  group: FigureClaim[], earlier: readonly FigureClaim[], flagged: Set<FigureClaim>, reported: Set<string>, precision: Precision = OWN,
): Finding[] {
  const findings: Finding[] = [];
  // The section's last amount of each topic, and the wholes among them (in order of first mention):
  // one pass over the section's figures, where most paragraphs state no such whole.
  const lastAmount = new Map<string, FigureClaim>();
  const wholes = new Set<Topic>();
  for (const figures of [earlier, group]) {
    for (const c of figures) {
      if (c.role !== 'amount' || !c.topic || flagged.has(c)) continue;
      lastAmount.set(c.topic.id, c);
      if (c.topic.within && !reported.has(c.topic.id)) wholes.add(c.topic);
    }
  }
  for (const whole of wholes) {
    if (!whole.within) continue;
    const total = lastAmount.get(whole.id);
    const parts = whole.within.flatMap((id) => lastAmount.get(id) ?? []);
    if (!total || parts.length < 2 || !parts.some((p) => group.includes(p))) continue;
    const sum = parts.reduce<Interval>((acc, p) => add(acc, stated(p, precision)), { lo: ZERO, hi: ZERO });
    if (!sum.lo.gt(stated(total, precision).hi)) continue;
    reported.add(whole.id);
    const at = parts[parts.length - 1]!;
    const shown = amountsOf([total, ...parts]);
    const exact = parts.reduce((acc, p) => acc.plus(point(p)), ZERO);
    findings.push({
      ruleId: 'parts-exceed-whole', severity: 2, span: figureSpan(at),
      message: `${parts.map((p) => p.topic!.label).join('、')}之和 ${parts.map((p) => shown.text(p)).join(' + ')} = ${shown.value(exact)} ${shown.unit}，大于${whole.label} ${shown.text(total)} ${shown.unit}：部分之和不能大于整体`,
      actual: at.figure.numberText,
    });
  }
  return findings;
}

/**
 * A unit slip: one amount in 万元 among amounts in 元 in the same paragraph, or
 * the other way round (0.00万元 in a document written in 元). A warning: the
 * figure may still be right in its own unit.
 */
export function unitFindings(claims: FigureClaim[], verified: (c: FigureClaim) => boolean = () => false): Finding[] {
  const amounts = claims.filter((c) => c.figure.kind === 'amount');
  const yuan = amounts.filter((c) => c.figure.unit === '元');
  const wan = amounts.filter((c) => c.figure.unit !== '元');
  if (yuan.length === 0 || wan.length === 0 || yuan.length === wan.length) return [];
  const [minority, majority] = yuan.length < wan.length ? [yuan, '万元'] : [wan, '元'];
  if (minority.length * 3 > amounts.length) return []; // a mixed paragraph, not a slip
  // 公务接待费 98,700.00 元 among 万元 figures (blind 14L §5.6, the most frequent warning): written so on purpose, and the
  // data agreeing with it in its unit shows the unit right — the warning is for a unit the data cannot confirm (a
  // figure unverified, or 0, which is 0 in any unit).
  return minority.filter((c) => !(verified(c) && !isZeroFigure(c.figure))).map((c) => ({
    ruleId: 'unit-inconsistent', severity: 1 as const, span: { start: c.figure.start, end: c.figure.end, block: c.block },
    actual: `${c.figure.numberText}${c.figure.unit}`,
    message: `${c.figure.numberText}${c.figure.unit} 的单位与同段其他金额（${majority}）不一致，请核对`,
  }));
}
