/**
 * Reading a figure: its role from the cue in front of it, its subject from the
 * reader's state (a 分别 list, a 均为 list, 其中, a reason's own subject), and
 * what pinned that subject — a name, a carried subject, or only the section's default.
 */
import { isZeroFigure } from '../figures.js';
import { RATE_WORD, type BaseKind, type Cue } from '../lexicon.js';
import { STOCK_CHANGED, type Token } from '../reader.js';
import type { Topic, TopicIndex } from '../topics/index.js';
import type { FigureClaim, Pin } from './model.js';
import { gradeOf, gradeWordOf, roleFromCue } from './roles.js';
import type { ClaimReader } from './state.js';
import { qualifiedRow } from './index.js';

type FigureToken = Token & { type: 'figure' };

/** The words that make a figure after a list of names their sum (A和B两项合计, A、B合计为). */
const SUM_BEFORE = /(?:[两二三四五六七八九]项|二者|两者|三者|以上各项)?(?:合计|共计|总计|之和|合共|加总)(?:金额|数)?(?:为|是|达)?$/u;

/**
 * A sum heading its clause after names stated with their figures (…分别为 X、Y，合计 S; A X、B Y，两项合计占 P%):
 * the count of the names it adds up, where the words give one; an amount's 占 and its whole may stand between.
 */
const SUM_HEAD = /[，,；;]\s*(?:([两二三四五六七八九])(?:项|者)|以上各项|上述各项)?(?:合计|共计|总计|加总|合共)(?:金额|数)?(?:为|是|达)?(?:所?占(?:比|比重|比例)?(?:为|是|达)?[^，,；;。]*)?$/u;
/** 安排的支出 right after a name (使用上级补助收入安排的支出 147.06 万元): what the name's money paid for. */
const ARRANGED_FROM = /安排的?(?:支出|资金)?(?:为|是|达|共计|合计)?$/u;
const NUMERALS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Cues that say which figure of the subject follows, not of a reason's matter. */
export const SUBJECT_FIGURES = new Set<Cue['kind']>(['budget', 'actual', 'completion', 'share', 'comparison', 'comparison-any']);

/** A budget scope's words alone at the end of the words before a figure (…其中，一般公共预算 2,053.90). */
const SCOPE_BEFORE = /(一般公共预算|政府性基金预算|国有资本经营预算)(?:财政拨款)?(?:为|是)?$/u;

/** The whole's line of the scope named right before the figure, where exactly one topic holds it. */
function scopeLineOf(r: ClaimReader, whole: Topic, before: string): Topic | undefined {
  const scope = SCOPE_BEFORE.exec(before)?.[1];
  if (scope === undefined) return undefined;
  for (const n of whole.names) {
    const name = n.startsWith('财政拨款') ? `${scope}${n}` : undefined;
    const ids = name === undefined ? undefined : r.ctx.index.byName.get(name);
    if (ids?.length === 1) return r.ctx.index.topics.get(ids[0]!);
  }
  return undefined;
}

/** Words that make a figure approximate: 约 5%, 近 40 万元, 超过 100 万元 — and after it, 5% 左右. */
const APPROXIMATE_BEFORE = /(?:约合?|大约|大概|折合约|近|将近|接近|超过|逾|不到|不足)(?:为|是)?$/u;
const APPROXIMATE_AFTER = /^(?:左右|上下)/u;

/** The word that says a figure is approximate (增幅约 5%, 减少近 40%), if one stands beside it. */
function approximateWord(token: FigureToken): string | undefined {
  return APPROXIMATE_BEFORE.exec(token.before)?.[0] ?? APPROXIMATE_AFTER.exec(token.after)?.[0];
}

/** 倍 right after a number: a multiple (增长 1.56 倍), not a rate or an amount. */
const MULTIPLE = /^倍/u;

