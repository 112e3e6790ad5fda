/**
 * The unit a table states over it (单位：元, 金额单位：万元, in the 编制单位 line or on
 * a line of its own) and its amounts in the data file's 万元. A table in 元 is
 * divided by 10,000 exactly (decimal.js); the data file holds 万元 to 0.01, so
 * a table with an amount that does not come out at two decimals (12,345.67 元 =
 * 1.234567 万元) is not imported rather than rounded: a rounded figure would
 * pass for the document's own. Where no unit is stated the amounts are 万元.
 */
import { Decimal, WAN_PER_UNIT, type AmountUnit } from '../data/amount.js';
import { formatNumber, TABLE_STYLE } from '../format/number.js';
import { lineText } from './cells.js';
import type { PlacedLine } from './placed.js';

export type Unit = AmountUnit;

/**
 * 单位：元 / 金额单位：万元 / 单位:人民币元, the unit closing its words (not 编制单位：元宝区…):
 * what follows is no Chinese character. Matched on a line's text, its spaces run into one.
 */
const STATED = /单位 ?[：:] ?(?:人民币 ?)?(千元|万元|亿元|元)(?![\p{Script=Han}])/gu;

/** A column's name closed by its unit in brackets (小计（万元）, 决算数(元)): the unit of the figures under it. */
const NAME_WITH_UNIT = /(?<=\p{Script=Han})[（(](千元|万元|亿元|元)[)）]/gu;

/** A header cell stating a unit (金额单位：万元), as table headers write it. */
const UNIT_PHRASE = '(?:金额)?单位[：:](?:人民币)?(?:千元|万元|亿元|元)';
/** A line's text states a unit (单位：元 in 编制单位：…　单位：元, or alone): a table's heading, never a running header to drop. */
export const statesUnit = (text: string): boolean => STATES.test(text.replace(/\s+/gu, ' '));
/** STATED, once (not global: a test keeps no state). */
const STATES = /单位 ?[：:] ?(?:人民币 ?)?(千元|万元|亿元|元)(?![\p{Script=Han}])/u;

/** A header word stating a unit: skipped wherever a header is. */
export const UNIT_WORD = new RegExp(`^${UNIT_PHRASE}$`, 'u');
/** A cell that begins by stating a unit (a table's header line). */
export const UNIT_AT_START = new RegExp(`^${UNIT_PHRASE}`, 'u');

/** A line that ends a table: its note (注：/说明：) or 本表无数据; what follows is no heading of it. */
const TABLE_END = /^(?:注|说明)[：:]|本表无数据/u;

/**
 * The units a table's heading lines state (usually one; two when they disagree): lines up to the
 * note under the table, none a sentence (a text after the table may speak of 元 in its own words).
 */
export function statedUnits(lines: readonly PlacedLine[]): Unit[] {
  const units = new Set<Unit>();
  for (const l of lines) {
    const text = lineText(l);
    if (TABLE_END.test(text)) break;
    if (/[。，；]/u.test(text)) continue;
    for (const m of text.matchAll(STATED)) units.add(m[1] as Unit);
    for (const m of text.matchAll(NAME_WITH_UNIT)) units.add(m[1] as Unit);
  }
  return [...units];
}

const AMOUNT_TEXT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;

/** An amount as printed, in 万元 (grouped by thousands where the source groups), or undefined when 0.01 万元 cannot hold it. */
export function inWan(text: string, unit: Unit): string | undefined {
  const value = new Decimal(text.replace(/,/gu, '')).times(WAN_PER_UNIT[unit]);
  if (value.decimalPlaces() > 2) return undefined;
  return formatNumber(value, { ...TABLE_STYLE, grouping: text.includes(',') });
}

type Obj = Record<string, unknown>;

/** A table with each amount text replaced (说明 and other words kept). */
function mapAmounts(node: unknown, f: (text: string) => string | null): unknown {
  if (typeof node === 'string') return AMOUNT_TEXT.test(node) ? f(node) : node;
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    return Object.fromEntries(Object.entries(node as Obj).map(([k, v]) => [k, k === '说明' ? v : mapAmounts(v, f)]));
  }
  return node;
}

/**
 * A table's amounts, read in `unit`, in 万元: the table converted, or the amounts
 * that 0.01 万元 cannot hold (the table is then not to be imported).
 */
export function tableInWan(table: Obj, unit: Unit): { table: Obj } | { inexact: string[] } {
  const inexact: string[] = [];
  const converted = mapAmounts(table, (text) => {
    const wan = inWan(text, unit);
    if (wan === undefined) inexact.push(text);
    return wan ?? null;
  }) as Obj;
  return inexact.length > 0 ? { inexact } : { table: converted };
}

/** Whether a table has an amount at all (a table 本表无数据, or with none read, has nothing a unit applies to). */
export function hasAmounts(table: Obj): boolean {
  let found = false;
  mapAmounts(table, (text) => { found = true; return text; });
  return found;
}

/** Whether a table has an amount other than 0 (a table printing 0.00 throughout may say 本表无数据). */
export function hasNonZeroAmounts(table: Obj): boolean {
  let found = false;
  mapAmounts(table, (text) => { if (!new Decimal(text.replace(/,/gu, '')).isZero()) found = true; return text; });
  return found;
}

/** The amounts of a table left blank: a table not imported keeps its rows, none of its figures. */
export const withoutAmounts = (table: Obj): Obj => mapAmounts(table, () => null) as Obj;
