/**
 * Word rows that start after empty grid columns (`<w:gridBefore>`, blind 19T finding 1): Word writes them where
 * the empty cells on a row's left were deleted — in 公开01表 the 支出 rows below the last 收入 row hold only
 * 支出 项目 and 决算数. Their cells stand at the grid columns after the skipped ones (gridBefore + gridSpan), as
 * the cells of a row that kept its empty cells do; the rows are read as 支出, never as 收入.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDocx as docx, wordPara as para, wordTable as table, type WordRow } from '../word-xml.js';
import { docxLines, importDocx } from '../../src/import/index.js';

const HEAD = [para('某某局 2024 年度部门决算'), para('收入支出决算总表'), para('单位：万元')];
const header: WordRow[] = [
  [{ text: '收入', span: 2 }, { text: '支出', span: 2 }],
  ['项目', '决算数', '项目', '决算数'],
  ['一、一般公共预算财政拨款收入', '100.00', '一、一般公共服务支出', '40.00'],
  ['二、事业收入', '20.00', '二、教育支出', '30.00'],
];
const total: WordRow = ['本年收入合计', '120.00', '本年支出合计', '120.00'];

/** 公开01表 whose 支出 rows below the last 收入 row are written one way or the other. */
const t01 = (expenseRows: 'gridBefore' | 'empty cells') => table([
  ...header,
  ...[['三、卫生健康支出', '15.00'], ['四、住房保障支出', '35.00']].map((cells): WordRow =>
    (expenseRows === 'gridBefore' ? { gridBefore: 2, cells } : ['', '', ...cells])),
  total,
  ['总计', '120.00', '总计', '120.00'],
]);

const READ = {
  收入: { 一般公共预算财政拨款收入: '100.00', 事业收入: '20.00', 本年收入合计: '120.00', 总计: '120.00' },
  支出: { 一般公共服务支出: '40.00', 教育支出: '30.00', 卫生健康支出: '15.00', 住房保障支出: '35.00', 本年支出合计: '120.00', 总计: '120.00' },
};

describe('juesuan import: a Word row that starts after empty grid columns (w:gridBefore)', () => {
  it('reads the 支出 rows below the last 收入 row as 支出: 40 + 30 + 15 + 35 = 120 = 本年支出合计', () => {
    const { imported } = importDocx(docx(...HEAD, t01('gridBefore')), 'x.docx');
    expect(imported.tables['公开01表']).toEqual(READ);
    expect(imported.unreliable.filter((u) => u.table === '公开01表')).toEqual([]);
    expect(imported.unread.filter((u) => u.table === '公开01表')).toEqual([]);
  });

  it('reads them as the same rows with their empty cells kept', () => {
    const grid = importDocx(docx(...HEAD, t01('gridBefore')), 'x.docx').imported;
    const kept = importDocx(docx(...HEAD, t01('empty cells')), 'x.docx').imported;
    expect(grid.tables['公开01表']).toEqual(kept.tables['公开01表']);
  });

  it('places the row’s cells in grid columns 3 and 4, a spanning cell after them covering its columns', () => {
    const lines = docxLines(docx(table([
      ['a', 'b', 'c', 'd', 'e'],
      { gridBefore: 2, cells: ['名称', '1.00'] },
      { gridBefore: 1, cells: [{ text: '合并', span: 2 }, '2.00', ''] },
    ])));
    expect(lines.map((l) => l.cells.map((c) => [c.text, c.x0, c.x1]))).toEqual([
      [['a', 0, 1], ['b', 1, 2], ['c', 2, 3], ['d', 3, 4], ['e', 4, 5]],
      [['名称', 2, 3], ['1.00', 3, 4]],
      [['合并', 1, 3], ['2.00', 3, 4], ['', 4, 5]],
    ]);
  });

  it('does not follow a gridBefore recorded as the row’s earlier format (w:trPrChange, a tracked change)', () => {
    const row = '<w:tr><w:trPr><w:trPrChange w:id="1" w:author="a"><w:trPr><w:gridBefore w:val="2"/></w:trPr></w:trPrChange></w:trPr>'
      + '<w:tc><w:p><w:r><w:t>名称</w:t></w:r></w:p></w:tc></w:tr>';
    const lines = docxLines(docx(`<w:tbl>${row}</w:tbl>`));
    expect(lines[0]!.cells.map((c) => c.x0)).toEqual([0]);
  });

  it('ignores a count no Word grid has (more than 63 columns): the cells start at the left as before', () => {
    const lines = docxLines(docx(table([{ gridBefore: 64, cells: ['名称'] }])));
    expect(lines[0]!.cells.map((c) => c.x0)).toEqual([0]);
  });
});

describe('property: deleting the empty cells on a row’s left (w:gridBefore) changes no cell’s place', () => {
  const text = fc.stringMatching(/^[一二收入支出合计0-9.]{1,5}$/u);
  it('each row with k empty leading cells reads as the same row written with gridBefore k', () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(text, { minLength: 1, maxLength: 3 }));
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
      const place = (written: WordRow[]) => docxLines(docx(table(written)))
        .map((l) => l.cells.filter((c) => c.text !== '').map((c) => [c.text, c.x0, c.x1]));
      const kept = place(rows.map(([k, cells]) => [...Array<string>(k).fill(''), ...cells]));
      const deleted = place(rows.map(([k, cells]): WordRow => (k > 0 ? { gridBefore: k, cells } : cells)));
      expect(deleted).toEqual(kept);
    }), { numRuns: 100 });
  });
});
