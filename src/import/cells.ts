/**
 * The cells of a placed line as the table recogniser reads them: each with a
 * kind — a subject code (201, 20106, 2010601), a one- or two-digit number (a
 * 款 or 项 part of a split code, a 行次 or 栏次), an amount, or text — and
 * where it stands. A source's cell may hold more than one of them when the
 * table is tight: a code against its name (310资本性支出), an amount against
 * the next cell's label (4,949.03一、一般公共服务支出) or a label against its
 * amount; such a cell is split, each piece at its share of the width.
 * A workbook's number is read as the sheet holds it: an amount at two
 * decimals (binary noise dropped), a third decimal a problem of that cell.
 */
import { Decimal, parseAmount } from '../data/amount.js';
import { formatTableAmount } from '../format/number.js';
import type { Box, PlacedLine } from './placed.js';
import { appendAll } from '../util/arrays.js';

export type Kind = 'code' | 'digits' | 'amount' | 'text';

export interface Cell extends Box {
  kind: Kind;
  /** the line's y, height, page and number */
  y: number;
  h: number;
  page: number;
  line: number;
  /** a workbook cell that reads as an amount (a code or 行次 written as a number, 30 as text) if it stands under an amount column */
  asAmount?: string;
  /** why a workbook number cannot be an amount (a third decimal) */
  problem?: string;
  /** a cell a narrow column wrapped onto two lines (201030 over 1), which stands between them: its first line's y */
  firstY?: number;
  /** a subject code printed with dots between its levels (201.03.01), its text the code's digits (2010301) */
  dotted?: true;
}

export const squash = (s: string): string => s.replace(/\s+/gu, '');
/** Half-width brackets as full-width ones: (境) and （境） compare alike. */
export const bracketsFullWidth = (s: string): string => (s.includes('(') || s.includes(')') ? s.replace(/\(/gu, '（').replace(/\)/gu, '）') : s);
export const centre = (b: { x0: number; x1: number }): number => (b.x0 + b.x1) / 2;

export const AMOUNT = /^-?[\d,]*\d\.\d+$/u;
export const CODE = /^\d{3}(?:\d{2}){0,2}$/u;
const DIGITS = /^\d{1,2}$/u;
/** An amount at the start of a text: grouped by thousands or not, two decimals. */
const LEADING_AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}/u;
/** An amount at the end of a text whose last other character is a CJK character or a bracket. */
const TRAILING_AMOUNT = /(?<=[\p{Script=Han}）)])-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$/u;
/** Amounts run together at the end of a text whose last other character is a CJK character or a bracket. */
const TRAILING_AMOUNTS = /(?<=[\p{Script=Han}）)])(?:-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}){2,}$/u;
const CODE_NAME = /^(\d{3}(?:\d{2}){0,2})(?![\d.,])(\D.*)$/u;
/**
 * A template's placeholders (… for more rows, 。。。 for more units) are no cell, nor is a dash
 * printed for an empty cell (-, —, －, --): never a name, never part of the next cell's.
 */
const PLACEHOLDER = /^(?:[…。.·]+|[-－—–‐―]{1,2})$/u;
/** A dash before a name (not a minus: no digit follows), or after one. */
const LEADING_DASH = /^\s*[-－—–‐―]{1,2}\s*(?=[^\d\s.,\-－—–‐―])/u;
const TRAILING_DASH = /(?<=[\p{Script=Han}）)])\s*[-－—–‐―]{1,2}\s*$/u;

const HAS_DIGIT = /\d/u;
const LEVEL_NAME = /^\s*(\d{2})\s+(\p{Script=Han}.*)$/u;
/** A split code's 款 and 项 in one cell, spaced as their columns are, and the name after them if any (05 02 事业单位离退休). */
const LEVEL_PAIR = /^\s*(\d{2})\s+(\d{2})(?:\s+(\p{Script=Han}.*)|\s*)$/u;
/** A PDF item of figures only: an amount, or a piece of one (7,656,500. | .00). */
/** A numbered row's label: 二、外交支出 (segments.ts ORDINAL). */
const ROW_ORDINAL = /^[一二三四五六七八九十]+、/u;
const FIGURE_PIECE = /^-?(?=[,.]*\d)[\d,.]+$/u;
/** Most cells hold no dash: the two dash patterns (one with a look-behind) only where one stands. */
const HAS_DASH = /[-－—–‐―]/u;
/**
 * A 项 code printed with dots between its levels (201.03.01: 3, 2 and 2 digits): a code, never an amount (no
 * amount has two points). Its 类 and 款 (201, 201.03) are read as codes where the table prints its 项 so (see grid.ts).
 */
