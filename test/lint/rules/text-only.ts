/**
 * Linting a text on its own, with no data behind it: the seed's fact catalog
 * with every figure taken out, for a document of the given year. Topics keep
 * their names (so 机关运行经费, “三公”经费 … are still recognised) but no fact
 * has a value, so nothing is compared with data: what remains are the checks
 * the text can settle by itself — consistency between its figures, words,
 * templates, years. Used for the catalog's §13 error cases, which come from
 * documents whose tables we do not have.
 */
import type { Fact } from '../../../src/facts/fact.js';
import { buildFactCatalog, type FactCatalog } from '../../../src/facts/catalog.js';
import { createLintContext, lintMarkdown, type LintContext, type LintMessage } from '../../../src/lint/lint.js';
import { seedAccounts } from '../../helpers.js';

function isFact(o: object): o is Fact {
  return typeof (o as Fact).id === 'string' && 'kind' in o && 'unit' in o && Array.isArray((o as Fact).inputs);
}

/** A copy of the catalog in which no fact has a value, and no comparison or direction is known. */
export function blankCatalog(catalog: FactCatalog, year: number): FactCatalog {
  const seen = new Map<object, unknown>();
  const blank = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return seen.get(value);
    if (isFact(value)) {
      const fact: Fact = { ...value, value: undefined, bounds: undefined, undefinedReason: 'missing-input', missing: value.label };
      seen.set(value, fact);
      return fact;
    }
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      for (const v of value) out.push(blank(v));
      return out;
    }
    // Decimals, Maps and other class instances are kept as they are.
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === 'comparison' || k === 'direction' ? undefined : blank(v);
    }
    return out;
  };
  const part3 = blank(catalog.part3) as FactCatalog['part3'];
  const facts = new Map<string, Fact>();
  for (const [id, fact] of catalog.facts) facts.set(id, blank(fact) as Fact);
  return { ...catalog, facts, part3: { ...part3, year, previousYear: year - 1 } };
}

const contexts = new Map<number, LintContext>();

/** A lint context for a document of `year` with no data. */
export function textOnlyContext(year: number): LintContext {
  let ctx = contexts.get(year);
  if (!ctx) {
    ctx = createLintContext(blankCatalog(buildFactCatalog(seedAccounts()), year));
    contexts.set(year, ctx);
  }
  return ctx;
}

export type Verdict = 'error' | 'warning' | 'pass';

/**
 * The verdict on a text alone: an error if any message is an error; else a
 * warning if any warning other than an unverified figure (with no data, every
 * figure no text-only rule touches is unverified); else a pass.
 */
export function verdictOf(messages: LintMessage[]): Verdict {
  if (messages.some((m) => m.severity === 2)) return 'error';
  if (messages.some((m) => m.severity === 1 && m.ruleId !== 'unverified-figure')) return 'warning';
  return 'pass';
}

export function lintTextOnly(text: string, year: number): LintMessage[] {
  return lintMarkdown(text, textOnlyContext(year)).messages;
}

/** The report year of a §13 case, from its source id (SH-PT-ENV25 → 2025, GX-WZ 2024 budget → 2024). */
export function yearOfSource(source: string): number {
  const m = /(\d\d)(?!\d)/u.exec(source);
  if (!m) throw new Error(`no year in the source id “${source}”`);
  return 2000 + Number(m[1]);
}
