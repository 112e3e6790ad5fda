/**
 * The state a human reader keeps while reading a block: the subject (carried
 * across clauses and into the next sentence), the base of comparison, the cue
 * waiting for its figure, the list being read, the reason being explained.
 * The cue and figure readers change it; the token loop ends clauses and sentences.
 */
import type { BaseKind, BudgetKind, Cue } from '../lexicon.js';
import type { Token } from '../reader.js';
import type { Claim, FigureClaim, OtherYear, Pin, ReadContext, ReasonClaim, Role, WordClaim } from './model.js';
import type { Topic } from '../topics/index.js';
import type { BudgetScope } from './scopes.js';

/** What the reader knows of a name no topic holds (其他资金支出 X 万元): the figures after it are said of it. */
interface Unheld {
  unheld: boolean;
  /** which name no topic holds it is, counted in the block (FigureClaim.unheldAt) */
  unheldAt: number | undefined;
  unnamed: string | undefined;
  unnamedPartOf: string | undefined;
  unnamedAmong: string[] | undefined;
}

export class ClaimReader {
  readonly claims: Claim[] = [];
  subject: Topic | undefined;
  subjectPin: Pin;
  /** the other topics the subject's name may mean, where nothing chose among them */
  subjectRivals: Topic[] | undefined;
  /** the words that named the subject (政府性基金预算财政拨款收入), where a name in the text did */
  subjectName: string | undefined;
  /** the budget scope the paragraph named last (一般公共预算财政拨款…): 其中基本支出 after it is the scope's */
  scope: BudgetScope | undefined;
  /** topics mentioned earlier in the paragraph, nearest first */
  readonly recent: Topic[];
  /**
   * the topics named since the last ；or 。: a clause there that names its own subject (…未购置公务用车；
   * 公务用车运行维护费 X 万元，主要用于 6 辆…) says nothing more of the names before the stop
   */
  namedSinceStop: Topic[] = [];
  base: BaseKind = 'previous-year';
  /** the year an other-year base names (比 2019 年) */
  baseYear: number | undefined;
  /** the base a cue of this sentence named (与年初预算相比, 比上年): what a 差额 in it is against */
  baseNamed: BaseKind | undefined;
  budget: BudgetKind = 'unspecified';
  /** the budgets the block names (年初预算, 全年预算): what 预算 alone means in it */
  readonly namedBudgets = new Set<BudgetKind>();
  /** the cue in front of the next figure */
  pending: { cue: Cue; token: Token & { type: 'cue' } } | undefined;
  direction: FigureClaim['direction'];
  /** 占本年支出合计的: the whole named after 占 */
  wholeTopic: string | undefined;
  /** 占财政拨款支出的 in 三: a whole the words name with a name no topic here holds (a name of another section's) */
  unheldWhole: string | undefined;
  awaitingWhole = false;
  /** 分别占货物、服务支出金额的 P 和 Q: the wholes listed after 占 (undefined for a name no topic here holds), one for each figure */
  wholes: Array<string | undefined> = [];
  /** where the last 占 (比重, 占比) stands among the tokens: the words between it and a figure may name the whole */
  shareCueAt = -1;
  sentence = 0;
  /** 大于 / 小于 said in this sentence, whose budget a later 年初预算数 names */
  readonly openComparisons: WordClaim[] = [];
  /** in a description (主要用于…, 主要原因是…) a name is the subject only if a figure follows it in its clause */
  describing = false;
  /**
   * In a description, a ；passed (人员经费包括…；公用经费即商品和服务支出，本年为 X): the clauses after it may be another
   * subject's — the subject before the description no longer pins a figure (blind 15L §1a). The topic of the name
   * opening the clause after it, where one does (named: a name did).
   */
  stopNamed: { topic: Topic | undefined; named: boolean } | undefined;
  deferred: Topic | undefined;
  /** …the other topics its name may mean, where nothing chose among them: it becomes a guessed subject */
  deferredRivals: Topic[] | undefined;
  /** the whole a description speaks of (一般公共预算财政拨款支出 …，主要用于：): the names in it may be its parts */
  describedWhole: Topic | undefined;
  /** 主要原因：项目支出增加，较上年度增加 N 万元 — the reason's subject goes on into the next clause */
  described: Topic | undefined;
  /** a parenthetical's subject does not outlive it: （其中：一般公共预算财政拨款收入 …）, nor its 其中, nor a name no topic holds in it (（其中，一般公共预算 X，…）) */
  readonly brackets: Array<{ subject: Topic | undefined; pin: Pin; lastYear: boolean; otherYear: OtherYear | undefined; partOf: Topic | undefined; unheld: Unheld; role?: Role }> = [];
  /**
   * The words name last year as the period of what follows (2024年度为 198.47 万元, （2024 年度：5,018.62 万元）
   * in a 2025 document): an amount is last year's, never this year's; until this year is named again,
   * its clause ends (a colon goes on to the figure) or its parenthetical closes.
   */
  lastYear = false;
  /** 2023年、2024年“三公”经费支出均为 0: the sentence names last year and this together — an amount is said of both */
  bothYears: number | undefined;
  /**
   * 上级补助收入 2024 年、2023 年分别为 X、Y (本年、上年分别为): one figure for each year listed, in order —
   * whether each figure still to come is last year's
   */
  yearsEach: boolean[] = [];
  /** …or another period (2022 年，…支出 X; 2023 年以来累计 X in a 2024 document), for as long */
  otherYear: OtherYear | undefined;
  /** 基本支出、项目支出分别占 72.66%、27.34%: names listed, then 分别, then one figure each */
  enumeration: Topic[] = [];
  /** the list of names right before the figure being read (the figure ends it) */
  listed: Topic[] = [];
  distribute: Topic[] = [];
  /** names of the sentence read as a guess (货物 after 授予中小企业合同金额…其中): a 分别 list's figure for one is a guess too */
  readonly guessedNames = new Set<Topic>();
  /** the names the last 分别 of the sentence went to: 分别为 X、Y，分别占 P、Q speaks of them again */
  respectivelyOf: Topic[] = [];
  /** the names a figure is the sum of (A和B两项合计 X), until another subject is named */
  sumOf: Topic[] | undefined;
  /** the words say which names the sum adds up (see FigureClaim.sumPinned) */
  sumPinned = false;
  /** the subject a change of this sentence was said of by its own clause's words (支出比上年减少 X): the rate after it is its too */
  changeNamed: Topic | undefined;
  /** the names made the subject in this sentence, in order (人员经费 X、公用经费 Y，分别占…) */
  namedInSentence: Topic[] = [];
  /** the sentence in which the subject was named */
  subjectSentence = 0;
  /** 公务用车购置费、国（境）外接待费均为 0: one figure for each name */
  allEqual: Topic[] = [];
  /** more figures follow 分别 than names precede it: which figure is whose, the text does not say */
  unmatchedList = false;
  /** the whole a 其中 of this sentence was said of (it outlasts the part's naming, which ends partOf) */
  /** the whole a 其中 of this sentence breaks down, and whether a figure followed the 其中 (a breakdown, not a heading's 其中：1、X（项）。) */
  ofWhich: { whole: Topic; sentence: number; figured?: boolean } | undefined;
  /** 人员经费 X，主要包括基本工资 Y、津贴补贴 Z: the whole whose 公开06表 rows the sentence lists */
  rowsOf: { whole: Topic; sentence: number } | undefined;
  /** 其中：服务 27.06 万元 — after 其中 a figure with no name of its own is some part, not the whole */
  partOf: Topic | undefined;
  /** …or the name of a whole no topic holds (工资福利支出 X，其中住房公积金 Y): the part's name is a guess */
  partOfUnnamed: string | undefined;
  /** a direction word said of the subject in this sentence (for 减少为 0 …，与上年持平) */
  directionInSentence: { topic: Topic | undefined; text: string } | undefined;
  /** 决算数小于年初预算数 666.13 万元: an amount after a comparison with a budget is the difference */
  comparedInClause = false;
  /** what 大于/小于 in this clause compare with, where a period follows them (大于 2023 年度决算数); the budget otherwise */
  comparedBase: 'previous-year' | 'other-year' | undefined = undefined;
  /** the direction the text last stated (减少 …, 决算数小于…) */
  stated: 'up' | 'down' | undefined;
  /** the reason being read, and the sentence it was opened in */
  reason: ReasonClaim | undefined;
  reasonSentence = 0;
  /** the subject before a per-head or average amount took its place (公务接待费 X，平均每批次 Y): a count after it is the subject's */
  qualifiedSubject: { subject: Topic; pin: Pin; words: string } | undefined;
  /** a subject the text names but no topic holds (统计信息事务（项） not in the data): its figures have no fact */
  unheld = false;
  /** which name no topic holds the figures are said of, where `unheld`: a new one for each such name of the block */
  unheldAt: number | undefined;
  private unheldNames = 0;
  /** the words of the last name no topic knows (国外接待费), for the figures said of it */
  unnamed: string | undefined;
  /** …said as a part of this subject, which the data does not break down so (其中基本支出 after a 类) */
  unnamedPartOf: string | undefined;
  /** …or of a name several subjects of the data bear (行政运行 in two 款): their labels */
  unnamedAmong: string[] | undefined;
  /** a name no topic holds, in a description's clause (主要用于：教育（类）支出 …): the clause's figures are not the subject's */
  unheldInClause = false;
  /** in a reason (主要原因是…) since its cue, this sentence; and whether the reason named a subject of its own */
  inReason = false;
  reasonNamed = false;

