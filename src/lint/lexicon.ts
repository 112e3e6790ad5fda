/**
 * The phrase lexicon: the words Part 3 prose uses around its figures, as real
 * documents of many regions write them (see the phrasing catalog). Each entry
 * is a pattern over width-normalised text (（ → (, ％ → %) and what it means.
 * The claim reader decides what a figure is from the phrase in front of it,
 * never from its value.
 */
import type { Direction } from '../format/words.js';
import { directionWordsOf } from './direction-words.js';

/** ambiguous: 预算 alone in a paragraph that names both the opening and the full-year budget */
export type BudgetKind = 'opening' | 'full-year' | 'unspecified' | 'ambiguous';
/** What a change is against; other-year: a year the data holds nothing for (比 2019 年). */
/** opening-balance: 年末结转和结余比年初（结转和结余）减少 — the year's change of a balance carried over */
export type BaseKind = 'previous-year' | 'budget' | 'other-year' | 'opening-balance';

export type Cue =
  /**
   * 增加 / 减少 / 增长 / 下降 …: a change follows; `of` says whether an amount or a rate is expected.
   * signed: the word names no direction, the figure's sign does (增减额为 -95.13, as a 增减额 column).
   * against: the word itself says the base (超支: over the budget, whatever base the sentence named).
   */
  | { kind: 'direction'; direction: Exclude<Direction, 'flat'>; of: 'amount' | 'rate' | 'either'; signed?: true; against?: 'budget' }
  /** 增加（减少）: a template's alternative left in — a change follows, its direction unsaid */
  | { kind: 'direction-any'; of: 'amount' | 'rate' | 'either' }
  /** 分别: the figures that follow go, in order, to the names listed before */
  | { kind: 'respectively' }
  /** 均为 / 都是: one figure, said of each of the names listed before */
  | { kind: 'all-equal' }
  /** 减少为 / 增加到: the new amount follows, not the change */
  | { kind: 'direction-to'; direction: Exclude<Direction, 'flat'> }
  /** 持平 / 相同 / 无变化: no change */
  | { kind: 'flat' }
  /** 大于（小于）, 大于/小于/等于: a template's alternatives left in — a comparison, its direction unsaid */
  | { kind: 'comparison-any' }
  /** 大于 / 小于 / 等于 (决算数…预算数) */
  | { kind: 'comparison'; comparison: 'greater' | 'less' | 'equal' | 'at-most' | 'at-least'; budget?: BudgetKind }
  /** 占 / 占比 / 所占比重: a share follows; 覆盖率: a coverage of performance management (Coverage) */
  | { kind: 'share'; coverage?: Coverage }
  /** 完成年初预算的 / 为全年预算的 / 执行率: a completion rate follows */
  | { kind: 'completion'; budget: BudgetKind }
  /** 年初预算为 / 全年预算数为: a budget amount follows */
  | { kind: 'budget'; budget: BudgetKind }
  /** 支出决算为 / 执行数为: an actual amount follows */
  | { kind: 'actual' }
  /** 与上年相比 / 比上年 / 较 2023 年度 / 同比: changes are against the previous year */
  | { kind: 'base'; base: BaseKind; budget?: BudgetKind; year?: number; over?: true }
  /** 上年 / 去年 before a name (上年收支总计为 X, 由上年的 X 降至 Y): the figures of its clause are last year's */
  | { kind: 'period' }
  /** 差值为 / 差额为 / 相差 (支出 X，年初预算为 Y，差值为 Z): the difference from the base the sentence names or states */
  | { kind: 'difference' }
  /** 不可比 / 无可比性: the writer says a rate has no base */
  | { kind: 'not-comparable' }
  /** 其中: what follows is part of what came before; 本年收入中，: of the name right before (qualifier) */
  | { kind: 'of-which'; qualifier?: boolean }
  /** 得分 */
  | { kind: 'score' }
  /** 主要用于 / 主要包括: a description follows; names in it are not the subject unless a figure follows */
  | { kind: 'description' }
  /** 主要原因是 / 主要是: the writer explains the change or difference just stated */
  | { kind: 'reason' }
  /**
   * 无 / 没有 / 未发生: nothing of what is named — the same claim as “its figure is 0”. The reader keeps
   * one only right beside the names it negates (negation.ts), which it then carries.
   */
  | { kind: 'absent'; negated?: Negated };

