/**
 * The nine tables as accounts software lays them out in a workbook: the
 * header columns of each table as paths of header texts (a path's first
 * element is the top header cell, merged over the columns that share it),
 * and the fixed line lists of the two-sided tables 01 and 04. The writer
 * (write.ts) lays headers out from these paths; the reader (read.ts) finds
 * the columns by their header text as every other source's are found
 * (src/import/grid.ts), and takes the data file's column labels from here.
 */
import {
  SPENDING_LABELS, T01_EXPENDITURE_LABELS, T01_INCOME_LABELS, T02_LABELS, T03_LABELS, T04_COLUMN_LABELS,
  T04_EXPENDITURE_LABELS, T04_INCOME_LABELS, T07_LABELS, T09_LABELS,
} from '../data/model.js';
import { EXPENDITURE_CLASSES } from '../data/subjects.js';

export type HeaderPath = readonly string[];

/** Header and label text compared as written in any software: full-width forms folded, spaces dropped. */
export const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 11 → 十一, 26 → 二十六: the ordinals of the lines of 01 and 04. */
export function chineseOrdinal(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`}${DIGITS[ones]}`;
}

export const NO_DATA = '本表无数据';
/** A note under a table that has data: the reader takes what follows as its 说明. */
export const NOTE_LABEL = '说明：';

/** The subject tables: 科目编码, 科目名称 under 项目, then one column per label. */
export const SUBJECT_COLUMNS = {
  2: Object.values(T02_LABELS).map((l) => [l]),
  3: Object.values(T03_LABELS).map((l) => [l]),
  5: Object.values(SPENDING_LABELS).map((l) => ['本年支出', l]),
  7: [
    [T07_LABELS.openingBalance], [T07_LABELS.income],
    ['本年支出', '小计'], ['本年支出', T07_LABELS.basic], ['本年支出', T07_LABELS.project],
    [T07_LABELS.closingBalance],
  ],
  8: Object.values(SPENDING_LABELS).map((l) => ['本年支出', l]),
} as const satisfies Record<number, HeaderPath[]>;
export type SubjectTableNumber = keyof typeof SUBJECT_COLUMNS;
export const SUBJECT_LABEL_COLUMNS: HeaderPath[] = [['项目', '科目编码'], ['项目', '科目名称']];

/** The data file's column labels of each subject table. */
export const SUBJECT_LABELS: Record<SubjectTableNumber, readonly string[]> = {
  2: Object.values(T02_LABELS),
  3: Object.values(T03_LABELS),
  5: Object.values(SPENDING_LABELS),
  7: Object.values(T07_LABELS),
  8: Object.values(SPENDING_LABELS),
};

/** 01: 收入 and 支出 sides, 项目 / 行次 / 金额 each. */
export const T01_COLUMNS: HeaderPath[] = [
  ['收入', '项目'], ['收入', '行次'], ['收入', '金额'], ['支出', '项目'], ['支出', '行次'], ['支出', '金额'],
];
export const T04_AMOUNT_COLUMNS = Object.values(T04_COLUMN_LABELS);
export const T04_COLUMNS: HeaderPath[] = [
  ['收入', '项目'], ['收入', '行次'], ['收入', '金额'], ['支出', '项目'], ['支出', '行次'],
  ...T04_AMOUNT_COLUMNS.map((l) => ['支出', l]),
];

/** A line of a two-sided table: its label in the data file, and as printed (with its ordinal). */
export interface SideLine {
  key: string;
  printed: string;
}
const numbered = (labels: readonly string[]): SideLine[] =>
  labels.map((key, i) => ({ key, printed: `${chineseOrdinal(i + 1)}、${key}` }));
const plain = (labels: readonly string[]): SideLine[] => labels.map((key) => ({ key, printed: key }));
const CLASS_NAMES = EXPENDITURE_CLASSES.map((c) => c.name);
const I01 = T01_INCOME_LABELS;
const E01 = T01_EXPENDITURE_LABELS;
const I04 = T04_INCOME_LABELS;
const E04 = T04_EXPENDITURE_LABELS;

/** The two sides of 01 and 04, line by line as published; undefined is an empty line. */
export const T01_SIDES: { income: Array<SideLine | undefined>; expenditure: Array<SideLine | undefined> } = {
  income: [
    ...numbered([I01.gpbAppropriation, I01.govFundAppropriation, I01.soeAppropriation, I01.higherSubsidy, I01.business, I01.operating, I01.affiliated, I01.other]),
    ...Array<undefined>(CLASS_NAMES.length - 8).fill(undefined),
    ...plain([I01.currentTotal, I01.nonFiscalSurplusUsed, I01.openingBalance]), undefined, ...plain([I01.grandTotal]),
  ],
  expenditure: [
    ...numbered(CLASS_NAMES),
    ...plain([E01.currentTotal, E01.surplusDistribution, E01.closingBalance]), undefined, ...plain([E01.grandTotal]),
  ],
};

/** 04's opening balances are printed under 年初财政拨款结转和结余 by their budget kind only. */
const T04_OPENING_LINES: ReadonlyArray<[string, string]> = [
  [I04.openingBalanceGpb, I04.gpb], [I04.openingBalanceGovFund, I04.govFund], [I04.openingBalanceSoe, I04.soe],
];
export const T04_SIDES: { income: Array<SideLine | undefined>; expenditure: Array<SideLine | undefined> } = {
  income: [
    ...numbered([I04.gpb, I04.govFund, I04.soe]),
    ...Array<undefined>(CLASS_NAMES.length - 3).fill(undefined),
    ...plain([I04.currentTotal, I04.openingBalance]),
    ...T04_OPENING_LINES.map(([key, printed]) => ({ key, printed })),
    ...plain([I04.grandTotal]),
  ],
  expenditure: [
    ...numbered(CLASS_NAMES),
    ...plain([E04.currentTotal, E04.closingBalance]), undefined, undefined, undefined, ...plain([E04.grandTotal]),
  ],
};

/** 06: 科目编码 / 科目名称 / 金额 under 人员经费 and under 公用经费. */
export const T06_COLUMNS: HeaderPath[] = ['人员经费', '公用经费'].flatMap((g) => [[g, '科目编码'], [g, '科目名称'], [g, '金额']]);

/** 09: 预算数 and 决算数, each with 公务用车购置及运行维护费 split into 小计 and its two parts. */
export const T09_COLUMNS: HeaderPath[] = ['预算数', '决算数'].flatMap((side) => [
  [side, T09_LABELS.total], [side, T09_LABELS.abroad],
  [side, T09_LABELS.vehicles, '小计'], [side, T09_LABELS.vehicles, T09_LABELS.vehiclePurchase],
  [side, T09_LABELS.vehicles, T09_LABELS.vehicleOperation], [side, T09_LABELS.reception],
]);
