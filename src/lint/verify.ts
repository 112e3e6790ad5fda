/**
 * Verifying claims against the fact catalog: which fact a figure claims, and
 * whether the figure is that fact rounded half-up to the precision it is
 * stated with — exactly for a published amount, by interval overlap for a
 * derived figure (its inputs are rounded), so neither a rounded input raises
 * a false alarm nor a wrong digit slips through.
 */
import { OPPOSITE_PAIRS, OPPOSITE_POINTS_UP_PAIRS, SINGLE_CHARACTER_OPPOSITES } from './direction-words.js';
import { Decimal } from '../data/amount.js';
import { FactRegistry, SHARE_CHANGE_OPERANDS, CARRIED_FROM, DIFFERENCE_OPERANDS, FROM_LAST_YEAR_COLUMN, LAST_YEAR_CONFLICT, type Change, type Completion, type Fact } from '../facts/fact.js';
import { overlaps, rounded, type Interval } from '../facts/interval.js';
import { formatNumber, formatTableAmount, roundHalfUp, TABLE_STYLE } from '../format/number.js';
import { AMOUNT_CHANGE_WORD, COMPARISON_WORD, RATE_CHANGE_WORD } from '../format/words.js';
import type { AbsenceClaim, FigureClaim, Pin, WordClaim } from './claims/index.js';
import { IN_WAN, type Figure } from './figures.js';
import { BASICALLY_FLAT_PERCENT, OUTPUT_NOUN, type BudgetKind, type Coverage } from './lexicon.js';
import type { Span } from './reader.js';
import type { DocumentStyle } from './style.js';
import type { Topic, TopicIndex } from './topics/index.js';

export type Severity = 1 | 2;

/** A finding in one block, before it is placed in the source. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  expected?: string;
  actual?: string;
  /** replacement for the span that makes the text agree with the data */
  fix?: string;
}

const HUNDRED = new Decimal(100);

const ONE = new Decimal(1);

/** The factor from 万元 to each unit other than 万元 (元 10,000, 千元 10, 亿元 0.0001): IN_WAN turned over, once. */
const PER_WAN: ReadonlyMap<string, Decimal> = new Map(Object.entries(IN_WAN).filter(([, k]) => !k.eq(ONE)).map(([unit, k]) => [unit, ONE.div(k)]));
/** Each of those units' place in the statable cache's key (0 is 万元's). */
const UNIT_KEY: ReadonlyMap<string, number> = new Map([...PER_WAN.keys()].map((unit, k) => [unit, k + 1]));

/** The factor from 万元 to the figure's unit. */
export function unitFactor(figure: Figure): Decimal {
  return PER_WAN.get(figure.unit) ?? ONE;
}

/** A fact's value in each unit (by UNIT_KEY): the same facts' amounts are compared again and again, one product each. */
const IN_UNIT = new WeakMap<Fact, Decimal[]>();

/** The fact's value in the figure's unit (fact.value × unitFactor), multiplied once per fact and unit. */
export function valueInUnit(fact: Fact & { value: Decimal }, figure: Figure): Decimal {
  let byUnit = IN_UNIT.get(fact);
  if (!byUnit) IN_UNIT.set(fact, (byUnit = []));
  return (byUnit[UNIT_KEY.get(figure.unit) ?? 0] ??= fact.value.times(unitFactor(figure)));
}

/**
 * The completion of the budget the words name. 年初预算 and 全年预算 are different figures, both ways:
 * a full-year budget the data lacks is not the opening one (全年预算为 52.00 is no 年初预算 of 0), nor is
 * 公开09表's 全年预算 the 年初预算 of “三公”经费 where the data holds none (blind 9L B8).
 */
function completionFor(topic: Topic, budget: BudgetKind): Completion | undefined {
  const c = topic.completions;
  if (budget === 'opening') return c.opening;
  if (budget === 'full-year') return c['full-year'];
  if (budget === 'ambiguous') return undefined;
  return c.opening ?? c['full-year'];
}

/** The actual a completion compares: the same figure whichever budget the words name. */
function actualFor(topic: Topic, budget: BudgetKind): Fact | undefined {
  const c = topic.completions;
  return (budget === 'opening' ? c.opening ?? c['full-year'] : completionFor(topic, budget))?.actual;
}

/**
 * The other budget's completion, where the words name a budget (年初预算) the data does not hold for the
 * subject and it holds the other (全年预算): what a message names, never what a figure is checked against.
 */
export function otherBudget(claim: { topic?: Topic; budget: BudgetKind; role: FigureClaim['role']; base?: FigureClaim['base'] }): Completion | undefined {
  const topic = claim.topic;
  if (!topic) return undefined;
  const ofBudget = claim.role === 'budget' || claim.role === 'completion' || (claim.base === 'budget' && (claim.role === 'change' || claim.role === 'change-rate'));
  if (!ofBudget) return undefined;
  const c = topic.completions;
  if (claim.budget === 'opening' && !c.opening && !topic.changes.budget) return c['full-year'];
  if (claim.budget === 'full-year' && !c['full-year']) return c.opening;
  return undefined;
}

/** The share of the named whole, else the subject's first (its usual whole): what a change of a share is of. */
function shareSlotOf(topic: Topic, wholeTopic: string | undefined): Topic['shares'][number] | undefined {
  return topic.shares.find((s) => s.wholeTopic === wholeTopic) ?? topic.shares[0];
}

/** The change a claim speaks of: against last year, or against a budget — never one for the other. */
function changeFor(topic: Topic, claim: { base: FigureClaim['base']; budget: BudgetKind }): Change | undefined {
  if (claim.base === 'previous-year') return topic.changes['previous-year'];
  if (claim.base === 'opening-balance') return topic.changes['opening-balance'];
  // changes.budget is against the opening budget (机关运行经费): not a full-year one the data does not hold.
  if (claim.base === 'budget') return (openingMeant(claim.budget) ? topic.changes.budget : undefined) ?? completionFor(topic, claim.budget)?.vsBudget;
  return undefined; // another year: the data holds nothing to compare with
}

const openingMeant = (budget: BudgetKind): boolean => budget === 'opening' || budget === 'unspecified';