/**
 * 绩效自评覆盖率 / 绩效目标资金覆盖率 / 覆盖率: what the words say is covered — the self-evaluation's or the targets'
 * (undefined: neither said), of the money or of the projects' count (undefined: neither said).
 */
export interface Coverage {
  of: 'self-evaluation' | 'targets' | undefined;
  measure: 'amount' | 'count' | undefined;
}

/** What a negation says is nil: the amount spent (无…支出), a budget (无…预算), or a count (无…人数). */
export type AbsentMeasure = 'amount' | 'budget' | 'persons' | 'groups' | 'batches';

/** The names a negation is about, as the text writes them (width-normalised), and the year it names. */
export interface Negated {
  names: string[];
  measure: AbsentMeasure;
  /** the year the sentence names before the negation (2022年无…), if any */
  year: number | undefined;
}

/**
 * 基本持平 is a hedge: the change (against last year, or the actual against the budget) is small. One rule for both:
 * an error only where it is clearly not flat, more than this percent of the base (blind 13L: 98.23% of a budget).
 */
export const BASICALLY_FLAT_PERCENT = 5;

/** The direction words that state a rate, not an amount: 增长 13.95 (no %) is a rate whose unit is missing. */
export const RATE_WORD = /增长|下降|增幅|降幅|上升|降低|涨幅|减幅/u;

export interface LexiconEntry {
  pattern: RegExp;
  cue: Cue;
}

// Patterns are tried at every position; the longest match wins. They are
// anchored with the sticky flag by the reader, so keep them free of ^.
const e = (source: string, cue: Cue): LexiconEntry => ({ pattern: new RegExp(source, 'uy'), cue });

const YEAR = '(?:20\\d\\d|19\\d\\d)\\s*年(?:度)?';

/** 小于或等于 / 大于或等于, and 小于(年初)预算数或与(年初)预算数持平: the budget the words name, if they name one. */
function atMostOrAtLeast(): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  const equal = '(?:等于|相等|持平|基本持平|相同|一致)';
  const budgets: Array<[string, BudgetKind]> = [['年初预算', 'opening'], ['(?:全年|调整后?的?|年度)预算', 'full-year'], ['预算', 'unspecified']];
  for (const [words, comparison] of [['(?:小于|低于|少于)', 'at-most'], ['(?:大于|高于|多于)', 'at-least']] as const) {
    out.push(e(`${words}或${equal}`, { kind: 'comparison', comparison }));
    for (const [budget, kind] of budgets) {
      const named = `${budget}(?:数|金额)?`;
      out.push(e(`${words}${named}或(?:与|和|同)?(?:${named})?${equal}`, { kind: 'comparison', comparison, budget: kind }));
    }
  }
  return out;
}

/** 覆盖率 after the words that say whose coverage, and of what; bare 覆盖率 last. */
function coverageEntries(): LexiconEntry[] {
  const after = '覆盖(?:率|比例)(?:为|是|达到|达|:)?';
  const money = '(?:的)?(?:预算)?(?:资金|金额)';
  const count = '(?:的)?(?:项目数量?|数量|个数)';
  const stages: Array<[string, Coverage['of']]> = [['自评(?:项目)?', 'self-evaluation'], ['绩效目标(?:管理|编报|设置|申报)?(?:项目)?', 'targets']];
  const out: LexiconEntry[] = [];
  for (const [stage, of] of stages) {
    out.push(e(`(?<=${stage}${money})${after}`, { kind: 'share', coverage: { of, measure: 'amount' } }));
    out.push(e(`(?<=${stage}${count})${after}`, { kind: 'share', coverage: { of, measure: 'count' } }));
    out.push(e(`(?<=${stage})${after}`, { kind: 'share', coverage: { of, measure: undefined } }));
  }
  out.push(e(after, { kind: 'share', coverage: { of: undefined, measure: undefined } }));
  return out;
}

