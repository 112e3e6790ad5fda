/**
 * From tokens to claims: what each figure says, about what. The reader keeps
 * the state a human reader keeps (state.ts) — the subject of the sentence,
 * carried across its clauses and into the next sentence of the same paragraph,
 * the base of comparison (上年 or 预算), the section — and reads each figure by
 * the cue in front of it (cues.ts, figure.ts): 占 → share, 减少 → change,
 * 完成年初预算的 → completion …
 */
import { T04_COLUMN_LABELS } from '../../data/model.js';
import type { Token } from '../reader.js';
import type { Topic, TopicIndex } from '../topics/index.js';
import { LIST_CUES, readCue } from './cues.js';
import { readFigure, SUBJECT_FIGURES } from './figure.js';
import { pickTopic, REST_ITEMS, type Claim, type ReadContext, type Role } from './model.js';
import { idsHere, isScopeAlone, readScopedName, scopeAfter, SPENDING_KINDS, SUBJECT_LEVEL } from './scopes.js';
import { ClaimReader } from './state.js';

export * from './model.js';

/** 涉及 heading a name no topic holds (涉及一般公共预算项目支出, 涉及财政资金): the funds the projects involve. */
const INVOLVED = /^涉及/u;
/** …which 十三 names 涉及资金: the budgets or the amounts spent, the words do not say which. */
const INVOLVED_FUNDS = '涉及资金';

