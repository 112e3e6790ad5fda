/**
 * The metamorphic suite's harness: the clean paragraphs of every document, each
 * with the lines the linter needs to read it in context, and one case — rewrite,
 * lint, change one figure or word, lint again.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { apply, mutations, type Mutation } from '../../src/accuracy/mutants.js';
import { accountsFromObject, loadAccounts } from '../../src/data/load.js';
import { draftPart3 } from '../../src/draft/draft.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, lintMarkdown, type LintContext, type LintMessage } from '../../src/lint/lint.js';
import { ROOT, SEED_DATA, SEED_PART3 } from '../helpers.js';
import { completeAccounts } from '../roundtrip/random-accounts.js';
import { rng, type Rewrite } from './rewrites.js';

/** Drafts of random data files among the documents. */
export const DRAFTS = 3;

export interface Unit {
  doc: string;
  ctx: LintContext;
  year: number;
  /** the lines before the paragraph, joined, ending in a blank line */
  head: string;
  paragraph: string;
  /** the paragraph's line in head + paragraph */
  line: number;
}

function documents(seed: number): Array<{ name: string; markdown: string; ctx: LintContext; year: number }> {
  const docs = ['shanghai-2025-env', 'sichuan-2023-culture', 'guangxi-2024-yuan'].map((name) => {
    const accounts = loadAccounts(`${ROOT}test/fixtures/corpus/${name}.yaml`).accounts;
    return { name, markdown: readFileSync(`${ROOT}test/fixtures/corpus/${name}.md`, 'utf8'), accounts };
  });
  docs.push({ name: 'seed', markdown: readFileSync(SEED_PART3, 'utf8'), accounts: loadAccounts(SEED_DATA).accounts });
  fc.sample(completeAccounts, { numRuns: DRAFTS, seed }).forEach((raw, i) => {
    const { accounts } = accountsFromObject(raw, `random-${i}.yaml`);
    docs.push({ name: `draft of random data ${i}`, markdown: draftPart3(accounts), accounts });
  });
  return docs.map(({ name, markdown, accounts }) => ({ name, markdown, ctx: createLintContext(buildFactCatalog(accounts)), year: accounts.year }));
}

/** Every prose paragraph with figures or direction words, in its context; tables and headings are not rewritten. */
function unitsOf(doc: ReturnType<typeof documents>[number]): Unit[][] {
  const blocks = doc.markdown.split(/\n\s*\n/u).map((b) => b.trim()).filter(Boolean);
  const units: Unit[][] = [];
  let h2: string | undefined;
  let h3: string | undefined;
  let previous: string | undefined;
  for (const b of blocks) {
    if (b.startsWith('## ')) { h2 = b; h3 = undefined; previous = undefined; continue; }
    if (b.startsWith('### ')) { h3 = b; previous = undefined; continue; }
    if (b.startsWith('#')) continue;
    if (h2 && !b.includes('\n') && !b.startsWith('|') && !b.startsWith('>') && /[0-9０-９]|增加|减少|增长|下降|大于|小于/u.test(b)) {
      // the headings alone, else with the paragraph before (a list title the paragraph continues)
      const contexts = previous === undefined ? [[h2, h3]] : [[h2, h3], [h2, h3, previous]];
      units.push(contexts.map((c) => {
        const head = `${c.filter((x): x is string => x !== undefined).join('\n\n')}\n\n`;
        return { doc: doc.name, ctx: doc.ctx, year: doc.year, head, paragraph: b, line: head.split('\n').length };
      }));
    }
    previous = b;
  }
  return units;
}

const lint = (u: Unit, paragraph: string) => lintMarkdown(u.head + paragraph, u.ctx);
const errors = (messages: LintMessage[]) => messages.filter((m) => m.severity === 2);
const show = (m: LintMessage) => `${m.ruleId} ${m.message}`;

/** ４，３４０．１６ → 4,340.16: a figure of a full-width rewrite, as the original writes it. */
const halfWidth = (s: string) => s.replace(/[０-９，．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Is this change to the original paragraph flagged on its line? Cached: the same units come back. */
const detectedInOriginal = new Map<string, boolean>();
function originalDetects(u: Unit, m: Mutation): boolean {
  const key = `${u.doc}\u0000${u.paragraph}\u0000${m.kind}\u0000${halfWidth(m.original)}`;
  let all = detectedInOriginal.get(key);
  if (all === undefined) {
    const text = u.head + u.paragraph;
    const same = mutations(text).filter((x) => x.line === u.line && x.kind === m.kind && x.original === halfWidth(m.original));
    all = same.length > 0 && same.every((x) => errors(lintMarkdown(apply(text, x), u.ctx).messages).some((e) => e.line === u.line));
    detectedInOriginal.set(key, all);
  }
  return all;
}

export type Outcome = { status: 'not-applicable' | 'rewritten' | 'mutant-flagged' | 'failed'; problem?: string; context?: string };

/** One case: rewrite the paragraph, lint it; then change one figure or word of the rewrite, lint again. */
export function runCase(u: Unit, rewrite: Rewrite, seed: number, pick: number): Outcome {
  const out = rewrite.apply(u.paragraph, rng(seed), u.year);
  if (!out || out.text === u.paragraph) return { status: 'not-applicable' };
  const context = `${u.doc} [${rewrite.kind}]\n  original: ${u.paragraph}\n  rewrite:  ${out.text}`;
  const rewritten = u.head + out.text;
  const wrong = errors(lintMarkdown(rewritten, u.ctx).messages);
  if (wrong.length > 0) return { status: 'failed', problem: `errors on correct text: ${wrong.map(show).join('; ')}`, context };
  if (!rewrite.keepsAttribution) return { status: 'rewritten' };
  const offset = u.head.length;
  const inserted = out.inserted && [offset + out.inserted[0], offset + out.inserted[1]] as const;
  const candidates = mutations(rewritten).filter((m) => m.line === u.line && !(inserted && m.start < inserted[1] && m.end > inserted[0]));
  if (candidates.length === 0) return { status: 'rewritten' };
  const m = candidates[pick % candidates.length]!;
  if (!originalDetects(u, m)) return { status: 'rewritten' };
  const flagged = errors(lintMarkdown(apply(rewritten, m), u.ctx).messages).some((e) => e.line === u.line);
  return flagged ? { status: 'mutant-flagged' } : { status: 'failed', problem: `not flagged: ${m.original} → ${m.replacement}`, context };
}


/**
 * The paragraphs of every document that lint clean in the shortest context that reads them:
 * no error, no unverified figure (linting is the cost of the suite: the less text, the more cases).
 */
export function cleanUnits(seed: number): Unit[] {
  return documents(seed).flatMap(unitsOf).flatMap((contexts) => {
    const clean = contexts.find((u) => {
      const r = lint(u, u.paragraph);
      return r.errorCount === 0 && r.unverifiedCount === 0;
    });
    return clean ? [clean] : [];
  });
}
