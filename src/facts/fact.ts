/**
 * A fact (事实) is one figure Part 3 may state: an amount from the tables, a
 * count, or a figure derived from them — a share (占比), a change (增减额) or
 * change rate (增减率), a completion rate (完成预算的 X%). Every derived figure
 * of juesuan is computed here and only here, exactly (decimal.js), so the
 * drafter and the linter can never disagree about a number.
 */
import { Decimal } from '../data/amount.js';
import { type Direction, type Comparison, comparisonOf } from '../format/words.js';
import { add, div, exact, rounded, scale, sub, type Interval } from './interval.js';

export type FactKind =
  | 'amount'          // 金额, 万元
  | 'count'           // 个数: 团组, 人次, 辆 …
  | 'score'           // 自评得分
  | 'share'           // 占比 %
  | 'change'          // 增减额 万元 (signed)
  | 'change-rate'     // 增减率 % (signed)
  | 'completion-rate' // 完成预算的 % / 执行率
  | 'share-change'    // 占比增减, 个百分点 (signed)
  ;

export type FactUnit = '万元' | '%' | '个百分点' | '个' | '人次' | '批次' | '辆' | '台（套）' | '分';

export interface Fact {
  /** stable id, e.g. "expenditure.basic.share" */
  readonly id: string;
  readonly kind: FactKind;
  /** what it is, in Chinese, for messages: 基本支出占本年支出合计的比重 */
  readonly label: string;
  readonly unit: FactUnit;
  /** the exact value, unrounded; undefined when it cannot be computed */
  readonly value: Decimal | undefined;
  /** where the true value may lie, given that its inputs are rounded figures */
  readonly bounds: Interval | undefined;
  /** ids of the facts it is computed from */
  readonly inputs: readonly string[];
  /** the names prose uses for it (for the linter) */
  readonly names: readonly string[];
  /** why value is undefined: a ratio over a zero base, or an input the data lacks */
  readonly undefinedReason?: 'zero-base' | 'missing-input';
  /** for missing-input: which input, in Chinese, so a draft can ask for it */
  readonly missing?: string;
  /** for ratios and differences: how it is computed, e.g. "÷" */
  readonly operation?: 'sum' | 'difference' | 'ratio' | 'mean';
}

/** The fields a Fact has only when they apply: a template may ask any fact for them. */
export const FACT_OPTIONAL_FIELDS: readonly string[] = ['undefinedReason', 'missing', 'operation'];

/**
 * A share change's two shares, this year's and last year's, unrounded: a writer works the points out from the shares
 * as printed (82.15% − 83.19% = −1.04, where the exact −1.0346 gives 1.03), and the linter accepts that value too.
 */
export const SHARE_CHANGE_OPERANDS = new WeakMap<Fact, readonly [Decimal, Decimal]>();

/**
 * An amount a review knows only from another table than its own (05's classes as 公开04表 prints them, where 05
 * is not judged against): that table's name. Tables are rounded each on its own, so a cent off it is no error.
 */
export const CARRIED_FROM = new WeakMap<Fact, string>();

/**
 * Last year's amount a review knows only from the document's own column of last year's figures (公开01表's 上年数),
 * with no last year's document holding it: that column, named (本文件公开01表的上年数一栏). A message judging a
 * figure against it says so: the document then disagrees with itself, not with last year's accounts.
 */
export const FROM_LAST_YEAR_COLUMN = new WeakMap<Fact, string>();

/**
 * Last year's amount (valueless) that last year's document and the document's own column of last year's figures give
 * differently: both figures, and the column named. Neither is certain: a figure computed from it is unverified, naming
 * what it would be by each (never an error, though the text agreeing with itself would otherwise count as checked).
 */
export const LAST_YEAR_CONFLICT = new WeakMap<Fact, { line: string; previous: Decimal; own: Decimal; column: string }>();

/**
 * A change's two amounts, where both are figures of the data itself (not computed): a writer subtracts them as
 * published, so where neither has more decimals than the change is written with, the difference is exact and no
 * rounding of theirs excuses a cent off it (7,174.90 − 6,029.33 is 1,145.57, not 1,145.56; blind 17L §4a).
 */
