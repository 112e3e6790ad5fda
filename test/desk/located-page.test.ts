/**
 * A table finding's location label names the page of the table it names: a finding between 公开09表 and 公开06表,
 * numbered on its first amount (06's, on an earlier page), says 公开09表（第 18 页）, where 09 is printed.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/data/amount.js';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { locateReview } from '../../src/report/located.js';
import { ROOT } from '../helpers.js';

describe('a finding between tables on different pages', () => {
  it('is marked from its first amount on, and labelled with the page of the table it names', async () => {
    // 普陀区财政局: 公开06表 on page 16, 公开09表 on page 18
    const read = await readReviewDocument(`${ROOT}test/fixtures/real/putuo-czj-2024.pdf`);
    if (!read.ok) throw new Error(read.message);
    const result = reviewDocument(read.document);
    const across = (first: string) => ({ ruleId: 'example', severity: 'error' as const, message: first, cells: [
      { path: ['公开09表', '预算数', '合计'], label: '预算数 合计', value: new Decimal('0.95') },
      { path: ['公开06表', '人员经费', '30101 基本工资'], label: '30101 基本工资', value: new Decimal('262.33') },
    ] });
    const finding = locateReview({ ...result, tableFindings: [across('09 first')] as typeof result.tableFindings }, read.document)
      .findings.find((f) => f.ruleId === 'example')!;
    expect(finding.table).toBe('公开09表');
    expect(finding.page).toBe(16);
    expect(finding.more?.map((m) => m.page)).toEqual([18]);
    expect(finding.place).toBe('公开09表（第 18 页）');
  });
});
