/**
 * Nunjucks filters: how a fact or a data string appears in the draft. They only
 * format what the fact catalog computed; they never compute a figure.
 */
import type { Change, Completion, Fact } from '../facts/fact.js';
import { formatAmount, formatCount, formatPercent, formatScore } from '../format/number.js';
import { AMOUNT_CHANGE_WORD, COMPARISON_WORD, RATE_CHANGE_WORD } from '../format/words.js';

/** A visible gap the writer must fill; the linter flags every one left in. */
export function placeholder(what: string): string {
  // `what` may name a subject from the data (科目名称): escaped like any data string.
  return `【待补充：${inline(what)}】`;
}

function valueOf(fact: Fact): NonNullable<Fact['value']> | undefined {
  return fact.value;
}

function missingText(fact: Fact): string {
  return placeholder(fact.missing ?? fact.label);
}

/** A figure known to be 0: one not known (its table left out) is no zero, and no "没有…" sentence follows from it. */
export function knownZero(fact: Fact): boolean {
  return fact.value !== undefined && fact.value.isZero();
}

/** 4,340.16 / 113.6 / 0 — or a placeholder naming the missing figure. */
export function amount(fact: Fact): string {
  const v = valueOf(fact);
  return v === undefined ? missingText(fact) : formatAmount(v);
}

/** 7.54 / 9.9 / 100 (the template writes the "%"). */
export function percent(fact: Fact): string {
  const v = valueOf(fact);
  if (v !== undefined) return formatPercent(v);
  return fact.undefinedReason === 'zero-base' ? placeholder(`${fact.label}（基数为 0，不可比）`) : missingText(fact);
}

export function count(fact: Fact): string {
  const v = valueOf(fact);
  return v === undefined ? missingText(fact) : formatCount(v);
}

export function score(fact: Fact): string {
  const v = valueOf(fact);
  return v === undefined ? missingText(fact) : formatScore(v);
}

/** 增加 / 减少 / 持平 */
export function amountWord(change: Change): string {
  return change.direction === undefined ? placeholder('增加或减少') : AMOUNT_CHANGE_WORD[change.direction];
}

/** 增长 / 下降 / 持平 */
export function rateWord(change: Change): string {
  return change.direction === undefined ? placeholder('增长或下降') : RATE_CHANGE_WORD[change.direction];
}

/** 大于 / 小于 / 等于 */
export function compareWord(completion: Completion): string {
  return completion.comparison === undefined ? placeholder('大于、小于或等于') : COMPARISON_WORD[completion.comparison];
}

/**
 * A string from the data file (a reason, a description), inserted as plain
 * text: Markdown-significant characters are escaped so a writer's "*" or "["
 * stays a character, and it is never evaluated as a template.
 * Missing text becomes a placeholder naming what is missing.
 */
export function text(value: string | undefined, what?: string): string {
  if (value === undefined || value.trim() === '') return placeholder(what ?? '说明文字');
  return inline(value);
}

/** Every line break Markdown or an editor may honour: \n, \r, NEL, U+2028, U+2029. */
const LINE_BREAK = /(?<!\s)\s*[\n\r\u0085\u2028\u2029]\s*/gu;

/** A data string as one run of plain inline text: joined into one line, then escaped. */
export function inline(value: string): string {
  return escapeMarkdown(String(value).replace(LINE_BREAK, ''));
}

export function escapeMarkdown(s: string): string {
  // Templates never start a line with data text, and line breaks are gone, so only inline syntax needs escaping:
  // emphasis, code, links and images, HTML and entities, table pipes, GFM strikethrough.
  return s.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** 一般公共服务支出 → 一般公共服务（类）支出, the seed's way of naming a class in 五（二）. */
export function className(name: string): string {
  return name.endsWith('支出') ? `${name.slice(0, -2)}（类）支出` : `${name}（类）`;
}