function countSlotFor(topic: Topic, claim: FigureClaim): Topic['counts'][number] | undefined {
  if (OUTPUT_NOUN.test(claim.before)) return undefined;
  return topic.counts.find((s) => s.unit === claim.figure.unit && (claim.role === 'grade-count' ? s.grade === claim.grade : s.grade === undefined));
}

/**
 * 公务用车购置费 X，主要用于 3 辆车辆的燃料费: a count right after 用于 counts what the money was spent on, which
 * the subject's own count (the vehicles bought) need not be — a reading, never pinned.
 */
const SPENT_ON = /用于$/u;

/** The facts of sums the text names (A、B 两项合计), by the claim: built once, outside the catalog. */
const SUM_FACTS = new WeakMap<FigureClaim, { fact: Fact; pin: Pin } | null>();

/**
 * 事业收入与其他收入分别为 X、Y，合计 S，占本年收入合计的 P%: the sum of the names and its share of the whole
 * named after 占 (or, with none named, the whole each of them is a share of). Pinned where the words say which
 * names (A和B合计, 两项合计, the 分别 list); a sum of the amounts stated before it is a guess.
 */
function sumFact(claim: FigureClaim & { sumOf: Topic[] }, index: TopicIndex): { fact: Fact; pin: Pin } | undefined {
  const cached = SUM_FACTS.get(claim);
  if (cached !== undefined) return cached ?? undefined;
  const parts = claim.sumOf;
  const amounts = parts.map((t) => t.amount);
  let result: { fact: Fact; pin: Pin } | undefined;
  if (!claim.lastYear && amounts.every((a): a is Fact => a?.value !== undefined)) {
    const registry = new FactRegistry();
    const label = `${parts.map((t) => t.label).join('、')}之和`;
    const sum = registry.sum(`sum:${parts.map((t) => t.id).join('+')}`, label, amounts);
    const pin: Pin = claim.sumPinned ? 'name' : 'default';
    if (claim.role === 'amount') result = { fact: sum, pin };
    else if (claim.role === 'share') {
      const wholeId = claim.wholeTopic ?? parts[0]!.shares.map((s) => s.wholeTopic).find((w) => parts.every((t) => t.shares.some((s) => s.wholeTopic === w)));
      const whole = wholeId === undefined ? undefined : index.topics.get(wholeId);
      if (whole?.amount?.value !== undefined) {
        // 两项合计占 100%: where the whole's other parts are all 0, the two are all of it.
        const others = whole.parts?.filter((id) => !parts.some((t) => t.id === id)).map((id) => index.topics.get(id)?.amount?.value);
        result = { fact: registry.share(`${sum.id}:share`, `${label}占${whole.label}的比重`, sum, whole.amount, undefined, others).rate, pin };
      }
    }
  }
  SUM_FACTS.set(claim, result ?? null);
  return result;
}

/** The share of a part in the whole its 其中 was said of (财政拨款收支总计 X。其中，…收入 Y，占 P%): built once, outside the catalog. */
const PART_WHOLE_SHARES = new WeakMap<Topic, Map<Topic, Fact | null>>();
function partWholeShare(part: Topic, whole: Topic): Fact | undefined {
  let byWhole = PART_WHOLE_SHARES.get(part);
  if (!byWhole) PART_WHOLE_SHARES.set(part, (byWhole = new Map()));
  let fact = byWhole.get(whole);
  if (fact === undefined) {
    fact = part.amount?.value !== undefined && whole.amount?.value !== undefined && !whole.amount.value.isZero()
      ? new FactRegistry().share(`share:${part.id}/${whole.id}`, `${part.label}占${whole.label}的比重`, part.amount, whole.amount).rate
      : null;
    byWhole.set(whole, fact);
  }
  return fact ?? undefined;
}

/** The other readings of a figure the words left open: its subject's rivals, and a share's usual whole beside the one its 其中 names. */
export function otherReadings(claim: FigureClaim, index: TopicIndex): Array<{ fact: Fact; pin: Pin } | undefined> {
  return [
    ...(claim.rivals ?? []).map((rival) => resolveFact({ ...claim, topic: rival, rivals: undefined, recent: [], partWhole: undefined }, index)),
    ...(claim.partWhole ? [resolveFact({ ...claim, partWhole: undefined, rivals: undefined }, index)] : []),
  ];
}

