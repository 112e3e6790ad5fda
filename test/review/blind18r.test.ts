/**
 * Review of a table of subjects whose sums fail by exactly one row read at the wrong level (blind 18R §1a: 07 with
 * 类 | 款 | 项 columns, the 项 99 read as the 款 21299, reported as 3–5 errors of a clean document).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

const SEED = readFileSync(`${ROOT}test/fixtures/liaocheng-2024.txt`, 'utf8');
/** The seed with 公开03表's one row's code as `code` (its 项 2080506 机关事业单位职业年金缴费支出 136.08, under 20805). */
function seedWith(code: string, amount = '136.08'): string {
  const lines = SEED.split('\n');
  const at = lines.findIndex((l, i) => i > lines.findIndex((x) => /^公开 03 表/u.test(x)) && l.startsWith('2080506\t'));
  lines[at] = lines[at]!.replace(/^2080506/u, code).replace(/136\.08/gu, amount);
  return lines.join('\n');
}
const review = (text: string) => reviewDocument(documentFromText('doc.txt', 'text', text));
const errorsOn = (r: ReturnType<typeof review>, table: string) => r.tableFindings.filter((f) => f.severity === 'error' && f.cells.some((c) => c.path[0] === table));

describe('a table whose every figure is placed, failing its sums by one row a level off (20806 printed where 2080506 would add up)', () => {
  const result = review(seedWith('20806'));

  it('is no error of the document: the table is not judged against, and the reason says the row’s level is in doubt', () => {
    expect(errorsOn(result, '公开03表')).toEqual([]);
    const t03 = result.tables.notImported.find((t) => t.table === '公开03表')!;
    expect(t03.status).toBe('unreliable');
    expect(t03.reason).toContain('导入时未能确定一行科目编码的级次');
    expect(t03.reason).not.toContain('表中每个数字的行和栏都已确定：是文件本身的错误');
    expect(t03.problems![0]!.reason).toContain('“20806 机关事业单位职业年金缴费支出”若是款 20805 之下的项 2080506，表内的勾稽关系全部成立');
  });
});

describe('a table failing its sums where no re-reading of one code makes them hold (14R: the document’s own slip)', () => {
  // 2080506 printed 146.08 where 20805 and 208 count 136.08
  const result = review(seedWith('2080506', '146.08'));

  it('stays the document’s error on its cells', () => {
    expect(errorsOn(result, '公开03表').length).toBeGreaterThan(0);
    expect(result.tables.notImported.find((t) => t.table === '公开03表')!.reason).toMatch(/是文件本身的错误/u);
  });
});