export const DIFFERENCE_OPERANDS = new WeakMap<Fact, readonly [Fact, Fact]>();

/** A change of a figure against a base (the previous year, or a budget). */
export interface Change {
  current: Fact;
  base: Fact;
  /** current − base, 万元 */
  amount: Fact;
  /** (current − base) ÷ base × 100 */
  rate: Fact;
  /** sign of amount; undefined when the base is missing */
  direction: Direction | undefined;
}

/** Actual against a budget: 完成年初预算的 X%, 决算数大于/小于/等于预算数. */
export interface Completion {
  budget: Fact;
  actual: Fact;
  rate: Fact;
  comparison: Comparison | undefined;
  /** actual − budget, and its rate over the budget (较年初预算数减少 580.7 万元，下降 12.12%) */
  vsBudget: Change;
}

/** A part and its share of a whole. */
export interface Share {
  part: Fact;
  whole: Fact;
  rate: Fact;
}

const HUNDRED = new Decimal(100);

/**
 * What a published amount (two decimals) stands for: ±0.005 around it — never below 0 for an amount published as
 * 0 or more (an amount spent or received is not negative; 0.00 is 0 to 0.005).
 */
function publishedBounds(value: Decimal): Interval {
  const r = rounded(value, 2);
  return value.gte(0) && r.lo.lt(0) ? { lo: new Decimal(0), hi: r.hi } : r;
}

/** What a directOnly registry gives for every computed fact (its inputs are facts: it is one). */
const COMPUTED_WITHOUT_VALUE: Fact = Object.freeze({
  id: '', kind: 'amount', label: '', unit: '万元', value: undefined, bounds: undefined, inputs: Object.freeze(['']), names: Object.freeze([]),
  undefinedReason: 'missing-input',
});

/** What a directOnly registry gives for every change (its amount and rate are computed facts). */
const COMPUTED_CHANGE = Object.freeze({ amount: COMPUTED_WITHOUT_VALUE, rate: COMPUTED_WITHOUT_VALUE, direction: undefined });

/**
 * Builds the catalog. Every fact is registered once under its id; asking for an
 * id twice is a programming error, which keeps ids stable and unique.
 */
export class FactRegistry {
  private readonly facts = new Map<string, Fact>();

  /**
   * @param directOnly register the facts read straight from the data with their values, and give
   *   every computed fact (sum, change, ratio …) as one shared valueless fact, unregistered and with
   *   no arithmetic: all that is asked of a catalog built only to see which data facts an unknown
   *   part moves (unknown.ts)
   */
  constructor(private readonly directOnly = false) {}

  get all(): ReadonlyMap<string, Fact> {
    return this.facts;
  }

  private register(fact: Fact): Fact {
    if (this.facts.has(fact.id)) throw new Error(`fact id registered twice: ${fact.id}`);
    this.facts.set(fact.id, fact);
    return fact;
  }

  /**
   * A published amount (two decimals): stands for ±0.005 around it.
   * @param missing what to call it where it is unknown (the label, or why: 本年收入合计（公开02表合计行没有金额）)
   */
  amount(id: string, label: string, value: Decimal | undefined, names: readonly string[] = [label], missing = label): Fact {
    return this.register({
      id, kind: 'amount', label, unit: '万元', value,
      // A directOnly catalog is compared by value alone: its bounds would be built to be thrown away.
      bounds: value === undefined || this.directOnly ? undefined : publishedBounds(value),
      inputs: [], names,
      ...(value === undefined ? { undefinedReason: 'missing-input' as const, missing } : {}),
    });
  }

  count(id: string, label: string, value: number | undefined, unit: FactUnit, names: readonly string[] = [label]): Fact {
    const v = value === undefined ? undefined : new Decimal(value);
    return this.register({
      id, kind: 'count', label, unit, value: v, bounds: v && exact(v), inputs: [], names,
      ...(v === undefined ? { undefinedReason: 'missing-input' as const, missing: label } : {}),
    });
  }

  score(id: string, label: string, value: Decimal, names: readonly string[] = [label]): Fact {
    return this.register({ id, kind: 'score', label, unit: '分', value, bounds: exact(value), inputs: [], names });
  }

