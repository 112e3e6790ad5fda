/**
 * One reader per kind of cue (lexicon.ts): what the phrase in front of a figure
 * does to the reader's state. A new phrasing of an existing kind is a lexicon
 * entry; a new kind of phrase is a new entry here.
 */
import { BASICALLY_FLAT_PERCENT, type Cue } from '../lexicon.js';
import type { Token } from '../reader.js';
import { pickTopic, REST_ITEMS, type WordClaim } from './model.js';
import type { Topic } from '../topics/index.js';
import type { ClaimReader } from './state.js';

type CueToken = Token & { type: 'cue' };
type CueReader<K extends Cue['kind']> = (r: ClaimReader, cue: Extract<Cue, { kind: K }>, token: CueToken, at: number) => void;

/** Cues that say which figure of each listed name follows (…自评得分分别为, 全年预算数分别为): the list goes on. */
export const LIST_CUES = new Set<Cue['kind']>(['respectively', 'all-equal', 'score', 'budget', 'actual', 'completion', 'share']);

/** How many figures follow a 分别 in its list: up to the end of the clause, cues (占, 为) between them allowed. */
function figuresAhead(tokens: readonly Token[], from: number): number {
  let count = 0;
  // 分别占货物、服务支出金额的 63.48% 和 100.00%: the names after 占 (one or a 、 list of them) are wholes.
  let wholes = false;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type === 'figure') count++;
    // 分别占基本支出的 85.47% 和 14.53%: the name after 占 is the whole, not a name of the list.
    else if (t.type === 'topic' && (wholes || (tokens[k - 1]?.type === 'cue' && (tokens[k - 1] as CueToken).cue.kind === 'share'))) wholes = true;
    else if (t.type === 'sentence-end' || (t.type === 'clause-end' && t.mark !== '、') || t.type === 'topic') break;
    else if (t.type !== 'clause-end') wholes = false;
  }
  return count;
}

/** How many items a list right before a cue has (A、B、C分别为): its 、 marks, plus one — the items need not be names the reader knows. */
function itemsListedBefore(tokens: readonly Token[], at: number): number {
  let items = 1;
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.type === 'clause-end' && t.mark === '、') items++;
    else if (t.type !== 'topic' && t.type !== 'unknown' && t.type !== 'untracked' && t.type !== 'unnamed') break;
  }
  return items;
}

/** 本年、上年分别为 X: this year and last listed in words (no year token stands for 本年). */
const THIS_AND_LAST_BEFORE = /(本|上)年度?、(本|上)年度?(?:[^，,；;。、\d]{0,12})分别(?:为|是)?$/u;

/**
 * The years listed right before a 分别 (2024 年、2023 年分别为; 2024年、2023年上级补助收入分别为 with the name between;
 * 本年、上年分别为), as whether each is last year — only where they are this year and last, one of each.
 */
function yearsListedBefore(r: ClaimReader, at: number): boolean[] | undefined {
  const { tokens } = r;
  let k = at - 1;
  // the subject's name may stand between the years and 分别 (2024年、2023年上级补助收入分别为)
  if (tokens[k]?.type === 'topic') k--;
  const second = tokens[k];
  const mark = tokens[k - 1];
  const first = tokens[k - 2];
  if (second?.type === 'year' && mark?.type === 'clause-end' && mark.mark === '、' && first?.type === 'year') {
    if (first.date || second.date || first.span || second.span) return undefined;
    const y = r.ctx.year;
    if (first.year === y && second.year === y - 1) return [false, true];
    if (first.year === y - 1 && second.year === y) return [true, false];
    return undefined;
  }
  // 本年、上年分别为: 上年 is a period cue, 本年 no token — the words right before the first figure say it.
  const figure = tokens[at + 1];
  const words = figure?.type === 'figure' ? THIS_AND_LAST_BEFORE.exec(figure.before) : null;
  if (words && words[1] !== words[2]) return [words[1] === '上', words[2] === '上'];
  return undefined;
}

const awaitFigure = (r: ClaimReader, cue: Cue, token: CueToken): void => {
  r.pending = { cue, token };
};

