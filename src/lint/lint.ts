/**
 * The linter: Markdown → blocks with positions → tokens → claims → findings
 * against the fact catalog → messages with line and column. Every figure is
 * either verified (against the data, or against the figures beside it) or
 * reported as unverified.
 */
import { withParagraphTables } from './paragraph-tables.js';
import type { Completion, Fact } from '../facts/fact.js';
import type { FactCatalog } from '../facts/catalog.js';
import type { Coverage } from './lexicon.js';
import { lastSubject, pickTopic, readClaims, type AbsenceClaim, type Claim, type FigureClaim, type Pin, type WordClaim } from './claims/index.js';
import { EMPTY_TABLE, NIL_CELL, TABLE_TITLE } from './negation.js';
import { RequiredParts } from './required-parts.js';
import { listedItemFindings } from './listed-items.js';
import { comparableBudgets, consistencyFindings, missingPercentWords, unitFindings, withinFindings } from './consistency.js';
import { extractBlocks, LineIndex, rangeInSource, type TextBlock } from './extract.js';
import { isZeroFigure, type Figure } from './figures.js';
import { BOUGHT, CARRIED_OVER, NameMatcher, prepareBlocks, STOCK_CHANGED, tokenize, type Span, type Token } from './reader.js';
import { normalizeWidth } from './normalize.js';
import { nextSection, sectionOfTitle, titleOf } from './sections.js';
import { execAll, inBookTitle } from './scan.js';
import { applySuppressions } from './suppress.js';
import { DocumentStyle } from './style.js';
import { textFindingsByBlock } from './text-rules.js';
import { yearFindings } from './years.js';
import { rankFindings } from './rank-words.js';
import { buildTopicIndex, matchKey, type SectionKind, type Topic, type TopicIndex } from './topics/index.js';
import { formatNumber, formatTableAmount, TABLE_STYLE } from '../format/number.js';
import { LEVEL_MARKER, subjectLevel } from '../data/subjects.js';
import { TABLE_NAMES } from '../data/model.js';
import { Decimal } from '../data/amount.js';
import { appendAll, maxOf } from '../util/arrays.js';
import { checkAbsence, checkFigure, checkWord, derivation, factFor, lastYearConflictWhy, offPublished, otherBudget, otherReadings, wordJudged, judge, missingWhy, publishedValue, resolveFact, statedFigure, unitFactor, valueInUnit, withUnit, type Finding, type Verdict } from './verify.js';

export interface LintMessage {
  ruleId: string;
  /** 2 error, 1 warning */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** the figure or word as the data says it should be written */
  expected?: string;
  /** as written */
  actual?: string;
  /** source offsets [start, end) and the replacement text */
  fix?: { range: [number, number]; text: string };
  /** PDF: the page (then `line` is the line on that page) */
  page?: number;
  /** Word: the paragraph number (then `line` is that number too) */
  paragraph?: number;
  /** Word: the table cell, 1-based */
  cell?: { row: number; column: number };
  /** PDF, Word: the sentence the message is about */
  excerpt?: string;
  /**
   * PDF, Word: offsets [start, end) of the message's words in the extracted text (which
   * `line` and `column` no longer point into): where the HTML report and the annotated PDF
   * mark it. Not in the JSON report: the extracted text is not the user's.
   */
  textRange?: [number, number];
  /** review: a note printed with this table (公开07表), outside Part 3; its textRange is in the document's table notes */
  table?: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  /** figures attached to a fact or checked against the figures beside them */
  verifiedCount: number;
  unverifiedCount: number;
}

export interface LintOptions {
  filePath?: string;
  /** unverified figures are errors */
  strict?: boolean;
}

/** Everything the linter needs from one data file, built once and reused for many documents. */
export interface LintContext {
  catalog: FactCatalog;
  topics: TopicIndex;
  names: NameMatcher;
  year: number;
  /**
   * Where the year comes from, when the document itself is divided on it (review): a title year
   * against the year most of the document states is reported naming both places.
   */
  yearSource?: string;
}

export function createLintContext(catalog: FactCatalog): LintContext {
  const topics = buildTopicIndex(catalog);
  return { catalog, topics, names: new NameMatcher(topics), year: catalog.part3.year };
}

/** Table cells of one row, read together: the row's first cells name the subject, the header says what a figure is. */
function headerCue(header: string | undefined, year: number): string {
  if (!header) return '';
  const h = normalizeWidth(header.replace(/\s+/gu, ''));
  if (/占比|比重|占/u.test(h)) return '占';
  // 2024年决算数 in a 2025 document: the column of last year's figures (a change or rate column says 增减 or 增长).
  const named = /((?:19|20)\d\d)年/u.exec(h);
  if (named && Number(named[1]) === year - 1 && !/完成|执行率|增减|增长|变动|增幅|降幅|比上年/u.test(h)) return '比上年的';
  // 完成年初预算 beside a 调整预算 column: the budget the header names, not the row's last budget cell (blind 12L).
  if (/完成|执行率/u.test(h) && /年初预算/u.test(h)) return '完成年初预算的';
  if (/完成|执行率/u.test(h) && /(?:全年|调整后?)预算/u.test(h)) return '完成全年预算的';
  if (/完成率|执行率|完成/u.test(h)) return '完成预算的';
  if (/增减率|增长率|变动率|增幅|降幅/u.test(h)) return '增长';
  if (/增减额|增减|变动额|比上年/u.test(h)) return '增加';
  if (/上年|去年/u.test(h)) return '比上年的';
  if (/年初预算/u.test(h)) return '年初预算为';
  if (/全年预算|预算数|预算/u.test(h)) return '全年预算为';
  if (/决算|执行数|实际/u.test(h)) return '决算数为';
  return '';
}

const HEADER_CUE_TOKENS = new WeakMap<LintContext, Map<string, Token[]>>();

/** The tokens of a header's cue (占, 增加 …), read once per context rather than once per table cell. */
function headerCueTokens(cue: string, ctx: LintContext): Token[] {
  let byCue = HEADER_CUE_TOKENS.get(ctx);
  if (!byCue) HEADER_CUE_TOKENS.set(ctx, (byCue = new Map()));
  let tokens = byCue.get(cue);
  if (!tokens) byCue.set(cue, (tokens = tokenize(cue, ctx.names).tokens));
  return tokens;
}

/**
 * A row whose cell holds only 无 (国（境）外公务接待情况 | 无): the row's name, nothing else in its first
 * cell but a closing noun, said to be nil — spent, or budgeted under a budget column; under any
 * other column (占比, 增减, a count) the 无 is no claim this rule reads.
 */
function absentCells(row: readonly TextBlock[], first: number, ctx: LintContext, section: SectionKind | undefined): AbsenceClaim[] {
  const out: AbsenceClaim[] = [];
  const name = row[0] ? /^(.+?)(?:情况|支出|费用)?$/u.exec(matchKey(row[0].text)) : null;
  const ids = name ? ctx.topics.byName.get(name[1]!) : undefined;
  const topic = ids && pickTopic(ctx.topics, ids, section);
  if (!topic || topic.id.includes('.item.')) return out;
  row.forEach((cell, k) => {
    const nil = k > 0 ? NIL_CELL.exec(cell.text.trim()) : null;
    if (!nil) return;
    const cue = headerCue(cell.header, ctx.year);
    const unit = headerUnit(cell.header, '');
    if ((cue !== '' && cue !== '决算数为' && !cue.endsWith('预算为')) || (unit !== '' && !/元/u.test(unit))) return;
    const start = cell.text.indexOf(nil[1]!);
    out.push({
      kind: 'absence', span: { start, end: start + nil[1]!.length, block: first + k }, text: nil[1]!,
      topics: [topic], measure: cue.endsWith('预算为') ? 'budget' : 'amount', period: 'current',
    });
  });
  return out;
}

/** The table of 公开07–09表 a title or caption names (…政府性基金预算财政拨款收入支出决算表), by its section. */
export function tableNamedBy(text: string): SectionKind | undefined {
  // Every title of a table ends in (or starts with 公开0N) 表: most blocks need no regex.
  if (!text.includes('表') || !TABLE_TITLE.test(text)) return undefined;
  const kind = sectionOfTitle(text);
  return kind && TABLE_TOTALS[kind] ? kind : undefined;
}

type UnitStated = '万元' | '元' | '亿元';

/**
 * The text without its trailing whitespace where it then ends in a colon (……其中：, 主要用于：), else undefined: what
 * /[：:]\s*$/u tests, without a regex scanning the whole block (\s and trimEnd's whitespace are the same characters).
 */
function endsWithColon(text: string): string | undefined {
  const trimmed = text.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return last === 0xff1a || last === 0x3a ? trimmed : undefined;
}
/** （单位：万元，下同）, 金额单位：万元，下同: the unit of the bare amounts from here on. */
const UNIT_HENCEFORTH = /(?:金额)?单位\s*[：:]\s*(万元|亿元|元)\s*[，,、；;]\s*下同/u;
/** 单位：万元 as a line of its own (a paragraph's caption). */
const UNIT_LINE = /^\s*(?:[（(]\s*)?(?:金额)?单位\s*[：:]\s*(万元|亿元|元)\s*(?:[)）]\s*)?$/u;

/** What 本表无数据 says is nil, by the table's section: its totals. */
const TABLE_TOTALS: Partial<Record<SectionKind, readonly string[]>> = {
  govFund: ['gov-fund.income', 'gov-fund.spending'], soe: ['soe.spending'], sanGong: ['san-gong'],
};

/** 本单位无此项支出 under a table's title: that table's spending totals are 0 (its income, it does not say). */
const TABLE_SPENDING: Partial<Record<SectionKind, readonly string[]>> = { govFund: ['gov-fund.spending'], soe: ['soe.spending'], sanGong: ['san-gong'] };

/** 故本表无数据 / 本表为空表 / 本单位无此项支出 under a table's title: that table's totals are 0. */
function emptyTable(text: string, block: number, table: SectionKind, index: TopicIndex): AbsenceClaim | undefined {
  const m = EMPTY_TABLE.exec(text);
  if (!m) return undefined;
  const words = m[1] ?? m[2]!;
  // 无此项收入 / 无此项数据 of a table that has no income column: no certain total to check.
  const ids = m[1] !== undefined ? TABLE_TOTALS[table] : /支\s*出/u.test(words) ? TABLE_SPENDING[table] : undefined;
  const topics = (ids ?? []).map((id) => index.topics.get(id));
  if (topics.length === 0 || topics.some((t) => !t)) return undefined;
  const start = m.index + m[0].indexOf(words);
  return {
    kind: 'absence', span: { start, end: start + words.length, block }, text: words,
    topics: topics as AbsenceClaim['topics'], measure: 'amount', period: 'current',
  };
}

