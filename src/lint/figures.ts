/**
 * The number reader: finds every figure stated in a piece of prose — amounts
 * (万元, 元, 亿元), percentages, counts (个, 人次, 批次, 辆, 台（套）…) and
 * scores (分) — with its exact value, its stated precision and its style
 * (separators, full-width), and tells apart what is not a figure: years
 * (2024 年度), dates (12 月 31 日), list ordinals (1、 1. （一）) and thresholds
 * (单价 100 万元（含）以上).
 */
import { Decimal, WAN_PER_UNIT } from '../data/amount.js';
import { execAll } from './scan.js';
import { isFullWidthDigit } from './normalize.js';
import { parseChineseDecimal, parseChineseInteger } from '../format/chinese-numerals.js';

export type FigureUnit =
  | '万元' | '元' | '千元' | '亿元' | '万'
  | '%'
  | '个' | '人次' | '批次' | '辆' | '台（套）' | '次' | '人' | '项' | '家'
  | '分'
  /** 提高 0.64 个百分点: a difference of two shares or rates, in points — neither a count nor an amount */
  | '个百分点'
  | '';

export type FigureKind = 'amount' | 'percent' | 'points' | 'count' | 'score' | 'bare';

export interface Figure {
  /** offsets in the scanned text: the number and its unit */
  start: number;
  end: number;
  /** offsets of the number alone */
  numberStart: number;
  numberEnd: number;
  /** the number as written, e.g. "４，３４０．１６" */
  numberText: string;
  /** its value in the stated unit */
  readonly value: Decimal;
  /**
   * the same value as the nearest double, where the number has at most 15 digits (so that the double
   * determines it), else NaN: the floating-point pre-checks of judge and of the consistency checks
   * (facts/approx.ts), which leave NaN to decimal.js
   */
  number: number;
  /** decimals as stated ("113.6" → 1) */
  decimals: number;
  unit: FigureUnit;
  kind: FigureKind;
  /** written with thousands separators */
  grouped: boolean;
  /** written with full-width digits */
  fullWidth: boolean;
  /** written with a minus sign (-267.94, －7.83%): a decrease in a signed column */
  negative: boolean;
  /**
   * one of two amounts run together at their second decimal (681,715.08681,765.08 万元: a PDF printed with
   * its tracked changes shows the struck figure before the new one, and the text layer has no line through
   * it): which of the two, and the other one. Neither is judged: which one the text says is not known.
   */
  glued?: { which: 'first' | 'second'; other: Figure };
  /** written in Chinese numerals (十二辆, 百分之十八点五): a fix writes the value back so, never in digits */
  chinese?: true;
  /**
   * a share said in words (近五成, 九成以上, 过半, 三分之二): the shares in % the words may cover by any reading, and
   * `value` their nominal share (50, 90, 50, 66.67); never written by a fix
   */
  range?: readonly [number, number];
}

const D = '[0-9０-９]';
const NUMBER = `(?:${D}{1,3}(?:[,，]${D}{3})+|${D}+)(?:[.．]${D}+)?`;
// Longest units first: 万元 before 万, 人次 before 人, 台（套） before 台.
// 万 alone is 万元 shortened (4,340 万), but 3.5 万人 / 2 万册 count people and things, not money, and
// 3.2 万平方米, 5 万公里, 2 万吨 measure them (blind 15L §6).
/** How many 万元 one of an amount's unit is (1 元 = 0.0001 万元): the data's table, with 万 for 万元 shortened. */
export const IN_WAN: Readonly<Record<string, Decimal>> = { ...WAN_PER_UNIT, 万: WAN_PER_UNIT.万元 };

/** What after 万 makes it a count or a measure (3.5 万人, 2 万册, 3.2 万平方米), not 万元 shortened. */
const NOT_AFTER_WAN_CHARS = '人个户家次名册件台套辆份亩株平公吨米立千瓦';
const UNIT = `亿元|万元|千元|元|万(?![${NOT_AFTER_WAN_CHARS}])|[%％]|个?百分点|人次|批次|批(?![准复示转次])|个|辆|台[（(]套[)）]|台|套|次|人|项|家|分`;
// A number may follow a comma right after another (各是 4,340.16,4,340.16 万元 once spaces are gone).
// No look-behind: it would be tried at every character. What may not stand before a number
// (a digit, a decimal point, a Latin letter: 3.5.1, H5) is checked on each match instead.
const FIGURE = new RegExp(`(${NUMBER})(?![0-9０-９])([ \\t\\u00a0\\u3000]*)(${UNIT})?`, 'gu');
const NOT_BEFORE_A_NUMBER = new Uint8Array(0x10000);
for (const c of '0123456789０１２３４５６７８９.．ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') NOT_BEFORE_A_NUMBER[c.charCodeAt(0)] = 1;

