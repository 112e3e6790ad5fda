/**
 * Documents of blind test 12R (test/fixtures/layouts/blind12r/README.md): shapes of 公开05表 the importer left unread.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPdf, layoutTextLines, recognisePlacedTables } from '../../src/import/index.js';
import { pieces } from '../../src/import/cells.js';
import { ROOT } from '../helpers.js';

const DIR = `${ROOT}test/fixtures/layouts/blind12r/`;
const bytes = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));

/** A line of layout text with each cell starting at the given character column. */
function row(...cells: Array<[number, string]>): string {
  let line = '';
  for (const [at, text] of cells) line = line.padEnd(at, ' ') + text;
  return line;
}

describe('subject codes printed with dots between their levels (blind 12R d2: 201, 201.03, 201.03.01)', () => {
  it('a dotted 项 code is one code, never an amount and its name glued on', () => {
    expect(pieces('201.03.01')).toEqual(['201.03.01']);
    expect(pieces('201.03.99其他政府办公厅（室）及相关机构事务支出')).toEqual(['201.03.99', '其他政府办公厅（室）及相关机构事务支出']);
  });

  it('import: each dotted code is the 7-, 5- or 3-digit code, the name beside it its name, every cell placed', async () => {
    const { imported } = await importPdf(bytes('dotted-codes.pdf'), 'dotted-codes.pdf');
    expect(imported.unreliable.filter((u) => u.table === '公开05表')).toEqual([]);
    const t05 = imported.tables['公开05表'] as { 合计: Record<string, string>; 科目: Record<string, Record<string, string>> };
    expect(t05.合计).toEqual({ 小计: '1,234.56', 项目支出: '160.00', 基本支出: '1,074.56' });
    expect(Object.keys(t05.科目)).toEqual([
      '201 一般公共服务支出', '20103 政府办公厅（室）及相关机构事务', '2010301 行政运行', '2010302 一般行政管理事务',
      '2010399 其他政府办公厅（室）及相关机构事务支出', '208 社会保障和就业支出', '20805 行政事业单位养老支出', '2080501 行政单位离退休',
      '2080505 机关事业单位基本养老保险缴费支出', '210 卫生健康支出', '21011 行政事业单位医疗', '2101101 行政单位医疗',
      '221 住房保障支出', '22102 住房改革支出', '2210201 住房公积金',
    ]);
    expect(t05.科目['20103 政府办公厅（室）及相关机构事务']).toEqual({ 小计: '960.00', 项目支出: '160.00', 基本支出: '800.00' });
    expect(t05.科目['2080505 机关事业单位基本养老保险缴费支出']).toEqual({ 小计: '90.00', 项目支出: '0.00', 基本支出: '90.00' });
  });

  const table = (codes: [string, string, string]) => [
    row([16, '一般公共预算财政拨款支出决算表']),
    row([50, '单位：万元']),
    row([0, '科目编码'], [12, '科目名称'], [34, '小计'], [44, '基本支出'], [56, '项目支出']),
    row([12, '合计'], [31, '201.03'], [42, '201.03'], [56, '0.00']),
    row([0, codes[0]], [12, '一般公共服务支出'], [31, '201.03'], [42, '201.03'], [56, '0.00']),
    row([0, codes[1]], [12, '政府办公厅'], [31, '201.03'], [42, '201.03'], [56, '0.00']),
    row([0, codes[2]], [12, '行政运行'], [31, '201.03'], [42, '201.03'], [56, '0.00']),
  ].join('\n');

  it('layout text: the dotted 款 in the code column is a code; 201.03 under an amount column stays an amount', () => {
    const t05 = recognisePlacedTables(layoutTextLines(table(['201', '201.03', '201.03.01']))).tables['公开05表'] as { 科目: Record<string, Record<string, string>> };
    expect(t05.科目).toEqual({
      '201 一般公共服务支出': { 小计: '201.03', 基本支出: '201.03', 项目支出: '0.00' },
      '20103 政府办公厅': { 小计: '201.03', 基本支出: '201.03', 项目支出: '0.00' },
      '2010301 行政运行': { 小计: '201.03', 基本支出: '201.03', 项目支出: '0.00' },
    });
  });

  it('parts not 3, 2 and 2 digits are no code: such a table is not read as coded', () => {
    const read = recognisePlacedTables(layoutTextLines(table(['201', '2.01.03', '2.01.03.01'])));
    const keys = Object.keys((read.tables['公开05表'] as { 科目: Record<string, unknown> | null }).科目 ?? {});
    expect(keys.some((k) => /^20103\b|^2010301\b/u.test(k))).toBe(false);
    expect(read.unreliable.map((u) => u.table)).toContain('公开05表');
  });
});

