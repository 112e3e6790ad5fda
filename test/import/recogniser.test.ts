import { describe, expect, it } from 'vitest';
import { layoutTextLines, pdfPageLines, recognisePlacedTables, textTables } from '../../src/import/index.js';

/** A line of layout text with each cell starting at the given character column. */
function row(...cells: Array<[number, string]>): string {
  let line = '';
  for (const [at, text] of cells) line = line.padEnd(at, ' ') + text;
  return line;
}

const HEADER = row([2, '科目编码'], [11, '科目名称'], [30, '本年支出合计'], [42, '基本支出'], [52, '项目支出']);

/** 支出决算表 over two pages, without 公开03表: a page number under each page, the header repeated on the second. */
const TWO_PAGES = [
  row([16, '支出决算表']),
  row([50, '单位：万元']),
  HEADER,
  '',
  row([11, '合计'], [31, '50.00'], [42, '30.00'], [52, '20.00']),
  row([0, '201'], [11, '一般公共服务支出'], [31, '50.00'], [42, '30.00'], [52, '20.00']),
  row([11, '其他一般公共服'], [31, '']),
  row([0, '2019999'], [31, '20.00'], [52, '20.00']),
  row([11, '务支出']),
  row([0, '2010301'], [11, '行政运行'], [31, '10.00'], [42, '10.00']),
  row([28, '- 1 -']),
  '\f' + HEADER,
  row([0, '2010350'], [11, '事业运行'], [31, '20.00'], [42, '20.00']),
  row([0, '注：本表反映部门本年度各项支出情况。']),
  row([28, '- 2 -']),
].join('\n');

