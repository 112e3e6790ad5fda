/**
 * A real published PDF made with ONLYOFFICE (上海市普陀区财政局 2024), whose
 * Part 3 has three real slips: 财政拨款收入支出总计 stated as 0.3 万元, a
 * share of 71.73% where the tables give 71.65%, and 人员经费 “主要包括”
 * 个人农业生产补贴, a row 公开06表 leaves blank (its 0.31 stands on the 奖励金
 * row). Review finds them from the
 * document's tables read right, and raises nothing else — whatever the
 * importer makes of the tables, never an error against a table it misread.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readReviewDocument, type ReviewDocument } from '../../src/review/document.js';
import { reviewDocument, type ReviewResult } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

const PDF = `${ROOT}test/fixtures/real/putuo-czj-2024.pdf`;
/** The nine tables transcribed by hand, as published. */
const TRANSCRIBED = Object.fromEntries(Object.entries(parse(readFileSync(`${ROOT}test/fixtures/real/putuo-czj-2024.tables.yaml`, 'utf8')) as Record<string, unknown>)
  .filter(([key]) => /^公开0[1-9]表$/u.test(key)));

const SLIPS = [['amount-mismatch', '0.3'], ['share-inconsistent', '71.73'], ['share-mismatch', '71.73'], ['listed-item-zero', '个人农业生产补贴']];
const errors = (r: ReviewResult) => r.lint.messages.filter((m) => m.severity === 2).map((m) => [m.ruleId, m.actual]);
const isSlip = ([rule, actual]: Array<string | undefined>) => SLIPS.some(([r, a]) => r === rule && a === actual);

describe('review of 普陀区财政局 2024 (ONLYOFFICE)', () => {
  let doc: ReviewDocument;
  beforeAll(async () => {
    const read = await readReviewDocument(PDF);
    if (!read.ok) throw new Error(read.message);
    doc = read.document;
  });

  it('finds its year and department', () => {
    expect([doc.year, doc.department]).toEqual([2024, '上海市普陀区财政局']);
  });

  it('with its tables read right: the three real slips, and nothing else', () => {
    const result = reviewDocument({ ...doc, imported: { tables: TRANSCRIBED, notes: [] } });
    expect(result.tables.imported).toHaveLength(9);
    expect(errors(result).sort()).toEqual([['amount-mismatch', '0.3'], ['listed-item-zero', '个人农业生产补贴'], ['share-mismatch', '71.73']]);
    expect(result.documentFindings).toEqual([]);
    expect(result.tableFindings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('with its tables as the importer reads them: no error but the real slips; the 71.73% found from the text alone', () => {
    const result = reviewDocument(doc);
    expect(errors(result).filter((e) => !isSlip(e))).toEqual([]);
    expect(errors(result).some(([, actual]) => actual === '71.73')).toBe(true);
    expect(result.tableFindings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