function headerUnit(header: string | undefined, caption: string): string {
  const h = `${header ?? ''}`;
  if (/[%％]|占比|比重|率/u.test(h)) return '%';
  if (/得分|分数|评分/u.test(h)) return '分';
  if (/人次/u.test(h)) return '人次';
  if (/[（(]个[)）]|个数|数量[（(]个/u.test(h)) return '个';
  if (/[（(]台[)）]|台[（(]套[)）]/u.test(h)) return '台（套）';
  if (/批次/u.test(h)) return '批次';
  if (/辆/u.test(h)) return '辆';
  if (/亿元/u.test(h)) return '亿元';
  if (/万元/u.test(h)) return '万元';
  if (/元/u.test(h)) return '元';
  // A plain money column takes the unit the table's caption states (单位：万元).
  if (/金额|支出|收入|预算|决算|执行数|合计|小计/u.test(h)) {
    if (/万元/u.test(caption)) return '万元';
    if (/单位[：:]\s*元/u.test(caption)) return '元';
  }
  return '';
}

/** Where a reason passes to its next cause: ；, 一是/二是, 其一, （1）. */
const NEXT_CAUSE = /[；;]|[一二三四五六七八九十]是|其[一二三四五六七八九十]|[（(][一二三四五六七八九十\d]+[)）]/u;

/** A reason's direction words by cause (一是…；二是…), in order; a reason without such marks is one cause. */
function causesOf<W extends { span: Span }>(words: readonly W[], blocks: readonly TextBlock[]): W[][] {
  const causes: W[][] = [];
  let cause: W[] = [];
  for (const w of words) {
    const last = cause.at(-1);
    if (last && (last.span.block !== w.span.block || NEXT_CAUSE.test(blocks[w.span.block]!.text.slice(last.span.end, w.span.start)))) {
      causes.push(cause);
      cause = [];
    }
    cause.push(w);
  }
  if (cause.length > 0) causes.push(cause);
  return causes;
}

export function lintMarkdown(markdown: string, ctx: LintContext, options: LintOptions = {}): LintResult {
  const filePath = options.filePath ?? '<text>';
  // A table a PDF gives as lines (项目 金额（万元） 占比 / 财政拨款收入 7,636.98 95.71%): its cells under their headers.
  const blocks = withParagraphTables(extractBlocks(markdown));
  const lines = new LineIndex(markdown);
  const findings: Finding[] = [];
  const errorsAt = new ErrorIndex();
  const facts = ctx.catalog.facts;
  const allFigureClaims: FigureClaim[] = [];
  const verified = new Set<FigureClaim>();
  const flagged = new Set<FigureClaim>();
  // Figures read against a fact only by default, which disagree with it: unverified, with the candidate.
  const guessed = new Map<FigureClaim, Fact>();
  // Comparisons with an earlier year than last (比 2019 年…): their figures, and where the years stand.
  const otherPeriods = new Map<FigureClaim, { year: number; likeLastYear: boolean }>();
  const otherPeriodYears: Span[] = [];
  // Figures the words give as another period's (2022 年，…; 2023 年以来…): unverified, saying so.
  const ofOtherYear = new Set<FigureClaim>();
  // Figures the words give as last year's which are this year's: a slip of the year or of the figure.
  const yearInDoubt = new Map<FigureClaim, { current: Fact; previous: Fact }>();
  // One figure for several names (均为 X): the error at each figure, to which the other names' are joined.
  const sharedErrors = new Map<string, SharedError>();
  // Negations (无…支出) checked against the data: verified claims, though no figure stands in them.
  let absencesChecked = 0;
  // 大于 / 小于 / 持平 judged against the data: a document of such words alone has been read, though no figure stands in it.
  let wordsJudged = 0;
  const absenceBlocks = new Set<number>();
  // The table a title just named (政府性基金预算财政拨款收入支出决算表): what 本表无数据 below it is about.
  let namedTable: SectionKind | undefined;
  const checkAbsent = (claim: AbsenceClaim) => {
    const { finding, verified: checked } = checkAbsence(claim);
    if (checked) absencesChecked++;
    if (finding) findings.push(finding);
    absenceBlocks.add(claim.span.block);
  };

  const texts = blocks.map((b) => b.text);
  const prepared = prepareBlocks(texts, ctx.names);
  const textFound = textFindingsByBlock(texts);
  const style = new DocumentStyle(prepared.flatMap((p) => p.figures), texts, prepared.map((p) => p.figures));
  const precision = (f: Figure) => style.intervalDecimals(f);
  let section: SectionKind | undefined;
  let sawSection = false;
  let carried: ReturnType<typeof lastSubject>;
  // A name standing alone on the block before (a heading, a line of its own): the subject of the paragraph after it.
  let nameAhead: Token[] | undefined;
  // A list item that only names its subject (- 办公室业务运行) hands it to the items nested under it.
  const listTitles: Array<{ depth: number; subject: NonNullable<typeof carried> }> = [];
  let lastCaption = '';
  // A unit stated once for the prose after it: for the rest of the section (下同) or for the next paragraph (a line of its own).
  let unitAhead: { unit: UnitStated; block: number | 'section' } | undefined;
  // The section's figures so far, for parts and wholes stated in different paragraphs.
  const sectionFigures: FigureClaim[] = [];
  const wholesReported = new Set<string>();
  const tableTotalShares: Array<{ block: number; figure: { numberStart: number } }> = [];
  const requiredParts = new RequiredParts(ctx.topics);
  // The subjects the rows of the table being read have named, for its 合计 row.
  const tableRowTopics = new Set<string>();
  // The amounts the rows above a 合计 row state, by column, for the sum the 合计 row must be; false once the table
  // has a row that is no plain part (a 其中 row, an amount the data does not confirm), so no sum is held to.
  const tableColumnAmounts = new Map<number, FigureClaim[] | false>();

  // Figures the text-only checks found consistent with the figures beside them count as verified.
  const checkedByText = new Set<FigureClaim>();
  // Figures an error names as disagreeing, one of them wrong: the error says more than “无法核对” would.
  const namedByErrors = new Set<FigureClaim>();
  const checkedInText = (result: { findings: Finding[]; checked: FigureClaim[]; named: FigureClaim[] }) => {
    appendAll(findings, result.findings);
    for (const c of result.checked) checkedByText.add(c);
    for (const c of result.named) namedByErrors.add(c);
  };

  /** Figures missing their % whose value the data cannot give: the text-only checks may, from the paragraph's figures. */
  const percentsLeftToText: FigureClaim[] = [];
  /** Approximate figures (约 5%) that disagree with the data: unverified, naming the data's figure. */
  const approximated = new Map<FigureClaim, Fact>();
  /** Rates inside the data's rounding but not what its published figures give (see offPublished). */
  const offRates = new Map<FigureClaim, { fact: Fact; exact: Decimal }>();
  /** figures of two amounts run together (Figure.glued): one unverified finding a pair, nothing judged */
  const gluedClaims: FigureClaim[] = [];

  /** Amounts the data confirms only as rounded figures (13 for 12.65), for the rate of their sentence to pin. */
  const roundedOk: Array<{ claim: FigureClaim; fact: Fact }> = [];
  /** Sentences whose rank word (所占比例最大) the data contradicts: their figures are not fixed. */
  const noFixSpans: Span[] = [];

  /** Words the data could not judge (a budget it lacks), for the text-only checks of their paragraph. */
  let openWords: WordClaim[] = [];
  /** `row`: the claims are a table row's (its cells are blocks of their own: the row is the sentence) */
  const handleClaims = (claims: Claim[], group: FigureClaim[], row = false) => {
    openWords = [];
    noteAgreements(claims);
    for (const claim of claims) {
      if (claim.kind === 'figure') {
        // Two amounts run together (681,715.08681,765.08 万元): which one the text says is not known — neither is judged.
        if (claim.figure.glued) {
          gluedClaims.push(claim);
          continue;
        }
        allFigureClaims.push(claim);
        // …nor a figure the paragraph's own arithmetic can hold to its digits.
        if (claim.approximate === undefined) group.push(claim);
        if (claim.base === 'other-year') {
          const asLastYear = factFor({ ...claim, base: 'previous-year' }, ctx.topics);
          const likeLastYear = asLastYear !== undefined && judge(asLastYear, claim.figure).status === 'ok';
          // 比 2019 年（疫情前）决算数减少…: another period, which the data does not hold — unverified, and
          // a hint where the figure is last year's change (the year may be a slip for last year's).
          if (claim.baseYear !== undefined && claim.baseYear < ctx.year - 1) otherPeriods.set(claim, { year: claim.baseYear, likeLastYear });
          // A later year (与 2025 年度相比 in 2024): wrong-year says so; figures that are last year's change are verified.
          else if (likeLastYear) verified.add(claim);
          continue;
        }
        const resolved = early.has(claim) ? early.get(claim) : resolveFact(claim, ctx.topics);
        // 2022 年，本部门机关运行经费支出 X (in 2024), 2023 年以来累计支出 X: another period's figure, which the data
        // does not hold — unverified, and the year no error (one finding). Where it is this year's figure the
        // year is the slip: wrong-year says so, and the figure is right.
        if (claim.otherYear) {
          if (resolved && judge(resolved.fact, claim.figure).status === 'ok') verified.add(claim);
          else {
            ofOtherYear.add(claim);
            // (截至 2023 年 12 月 31 日 stays wrong-year's: a date of the year-end figures, not a period compared with)
            if (!claim.otherYear.since && !claim.otherYear.end) otherPeriodYears.push(claim.otherYear.span);
          }
          continue;
        }
        if (claim.missingPercent) {
          // 增长 13.95, 占 76.23: the % is missing whatever the data holds; its value is given where the words pin it,
          // else where the paragraph's own figures give it (text-only arithmetic), else the % alone is asked for.
          const verdict = resolved && judge(resolved.fact, claim.figure);
          const pinned = verdict && verdict.status !== 'unavailable' && !(resolved.pin === 'default' && verdict.status !== 'ok');
          if (pinned) {
            findings.push(missingPercentFinding(claim, { fact: resolved.fact, verdict }, style));
            flagged.add(claim);
          } else {
            percentsLeftToText.push(claim);
          }
          continue;
        }
        if (!resolved) {
          // 年初预算 X where the data holds only the 全年预算: the same figure is no slip (the budget was not adjusted);
          // another is unverified, never checked against the other budget (below).
          const other = otherBudget(claim);
          const same = other && (claim.role === 'budget' ? other.budget : claim.role === 'completion' ? other.rate : undefined);
          if (same && judge(same, claim.figure).status === 'ok') verified.add(claim);
          continue;
        }
        const { fact, pin } = resolved;
        // 占本年收入合计的近五成: a share in words, judged by the shares it may cover.
        if (claim.figure.range) {
          const wrong = wordsShareFinding(claim, fact, pin);
          if (wrong === undefined) continue;
          if (wrong === 'ok') verified.add(claim);
          else if (wrong) {
            findings.push(wrong);
            flagged.add(claim);
            verified.add(claim);
          } else {
            approximated.set(claim, fact);
          }
          continue;
        }
        const verdict = judge(fact, claim.figure);
        if (verdict.status === 'unavailable') continue;
        // 增幅约 5%, 减少近 40%: an approximate figure is no error of the data and never fixed — unverified, naming the figure.
        if (claim.approximate !== undefined && verdict.status !== 'ok') {
          approximated.set(claim, fact);
          continue;
        }
        // Only the words of the text make a verdict: a figure read against the section's topic by
        // default agrees with it or stays unverified, naming what it could be.
        // A name that may mean several facts (涉及资金: the budgets or the amounts spent), none of which agrees,
        // is no error either: the words do not say which fact it is, so unverified, naming every reading.
        if (pin === 'default' && verdict.status !== 'ok') {
          guessed.set(claim, fact);
          continue;
        }
        // 2024年度为 X where X is this year's figure: the year or the figure is the slip, only the writer knows which.
        // (2023年、2024年均为 X names both years: last year's reading is simply wrong.)
        if (claim.lastYear && !claim.bothYears && verdict.status !== 'ok' && claim.topic?.amount && judge(claim.topic.amount, claim.figure).status === 'ok') {
          // …unless wrong-year has found the year the slip (2023 年度收、支总计均为 in 2024): then the figure is this year's, right.
          const yearSlip = findings.some((f) => f.ruleId === 'wrong-year' && f.span.block === claim.block && f.span.end <= claim.figure.start);
          if (yearSlip) verified.add(claim);
          else yearInDoubt.set(claim, { current: claim.topic.amount, previous: fact });
          continue;
        }
        // 下降 5.87% where the published figures give 5.77%: inside the data's rounding, so no error — but no figure
        // the reader has gives it either: unverified, with the rate the published figures give.
        // …and a completion whose sentence writes its budget and actual as the data has them is held to those two
        // figures to the unit: 0.02 ÷ 0.02 is 100%, which 99% is not, however wide the rounding of 0.02 (blind 17L §4e).
        const off = verdict.status === 'ok' ? offPublished(fact, claim.figure, claim.role === 'completion' && writesBoth(claim, claims, row)) : undefined;
        if (off !== undefined) {
          offRates.set(claim, { fact, exact: off });
          continue;
        }
        verified.add(claim);
        if (verdict.status === 'ok' && claim.figure.kind === 'amount' && claim.figure.decimals < 2 && fact.value && !statesExactly(fact, claim.figure)) roundedOk.push({ claim, fact });
        const checked = checkFigure(claim, fact, verdict, ctx.topics, facts, style);
        // One figure for several names (均为 0): which of them the writer got wrong, only the writer knows.
        const fs = claim.shared ? checked.map(({ fix: _fix, ...f }) => f) : checked;
        // A figure (or its direction word) already found wrong is left out of the text-only checks.
        if (fs.some((f) => f.severity === 2)) flagged.add(claim);
        // …one error for the figure, naming each name it disagrees with — not one per name at the same place.
        appendAll(findings, claim.shared ? fs.filter((f) => !joinShared(sharedErrors, f)) : fs);
      } else if (claim.kind === 'reason') {
        // 比上年减少…主要原因是…资金增加: the explanation points the other way. A reason lists its causes
        // (一是…减少；二是…减少), and a cause may weigh things both ways (退休人员增加、在职人员经费相应减少;
        // 差旅费减少而运维支出有所增加): only a cause whose every direction word points the other way says
        // the opposite of the change. Its words speak of things no fact holds, so no fix is offered: which
        // of the change or the reason is wrong, only the writer knows.
        if (claim.otherPeriod) continue;
        // 按照《…厉行节约实施办法》规定，新增…: a word inside a title is part of a name, not a cause (blind 18L).
        const words = claim.words.filter((w) => !inBookTitle(blocks[w.span.block]!.text, w.span.start));
        for (const cause of causesOf(words, blocks)) {
          if (cause.some((w) => w.direction === claim.explains)) continue;
          for (const w of cause) {
            findings.push({
              ruleId: 'reason-contradicts-change', severity: 2, span: w.span, actual: w.text,
              message: `原因说明中的“${w.text}”与所解释的变动方向（${claim.explains === 'up' ? '增加/大于' : '减少/小于'}）相反，请核对`,
            });
          }
        }
      } else if (claim.kind === 'absence') {
        // 本年度无因公出国（境）费支出: the same claim as “0 万元”, said in words.
        checkAbsent(claim);
      } else if (claim.kind === 'base-year') {
        const ok = claim.base === 'previous-year' ? claim.year === ctx.year - 1 : claim.year === ctx.year;
        // 比 2019 年（疫情前）: a comparison with an earlier period on purpose, not a slip for last year.
        if (claim.base === 'previous-year' && claim.year < ctx.year - 1) otherPeriodYears.push(claim.span);
        else if (!ok) {
          findings.push({
            ruleId: 'wrong-year', severity: 2, span: claim.span, actual: claim.text,
            message: `比较的年份有误：“${claim.text}”，本文件是 ${ctx.year} 年度决算，${claim.base === 'previous-year' ? `上年应为 ${ctx.year - 1} 年` : `预算年份应为 ${ctx.year} 年`}`,
          });
        }
      } else {
        const f = checkWord(claim, ctx.topics, facts);
        if (f) findings.push(f);
        else openWords.push(claim);
        if (f || wordJudged(claim)) wordsJudged++;
      }
    }
    if (roundedOk.length > 0) ratesPinningAmounts(claims);
    appendAll(findings, flatAgainstRate(claims));
  };

  /** Does the completion's sentence write its budget and its actual, each as the data has it? */
  const writesBoth = (rate: FigureClaim, claims: readonly Claim[], row: boolean): boolean => {
    // A table row's cells are blocks of their own: the row is the sentence.
    const stated = (roles: readonly string[]) => claims.some((c) => c.kind === 'figure' && roles.includes(c.role)
      && (row || (c.block === rate.block && c.sentence === rate.sentence)) && c.topic === rate.topic && verified.has(c) && !flagged.has(c)
      && statesExactly(factFor(c, ctx.topics), c.figure));
    return stated(['budget']) && stated(['actual', 'amount']);
  };

  /**
   * 决算数与年初预算数持平 beside 完成年初预算的 99.9% in one paragraph, of one subject: the words say the two are equal,
   * the rate says they are not. Where the data has them equal (持平 judged right), the rate is the slip: an error, fixed
   * to 100%; where it has them apart, 持平 is what is wrong, and checkWord says so.
   */
  const flatAgainstRate = (claims: readonly Claim[]): Finding[] => {
    const out: Finding[] = [];
    for (const word of claims) {
      if (word.kind !== 'flat' || word.base !== 'budget' || word.approximately || !word.topic) continue;
      for (const rate of claims) {
        if (rate.kind !== 'figure' || rate.role !== 'completion' || rate.topic !== word.topic || rate.block !== word.span.block
          || flagged.has(rate) || rate.figure.value.eq(100) || !comparableBudgets(rate.budget, word.budget)) continue;
        const completion = rate.budget === 'full-year' ? word.topic.completions['full-year'] : word.topic.completions.opening ?? word.topic.completions['full-year'];
        // Only where the data has the two equal is the rate the slip. Where it has them apart, 持平 is (checkWord's
        // direction-mismatch); where it has no budget, the text's own figures judge 持平 (comparison-inconsistent).
        if (completion?.comparison !== 'equal') continue;
        const equal = resolveFact(rate, ctx.topics)?.fact === completion.rate;
        const expected = style.write(new Decimal(100), rate.figure, rate.block);
        out.push({
          ruleId: 'completion-rate-inconsistent', severity: 2, span: { start: rate.figure.numberStart, end: rate.figure.numberEnd, block: rate.block },
          message: `${statedFigure(rate)} 与同段文字不符：文字说${word.topic.label}“${word.text}”，完成率应为 ${withUnit(rate.figure, expected)}`,
          actual: rate.figure.numberText, expected, ...(equal ? { fix: expected } : {}),
        });
        flagged.add(rate);
      }
    }
    return out;
  };

  /**
   * The completion rate of the amount's sentence, wrong against the data, that is the amount as written over the data's
   * budget (ratesPinningAmounts), with that budget; `wrong` says which rates count as wrong.
   */
  const rateHoldingAmount = (claim: FigureClaim, fact: Fact, claims: readonly Claim[], wrong: (rate: FigureClaim) => boolean) => {
    const rate = claims.find((r): r is FigureClaim => r.kind === 'figure' && r.role === 'completion' && r.block === claim.block && r.sentence === claim.sentence
      && r.topic === claim.topic && wrong(r));
    const completion = rate && Object.values(claim.topic?.completions ?? {}).find((c) => c?.actual.id === fact.id && c.rate.value !== undefined && judge(c.rate, rate.figure).status !== 'ok');
    const budget = completion?.budget.value;
    if (!rate || !budget || budget.isZero()) return undefined;
    const asWritten = claim.figure.value.div(unitFactor(claim.figure)).div(budget).times(100).toDecimalPlaces(rate.figure.decimals, Decimal.ROUND_HALF_UP);
    return asWritten.eq(rate.figure.value) ? { rate, budget } : undefined;
  };

  /** Amounts resolved before their claims are handled (noteAgreements), so that each is resolved once. */
  const early = new Map<FigureClaim, ReturnType<typeof resolveFact>>();
  /**
   * The amounts of the claims about to be handled that the words pin and the data confirms, told to the style before any
   * of them is fixed: whether the paragraph trims its zeros or rounds is evidence from all its amounts, the ones after a
   * wrong figure too (blind 16L §2: 5.5 → 6.12 beside 4.2 for 4.20).
   */
  const noteAgreements = (claims: readonly Claim[]) => {
    early.clear();
    for (const claim of claims) {
      if (claim.kind !== 'figure' || claim.figure.kind !== 'amount' || claim.figure.glued || claim.figure.range || claim.base === 'other-year'
        || claim.otherYear || claim.missingPercent || claim.approximate !== undefined) continue;
      const resolved = resolveFact(claim, ctx.topics);
      early.set(claim, resolved);
      if (!resolved || resolved.pin === 'default' || !resolved.fact.value) continue;
      // Only an amount coarser than the document's finest is evidence: the others need no verdict or product here.
      if (!style.takesAgreement(claim.figure) || judge(resolved.fact, claim.figure).status !== 'ok') continue;
      const exact = valueInUnit(resolved.fact as Fact & { value: Decimal }, claim.figure);
      // 支出决算为 13 万元，完成全年预算的 81.25% (12.65 and 16.00 in the data): 13 is stale, its rate holds it to 13.00 —
      // no rounding of the writer's (blind 16L §2: the 3.2 beside it is fixed to 2.85, not 2.9).
      if (!exact.eq(claim.figure.value) && rateHoldingAmount(claim, resolved.fact, claims, (r) => r.figure.kind === 'percent') !== undefined) continue;
      style.noteAgreement(claim.block, claim.figure, exact);
    }
  };

  /**
   * 支出决算为 13 万元，完成全年预算的 81.25% where the data has 12.65 and 16.00: 13 agrees with 12.65 only as a figure
   * rounded to whole 万元, but its own clause's rate is 13.00 ÷ 16.00 to the cent, and wrong: the writer's figure is
   * 13.00 — stale, not rounded (blind 16L §3). An amount verified only by rounding is an error where a completion rate
   * of its sentence, itself an error, is what the amount as written over the data's budget gives.
   */
  const ratesPinningAmounts = (claims: readonly Claim[]) => {
    for (const { claim, fact } of roundedOk.splice(0)) {
      const held = rateHoldingAmount(claim, fact, claims, (r) => flagged.has(r));
      if (!held) continue;
      const { rate, budget } = held;
      const exact = fact.value!.times(unitFactor(claim.figure));
      const [wrong] = checkFigure(claim, fact, { status: 'mismatch', exact }, ctx.topics, facts, style);
      if (!wrong) continue;
      // The rate holds the amount to the cent: the right one is written to the cent too (12.65, not 13 again).
      const expected = formatNumber(exact, { decimals: 2, trimZeros: true, grouping: claim.figure.grouped || exact.abs().gte(1000) });
      findings.push({
        ...wrong, expected, fix: expected,
        message: `${statedFigure(claim)} 与数据不符：${fact.label}为 ${publishedValue(fact)}，应为 ${withUnit(claim.figure, expected)}`
          + `（同句的 ${rate.figure.numberText}% 是按 ${claim.figure.numberText} ÷ ${formatTableAmount(budget)} 算出的，${claim.figure.numberText} 不是四舍五入后的数）`,
      });
      flagged.add(claim);
    }
  };

  /** A row's amounts, by column: each confirmed by the data (and by its name), or the column holds no sum. */
  const noteRowAmounts = (claims: readonly Claim[], first: number, partOfRow: boolean) => {
    for (const c of claims) {
      if (c.kind !== 'figure' || c.figure.kind !== 'amount') continue;
      const column = c.block - first;
      const held = tableColumnAmounts.get(column);
      if (held === false) continue;
      const part = !partOfRow && c.pin === 'name' && c.topic !== undefined && verified.has(c) && !flagged.has(c)
        && !(held ?? []).some((h) => h.topic?.parts?.includes(c.topic!.id) || c.topic!.parts?.includes(h.topic!.id)) && (held ?? []).every((h) => h.figure.unit === c.figure.unit);
      tableColumnAmounts.set(column, part ? [...(held ?? []), c] : false);
    }
  };
  /**
   * A 合计 row the data does not confirm (a guess: 合计 alone, under rows of no one whole's parts), where the rows above
   * it, each confirmed by the data, add up to the figure the guess names: the rows pin it — an error, fixed to their sum
   * (blind 16L §5: 一般公共预算财政拨款收入 1,826.55 + 政府性基金预算财政拨款收入 85.00, 合计 1,861.55).
   */
  const rowSumFindings = (claims: readonly Claim[], first: number) => {
    for (const c of claims) {
      if (c.kind !== 'figure' || c.figure.kind !== 'amount') continue;
      const rows = tableColumnAmounts.get(c.block - first);
      const candidate = guessed.get(c);
      if (!rows || rows.length < 2 || !candidate?.value || rows.some((r) => r.figure.unit !== c.figure.unit)) continue;
      const sum = rows.reduce((acc, r) => acc.plus(r.figure.value), new Decimal(0));
      if (sum.eq(c.figure.value) || !sum.eq(candidate.value.times(unitFactor(c.figure)))) continue;
      guessed.delete(c);
      verified.add(c);
      flagged.add(c);
      const fix = style.write(sum, c.figure, c.block);
      findings.push({
        ruleId: 'parts-sum-mismatch', severity: 2, span: { start: c.figure.numberStart, end: c.figure.numberEnd, block: c.block },
        message: `合计 ${c.figure.numberText}${c.figure.unit ? ` ${c.figure.unit}` : ''} 与其上各行之和不符：${rows.map((r) => r.figure.numberText).join(' + ')} = ${fix}，`
          + `与${candidate.label}（数据为 ${publishedValue(candidate)}）相符，应为 ${fix}`,
        expected: fix, actual: c.figure.numberText, fix,
      });
    }
  };

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    appendAll(findings, textFound[b]!);
    // Whether the block is a title, read once: the year rule, the table a title names and the section all ask.
    const isTitle = titleOf(block) !== undefined;
    yearFindings(block, b, ctx, findings, isTitle);

    if (block.kind !== 'table-cell') namedTable = tableNamedBy(block.text) ?? (isTitle ? undefined : namedTable);
    if (isTitle) {
      unitAhead = undefined;
      section = nextSection(section, block);
      sectionFigures.length = 0;
      wholesReported.clear();
      if (section !== undefined) sawSection = true;
      carried = undefined;
      const titleTokens = inScope(tokenize(block.text, ctx.names, b, prepared[b]).tokens, ctx.topics, section);
      // ### 2、…统计信息事务（项） where the data has no such 项: said of the heading as of a paragraph (blind 18L note).
      unknownSubjectFindings(titleTokens, ctx.topics, section, findings, ctx.catalog.part3.unknownTables);
      codedNameFindings(block.text, b, ctx.topics, findings);
      nameAhead = loneName(titleTokens, block.text);
      continue;
    }

    if (block.kind === 'table-cell') {
      if (block.row === 0) {
        tableRowTopics.clear();
        tableColumnAmounts.clear();
      }
      // Read the whole row at once.
      const row: TextBlock[] = [];
      let e = b;
      while (e < blocks.length && blocks[e]!.kind === 'table-cell' && blocks[e]!.row === block.row && (e === b || (blocks[e]!.column ?? 0) > (blocks[e - 1]!.column ?? 0))) {
        row.push(blocks[e]!);
        e++;
      }
      for (let k = b + 1; k < e; k++) {
        appendAll(findings, textFound[k]!);
        yearFindings(blocks[k]!, k, ctx, findings, false);
      }
      const totalRow = TOTAL_ROW.test(row[0]?.text ?? '');
      // 本年收入合计, 支出合计: a 合计 row under its own name.
      const namedTotalRow = !totalRow && ENDS_AS_TOTAL.test(row[0]?.text ?? '');
      if (block.row !== 0) {
        const tokens: Token[] = [];
        row.forEach((cell, k) => {
          // 本年收入合计 | 1,861.55 | 100%: the whole's share of itself, where no total row follows it in the table.
          if (namedTotalRow && headerCue(cell.header, ctx.year) === '占' && !totalRowBelow(blocks, e)) {
            const figures = tokenize(cell.text, ctx.names, b + k, prepared[b + k]).tokens.flatMap((f) => f.type === 'figure' ? [f.figure] : []);
            if (figures.length === 1 && figures[0]!.value.eq(100)) {
              tableTotalShares.push({ block: b + k, figure: figures[0]! });
              tokens.push({ type: 'clause-end', start: cell.text.length, end: cell.text.length, block: b + k });
              return;
            }
          }
          // A 合计 row's share is the whole's share of itself: 100%.
          if (totalRow && headerCue(cell.header, ctx.year) === '占') {
            for (const f of tokenize(cell.text, ctx.names, b + k, prepared[b + k]).tokens) {
              if (f.type !== 'figure') continue;
              const claim = { block: b + k, figure: f.figure };
              tableTotalShares.push(claim);
              if (!f.figure.value.eq(100)) {
                const hundred = style.write(new Decimal(100), f.figure);
                findings.push({
                  ruleId: 'share-mismatch', severity: 2, span: { start: f.figure.numberStart, end: f.figure.numberEnd, block: b + k },
                  message: `合计行的占比 ${f.figure.numberText}% 应为 ${hundred}%`, expected: hundred, actual: f.figure.numberText, fix: hundred,
                });
              }
            }
            tokens.push({ type: 'clause-end', start: cell.text.length, end: cell.text.length, block: b + k });
            return;
          }
          const cue = headerCue(cell.header, ctx.year);
          const unit = headerUnit(cell.header, lastCaption);
          const { tokens: cellTokens } = tokenize(cell.text, ctx.names, b + k, prepared[b + k]);
          for (const t of cellTokens) {
            if (t.type === 'figure' && t.figure.kind === 'bare' && unit) {
              t.figure.unit = unit as typeof t.figure.unit;
              t.figure.kind = unit === '%' ? 'percent' : unit === '分' ? 'score' : /元/u.test(unit) ? 'amount' : 'count';
            }
            if (t.type === 'figure' && cue) {
              for (const ct of headerCueTokens(cue, ctx)) tokens.push({ ...ct, start: t.start, end: t.start, block: b + k });
            }
            tokens.push(t);
          }
          tokens.push({ type: 'clause-end', start: cell.text.length, end: cell.text.length, block: b + k });
        });
        const group: FigureClaim[] = [];
        const scoped = inScope(tokens, ctx.topics, section);
        requiredParts.read(scoped, section);
        unknownSubjectFindings(scoped, ctx.topics, section, findings, ctx.catalog.part3.unknownTables);
        // A 合计 row after rows of a whole's parts (财政拨款收入, 其他收入 … 合计) is that whole's row.
        // A 合计 row first (above its parts): the rows below it name the parts.
        const rowsNamed = totalRow && tableRowTopics.size < 2 ? topicsOfRowsBelow(blocks, e, ctx, section, prepared) : tableRowTopics;
        const carried = totalRow ? wholeOfRows(rowsNamed, ctx.topics) : undefined;
        const rowClaims = pinnedByRow(pinSharedNames(readClaims(scoped, { index: ctx.topics, year: ctx.year, section, carried }), ctx.topics), ctx.topics);
        handleClaims(rowClaims, group, true);
        if (totalRow || namedTotalRow) rowSumFindings(rowClaims, b);
        else noteRowAmounts(rowClaims, b, /^\s*其\s*中/u.test(row[0]?.text ?? ''));
        for (const c of rowClaims) if (c.kind === 'figure' && c.pin === 'name' && c.topic) tableRowTopics.add(c.topic.id);
        for (const claim of absentCells(row, b, ctx, section)) checkAbsent(claim);
        if (group.length > 0) checkedInText(consistencyFindings(group, ctx.topics, flagged, { hasData: (c) => verified.has(c), precision, words: openWords }));
      }
      b = e - 1;
      continue;
    }

    const depth = block.listDepth ?? 0;
    while (listTitles.length > 0 && listTitles[listTitles.length - 1]!.depth >= depth) listTitles.pop();
    const tokens = inScope(tokenize(block.text, ctx.names, b, prepared[b]).tokens, ctx.topics, section);
    // （单位：万元，下同） governs the rest of the section from where it stands; a line 单位：万元 alone, the paragraph after it.
    // Both patterns need 单位: most blocks are spared the two scans.
    const unitWord = block.text.includes('单位');
    const stated = unitWord ? UNIT_HENCEFORTH.exec(block.text) : null;
    const unitLine = unitWord ? UNIT_LINE.exec(block.text) : null;
    const governing = unitAhead;
    unitAhead = unitLine ? { unit: unitLine[1] as UnitStated, block: b + 1 } : stated ? { unit: stated[1] as UnitStated, block: 'section' } : unitAhead?.block === 'section' ? unitAhead : undefined;
    const impliedFrom = governing && (governing.block === 'section' || governing.block === b) ? 0 : stated ? stated.index + stated[0].length : -1;
    if (impliedFrom >= 0) {
      const unit = (governing && impliedFrom === 0 ? governing : unitAhead)!.unit;
      for (const t of tokens) if (t.type === 'figure' && t.figure.kind === 'bare' && t.start >= impliedFrom) t.impliedUnit = unit;
    }
    requiredParts.read(tokens, section);
    unknownSubjectFindings(tokens, ctx.topics, section, findings, ctx.catalog.part3.unknownTables);
    // ### 1、…行政运行（项） or （1）2070109群众文化 on its own line, the figures in the paragraph after it: read as if the name
    // opened the paragraph — one subject pins its figures, a name two subjects bear leaves them unverified naming both (blind 18L).
    const named = block.kind === 'paragraph' && nameAhead ? [...nameAhead, ...tokens] : tokens;
    nameAhead = block.kind === 'paragraph' ? loneName(tokens, block.text) : undefined;
    const claims = pinSharedNames(readClaims(named, { index: ctx.topics, year: ctx.year, section, carried: carried ?? listTitles.at(-1)?.subject }), ctx.topics);
    requiredParts.readFigures(claims);
    const group: FigureClaim[] = [];
    handleClaims(claims, group);
    // Internal consistency sees the figures of this paragraph, and of its list title if it carried one.
    // The text-only checks compare a paragraph's own figures: one without figures has nothing to compare.
    if (group.length > 0) {
      for (const c of group) if (errorsAt.has(findings, c)) flagged.add(c);
      checkedInText(consistencyFindings(group, ctx.topics, flagged, { hasData: (c) => verified.has(c), precision, earlier: sectionFigures, words: openWords }));
      appendAll(findings, withinFindings(group, sectionFigures, flagged, wholesReported, precision));
      appendAll(sectionFigures, group);
      appendAll(findings, unitFindings(group, (c) => verified.has(c)));
    }
    appendAll(findings, listedItemFindings(block.text, b, ctx.catalog));
    const ranks = rankFindings(block.text, b, tokens, ctx.topics, section);
    if (ranks) {
      appendAll(findings, ranks.findings);
      appendAll(noFixSpans, ranks.noFix);
    }
    // A paragraph that ends by introducing a list (……其中：) hands its subject to the next one.
    // …but after its own figures, 其中： opens its parts, which are not the subject itself.
    const colon = endsWithColon(block.text);
    const partsFollow = colon !== undefined && colon.slice(0, -1).trimEnd().endsWith('其中') && claims.some((c) => c.kind === 'figure');
    carried = colon !== undefined && !partsFollow ? lastSubject(claims, tokens, { index: ctx.topics, section }) : undefined;
    const next = blocks[b + 1];
    if (next && (next.listDepth ?? 0) > depth && depth > 0 && !claims.some((c) => c.kind === 'figure')) {
      const subject = lastSubject(claims, tokens, { index: ctx.topics, section });
      if (subject) listTitles.push({ depth, subject });
    }
    const empty = namedTable && !absenceBlocks.has(b) ? emptyTable(block.text, b, namedTable, ctx.topics) : undefined;
    if (empty) checkAbsent(empty);
    lastCaption = block.text;
  }

  appendAll(findings, requiredParts.findings());

  // A % missing where no figure gives the rate: said without a value.
  const reportedAt = new Set(findings.map((f) => positionKey(f.span.block, f.span.start)));
  for (const claim of percentsLeftToText) {
    if (!reportedAt.has(positionKey(claim.block, claim.figure.numberStart))) findings.push(missingPercentFinding(claim, undefined, style));
  }

  // Figures that nothing could check.
  const consistencyChecked = new Set<number>();
  for (const f of findings) consistencyChecked.add(positionKey(f.span.block, f.span.start));
  const checkedTotals = tableTotalShares.length;
  for (const claim of allFigureClaims) {
    // A budget the data does not hold (年初预算 where it has only 公开09表's 全年预算): the text's own arithmetic
    // agreeing is no check against the data — unverified, saying so.
    const lacking = verified.has(claim) ? undefined : otherBudget(claim);
    // Last year's figure two sources give differently: the text agreeing with itself does not say which is right.
    const conflict = verified.has(claim) ? undefined : lastYearConflictWhy(claim, ctx.topics, facts);
    // A figure the data has facts for that none of them confirms — guessed to be the section's, or of a name several
    // subjects bear — was checked against no fact: its neighbours agreeing with it make it no checked figure (blind 18L).
    const openToData = guessed.has(claim) || claim.among !== undefined;
    if (verified.has(claim) || (!lacking && !conflict && !offRates.has(claim) && !openToData && checkedByText.has(claim)) || namedByErrors.has(claim) || consistencyChecked.has(positionKey(claim.block, claim.figure.numberStart))) continue;
    if (restIsZero(claim, allFigureClaims, ctx.topics)) continue;
    const candidate = guessed.get(claim);
    // The guess and the other readings of the name, each with its figure where it differs (a scope's 04 column, its 本年收入).
    const readings = candidate ? [candidate, ...otherReadings(claim, ctx.topics).flatMap((r) => r?.fact ?? [])] : [];
    const period = otherPeriods.get(claim);
    const doubt = yearInDoubt.get(claim);
    const other = ofOtherYear.has(claim) ? claim.otherYear : undefined;
    const roughly = approximated.get(claim);
    const off = offRates.get(claim);
    const why = off ? `按公开数字计算为 ${style.write(off.exact, claim.figure, claim.block)}%（${derivation(off.fact, ctx.topics, facts, Math.max(2, claim.figure.decimals))}），与所写不同；只在数据的尾数误差之内才算得出，请核对`
      : roughly ? `文字说它是约数（“${claim.approximate}”），不是确数：${roughly.label}数据为 ${publishedValue(roughly)}，请核对`
      : doubt ? `文字说它是上年的数字，但它是本年的${doubt.current.label}；上年为 ${publishedValue(doubt.previous)}，请核对年份或数字`
      : candidate ? `文字没有指明它是哪一项，可能是${readings.filter((f, k) => readings.findIndex((g) => g.value?.eq(f.value ?? Number.NaN)) === k).map(asCandidate).join('，或')}`
      : other ? (other.since ? `文字说它是 ${other.year} 年起止的一段时期的数字，不是 ${ctx.year} 年度一年的，数据中没有这一数字`
        : other.end ? `文字说它是 ${other.year} 年末的数字，数据中没有这一时点的数字`
        : `文字说它是 ${other.year} 年的数字，数据中只有 ${ctx.year} 年和 ${ctx.year - 1} 年的数字`)
      : period ? `它与 ${period.year} 年相比，数据中没有 ${period.year} 年度的数字${period.likeLastYear ? `（它与上年即 ${ctx.year - 1} 年的变动相符：若本意是与上年相比，年份应为 ${ctx.year - 1} 年）` : ''}`
      : lacking ? budgetLackingWhy(claim, lacking)
      : conflict ? conflict
      : whyUnverified(claim, ctx.topics, facts);
    findings.push({
      ruleId: 'unverified-figure', severity: options.strict ? 2 : 1,
      span: { start: claim.figure.start, end: claim.figure.end, block: claim.block },
      message: `无法核对 ${claim.figure.chinese ? (claim.figure.unit === '%' ? `百分之${claim.figure.numberText}` : `${claim.figure.numberText}${claim.figure.unit}`)
        : `${claim.figure.numberText}${claim.figure.range ? '' : claim.figure.unit === '%' ? '%' : claim.figure.unit ? ` ${claim.figure.unit}` : ''}`}：${why}`,
      actual: claim.figure.numberText,
    });
  }

  for (const claim of gluedClaims) {
    const { which, other } = claim.figure.glued!;
    if (which !== 'first') continue;
    const unit = other.unit ? ` ${other.unit}` : '';
    findings.push({
      ruleId: 'unverified-figure', severity: options.strict ? 2 : 1,
      span: { start: claim.figure.start, end: other.end, block: claim.block },
      message: `无法核对 ${claim.figure.numberText}${other.numberText}${unit}：两个金额连在一起（${claim.figure.numberText}${unit} 和 ${other.numberText}${unit}），`
        + '可能是修订痕迹（删去的旧数字和改后的新数字一并印出），文字说的是哪一个不能确定，请核对',
      actual: `${claim.figure.numberText}${other.numberText}`,
    });
  }

  // A figure in a sentence whose rank word is false is the writer's to rewrite: no fix would make the sentence true.
  if (noFixSpans.length > 0) {
    for (const f of findings) {
      if (f.fix !== undefined && noFixSpans.some((s) => s.block === f.span.block && f.span.start >= s.start && f.span.end <= s.end)) delete f.fix;
    }
  }

  // A figure split by a line break is read by joining its lines (4,340.⏎16 as 4,340.16), but where it starts and ends is
  // then a guess (15␣␣⏎7 read as 157): it is reported as read, never fixed. Fixing it in place put the fact's digits
  // around the break, and a misread one was read apart again and the fact inserted on every pass (FC_SEED=-849409493).
  for (const f of findings) if (f.fix !== undefined && splitByLineBreak(f, blocks, markdown)) delete f.fix;

  const messages = applySuppressions(markdown, lines, dedupe(withoutEchoes(findings, otherPeriodYears).map((f) => toMessage(f, blocks, lines)))).sort(byPosition);
  // Nothing to check: said so, rather than a clean report that reads as a pass.
  if (allFigureClaims.length === 0 && checkedTotals === 0 && wordsJudged === 0 && !sawSection) {
    messages.push(nothingToLint(markdown, blocks.length === 0));
    messages.sort(byPosition);
  }
  const unverifiedCount = messages.filter((m) => m.ruleId === 'unverified-figure').length;
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    // (a pair run together is one figure the reader could not check)
    verifiedCount: allFigureClaims.length + gluedClaims.filter((c) => c.figure.glued!.which === 'first').length - unverifiedCount + checkedTotals + absencesChecked,
    unverifiedCount,
  };
}