export function readFigure(r: ClaimReader, token: FigureToken, at: number): void {
  const figure = token.figure;
  const { pending, ctx } = r;
  // A figure ends the reason: what follows is a statement of its own. The direction word
  // right before it (…；其他收入减少 1.87 万元) belongs to the figure, not to the reason.
  if (r.reason && r.direction && r.reason.words.at(-1)?.span === r.direction.span) r.reason.words.pop();
  r.closeReason();
  // The change a later reason explains: not one against another period (比 2019 年…增加).
  if (r.direction && r.base !== 'other-year') r.stated = r.direction.direction;
  if (r.deferred) {
    r.takeDeferred();
    r.described = undefined;
  } else if (r.describing && r.described && !r.distribute.length && (pending?.cue.kind === 'direction' || pending?.cue.kind === 'base')) {
    r.setSubject(r.described);
    r.subjectPin = 'carried';
  }
  // 公务接待费 X 万元，平均每批次 Y 万元，共接待 41 批次: a per-batch (per-head …) amount has no count — a count
  // with no words of its own after it is again the subject's before the qualifier.
  const qualified = r.qualifiedSubject;
  if (qualified && figure.kind === 'count' && token.unknownName === undefined && token.otherQuantity === undefined && r.unnamed === qualified.words) {
    r.clearUnheld();
    r.subject = qualified.subject;
    r.subjectPin = qualified.pin;
  }
  // 使用上级补助收入安排的支出 X: spending the name's money paid for, another quantity than the name's own (the income).
  if (r.subject && r.subjectName !== undefined && !r.subjectName.includes('安排') && token.before.includes('安排') && ARRANGED_FROM.test(token.before)) {
    r.setUnheldName(`${r.subjectName}安排的支出`);
  }
  // 主要用于：教育（类）支出 X 万元，占 Y%: once a figure is said of a name no topic holds, so is what follows it.
  if (r.unheldInClause) {
    r.subject = undefined;
    r.subjectPin = 'none';
    r.unheld = true;
  }
  // 2024 年、2023 年分别为 X、Y: this figure's year is the one in its place in the list.
  if (r.yearsEach.length > 0) r.lastYear = r.yearsEach.shift()!;
  let role = roleFromCue(pending?.cue, figure);
  let claimBase = r.base;
  // 超支 X 万元 / 超支 X%: the word names its base, the budget (the one the sentence names, else unspecified).
  if (pending?.cue.kind === 'direction' && pending.cue.against === 'budget') claimBase = 'budget';
  // 大于年初预算数 64.31 万元, 比全年预算少 3.2 万元: the difference from the budget, unless a
  // direction word follows the amount in its clause (比年初预算数 1,723.7 万元减少 666.13 万元: that one is the budget).
  const differenceCue = pending && (pending.cue.kind === 'comparison' || pending.cue.kind === 'comparison-any' || pending.cue.kind === 'budget'
    || (pending.cue.kind === 'base' && (pending.cue.base === 'budget' || r.comparedBase !== undefined)));
  // 增长 13.95: a rate word, a number with no unit — a rate whose % is missing. 占 76.23 likewise: after 占 a
  // number is a share whatever it carries (占本年收入合计 4,340.16 万元的 100%: the whole's amount, before 的).
  // 增长 1.56 倍, 是上年的 2.56 倍: a multiple, no rate missing its % (a fix wrote 156.41%倍) — and no fact of the data.
  const multiple = figure.kind === 'bare' && MULTIPLE.test(token.after);
  const rateWithoutPercent = !multiple && figure.kind === 'bare' && pending?.cue.kind === 'direction' && RATE_WORD.test(pending.token.text);
  const shareWithoutPercent = figure.kind === 'bare' && pending?.cue.kind === 'share' && !token.after.startsWith('的');
  const missingPercent = rateWithoutPercent || shareWithoutPercent;
  // 基本支出 1,107.72 after （单位：万元，下同）: an amount in the unit stated for it — not a rate missing its % (增长 13.95).
  if (figure.kind === 'bare' && token.impliedUnit && !missingPercent) {
    figure.unit = token.impliedUnit;
    figure.kind = 'amount';
    role = roleFromCue(pending?.cue, figure);
  }
  // 基本支出所占比重较上年的 72.89%: after 比重 / 占比 in the clause, a % right after the base that names last year is last year's share.
  const previousShare = figure.kind === 'percent' && pending?.cue.kind === 'base' && pending.cue.base === 'previous-year' && r.awaitingWhole
    && /的$/u.test(token.before);
  if (previousShare) role = 'share';
  if (rateWithoutPercent) role = 'change-rate';
  if (shareWithoutPercent) role = 'share';
  // 年初预算为 1,300 万元（其中住房公积金 1,000 万元…）: a part's figure with no words of its own in the bracket
  // that breaks a budget (last year's figure) down is that kind of figure too (blind 15L §1b).
  const brokenDown = r.brackets.at(-1)?.role;
  const partNamed = r.tokens[at - 1];
  if (brokenDown && role === 'amount' && !pending && figure.kind === 'amount' && partNamed?.type === 'topic'
    && /^(?:为|是)?$/u.test(wordsAfterCue(token.before, partNamed.name))) role = brokenDown;
  // 较上年增 69.98 万元, 较上年猛增…, 比上年略有减…: a verb of change no cue holds between the base and the figure — the
  // figure is the change, never last year's figure (blind 15L §1c); which way, the word the lexicon lacks does not say for sure.
  const verbAfterBase = role === 'previous' && pending?.cue.kind === 'base' && CHANGE_CHAR.test(wordsAfterCue(token.before, pending.token.text));
  if (verbAfterBase) role = 'change';
  // An amount after 占 is the whole's, where one is named; never the subject's amount (a fix would write one after 占).
  const amountAfterShare = pending?.cue.kind === 'share' && figure.kind !== 'percent' && !shareWithoutPercent;
  const wholeAmount = amountAfterShare && figure.kind === 'amount' && r.wholeTopic ? ctx.index.topics.get(r.wholeTopic) : undefined;
  if (amountAfterShare && !wholeAmount) role = 'bare';
  const following = r.tokens[at + 1];
  const changeFollows = following?.type === 'cue' && (following.cue.kind === 'direction' || following.cue.kind === 'direction-any' || following.cue.kind === 'comparison' || following.cue.kind === 'comparison-any');
  if (r.comparedInClause && differenceCue && figure.kind === 'amount' && !changeFollows) {
    role = 'change';
    claimBase = r.comparedBase ?? 'budget';
  }
  // 年初预算为 Y，差值为 Z: the difference from the other figure its sentence states; with none, or both a budget and last year's, a guess.
  if (pending?.cue.kind === 'difference' && role === 'change') {
    const base = differenceBase(r);
    if (base) claimBase = base;
    else role = 'bare';
  }
  // 提高 0.64 个百分点 of a share only where 占比 (占…的比重) says so in its clause: of a rate (执行率) the data holds no change;
  // or where the subject's share is the figure right before it in the sentence (比重为 30.66%，比上年提高 0.64 个百分点).
  const shareBefore = role === 'share-change' && !r.awaitingWhole ? shareJustStated(r) : undefined;
  if (role === 'share-change' && !r.awaitingWhole && !shareBefore) role = 'bare';
  // 由上年的 30.02% 上升到 30.66%: this year's figure after last year's, the word between saying which way it went.
  const fromPrevious = pending?.cue.kind === 'direction-to' ? previousJustStated(r, figure) : undefined;
  if (fromPrevious && figure.kind === 'percent') role = 'share';
  let grade = gradeOf(token);
  if (grade !== undefined) role = 'grade-count';
  // 评价等级为优的项目 3 个，良的项目 2 个: the grade's word alone after a grade stated in the sentence is that grade's
  // count; with none stated it may be a grade — a guess, never the projects' count (blind 10L R1).
  const gradeWord = grade === undefined ? gradeWordOf(token) : undefined;
  if (gradeWord !== undefined) {
    const stated = r.claims.some((c) => c.kind === 'figure' && c.role === 'grade-count' && c.sentence === r.sentence && c.block === token.block);
    if (stated) {
      grade = gradeWord;
      role = 'grade-count';
    } else role = 'bare';
  }
  // 2024年度为 198.47 万元 (in 2025): last year's amount, checked against last year's figure; any other
  // figure of last year (its share, its completion) the data does not hold. A change is this year's against last.
  // 公务用车购置费为 0: a bare 0 said (为, 是) of one amount is 0 in any unit — the amount's (not a table cell, whose column may be another year's).
  if (figure.kind === 'bare' && role === 'bare' && !pending && !r.otherYear && /(?:为|是)$/u.test(token.before) && isZeroFigure(figure) && r.subject?.amount && r.subjectPin === 'name' && r.allEqual.length === 0) role = 'amount';
  // 由 3,421.41 万元减少到 3,153.47 万元, 占比由 72.89% 下降至 72.66%: the figure after 由/从 with 减少到 (降至…) right
  // after it is what the subject came from — last year's, never this year's (blind 11L B2, B3: fixed to this year's).
  // Pinned where the sentence names last year as its base (与上年相比); with no base named the period is a guess.
  const cameFrom = !r.lastYear && !r.otherYear && (role === 'amount' || role === 'share') && CAME_FROM.test(token.before)
    && following?.type === 'cue' && following.cue.kind === 'direction-to';
  // 2024年、2023年…均为 X: last year's listed first leaves this year's named last, read as this year's; the other reading follows.
  const lastYear = previousShare
    || (((r.lastYear && r.bothYears !== r.sentence) || cameFrom) && role !== 'change' && role !== 'change-rate' && role !== 'previous');
  if (lastYear && (role === 'amount' || role === 'actual')) {
    role = 'previous';
    claimBase = 'previous-year';
  }

  // 事业收入和其他收入两项合计 21.60 万元，占…: the sum of the names listed, and what follows is said of the sum.
  const listed = r.listed;
  if (listed.length > 0) r.listed = [];
  const listParts = listed.length > 1 && SUM_BEFORE.test(token.before) ? partsListed(listed, r.tokens[at - 1]) : [];
  const summed = listParts.length > 1 ? { parts: listParts, pinned: true } : summedInSentence(r, token);
  if (summed && !r.describing) {
    r.subject = undefined;
    r.subjectPin = 'none';
    r.unheld = true;
    r.newUnheldName();
    r.sumOf = summed.parts;
    r.sumPinned = summed.pinned;
  }
  if (r.allEqual.length > 0) {
    sharedFigure(r, token, role, claimBase);
    return;
  }
  let next = r.distribute.shift();
  // 公务用车购置及运行维护费 X（购置费 Y、运行维护费 Z）: the short name of one of the whole's parts, in its bracket or after its 其中.
  const short = !next && token.unknownName !== undefined ? partByShortName(r, token.unknownName) : undefined;
  if (short) {
    next = short;
    token = { ...token, unknownName: undefined };
    r.subjectName = undefined;
  }
  // 人员经费 X，主要包括基本工资 Y、津贴补贴 Z; 公用经费 X，其中物业管理费 Y: 公开06表's rows, named exactly under their
  // group — never the group's total. A row's name with no group of it in the sentence is a guess (blind 9L B10, N8).
  const rowName = !next ? economicRowNameBefore(r, token.before) : undefined;
  let guessedRow = false;
  if (rowName !== undefined) {
    let row = economicRow(r, rowName);
    // 按经济分类，工资福利支出 X，占基本支出的 P% in 六: no group named in the sentence — the section's 基本支出 is the
    // likely one (the department's 基本支出 of all funds the other): a reading, verified where it agrees (blind 14L §5.1).
    if (!row && ctx.section === 'basic') {
      const whole = ctx.index.topics.get(ctx.index.sectionDefault.basic ?? '');
      row = whole && qualifiedRow(ctx.index, rowName, whole);
      guessedRow = row !== undefined;
    }
    if (row) {
      next = row;
      r.subjectName = undefined;
      // …商品和服务支出 9,811.67 万元，占 28.52%: the name was read as one no topic holds; the row holds it, and what follows.
      if (r.unheld && r.unnamed === rowName) r.clearUnheld();
    }
    token = { ...token, unknownName: row ? undefined : rowName };
  }
  // 全年购置执法执勤车辆 5 辆: the vehicles of one kind bought — most likely all the vehicles bought (some of another
  // kind may have been bought too): 购置公务用车's count as a reading, verified where it agrees (blind 14L §5.3).
  const boughtWords = !next && figure.kind === 'count' && figure.unit === '辆' ? token.unknownName ?? (r.unheld ? r.unnamed : undefined) : undefined;
  if (boughtWords !== undefined && BOUGHT_OF_KIND.test(boughtWords)) {
    const ids = ctx.index.byName.get('购置公务用车');
    const bought = ids && ctx.index.topics.get(ids[0]!);
    if (bought) {
      next = bought;
      guessedRow = true;
      if (token.unknownName !== undefined) token = { ...token, unknownName: undefined };
      r.clearUnheld();
      r.subjectName = undefined;
    }
  }
  if (next) {
    r.subject = next;
    // 授予中小企业合同金额 X，其中货物、服务分别为 Y、Z: a name read as a guess leaves its figure a guess.
    r.subjectPin = r.guessedNames.has(next) || guessedRow ? 'default' : 'name';
  }
  // 年末结转和结余 X，其中政府性基金预算财政拨款结转 Y: the scope's own balance of the whole, read from the scope's name after
  // 其中 — the 结转 after it names that balance again, no other quantity. 结转和结余 is all of it; 结转 (or 结余) alone may
  // be a part of it (结转 Y、结余 Z), which the data does not split: a reading, verified where it agrees (blind 14L §5.4).
  const balance = !next && token.otherQuantity !== undefined ? balanceAgain(r, token.otherQuantity) : undefined;
  if (balance) {
    token = { ...token, otherQuantity: undefined };
    if (balance === 'part' && r.subjectPin === 'name') r.subjectPin = 'default';
  }
  // 其他费用 12.34 万元: a name no topic knows — neither the subject before nor the section's is meant.
  // 财政拨款收入 X（其中，一般公共预算 Y，政府性基金预算 Z）: a scope's words alone right before the part's figure name the
  // scope's own line of the whole (一般公共预算财政拨款收入), where the data holds one.
  // (预算 at the end of the scope's words is no budget cue here.)
  const scopedPart = r.partOf !== undefined && r.subject === r.partOf && !next && (role === 'amount' || role === 'budget') && figure.kind === 'amount'
    ? scopeLineOf(r, r.partOf, token.before) : undefined;
  if (scopedPart) role = 'amount';
  const namelessPart = r.partOf !== undefined && r.subject === r.partOf && !next && role !== 'share' && !scopedPart;
  // 主要原因是上年…，实际较上年增加资金 B 万元: a figure in a reason that names no subject of its own
  // is about what the reason speaks of, not the subject the reason explains — unless its words say it is
  // the subject's budget, actual, completion or share (主要是…支出；年初预算为 X): no reason states those.
  const ofReason = r.inReason && !r.reasonNamed && !next && !(pending && SUBJECT_FIGURES.has(pending.cue.kind));
  // 占财政拨款支出的 86.22%: a whole the words name but no topic here holds is not the subject's usual whole.
  const wholeUnknown = role === 'share' && pending?.cue.kind === 'share' && r.awaitingWhole && r.wholeTopic === undefined
    ? r.unheldWhole ?? (onlyNamesBetween(r.tokens, r.shareCueAt, at) ? wholeNamedAfter(token.before, pending.token.text) : undefined) : undefined;
  // 分别占货物、服务支出金额的 63.48% 和 100.00%: each figure of the 分别 list is of its own whole, in order; with
  // wholes and figures not one for one, which whole a share is of the words do not say.
  let listedWhole: string | undefined;
  let wholeUnpinned = false;
  if (role === 'share' && r.wholes.length > 1) {
    const k = next && r.respectivelyOf.length === r.wholes.length ? r.respectivelyOf.length - r.distribute.length - 1 : -1;
    listedWhole = k >= 0 ? r.wholes[k] : undefined;
    wholeUnpinned = listedWhole === undefined;
  }
  if (multiple) role = 'bare';
  const unknown = wholeUnpinned || multiple || ((token.unknownName !== undefined || token.otherQuantity !== undefined || r.unheld || r.unheldInClause || namelessPart || r.unmatchedList || ofReason) && !next)
    || wholeUnknown !== undefined;
  let target = unknown ? undefined
    : wholeAmount ?? scopedPart ?? r.subject ?? (ctx.section ? ctx.index.topics.get(ctx.index.sectionDefault[ctx.section] ?? '') : undefined);
  let pin: Pin = unknown || !target ? 'none' : wholeAmount || scopedPart ? 'name' : r.subject ? r.subjectPin : 'default';
  // 政府性基金预算财政拨款支出 X，全部用于…（项），…同比下降 4.4%: the 项 has no last year in the data; the change may be
  // the subject's named before it in the sentence — a guess, verified where it agrees (blind 12L). Not where the change's
  // own clause names its subject (…本年收入 X，本年支出 Y，支出比上年减少 Z，下降 P%, blind 19Y §1): it is that one's,
  // and so is the rate after it in the sentence.
  const isChange = role === 'change' || role === 'change-rate';
  const ownSubject = isChange && target !== undefined && target === r.subject && pin === 'name'
    && (r.changeNamed === target || namedInClause(r.tokens, at, target));
  // …本年收入 X，本年支出 Y，比上年减少 Z: a change whose clause names no subject, after a sentence that named both flows
  // of a scope — either flow's change, the words do not say which (blind 19Y §1): a guess, its rival the other flow.
  const otherFlow = isChange && !ownSubject && target !== undefined && target === r.subject && pin === 'name'
    && r.changeNamed !== target ? counterpartFlow(target, r.namedInSentence) : undefined;
  if (otherFlow) pin = 'default';
  const lastYearChange = isChange && !ownSubject && !otherFlow && target && claimBase === 'previous-year' && !target.changes['previous-year']
    ? [...r.namedInSentence].reverse().find((t) => t !== target && t.changes['previous-year'] !== undefined) : undefined;
  if (lastYearChange) {
    target = lastYearChange;
    pin = 'default';
  }
  if (ownSubject) r.changeNamed = target;
  if (cameFrom && pin === 'name' && r.baseNamed !== 'previous-year') pin = 'default';
  if (verbAfterBase && pin !== 'none') pin = 'default';
  // 人员经费包括…；公用经费即商品和服务支出，本年为 X (blind 15L §1a): the subject is from a clause before another
  // subject's — the figure is that one's, a guess (the earlier subject its rival), never pinned to the earlier one.
  let carriedPast: Topic | undefined;
  if (r.stopNamed && !next && target && target === r.subject && (pin === 'name' || pin === 'carried')) {
    const other = r.stopNamed.topic;
    if (other && other !== target) {
      carriedPast = target;
      target = other;
    }
    pin = 'default';
  }
  // A count in a later sentence with no noun of its own (…团组 3 个。…覆盖 1,200 人次): the name is sentences back, a guess.
  if ((role === 'count' || role === 'grade-count') && pin === 'name' && r.subjectSentence < r.sentence && !next) pin = 'default';
  // 增幅为 -7.83%, a 增减额 column's -267.94: the sign turns the word around.
  const direction = r.direction;
  const signed = direction && figure.negative ? { ...direction, direction: direction.direction === 'up' ? 'down' as const : 'up' as const } : direction;
  // 其他资金支出 12.45 万元，占 0.24%: the name no topic knows is the subject of what follows it too, not the name before;
  // 人均机关运行经费 1.94 万元，比上年增加…: so is the other quantity — not a count of what changed (新增学位 600 个，…):
  // that was an event, not a subject.
  const ownName = (token.otherQuantity !== undefined && !STOCK_CHANGED.test(token.otherQuantity) ? token.otherQuantity : undefined) ?? token.unknownName;
  const namesItself = ownName !== undefined && !next && !r.describing;
  if (namesItself) r.newUnheldName();
  const claim: FigureClaim = {
    kind: 'figure', block: token.block, figure, role, topic: target, recent: unknown ? [] : r.recentForFigure(), base: claimBase,
    budget: pending?.cue.kind === 'completion' ? (pending.cue.budget === 'unspecified' ? r.budget : pending.cue.budget) : r.budget,
    wholeTopic: role === 'share' || role === 'share-change' ? listedWhole ?? (shareBefore ?? fromPrevious)?.wholeTopic ?? r.wholeTopic : undefined,
    direction: role === 'change' || role === 'change-rate' || role === 'share-change' ? signed
      : fromPrevious && pending?.cue.kind === 'direction-to'
        ? { direction: pending.cue.direction, span: { start: pending.token.start, end: pending.token.end, block: pending.token.block }, text: pending.token.text }
        : undefined,
    grade, section: ctx.section, sentence: r.sentence,
    // 超年初预算 3.85%: the budget after 超 is said with its 超 (the message quotes 超年初预算, not 年初预算).
    cueText: pending && pending.token.end <= token.start && pending.token.end > pending.token.start
      ? `${pending.cue.kind === 'base' && pending.cue.over ? (/超[出过]?$/u.exec(token.before.slice(0, Math.max(0, token.before.lastIndexOf(pending.token.text))))?.[0] ?? '') : ''}${pending.token.text}` : undefined,
    pin, before: token.before, after: token.after,
  };
  // What only some figures carry, set where it applies: a spread of an object (or of none) per
  // optional field was a copy each, eight per figure.
  if (pin === 'default' && r.subject && target === r.subject && r.subjectRivals) claim.rivals = r.subjectRivals;
  if (otherFlow) claim.rivals = [otherFlow];
  if (carriedPast) claim.rivals = [carriedPast];
  // 财政拨款收支总计 X。其中，一般公共预算财政拨款收入 Y，占 P%: the whole just named, or the part's usual one (blind 9L B11).
  const ofWhich = r.ofWhich?.sentence === r.sentence ? r.ofWhich.whole : undefined;
  if (role === 'share' && claim.wholeTopic === undefined && target && ofWhich && ofWhich !== target && ofWhich.amount?.value !== undefined
    && target.shares.length > 0 && !target.shares.some((s) => s.wholeTopic === ofWhich.id) && !claim.rivals
    // …a whole no smaller than the part (服务 402.30 is no whole of the 授予中小企业 410.20 after it).
    && target.amount?.value !== undefined && target.amount.value.lte(ofWhich.amount.value)) claim.partWhole = ofWhich;
  if (missingPercent) claim.missingPercent = missingPercent;
  if (multiple) claim.multiple = true;
  if (scopedPart) claim.cueText = undefined;
  // 近五成: a share in words is approximate whatever stands beside it.
  const approximate = figure.range ? figure.numberText : figure.kind === 'amount' || figure.kind === 'percent' ? approximateWord(token) : undefined;
  if (approximate !== undefined) claim.approximate = approximate;
  if (ofReason) claim.ofReason = ofReason;
  if (lastYear) claim.lastYear = lastYear;
  if (fromPrevious) claim.fromPrevious = true;
  if (previousShare) claim.previousShare = true;
  if (role === 'share' && pending?.cue.kind === 'share' && pending.cue.coverage) claim.coverage = pending.cue.coverage;
  if (r.otherYear) claim.otherYear = r.otherYear;
  if (unknown && r.sumOf) {
    claim.sumOf = r.sumOf;
    if (r.sumPinned) claim.sumPinned = true;
  }
  if (claimBase === 'other-year' && r.baseYear !== undefined) claim.baseYear = r.baseYear;
  if (unknown && token.otherQuantity !== undefined) claim.otherQuantity = token.otherQuantity;
  else if (wholeUnknown !== undefined) claim.unknownName = wholeUnknown;
  else if (unknown && (token.unknownName ?? r.unnamed) !== undefined) claim.unknownName = token.unknownName ?? r.unnamed;
  if (unknown && token.unknownName === undefined && r.unnamedAmong) claim.among = r.unnamedAmong;
  if (unknown && token.unknownName === undefined && r.unnamedPartOf !== undefined) claim.partOf = r.unnamedPartOf;
  if (unknown && (r.unheld || namesItself) && r.unheldAt !== undefined) claim.unheldAt = r.unheldAt;
  r.claims.push(claim);
  // 2023年、2024年“三公”经费支出均为 0: the one figure is this year's and last year's — each checked.
  if (r.bothYears === r.sentence && role === 'amount' && target && pin === 'name' && !claim.otherYear) {
    r.claims.push({ ...claim, role: 'previous', base: 'previous-year', lastYear: true, bothYears: true });
  }
  // A list of figures (各下降 7.54%、7.54%; 占 60%、40%) shares the cue in front of it.
  if (r.tokens[at + 1]?.type !== 'figure') {
    r.pending = undefined;
    r.direction = undefined;
  }
  r.awaitingWhole = false;
  if (namesItself) {
    r.qualifiedSubject = ownName === token.otherQuantity && figure.kind !== 'count' && r.subject ? { subject: r.subject, pin: r.subjectPin, words: ownName } : undefined;
    r.subject = undefined;
    r.subjectPin = 'none';
    r.unheld = true;
    r.unnamed = ownName;
    r.unnamedAmong = undefined;
  }
}

