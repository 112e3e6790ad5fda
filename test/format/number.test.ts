import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/data/amount.js';
import { formatAmount, formatNumber, formatPercent, roundHalfUp } from '../../src/format/number.js';

const d = (s: string) => new Decimal(s);

describe('roundHalfUp (四舍五入)', () => {
  it.each([
    ['7.535', '7.54'], ['7.545', '7.55'], ['0.005', '0.01'], ['0.004999', '0'],
    ['2.675', '2.68'], // 2.675 is 2.67499… as a binary float; decimal arithmetic rounds it up
    ['-7.535', '-7.54'], ['99.995', '100'], ['0', '0'],
  ])('%s → %s', (input, expected) => {
    expect(roundHalfUp(d(input), 2).toString()).toBe(expected);
  });
});

describe('formatAmount: 万元 as the seed prose writes them', () => {
  it.each([
    ['4340.16', '4,340.16'], ['4694.00', '4,694'], ['113.60', '113.6'], ['280', '280'], ['0', '0'],
    ['0.00', '0'], ['1234567.5', '1,234,567.5'], ['999.995', '1,000'], ['-353.84', '353.84'],
  ])('%s → %s', (input, expected) => {
    expect(formatAmount(d(input))).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each([
    ['7.538', '7.54'], ['9.9047', '9.9'], ['15.7998', '15.8'], ['100', '100'], ['99.995', '100'],
    ['0', '0'], ['0.004', '0'], ['-7.538', '7.54'], ['103.5790', '103.58'], ['84.3856', '84.39'],
  ])('%s → %s', (input, expected) => {
    expect(formatPercent(d(input))).toBe(expected);
  });
});

describe('formatNumber styles', () => {
  it('keeps trailing zeros and drops separators when asked', () => {
    expect(formatNumber(d('4694'), { decimals: 2, trimZeros: false, grouping: false })).toBe('4694.00');
  });
  it('never writes -0', () => {
    expect(formatNumber(d('-0.001'), { decimals: 2, trimZeros: true, grouping: true })).toBe('0');
  });
});
