/**
 * The lint report as GitHub Actions workflow commands: one `::error` or
 * `::warning` annotation per message, located in the file (relative to the
 * repository root) by line and column, titled with the rule id; inputs that
 * could not be linted as `::error` too. GitHub shows at most ten annotations
 * of each kind per step, so a plain summary line closes the report.
 * A pure function: results in, text out.
 */
import type { LintMessage, LintResult } from '../lint/lint.js';
import { placeOf } from './columns.js';
import { annotationPath } from './paths.js';
import type { InputProblem } from './problems.js';

export interface GithubOptions {
  /** annotation paths are relative to this directory (the repository root in CI) */
  baseDir: string;
  problems?: readonly InputProblem[];
}

/** A command's message: %, CR and LF are percent-encoded (as @actions/core escapeData). */
export function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** A command's property value: as data, and also : and , (as @actions/core escapeProperty). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

function command(kind: 'error' | 'warning', properties: Array<[string, string | number | undefined]>, message: string): string {
  const props = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${kind}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** The rule id, and for a PDF or Word file where the message is (GitHub shows line numbers only). */
function titleOf(m: LintMessage): string {
  return m.page !== undefined || m.paragraph !== undefined ? `${m.ruleId}（${placeOf(m)}）` : m.ruleId;
}

export function formatLintGithub(results: readonly LintResult[], options: GithubOptions): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let verified = 0;
  let unverified = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    verified += r.verifiedCount;
    unverified += r.unverifiedCount;
    const file = annotationPath(r.filePath, options.baseDir);
    for (const m of r.messages) {
      lines.push(command(m.severity === 2 ? 'error' : 'warning', [
        ['file', file], ['line', m.line], ['col', m.column], ['endLine', m.endLine], ['endColumn', m.endColumn], ['title', titleOf(m)],
      ], m.message + (m.excerpt ? `（原文：${m.excerpt}）` : '')));
    }
  }
  const problems = options.problems ?? [];
  for (const p of problems) {
    lines.push(command('error', [
      ['file', annotationPath(p.filePath, options.baseDir)], ['line', p.line], ['col', p.column], ['title', 'juesuan'],
    ], p.message));
  }
  const total = errors + warnings;
  const unusable = problems.length > 0 ? `；${problems.length} 处输入无法使用` : '';
  lines.push(`juesuan: ${results.length} 个文件，${total} 个问题（${errors} 个错误，${warnings} 个警告）；核对数字 ${verified} 个，无法核对 ${unverified} 个${unusable}`);
  return lines.join('\n') + '\n';
}