/** 购置执法执勤车辆, 新购应急保障用车: the vehicles of a kind bought in the year. */
const BOUGHT_OF_KIND = /^(?:全年|本年|当年|年内)?共?(?:购置|新购)[^，,；;。]{1,10}(?:车辆|用车)$/u;

/** Words of a balance after a scope's name (结转, 年末结转和结余资金): `all` where they say 结转和结余, `part` for 结转 or 结余 alone. */
const BALANCE_AGAIN = /^(年初|年末)?(结转和结余|结转结余|结转|结余)(?:资金)?(?:数)?(?:为|是|共计|合计)?$/u;
/** A balance topic's start or end of the year. */
const BALANCE_END = /(?:^|\.)(opening|closing)-balance(?:\.|$)/u;

/**
 * 年初结转和结余 X，其中一般公共预算财政拨款结转 Y: the words name again the balance the subject is — a scope's balance read
 * as a part of the balance named before 其中 (see readName), at the same end of the year.
 */
/**
 * Do the words of the figure's own clause name `subject` (支出比上年减少 X: a flow word or the subject's name after the
 * last ，；。)? The change is then said of it, whatever other subject the sentence names.
 */
function namedInClause(tokens: readonly Token[], at: number, subject: Topic): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.type === 'clause-end' || t.type === 'sentence-end') return false;
    if (t.type === 'flow' || (t.type === 'topic' && t.ids.includes(subject.id))) return true;
  }
  return false;
}