export const DOTTED_ITEM = /^(\d{3})\.(\d{2})\.(\d{2})$/u;
/** A 款 code printed with a dot (201.03): an amount as written, a code only in a table that dots its codes, in its code column. */
export const DOTTED_KUAN = /^(\d{3})\.(\d{2})$/u;
const DOTTED_ITEM_NAME = /^(\d{3}\.\d{2}\.\d{2})(?![\d.,])(\D.*)$/u;
const kindOf = (t: string): Kind => (!HAS_DIGIT.test(t) ? 'text' : AMOUNT.test(t) ? 'amount' : CODE.test(t) || DOTTED_ITEM.test(t) ? 'code' : DIGITS.test(t) ? 'digits' : 'text');

/** A text cut into the pieces a tight table runs together: code | name, amount | label, label | amount. */
export function pieces(text: string): string[] {
  // A dash printed for an empty cell, run into the next cell's name (- 三、国防支出) or after the last one's.
  const dash = HAS_DASH.test(text) ? LEADING_DASH.exec(text) ?? TRAILING_DASH.exec(text) : null;
  if (dash) return dash.index === 0 ? [squash(dash[0]), ...pieces(text.slice(dash[0].length))] : [...pieces(text.slice(0, dash.index)), squash(dash[0])];
  // A split code's 项 run into the name after it (01 行政运行: the 项 column's digits, a space, the 科目名称).
  const level = LEVEL_NAME.exec(text);
  if (level) return [level[1]!, ...pieces(level[2]!)];
  // (both digits of a 类's row, 05 02, a narrow table's columns run together: never one 4-digit text 0502 before the name)
  const pair = LEVEL_PAIR.exec(text);
  if (pair) return [pair[1]!, pair[2]!, ...(pair[3] === undefined ? [] : pieces(pair[3]))];
  const t = squash(text);
  if (t === '') return [];
  // Codes and amounts are ASCII digits: a text with none is one piece of text.
  if (!HAS_DIGIT.test(t)) return [t];
  // An amount run into the code of the next block's row (309,275.04307): two decimals, then the code.
  // A dotted 项 code (201.03.01), alone or run into its name.
  if (DOTTED_ITEM.test(t)) return [t];
  const dotted = DOTTED_ITEM_NAME.exec(t);
  if (dotted) return [dotted[1]!, ...pieces(dotted[2]!)];
  const glued = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})(\d{3}(?:\d{2}){0,2})$/u.exec(t);
  if (glued) return [glued[1]!, glued[2]!];
  if (AMOUNT.test(t) || CODE.test(t)) return [t];
  const code = CODE_NAME.exec(t);
  if (code) return [code[1]!, ...pieces(code[2]!)];
  const lead = LEADING_AMOUNT.exec(t);
  if (lead) {
    const rest = t.slice(lead[0].length);
    const after = pieces(rest);
    // 1,234.561,000.00: two amounts only if what follows is an amount too; 309,275.04307: an amount and the next cell's code.
    if (!/^\d/u.test(rest) || (after.length > 0 && (AMOUNT.test(after[0]!) || CODE.test(after[0]!)))) return [lead[0], ...after];
  }
  const trail = TRAILING_AMOUNT.exec(t);
  if (trail) return [...pieces(t.slice(0, trail.index)), trail[0]];
  // Amounts overflowing a narrow cell leftwards into the name before them (…安排的支出19,679.9519,679.95): each its own.
  const trailing = TRAILING_AMOUNTS.exec(t);
  if (trailing) {
    const amounts = pieces(trailing[0]);
    if (amounts.every((p) => AMOUNT.test(p))) return [...pieces(t.slice(0, trailing.index)), ...amounts];
  }
  return [t];
}

/** How wide a character is drawn, in ems: a CJK or full-width character one, others about half. */
const width = (s: string, grid: boolean): number => [...s].reduce((w, ch) => w + (grid || /[^\x00-\xff]/u.test(ch) ? 1 : 0.55), 0);

