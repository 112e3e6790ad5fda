/**
 * A share whose whole is the sum of known parts is bounded through those parts:
 * the whole's only non-zero part is exactly 100%, however small the base
 * (0.39 ÷ 0.39 stated as 98.80% must not pass on the tail error of two published figures).
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/data/amount.js';
import { FactRegistry } from '../../src/facts/fact.js';
import { judge } from '../../src/lint/verify.js';
import { scanFigures } from '../../src/lint/figures.js';

const percent = (text: string) => scanFigures(`${text}%`)[0]!;

describe('share of the only non-zero part', () => {
  it('is exactly 100%: 98.80% is wrong, 100% and 100.00% are right', () => {
    const f = new FactRegistry();
    const part = f.amount('part', '其他收入', new Decimal('0.39'));
    const whole = f.amount('whole', '本年收入合计', new Decimal('0.39'));
    const { rate } = f.share('part.share', '其他收入占比', part, whole, ['其他收入'], [new Decimal(0), new Decimal(0)]);
    expect(judge(rate, percent('98.80')).status).toBe('mismatch');
    expect(judge(rate, percent('100')).status).toBe('ok');
    expect(judge(rate, percent('100.00')).status).toBe('ok');
  });

  it('keeps the interval of two rounded figures when another part is not zero', () => {
    const f = new FactRegistry();
    const part = f.amount('part', '其他收入', new Decimal('0.39'));
    const whole = f.amount('whole', '本年收入合计', new Decimal('0.39'));
    const { rate } = f.share('part.share', '其他收入占比', part, whole, ['其他收入'], [new Decimal('0.01')]);
    expect(judge(rate, percent('98.80')).status).toBe('ok');
  });
});
