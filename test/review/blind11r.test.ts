/**
 * Documents of blind test 11R (test/fixtures/layouts/blind11r/README.md): a verdict only against what was really read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPdf } from '../../src/import/index.js';
import { readReviewDocument, type ReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

const DIR = `${ROOT}test/fixtures/layouts/blind11r/`;

async function read(path: string): Promise<ReviewDocument> {
  const r = await readReviewDocument(path);
  if (!r.ok) throw new Error(r.message);
  return r.document;
}

describe('a table read one column off is not the file’s error (blind 11R d17: Calc “fit to width”, headers left-aligned over right-aligned amounts)', () => {
  // True: 本年收入 191.62, 本年支出小计 191.62, 项目支出 191.62 on every row; each amount ends just left of the next header's text.
  it('import: amounts that satisfy the identities one column to the left make the table’s placement uncertain, naming why', async () => {
    const { imported } = await importPdf(new Uint8Array(readFileSync(`${DIR}t07-shifted.pdf`)), 't07-shifted.pdf');
    const t07 = imported.unreliable!.find((u) => u.table === '公开07表');
    expect(t07?.kind).toBe('placement');
    expect(t07!.reason).toMatch(/各行的金额整体向左移一栏后，表内的勾稽关系全部成立/u);
  });

  it('review: no t07 error blamed on the document; the table is listed as not placed with certainty', async () => {
    const result = reviewDocument(await read(`${DIR}t07-shifted.pdf`), undefined, { year: 2024 });
    expect(result.tableFindings.filter((f) => f.severity === 'error')).toEqual([]);
    const t07 = result.tables.notImported.find((t) => t.table === '公开07表');
    expect(t07?.reason).toMatch(/有不能确定位置的单元格/u);
    expect(t07?.reason).not.toMatch(/是文件本身的错误/u);
  });
});