describe('a 小计 row after each 类 of a long subject table, with no code (blind 12R d5)', () => {
  it('import: a subtotal row is no subject and no part of the name above it; checked against its 类, then left out', async () => {
    const { imported } = await importPdf(bytes('subtotals.pdf'), 'subtotals.pdf');
    const t05 = imported.tables['公开05表'] as { 合计: Record<string, string>; 科目: Record<string, Record<string, string>> };
    expect(Object.keys(t05.科目)).toEqual([
      '201 一般公共服务支出', '20101 人大事务', '2010101 行政运行', '2010102 一般行政管理事务',
      '208 社会保障和就业支出', '20805 行政事业单位养老支出', '2080501 行政单位离退休', '2080505 机关事业单位基本养老保险缴费支出',
    ]);
    expect(t05.合计).toEqual({ 小计: '1,500.00', 基本支出: '1,100.00', 项目支出: '400.00' });
    // every cell placed: what fails is the document's own planted cell (2010102 基本支出 110.00, 10.00 too high), and nothing else
    const u = imported.unreliable.find((x) => x.table === '公开05表');
    expect(u?.kind).toBe('own');
    expect(u!.details!.map((d) => d.message).join('\n')).toMatch(/2010102 一般行政管理事务：基本支出 110\.00 \+ 项目支出 200\.00 = 310\.00，与小计 300\.00 相差 10\.00/u);
    expect(u!.details!.every((d) => /2010102|20101 人大事务/u.test(d.message))).toBe(true);
  });

  const table = (subtotal: string, word = '小计') => [
    row([16, '一般公共预算财政拨款支出决算表']),
    row([50, '单位：万元']),
    row([0, '科目编码'], [12, '科目名称'], [34, '合计'], [44, '基本支出'], [56, '项目支出']),
    row([12, '合计'], [32, '150.00'], [43, '150.00'], [57, '0.00']),
    row([0, '201'], [12, '一般公共服务支出'], [32, '100.00'], [43, '100.00'], [57, '0.00']),
    row([0, '20103'], [12, '政府办公厅'], [32, '100.00'], [43, '100.00'], [57, '0.00']),
    row([0, '2010301'], [12, '行政运行'], [32, '100.00'], [43, '100.00'], [57, '0.00']),
    row([12, word], [32, subtotal], [43, subtotal], [57, '0.00']),
    row([0, '208'], [12, '社会保障和就业支出'], [33, '50.00'], [44, '50.00'], [57, '0.00']),
    row([0, '20805'], [12, '行政事业单位养老支出'], [33, '50.00'], [44, '50.00'], [57, '0.00']),
    row([0, '2080501'], [12, '行政单位离退休'], [33, '50.00'], [44, '50.00'], [57, '0.00']),
    row([12, word], [33, '50.00'], [44, '50.00'], [57, '0.00']),
  ].join('\n');

  it('a subtotal that agrees with its 类 leaves the table whole; 类小计 and a second 合计 are subtotals too', () => {
    for (const word of ['小计', '类小计', '本类小计', '合计']) {
      const read = recognisePlacedTables(layoutTextLines(table('100.00', word)));
      expect(read.unreliable).toEqual([]);
      const t05 = read.tables['公开05表'] as { 合计: Record<string, string>; 科目: Record<string, unknown> };
      expect(t05.合计).toEqual({ 小计: '150.00', 基本支出: '150.00', 项目支出: '0.00' });
      expect(Object.keys(t05.科目)).toEqual(['201 一般公共服务支出', '20103 政府办公厅', '2010301 行政运行', '208 社会保障和就业支出', '20805 行政事业单位养老支出', '2080501 行政单位离退休']);
    }
  });

  it('a subtotal equal to neither its 类 nor its 项 makes the table unreliable, saying so', () => {
    const read = recognisePlacedTables(layoutTextLines(table('110.00')));
    const u = read.unreliable.find((x) => x.table === '公开05表');
    expect(u?.kind).toBe('placement');
    expect(u!.reason).toMatch(/“小计”一行（110\.00、110\.00、0\.00）既不等于其上的类“201 一般公共服务支出”，也不等于其上各项之和/u);
  });
});