/** Right after a base of last year (较上年, 同比, 比 2023 年度决算数): where 增 and 减 alone are direction words. */
const AFTER_LAST_YEAR = '(?<=(?:上年|上年度|上一年度?|去年|同比|[0-9]{4}\\s*年度?)(?:决算数?|支出数?|同期)?(?:相比|比较)?)';

export const LEXICON: readonly LexiconEntry[] = [
  // ── changes: amount verbs and rate verbs ───────────────────────────────
  e('(?:减少|下降|降低|下滑|回落|减)(?:为|到|至)', { kind: 'direction-to', direction: 'down' }),
  e('(?:增加|增长|上升|提高)(?:为|到|至)', { kind: 'direction-to', direction: 'up' }),
  e('降至', { kind: 'direction-to', direction: 'down' }),
  e('升至', { kind: 'direction-to', direction: 'up' }),
  // 从上年的 798.52 万元增至 851.21 万元 (blind 13L f.md P01): this year's figure follows, as after 增加到.
  e('(?:增至|涨至|增到)', { kind: 'direction-to', direction: 'up' }),
  e(`(?:${directionWordsOf('amount', 'up')})了?`, { kind: 'direction', direction: 'up', of: 'amount' }),
  e(`(?:${directionWordsOf('amount', 'down')})了?`, { kind: 'direction', direction: 'down', of: 'either' }),
  e(`(?:${directionWordsOf('change', 'up')})了?(?:率为|率)?`, { kind: 'direction', direction: 'up', of: 'either' }),
  e('增幅(?:为|达|是)?', { kind: 'direction', direction: 'up', of: 'rate' }),
  e(`(?:${directionWordsOf('change', 'down')})了?(?:率为|率)?`, { kind: 'direction', direction: 'down', of: 'either' }),
  e('降幅(?:为|达|是)?', { kind: 'direction', direction: 'down', of: 'rate' }),
  e('减幅(?:为|达|是)?', { kind: 'direction', direction: 'down', of: 'rate' }),
  e('涨幅(?:为|达|是)?', { kind: 'direction', direction: 'up', of: 'rate' }),
  // 超支 64.31 万元, 超支 3.58%: the actual over the budget — the change against the budget, as after 超年初预算.
  e('超支了?', { kind: 'direction', direction: 'up', of: 'either', against: 'budget' }),
  // 较上年减 69.98 万元, 同比增 5.2% (blind 15L §6): a verb of one character right after a base of last year — its
  // direction checked like 减少/增加 (elsewhere 增/减 alone begin too many other words: 新增, 增设).
  e(`${AFTER_LAST_YEAR}增(?=\\s*[0-9])`, { kind: 'direction', direction: 'up', of: 'either' }),
  e(`${AFTER_LAST_YEAR}减(?=\\s*[0-9])`, { kind: 'direction', direction: 'down', of: 'either' }),
  // (Before the budget cues: 年初预算 after 超 is the base, where a budget cue of the same length would win.)
  // 超年初预算 2.84%, 超出预算 680 万元 (山西/江苏; blind 15L §6): the actual over the budget — 超 the direction, the budget after
  // it the base, so that the figure is the budget's change (完成率 − 100% for a rate), not a budget.
  e('超(?:出|过)?(?=(?:年初|全年|调整后?的?|年度)?预算(?:数)?(?:的)?\\s*[0-9])', { kind: 'direction', direction: 'up', of: 'either' }),
  e('(?<=超(?:出|过)?)(?:年初预算|年初预算数)(?:的)?', { kind: 'base', base: 'budget', budget: 'opening', over: true }),
  e('(?<=超(?:出|过)?)(?:全年|调整后?的?|年度)预算(?:数)?(?:的)?', { kind: 'base', base: 'budget', budget: 'full-year', over: true }),
  e('(?<=超(?:出|过)?)预算(?:数)?(?:的)?', { kind: 'base', base: 'budget', budget: 'unspecified', over: true }),
  // 比全年预算少 3.2 万元, 比年初预算多 64.31 万元: 少/多 right before an amount; 即多支出 984.36 万元,
  // 少收入 3.2 万元: the change of the flow named in the verb.
  e('少(?:支出|收入|支|收)?了?(?=[0-9])', { kind: 'direction', direction: 'down', of: 'amount' }),
  e('多(?:支出|收入|支|收)?了?(?=[0-9])', { kind: 'direction', direction: 'up', of: 'amount' }),
  // 厉行节约 / 勤俭节约 name a standing policy and 节约型机关 a kind of office: no direction of this change (blind 18L:
  // 增加…，主要原因是按照厉行节约有关规定，新增… was read as a cause pointing down).
  e('(?<!厉行|勤俭)节约(?!型)', { kind: 'direction', direction: 'down', of: 'amount' }),
  // 增减额为 -95.13 万元，增减率为 -1.57%: a change whose sign says which way (a minus: down).
  e('(?:增减|变动)(?:额|金额|数)(?:为|是|:)?', { kind: 'direction', direction: 'up', of: 'amount', signed: true }),
  e('(?:增减|变动)(?:率|幅度|比例)(?:为|是|:)?', { kind: 'direction', direction: 'up', of: 'rate', signed: true }),
  // 年初预算为 Y，差值为 Z (HLX18): the difference of the two figures stated, its direction unsaid.
  e('(?:差值|差额|相差)(?:为|是|:)?', { kind: 'difference' }),
  // A template's two-way wording left in: 增加（减少）, 增长（下降）— the template-leftover rule reports it.
  e('(?:增加|减少)[（(](?:减少|增加)[)）]', { kind: 'direction-any', of: 'amount' }),
  e('(?:增长|下降|上升)[（(](?:下降|增长|降低)[)）]', { kind: 'direction-any', of: 'rate' }),
  e('(?:增加|减少)[/／](?:减少|增加)', { kind: 'direction-any', of: 'amount' }),
  e('(?:增长|下降)[/／](?:下降|增长)', { kind: 'direction-any', of: 'rate' }),
  e('分别(?:为|是)?', { kind: 'respectively' }),
  e('(?:均为|均是|都为|都是|皆为)', { kind: 'all-equal' }),
  // ── no change ──────────────────────────────────────────────────────────
  e('(?:基本)?持平', { kind: 'flat' }),
  e('(?:无增减变化|无增减|无变化|没有变化|未发生变化|相同|一致)', { kind: 'flat' }),
  // ── actual against budget ──────────────────────────────────────────────
  e('(?:大于|高于|超过|超出|多于)', { kind: 'comparison', comparison: 'greater' }),
  e('(?:小于|低于|少于|未达到)', { kind: 'comparison', comparison: 'less' }),
  e('(?:未超过|不超过|没有超过|未超出|不高于)', { kind: 'comparison', comparison: 'at-most' }),
  e('(?:不低于|不少于|未低于)', { kind: 'comparison', comparison: 'at-least' }),
  // 小于或等于, 小于年初预算数或与年初预算数持平, 大于或等于: one comparison that allows equality, read whole — never
  // 小于 and 等于 (持平) judged (and fixed) one at a time (blind 13L: 小于或等于 --fixed to 小于或小于).
  ...atMostOrAtLeast(),
  e('等于', { kind: 'comparison', comparison: 'equal' }),
  // 大于（小于）, 小于（大于、等于）, 大于/小于/等于: the template's choice never made — no direction to check.
  e('(?:大于|小于|等于)(?:[（(](?:大于|小于|等于)(?:[、/／](?:大于|小于|等于))?[)）]|(?:[/／](?:大于|小于|等于)){1,2})', { kind: 'comparison-any' }),
  // ── shares ─────────────────────────────────────────────────────────────
  e('(?:所占比重|所占比例|占比|比重|占(?![用有据]))(?:为|是|达)?', { kind: 'share' }),
  // 所占比例最大，为 79.94%: the share of the name before it, a superlative between (only where the share follows at once).
  e('(?:所占比重|所占比例|占比|比重)(?:最大|最高|最小|最低)[，,]?(?:为|是|达)', { kind: 'share' }),
  // 绩效自评资金覆盖率 100%, 绩效目标覆盖率达到 100%: a coverage, told by the words right before 覆盖率 (the first that fits).
  ...coverageEntries(),
  // ── completion rates ───────────────────────────────────────────────────
  e('完成(?:了)?年初预算(?:数)?(?:的)?', { kind: 'completion', budget: 'opening' }),
  e('完成(?:了)?(?:全年|调整后?|年度)预算(?:数)?(?:的)?', { kind: 'completion', budget: 'full-year' }),
  e('完成(?:了)?预算(?:数)?(?:的)?', { kind: 'completion', budget: 'unspecified' }),
  // 完成年初预算 1,796.83 万元的 103.58%, 为年初预算 11,800.00 万元的 105.34%: the rate after a budget stated inside the
  // completion phrase (GD-CZT23; blind 9L N3). The look-behind spells the phrase out: open gaps ([^，；。]*) would backtrack
  // over a whole clause at every 的.
  e('的(?<=(?:完成(?:了)?|为)(?:年初|全年|调整后?|年度)?预算(?:数)?(?:为|是)?[0-9][0-9,.]*[万亿]?元的)(?=[0-9])', { kind: 'completion', budget: 'unspecified' }),
  // 决算数为全年预算数的 92.19%: the whole phrase, or 决算数为 (an actual) would take its 为 and leave the rate unread.
  e('(?:决算(?:数)?)?为年初预算(?:数)?的', { kind: 'completion', budget: 'opening' }),
  e('(?:决算(?:数)?)?为(?:全年|调整后?|年度)预算(?:数)?的', { kind: 'completion', budget: 'full-year' }),
  e('(?:决算(?:数)?)?为预算(?:数)?的', { kind: 'completion', budget: 'unspecified' }),
  e('(?:预算)?(?:执行率|完成率)(?:为|是|达|:)?', { kind: 'completion', budget: 'unspecified' }),
  // ── budgets and actuals ────────────────────────────────────────────────
  e('年初预算(?:数|金额)?(?:为|是|安排|:)?', { kind: 'budget', budget: 'opening' }),
  e('(?:全年|调整后?的?|年度)预算(?:数|金额)?(?:为|是|:)?', { kind: 'budget', budget: 'full-year' }),
  e('(?:支出)?预算(?:数|金额)?(?:为|是)', { kind: 'budget', budget: 'unspecified' }),
  // A bare label in a list of projects: 预算数 1,760.7 万元、执行数 1,021.11 万元 (with or without its colon).
  e('预算(?:数|金额)?(?::|(?=[0-9]))', { kind: 'budget', budget: 'unspecified' }),
  e('(?:支出)?决算(?:数)?(?:为|是)', { kind: 'actual' }),
  e('(?:全年)?执行数(?:为|是|:)?', { kind: 'actual' }),
  e('实际(?:支出|执行)(?:数)?(?:为|是)?', { kind: 'actual' }),
  // ── bases of comparison ────────────────────────────────────────────────
  e(`(?:与|比|较|同)${YEAR}(?:决算数?|决算)?(?:相比|比较)?`, { kind: 'base', base: 'previous-year' }),
  e('(?:与|比|较|同|和)(?:上年|上一年|去年|上年度)(?:度)?(?:决算数?|支出数?|同期)?(?:相比|比较)?', { kind: 'base', base: 'previous-year' }),
  e('同比', { kind: 'base', base: 'previous-year' }),
  // 上年为 0，增减率不可比 (the draft's zero-base wording), 上年决算数 5,018.62 万元, （上年：5,018.62 万元）:
  // last year's figure follows (not a date: 去年 12 月).
  e('(?:上年|上年度|去年)(?:同期)?(?:决算数?|实际数?|数)?(?:为|是|:)?(?=\\s*[0-9])(?!\\s*[0-9]{1,2}\\s*月)', { kind: 'base', base: 'previous-year' }),
  // 上年收支总计为 X, 由上年的 X 降至 Y: last year is the period of what follows in the clause — not a date
  // (上年末) or this year's opening (上年结转, 上年度财政拨款结余 are 年初结转和结余); 上年为 X is the cue above.
  e('(?:上年度|上年|上一年度?|去年)(?![度末底]|年末|年底|[^，。；,;:：0-9]{0,6}?(?:结转|结余)|\\s*[0-9]{1,2}\\s*月)(?:同期)?的?', { kind: 'period' }),
  e('(?:与|比|较)(?:年初预算|年初预算数)(?:相比)?', { kind: 'base', base: 'budget', budget: 'opening' }),
  // 年末结转和结余 X，比年初（结转和结余）减少 Y: the balance at the year's start (only a balance holds such a change).
  e('(?:与|比|较)年初(?:结转和结余|结转结余)?(?:数)?(?:相比)?(?![预数])', { kind: 'base', base: 'opening-balance' }),
  e('(?:与|比|较)(?:全年预算|全年预算数|调整预算)(?:相比)?', { kind: 'base', base: 'budget', budget: 'full-year' }),
  e(`(?:与|比|较)(?:${YEAR})?预算(?:数)?(?:相比)?`, { kind: 'base', base: 'budget', budget: 'unspecified' }),
  // ── markers ────────────────────────────────────────────────────────────
  e('(?:[-－]{1,2}\\s*)?[（(]?(?:基数为[0０零][,，、]?)?(?:不可比|无可比性|不具可比性)[)）]?|基数为[0０零]', { kind: 'not-comparable' }),
  e('其中', { kind: 'of-which' }),
  // 本年收入中，彩票公益金 X: the parts of the name right before 中 follow (the reader checks that a name is there).
  e('中(?=[,，:：])', { kind: 'of-which', qualifier: true }),
  e('得分(?:为|是|:)?', { kind: 'score' }),
  e('(?:主要)?(?:用于|包括)|具体内容', { kind: 'description' }),
  e('(?:主要|变动)?原因(?:是|为|如下)?|主要是|(?:主要)?(?:是)?由于|主要情况(?:是|为)?', { kind: 'reason' }),
  // ── nothing of it ──────────────────────────────────────────────────────
  // Never longer than the cues above that start alike (无变化, 没有超过, 未发生变化): those still win.
  e('(?:没有发生|没有|未发生|未产生|无)', { kind: 'absent' }),
];

