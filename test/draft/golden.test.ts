/**
 * The draft of the seed data states every figure of the published Part 3,
 * section by section, with the same values and direction words; and it
 * matches the golden file (regenerate with UPDATE_GOLDEN=1 after a deliberate
 * change, then read the diff).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPart3 } from '../../src/draft/draft.js';
import { scanFigures } from '../../src/lint/figures.js';
import { sections, figureKey } from './sections.js';
import { ROOT, SEED_PART3, seedAccounts } from '../helpers.js';

const GOLDEN = `${ROOT}test/fixtures/liaocheng-2024-draft.md`;
const DIRECTION_WORDS = ['增加', '减少', '增长', '下降', '大于', '小于', '等于', '持平', '相同'];

const key = figureKey;

describe('draft of the seed data (聊城市政府办公室 2024)', () => {
  const seed = readFileSync(SEED_PART3, 'utf8');
  const draft = draftPart3(seedAccounts());

  it('the published Part 3 has 98 amounts, 48 percentages, 25 counts and 3 scores (174 figures)', () => {
    const byKind: Record<string, number> = {};
    for (const f of scanFigures(seed)) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    expect(byKind).toEqual({ amount: 98, percent: 48, count: 25, score: 3 });
  });

  const seedSections = sections(seed);
  const draftSections = sections(draft);

  it('has the same thirteen sections', () => {
    expect([...draftSections.keys()]).toEqual([...seedSections.keys()]);
    expect(seedSections.size).toBe(13);
  });

  for (const [ordinal, seedText] of seedSections) {
    it(`section ${ordinal} states every figure and direction word of the published text`, () => {
      const draftText = draftSections.get(ordinal) ?? '';
      const stated = new Set(scanFigures(draftText).map(key));
      const missing = scanFigures(seedText).map(key).filter((k) => !stated.has(k));
      expect(missing).toEqual([]);
      const words = DIRECTION_WORDS.filter((w) => seedText.includes(w) && !draftText.includes(w));
      expect(words).toEqual([]);
    });
  }

  it('leaves no placeholder when the data is complete', () => {
    expect(draft).not.toContain('【待补充');
  });

  it('matches the golden file', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, draft);
    expect(draft).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
