/**
 * How a document writes its figures, judged from all of them: whether it trims
 * trailing zeros (4,694 and 113.6 for 4,694.00 and 113.60, as the seed does) or
 * keeps them (0.00, 100.00%), and how many decimals a kind of figure carries at
 * most. A fix writes the right figure the way the document writes its kind, so
 * that fixing a changed figure gives back the text the writer would have typed.
 */
import { BEFORE_FIGURE_WORDS } from './direction-words.js';
import type { Decimal } from '../data/amount.js';
import { formatNumber, roundHalfUp } from '../format/number.js';
import { chineseDecimal } from '../format/chinese-numerals.js';
import type { Figure } from './figures.js';

type Kind = 'amount' | 'percent';

interface KindStyle {
  /** the most decimals a figure of this kind is written with */
  maxDecimals: number;
  /** how many figures of this kind carry that many */
  atMax: number;
  /** how many figures of this kind the document has */
  count: number;
  /** figures with fewer decimals than the most, and none whose last decimal is a kept zero */
  trims: boolean;
  /** figures of four integer digits or more carry thousands separators (most of them): a shorter one cannot show it */
  groups: boolean;
  /** the decimals at which a figure keeps a last zero (20.0: 1): the document rounds some figures to so many places */
  zeroKeptAt: Set<number>;
  /** the decimals most of the figures written with any carry (1 where 9.7% and 54.5% outnumber a 86.88%; 0 where none do) */
  prevailing: number;
  /** a figure with some decimals but fewer than the most (9.9% beside 7.83%): the document shortens more than whole numbers */
  fractionsShort: boolean;
}

type StyledFigure = Pick<Figure, 'kind' | 'unit' | 'decimals' | 'numberText' | 'grouped' | 'range' | 'chinese'>;

/**
 * A direction word right before a figure (提高 0.33 个百分点, 上升 3.1%, 增加了 12 万元): the words the writer
 * states changes with — of points (group 2 set) or of amounts and rates.
 */
export const DIRECTION_BEFORE_FIGURE = new RegExp(`(${BEFORE_FIGURE_WORDS.join('|')})了?[0-9０-９][0-9０-９,.，．]*\\s*(个百分点)?`, 'gu');

/** How a paragraph's (or the document's) amounts that agree with the data were written: see DocumentStyle.noteAgreement. */
interface Evidence {
  /** amounts equal to their fact once its trailing zeros are dropped (5.5 for 5.50): the writer trims */
  trimmed: number;
  /** amounts that agree only rounded (13 for 12.65), or keep a last zero short of the finest (20.0 for 20.00): the writer rounds */
  rounded: number;
}

export class DocumentStyle {
  private readonly kinds = new Map<string, KindStyle>();
  /** agreeing amounts by block, and the document's so far (noteAgreement) */
  private readonly evidence = new Map<number, Evidence>();
  private readonly documentEvidence: Evidence = { trimmed: 0, rounded: 0 };
  /** the amounts noted, by block × 2³² + start: a number, not a string built per amount */
  private readonly noted = new Set<number>();
  private directionWords: { points: Set<string>; other: Set<string> } | undefined;

  /**
   * @param figures the document's figures, as the reader found them on its width-normalised text
   * @param texts the document's block texts: the direction words it uses, looked for when a fix needs them
   * @param blocks the same figures by block (paragraph, cell), where a fix may look at its paragraph's precision
   */
  constructor(
    figures: Iterable<StyledFigure>, private readonly texts: readonly string[] = [],
    private readonly blocks: ReadonlyArray<ReadonlyArray<StyledFigure & Pick<Figure, 'numberStart'>>> = [],
  ) {
    const seen = new Map<string, { decimals: number[]; zeroKeptAt: Set<number>; grouped: number; ungrouped: number }>();
    for (const f of figures) {
      // 近五成: a share in words has no decimals of the document's.
      // 百分之十八点五: figures in Chinese numerals are no sign of how the document writes its digits.
      const key = f.range || f.chinese ? undefined : keyOf(f);
      if (!key) continue;
      let s = seen.get(key);
      if (!s) seen.set(key, (s = { decimals: [], zeroKeptAt: new Set(), grouped: 0, ungrouped: 0 }));
      s.decimals.push(f.decimals);
      if (f.decimals > 0 && /[0０]$/u.test(f.numberText)) s.zeroKeptAt.add(f.decimals);
      if (f.grouped) s.grouped++;
      else if (LONG_INTEGER.test(f.numberText)) s.ungrouped++;
    }
    for (const [key, s] of seen) {
      const max = s.decimals.reduce((m, d) => Math.max(m, d), 0);
      this.kinds.set(key, {
        maxDecimals: max, atMax: s.decimals.filter((d) => d === max).length, count: s.decimals.length, trims: max > 0 && s.zeroKeptAt.size === 0 && s.decimals.some((d) => d < max),
        groups: s.grouped > s.ungrouped, zeroKeptAt: s.zeroKeptAt, prevailing: prevailingDecimals(s.decimals),
        fractionsShort: s.decimals.some((d) => d > 0 && d < max),
      });
    }
  }

