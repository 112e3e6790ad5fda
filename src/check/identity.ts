/**
 * Identities (勾稽关系) and the tail error (尾数误差) they tolerate.
 *
 * Every check rule states its identities through the helpers here, so that the
 * arithmetic, the tolerance and the wording of a finding are decided once:
 *
 * - `sumIdentity`: a stated total equals the (signed) sum of its terms;
 *   a plain equality between two cells is a sum of one term.
 * - `atMostIdentity`: a part (or the sum of parts) does not exceed a whole.
 * - `cellNonZero`: a cell that must be zero.
 *
 * Tolerance. Every published amount is rounded to 0.01 万元, so a sum of rounded
 * terms may miss its rounded total by a little: 0.01 per summed term (DOMAIN.md,
 * Rounding; the seed's own 基本 3,153.47 + 项目 1,186.68 = 4,340.15 against
 * 合计 4,340.16). We count only the non-zero terms — a blank cell is a true zero
 * and carries no rounding — and at least one, since the total is rounded too.
 * So: 基本 + 项目 tolerates 0.02, a plain equality of two cells 0.01, a sum whose
 * terms are all zero 0.01. Counts (vehicles) are exact: tolerance 0.
 * A difference equal to the tolerance is still within it.
 */
import { formatTableAmount } from '../format/number.js';
import { Decimal, ZERO } from '../data/amount.js';
import type { DataPath } from '../data/source.js';

/** 尾数误差 per summed term, in 万元. */
export const TAIL_ERROR_PER_TERM = new Decimal('0.01');

/** One cell of the data file: where it is, what messages call it, its value. */
export interface Cell {
  path: DataPath;
  /** the cell's name in messages, e.g. "基本支出", "2010301 行政运行", "公开01表 本年收入合计" */
  label: string;
  value: Decimal;
}

/** A term of a sum; subtracted when negative is set (年末 = 年初 + 收入 − 支出). */
export interface Term extends Cell {
  negative?: boolean;
}

/** What a rule reports; index.ts adds the rule id, the severity and the position. */
export interface Violation {
  message: string;
  /** the cells involved, the stated total (the cell whose position is reported) first */
  cells: Cell[];
  /** stated − computed for a sum; the excess for an upper bound; undefined when not arithmetic */
  difference?: Decimal;
  tolerance?: Decimal;
  /** the values are counts (integers), not amounts */
  counts?: boolean;
}

export interface IdentityOptions {
  /** what the identity is about, printed before the colon: "公开03表 合计行" */
  where?: string;
  /** counts are compared exactly and printed as integers */
  counts?: boolean;
  /** a sentence appended to the message, e.g. why the bound holds */
  why?: string;
}

/** The tolerance of n non-zero terms, made once for each n (every identity of every table asks). */
const tolerances: Decimal[] = [];

/** 0.01 per non-zero term, at least 0.01. */
export function tailTolerance(terms: readonly Cell[]): Decimal {
  let n = 0;
  for (const t of terms) if (!t.value.isZero()) n++;
  n = Math.max(1, n);
  return (tolerances[n] ??= TAIL_ERROR_PER_TERM.times(n));
}


function formatValue(value: Decimal, counts: boolean | undefined): string {
  return counts ? value.toFixed(0) : formatTableAmount(value);
}

/** "与本年支出合计", "与 201 一般公共服务支出": a space before a label that starts with a digit. */
function withWord(word: string, label: string): string {
  return /^[0-9A-Za-z]/.test(label) ? `${word} ${label}` : `${word}${label}`;
}

function prefix(where: string | undefined): string {
  return where ? `${where}：` : '';
}

function toleranceNote(tolerance: Decimal, counts: boolean | undefined): string {
  return counts ? '' : `（容许尾数误差 ${formatTableAmount(tolerance)}）`;
}

function signedSum(terms: readonly Term[]): Decimal {
  return terms.reduce((acc, t) => (t.negative ? acc.minus(t.value) : acc.plus(t.value)), ZERO);
}

/**
 * "一般公共预算财政拨款收入 4,211.05 + 政府性基金预算财政拨款收入 129.11 = 4,340.16（其余 6 项为 0）".
 * Zero terms are left out of the expression and counted; all zero: "基本支出、项目支出均为 0".
 */
