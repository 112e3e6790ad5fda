/**
 * Reading amounts and counts as people type them from spreadsheets:
 * 4340.16, "4,340.16", "４，３４０．１６", blank (a blank cell is zero).
 */
import { Decimal as DecimalJs } from 'decimal.js';

/**
 * juesuan's own Decimal: half-up (四舍五入), the rounding of Chinese public finance,
 * with enough precision (24 significant digits; amounts have at most 15) that no ratio
 * of amounts is ever rounded before we say so.
 * A clone, so that the global decimal.js settings of a host program stay untouched.
 */
export const Decimal = DecimalJs.clone({ precision: 24, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);

/** The units amounts are written in, in documents and tables. */
export type AmountUnit = '元' | '千元' | '万元' | '亿元';
/** How many 万元 (the data file's unit) one of each unit is: the one conversion table, for the importer and the linter. */
export const WAN_PER_UNIT: Readonly<Record<AmountUnit, Decimal>> = {
  元: new Decimal('0.0001'), 千元: new Decimal('0.1'), 万元: new Decimal(1), 亿元: new Decimal(10000),
};

export type ParsedAmount = { ok: true; value: Decimal } | { ok: false; expected: string };

const PLAIN = /^-?\d+(\.\d+)?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** Amounts have at most 15 significant digits: more cannot be held exactly by a YAML or JSON number. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/** The significant digits of a decimal text (leading zeros, sign, separators and the point not counted). */
export function significantDigits(text: string): number {
  return text.replace(/\D/g, '').replace(/^0+/, '').length;
}

export const AMOUNT_EXPECTATION = '金额：数字，最多两位小数，可带千分位（如 4,340.16），空白表示 0';

/** Parse one amount cell. Numbers from YAML are read through their shortest decimal form. */
export function parseAmount(raw: unknown, maxDecimals = 2): ParsedAmount {
  if (raw === null || raw === undefined || raw === '') return { ok: true, value: ZERO };
  let text: string;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, expected: AMOUNT_EXPECTATION };
    // String() gives the shortest text that reads back as the same double, which for
    // amounts of up to 15 significant digits is exactly what the writer typed.
    if (Math.abs(raw) >= 1e15) return { ok: false, expected: `金额不超过 ${MAX_SIGNIFICANT_DIGITS} 位有效数字` };
    text = String(raw);
    if (/e/i.test(text)) text = new Decimal(raw).toFixed();
  } else if (typeof raw === 'string') {
    text = raw.normalize('NFKC').replace(/\s+/g, '');
  } else {
    return { ok: false, expected: AMOUNT_EXPECTATION };
  }
  if (!PLAIN.test(text) && !GROUPED.test(text)) return { ok: false, expected: AMOUNT_EXPECTATION };
  const digits = significantDigits(text);
  if (digits > MAX_SIGNIFICANT_DIGITS) {
    return { ok: false, expected: `金额不超过 ${MAX_SIGNIFICANT_DIGITS} 位有效数字，这里有 ${digits} 位` };
  }
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  if (decimals > maxDecimals) {
    return { ok: false, expected: `最多 ${maxDecimals} 位小数（万元金额到分），这里有 ${decimals} 位` };
  }
  return { ok: true, value: new Decimal(text.replace(/,/g, '')) };
}

export type ParsedCount = { ok: true; value: number } | { ok: false; expected: string };

export const COUNT_EXPECTATION = '非负整数（个数、人次、辆等）';

export function parseCount(raw: unknown): ParsedCount {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0) return { ok: true, value: raw };
  if (typeof raw === 'string') {
    const text = raw.normalize('NFKC').trim();
    if (/^\d+$/.test(text)) return { ok: true, value: Number(text) };
  }
  return { ok: false, expected: COUNT_EXPECTATION };
}
