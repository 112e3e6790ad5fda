/**
 * The check report in the manner of ESLint's stylish formatter: the file name,
 * one row per finding (line:column, severity, message, rule id) in aligned
 * columns, then a summary. A pure function: results in, text out.
 */
import type { CheckResult } from './check-json.js';

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3)
      || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
      || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function summary(errors: number, warnings: number): string {
  const total = errors + warnings;
  return total === 0 ? '✔ 未发现问题' : `✖ ${total} 个问题（${errors} 个错误，${warnings} 个警告）`;
}

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
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i]!))));
    blocks.push([filePath, ...rows.map((r) => `  ${r.slice(0, 3).map((c, i) => pad(c, widths[i]!)).join('  ')}  ${r[3]}`)].join('\n'));
    errors += findings.filter((f) => f.severity === 'error').length;
    warnings += findings.filter((f) => f.severity === 'warning').length;
  }
  return (blocks.length > 0 ? blocks.join('\n\n') + '\n\n' : '') + summary(errors, warnings) + '\n';
}
