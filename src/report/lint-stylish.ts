/**
 * The lint report in the manner of ESLint's stylish formatter, grouped by
 * file, with the count of figures verified and unverified at the end.
 * A pure function: results in, text out.
 */
import type { LintResult } from '../lint/lint.js';
import { alignRows, summary } from './columns.js';

export function formatLintStylish(results: readonly LintResult[]): string {
  let errors = 0;
  let warnings = 0;
  let verified = 0;
  let unverified = 0;
  const blocks: string[] = [];
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    verified += r.verifiedCount;
    unverified += r.unverifiedCount;
    if (r.messages.length === 0) continue;
    const rows = r.messages.map((m) => [`${m.line}:${m.column}`, m.severity === 2 ? 'error' : 'warning', m.message, m.ruleId]);
    blocks.push([r.filePath, ...alignRows(rows)].join('\n'));
  }
  const counts = `核对数字 ${verified} 个，无法核对 ${unverified} 个（${verified} figures verified, ${unverified} unverified）`;
  return (blocks.length > 0 ? blocks.join('\n\n') + '\n\n' : '') + `${summary(errors, warnings)}\n${counts}\n`;
}
