/**
 * The findings card names a table's cells as the table prints them: thousands separators and
 * two decimals (2,112.86), so a reader finds the amount on the page by its look.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/data/amount.js';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { locateReview } from '../../src/report/located.js';
import { ROOT } from '../helpers.js';

describe('a table finding on its cells', () => {
  it('shows each amount as the table prints it, with thousands separators', async () => {
    // 普陀区财政局's PDF imports exactly; a finding across its tables names 公开02表's 财政事务 row and a count.
    const read = await readReviewDocument(`${ROOT}test/fixtures/real/putuo-czj-2024.pdf`);
    if (!read.ok) throw new Error(read.message);
    const result = reviewDocument(read.document);
    const amounts = { ruleId: 'example', severity: 'error' as const, message: '…', cells: [
      { path: ['公开02表', '科目', '20106 财政事务', '本年收入合计'], label: '财政事务 本年收入合计', value: new Decimal('2112.86') },
      { path: ['公开02表', '科目', '2010602 一般行政管理事务', '其他收入'], label: '一般行政管理事务 其他收入', value: new Decimal('-6.2') },
    ] };
    const counts = { ...amounts, counts: true, cells: [{ path: ['公开09表', '车辆'], label: '车辆', value: new Decimal(1234) }] };
    const doc = locateReview({ ...result, tableFindings: [amounts, counts] as typeof result.tableFindings }, read.document);
    const cards = doc.findings.filter((f) => f.ruleId === 'example').map((f) => f.cells!.map((c) => c.value));
    expect(cards).toEqual([['2,112.86', '-6.20'], ['1,234']]);
  });
});