/** The fact a figure claims, looked up on its subject (or, for a count, the nearest topic that has one). */
export function resolveFact(claim: FigureClaim, index: TopicIndex): { fact: Fact; pin: Pin } | undefined {
  if (claim.sumOf) return sumFact(claim as FigureClaim & { sumOf: Topic[] }, index);
  if (claim.coverage) return coverageFact(claim.coverage, claim, index);
  // 财政拨款收支总计 X。其中，一般公共预算财政拨款收入 Y，占 P%: the share of the whole just named — a reading, not pinned
  // (the part's usual whole, 本年收入合计, is the other).
  if (claim.partWhole && claim.role === 'share' && !claim.lastYear && claim.topic) {
    const fact = partWholeShare(claim.topic, claim.partWhole);
    if (!fact) return undefined;
    // 本年收入合计 X，全部为财政拨款收入。其中…占 P%: where the two wholes are the same amount the share is one whichever
    // is meant — pinned as far as the words pin the part (blind 14L §4c).
    const usual = claim.pin === 'name' ? resolveFact({ ...claim, partWhole: undefined }, index) : undefined;
    const same = usual !== undefined && usual.pin === 'name' && fact.value !== undefined && usual.fact.value?.eq(fact.value) === true;
    return { fact, pin: same ? 'name' : 'default' };
  }
  // Amounts, shares and changes belong to the subject itself; only counts look further back (团组 3 个，累计 5 人次).
  const searchRecent = claim.role === 'count' || claim.role === 'grade-count' || claim.role === 'score';
  const subject = claim.topic ?? claim.recent[0];
  const candidates = !searchRecent ? (subject ? [subject] : [])
    : claim.topic ? [claim.topic, ...claim.recent.filter((t) => t !== claim.topic)] : claim.recent;
  const fromTopic = (topic: Topic): Fact | undefined => {
    // 收、支总计均为 10,315.22 万元，为上年的 106.98%: this year's figure over last year's (blind 15L §6).
    if (claim.lastYear && claim.figure.kind === 'percent' && OF_LAST_YEAR.test(claim.before)) {
      const change = topic.changes['previous-year'];
      return change && ratioToLastYear(change);
    }
    // Last year's share or completion: the data holds only last year's amounts.
    // Last year's share: where the data holds last year's lines and total.
    if (claim.lastYear && claim.role !== 'previous' && claim.role !== 'share') return undefined;
    switch (claim.role) {
      case 'amount':
        return topic.amount ?? actualFor(topic, claim.budget);
      case 'actual':
        return actualFor(topic, claim.budget) ?? topic.amount;
      case 'budget':
        // 比年初预算 403.48 万元减少 25.6 万元: where the data has no completion (机关运行经费), the base of the change against the opening budget.
        return completionFor(topic, claim.budget)?.budget ?? (openingMeant(claim.budget) ? topic.changes.budget?.base : undefined);
      case 'completion':
        return completionFor(topic, claim.budget)?.rate;
      case 'share': {
        // A whole named after 占 that is none of the subject's wholes: not some other share of it.
        const slot = topic.shares.find((s) => s.wholeTopic === claim.wholeTopic) ?? (claim.wholeTopic === undefined ? topic.shares[0] : undefined);
        // 残疾人生活和护理补贴（项）…占一般公共预算财政拨款支出的 53.2%: a whole the words name, of those the data gives only so.
        if (!slot && claim.wholeTopic !== undefined && !claim.lastYear && topic.namedWholes?.includes(claim.wholeTopic)) {
          const whole = index.topics.get(claim.wholeTopic);
          return whole && partWholeShare(topic, whole);
        }
        return claim.lastYear ? slot?.previous : slot?.fact;
      }
      case 'share-change':
        return claim.base === 'previous-year' ? shareSlotOf(topic, claim.wholeTopic)?.change : undefined;
      case 'change':
        return changeFor(topic, claim)?.amount;
      case 'change-rate':
        return changeFor(topic, claim)?.rate;
      case 'previous':
        return changeFor(topic, claim)?.base;
      case 'count':
      case 'grade-count':
        return countSlotFor(topic, claim)?.fact;
      case 'score':
        return topic.score;
      default:
        return undefined;
    }
  };
  for (const topic of candidates) {
    const fact = fromTopic(topic);
    if (!fact) continue;
    // A figure whose own subject was a guess (a name two topics bear) is no surer for a fact found further back.
    const reading = (claim.role === 'count' && (SPENT_ON.test(claim.before) || countSlotFor(topic, claim)?.reading === true))
      || (claim.role === 'share' && claim.wholeTopic === undefined && topic.shares[0]?.reading === true);
    const pin = reading ? 'default' : claim.topic === topic ? claim.pin : claim.pin === 'default' ? 'default' : 'carried';
    // A name two tables hold, read with nothing to choose: no guess where both give the same figure (基本支出 of 03 and 05).
    const same = pin === 'default' && claim.rivals?.every((t) => fromTopic(t)?.value?.eq(fact.value ?? Number.NaN) === true);
    return { fact, pin: same ? 'name' : pin === 'default' && pinnedByCue(claim) ? 'cue' : pin };
  }
  // A count with no named noun (3 个项目中) belongs to what the section is about: a guess.
  const fallback = claim.section ? index.topics.get(index.sectionDefault[claim.section] ?? '') : undefined;
  // Not where the text names something the data does not hold (其中：机要用车 0 辆), nor another quantity
  // (其余各类用车均为 0 辆): that is no guess.
  if (searchRecent && fallback && !candidates.includes(fallback) && claim.unknownName === undefined && claim.otherQuantity === undefined) {
    const fact = fromTopic(fallback);
    if (fact) return { fact, pin: pinnedByCue(claim) ? 'cue' : 'default' };
  }
  return undefined;
}

/**
 * 绩效自评资金覆盖率 100%: the self-evaluated projects' budget over the projects' spending (预算项目支出总额), pinned by the
 * words. Where they say neither money nor count (绩效自评覆盖率), or speak of the targets (whose whole the data does not
 * name), that share is a reading: verified where it agrees, else unverified naming it. Of the projects' count the data has
 * no total, and bare 覆盖率 says not whose: no fact.
 */
function coverageFact(coverage: Coverage, claim: FigureClaim, index: TopicIndex): { fact: Fact; pin: Pin } | undefined {
  if (claim.lastYear || coverage.measure === 'count' || coverage.of === undefined) return undefined;
  const covered = index.topics.get(index.sectionDefault.performance ?? '')?.coverage;
  const fact = coverage.of === 'self-evaluation' ? covered?.selfEvaluation : covered?.targets;
  if (!fact) return undefined;
  return { fact, pin: coverage.of === 'self-evaluation' && coverage.measure === 'amount' ? 'cue' : 'default' };
}

/** 为上年的 / 是上年决算数的 / 相当于去年的 right before a rate: the rate is this year's figure over last year's. */
const OF_LAST_YEAR = /(?:为|是|相当于)(?:上年|上年度|上一年度?|去年)(?:决算数?|同期|数)?的$/u;

const RATIOS_TO_LAST_YEAR = new WeakMap<Change, Fact>();

/** This year's figure ÷ last year's × 100 (= 100% + the change rate), its bounds the change rate's moved by 100. */
function ratioToLastYear(change: Change): Fact | undefined {
  let fact = RATIOS_TO_LAST_YEAR.get(change);
  if (fact) return fact;
  const { current, base, rate } = change;
  if (current.value === undefined || base.value === undefined) return undefined;
  fact = {
    id: `${rate.id}.of-previous`, kind: rate.kind, label: `${current.label}为上年的百分比`, unit: '%',
    value: base.value.isZero() ? undefined : current.value.div(base.value).times(HUNDRED),
    bounds: rate.bounds && { lo: rate.bounds.lo.plus(HUNDRED), hi: rate.bounds.hi.plus(HUNDRED) },
    inputs: [current.id, base.id], names: [], operation: 'ratio',
    ...(base.value.isZero() ? { undefinedReason: 'zero-base' as const } : {}),
  };
  RATIOS_TO_LAST_YEAR.set(change, fact);
  return fact;
}

/**
 * Words that name the fact of a count or score without naming its subject: a grade (评级为“优”的项目 3 个),
 * 平均得分, or 项目 as the counted noun (3 个项目, 项目 3 个) in the section about projects.
 */