/**
 * Nouns that count what the data does not hold — the outputs of the work (新增普惠性学位 600 个,
 * 建成监测点位 35 个) and the staff (在职人员 56 人): a count right after one is not a count of the
 * data (批次, 团组, 项目, 辆), whatever its unit.
 */
export const OUTPUT_NOUN = /(?:学位|点位|场次|所学校|户|册|件|株|亩|公里|篇|课时|岗位|床位|人员|职工|编制)$/u;

/**
 * Names regions give one field (phrasing catalog §6.3, §9), beside the name the data file uses. Where
 * the data holds a field under one name of a group, a figure said of another name of the group is that
 * field's — only as the whole name before the figure (主要领导干部用车 is not 领导干部用车), and only where
 * no other field of the data could be meant (领导干部用车 names 符合规定领导干部用车 where the data has
 * no other leaders' cars). Any other name the data does not hold leaves its figures unverified, naming
 * the fields it may be.
 */
export const SAME_FIELD: ReadonlyArray<readonly string[]> = [
  // vehicles by use: Shandong's 符合规定领导干部用车; elsewhere the short form
  ['符合规定领导干部用车', '领导干部用车'],
  ['机要通信用车', '机要用车'],
  // Guangxi lists 一般公务用车、一般执法执勤用车、特种专业技术用车 (GX-WZ)
  ['执法执勤用车', '一般执法执勤用车'],
  // 公务接待 held abroad
  ['国（境）外公务接待', '国（境）外接待费', '国外接待费', '境外接待费', '国（境）外公务接待费', '国外公务接待费', '境外公务接待费'],
];

/**
 * Subjects renamed in the 政府收支分类科目 (the classes in 2019; 2080501 later): a document that still
 * writes the old name means the subject the data holds under that code. Its figures are checked
 * against that subject, and the name is reported (unknown-subject) with the data's name.
 */
export const RENAMED_SUBJECTS: ReadonlyArray<{ code: string; old: string }> = [
  { code: '207', old: '文化体育与传媒支出' }, // now 文化旅游体育与传媒支出 (SH-PT-SQ25 still writes the old one)
  { code: '210', old: '医疗卫生与计划生育支出' }, // now 卫生健康支出
  { code: '220', old: '国土海洋气象等支出' }, // now 自然资源海洋气象等支出
  { code: '2080501', old: '归口管理的行政单位离退休' }, // now 行政单位离退休 (SH-PT-SQ25's prose against its table)
];
