/**
 * Facts that depend on what a data source does not hold. The data model is
 * built with every unknown part as zeros (the "base"), and once more per
 * unknown part with that part filled with ones. A fact read straight from the
 * data whose value differs between the two depends on that part; so does every
 * fact computed from such a fact (Fact.inputs). The base catalog, with those
 * facts made valueless (their `missing` naming the figure and why), is what
 * the linter checks against and the drafter renders: a figure about them is
 * unverified, never an error against a zero, and a draft writes 【待补充】.
 *
 * Review uses it for what a published document does not hold (a table not
 * found or not read, last year's figures, the sections beyond the tables); a
 * data file for the tables it leaves out (公开05表: {} or missing).
 */
import { accountsFromObject, reconvertedAccounts, type LoadedAccounts } from '../data/load.js';
import {
  SPENDING_LABELS, T01_EXPENDITURE_LABELS, T01_INCOME_LABELS, T02_LABELS, T03_LABELS, T04_COLUMN_LABELS,
  T04_EXPENDITURE_LABELS, T04_INCOME_LABELS, T06_LABELS, T07_LABELS, T09_LABELS, TABLE_NAMES, type DepartmentAccounts,
} from '../data/model.js';
import { EXPENDITURE_CLASSES } from '../data/subjects.js';
import { buildFactCatalog, type FactCatalog } from './catalog.js';
import { CARRIED_FROM, type Fact } from './fact.js';

export type Obj = Record<string, unknown>;

/** The nine tables' keys in the data file, by number. */
export const TABLE_KEYS: readonly string[] = Object.values(TABLE_NAMES);

/** Cells of a table, each set to `value`. */
export const all = (labels: Record<string, string>, value: number): Obj =>
  Object.fromEntries(Object.values(labels).map((l) => [l, value]));

/** A table of the data file with every cell that feeds a fact set to `v`: what a missing table might have held. */
export function filledTable(n: number, v: number): Obj {
  switch (n) {
    case 1: return {
      收入: all(T01_INCOME_LABELS, v),
      支出: { ...Object.fromEntries(EXPENDITURE_CLASSES.map((c) => [c.name, v])), ...all(T01_EXPENDITURE_LABELS, v) },
    };
    case 2: return { 合计: all(T02_LABELS, v) };
    case 3: return { 合计: all(T03_LABELS, v), 科目: classRows(all(T03_LABELS, v)) };
    case 4: return {
      收入: all(T04_INCOME_LABELS, v),
      支出: Object.fromEntries([...EXPENDITURE_CLASSES.map((c) => c.name), ...Object.values(T04_EXPENDITURE_LABELS)].map((k) => [k, all(T04_COLUMN_LABELS, v)])),
    };
    case 6: return { [T06_LABELS.personnelTotal]: v, [T06_LABELS.publicFundsTotal]: v };
    case 7: return { 合计: all(T07_LABELS, v) };
    case 9: return { 预算数: all(T09_LABELS, v), 决算数: all(T09_LABELS, v) };
    case 5: return { 合计: all(SPENDING_LABELS, v), 科目: classRows(all(SPENDING_LABELS, v)) };
    default: return { 合计: all(SPENDING_LABELS, v) };
  }
}

/**
 * Every 类 of the functional classification, each row with `cells`: a missing 03 or 05 table still
 * has its class names (they are standard), so that 一般公共服务支出（类） is known to be a class
 * whose figure is unknown, not read as some other name inside it (服务支出).
 */
const classRows = (cells: Obj): Obj => Object.fromEntries(EXPENDITURE_CLASSES.map((c) => [`${c.code} ${c.name}`, cells]));
export const MISSING_TABLE_ROWS: Readonly<Record<string, Obj>> = { [TABLE_NAMES.t03]: { 科目: classRows({}) }, [TABLE_NAMES.t05]: { 科目: classRows({}) } };