/** The notice for a document with no text at all, or with text but no figure and no Part 3 section heading. */
function nothingToLint(markdown: string, empty: boolean): LintMessage {
  const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (empty || markdown.trim() === '') {
    return { ruleId: 'empty-document', severity: 1, message: '文档是空的，没有可审校的内容；请确认选对了文件', ...at };
  }
  return {
    ruleId: 'no-part3', severity: 1, ...at,
    message: '文档中没有第三部分“部门决算情况说明”的内容（既没有数字，也没有可识别的小节标题，如“一、收入支出决算总体情况说明”），未审校任何内容；请确认选对了文件',
  };
}

/**
 * One defect, one message: a year already reported with its comparison (与 2025 年度相比), and a
 * direction word inside a garbled one (减增加), are not reported again; the year of a comparison
 * with an earlier period (比 2019 年（疫情前）) is not reported at all.
 */
function withoutEchoes(findings: Finding[], otherPeriodYears: readonly Span[]): Finding[] {
  const inside = (f: Finding, g: Finding) => f !== g && f.span.block === g.span.block && f.span.start >= g.span.start && f.span.end <= g.span.end;
  const overlaps = (f: Finding, g: Finding) => f.span.block === g.span.block && f.span.start < g.span.end && g.span.start < f.span.end;
  // Grouped by block: an echo is always in the block of what it echoes, and error-heavy text has many of both.
  const byBlock = (keep: (f: Finding) => boolean) => {
    const map = new Map<number, Finding[]>();
    for (const f of findings) if (keep(f)) (map.get(f.span.block) ?? map.set(f.span.block, []).get(f.span.block)!).push(f);
    return map;
  };
  const baseYears = byBlock((f) => f.ruleId === 'wrong-year' && f.message.startsWith('比较的年份'));
  const garbled = byBlock((f) => f.ruleId === 'garbled-direction');
  // A reason that contradicts a direction word already found wrong agrees with the right one.
  const wrongWords = byBlock((f) => f.ruleId === 'comparison-inconsistent' || f.ruleId === 'comparison-mismatch' || f.ruleId === 'direction-mismatch');
  return findings.filter((f) => {
    if (f.ruleId === 'reason-contradicts-change' && wrongWords.get(f.span.block)?.some((g) => g.span.start < f.span.start)) return false;
    if (f.ruleId === 'wrong-year' && !f.message.startsWith('比较的年份') && baseYears.get(f.span.block)?.some((g) => overlaps(f, g))) return false;
    // the year of a comparison with an earlier period is that period's, not a wrong one
    if (f.ruleId === 'wrong-year' && otherPeriodYears.some((g) => overlaps(f, { ...f, span: g }))) return false;
    if (f.ruleId === 'direction-mismatch' && garbled.get(f.span.block)?.some((g) => inside(f, g) || overlaps(f, g))) return false;
    return true;
  });
}

