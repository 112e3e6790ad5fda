/**
 * A Word table nested in a layout table (blind 19T finding 2): a borderless one-cell frame holding the table's
 * title, its 单位 and the real table. The frame is no table of its own: its cells' paragraphs are read as
 * paragraphs (the title, 单位 of the nested table) and the nested table as a table of its own, in order, as a
 * text box's blocks are — never its rows joined to the frame or to the table before it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDocx as docx, wordFrame as frame, wordPara as para, wordTable as table } from '../word-xml.js';
import { docxLines, importDocx } from '../../src/import/index.js';
import { extractDocx, readWordXml, wordParts } from '../../src/documents/docx.js';

const T01 = [
  para('收入支出决算总表'),
  para('单位：万元'),
  table([
    ['收入项目', '决算数', '支出项目', '决算数'],
    ['一、一般公共预算财政拨款收入', '960.00', '一、一般公共服务支出', '960.00'],
    ['本年收入合计', '960.00', '本年支出合计', '960.00'],
    ['总计', '960.00', '总计', '960.00'],
  ]),
];
const T05_TITLE = [para('一般公共预算财政拨款支出决算表'), para('编制单位：某某局　　2024年度　　单位：万元')];
const T05 = table([
  ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
  ['', '合计', '960.00', '800.00', '160.00'],
  ['201', '一般公共服务支出', '960.00', '800.00', '160.00'],
  ['20103', '政府办公厅（室）及相关机构事务', '960.00', '800.00', '160.00'],
  ['2010301', '行政运行', '800.00', '800.00', '0.00'],
  ['2010302', '一般行政管理事务', '160.00', '0.00', '160.00'],
]);
const T09_TITLE = [para('一般公共预算财政拨款“三公”经费支出决算表'), para('单位：万元')];
const T09 = table([
  ['项目', '预算数', '决算数'],
  ['合计', '10.00', '9.00'],
  ['因公出国（境）费', '2.00', '2.00'],
  ['公务用车购置及运行维护费', '5.00', '4.00'],
  ['其中：公务用车购置费', '0.00', '0.00'],
  ['公务用车运行维护费', '5.00', '4.00'],
  ['公务接待费', '3.00', '3.00'],
]);

/** What the importer reads of each table, and what it marks unreliable or unread. */
const read = (...blocks: string[]) => {
  const { imported } = importDocx(docx(...blocks), 'x.docx');
  return { tables: imported.tables, unreliable: imported.unreliable.map((u) => u.table), unread: imported.unread.map((u) => u.table) };
};

