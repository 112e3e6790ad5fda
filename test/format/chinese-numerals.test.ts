import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseDecimal, chineseInteger, parseChineseDecimal, parseChineseInteger } from '../../src/format/chinese-numerals.js';

describe('Chinese numerals', () => {
  it('reads what it writes, 一 to 九千九百九十九', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
      expect(parseChineseInteger(chineseInteger(n))).toBe(n);
      expect(parseChineseInteger(chineseInteger(n, '两'))).toBe(n);
    }), { numRuns: 2000 });
  });

  it('reads 两 for 二 and 〇 for 零, and the usual forms', () => {
    expect(parseChineseInteger('两')).toBe(2);
    expect(parseChineseInteger('十二')).toBe(12);
    expect(parseChineseInteger('一十二')).toBe(12);
    expect(parseChineseInteger('二十')).toBe(20);
    expect(parseChineseInteger('一百零五')).toBe(105);
    expect(parseChineseInteger('一百〇五')).toBe(105);
    expect(parseChineseInteger('两千')).toBe(2000);
    expect(parseChineseInteger('两百一十')).toBe(210);
    expect(parseChineseInteger('一千零一十')).toBe(1010);
    expect(parseChineseInteger('九千九百九十九')).toBe(9999);
  });

  it('reads no run that is not a numeral', () => {
    for (const words of ['', '零', '二二', '十十', '百十', '千百', '一百五', '一零', '一百零', '二〇二四', '零五', '一千零百']) {
      expect(parseChineseInteger(words), words).toBeUndefined();
    }
  });

  it('writes counts as prose writes them', () => {
    expect(chineseInteger(12)).toBe('十二');
    expect(chineseInteger(2)).toBe('二');
    expect(chineseInteger(2, '两')).toBe('两');
    expect(chineseInteger(105)).toBe('一百零五');
    expect(chineseInteger(1010)).toBe('一千零一十');
    expect(chineseInteger(110)).toBe('一百一十');
  });

  it('reads and writes rates with 点', () => {
    expect(parseChineseDecimal('十八点五')).toBe('18.5');
    expect(parseChineseDecimal('零点五')).toBe('0.5');
    expect(parseChineseDecimal('五点零八')).toBe('5.08');
    expect(parseChineseDecimal('十八点')).toBeUndefined();
    expect(chineseDecimal('18.2')).toBe('十八点二');
    expect(chineseDecimal('5.08')).toBe('五点零八');
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), (n, f) => {
      const text = `${n}.${String(f).padStart(2, '0')}`;
      expect(parseChineseDecimal(chineseDecimal(text))).toBe(text);
    }), { numRuns: 500 });
  });
});
