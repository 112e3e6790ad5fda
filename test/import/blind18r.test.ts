/**
 * Blind test 18R: documents of the tester's in layouts not seen before (test/fixtures/layouts/blind18r/README.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { pieces } from '../../src/import/cells.js';
import { importPdf, layoutTextLines } from '../../src/import/index.js';
import { titleOf } from '../../src/import/segments.js';
import { ROOT } from '../helpers.js';

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
