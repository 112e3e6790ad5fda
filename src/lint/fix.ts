/**
 * --fix: rewrite each figure or direction word that disagrees with the data
 * into the right one, written as the writer wrote it (decimals, separators,
 * unit, full width), leaving every other byte alone. Only findings that carry
 * a replacement are fixed: a claim the reader is unsure of, or a text-only
 * inconsistency (which figure is wrong?), is left for the writer.
 */
import { lintMarkdown, type LintContext, type LintMessage, type LintOptions, type LintResult } from './lint.js';
import { appendAll } from '../util/arrays.js';

export interface FixedText {
  output: string;
  applied: LintMessage[];
  /** fixable findings left because another fix touched the same text */
  skipped: LintMessage[];
}

/** The fixes of one lint pass that can go in together: sorted, and after the first of overlapping ones skipped. */
export function selectFixes(source: string, messages: readonly LintMessage[]): { applied: LintMessage[]; skipped: LintMessage[] } {
  const fixable = messages.filter((m) => m.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const applied: LintMessage[] = [];
  const skipped: LintMessage[] = [];
  let lastEnd = -1;
  for (const m of fixable) {
    const [start, end] = m.fix!.range;
    if (start < lastEnd || source.slice(start, end) === m.fix!.text) {
      skipped.push(m);
      continue;
    }
    applied.push(m);
    lastEnd = end;
  }
  return { applied, skipped };
}

/** Apply the fixes of one lint pass; overlapping fixes after the first are skipped. */
export function applyFixes(source: string, messages: readonly LintMessage[]): FixedText {
  const { applied, skipped } = selectFixes(source, messages);
  // One pass over the source: the fixes are sorted and do not overlap.
  const parts: string[] = [];
  let at = 0;
  for (const m of applied) {
    const [start, end] = m.fix!.range;
    parts.push(source.slice(at, start), m.fix!.text);
    at = end;
  }
  parts.push(source.slice(at));
  return { output: parts.join(''), applied, skipped };
}

export interface FixResult {
  output: string;
  /** the findings fixed, over all passes */
  fixed: LintMessage[];
  /** the lint of the output: what is left for the writer */
  result: LintResult;
}

/** Lint and fix until nothing fixable is left (a fix can reveal another, as ESLint's passes do). */
export function fixMarkdown(markdown: string, ctx: LintContext, options: LintOptions = {}, maxPasses = 10): FixResult {
  let output = markdown;
  const fixed: LintMessage[] = [];
  let result = lintMarkdown(output, ctx, options);
  for (let pass = 0; pass < maxPasses; pass++) {
    const { output: next, applied } = applyFixes(output, result.messages);
    if (applied.length === 0) break;
    appendAll(fixed, applied);
    output = next;
    result = lintMarkdown(output, ctx, options);
  }
  return { output, fixed, result };
}
