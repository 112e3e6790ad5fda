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

  it('a figure in the gap between two headers, under neither\'s words, is placed by the headers\' left edges where only they give every figure a column of its own', () => {
    // 5.69 ends after 因公出国（境）费's words and before 小计's start: by centre it would share 小计 with 19.33, by the
    // left edges (the cells of right-aligned figures) each figure has a column of its own, and 合计 adds up.
    const moved = SAN_GONG.map(([y, words]): [number, Word[]] => [y, words.map((w): Word => (w[2] === '5.69' ? [139.5, 146.9, '5.69'] : w))]);
    const imported = recognisePlacedTables(linesOf(moved));
    expect(imported.unreliable ?? []).toEqual([]);
    expect((imported.tables['公开09表'] as Record<string, Record<string, string | null>>)['预算数']!['因公出国（境）费']).toBe('5.69');
  });

  it('a figure in the gap that the left edges cannot place either (two figures in one cell) leaves the table unreliable', () => {
    const moved = SAN_GONG.map(([y, words]): [number, Word[]] => [y, words.flatMap((w): Word[] => (w[2] === '5.69' ? [[100.0, 117.5, '5.69'], [139.5, 146.9, '5.69']] : [w]))]);
    const imported = recognisePlacedTables(linesOf(moved));
    const why = (imported.unreliable ?? []).find((u) => u.table === '公开09表')?.reason ?? '';
    expect(why).toContain('“5.69”');
  });
});

// 公开05表 with 基本支出 over 合计 | 人员经费 | 公用经费 (blind 15R §3.1, d1-stacked01.pdf page 7; chromium): 基本支出's
// figures stand under its 合计, not under the merged header's centre (over 人员经费).
const row05 = (y: number, key: Word[], [sub, basic, staff, office, project]: string[]): [number, Word[]] =>
  [y, [...key, [231.0, 266.0, sub!], [272.8, 307.7, basic!], [315.5, 350.5, staff!], [365.8, 393.3, office!], [408.5, 436.0, project!]]];
const BASIC_PARTS: Array<[number, Word[]]> = [
  [22.0, [[218.3, 393.7, '一般公共预算财政拨款支出决算表']]],
  [49.6, [[33.7, 70.7, '公开05表'], [79.7, 178.7, '编制单位：东湖区档案馆'], [187.7, 225.7, '2025年度'], [234.7, 279.7, '单位：万元']]],
  [73.6, [[315.0, 351.0, '基本支出']]],
  [81.9, [[37.5, 73.5, '科目编码'], [134.3, 170.3, '科目名称'], [239.5, 257.5, '小计'], [400.0, 436.0, '项目支出']]],
  [90.1, [[281.2, 299.2, '合计'], [314.5, 350.5, '人员经费'], [357.2, 393.2, '公用经费']]],
  row05(123.1, [[80.3, 98.3, '合计']], ['2,181.78', '1,836.11', '1,730.27', '105.84', '345.67']),
  row05(139.6, [[37.5, 52.5, '201'], [80.3, 152.3, '一般公共服务支出']], ['1,755.56', '1,409.89', '1,304.05', '105.84', '345.67']),
  row05(156.1, [[37.5, 62.5, '20103'], [80.3, 215.3, '政府办公厅（室）及相关机构事务']], ['1,755.56', '1,409.89', '1,304.05', '105.84', '345.67']),
  row05(172.6, [[37.5, 72.5, '2010301'], [80.3, 116.3, '行政运行']], ['1,409.89', '1,409.89', '1,304.05', '105.84', '']),
  row05(189.1, [[37.5, 72.5, '2010302'], [80.3, 152.3, '一般行政管理事务']], ['345.67', '', '', '', '345.67']),
  row05(205.6, [[37.5, 52.5, '208'], [80.3, 170.3, '社会保障和就业支出']], ['426.22', '426.22', '426.22', '', '']),
  row05(222.1, [[37.5, 62.5, '20805'], [80.3, 260.3, '行政事业单位养老支出']], ['426.22', '426.22', '426.22', '', '']),
  row05(238.6, [[37.5, 72.5, '2080505'], [80.3, 260.3, '机关事业单位基本养老保险缴费支出']], ['426.22', '426.22', '426.22', '', '']),
].map(([y, words]) => [y, words.filter((w) => w[2] !== '')]);

