/**
 * A table the import could not place presents no guess as a named cell: each amount its problem cites is named
 * by where it was read, once, however many guessed cells it was taken for.
 */
import { describe, expect, it } from 'vitest';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { locateReview, UNPLACED_LABEL } from '../../src/report/located.js';
import { ROOT } from '../helpers.js';

describe('an unreliable table whose cells could not be placed, on the report', () => {
  it('names its amounts by where they were read, each printed amount once, no column named', async () => {
    // 公开09表 in item groups under an unknown group header: 412.37 is 预算数 合计, read as 决算数 合计 and more
    const read = await readReviewDocument(`${ROOT}test/fixtures/layouts/t09-groups/t09-unplaced.pdf`);
    if (!read.ok) throw new Error(read.message);
    const result = reviewDocument(read.document);
    expect(result.tables.notImported.find((t) => t.table === '公开09表')?.status).toBe('unreliable');
    const findings = locateReview(result, read.document).findings.filter((f) => f.ruleId === 'table-unreliable' && f.table === '公开09表');
    const cells = findings.flatMap((f) => f.cells ?? []);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c.label).toBe(UNPLACED_LABEL);
    for (const f of findings) {
      const values = (f.cells ?? []).map((c) => c.value);
      expect(new Set(values).size).toBe(values.length);
      // one box per printed amount
      const rects = (f.rects ?? []).map((r) => r.join(','));
      expect(new Set(rects).size).toBe(rects.length);
    }
    expect(cells.map((c) => c.value)).toContain('412.37');
    // a cell not read has no printed amount of its own (was: the row's first figure, 412.37, a second box on it)
    const t09 = read.document.imported.tables['公开09表'] as Record<string, Record<string, string | null>>;
    expect(t09.决算数!['公务用车购置及运行维护费']).toBeNull();
    expect(read.document.imported.cells?.['公开09表›决算数›公务用车购置及运行维护费']).toBeUndefined();
  });

  it('still names the cells of a table whose every cell was placed and an identity of its own fails', async () => {
    // 决算数 合计 printed 386.17, its parts 18.23 + 262.77 + 105.07 = 386.07
    const read = await readReviewDocument(`${ROOT}test/fixtures/layouts/t09-groups/t09-sum-slip.pdf`);
    if (!read.ok) throw new Error(read.message);
    const result = reviewDocument(read.document);
    const located = locateReview(result, read.document);
    const cells = located.findings.filter((f) => f.table === '公开09表').flatMap((f) => f.cells ?? []);
    expect(cells.map((c) => [c.label, c.value])).toContainEqual(['决算数 合计', '386.17']);
    expect(cells.some((c) => c.label === UNPLACED_LABEL)).toBe(false);
  });
});
