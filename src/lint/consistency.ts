/**
 * Checks inside the text, where no data is needed: the figures a paragraph
 * states must agree with each other — change, rate and the two years' figures;
 * budget, actual and completion rate; parts and their whole; shares of a
 * breakdown; a subset (小微企业) and its superset (中小企业); a share over 100%.
 * These catch what the data cannot (the data itself may be wrong, as the
 * seed's 十一 is) and what a document states without data behind it.
 */
import { Decimal } from '../data/amount.js';
import { add, div, overlaps, quotientOverlaps, rounded, scale, sub, type Interval } from '../facts/interval.js';
import { formatNumber, TABLE_STYLE } from '../format/number.js';
import type { FigureClaim, Role } from './claims/index.js';
import type { BudgetKind } from './lexicon.js';
import type { TopicIndex } from './topics/index.js';
import type { Finding } from './verify.js';

const HUNDRED = new Decimal(100);
const MINUS_ONE = new Decimal(-1);
const FROM_YUAN = new Decimal('0.0001');
const FROM_YI = new Decimal(10000);

const STATED = new WeakMap<FigureClaim['figure'], Interval>();

/** A stated figure as an interval in 万元 (amounts) or % (rates); each check asks again, it is computed once. */
function stated(claim: FigureClaim): Interval {
  const f = claim.figure;
  let interval = STATED.get(f);
  if (!interval) {
    const own = rounded(f.value, f.decimals);
    interval = f.unit === '元' ? scale(own, FROM_YUAN) : f.unit === '亿元' ? scale(own, FROM_YI) : own;
    STATED.set(f, interval);
  }
  return interval;
}

/** 100 · a ÷ b, for a message: only asked once quotientOverlaps has found b away from zero. */
function percentOf(a: Interval, b: Interval): Interval {
  return scale(div(a, b)!, HUNDRED);
}

function show(i: Interval, decimals = 2): string {
  return formatNumber(i.lo.plus(i.hi).div(2), { ...TABLE_STYLE, decimals });
}

function figureSpan(c: FigureClaim) {
  return { start: c.figure.numberStart, end: c.figure.numberEnd, block: c.block };
}

/** The last claim of each role per topic within a group of claims (a paragraph, a table row). */
function byTopic(claims: FigureClaim[]): Map<string, Partial<Record<Role, FigureClaim>>> {
  const out = new Map<string, Partial<Record<Role, FigureClaim>>>();
  for (const c of claims) {
    // A subject no topic knows (20109-海关事务) is still one subject within its sentence.
    const key = c.topic?.id ?? `?${c.block}:${c.sentence}`;
    const roles = out.get(key) ?? {};
    roles[c.role] = c;
    out.set(key, roles);
  }
  return out;
}

const UNKNOWN_TOPIC = { id: '?', label: '该项', parts: undefined, subsetOf: undefined } as const;

/** Would the stated figure be the implied one cut off (截位) rather than rounded? Then the data check warns. */
function truncationOf(implied: Interval, figure: FigureClaim['figure']): boolean {
  const mid = implied.lo.plus(implied.hi).div(2).abs();
  return mid.toDecimalPlaces(figure.decimals, Decimal.ROUND_DOWN).eq(figure.value);
}

function truncated(c: FigureClaim, implied: Interval): Finding {
  const right = formatNumber(implied.lo.plus(implied.hi).div(2).abs(), { decimals: c.figure.decimals, trimZeros: false, grouping: false });
  return {
    ruleId: 'truncated-figure', severity: 1, span: figureSpan(c), actual: c.figure.numberText, expected: right,
    message: `${c.figure.numberText}% 是截位而非四舍五入的结果：按同段文字应为 ${right}%`,
  };
}

/** Do a budget and a completion rate speak of the same budget (opening, full-year), as far as the text says? */
function comparableBudgets(a: BudgetKind, b: BudgetKind): boolean {
  return a === b || a === 'unspecified' || b === 'unspecified' || a === 'ambiguous' || b === 'ambiguous';
}

export interface ConsistencyResult {
  findings: Finding[];
  /** figures a text-only check found consistent with the figures beside them */
  checked: FigureClaim[];
}

/**
 * @param hasData whether a figure was checked against the data (a truncation it carries is reported there)
 */