function pinnedByCue(claim: FigureClaim): boolean {
  if (claim.role === 'grade-count') return true;
  if (claim.role === 'score') return /平均(?:得)?分(?:为|是)?$/u.test(claim.before);
  if (claim.role === 'count') return /^项目/u.test(claim.after) || /项目(?:数量?|个数)?(?:为|是|共|共计|有)?$/u.test(claim.before);
  return false;
}

/** The fact a figure claims, and whether the words of the text pinned it (see {@link Pin}). */
export function factFor(claim: FigureClaim, index: TopicIndex): Fact | undefined {
  return resolveFact(claim, index)?.fact;
}

export type Verdict =
  | { status: 'ok' }
  /** exact: the fact's value in the figure's unit, unsigned; the fix rounds it as the document writes */
  | { status: 'mismatch'; exact: Decimal }
  | { status: 'truncation'; exact: Decimal }
  | { status: 'zero-base' }
  | { status: 'unavailable'; why: string };

function absInterval(i: Interval): Interval {
  if (i.lo.gte(0)) return i;
  if (i.hi.lte(0)) return { lo: i.hi.neg(), hi: i.lo.neg() };
  return { lo: new Decimal(0), hi: Decimal.max(i.lo.neg(), i.hi) };
}

/** A fact as a figure in one unit with so many decimals would state it. */
interface Statable {
  exact: Decimal;
  expected: Decimal;
  /** expected as a double where that double determines it (see Figure.number), else NaN */
  expectedNumber: number;
  bounds?: Interval;
}

/**
 * Per fact, by unit and decimals: a document states the same facts again and again, and a
 * catalog is linted against many documents; the Decimal arithmetic is done once.
 */
const STATABLE = new WeakMap<Fact, Map<number, Statable>>();

function statable(fact: Fact & { value: Decimal }, figure: Figure): Statable {
  const converts = fact.unit === '万元';
  const factor = converts ? unitFactor(figure) : ONE;
  // A number, not a string built per look-up: decimals × (units + 1) + which unit.
  const key = figure.decimals * (UNIT_KEY.size + 1) + (converts ? UNIT_KEY.get(figure.unit) ?? 0 : 0);
  let byKey = STATABLE.get(fact);
  if (!byKey) STATABLE.set(fact, (byKey = new Map()));
  let s = byKey.get(key);
  if (!s) {
    // Prose states changes and rates without sign; the direction word carries it.
    const exact = fact.value.times(factor).abs();
    const expected = roundHalfUp(exact, figure.decimals);
    s = { exact, expected, expectedNumber: expected.sd() <= 15 ? expected.toNumber() : Number.NaN };
    if (fact.operation && fact.bounds && !exactDifference(fact, factor, figure.decimals)) {
      s.bounds = absInterval({ lo: fact.bounds.lo.times(factor), hi: fact.bounds.hi.times(factor) });
    }
    byKey.set(key, s);
  }
  return s;
}

/**
 * A change of two figures of the data that, in the unit a figure is written in, have no more decimals than it
 * (7,174.90 and 6,029.33 for a change written to the cent): the writer subtracts the published figures and the
 * difference is exact — judged as a published amount is, not by its inputs' rounding. Not where the text writes
 * fewer decimals (it may have subtracted its own rounded figures), in 亿元, or where the data holds more decimals
 * than the text (元 converted to 万元), nor for a figure taken from another table (CARRIED_FROM: tables are
 * rounded each on its own).
 */
function exactDifference(fact: Fact, factor: Decimal, decimals: number): boolean {
  const operands = DIFFERENCE_OPERANDS.get(fact);
  return operands !== undefined && operands.every((f) => f.value !== undefined && !CARRIED_FROM.has(f) && f.value.times(factor).decimalPlaces() <= decimals);
}

/**
 * Why a fact has no value, naming the fact itself when it is computed from the missing one:
 * a change stated after an amount is not described as the amount (数据中缺少机关运行经费支出，
 * 无法算出机关运行经费支出增减额), so the two figures' messages do not read as one repeated.
 */
export function missingWhy(fact: Fact): string {
  const missing = fact.missing ?? fact.label;
  const lacking = `数据中缺少${/^[0-9A-Za-z]/u.test(missing) ? ' ' : ''}${missing}`;
  return missing.startsWith(fact.label) ? lacking : `${lacking}，无法算出${fact.label}`;
}

/** Is the stated figure the fact, at the precision it is stated with? */
export function judge(fact: Fact, figure: Figure): Verdict {
  if (fact.value === undefined) {
    return fact.undefinedReason === 'zero-base'
      ? { status: 'zero-base' }
      : { status: 'unavailable', why: missingWhy(fact) };
  }
  const { exact, expected, expectedNumber, bounds } = statable(fact as Fact & { value: Decimal }, figure);
  const d = figure.decimals;
  // Two decimals of at most 15 significant digits are equal exactly when their nearest doubles are
  // (a double holds 15 decimal digits faithfully): most figures are judged without decimal.js.
  const n = figure.number;
  if (n === n && expectedNumber === expectedNumber ? n === expectedNumber : expected.eq(figure.value)) return { status: 'ok' };
  if (bounds && overlaps(bounds, rounded(figure.value, d))) return { status: 'ok' };
  if (fromPrintedShares(fact, figure)) return { status: 'ok' };
  if (exact.toDecimalPlaces(d, Decimal.ROUND_DOWN).eq(figure.value)) return { status: 'truncation', exact };
  const carried = CARRIED_FROM.get(fact);
  if (carried !== undefined && offByACent(fact as Fact & { value: Decimal }, figure)) {
    return { status: 'unavailable', why: `${fact.label}只能取自${carried}（${publishedValue(fact)} 万元），与文字相差 0.01 万元，可能是表间尾差` };
  }
  return { status: 'mismatch', exact };
}

/** A figure in 万元 to the cent one cent off an amount taken from another table (CARRIED_FROM). */
function offByACent(fact: Fact & { value: Decimal }, figure: Figure): boolean {
  if (figure.decimals !== 2 || unitFactor(figure) !== ONE) return false;
  return fact.value.minus(figure.value).abs().eq(CENT);
}
const CENT = new Decimal('0.01');

/**
 * A rate judged right only by the rounding of its data (下降 5.87% where 0.15 ÷ 2.60 = 5.77%, and the two 合计 are sums
 * of rounded terms): the rate the published figures give, where the stated one is off it by more than one unit of its
 * last decimal — no rounding of the stated precision explains that. Undefined where the figure is that rate.
 */
