/**
 * rank-mismatch: a rank word (所占比例最大, 支出最多, 占比最高, 位居第一, 最少) says the item named is the largest
 * (or smallest) of the set it is a part of — the 类 of 公开05表 under 一般公共预算财政拨款支出, the 三公 items, the
 * income sources. Where the data ranks the set otherwise, the words are wrong: an error naming the real largest,
 * and no fix for the sentence's figures (a figure fixed under a false rank word reads as verified).
 * Seed: 一般公共服务 3,218.84 (76.44%) > 社会保障和就业 665.34 > 住房保障 213.27 > 卫生健康 113.6;
 * 三公: 因公出国（境）费 20.14 > 公务用车 17.24 > 公务接待费 12.32.
 */
import { describe, expect, it } from 'vitest';
import { fixMarkdown } from '../../../src/lint/fix.js';
import { contextFor, HEADINGS, lintCase, ruleTester } from './tester.js';

const SAN_GONG = '“三公”经费支出 49.7 万元，其中因公出国（境）费 20.14 万元，公务用车购置及运行维护费 17.24 万元，公务接待费 12.32 万元，';

ruleTester({
  'rank-mismatch': {
    valid: [
      { code: '在各类支出中，一般公共服务（类）支出所占比例最大，为 76.44%。' },
      { code: '其中一般公共服务（类）支出最多，为 3,218.84 万元。' },
      { code: '一般公共服务（类）支出占比最高，达 76.44%。' },
      { code: '各类支出中，占比最大的是一般公共服务（类）支出 3,218.84 万元。' },
      { code: '卫生健康支出（类）113.6 万元，占比最小，为 2.7%。', name: 'the smallest, said after the figure' },
      { code: '卫生健康支出（类）支出最少，为 113.6 万元。' },
      { code: `${SAN_GONG}因公出国（境）费最多。`, section: 'sanGong' },
      { code: '住房保障（类）支出增长最多。', name: 'a change ranked (增长最多) is no claim about the amounts' },
      { code: '一般公共服务（类）支出 3,218.84 万元，占 76.44%，主要用于机关运行。', name: 'no rank word' },
    ],
    invalid: [
      {
        code: '在各类支出中，社会保障和就业（类）支出所占比例最大，为 15.8%。',
        errors: [{ ruleId: 'rank-mismatch', actual: '最大', message: /最大的是一般公共服务支出（类） 3,218\.84 万元（占 76\.44%）/u }],
        name: 'the share right, the rank word wrong',
      },
      { code: '其中住房保障（类）支出最多，为 213.27 万元。', errors: [{ ruleId: 'rank-mismatch', actual: '最多' }] },
      { code: '各类支出中，占比最高的是社会保障和就业（类）支出 665.34 万元。', errors: [{ ruleId: 'rank-mismatch', actual: '最高', column: 9 }], name: 'the rank word before the name' },
      { code: '社会保障和就业（类）支出最少，为 665.34 万元。', errors: [{ ruleId: 'rank-mismatch', actual: '最少', message: /最小的是卫生健康/u }] },
      { code: `${SAN_GONG}公务接待费最多。`, section: 'sanGong', errors: [{ ruleId: 'rank-mismatch', message: /最大的是因公出国（境）费/u }] },
      {
        code: '在各类支出中，社会保障和就业（类）支出所占比例最大，为 17.8%。',
        errors: [{ ruleId: 'rank-mismatch' }, { ruleId: 'share-mismatch', expected: '15.8' }],
        name: 'a wrong share under a false rank word: both reported',
      },
    ],
  },
}, { section: 'gpb' });

describe('--fix under a rank word', () => {
  const ctx = contextFor();
  const doc = (sentence: string) => `## ${HEADINGS.gpb}\n\n${sentence}\n`;

  it('does not fix a figure in a sentence whose rank word the data contradicts (only the writer can rename or rewrite)', () => {
    const wrong = doc('在各类支出中，社会保障和就业（类）支出所占比例最大，为 17.8%。');
    expect(fixMarkdown(wrong, ctx).output).toBe(wrong);
  });

  it('fixes the figure where the rank word holds', () => {
    const fixed = fixMarkdown(doc('在各类支出中，一般公共服务（类）支出所占比例最大，为 70.44%。'), ctx).output;
    expect(fixed).toBe(doc('在各类支出中，一般公共服务（类）支出所占比例最大，为 76.44%。'));
  });

  it('fixes the other sentences of the paragraph', () => {
    const fixed = fixMarkdown(doc('一般公共服务（类）支出 3,218.80 万元。社会保障和就业（类）支出最多，为 665.34 万元。'), ctx).output;
    expect(fixed).toContain('一般公共服务（类）支出 3,218.84 万元。');
    expect(lintCase({ markdown: fixed }, { section: 'gpb' }).map((m) => m.ruleId)).toEqual(['rank-mismatch']);
  });
});