export function readClaims(tokens: Token[], ctx: ReadContext): Claim[] {
  const r = new ClaimReader(tokens, ctx);
  for (let t = 0; t < tokens.length; t++) {
    const token = otherYearsEnd(tokens[t]!, tokens[t - 1], ctx.year);
    // A list of names (A、B、C) goes on through 、 and the cues that say which figure of each follows.
    if (token.type !== 'topic' && !(token.type === 'clause-end' && token.mark === '、')) {
      // A fresh list only where the last one holds names: most tokens end no list, and an array each was most of the reader's garbage.
      if (!(token.type === 'cue' && LIST_CUES.has(token.cue.kind)) && r.enumeration.length > 0) {
        // A figure right after the list may be said of all of it (A和B两项合计 X): the figure reader sees the list.
        r.listed = token.type === 'figure' ? r.enumeration : [];
        r.enumeration = [];
      }
    }
    // 人员经费包括…；公用经费…: a name opening a clause after ；in a description starts another subject's clause.
    const opensStop = r.describing && (token.type === 'topic' || token.type === 'unknown' || token.type === 'untracked' || token.type === 'unnamed')
      && stopBefore(tokens[t - 1]) && !r.stopNamed?.named;
    switch (token.type) {
      case 'topic':
        if (!readScopedFlow(r, token, t) && !readKindQualified(r, token, t)) readName(r, token);
        break;
      case 'unknown':
      case 'untracked':
      case 'unnamed':
        if (r.awaitingWhole) break;
        // 开展绩效自评，涉及一般公共预算项目支出 X: in 十三, 涉及 and the writer's own name of the funds say what 涉及资金 says.
        if (token.type === 'unnamed' && INVOLVED.test(token.name) && ctx.section === 'performance' && !r.describing) {
          const ids = ctx.index.byName.get(INVOLVED_FUNDS);
          if (ids) {
            readName(r, { type: 'topic', ids, name: INVOLVED_FUNDS, start: token.start, end: token.end, block: token.block });
            break;
          }
        }
        if (token.type === 'unnamed') {
          r.unnamed = token.name;
          r.unnamedPartOf = undefined;
          r.unnamedAmong = token.among;
        }
        // In a description (主要用于：教育（类）支出 X 万元) a name is the subject of its own clause only — not the
        // items not named (…主要原因是人员增加；其余项目决算数小于…): those are no subject of the reason's.
        r.newUnheldName();
        if (r.describing && !(token.type === 'unnamed' && REST_ITEMS.test(token.name))) {
          r.deferred = undefined;
          r.unheldInClause = true;
          break;
        }
        r.subject = undefined;
        r.subjectPin = 'none';
        r.unheld = true;
        break;
      case 'flow':
        readFlow(r, token);
        break;
      case 'cue':
        if (token.cue.kind === 'period') comparedWith(r, tokens[t - 1], 'previous-year');
        readCue(r, token, t);
        // 大于上年决算数: the base the cue names (a year before last: another period).
        if (token.cue.kind === 'base' && r.base !== 'budget') comparedWith(r, tokens[t - 1], r.base === 'other-year' ? 'other-year' : 'previous-year');
        break;
      case 'figure':
        if (r.ofWhich?.sentence === r.sentence) r.ofWhich.figured = true;
        readFigure(r, token, t);
        break;
      case 'clause-end': {
        // 2022 年，本部门机关运行经费支出 X: a year the data does not hold, alone in its clause, heads the next one (as wrong-year reads it).
        const before = tokens[t - 1];
        const heading = before?.type === 'year' && (token.mark === '，' || token.mark === ',') ? yearEndHeading(before, r.ctx.year) ?? r.otherYear : undefined;
        r.endClause(token.mark);
        if (heading) r.otherYear = heading;
        break;
      }
      case 'open':
        r.brackets.push({ subject: r.subject, pin: r.subjectPin, lastYear: r.lastYear, otherYear: r.otherYear, partOf: r.partOf, unheld: r.unheldState, ...brokenDown(r, tokens[t - 1]) });
        break;
      case 'close':
        if (r.brackets.length > 0) ({ subject: r.subject, pin: r.subjectPin, lastYear: r.lastYear, otherYear: r.otherYear, partOf: r.partOf, unheld: r.unheldState } = r.brackets.pop()!);
        r.pending = undefined;
        break;
      case 'sentence-end':
        r.endSentence();
        break;
      case 'year':
        // 主要原因：…较 2022 年…: the reason speaks of another period; a date in a later sentence does not make it so.
        if (r.reason && token.year !== undefined && r.sentence === r.reasonSentence) r.reason.otherPeriod = true;
        comparedWith(r, tokens[t - 1], token.year === r.ctx.year - 1 ? 'previous-year' : 'other-year');
        readPeriod(r, token, tokens[t + 1]);
        if (yearsListed(tokens, t, ctx.year)) r.bothYears = r.sentence;
        break;
    }
    if (opensStop && r.describing) r.stopNamed = { topic: token.type === 'topic' ? r.deferred : undefined, named: true };
    // 人员经费主要用于工资福利支出；办公费，本年为 X: words no token holds may open the clause after ；— the
    // description's subject is no longer sure to be the figures' (a reason's clauses are its own: ofReason).
    else if (stopBefore(token) && r.describing && !r.inReason && r.stopNamed === undefined && !opensWithOwnFigure(r, token, tokens[t + 1])) {
      r.stopNamed = { topic: undefined, named: false };
    }
  }
  r.closeReason();
  // 决算数小于预算数 after 全年预算为 …: 预算 alone is the budget the block names; with both named, a guess.
  const named = r.namedBudgets;
  const only = named.size === 1 ? [...named][0]! : named.size > 1 ? 'ambiguous' : 'unspecified';
  for (const c of r.claims) if ((c.kind === 'figure' || c.kind === 'comparison' || c.kind === 'flat') && c.budget === 'unspecified') c.budget = only;
  return r.claims;
}

/**
 * 年初预算为 1,300 万元（其中住房公积金 1,000 万元、购房补贴 300 万元）(blind 15L §1b): a bracket right after a budget
 * (or last year's figure) breaks that figure down — the parts' figures are of the same kind, never this year's amounts.
 */
function brokenDown(r: ClaimReader, before: Token | undefined): { role?: Role } {
  const last = r.claims.at(-1);
  if (before?.type !== 'figure' || last?.kind !== 'figure' || last.figure !== before.figure) return {};
  return last.role === 'budget' || last.role === 'previous' ? { role: last.role } : {};
}