export function offPublished(fact: Fact, figure: Figure, toTheUnit = false): Decimal | undefined {
  const units = toTheUnit ? 0 : 1;
  if (fact.unit !== '%' || !fact.operation || !fact.bounds || fact.value === undefined) return undefined;
  const { exact, expected, expectedNumber } = statable(fact as Fact & { value: Decimal }, figure);
  // Both sides are written to the figure's decimals, so they differ by a whole number of its last units. With at
  // most 15 significant digits each (as judge's doubles), that number is the rounded difference of the doubles:
  // no Decimal is made for the figure.
  const n = figure.number;
  if (n === n && expectedNumber === expectedNumber) {
    if (n === expectedNumber) return undefined;
    return Math.round(Math.abs(expectedNumber - n) * 10 ** figure.decimals) > units ? exact : undefined;
  }
  if (expected.eq(figure.value)) return undefined;
  return expected.minus(figure.value).abs().gt(new Decimal(10).pow(-figure.decimals).times(units)) ? exact : undefined;
}

/**
 * 下降 1.04 个百分点 from the shares as printed (82.15% − 83.19%; the exact shares give 1.03): the points a writer
 * works out from the shares rounded to two decimals, or to the points' own decimals, are as right as the exact ones.
 */
function fromPrintedShares(fact: Fact, figure: Figure): boolean {
  const shares = fact.kind === 'share-change' ? SHARE_CHANGE_OPERANDS.get(fact) : undefined;
  if (!shares) return false;
  const [current, previous] = shares;
  const printed = (decimals: number) => roundHalfUp(roundHalfUp(current, decimals).minus(roundHalfUp(previous, decimals)).abs(), figure.decimals);
  return printed(2).eq(figure.value) || (figure.decimals !== 2 && printed(figure.decimals).eq(figure.value));
}

const ROLE_RULE: Record<string, string> = {
  amount: 'amount-mismatch', actual: 'amount-mismatch', budget: 'budget-mismatch', previous: 'amount-mismatch',
  share: 'share-mismatch', change: 'change-mismatch', 'change-rate': 'change-rate-mismatch', 'share-change': 'change-mismatch',
  completion: 'completion-rate-mismatch', count: 'count-mismatch', 'grade-count': 'count-mismatch', score: 'score-mismatch',
};

function unitText(figure: Figure): string {
  if (figure.chinese) return figure.unit === '%' ? '' : figure.unit;
  return figure.unit === '%' ? '%' : figure.unit ? ` ${figure.unit}` : '';
}

/** A number of the figure as it is written with its unit: 3.5%, 12 辆, 百分之十八点五, 十二辆. */
export function withUnit(figure: Figure, number: string): string {
  return `${figure.chinese && figure.unit === '%' ? '百分之' : ''}${number}${unitText(figure)}`;
}

/** The figure with the words that say what it is, for a message (完成年初预算的 103.85%, 十二辆). */
export function statedFigure(claim: FigureClaim): string {
  return `${claim.cueText && !/^(?:为|是)$/u.test(claim.cueText) ? `${claim.cueText} ` : ''}${withUnit(claim.figure, claim.figure.numberText)}`;
}

/** A fact's value as the data publishes it: amounts with two decimals (2,961.68), rates with two, counts whole. */
export function publishedValue(fact: Fact): string {
  if (fact.value === undefined) return '?';
  if (fact.unit === '%') return `${formatNumber(fact.value.abs(), { ...TABLE_STYLE, grouping: false })}%`;
  if (fact.unit === '万元') return `${plain(fact.value)} 万元`;
  if (fact.unit === '分') return `${formatNumber(fact.value, { decimals: 2, trimZeros: true, grouping: false })} 分`;
  if (fact.unit === '个百分点') return `${formatNumber(fact.value.abs(), { ...TABLE_STYLE, grouping: false })} 个百分点`;
  return `${fact.value.toFixed(0)} ${fact.unit}`;
}

function plain(value: Decimal | undefined, decimals = 2): string {
  return value === undefined ? '?' : formatNumber(value.abs(), { ...TABLE_STYLE, decimals });
}

/**
 * Where a fact is, or is computed from, last year's figure only the document's own column gives (FROM_LAST_YEAR_COLUMN):
 * （上年数取自本文件公开01表的上年数一栏）, else ''.
 */
export function lastYearColumnNote(fact: Fact, facts: ReadonlyMap<string, Fact>): string {
  const seen = new Set<Fact>([fact]);
  const stack = [fact];
  while (stack.length > 0) {
    const f = stack.pop()!;
    const from = FROM_LAST_YEAR_COLUMN.get(f);
    if (from !== undefined) return `（上年数取自${from}）`;
    for (const id of f.inputs) {
      const input = facts.get(id);
      if (input && !seen.has(input)) { seen.add(input); stack.push(input); }
    }
  }
  return '';
}

/**
 * A figure whose fact is, or is computed from, last year's figure two sources give differently (LAST_YEAR_CONFLICT):
 * why it is unverified, naming both sources and what the fact is by each (上年本年收入合计 12,221.53 by last year's
 * document, 12,244.25 by the column; 本年收入合计增减额 1,410.68 by the one, 1,387.96 by the other). Undefined for any other.
 */
export function lastYearConflictWhy(claim: FigureClaim, index: TopicIndex, facts: ReadonlyMap<string, Fact>): string | undefined {
  const fact = factFor(claim, index);
  if (!fact || fact.value !== undefined) return undefined;
  const input = (f: Fact, k: number) => facts.get(f.inputs[k] ?? '');
  // the fact itself, a change of it (this year − it), or that change's rate (change ÷ it)
  const base = LAST_YEAR_CONFLICT.has(fact) ? fact
    : [input(fact, 1), fact.kind === 'change-rate' ? input(fact, 0) && input(input(fact, 0)!, 1) : undefined].find((f) => f !== undefined && LAST_YEAR_CONFLICT.has(f));
  if (!base) return undefined;
  const c = LAST_YEAR_CONFLICT.get(base)!;
  const current = fact === base ? undefined : fact.kind === 'change-rate' ? input(input(fact, 0)!, 0) : input(fact, 0);
  const by = (v: Decimal): string | undefined => {
    if (fact === base) return `${formatTableAmount(v)} 万元`;
    if (current?.value === undefined) return undefined;
    const change = current.value.minus(v);
    if (fact.kind === 'change') return `${change.isNegative() ? '减少' : '增加'} ${plain(change)} 万元`;
    if (fact.kind === 'change-rate' && !v.isZero()) return `${change.isNegative() ? '下降' : '增长'} ${plain(change.div(v).times(HUNDRED))}%`;
    return undefined;
  };
  const [a, b] = [by(c.previous), by(c.own)];
  const what = fact === base ? '' : a && b ? `；${fact.label}按上年文件为${a}，按${c.column}为${b}` : '';
  return `${c.line}两处不一致：上年文件的决算表为 ${formatTableAmount(c.previous)} 万元，`
    + `${c.column}为 ${formatTableAmount(c.own)} 万元，不能确定以哪个为准${what}（见决算表的问题）`;
}