/** The other flow of `flow`'s scope (政府性基金预算财政拨款收入 ↔ …支出) among the topics named in the sentence. */
function counterpartFlow(flow: Topic, named: readonly Topic[]): Topic | undefined {
  const others = new Set<string>();
  for (const n of flow.names) {
    // The last flow word of the name turned around (a string search: a regex of two open runs was polynomial, redos.test).
    const [income, spending] = [n.lastIndexOf('收入'), n.lastIndexOf('支出')];
    const at = Math.max(income, spending);
    if (at >= 0) others.add(`${n.slice(0, at)}${at === income ? '支出' : '收入'}${n.slice(at + 2)}`);
  }
  return others.size === 0 ? undefined : named.find((t) => t !== flow && t.names.some((n) => others.has(n)));
}

function balanceAgain(r: ClaimReader, words: string): 'all' | 'part' | undefined {
  const m = BALANCE_AGAIN.exec(words);
  const subject = r.subject && BALANCE_END.exec(r.subject.id);
  const whole = r.partOf && r.partOf !== r.subject && BALANCE_END.exec(r.partOf.id);
  if (!m || !subject || !whole || subject[1] !== whole[1]) return undefined;
  if (m[1] !== undefined && (m[1] === '年初') !== (subject[1] === 'opening')) return undefined;
  return m[2] === '结转和结余' || m[2] === '结转结余' ? 'all' : 'part';
}

