/**
 * Blind test 18R: documents of the tester's in layouts not seen before (test/fixtures/layouts/blind18r/README.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { pieces } from '../../src/import/cells.js';
import { importPdf, layoutTextLines, recognisePlacedTables } from '../../src/import/index.js';
import { titleOf } from '../../src/import/segments.js';
import { LEVEL_MISREAD } from '../../src/import/verify.js';
import { ROOT } from '../helpers.js';
import { EXPENDITURE_HEADER, row } from './layout-rows.js';

const DIR = `${ROOT}test/fixtures/layouts/blind18r/`;
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));
const truthOf = (name: string) => parse(readFileSync(`${DIR}${name}`, 'utf8')) as Record<string, unknown>;
const titled = (text: string) => titleOf(layoutTextLines(text)[0]!)?.n;

describe('tables titled 表N 名称 (blind 18R §3: 表5 and 表6 were not found, 04 took their pages)', () => {
  it('a table number in digits is cut before the title, whatever character the title starts with', () => {
    expect(titled('表5 一般公共预算财政拨款支出决算表')).toBe(5);
    expect(titled('表5一般公共预算财政拨款支出决算表')).toBe(5);
    expect(titled('表6 一般公共预算财政拨款基本支出决算明细表')).toBe(6);
    expect(titled('表4 财政拨款收入支出决算总表')).toBe(4);
    expect(titled('表 3 支出决算表')).toBe(3);
    expect(titled('表1-1 收入支出决算总表')).toBe(1);
  });

  it('…and a number in numerals too, where the title starts with 一 (表五一般公共预算…)', () => {
    expect(titled('表五一般公共预算财政拨款支出决算表')).toBe(5);
    expect(titled('表五 一般公共预算财政拨款支出决算表')).toBe(5);
    expect(titled('表六一般公共预算财政拨款基本支出决算明细表')).toBe(6);
    expect(titled('附表3支出决算表')).toBe(3);
  });

  it('what stands before a title is still only a number, a department and year, or nothing: no title else', () => {
    expect(titled('表5 说明一般公共预算财政拨款支出决算表')).toBeUndefined();
    expect(titled('表5一般公共预算财政拨款支出决算表的说明')).toBeUndefined();
    expect(titled('5一般公共预算财政拨款支出决算表')).toBeUndefined();
  });

  it('finds 05 and 06 on their own pages, and 04 ends where 05 starts: each read cell for cell as the document has it', async () => {
    const { imported } = await importPdf(bytesOf('u12-numbered-tables.pdf'), 'u12.pdf');
    const compared = compareImport(imported, truthOf('u12-numbered-tables.yaml'));
    const status = (t: string) => compared.tables.find((x) => x.table === t)!;
    // (the truth leaves out 06's items with no amount; the import keeps their names, blank)
    const differences = (t: string) => status(t).differences.filter((d) => !/ › 名称: .+ → （空）$/u.test(d));
    for (const t of ['公开04表', '公开05表', '公开06表']) expect([t, differences(t)]).toEqual([t, []]);
    expect([status('公开04表').status, status('公开05表').status]).toEqual(['exact', 'exact']);
    expect(imported.notes.join('\n')).not.toMatch(/未找到公开0[56]表|公开04表：.*不是本表的行/u);
    expect((imported.unreliable ?? []).map((u) => u.table)).not.toContain('公开04表');
  });
});

describe('a split code whose 款 and 项 run into one text item (blind 18R §2a, u07: 208 | 05 02 事业单位离退休)', () => {
  it('两个两位数字 spaced apart are the 款 and the 项, with the name after them if any', () => {
    expect(pieces('05 02 事业单位离退休')).toEqual(['05', '02', '事业单位离退休']);
    expect(pieces('05 05')).toEqual(['05', '05']);
    expect(pieces('01 行政运行')).toEqual(['01', '行政运行']);
  });

  it('…never digits run together, three digits, or an amount: those are read as before', () => {
    expect(pieces('0502事业单位离退休')).toEqual(['0502事业单位离退休']);
    expect(pieces('05 02.00')).toEqual(['0502.00']);
  });

  it('reads 2080502 事业单位离退休 and 2080505 in 03 and 05, not 208 “0502事业单位离退休”: 03 and 05 as the document has them', async () => {
    const { imported } = await importPdf(bytesOf('u07-repeated-class.pdf'), 'u07.pdf');
    const compared = compareImport(imported, truthOf('u07-repeated-class.yaml'));
    for (const t of ['公开02表', '公开03表', '公开05表']) {
      const table = compared.tables.find((x) => x.table === t)!;
      expect([t, table.status, table.differences]).toEqual([t, 'exact', []]);
    }
    const t03 = imported.tables['公开03表'] as { 科目: Record<string, unknown> };
    expect(Object.keys(t03.科目)).toContain('2080502 事业单位离退休');
    expect(Object.keys(t03.科目).filter((k) => /^\d+ \d/u.test(k) || /^208 0/u.test(k))).toEqual([]);
  });
});

const read = (...lines: string[]) => recognisePlacedTables(layoutTextLines([...EXPENDITURE_HEADER, ...lines].join('\n')), { ordered: true });
const amounts = (total: string, basic: string, project: string): Array<[number, string]> => [[31, total], [42, basic], [52, project]];

describe('a table of subjects whose sums fail by one row read at the wrong level (blind 18R §1a: 212 = 21208 = 21299)', () => {
  it('is unreliable for that row’s code, said first, not the document’s slip: 21299 as the 项 2120899 under 21208 makes every sum hold', () => {
    const { unreliable } = read(
      row([11, '合计'], ...amounts('1,311.50', '0.00', '1,311.50')),
      row([0, '212'], [11, '城乡社区支出'], ...amounts('1,311.50', '0.00', '1,311.50')),
      row([0, '21208'], [11, '国有土地使用权出让收入安排的支出'], ...amounts('1,311.50', '0.00', '1,311.50')),
      row([0, '21299'], [11, '其他国有土地使用权出让收入安排的支出'], ...amounts('1,311.50', '0.00', '1,311.50')));
    expect(unreliable).toHaveLength(1);
    const [problem] = unreliable!;
    expect(problem!.kind).toBe('placement');
    expect(problem!.details![0]!.message).toBe(`“21299 其他国有土地使用权出让收入安排的支出”若是款 21208 之下的项 2120899，表内的勾稽关系全部成立：${LEVEL_MISREAD}（类、款、项分栏、各行只印本级数字时），不能确定这一行的科目编码`);
    expect(problem!.details![0]!.cells).toEqual([{ path: ['公开03表', '科目', '21299 其他国有土地使用权出让收入安排的支出'], page: 1, line: 7 }]);
    // the failing sums are still named, after it
    expect(problem!.details!.slice(1).every((d) => d.message.includes('212 城乡社区支出'))).toBe(true);
  });

  it('…and a 项 read as one (2010399 where the 款 20199 was printed) likewise, re-read a level up', () => {
    const { unreliable } = read(
      row([11, '合计'], ...amounts('80.00', '80.00', '0.00')),
      row([0, '201'], [11, '一般公共服务支出'], ...amounts('80.00', '80.00', '0.00')),
      row([0, '20103'], [11, '政府办公厅（室）及相关机构事务'], ...amounts('50.00', '50.00', '0.00')),
      row([0, '2010301'], [11, '行政运行'], ...amounts('50.00', '50.00', '0.00')),
      row([0, '2010399'], [11, '其他一般公共服务支出'], ...amounts('30.00', '30.00', '0.00')));
    expect(unreliable![0]!.kind).toBe('placement');
    expect(unreliable![0]!.details![0]!.message).toMatch(/^“2010399 其他一般公共服务支出”若是类 201 之下的款 20199，表内的勾稽关系全部成立/u);
  });

  it('a table whose sums no such re-reading makes hold stays the document’s slip (kind own), with no word of a level', () => {
    // 212 printed 1,321.50: 10.00 more than its 款, whatever level 21299 has
    const { unreliable } = read(
      row([11, '合计'], ...amounts('1,321.50', '0.00', '1,321.50')),
      row([0, '212'], [11, '城乡社区支出'], ...amounts('1,321.50', '0.00', '1,321.50')),
      row([0, '21208'], [11, '国有土地使用权出让收入安排的支出'], ...amounts('1,311.50', '0.00', '1,311.50')),
      row([0, '2120899'], [11, '其他国有土地使用权出让收入安排的支出'], ...amounts('1,311.50', '0.00', '1,311.50')));
    expect(unreliable!.map((u) => u.kind)).toEqual(['own']);
    expect(unreliable![0]!.reason).not.toContain(LEVEL_MISREAD);
  });
});

describe('04\'s 年初 sub-rows over a page break (blind 18R u02, Chromium portrait: its pages 6–8)', () => {
  it('the sub-row 一般公共预算财政拨款 that fills its column at a page\'s foot is not joined to 政府性基金预算财政拨 atop the next: 04 as the document has it', async () => {
    const { imported } = await importPdf(bytesOf('u02-04-over-pages.pdf'), 'u02.pdf');
    const compared = compareImport(imported, truthOf('u02-04-over-pages.yaml'));
    expect(compared.tables.find((t) => t.table === '公开04表')).toMatchObject({ status: 'exact', differences: [] });
    expect((imported.unreliable ?? []).map((u) => u.table)).not.toContain('公开04表');
  });
});
