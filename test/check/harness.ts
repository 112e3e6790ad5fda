/**
 * Test harness for the check rules: the seed data as text, edited in place
 * (after an anchor, since many lines repeat from table to table), parsed and
 * checked.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkAccounts, type Finding } from '../../src/check/index.js';
import { parseAccounts } from '../../src/data/load.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_FILE = `${ROOT}data/liaocheng-2024.yaml`;
export const SEED = readFileSync(SEED_FILE, 'utf8');

/** Replace `from` by `to`: its first occurrence after `anchor` (or all of them up to the next table, with all). */
export interface Edit {
  anchor: string;
  from: string;
  to: string;
  all?: boolean;
}

export function edit(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.indexOf(e.anchor);
    if (at < 0 || out.indexOf(e.anchor, at + 1) >= 0) throw new Error(`anchor "${e.anchor}" must occur exactly once`);
    const head = out.slice(0, at);
    let tail = out.slice(at);
    if (e.all) {
      // up to the next top-level key after the anchor's own line
      const next = tail.slice(1).search(/\n[^\s#]/);
      const end = next < 0 ? tail.length : next + 1;
      const section = tail.slice(0, end);
      if (!section.includes(e.from)) throw new Error(`"${e.from}" not found after "${e.anchor}"`);
      tail = section.split(e.from).join(e.to) + tail.slice(end);
    } else {
      const i = tail.indexOf(e.from);
      if (i < 0) throw new Error(`"${e.from}" not found after "${e.anchor}"`);
      tail = tail.slice(0, i) + e.to + tail.slice(i + e.from.length);
    }
    out = head + tail;
  }
  return out;
}

export function check(text: string): Finding[] {
  const { accounts, source } = parseAccounts(text, 'variant.yaml');
  return checkAccounts(accounts, source);
}

/** The distinct rule ids of the findings, in report order. */
export function ruleIds(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.ruleId))];
}

/** The 1-based line of the first line of `text` that contains `needle` after `anchor`. */
export function lineOf(text: string, needle: string, anchor = ''): number {
  const at = text.indexOf(anchor);
  const i = text.indexOf(needle, at);
  if (at < 0 || i < 0) throw new Error(`"${needle}" not found`);
  return text.slice(0, i).split('\n').length;
}

/** A finding's cells as [label, value] pairs, values with two decimals. */
export function cellsOf(f: Finding): Array<[string, string]> {
  return f.cells.map((c) => [c.label, c.value.toFixed(f.counts ? 0 : 2)]);
}

/** The seed with its one real contradiction resolved: all 48.57 万元 granted to small and micro enterprises, SMEs by kind. */
export const PROCUREMENT_FIXED: Edit[] = [
  { anchor: '政府采购:', from: '授予中小企业合同金额: 0\n', to: '授予中小企业合同金额: 48.57\n' },
  { anchor: '政府采购:', from: '货物授予中小企业合同金额: 0\n', to: '货物授予中小企业合同金额: 21.51\n' },
  { anchor: '政府采购:', from: '服务授予中小企业合同金额: 0\n', to: '服务授予中小企业合同金额: 27.06\n' },
];
export const CLEAN_SEED = edit(SEED, PROCUREMENT_FIXED);
