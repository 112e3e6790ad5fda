/**
 * The document's own 上年数 column (01's, here) against last year's document: each figure the column prints is last
 * year's published 决算数 of that row. Where the two differ, the table finding names both; a sentence of Part 3
 * about such a line is not pinned to one figure — unverified, naming both sources and what each makes of it, never an
 * error; a line both agree on is judged as ever. Without last year's document the column is the only source, and a
 * message judging against it says so.
 *
 * The documents: test/review/last-year-docs.ts (Word), their PDFs and pdftotext texts in test/fixtures/last-year-column
 * (2025's column 10.00 more than 2024's document on 其他收入, 本年收入合计, 总计 and 年末结转和结余).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReviewDocument } from '../../src/review/document.js';
import { loadPrevious, reviewDocument, type ReviewResult } from '../../src/review/review.js';
import { locateReview } from '../../src/report/located.js';
import { ROOT } from '../helpers.js';
import {
  INCOME_RIGHT_BY_COLUMN, INCOME_RIGHT_BY_LAST_YEAR, SPENDING_RIGHT, SPENDING_WRONG, lastYearDocx, thisYearDocx,
} from './last-year-docs.js';

const FIXTURES = `${ROOT}test/fixtures/last-year-column/`;

async function read(file: string, wanted: 'review' | 'previous' = 'review') {
  const r = await readReviewDocument(file, wanted);
  if (!r.ok) throw new Error(`not read: ${file}`);
  return r.document;
}

function written(name: string, bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'juesuan-last-year-')), name);
  writeFileSync(file, bytes);
  return file;
}

/** 2025's Word document with these sentences, reviewed with 2024's (or alone). */
async function reviewDocx(sentences: readonly string[], { previous = true, slip = true } = {}): Promise<ReviewResult> {
  const doc = await read(written('2025年部门决算.docx', thisYearDocx(sentences, slip)));
  const last = previous ? loadPrevious(await read(written('2024年部门决算.docx', lastYearDocx()), 'previous')) : undefined;
  return reviewDocument(doc, last);
}

const columnFindings = (r: ReviewResult) => r.tableFindings.filter((f) => f.ruleId === 'last-year-column-mismatch');
const on = (r: ReviewResult, actual: string) => r.lint.messages.filter((m) => m.actual === actual);

describe('the 上年数 column against last year\'s document: a table finding per row that differs', () => {
  it('four rows 10.00 more than last year\'s 01: four errors, each naming both figures and last year\'s file', async () => {
    const r = await reviewDocx([SPENDING_RIGHT]);
    const found = columnFindings(r);
    // each on the column's own cell (recorded under its row's path and the column's name)
    expect(found.map((f) => f.cells[0]!.path.slice(1))).toEqual([['收入', '其他收入', '上年数'], ['收入', '本年收入合计', '上年数'], ['收入', '总计', '上年数'], ['支出', '年末结转和结余', '上年数']]);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    const income = found[1]!.message;
    expect(income).toContain('“上年数”一栏的“本年收入合计”为 1,200.00 万元');
    expect(income).toContain('2024年部门决算.docx');
    expect(income).toContain('为 1,190.00 万元');
    expect(income).toContain('多 10.00 万元');
    // a blank of last year's table is its 0
    expect(found[0]!.message).toContain('“其他收入”为 0.00 万元');
  });

  it('a column as last year published it: no finding', async () => {
    expect(columnFindings(await reviewDocx([SPENDING_RIGHT], { slip: false }))).toEqual([]);
  });

  it('no last year\'s document: nothing to compare the column with, no finding', async () => {
    expect(columnFindings(await reviewDocx([SPENDING_RIGHT], { previous: false }))).toEqual([]);
  });
});

