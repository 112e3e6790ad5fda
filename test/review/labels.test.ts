/**
 * Issue 15, item 6: a review's message names the figure as the sentence does.
 * The 普陀 social-work department's published PDF states the three stages of
 * performance management, the problems found, 机关运行经费 and its change, and
 * 全年预算 figures, none of which its tables hold.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument, type ReviewResult } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

let result: ReviewResult;
beforeAll(async () => {
  const read = await readReviewDocument(`${ROOT}test/fixtures/real/putuo-shgzb-2024.pdf`);
  if (!read.ok) throw new Error(read.message);
  result = reviewDocument(read.document);
}, 60_000);

/** The message of the figure stated as `actual`, in the sentence quoted with `words` in it. */
const about = (actual: string, words: string) => result.lint.messages.filter((m) => m.actual === actual && (m.excerpt ?? '').includes(words)).map((m) => m.message);

describe('a review names each figure as its sentence does', () => {
  it('the stages of performance management: 编报绩效目标, 绩效跟踪评价, 绩效自评, and the problems found', () => {
    const messages = result.lint.messages.map((m) => m.message);
    for (const label of ['编报绩效目标的项目数', '编报绩效目标的项目涉及的预算金额', '绩效跟踪评价的项目数', '绩效跟踪评价的项目涉及的预算金额', '绩效自评项目数', '绩效自评中发现的问题数']) {
      expect(messages.filter((m) => m.includes(`数据中缺少${label}（`)), label).toHaveLength(1);
    }
  });

  it('a change after an amount is named as the change, not as a second copy of the amount', () => {
    const [amount, change] = about('10.23', '机关运行经费支出 10.23 万元');
    expect(amount).toBe('无法核对 10.23 万元：数据中缺少机关运行经费支出（决算表中没有这一项）');
    expect(change).toBe('无法核对 10.23 万元：数据中缺少机关运行经费支出（决算表中没有这一项），无法算出机关运行经费比上年增减额');
  });

  it('a 全年预算 figure is named as the full-year budget the text says it is', () => {
    expect(about('17.68', '全年预算为 17.68 万元')).toEqual(['无法核对 17.68 万元：数据中缺少事业运行（2013950）全年预算数（全年预算数不在决算表中）']);
    expect(about('321.02', '全年预算为321.02 万元')).toEqual(['无法核对 321.02 万元：数据中缺少一般公共预算财政拨款支出全年预算数（全年预算数不在决算表中）']);
  });
});
