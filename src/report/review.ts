/**
 * The review report: per document, which checks ran (表内/表间勾稽, 说明文字与
 * 决算表核对, 与上年文件核对, 文字自洽) and on what, the tables not imported,
 * then the tables' findings and Part 3's messages. Stylish (terminal) and
 * JSON. Pure functions: results in, text out.
 */
import type { LintMessage } from '../lint/lint.js';
import type { ReviewResult } from '../review/review.js';
import { toJsonResults } from './check-json.js';
import { palette } from './color.js';
import { alignRows, placeOf, summary } from './columns.js';
import { formatLintJson } from './lint-json.js';
import { appendAll } from '../util/arrays.js';

/** @param options.unreviewed inputs that could not be reviewed (reported on standard error): the summary says so */
export function formatReviewStylish(results: readonly ReviewResult[], options: { color?: boolean; unreviewed?: number } = {}): string {
  const c = palette(options.color);
  const paint = (text: string, column: number) =>
    column === 0 || column === 3 ? c.dim(text) : column === 1 ? (text === 'error' ? c.red(text) : c.yellow(text)) : text;
  const blocks = results.map((r) => {
    const who = [r.department, `${r.year} 年度`].filter(Boolean).join(' ');
    const lines = [`${r.filePath}（${who}）`, '  核对项目：'];
    for (const check of r.checks) lines.push(`    ${check.ran ? c.green('✔') : c.yellow('✘')} ${check.name}：${check.detail}`);
    if (r.tables.notImported.length > 0) {
      lines.push('  不作核对依据的决算表：');
      for (const t of r.tables.notImported) {
        lines.push(`    ${t.table}（${t.title}）：${t.reason}`);
        for (const p of t.problems ?? []) lines.push(`      - ${p.reason}${p.places.length > 0 ? `（${p.places.join('；')}）` : ''}`);
      }
    }
    for (const note of r.notes) lines.push(`  注意：${note}`);
    if (r.documentFindings.length > 0) {
      lines.push('  文件：');
      appendAll(lines, alignRows(r.documentFindings.map((f) => ['-', f.severity, f.message, f.ruleId]), '    ', paint));
    }
    if (r.tableFindings.length > 0) {
      lines.push('  决算表：');
      appendAll(lines, alignRows(r.tableFindings.map((f) => [f.place ?? '-', f.severity, f.message, f.ruleId]), '    ', paint));
    }
    const row = (m: LintMessage) => [
      m.page !== undefined || m.paragraph !== undefined ? placeOf(m) : `${m.line}:${m.column}`,
      m.severity === 2 ? 'error' : 'warning',
      m.message + (m.excerpt ? `（原文：${m.excerpt}）` : ''),
      m.ruleId,
    ];
    // The notes printed with the tables (故本表无数据 …), then Part 3.
    const notes = r.lint.messages.filter((m) => m.table !== undefined);
    if (notes.length > 0) {
      lines.push('  决算表的说明：');
      appendAll(lines, alignRows(notes.map(row), '    ', paint));
    }
    const messages = r.lint.messages.filter((m) => m.table === undefined);
    if (messages.length > 0) {
      lines.push('  第三部分：');
      appendAll(lines, alignRows(messages.map(row), '    ', paint));
    }
    lines.push(`  核对数字 ${r.lint.verifiedCount} 个，无法核对 ${r.lint.unverifiedCount} 个`);
    return lines.join('\n');
  });
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  // Nothing found is only good news when something was reviewed.
  const unreviewed = options.unreviewed ? c.red(`另有 ${options.unreviewed} 个输入无法使用，未审校（见前面的提示）`) + '\n' : '';
  if (results.length === 0 && options.unreviewed) return `${c.red('✖ 没有可以审校的文件')}\n${unreviewed}`;
  const total = summary(errors, warnings);
  const painted = errors > 0 ? c.red(total) : warnings > 0 ? c.yellow(total) : c.green(total);
  return (blocks.length > 0 ? blocks.join('\n\n') + '\n\n' : '') + `${painted}\n${unreviewed}`;
}

/** One entry per document: the checks, the tables, the tables' findings (as check's JSON) and Part 3's messages (as lint's). */
export function formatReviewJson(results: readonly ReviewResult[]): string {
  return JSON.stringify(results.map((r) => {
    const [tables] = toJsonResults([{ filePath: r.filePath, findings: r.tableFindings }]);
    const [lint] = JSON.parse(formatLintJson([r.lint])) as Array<Record<string, unknown>>;
    return {
      filePath: r.filePath,
      department: r.department ?? null,
      year: r.year,
      previousFile: r.previousFile ?? null,
      checks: r.checks,
      tables: r.tables,
      notes: r.notes,
      documentMessages: r.documentFindings,
      tableMessages: tables!.messages,
      messages: lint!['messages'],
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      verifiedCount: r.lint.verifiedCount,
      unverifiedCount: r.lint.unverifiedCount,
    };
  }), null, 2) + '\n';
}
