/**
 * Budget scopes named in front of a subject (一般公共预算财政拨款基本支出, 政府性基金年末结转和结余):
 * the scope says which table the name is read in, and it goes on to the names after it in the
 * paragraph (一般公共预算财政拨款支出 X，其中基本支出 Y；项目支出 Z: 公开05表's columns, not 公开03表's).
 */
import { T04_COLUMN_LABELS } from '../../data/model.js';
import type { SectionKind, Topic, TopicIndex } from '../topics/index.js';
import { pickTopic } from './model.js';

export interface BudgetScope {
  /** the words, as the name begins with them */
  words: string;
  /** the ids of the topics that are the scope's (gpb.…, basic.…) */
  ids: readonly string[];
}

/** The topics of each of 公开04表's budget scopes. */
const SCOPE_IDS = { gpb: ['gpb.', 'basic.'], govFund: ['gov-fund.'], soe: ['soe.'] } as const;
const SCOPE_COLUMNS = Object.keys(SCOPE_IDS) as Array<keyof typeof SCOPE_IDS>;
/** Longest first: a name begins with at most one of them (一般公共预算财政拨款, 一般公共预算, …, 政府性基金). */
const SCOPES: readonly BudgetScope[] = [
  ...SCOPE_COLUMNS.map((c) => ({ words: T04_COLUMN_LABELS[c], ids: SCOPE_IDS[c] })),
  ...SCOPE_COLUMNS.map((c) => ({ words: T04_COLUMN_LABELS[c].replace(/财政拨款$/u, ''), ids: SCOPE_IDS[c] })),
  { words: '政府性基金', ids: SCOPE_IDS.govFund },
];

/** The words of 公开04表's 合计 column: the appropriations of every scope together. */
const WHOLE_SCOPE = '财政拨款';

/** A name that is a budget scope's words alone (政府性基金预算财政拨款): no line of the scope named. */
export const isScopeAlone = (name: string): boolean => SCOPES.some((s) => s.words === name);

/** A 类 or 项 of a table. */
export const SUBJECT_LEVEL = /\.(?:class|item)\./u;
/** The kinds of spending of a whole table (基本支出, 项目支出). */
export const SPENDING_KINDS: ReadonlySet<string> = new Set(['expenditure.basic', 'expenditure.project', 'basic.total', 'gpb.project']);

/** Topics every budget scope has its own of: its 类, 项, 基本支出 and 项目支出. */
const perScope = (id: string) => SUBJECT_LEVEL.test(id) || SPENDING_KINDS.has(id);

const inScope = (scope: BudgetScope, id: string) => scope.ids.some((prefix) => id.startsWith(prefix));

/**
 * The scope after a subject is named: the one its name begins with, else the one before while the
 * subject is of it (其中基本支出 after 一般公共预算财政拨款支出); a subject of no scope ends it (本年支出合计).
 */
export function scopeAfter(scope: BudgetScope | undefined, name: string, topic: Topic): BudgetScope | undefined {
  return scopeOf(name, topic) ?? (scope && inScope(scope, topic.id) ? scope : undefined);
}

/** The scope a name begins with, when it names something of the scope (一般公共预算财政拨款基本支出), not the scope alone. */
function scopeOf(name: string, topic: Topic): BudgetScope | undefined {
  const scope = SCOPES.find((s) => name.startsWith(s.words) && name.length > s.words.length);
  return scope && inScope(scope, topic.id) ? scope : undefined;
}

export interface Reading {
  topic: Topic;
  /** the words left the choice among several topics open (基本支出 of 公开03表 or of 公开05表, with no section or scope to say) */
  guessed: boolean;
  /** …then the others the name may mean */
  rivals?: Topic[];
}

/** The ids a name may stand for here: a topic's local name (04's 本年收入合计) only in the topic's own sections. */
export function idsHere(index: TopicIndex, name: string, ids: string[], section: SectionKind | undefined): string[] {
  const here = (id: string) => {
    const t = index.topics.get(id)!;
    return !t.localNames?.includes(name) || (section !== undefined && t.sections.includes(section));
  };
  // Local names are few: most names keep all their ids, and need no copy.
  return ids.every(here) ? ids : ids.filter(here);
}

/**
 * The topic a name stands for: after 其中, a part of the whole named before; the scope's, where a scope is named before it (its name with the scope
 * in front, or the one of its topics in the scope); else the section's; else a guess among several.
 */
export function readScopedName(
  index: TopicIndex, name: string, ids: string[], section: SectionKind | undefined, scope: BudgetScope | undefined, partOf: Topic | undefined,
): Reading | undefined {
  ids = idsHere(index, name, ids, section);
  if (ids.length === 0) return undefined;
  // 本年支出合计 X，其中基本支出 Y: the one that is a part of the whole before 其中.
  const part = partOf?.parts && ids.find((id) => partOf.parts!.includes(id));
  if (part) return { topic: index.topics.get(part)!, guessed: false };
  // 全部为一般公共预算财政拨款。…财政拨款收、支总计各减少 X: a name that begins with 财政拨款 names the whole of the
  // appropriations (公开04表's 合计 column) — its own scope, which no scope named before narrows.
  const narrowed = scope && !name.startsWith(scope.words) && !name.startsWith(WHOLE_SCOPE) ? scope : undefined;
  if (narrowed) {
    const scoped = index.byName.get(`${narrowed.words}${name}`);
    const topic = scoped ? pickTopic(index, scoped, section) : ids.map((id) => index.topics.get(id)!).find((t) => inScope(narrowed, t.id));
    if (topic) return { topic, guessed: false };
  }
  const topic = pickTopic(index, ids, section);
  if (!topic) return undefined;
  // 行政事业单位医疗（款） outside 五: 公开05表's 款 row or 公开03表's (all funds), the section does not say — a guess.
  if (topic.id.startsWith('gpb.kuan.') && section !== 'gpb') return { topic, guessed: true };
  // 政府性基金预算财政拨款支出 X，其中项目支出 Y: the scope's own 项目支出 (or 类, 项), which no topic holds —
  // the department's is a guess the words contradict.
  if (narrowed && perScope(topic.id)) return { topic, guessed: true };
  // Most names are one topic's: nothing to choose among, no sets to build.
  const distinct = ids.length > 1 ? new Set(ids) : undefined;
  if (!distinct || distinct.size === 1) return { topic, guessed: false };
  const home = section ? ids.filter((id) => index.topics.get(id)!.sections.includes(section)) : [];
  const guessed = new Set(home).size !== 1;
  return guessed ? { topic, guessed, rivals: [...distinct].filter((id) => id !== topic.id).map((id) => index.topics.get(id)!) } : { topic, guessed };
}
