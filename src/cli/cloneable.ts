/**
 * What crosses to and from worker threads goes by structured clone, which
 * keeps plain data but not classes: a Decimal (decimal.js) would arrive as a
 * bare object without its methods. A review's table findings hold Decimals,
 * so outcomes are written with each Decimal as a tagged string
 * (toCloneable) and read back with them as Decimals again (fromCloneable).
 */
import { Decimal } from '../data/amount.js';

const TAG = '__juesuanDecimal';

export function toCloneable(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Decimal.isDecimal(value)) return { [TAG]: value.toString() };
  if (Array.isArray(value)) return value.map(toCloneable);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, toCloneable(v)]));
  if (value instanceof Set) return new Set([...value].map(toCloneable));
  if (!isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toCloneable(v);
  return out;
}

export function fromCloneable(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(fromCloneable);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, fromCloneable(v)]));
  if (value instanceof Set) return new Set([...value].map(fromCloneable));
  if (!isPlain(value)) return value;
  const tagged = (value as Record<string, unknown>)[TAG];
  if (typeof tagged === 'string' && Object.keys(value).length === 1) return new Decimal(tagged);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = fromCloneable(v);
  return out;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
