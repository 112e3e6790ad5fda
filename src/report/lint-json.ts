/**
 * The lint report as ESLint's JSON formatter shapes it: one entry per file,
 * {filePath, messages, errorCount, warningCount}, plus juesuan's counts of
 * verified and unverified figures. A pure function: results in, text out.
 */
import type { LintResult } from '../lint/lint.js';

export function formatLintJson(results: readonly LintResult[]): string {
  return JSON.stringify(results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map(({ fix, textRange: _textRange, ...m }) => ({ ...m, ...(fix ? { fix } : {}) })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    verifiedCount: r.verifiedCount,
    unverifiedCount: r.unverifiedCount,
  })), null, 2) + '\n';
}