/** 增长 13.95, 占 76.23: the % is missing; the right figure, with its %, is the fix where the data gives it. */
function missingPercentFinding(claim: FigureClaim, known: { fact: Fact; verdict: ReturnType<typeof judge> } | undefined, style: DocumentStyle): Finding {
  const f = claim.figure;
  const stated = missingPercentWords(claim);
  const span = { start: f.numberStart, end: f.numberEnd, block: claim.block };
  if (!known) return { ruleId: 'rate-unit-missing', severity: 2, span, actual: f.numberText, message: `${stated}，请补上“%”并核对数字` };
  const { fact, verdict } = known;
  const right = verdict.status === 'mismatch' || verdict.status === 'truncation' ? style.write(verdict.exact, f, claim.block) : f.numberText;
  return {
    ruleId: 'rate-unit-missing', severity: 2, span,
    message: `${stated}：${fact.label}为 ${publishedValue(fact)}，应写作 ${right}%`,
    actual: f.numberText, expected: `${right}%`, fix: `${right}%`,
  };
}

/** What may stand before a lone name, once spaces and emphasis are taken out: an ordinal (1、 （一） (1) 1.) or nothing. */
const ORDINAL_ALONE = /^(?:第?[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[)）])?$/u;

/**
 * A block that is a name and nothing else (### 1、一般公共服务支出（类）…行政运行（项）, （1）2070109群众文化): its name
 * as tokens, a sentence's end after it, for the paragraph that follows to be read as if it opened with them. A name of
 * a subject the data holds, does not hold or holds twice alike; undefined for anything more (words, figures, a second name).
 */
