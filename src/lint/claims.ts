/**
 * From tokens to claims: what each figure says, about what. The reader keeps
 * the state a human reader keeps — the subject of the sentence (carried across
 * its clauses and into the next sentence of the same paragraph), the base of
 * comparison (上年 or 预算), the section — and reads each figure by the cue in
 * front of it: 占 → share, 减少 → change, 完成年初预算的 → completion …
 */
import type { Figure } from './figures.js';
import type { BaseKind, BudgetKind, Cue } from './lexicon.js';
import type { Span, Token } from './reader.js';
import type { SectionKind, Topic, TopicIndex } from './topics/index.js';

export type Role =
  | 'amount' | 'share' | 'change' | 'change-rate' | 'budget' | 'actual' | 'completion'
  | 'previous' | 'count' | 'score' | 'grade-count' | 'bare';

/**
 * What pinned a figure to its subject: a name in its sentence (or a 分别 list, a table row),
 * the subject carried in from the block before (a list title), or only the section's topic —
 * a guess, which may make a figure unverified but never wrong.
 */
export type Pin = 'name' | 'carried' | 'cue' | 'default' | 'none';

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
  /** a rate written without its %: 增长 13.95 */
  missingPercent?: boolean;
  /** one figure said of several names (A、B 均为 0): an error needs the writer, never a fix */
  shared?: boolean;
  /** compact text right before and after the figure (the counted noun: 3 个项目, 项目 3 个) */
  before: string;
  after: string;
}

export interface WordClaim {
  /** conflict: a direction word and a no-change word said of the same thing in one sentence */
  kind: 'flat' | 'comparison' | 'conflict';
  span: Span;
  text: string;
  topic: Topic | undefined;
  base: BaseKind;
  budget: BudgetKind;
  comparison?: 'greater' | 'less' | 'equal' | 'at-most' | 'at-least';
  /** 基本持平 allows a small difference */
  approximately: boolean;
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

export type Claim = FigureClaim | WordClaim | BaseYearClaim | ReasonClaim;

/** Choose among topics of the same name: those at home in this section first. */
export function pickTopic(index: TopicIndex, ids: string[], section: SectionKind | undefined): Topic | undefined {
  const topics = ids.map((id) => index.topics.get(id)!);
  if (section) {
    const home = topics.find((t) => t.sections.includes(section));
    if (home) return home;
  }
  return topics[0];
}

const GRADE_AFTER = /^(?:个|项)?(?:项目)?(?:的)?(?:自评|评价)?(?:等级|评级|结果)(?:为|是|评为)[“"‘]?(优秀|优|良好|良|中等|中|合格|及格|较差|差|不合格)/u;
const GRADE_BEFORE = /(?:(?:等级|评级|评价|结果)(?:为|是)?[“"‘]?(优秀|优|良好|良|中等|中|合格|及格|较差|差|不合格)[”"’]?|[“"‘](优秀|优|良好|良|中等|中|合格|及格|较差|差|不合格)[”"’])的(?:项目)?(?:有|共)?$/u;

const RATE_WORD = /增长|下降|增幅|降幅|上升|降低|涨幅|减幅/u;

/** Cues that say which figure of each listed name follows (…自评得分分别为, 全年预算数分别为): the list goes on. */
const LIST_CUES = new Set<Cue['kind']>(['respectively', 'all-equal', 'score', 'budget', 'actual', 'completion', 'share']);

/** How many figures follow a 分别 in its list: up to the end of the clause, cues (占, 为) between them allowed. */
function figuresAhead(tokens: readonly Token[], from: number): number {
  let count = 0;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type === 'figure') count++;
    else if (t.type === 'sentence-end' || (t.type === 'clause-end' && t.mark !== '、') || t.type === 'topic') break;
  }
  return count;
}

