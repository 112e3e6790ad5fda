import { describe, expect, it } from 'vitest';
import { layoutTextLines, recognisePlacedTables, type PlacedLine } from '../../src/import/index.js';
import { pieces } from '../../src/import/cells.js';
import { inWan } from '../../src/import/unit.js';

/** A line of layout text with each cell starting at the given character column. */
function row(...cells: Array<[number, string]>): string {
  let line = '';
  for (const [at, text] of cells) line = line.padEnd(at, ' ') + text;
  return line;
}

/** 支出决算表 with the unit its heading states (or none), amounts as given. */
function table03(unitLines: string[], amounts: { total: string[]; a: string[]; b: string[] }): string {
  return [
    row([16, '支出决算表']),
    ...unitLines,
    row([2, '科目编码'], [11, '科目名称'], [30, '本年支出合计'], [46, '基本支出'], [60, '项目支出']),
    row([11, '合计'], [31, amounts.total[0]!], [46, amounts.total[1]!], [60, amounts.total[2]!]),
    row([0, '201'], [11, '一般公共服务支出'], [31, amounts.a[0]!], [46, amounts.a[1]!], [60, amounts.a[2]!]),
    row([0, '20103'], [11, '政府办公厅'], [31, amounts.a[0]!], [46, amounts.a[1]!], [60, amounts.a[2]!]),
    row([0, '2010301'], [11, '行政运行'], [31, amounts.b[0]!], [46, amounts.b[1]!], [60, amounts.b[2]!]),
    row([0, '2010350'], [11, '事业运行'], [31, amounts.b[0]!], [46, amounts.b[1]!], [60, amounts.b[2]!]),
    row([0, '注：本表反映部门本年度各项支出情况。']),
  ].join('\n');
}

const IN_YUAN = { total: ['5,000,000.00', '3,000,000.00', '2,000,000.00'], a: ['5,000,000.00', '3,000,000.00', '2,000,000.00'], b: ['2,500,000.00', '1,500,000.00', '1,000,000.00'] };
const IN_WAN = {
  合计: { 本年支出合计: '500.00', 基本支出: '300.00', 项目支出: '200.00' },
  科目: {
    '201 一般公共服务支出': { 本年支出合计: '500.00', 基本支出: '300.00', 项目支出: '200.00' },
    '20103 政府办公厅': { 本年支出合计: '500.00', 基本支出: '300.00', 项目支出: '200.00' },
    '2010301 行政运行': { 本年支出合计: '250.00', 基本支出: '150.00', 项目支出: '100.00' },
    '2010350 事业运行': { 本年支出合计: '250.00', 基本支出: '150.00', 项目支出: '100.00' },
  },
};
const HEADING = row([0, '编制单位：临河县市场监督管理局'], [36, '2024年度'], [60, '单位：元']);