/** A character of a verb of change (增, 减, 降, 升, 涨) the lexicon holds no word for (较上年猛增 X). */
const CHANGE_CHAR = /[增减降升涨]/u;

/** The words between a cue and the figure, from the words before the figure ('' where the cue is further back). */
function wordsAfterCue(before: string, cueText: string): string {
  const at = before.lastIndexOf(cueText);
  return at < 0 ? '' : before.slice(at + cueText.length);
}

/** What stands right before the figure a change starts from (由 X 减少到 Y, 从 X 降至 Y). */
const CAME_FROM = /(?:由|从)$/u;

/**
 * Last year's figure of the subject, if it is the last figure read and stands in this sentence, of the same kind
 * as this one (a share and a share, an amount and an amount): 由上年的 1,506.56 万元增加到 1,601.09 万元.
 */
function previousJustStated(r: ClaimReader, figure: FigureToken['figure']): FigureClaim | undefined {
  const last = r.claims.at(-1);
  if (last?.kind !== 'figure' || !last.lastYear || last.sentence !== r.sentence || last.topic === undefined || last.topic !== r.subject || last.pin === 'none') return undefined;
  const same = (last.role === 'share' && figure.kind === 'percent' && last.figure.kind === 'percent')
    || (last.role === 'previous' && figure.kind === 'amount' && last.figure.kind === 'amount' && last.figure.unit === figure.unit);
  return same ? last : undefined;
}

