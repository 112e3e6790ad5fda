/**
 * The check report as ESLint's JSON formatter shapes it: one result per data
 * file, its messages with severity 2 (error) or 1 (warning). Amounts are
 * strings with two decimals (counts: integers) so that no reader turns them
 * into binary floats. A pure function: results in, text out.
 */
import type { Finding } from '../check/index.js';
import type { Decimal } from '../data/amount.js';
import type { PathSegment } from '../data/source.js';

/** The findings for one data file. */
export interface CheckResult {
  filePath: string;
  findings: readonly Finding[];
}

export interface JsonCell {
  path: PathSegment[];
  label: string;
  value: string;
}

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  /** 1-based position of the first cell in the data file; absent when the source is unknown */
  line?: number;
  column?: number;
  cells: JsonCell[];
  /** stated − computed (for a bound: the excess); null when the finding is not arithmetic */
  difference: string | null;
  tolerance: string | null;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

function value(d: Decimal, counts: boolean | undefined): string {
  return d.toFixed(counts ? 0 : 2);
}

export function toJsonResults(results: readonly CheckResult[]): JsonResult[] {
  return results.map(({ filePath, findings }) => ({
    filePath,
    messages: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity === 'error' ? 2 : 1,
      message: f.message,
      ...(f.page !== undefined ? { page: f.page } : {}),
      ...(f.line !== undefined ? { line: f.line, column: f.column ?? 1 } : {}),
      cells: f.cells.map((c) => ({ path: [...c.path], label: c.label, value: value(c.value, f.counts) })),
      difference: f.difference === undefined ? null : value(f.difference, f.counts),
      tolerance: f.tolerance === undefined ? null : value(f.tolerance, f.counts),
    })),
    errorCount: findings.filter((f) => f.severity === 'error').length,
    fatalErrorCount: 0,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  }));
}

export function formatCheckJson(results: readonly CheckResult[]): string {
  return JSON.stringify(toJsonResults(results), null, 2) + '\n';
}