describe('the table recogniser on layout text', () => {
  const { tables, notes } = recognisePlacedTables(layoutTextLines(TWO_PAGES));

  it('finds a table by its title alone and reads every row, across the page break', () => {
    expect(tables['公开03表']).toEqual({
      合计: { 本年支出合计: '50.00', 基本支出: '30.00', 项目支出: '20.00' },
      科目: {
        '201 一般公共服务支出': { 本年支出合计: '50.00', 基本支出: '30.00', 项目支出: '20.00' },
        // the name wraps around its code line; the empty 基本支出 cell stays empty
        '2019999 其他一般公共服务支出': { 本年支出合计: '20.00', 项目支出: '20.00' },
        '2010301 行政运行': { 本年支出合计: '10.00', 基本支出: '10.00' },
        '2010350 事业运行': { 本年支出合计: '20.00', 基本支出: '20.00' },
      },
    });
  });

  it('says which of the nine tables the document does not have', () => {
    expect(notes).toHaveLength(8);
    expect(notes[0]).toBe('未找到公开01表（收入支出决算总表），需手工填写');
    expect(notes).not.toContain('未找到公开03表（支出决算表），需手工填写');
  });

  it('reads a table whose title is in the contents too: the contents entry has no table under it', () => {
    const withContents = `目  录\n三、支出决算表\n四、财政拨款收入支出决算总表\n${TWO_PAGES}`;
    expect(recognisePlacedTables(layoutTextLines(withContents)).tables).toEqual(tables);
  });

  it('reads a table whose title is worded otherwise by its 公开0N表 marker, and says so', () => {
    const marked = TWO_PAGES.replace(row([16, '支出决算表']), `${row([16, '部门支出决算情况表'])}\n${row([20, '公开03表'])}`);
    const result = recognisePlacedTables(layoutTextLines(marked));
    expect(result.tables['公开03表']).toEqual(tables['公开03表']);
    expect(result.notes).toContain('公开03表：表名不是标准的“支出决算表”，按“公开03表”标记读取，请核对');
  });

  it('reads a table whose code and name share one column headed 功能分类科目 (2010301 行政运行)', () => {
    const combined = [
      row([16, '收入决算表']),
      row([0, '功能分类科目'], [24, '本年收入合计'], [38, '财政拨款收入'], [52, '事业收入'], [64, '其他收入']),
      row([0, '合计'], [26, '50.00'], [40, '30.00'], [66, '20.00']),
      row([0, '201 一般公共服务支出'], [26, '50.00'], [40, '30.00'], [66, '20.00']),
      row([0, '20103 政府办公厅'], [26, '50.00'], [40, '30.00'], [66, '20.00']),
      row([0, '2010301 行政运行'], [26, '50.00'], [40, '30.00'], [66, '20.00']),
    ].join('\n');
    const result = recognisePlacedTables(layoutTextLines(combined));
    expect(result.tables['公开02表']).toMatchObject({
      合计: { 本年收入合计: '50.00', 财政拨款收入: '30.00', 其他收入: '20.00' },
      科目: { '2010301 行政运行': { 本年收入合计: '50.00', 财政拨款收入: '30.00', 其他收入: '20.00' } },
    });
    expect(result.notes.filter((n) => n.includes('公开02表'))).toEqual([]);
  });

  it('says a table whose title stands over figures under a header it does not know was not read — not that it is absent', () => {
    const unknownHeader = [
      row([16, '收入决算表']),
      row([0, '收入科目'], [24, '本年收入合计'], [38, '财政拨款收入'], [52, '事业收入'], [64, '其他收入']),
      row([0, '合计'], [26, '50.00'], [40, '30.00'], [66, '20.00']),
      row([0, '201 一般公共服务支出'], [26, '50.00'], [40, '30.00'], [66, '20.00']),
    ].join('\n');
    const result = recognisePlacedTables(layoutTextLines(unknownHeader));
    expect(result.notes.filter((n) => n.includes('公开02表'))).toEqual([]);
    expect(result.unread).toContainEqual({ table: '公开02表', reason: '公开02表：第 1 页的“收入决算表”下有金额，但没有认出它的表头（如“科目编码”“项目”），这张表没有导入，需手工填写' });
    // a contents page lists the titles with no figures under them: those tables are absent, as said
    const contents = [row([0, '目  录']), row([0, '二、收入决算表']), row([0, '三、支出决算表'])].join('\n');
    expect(recognisePlacedTables(layoutTextLines(contents)).notes).toContain('未找到公开02表（收入决算表），需手工填写');
  });

  it('marks a table with no rows and its note 本表无数据', () => {
    const empty = [
      row([10, '政府性基金预算财政拨款收入支出决算表']),
      row([2, '科目编码'], [11, '科目名称'], [20, '年初结转和结余'], [36, '本年收入'], [46, '本年支出'], [58, '年末结转和结余']),
      row([0, '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。']),
      row([0, '说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。']),
    ].join('\n');
    expect(recognisePlacedTables(layoutTextLines(empty)).tables['公开07表']).toEqual({
      本表无数据: true, 说明: '本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。', 合计: null, 科目: null,
    });
  });

  it('reads a table published blank with 本单位无此项支出 (in its body or as its note) as 本表无数据, not as unread', () => {
    const header = [
      row([10, '政府性基金预算财政拨款收入支出决算表']),
      row([2, '科目编码'], [11, '科目名称'], [20, '年初结转和结余'], [36, '本年收入'], [46, '本年支出'], [58, '年末结转和结余']),
    ];
    const inBody = [...header, row([2, '合计']), row([20, '本单位无此项支出'])].join('\n');
    expect(recognisePlacedTables(layoutTextLines(inBody)).tables['公开07表']).toMatchObject({ 本表无数据: true, 合计: null, 科目: null });
    const asNote = [...header, row([2, '合计']), row([0, '注：本部门本年度无此项支出。'])].join('\n');
    expect(recognisePlacedTables(layoutTextLines(asNote)).tables['公开07表']).toMatchObject({ 本表无数据: true, 说明: '本部门本年度无此项支出。' });
    const emptyOnly = [...header, row([20, '本表为空表'])].join('\n');
    expect(recognisePlacedTables(layoutTextLines(emptyOnly)).tables['公开07表']).toMatchObject({ 本表无数据: true });
    // A note that some item was nil says nothing of the table as a whole.
    const oneItem = [...header, row([2, '合计']), row([0, '注：本单位无政府性基金预算财政拨款支出。'])].join('\n');
    expect(recognisePlacedTables(layoutTextLines(oneItem)).tables['公开07表']).not.toHaveProperty('本表无数据');
  });

  it('reads a table that prints figures as it is, though its note says 本表无数据 (a template left over), and says so', () => {
    const stale = [
      row([10, '政府性基金预算财政拨款收入支出决算表']),
      row([2, '科目编码'], [11, '科目名称'], [30, '年初结转和结余'], [46, '本年收入'], [56, '本年支出小计'], [70, '基本支出'], [80, '项目支出'], [90, '年末结转和结余']),
      row([11, '合计'], [46, '12.50'], [56, '12.50'], [80, '12.50']),
      row([0, '212'], [11, '城乡社区支出'], [46, '12.50'], [56, '12.50'], [80, '12.50']),
      row([0, '21208'], [11, '国有土地使用权出让收入安排的支出'], [46, '12.50'], [56, '12.50'], [80, '12.50']),
      row([0, '2120899'], [11, '其他支出'], [46, '12.50'], [56, '12.50'], [80, '12.50']),
      row([0, '说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。']),
    ].join('\n');
    const result = recognisePlacedTables(layoutTextLines(stale));
    expect(result.tables['公开07表']).toMatchObject({ 合计: { 本年收入: '12.50', 本年支出小计: '12.50', 项目支出: '12.50' } });
    expect(result.tables['公开07表']).not.toHaveProperty('本表无数据');
    expect(result.unreliable).toEqual([]);
    expect(result.notes).toContain('公开07表（原文“政府性基金预算财政拨款收入支出决算表”）表中有金额，表下的说明却称本表无数据：按表中的金额导入；这条说明与表不符，请核对');
  });

  it('keeps 本表无数据 where the table prints 0.00 throughout', () => {
    const zeros = [
      row([10, '政府性基金预算财政拨款收入支出决算表']),
      row([2, '科目编码'], [11, '科目名称'], [30, '年初结转和结余'], [46, '本年收入'], [56, '本年支出'], [66, '年末结转和结余']),
      row([11, '合计'], [30, '0.00'], [46, '0.00'], [56, '0.00'], [66, '0.00']),
      row([0, '说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。']),
    ].join('\n');
    expect(recognisePlacedTables(layoutTextLines(zeros)).tables['公开07表']).toMatchObject({ 本表无数据: true });
  });

  it('reads a 说明 wrapped onto a second line whole (…，故本 / 表无数据。); a line of its own elsewhere is another', () => {
    const wrapped = [
      row([10, '政府性基金预算财政拨款收入支出决算表']),
      row([2, '科目编码'], [11, '科目名称'], [20, '年初结转和结余'], [36, '本年收入'], [46, '本年支出'], [58, '年末结转和结余']),
      row([0, '说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本']),
      row([0, '表无数据。']),
      row([30, '第 9 页']),
    ].join('\n');
    expect(recognisePlacedTables(layoutTextLines(wrapped)).tables['公开07表']).toEqual({
      本表无数据: true, 说明: '本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。', 合计: null, 科目: null,
    });
  });
});

