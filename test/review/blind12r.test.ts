/**
 * Documents of blind test 12R (test/fixtures/layouts/blind12r/README.md): a verdict only against what was really read.
 */
import { describe, expect, it } from 'vitest';
import { readReviewDocument, type ReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { locateReview } from '../../src/report/located.js';
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
    // one slip, one error: the row's identity and the 款's column it fails with it, on the same cell, said together
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^公开05表 2010102 一般行政管理事务：基本支出 110\.00 \+ 项目支出 200\.00 = 310\.00，与小计 300\.00 相差 10\.00/u);
    expect(errors[0]).toMatch(/；.*款 20101 人大事务 之下各项/u);
    expect(result.tables.notImported.find((t) => t.table === '公开05表')?.reason).toMatch(/是文件本身的错误/u);
  });
});

describe('05 in the file but not judged against, its title at the foot of page 1 and its body on page 2 (blind 12R d1)', () => {
  // 05 prints a column no 05 has (本年结转数): unreliable. Part 3 names 行政运行（项）, which the table holds.
  it('HTML report: the table’s ⊘ stands on the page its problem cites (the body’s), not the title’s', async () => {
    const doc = await read(`${DIR}title-at-foot.pdf`);
    const result = reviewDocument(doc, undefined, { year: 2025 });
    expect(result.tables.notImported.find((t) => t.table === '公开05表')?.status).toBe('unreliable');
    const marks = locateReview(result, doc).findings.filter((f) => f.kind === 'table');
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((f) => [f.page, f.place])).toEqual(marks.map(() => [2, '公开05表（第 2 页）']));
    expect(marks[0]!.message).toMatch(/第 2 页第 2 行/u);
  });

  it('the report draws that problem on the line it names (the 合计 row, p.2 l.2), not at the page’s corner', async () => {
    const doc = await read(`${DIR}title-at-foot.pdf`);
    const result = reviewDocument(doc, undefined, { year: 2025 });
    const mark = locateReview(result, doc).findings.find((f) => f.kind === 'table' && /第 2 页第 2 行/u.test(f.message))!;
    expect(mark.page).toBe(2);
    // The page is 841.92 pt high; the 合计 row's words stand 55–78 pt from its top, 合计 from x = 169 pt (pdftotext -bbox).
    const onRow = (mark.rects ?? []).filter(([, y0, , y1]) => (y0 + y1) / 2 > 841.92 - 78.3 && (y0 + y1) / 2 < 841.92 - 54.9);
    expect(onRow).toHaveLength(1);
    expect(onRow[0]![0]).toBeGreaterThan(160);
    expect(onRow[0]![0]).toBeLessThan(175);
  });

  it('a 项 the unreliable table may hold is not said to be missing from the data: the table is not judged against', async () => {
    const result = reviewDocument(await read(`${DIR}title-at-foot.pdf`), undefined, { year: 2025 });
    const subject = result.lint.messages.filter((m) => m.ruleId === 'unknown-subject');
    expect(subject.map((m) => m.message)).toEqual([
      '无法核对科目“行政运行（项）”及其后的数字：公开05表不作核对依据（导入后有不能确定位置的单元格：见报告中“不作核对依据的决算表”）',
    ]);
    expect(result.lint.messages.some((m) => m.message.includes('数据中没有科目'))).toBe(false);
  });
});