/**
 * The subject's share of this year, if it is the last figure read and stands in this sentence: what a change in
 * points right after it (比上年提高 0.64 个百分点) is the change of. Not where another figure stands between
 * (占 30.66%，增加 94.53 万元，增长 0.64 个百分点: a rate of what?), nor a share of last year.
 */
function shareJustStated(r: ClaimReader): FigureClaim | undefined {
  const last = r.claims.at(-1);
  // (…较上年的 72.89% 下降 0.23 个百分点: last year's share as the base, the points its change — see previousShare.)
  if (last?.kind !== 'figure' || last.role !== 'share' || last.sentence !== r.sentence || (last.lastYear && !last.previousShare) || last.sumOf) return undefined;
  return last.topic !== undefined && last.topic === r.subject && last.pin !== 'none' ? last : undefined;
}

/** The one part of the whole (named before 其中, or before the open bracket) that a name of its ends with: 购置费 of 公务用车购置及运行维护费. */
function partByShortName(r: ClaimReader, name: string): Topic | undefined {
  const whole = r.partOf ?? r.brackets.at(-1)?.subject;
  if (!whole?.parts || name.length < 3) return undefined;
  const parts = whole.parts.map((id) => r.ctx.index.topics.get(id)).filter((t): t is Topic => t?.names.some((n) => n.length > name.length && n.endsWith(name)) === true);
  return parts.length === 1 ? parts[0] : undefined;
}