/**
 * 水体（项），主要用于水质监测；年初预算为 X: the clause after ；opens with the cue of one of the subject's own figures,
 * no word before it, while the subject is still the one described — no other subject can open it: the figures are
 * the subject's, as after 。(npm run fuzz, metamorphic split-join). After a name the description held (主要用于：教育
 * 支出 Y；年初预算为 X) the budget may be the whole's: still a guess.
 */
function opensWithOwnFigure(r: ClaimReader, stop: Token, next: Token | undefined): boolean {
  return next?.type === 'cue' && SUBJECT_FIGURES.has(next.cue.kind) && next.start === stop.end && r.subject !== undefined && r.subject === r.describedWhole;
}

/**
 * 2023年末结转和结余: a name that starts with the year's own 年 (the reader reads 年末… from it) is the data's name
 * only in the data's year — 2023 年末 is this year's opening, not its end: another year's, no subject of the data.
 */
function otherYearsEnd(token: Token, before: Token | undefined, year: number): Token {
  // (a name that holds the whole year, 2023年度办公室业务运行, starts where the year does: the data's own name)
  if (token.type !== 'topic' || before?.type !== 'year' || token.start <= before.start || token.start >= before.end || before.year === year) return token;
  // named with its year (数据中没有“2023年末结转和结余”), the span the year's and the name's
  return { type: 'unnamed', name: `${before.text}${token.name.replace(/^年/u, '')}`, start: before.start, end: token.end, block: token.block };
}

/**
 * 2023 年末，公务用车保有量为 37 辆 in a 2024 document: the clause speaks of another year's end, which the
 * data does not hold (readPeriod leaves dates alone: 2024年末 is this year's, 2023年末结转 this year's opening, by name).
 */
function yearEndHeading(year: Token & { type: 'year' }, dataYear: number): ClaimReader['otherYear'] {
  if (!year.yearEnd || year.year === dataYear) return undefined;
  return { year: year.year, span: { start: year.start, end: year.end, block: year.block }, since: false, end: true };
}

/** A ；(or ;) right before a token. */
function stopBefore(token: Token | undefined): boolean {
  return token?.type === 'clause-end' && (token.mark === ';' || token.mark === '；');
}

