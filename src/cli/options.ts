/**
 * What main.ts needs to declare the options without loading the commands:
 * parsers for numeric options, with messages in Chinese (commander prints them
 * and juesuan exits 2), and the lint formats.
 */
import { InvalidArgumentError } from 'commander';

export function nonNegativeInteger(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError(`应为不小于 0 的整数，而不是“${value}”`);
  return Number(value);
}

export function positiveInteger(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) < 1) throw new InvalidArgumentError(`应为不小于 1 的整数，而不是“${value}”`);
  return Number(value);
}

/** Seconds, as --timeout takes them: a decimal number, 0 meaning no limit. */
export function nonNegativeSeconds(value: string): number {
  if (!/^\d+(?:\.\d+)?$/u.test(value)) throw new InvalidArgumentError(`应为不小于 0 的秒数（如 60 或 0.5；0 表示不限时），而不是“${value}”`);
  return Number(value);
}

export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'html'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** A TCP port: 0 (any free one) to 65535. */
export function portNumber(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) > 65535) throw new InvalidArgumentError(`应为 0 到 65535 之间的端口号，而不是“${value}”`);
  return Number(value);
}
