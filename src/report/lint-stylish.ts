/**
 * The lint report in the manner of ESLint's stylish formatter, grouped by
 * file, with the count of figures verified and unverified at the end.
 * With `color`: errors red, warnings yellow, locations and rule ids dim.
 * A pure function: results in, text out.
 */
import type { LintResult } from '../lint/lint.js';
import { palette } from './color.js';
import { alignRows, placeOf, summary } from './columns.js';

export interface StylishOptions {
  /** ANSI colours (the CLI turns them on for a terminal only) */
  color?: boolean;
  /** inputs that could not be linted (reported on standard error): a closing line says so */
  unlinted?: number;
}

export function formatLintStylish(results: readonly LintResult[], options: StylishOptions = {}): string {
  const c = palette(options.color);
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
    const rows = r.messages.map((m) => [m.page !== undefined || m.paragraph !== undefined ? placeOf(m) : `${m.line}:${m.column}`, m.severity === 2 ? 'error' : 'warning', m.message + (m.excerpt ? `（原文：${m.excerpt}）` : ''), m.ruleId]);
    const paint = (text: string, column: number) =>
      column === 0 || column === 3 ? c.dim(text) : column === 1 ? (text === 'error' ? c.red(text) : c.yellow(text)) : text;
    blocks.push([r.filePath, ...alignRows(rows, '  ', paint)].join('\n'));
  }
  // Nothing found is only good news when something was linted.
  const total = results.length === 0 && options.unlinted ? '✖ 没有可以审校的文件' : summary(errors, warnings);
  const counts = `核对数字 ${verified} 个，无法核对 ${unverified} 个`;
  const painted = errors > 0 || results.length === 0 && options.unlinted ? c.red(total) : warnings > 0 ? c.yellow(total) : c.green(total);
  const unlinted = options.unlinted ? `${c.red(`另有 ${options.unlinted} 处输入无法使用，相关文件未审校（见前面的提示）`)}\n` : '';
  return (blocks.length > 0 ? blocks.join('\n\n') + '\n\n' : '') + `${painted}\n${counts}\n${unlinted}`;
}