const CUE_READERS: { [K in Cue['kind']]: CueReader<K> } = {
  base(r, cue, token) {
    if (r.reason) r.reason.otherPeriod = true;
    const year = /(19|20)\d\d/u.exec(token.text);
    // A base year before last year (比 2019 年) is a comparison the data cannot check; the report
    // year itself (与 2024 年度相比 in 2024) is a slip for last year, reported as wrong-year.
    r.base = year && cue.base === 'previous-year' && Number(year[0]) !== r.ctx.year - 1 && Number(year[0]) !== r.ctx.year ? 'other-year' : cue.base;
    r.baseYear = r.base === 'other-year' ? Number(year![0]) : undefined;
    r.baseNamed = r.base;
    if (cue.budget) r.budget = cue.budget;
    r.noteBudget(cue.budget);
    if (year) r.claims.push({ kind: 'base-year', span: token, text: token.text, year: Number(year[0]), base: cue.base });
    for (const c of r.openComparisons) c.budget = cue.budget ?? c.budget;
    awaitFigure(r, cue, token);
  },
  respectively(r, _cue, _token, at) {
    // The figures go to the last names listed, as many as there are figures
    // (“三公”经费中因公出国（境）费、…、公务接待费分别占 …: the whole named first is not one of them).
    const count = figuresAhead(r.tokens, at);
    // 上级补助收入 2024 年、2023 年分别为 X、Y: the list right before 分别 is of years — the i-th figure is the i-th
    // year's, the subject's each time (blind 14L: both figures were read as both years').
    const years = count === 2 ? yearsListedBefore(r, at) : undefined;
    if (years) {
      r.yearsEach = years;
      r.bothYears = undefined;
      return;
    }
    // 分别为 X、Y，分别占 P、Q: the second 分别 goes to the names the first one went to.
    // 人员经费 713.85 万元、公用经费 121.37 万元，分别占…: the names stated with their amounts in this sentence.
    const names = r.enumeration.length > 1 ? r.enumeration : r.respectivelyOf.length > 1 ? r.respectivelyOf : r.namedInSentence;
    // 货物、工程、服务分别为 X、Y: fewer figures than the items listed right before 分别 — which figure is whose, the text does not say.
    const listed = count > 1 ? itemsListedBefore(r.tokens, at) : 0;
    if (listed > 1 && count < listed) r.unmatchedList = true;
    else if (names.length > 1 && count > 1 && count <= names.length) {
      r.respectivelyOf = names.slice(-count);
      r.distribute = [...r.respectivelyOf];
    }
    else if (names.length > 1 && count > names.length) r.unmatchedList = true;
    // 政府采购货物、工程、服务支出分别为 a、b、c: items the reader knows no name of stand before the one it knows — whose figure is whose, it cannot say.
    else if (count > 1 && count > names.length && itemsListedBefore(r.tokens, at) >= count) r.unmatchedList = true;
    // the cue before 分别 (得分, 全年预算数) still says what the figures are
  },
  'all-equal'(r) {
    // 公务用车购置费、国（境）外接待费均为 0: one figure for each name.
    if (new Set(r.enumeration).size > 1) r.allEqual = [...new Set(r.enumeration)];
  },
  flat(r, _cue, token) {
    // …主要是博物馆文创收入增加；其他收入与上年持平: a name in a description's clause is the subject of its own words.
    if (r.describing && r.deferred) r.takeDeferred();
    const said = r.directionInSentence;
    if (said && said.topic === r.subject && !(token.text.startsWith('基本') && smallChange(r))) {
      r.claims.push({
        kind: 'conflict', span: token, text: `${said.text}…${token.text}`, topic: r.subject, base: r.base, budget: r.budget,
        approximately: false, section: r.ctx.section, sentence: r.sentence,
      });
    }
    if (!r.reason) r.stated = undefined;
    const flat: WordClaim = {
      kind: 'flat', span: token, text: token.text, topic: r.subject, base: r.base, budget: r.budget,
      approximately: token.text.startsWith('基本'), section: r.ctx.section, sentence: r.sentence, ...ofTheRest(r),
    };
    if (!r.subject && r.unheld && r.unheldAt !== undefined) flat.unheldAt = r.unheldAt;
    r.claims.push(flat);
  },
  comparison(r, cue, token) {
    // …主要原因是人员增加；机关服务（项）决算数小于…: a name in a description's clause is the subject of its own words.
    if (r.describing && r.deferred) r.takeDeferred();
    const claim: WordClaim = {
      kind: 'comparison', span: token, text: token.text, topic: r.subject, base: 'budget', budget: r.budget,
      comparison: cue.comparison, approximately: false, section: r.ctx.section, sentence: r.sentence, ...ofTheRest(r),
    };
    if (!r.subject && r.unheld && r.unheldAt !== undefined) claim.unheldAt = r.unheldAt;
    r.claims.push(claim);
    // 小于年初预算数或与年初预算数持平: the words name the budget themselves.
    if (cue.budget) {
      claim.budget = r.budget = cue.budget;
      r.noteBudget(cue.budget);
    }
    else r.openComparisons.push(claim);
    r.stated = cue.comparison === 'greater' ? 'up' : cue.comparison === 'less' ? 'down' : undefined;
    r.comparedInClause = cue.comparison === 'greater' || cue.comparison === 'less';
    awaitFigure(r, cue, token);
  },
  'comparison-any'(r, cue, token) {
    // 决算数大于（小于）预算数 X 万元: X is still the difference; which way, the writer has not said.
    r.stated = undefined;
    r.comparedInClause = true;
    awaitFigure(r, cue, token);
  },
  budget(r, cue, token) {
    r.budget = cue.budget;
    r.noteBudget(cue.budget);
    // 决算数大于年初预算数: the budget named after the comparison word says which budget —
    // the first one named: 大于全年预算数，…；年初预算为 … speaks of another budget.
    for (const c of r.openComparisons) c.budget = cue.budget;
    r.openComparisons.length = 0;
    awaitFigure(r, cue, token);
  },
  completion(r, cue, token) {
    r.budget = cue.budget === 'unspecified' ? r.budget : cue.budget;
    r.noteBudget(cue.budget);
    awaitFigure(r, cue, token);
  },
  share(r, cue, token, at) {
    // 占本年支出合计的比重: the 比重 after the whole keeps it.
    if (!r.awaitingWhole) {
      r.wholeTopic = undefined;
      r.unheldWhole = undefined;
      if (r.wholes.length > 0) r.wholes = [];
    }
    r.awaitingWhole = true;
    r.shareCueAt = at;
    awaitFigure(r, cue, token);
  },
  direction(r, cue, token, at) {
    // 其他收入 6.50 万元，较上年增长。: a direction word with no figure, right after its base, says which way the subject
    // moved (blind 9L M1) — not in a reason or a description, whose words speak of other things.
    const before = r.tokens[at - 1];
    const after = r.tokens[at + 1];
    // Words of an amount only (提高 / 降低 may speak of a share), and not after 比重 / 占比 (比重较上年增加).
    const twoBack = r.tokens[at - 2];
    const ofShare = twoBack?.type === 'cue' && twoBack.cue.kind === 'share';
    if (!cue.signed && /^(?:增加|减少|增长|下降)$/u.test(token.text) && !ofShare
      && before?.type === 'cue' && before.cue.kind === 'base' && before.end === token.start && r.base === 'previous-year'
      && (after === undefined || after.type === 'clause-end' || after.type === 'sentence-end')
      && !r.inReason && !r.describing && !r.lastYear && r.subject && r.subjectPin === 'name') {
      r.claims.push({
        kind: 'direction', span: token, text: token.text, topic: r.subject, base: 'previous-year', budget: r.budget,
        direction: cue.direction, approximately: false, section: r.ctx.section, sentence: r.sentence,
      });
    }
    r.directionInSentence = { topic: r.subject, text: token.text };
    // 增减额为 -95.13: the sign says which way, as in a 增减额 column — an empty span where the word would be.
    const span = cue.signed ? { start: token.end, end: token.end, block: token.block } : token;
    r.direction = { direction: cue.direction, span, text: token.text };
    if (r.reason && !cue.signed) r.reason.words.push({ direction: cue.direction, span: token, text: token.text });
    awaitFigure(r, cue, token);
  },
  'direction-to'(r, cue, token) {
    r.directionInSentence = { topic: r.subject, text: token.text };
    // 由上年的 X 降至 Y: Y is the amount it came to, this year's.
    const last = r.claims.at(-1);
    if (r.lastYear && last?.kind === 'figure' && last.lastYear && last.sentence === r.sentence) r.lastYear = false;
    if (r.otherYear && last?.kind === 'figure' && last.otherYear && last.sentence === r.sentence) r.otherYear = undefined;
    awaitFigure(r, cue, token);
  },
  period(r) {
    r.lastYear = true;
  },
  difference: awaitFigure,
  'direction-any'(r, cue, token) {
    r.direction = undefined;
    awaitFigure(r, cue, token);
  },
  reason(r) {
    r.closeReason();
    if (r.stated) r.reason = { kind: 'reason', explains: r.stated, words: [], otherPeriod: false };
    r.reasonSentence = r.sentence;
    r.describing = true;
    r.inReason = true;
    r.reasonNamed = false;
    r.deferred = undefined;
    r.described = undefined;
    r.pending = undefined;
  },
  description(r) {
    r.describing = true;
    // 一般公共预算财政拨款支出 X。主要用于：教育支出 Y: what it was used for are its parts.
    r.describedWhole = r.subject;
    r.deferred = undefined;
    r.pending = undefined;
  },
  'of-which'(r, cue, token, at) {
    // 在执行中， 年度中，: 中 after no name says nothing of parts.
    const named = r.tokens[at - 1];
    if (cue.qualifier && !(named?.type === 'topic' && named.end === token.start && r.subject && r.subjectPin === 'name')) return;
    r.partOf = r.subject;
    r.ofWhich = r.subject ? { whole: r.subject, sentence: r.sentence } : undefined;
    // 工资福利支出 3,365.14 万元，其中: the whole just stated is of no topic — its parts' names are guesses.
    const whole = r.claims.at(-1);
    r.partOfUnnamed = r.subject === undefined && whole?.kind === 'figure' && whole.topic === undefined && whole.sentence === r.sentence ? r.unnamed ?? '' : undefined;
    r.pending = undefined;
  },
  'not-comparable'(r) {
    r.pending = undefined;
  },
  actual: awaitFigure,
  score: awaitFigure,
  absent(r, cue, token) {
    r.pending = undefined;
    const negated = cue.negated;
    if (!negated) return;
    // 2023年无… in a 2024 document: last year's figure; any other year the data does not hold.
    const year = negated.year;
    const period = year === undefined || year === r.ctx.year ? 'current' : year === r.ctx.year - 1 ? 'previous' : undefined;
    if (!period) return;
    const topics = negated.names.map((name) => {
      const ids = r.ctx.index.byName.get(name);
      return ids && pickTopic(r.ctx.index, ids, r.ctx.section);
    });
    // A 项 of a budget scope's table is named alike in several tables: which one, the section decides elsewhere.
    if (topics.some((t) => !t || t.id.includes('.item.'))) return;
    r.claims.push({ kind: 'absence', span: token, text: token.text, topics: topics as Topic[], measure: negated.measure, period });
  },
};