describe('a sentence about a line the two sources give differently: unverified, naming both, never an error', () => {
  it('right by last year\'s document (增加 160.00, 13.45%): unverified, both candidates named', async () => {
    const r = await reviewDocx([INCOME_RIGHT_BY_LAST_YEAR]);
    for (const figure of ['160.00', '13.45']) {
      const [m, ...more] = on(r, figure);
      expect(more).toEqual([]);
      expect(m!.severity).toBe(1);
      expect(m!.ruleId).toBe('unverified-figure');
      expect(m!.message).toContain('上年文件的决算表为 1,190.00 万元');
      expect(m!.message).toContain('本文件公开01表的上年数一栏为 1,200.00 万元');
    }
    expect(on(r, '160.00')[0]!.message).toContain('按上年文件为增加 160.00 万元，按本文件公开01表的上年数一栏为增加 150.00 万元');
    expect(on(r, '13.45')[0]!.message).toContain('按上年文件为增长 13.45%，按本文件公开01表的上年数一栏为增长 12.50%');
  });

  it('right by the column (增加 150.00, 12.50%): unverified too, never an error', async () => {
    const r = await reviewDocx([INCOME_RIGHT_BY_COLUMN]);
    expect(r.lint.messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(on(r, '150.00').map((m) => m.ruleId)).toEqual(['unverified-figure']);
  });

  it('a line both give alike (本年支出合计 1,200.00): judged as ever — right passes, wrong is an error', async () => {
    expect(on(await reviewDocx([SPENDING_RIGHT]), '150.00')).toEqual([]);
    const wrong = on(await reviewDocx([SPENDING_WRONG]), '140.00');
    expect(wrong.map((m) => [m.ruleId, m.severity])).toEqual([['change-mismatch', 2]]);
    // judged against both sources alike, so not said to be the column's
    expect(wrong[0]!.message).not.toContain('上年数一栏');
  });
});

describe('without last year\'s document the column is the only source: the message says so', () => {
  it('增加 160.00 against the column\'s 1,200.00: an error naming the column', async () => {
    const r = await reviewDocx([INCOME_RIGHT_BY_LAST_YEAR], { previous: false });
    const [m] = on(r, '160.00');
    expect(m!.severity).toBe(2);
    expect(m!.message).toContain('1,350.00 − 1,200.00 = 150.00 万元（上年数取自本文件公开01表的上年数一栏），应为 150.00 万元');
    expect(m!.expected).toBe('150.00');
  });

  it('with last year\'s document and no disagreement, nothing says the column', async () => {
    const r = await reviewDocx([SPENDING_WRONG], { slip: false });
    expect(r.lint.messages.some((m) => m.message.includes('上年数一栏'))).toBe(false);
  });
});

describe('the same from PDFs (LibreOffice) and their pdftotext texts', () => {
  for (const [kind, ext, last] of [['PDF', 'pdf', '2024.pdf'], ['text', 'layout.txt', '2024.layout.txt']] as const) {
    it(`${kind}: four findings placed on 01's rows; 本年收入合计's change unverified; 本年支出合计's wrong one an error`, async () => {
      const doc = await read(`${FIXTURES}2025.${ext}`);
      const r = reviewDocument(doc, loadPrevious(await read(`${FIXTURES}${last}`, 'previous')));
      const found = columnFindings(r);
      expect(found.map((f) => [f.cells[0]!.path[2], f.line, f.severity])).toEqual([
        ['其他收入', 7, 'error'], ['本年收入合计', 8, 'error'], ['总计', 10, 'error'], ['年末结转和结余', 14, 'error'],
      ]);
      expect(found[1]!.message).toContain(`上年文件 ${FIXTURES}${last} 公开01表的“本年收入合计”为 1,190.00 万元`);
      expect(on(r, '160.00').map((m) => m.ruleId)).toEqual(['unverified-figure']);
      expect(on(r, '140.00').map((m) => m.ruleId)).toEqual(['change-mismatch']);
    });
  }

  it('PDF: a finding is marked on the 上年数 cell\'s own glyphs, right of its row\'s 本年数', async () => {
    const doc = await read(`${FIXTURES}2025.pdf`);
    const r = reviewDocument(doc, loadPrevious(await read(`${FIXTURES}2024.pdf`, 'previous')));
    const located = locateReview(r, doc).findings.filter((f) => f.ruleId === 'last-year-column-mismatch');
    const income = located.find((f) => f.message.includes('“本年收入合计”'))!;
    expect(income.cells!.map((c) => [c.value, c.marked])).toEqual([['1,200.00', true]]);
    const thisYear = doc.imported.cells!['公开01表›收入›本年收入合计']!;
    expect(income.rects!).toHaveLength(1);
    expect(income.rects![0]![0]).toBeGreaterThan(thisYear.x1!);
  });

  it('PDF, the column as published: no finding, 本年收入合计\'s change verified', async () => {
    const r = reviewDocument(await read(`${FIXTURES}2025-agreeing.pdf`), loadPrevious(await read(`${FIXTURES}2024.pdf`, 'previous')));
    expect(columnFindings(r)).toEqual([]);
    expect(on(r, '160.00')).toEqual([]);
    expect(on(r, '13.45')).toEqual([]);
  });

  it('PDF without last year\'s: 本年收入合计\'s change an error against the column, saying so', async () => {
    const r = reviewDocument(await read(`${FIXTURES}2025.pdf`));
    expect(on(r, '160.00')[0]!.message).toContain('（上年数取自本文件公开01表的上年数一栏）');
  });
});
