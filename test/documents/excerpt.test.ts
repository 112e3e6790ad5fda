/**
 * The sentence quoted beside a PDF or Word message (原文：…): whole when short,
 * else a window centred on the figure, so that the figure the message is about
 * is always in it (issue 15, item 6: sentences were cut with … before it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCERPT_LIMIT, sentenceAt } from '../../src/documents/index.js';

describe('the excerpt of a message', () => {
  it('is the whole sentence when it is short, without heading marks', () => {
    const text = '## 一、总体情况\n本年收入合计 4,340.16 万元。本年支出合计 4,340.16 万元。';
    expect(sentenceAt(text, text.indexOf('4,340.16'))).toBe('本年收入合计 4,340.16 万元。');
    expect(sentenceAt(text, text.lastIndexOf('4,340.16'))).toBe('本年支出合计 4,340.16 万元。');
    expect(sentenceAt(text, 5)).toBe('一、总体情况');
  });

  it('of a long sentence is a window centred on the figure, cut with … on the sides it was cut', () => {
    const head = '绩效管理工作开展情况如下：'.repeat(10);
    const text = `${head}绩效自评中共发现问题 0 个，${'已经完成整改的问题 0 个，'.repeat(10)}正在整改的 0 个。`;
    const at = text.indexOf('发现问题 0 个') + 5;
    const excerpt = sentenceAt(text, at, at + 1);
    expect(excerpt).toContain('发现问题 0 个');
    expect(excerpt.startsWith('…') && excerpt.endsWith('…')).toBe(true);
    expect([...excerpt].length).toBeLessThanOrEqual(EXCERPT_LIMIT);
    const [before, after] = excerpt.slice(1, -1).split('发现问题 0 个');
    expect(Math.abs(before!.length - after!.length)).toBeLessThanOrEqual(8);
    // At either end of the sentence: one … only, on the side that was cut.
    expect(sentenceAt(text, 0, 2).startsWith('绩效管理')).toBe(true);
    expect(sentenceAt(text, text.length - 4, text.length - 3)).toMatch(/^….*正在整改的 0 个。$/u);
  });

  it('always holds the figure, whatever the sentence and the figure\'s place', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('甲', '乙', '，', ' ', '；'), minLength: 0, maxLength: 400 }), fc.string({ unit: fc.constantFrom('甲', '乙', '，', '；'), maxLength: 400 }), (a, b) => {
      const text = `${a}12,345.67 万元${b}。`;
      const start = a.length;
      const excerpt = sentenceAt(text, start, start + 9);
      expect(excerpt).toContain('12,345.67');
      expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_LIMIT);
    }));
  });
});
