/**
 * Nunjucks filters: how a fact or a data string appears in the draft. They only
 * format what the fact catalog computed; they never compute a figure.
 */
import type { Change, Completion, Fact } from '../facts/fact.js';
import { formatAmount, formatCount, formatPercent, formatScore } from '../format/number.js';
import { AMOUNT_CHANGE_WORD, COMPARISON_WORD, RATE_CHANGE_WORD } from '../format/words.js';
import { FilterUseError } from './strict.js';

/** A visible gap the writer must fill; the linter flags every one left in. */
export function placeholder(what: string): string {
  // `what` may name a subject from the data (科目名称): escaped like any data string.
  return `【待补充：${inline(what)}】`;
}

/**
 * The placeholder of a figure the data cannot give: the figure itself, and what it needs when that
 * is another one (收支总计增减额 and 增减率 each say what they are, and that both need 2023 年度收支总计决算数).
 */
function missingText(fact: Fact): string {
  const missing = fact.missing ?? fact.label;
  if (missing.startsWith(fact.label)) return placeholder(missing);
  return placeholder(`${fact.label}（需${/^[0-9A-Za-z]/u.test(missing) ? ' ' : ''}${missing}）`);
}

// ── what a filter was given: a misused filter fails, it never prints a blank ──

type Shape = 'fact' | 'change' | 'completion' | 'share' | 'list' | 'text' | 'other';

function shapeOf(value: unknown): Shape {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (value === null || typeof value !== 'object') return 'other';
  const o = value as Record<string, unknown>;
  if ('id' in o && 'kind' in o && 'unit' in o) return 'fact';
  if ('comparison' in o && 'budget' in o && 'actual' in o) return 'completion';
  if ('direction' in o && 'current' in o && 'base' in o) return 'change';
  if ('part' in o && 'whole' in o && 'rate' in o) return 'share';
  return 'other';
}

function describe(value: unknown): string {
  switch (shapeOf(value)) {
    case 'fact': {
      const f = value as Fact;
      return `事实“${f.label}”（${f.id}，单位 ${f.unit}）`;
    }
    case 'change': return '一组增减（change：current、base、amount、rate、direction）';
    case 'completion': return '一组预算完成情况（completion：budget、actual、rate、comparison）';
    case 'share': return '一组占比（share：part、whole、rate）';
    case 'list': return `一个列表（${(value as unknown[]).length} 项）`;
    case 'text': return `文字“${String(value).slice(0, 20)}”`;
    default: return value === undefined ? '不存在的值（undefined）' : value === null ? '空值（null）' : `${typeof value} 值`;
  }
}

/** Which field of a group holds what a filter formats: share.rate | percent, change.amount | amount. */
const FIELD_FOR: Record<string, Partial<Record<Shape, string>>> = {
  amount: { change: 'amount', share: 'part', completion: 'actual 或 .budget' },
  percent: { change: 'rate', share: 'rate', completion: 'rate' },
};

/** The fact a number filter formats, checked: a fact of one of `units`. */
function factFor(filter: string, value: unknown, units: readonly string[], what: string): Fact {
  const shape = shapeOf(value);
  if (shape === 'fact' && units.includes((value as Fact).unit)) return value as Fact;
  const field = FIELD_FOR[filter]?.[shape];
  const better = shape === 'fact' ? betterFilter((value as Fact).unit) : undefined;
  throw new FilterUseError(`过滤器 ${filter} 用于${what}，得到的是${describe(value)}`
    + (field ? `：请写 ….${field} | ${filter}` : better && better !== filter ? `：请用 | ${better}` : ''), filter);
}

function betterFilter(unit: string): string {
  return unit === '万元' ? 'amount' : unit === '%' ? 'percent' : unit === '分' ? 'score' : 'count';
}

function groupFor<T>(filter: string, value: unknown, shape: Shape, what: string, hint: string): T {
  if (shapeOf(value) === shape) return value as T;
  throw new FilterUseError(`过滤器 ${filter} 用于${what}，得到的是${describe(value)}${hint ? `：${hint}` : ''}`, filter);
}

