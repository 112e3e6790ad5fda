/**
 * The topic index: every section's topics (one module per Part 3 section, so a
 * region's phrasing has an obvious room), their names for the matcher, and the
 * topic each section defaults to. Built from the fact catalog's Part 3 view; no
 * figure is computed here.
 */
import type { FactCatalog } from '../../facts/catalog.js';
import { addAssetsTopics } from './assets.js';
import { addBudgetScopeTopics } from './budget-scopes.js';
import { RENAMED_SUBJECTS, SAME_FIELD } from '../lexicon.js';
import { matchKey, TopicBuilder, type Topic, type TopicIndex } from './model.js';
import { classVariants } from './names.js';
import { appendAll } from '../../util/arrays.js';
import { addOfficeTopics } from './office.js';
import { addPerformanceTopics } from './performance.js';
import { addProcurementTopics } from './procurement.js';
import { addSanGongTopics } from './san-gong.js';
import { addTotalsTopics } from './totals.js';

export type { CountSlot, SectionKind, ShareSlot, Topic, TopicIndex } from './model.js';
export { matchKey } from './model.js';

/** In the order of Part 3: 一–四, 五–八, 九, 十, 十一, 十二, 十三. */
const SECTIONS = [
  addTotalsTopics, addBudgetScopeTopics, addSanGongTopics, addOfficeTopics, addProcurementTopics, addAssetsTopics, addPerformanceTopics,
];

export function buildTopicIndex(catalog: FactCatalog): TopicIndex {
  const p = catalog.part3;
  const b = new TopicBuilder();
  // bounded: one argument per section
  const sectionDefault = Object.assign({}, ...SECTIONS.map((add) => add(b, p))) as TopicIndex['sectionDefault'];
  const oldNames = addOldNames(b.topics, catalog);
  const byName = new Map<string, string[]>();
  const qualifiedNames = new Map<string, string[]>();
  for (const t of b.topics.values()) {
    const into = t.qualifiedOnly ? qualifiedNames : byName;
    for (const n of t.names) into.set(n, [...(into.get(n) ?? []), t.id]);
  }
  return {
    topics: b.topics,
    byName,
    qualifiedNames,
    names: [...byName.keys()].sort((x, y) => y.length - x.length),
    sectionDefault,
    part3: p,
    subjects: catalog.subjects.map((x) => ({ ...x, name: matchKey(x.name) })),
    aliases: sameFieldAliases(b.topics, byName),
    oldNames,
  };
}

/** The subjects' topics (in every section that speaks of them), by code. */
function subjectTopics(topics: ReadonlyMap<string, Topic>, code: string): Topic[] {
  const level = code.length === 3 ? 'class' : 'item';
  return [...topics.values()].filter((t) => t.id.endsWith(`.${level}.${code}`));
}

/**
 * A renamed subject's old name (lexicon RENAMED_SUBJECTS) as one more name of the subject the data holds
 * under its code, in the variants prose writes it: name variant → the old name and the data's.
 */
function addOldNames(topics: Map<string, Topic>, catalog: FactCatalog): TopicIndex['oldNames'] {
  const out = new Map<string, { old: string; current: string }>();
  for (const { code, old } of RENAMED_SUBJECTS) {
    const current = catalog.subjects.find((x) => x.code === code);
    if (!current) continue;
    const variants = (code.length === 3 ? classVariants(old) : [old, `${old}(项)`]).map(matchKey);
    for (const t of subjectTopics(topics, code)) appendAll(t.names, variants.filter((v) => !t.names.includes(v)));
    for (const v of variants) out.set(v, { old, current: current.name });
  }
  return out;
}

/**
 * Names of the same field (lexicon SAME_FIELD) that the data does not use, each standing for the one
 * topic holding a name of its group — dropped where two topics could be meant, or where the name is
 * already another topic's.
 */
function sameFieldAliases(topics: ReadonlyMap<string, Topic>, byName: ReadonlyMap<string, string[]>): Map<string, string> {
  const claims = new Map<string, Set<string>>();
  for (const group of SAME_FIELD.map((g) => g.map(matchKey))) {
    for (const t of topics.values()) {
      if (!t.names.some((n) => group.includes(n))) continue;
      for (const alias of group) if (!byName.has(alias)) claims.set(alias, (claims.get(alias) ?? new Set()).add(t.id));
    }
  }
  const aliases = new Map<string, string>();
  for (const [alias, ids] of claims) if (ids.size === 1) aliases.set(alias, [...ids][0]!);
  return aliases;
}