function sumExpression(terms: readonly Term[], counts: boolean | undefined): string {
  const shown = terms.filter((t) => !t.value.isZero());
  const zeros = terms.length - shown.length;
  if (shown.length === 0) {
    return terms.length <= 4 ? `${terms.map((t) => t.label).join('、')}均为 0` : `各项（${terms.length} 项）均为 0`;
  }
  const expr = shown
    .map((t, i) => {
      const v = `${t.label} ${formatValue(t.value, counts)}`;
      if (i === 0) return t.negative ? `− ${v}` : v;
      return `${t.negative ? '−' : '+'} ${v}`;
    })
    .join(' ');
  const sum = formatValue(signedSum(terms), counts);
  const rest = zeros > 0 ? `（其余 ${zeros} 项为 0）` : '';
  // a single positive term is its own sum: "外交支出 0.10（其余 25 项为 0）"
  return shown.length === 1 && !shown[0]!.negative ? `${expr}${rest}` : `${expr} = ${sum}${rest}`;
}

/**
 * total = Σ terms (with signs), within the tail error of the non-zero terms.
 * Returns undefined when the identity holds.
 */
export function sumIdentity(total: Cell, terms: readonly Term[], options: IdentityOptions = {}): Violation | undefined {
  const { counts } = options;
  const computed = signedSum(terms);
  const difference = total.value.minus(computed);
  const tolerance = counts ? ZERO : tailTolerance(terms);
  if (difference.abs().lte(tolerance)) return undefined;
  const diff = formatValue(difference.abs(), counts);
  // a plain equality names the stated cell first: "公开03表 … 3,218.84，与公开01表 … 3,218.94 相差 0.10"
  const isEquality = terms.length === 1 && !terms[0]!.negative;
  const [first, second] = isEquality
    ? [`${total.label} ${formatValue(total.value, counts)}`, `${terms[0]!.label} ${formatValue(terms[0]!.value, counts)}`]
    : [sumExpression(terms, counts), `${total.label} ${formatValue(total.value, counts)}`];
  const message = `${prefix(options.where)}${first}，${withWord('与', second)} 相差 ${diff}`
    + toleranceNote(tolerance, counts) + (options.why ? `；${options.why}` : '');
  return { message, cells: [total, ...terms.map(stripSign)], difference, tolerance, ...(counts ? { counts } : {}) };
}

/** A plain equality of two cells: the first is the one reported. */
export function equalIdentity(stated: Cell, reference: Cell, options: IdentityOptions = {}): Violation | undefined {
  return sumIdentity(stated, [reference], options);
}

/**
 * Σ parts ≤ whole, within the tail error of the non-zero parts.
 * Returns undefined when the bound holds.
 */
export function atMostIdentity(whole: Cell, parts: readonly Cell[], options: IdentityOptions = {}): Violation | undefined {
  const { counts } = options;
  const computed = signedSum(parts);
  const excess = computed.minus(whole.value);
  const tolerance = counts ? ZERO : tailTolerance(parts);
  if (excess.lte(tolerance)) return undefined;
  const head = parts.length === 1 ? `${parts[0]!.label} ${formatValue(parts[0]!.value, counts)}` : sumExpression(parts, counts);
  const message = `${prefix(options.where)}${head}，${withWord('大于', whole.label)} ${formatValue(whole.value, counts)}，超出 ${formatValue(excess, counts)}`
    + toleranceNote(tolerance, counts) + (options.why ? `；${options.why}` : '');
  return { message, cells: [whole, ...parts.map(stripSign)], difference: excess, tolerance, ...(counts ? { counts } : {}) };
}

/** A cell that must be zero (a table that says 本表无数据): "公开07表注明“本表无数据”，但合计行 本年收入为 129.11". */
export function cellNonZero(cell: Cell, options: IdentityOptions & { where: string }): Violation | undefined {
  if (cell.value.isZero()) return undefined;
  const message = `${options.where}，${withWord('但', cell.label)} 为 ${formatTableAmount(cell.value)}` + (options.why ? `；${options.why}` : '');
  return { message, cells: [cell], difference: cell.value, tolerance: ZERO };
}

function stripSign(t: Term): Cell {
  return { path: t.path, label: t.negative ? `${t.label}（减项）` : t.label, value: t.value };
}

/** Keep the violations that are there. */
export function present(...vs: Array<Violation | undefined>): Violation[] {
  return vs.filter((v): v is Violation => v !== undefined);
}