/** A workbook number as an amount: two decimals (binary noise dropped), or why it cannot be one. */
function workbookAmount(v: number): { text: string } | { problem: string } {
  if (Number.isFinite(v)) {
    const exact = new Decimal(v);
    const cents = exact.toDecimalPlaces(2);
    if (cents.minus(exact).abs().lt(1e-6)) {
      const parsed = parseAmount(cents.toFixed(2));
      return parsed.ok ? { text: formatTableAmount(parsed.value) } : { problem: `金额 ${v} 不可用：${parsed.expected}` };
    }
  }
  return { problem: `金额 ${v} 超过两位小数；万元金额应到分（两位小数）` };
}

function workbookNumber(b: Box, at: Omit<Cell, keyof Box | 'kind'>, v: number): Cell {
  const plain = String(v);
  const amount = workbookAmount(v);
  const kind: Kind = Number.isInteger(v) && v >= 0 ? (CODE.test(plain) ? 'code' : DIGITS.test(plain) ? 'digits' : 'amount') : 'amount';
  const read = 'text' in amount ? { asAmount: amount.text } : { problem: amount.problem };
  return { ...b, ...at, text: kind === 'amount' && 'text' in amount ? amount.text : plain, kind, ...read };
}

/** A negative in parentheses, as accountants write it: (1.58) for −1.58. */
const BRACKETED_NEGATIVE = /^[(（]\s*(\d[\d,]*(?:\.\d+)?)\s*[)）]$/u;

/** A workbook's text cell that is an amount as written (30, 1,234.5, (1.58)): the amount, as the data file writes it. */
function writtenAmount(text: string): string | undefined {
  if (!/\d/u.test(text)) return undefined;
  const negative = BRACKETED_NEGATIVE.exec(text);
  const parsed = parseAmount(negative ? `-${negative[1]}` : text);
  return parsed.ok ? formatTableAmount(parsed.value) : undefined;
}

/**
 * Figures as the tables are read: full-width digits as ASCII (１，８６１．１４ → 1,861.14; the comma
 * and point only beside a full-width digit, so a clause comma stays), a minus written − (U+2212, as
 * typeset PDFs print it), － (full-width) or △ (a decrease, as finance tables mark a negative) before a
 * digit as -, and a code's 【】 as spaces (【2010301】 → 2010301). One character for one, so a layout
 * text's character columns stay true.
 */
const FULL_WIDTH_FIGURE = /[０-９]|(?<=[０-９])[，．](?=[０-９])/gu;
const MINUS = /[−－△](?=[0-9０-９])/gu;
const BRACKETED_CODE = /【\s*(\d{3}(?:\d{2}){0,2}|[０-９]{3}(?:[０-９]{2}){0,2})\s*】/gu;
const NEEDS_ASCII = /[０-９【]|[−－△](?=[0-9０-９])/u;

