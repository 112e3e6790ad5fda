/**
 * Blind test 18W: workbooks as the accounts software exports them (the tester's corpus is not in the
 * repository; each layout is built here with exceljs, as small as shows it).
 *
 * - 类/款/项 columns where each row shows only its own level's digits (201 / 01 人大事务 / 01 行政运行):
 *   the codes are completed from the rows above, 项 under 款 under 类 — 2010101, not 20101;
 * - code and name in one cell under 功能分类科目 (205 教育支出): code and name;
 * - a table found but not read is written marked 未读出, and check and draft take it as unknown, never zeros;
 * - no year anywhere: import says where it looked and what to write; check says what to write;
 * - the 公开01表 marker under a title repeated on the next sheet is part of that title, not a row.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAccounts } from '../../src/check/index.js';
import { DataError, parseAccounts } from '../../src/data/load.js';
import { draft } from '../../src/draft/draft.js';
import { dataCatalog } from '../../src/facts/unknown.js';
import { importWorkbook } from '../../src/workbook/read.js';
import { juesuan, tempDir } from '../cli/helpers.js';

type Value = string | number | null;
const bytesOf = async (book: ExcelJS.Workbook) => new Uint8Array(await book.xlsx.writeBuffer());
const put = (sheet: ExcelJS.Worksheet, rows: Value[][], from = 1) =>
  rows.forEach((row, r) => row.forEach((v, c) => { if (v !== null && v !== '') sheet.getCell(from + r, c + 1).value = v; }));
const yuan = (cents: number) => (cents / 100).toFixed(2);
const subjects = (yaml: string, table: string) => Object.keys((parse(yaml) as Record<string, Record<string, Record<string, unknown>>>)[table]!['科目']!);

/** A subject tree: 类 (3 digits) over 款 over 项, each 项 with its 基本支出 and 项目支出 in cents. */
interface Item { code: string; basic: number; project: number }
interface Kuan { code: string; items: Item[] }
interface Class { code: string; kuans: Kuan[] }

const HAN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** A name with no digits in it, told apart by its code. */
const nameOf = (code: string) => `科目${[...code].map((d) => HAN[Number(d)]).join('')}`;
const twoDigits = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'));
const items = fc.uniqueArray(twoDigits, { minLength: 1, maxLength: 3 }).chain((codes) =>
  fc.tuple(...codes.map((code) => fc.record({ code: fc.constant(code), basic: fc.nat(9_999_999), project: fc.nat(9_999_999) }))));
const kuans = fc.uniqueArray(twoDigits, { minLength: 1, maxLength: 3 }).chain((codes) =>
  fc.tuple(...codes.map((code) => items.map((its): Kuan => ({ code, items: its })))));
const tree = fc.uniqueArray(fc.integer({ min: 201, max: 234 }).map(String), { minLength: 1, maxLength: 3 }).chain((codes) =>
  fc.tuple(...codes.map((code) => kuans.map((ks): Class => ({ code, kuans: ks })))));

const sum = (xs: Item[], f: (i: Item) => number) => xs.reduce((s, i) => s + f(i), 0);
const amounts = (xs: Item[]) => [sum(xs, (i) => i.basic + i.project), sum(xs, (i) => i.basic), sum(xs, (i) => i.project)].map(yuan);

/**
 * 05 with 类 | 款 | 项 code columns: `repeated` writes each row's whole code over the three (201 | 01 | 01),
 * otherwise each row shows only its own level's digits (the accounts software's export).
 */
async function splitCodes05(classes: Class[], repeated: boolean): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('公开05表');
  const all = classes.flatMap((c) => c.kuans.flatMap((k) => k.items));
  const rows: Value[][] = [
    ['一般公共预算财政拨款支出决算表'], ['2024年度', '', '', '', '', '', '单位：万元'],
    ['科目编码', '', '', '科目名称', '小计', '基本支出', '项目支出'], ['类', '款', '项'],
    ['合计', '', '', '', ...amounts(all)],
  ];
  for (const c of classes) {
    rows.push([c.code, '', '', nameOf(c.code), ...amounts(c.kuans.flatMap((k) => k.items))]);
    for (const k of c.kuans) {
      rows.push([repeated ? c.code : '', k.code, '', nameOf(c.code + k.code), ...amounts(k.items)]);
      for (const i of k.items) rows.push([repeated ? c.code : '', repeated ? k.code : '', i.code, nameOf(c.code + k.code + i.code), ...amounts([i])]);
    }
  }
  put(sheet, rows);
  sheet.mergeCells('A3:C3');
  for (const col of ['D', 'E', 'F', 'G']) sheet.mergeCells(`${col}3:${col}4`);
  sheet.mergeCells('A5:D5');
  return bytesOf(book);
}

