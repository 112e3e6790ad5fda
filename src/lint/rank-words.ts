/**
 * Rank words (所占比例最大, 支出最多, 占比最高, 位居第一, 最少): a claim that the item named is the largest (or the
 * smallest) of its set. The set is the whole the item is a part of (the 类 of 公开05表 under 一般公共预算财政拨款支出, the
 * income sources under 本年收入合计, the three 三公 items): where the data's ranking of that set says otherwise, the
 * words are wrong — an error naming the real largest. Which of the name or the sentence is wrong only the writer
 * knows, so no fix; and the sentence's figures are not fixed either, since a figure fixed under a false rank word
 * reads as verified (blind 16L §1: “卫生健康（类）支出所占比例最大，为 43.85%” where 社会保障和就业 is 52.70%).
 * Where the item is a part of several wholes that rank it differently, the set is not clear: unverified.
 */
import type { Decimal } from '../data/amount.js';
import type { SectionKind, Topic, TopicIndex } from './topics/index.js';
import { pickTopic } from './claims/index.js';
import type { Span, Token } from './reader.js';
import { publishedValue, type Finding } from './verify.js';

/** Any rank word at all: the cheap test a block passes before its names are looked at. */
const ANY_RANK = /最大|最多|最高|最小|最少|最低|第一|居首/u;

/**
 * Right after the item's name: the rank word said of it, with only the words a name's amount or share takes between
 * (支出, 所占比例). A change ranked (增长最多, 增幅最大) has other words between, and is no claim about the amounts.
 */
const RANK_AFTER = /^(?:[（(]类[)）])?(?:支出|收入|经费)?(?:决算数?|金额|数额)?的?(?:所占比例|所占比重|占比|比重|规模)?(最大|最多|最高|位居第一|位列第一|排名第一|排第一|居首位?|最小|最少|最低)/u;
/** Right before the item's name: 占比最大的是 / 支出最多的为. */
const RANK_BEFORE = /(?:所占比例|所占比重|占比|比重|支出|金额|规模)(最大|最多|最高|最小|最少|最低)的(?:是|为)$/u;

const SMALLEST = /最小|最少|最低/u;
const SENTENCE_END = /[。！？!?\n]/u;

export interface RankResult {
  findings: Finding[];
  /** the sentences holding a false (or unclear) rank word: no figure of theirs is fixed */
  noFix: Span[];
}

const parentsCache = new WeakMap<TopicIndex, Map<string, Topic[]>>();

/** The wholes each topic is an exhaustive part of. */
function parentsOf(index: TopicIndex, id: string): Topic[] {
  let map = parentsCache.get(index);
  if (!map) {
    map = new Map();
    for (const t of index.topics.values()) for (const p of t.parts ?? []) map.set(p, [...(map.get(p) ?? []), t]);
    parentsCache.set(index, map);
  }
  return map.get(id) ?? [];
}

interface Ranked { extreme: Topic; holds: boolean }

/** Where the topic stands among its whole's parts: the extreme part, and whether the topic is (one of) it. */
function rank(topic: Topic, whole: Topic, index: TopicIndex, smallest: boolean): Ranked | undefined {
  const own = topic.amount?.value;
  if (!own) return undefined;
  let extreme: Topic | undefined;
  let value: Decimal | undefined;
  for (const id of whole.parts!) {
    const part = index.topics.get(id);
    const v = part?.amount?.value;
    if (!part || !v) return undefined;
    if (value === undefined || (smallest ? v.lt(value) : v.gt(value))) {
      extreme = part;
      value = v;
    }
  }
  if (!extreme || !value) return undefined;
  return { extreme, holds: own.eq(value) };
}

function sentenceAround(text: string, at: number, block: number): Span {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return { start, end, block };
}

function shareOf(part: Topic, whole: Topic): string | undefined {
  const slot = part.shares.find((s) => s.wholeTopic === whole.id);
  return slot?.fact.value !== undefined ? publishedValue(slot.fact) : undefined;
}

/** The rank words of one paragraph, judged against the data's ranking of the set each names an item of. */
export function rankFindings(text: string, block: number, tokens: readonly Token[], index: TopicIndex, section: SectionKind | undefined): RankResult | undefined {
  if (!ANY_RANK.test(text)) return undefined;
  const findings: Finding[] = [];
  const noFix: Span[] = [];
  for (const t of tokens) {
    if (t.type !== 'topic') continue;
    const after = RANK_AFTER.exec(text.slice(t.end, t.end + 24));
    const before = after ? undefined : RANK_BEFORE.exec(text.slice(Math.max(0, t.start - 16), t.start));
    const m = after ?? before;
    if (!m) continue;
    const span: Span = after
      ? { start: t.end + m[0].length - m[1]!.length, end: t.end + m[0].length, block }
      : { start: t.start - m[0].length + m[0].indexOf(m[1]!), end: t.start - m[0].length + m[0].indexOf(m[1]!) + m[1]!.length, block };
    const topic = pickTopic(index, t.ids, section);
    // The item's table must be clear: a name at home in the section (a 类 in 五 is 公开05表's; in 三 it is 03's, no part of 05's).
    if (!topic || !section || !topic.sections.includes(section)) continue;
    const smallest = SMALLEST.test(m[1]!);
    const ranked = parentsOf(index, topic.id).flatMap((whole) => {
      const r = rank(topic, whole, index, smallest);
      return r ? [{ whole, ...r }] : [];
    });
    if (ranked.length === 0 || ranked.every((r) => r.holds)) continue;
    const word = m[1]!;
    if (ranked.length === 1) {
      const { whole, extreme } = ranked[0]!;
      const share = shareOf(extreme, whole);
      findings.push({
        ruleId: 'rank-mismatch', severity: 2, span, actual: word,
        message: `“${topic.label}…${word}”与数据不符：${whole.label}中${smallest ? '最小' : '最大'}的是${extreme.label} ${publishedValue(extreme.amount!)}`
          + `${share ? `（占 ${share}）` : ''}，${topic.label}为 ${publishedValue(topic.amount!)}；请改写这句（本句的数字不自动修正）`,
      });
    } else {
      findings.push({
        ruleId: 'rank-unverified', severity: 1, span, actual: word,
        message: `无法核对“${topic.label}…${word}”：它是${ranked.map((r) => r.whole.label).join('和')}的组成部分，文字没有说在哪一组中比较；`
          + `${ranked.filter((r) => !r.holds).map((r) => `${r.whole.label}中${smallest ? '最小' : '最大'}的是${r.extreme.label}`).join('，')}（本句的数字不自动修正）`,
      });
    }
    noFix.push(sentenceAround(text, span.start, block));
  }
  return findings.length > 0 ? { findings, noFix } : undefined;
}
