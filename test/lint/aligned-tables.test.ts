/**
 * Tables aligned with spaces — pandoc's simple and multiline tables, what
 * `pandoc x.docx -o x.md` makes of a Word table — are read cell by cell like a
 * GFM table, with each column's header, exactly as pandoc reads them; where a
 * line does not keep to the columns the lines stay paragraphs. (The fixtures
 * are pandoc's output, checked against pandoc's own reading of them.)
 */
import { describe, expect, it } from 'vitest';
import { alignedTables } from '../../src/lint/aligned-tables.js';
import { extractBlocks, positionOf, type TextBlock } from '../../src/lint/extract.js';
import { expectMapped } from './extract-oracle.js';

function blocksOf(md: string): TextBlock[] {
  const blocks = extractBlocks(md);
  for (const b of blocks) expectMapped(md, b);
  return blocks;
}

const cellsOf = (md: string) => blocksOf(md).filter((b) => b.kind === 'table-cell').map((c) => [c.row, c.column, c.header, c.text]);

/** pandoc -t markdown of a Word table with column widths: a multiline table (blind5 B1). */
const MULTILINE = [
  '2024年度一般公共预算财政拨款支出1,589.51万元，主要用于以下方面：',
  '',
  '  ------------------------------------------------------------------------',
  '  科目                              金额（万元）           占比',
  '  --------------------------------- ---------------------- ---------------',
  '  一般公共服务支出                  1,179.44               74.20%',
  '',
  '  社会保障和就业支出                242.19                 15.24%',
  '  ------------------------------------------------------------------------',
  '',
  '下一段。',
].join('\n');

/** pandoc -t markdown of a table without column widths: a simple table. */
const SIMPLE = [
  '  项目               全年预算数（万元）   决算数（万元）   完成率',
  '  ------------------ -------------------- ---------------- --------',
  '  合计               49.70                49.70            100%',
  '  因公出国（境）费   20.14                20.14            ',
  '  \\*\\*公务接待费     12.32                12.32            100%',
  '',
].join('\n');

