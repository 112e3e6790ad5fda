/**
 * A column under a header the importer does not know is never given to the column beside it (blind
 * test 9R, D14 and D16: 公开02表 headed 财政拨款 instead of 财政拨款收入, whose amounts all went into
 * 上级补助收入 with every row still adding up). What stands under an unknown header is not imported,
 * and the table is unreliable, naming the header; the short forms published tables use
 * (财政拨款 in 02, 一般公共预算 in 04) are read as their columns.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordDocx as docx, wordPara as para, wordTable as table } from '../word-xml.js';
import { readPdfPages } from '../../src/documents/pdf.js';
import { importDocx, importText, pdfPageLines, recognisePlacedTables } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

/** 公开02表 with the given header over its second amount column (a blank 上级补助收入 beside it). */
const t02 = (header: string) => docx(
  para('收入决算表'),
  para('单位：万元'),
  table([
    ['科目编码', '科目名称', '本年收入合计', header, '上级补助收入', '其他收入'],
    ['', '合计', '30.00', '25.00', '', '5.00'],
    ['201', '一般公共服务支出', '30.00', '25.00', '', '5.00'],
    ['20103', '政府办公厅（室）及相关机构事务', '30.00', '25.00', '', '5.00'],
    ['2010301', '行政运行', '30.00', '25.00', '', '5.00'],
  ]),
);

describe('an amount column under a header the importer does not know', () => {
  it('is not given to the column beside it: the table is unreliable, naming the header', () => {
    const { imported } = importDocx(t02('拨款收入'), 'x.docx');
    const t = imported.tables['公开02表'] as { 合计: Record<string, string> };
    expect(t.合计).toEqual({ 本年收入合计: '30.00', 其他收入: '5.00' });
    expect(imported.unreliable.map((u) => [u.table, u.kind])).toEqual([['公开02表', 'placement']]);
    expect(imported.unreliable[0]!.reason).toContain('“25.00”：在表头“拨款收入”之下：本表没有叫这个名字的栏');
  });

  it('nor in a PDF’s layout text, where each amount goes to the column nearest it', () => {
    // pdftotext -layout counts a CJK character as one column
    const row = (...cells: Array<[number, string]>) => cells.reduce((line, [at, t]) => line.padEnd(at, ' ') + t, '');
    const text = [
      row([16, '收入决算表']),
      row([60, '单位：万元']),
      row([0, '科目编码'], [10, '科目名称'], [30, '本年收入合计'], [44, '拨款收入'], [56, '上级补助收入'], [70, '其他收入']),
      row([10, '合计'], [32, '30.00'], [45, '25.00'], [71, '5.00']),
      row([0, '201'], [10, '一般公共服务支出'], [32, '30.00'], [45, '25.00'], [71, '5.00']),
      row([0, '2010301'], [10, '行政运行'], [32, '30.00'], [45, '25.00'], [71, '5.00']),
    ].join('\n');
    const { imported } = importText(text, 'x.txt');
    const t = imported.tables['公开02表'] as { 合计: Record<string, string> } | undefined;
    expect(t?.合计).toEqual({ 本年收入合计: '30.00', 其他收入: '5.00' });
    expect(imported.unreliable.map((u) => u.table)).toEqual(['公开02表']);
  });
});

describe('the short headers published tables print', () => {
  it('财政拨款 over 02’s 财政拨款收入', () => {
    const { imported } = importDocx(t02('财政拨款'), 'x.docx');
    expect(imported.unreliable).toEqual([]);
    expect((imported.tables['公开02表'] as { 合计: unknown }).合计).toEqual({ 本年收入合计: '30.00', 财政拨款收入: '25.00', 其他收入: '5.00' });
  });

  it('财政拨款 in a Writer PDF (page 3 of blind 9R’s D16.pdf): every amount in 财政拨款收入, none in 上级补助收入', async () => {
    const pages = await readPdfPages(new Uint8Array(readFileSync(`${ROOT}test/fixtures/layouts/blind9r/short-header.pdf`)));
    const imported = recognisePlacedTables(pages.flatMap(pdfPageLines));
    expect(imported.unreliable).toEqual([]);
    const t = imported.tables['公开02表'] as { 合计: Record<string, string>; 科目: Record<string, Record<string, string>> };
    expect(t.合计).toEqual({ 本年收入合计: '2,730.49', 财政拨款收入: '2,681.23', 其他收入: '49.26' });
    // (its name wraps in a top-aligned cell, and is read with the row above's tail: not this spec's concern)
    expect(Object.entries(t.科目).find(([k]) => k.startsWith('2010301 '))?.[1]).toEqual({ 本年收入合计: '1,075.33', 财政拨款收入: '1,075.33' });
    expect(Object.values(t.科目).some((r) => '上级补助收入' in r)).toBe(false);
  });

  it('一般公共预算 and 政府性基金预算 over 04’s columns', () => {
    const bytes = docx(
      para('财政拨款收入支出决算总表'),
      table([
        ['收入', '', '支出', '', '', ''],
        ['项目', '决算数', '项目', '合计', '一般公共预算', '政府性基金预算'],
        ['一、一般公共预算财政拨款', '30.00', '一、一般公共服务支出', '40.00', '30.00', '10.00'],
        ['二、政府性基金预算财政拨款', '10.00', '', '', '', ''],
        ['本年收入合计', '40.00', '本年支出合计', '40.00', '30.00', '10.00'],
        ['总计', '40.00', '总计', '40.00', '30.00', '10.00'],
      ]),
    );
    const { imported } = importDocx(bytes, 'x.docx');
    expect(imported.unreliable).toEqual([]);
    expect((imported.tables['公开04表'] as { 支出: Record<string, unknown> }).支出['一般公共服务支出']).toEqual({ 合计: '40.00', 一般公共预算财政拨款: '30.00', 政府性基金预算财政拨款: '10.00' });
  });
});
