/**
 * juesuan check <data>: load, check every identity, report. Unusable input
 * (DataError) propagates to main.ts, which exits 2.
 */
import { checkAccounts } from '../check/index.js';
import { loadAccounts } from '../data/load.js';
import { formatCheckJson, type CheckResult } from '../report/check-json.js';
import { formatCheckStylish } from '../report/check-stylish.js';

export interface CheckOptions {
  format: 'stylish' | 'json';
  /** exit 0 even when errors are found (not when the input is unusable) */
  exitZero?: boolean;
}

/** Returns the exit code: 0 clean or warnings only, 1 an error finding (0 with --exit-zero). */
export function runCheckCommand(data: string, options: CheckOptions): number {
  const { accounts, source } = loadAccounts(data);
  const findings = checkAccounts(accounts, source);
  const results: CheckResult[] = [{ filePath: data, findings }];
  process.stdout.write(options.format === 'json' ? formatCheckJson(results) : formatCheckStylish(results));
  const hasErrors = findings.some((f) => f.severity === 'error');
  return hasErrors && !options.exitZero ? 1 : 0;
}