function roleFromCue(cue: Cue | undefined, figure: Figure): Role {
  const isPercent = figure.kind === 'percent';
  // 较上年减少 2 辆: a change of a count, which no fact holds — not the count itself.
  if (figure.kind === 'count' && (cue?.kind === 'direction' || cue?.kind === 'direction-any')) return 'change';
  if (figure.kind === 'count') return 'count';
  if (figure.kind === 'score') return 'score';
  if (!cue) return isPercent ? 'bare' : figure.kind === 'amount' ? 'amount' : 'bare';
  switch (cue.kind) {
    case 'direction':
    case 'direction-any':
      return isPercent ? 'change-rate' : cue.of === 'rate' ? 'bare' : 'change';
    case 'direction-to':
      return isPercent ? 'bare' : 'amount';
    case 'share':
      return isPercent ? 'share' : 'amount';
    case 'completion':
      return isPercent ? 'completion' : 'budget'; // 完成全年预算 1,234 万元的 98%: the budget stands inside the phrase
    case 'budget':
      return isPercent ? 'bare' : 'budget';
    case 'actual':
      return isPercent ? 'bare' : 'actual';
    case 'base':
      return isPercent ? 'bare' : cue.base === 'previous-year' ? 'previous' : 'budget'; // 比 2023 年的 4,694 万元
    default:
      return isPercent ? 'bare' : 'amount';
  }
}

export interface ReadContext {
  index: TopicIndex;
  /** the data's year */
  year: number;
  section: SectionKind | undefined;
  /** the subject carried in from the block before (a list item's title paragraph) */
  carried: Topic | undefined;
}

