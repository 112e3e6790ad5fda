/**
 * A table's own error in review carries where it is (blind 15R §4: 公开02表's subject-row-total and subject-hierarchy
 * errors in d8 had no page or line, in stylish output nor in JSON; review.md promises 页和行 for table problems).
 */
import { describe, expect, it } from 'vitest';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { formatReviewJson, formatReviewStylish } from '../../src/report/review.js';
import { pathKey } from '../../src/import/tables.js';
import { ROOT } from '../helpers.js';

describe('a table error found by review', () => {
  it('names the page and line of the first of its cells, in stylish output and in JSON', async () => {
    const r = await readReviewDocument(`${ROOT}test/fixtures/layouts/blind13r/06-cell-error.pdf`);
    if (!r.ok) throw new Error(r.message);
    const result = reviewDocument(r.document);
    const [error] = result.tableFindings.filter((f) => f.severity === 'error');
    const at = error!.cells.map((c) => r.document.imported.cells?.[pathKey(c.path.map(String))]).find((p) => p !== undefined)!;
    expect(at).toBeDefined();
    expect(error).toMatchObject({ page: at.page, line: at.line, place: `第 ${at.page} 页第 ${at.line} 行` });
    expect(formatReviewStylish([result])).toMatch(new RegExp(`第 ${at.page} 页第 ${at.line} 行 +error +公开06表`, 'u'));
    const [json] = JSON.parse(formatReviewJson([result])) as Array<{ tableMessages: Array<{ severity: number; page?: number; line?: number }> }>;
    expect(json!.tableMessages.find((m) => m.severity === 2)).toMatchObject({ page: at.page, line: at.line });
  });
});