  /**
   * Whether an agreeing amount could be evidence (noteAgreement) at all: an amount written coarser than the document's
   * finest of its unit. Most are not; the caller asks before it works out the data's value in the figure's unit.
   */
  takesAgreement(figure: StyledFigure): boolean {
    if (figure.kind !== 'amount' || figure.range || figure.chinese) return false;
    const style = this.kinds.get(keyOf(figure) ?? '');
    return style !== undefined && figure.decimals < style.maxDecimals;
  }

  /**
   * An amount the data confirms, with the data's value in the figure's unit: evidence of how its paragraph writes amounts
   * coarser than the document's finest. 5.5 for 5.50 or 4.2 for 4.20 equals its fact exactly once the zeros are dropped —
   * a writer who trims; 13 for 12.65 agrees only rounded, and 20.0 for 20.00 keeps a zero no trimmer keeps — a writer who
   * rounds. A whole number (7 for 7.00) or a zero says neither: budgets are round whatever the writer's habit.
   */
  noteAgreement(block: number, figure: StyledFigure & Pick<Figure, 'numberStart' | 'value'>, exact: Decimal): void {
    if (!this.takesAgreement(figure)) return;
    const id = block * 2 ** 32 + figure.numberStart;
    if (this.noted.has(id)) return;
    this.noted.add(id);
    let kind: keyof Evidence | undefined;
    // A change is stated without its sign (减少 6.6 万元 for −6.60): its size is what the writer wrote.
    if (!exact.abs().eq(figure.value.abs()) || /[0０]$/u.test(figure.numberText) && figure.decimals > 0) kind = 'rounded';
    else if (figure.decimals > 0) kind = 'trimmed';
    if (!kind) return;
    let e = this.evidence.get(block);
    if (!e) this.evidence.set(block, (e = { trimmed: 0, rounded: 0 }));
    e[kind]++;
    this.documentEvidence[kind]++;
  }

  /**
   * Whether the block's amounts coarser than the document's finest are trimmed zeros or a rounding, as the data shows
   * (noteAgreement): the block's own evidence where it has any, else the document's so far; undefined where it is mixed
   * or there is none (the style's rules alone decide then).
   */
  private habit(block: number): 'trimmed' | 'rounded' | undefined {
    const own = this.evidence.get(block);
    const e = own && own.trimmed + own.rounded > 0 ? own : this.documentEvidence;
    if (e.trimmed > 0 && e.rounded === 0) return 'trimmed';
    if (e.rounded > 0 && e.trimmed === 0) return 'rounded';
    return undefined;
  }

  /** The direction words the document states its changes in points (个百分点) with, or its other changes. */
  wordsUsed(points: boolean): ReadonlySet<string> {
    if (!this.directionWords) {
      const words = { points: new Set<string>(), other: new Set<string>() };
      for (const text of this.texts) {
        for (const m of text.matchAll(DIRECTION_BEFORE_FIGURE)) (m[2] ? words.points : words.other).add(m[1]!);
      }
      this.directionWords = words;
    }
    return points ? this.directionWords.points : this.directionWords.other;
  }

  /**
   * The decimals a stated amount stands for: a document that writes its amounts to 0.01 (two of
   * them at least) and drops trailing zeros means 3.00 by “3 万元”; one that rounds to whole
   * 万元 throughout means 2.5–3.5. Rates keep their own decimals: a document may round them coarser.
   */
  statedDecimals(figure: Pick<Figure, 'kind' | 'unit' | 'decimals'>): number {
    if (figure.kind !== 'amount') return figure.decimals;
    const style = this.kinds.get(keyOf(figure) ?? '');
    return style && style.atMax >= 2 ? Math.max(figure.decimals, style.maxDecimals) : figure.decimals;
  }

