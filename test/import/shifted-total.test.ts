/**
 * LibreOffice Writer, laying out an HTML table whose header ends in an empty row, prints the 合计 row right of the
 * header, on its last line (blind 18R u08, u10, u12): `科目编码 科目名称 小计 基本支出 项目支出 合计 150.00 110.00 40.00`,
 * the subjects' rows below under their columns. The header words are the header's; the 合计's figures stand under
 * no column, its blank cells not printed. They are the total's only where they are, in order, the columns' sums of
 * their 类 rows; else they are not placed and the table is unreliable, the rest of it read as printed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { importPdf, pdfPageLines, recognisePlacedTables } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

type Item = { str: string; transform: number[]; width: number };
const width = (s: string, size: number) => [...s].reduce((w, ch) => w + (/\p{Script=Han}|[（）“”：]/u.test(ch) ? size : size / 2), 0);
/** A text item at x whose top stands `top` pt from the page's top (10.5 pt unless told). */
const item = (str: string, x: number, top: number, size = 10.5): Item => ({ str, transform: [size, 0, 0, size, x, 842 - top - size], width: width(str, size) });

/** 05's rows: code, name, 小计, 基本支出, 项目支出 ('' blank). */
const ROWS: Array<[string, string, string, string, string]> = [
  ['201', '一般公共服务支出', '100.00', '60.00', '40.00'],
  ['20101', '人大事务', '100.00', '60.00', '40.00'],
  ['2010101', '行政运行', '60.00', '60.00', ''],
  ['2010102', '一般行政管理事务', '40.00', '', '40.00'],
  ['208', '社会保障和就业支出', '50.00', '50.00', ''],
  ['20805', '行政事业单位养老支出', '50.00', '50.00', ''],
  ['2080501', '行政单位离退休', '50.00', '50.00', ''],
];

/** 05 as Writer printed it in u08: the 合计 and its figures (`total`) after the header's last line, 基本支出 项目支出 合计 one run. */
function page05(total: string[], rows = ROWS) {
  const items: Item[] = [
    item('表 5 一般公共预算财政拨款支出决算表', 178.5, 100, 14),
    item('编制单位：某某中心 2024 年度单位：万元', 39.8, 130, 9),
    item('项目', 129.5, 150), item('本年支出', 290.9, 150),
    item('功能分类科目编码', 42.9, 170), item('科目名称', 164, 170), item('小计', 253.7, 170),
    // (three items 4–6 pt apart, under half a character: one cell, as Writer's run was)
    item('基本支出', 291.3, 170), item('项目支出', 338.9, 170), item('合计', 385, 170),
  ];
  total.forEach((f, i) => items.push(item(f, 411.3 + 47.5 * i, 170)));
  rows.forEach(([code, name, ...figures], i) => {
    const top = 190 + 18 * i;
    items.push(item(code, 41.2, top), item(name, 131.3, top));
    figures.forEach((f, k) => { if (f) items.push(item(f, [241.6, 289.6, 337.7][k]!, top)); });
  });
  return { page: 1, width: 595, height: 842, items };
}

const subjects = (t: unknown) => (t as { 科目: Record<string, Record<string, string>> }).科目;

describe('a 合计 row printed right of the header', () => {
  it('is read where its figures are, in order, the columns\' sums of their 类 rows; the header\'s words are the header', () => {
    const imported = recognisePlacedTables(pdfPageLines(page05(['150.00', '110.00', '40.00'])));
    expect(imported.unreliable ?? []).toEqual([]);
    const t05 = imported.tables['公开05表'] as { 合计: Record<string, string> };
    expect(t05.合计).toEqual({ 小计: '150.00', 基本支出: '110.00', 项目支出: '40.00' });
    expect(subjects(t05)['2010102 一般行政管理事务']).toEqual({ 小计: '40.00', 项目支出: '40.00' });
    expect(imported.notes.some((n) => n.includes('公开05表') && n.includes('表头右侧'))).toBe(true);
  });

  it('is read with a blank cell left out: its figures go to the columns whose 类 do not add up to 0', () => {
    const rows = ROWS.map(([code, name, total, basic]) => [code, name, total, basic, ''] as [string, string, string, string, string]);
    rows[0]![2] = rows[1]![2] = '60.00';
    rows.splice(3, 1);
    const imported = recognisePlacedTables(pdfPageLines(page05(['110.00', '110.00'], rows)));
    expect(imported.unreliable ?? []).toEqual([]);
    expect((imported.tables['公开05表'] as { 合计: Record<string, string> }).合计).toEqual({ 小计: '110.00', 基本支出: '110.00' });
  });

  it('is not read where its figures are not the columns\' sums: the table unreliable, its subjects read as printed', () => {
    const imported = recognisePlacedTables(pdfPageLines(page05(['150.00', '110.00', '50.00'])));
    const t05 = imported.tables['公开05表'] as { 合计: unknown };
    expect(t05.合计).toBeNull();
    expect(subjects(t05)['201 一般公共服务支出']).toEqual({ 小计: '100.00', 基本支出: '60.00', 项目支出: '40.00' });
    const problems = (imported.unreliable ?? []).filter((p) => p.table === '公开05表');
    expect(problems.map((p) => p.kind)).toEqual(['placement']);
    expect(problems[0]!.reason).toContain('与各栏的类之和对不上');
  });

  it('is not read where a figure is cut short at the page\'s edge', () => {
    const imported = recognisePlacedTables(pdfPageLines(page05(['150.00', '11'])));
    expect((imported.tables['公开05表'] as { 合计: unknown }).合计).toBeNull();
    const problems = (imported.unreliable ?? []).filter((p) => p.table === '公开05表');
    expect(problems.map((p) => p.kind)).toEqual(['placement']);
    expect(problems[0]!.reason).toContain('“11”不是完整的金额');
  });

  it('is no shifted total where a header word stands right of the 合计 (it is then within the header): read as before', () => {
    const page = page05(['150.00', '110.00', '40.00']);
    page.items.push(item('备注', 560, 150));
    const imported = recognisePlacedTables(pdfPageLines(page));
    expect(imported.notes.some((n) => n.includes('表头右侧'))).toBe(false);
    expect((imported.unreliable ?? []).some((p) => p.table === '公开05表')).toBe(true);
  });

  it('in Writer\'s PDF (blind 18R u12, its page 7 the fixture\'s 4): 07\'s 合计 beside its header read, the table cell for cell as the document has it', async () => {
    const dir = `${ROOT}test/fixtures/layouts/blind18r/`;
    const { imported } = await importPdf(new Uint8Array(readFileSync(`${dir}u12-numbered-tables.pdf`)), 'u12.pdf');
    const compared = compareImport(imported, parse(readFileSync(`${dir}u12-numbered-tables.yaml`, 'utf8')) as Record<string, unknown>);
    expect(compared.tables.find((t) => t.table === '公开07表')).toMatchObject({ status: 'exact', differences: [] });
    expect(imported.notes.some((n) => n.startsWith('公开07表：第 4 页') && n.includes('表头右侧'))).toBe(true);
  });
});