function loneName(tokens: readonly Token[], text: string): Token[] | undefined {
  const names = tokens.filter((t) => t.type !== 'open' && t.type !== 'close' && t.type !== 'clause-end' && t.type !== 'sentence-end');
  const name = names[0];
  if (names.length !== 1 || !name || (name.type !== 'topic' && name.type !== 'unknown' && name.type !== 'untracked' && name.type !== 'unnamed')) return undefined;
  const bare = (words: string) => normalizeWidth(words).replace(/[\s*#]/gu, '');
  // …with its level after it ((1)2010301行政运行（项）: the code's name is read whole, the marker is left over).
  if (!ORDINAL_ALONE.test(bare(text.slice(0, name.start))) || !/^(?:[（(][项款类][)）])?[。.：:]?$/u.test(bare(text.slice(name.end)))) return undefined;
  return [name, { type: 'sentence-end', start: name.end, end: name.end, block: name.block }];
}

/**
 * In 五/七/八, a 项 named by a name only another scope's table holds (a 项 of 公开07表 named in 五):
 * not a subject of this section's table — read as a subject the data does not track here.
 */
function inScope(tokens: Token[], index: TopicIndex, section: SectionKind | undefined): Token[] {
  if (!section || !SCOPE_TABLE[section]) return tokens;
  // Most paragraphs name only their own table's subjects: copy the tokens only where one changes.
  if (!tokens.some((t) => t.type === 'topic' && t.ids.length > 0 && t.ids.every((id) => id.includes('.item.')))) return tokens;
  return tokens.map((t) => {
    if (t.type !== 'topic') return t;
    const topics = t.ids.map((id) => index.topics.get(id)!);
    // 行政运行（项） where the table has two (2010301, 2010601): which one, the words do not say.
    const home = topics.filter((x) => x.id.includes('.item.') && x.sections.includes(section));
    if (home.length > 1) return { type: 'unnamed', name: t.name, among: home.map((x) => x.label), start: t.start, end: t.end, block: t.block };
    if (!topics.every((x) => x.id.includes('.item.') && !x.sections.includes(section))) return t;
    return { type: 'untracked', name: t.name.replace(/^.*\(款\)/u, '').replace(/\(项\)$/u, ''), level: 'item', start: t.start, end: t.end, block: t.block };
  });
}

/** Does the figure state the fact's value exactly in its own unit, no rounding (the data's 12.65 as 12.65 万元)? */
function statesExactly(fact: Fact | undefined, figure: Figure): boolean {
  return fact?.value !== undefined && valueInUnit(fact as Fact & { value: Decimal }, figure).eq(figure.value);
}

/** A claim's verdict against the fact its words resolve to ('unavailable' where they resolve to none). */
function statusAgainst(claim: FigureClaim, index: TopicIndex): Verdict['status'] | 'unavailable' {
  const resolved = resolveFact(claim, index);
  return resolved ? judge(resolved.fact, claim.figure).status : 'unavailable';
}

/** The figures a subject's name pins, which say which of several subjects of that name is meant. */
const PINNING_ROLES = new Set<FigureClaim['role']>(['amount', 'actual', 'budget', 'completion']);

/**
 * 一般行政管理事务（项）：支出决算 512.08 万元，较年初预算 600.00 万元减少 87.92 万元, where two 项 bear the name
 * (2010302, 2120102): where the amounts, budgets and rates the name's clause states are all one subject's, at least
 * two of them, and each other subject's differs in one, the figures pin that subject — the clause's change too
 * (blind 12L). Otherwise the figures stay unverified, naming the subjects.
 */
function pinSharedNames(claims: Claim[], index: TopicIndex): Claim[] {
  let groups: Map<string, FigureClaim[]> | undefined;
  for (const c of claims) {
    if (c.kind !== 'figure' || !c.among || c.topic || c.unheldAt === undefined || c.lastYear || c.otherYear || c.approximate !== undefined) continue;
    const key = `${c.block}:${c.sentence}:${c.unheldAt}`;
    groups ??= new Map();
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  if (!groups) return claims;
  for (const group of groups.values()) {
    const among = group[0]!.among!;
    const candidates = [...index.topics.values()].filter((t) => among.includes(t.label));
    if (candidates.length !== among.length) continue;
    const pinning = group.filter((c) => PINNING_ROLES.has(c.role));
    if (pinning.length < 2) continue;
    const verdicts = new Map(candidates.map((t) => [t, pinning.map((c) => statusAgainst({ ...c, topic: t, pin: 'name', among: undefined, unknownName: undefined }, index))]));
    const fits = candidates.filter((t) => verdicts.get(t)!.every((s) => s === 'ok'));
    if (fits.length !== 1) continue;
    if (!candidates.every((t) => t === fits[0] || verdicts.get(t)!.some((s) => s === 'mismatch' || s === 'truncation'))) continue;
    for (const c of group) {
      c.topic = fits[0];
      c.pin = 'name';
      c.among = undefined;
      c.unknownName = undefined;
      c.unheldAt = undefined;
    }
  }
  return claims;
}

/**
 * | 合计 | 3,767.15 | 5,012.66 | -24.8% | in 四, under 2024年决算数 | 2023年决算数 | 增减率: the row names no subject, its
 * figures are read as the section's total by default — a guess. Where the row states the total's amount of this
 * year and of last year, both as the data has them, the row is the total's, and its rate the total's change (blind 12L).
 */
function pinnedByRow(claims: Claim[], index: TopicIndex): Claim[] {
  const guessed = claims.filter((c): c is FigureClaim => c.kind === 'figure' && c.pin === 'default' && c.topic !== undefined && !c.rivals && !c.partWhole
    && c.approximate === undefined && !c.otherYear && !c.sumOf);
  const topic = guessed[0]?.topic;
  if (!topic || guessed.some((c) => c.topic !== topic)) return claims;
  const agrees = (c: FigureClaim) => statusAgainst(c, index) === 'ok';
  const current = guessed.filter((c) => (c.role === 'amount' || c.role === 'actual') && c.figure.kind === 'amount');
  const previous = guessed.filter((c) => c.role === 'previous' && c.figure.kind === 'amount');
  if (current.length !== 1 || previous.length !== 1 || !agrees(current[0]!) || !agrees(previous[0]!)) return claims;
  for (const c of guessed) c.pin = 'name';
  return claims;
}

/** The table whose 项 a section of the budget scopes speaks of. */
const SCOPE_TABLE: Partial<Record<SectionKind, string>> = { gpb: TABLE_NAMES.t05, govFund: TABLE_NAMES.t07, soe: TABLE_NAMES.t08 };

/**
 * 统计信息事务（项） where the data has 专项统计业务: say the data holds no such subject, and what it has.
 * 文化体育与传媒支出 where the data has 文化旅游体育与传媒支出: an old name, said so with the data's name
 * (its figures are checked against the subject its code names).
 */
function unknownSubjectFindings(tokens: readonly Token[], index: TopicIndex, section: SectionKind | undefined, findings: Finding[], unknownTables: Readonly<Record<string, string>>): void {
  const table = section ? SCOPE_TABLE[section] : undefined;
  for (const t of tokens) {
    const renamed = t.type === 'topic' ? index.oldNames.get(t.name) : undefined;
    if (renamed) {
      findings.push({
        ruleId: 'unknown-subject', severity: 1, span: { start: t.start, end: t.end, block: t.block }, actual: renamed.old,
        message: `“${renamed.old}”是科目的旧名称，数据中的名称是“${renamed.current}”，请按数据改正科目名称`,
      });
    }
    // A 项 the data holds in other tables, named in 五/七/八 whose table lacks it: not that table's subject.
    // Where that table is unknown (not in the document, not read), what it lacks nobody knows.
    if (t.type === 'untracked' && t.level === 'item' && table && !unknownTables[table]) {
      findings.push({
        ruleId: 'unknown-subject', severity: 1, span: { start: t.start, end: t.end, block: t.block }, actual: t.name,
        message: `${table}中没有项级科目“${t.name}”（数据的其他表中有）；其后的数字无法核对，不按所属的类核对，请核对科目`,
      });
    }
    if (t.type !== 'unknown') continue;
    const level = t.level;
    // The section's table not judged against (unreliable, not read, not in the document): the subject may well be in it.
    const unknownTable = table ? unknownTables[table] : undefined;
    if (table && unknownTable) {
      findings.push({
        ruleId: 'unknown-subject', severity: 1, span: { start: t.start, end: t.end, block: t.block }, actual: t.name,
        message: `无法核对科目“${t.name}（${LEVEL_MARKER[level]}）”及其后的数字：${table}不作核对依据（${unknownTable.startsWith(table) ? unknownTable.slice(table.length) : unknownTable}）`,
      });
      continue;
    }
    const nearest = nearestNames(t.name, index.subjects.filter((x) => x.level === level).map((x) => x.name));
    findings.push({
      ruleId: 'unknown-subject', severity: 1, span: { start: t.start, end: t.end, block: t.block }, actual: t.name,
      message: `数据中没有科目“${t.name}（${LEVEL_MARKER[level]}）”${nearest.length > 0 ? `，最接近的是：${nearest.map((n) => `“${n}”`).join('、')}` : ''}；其后的数字无法核对，请核对科目名称`,
    });
  }
}

/**
 * 2070109 群众文化, 20103-政府办公厅（室）及相关机构事务: a 项 or 款 code of the functional classification (2…; the economic
 * one's 30201 办公费 is no subject of the tables), then the name written after it (to a mark or a figure).
 */
const CODED_NAME = /(?<![0-9０-９.．])(2[0-9]{4}(?:[0-9]{2})?)(?![0-9０-９])(?:\s|[-－—]){0,4}([\u4e00-\u9fff][\u4e00-\u9fff（）()]*)/gu;

/**
 * A heading that pins a subject by its code and names it otherwise (### （3）2010301 群众文化 where the data's 2010301 is
 * 行政运行, or 2079999 群众文化 where the data has 群众文化 as 2070109): which of the two the figures below are about,
 * the heading does not say — said so, naming what the data holds; a code and a name the data both lacks, likewise. A name
 * that merely shortens or lengthens the data's (行政运行支出) is the same subject.
 */
function codedNameFindings(text: string, block: number, index: TopicIndex, findings: Finding[]): void {
  for (const m of execAll(CODED_NAME, text)) {
    const code = m[1]!;
    const written = matchKey(m[2]!).replace(/[（(](?:项|款|类)[)）]$/u, '').replace(/[（(]$/u, '');
    if (written.length < 2) continue;
    const level = subjectLevel(code)!;
    const same = (name: string) => name.startsWith(written) || written.startsWith(name);
    const own = index.subjects.find((x) => x.code === code);
    // …nor its old name (归口管理的行政单位离退休 for 2080501): said as an old name (unknownSubjectFindings).
    if (own && (same(own.name) || matchKey(index.oldNames.get(written)?.current ?? '') === own.name)) continue;
    const named = index.subjects.filter((x) => x.level === level && x.code !== code && x.name === written);
    const start = m.index;
    const end = m.index + m[0].length;
    const elsewhere = named.length === 1 ? `；数据中的“${named[0]!.name}”编码为 ${named[0]!.code}` : '';
    findings.push({
      ruleId: 'unknown-subject', severity: 1, span: { start, end, block }, actual: `${code} ${m[2]!}`,
      message: own
        ? `科目编码与名称不符：数据中编码 ${code} 是“${own.name}（${LEVEL_MARKER[level]}）”，标题写作“${m[2]!}”${elsewhere}；其后的数字是哪一科目的无法确定，请核对编码和名称`
        : `数据中没有编码为 ${code} 的科目${elsewhere || `“${m[2]!}”`}；其后的数字无法核对，请核对编码和名称`,
    });
  }
}

/** How alike two names are, by shared character pairs (Dice coefficient), 0 to 1. */
function likeness(a: string, b: string): number {
  const pairs = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const other = pairs(b);
  let shared = 0;
  for (const [p, k] of pairs(a)) shared += Math.min(k, other.get(p) ?? 0);
  return (2 * shared) / (Math.max(1, a.length - 1) + Math.max(1, b.length - 1));
}

/** The names most like a name, best first (at most three). */
function nearestNames(name: string, names: readonly string[]): string[] {
  const scored = [...new Set(names)].map((n) => ({ n, score: likeness(name, n) }));
  return scored.filter((x) => x.score >= 0.3).sort((a, b) => b.score - a.score).slice(0, 3).map((x) => x.n);
}

/** What a name no topic knows may stand for: the section's topics most like it, by their labels. */
function candidatesFor(name: string, index: TopicIndex, section: SectionKind | undefined): string[] {
  const key = matchKey(name);
  const scored = [...index.topics.values()]
    .filter((t) => !t.absentFrom && !t.qualifiedOnly && (!section || t.sections.includes(section)))
    .map((t) => ({ label: t.label, score: maxOf(t.names.map((n) => likeness(key, n)), 0) }))
    .concat(index.subjects.map((x) => ({ label: `${x.name}（${LEVEL_MARKER[x.level]}）`, score: likeness(key, x.name) })));
  return [...new Map(scored.filter((x) => x.score >= 0.4).sort((a, b) => b.score - a.score).map((x) => [x.label, x])).keys()].slice(0, 3);
}

/**
 * A place in the document (block, offset in its text) as one number, for sets of places: a number
 * is hashed and compared without building a string. Exact while blocks are fewer than 2²¹.
 */
function positionKey(block: number, start: number): number {
  return block * 2 ** 32 + start;
}

/**
 * Whether an error was found at a claim's figure: the positions of the errors
 * among the findings so far, indexed as findings are added (findings are only
 * ever appended), so that each claim is a lookup, not a scan of every finding.
 */
class ErrorIndex {
  private readonly positions = new Set<number>();
  private indexed = 0;

  has(findings: readonly Finding[], c: FigureClaim): boolean {
    for (; this.indexed < findings.length; this.indexed++) {
      const f = findings[this.indexed]!;
      if (f.severity === 2) this.positions.add(positionKey(f.span.block, f.span.start));
    }
    return this.positions.has(positionKey(c.block, c.figure.numberStart));
  }
}

/** 年初预算 X where the data holds only the 全年预算 (or the reverse): which budget the data has, and its figure. */
function budgetLackingWhy(claim: FigureClaim, other: Completion): string {
  const [named, held] = claim.budget === 'opening' ? ['年初预算', '全年预算'] : ['全年预算', '年初预算'];
  const rate = claim.role === 'completion' && other.rate.value !== undefined ? `，按${held}算为 ${publishedValue(other.rate)}` : '';
  return `数据中没有${claim.topic?.label ?? ''}的${named}，${held}为 ${publishedValue(other.budget)}${rate}（${named}与${held}不是同一个数字）`;
}

/** An error of a figure said of several names, and what each name's check said. */
interface SharedError { finding: Finding; head: string; details: string[]; tails: Array<string | undefined>; expected: Array<string | undefined> }
/** 1 万元 与数据不符：公务接待费决算数为 0.00 万元，应为 0 万元 — the words before the facts, the fact, the value it calls for. */
function sharedMessageParts(message: string): [head: string, detail: string, tail: string | undefined] | undefined {
  // Cut with indexOf, not a pattern: two lazy groups before an optional tail are tried from every start (ReDoS).
  const mismatch = message.indexOf('与数据不符：');
  if (mismatch < 0) return undefined;
  const headEnd = mismatch + '与数据不符：'.length;
  const tailAt = message.lastIndexOf('，应为 ');
  const tail = tailAt >= headEnd && !/[，；]/u.test(message.slice(tailAt + '，应为 '.length)) ? message.slice(tailAt) : undefined;
  return [message.slice(0, headEnd), message.slice(headEnd, tail === undefined ? message.length : tailAt), tail];
}

/**
 * 因公出国（境）费、公务接待费均为 1 万元: an error of the shared figure joined to the one already at its place
 * (true), or the first there (false: the caller keeps it). The message names each fact; 应为 only where all agree.
 */
function joinShared(errors: Map<string, SharedError>, f: Finding): boolean {
  const parts = f.severity === 2 ? sharedMessageParts(f.message) : undefined;
  if (!parts) return false;
  const key = `${f.ruleId} ${positionKey(f.span.block, f.span.start)}`;
  const known = errors.get(key);
  if (!known) {
    errors.set(key, { finding: f, head: parts[0], details: [parts[1]], tails: [parts[2]], expected: [f.expected] });
    return false;
  }
  known.details.push(parts[1]);
  known.tails.push(parts[2]);
  known.expected.push(f.expected);
  const same = <T>(xs: T[]) => xs.every((x) => x === xs[0]);
  known.finding.message = `${known.head}${known.details.join('；')}${same(known.tails) ? known.tails[0] ?? '' : ''}`;
  if (same(known.expected)) known.finding.expected = known.expected[0];
  else delete known.finding.expected;
  return true;
}

/**
 * 占本年收入合计的近五成 (blind 13R §6): undefined where the data has no share, 'ok' where the words cover it;
 * an error, never fixed (the words are the writer's), only where the words pin the share and cannot cover it by any
 * reading (近五成 for 89.35%); false (unverified) where they cannot cover it but the share is a guess.
 */
function wordsShareFinding(claim: FigureClaim, fact: Fact, pin: Pin): Finding | 'ok' | false | undefined {
  const value = fact.value;
  const [lo, hi] = claim.figure.range!;
  if (value === undefined) return undefined;
  if (value.gte(lo) && value.lte(hi)) return 'ok';
  if (claim.role !== 'share' || pin === 'default') return false;
  const words = claim.figure.numberText;
  return {
    ruleId: 'share-mismatch', severity: 2, span: { start: claim.figure.numberStart, end: claim.figure.numberEnd, block: claim.block }, actual: words,
    message: `“${words}”与数据不符：${fact.label}为 ${publishedValue(fact)}，“${words}”无论怎样理解都不是这个比重（说法由作者改写，不自动修正）`,
  };
}

/** 其他各项收入 / 其余各项支出: the words of the rest, and the whole whose parts they are. */
const REST_OF = /^其(?:他|它|余)各?(?:项|类)?(收入|支出)/u;
const REST_WHOLE = { 收入: 'income.total', 支出: 'expenditure.total' } as const;

/**
 * 财政拨款收入 X；其他各项收入均为 0: the parts of the whole (本年收入合计's sources) not named before the
 * figure in its paragraph are all 0 in the data — the words say exactly that. Any of the rest not 0 (or
 * not known), and the words may mean less than the rest: unverified, as before.
 */
function restIsZero(claim: FigureClaim, claims: readonly FigureClaim[], index: TopicIndex): boolean {
  const rest = claim.otherQuantity === undefined ? undefined : REST_OF.exec(claim.otherQuantity);
  if (!rest || !isZeroFigure(claim.figure) || (claim.figure.kind !== 'bare' && claim.figure.kind !== 'amount')) return false;
  const whole = index.topics.get(REST_WHOLE[rest[1] as keyof typeof REST_WHOLE]);
  if (!whole?.parts) return false;
  const named = new Set<string>();
  for (const c of claims) {
    if (c.block === claim.block && c.figure.start < claim.figure.start && c.topic) named.add(c.topic.id);
  }
  const others = whole.parts.filter((id) => !named.has(id));
  if (others.length === whole.parts.length) return false;
  return others.every((id) => index.topics.get(id)?.amount?.value?.isZero() === true);
}

function whyUnverified(claim: FigureClaim, index: TopicIndex, facts: ReadonlyMap<string, Fact>): string {
  const fact = factFor(claim, index);
  if (fact?.value === undefined && fact?.missing) return missingWhy(fact);
  if (claim.multiple) return `“${claim.figure.numberText} 倍”是倍数，数据中没有这一倍数（请按增减额或本年数 ÷ 上年数核对）`;
  if (claim.ofReason) return '它在原因说明中，说的是原因所讲的事项，数据中没有这一项';
  // 绩效自评资金覆盖率: the words before 覆盖率 say what it is, whatever name the reader saw in them.
  if (claim.coverage) return coverageWhy(claim.coverage);
  if (claim.otherQuantity !== undefined) {
    const words = claim.otherQuantity;
    if (/^其/u.test(words)) return `它说的是“${words}”，即前面所列以外的各项，不是其中某一项的数字，无法逐项核对`;
    if (STOCK_CHANGED.test(words)) return `它说的是“${words}”的数目（年内的变动），不是年末实有数，数据中没有这一项${purchasedCounts(claim, words, index)}`;
    if (CARRIED_OVER.test(words)) return carriedOverWhy(words, index, claim.section);
    return `它说的是“${words}”，是按人、按项或平均计算的另一个数，数据中没有这一项`;
  }
  if (claim.partOf !== undefined) return `数据中没有${claim.partOf}的${claim.unknownName}，无法核对`;
  if (claim.among) return `数据中名为“${claim.unknownName}”的科目有 ${claim.among.length} 个（${claim.among.join('、')}），文字没有指明是哪一个`;
  if (claim.unknownName !== undefined) {
    // 其中：机要用车 0 辆 — never the name before it; where the lexicon cannot make the name certain, the likely ones.
    const candidates = candidatesFor(claim.unknownName, index, claim.section);
    return `数据中没有“${claim.unknownName}”${candidates.length > 0 ? `，可能是：${candidates.map((c) => `“${c}”`).join('、')}` : ''}，请核对名称`;
  }
  if (claim.role === 'bare' && claim.figure.kind === 'amount' && /占|比重/u.test(claim.cueText ?? '')) return '“占”之后应是占比（%），这里写的是金额';
  if (claim.sumOf) return sumWhy(claim.sumOf);
  if (claim.figure.kind === 'points') return claim.role === 'share-change' ? `数据中没有“${claim.topic?.label ?? ''}”上年的这一占比，无法算出增减的百分点` : '“个百分点”是两个比率之差，文字没有指明是哪个占比（或比率）的增减';
  // 为上年的 106.98%: a ratio to last year's figure, which the data holds — only not this ratio (blind 15L §6).
  if (claim.lastYear && claim.topic && claim.figure.kind === 'percent' && /的$/u.test(claim.before) && claim.topic.changes['previous-year']) {
    return `“上年的 X%”是本年数与上年数之比，数据中没有这一比率（可按增长率加 100% 核对）`;
  }
  if (claim.lastYear && claim.topic) return `文字说它是上年的数字，数据中没有“${claim.topic.label}”上年的这一数字`;
  if (!claim.topic) return '未能识别它说的是哪一项';
  // …主要用于 6 辆…车辆 after 公务用车运行维护费: not a count of the name; the section's counts in its unit are what it may be.
  if (claim.role === 'count' && !claim.topic.counts.some((c) => c.unit === claim.figure.unit)) {
    const counts = sectionCounts(claim, index, () => true, (c) => c.grade === undefined);
    const candidates = [...new Set(counts)].slice(0, 3);
    if (candidates.length > 0) return `“${claim.topic.label}”没有以“${claim.figure.unit}”计的数字，文字没有指明它是哪一项，可能是：${candidates.map(asCandidate).join('、')}`;
    // 本部门完成整改事项 2 项 under 国有资产: the section's topic was only a guess, and no count of the data is in 项 (blind 18L §5).
    if (!claim.topic.absentFrom) {
      return claim.pin === 'default'
        ? `文字没有指明它是哪一项，数据中也没有以“${claim.figure.unit}”计的数字`
        : `“${claim.topic.label}”没有以“${claim.figure.unit}”计的数字`;
    }
  }
  if (claim.topic.absentFrom) return `数据文件中没有“${claim.topic.absentFrom}”`;
  return `未能确定它是“${claim.topic.label}”的哪一个数字`;
}

/** Why a coverage (绩效自评覆盖率) has no fact: the data holds no total of projects, nor, for the money, the two amounts. */
function coverageWhy(coverage: Coverage): string {
  if (coverage.of === undefined) return '文字没有指明是哪一项的覆盖率（绩效自评、绩效目标……）';
  const stage = coverage.of === 'self-evaluation' ? '绩效自评' : '编报绩效目标';
  if (coverage.measure === 'count') return `数据中没有部门项目总数，无法算出${stage}的项目覆盖率`;
  const money = `数据中没有${stage}的项目涉及的预算金额或预算项目支出总额，无法算出${stage}的资金覆盖率`;
  return coverage.measure === 'amount' ? money : `${money}；项目数的覆盖率需部门项目总数，数据中也没有`;
}

/** A fact a figure may be, as a message names it: 公务接待批次（数据为 15 批次）. */
const asCandidate = (f: Fact): string => `${f.label}（数据为 ${publishedValue(f)}）`;

/** …the section's counts of purchases in the figure's unit (购置公务用车), which the words may mean. */
function purchasedCounts(claim: FigureClaim, words: string, index: TopicIndex): string {
  if (!BOUGHT.test(words)) return '';
  const candidates = [...new Set(sectionCounts(claim, index, (t) => t.label.includes('购置')))].slice(0, 2);
  return candidates.length > 0 ? `；可能是${candidates.map(asCandidate).join('，或')}` : '';
}

/**
 * 年初结转的水利工程建设资金 49.54 万元: the balance of a name carried over, which the data holds only as the
 * department's (or a scope's) whole — those, at the start or end of the year as the words say, are what it may be.
 */
function carriedOverWhy(words: string, index: TopicIndex, section: SectionKind | undefined): string {
  const ends = /下年|年末|以后年度/u.test(words) ? ['closing-balance'] : /年初|上年|以前年度/u.test(words) ? ['opening-balance'] : ['opening-balance', 'closing-balance'];
  const here = [...index.topics.values()].filter((t) => ends.some((e) => t.id.endsWith(e)) && t.amount?.value !== undefined && (!section || t.sections.includes(section)));
  const candidates = here.slice(0, 3).map((t) => asCandidate(t.amount!));
  return `它说的是“${words}”，是结转或结余的资金，不是该项的收入或支出，数据中没有这一项${candidates.length > 0 ? `；可能是${candidates.join('，或')}` : ''}`;
}

/** The counts, with a value, in the claim's unit, of the topics of its section that `topic` keeps (and `count` too). */
function sectionCounts(claim: FigureClaim, index: TopicIndex, topic: (t: Topic) => boolean, count: (c: Topic['counts'][number]) => boolean = () => true): Fact[] {
  if (claim.section === undefined) return [];
  return [...index.topics.values()].filter((t) => t.sections.includes(claim.section!) && topic(t))
    .flatMap((t) => t.counts.filter((c) => c.unit === claim.figure.unit && c.fact.value !== undefined && count(c)).map((c) => c.fact));
}

/** The topic whose parts the rows named (two or more, all of them its parts): what the table's 合计 row totals. */
function wholeOfRows(rowTopics: ReadonlySet<string>, index: TopicIndex): Topic | undefined {
  // A 其中 row (公务用车运行维护费 under 公务用车购置及运行维护费) is a part of another row, not of the whole.
  const rows = [...rowTopics].filter((id) => ![...rowTopics].some((other) => index.topics.get(other)?.parts?.includes(id)));
  if (rows.length < 2) return undefined;
  const wholes = [...index.topics.values()].filter((t) => t.parts && rows.every((id) => t.parts!.includes(id)));
  if (wholes.length > 0) return wholes.length === 1 ? wholes[0] : undefined;
  // 因公出国（境）费、公务用车购置费、公务用车运行维护费、公务接待费、合计 (blind 14L §4c): rows that break one part down
  // in its stead (购置费 and 运行维护费 for 公务用车购置及运行维护费) — each row a part, or a part of a part, of one whole,
  // and every part of the whole stated, itself or all its parts: the whole's 合计.
  const covered = (id: string): boolean => rowTopics.has(id) || (index.topics.get(id)?.parts?.every((p) => rowTopics.has(p)) ?? false);
  const under = (t: Topic, id: string): boolean => t.parts!.includes(id) || t.parts!.some((p) => index.topics.get(p)?.parts?.includes(id) === true);
  const deeper = [...index.topics.values()].filter((t) => t.parts && rows.every((id) => under(t, id)) && t.parts.every((p) => covered(p)));
  return deeper.length === 1 ? deeper[0] : undefined;
}

/** A table row named 合计 or 总计 alone; one whose name ends so (本年收入合计, 收入总计). */
const TOTAL_ROW = /^\s*(?:合\s*计|总\s*计)\s*$/u;
const ENDS_AS_TOTAL = /(?:合\s*计|总\s*计)\s*$/u;

/** Whether a row below `from`, up to the table's end, is a 合计 or 总计 row (收入总计 under 本年收入合计). */
function totalRowBelow(blocks: readonly TextBlock[], from: number): boolean {
  for (let k = from; k < blocks.length && blocks[k]!.kind === 'table-cell' && blocks[k]!.row !== 0; k++) {
    if ((blocks[k]!.column ?? 0) === 0 && ENDS_AS_TOTAL.test(blocks[k]!.text)) return true;
  }
  return false;
}

/** The subjects the first cells of a table's rows from `from` on name, up to the table's end. */
function topicsOfRowsBelow(blocks: readonly TextBlock[], from: number, ctx: LintContext, section: SectionKind | undefined, prepared: ReturnType<typeof prepareBlocks>): Set<string> {
  const ids = new Set<string>();
  for (let k = from; k < blocks.length && blocks[k]!.kind === 'table-cell' && blocks[k]!.row !== 0; k++) {
    if ((blocks[k]!.column ?? 0) !== 0) continue;
    const named = tokenize(blocks[k]!.text, ctx.names, k, prepared[k]).tokens.find((t) => t.type === 'topic');
    const topic = named?.type === 'topic' ? pickTopic(ctx.topics, named.ids, section) : undefined;
    if (topic) ids.add(topic.id);
  }
  return ids;
}

/** 事业收入和其他收入两项合计: the sum the words name, with what the data's parts add up to. */
function sumWhy(parts: readonly Topic[]): string {
  const amounts = parts.map((t) => t.amount?.value);
  const sum = amounts.every((v) => v !== undefined) ? ` = ${formatNumber(amounts.reduce((a, v) => a!.plus(v!), new Decimal(0))!, TABLE_STYLE)} 万元` : '';
  const terms = sum ? `（数据为 ${amounts.map((v) => formatNumber(v!, TABLE_STYLE)).join(' + ')}${sum}）` : '';
  return `它说的是${parts.map((t) => t.label).join('、')}之和${terms}，数据中没有这一合计及其占比、增减`;
}

/** A line break between two characters of a figure (支出决算为19⏎6.52万元), with the blanks and line prefixes around it. */
const BREAK_IN_FIGURE = /[0-9０-９.,．，][ \t]*(?:\r\n?|\n)[ \t>]*[0-9０-９.,．，]/u; // [ \t]* then \n: linear

/** Whether the finding's span is a figure the reader joined across a line break of the source. */
function splitByLineBreak(f: Finding, blocks: TextBlock[], source: string): boolean {
  const range = rangeInSource(blocks[f.span.block]!, f.span.start, f.span.end);
  return BREAK_IN_FIGURE.test(source.slice(range.start, range.end));
}

function toMessage(f: Finding, blocks: TextBlock[], lines: LineIndex): LintMessage {
  const block = blocks[f.span.block]!;
  const range = rangeInSource(block, f.span.start, f.span.end);
  const start = lines.positionOf(range.start);
  const end = lines.positionOf(range.end);
  return {
    ruleId: f.ruleId, severity: f.severity, message: f.message,
    line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    ...(f.fix !== undefined ? { fix: { range: [range.start, range.end] as [number, number], text: f.fix } } : {}),
  };
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

function dedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.line}:${m.column}:${m.ruleId}:${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
