/**
 * A PDF page with no text layer (blind test 9R, D7.pdf: 公开06表 pasted in as a picture): the table is not
 * found, and the import and the review say which page has no text, rather than only that the table is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPdf } from '../../src/import/index.js';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

const FILE = `${ROOT}test/fixtures/layouts/blind9r/picture-page.pdf`;
const WHY = '：第 2 页只有图片、没有文字（如贴入的表格图片、扫描页），表若印在那里，无法读出';

describe('a table printed as a picture', () => {
  it('import: not found, naming the page that has no text', async () => {
    const { imported } = await importPdf(new Uint8Array(readFileSync(FILE)), 'picture-page.pdf');
    expect(Object.keys(imported.tables)).toEqual(['公开05表']);
    expect(imported.notes).toContain(`未找到公开06表（一般公共预算财政拨款基本支出决算明细表）${WHY}，需手工填写`);
  });

  it('review: absent, and why it may be', async () => {
    const read = await readReviewDocument(FILE);
    if (!read.ok) throw new Error(read.message);
    const t06 = reviewDocument(read.document).tables.notImported.find((t) => t.table === '公开06表');
    expect(t06).toMatchObject({ status: 'absent', reason: `文件中没有找到这张表${WHY}` });
  });
});