const UNIT_KIND: Record<string, FigureKind> = {
  '亿元': 'amount', '万元': 'amount', '千元': 'amount', '元': 'amount', '万': 'amount',
  '%': 'percent', '％': 'percent', '个百分点': 'points',
  '人次': 'count', '批次': 'count', '批': 'count', '个': 'count', '辆': 'count', '台（套）': 'count', '台': 'count', '套': 'count',
  '次': 'count', '人': 'count', '项': 'count', '家': 'count',
  '分': 'score',
};

/** Has the text a full-width digit (０–９)? A loop over a figure's few characters, not a regex per figure. */
function hasFullWidthDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isFullWidthDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Has the text a thousands separator (, or ，)? */
function hasSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c) return true;
  }
  return false;
}

/** A number as the scan matched it (NUMBER) in ASCII digits and point: most figures are written so already. */
function normaliseNumber(text: string, fullWidth: boolean, grouped: boolean): string {
  if (!fullWidth && !grouped && !text.includes('．')) return text;
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, '')
    .replace('．', '.');
}

function normaliseUnit(unit: string): FigureUnit {
  if (unit === '％') return '%';
  if (unit === '百分点') return '个百分点';
  // 接待国内公务来访 15 批: 批次 said short.
  if (unit === '批') return '批次';
  // UNIT matches 台, 套 and 台（套） with either kind of bracket, the only four-character unit.
  if (unit === '台' || unit === '套' || (unit.length === 4 && unit[0] === '台')) return '台（套）';
  return unit as FigureUnit;
}

/** Is the number at [start, end) a year, a date part, an ordinal or a threshold rather than a figure? */
function notAFigure(text: string, start: number, end: number, unit: string): boolean {
  // `end` is past the unit when there is one.
  const after = text.slice(end, end + 8);
  const before = text.slice(Math.max(0, start - 6), start);
  // 第 3 项, 图 1, 表 2, 附件 3: ordinals and references, not figures
  if (/(?:第|图|表|附件|附表|图表)\s*$/u.test(before) && (unit === '' || UNIT_KIND[unit] === 'count')) return true;
  if (!unit) {
    // 公开08表: a table's number
    if (/^\s*表/u.test(after)) return true;
    // 3.2 万平方米, 120 公里, 5 吨: a measure, of nothing the data holds (blind 15L §6: read as money)
    if (/^\s*万?(?:平方米|平方公里|平米|公里|公顷|公斤|吨|立方米|千瓦|米)/u.test(after)) return true;
    // 2024 年度 / 2024年 / 12 月 31 日 / 第 3 季度
    if (/^\s*(年|月|日|号|时|季度|周岁|岁|月份)/u.test(after)) return true;
    // 1、 1. 1．(list ordinals) — a point not followed by a digit
    if (/^[、．.](?![0-9０-９])/u.test(after)) return true;
    // (1) （1） ①
    if (/[（(]\s*$/u.test(before) && /^\s*[)）]/u.test(after)) return true;
    // 云财农〔2024〕28 号, 鲁财预[2024]5号: the year of a document's number
    if (/[〔［[【（(]\s*$/u.test(before) && /^\s*[〕］\]】）)]\s*(?:第\s*)?\d+\s*号/u.test(after)) return true;
    // 2020-2024 年, 2021---2035 年 (pandoc's dashes), 1—12 月: the start of a span of years, months or days
    if (/^(?:19|20)\d\d$/u.test(text.slice(start, end)) && /^\s*(?:[-－—–~～]{1,3}|至|到)\s*(?:19|20)\d\d/u.test(after)) return true;
    if (/^\s*(?:[-－—–~～]{1,3}|至|到)\s*\d{1,2}\s*[月日]/u.test(after) && /^\d{1,2}$/u.test(text.slice(start, end))) return true;
    // 1.2130101行政运行, 1.2130101-行政运行 (Word's numbering, no space): a list number, then a 5- or 7-digit code
    // of the functional (2…) or economic (3…) classification before a name — neither is a figure; the code names the 项.
    if (/^\d{1,2}[.．][23]\d{4}(?:\d{2})?$/u.test(text.slice(start, end)) && /^\s*(?:[-－—]\s*)?[\u4e00-\u9fff]/u.test(after) && !/^\s*(?:年|月|日)/u.test(after)) return true;
    // 1、2070101 行政运行: the list number before such a code
    if (/^\d{1,2}$/u.test(text.slice(start, end)) && /^[、][23]\d{4}(?:\d{2})?(?![0-9])\s*(?:[-－—]\s*)?[\u4e00-\u9fff]/u.test(text.slice(end, end + 12))) return true;
    // 2010301 行政运行, 20109-海关事务: a subject code (3, 5 or 7 digits) before a name is not a figure
    if (/^\d{3}(?:\d{2}){0,2}$/u.test(text.slice(start, end)) && /^\s*(?:[-－—]\s*)?[\u4e00-\u9fff]/u.test(after) && !/^\s*(?:年|月|日)/u.test(after)) return true;
  } else if (UNIT_KIND[unit] === 'amount') {
    // 单价 100 万元（含）以上设备: a threshold in a definition
    if (/^[（(]含[)）]?\s*以[上下]|^以[上下]/u.test(after)) return true;
  }
  return false;
}

