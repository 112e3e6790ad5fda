/**
 * The reader's scans, read once per document: the lexicon patterns are tried only where their
 * first unit stands (firstUnits), and that must miss no match a scan of the whole text finds; the
 * compact text of every block is written in one pass, and must be what the steps one by one give;
 * a figure's Decimal is made only when asked for, its double answering the common questions alike.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isOverHundred, isZeroFigure, scanFigures } from '../../src/lint/figures.js';
import { LEXICON } from '../../src/lint/lexicon.js';
import { normalizeWidth } from '../../src/lint/normalize.js';
import { NameMatcher, prepareBlocks } from '../../src/lint/reader.js';
import { BLOCK_SEPARATOR, firstUnits } from '../../src/lint/scan.js';
import { DRAFT_PLACEHOLDER } from '../../src/lint/text-rules.js';
import { buildTopicIndex } from '../../src/lint/topics/index.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { loadAccounts } from '../../src/data/load.js';

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

describe('the compact text of a document', () => {
  const names = new NameMatcher(buildTopicIndex(buildFactCatalog(loadAccounts(new URL('../../data/liaocheng-2024.yaml', import.meta.url).pathname).accounts)));
  /**
   * The compact text step by step: width normalised, placeholders blanked, then every \s dropped — but
   * in a block of tab-separated cells (no ，。；;), a run holding a tab between two cells, which stays as one |
   * at its last unit, and a run of two or more spaces (or a tab) between digits, which stays as one U+2063 there.
   */
  const oneStepAtATime = (text: string) => {
    const normal = normalizeWidth(text).replace(DRAFT_PLACEHOLDER, (m) => `【${' '.repeat(m.length - 2)}】`);
    const tabbed = normal.includes('\t') && !/[，。；;]/u.test(normal);
    const cells = new Set(tabbed ? [...normal.matchAll(/(?<=\S[^]*)\s*\t\s*(?=\S)/gu)].map((m) => m.index + m[0].length - 1) : []);
    const gaps = new Set([...normal.matchAll(/(?<=[0-9])(?:\s{2,}|\t)(?=[0-9])/gu)].map((m) => m.index + m[0].length - 1));
    // By UTF-16 unit, as the map counts.
    const units: number[] = [];
    let out = '';
    for (let i = 0; i < normal.length; i++) {
      if (cells.has(i)) {
        units.push(i);
        out += '|';
      } else if (gaps.has(i)) {
        units.push(i);
        out += '\u2063';
      } else if (!/\s/u.test(normal[i]!)) {
        units.push(i);
        out += normal[i];
      }
    }
    return { text: out, map: [...units, text.length] };
  };
  const compacts = (texts: string[]) => prepareBlocks(texts, names).map((p) => ({ text: p.compact.text, map: [...p.compact.map] }));

  it('drops every space JavaScript knows, and nothing else', () => {
    const all = Array.from({ length: 0x10000 }, (_, u) => String.fromCharCode(u)).join('');
    expect(compacts([all])).toEqual([oneStepAtATime(all)]);
  });
  it('parts two figures at a tab between them, in a sentence too (found by fast-check: ４⇥４，)', () => {
    expect(compacts(['４\t４，'])).toEqual([oneStepAtATime('４\t４，')]);
    expect(compacts(['４\t４，'])[0]!.text).toBe('4\u20634，');
  });
  it('reads a full-width thousands separator as a separator, no clause mark, in a block of cells (found by fast-check: ４，４⇥４)', () => {
    expect(compacts(['４，４\t４'])).toEqual([oneStepAtATime('４，４\t４')]);
    expect(compacts(['４，４\t４'])[0]!.text).toBe('4,4|4');
  });
  it('agrees with the steps one by one on documents of full-width forms, spaces and placeholders', () => {
    const piece = fc.constantFrom('４', '，', '．', '3', ',', '.', '（', '类', '）', '　', ' ', '  ', '\t', '\n', '\u00a0', '\ufeff', '【待补充：', '】', '06表', '万元', '％', '\ud83d', '\ude00', BLOCK_SEPARATOR);
    const block = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(block, { maxLength: 5 }), (texts) => {
      expect(compacts(texts)).toEqual(texts.map(oneStepAtATime));
    }), { numRuns: 300 });
  });
});

describe('the cues of a document', () => {
  const names = new NameMatcher(buildTopicIndex(buildFactCatalog(loadAccounts(new URL('../../data/liaocheng-2024.yaml', import.meta.url).pathname).accounts)));
  /** The longest cue at each position, by one scan of the whole text per lexicon pattern. */
  const patternByPattern = (text: string) => {
    const out = new Map<number, { cue: unknown; length: number }>();
    for (const { pattern, cue } of LEXICON) {
      const scan = new RegExp(pattern.source, 'gu');
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        const best = out.get(m.index);
        if (m[0].length > 0 && (!best || m[0].length > best.length)) out.set(m.index, { cue, length: m[0].length });
        scan.lastIndex = m.index + 1;
      }
    }
    return new Map([...out].sort(([a], [b]) => a - b));
  };
  const cuesOf = (texts: string[]) => {
    const [first] = prepareBlocks(texts, names);
    return first ? new Map([...first.scans.cues].sort(([a], [b]) => a - b)) : new Map();
  };
  const joined = (texts: string[]) => prepareBlocks(texts, names).map((p) => p.compact.text).join(BLOCK_SEPARATOR);

  it('finds in the real documents what a scan per pattern finds', () => {
    for (const file of ['putuo-czj-2024-part3.md', 'putuo-shgzb-2024-part3.md']) {
      const texts = readFileSync(new URL(`../fixtures/real/${file}`, import.meta.url), 'utf8').split('\n');
      expect(cuesOf(texts)).toEqual(patternByPattern(joined(texts)));
    }
  });
  it('finds in text made of the lexicon\'s words what a scan per pattern finds', () => {
    const piece = fc.constantFrom('增加', '减少', '（', '）', '/', '为', '是', '的', '完成', '年初', '预算', '数', '比', '上年', '2023', '年', '1,796.83', '万元', '无', '没有', '变化', '占', '比重', '主要', '原因', '不可比', '-', ' ', '，');
    const block = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (texts) => {
      expect(cuesOf(texts)).toEqual(patternByPattern(joined(texts)));
    }), { numRuns: 300 });
  });
});

describe('a figure told by its double', () => {
  it('is zero and over 100 exactly when its Decimal is', () => {
    const digits = fc.stringMatching(/^(?:0|[1-9][0-9]{0,19})(?:\.[0-9]{1,6})?$/);
    fc.assert(fc.property(digits, (number) => {
      const [figure] = scanFigures(`占 ${number}%`);
      expect(isZeroFigure(figure!)).toBe(figure!.value.isZero());
      expect(isOverHundred(figure!)).toBe(figure!.value.gt(100));
    }), { numRuns: 500 });
    for (const edge of ['0.00', '100', '100.00', '100.000001', '99.999999', '100000000000000000001']) {
      const [figure] = scanFigures(`占 ${edge}%`);
      expect([isZeroFigure(figure!), isOverHundred(figure!)]).toEqual([figure!.value.isZero(), figure!.value.gt(100)]);
    }
  });
});
