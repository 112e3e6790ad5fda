/**
 * PDF tables left unread that could be read (left19a): a Calc sheet of wide columns, headers centred over figures
 * right-aligned (test/fixtures/layouts/left19a/README.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPdf } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

const DIR = `${ROOT}test/fixtures/layouts/left19a/`;
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));
const t03 = (tables: Record<string, unknown>) => tables['公开03表'] as { 合计: Record<string, string>; 科目: Record<string, Record<string, string>> };

describe('figures right-aligned in wide cells under centred headers (Calc): read by the headers\' left edges where only that adds up', () => {
  it('本年支出合计 in a wide column, its figures nearer 基本支出\'s header: each under its own header, the table reliable', async () => {
    const { imported } = await importPdf(bytesOf('calc-wide-03.pdf'), 'calc-wide-03.pdf');
    expect(imported.unreliable ?? []).toEqual([]);
    const t = t03(imported.tables);
    expect(t.合计).toEqual({ 本年支出合计: '1,000.00', 基本支出: '700.00', 项目支出: '300.00' });
    expect(t.科目).toEqual({
      '201 一般公共服务支出': { 本年支出合计: '600.00', 基本支出: '420.00', 项目支出: '180.00' },
      '20101 人大事务': { 本年支出合计: '600.00', 基本支出: '420.00', 项目支出: '180.00' },
      '2010101 行政运行': { 本年支出合计: '400.00', 基本支出: '400.00' },
      '2010102 一般行政管理事务': { 本年支出合计: '200.00', 基本支出: '20.00', 项目支出: '180.00' },
      '208 社会保障和就业支出': { 本年支出合计: '400.00', 基本支出: '280.00', 项目支出: '120.00' },
      '20805 行政事业单位养老支出': { 本年支出合计: '400.00', 基本支出: '280.00', 项目支出: '120.00' },
      '2080505 机关事业单位基本养老保险缴费支出': { 本年支出合计: '400.00', 基本支出: '280.00', 项目支出: '120.00' },
    });
    // (said, as a reading the import chose)
    expect(imported.notes.join('\n')).toMatch(/公开03表：表头与金额对齐方式不同.*按各栏表头的左端分栏读入/u);
  });

  it('项目支出 in a wide column beside a blank 上缴上级支出: either column adds up, so its figures stay unplaced and 03 unreliable', async () => {
    const { imported } = await importPdf(bytesOf('calc-wide-03-ambiguous.pdf'), 'calc-wide-03-ambiguous.pdf');
    const problem = (imported.unreliable ?? []).find((u) => u.table === '公开03表');
    expect(problem?.kind).toBe('placement');
    expect(problem?.reason).toMatch(/“300\.00”：金额在表头“上缴上级支出”的左端之前就结束了/u);
    expect(imported.notes.join('\n')).not.toMatch(/按各栏表头的左端分栏读入/u);
  });
});