/** How a fact comes about, for the message: 1,861.14 ÷ 1,796.83 = 103.58%, and where last year's figure is the document's own column, so. */
export function derivation(fact: Fact, index: TopicIndex, facts: ReadonlyMap<string, Fact>, decimals: number): string {
  return `${arithmetic(fact, index, facts, decimals)}${lastYearColumnNote(fact, facts)}`;
}

function arithmetic(fact: Fact, index: TopicIndex, facts: ReadonlyMap<string, Fact>, decimals: number): string {
  const inputs = fact.inputs.map((id) => facts.get(id)).filter((f): f is Fact => f !== undefined);
  const value = fact.value === undefined ? '?' : formatNumber(fact.value.abs(), { decimals, trimZeros: false, grouping: true });
  if (fact.operation === 'ratio' && inputs.length === 2) {
    // A change rate's numerator is the change: show |change| ÷ base.
    return `${plain(inputs[0]!.value)} ÷ ${plain(inputs[1]!.value)} = ${value}%`;
  }
  if (fact.operation === 'difference' && inputs.length === 2 && fact.unit === '个百分点') {
    // 30.66% − 30.02% = 0.64 个百分点: two shares, each with as many decimals as make the arithmetic shown true
    // (72.658% − 73.094% = −0.436, where 72.66% − 73.09% = −0.44 would not be).
    const [a, b] = [inputs[0]!.value, inputs[1]!.value];
    let shown = Math.max(2, decimals);
    while (a !== undefined && b !== undefined && fact.value !== undefined && shown < 6
      && !roundHalfUp(a, shown).minus(roundHalfUp(b, shown)).eq(roundHalfUp(fact.value, shown))) shown++;
    const result = shown === decimals ? value : fact.value === undefined ? '?' : formatNumber(fact.value.abs(), { decimals: shown, trimZeros: false, grouping: true });
    return `${plain(a, shown)}% − ${plain(b, shown)}% = ${fact.value?.isNegative() ? '−' : ''}${result} 个百分点`;
  }
  if (fact.operation === 'difference' && inputs.length === 2) {
    return `${plain(inputs[0]!.value)} − ${plain(inputs[1]!.value)} = ${fact.value?.isNegative() ? '−' : ''}${value} 万元`;
  }
  if (fact.operation === 'sum') {
    // 公务接待 27 + 0 = 27 批次: a sum of counts is a count, written whole
    const whole = fact.unit === '万元' ? 2 : 0;
    return `${inputs.map((f) => plain(f.value, whole)).join(' + ')} = ${whole ? value : plain(fact.value, 0)} ${fact.unit}`;
  }
  if (fact.operation === 'mean') return `(${inputs.map((f) => plain(f.value)).join(' + ')}) ÷ ${inputs.length} = ${value} 分`;
  return `${fact.label}为 ${value}${fact.unit === '%' ? '%' : ` ${fact.unit}`}`;
}

/** A fact's label for a message: a table's total row, labelled 合计决算数, named with its subject (“三公”经费合计决算数). */
function named(fact: Fact, topic: Topic | undefined): string {
  return topic && fact.label.startsWith('合计') ? `${topic.label}${fact.label}` : fact.label;
}

