/**
 * The reader's scans, read once per document: the lexicon patterns are tried only where their
 * first unit stands (firstUnits), and that must miss no match a scan of the whole text finds.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../src/lint/lexicon.js';
import { firstUnits } from '../../src/lint/scan.js';

const units = (s: string) => new Set([...s].map((c) => c.charCodeAt(0)));

describe('firstUnits', () => {
  const cases: Array<[RegExp, string | undefined]> = [
    [/(?:增加|减少)了?/u, '增减'],
    [/(?:基本)?持平/u, '基持'],
    [/的(?<=完成[0-9]元的)(?=[0-9])/u, '的'],
    [/(?:[-－]{1,2}\s*)?[（(]?不可比/u, '-－（(不'],
    [/[0-2]x|\d/u, '012' + '3456789'],
    [/😀|a/u, '\ud83d' + 'a'],
  ];
  for (const [pattern, expected] of cases) {
    it(`reads ${pattern.source}`, () => expect(firstUnits(pattern)).toEqual(expected === undefined ? undefined : units(expected)));
  }
  it('says nothing where the source does not tell', () => {
    for (const pattern of [/.a/u, /\sa/u, /[^a]b/u, /a?/u, /(?:a|)b?/u, /a/iu, /[\d]a/u]) expect(firstUnits(pattern)).toBeUndefined();
  });

  it('knows where every lexicon pattern starts', () => {
    for (const { pattern } of LEXICON) expect(firstUnits(pattern), pattern.source).toBeDefined();
  });

  // Every match a scan of the whole text finds starts with a unit firstUnits lists.
  const startsListed = (text: string) => {
    for (const { pattern } of LEXICON) {
      const first = firstUnits(pattern)!;
      const scan = new RegExp(pattern.source, 'gu');
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        if (m[0].length > 0) expect(first.has(text.charCodeAt(m.index)), `${pattern.source} at ${m.index}`).toBe(true);
        scan.lastIndex = m.index + 1;
      }
    }
  };
  it('misses no match in the real documents', () => {
    for (const file of ['putuo-czj-2024-part3.md', 'putuo-shgzb-2024-part3.md']) startsListed(readFileSync(new URL(`../fixtures/real/${file}`, import.meta.url), 'utf8'));
  });
  it('misses no match in text made of the lexicon\'s own characters', () => {
    const characters = [...new Set(LEXICON.flatMap(({ pattern }) => [...pattern.source.replace(/[\\()?:|[\]{}*+^$=!<,-]/gu, '')]))];
    const text = fc.array(fc.constantFrom(...characters, '0', '１', ' ', '，'), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, startsListed), { numRuns: 300 });
  });
});