  /** Σ parts, in 万元. */
  sum(id: string, label: string, parts: readonly Fact[], names: readonly string[] = [label], unit: FactUnit = '万元'): Fact {
    const kind: FactKind = unit === '万元' ? 'amount' : 'count';
    const missing = parts.find((p) => p.value === undefined);
    // A sum of no parts has no inputs: it is compared as a fact of the data is (0), so it is computed.
    if (missing || (this.directOnly && parts.length > 0)) return this.undefinedFact(id, kind, label, unit, parts, names, 'missing-input', missing?.missing);
    return this.register({
      id, kind, label, unit,
      value: parts.reduce((s, p) => s.plus(p.value!), new Decimal(0)),
      bounds: parts.reduce<Interval>((s, p) => add(s, p.bounds!), exact(new Decimal(0))),
      inputs: parts.map((p) => p.id), names, operation: 'sum',
    });
  }

  /** The mean of scores (平均得分). */
  mean(id: string, label: string, parts: readonly Fact[], names: readonly string[] = [label]): Fact {
    if (parts.length === 0 || parts.some((p) => p.value === undefined) || this.directOnly) {
      return this.undefinedFact(id, 'score', label, '分', parts, names, 'missing-input', parts.length === 0 ? label : parts.find((p) => p.value === undefined)?.missing);
    }
    const n = new Decimal(parts.length);
    const sum = parts.reduce((s, p) => s.plus(p.value!), new Decimal(0));
    const bounds = parts.reduce<Interval>((s, p) => add(s, p.bounds!), exact(new Decimal(0)));
    return this.register({
      id, kind: 'score', label, unit: '分', value: sum.div(n),
      bounds: { lo: bounds.lo.div(n), hi: bounds.hi.div(n) },
      inputs: parts.map((p) => p.id), names, operation: 'mean',
    });
  }

  /** current − base, and its rate over the base. */
  change(id: string, label: string, current: Fact, base: Fact, names: readonly string[] = [label]): Change {
    const inputs = [current, base];
    const missing = inputs.find((p) => p.value === undefined);
    if (this.directOnly) return { ...COMPUTED_CHANGE, current, base };
    if (missing) {
      return {
        current, base,
        amount: this.undefinedFact(`${id}.change`, 'change', `${label}增减额`, '万元', inputs, names, 'missing-input', missing?.missing),
        rate: this.undefinedFact(`${id}.change-rate`, 'change-rate', `${label}增减率`, '%', inputs, names, 'missing-input', missing?.missing),
        direction: undefined,
      };
    }
    const amountValue = current.value!.minus(base.value!);
    const amount = this.register({
      id: `${id}.change`, kind: 'change', label: `${label}增减额`, unit: '万元',
      value: amountValue, bounds: sub(current.bounds!, base.bounds!),
      inputs: [current.id, base.id], names, operation: 'difference',
    });
    if (current.kind === 'amount' && base.kind === 'amount' && current.operation === undefined && base.operation === undefined) {
      DIFFERENCE_OPERANDS.set(amount, [current, base]);
    }
    // (current − base) ÷ base is current ÷ base − 1: bounded so, the base's rounding counts once, not in both
    // the numerator and the divisor — 0.00 against 13.36 falls by 99.96%–100%, never by more (blind 17L §4d).
    const ratioBounds = div(current.bounds!, base.bounds!);
    return {
      current, base, amount,
      rate: this.ratio(`${id}.change-rate`, 'change-rate', `${label}增减率`, amount, base, names,
        ratioBounds && { lo: ratioBounds.lo.minus(1), hi: ratioBounds.hi.minus(1) }),
      direction: amountValue.isZero() ? 'flat' : amountValue.isPositive() ? 'up' : 'down',
    };
  }

