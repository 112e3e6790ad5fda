/**
 * What the claim reader produces: claims about figures and words, each with
 * the subject it is said of and what in the text pinned that subject.
 */
import type { Figure } from '../figures.js';
import type { AbsentMeasure, BaseKind, BudgetKind, Coverage } from '../lexicon.js';
import type { Span } from '../reader.js';
import type { SectionKind, Topic, TopicIndex } from '../topics/index.js';

/** 其余项目, 其他各项: words said of the items not named before */
export const REST_ITEMS = /^其(?:余|他|它)/u;

export type Role =
  | 'amount' | 'share' | 'change' | 'change-rate' | 'budget' | 'actual' | 'completion'
  | 'previous' | 'count' | 'score' | 'grade-count' | 'bare'
  /** 占比较上年提高 0.64 个百分点: this year's share against last year's, in points */
  | 'share-change';

/**
 * What pinned a figure to its subject: a name in its sentence (or a 分别 list, a table row),
 * the subject carried in from the block before (a list title), or only the section's topic —
 * a guess, which may make a figure unverified but never wrong.
 */
export type Pin = 'name' | 'carried' | 'cue' | 'default' | 'none';

/** The year that makes a figure another period's, where it stands, and whether it bounds a span (2023 年以来). */
export interface OtherYear {
  year: number;
  span: Span;
  since: boolean;
  /** 2023 年末，… : the end of that year, a time the data holds no stock at (its year is no comparison's) */
  end?: boolean;
}

export interface FigureClaim {
  kind: 'figure';
  /** the block the figure stands in */
  block: number;
  figure: Figure;
  role: Role;
  /** the subject, as the reader understood it */
  topic: Topic | undefined;
  /** topics mentioned earlier in the paragraph, nearest first (for counts whose noun stands further back) */
  recent: Topic[];
  base: BaseKind;
  /** the name right before the figure that no topic knows (其中：机要用车 0 辆): the figure is not the subject's */
  unknownName?: string;
  /**
   * said of a name no topic holds, the n-th of its block (行政运行（项）… where the data has none): the figures of one
   * such name go together, those of the next name (…；其他事务支出（项）…) are another subject's
   */
  unheldAt?: number;
  /** its clause makes it another quantity (人均机关运行经费, 其余各类用车): those words; no fact of the data is meant */
  otherQuantity?: string;
  /** …said as a part of this subject (节能环保（类）…其中基本支出), which the data does not break down so */
  partOf?: string;
  /** …a name several subjects of the data bear (行政运行 in two 款): their labels */
  among?: string[];
  /** the year an other-year base names (比 2019 年（疫情前）决算数减少…) */
  baseYear?: number;
  budget: BudgetKind;
  /** the whole named after 占 (占本年支出合计的 X%) */
  wholeTopic: string | undefined;
  /** the direction word in front of a change, with where it stands */
  direction: { direction: 'up' | 'down'; span: Span; text: string } | undefined;
  grade: string | undefined;
  section: SectionKind | undefined;
  /** index of the sentence in the block, for grouping */
  sentence: number;
  /** the cue as written in front of the figure (完成年初预算的, 下降), for messages */
  cueText: string | undefined;
  /** how the text pinned the subject */
  pin: Pin;
  /** the other topics the subject's name may mean (a 类 of 公开03表 and of 05表, with no section to say) */
  rivals?: Topic[];
  /**
   * a share with no whole named, of a part after 其中 whose whole (财政拨款收支总计 X。其中，一般公共预算财政拨款收入 Y，占 P%)
   * is none of the part's usual wholes: the whole just named is one reading, the usual whole the other
   */
  partWhole?: Topic;
  /** a rate written without its %: 增长 13.95 */
  missingPercent?: boolean;
  /** a multiple (增长 1.56 倍, 是上年的 2.56 倍): no fact of the data, never a rate missing its % */
  multiple?: boolean;
  /** a word beside it says it is approximate (约, 近, 超过, 左右): never an error of the data, never fixed */
  approximate?: string;
  /** one figure said of several names (A、B 均为 0): an error needs the writer, never a fix */
  shared?: boolean;
  /** stated inside a reason (主要原因是…) that names no subject of its own: about the reason's matter, which no fact holds */
  ofReason?: boolean;
  /** said of the sum of these names (事业收入和其他收入两项合计 X): no fact of the data is that sum */
  sumOf?: Topic[];
  /** …and the words say which names (A和B合计, 两项合计, a 分别 list), not only the amounts stated before it */
  sumPinned?: boolean;
  /** said of last year by the words before it (2024年度为 X, （2024 年度：X）): never this year's figure */
  lastYear?: boolean;
  /** …said of last year and this together (2023年、2024年…均为 X): last year's reading, beside this year's */
  bothYears?: true;
  /** last year's share stated as the base of the change after it (比重较上年的 72.89% 下降 0.23 个百分点) */
  previousShare?: true;
  /** 绩效自评覆盖率 100%: a coverage of performance management, whose and of what as the words say */
  coverage?: Coverage;
  /**
   * this year's figure after last year's in its sentence (由上年的 30.02% 上升到 30.66%): `direction` is the word
   * between them, the direction of the change from the one to the other
   */
  fromPrevious?: boolean;
  /**
   * said of another period by the year before it in its clause: a year the data does not hold (2022 年，…支出 X in a
   * 2024 document) or a span of years (2023 年以来累计…): never checked as this year's figure
   */
  otherYear?: OtherYear;
  /** compact text right before and after the figure (the counted noun: 3 个项目, 项目 3 个) */
  before: string;
  after: string;
}