/** Is the figure 0? By its double where it has one (as all but numbers of over 15 digits do): no Decimal needed. */
export function isZeroFigure(figure: Figure): boolean {
  return Number.isNaN(figure.number) ? figure.value.isZero() : figure.number === 0;
}

/** Is the figure over 100 (a share or a score)? Likewise: a double of 15 digits or fewer orders as its number does. */
export function isOverHundred(figure: Figure): boolean {
  return Number.isNaN(figure.number) ? figure.value.gt(100) : figure.number > 100;
}

/**
 * A figure as the reader found it. Its Decimal is made on first use: the doubles decide most
 * verdicts (facts/approx.ts), and a Decimal for every figure of a document was a tenth of reading it.
 * Every figure is of this class, in the same shape, through the whole pipeline.
 */
export class ScannedFigure implements Figure {
  readonly number: number;
  readonly decimals: number;
  private exact: Decimal | undefined;

  constructor(
    public start: number,
    public end: number,
    public numberStart: number,
    public numberEnd: number,
    public numberText: string,
    /** the number as plain ASCII digits and point (4340.16) */
    private readonly digits: string,
    public unit: FigureUnit,
    public kind: FigureKind,
    public grouped: boolean,
    public fullWidth: boolean,
    public negative: boolean,
  ) {
    const dot = digits.indexOf('.');
    this.number = digits.length - (dot < 0 ? 0 : 1) <= 15 ? Number(digits) : Number.NaN;
    this.decimals = dot < 0 ? 0 : digits.length - dot - 1;
  }

  range?: readonly [number, number];
  glued?: { which: 'first' | 'second'; other: Figure };
  chinese?: true;

  get value(): Decimal {
    return (this.exact ??= new Decimal(this.digits));
  }

  /** The same number at other offsets, as written there (the reader maps compact offsets to the block's). */
  placed(start: number, end: number, numberStart: number, numberEnd: number, numberText: string): ScannedFigure {
    const copy = new ScannedFigure(start, end, numberStart, numberEnd, numberText, this.digits, this.unit, this.kind, this.grouped, hasFullWidthDigit(numberText), this.negative);
    copy.exact = this.exact;
    if (this.range) copy.range = this.range;
    if (this.glued) copy.glued = this.glued;
    if (this.chinese) copy.chinese = true;
    return copy;
  }

  /** The same number with another unit: a bare number in a list takes the unit of the next (27、621 人次). */
  withUnit(unit: FigureUnit, kind: FigureKind): ScannedFigure {
    const copy = new ScannedFigure(this.start, this.end, this.numberStart, this.numberEnd, this.numberText, this.digits, unit, kind, this.grouped, this.fullWidth, this.negative);
    copy.exact = this.exact;
    if (this.range) copy.range = this.range;
    if (this.glued) copy.glued = this.glued;
    if (this.chinese) copy.chinese = true;
    return copy;
  }
}

// What a reference mark may follow: a figure's last digit, its unit or %.
const BEFORE_A_MARK = new RegExp(`(?:[0-9０-９]|${UNIT})$`, 'u');

/**
 * Is the number at [start, end) a footnote or reference mark — `[^2]`, `[2]` or pandoc's `^2^` —
 * right after a figure, its unit or %? remark makes `[^2]` a footnote reference only where the
 * file defines it; an undefined one (LibreOffice's export, Word pasted) stays text, and its
 * number is never a figure (blind 11L B1: `增加101.40万元[^2]` was read as 增加 2 and fixed to [^101]).
 */
