/**
 * Checks inside the text, where no data is needed: the figures a paragraph
 * states must agree with each other — change, rate and the two years' figures;
 * budget, actual and completion rate; parts and their whole; shares of a
 * breakdown; a subset (小微企业) and its superset (中小企业); a share over 100%.
 * These catch what the data cannot (the data itself may be wrong, as the
 * seed's 十一 is) and what a document states without data behind it.
 */
import { Decimal } from '../data/amount.js';
import { add, div, overlaps, rounded, scale, sub, type Interval } from '../facts/interval.js';
import { formatNumber } from '../format/number.js';
import type { FigureClaim, Role } from './claims.js';
import type { TopicIndex } from './topics.js';
import type { Finding } from './verify.js';

const HUNDRED = new Decimal(100);

/** A stated figure as an interval in 万元 (amounts) or % (rates). */
function stated(claim: FigureClaim): Interval {
  const f = claim.figure;
  const factor = f.unit === '元' ? new Decimal('0.0001') : f.unit === '亿元' ? new Decimal(10000) : new Decimal(1);
  return scale(rounded(f.value, f.decimals), factor);
}

function show(i: Interval, decimals = 2): string {
  return formatNumber(i.lo.plus(i.hi).div(2), { decimals, trimZeros: false, grouping: true });
}

function figureSpan(c: FigureClaim) {
  return { start: c.figure.numberStart, end: c.figure.numberEnd, block: c.block };
}

/** The last claim of each role per topic within a group of claims (a paragraph, a table row). */
function byTopic(claims: FigureClaim[]): Map<string, Partial<Record<Role, FigureClaim>>> {
  const out = new Map<string, Partial<Record<Role, FigureClaim>>>();
  for (const c of claims) {
    if (!c.topic) continue;
    const roles = out.get(c.topic.id) ?? {};
    roles[c.role] = c;
    out.set(c.topic.id, roles);
  }
  return out;
}

export function consistencyFindings(claims: FigureClaim[], index: TopicIndex, flagged: Set<FigureClaim>): Finding[] {
  const findings: Finding[] = [];
  const clean = (...cs: Array<FigureClaim | undefined>) => cs.every((c) => c && !flagged.has(c));
  const topics = byTopic(claims);

  for (const c of claims) {
    if (c.role === 'share' && c.figure.value.gt(HUNDRED) && !flagged.has(c)) {
      findings.push({
        ruleId: 'share-over-100', severity: 2, span: figureSpan(c),
        message: `占比 ${c.figure.numberText}% 超过 100%：部分不能大于整体`, actual: c.figure.numberText,
      });
    }
  }

  for (const [topicId, roles] of topics) {
    const topic = index.topics.get(topicId)!;
    // change, rate and the current amount: rate = change ÷ (current ∓ change)
    const { amount, change, 'change-rate': rate } = roles;
    if (amount && change && rate && clean(amount, change, rate) && change.direction && rate.direction) {
      const signed = change.direction.direction === 'up' ? stated(change) : scale(stated(change), new Decimal(-1));
      const previous = sub(stated(amount), signed);
      const implied = div(stated(change), previous);
      if (implied && !overlaps(scale(implied, HUNDRED), stated(rate))) {
        findings.push({
          ruleId: 'change-rate-inconsistent', severity: 2, span: figureSpan(rate),
          message: `${rate.figure.numberText}% 与同段文字不符：${topic.label} ${show(stated(amount))} 万元，变动 ${show(stated(change))} 万元，上年应为 ${show(previous)} 万元，变动率应为 ${show(scale(implied, HUNDRED))}%`,
          actual: rate.figure.numberText,
        });
      }
    }
    // budget, actual, completion rate
    const { budget, actual, completion } = roles;
    const actualClaim = actual ?? amount;
    if (budget && actualClaim && completion && clean(budget, actualClaim, completion)) {
      const implied = div(stated(actualClaim), stated(budget));
      if (implied && !overlaps(scale(implied, HUNDRED), stated(completion))) {
        findings.push({
          ruleId: 'completion-rate-inconsistent', severity: 2, span: figureSpan(completion),
          message: `${completion.figure.numberText}% 与同段文字不符：${show(stated(actualClaim))} ÷ ${show(stated(budget))} = ${show(scale(implied, HUNDRED))}%`,
          actual: completion.figure.numberText,
        });
      }
    }
    // parts and their stated whole
    if (topic.parts && amount && clean(amount)) {
      const parts = topic.parts.map((id) => topics.get(id)?.amount);
      if (parts.length > 1 && parts.every((p) => p && clean(p))) {
        const sum = parts.reduce<Interval>((s, p) => add(s, stated(p!)), { lo: new Decimal(0), hi: new Decimal(0) });
        const slack = new Decimal('0.01').times(parts.length);
        const widened = { lo: sum.lo.minus(slack), hi: sum.hi.plus(slack) };
        if (!overlaps(widened, stated(amount))) {
          findings.push({
            ruleId: 'parts-sum-mismatch', severity: 2, span: figureSpan(amount),
            message: `${topic.label} ${amount.figure.numberText} 与其各项之和不符：${parts.map((p) => p!.figure.numberText).join(' + ')} = ${show(sum)}`,
            actual: amount.figure.numberText,
          });
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
  return findings;
}