export interface WordClaim {
  /** conflict: a direction word and a no-change word said of the same thing in one sentence */
  kind: 'flat' | 'comparison' | 'conflict' | 'direction';
  span: Span;
  text: string;
  topic: Topic | undefined;
  base: BaseKind;
  budget: BudgetKind;
  comparison?: 'greater' | 'less' | 'equal' | 'at-most' | 'at-least';
  /** direction: the way a direction word with no figure (较上年增长。) says the subject moved */
  direction?: 'up' | 'down';
  /** 基本持平 allows a small difference */
  approximately: boolean;
  /** said of the items not named (其余项目决算数小于或等于年初预算数): of no one subject, not even the paragraph's only one */
  rest?: true;
  /** said of a name no topic holds (see FigureClaim.unheldAt) */
  unheldAt?: number;
  section: SectionKind | undefined;
  sentence: number;
}

/** A reason sentence whose direction words (…资金减少) can be set against the change it explains. */
export interface ReasonClaim {
  kind: 'reason';
  /** the direction of what is explained, as the text states it */
  explains: 'up' | 'down';
  words: Array<{ direction: 'up' | 'down'; span: Span; text: string }>;
  /** the reason compares with another period (上年…增加): its words say nothing about this change */
  otherPeriod: boolean;
}

export interface BaseYearClaim {
  kind: 'base-year';
  span: Span;
  text: string;
  year: number;
  base: BaseKind;
}

/** 本年度无因公出国（境）费支出: each named fact is 0 — the negation word, and the subjects it names. */
export interface AbsenceClaim {
  kind: 'absence';
  span: Span;
  text: string;
  topics: Topic[];
  measure: AbsentMeasure;
  /** this year's figure, or last year's (2023年无… in a 2024 document) */
  period: 'current' | 'previous';
}

export type Claim = FigureClaim | WordClaim | BaseYearClaim | ReasonClaim | AbsenceClaim;

/** Choose among topics of the same name: those at home in this section first. */
export function pickTopic(index: TopicIndex, ids: string[], section: SectionKind | undefined): Topic | undefined {
  const topics = ids.map((id) => index.topics.get(id)!);
  if (section) {
    const home = topics.find((t) => t.sections.includes(section));
    if (home) return home;
  }
  return topics[0];
}

export interface ReadContext {
  index: TopicIndex;
  /** the data's year */
  year: number;
  section: SectionKind | undefined;
  /** the subject carried in from the block before (a list item's title paragraph) */
  carried: Topic | undefined;
}
