/**
 * Topics (主题): what a sentence of Part 3 talks about — 基本支出, 行政运行（项）,
 * 因公出国（境）费 — with the names prose uses for it, the sections where it is
 * at home, and the facts a figure about it can be: its amount, its share of a
 * whole, its change against a base, its completion against a budget, counts.
 */
import type { Change, Completion, Fact } from '../../facts/fact.js';
import type { Part3Facts, SubjectName } from '../../facts/catalog.js';
import type { FigureUnit } from '../figures.js';
import { normalizeWidth } from '../normalize.js';

/** The kind of a Part 3 section, recognised by its title's keywords, whatever its ordinal. */
export type SectionKind =
  | 'overall' | 'income' | 'expenditure' | 'fiscal' | 'gpb' | 'basic' | 'govFund' | 'soe'
  | 'sanGong' | 'office' | 'procurement' | 'assets' | 'performance';

export interface ShareSlot {
  /** the topic whose amount is the whole; undefined when the whole has no topic of its own */
  wholeTopic: string | undefined;
  fact: Fact;
  /** the share against last year's, in points (占比较上年提高 0.64 个百分点), where the data has last year's */
  change?: Fact;
  /** last year's share (占比由上年的 30.02% 上升到 30.66%), where the data has last year's */
  previous?: Fact;
  /** the whole most likely meant where the words name none, never pinned by 占 P% alone: verified where it agrees */
  reading?: true;
}

export interface CountSlot {
  unit: FigureUnit;
  /** words that select this slot when several share a unit (团组 vs 人次 both fine) */
  keywords: readonly string[];
  fact: Fact;
  /** for grade counts: 优, 良 … */
  grade?: string;
  /**
   * the count the words most likely mean but never pin (公务用车运行维护费 X，主要用于 3 辆…车辆的燃料费: the vehicles
   * held, most likely — some may have been sold or bought during the year): verified where it agrees, else unverified
   */
  reading?: true;
}

export interface Topic {
  id: string;
  label: string;
  /** width-normalised, whitespace-free names */
  names: string[];
  /** those of the names that stand for this topic only in its own sections (公开04表's row labels in 四) */
  localNames?: string[];
  sections: SectionKind[];
  amount?: Fact;
  shares: ShareSlot[];
  /**
   * wholes whose share the data gives only where the words name the whole (a 项 占一般公共预算财政拨款支出的 P%):
   * 占 P% alone may be of the 类, the 款 or the scope's total
   */
  namedWholes?: readonly string[];
  changes: { 'previous-year'?: Change; budget?: Change; 'opening-balance'?: Change };
  completions: { opening?: Completion; 'full-year'?: Completion };
  counts: CountSlot[];
  score?: Fact;
  /** 预算绩效: the money the self-evaluation and the targets cover, as shares of the projects' spending, where the data gives them */
  coverage?: { selfEvaluation?: Fact; targets?: Fact };
  /** ids of topics whose amounts add up to this one's (an exhaustive breakdown) */
  parts?: string[];
  /** the template states every part where it breaks this whole down (三公 into its three items): a part left out is reported */
  partsRequired?: boolean;
  /**
   * A name that says which figure of the subject follows rather than naming a new one
   * (涉及预算金额 after 编报绩效目标的项目 1 个): it stands for itself only when the
   * subject has no amount of its own in this section.
   */
  attribute?: boolean;
  /**
   * The data file's section this topic's figures would come from, when the file leaves it out:
   * the names still say what the text speaks of (政府采购支出总额 is not 收支总计), its figures are unverified.
   */
  absentFrom?: string;
  /** ids of topics whose amounts together are at most this one's: parts of it, not necessarily all (SME awards ≤ all procurement) */
  within?: string[];
  /** a topic the words reach only through a whole that qualifies it (人员经费中的住房公积金: 公开06表's 30113): its names are not its own elsewhere */
  qualifiedOnly?: boolean;
  /** ids of the qualified-only topics directly under this one (人员经费 → 301 → 30113) */
  qualifies?: string[];
  /**
   * ids of topics the words naming this one may mean as well, where the data holds them apart (a scope's
   * part of 财政拨款收支总计: its column of 公开04表, or its 本年收入 or 本年支出 alone): a reading of it is a guess among them
   */
  alsoMeant?: string[];
  /** id of the topic this one is a subset of (小微企业 ⊂ 中小企业) */
  supersetOf?: string;
  subsetOf?: string;
}

export interface TopicIndex {
  topics: Map<string, Topic>;
  /** name → topic ids */
  byName: Map<string, string[]>;
  /** name → the qualified-only topics of that name (公开06表's rows), reached through a whole that qualifies them */
  qualifiedNames: Map<string, string[]>;
  /** all names, longest first */
  names: string[];
  /** the topic a section is about when a sentence names none */
  sectionDefault: Partial<Record<SectionKind, string>>;
  part3: Part3Facts;
  /** every 类/款/项 the data's tables hold, width-normalised names: what a subject named in the text may be */
  subjects: SubjectName[];
  /** names of a field the data names otherwise (领导干部用车 for 符合规定领导干部用车), certain by the lexicon: name → topic id */
  aliases: ReadonlyMap<string, string>;
  /** old names of renamed subjects (文化体育与传媒支出), as matched: → the old name and the data's name */
  oldNames: ReadonlyMap<string, { old: string; current: string }>;
}

/** Names as the matcher sees them: width-normalised, no whitespace. */
export function matchKey(name: string): string {
  return normalizeWidth(name).replace(/\s+/gu, '');
}

/** The topic a section's figures default to when a sentence names none, by section. */
export type SectionDefaults = Partial<Record<SectionKind, string>>;

/** Collects a section's topics, names width-normalised. */
export class TopicBuilder {
  readonly topics = new Map<string, Topic>();

  add(topic: Omit<Partial<Topic>, 'names' | 'localNames'> & Pick<Topic, 'id' | 'label' | 'sections'> & { names: readonly string[]; localNames?: readonly string[] }): Topic {
    const { localNames, ...rest } = topic;
    const local = localNames?.map(matchKey);
    const full: Topic = {
      shares: [], changes: {}, completions: {}, counts: [], ...rest,
      names: [...new Set([...topic.names.map(matchKey), ...(local ?? [])])], ...(local ? { localNames: local } : {}),
    };
    this.topics.set(full.id, full);
    return full;
  }
}

/**
 * A section the data file leaves out: its names still say what the text speaks of
 * (政府采购支出总额 is not 收支总计 by 支出总额); its figures are unverified.
 */
export function absentSection(b: TopicBuilder, section: SectionKind, label: string, names: readonly string[]): SectionDefaults {
  b.add({ id: `absent.${section}`, label, sections: [section], names, absentFrom: label });
  return { [section]: `absent.${section}` };
}