describe('column headers closing with their unit (blind 12R d3: 小计（万元） | 基本支出（万 / 元）)', () => {
  it('import: a header with its unit after the name, wrapped or not, is the column it names', async () => {
    const { imported } = await importPdf(bytes('unit-headers.pdf'), 'unit-headers.pdf');
    expect(imported.unreliable).toEqual([]);
    const t05 = imported.tables['公开05表'] as { 合计: Record<string, string>; 科目: Record<string, Record<string, string>> };
    expect(t05.合计).toEqual({ 小计: '1,234.56', 基本支出: '1,074.56', 项目支出: '160.00' });
    expect(Object.keys(t05.科目)).toHaveLength(15);
    expect(t05.科目['2010302 一般行政管理事务']).toEqual({ 小计: '100.00', 项目支出: '100.00' });
  });

  const table = (unit: string, codes: boolean) => [
    row([16, '一般公共预算财政拨款支出决算表']),
    row([0, codes ? '科目编码' : ''], [12, '科目名称'], [34, `小计（${unit}）`], [48, `基本支出（${unit}）`], [64, `项目支出（${unit}）`]),
    row([12, '合计'], [32, '1,500,000.00'], [46, '1,000,000.00'], [64, '500,000.00']),
    row([0, codes ? '201' : ''], [12, '一般公共服务支出'], [32, '1,500,000.00'], [46, '1,000,000.00'], [64, '500,000.00']),
    row([0, codes ? '20103' : ''], [14, '政府办公厅'], [32, '1,500,000.00'], [46, '1,000,000.00'], [64, '500,000.00']),
    row([0, codes ? '2010301' : ''], [16, '行政运行'], [32, '1,500,000.00'], [46, '1,000,000.00'], [64, '500,000.00']),
  ].join('\n');

  it('the unit read from the header is the table’s: 小计（元） converts its figures to 万元', () => {
    const read = recognisePlacedTables(layoutTextLines(table('元', true)));
    expect(read.unreliable).toEqual([]);
    expect((read.tables['公开05表'] as { 合计: unknown }).合计).toEqual({ 小计: '150.00', 基本支出: '100.00', 项目支出: '50.00' });
    expect(read.notes.join('\n')).toMatch(/公开05表原文金额单位为元，已换算为万元/u);
  });

  it('rows with names only (indented, no codes): the table is not imported, saying why; no figure goes to its 合计', () => {
    const read = recognisePlacedTables(layoutTextLines(table('万元', false)));
    expect(read.unread.find((u) => u.table === '公开05表')?.reason).toMatch(/各行只有科目名称、没有科目编码（如“一般公共服务支出”），不能确定各行是哪个科目（类、款、项）：juesuan 没有款、项级科目名称与编码的对照表/u);
    expect(JSON.stringify(read.tables['公开05表'])).not.toMatch(/\d\.\d\d/u);
    expect(read.unreliable.filter((u) => u.table === '公开05表')).toEqual([]);
  });
});
