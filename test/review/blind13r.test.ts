/**
 * Review of pages of blind test 13R (test/fixtures/layouts/blind13r/README.md).
 *
 * 06-cell-error.pdf: 公开06表 printing 301 工资福利支出 5,929.45 while its items (30101 基本工资 raised by 5.00 by the
 * tester) add up to 5,934.45; every cell on its row and column, 人员经费合计 = 301 + 303 holds.
 */
import { describe, expect, it } from 'vitest';
import { readReviewDocument, type ReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

const DIR = `${ROOT}test/fixtures/layouts/blind13r/`;

async function read(path: string): Promise<ReviewDocument> {
  const r = await readReviewDocument(path);
  if (!r.ok) throw new Error(r.message);
  return r.document;
}

describe('公开06表 that does not add up, every figure in it placed (blind 13R §7)', () => {
  it('is an error of the document on its cells, as for the subject tables: 301 printed 5,929.45, its items 5,934.45', async () => {
    const result = reviewDocument(await read(`${DIR}06-cell-error.pdf`));
    const errors = result.tableFindings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^公开06表.*301.*5,929\.45/u);
    expect(errors[0]!.message).toMatch(/5,934\.45|相差 5\.00/u);
    expect(result.tables.notImported.find((t) => t.table === '公开06表')!.reason).toMatch(/是文件本身的错误，见决算表的问题/u);
  });
});