describe('a table in the unit its heading states', () => {
  it('reads 单位：元 in the 编制单位 line and divides every amount by 10,000 exactly, and says so', () => {
    const result = recognisePlacedTables(layoutTextLines(table03([HEADING], IN_YUAN)));
    expect(result.tables['公开03表']).toEqual(IN_WAN);
    expect(result.notes).toContain('公开03表原文金额单位为元，已换算为万元（除以 10,000，没有舍入）');
    expect(result.unreliable).toEqual([]);
    expect(result.unread).toEqual([]);
    // where each amount stands keeps the text printed there, beside the value the data holds (a report marks it by both)
    expect(result.cells!['公开03表›合计›基本支出']).toMatchObject({ text: '3,000,000.00', wan: '300.00' });
  });

  it('reads the unit line at the top of every page (each table starting a page) as each table’s own, not as a running header', () => {
    // 编制单位…单位：元 is the second line of four pages: by position a running header, by its words the unit of each table.
    const other = (title: string) => [row([16, title]), HEADING, row([0, '本页为其他内容。'])].join('\n');
    const text = [other('附件一'), table03([HEADING], IN_YUAN), other('附件二'), other('附件三')].join('\f');
    const result = recognisePlacedTables(layoutTextLines(text));
    expect(result.tables['公开03表']).toEqual(IN_WAN);
    expect(result.notes).toContain('公开03表原文金额单位为元，已换算为万元（除以 10,000，没有舍入）');
  });

  it('does not read as 万元 a table stating no unit where another table states 元: its amounts are left blank, and why', () => {
    const t05 = [
      row([16, '一般公共预算财政拨款支出决算表']),
      HEADING,
      row([2, '科目编码'], [11, '科目名称'], [30, '小计'], [46, '基本支出'], [60, '项目支出']),
      row([11, '合计'], [31, '5,000,000.00'], [46, '3,000,000.00'], [60, '2,000,000.00']),
      row([0, '2010301'], [11, '行政运行'], [31, '5,000,000.00'], [46, '3,000,000.00'], [60, '2,000,000.00']),
    ].join('\n');
    const result = recognisePlacedTables(layoutTextLines([table03([], IN_YUAN), t05].join('\f')));
    expect(result.tables['公开05表']).toMatchObject({ 合计: { 小计: '500.00', 基本支出: '300.00', 项目支出: '200.00' } });
    expect(result.unread).toEqual([{ table: '公开03表', reason: expect.stringMatching(/^公开03表的表头没有写金额单位，而公开05表写明单位为元，不能确定这张表的金额是万元还是元，这张表没有导入/u) }]);
    expect(result.tables['公开03表']).toMatchObject({ 合计: { 本年支出合计: null, 基本支出: null, 项目支出: null } });
  });

  it('reads a right-aligned line of its own (金额单位：元) alike', () => {
    const result = recognisePlacedTables(layoutTextLines(table03([row([58, '金额单位：元'])], IN_YUAN)));
    expect(result.tables['公开03表']).toEqual(IN_WAN);
  });

  it('divides 千元 by 10; a table stating 万元, or no unit, is read as printed', () => {
    const thousands = { total: ['5,000.00', '3,000.00', '2,000.00'], a: ['5,000.00', '3,000.00', '2,000.00'], b: ['2,500.00', '1,500.00', '1,000.00'] };
    expect(recognisePlacedTables(layoutTextLines(table03([row([58, '单位：千元'])], thousands))).tables['公开03表']).toEqual(IN_WAN);
    const wan = { total: ['500.00', '300.00', '200.00'], a: ['500.00', '300.00', '200.00'], b: ['250.00', '150.00', '100.00'] };
    for (const heading of [[row([58, '单位：万元'])], []]) {
      const result = recognisePlacedTables(layoutTextLines(table03(heading, wan)));
      expect(result.tables['公开03表']).toEqual(IN_WAN);
      expect(result.notes.join()).not.toContain('换算');
    }
  });

  it('takes no unit from a department named 元… (编制单位：元宝区财政局)', () => {
    const wan = { total: ['500.00', '300.00', '200.00'], a: ['500.00', '300.00', '200.00'], b: ['250.00', '150.00', '100.00'] };
    const result = recognisePlacedTables(layoutTextLines(table03([row([0, '编制单位：元宝区财政局'], [40, '2024年度'])], wan)));
    expect(result.tables['公开03表']).toEqual(IN_WAN);
  });

  it('does not import a table in 元 whose cents 0.01 万元 cannot hold, and says why: its amounts left blank, never rounded', () => {
    const cents = { ...IN_YUAN, b: ['2,500,000.00', '1,499,999.99', '1,000,000.01'] };
    const result = recognisePlacedTables(layoutTextLines(table03([HEADING], cents)));
    expect(result.unread).toEqual([{
      table: '公开03表',
      reason: '公开03表的金额单位为元，其中 4 个金额（如 1,499,999.99 元）换算为万元后超过两位小数，数据文件（万元，两位小数）不能精确保存，这张表没有导入',
    }]);
    expect(JSON.stringify(result.tables['公开03表'])).not.toMatch(/\d\.\d/u);
    expect(result.unreliable).toEqual([]);
  });

  it('takes no unit from the note under the table or a sentence after it', () => {
    const wan = { total: ['500.00', '300.00', '200.00'], a: ['500.00', '300.00', '200.00'], b: ['250.00', '150.00', '100.00'] };
    const after = `${table03([row([58, '单位：万元'])], wan)}\n${row([0, '说明：本表金额单位：元。'])}\n${row([0, '本单位公务接待费（金额单位：元），比上年减少。'])}`;
    const result = recognisePlacedTables(layoutTextLines(after));
    expect(result.tables['公开03表']).toMatchObject(IN_WAN);
    expect(result.unread).toEqual([]);
  });

  it('does not import a table whose heading states two units', () => {
    const result = recognisePlacedTables(layoutTextLines(table03([HEADING, row([58, '金额单位：万元'])], IN_YUAN)));
    expect(result.unread.map((u) => u.reason)).toEqual(['公开03表的表头写了不同的金额单位（元、万元），不能确定金额的单位，这张表没有导入']);
  });

  it('converts exactly, keeping the source\'s thousands separators', () => {
    expect(inWan('40,285,300.00', '元')).toBe('4,028.53');
    expect(inWan('40285300.00', '元')).toBe('4028.53');
    expect(inWan('12345.67', '元')).toBeUndefined();
    expect(inWan('1.5', '亿元')).toBe('15000.00');
    expect(inWan('0.00', '元')).toBe('0.00');
  });
});

