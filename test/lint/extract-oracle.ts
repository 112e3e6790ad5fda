/**
 * The extractor's offset oracle, from the source alone: every character of a
 * block's text is the source character at its offset (or the space a line
 * break leaves, U+FFFD for NUL, or a character reference's decoding), offsets
 * strictly increase and stay inside the source. Shared by the extractor's
 * specification and its property tests.
 */
import { expect } from 'vitest';
import type { TextBlock } from '../../src/lint/extract.js';

const REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z0-9]{1,31});/;

export function expectMapped(md: string, block: TextBlock): void {
  expect(mappingProblems(md, block)).toEqual([]);
}

export function mappingProblems(md: string, block: TextBlock): string[] {
  const { text, offsets, ends } = block;
  const problems: string[] = [];
  if (offsets.length !== text.length + 1) problems.push(`${offsets.length} offsets for ${text.length} characters`);
  if (ends?.length !== text.length) problems.push(`${ends?.length} ends for ${text.length} characters`);
  for (let i = 0; i < text.length && problems.length < 5; i++) {
    const off = offsets[i]!;
    const end = ends?.[i] ?? -1;
    const where = `text[${i}] = ${JSON.stringify(text[i])} at ${off}, source ${JSON.stringify(md.slice(off, off + 8))}`;
    if (!Number.isInteger(off) || off < 0 || off >= md.length) problems.push(`${where}: offset outside the source`);
    if (i > 0 && off <= offsets[i - 1]!) problems.push(`${where}: offsets not strictly increasing`);
    if (!(end > off && end <= md.length)) problems.push(`${where}: end ${end}`);
    const ch = text[i]!;
    const src = md[off];
    if (src === ch) continue;
    if (ch === ' ' && (src === '\n' || src === '\r')) continue; // the space a line break leaves
    if (ch === '\uFFFD' && src === '\0') continue; // NUL reads as U+FFFD
    // otherwise: inside a character reference that starts at most 40 units back and ends at ends[i]
    let amp = off;
    while (amp > 0 && off - amp < 40 && md[amp] !== '&') amp--;
    const ref = REFERENCE.exec(md.slice(amp, amp + 42));
    if (!ref || off >= amp + ref[0].length || end !== amp + ref[0].length) problems.push(`${where}: not the character`);
  }
  const last = offsets[text.length];
  if (last === undefined || last < 0 || last > md.length || (text.length > 0 && last <= offsets[text.length - 1]!)) {
    problems.push(`offsets[text.length] = ${last}`);
  }
  return problems;
}