/** The findings on a figure given its verdict (judge(fact, claim.figure), which the caller has made). */
export function checkFigure(
  claim: FigureClaim, fact: Fact, verdict: Verdict, index: TopicIndex, facts: ReadonlyMap<string, Fact>, style: DocumentStyle,
): Finding[] {
  const figure = claim.figure;
  const findings: Finding[] = [];
  const block = claim.block;
  const span: Span = { start: figure.numberStart, end: figure.numberEnd, block };
  if (verdict.status === 'zero-base') {
    // 预算为 0、决算为 0，“完成预算的 0%”: nothing budgeted, nothing spent — a common way of saying so, not a wrong figure.
    const nothing = figure.value.isZero() && fact.inputs.every((id) => facts.get(id)?.value?.isZero() === true);
    const stated = statedFigure(claim);
    findings.push({
      ruleId: 'zero-base-rate', severity: nothing ? 1 : 2, span: { start: figure.start, end: figure.end, block },
      message: nothing
        ? `${stated}：${named(fact, claim.topic)}的分子和基数都为 0，比率无从计算，建议写明“未安排预算”“不可比”或删去`
        : `${stated} 不成立：${named(fact, claim.topic)}的基数为 0，比率无从计算，应写明“不可比”或删去`,
      actual: stated,
    });
  } else if (verdict.status === 'mismatch' || verdict.status === 'truncation') {
    const expected = style.write(verdict.exact, figure, block);
    // The data's figure as published (2,961.68 万元, not 2961.7), then what to write at the writer's precision.
    const how = `${fact.operation ? derivation(fact, index, facts, Math.max(2, figure.decimals)) : `${named(fact, claim.topic)}为 ${publishedValue(fact)}${lastYearColumnNote(fact, facts)}`}，应为 ${withUnit(figure, expected)}`;
    findings.push(verdict.status === 'mismatch'
      ? {
        ruleId: ROLE_RULE[claim.role] ?? 'figure-mismatch', severity: 2, span,
        message: `${statedFigure(claim)} 与数据不符：${how}`, expected, actual: figure.numberText, fix: expected,
      }
      : {
        ruleId: 'truncated-figure', severity: 2, span,
        message: `${statedFigure(claim)} 是截位而非四舍五入的结果：${how.split('，应为 ')[0]}，四舍五入应为 ${withUnit(figure, expected)}`,
        expected, actual: figure.numberText, fix: expected,
      });
  }
  // The direction word in front of a change must have the change's sign; the word between last year's figure
  // and this year's (由上年的 X 下降到 Y), the sign of the change from the one to the other.
  const directed = claim.fromPrevious ? changeFromPrevious(claim) : fact;
  if (claim.direction && directed?.value !== undefined && !directed.value.isZero()) {
    const actual = directed.value.isPositive() ? 'up' : 'down';
    if (actual !== claim.direction.direction) {
      const words = claim.role === 'change-rate' ? RATE_CHANGE_WORD : AMOUNT_CHANGE_WORD;
      const points = directed.unit === '个百分点';
      // 超年初预算 2.13% where the actual is below the budget: 低于年初预算 (not 下降年初预算).
      const over = /^超[出过]?$/u.test(claim.direction.text) && claim.base === 'budget';
      const right = over ? '低于' : SINGLE_CHARACTER_OPPOSITES.get(claim.direction.text) ?? replaceDirection(claim.direction.text, actual, words[actual], points, style.wordsUsed(points));
      if (claim.direction.span.start === claim.direction.span.end) {
        // The direction came from a table header (增减额) and the cell's sign: the sign is what is wrong.
        const signed = actual === 'down' ? `-${figure.numberText}` : figure.numberText.replace(/^[-－−]/u, '');
        findings.push({
          ruleId: 'direction-mismatch', severity: 2, span: { start: figure.numberStart, end: figure.numberEnd, block },
          message: `${statedFigure(claim)} 的正负与数据不符：${directed.label}为${actual === 'up' ? '正' : '负'}（${derivation(directed, index, facts, 2)}）`,
          expected: signed, actual: figure.numberText,
        });
        return findings;
      }
      findings.push({
        ruleId: 'direction-mismatch', severity: 2, span: claim.direction.span,
        message: `“${claim.direction.text}”与数据不符：${directed.label}为${actual === 'up' ? '正' : '负'}（${derivation(directed, index, facts, 2)}），应为“${right}”`,
        expected: right, actual: claim.direction.text, fix: right,
      });
    }
  }
  return findings;
}

/**
 * Pairs of words a finance writer sets against each other (direction-words.ts), the first pair holding the writer's word
 * used: 降低 ↔ 提高, 减少 ↔ 增加, 下滑 and 回落 → 上升. 下降 is set against 增长 for an amount or a rate
 * (增长 X%) and against 提高 for percentage points (提高 X 个百分点): for percentage points going up, 下降 against 提高 first (提高 12 and
 * 上升 2 times before 个百分点 in the fixtures and the phrasing research); going down, 提高 keeps its own pair 降低 (blind 8L/9L's
 * writers set 提高 against 降低, 12L's against 下降). Used by replaceDirection.
 */

/** 由上年的 X 下降到 Y: the change from last year's figure to this year's — of the share in points, or of the amount. */
function changeFromPrevious(claim: FigureClaim): Fact | undefined {
  const topic = claim.topic;
  if (!topic) return undefined;
  if (claim.role === 'share') return shareSlotOf(topic, claim.wholeTopic)?.change;
  return topic.changes['previous-year']?.amount;
}

/**
 * 增加 → 减少, 增长了 → 下降了: flip the word the writer used, keep the rest of the cue — into the word of the
 * family the document itself uses before figures of the kind (提高 … 个百分点 and 下降 … 个百分点: 下降 ↔ 提高),
 * else the first pair's. A word to a figure (下降到, 降至) keeps its own pair: the words used are those by a figure.
 */
function replaceDirection(text: string, to: 'up' | 'down', fallback: string, points: boolean, used: ReadonlySet<string>): string {
  let first: string | undefined;
  const by = !/[到至]/u.test(text);
  for (const [up, down] of points && to === 'up' ? OPPOSITE_POINTS_UP_PAIRS : OPPOSITE_PAIRS) {
    const [from, into] = to === 'down' ? [up, down] : [down, up];
    if (!text.includes(from)) continue;
    if (by && used.has(into)) return text.replace(from, into);
    first ??= text.replace(from, into);
  }
  return first ?? fallback;
}

/** Does the data hold what a word compares (the subject's budget and actual, its change)? Then the word was checked, right or wrong. */
export function wordJudged(claim: WordClaim): boolean {
  const topic = claim.topic;
  if (!topic || claim.kind === 'conflict') return false;
  if (claim.kind === 'comparison') return claim.base === 'budget' ? completionFor(topic, claim.budget)?.comparison !== undefined : changeFor(topic, claim)?.amount.value !== undefined;
  if (claim.base === 'budget' && !topic.changes.budget) return completionFor(topic, claim.budget)?.rate.value !== undefined;
  return changeFor(topic, claim)?.amount.value !== undefined;
}

