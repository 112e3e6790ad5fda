/**
 * Chinese numerals as prose writes counts and rates (十二辆, 团组五个, 两辆, 一百零五人次, 百分之十八点五): read to
 * their value, and a value written back the same way (for a fix of a figure written so).
 */

const DIGIT: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const POWER: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const DIGITS = '〇一二三四五六七八九';

/**
 * The value of an integer in Chinese numerals from 〇 to 九千九百九十九 (两 for 二, 零 or 〇 between places), or
 * undefined where the words are no numeral (二二, 十十, 千百, 零 at the end of a place-less run).
 * Digits one by one (二〇二四) are read only where no place word stands among them: a year, never a count here.
 */
export function parseChineseInteger(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let digit: number | undefined;
  // the place the next place word must be below, and whether a 零 stands since the last place word
  let below = Infinity;
  let zero = false;
  for (const c of text) {
    const d = DIGIT[c];
    if (d !== undefined) {
      if (digit !== undefined) return undefined;
      if (d === 0) {
        if (total === 0 || zero) return undefined;
        zero = true;
        continue;
      }
      digit = d;
      continue;
    }
    const p = POWER[c];
    if (p === undefined || p >= below) return undefined;
    // 十二 (no digit before 十) is 12, but not 百十 or 一千十; 零 right before a place word (一千零百) is none.
    if (digit === undefined && (p !== 10 || total !== 0 || zero)) return undefined;
    total += (digit ?? 1) * p;
    digit = undefined;
    below = p;
    zero = false;
  }
  if (digit !== undefined) {
    // 一百零五, 二十五, 五; 一百五 (150, a shorthand) is left unread: the place it stands for is not written.
    if (below !== Infinity && below !== 10 && !zero) return undefined;
    total += digit;
  } else if (zero) return undefined;
  return total;
}

/** An integer from 0 to 9,999 in Chinese numerals as a count is written (十二, 一百零五, 两千); `two` for 2 alone. */
export function chineseInteger(n: number, two: '二' | '两' = '二'): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`no Chinese numeral for ${n}`);
  if (n === 0) return '零';
  if (n === 2) return two;
  const places: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let gap = false;
  for (const [p, word] of places) {
    const d = Math.floor(n / p) % 10;
    if (d === 0) {
      if (out !== '') gap = true;
      continue;
    }
    if (gap) out += '零';
    gap = false;
    // 十二, not 一十二: a number under 20 leaves out the 一 of its tens.
    out += (p === 10 && d === 1 && out === '' ? '' : DIGITS[d]!) + word;
  }
  return out;
}

/** A decimal written in Chinese numerals (十八点五), the part after 点 digit by digit. */
export function parseChineseDecimal(text: string): string | undefined {
  const point = text.indexOf('点');
  const head = point < 0 ? text : text.slice(0, point);
  // 零点五: 0 before 点 only (a count of 零 is no figure).
  const whole = point > 0 && (head === '零' || head === '〇') ? 0 : parseChineseInteger(head);
  if (whole === undefined) return undefined;
  if (point < 0) return String(whole);
  const fraction = [...text.slice(point + 1)].map((c) => (c === '〇' || c === '零' ? 0 : DIGIT[c]));
  if (fraction.length === 0 || fraction.some((d) => d === undefined) || text.slice(point + 1).includes('两')) return undefined;
  return `${whole}.${fraction.join('')}`;
}

/** A decimal (18.2, 12) in Chinese numerals as a rate is written (十八点二, 十二). */
export function chineseDecimal(value: string): string {
  const [whole, fraction] = value.replace(/^-/u, '').split('.');
  const head = chineseInteger(Number(whole));
  return fraction === undefined || fraction === '' ? head : `${head}点${[...fraction].map((c) => (c === '0' ? '零' : DIGITS[Number(c)]!)).join('')}`;
}
