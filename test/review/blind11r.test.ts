/**
 * Documents of blind test 11R (test/fixtures/layouts/blind11r/README.md): a verdict only against what was really read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPdf, pdfLines, recognisePlacedTables, tableRegionLines, type PlacedLine } from '../../src/import/index.js';
import { PAGE_SPAN } from '../../src/import/placed.js';
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
  // Each amount ends before the next header starts: by the headers' left edges (imp18, blind 15R §1) every amount is
  // placed, and each ends just short of the next header, as that layout's do; the table is read as printed.
  it('import: each amount under the header whose cell it ends in, the table read as printed', async () => {
    const { imported } = await importPdf(new Uint8Array(readFileSync(`${DIR}t07-shifted.pdf`)), 't07-shifted.pdf');
    expect(imported.unreliable!.find((u) => u.table === '公开07表')).toBeUndefined();
    const t07 = imported.tables['公开07表'] as { 合计: Record<string, string | null>; 科目: Record<string, Record<string, string | null>> };
    expect(t07.合计).toEqual({ 本年收入: '191.62', 本年支出小计: '191.62', 项目支出: '191.62' });
    for (const row of Object.values(t07.科目)) expect(row).toEqual({ 本年收入: '191.62', 本年支出小计: '191.62', 项目支出: '191.62' });
  });

  it('review: no t07 error blamed on the document; the table is judged against', async () => {
    const result = reviewDocument(await read(`${DIR}t07-shifted.pdf`), undefined, { year: 2024 });
    expect(result.tableFindings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.tables.imported).toContain('公开07表');
  });
});

describe('a second set of the tables in one file (blind 11R d09: 汇总 on pp.1–14, 本级 on pp.15–25)', () => {
  // tables-only.pdf twice over: 公开01表, 07表 and 08表 on pages 1–3, and again on pages 4–6.
  const twice = async (): Promise<PlacedLine[]> => {
    const once = await pdfLines(new Uint8Array(readFileSync(`${ROOT}test/fixtures/layouts/blind8r/tables-only.pdf`)));
    const pages = Math.max(...once.map((l) => l.page));
    return [...once, ...once.map((l) => ({ ...l, page: l.page + pages, y: l.y + pages * PAGE_SPAN }))];
  };

  it('import says that another set stands there, where, and that it was not read; the first set is read', async () => {
    const imported = recognisePlacedTables(await twice());
    expect(imported.notes).toContain('第 4–6 页有另一组决算表（公开01表、公开07表、公开08表，编制单位：某市商务局），可能是另一个单位的决算，没有导入，也没有审校；只读了文件中的第一组表');
    expect(Object.keys(imported.tables)).toEqual(['公开01表', '公开07表', '公开08表']);
    expect(imported.unreliable).toEqual([]);
  });

  it('the second set’s pages are tables, never Part 3 to review', async () => {
    const lines = await twice();
    const region = new Set(tableRegionLines(lines).map((l) => `${l.page}:${l.line}`));
    const rows = lines.filter((l) => l.page >= 4 && /\d\.\d{2}/u.test(l.cells.map((c) => c.text).join('')));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((l) => !region.has(`${l.page}:${l.line}`))).toEqual([]);
  });

  it('a table titled twice in one set is no second set', async () => {
    const once = await pdfLines(new Uint8Array(readFileSync(`${ROOT}test/fixtures/layouts/blind8r/tables-only.pdf`)));
    const t07 = once.filter((l) => l.page === 2).map((l) => ({ ...l, page: 4, y: l.y + 2 * PAGE_SPAN }));
    expect(recognisePlacedTables([...once, ...t07]).notes.join('\n')).not.toMatch(/另一组/u);
  });
});

describe('a file of tables alone whose leftovers are a cover, a contents and spilled columns (blind 11R d16: a workbook printed by Calc, columns spilling onto pages of their own)', () => {
  const LEFT = ['市农业农村局2024年度部门决算公开表', '公开日期 2025-09-30', '1 公开09表', '2 公开03表', '3 公开01表',
    '公务用车购置费 公务用车运行维护费 1 2 3 4 5', '40.80 9.83 18.28 18.28', '2025-09-30'].join('\n');

  it('no heading of Part 3, no figure tied to a fact, no sentence in 万元: tables alone, its text not reviewed, no warning a figure', async () => {
    const doc = await read(`${ROOT}test/fixtures/layouts/blind8r/tables-only.pdf`);
    const { origin: _origin, ...rest } = doc;
    const result = reviewDocument({ ...rest, part3: LEFT });
    expect(result.lint.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ['no-part3', '文件中只有决算表，没有第三部分“部门决算情况说明”的文字，只核对了决算表本身；说明文字未审校'],
    ]);
    expect(result.checks.find((c) => c.id === 'against-tables')?.ran).toBe(false);
  });

  it('a sentence of Part 3 left is reviewed as ever', async () => {
    const doc = await read(`${ROOT}test/fixtures/layouts/blind8r/tables-only.pdf`);
    const { origin: _origin, ...rest } = doc;
    const result = reviewDocument({ ...rest, part3: `${LEFT}\n政府性基金预算财政拨款支出 999.99 万元，主要用于城乡社区支出。` });
    expect(result.lint.messages.some((m) => m.ruleId === 'no-part3')).toBe(false);
  });
});