export function consistencyFindings(
  claims: FigureClaim[], index: TopicIndex, flagged: Set<FigureClaim>, hasData: (c: FigureClaim) => boolean = () => false,
): ConsistencyResult {
  const findings: Finding[] = [];
  const checked: FigureClaim[] = [];
  const zero = (c: FigureClaim) => c.figure.value.isZero();
  const clean = (...cs: Array<FigureClaim | undefined>) => cs.every((c) => c && !flagged.has(c));
  const topics = byTopic(claims);

  for (const c of claims) {
    if (c.role === 'score' && c.figure.value.gt(HUNDRED) && !flagged.has(c)) {
      findings.push({
        ruleId: 'score-over-100', severity: 2, span: figureSpan(c),
        message: `得分 ${c.figure.numberText} 分超过满分 100 分`, actual: c.figure.numberText,
      });
    }
    if (c.role === 'share' && c.figure.value.gt(HUNDRED) && !flagged.has(c)) {
      findings.push({
        ruleId: 'share-over-100', severity: 2, span: figureSpan(c),
        message: `占比 ${c.figure.numberText}% 超过 100%：部分不能大于整体`, actual: c.figure.numberText,
      });
    }
  }

  for (const [topicId, roles] of topics) {
    const topic = index.topics.get(topicId) ?? UNKNOWN_TOPIC;
    // change, rate and the current amount: rate = change ÷ (current ∓ change)
    const { amount, change, 'change-rate': rate } = roles;
    if (amount && change && rate && clean(amount, change, rate) && change.direction && rate.direction) {
      const signed = change.direction.direction === 'up' ? stated(change) : scale(stated(change), MINUS_ONE);
      const previous = sub(stated(amount), signed);
      const fits = quotientOverlaps(stated(change), previous, HUNDRED, stated(rate));
      // 海关事务 50 万元，增加 50 万元，增长 100%: last year was 0, a rate has no base. But a current
      // amount written as a round 0 leaves last year anywhere in 0 ± 0.5: 0 万元，减少 0.06 万元，下降 100%
      // fits a base of 0.06, so only a rate that no base near 0 gives is an error.
      const rateBase = fits === undefined && !zero(rate) ? div(stated(change), stated(rate)) : undefined;
      if (fits === undefined && !zero(rate) && !(rateBase && overlaps(scale(rateBase, HUNDRED), previous))) {
        findings.push({
          ruleId: 'zero-base-rate', severity: 2, span: figureSpan(rate), actual: rate.figure.numberText,
          message: `${rate.figure.numberText}% 不成立：按同段文字，${topic.label}上年为 0（${show(stated(amount))} − ${show(stated(change))}），增减率无从计算，应写明“不可比”`,
        });
      } else if (fits === false) {
        const implied = percentOf(stated(change), previous);
        if (truncationOf(implied, rate.figure)) {
          if (!hasData(rate)) findings.push(truncated(rate, implied));
        } else {
          findings.push({
            ruleId: 'change-rate-inconsistent', severity: 2, span: figureSpan(rate),
            message: `${rate.figure.numberText}% 与同段文字不符：${topic.label} ${show(stated(amount))} 万元，变动 ${show(stated(change))} 万元，上年应为 ${show(previous)} 万元，变动率应为 ${show(implied)}%`,
            actual: rate.figure.numberText,
          });
        }
      } else if (fits) {
        checked.push(amount, change, rate);
      }
    }
    // budget, actual, completion rate
    const { actual } = roles;
    // 全年预算为 31.61 万元 … 完成全年预算的 0%。年初预算为 0 万元: a rate of one budget is not checked against another.
    const { completion } = roles;
    const budget = roles.budget && (!completion || comparableBudgets(roles.budget.budget, completion.budget)) ? roles.budget : undefined;
    const actualClaim = actual ?? amount;
    if (budget && completion && clean(budget, completion) && zero(budget)) {
      // 预算为 0.00 万元 … 完成预算的 0.00%: 0/0 or x/0, whatever the digits.
      findings.push({
        ruleId: 'zero-base-rate', severity: 2, span: figureSpan(completion), actual: completion.figure.numberText,
        message: `${completion.figure.numberText}% 不成立：同段文字中${topic.label}的预算为 0，完成率无从计算，应删去或写明“不可比”`,
      });
    } else if (budget && actualClaim && completion && clean(budget, actualClaim, completion)) {
      const fits = quotientOverlaps(stated(actualClaim), stated(budget), HUNDRED, stated(completion));
      if (fits === false) {
        const implied = percentOf(stated(actualClaim), stated(budget));
        if (truncationOf(implied, completion.figure)) {
          if (!hasData(completion)) findings.push(truncated(completion, implied));
        } else {
          findings.push({
            ruleId: 'completion-rate-inconsistent', severity: 2, span: figureSpan(completion),
            message: `${completion.figure.numberText}% 与同段文字不符：${show(stated(actualClaim))} ÷ ${show(stated(budget))} = ${show(implied)}%`,
            actual: completion.figure.numberText,
          });
        }
      } else if (fits) {
        checked.push(budget, actualClaim, completion);
      }
    } else if (!budget && actualClaim && completion && clean(actualClaim, completion) && zero(completion) && !zero(actualClaim)) {
      // 决算为 1.53 万元，完成预算的 0%: a 0% completion needs a zero actual.
      findings.push({
        ruleId: 'completion-rate-inconsistent', severity: 2, span: figureSpan(completion), actual: completion.figure.numberText,
        message: `完成率 ${completion.figure.numberText}% 与同段文字不符：决算数 ${actualClaim.figure.numberText} 万元不为 0`,
      });
    }
    // parts and their stated whole
    const whole = amount ?? actual;
    if (topic.parts && whole && clean(whole)) {
      const parts = topic.parts.map((id) => topics.get(id)?.amount ?? topics.get(id)?.actual);
      if (parts.length > 1 && parts.every((p) => p && clean(p))) {
        const sum = parts.reduce<Interval>((s, p) => add(s, stated(p!)), { lo: new Decimal(0), hi: new Decimal(0) });
        const slack = new Decimal('0.01').times(parts.length);
        const widened = { lo: sum.lo.minus(slack), hi: sum.hi.plus(slack) };
        if (!overlaps(widened, stated(whole))) {
          findings.push({
            ruleId: 'parts-sum-mismatch', severity: 2, span: figureSpan(whole),
            message: `${topic.label} ${whole.figure.numberText} 与其各项之和不符：${parts.map((p) => p!.figure.numberText).join(' + ')} = ${show(sum)}`,
            actual: whole.figure.numberText,
          });
        } else {
          checked.push(whole);
          for (const p of parts) checked.push(p!);
        }
      }
      const shares = topic.parts.map((id) => topics.get(id)?.share);
      if (shares.length > 1 && shares.every((s) => s && clean(s))) {
        const sum = shares.reduce<Interval>((s, p) => add(s, stated(p!)), { lo: new Decimal(0), hi: new Decimal(0) });
        const slack = new Decimal('0.01').times(shares.length);
        if (!overlaps({ lo: sum.lo.minus(slack), hi: sum.hi.plus(slack) }, { lo: HUNDRED, hi: HUNDRED })) {
          const last = shares[shares.length - 1]!;
          findings.push({
            ruleId: 'shares-sum-mismatch', severity: 2, span: figureSpan(last),
            message: `${topic.label}各组成部分的占比合计 ${show(sum)}%，不等于 100%`,
            actual: last.figure.numberText,
          });
        }
      }
    }
    // a subset never exceeds its superset
    if (topic.subsetOf) {
      const superset = topics.get(topic.subsetOf);
      for (const role of ['amount', 'share'] as const) {
        const part = roles[role];
        const whole = superset?.[role];
        if (part && whole && stated(part).lo.gt(stated(whole).hi)) {
          const wholeTopic = index.topics.get(topic.subsetOf)!;
          findings.push({
            ruleId: 'subset-exceeds-superset', severity: 2, span: figureSpan(part),
            message: `${topic.label} ${part.figure.numberText}${role === 'share' ? '%' : ' 万元'} 大于${wholeTopic.label} ${whole.figure.numberText}${role === 'share' ? '%' : ' 万元'}：前者是后者的一部分，不能更大`,
            actual: part.figure.numberText,
          });
          break; // one contradiction, reported once
        }
      }
    }
  }
  return { findings, checked };
}