  constructor(readonly tokens: readonly Token[], readonly ctx: ReadContext) {
    this.subject = ctx.carried;
    this.subjectPin = ctx.carried ? 'carried' : 'none';
    this.recent = ctx.carried ? [ctx.carried] : [];
  }

  /** The name held back in a description becomes the subject, a guess where its name left the choice open. */
  takeDeferred(): void {
    const rivals = this.deferredRivals;
    this.setSubject(this.deferred!);
    if (rivals) {
      this.subjectPin = 'default';
      this.subjectRivals = rivals.length > 0 ? rivals : undefined;
    }
    this.deferred = undefined;
    this.deferredRivals = undefined;
  }

  setSubject(t: Topic): void {
    if (t !== this.partOf) this.partOf = undefined;
    this.qualifiedSubject = undefined;
    this.subject = t;
    this.subjectPin = 'name';
    this.subjectRivals = undefined;
    this.subjectName = undefined;
    this.subjectSentence = this.sentence;
    this.stopNamed = undefined;
    if (!this.namedInSentence.includes(t)) this.namedInSentence.push(t);
    this.sumOf = undefined;
    this.unheld = false;
    this.unnamed = undefined;
    this.unnamedPartOf = undefined;
    this.unnamedAmong = undefined;
    if (this.inReason) this.reasonNamed = true;
    if (!this.namedSinceStop.includes(t)) this.namedSinceStop.push(t);
    const at = this.recent.indexOf(t);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.unshift(t);
  }