  /**
   * The decimals a stated amount stands for (statedDecimals), except where the document shows that it
   * rounds some amounts to fewer places: one that writes 20.0 and 15.0 keeps a zero only a writer rounding
   * to 0.1 keeps, and its 18.4 stands for 18.35 to 18.45 (GD-CZT23's 三公 amounts to 0.1, its tables' to 0.01).
   */
  intervalDecimals(figure: Pick<Figure, 'kind' | 'unit' | 'decimals'>): number {
    if (figure.kind !== 'amount') return figure.decimals;
    const style = this.kinds.get(keyOf(figure) ?? '');
    return figure.decimals > 0 && style?.zeroKeptAt.has(figure.decimals) ? figure.decimals : this.statedDecimals(figure);
  }

  /**
   * The right value written like the wrong figure it replaces: its separators and width, and the
   * document's habit for decimals. A fix replaces a wrong figure, so the wrong figure's decimals
   * (perhaps mistyped: 8.6 for 8.06) do not bound the right one: an amount is written to the
   * decimals the document states amounts in (statedDecimals: 83.85, not 83.9, where the tables'
   * 0.01 is the document's), trimmed where the document trims its zeros, and otherwise with the
   * figure's own decimals wherever they write the value exactly (6.2 for 6.20 stays 6.2). Where they
   * cannot, in a document that keeps its zeros, the document's (0 where 1.20 is right: 1.20, not 1.2);
   * and an amount the document rounds to fewer places (intervalDecimals: 12.2 beside 20.0) to those places.
   * In a document that trims, a rate is written to the decimals most of its rates carry, and no figure with
   * fewer decimals than the wrong one was written with (blind 11L W1, W2).
   */
  write(exact: Decimal, figure: Figure, block?: number): string {
    // 十三辆 where 12 is right: 十二辆 — a figure in Chinese numerals is fixed in them (两 kept for 2 where it was written).
    if (figure.chinese && exact.abs().lt(10000)) return chineseDecimal(exact.toFixed(figure.decimals)).replace(/^二$/u, figure.numberText.includes('两') ? '两' : '二');
    // An amount in 万元, 元 or 千元 written past the cent (3,153.471 万元: a digit too many, a reading that ran two figures
    // together): the right one to two decimals — no document writes 3,153.470.
    if (figure.kind === 'amount' && figure.decimals > 2 && figure.unit !== '亿元') {
      return writeLike(exact, figure, 2, false, figure.grouped);
    }
    const style = this.kinds.get(keyOf(figure) ?? '');
    // 246.78 where 3,666.31 is right, in a document that writes 3,913.09: the separator its long figures carry.
    const grouped = figure.grouped || (style?.groups === true && !LONG_INTEGER.test(figure.numberText));
    // 5.5 where 6.12 is right, in a paragraph whose other amounts are the data's with their zeros dropped (4.2 for 4.20):
    // the writer trims, not rounds — the data's value to the document's finest, trimmed (6.12, not 6.1; blind 16L §2).
    // …and a slip written to the finest (2.43 where 2.70 is right) in such a paragraph, where the document never keeps a last
    // zero at the finest: 2.7, as the writer of 5.5 writes it (blind 18L §1).
    const finestTrimmed = style && figure.decimals === style.maxDecimals && !style.zeroKeptAt.has(style.maxDecimals);
    if (style && block !== undefined && figure.kind === 'amount' && (figure.decimals < style.maxDecimals || finestTrimmed) && this.habit(block) === 'trimmed') {
      return writeLike(exact, figure, style.maxDecimals, true, grouped);
    }
    const coarse = style && block !== undefined ? this.paragraphDecimals(exact, figure, style, block) : undefined;
    // …trimmed where the document keeps no last zero of its rates (13.2% where 15.95% is right beside 16% and 83%: 16%).
    if (coarse !== undefined) return writeLike(exact, figure, coarse, figure.kind === 'percent' && style!.trims, grouped);
    // 80.70% where 79.99999% is right, 84.8% where 79.9995% is in a document that writes 73.0% and 100.0%: the writer keeps a
    // last zero at the figure's own decimals — the right rate rounded to them, its zeros kept (80.00%, 80.0%; blind 18L §1).
    if (figure.kind === 'percent' && figure.decimals > 0 && style?.zeroKeptAt.has(figure.decimals)) return writeLike(exact, figure, figure.decimals, false, grouped);
    const habit = figure.kind === 'percent' && style && block !== undefined ? this.rateHabit(exact, figure, style, block) : undefined;
    if (habit !== undefined) return writeLike(exact, figure, habit, false, grouped);
    const stated = this.intervalDecimals(figure);
    if (style?.trims) {
      // A rate in a document that writes most of its rates to the most decimals and trims zeros: its fewer decimals
      // (15%, 94.5%) are zeros trimmed, so the right rate is written to the most, trimmed (6.2% → 0.62%, not 0.6%).
      // Its own fewer decimals are no sign of a writer's rounding there (104.5% where 100.4468% is right: 100.45%, not
      // 100.4%; 8.4% where 8.0368% is: 8.04%, not 8% — blind 15L §3): the fix keeps what the data tells.
      const decimals = rateDecimals(exact, figure, style, stated, true);
      // …but a wrong figure written to the most decimals keeps them where the value is no whole number: a writer who
      // drops the zeros of whole numbers (100%, 2,200) need not drop a last zero (84.01% where 84.10% is right: 84.10%,
      // not 84.1%). A whole number is written whole (2,003.7 where 2,200 is right: 2,200; 1.5 where 0 is: 0).
      const trimmed = formatNumber(exact, { decimals, trimZeros: true, grouping: false });
      const kept = decimalsOf(trimmed);
      // A document whose rates drop a last zero short of the most (9.9% beside 7.83%) drops it here too: 116.30% → 116.3%.
      const keep = kept > 0 && kept < figure.decimals && figure.decimals === style.maxDecimals && figure.decimals <= decimals
        && !(figure.kind === 'percent' && style.fractionsShort);
      return writeLike(exact, figure, keep ? figure.decimals : decimals, !keep, grouped);
    }
    // A rate where most of the document's rates carry the most decimals: those decimals, unless fewer hold the value
    // (6.2% → 0.62%, blind 11L W1; 4.7% → 4.9% where 4.90% is right, as the writer of 4.9% beside 4.90% would).
    const target = style ? rateDecimals(exact, figure, style, stated) : stated;
    const needed = decimalsOf(formatNumber(exact, { decimals: target, trimZeros: true, grouping: false }));
    // 0 where 1.20 is right, in a document that keeps its zeros (1.20, 300.00): 1.20, as the document writes it, not 1.2.
    return writeLike(exact, figure, Math.max(figure.decimals, needed > figure.decimals && style?.trims === false ? target : needed), false, grouped);
  }

