import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPdf, layoutTextLines, recognisePlacedTables } from '../../src/import/index.js';
import { withoutTrailingZeros } from '../../src/import/tables.js';
import { ROOT } from '../helpers.js';
import { EXPENDITURE_HEADER, row } from './layout-rows.js';

// A LibreOffice Calc print in the General number format (test/fixtures/layouts/calc-general/README.md):
// 272.5 for 272.50, labels run on over blank amount cells.
const PDF = `${ROOT}test/fixtures/layouts/calc-general/calc-general.pdf`;

describe('juesuan import: amounts printed without trailing zeros (a spreadsheet’s General format)', () => {
  it('reads a Calc print’s 01 and 03 whole, 272.5 as 272.50, and keeps them: their identities hold', async () => {
    const result = await importPdf(new Uint8Array(readFileSync(PDF)), 'calc-general.pdf');
    expect(result.imported.unreliable).toEqual([]);
    const t01 = result.imported.tables['公开01表'] as Record<string, Record<string, string | null>>;
    // (the rows after 二、政府性基金预算财政拨款二、外交支出 were cut off as prose, 本年收入合计 left blank)
    expect(t01.收入!['本年收入合计']).toBe('1702.58');
    expect(t01.收入!['总计']).toBe('1702.58');
    expect(t01.支出!['教育支出']).toBe('272.5');
    expect(t01.支出!['本年支出合计']).toBe('1702.58');
    const t03 = result.imported.tables['公开03表'] as Record<string, Record<string, Record<string, string | null>>>;
    expect(t03.科目!['2050803 培训支出']).toEqual({ 本年支出合计: '272.5', 项目支出: '272.5' });
    expect(result.imported.notes).toContain('公开01表的金额末尾的 0 不印（如“272.5”，电子表格的常规格式），按所印的小数位数导入；表内勾稽关系成立');
  });

  const table = (cells: Array<[string, string, string, string, string]>) => layoutTextLines([
    ...EXPENDITURE_HEADER,
    ...cells.map(([code, name, total, basic, project]) => row([0, code], [11, name], [31, total], [42, basic], [52, project])),
  ].join('\n'));

  it('still refuses a one-decimal amount where the table prints a trailing zero elsewhere (245.10): it may be cut short', () => {
    const result = recognisePlacedTables(table([
      ['', '合计', '517.60', '272.5', '245.10'],
      ['201', '一般公共服务支出', '517.60', '272.5', '245.10'],
      ['20103', '政府办公厅', '517.60', '272.50', '245.10'],
      ['2010301', '行政运行', '517.60', '272.50', '245.10'],
    ]));
    expect(result.unreliable?.map((u) => [u.table, u.kind])).toEqual([['公开03表', 'placement']]);
    expect(result.unreliable?.[0]?.reason).toContain('“272.5”的小数位数与表中其他金额（两位小数）不同，可能没有读全');
  });

  // 合计 617.64 = 372.51 + 245.13; 372.51 = 272.5 + 100.01; 2010301 prints 272.5 twice
  const GENERAL: Array<[string, string, string, string, string]> = [
    ['', '合计', '617.64', '372.51', '245.13'],
    ['201', '一般公共服务支出', '617.64', '372.51', '245.13'],
    ['20103', '政府办公厅', '617.64', '372.51', '245.13'],
    ['2010301', '行政运行', '272.5', '272.5', ''],
    ['2010302', '一般行政管理事务', '345.14', '100.01', '245.13'],
  ];

  it('takes the one-decimal amounts of a table with no trailing zero, and keeps the table where its identities hold', () => {
    const result = recognisePlacedTables(table(GENERAL));
    expect(result.unreliable).toEqual([]);
    const subjects = (result.tables['公开03表'] as Record<string, Record<string, unknown>>).科目!;
    expect(subjects['2010301 行政运行']).toEqual({ 本年支出合计: '272.5', 基本支出: '272.5' });
  });

  it('names a one-decimal amount as perhaps cut short where an identity it is in fails', () => {
    // 2010302's 基本支出 100.06: 20103's 372.51 is not 272.5 + 100.06, and 272.5 is in that sum
    const result = recognisePlacedTables(table(GENERAL.map((r) => (r[0] === '2010302' ? ['2010302', '一般行政管理事务', '345.14', '100.06', '245.13'] : r))));
    expect(result.unreliable?.map((u) => [u.table, u.kind])).toEqual([['公开03表', 'placement']]);
    expect(result.unreliable?.[0]?.details?.some((d) => d.message.includes('“272.5”的小数位数与表中其他金额（两位小数）不同'))).toBe(true);
  });

  it('tells the General format by the table’s own figures', () => {
    expect(withoutTrailingZeros(['11419.88', '272.7', '2595.48'])).toBe(true);
    expect(withoutTrailingZeros(['11419.88', '250', '2595.48'])).toBe(true);
    // a trailing zero printed: two decimals throughout, 272.7 cut short
    expect(withoutTrailingZeros(['11419.80', '272.7', '2595.48'])).toBe(false);
    expect(withoutTrailingZeros(['219.0', '518.94'])).toBe(false);
    // the same figure printed longer elsewhere: the short one cut short
    expect(withoutTrailingZeros(['272.71', '272.7', '2595.48'])).toBe(false);
    expect(withoutTrailingZeros(['272.7'])).toBe(false);
  });
});