  /** The state of a name no topic holds, kept across a parenthetical. */
  get unheldState(): Unheld {
    return { unheld: this.unheld, unheldAt: this.unheldAt, unnamed: this.unnamed, unnamedPartOf: this.unnamedPartOf, unnamedAmong: this.unnamedAmong };
  }

  set unheldState(state: Unheld) {
    ({ unheld: this.unheld, unheldAt: this.unheldAt, unnamed: this.unnamed, unnamedPartOf: this.unnamedPartOf, unnamedAmong: this.unnamedAmong } = state);
  }

  /** What follows is said of a name a topic holds again: no name no topic holds is pending. */
  clearUnheld(): void {
    this.unheldState = { unheld: false, unheldAt: undefined, unnamed: undefined, unnamedPartOf: undefined, unnamedAmong: undefined };
  }

  /** A name no topic holds is read: what follows is said of it, apart from the figures of any such name before it. */
  newUnheldName(): void {
    this.unheldAt = ++this.unheldNames;
  }

  /** What follows is said of `name`, which no topic holds (a 类's own 基本支出, a scope's flow the data lacks): never of the subject before it. */
  setUnheldName(name: string, partOf?: string): void {
    this.subject = undefined;
    this.subjectPin = 'none';
    this.subjectName = undefined;
    this.unheld = true;
    this.newUnheldName();
    this.unnamed = name;
    this.unnamedPartOf = partOf;
    this.unnamedAmong = undefined;
  }

  noteBudget(kind: BudgetKind | undefined): void {
    if (kind === 'opening' || kind === 'full-year') this.namedBudgets.add(kind);
  }