/** What the document cannot tell, each as it stands in the base (zeros or absent) and filled with ones. */
export interface UnknownPart {
  reason: string;
  /** sets whole top-level sections of the data object; never changes what is inside the ones there */
  fill: (raw: Obj) => void;
  /** the table (公开05表) the part is, when it is a whole table: named in Part3Facts.unknownTables */
  table?: string;
  /**
   * A table not judged against whose printed cells another table gives (05's classes as 04 prints them): `fill`
   * keeps those cells, `bare` fills the table without them, and `from` names the table they come from.
   */
  carried?: { from: string; bare: (raw: Obj) => void };
}

/** A table the source does not hold, unknown for `reason`: filled, it might have held anything. */
export function missingTablePart(key: string, reason: string): UnknownPart {
  return { reason, table: key, fill: (r) => { r[key] = filledTable(TABLE_KEYS.indexOf(key) + 1, 1); } };
}

export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The catalog of `raw` (converted, `accounts`) with every fact that depends on one of `parts` made
 * valueless. Each part's filled data object differs from `raw` only in the sections the part sets,
 * so only the accounts' parts that read them are converted again (reconvertedAccounts), and only
 * the facts read straight from the data are compared, so the filled catalogs compute no other
 * (directOnly). `label` names the data in a problem converting it (juesuan's own).
 */
export function catalogWithUnknowns(raw: Obj, accounts: DepartmentAccounts, parts: readonly UnknownPart[], label: string): FactCatalog {
  const base = buildFactCatalog(accounts);
  // Parts that give the same reason are filled together, in one more catalog: a fact read straight
  // from the data reads one section, and each part fills sections of its own, so filling several at
  // once changes exactly the facts each would change alone. A catalog costs as much as linting.
  const groups = new Map<string, UnknownPart[]>();
  for (const part of parts) {
    const group = groups.get(part.reason);
    if (group) group.push(part);
    else groups.set(part.reason, [part]);
  }
  /** base fact id → why it is unknown */
  const unknown = new Map<string, string>();
  for (const [reason, group] of groups) {
    // A part sets whole sections and changes nothing inside `raw`'s own: a shallow copy will do.
    const filled: Obj = { ...raw };
    for (const part of group) part.fill(filled);
    const changed = new Set(Object.keys(filled).filter((key) => filled[key] !== raw[key]));
    const other = buildFactCatalog(reconvertedAccounts(accounts, filled, changed, label), { directOnly: true }).facts;
    for (const fact of base.facts.values()) {
      if (fact.inputs.length > 0 || unknown.has(fact.id)) continue;
      if (!sameValue(fact, other.get(fact.id))) unknown.set(fact.id, reason);
    }
  }
  const catalog = unknown.size === 0 ? base : withoutValues(base, unknown);
  markCarried(raw, accounts, parts, catalog, unknown, base, label);
  const tables = parts.filter((part) => part.table !== undefined);
  if (tables.length === 0) return catalog;
  // A table not held is unknown as a whole: what it lacks (its lists of classes, items) is not known either.
  const unknownTables = { ...catalog.part3.unknownTables, ...Object.fromEntries(tables.map((part) => [part.table!, part.reason])) };
  return { ...catalog, part3: { ...catalog.part3, unknownTables } };
}

/**
 * The fact catalog of a data file: its tables as they are, those it leaves out unknown (their
 * figures valueless, naming the table), never zeros.
 */
export function dataCatalog(loaded: LoadedAccounts): FactCatalog {
  const absent = loaded.accounts.absentTables ?? [];
  if (absent.length === 0 || !loaded.raw) return buildFactCatalog(loaded.accounts);
  // The standard classes of a missing 03 or 05 table stay names the text may use.
  const raw: Obj = { ...loaded.raw };
  for (const key of absent) raw[key] = MISSING_TABLE_ROWS[key] ?? {};
  const unread = loaded.accounts.unreadTables ?? [];
  const parts = absent.map((key) => missingTablePart(key, unread.includes(key) ? `${key}未读出` : `数据文件中没有${key}`));
  return catalogWithUnknowns(raw, accountsFromObject(raw, loaded.source.file).accounts, parts, loaded.source.file);
}

function sameValue(a: Fact, b: Fact | undefined): boolean {
  if (!b) return false;
  if (a.value === undefined || b.value === undefined) return a.value === b.value;
  return a.value.eq(b.value);
}

/**
 * The amounts a table not judged against holds only because another table prints them (the part's `carried`):
 * those known with the printed cells and unknown without them. Tables are rounded each on its own, so such a
 * figure may stand one cent off the one the text quotes (putuo-czj: 05 prints 326.72 where 04 prints 326.71);
 * judge() makes that cent unverified, never an error. One more catalog, only where a table is carried.
 */
function markCarried(raw: Obj, accounts: DepartmentAccounts, parts: readonly UnknownPart[], catalog: FactCatalog, unknown: ReadonlyMap<string, string>, base: FactCatalog, label: string): void {
  for (const { carried } of parts) {
    if (!carried) continue;
    const filled: Obj = { ...raw };
    carried.bare(filled);
    const changed = new Set(Object.keys(filled).filter((key) => filled[key] !== raw[key]));
    const other = buildFactCatalog(reconvertedAccounts(accounts, filled, changed, label), { directOnly: true }).facts;
    for (const fact of base.facts.values()) {
      if (fact.inputs.length > 0 || fact.unit !== '万元' || unknown.has(fact.id) || sameValue(fact, other.get(fact.id))) continue;
      const known = catalog.facts.get(fact.id);
      if (known && !CARRIED_FROM.has(known)) CARRIED_FROM.set(known, carried.from);
    }
  }
}

/** The catalog with the unknown facts, and those computed from them, replaced by valueless copies. */
function withoutValues(catalog: FactCatalog, unknownBase: ReadonlyMap<string, string>): FactCatalog {
  const replaced = new Map<Fact, Fact>();
  const byId = new Map<string, Fact>();
  // Facts are registered after their inputs: one pass in order sees every input first.
  for (const fact of catalog.facts.values()) {
    const why = unknownBase.get(fact.id);
    const inputs = fact.inputs.map((id) => byId.get(id)).filter((f): f is Fact => f !== undefined);
    let out = fact;
    if (why !== undefined) out = valueless(fact, `${fact.missing ?? fact.label}（${why}）`);
    else if (inputs.some((f) => replaced.has(catalog.facts.get(f.id)!))) {
      // Named by its first input without a value, as the catalog names a fact with a missing input.
      const first = inputs.find((f) => f.value === undefined)!;
      out = valueless(fact, first.missing ?? first.label);
    }
    if (out !== fact) replaced.set(fact, out);
    byId.set(fact.id, out);
  }
  const memo = new Map<object, unknown>();
  const part3 = remap(catalog.part3, replaced, memo) as FactCatalog['part3'];
  return { facts: byId, part3, subjects: catalog.subjects };
}

function valueless(fact: Fact, missing: string): Fact {
  return { ...fact, value: undefined, bounds: undefined, undefinedReason: 'missing-input', missing };
}

/**
 * A copy of the Part 3 view with replaced facts swapped in, sharing as the
 * original does (a fact that appears in two places is one object in both).
 * A change or completion whose figures became unknown has no direction.
 */
function remap(value: unknown, replaced: ReadonlyMap<Fact, Fact>, memo: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (memo.has(value)) return memo.get(value);
  const asFact = replaced.get(value as Fact);
  if (asFact) {
    memo.set(value, asFact);
    return asFact;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    memo.set(value, out);
    for (const v of value) out.push(remap(v, replaced, memo));
    return out;
  }
  // Facts not replaced, Decimals, Maps: kept as they are.
  if (Object.getPrototypeOf(value) !== Object.prototype || isFact(value)) return value;
  const out: Obj = {};
  memo.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = remap(v, replaced, memo);
  if ('direction' in out && isFact(out['amount']) && (out['amount'] as Fact).value === undefined) out['direction'] = undefined;
  if ('comparison' in out && isFact(out['rate']) && ((out['actual'] as Fact | undefined)?.value === undefined || (out['budget'] as Fact | undefined)?.value === undefined)) out['comparison'] = undefined;
  return out;
}

function isFact(v: unknown): v is Fact {
  return isObj(v) && typeof v['id'] === 'string' && typeof v['kind'] === 'string' && 'bounds' in v && 'inputs' in v;
}