/** What may stand right before a 公开06表 row's name in a list of them: a list mark, or the words that open it. */
const ROW_LEAD = /(?:^|[、，,：:；;（(\s]|包括|包含|其中|含|主要有|主要是|分别是|分别为)$/u;
/** …and between the name and its figure. */
const ROW_TAIL = /(?:支出|支出为|为|是|共计|合计|达)$/u;
/** ROW_TAIL's, a name's and ROW_LEAD's longest: the end of the words economicRowNameBefore reads (its ^ then holds only at the start). */
const ROW_WINDOW = 3 + 12 + 3;

/** The name of a 公开06表 row (基本工资, 物业管理费) the words right before a figure end with, where it stands as a list item. */
function economicRowNameBefore(r: ClaimReader, before: string): string | undefined {
  const byLast = rowNamesByLastChar(r.ctx.index);
  if (byLast.size === 0) return undefined;
  // 商品和服务支出（302）3,126.63 万元 (blind 15L §1a): the row's code in brackets after its name is the row's —
  // read without it; a code of another row (工资福利支出（302）) leaves the name unread.
  const coded = ROW_CODE.exec(before);
  const words = coded ? before.slice(0, coded.index) : before;
  // Only the end of the words matters (a tail of 3, a name of at most 12, a lead word of at most 3): this runs
  // before every figure, and `before` may hold a whole sentence.
  const window = words.slice(-ROW_WINDOW);
  let found = rowNameEnding(r, byLast, window.replace(ROW_TAIL, ''));
  // 工资福利支出 24,232.16 万元: a class of 公开06表 (301, 302, 303) whose name ends in 支出 itself (blind 14L §5.1).
  if (found === undefined && window.endsWith('支出')) found = rowNameEnding(r, byLast, window);
  if (found === undefined || !coded) return found;
  return r.ctx.index.qualifiedNames.get(found)?.includes(`basic.econ.${coded[1]}`) ? found : undefined;
}

/** A 公开06表 code in brackets right before the figure (…支出(302)). */
const ROW_CODE = /\((\d{3,5})\)$/u;

function rowNameEnding(r: ClaimReader, byLast: Map<string, string[]>, words: string): string | undefined {
  // The longest name the words end with first; only the names ending in the words' last character are tried.
  for (const name of byLast.get(words.slice(-1)) ?? []) {
    const k = words.length - name.length;
    // A name other facts bear too (住房公积金, 公务接待费) is read as a name (readName), its row only under its group.
    if (k >= 0 && words.endsWith(name) && !r.ctx.index.byName.has(name) && ROW_LEAD.test(words.slice(Math.max(0, k - 3), k))) return name;
  }
  return undefined;
}

const ROW_NAMES_BY_LAST_CHAR = new WeakMap<TopicIndex, Map<string, string[]>>();

/** The index's qualified names of 2 to 12 characters by their last character, longest first. */
function rowNamesByLastChar(index: TopicIndex): Map<string, string[]> {
  let byLast = ROW_NAMES_BY_LAST_CHAR.get(index);
  if (!byLast) {
    byLast = new Map();
    for (const name of index.qualifiedNames.keys()) {
      if (name.length < 2 || name.length > 12) continue;
      const list = byLast.get(name.slice(-1));
      if (list) list.push(name); else byLast.set(name.slice(-1), [name]);
    }
    for (const list of byLast.values()) list.sort((a, b) => b.length - a.length);
    ROW_NAMES_BY_LAST_CHAR.set(index, byLast);
  }
  return byLast;
}

/** The row of that name under the group the sentence speaks of (人员经费, 公用经费, 基本支出), kept for the rest of its list. */
function economicRow(r: ClaimReader, name: string): Topic | undefined {
  const wholes = [
    r.rowsOf?.sentence === r.sentence ? r.rowsOf.whole : undefined,
    r.subjectSentence === r.sentence ? r.subject : undefined,
    r.partOf, r.describedWhole, r.brackets.at(-1)?.subject,
  ];
  for (const whole of wholes) {
    const row = whole && qualifiedRow(r.ctx.index, name, whole);
    if (row) {
      if (r.rowsOf?.whole !== whole || r.rowsOf.sentence !== r.sentence) r.rowsOf = { whole, sentence: r.sentence };
      return row;
    }
  }
  return undefined;
}

/** Words after 占 that name no whole of their own (占总额的, 占比为, 所占比重): the subject's usual whole is meant. */
const NO_WHOLE = /^(?:总额|总数|总量|合计|总计|全部|整体|总体|同类|其中)?$/u;

/**
 * The whole a share's words name between 占 and the figure (占财政拨款支出的 86.22%), where no topic took it:
 * the words name some whole, only not one the reader knows. Undefined where they name none (占 60%, 占比为).
 */
function wholeNamedAfter(before: string, cueText: string): string | undefined {
  const at = before.lastIndexOf(cueText);
  // The cue is further back than the words kept before a figure: a long run of words stands between them.
  if (at < 0) return cueText.length > 0 ? stripShareWords(before) || undefined : undefined;
  const words = stripShareWords(before.slice(at + cueText.length));
  return NO_WHOLE.test(words) || words.length < 2 ? undefined : words;
}

/** Nothing but words and names no topic holds between two tokens (占…的 86.22%): not 占比由上年的 X%, whose words are cues. */
function onlyNamesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const type = tokens[k]!.type;
    if (type !== 'unknown' && type !== 'untracked' && type !== 'unnamed') return false;
  }
  return from >= 0;
}