  /** What lasts only for its clause: the cue waiting for a figure, the whole after 占, a comparison. */
  private forgetClause(): void {
    this.comparedInClause = false;
    this.comparedBase = undefined;
    this.unheldInClause = false;
    this.pending = undefined;
    this.direction = undefined;
    this.awaitingWhole = false;
    this.wholeTopic = undefined;
    this.unheldWhole = undefined;
    if (this.wholes.length > 0) this.wholes = [];
    this.deferred = undefined;
  }

  closeReason(): void {
    if (this.reason && this.reason.words.length > 0) this.claims.push(this.reason);
    this.reason = undefined;
  }

  endClause(mark: string | undefined): void {
    // 占货物、服务支出金额的: a 、 between the wholes after 占 goes on to the next whole.
    if (mark === '、' && this.awaitingWhole && this.wholes.length > 0) return;
    if (mark !== '、' && this.allEqual.length > 0) this.allEqual = [];
    if (mark !== '、' && this.yearsEach.length > 0) this.yearsEach = [];
    if (this.describing && this.deferred) this.described = this.deferred;
    // 2024 年度：X goes on after its colon; 2024年度为 X，基本支出 Y — the next clause is this year's again.
    if (mark !== ':' && mark !== '：' && mark !== '、') {
      this.lastYear = false;
      this.otherYear = undefined;
    }
    if (mark === '；' || mark === ';') {
      if (this.namedSinceStop.length > 0) this.namedSinceStop = [];
      this.backToWhole();
    }
    this.forgetClause();
  }

  /**
   * 国内公务接待 25 批次，其中外事接待 0 批次；接待人次 175 人次: a part named after 其中 is the subject of its clause only —
   * past a ；(or the sentence's end) the whole it was a part of is the subject by default, the part its rival (blind 20L A, C).
   */
  private backToWhole(): void {
    const whole = this.partOf ?? (this.ofWhich?.sentence === this.sentence && this.ofWhich.figured ? this.ofWhich.whole : undefined);
    if (whole && this.subject && this.subject !== whole) {
      this.subjectRivals = [this.subject];
      this.subject = whole;
      this.subjectPin = 'default';
    }
  }

  /**
   * The topics a count may be of, nearest first: those named before the last ；or 。 only where the
   * subject was not named after it (团组 3 个，累计 5 人次 goes back; …；运行维护费 X，6 辆 does not).
   */
  recentForFigure(): Topic[] {
    const own = this.subject !== undefined && this.subjectPin === 'name' && this.namedSinceStop.includes(this.subject);
    return own ? this.recent.filter((t) => this.namedSinceStop.includes(t)) : [...this.recent];
  }

  endSentence(): void {
    this.forgetClause();
    // 财政拨款收支总计 X，其中一般公共预算财政拨款 Y，政府性基金预算财政拨款 Z。与上年相比，增加…: the next
    // sentence may speak of the whole or of the last part — the whole by default, the part its rival.
    // 本年支出合计 X，其中：基本支出 Y，项目支出 Z。与上年相比，增加…: naming the parts let partOf go, but the 其中 of this
    // sentence still says whose parts they were — never the last part's alone (blind 20L A).
    this.backToWhole();
    this.partOf = undefined;
    this.partOfUnnamed = undefined;
    this.unmatchedList = false;
    // Lists are let go only where they hold something: every sentence end allocated three empty ones.
    if (this.allEqual.length > 0) this.allEqual = [];
    if (this.yearsEach.length > 0) this.yearsEach = [];
    this.described = undefined;
    this.describedWhole = undefined;
    if (this.distribute.length > 0) this.distribute = [];
    if (this.respectivelyOf.length > 0) this.respectivelyOf = [];
    if (this.guessedNames.size > 0) this.guessedNames.clear();
    if (this.namedInSentence.length > 0) this.namedInSentence = [];
    this.changeNamed = undefined;
    if (this.namedSinceStop.length > 0) this.namedSinceStop = [];
    this.sumOf = undefined;
    this.qualifiedSubject = undefined;
    this.baseNamed = undefined;
    this.directionInSentence = undefined;
    this.describing = false;
    this.stopNamed = undefined;
    this.inReason = false;
    this.openComparisons.length = 0;
    this.budget = 'unspecified';
    this.lastYear = false;
    this.otherYear = undefined;
    // 比 2019 年（疫情前）… is said of its sentence: a change after it with no base is against last year again
    if (this.base === 'other-year') {
      this.base = 'previous-year';
      this.baseYear = undefined;
    }
    this.sentence++;
  }
}