/** 持平 / 相同 / 无变化, and 大于 / 小于 / 等于: words that state a comparison without a figure. */
export function checkWord(claim: WordClaim, index: TopicIndex, facts: ReadonlyMap<string, Fact>): Finding | undefined {
  const topic = claim.topic;
  if (!topic) return undefined;
  if (claim.kind === 'conflict') {
    return {
      ruleId: 'direction-conflict', severity: 2, span: claim.span, actual: claim.text,
      message: `“${claim.text}”自相矛盾：同一句中对${topic.label}既说有增减又说持平`,
    };
  }
  if (claim.kind === 'direction') {
    // 较上年增长。 with no figure: the word against the sign of the change; never fixed (持平 is another construction).
    const change = changeFor(topic, claim)?.amount;
    const amount = change?.value;
    if (!change || amount === undefined) return undefined;
    const actual = amount.isZero() ? 'flat' : amount.isPositive() ? 'up' : 'down';
    if (actual === claim.direction) return undefined;
    return {
      ruleId: 'direction-mismatch', severity: 2, span: claim.span, actual: claim.text,
      message: `“${claim.text}”与数据不符：${topic.label}${actual === 'flat' ? '与上年相同' : `${actual === 'up' ? '增加' : '减少'} ${plain(amount.abs())} 万元`}（${derivation(change, index, facts, 2)}）`,
    };
  }
  if (claim.kind === 'comparison' && claim.base !== 'budget') return checkComparisonWithYear(claim, topic);
  if (claim.kind === 'comparison') {
    const completion = completionFor(topic, claim.budget);
    if (!completion?.comparison || completion.comparison === claim.comparison) return undefined;
    // 未超过 / 不低于 allow equality.
    if (claim.comparison === 'at-most' && completion.comparison !== 'greater') return undefined;
    if (claim.comparison === 'at-least' && completion.comparison !== 'less') return undefined;
    const right = COMPARISON_WORD[completion.comparison];
    return {
      ruleId: 'comparison-mismatch', severity: 2, span: claim.span,
      message: `“${claim.text}”与数据不符：${topic.label}决算数 ${plain(completion.actual.value)} 万元，预算数 ${plain(completion.budget.value)} 万元，应为“${right}”`,
      expected: right, actual: claim.text, ...(claim.comparison === 'at-most' || claim.comparison === 'at-least' ? {} : { fix: right }),
    };
  }
  // flat: against a budget it is a comparison, against last year a change of zero.
  if (claim.base === 'budget' && !topic.changes.budget) {
    const completion = completionFor(topic, claim.budget);
    if (!completion?.rate.value || completion.comparison === 'equal') return undefined;
    if (claim.approximately && completion.rate.value.minus(HUNDRED).abs().lte(BASICALLY_FLAT_PERCENT)) return undefined;
    return {
      ruleId: 'direction-mismatch', severity: 2, span: claim.span,
      message: `“${claim.text}”与数据不符：${topic.label}决算数 ${plain(completion.actual.value)} 万元${completion.comparison === 'greater' ? '大于' : '小于'}预算数 ${plain(completion.budget.value)} 万元`,
      actual: claim.text,
    };
  }
  const change = changeFor(topic, claim);
  const amount = change?.amount.value;
  if (amount === undefined || amount.isZero()) return undefined;
  if (claim.approximately && change?.rate.value !== undefined && change.rate.value.abs().lte(BASICALLY_FLAT_PERCENT)) return undefined;
  return {
    ruleId: 'direction-mismatch', severity: 2, span: claim.span,
    message: `“${claim.text}”与数据不符：${topic.label}${amount.isPositive() ? '增加' : '减少'} ${plain(amount)} 万元（${derivation(change!.amount, index, facts, 2)}）`,
    actual: claim.text,
  };
}

/** 决算数大于 2023 年度决算数: a comparison with last year's actual, by the sign of the change (another year: the data holds nothing). */
function checkComparisonWithYear(claim: WordClaim, topic: Topic): Finding | undefined {
  const change = changeFor(topic, claim);
  const amount = change?.amount.value;
  const current = topic.amount?.value;
  if (amount === undefined || current === undefined || change?.base.value === undefined) return undefined;
  const actual = amount.isZero() ? 'equal' : amount.isPositive() ? 'greater' : 'less';
  if (actual === claim.comparison || (claim.comparison === 'at-most' && actual !== 'greater') || (claim.comparison === 'at-least' && actual !== 'less')) return undefined;
  const right = COMPARISON_WORD[actual];
  return {
    ruleId: 'comparison-mismatch', severity: 2, span: claim.span,
    message: `“${claim.text}”与数据不符：${topic.label}本年决算数 ${plain(current)} 万元，上年决算数 ${plain(change.base.value)} 万元${lastYearColumnNote(change.base, new Map())}，应为“${right}”`,
    expected: right, actual: claim.text, ...(claim.comparison === 'at-most' || claim.comparison === 'at-least' ? {} : { fix: right }),
  };
}

/** The fact a negation says is 0, on one of its subjects: what was spent, budgeted or counted, this year or last. */
function absentFact(topic: Topic, claim: AbsenceClaim): Fact[] | undefined {
  const count = (pick: (s: Topic['counts'][number]) => boolean) => {
    const slot = topic.counts.find(pick);
    return slot && [slot.fact];
  };
  if (claim.period === 'previous') return claim.measure === 'amount' ? optional(topic.changes['previous-year']?.base) : undefined;
  switch (claim.measure) {
    case 'amount':
      return optional(topic.amount ?? completionFor(topic, 'unspecified')?.actual);
    case 'budget': {
      // 无…预算: neither the opening nor the full-year budget — wrong only where every budget the data has is not 0.
      const budgets = [topic.completions.opening?.budget, topic.completions['full-year']?.budget].filter((f): f is Fact => f !== undefined);
      return budgets.length > 0 ? budgets : undefined;
    }
    case 'persons':
      return count((s) => s.unit === '人次' && s.grade === undefined) ?? count((s) => s.unit === '人' && s.grade === undefined);
    case 'groups':
      return count((s) => s.keywords.includes('团组'));
    case 'batches':
      return count((s) => s.unit === '批次');
  }
}

const optional = (fact: Fact | undefined): Fact[] | undefined => (fact ? [fact] : undefined);

/**
 * 本年度无因公出国（境）费支出: each named fact must be 0. Wrong where the data gives one of them
 * another value (for a budget: where every budget it has is not 0); verified where it gives all of
 * them as 0; otherwise (a part the data lacks) nothing is said. Never fixed: the sentence needs rewriting.
 */
export function checkAbsence(claim: AbsenceClaim): { finding?: Finding; verified: boolean } {
  const known: Array<{ topic: Topic; facts: Fact[] }> = [];
  for (const topic of claim.topics) {
    const facts = absentFact(topic, claim);
    if (!facts || facts.some((f) => f.value === undefined)) continue;
    known.push({ topic, facts });
  }
  const wrong = known.filter(({ facts }) => facts.every((f) => !f.value!.isZero()));
  if (wrong.length === 0) return { verified: known.length === claim.topics.length };
  const said = claim.topics.map((t) => t.label).join('、');
  // A table's total row is labelled 合计决算数: named with its subject (“三公”经费合计决算数).
  const values = wrong.map(({ topic, facts }) => facts.map((f) => `${named(f, topic)}为 ${publishedValue(f)}`).join('，')).join('；');
  return {
    verified: true,
    finding: {
      ruleId: 'absence-mismatch', severity: 2, span: claim.span, actual: claim.text,
      message: `“${claim.text}”与数据不符：文字说没有${said}，但${values}；请按数据改写这句话（此类问题不自动修正）`,
    },
  };
}
