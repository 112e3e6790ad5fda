/**
 * Documents of blind test 12R (test/fixtures/layouts/blind12r/README.md): a verdict only against what was really read.
 */
import { describe, expect, it } from 'vitest';
import { readReviewDocument, type ReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

const DIR = `${ROOT}test/fixtures/layouts/blind12r/`;

async function read(path: string): Promise<ReviewDocument> {
  const r = await readReviewDocument(path);
  if (!r.ok) throw new Error(r.message);
  return r.document;
}

describe('a long 05 with a 小计 row after each 类 (blind 12R d5)', () => {
  it('review: with every cell placed, the planted cell (2010102 基本支出 110.00, 10.00 too high) is the file’s own error', async () => {
    const result = reviewDocument(await read(`${DIR}subtotals.pdf`), undefined, { year: 2025 });
    const errors = result.tableFindings.filter((f) => f.severity === 'error').map((f) => f.message);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/公开05表 2010102 一般行政管理事务：基本支出 110\.00 \+ 项目支出 200\.00 = 310\.00，与小计 300\.00 相差 10\.00/u);
    expect(errors[1]).toMatch(/款 20101 人大事务 之下各项/u);
    expect(result.tables.notImported.find((t) => t.table === '公开05表')?.reason).toMatch(/是文件本身的错误/u);
  });
});
