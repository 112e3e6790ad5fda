import { describe, expect, it } from 'vitest';
import type { PlacedLine } from '../../src/import/index.js';
import { recognisePlacedTables } from '../../src/import/tables.js';

// Blind test 15R: layouts of published tables, as their words stand on the page (pdftotext -bbox of the tester's
// documents, rounded to 0.1 pt). [x0, x1, text] per word, one array per line.
type Word = [number, number, string];
const linesOf = (rows: Array<[number, Word[]]>): PlacedLine[] =>
  rows.map(([y, words], i) => ({ page: 1, y, h: 9, line: i + 1, cells: words.map(([x0, x1, text]) => ({ text, x0, x1 })) }));

// 公开09表 as two groups of six columns (预算数 over six items, 决算数 over six), chromium, figures right-aligned in
// their cells (blind 15R §3.3, d2-budget01.pdf page 11): 5.69 is right-aligned under 因公出国（境）费 (66.7–138.7), and
// its centre is a little nearer 小计's (147.7–165.7) than 因公出国's.
const SAN_GONG: Array<[number, Word[]]> = [
  [22.0, [[333.0, 508.5, '财政拨款“三公”经费支出决算表']]],
  [49.6, [[33.7, 70.7, '公开09表'], [79.7, 178.7, '编制单位：西山区文化馆'], [187.7, 225.7, '2025年度'], [234.7, 279.7, '单位：万元']]],
  [73.6, [[193.9, 220.9, '预算数'], [540.4, 567.4, '决算数']]],
  [90.1, [[181.5, 289.5, '公务用车购置及运行维护费'], [528.0, 636.0, '公务用车购置及运行维护费']]],
  [98.4, [[39.7, 57.7, '合计'], [66.7, 138.7, '因公出国（境）费'], [332.3, 377.3, '公务接待费'], [386.3, 404.3, '合计'], [413.3, 485.3, '因公出国（境）费'], [678.8, 723.8, '公务接待费']]],
  [106.6, [[147.7, 165.7, '小计'], [174.7, 237.7, '公务用车购置费'], [244.5, 325.5, '公务用车运行维护费'], [494.3, 512.3, '小计'], [521.3, 584.3, '公务用车购置费'], [591.0, 672.0, '公务用车运行维护费']]],
  [123.1, [[37.5, 60.0, '34.12'], [121.3, 138.7, '5.69'], [145.5, 168.0, '19.33'], [234.6, 237.7, '-'], [303.0, 325.5, '19.33'], [359.8, 377.3, '9.10'],
    [384.0, 406.5, '26.16'], [482.1, 485.3, '-'], [492.0, 514.5, '17.06'], [581.1, 584.3, '-'], [649.5, 672.0, '17.06'], [706.3, 723.8, '9.10']]],
];

describe('公开09表 in two groups of six columns: a figure that ends before the nearest header starts (blind 15R §3.3)', () => {
  it('5.69, ending under 因公出国（境）费\'s last character and before 小计 starts, is 因公出国（境）费\'s; the table is read whole', () => {
    const imported = recognisePlacedTables(linesOf(SAN_GONG));
    expect(imported.unreliable ?? []).toEqual([]);
    expect(imported.tables['公开09表']).toEqual({
      预算数: { 合计: '34.12', '因公出国（境）费': '5.69', 公务用车购置及运行维护费: '19.33', 公务用车购置费: null, 公务用车运行维护费: '19.33', 公务接待费: '9.10' },
      决算数: { 合计: '26.16', '因公出国（境）费': null, 公务用车购置及运行维护费: '17.06', 公务用车购置费: null, 公务用车运行维护费: '17.06', 公务接待费: '9.10' },
    });
  });

  it('a figure in the gap between two headers, under neither\'s words, is placed under neither: the table is unreliable', () => {
    const moved = SAN_GONG.map(([y, words]): [number, Word[]] => [y, words.map((w): Word => (w[2] === '5.69' ? [139.5, 146.9, '5.69'] : w))]);
    const imported = recognisePlacedTables(linesOf(moved));
    const why = (imported.unreliable ?? []).find((u) => u.table === '公开09表')?.reason ?? '';
    expect(why).toContain('“5.69”');
    expect(JSON.stringify(imported.unreliable)).toContain('左端之前就结束了');
  });
});