describe('juesuan import: a table nested in a one-cell layout table', () => {
  it('reads the nested 05 as its own table, with the title and 单位 in the frame as its title', () => {
    const framed = read(...T01, para(''), frame([...T05_TITLE, T05]));
    const plain = read(...T01, para(''), ...T05_TITLE, T05);
    expect(plain.tables['公开05表']).toMatchObject({ 合计: { 小计: '960.00', 基本支出: '800.00', 项目支出: '160.00' } });
    expect(framed.tables['公开05表']).toEqual(plain.tables['公开05表']);
    expect(framed.unread).not.toContain('公开05表');
    expect(framed.unreliable).toEqual(plain.unreliable);
  });

  it('leaves the table before the frame whole: 公开01表 is read as without the frame, none of 05’s rows in it', () => {
    const framed = read(...T01, para(''), frame([...T05_TITLE, T05]));
    expect(framed.tables['公开01表']).toEqual({
      收入: { 一般公共预算财政拨款收入: '960.00', 本年收入合计: '960.00', 总计: '960.00' },
      支出: { 一般公共服务支出: '960.00', 本年支出合计: '960.00', 总计: '960.00' },
    });
    expect(framed.unreliable).not.toContain('公开01表');
  });

  it('finds a framed 09 that ends the document', () => {
    const framed = read(...T01, frame([...T09_TITLE, T09]));
    const plain = read(...T01, ...T09_TITLE, T09);
    expect(plain.tables['公开09表']).toBeTruthy();
    expect(framed.tables['公开09表']).toEqual(plain.tables['公开09表']);
    expect(framed.unread).not.toContain('公开09表');
  });

  it('gives the nested table’s rows a table number of their own, after the table before it; the frame’s paragraphs are paragraphs', () => {
    const lines = docxLines(docx(...T01, frame([...T05_TITLE, T05])));
    const tableOf = (text: string) => lines.find((l) => l.cells.some((c) => c.text === text))!.wordTable;
    expect(tableOf('总计')).toBe(0);
    expect(tableOf('一般行政管理事务')).toBe(1);
    expect(tableOf('科目编码')).toBe(1);
    expect(tableOf('一般公共预算财政拨款支出决算表')).toBeUndefined();
    expect(lines.find((l) => l.cells.some((c) => c.text === '科目编码'))!.cells.map((c) => c.text)).toEqual(['科目编码', '科目名称', '小计', '基本支出', '项目支出']);
  });

  it('reads a frame of several cells (two tables side by side) cell by cell, each table its own', () => {
    const lines = docxLines(docx(frame([para('甲表'), table([['a', '1']])], [para('乙表'), table([['b', '2']])])));
    expect(lines.map((l) => [l.cells.map((c) => c.text), l.wordTable]).filter(([t]) => (t as string[]).join('') !== ''))
      .toEqual([[['甲表'], undefined], [['a', '1'], 0], [['乙表'], undefined], [['b', '2'], 1]]);
  });

  it('gives the linter the same text as the unframed blocks: the title a paragraph, the nested table a table', () => {
    expect(extractDocx(docx(...T01, frame([...T05_TITLE, T05]))).text).toBe(extractDocx(docx(...T01, ...T05_TITLE, T05)).text);
  });
});

describe('property: framing blocks in layout tables changes nothing the readers read', () => {
  const text = fc.stringMatching(/^[一二三收入支出合计0-9.]{1,6}$/u);
  const block = fc.oneof(
    text.map((t) => ({ xml: para(t), rows: [[t]], holdsTable: false })),
    fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((rows) => ({ xml: table(rows), rows, holdsTable: true })),
  );
  type Framed = { xml: string; rows: string[][]; holdsTable: boolean };
  /**
   * A block, or several in a frame of one cell or of a cell each, frames nested up to two deep. A frame holds a
   * table (one of paragraphs alone is a table, its cells a row: no layout).
   */
  const framed: fc.Arbitrary<Framed> = fc.letrec<{ b: Framed }>((tie) => ({
    b: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      block,
      fc.record({ parts: fc.array(tie('b'), { minLength: 1, maxLength: 3 }), oneCell: fc.boolean() })
        .filter(({ parts }) => parts.some((p) => p.holdsTable))
        .map(({ parts, oneCell }) => ({
          xml: oneCell ? frame(parts.map((p) => p.xml)) : frame(...parts.map((p) => [p.xml])),
          rows: parts.flatMap((p) => p.rows),
          holdsTable: true,
        })),
    ),
  })).b;
  const rowsOf = (xml: Uint8Array) => docxLines(xml).map((l) => l.cells.map((c) => c.text)).filter((r) => r.some((t) => t !== ''));

  it('the same rows of cells in the same order; each table cell’s paragraph numbered alike by the linter’s text and the importer; each text run where the XML has it', () => {
    fc.assert(fc.property(fc.array(framed, { minLength: 1, maxLength: 4 }), (blocks) => {
      const xml = docx(...blocks.map((b) => b.xml));
      expect(rowsOf(xml)).toEqual(blocks.flatMap((b) => b.rows));
      // The first cell of each table row: the paragraph the linter's text points to is the importer's line's first.
      const linter = extractDocx(xml).map.filter((p) => p.cell?.column === 1).map((p) => p.paragraph);
      const importer = docxLines(xml).filter((l) => l.wordTable !== undefined).map((l) => l.paragraphs!.first);
      expect(linter).toEqual(importer);
      // Each text run the linter's text (and --fix) takes from the XML stands where it says.
      const { document } = wordParts(xml);
      for (const run of readWordXml(document, undefined).runs) expect(document.slice(run.bodyStart, run.bodyEnd)).toBe(run.units.join(''));
    }), { numRuns: 150 });
  });
});
