/**
 * Accuracy as a product figure (npm run accuracy): for a document and its data,
 * how many figures the linter verified and left unverified, the errors it raises
 * on the clean text (false alarms), the lines --fix changes on it, the share of
 * single-figure and direction-word mutants it flags on their line, by kind, and
 * the share of mutants --fix restores exactly to what --fix makes of the original (the original
 * itself when it is clean).
 */
import { fixMarkdown } from '../lint/fix.js';
import { lintMarkdown, type LintContext } from '../lint/lint.js';
import { apply, baselineErrors, detected, measureAbsence, mutations, type Mutation } from './mutants.js';

export interface AccuracyReport {
  name: string;
  figures: number;
  verified: number;
  unverified: number;
  /** errors on the document as published or written: each one a false alarm unless the document is wrong there */
  errors: Array<{ line: number; ruleId: string; message: string }>;
  /** lines of the clean document --fix would change */
  fixChangedLines: number;
  mutants: Record<Mutation['kind'], { total: number; flagged: number }>;
  restored: { total: number; exact: number };
  /** mutants neither flagged nor restored, for reading */
  missed: string[];
  /** sentences stating an item's amount turned into 本年度无…支出: flagged where it was not 0, quiet where it was */
  absence: ReturnType<typeof measureAbsence>;
}

export function measureAccuracy(name: string, markdown: string, ctx: LintContext, options: { restoreEvery?: number } = {}): AccuracyReport {
  const clean = lintMarkdown(markdown, ctx);
  const errors = clean.messages.filter((m) => m.severity === 2).map((m) => ({ line: m.line, ruleId: m.ruleId, message: m.message }));
  const fixedClean = fixMarkdown(markdown, ctx).output;
  const before = markdown.split('\n');
  const after = fixedClean.split('\n');
  let fixChangedLines = Math.abs(before.length - after.length);
  for (let i = 0; i < Math.min(before.length, after.length); i++) if (before[i] !== after[i]) fixChangedLines++;

  const baseline = baselineErrors(markdown, ctx);
  const all = mutations(markdown);
  const mutants: AccuracyReport['mutants'] = { figure: { total: 0, flagged: 0 }, direction: { total: 0, flagged: 0 } };
  const missed: string[] = [];
  const restored = { total: 0, exact: 0 };
  const every = options.restoreEvery ?? 1;
  all.forEach((m, i) => {
    const k = mutants[m.kind];
    k.total++;
    if (detected(markdown, m, ctx, baseline)) k.flagged++;
    else missed.push(`${m.line}: ${m.original} → ${m.replacement}`);
    if (i % every === 0) {
      restored.total++;
      // What --fix makes of the clean text: the same text, or the text with its own certain slips fixed.
      if (fixMarkdown(apply(markdown, m), ctx).output === fixedClean) restored.exact++;
    }
  });
  return {
    name, figures: clean.verifiedCount + clean.unverifiedCount, verified: clean.verifiedCount, unverified: clean.unverifiedCount,
    errors, fixChangedLines, mutants, restored, missed, absence: measureAbsence(markdown, ctx),
  };
}