function isReferenceMark(text: string, start: number, end: number): boolean {
  const close = text.charCodeAt(end);
  let open = start - 1;
  if (close === 93 /* ] */) {
    if (text.charCodeAt(open) === 94 /* ^ */) open--;
    if (text.charCodeAt(open) !== 91 /* [ */) return false;
  } else if (close === 94 /* ^ */) {
    if (text.charCodeAt(open) !== 94) return false;
  } else {
    return false;
  }
  return BEFORE_A_MARK.test(text.slice(Math.max(0, open - 8), open).trimEnd());
}

/** An amount as written to the cent, ASCII (4,340.16, 4340.16): each half of two run together. */
const CENT_AMOUNT = /^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\.[0-9]{2}$/u;
const AMOUNT_UNITS = ['亿元', '万元', '千元', '元'] as const;
const NOT_AFTER_WAN = new Set([...NOT_AFTER_WAN_CHARS]);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Two amounts run together at the second decimal of the first (681,715.08681,765.08 万元, 1,111.1125,190.23):
 * no single number has two decimal points, and an amount is written to two decimals. The unit after the
 * second is both's. Scanned by hand from each point with three digits after it (a pattern tried at every
 * position would be polynomial).
 */
function gluedAmounts(text: string): ScannedFigure[] {
  const out: ScannedFigure[] = [];
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const split = dot + 3;
    if (!isDigit(text.charCodeAt(dot + 1)) || !isDigit(text.charCodeAt(dot + 2)) || !isDigit(text.charCodeAt(split))) continue;
    let start = dot;
    while (start > 0 && (isDigit(text.charCodeAt(start - 1)) || text[start - 1] === ',')) start--;
    if (start > 0 && NOT_BEFORE_A_NUMBER[text.charCodeAt(start - 1)] === 1) continue;
    let point = split;
    while (point < text.length && (isDigit(text.charCodeAt(point)) || text[point] === ',')) point++;
    const end = point + 3;
    if (text[point] !== '.' || !isDigit(text.charCodeAt(point + 1)) || !isDigit(text.charCodeAt(point + 2)) || isDigit(text.charCodeAt(end))) continue;
    const first = text.slice(start, split);
    const second = text.slice(split, end);
    if (!CENT_AMOUNT.test(first) || !CENT_AMOUNT.test(second)) continue;
    let after = end;
    while (after < end + 4 && /[ \t\u00a0\u3000]/u.test(text[after] ?? '')) after++;
    let unit: string = AMOUNT_UNITS.find((u) => text.startsWith(u, after)) ?? '';
    if (!unit && text[after] === '万' && !NOT_AFTER_WAN.has(text[after + 1] ?? '')) unit = '万';
    const kind: FigureKind = unit ? 'amount' : 'bare';
    const a = new ScannedFigure(start, split, start, split, first, first.replace(/,/gu, ''), normaliseUnit(unit), kind, first.includes(','), false, false);
    const b = new ScannedFigure(split, unit ? after + unit.length : end, split, end, second, second.replace(/,/gu, ''), normaliseUnit(unit), kind, second.includes(','), false, false);
    a.glued = { which: 'first', other: b };
    b.glued = { which: 'second', other: a };
    out.push(a, b);
    dot = point;
  }
  return out;
}

export function scanFigures(text: string): ScannedFigure[] {
  const figures: ScannedFigure[] = [];
  const glued = gluedAmounts(text);
  let g = 0;
  for (const m of execAll(FIGURE, text)) {
    // A match inside two amounts run together: they are read as two (gluedAmounts).
    while (g < glued.length && glued[g]!.end <= m.index!) figures.push(glued[g++]!);
    if (g < glued.length && glued[g]!.start < m.index! + m[0].length && m.index! < glued[g]!.end) continue;
    if (m.index > 0 && NOT_BEFORE_A_NUMBER[text.charCodeAt(m.index - 1)] === 1) continue;
    if (m.index > 0 && isReferenceMark(text, m.index!, m.index! + m[1]!.length)) continue;
    const numberText = m[1]!;
    const space = m[2] ?? '';
    let unit = m[3] ?? '';
    const numberStart = m.index!;
    const numberEnd = numberStart + numberText.length;
    if (notAFigure(text, numberStart, numberEnd + (unit ? space.length + unit.length : 0), unit)) continue;
    const grouped = hasSeparator(numberText);
    const fullWidth = hasFullWidthDigit(numberText);
    const normalised = normaliseNumber(numberText, fullWidth, grouped);
    const kind = unit ? UNIT_KIND[normaliseUnit(unit)] ?? UNIT_KIND[unit]! : 'bare';
    if (!unit) unit = '';
    // A minus sign right before the number, not a hyphen between two numbers.
    const sign = text[numberStart - 1];
    const negative = (sign === '-' || sign === '－' || sign === '−') && !/[0-9０-９]/u.test(text[numberStart - 2] ?? '');
    figures.push(new ScannedFigure(
      numberStart, unit ? numberEnd + space.length + unit.length : numberEnd, numberStart, numberEnd, numberText,
      normalised, normaliseUnit(unit), kind, grouped, fullWidth, negative,
    ));
  }
  while (g < glued.length) figures.push(glued[g++]!);
  const words = shareWords(text);
  const chinese = chineseFigures(text);
  return words.length === 0 && chinese.length === 0 ? figures : [...figures, ...words, ...chinese].sort((a, b) => a.start - b.start);
}