/**
 * Parts that need not be all of their whole (由中小企业中标成交的采购金额 in reserved and in
 * other projects, of 政府采购金额) never add up to more than it — stated in the same
 * section, whatever paragraph each stands in (the template gives the total a paragraph of its
 * own). `earlier`: the section's figures before this paragraph; `reported`: the wholes
 * already reported in the section, reported once.
 */
export function withinFindings(
  group: FigureClaim[], earlier: readonly FigureClaim[], flagged: Set<FigureClaim>, reported: Set<string>,
): Finding[] {
  const findings: Finding[] = [];
  const amounts = [...earlier, ...group].filter((c) => c.role === 'amount' && c.topic && !flagged.has(c));
  const last = (id: string) => amounts.filter((c) => c.topic!.id === id).at(-1);
  for (const whole of new Set(amounts.map((c) => c.topic!))) {
    if (!whole.within || reported.has(whole.id)) continue;
    const total = last(whole.id);
    const parts = whole.within.flatMap((id) => last(id) ?? []);
    if (!total || parts.length < 2 || !parts.some((p) => group.includes(p))) continue;
    const sum = parts.reduce<Interval>((s, p) => add(s, stated(p)), { lo: new Decimal(0), hi: new Decimal(0) });
    if (!sum.lo.gt(stated(total).hi)) continue;
    reported.add(whole.id);
    const at = parts[parts.length - 1]!;
    findings.push({
      ruleId: 'parts-exceed-whole', severity: 2, span: figureSpan(at),
      message: `${parts.map((p) => p.topic!.label).join('、')}之和 ${parts.map((p) => p.figure.numberText).join(' + ')} = ${show(sum)} 万元，大于${whole.label} ${total.figure.numberText} 万元：部分之和不能大于整体`,
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
export function unitFindings(claims: FigureClaim[]): Finding[] {
  const amounts = claims.filter((c) => c.figure.kind === 'amount');
  const yuan = amounts.filter((c) => c.figure.unit === '元');
  const wan = amounts.filter((c) => c.figure.unit !== '元');
  if (yuan.length === 0 || wan.length === 0 || yuan.length === wan.length) return [];
  const [minority, majority] = yuan.length < wan.length ? [yuan, '元'] : [wan, '万元'];
  if (minority.length * 3 > amounts.length) return []; // a mixed paragraph, not a slip
  return minority.map((c) => ({
    ruleId: 'unit-inconsistent', severity: 1 as const, span: { start: c.figure.start, end: c.figure.end, block: c.block },
    actual: `${c.figure.numberText}${c.figure.unit}`,
    message: `${c.figure.numberText}${c.figure.unit} 的单位与同段其他金额（${majority}）不一致，请核对`,
  }));
}