/** A name: the new subject, the whole after 占, a name inside a description, or which figure of the subject follows. */
function readName(r: ClaimReader, token: Token & { type: 'topic' }): void {
  const { ctx } = r;
  if (r.awaitingWhole) {
    // 占基本支出的 after 公用经费: of the names' topics, the one that is a whole of the subject.
    const ids = idsHere(ctx.index, token.name, token.ids, ctx.section);
    const whole = ids.find((id) => r.subject?.shares.some((s) => s.wholeTopic === id)) ?? pickTopic(ctx.index, ids, ctx.section)?.id;
    if (whole !== undefined) r.wholeTopic = whole; // 占本年支出合计的: the whole, not a new subject
    // 占财政拨款支出的 outside 四, where the name is 公开04表's only there: a whole named, but none held here.
    else r.unheldWhole = token.name;
    // 占货物、服务支出金额的: a 、 between two names after 占 lists wholes; otherwise the later name is the whole.
    const before = r.tokens[r.tokens.indexOf(token, Math.max(0, r.shareCueAt)) - 1];
    if (r.wholes.length === 0 || (before?.type === 'clause-end' && before.mark === '、')) r.wholes.push(whole);
    else r.wholes[r.wholes.length - 1] = whole;
    return;
  }
  // 年初结转和结余 X，其中政府性基金预算财政拨款 Y: the scope's share of the whole — its own line where the data has one.
  if (r.partOf && isScopeAlone(token.name) && !r.describing) {
    const whole = r.partOf;
    // 一般公共预算财政拨款 in 财政拨款收支总计, 年初财政拨款结转和结余: the scope where the whole names all of 财政拨款, the words once.
    const joined = (n: string) => (token.name.endsWith('财政拨款') && n.includes('财政拨款') ? n.replace('财政拨款', token.name) : `${token.name}${n}`);
    const own = whole.names.map((n) => ctx.index.byName.get(`${token.name}${n}`) ?? ctx.index.byName.get(joined(n))).find((ids) => ids !== undefined);
    const topic = own && pickTopic(ctx.index, own, ctx.section);
    if (topic) {
      r.setSubject(topic);
      r.subjectName = token.name;
      r.partOf = whole;
      const rivals = (topic.alsoMeant ?? []).flatMap((id) => ctx.index.topics.get(id) ?? []);
      if (rivals.length > 0) {
        r.subjectPin = 'default';
        r.subjectRivals = rivals;
      }
    } else r.setUnheldName(joined(whole.label));
    return;
  }
  // 人员经费中的住房公积金, 公用经费 X，其中公务用车运行维护费 Y: the whole's own row, not the 项 or the “三公” line of the name.
  const qualifier = r.partOf ?? (token.within ? (r.describing ? r.deferred : r.subject) : undefined) ?? (r.describing ? r.describedWhole : undefined);
  const row = qualifier && qualifiedRow(ctx.index, token.name, qualifier);
  const read = row ? { topic: row, guessed: false } : readScopedName(ctx.index, token.name, token.ids, ctx.section, r.scope, qualifier);
  if (!read) return;
  // 授予小微企业合同金额 X，其中货物 Y、服务 Z: a bare local word (货物) in the 其中 of a whole other than the section's
  // own may name that whole's part (the goods awarded to small firms), which no topic holds — the section's reading is a guess.
  const ofWhole = r.partOf ?? (r.ofWhich?.sentence === r.sentence ? r.ofWhich.whole : undefined);
  if (ofWhole && !read.guessed && read.topic.localNames?.includes(token.name) && !ofWhole.parts?.includes(read.topic.id)
    && ofWhole !== read.topic && ofWhole.id !== (ctx.section && ctx.index.sectionDefault[ctx.section])) {
    read.guessed = true;
  }
  // 工资福利支出 X，其中住房公积金 Y: a part of a whole no topic holds — which fact of the name is meant, the words do not say.
  const guessedPart = !row && !r.partOf && r.partOfUnnamed !== undefined && !read.guessed ? { ...read, guessed: true, rivals: undefined } : read;
  // 公用经费 X，公务接待费 Y in 六 (no 其中, no 中的): the “三公” line or 公开06表's row — both may be meant; a figure
  // that agrees with either is no error, one that agrees with neither is wrong, never fixed.
  const basicRow = !row && !r.describing && !guessedPart.guessed && ctx.section === 'basic' ? ctx.index.topics.get(ctx.index.sectionDefault.basic ?? '') : undefined;
  const rowRival = basicRow && basicRow !== guessedPart.topic ? qualifiedRow(ctx.index, token.name, basicRow) : undefined;
  const reading = rowRival ? { ...guessedPart, guessed: true, rivals: [rowRival] } : guessedPart;
  const topic = reading.topic;
  if (!r.describing) r.scope = scopeAfter(r.scope, token.name, topic);
  if (r.describing) {
    r.deferred = topic;
    r.deferredRivals = reading.guessed ? reading.rivals ?? [] : undefined;
  }
  // 编报绩效目标的项目 1 个，涉及预算金额 X: the amount of the subject just named.
  else if (topic.attribute && r.subject?.amount && ctx.section && r.subject.sections.includes(ctx.section) && r.subjectPin === 'name') return;
  else if (r.partOf && r.partOf !== topic && SUBJECT_LEVEL.test(r.partOf.id) && SPENDING_KINDS.has(topic.id)) {
    // 节能环保（类）支出 X，其中基本支出 Y: the class's own 基本支出, which no topic holds — not the department's.
    r.setUnheldName(token.name, r.partOf.label);
    return;
  } else {
    // 公用经费 X（其中公务用车运行维护费 Y、公务接待费 Z）: each part after 其中 is the whole's row, not only the first.
    const whole = row && r.partOf === qualifier ? r.partOf : undefined;
    r.setSubject(topic);
    if (whole) r.partOf = whole;
    r.subjectName = token.name;
    // Several topics bear the name and nothing in the text chose one: a figure that disagrees is unverified, not wrong.
    if (reading.guessed) {
      r.subjectPin = 'default';
      r.subjectRivals = reading.rivals;
    }
  }
  // 货物、工程、服务授予中小企业合同金额分别为 X、Y、Z: the kind's own name ends a list of kinds, each of which it qualifies.
  const kindOwn = KIND_OWN.exec(topic.id);
  if (kindOwn && r.enumeration.length > 0 && r.enumeration.every((t) => PROCUREMENT_KIND.test(t.id))) {
    const owns = r.enumeration.map((t) => ctx.index.topics.get(`${t.id}${kindOwn[1]}`));
    if (owns.every((t) => t !== undefined)) r.enumeration = owns as Topic[];
  }
  if (reading.guessed) r.guessedNames.add(topic);
  else if (r.guessedNames.size > 0) r.guessedNames.delete(topic);
  r.enumeration.push(topic);
}