/** 4,340.16 / 113.6 / 0 — or a placeholder naming the missing figure. */
export function amount(value: Fact): string {
  const fact = factFor('amount', value, ['万元'], '金额（万元）');
  return fact.value === undefined ? missingText(fact) : formatAmount(fact.value);
}

/** 7.54 / 9.9 / 100 (the template writes the "%"). */
export function percent(value: Fact): string {
  const fact = factFor('percent', value, ['%'], '百分比（占比、增减率、完成率）');
  if (fact.value !== undefined) return formatPercent(fact.value);
  return fact.undefinedReason === 'zero-base' ? placeholder(`${fact.label}（基数为 0，不可比）`) : missingText(fact);
}

export function count(value: Fact): string {
  const fact = factFor('count', value, ['个', '人次', '批次', '辆', '台（套）'], '数量（个、人次、批次、辆、台（套））');
  return fact.value === undefined ? missingText(fact) : formatCount(fact.value);
}

export function score(value: Fact): string {
  const fact = factFor('score', value, ['分'], '得分');
  return fact.value === undefined ? missingText(fact) : formatScore(fact.value);
}

/** 增加 / 减少 / 持平 */
export function amountWord(value: Change): string {
  const change = groupFor<Change>('amount_word', value, 'change', '一组增减（如 p.overall.grandTotal）', '');
  return change.direction === undefined ? placeholder('增加或减少') : AMOUNT_CHANGE_WORD[change.direction];
}

/** 增长 / 下降 / 持平 */
export function rateWord(value: Change): string {
  const change = groupFor<Change>('rate_word', value, 'change', '一组增减（如 p.overall.grandTotal）', '');
  return change.direction === undefined ? placeholder('增长或下降') : RATE_CHANGE_WORD[change.direction];
}

/** 大于 / 小于 / 等于 */
export function compareWord(value: Completion): string {
  const completion = groupFor<Completion>('compare_word', value, 'completion', '一组预算完成情况（如 p.gpb.completion）', '');
  return completion.comparison === undefined ? placeholder('大于、小于或等于') : COMPARISON_WORD[completion.comparison];
}

/**
 * A string from the data file (a reason, a description), inserted as plain
 * text: Markdown-significant characters are escaped so a writer's "*" or "["
 * stays a character, and it is never evaluated as a template.
 * Missing text becomes a placeholder naming what is missing.
 */
export function text(value: string | undefined, what?: string): string {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw new FilterUseError(`过滤器 text 用于数据文件中的文字，得到的是${describe(value)}`, 'text');
  }
  if (value === undefined || value === null || value.trim() === '') return placeholder(what ?? '说明文字');
  return inline(value);
}

/** Every line break Markdown or an editor may honour: \n, \r, NEL, U+2028, U+2029. */
const LINE_BREAK = /(?<!\s)\s*[\n\r\u0085\u2028\u2029]\s*/gu;

/** A data string as one run of plain inline text: joined into one line, then escaped. */
export function inline(value: string): string {
  if (typeof value !== 'string' && typeof value !== 'number') throw new FilterUseError(`过滤器 md 用于文字，得到的是${describe(value)}`, 'md');
  return escapeMarkdown(String(value).replace(LINE_BREAK, ''));
}

export function escapeMarkdown(s: string): string {
  // Templates never start a line with data text, and line breaks are gone, so only inline syntax needs escaping:
  // emphasis, code, links and images, HTML and entities, table pipes, GFM strikethrough.
  return s.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** 一般公共服务支出 → 一般公共服务（类）支出, the seed's way of naming a class in 五（二）. */
export function className(name: string): string {
  if (typeof name !== 'string') throw new FilterUseError(`过滤器 class_name 用于科目名称，得到的是${describe(name)}`, 'class_name');
  return name.endsWith('支出') ? `${name.slice(0, -2)}（类）支出` : `${name}（类）`;
}
