/**
 * The topic index: every section's topics (one module per Part 3 section, so a
 * region's phrasing has an obvious room), their names for the matcher, and the
 * topic each section defaults to. Built from the fact catalog's Part 3 view; no
 * figure is computed here.
 */
import type { FactCatalog } from '../../facts/catalog.js';
import { addAssetsTopics } from './assets.js';
import { addBudgetScopeTopics } from './budget-scopes.js';
import { matchKey, TopicBuilder, type TopicIndex } from './model.js';
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
  const byName = new Map<string, string[]>();
  for (const t of b.topics.values()) {
    for (const n of t.names) byName.set(n, [...(byName.get(n) ?? []), t.id]);
  }
  return {
    topics: b.topics,
    byName,
    names: [...byName.keys()].sort((x, y) => y.length - x.length),
    sectionDefault,
    part3: p,
    subjects: catalog.subjects.map((x) => ({ ...x, name: matchKey(x.name) })),
  };
}