/** 2023年、2024年 (or 2024年、2023年) ending at `at`: last year and this, listed as one period of what follows. */
function yearsListed(tokens: readonly Token[], at: number, year: number): boolean {
  const second = tokens[at]!;
  const mark = tokens[at - 1];
  const first = tokens[at - 2];
  if (second.type !== 'year' || mark?.type !== 'clause-end' || mark.mark !== '、' || first?.type !== 'year' || first.date || second.date || first.span || second.span) return false;
  const years = [first.year, second.year].sort();
  return years[0] === year - 1 && years[1] === year;
}

/** The qualified-only topic of `name` under `whole`, through its parts and the rows it qualifies (基本支出 → 人员经费 → 301 → 30113). */
export function qualifiedRow(index: TopicIndex, name: string, whole: Topic): Topic | undefined {
  const ids = index.qualifiedNames.get(name);
  if (!ids) return undefined;
  const under = (t: Topic, id: string, depth: number): boolean => depth < 4
    && [...(t.parts ?? []), ...(t.qualifies ?? [])].some((p) => p === id || under(index.topics.get(p)!, id, depth + 1));
  const id = ids.find((x) => under(whole, x, 0));
  return id === undefined ? undefined : index.topics.get(id);
}

/**
 * 决算数大于 2023 年度决算数, 大于上年: a period right after 大于/小于 is what the subject is compared with —
 * last year's actual, not the budget (another year's, which the data does not hold, is judged by nothing).
 */
function comparedWith(r: ClaimReader, before: Token | undefined, base: 'previous-year' | 'other-year'): void {
  if (before?.type !== 'cue' || before.cue.kind !== 'comparison') return;
  for (const c of r.openComparisons) c.base = base;
  r.openComparisons.length = 0;
  r.comparedBase = base;
}

/**
 * 2024年度为 198.47 万元 in a 2025 document: the figures that follow are last year's. Not a date that
 * names this year's opening or an event (2024年末, 2024年结转…, 2024年12月31日, 2024年购置的: the tokenizer
 * marks those). A year the data does not hold (2022 年，…支出 X), or a bound of a span (2024 年以来), makes
 * them another period's.
 */
function readPeriod(r: ClaimReader, token: Token & { type: 'year' }, next: Token | undefined): void {
  // A name that starts with a year (2023年农村公路养护项目) is a name, not a period.
  if (next?.type === 'topic' && next.start === token.start) return;
  if (token.year === r.ctx.year) {
    r.lastYear = false;
    r.otherYear = undefined;
  } else if (token.date) return;
  else if (token.year === r.ctx.year - 1 && !token.span) r.lastYear = true;
  else {
    r.lastYear = false;
    r.otherYear = { year: token.year, span: { start: token.start, end: token.end, block: token.block }, since: token.span === true };
  }
}

