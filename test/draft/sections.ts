/** Reading drafts and published Part 3 texts by section, for the tests that compare them figure by figure. */
import type { Figure } from '../../src/lint/figures.js';

/** Section ordinal (一 … 十三) → its text, from the "## 一、…" headings. */
export function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of markdown.split(/^## /mu).slice(1)) {
    const ordinal = /^([一二三四五六七八九十]+)、/u.exec(part)?.[1];
    if (ordinal) out.set(ordinal, part);
  }
  return out;
}

/** A figure by what it states, whatever its writing: percent:34.3%, amount:307.82万元. */
export const figureKey = (f: Figure): string => `${f.kind}:${f.value.toString()}${f.unit}`;
