import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { importPdf, pdfLines, recognisePlacedTables } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

// Writer documents of blind test 9R: table cells aligned at the top (Word's and Writer's default), so a
// row's code, the first line of its name and its figures share one line and the name's next lines hang
// below it — not around the code, as in cells centred vertically (the layouts of the 8R corpus, and the
// real documents, whose imports other specs keep exact).
const DIR = `${ROOT}test/fixtures/layouts/blind9r/`;
const bytes = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));
const truthOf = (name: string) => parse(readFileSync(`${DIR}${name}`, 'utf8')) as Record<string, unknown>;
type Subjects = { 科目: Record<string, Record<string, string>> };
const names = (tables: Record<string, unknown>, key: string) => Object.keys((tables[key] as Subjects).科目);
const statusOf = (imported: Parameters<typeof compareImport>[0], truth: string) =>
  Object.fromEntries(compareImport(imported, truthOf(truth)).tables.map((t) => [t.table, t.status]));

describe('juesuan import: names wrapped in cells aligned at the top (blind test 9R)', () => {
  it('a name’s next lines belong to the row above them, not to the next row’s name', async () => {
    // D1 pages 3, 4, 8: 公开02表, 公开03表, 公开07表
    const result = await importPdf(bytes('top-aligned.pdf'), 'top-aligned.pdf');
    const t02 = names(result.imported.tables, '公开02表');
    expect(t02).toContain('20103 政府办公厅（室）及相关机构事务');
    expect(t02).toContain('2010301 行政运行');
    expect(t02).toContain('2080505 机关事业单位基本养老保险缴费支出');
    expect(t02).toContain('2080506 机关事业单位职业年金缴费支出');
    expect(t02).toContain('21208 国有土地使用权出让收入安排的支出');
    expect(t02).toContain('2120801 征地和拆迁补偿支出');
    expect(t02).not.toContain('2010301 及相关机构事务行政运行');
    expect(names(result.imported.tables, '公开03表')).toEqual(t02);
    expect(statusOf(result.imported, 'd1.yaml')).toMatchObject({ 公开02表: 'exact', 公开03表: 'exact', 公开07表: 'exact' });
  });

  it('the line under the table (数据来源：部门决算报表) is no part of the last row’s name', async () => {
    const result = await importPdf(bytes('top-aligned.pdf'), 'top-aligned.pdf');
    const t02 = names(result.imported.tables, '公开02表');
    expect(t02).toContain('2210201 住房公积金');
    expect(t02.join()).not.toMatch(/数据来源/u);
  });

  it('a table whose one wrapped name fits either way hangs its names as the document’s tables before it did', async () => {
    // 公开07表 alone: 让收入安排的支出 under 国有土地使用权出 may end that name (cells aligned at the top) or, with
    // 出 under 征地和拆迁补偿支, balance a three-line name around 2120801 (cells centred)
    const lines = await pdfLines(bytes('top-aligned.pdf'));
    const alone = recognisePlacedTables(lines.filter((l) => l.page === 3));
    const t07 = names(alone.tables, '公开07表');
    // … not to be told: the piece is joined to neither row, and the import says so
    expect(t07).toEqual(['212 城乡社区支出', '21208 国有土地使用权出', '2120801 征地和拆迁补偿支出']);
    expect(alone.notes.join('\n')).toMatch(/公开07表：第 3 页第 \d+ 行“让收入安排的支出”是折行的科目名称，不能确定接在上一行还是下一行的名称里，没有拼入名称/u);
    // … after 02 and 03, whose names hung below their codes, it is 21208's
    const whole = recognisePlacedTables(lines);
    expect(names(whole.tables, '公开07表')).toEqual(['212 城乡社区支出', '21208 国有土地使用权出让收入安排的支出', '2120801 征地和拆迁补偿支出']);
    expect(whole.notes.join('\n')).not.toMatch(/折行的科目名称/u);
  });

  it('a three-line name does not leave its row’s figures between two rows', async () => {
    // D11 pages 2–4 (公开01表, 02, 03): 2010399 其他政府办公厅 / （室）及相关机构 / 事务支出, its 216.24 on the first line
    const result = await importPdf(bytes('three-line-name.pdf'), 'three-line-name.pdf');
    expect(result.imported.unreliable).toEqual([]);
    expect((result.imported.tables['公开02表'] as Subjects).科目['2010399 其他政府办公厅（室）及相关机构事务支出']).toMatchObject({ 本年收入合计: '216.24', 财政拨款收入: '216.24' });
    expect(statusOf(result.imported, 'd10-d11.yaml')).toMatchObject({ 公开02表: 'exact', 公开03表: 'exact' });
  });

  it('codes wrapped in their narrow column (201030 over 1) and a name split by a page break, cells aligned at the top', async () => {
    // D10 pages 2–4 (公开01表, 02): the code's first line, the name's first line and the figures on one line
    const result = await importPdf(bytes('wrapped-codes-top.pdf'), 'wrapped-codes-top.pdf');
    expect(result.imported.unreliable).toEqual([]);
    const t02 = names(result.imported.tables, '公开02表');
    expect(t02).toContain('2010301 行政运行');
    expect(t02).toContain('2010399 其他政府办公厅（室）及相关机构事务支出');
    expect(t02).toContain('2080505 机关事业单位基本养老保险缴费支出');
    // 国有土地使用权 at page 3's foot, 出让收入安排的 / 支出 atop the next page, above 2120801's first line
    expect(t02).toContain('21208 国有土地使用权出让收入安排的支出');
    expect(t02).toContain('2120801 征地和拆迁补偿支出');
    expect(statusOf(result.imported, 'd10-d11.yaml')).toMatchObject({ 公开02表: 'exact' });
  });
});
