/**
 * juesuan check <data>: load, check every identity, report. Unusable input
 * (DataError) propagates to main.ts, which exits 2.
 */
import { checkAccounts } from '../check/index.js';
import { loadAccounts } from '../data/load.js';
import { formatCheckJson, type CheckResult } from '../report/check-json.js';
import { formatCheckStylish } from '../report/check-stylish.js';
import { shouldColor } from './color.js';
import { writeOutputFile } from './write-file.js';
import { refuseOutputOverInput } from './overwrite-guard.js';

export interface CheckOptions {
  format: 'stylish' | 'json';
  /** exit 0 even when errors are found (not when the input is unusable) */
  exitZero?: boolean;
  /** report errors only: warnings are neither printed nor counted */
  quiet?: boolean;
  /** exit 1 when there are more warnings than this */
  maxWarnings?: number;
  outputFile?: string;
}

/** Returns the exit code: 0 clean or warnings only, 1 an error finding or too many warnings (0 with --exit-zero). */
export function runCheckCommand(data: string, options: CheckOptions): number {
  refuseOutputOverInput(options.outputFile, [{ file: data, role: '数据文件' }]);
  const { accounts, source } = loadAccounts(data);
  let findings = checkAccounts(accounts, source);
  if (options.quiet) findings = findings.filter((f) => f.severity === 'error');
  const results: CheckResult[] = [{ filePath: data, findings }];
  const color = !options.outputFile && shouldColor(process.env, process.stdout.isTTY);
  const report = options.format === 'json' ? formatCheckJson(results) : formatCheckStylish(results, { color });
  if (options.outputFile) writeOutputFile(options.outputFile, report);
  else process.stdout.write(report);
  const hasErrors = findings.some((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) process.stderr.write(`警告过多：共 ${warnings} 个警告，超过 --max-warnings 允许的 ${options.maxWarnings} 个\n`);
  return (hasErrors || tooManyWarnings) && !options.exitZero ? 1 : 0;
}