export function asciiFigures(text: string): string {
  if (!NEEDS_ASCII.test(text)) return text;
  return text
    .replace(BRACKETED_CODE, (all) => ` ${all.slice(1, -1)} `)
    .replace(MINUS, '-')
    .replace(FULL_WIDTH_FIGURE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The lines with their cells' figures in ASCII; a line with none is kept as it is. */
export function withAsciiFigures(lines: PlacedLine[]): PlacedLine[] {
  return lines.map((l) => {
    if (!l.cells.some((c) => NEEDS_ASCII.test(c.text))) return l;
    return {
      ...l,
      cells: l.cells.map((c) => (NEEDS_ASCII.test(c.text)
        ? { ...c, text: asciiFigures(c.text), ...(c.items ? { items: c.items.map((i) => ({ ...i, text: asciiFigures(i.text) })) } : {}) }
        : c)),
    };
  });
}

const kinds = new WeakMap<PlacedLine, Cell[]>();

/** The cells of a line with their kinds, read once per line. */
export function cellsOf(l: PlacedLine, grid = false): Cell[] {
  let out = kinds.get(l);
  if (!out) kinds.set(l, (out = undotted(readCells(l, grid))));
  return out;
}

/** A dotted 项 code (201.03.01) as the code it is (2010301), where it stands as printed. */
const undotted = (cells: Cell[]): Cell[] => (cells.some((c) => c.kind === 'code' && DOTTED_ITEM.test(c.text))
  ? cells.map((c) => (c.kind === 'code' && DOTTED_ITEM.test(c.text) ? { ...c, text: c.text.replace(/\./gu, ''), dotted: true } : c))
  : cells);

function readCells(l: PlacedLine, grid: boolean): Cell[] {
  const at = { y: l.y, h: l.h ?? 1, page: l.page, line: l.line ?? 0 };
  const out: Cell[] = [];
  for (const b of l.cells) {
    const v = b.cell?.value;
    if (typeof v === 'number') {
      out.push(workbookNumber(b, at, v));
      continue;
    }
    // Pieces of amounts a narrow column wrapped, run together on a line (7,656,500. 7,656,500.): each PDF item its own cell.
    if (b.items && b.items.length > 1 && b.items.every((i) => FIGURE_PIECE.test(i.text.trim())) && pieces(b.text).length === 1) {
      for (const i of b.items) out.push({ ...b, ...at, text: i.text.trim(), x0: i.x0, x1: i.x1, kind: kindOf(i.text.trim()), items: undefined });
      continue;
    }
    // Two rows' labels run together (a label clipped at its cell's edge, as a Calc print clips it, the other side's
    // 二、外交支出 straight after it): each PDF item its own cell where an item after the first starts a numbered row.
    if (b.items && b.items.length > 1 && b.items.slice(1).some((i) => ROW_ORDINAL.test(i.text.trim())) && b.items.every((i) => !HAS_DIGIT.test(i.text))) {
      for (const i of b.items) out.push({ ...b, ...at, text: squash(i.text), x0: i.x0, x1: i.x1, kind: 'text', items: undefined });
      continue;
    }
    const all = pieces(b.text);
    const parts = all.filter((p) => !PLACEHOLDER.test(p));
    if (parts.length === 0) continue;
    if (all.length === 1 || (b.cell && writtenAmount(b.text) !== undefined)) {
      const text = b.cell ? squash(b.text) : parts[0]!;
      const asAmount = b.cell ? writtenAmount(text) : undefined;
      out.push({ ...b, ...at, text, kind: asAmount !== undefined && kindOf(text) === 'text' ? 'amount' : kindOf(text), ...(asAmount !== undefined ? { asAmount } : {}) });
      continue;
    }
    if (l.chars) {
      appendAll(out, charPieces(b, all).filter((p) => !PLACEHOLDER.test(p.text)).map((p) => ({ ...b, ...at, ...p, kind: kindOf(p.text) })));
      continue;
    }
    // Each piece gets its share of the width.
    const total = all.reduce((w, p) => w + width(p, grid), 0);
    let x = b.x0;
    for (const p of all) {
      const x1 = x + ((b.x1 - b.x0) * width(p, grid)) / total;
      if (!PLACEHOLDER.test(p)) out.push({ ...b, ...at, text: p, x0: x, x1, kind: kindOf(p) });
      x = x1;
    }
  }
  return out;
}

/**
 * The pieces of a layout-text cell where their characters stand (x counts characters there): the
 * pieces are the cell's text without its spaces, in order, so each is found from where the last ended.
 */
function charPieces(b: Box, parts: readonly string[]): Array<{ text: string; x0: number; x1: number }> {
  const chars = [...b.text];
  let at = 0;
  return parts.map((p) => {
    while (at < chars.length && /\s/u.test(chars[at]!)) at++;
    const x0 = b.x0 + at;
    for (let n = [...p].length; n > 0; at++) if (!/\s/u.test(chars[at]!)) n--;
    return { text: p, x0, x1: b.x0 + at };
  });
}

const texts = new WeakMap<PlacedLine, string>();

/** A line's text without its spaces (lineText squashed), without keeping lineText for a line that may need no more. */
export const spacelessText = (l: PlacedLine): string => squash(l.cells.map((c) => c.text).join(''));

/** A line's text, its cells joined, runs of spaces as one. */
export function lineText(l: PlacedLine): string {
  let t = texts.get(l);
  if (t === undefined) texts.set(l, (t = l.cells.map((c) => c.text).join('').replace(/\s+/gu, ' ').trim()));
  return t;
}
