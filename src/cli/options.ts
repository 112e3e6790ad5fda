/** Parsers for numeric options, with messages in Chinese (commander prints them and juesuan exits 2). */
import { InvalidArgumentError } from 'commander';

export function nonNegativeInteger(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError(`应为不小于 0 的整数，而不是“${value}”`);
  return Number(value);
}

export function positiveInteger(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) < 1) throw new InvalidArgumentError(`应为不小于 1 的整数，而不是“${value}”`);
  return Number(value);
}