  /**
   * A rate's form from its own context (blind 17L §3): a right rate that is a whole number at the document's finest
   * decimals (79.0001%) written whole where the document writes its whole rates so (100%, 88%, 15% — most of them): 79%,
   * not 79.00%; else a whole-number slip, 55% where 57.479% is right, in a paragraph whose other rates are written to
   * one decimal (42.5%): 57.5%, not 57% — the slip's decimals are not the writer's. Undefined where neither says.
   */
  private rateHabit(exact: Decimal, figure: Figure, style: KindStyle, block: number): number | undefined {
    const key = keyOf(figure);
    // The figure itself left out by its text: a block's figures are placed on its compact text, not where the figure is.
    const rates = (this.blocks[block] ?? []).filter((f) => !f.range && !f.chinese && keyOf(f) === key);
    const own = rates.findIndex((f) => f.numberText === figure.numberText);
    const others = rates.filter((_, k) => k !== own);
    // A whole number first: 90% where 100% is right beside 52.52% is 100%, as the document writes its whole rates.
    // A whole number written whole (100% among 93.85%, 79.90%) is no slip of decimals either: left to the document's habit.
    if (roundHalfUp(exact, style.maxDecimals).isInteger()) return this.wholeRatesWhole(key) ? 0 : undefined;
    // Only a whole-number slip: a rate written to one decimal among rates of two is a writer's rounding (sichuan's 80.8%
    // among 95.87%), kept.
    return figure.decimals === 0 && others.length > 0 && others.every((f) => f.decimals > 0)
      ? others.reduce((least, f) => Math.min(least, f.decimals), Infinity) : undefined;
  }

  /** Does the document write most of its whole-number rates of the kind without decimals (100%, not 100.00%)? */
  private wholeRatesWhole(key: string | undefined): boolean {
    let whole = 0;
    let zeros = 0;
    for (const block of this.blocks) {
      for (const f of block) {
        if (f.range || f.chinese || keyOf(f) !== key) continue;
        if (f.decimals === 0) whole++;
        else if (/^[^.．]*[.．][0０]+$/u.test(f.numberText)) zeros++;
      }
    }
    return whole >= 2 && whole > zeros;
  }

