/**
 * The check report in the manner of ESLint's stylish formatter: the file name,
 * one row per finding (line:column, severity, message, rule id) in aligned
 * columns, then a summary. With `color`: errors red, warnings yellow,
 * locations and rule ids dim. A pure function: results in, text out.
 */
import type { CheckResult } from './check-json.js';
import { palette } from './color.js';
import { alignRows, summary } from './columns.js';

export function formatCheckStylish(results: readonly CheckResult[], options: { color?: boolean } = {}): string {
  const c = palette(options.color);
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
    const paint = (text: string, column: number) =>
      column === 0 || column === 3 ? c.dim(text) : column === 1 ? (text === 'error' ? c.red(text) : c.yellow(text)) : text;
    blocks.push([filePath, ...alignRows(rows, '  ', paint)].join('\n'));
    errors += findings.filter((f) => f.severity === 'error').length;
    warnings += findings.filter((f) => f.severity === 'warning').length;
  }
  const total = summary(errors, warnings);
  const painted = errors > 0 ? c.red(total) : warnings > 0 ? c.yellow(total) : c.green(total);
  return (blocks.length > 0 ? blocks.join('\n\n') + '\n\n' : '') + painted + '\n';
}
