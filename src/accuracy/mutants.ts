/**
 * The mutation harness: change one figure of a document well beyond rounding,
 * or flip one direction word, and see whether the linter flags the changed line.
 * Shared by the mutation and `--fix` tests and by `npm run accuracy`.
 */
import { Decimal } from '../data/amount.js';
import { scanFigures } from '../lint/figures.js';
import { lintMarkdown, type LintContext, type LintMessage } from '../lint/lint.js';

export interface Mutation {
  kind: 'figure' | 'direction';
  /** source offsets of the replaced text */
  start: number;
  end: number;
  original: string;
  replacement: string;
  line: number;
}

const FLIPS: Array<[string, string]> = [['增加', '减少'], ['增长', '下降'], ['大于', '小于']];

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** A number far from the original (×1.5 + 7), written in the original's style. */
function mutateNumber(written: string, decimals: number): string {
  const fullWidth = /[０-９]/u.test(written);
  const text = written.replace(/[０-９，．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const grouped = text.includes(',');
  const value = new Decimal(text.replace(/,/g, ''));
  const changed = value.times('1.5').plus(7).toDecimalPlaces(decimals);
  let out = changed.toFixed(decimals);
  if (grouped) {
    const [int, frac] = out.split('.');
    out = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  return fullWidth ? out.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : out;
}

export function mutations(markdown: string): Mutation[] {
  const out: Mutation[] = [];
  for (const f of scanFigures(markdown)) {
    const original = markdown.slice(f.numberStart, f.numberEnd);
    out.push({
      kind: 'figure', start: f.numberStart, end: f.numberEnd, original,
      replacement: mutateNumber(original, f.decimals), line: lineOf(markdown, f.numberStart),
    });
  }
  for (const [a, b] of FLIPS) {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      let i = markdown.indexOf(from);
      while (i >= 0) {
        out.push({ kind: 'direction', start: i, end: i + from.length, original: from, replacement: to, line: lineOf(markdown, i) });
        i = markdown.indexOf(from, i + from.length);
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

export function apply(markdown: string, m: Mutation): string {
  return markdown.slice(0, m.start) + m.replacement + markdown.slice(m.end);
}

const errorKey = (m: LintMessage) => `${m.line}:${m.ruleId}:${m.message}`;

/** Does the mutated document carry an error on the mutated line that the original did not? */
export function detected(markdown: string, m: Mutation, ctx: LintContext, baseline?: Set<string>): boolean {
  const before = baseline ?? baselineErrors(markdown, ctx);
  const after = lintMarkdown(apply(markdown, m), ctx).messages;
  return after.some((x) => x.severity === 2 && x.line === m.line && !before.has(errorKey(x)));
}

export function baselineErrors(markdown: string, ctx: LintContext): Set<string> {
  return new Set(lintMarkdown(markdown, ctx).messages.filter((x) => x.severity === 2).map(errorKey));
}

/** Every single mutation of a document that the linter does not flag on its line. */
export function missedMutations(markdown: string, ctx: LintContext): { all: Mutation[]; missed: Mutation[] } {
  const baseline = baselineErrors(markdown, ctx);
  const all = mutations(markdown);
  return { all, missed: all.filter((m) => !detected(markdown, m, ctx, baseline)) };
}

/**
 * The items a negation names in Part 3 (本年度无因公出国（境）费支出): a sentence stating one of them
 * with its amount, turned into such a negation, must be flagged where the amount was not 0 and stay
 * quiet where it was.
 */
const NEGATABLE = [
  '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费', '国（境）外公务接待费',
  '“三公”经费', '机关运行经费', '政府性基金预算财政拨款', '国有资本经营预算财政拨款',
];

export interface AbsenceMutation {
  start: number;
  end: number;
  replacement: string;
  line: number;
  /** what the sentence stated: not 0 — the negation must be flagged; 0 — it must not */
  expect: 'flag' | 'quiet';
}

const folded = (s: string) => s.replace(/[（]/gu, '(').replace(/[）]/gu, ')').replace(/["“”]/gu, '"');
// What may stand before the name in its sentence: a list marker (1、), the year (2024 年度), the unit.
const LEAD = /^[\s\d一二三四五六七八九十、.．()（）]*(?:(?:19|20)\d\d\s*年度?[，,]?)?(?:本部门|本单位)?(?:财政拨款)?$/u;

/** The sentences of a text that end in 。 within their line, with where each starts. */
function sentencesOf(text: string): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') from = i + 1;
    else if (text[i] === '。') {
      if (i > from) out.push({ text: text.slice(from, i + 1), index: from });
      from = i + 1;
    }
  }
  return out;
}

/** Each named item's first sentence that states it with an amount (名 … N 万元), turned into 本年度无名支出. */
export function absenceMutations(markdown: string): AbsenceMutation[] {
  const out: AbsenceMutation[] = [];
  const text = folded(markdown);
  const sentences = sentencesOf(text);
  for (const name of NEGATABLE) {
    const key = folded(name);
    for (const s of sentences) {
      const at = s.text.indexOf(key);
      if (at < 0 || !LEAD.test(s.text.slice(0, at))) continue;
      // its amount, as the sentence states it: after 支出决算为, or right after the name (因公出国（境）费支出 3.86 万元)
      const rest = s.text.slice(at + key.length);
      const actual = /支出决算(?:数)?(?:为|是)/u.exec(rest);
      const first = [...scanFigures(actual ? rest.slice(actual.index + actual[0].length) : rest)][0];
      const lead = first && (actual ? '' : rest.slice(0, first.start));
      if (!first || first.kind !== 'amount' || !/^(?:财政拨款)?(?:支出)?(?:决算)?(?:数)?(?:为|是|共计|合计)?\s*$/u.test(lead!)) continue;
      const figure = first;
      const start = s.index + at;
      out.push({
        start, end: s.index + s.text.length, replacement: `本年度无${name}支出。`, line: lineOf(markdown, start),
        expect: figure.value.isZero() ? 'quiet' : 'flag',
      });
      break;
    }
  }
  return out;
}

/** Each negation mutant: flagged on its line (for a non-zero item), or quiet on it (for a zero one). */
export function measureAbsence(markdown: string, ctx: LintContext): { flag: { total: number; ok: number }; quiet: { total: number; ok: number }; missed: string[] } {
  const baseline = baselineErrors(markdown, ctx);
  const result = { flag: { total: 0, ok: 0 }, quiet: { total: 0, ok: 0 }, missed: [] as string[] };
  for (const m of absenceMutations(markdown)) {
    const mutated = markdown.slice(0, m.start) + m.replacement + markdown.slice(m.end);
    const flagged = lintMarkdown(mutated, ctx).messages.some((x) => x.severity === 2 && x.line === m.line && !baseline.has(errorKey(x)));
    const k = result[m.expect];
    k.total++;
    if (flagged === (m.expect === 'flag')) k.ok++;
    else result.missed.push(`${m.line}: → ${m.replacement} (${m.expect === 'flag' ? 'not flagged' : 'flagged'})`);
  }
  return result;
}