/** 支出决算表's title and header as pdftotext prints a tight header: two column names a single space apart. */
const TIGHT_HEADER = [row([16, '支出决算表']), row([50, '单位：万元']), row([2, '科目编码'], [11, '科目名称'], [30, '本年支出合计'], [42, '基本支出 项目支出'])];
const ROWS_03 = {
  '201 一般公共服务支出': { 本年支出合计: '50.00', 基本支出: '30.00', 项目支出: '20.00' },
  '20103 政府办公厅（室）及相关机构事务': { 本年支出合计: '50.00', 基本支出: '30.00', 项目支出: '20.00' },
};

describe('layout text as pdftotext spaces it', () => {
  it('reads a header\'s words a single space apart as two columns, and a page\'s figures by their right edges: columns shifted left on a page without header, in order', () => {
    const text = [
      ...TIGHT_HEADER,
      row([11, '合计'], [31, '50.00'], [42, '30.00'], [48, '20.00']),
      row([0, '201'], [11, '一般公共服务支出'], [31, '50.00'], [42, '30.00'], [48, '20.00']),
      row([0, '20103'], [11, '政府办公厅（室）及相关机构事务'], [31, '50.00'], [42, '30.00'], [48, '20.00']),
      row([0, '2010301'], [11, '行政运行'], [31, '10.00'], [42, '10.00']),
      // the next page, its columns spaced by what it holds: the figures stand left of the headers, each column's right-aligned
      '\f' + row([0, '2010350'], [9, '事业运行'], [15, '20.00'], [22, '20.00']),
      row([0, '2010399'], [9, '其他政府办公厅'], [15, '20.00'], [29, '20.00']),
    ].join('\n');
    const read = textTables(text);
    expect(read.unreliable).toEqual([]);
    expect(read.tables['公开03表']).toMatchObject({
      科目: { ...ROWS_03, '2010301 行政运行': { 本年支出合计: '10.00', 基本支出: '10.00' }, '2010350 事业运行': { 本年支出合计: '20.00', 基本支出: '20.00' }, '2010399 其他政府办公厅': { 本年支出合计: '20.00', 项目支出: '20.00' } },
    });
  });

  it('puts a figure printed on a line of its own with the row on the side the table\'s other such figures show (below: none is above the first row)', () => {
    const text = [
      ...TIGHT_HEADER,
      row([42, '30.00'], [48, '20.00']),
      row([11, '合计'], [31, '50.00']),
      row([42, '30.00'], [48, '20.00']),
      row([0, '201'], [11, '一般公共服务支出'], [31, '50.00']),
      row([42, '30.00'], [48, '20.00']),
      row([0, '20103'], [11, '政府办公厅（室）及相关机构事务'], [31, '50.00']),
    ].join('\n');
    const read = textTables(text);
    expect(read.unreliable).toEqual([]);
    expect(read.tables['公开03表']).toMatchObject({ 合计: { 本年支出合计: '50.00', 基本支出: '30.00', 项目支出: '20.00' }, 科目: ROWS_03 });
  });

  it('…but leaves it unplaced, and its table unreliable, where the row above and the row below would both take it', () => {
    const text = [
      ...TIGHT_HEADER,
      row([11, '合计'], [31, '50.00'], [42, '30.00'], [48, '20.00']),
      row([0, '201'], [11, '一般公共服务支出'], [31, '50.00'], [42, '30.00'], [48, '20.00']),
      row([0, '20103'], [11, '政府办公厅（室）及相关机构事务'], [31, '50.00'], [48, '20.00']),
      row([42, '30.00']),
      row([0, '2010301'], [11, '行政运行'], [31, '50.00'], [48, '20.00']),
    ].join('\n');
    const problems = textTables(text).unreliable ?? [];
    expect(problems.map((p) => p.table)).toEqual(['公开03表']);
    expect(problems[0]!.kind).toBe('placement');
    expect(problems[0]!.reason).toContain('“30.00”：离“20103 政府办公厅（室）及相关机构事务”和“2010301 行政运行”两行差不多远');
  });

  it('skips a header a continuation page repeats wherever that page spaces it: its words are no row\'s name', () => {
    const text = [
      ...TIGHT_HEADER,
      row([11, '合计'], [31, '50.00'], [42, '30.00'], [48, '20.00']),
      row([0, '201'], [11, '一般公共服务支出'], [31, '50.00'], [42, '30.00'], [48, '20.00']),
      '\f' + row([0, '项目'], [11, '本年支出合计'], [26, '基本支出'], [36, '项目支出']),
      row([0, '20103'], [11, '政府办公厅（室）及相关机构事务'], [31, '50.00'], [42, '30.00'], [48, '20.00']),
    ].join('\n');
    const read = textTables(text);
    expect(read.unreliable).toEqual([]);
    expect(read.tables['公开03表']).toMatchObject({ 科目: ROWS_03 });
  });

  it('refuses a page whose right edges make more columns than the header has: read line by line, a figure under the wrong column fails the sums', () => {
    const text = [
      ...TIGHT_HEADER,
      row([11, '合计'], [31, '50.00'], [42, '30.00'], [48, '20.00']),
      row([0, '201'], [11, '一般公共服务支出'], [31, '50.00'], [42, '30.00'], [48, '20.00']),
      row([0, '20103'], [11, '政府办公厅（室）及相关机构事务'], [31, '50.00'], [42, '30.00'], [48, '20.00']),
      '\f' + row([0, '2010301'], [9, '行政运行'], [15, '50.00'], [22, '30.00'], [28, '20.00']),
      row([0, '2010302'], [9, '一般行政管理事务'], [22, '9.00'], [25, '10.00']),
    ].join('\n');
    expect((textTables(text).unreliable ?? []).map((p) => p.table)).toEqual(['公开03表']);
  });
});

describe('PDF text items as lines of cells', () => {
  const item = (str: string, x: number, y: number, width: number) => ({ str, transform: [10, 0, 0, 10, x, y], width });
  const page = {
    page: 1, width: 600, height: 800,
    items: [
      item('三、', 70, 500, 20), item('国有资本经营预算', 89, 500.5, 80), item(' ', 169, 500, 4000), item('12.50', 250, 500, 25),
      item('2080505', 70, 480, 35), item('机关事业单位', 130, 483, 60),
    ],
  };
  it('joins items on one baseline, touching items into one cell, and leaves whitespace items out', () => {
    expect(pdfPageLines(page).map((l) => l.cells.map((c) => c.text))).toEqual([
      ['三、国有资本经营预算', '12.50'],
      ['2080505', '机关事业单位'],
    ]);
  });
  it('orders lines top to bottom', () => {
    const [a, b] = pdfPageLines(page);
    expect(a!.y).toBeLessThan(b!.y);
  });
});