describe('tables aligned with spaces', () => {
  it('reads a multiline table cell by cell, with the header of each column; the text around it stays paragraphs', () => {
    const blocks = blocksOf(MULTILINE);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', ...Array(9).fill('table-cell'), 'paragraph']);
    expect(cellsOf(MULTILINE)).toEqual([
      [0, 0, '科目', '科目'], [0, 1, '金额（万元）', '金额（万元）'], [0, 2, '占比', '占比'],
      [1, 0, '科目', '一般公共服务支出'], [1, 1, '金额（万元）', '1,179.44'], [1, 2, '占比', '74.20%'],
      [2, 0, '科目', '社会保障和就业支出'], [2, 1, '金额（万元）', '242.19'], [2, 2, '占比', '15.24%'],
    ]);
    const share = blocks[6]!;
    expect(positionOf(MULTILINE, share.offsets[0]!)).toEqual({ line: 6, column: 52 });
  });

  it('reads a simple table: an empty cell keeps its place, an escape gives its character', () => {
    expect(cellsOf(SIMPLE)).toEqual([
      [0, 0, '项目', '项目'], [0, 1, '全年预算数（万元）', '全年预算数（万元）'], [0, 2, '决算数（万元）', '决算数（万元）'], [0, 3, '完成率', '完成率'],
      [1, 0, '项目', '合计'], [1, 1, '全年预算数（万元）', '49.70'], [1, 2, '决算数（万元）', '49.70'], [1, 3, '完成率', '100%'],
      [2, 0, '项目', '因公出国（境）费'], [2, 1, '全年预算数（万元）', '20.14'], [2, 2, '决算数（万元）', '20.14'], [2, 3, '完成率', ''],
      [3, 0, '项目', '**公务接待费'], [3, 1, '全年预算数（万元）', '12.32'], [3, 2, '决算数（万元）', '12.32'], [3, 3, '完成率', '100%'],
    ]);
  });

  it('joins the lines of a cell that wraps, as a soft break joins them', () => {
    const md = [
      '  ---------------------------------------------------------',
      '  项目                 全年预算数     决算数（万元）',
      '                       （万元）',
      '  -------------------- -------------- ---------------------',
      '  因公出国（境）费     20.14          20.14',
      '',
      '  公务用车购置及运行   17.24          17.24',
      '  维护费',
      '  ---------------------------------------------------------',
    ].join('\n');
    expect(cellsOf(md)).toEqual([
      [0, 0, '项目', '项目'], [0, 1, '全年预算数（万元）', '全年预算数（万元）'], [0, 2, '决算数（万元）', '决算数（万元）'],
      [1, 0, '项目', '因公出国（境）费'], [1, 1, '全年预算数（万元）', '20.14'], [1, 2, '决算数（万元）', '20.14'],
      [2, 0, '项目', '公务用车购置及运行维护费'], [2, 1, '全年预算数（万元）', '17.24'], [2, 2, '决算数（万元）', '17.24'],
    ]);
  });

  it('leaves the lines as paragraphs where one does not keep to the columns', () => {
    // 1,179.44 starts a column too early: it is written across the boundary of two
    const md = MULTILINE.replace('一般公共服务支出                  1,179.44', '一般公共服务支出                 1,179.44 ');
    expect(alignedTables(md)).toEqual([]);
    expect(blocksOf(md).some((b) => b.kind === 'table-cell')).toBe(false);
  });

  it('leaves a table without a header as it is: no column says what its figures are', () => {
    const md = ['  -------------- ----------- -----------', '  合计           9,195.90    17,160.04', '  -------------- ----------- -----------', ''].join('\n');
    expect(alignedTables(md)).toEqual([]);
  });

  it('reads no table in a list item or a quote, nor from a rule under a paragraph line', () => {
    const inList = MULTILINE.split('\n').map((l, k) => (k >= 2 && k <= 8 ? `>${l}` : l)).join('\n');
    expect(blocksOf(inList).some((b) => b.kind === 'table-cell')).toBe(false);
    const rule = '收入合计 4,340.16 万元。\n-- --\n支出合计 4,340.16 万元。\n';
    expect(alignedTables(rule)).toEqual([]);
  });

  it('reads a grid table (cells of several paragraphs) by its borders, one header row over +===+', () => {
    const md = [
      '+---------------------------+--------------------+--------------------+',
      '| 项目                      | 金额（万元）       | 占比               |',
      '+===========================+====================+====================+',
      '| 基本支出                  | 3,153.47           | 72.66%             |',
      '|                           |                    |                    |',
      '| （含人员经费）            |                    |                    |',
      '+---------------------------+--------------------+--------------------+',
      '| 项目支出                  | 1,186.68           | 27.34%             |',
      '+---------------------------+--------------------+--------------------+',
      '',
    ].join('\n');
    expect(cellsOf(md)).toEqual([
      [0, 0, '项目', '项目'], [0, 1, '金额（万元）', '金额（万元）'], [0, 2, '占比', '占比'],
      [1, 0, '项目', '基本支出（含人员经费）'], [1, 1, '金额（万元）', '3,153.47'], [1, 2, '占比', '72.66%'],
      [2, 0, '项目', '项目支出'], [2, 1, '金额（万元）', '1,186.68'], [2, 2, '占比', '27.34%'],
    ]);
    // a character where a column's | should stand (pandoc's writer, a CJK character in a column one wide): not read
    expect(alignedTables(md.replace('| 项目支出                  |', '| 项目支出                   '))).toEqual([]);
  });

  it('reads a GFM table as before', () => {
    expect(alignedTables('| 项目 | 金额 |\n| --- | --- |\n| 合计 | 1 |\n')).toEqual([]);
  });
});