/** What may follow 收入/支出 in a flow's name (收入合计, 支出决算). */
const FLOW_TAIL = '(合计|总计|总额|决算)?';
/** A name of one flow of a scope: the scope (公开04表's columns, 财政拨款, or none for the department's whole) and the flow. */
export const FLOW_NAME = new RegExp(`^(${[T04_COLUMN_LABELS.govFund, T04_COLUMN_LABELS.soe, T04_COLUMN_LABELS.gpb, '财政拨款', '本年', '总'].join('|')})?(收入|支出)${FLOW_TAIL}$`, 'u');
/** …or of anything else (事业收入, 项目支出): its other flow is not a fact of the data. */
const ANY_FLOW_NAME = new RegExp(`^(.*)(收入|支出)${FLOW_TAIL}$`, 'u');

/**
 * 政府性基金预算财政拨款收入 2.43 万元，支出 2.2 万元: the bare 支出 is the same scope's spending, not
 * more of its income. Where the data has no such fact (事业收入 …，支出 …), the figure is said of a name
 * no topic holds: unverified, never checked against the income.
 */
function readFlow(r: ClaimReader, token: Token & { type: 'flow' }): void {
  const named = r.subjectName;
  if (r.awaitingWhole || r.describing || r.subjectPin !== 'name' || named === undefined || !r.subject?.names.includes(named)) return;
  const any = ANY_FLOW_NAME.exec(named);
  if (!any || any[2] === token.word) return;
  const counterpart = `${any[1]}${token.word}${any[3] ?? ''}`;
  takeCounterpart(r, counterpart, FLOW_NAME.test(named));
}

/** The other flow of the scope, by its name: the subject where the data holds it (`held`: the name may be looked up), else a name no topic holds. */
function takeCounterpart(r: ClaimReader, counterpart: string, held: boolean): Topic | undefined {
  const named = held ? r.ctx.index.byName.get(counterpart) : undefined;
  // 财政拨款收入 X，支出 Y: 财政拨款支出 is 公开04表's 本年支出合计 in 四 only (a local name), elsewhere no fact.
  const ids = named && idsHere(r.ctx.index, counterpart, named, r.ctx.section);
  const topic = ids && pickTopic(r.ctx.index, ids, r.ctx.section);
  if (topic) {
    r.setSubject(topic);
    r.subjectName = counterpart;
  } else {
    r.setUnheldName(counterpart);
  }
  return topic;
}

/** A kind of procurement (政府采购货物支出 …), which some names have their own of. */
const PROCUREMENT_KIND = /^procurement\.(?:goods|works|services)$/u;
/** …a kind's own (服务授予中小企业合同金额): the suffix of its id after the kind's. */
const KIND_OWN = /^procurement\.(?:goods|works|services)(-.+)$/u;

/**
 * 货物类采购中，授予中小企业合同金额 X, and 政府采购货物支出 Y，其中授予中小企业合同金额 X: a kind of
 * procurement named right before the name (with no figure of its own), or as the whole of a 其中,
 * qualifies the name — the kind's own (货物采购授予中小企业合同金额), or, where the data has none, a
 * figure no topic holds; never the department's whole.
 */
