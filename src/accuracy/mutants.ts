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
