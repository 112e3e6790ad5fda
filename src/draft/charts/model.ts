/**
 * The charts a draft may carry, as data: which facts each one shows, under
 * which labels. Every figure on a chart is a fact of the catalog, formatted as
 * the prose formats it (formatAmount, formatPercent), so a chart and the
 * sentence beside it cannot disagree; a slice's share is the share fact the
 * prose states. A chart whose facts are missing, or all zero, is not made.
 *
 * The same model gives the chart's alt text, which states its figures in
 * words the linter reads (lint checks them like prose), and the SVG (svg.ts).
 */
import type { Change, Fact, Share } from '../../facts/fact.js';
import type { Part3Facts } from '../../facts/catalog.js';
import { formatAmount, formatPercent } from '../../format/number.js';

export const CHART_IDS = [
  'grand-total',
  'income-structure',
  'expenditure-structure',
  'fiscal-total',
  'gpb-change',
  'gpb-structure',
  'san-gong',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** A bar: an amount fact under a label. */
export interface Bar {
  label: string;
  amount: Fact;
  /** the words before its figure in the alt text, which the linter reads as it reads prose: 上年决算数为 */
  says: string;
}

/** Bars side by side in groups (years, or budget against actual), one series per bar of a group. */
export interface BarChart {
  kind: 'bars';
  id: ChartId;
  title: string;
  /** the series, in the order each group shows them (e.g. 2023 年度, 2024 年度) */
  series: string[];
  groups: Array<{ label: string; bars: Bar[] }>;
  /** the order the alt text states a group's bars in (this year first) */
  altOrder: number[];
}

/** A whole and its parts, each with the share the prose states. */
export interface PieChart {
  kind: 'pie';
  id: ChartId;
  title: string;
  whole: Fact;
  /** what the whole is called in the alt text: 本年收入合计 */
  wholeName: string;
  /** each part: its label on the chart, and its name in the alt text (as the prose names it: 一般公共服务支出（类）) */
  slices: Array<{ label: string; says: string; share: Share }>;
}

export type ChartModel = BarChart | PieChart;

const isZeroOrMissing = (f: Fact) => f.value === undefined || f.value.isZero();
const isMissing = (f: Fact) => f.value === undefined;

/** A year against the year before: left out when either year is missing or both are zero. */
function yearOnYear(id: ChartId, title: string, change: Change, subject: string, p: Part3Facts): BarChart | undefined {
  if (isMissing(change.base) || isMissing(change.current)) return undefined;
  if (isZeroOrMissing(change.base) && isZeroOrMissing(change.current)) return undefined;
  const previous = `${p.previousYear} 年度`;
  const current = `${p.year} 年度`;
  return {
    kind: 'bars', id, title, series: [previous, current],
    groups: [{ label: subject, bars: [
      { label: previous, amount: change.base, says: '上年决算数为' },
      { label: current, amount: change.current, says: `${current}${subject}` },
    ] }],
    altOrder: [1, 0],
  };
}

/** The parts with an amount, of a whole that is not zero. */
function structure(
  id: ChartId, title: string, whole: Fact, wholeName: string, parts: Array<{ name: string; says?: string; share: Share }>,
): PieChart | undefined {
  if (isZeroOrMissing(whole)) return undefined;
  const slices = parts.filter((x) => !isZeroOrMissing(x.share.part) && x.share.rate.value !== undefined)
    .map((x) => ({ label: x.name, says: x.says ?? x.name, share: x.share }));
  return slices.length === 0 ? undefined : { kind: 'pie', id, title, whole, wholeName, slices };
}

/** 一般公共服务支出（类） */
const className = (name: string) => `${name}（类）`;

/** The charts the data supports, by id. */
export function chartModels(p: Part3Facts): Map<ChartId, ChartModel> {
  const out = new Map<ChartId, ChartModel>();
  const add = (model: ChartModel | undefined) => {
    if (model) out.set(model.id, model);
  };
  add(yearOnYear('grand-total', '收、支决算总计变动情况', p.overall.grandTotal, '收、支总计', p));
  add(structure('income-structure', '本年收入决算结构', p.income.total, '本年收入合计', p.income.sources.map((s) => ({ name: s.name, share: s.share }))));
  add(structure('expenditure-structure', '本年支出决算结构', p.expenditure.total, '本年支出合计', p.expenditure.kinds.map((k) => ({ name: k.name, share: k.share }))));
  add(yearOnYear('fiscal-total', '财政拨款收、支决算总计变动情况', p.fiscal.grandTotal, '财政拨款收、支总计', p));
  add(yearOnYear('gpb-change', '一般公共预算财政拨款支出决算变动情况', p.gpb.change, '一般公共预算财政拨款支出', p));
  add(structure('gpb-structure', '一般公共预算财政拨款支出决算结构', p.gpb.total, '一般公共预算财政拨款支出', p.gpb.classes.map((c) => ({ name: c.name, says: className(c.name), share: c.share }))));
  add(sanGong(p));
  return out;
}

/** “三公”经费 by item: the full-year budget, this year's actual, and last year's where the data has it. */
function sanGong(p: Part3Facts): BarChart | undefined {
  const s = p.sanGong;
  const items = [
    { label: '因公出国（境）费', completion: s.abroad, change: s.comparisons.abroad.change },
    { label: '公务用车购置及运行维护费', completion: s.vehicles, change: s.comparisons.vehicles.change },
    { label: '公务接待费', completion: s.reception, change: s.comparisons.reception.change },
  ];
  const withPrevious = items.every((i) => i.change !== undefined && !isMissing(i.change.base));
  const budget = '全年预算数';
  const actual = `${p.year} 年度决算数`;
  const previous = `${p.previousYear} 年度决算数`;
  const groups = items.map((i) => ({
    label: i.label,
    bars: [
      { label: budget, amount: i.completion.budget, says: `${i.label}全年预算数` },
      ...(withPrevious ? [{ label: previous, amount: i.change!.base, says: '上年决算数为' }] : []),
      { label: actual, amount: i.completion.actual, says: '决算数' },
    ],
  }));
  if (groups.some((g) => g.bars.some((b) => isMissing(b.amount)))) return undefined;
  if (groups.every((g) => g.bars.every((b) => isZeroOrMissing(b.amount)))) return undefined;
  return {
    kind: 'bars', id: 'san-gong', title: '“三公”经费支出决算情况',
    series: withPrevious ? [budget, previous, actual] : [budget, actual],
    groups, altOrder: withPrevious ? [0, 2, 1] : [0, 1],
  };
}

/** 4,340.16 万元 */
export const amountLabel = (f: Fact): string => `${formatAmount(f.value!)} 万元`;
/** 99.5% */
export const shareLabel = (share: Share): string => `${formatPercent(share.rate.value!)}%`;

/** 图1 收、支决算总计变动情况 */
export function caption(number: number, model: ChartModel): string {
  return `图${number} ${model.title}`;
}

/**
 * The chart's figures in a sentence the linter reads as it reads the prose:
 * 图1 收、支决算总计变动情况：2024 年度收、支总计 4,340.16 万元，上年决算数为 4,694 万元。
 */
export function chartAltText(model: ChartModel, number: number): string {
  const head = `${caption(number, model)}：`;
  if (model.kind === 'pie') {
    return `${head}${model.wholeName} ${amountLabel(model.whole)}，其中：${model.slices
      .map((s) => `${s.says} ${amountLabel(s.share.part)}，占 ${shareLabel(s.share)}`).join('；')}。`;
  }
  return `${head}${model.groups.map((g) => model.altOrder.map((k) => g.bars[k]!).map((b) => `${b.says} ${amountLabel(b.amount)}`).join('，')).join('；')}。`;
}