  /** This year's share − last year's, in percentage points (占比较上年提高 0.64 个百分点). */
  shareChange(id: string, label: string, current: Share, previous: Share, names: readonly string[] = [label]): Fact {
    const inputs = [current.rate, previous.rate];
    const missing = inputs.find((p) => p.value === undefined);
    if (missing || this.directOnly) {
      return this.register({
        id, kind: 'share-change', label, unit: '个百分点', value: undefined, bounds: undefined, inputs: inputs.map((p) => p.id), names,
        undefinedReason: missing?.undefinedReason ?? 'missing-input', ...(missing?.missing !== undefined ? { missing: missing.missing } : {}),
        operation: 'difference',
      });
    }
    const fact = this.register({
      id, kind: 'share-change', label, unit: '个百分点',
      value: current.rate.value!.minus(previous.rate.value!), bounds: sub(current.rate.bounds!, previous.rate.bounds!),
      inputs: inputs.map((p) => p.id), names, operation: 'difference',
    });
    SHARE_CHANGE_OPERANDS.set(fact, [current.rate.value!, previous.rate.value!]);
    return fact;
  }

  /** part ÷ whole × 100. */
  /**
   * @param others the whole's other parts, when the whole is their sum: a part that is the whole's only
   *   non-zero part is all of it — exactly 100%, whatever the tail error of the two published figures
   */
  share(id: string, label: string, part: Fact, whole: Fact, names: readonly string[] = [label], others?: ReadonlyArray<Decimal | undefined>): Share {
    if (others && !this.directOnly && part.value !== undefined && !part.value.isZero() && others.every((o) => o !== undefined && o.isZero())) {
      const rate = this.register({
        id, kind: 'share', label, unit: '%', value: HUNDRED, bounds: exact(HUNDRED),
        inputs: [part.id, whole.id], names, operation: 'ratio',
      });
      return { part, whole, rate };
    }
    return { part, whole, rate: this.ratio(id, 'share', label, part, whole, names) };
  }

  /** actual ÷ budget × 100, and which is larger. */
  completion(id: string, label: string, actual: Fact, budget: Fact, names: readonly string[] = [label]): Completion {
    if (this.directOnly) {
      const none = { ...COMPUTED_CHANGE, current: actual, base: budget };
      return { budget, actual, rate: COMPUTED_WITHOUT_VALUE, comparison: undefined, vsBudget: none };
    }
    const rate = this.ratio(id, 'completion-rate', label, actual, budget, names);
    const comparison = actual.value !== undefined && budget.value !== undefined
      ? comparisonOf(actual.value.gt(budget.value) ? 'up' : actual.value.lt(budget.value) ? 'down' : 'flat')
      : undefined;
    return { budget, actual, rate, comparison, vsBudget: this.change(`${id}.vs-budget`, `${label.replace(/完成.*$/su, '')}比预算`, actual, budget, names) };
  }

  /** @param quotient the quotient's bounds where the caller knows them tighter than numerator ÷ denominator's */
  private ratio(id: string, kind: FactKind, label: string, numerator: Fact, denominator: Fact, names: readonly string[], quotient?: Interval): Fact {
    const inputs = [numerator, denominator];
    const missing = inputs.find((p) => p.value === undefined);
    if (missing || this.directOnly) return this.undefinedFact(id, kind, label, '%', inputs, names, 'missing-input', missing?.missing);
    if (denominator.value!.isZero()) return this.undefinedFact(id, kind, label, '%', inputs, names, 'zero-base');
    const bounds = quotient ?? div(numerator.bounds!, denominator.bounds!);
    return this.register({
      id, kind, label, unit: '%',
      value: numerator.value!.div(denominator.value!).times(HUNDRED),
      bounds: bounds && scale(bounds, HUNDRED),
      inputs: [numerator.id, denominator.id], names, operation: 'ratio',
    });
  }

  private undefinedFact(
    id: string, kind: FactKind, label: string, unit: FactUnit, inputs: readonly Fact[], names: readonly string[],
    reason: 'zero-base' | 'missing-input', missing?: string,
  ): Fact {
    if (this.directOnly && inputs.length > 0) return COMPUTED_WITHOUT_VALUE;
    return this.register({
      id, kind, label, unit, value: undefined, bounds: undefined, inputs: inputs.map((p) => p.id), names,
      undefinedReason: reason, ...(missing !== undefined ? { missing } : {}),
      ...(kind === 'amount' || kind === 'change' ? {} : { operation: 'ratio' as const }),
    });
  }
}