function readKindQualified(r: ClaimReader, token: Token & { type: 'topic' }, at: number): boolean {
  if (r.awaitingWhole || r.describing) return false;
  const mark = r.tokens[at - 1];
  // 货物、服务授予中小企业合同金额分别为: a list of kinds before a kind's own name, not a kind qualifying it.
  if (mark?.type === 'clause-end' && mark.mark === '、' && token.ids.every((id) => KIND_OWN.test(id))) return false;
  let k = mark?.type === 'clause-end' ? at - 2 : at - 1;
  // 货物类采购中，: the words between the kind and 中 leave the 中 to the kind.
  const qualifier = r.tokens[k];
  if (qualifier?.type === 'cue' && qualifier.cue.kind === 'of-which' && qualifier.cue.qualifier && r.partOf === undefined) k--;
  const before = r.tokens[k];
  const afterOfWhich = before?.type === 'cue' && before.cue.kind === 'of-which' && r.partOf !== undefined;
  // …政府采购服务支出 Y。其中…: the sentence end made the list's whole the subject, the last kind its rival.
  const lastKind = afterOfWhich && r.tokens[k - 1]?.type === 'sentence-end' && r.subjectPin === 'default'
    ? r.subjectRivals?.find((t) => PROCUREMENT_KIND.test(t.id)) : undefined;
  const ofWhich = afterOfWhich && (lastKind !== undefined || PROCUREMENT_KIND.test(r.partOf!.id));
  const kind = lastKind ?? (ofWhich ? r.partOf : r.subject);
  if (!kind || !PROCUREMENT_KIND.test(kind.id) || (!ofWhich && r.subjectPin !== 'name')) return false;
  if (!ofWhich && (before?.type !== 'topic' || !before.ids.includes(kind.id))) return false;
  if (!token.ids.some((id) => id.startsWith('procurement.') && !PROCUREMENT_KIND.test(id) && id !== 'procurement.total')) return false;
  const own = token.ids.includes('procurement.sme') ? r.ctx.index.topics.get(`${kind.id}-sme`) : undefined;
  // …、政府采购服务支出 Y。其中授予中小企业合同金额 X: a 其中 opening a sentence after the kind's may speak of the
  // kind's (the last item of a list) or of the whole the list was of — the words do not pin which (blind 9L B7).
  const general = ofWhich && r.tokens[k - 1]?.type === 'sentence-end' && r.subjectSentence < r.sentence
    ? token.ids.map((id) => r.ctx.index.topics.get(id)).find((t) => t !== undefined && !PROCUREMENT_KIND.test(t.id) && t.id !== 'procurement.total')
    : undefined;
  if (general) {
    r.setSubject(general);
    r.subjectName = token.name;
    r.subjectPin = 'default';
    r.subjectRivals = own ? [own] : undefined;
  } else if (own) {
    r.setSubject(own);
    r.subjectName = token.name;
  } else {
    r.setUnheldName(`${before?.type === 'topic' ? before.name : kind.label}${token.name}`);
  }
  return true;
}

/** A flow's name with no scope of its own (支出总计, 收入合计). */
const BARE_FLOW_NAME = new RegExp(`^(收入|支出)${FLOW_TAIL}$`, 'u');

/**
 * 财政拨款收入总计 X 万元，支出总计 X 万元: a flow's name with no scope, heading a clause (or listed right
 * after the subject: 财政拨款收入总计和支出总计), is the other flow of the scope just named, not the
 * department's whole (收支总计). Where the data has no such fact, the figure is said of a name no topic holds.
 */
function readScopedFlow(r: ClaimReader, token: Token & { type: 'topic' }, at: number): boolean {
  const flow = BARE_FLOW_NAME.exec(token.name);
  const named = r.subjectName;
  if (!flow || r.awaitingWhole || r.describing || r.subjectPin !== 'name' || named === undefined) return false;
  const before = r.tokens[at - 1];
  if (!(before?.type === 'clause-end' || (before?.type === 'topic' && before.name === named))) return false;
  const scoped = FLOW_NAME.exec(named);
  // 本年收入合计 …，支出合计: the department's own flows, named as the text names them.
  const scope = scoped?.[1];
  if (!scoped || scope === undefined || scope === '本年' || scope === '总' || scoped[2] === flow[1]) return false;
  const topic = takeCounterpart(r, `${scope}${flow[1]}${flow[2] ?? ''}`, true);
  if (topic) r.enumeration.push(topic);
  return true;
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
    if (t.type === 'unknown' || t.type === 'untracked' || t.type === 'unnamed') return undefined;
    if (t.type === 'topic') return pickTopic(ctx.index, t.ids, ctx.section);
  }
  return undefined;
}