  /**
   * 2,034万元 where 2,043.49 is right, 增长2% where 1.36% is: in a paragraph whose other figures of the kind (two at
   * least) are all written coarser than the document's finest (2,194万元, 150.3万元; 93.2%, 6.8% — beside tables to
   * 0.01), the writer rounded this paragraph so: the figure's own decimals (2,043; 1%), not the document's (blind 13L
   * §3). Never where those decimals leave nothing of the value (0% for 0.3%).
   */
  private paragraphDecimals(exact: Decimal, figure: Figure, style: KindStyle, block: number): number | undefined {
    const key = keyOf(figure);
    let others = 0;
    let finest = 0;
    let zerosOnly = true;
    for (const f of this.blocks[block] ?? []) {
      if (f.numberStart === figure.numberStart || f.range || keyOf(f) !== key) continue;
      if (f.decimals >= style.maxDecimals) return undefined;
      finest = Math.max(finest, f.decimals);
      if (/[1-9１-９]/u.test(f.numberText)) zerosOnly = false;
      others++;
    }
    if (others < 2) return undefined;
    // 1.20 万元 where 0 is right, among 0 万元 and 0 万元 (blind 10L m15): the wrong figure's decimals are the slip's, not the
    // paragraph's — the right value written as the paragraph writes its figures, where those decimals hold it exactly.
    // Zeros alone (0 万元 is how many a writer of 0.01 writes nothing) show how the paragraph writes a zero, no more.
    if (figure.decimals >= style.maxDecimals) {
      return (!zerosOnly || exact.isZero()) && exact.eq(roundHalfUp(exact, finest)) ? finest : undefined;
    }
    return /[1-9]/u.test(formatNumber(exact.abs(), { decimals: figure.decimals, trimZeros: false, grouping: false })) ? figure.decimals : undefined;
  }
}

/**
 * The decimals a right rate is written to: the wrong figure's own where they give it two significant digits at
 * least (80.8%, 9.5%: a writer's rounding to one decimal among rates of two), else, where most of the document's
 * rates carry the most decimals, those (6.2% where 0.6211% is right: 0.62%, not 0.6%; blind 11L W1). In a document
 * that trims its zeros (`trimmed`), fewer decimals are trimmed zeros, never a rounding: the most, whatever the own give.
 */
function rateDecimals(exact: Decimal, figure: Figure, style: KindStyle, stated: number, trimmed = false): number {
  if (figure.kind !== 'percent' || stated >= style.maxDecimals) return stated;
  // A whole-number slip (87% where 114.9% is right) in a document of rates to one decimal, trimmed (16%, 9.7%), beside a
  // table's 86.88%: the decimals its rates prevail in, not the most (blind 18L §1).
  if (trimmed) return Math.max(stated, style.prevailing);
  if (style.atMax * 2 <= style.count) return stated;
  const own = formatNumber(exact.abs(), { decimals: stated, trimZeros: false, grouping: false }).replace('.', '').replace(/^0+/u, '');
  return own.length >= 2 ? stated : style.maxDecimals;
}

/**
 * The decimals more than half of the figures written with any carry, else 0 (whole numbers may be trimmed zeros of any):
 * one rate to 0.1 beside one to 0.01 shows no habit, 23 to 0.1 beside a table's 86.88% do.
 */
function prevailingDecimals(decimals: readonly number[]): number {
  const counts = new Map<number, number>();
  let written = 0;
  for (const d of decimals) if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1), written++;
  for (const [d, n] of counts) if (n * 2 > written) return d;
  return 0;
}

/** A number written with four integer digits or more and no separator (4320.25): one that could have shown one. */
const LONG_INTEGER = /^[-－]?[0-9０-９]{4}/u;

/** A number in the figure's width, rounded half-up to `decimals`, with separators or not. */
function writeLike(value: Decimal, figure: Pick<Figure, 'fullWidth'>, decimals: number, trimZeros: boolean, grouping: boolean): string {
  const text = formatNumber(value, { decimals, trimZeros, grouping });
  return figure.fullWidth ? text.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/,/g, '，').replace(/\./g, '．') : text;
}

/** The keys by kind and unit, made once: a key built per look-up was most of the style's cost. */
const KEYS: Record<Kind, Map<string, string>> = { amount: new Map(), percent: new Map() };

function keyOf(f: Pick<Figure, 'kind' | 'unit'>): string | undefined {
  const kind: Kind | undefined = f.kind === 'percent' ? 'percent' : f.kind === 'amount' ? 'amount' : undefined;
  if (!kind) return undefined;
  let key = KEYS[kind].get(f.unit);
  if (key === undefined) KEYS[kind].set(f.unit, (key = `${kind}:${f.unit}`));
  return key;
}

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
