/**
 * The text rules over a whole document at once (textFindingsByBlock) find exactly what they
 * find block by block: at the edges of blocks, and where a match would run from one block into
 * the next.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFindings, textFindingsByBlock } from '../../src/lint/text-rules.js';

const oneByOne = (texts: string[]) => texts.map((t, b) => textFindings(t, b));

describe('textFindingsByBlock', () => {
  const cases: Record<string, string[]> = {
    'rules at the start and end of blocks': ['XX局 2024 年度', '202 年度收入', '占 %', '增加（减少）', '大小于', '【】', '减少 万元'],
    'a placeholder in one block': ['基本支出【待补充：基本支出变动原因】。', '项目支出 1 万元。'],
    'a placeholder left open before the next block closes a bracket': ['主要原因是【待补充：原因', '说明】。', '【待补充：其他】'],
    'figures beside the edges': ['2024', '年度', 'XX', '万元'],
    'a block holding the separator itself': ['增加（减少）\u0001202 年', '【待补充：a\u0001b】'],
    'empty blocks': ['', '大于/小于', ''],
  };
  for (const [name, texts] of Object.entries(cases)) {
    it(name, () => expect(textFindingsByBlock(texts)).toEqual(oneByOne(texts)));
  }

  it('agrees block by block on documents made of the rules\' words', () => {
    const piece = fc.constantFrom('【待补充：', '】', '【', '【】', 'XX', 'X', '局', '万元', '%', '202', '2024', '年度', '年', '占', ' ', '增加', '（', '减少', '）', '/', '大', '小于', '\u0001', '说明');
    const block = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(block, { maxLength: 6 }), (texts) => {
      expect(textFindingsByBlock(texts)).toEqual(oneByOne(texts));
    }), { numRuns: 300 });
  });

  it('finds the open placeholder of one block nowhere, as block by block', () => {
    const found = textFindingsByBlock(['主要原因是【待补充：原因', '说明】。']);
    expect(found.flat().filter((f) => f.ruleId === 'placeholder')).toEqual([]);
  });
});
