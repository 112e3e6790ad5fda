/**
 * The check report in the manner of ESLint's stylish formatter: the file name,
 * one row per finding (line:column, severity, message, rule id) in aligned
 * columns, then a summary. A pure function: results in, text out.
 */
import type { CheckResult } from './check-json.js';
import { alignRows, summary } from './columns.js';

export function formatCheckStylish(results: readonly CheckResult[]): string {
  let errors = 0;
  let warnings = 0;
  const blocks: string[] = [];
  for (const { filePath, findings } of results) {
    if (findings.length === 0) continue;
    const rows = findings.map((f) => [
      f.line !== undefined ? `${f.line}:${f.column ?? 1}` : '-',
      f.severity,
      f.message,
      f.ruleId,
    ]);
    blocks.push([filePath, ...alignRows(rows)].join('\n'));
    errors += findings.filter((f) => f.severity === 'error').length;
    warnings += findings.filter((f) => f.severity === 'warning').length;
  }
  return (blocks.length > 0 ? blocks.join('\n\n') + '\n\n' : '') + summary(errors, warnings) + '\n';
}