describe('类/款/项 columns (blind 18W §3a): each row its own two digits, or the whole code repeated', () => {
  it('the accounts software’s export: 201 / 01 人大事务 / 01 行政运行 is 201, 20101, 2010101', async () => {
    const classes: Class[] = [{ code: '201', kuans: [{ code: '01', items: [{ code: '01', basic: 4_679_900, project: 0 }] }, { code: '03', items: [{ code: '01', basic: 100, project: 200 }, { code: '50', basic: 0, project: 5 }] }] }];
    const { yaml, imported } = await importWorkbook(await splitCodes05(classes, false), 'x.xlsx', 'x.xlsx');
    expect(imported.unreliable).toEqual([]);
    expect(subjects(yaml, '公开05表')).toEqual(['201 科目二零一', '20101 科目二零一零一', '2010101 科目二零一零一零一', '20103 科目二零一零三', '2010301 科目二零一零三零一', '2010350 科目二零一零三五零']);
  });

  it('any subject tree imports to the same codes, names and amounts in both forms', async () => {
    await fc.assert(fc.asyncProperty(tree, async (classes) => {
      const expected = classes.flatMap((c) => [c.code, ...c.kuans.flatMap((k) => [c.code + k.code, ...k.items.map((i) => c.code + k.code + i.code)])]);
      const own = await importWorkbook(await splitCodes05(classes, false), 'own.xlsx', 'own.xlsx');
      const whole = await importWorkbook(await splitCodes05(classes, true), 'whole.xlsx', 'whole.xlsx');
      expect(own.imported.unreliable).toEqual([]);
      expect(subjects(own.yaml, '公开05表')).toEqual(expected.map((code) => `${code} ${nameOf(code)}`));
      expect(own.imported.tables['公开05表']).toEqual(whole.imported.tables['公开05表']);
    }), { numRuns: 25 });
  });

  it('a 项 with no 款 above it under its 类 is not joined to the 款 of another class', async () => {
    const book = new ExcelJS.Workbook();
    put(book.addWorksheet('公开05表'), [
      ['一般公共预算财政拨款支出决算表'], ['2024年度'], ['类', '款', '项', '科目名称', '小计', '基本支出', '项目支出'],
      ['合计', '', '', '', '3.00', '3.00', ''],
      ['201', '', '', '一般公共服务支出', '1.00', '1.00', ''], ['', '01', '', '人大事务', '1.00', '1.00', ''], ['', '', '01', '行政运行', '1.00', '1.00', ''],
      ['205', '', '', '教育支出', '2.00', '2.00', ''], ['', '', '02', '一般行政管理事务', '2.00', '2.00', ''],
    ]);
    const { yaml, imported } = await importWorkbook(await bytesOf(book), 'x.xlsx', 'x.xlsx');
    expect(yaml).not.toMatch(/^ {4}2010102 /mu);
    // (its row's amounts stand under no subject: the table says so)
    expect(imported.unreliable!.map((u) => u.table)).toEqual(['公开05表']);
  });
});

describe('code and name in one cell under 功能分类科目 (blind 18W §3b, u120)', () => {
  it('reads 205 教育支出 as code 205 and name 教育支出', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('收入决算表');
    put(sheet, [
      ['一般公共预算财政拨款支出决算表'], ['编制单位：某局　　2024年度　　单位：万元'],
      ['功能分类科目', '小计', '基本支出', '项目支出'], [], ['合计', '299.14', '224.38', '74.76'],
      ['205 教育支出', '299.14', '224.38', '74.76'], ['20508 进修及培训', '299.14', '224.38', '74.76'], ['2050803 培训支出', '299.14', '224.38', '74.76'],
    ]);
    for (const col of ['A', 'B', 'C', 'D']) sheet.mergeCells(`${col}3:${col}4`);
    const { yaml, imported } = await importWorkbook(await bytesOf(book), 'x.xlsx', 'x.xlsx');
    expect(imported.unread).toEqual([]);
    expect(imported.unreliable).toEqual([]);
    expect(subjects(yaml, '公开05表')).toEqual(['205 教育支出', '20508 进修及培训', '2050803 培训支出']);
  });
});

/** 05 printed with names only (no 03 with codes to take them from): found, not read. */
async function namesOnly05(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  put(book.addWorksheet('公开05表'), [
    ['2024年度一般公共预算财政拨款支出决算表'], ['编制单位：某局'], ['项目', '小计', '基本支出', '项目支出'],
    ['合计', '10.00', '10.00', ''], ['一般公共服务支出', '10.00', '10.00', ''], ['行政运行', '10.00', '10.00', ''],
  ]);
  return bytesOf(book);
}