/**
 * Counts and rates in Chinese numerals (blind 15L §4): 十二辆, 团组五个, 八人次, 两辆, 百分之十八点五. A count only
 * before a unit of things counted (个, 辆, 人次, 批次, 台（套）, 项, 家 — not 次 or 人, which make words: 一次性,
 * 一人一档), and 一 alone only before 辆, 人次, 批次, 台（套）(一个, 一项 are articles as often as counts); never after
 * 第, 每 and the like (第三个, 每两个), nor inside a run of numerals the parser does not read.
 */
const CHINESE_COUNT = /([〇零一二两三四五六七八九十百千]{1,8})(人次|批次|个(?!百分点)|辆|台[（(]套[)）]|台|套|项|家)/gu;
const CHINESE_PERCENT = /百分之([〇零一二两三四五六七八九十百]{1,6}(?:点[〇零一二三四五六七八九]{1,4})?)/gu;
const NOT_BEFORE_A_COUNT = /[第每其唯单逐之这那某哪几数约近多〇零一二两三四五六七八九十百千万0-9０-９]$/u;
const ONE_ALONE = new Set(['个', '项', '家', '套']);
/** The nouns a count in 个 (项, 家) is of where the data holds it: 团组五个, 两个团组, 十二个项目. */
const COUNTED_BEFORE = /(?:团组|项目|单位)(?:共|数|数量)?(?:为|是|有|共计|合计|计)?$/u;
const COUNTED_AFTER = /^(?:团组|项目|预算项目|一级项目|二级项目|单位)/u;
/** The characters one of which a text must hold to have a figure in Chinese numerals. */
const CHINESE_NUMERAL_CHARS = /[一二两三四五六七八九十]/u;

function chineseFigures(text: string): ScannedFigure[] {
  if (!CHINESE_NUMERAL_CHARS.test(text)) return [];
  const out: ScannedFigure[] = [];
  for (const m of execAll(CHINESE_COUNT, text)) {
    const words = m[1]!;
    const start = m.index!;
    if (start > 0 && NOT_BEFORE_A_COUNT.test(text.slice(start - 1, start))) continue;
    if (words === '一' && ONE_ALONE.has(m[2]!)) continue;
    // 两个责任, 四个意识, 三个务必: 个 (项, 家) counts words as often as things — read only beside a noun the data counts.
    if (ONE_ALONE.has(m[2]!) && !COUNTED_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && !COUNTED_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 4))) continue;
    const value = parseChineseInteger(words);
    if (value === undefined || value === 0) continue;
    const unit = normaliseUnit(m[2]!);
    const figure = new ScannedFigure(start, start + m[0].length, start, start + words.length, words, String(value), unit, 'count', false, false, false);
    figure.chinese = true;
    out.push(figure);
  }
  if (text.includes('百分之')) {
    for (const m of execAll(CHINESE_PERCENT, text)) {
      const value = parseChineseDecimal(m[1]!);
      if (value === undefined) continue;
      const numberStart = m.index! + 3;
      const figure = new ScannedFigure(m.index!, m.index! + m[0].length, numberStart, numberStart + m[1]!.length, m[1]!, value, '%', 'percent', false, false, false);
      figure.chinese = true;
      out.push(figure);
    }
  }
  return out;
}

const NUMERAL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NEAR = '近|接近|将近|约|大约|超过|逾|超|不到|不足';
/**
 * A share in words right after 占 / 占比 / 比重 in its clause: 近五成, 九成多, 超过八成, 过半, 一半以上, 三分之二 (blind 13R §6).
 * Groups: 1 the word before, 2 the tenths, 3 the word after; 4, 5 of 一半; 6 过半; 7, 8, 9, 10 of a fraction.
 */