/** The words of a whole's name: without digits, years and the words of a share around it (的, 比重, 为). */
function stripShareWords(words: string): string {
  return words.replace(/[^\u4e00-\u9fff“”"()（）]/gu, '').replace(/^(?:(?:19|20)?年度?)/u, '')
    .replace(/(?:的)?(?:比重|比例|份额)?(?:为|是|达到|达|约)?$/u, '').replace(/的$/u, '');
}

/** The names a list gave, once each: 行政运行、…、事业运行四个项的支出合计 X — a name of a total ending the list says the sum of the names before it, and is none of them. */
function partsListed(listed: readonly Topic[], last: Token | undefined): Topic[] {
  return [...new Set(last?.type === 'topic' && /(?:合计|总计)$/u.test(last.name) ? listed.slice(0, -1) : listed)];
}

/**
 * …，两项合计 S: the subjects of the amounts stated so far in the sentence that the sum adds up (the last two),
 * if two or more; pinned where the words count them or a 分别 listed them.
 */
function summedInSentence(r: ClaimReader, token: FigureToken): { parts: Topic[]; pinned: boolean } | undefined {
  // Every word of a sum SUM_HEAD reads (合计, 共计, 总计, 加总, 合共) has 计, 共 or 总: most figures have none before
  // them, and the pattern, anchored only at its end, would be tried from every place of the words.
  const before = token.before;
  if (!before.includes('计') && !before.includes('共') && !before.includes('总')) return undefined;
  const head = SUM_HEAD.exec(before);
  if (!head) return undefined;
  if (!head[1] && r.respectivelyOf.length > 1) return { parts: [...r.respectivelyOf], pinned: true };
  const stated: Topic[] = [];
  // 基本支出 X，其中：人员经费 Y、公用经费 Z，合计 W: the parts after 其中 are summed, not the whole they are parts of (blind 12L).
  const whole = r.ofWhich?.sentence === r.sentence ? r.ofWhich.whole : undefined;
  for (let k = r.claims.length - 1; k >= 0; k--) {
    const c = r.claims[k]!;
    if (c.kind !== 'figure') continue;
    if (c.sentence !== r.sentence || (whole !== undefined && c.topic === whole)) break;
    if (c.role === 'amount' && c.topic && !stated.includes(c.topic)) stated.unshift(c.topic);
  }
  const count = head[1] ? NUMERALS[head[1]]! : stated.length;
  return count > 1 && stated.length >= count ? { parts: stated.slice(-count), pinned: head[1] !== undefined } : undefined;
}

/**
 * What the sentence compares with: the base a cue named (与年初预算数相差, 比上年差额为), a budget stated
 * (年初预算为 Y), or last year's figure (上年为 Y).
 */
function differenceBase(r: ClaimReader): BaseKind | undefined {
  const bases = new Set<BaseKind>(r.baseNamed ? [r.baseNamed] : []);
  for (let k = r.claims.length - 1; k >= 0; k--) {
    const c = r.claims[k]!;
    if (c.kind !== 'figure') continue;
    if (c.sentence !== r.sentence) break;
    if (c.role === 'budget') bases.add('budget');
    else if (c.role === 'previous') bases.add('previous-year');
  }
  return bases.size === 1 ? [...bases][0] : undefined;
}

/** 公务用车购置费、国（境）外接待费均为 0: the one figure, said of each name listed. */
function sharedFigure(r: ClaimReader, token: FigureToken, role: FigureClaim['role'], base: FigureClaim['base']): void {
  const figure = token.figure;
  // A bare 0 is 0 in any unit: each name's amount.
  const each = figure.kind === 'bare' && role === 'bare' && isZeroFigure(figure) ? 'amount' : role;
  for (const topic of r.allEqual) {
    r.claims.push({
      kind: 'figure', block: token.block, figure, role: each, topic, recent: [], base, budget: r.budget,
      wholeTopic: undefined, direction: undefined, grade: undefined, section: r.ctx.section, sentence: r.sentence,
      cueText: undefined, pin: 'name', before: token.before, after: token.after, shared: true,
    });
  }
  r.allEqual = [];
  r.pending = undefined;
  r.awaitingWhole = false;
}