describe('a table found but not read (blind 18W §1: its blanks became zeros in draft and check)', () => {
  it('is written marked 未读出, which the loader takes as unknown: check names it, no identity fails against zeros', async () => {
    const { yaml, imported } = await importWorkbook(await namesOnly05(), 'x.xlsx', 'x.xlsx');
    expect(imported.unread!.map((u) => u.table)).toEqual(['公开05表']);
    expect(yaml).toContain('公开05表: # 一般公共预算财政拨款支出决算表（未读出，见文件开头：按原表填好后删去“未读出: true”一行）\n  未读出: true\n');
    const loaded = parseAccounts(yaml, 'x.yaml');
    expect(loaded.accounts.unreadTables).toEqual(['公开05表']);
    expect(loaded.accounts.absentTables).toContain('公开05表');
    const findings = checkAccounts(loaded.accounts, loaded.source);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.find((f) => f.cells[0]!.path[0] === '公开05表')!.message)
      .toBe('公开05表（一般公共预算财政拨款支出决算表）标为未读出（导入时没有读出它的金额，表中的空白不是 0），涉及它的勾稽关系未核对；说明中依赖它的数字 draft 写作待补充、lint 列为无法核对。请按原表填写这张表，再删去“未读出: true”一行');
  });

  it('draft writes its figures as 【待补充】 naming it, never 0', async () => {
    const { yaml } = await importWorkbook(await namesOnly05(), 'x.xlsx', 'x.xlsx');
    const markdown = draft(dataCatalog(parseAccounts(yaml, 'x.yaml'))).markdown;
    expect(markdown).toContain('一般公共预算财政拨款支出 【待补充：一般公共预算财政拨款支出（公开05表未读出）】 万元');
  });

  it('a table marked 未读出 that holds figures is still unknown until the mark goes: nothing in it is checked', () => {
    const yaml = '部门: 某局\n年度: 2024\n金额单位: 万元\n公开05表:\n  未读出: true\n  合计: { 小计: 5, 基本支出: 1, 项目支出: 1 }\n';
    const loaded = parseAccounts(yaml, 'x.yaml');
    expect(checkAccounts(loaded.accounts, loaded.source).filter((f) => f.severity === 'error')).toEqual([]);
    const unmarked = parseAccounts(yaml.replace('  未读出: true\n', ''), 'x.yaml');
    expect(checkAccounts(unmarked.accounts, unmarked.source).filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
  });

  it('import exits 1 and says which tables were not read', () => {
    const dir = tempDir('juesuan-18w-');
    const book = join(dir, 'names.xlsx');
    return namesOnly05().then((bytes) => {
      writeFileSync(book, bytes);
      const run = juesuan(['import', book, '-o', join(dir, 'data.yaml')]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('已导入 0 张表');
      expect(run.stderr).toContain('公开05表 未读出，已在文件中标为“未读出: true”，需按原表填写');
    });
  });
});

describe('no year in the workbook (blind 18W §4)', () => {
  async function noYear(): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    put(book.addWorksheet('公开05表'), [
      ['一般公共预算财政拨款支出决算表'], ['编制单位：某局'], ['金额单位：万元'], ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
      ['合计', '', '1.00', '1.00', ''], ['201', '一般公共服务支出', '1.00', '1.00', ''], ['20101', '人大事务', '1.00', '1.00', ''], ['2010101', '行政运行', '1.00', '1.00', ''],
    ]);
    return bytesOf(book);
  }

  it('import says where it looked and how to add it; the file says so on its 年度 line', async () => {
    const { yaml, imported } = await importWorkbook(await noYear(), 'x.xlsx', 'x.xlsx');
    expect(imported.notes).toContain('没有找到年度：各工作表的前 8 行（表名、编制单位和单位一行）中没有“2024年度”这样的年度，数据文件中“年度:”一行留空；请填写决算年度（如“年度: 2024”），否则 check、draft 不能使用这个文件');
    expect(yaml).toContain('\n年度: # 原表中没有找到年度，请填写决算年度（4 位年份），如 2024\n');
  });

  it('check says what to write, not only what a year should be', async () => {
    const { yaml } = await importWorkbook(await noYear(), 'x.xlsx', 'x.xlsx');
    expect(() => parseAccounts(yaml, 'x.yaml')).toThrow(DataError);
    expect(() => parseAccounts(yaml, 'x.yaml')).toThrow(/年度：未填写；请在“年度:”后写决算年度（4 位年份），如“年度: 2024”（import 在原表中没有找到年度时留空）$/mu);
  });
});

describe('the 公开01表 marker under a title repeated on the next sheet (blind 18W §2, u103c.xls)', () => {
  it('is part of the title, not a cell of the table', async () => {
    const book = new ExcelJS.Workbook();
    // a sheet of last year's figures left visible (a hidden sheet that .xls saved by LibreOffice shows), then this year's table
    put(book.addWorksheet('上年表1'), [['收入支出决算总表'], [], ['项目', '金额', '项目', '金额'], ['一、一般公共预算财政拨款收入', 7, '一、一般公共服务支出', 7], ['总计', 7, '总计', 7]]);
    const sheet = book.addWorksheet('收入支出决算总表');
    put(sheet, [
      ['2024年度收入支出决算总表'], ['', '', '', '公开01表'], ['编制单位：某局　　2024年度　　单位：万元'],
      ['收入', '', '支出'], ['项目', '金额', '项目', '金额'],
      ['一、一般公共预算财政拨款收入', 7, '一、一般公共服务支出', 7], ['本年收入合计', 7, '本年支出合计', 7], ['总计', 7, '总计', 7],
    ]);
    sheet.mergeCells('A1:D1');
    sheet.mergeCells('A3:D3');
    const { imported } = await importWorkbook(await bytesOf(book), 'x.xlsx', 'x.xlsx');
    expect(JSON.stringify(imported.unreliable)).not.toContain('D2');
    expect(imported.unreliable).toEqual([]);
  });
});