describe('公开05表 with 基本支出 split into 人员经费 and 公用经费 (blind 15R §3.1)', () => {
  it('基本支出 is the 合计 under it; the parts are read, each row\'s 基本支出 = 人员经费 + 公用经费 checked, and not imported', () => {
    const imported = recognisePlacedTables(linesOf(BASIC_PARTS));
    expect(imported.unreliable ?? []).toEqual([]);
    const t05 = imported.tables['公开05表'] as { 合计: Record<string, string>; 科目: Record<string, Record<string, string>> };
    expect(t05.合计).toEqual({ 小计: '2,181.78', 基本支出: '1,836.11', 项目支出: '345.67' });
    expect(t05.科目['2010301 行政运行']).toEqual({ 小计: '1,409.89', 基本支出: '1,409.89' });
    expect(t05.科目['2080505 机关事业单位基本养老保险缴费支出']).toEqual({ 小计: '426.22', 基本支出: '426.22' });
    expect(imported.notes).toContain('公开05表的“人员经费”“公用经费”两栏逐行核对了基本支出 = 人员经费 + 公用经费，数据文件不记这两栏');
  });

  it('a row whose 基本支出 is not 人员经费 + 公用经费 makes the table unreliable (its columns may be off)', () => {
    const wrong = BASIC_PARTS.map(([y, words]): [number, Word[]] => [y, y === 205.6 ? words.map((w): Word => (w[0] === 315.5 ? [w[0], w[1], '462.22'] : w)) : words]);
    const imported = recognisePlacedTables(linesOf(wrong));
    const why = (imported.unreliable ?? []).find((u) => u.table === '公开05表')?.reason ?? '';
    expect(why).toContain('208 社会保障和就业支出：基本支出 426.22 与人员经费 462.22 + 公用经费 （空白） = 462.22 不符');
  });

  it('基本支出 over 人员经费 | 公用经费 with no 合计 of its own: the parts are columns the table does not know, their figures not placed', () => {
    const noTotal = BASIC_PARTS.map(([y, words]): [number, Word[]] => [y, words.filter((w) => w[0] !== 281.2 && w[0] !== 272.8)]);
    const imported = recognisePlacedTables(linesOf(noTotal));
    const why = (imported.unreliable ?? []).find((u) => u.table === '公开05表')?.reason ?? '';
    expect(why).toContain('“105.84”：在表头“公用经费”之下：本表没有叫这个名字的栏');

  });
});

// 公开01表 with 年初预算数 | 调整预算数 | 决算数 on each side (blind 15R §3.2, d2-budget01.pdf page 3; chromium).
const BUDGETS_01: Array<[number, Word[]]> = [
  [22.0, [[374.0, 467.5, '收入支出决算总表']]],
  [49.6, [[33.7, 70.7, '公开01表'], [79.7, 178.7, '编制单位：西山区文化馆'], [187.7, 225.7, '2025年度'], [234.7, 279.7, '单位：万元']]],
  [73.6, [[173.1, 191.1, '收入'], [451.1, 469.1, '支出']]],
  [90.1, [[100.5, 118.5, '项目'], [188.3, 233.3, '年初预算数'], [240.0, 285.0, '调整预算数'], [295.8, 322.8, '决算数'], [378.5, 396.5, '项目'], [448.3, 493.3, '年初预算数'], [500.0, 545.0, '调整预算数'], [555.8, 582.8, '决算数']]],
  [106.6, [[37.5, 163.5, '一、一般公共预算财政拨款收入'], [198.3, 233.3, '2,604.72'], [250.1, 285.0, '2,604.72'], [291.8, 326.8, '2,480.69'], [333.5, 423.5, '一、一般公共服务支出'], [458.3, 493.3, '2,137.67'], [510.1, 545.0, '2,137.67'], [551.8, 586.8, '2,035.88']]],
  [123.1, [[37.5, 172.5, '二、政府性基金预算财政拨款收入'], [210.8, 233.3, '95.51'], [262.5, 285.0, '95.51'], [304.3, 326.8, '90.96'], [333.5, 432.5, '二、社会保障和就业支出'], [465.8, 493.3, '323.11'], [517.6, 545.0, '323.11'], [559.3, 586.8, '307.72']]],
  [139.6, [[37.5, 109.5, '四、上级补助收入'], [230.1, 233.3, '-'], [281.9, 285.0, '-'], [323.6, 326.8, '-'], [333.5, 405.5, '三、卫生健康支出'], [470.8, 493.3, '71.84'], [522.6, 545.0, '71.84'], [564.3, 586.8, '68.42']]],
];

describe('公开01表 with 年初预算数 | 调整预算数 | 决算数 on each side (blind 15R §3.2)', () => {
  it('the budget columns are known: read, left out, and said so; 决算数 imported', () => {
    const imported = recognisePlacedTables(linesOf(BUDGETS_01));
    expect((imported.unreliable ?? []).map((u) => u.reason).join('')).not.toContain('本表没有叫这个名字的栏');
    const t01 = imported.tables['公开01表'] as { 收入: Record<string, string | null>; 支出: Record<string, string | null> };
    expect(t01.收入).toMatchObject({ 一般公共预算财政拨款收入: '2,480.69', 政府性基金预算财政拨款收入: '90.96', 上级补助收入: null });
    expect(t01.支出).toMatchObject({ 一般公共服务支出: '2,035.88', 社会保障和就业支出: '307.72', 卫生健康支出: '68.42' });
    expect(imported.notes).toContain('公开01表的“年初预算数”“调整预算数”两栏不是本年的决算数，没有导入');
  });
});