const SHARE_WORDS_SOURCE = `(${NEAR})?([一二三四五六七八九])成(多|以上|左右)?|(${NEAR})?(?:一半|半数)(以上|多|左右)?|(过半)(?:数)?`
  + `|(${NEAR})?([二三四五六七八九十])分之([一二三四五六七八九])(以上|多|左右)?`;
const SHARE_BEFORE = /(?:占|占比|比重|比例)[^，。；,;:：%]{0,24}$/u;

/**
 * The shares in % a share in words may cover, by any reading: 近 below its nominal share (by up to 10 points),
 * 多 / 以上 / 超过 above it, 约 / 左右 / none either side, 不到 anywhere below; a point of slack at the near end.
 */
function wordRange(nominal: number, before: string | undefined, after: string | undefined): [number, number] {
  if (after === '以上' || before === '超过' || before === '逾' || before === '超' || before === '过半') return [nominal - 1, 100];
  if (after === '多') return [nominal - 1, nominal + 10];
  if (before === '近' || before === '接近' || before === '将近') return [nominal - 10, nominal + 1];
  if (before === '不到' || before === '不足') return [0, nominal + 1];
  return [nominal - 10, nominal + 10];
}

/** The share words tried at one position only (sticky): see shareWordMatches. */
const SHARE_WORDS_AT = new RegExp(SHARE_WORDS_SOURCE, 'uy');
/** What every match of the share words holds within its first four units. */
const SHARE_ANCHORS = ['成', '半', '分之'];

/**
 * The matches of the share words in `text`, as a whole-text scan would give them, tried only just before its anchors.
 * Every match holds 成, 半 or 分之 within its first four units (a word before of at most two, a
 * numeral), so none starts before the first anchor less three: the scan jumps there, tries the few
 * positions up to the anchor, and goes on past it. A whole-text scan of the pattern (optional
 * words before, alternatives) cost a third of reading a document's figures.
 */
function shareWordMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  // Each anchor's next place at or after `from` (-1: none left), looked for again only once passed.
  const next = SHARE_ANCHORS.map((a) => text.indexOf(a));
  let from = 0;
  for (;;) {
    let anchor = -1;
    for (let k = 0; k < 3; k++) {
      if (next[k]! >= 0 && next[k]! < from) next[k] = text.indexOf(SHARE_ANCHORS[k]!, from);
      if (next[k]! >= 0 && (anchor < 0 || next[k]! < anchor)) anchor = next[k]!;
    }
    if (anchor < 0) return matches;
    let m: RegExpExecArray | null = null;
    for (let at = Math.max(from, anchor - 3); at <= anchor && !m; at++) {
      SHARE_WORDS_AT.lastIndex = at;
      m = SHARE_WORDS_AT.exec(text);
    }
    if (m) {
      matches.push(m);
      from = m.index + m[0].length;
    } else {
      from = anchor + 1;
    }
  }
}

function shareWords(text: string): ScannedFigure[] {
  if (!text.includes('成') && !text.includes('半') && !text.includes('分之')) return [];
  const out: ScannedFigure[] = [];
  for (const m of shareWordMatches(text)) {
    const start = m.index!;
    if (!SHARE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    // A digit after (五成5) is no word of a share; nor is a tenth with its hundredths (九成五: 95%, 不到九成五).
    if (/[0-9０-９一二三四五六七八九]/u.test(text[start + m[0].length] ?? '')) continue;
    let nominal: number;
    let range: [number, number];
    if (m[2]) {
      nominal = NUMERAL[m[2]]! * 10;
      range = wordRange(nominal, m[1], m[3]);
    } else if (m[7] || m[8]) {
      const whole = NUMERAL[m[8]!]!;
      const part = NUMERAL[m[9]!]!;
      if (part >= whole) continue;
      nominal = Math.round((10000 * part) / whole) / 100;
      range = wordRange(nominal, m[7], m[10]);
    } else {
      nominal = 50;
      range = m[6] ? wordRange(50, '过半', undefined) : wordRange(50, m[4], m[5]);
    }
    const end = start + m[0].length;
    const figure = new ScannedFigure(start, end, start, end, m[0], String(nominal), '%', 'percent', false, false, false);
    figure.range = [Math.max(0, range[0]), Math.min(100, range[1])];
    out.push(figure);
  }
  return out;
}