/** 其余项目…: the words are said of the items not named, where no subject was named after those words. */
function ofTheRest(r: ClaimReader): { rest?: true } {
  return r.subject === undefined && r.unnamed !== undefined && REST_ITEMS.test(r.unnamed) ? { rest: true } : {};
}

export function readCue(r: ClaimReader, token: CueToken, at: number): void {
  (CUE_READERS[token.cue.kind] as CueReader<Cue['kind']>)(r, token.cue, token, at);
}

/**
 * 增长 0.56%，基本持平: is the subject's change small enough for 基本持平 (a rate within BASICALLY_FLAT_PERCENT, as the word is judged
 * against the data)? By the data's rate where it has one, else by the rate the sentence states; neither known: no.
 */
function smallChange(r: ClaimReader): boolean {
  const rate = r.base === 'previous-year' ? r.subject?.changes['previous-year']?.rate.value : undefined;
  if (rate !== undefined) return rate.abs().lte(BASICALLY_FLAT_PERCENT);
  for (let i = r.claims.length - 1; i >= 0; i--) {
    const c = r.claims[i]!;
    if (c.kind === 'figure' && c.sentence === r.sentence && c.role === 'change-rate' && c.topic === r.subject) return c.figure.kind === 'percent' && c.figure.number <= BASICALLY_FLAT_PERCENT;
  }
  return false;
}