export function readClaims(tokens: Token[], ctx: ReadContext): Claim[] {
  const claims: Claim[] = [];
  let subject: Topic | undefined = ctx.carried;
  let subjectPin: Pin = ctx.carried ? 'carried' : 'none';
  const recent: Topic[] = ctx.carried ? [ctx.carried] : [];
  let base: BaseKind = 'previous-year';
  let budget: BudgetKind = 'unspecified';
  // The budgets the block names (年初预算, 全年预算): what 预算 alone means in it.
  const namedBudgets = new Set<BudgetKind>();
  const noteBudget = (kind: BudgetKind | undefined) => {
    if (kind === 'opening' || kind === 'full-year') namedBudgets.add(kind);
  };
  let pending: { cue: Cue; token: Token & { type: 'cue' } } | undefined;
  let direction: FigureClaim['direction'];
  let wholeTopic: string | undefined;
  let awaitingWhole = false;
  let sentence = 0;
  const openComparisons: WordClaim[] = [];
  // In a description (主要用于…, 主要原因是…) a name is the subject only if a figure follows it in its clause.
  let describing = false;
  let deferred: Topic | undefined;
  // 主要原因：项目支出增加，较上年度增加 N 万元 — the reason's subject goes on into the next clause.
  let described: Topic | undefined;
  // A parenthetical's subject does not outlive it: （其中：一般公共预算财政拨款收入 …）
  const bracketStack: Array<{ subject: Topic | undefined; pin: Pin }> = [];
  // 基本支出、项目支出分别占 72.66%、27.34%: names listed, then 分别, then one figure each.
  let enumeration: Topic[] = [];
  let distribute: Topic[] = [];
  let allEqual: Topic[] = [];
  // More figures follow 分别 than names precede it: which figure is whose, the text does not say.
  let unmatchedList = false;
  // 其中：服务 27.06 万元 — after 其中 a figure with no name of its own is some part, not the whole.
  let partOf: Topic | undefined;
  // A direction word said of the subject in this sentence (for 减少为 0 …，与上年持平).
  let directionInSentence: { topic: Topic | undefined; text: string } | undefined;
  // 决算数小于年初预算数 666.13 万元: an amount after a comparison with a budget is the difference.
  let comparedInClause = false;

  // The direction the text last stated (减少 …, 决算数小于…), and the reason being read, if any.
  let stated: 'up' | 'down' | undefined;
  let reason: ReasonClaim | undefined;
  const closeReason = () => {
    if (reason && reason.words.length > 0) claims.push(reason);
    reason = undefined;
  };

  const setSubject = (t: Topic) => {
    if (t !== partOf) partOf = undefined;
    subject = t;
    subjectPin = 'name';
    unheld = false;
    const at = recent.indexOf(t);
    if (at >= 0) recent.splice(at, 1);
    recent.unshift(t);
  };

  // A subject the text names but no topic holds (统计信息事务（项） not in the data): its figures have no fact.
  let unheld = false;

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.type !== 'topic' && !(token.type === 'clause-end' && token.mark === '、')) {
      if (!(token.type === 'cue' && LIST_CUES.has(token.cue.kind))) enumeration = [];
    }
    switch (token.type) {
      case 'topic': {
        const topic = pickTopic(ctx.index, token.ids, ctx.section);
        if (!topic) break;
        if (awaitingWhole) wholeTopic = topic.id; // 占本年支出合计的: the whole, not a new subject
        else if (describing) deferred = topic;
        else if (topic.attribute && subject?.amount && ctx.section && subject.sections.includes(ctx.section) && subjectPin === 'name') break;
        else setSubject(topic);
        enumeration.push(topic);
        break;
      }
      case 'unknown':
      case 'untracked':
        if (awaitingWhole || describing) break;
        subject = undefined;
        subjectPin = 'none';
        unheld = true;
        break;
      case 'cue': {
        const cue = token.cue;
        switch (cue.kind) {
          case 'base': {
            if (reason) reason.otherPeriod = true;
            const year = /(19|20)\d\d/u.exec(token.text);
            // A base year before last year (比 2019 年) is a comparison the data cannot check; the report
            // year itself (与 2024 年度相比 in 2024) is a slip for last year, reported as wrong-year.
            base = year && cue.base === 'previous-year' && Number(year[0]) !== ctx.year - 1 && Number(year[0]) !== ctx.year ? 'other-year' : cue.base;
            if (cue.budget) budget = cue.budget;
            noteBudget(cue.budget);
            if (year) claims.push({ kind: 'base-year', span: token, text: token.text, year: Number(year[0]), base: cue.base });
            for (const c of openComparisons) c.budget = cue.budget ?? c.budget;
            pending = { cue, token };
            break;
          }
          case 'respectively': {
            // The figures go to the last names listed, as many as there are figures
            // (“三公”经费中因公出国（境）费、…、公务接待费分别占 …: the whole named first is not one of them).
            const count = figuresAhead(tokens, t);
            if (enumeration.length > 1 && count > 1 && count <= enumeration.length) distribute = enumeration.slice(-count);
            else if (enumeration.length > 1 && count > enumeration.length) unmatchedList = true;
            // the cue before 分别 (得分, 全年预算数) still says what the figures are
            break;
          }
          case 'all-equal':
            // 公务用车购置费、国（境）外接待费均为 0: one figure for each name.
            if (new Set(enumeration).size > 1) allEqual = [...new Set(enumeration)];
            break;
          case 'flat':
            if (directionInSentence && directionInSentence.topic === subject) {
              claims.push({
                kind: 'conflict', span: token, text: `${directionInSentence.text}…${token.text}`, topic: subject, base, budget,
                approximately: false, section: ctx.section, sentence,
              });
            }
            if (!reason) stated = undefined;
            claims.push({
              kind: 'flat', span: token, text: token.text, topic: subject, base, budget,
              approximately: token.text.startsWith('基本'), section: ctx.section, sentence,
            });
            break;
          case 'comparison': {
            const claim: WordClaim = {
              kind: 'comparison', span: token, text: token.text, topic: subject, base: 'budget', budget,
              comparison: cue.comparison, approximately: false, section: ctx.section, sentence,
            };
            claims.push(claim);
            openComparisons.push(claim);
            stated = cue.comparison === 'greater' ? 'up' : cue.comparison === 'less' ? 'down' : undefined;
            comparedInClause = cue.comparison === 'greater' || cue.comparison === 'less';
            pending = { cue, token };
            break;
          }
          case 'budget':
            budget = cue.budget;
            noteBudget(cue.budget);
            // 决算数大于年初预算数: the budget named after the comparison word says which budget —
            // the first one named: 大于全年预算数，…；年初预算为 … speaks of another budget.
            for (const c of openComparisons) c.budget = cue.budget;
            openComparisons.length = 0;
            pending = { cue, token };
            break;
          case 'completion':
            budget = cue.budget === 'unspecified' ? budget : cue.budget;
            noteBudget(cue.budget);
            pending = { cue, token };
            break;
          case 'share':
            awaitingWhole = true;
            wholeTopic = undefined;
            pending = { cue, token };
            break;
          case 'direction':
            directionInSentence = { topic: subject, text: token.text };
            direction = { direction: cue.direction, span: token, text: token.text };
            if (reason) reason.words.push({ direction: cue.direction, span: token, text: token.text });
            pending = { cue, token };
            break;
          case 'direction-to':
            directionInSentence = { topic: subject, text: token.text };
            pending = { cue, token };
            break;
          case 'direction-any':
            direction = undefined;
            pending = { cue, token };
            break;
          case 'reason':
            closeReason();
            if (stated) reason = { kind: 'reason', explains: stated, words: [], otherPeriod: false };
            describing = true;
            deferred = undefined;
            described = undefined;
            pending = undefined;
            break;
          case 'description':
            describing = true;
            deferred = undefined;
            pending = undefined;
            break;
          case 'of-which':
            partOf = subject;
            pending = undefined;
            break;
          case 'not-comparable':
            pending = undefined;
            break;
          default:
            pending = { cue, token };
        }
        break;
      }
      case 'figure': {
        const figure = token.figure;
        // A figure ends the reason: what follows is a statement of its own. The direction word
        // right before it (…；其他收入减少 1.87 万元) belongs to the figure, not to the reason.
        if (reason && direction && reason.words.at(-1)?.span === direction.span) reason.words.pop();
        closeReason();
        if (direction) stated = direction.direction;
        if (deferred) {
          setSubject(deferred);
          deferred = undefined;
          described = undefined;
        } else if (describing && described && !distribute.length && (pending?.cue.kind === 'direction' || pending?.cue.kind === 'base')) {
          setSubject(described);
          subjectPin = 'carried';
        }
        let role = roleFromCue(pending?.cue, figure);
        let claimBase = base;
        // 大于年初预算数 64.31 万元, 比全年预算少 3.2 万元: the difference from the budget, unless a
        // direction word follows the amount in its clause (比年初预算数 1,723.7 万元减少 666.13 万元: that one is the budget).
        const differenceCue = pending && (pending.cue.kind === 'comparison' || pending.cue.kind === 'budget'
          || (pending.cue.kind === 'base' && pending.cue.base === 'budget'));
        // 增长 13.95: a rate word, a number with no unit — a rate whose % is missing.
        const missingPercent = figure.kind === 'bare' && pending?.cue.kind === 'direction' && RATE_WORD.test(pending.token.text);
        if (missingPercent) role = 'change-rate';
        const following = tokens[t + 1];
        const changeFollows = following?.type === 'cue' && (following.cue.kind === 'direction' || following.cue.kind === 'direction-any' || following.cue.kind === 'comparison');
        if (comparedInClause && differenceCue && figure.kind === 'amount' && !changeFollows) {
          role = 'change';
          claimBase = 'budget';
        }
        let grade: string | undefined;
        if (figure.kind === 'count' || figure.kind === 'bare') {
          const after = GRADE_AFTER.exec(token.after);
          const before = GRADE_BEFORE.exec(token.before);
          if ((figure.unit === '个' || figure.unit === '项' || figure.unit === '') && (after ?? before)) {
            grade = after ? after[1] : before![1] ?? before![2];
            role = 'grade-count';
          }
        }
        const next = distribute.shift();
        if (next) {
          subject = next;
          subjectPin = 'name';
        }
        // 其他费用 12.34 万元: a name no topic knows — neither the subject before nor the section's is meant.
        const namelessPart = partOf !== undefined && subject === partOf && !next && role !== 'share';
        const unknown = (token.unknownSubject || unheld || namelessPart || unmatchedList) && !next;
        const target = unknown ? undefined
          : subject ?? (ctx.section ? ctx.index.topics.get(ctx.index.sectionDefault[ctx.section] ?? '') : undefined);
        const pin: Pin = unknown || !target ? 'none' : subject ? subjectPin : 'default';
        // 增幅为 -7.83%, a 增减额 column's -267.94: the sign turns the word around.
        const signed = direction && figure.negative ? { ...direction, direction: direction.direction === 'up' ? 'down' as const : 'up' as const } : direction;
        if (allEqual.length > 0) {
          // A bare 0 is 0 in any unit: each name's amount.
          const shared = figure.kind === 'bare' && figure.value.isZero() && role === 'bare' ? 'amount' : role;
          for (const each of allEqual) {
            claims.push({
              kind: 'figure', block: token.block, figure, role: shared, topic: each, recent: [], base: claimBase, budget,
              wholeTopic: undefined, direction: undefined, grade: undefined, section: ctx.section, sentence,
              cueText: undefined, pin: 'name', before: token.before, after: token.after, shared: true,
            });
          }
          allEqual = [];
          pending = undefined;
          awaitingWhole = false;
          break;
        }
        claims.push({
          kind: 'figure', block: token.block, figure, role, topic: target, recent: unknown ? [] : [...recent], base: claimBase,
          budget: pending?.cue.kind === 'completion' ? (pending.cue.budget === 'unspecified' ? budget : pending.cue.budget) : budget,
          wholeTopic: role === 'share' ? wholeTopic : undefined,
          direction: role === 'change' || role === 'change-rate' ? signed : undefined,
          grade, section: ctx.section, sentence,
          cueText: pending && pending.token.end <= token.start && pending.token.end > pending.token.start ? pending.token.text : undefined,
          pin, before: token.before, after: token.after, ...(missingPercent ? { missingPercent } : {}),
        });
        // A list of figures (各下降 7.54%、7.54%; 占 60%、40%) shares the cue in front of it.
        if (tokens[t + 1]?.type !== 'figure') {
          pending = undefined;
          direction = undefined;
        }
        awaitingWhole = false;
        break;
      }
      case 'clause-end':
        if (token.mark !== '、') allEqual = [];
        if (describing && deferred) described = deferred;
        comparedInClause = false;
        pending = undefined;
        direction = undefined;
        awaitingWhole = false;
        wholeTopic = undefined;
        deferred = undefined;
        break;
      case 'open':
        bracketStack.push({ subject, pin: subjectPin });
        break;
      case 'close':
        if (bracketStack.length > 0) ({ subject, pin: subjectPin } = bracketStack.pop()!);
        pending = undefined;
        break;
      case 'sentence-end':
        partOf = undefined;
        unmatchedList = false;
        allEqual = [];
        described = undefined;
        comparedInClause = false;
        distribute = [];
        directionInSentence = undefined;
        describing = false;
        deferred = undefined;
        pending = undefined;
        direction = undefined;
        awaitingWhole = false;
        wholeTopic = undefined;
        openComparisons.length = 0;
        budget = 'unspecified';
        sentence++;
        break;
      case 'year':
        if (reason && token.year !== undefined) reason.otherPeriod = true;
        break;
    }
  }
  closeReason();
  // 决算数小于预算数 after 全年预算为 …: 预算 alone is the budget the block names; with both named, a guess.
  const only = namedBudgets.size === 1 ? [...namedBudgets][0]! : namedBudgets.size > 1 ? 'ambiguous' : 'unspecified';
  for (const c of claims) if ((c.kind === 'figure' || c.kind === 'comparison' || c.kind === 'flat') && c.budget === 'unspecified') c.budget = only;
  return claims;
}

/** The subject a block leaves for the next one (a list title followed by its details). */
export function lastSubject(claims: Claim[], tokens: readonly Token[], ctx: Pick<ReadContext, 'index' | 'section'>): Topic | undefined {
  for (let i = claims.length - 1; i >= 0; i--) {
    const c = claims[i]!;
    if (c.kind === 'figure' && c.topic) return c.topic;
  }
  // A paragraph with no figure (1、行政运行（项）：) hands on the last name it mentions.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.type === 'unknown' || t.type === 'untracked') return undefined;
    if (t.type === 'topic') return pickTopic(ctx.index, t.ids, ctx.section);
  }
  return undefined;
}
