/**
 * How figures are written in Part 3 prose. One module, used by the drafter to
 * write figures and by the linter to rewrite them, so the two never disagree.
 *
 * The seed's habit, which is the common one: amounts in 万元 with thousands
 * separators and trailing zeros trimmed (4,694.00 → 4,694; 113.60 → 113.6);
 * percentages rounded half-up to two decimals, trailing zeros trimmed
 * (15.80 → 15.8; 100.00 → 100).
 */
import { Decimal } from '../data/amount.js';

export const AMOUNT_DECIMALS = 2;
export const PERCENT_DECIMALS = 2;

/** 四舍五入 to `places` decimals. */
export function roundHalfUp(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

export interface NumberStyle {
  /** decimals to round to */
  decimals: number;
  /** drop trailing zeros after rounding (1,723.70 → 1,723.7) */
  trimZeros: boolean;
  /** thousands separators in the integer part */
  grouping: boolean;
}

export const AMOUNT_STYLE: NumberStyle = { decimals: AMOUNT_DECIMALS, trimZeros: true, grouping: true };
export const PERCENT_STYLE: NumberStyle = { decimals: PERCENT_DECIMALS, trimZeros: true, grouping: false };
/** As the tables print amounts: two decimals kept, thousands separators (4,694.00). */
export const TABLE_STYLE: NumberStyle = { decimals: AMOUNT_DECIMALS, trimZeros: false, grouping: true };

/** An amount as the tables print it, sign kept: "4,694.00", "-353.84". */
export function formatTableAmount(value: Decimal): string {
  return formatNumber(value, TABLE_STYLE);
}

/** Write a non-negative or negative number in the given style. Never "-0". */
export function formatNumber(value: Decimal, style: NumberStyle): string {
  let text = roundHalfUp(value, style.decimals).toFixed(style.decimals);
  // Zeros, then the point left bare (100.00 → 100.). (?<!0): a run of zeros is tried from its first only.
  if (style.trimZeros && text.includes('.')) text = text.replace(/(?<!0)0+$/, '').replace(/\.$/, '');
  if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
  if (!style.grouping) return text;
  const negative = text.startsWith('-');
  const [int, frac] = (negative ? text.slice(1) : text).split('.');
  return (negative ? '-' : '') + groupThousands(int!) + (frac !== undefined ? '.' + frac : '');
}

/** 4694 → 4,694: a loop over the digits (a look-ahead regex rescans to the end from every digit). */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return out;
}

/** An amount as Part 3 states it, without its sign: "4,340.16", "4,694", "0". */
export function formatAmount(value: Decimal): string {
  return formatNumber(value.abs(), AMOUNT_STYLE);
}

/** A percentage number as Part 3 states it, without "%" or sign: "7.54", "9.9", "100". */
export function formatPercent(value: Decimal): string {
  return formatNumber(value.abs(), PERCENT_STYLE);
}

/** A count (个, 人次, 辆 …). */
export function formatCount(value: number | Decimal): string {
  return new Decimal(value).toFixed(0);
}

/** A score such as 95.8 分 or 98.44 分: as recorded, trailing zeros trimmed. */
export function formatScore(value: Decimal): string {
  return formatNumber(value, { decimals: 2, trimZeros: true, grouping: false });
}