describe('a dash printed for an empty cell', () => {
  it('is a piece of its own where it runs into a name, never part of it; a minus sign stays with its figure', () => {
    expect(pieces('- 三、国防支出')).toEqual(['-', '三、国防支出']);
    expect(pieces('— 国防支出')).toEqual(['—', '国防支出']);
    expect(pieces('年末结转和结余 -')).toEqual(['年末结转和结余', '-']);
    expect(pieces('-12.50')).toEqual(['-12.50']);
  });

  // 收入支出决算总表 as a PDF places it: each side's empty amounts printed '-', the left one run into the right side's name.
  const cell = (text: string, x0: number, x1: number) => ({ text, x0, x1 });
  const lines: PlacedLine[] = [
    [cell('收入支出决算总表', 200, 300)],
    [cell('编制单位：某局', 40, 150), cell('2024年度', 250, 290), cell('单位：元', 420, 460)],
    [cell('收入项目', 80, 120), cell('决算数', 190, 220), cell('支出项目', 280, 320), cell('决算数', 420, 450)],
    [cell('一、一般公共预算财政拨款收入', 40, 160), cell('1,000,000.00', 180, 230), cell('一、一般公共服务支出', 235, 330), cell('600,000.00', 415, 460)],
    [cell('二、政府性基金预算财政拨款收入', 40, 165), cell('- 二、外交支出', 226, 290), cell('-', 457, 460)],
    [cell('三、国有资本经营预算财政拨款收入', 40, 170), cell('- 三、国防支出', 226, 290), cell('—', 457, 460)],
    [cell('四、上级补助收入', 40, 110), cell('－', 227, 230), cell('四、教育支出', 235, 290), cell('400,000.00', 415, 460)],
    [cell('本年收入合计', 40, 100), cell('1,000,000.00', 180, 230), cell('本年支出合计', 235, 290), cell('1,000,000.00', 415, 460)],
    [cell('年初结转和结余', 40, 100), cell('- 年末结转和结余 -', 226, 460)],
    [cell('总计', 40, 60), cell('1,000,000.00', 180, 230), cell('总计', 235, 255), cell('1,000,000.00', 415, 460)],
  ].map((cells, i) => ({ page: 1, y: 100 + 14 * i, h: 10, line: i + 1, cells }));

  it('is an empty cell, and the next cell\'s name is read whole', () => {
    const result = recognisePlacedTables(lines);
    const t01 = result.tables['公开01表'] as { 收入: Record<string, unknown>; 支出: Record<string, unknown> };
    expect(result.unreliable).toEqual([]);
    expect(t01.收入).toMatchObject({ 一般公共预算财政拨款收入: '100.00', 政府性基金预算财政拨款收入: null, 上级补助收入: null, 年初结转和结余: null, 总计: '100.00' });
    expect(t01.支出).toMatchObject({ 一般公共服务支出: '60.00', 外交支出: null, 国防支出: null, 教育支出: '40.00', 年末结转和结余: null, 总计: '100.00' });
    expect(Object.keys(t01.支出).filter((k) => /[-—－]/u.test(k))).toEqual([]);
  });
});

describe('a table that prints the name first and its code after it, split over 类, 款 and 项', () => {
  const text = [
    row([16, '支出决算表']),
    row([58, '单位：万元']),
    row([4, '科目名称'], [22, '类'], [26, '款'], [30, '项'], [36, '本年支出合计'], [50, '基本支出'], [60, '项目支出']),
    row([8, '合计'], [37, '30.00'], [50, '20.00'], [60, '10.00']),
    row([0, '一般公共服务支出'], [21, '201'], [37, '30.00'], [50, '20.00'], [60, '10.00']),
    row([0, '政府办公厅（室）'], [21, '201'], [26, '03'], [37, '30.00'], [50, '20.00'], [60, '10.00']),
    row([0, '行政运行'], [21, '201'], [26, '03'], [30, '01'], [37, '20.00'], [50, '20.00'], [60, '-']),
    row([0, '一般行政管理事务'], [21, '201'], [26, '03'], [30, '02'], [37, '10.00'], [50, '-'], [60, '10.00']),
  ].join('\n');

  it('joins the 款 and 项 digits right of the names to the 类 beside them, as a PDF places them and as pdftotext spaces them', () => {
    for (const options of [{}, { ordered: true }]) {
      const result = recognisePlacedTables(layoutTextLines(text), options);
      expect(result.unreliable).toEqual([]);
      expect(result.tables['公开03表']).toEqual({
        合计: { 本年支出合计: '30.00', 基本支出: '20.00', 项目支出: '10.00' },
        科目: {
          '201 一般公共服务支出': { 本年支出合计: '30.00', 基本支出: '20.00', 项目支出: '10.00' },
          '20103 政府办公厅（室）': { 本年支出合计: '30.00', 基本支出: '20.00', 项目支出: '10.00' },
          '2010301 行政运行': { 本年支出合计: '20.00', 基本支出: '20.00' },
          '2010302 一般行政管理事务': { 本年支出合计: '10.00', 项目支出: '10.00' },
        },
      });
    }
  });
});
