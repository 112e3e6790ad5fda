import { describe, expect, it } from 'vitest';
import { checkAccounts } from '../../src/check/index.js';
import { parseAccounts } from '../../src/data/load.js';
import { importWorkbook, tableNamed, WorkbookError } from '../../src/workbook/read.js';
import { exportWorkbook } from '../../src/workbook/write.js';
import { seedAccounts, seedText } from '../helpers.js';
import { handBuiltWorkbook } from './hand-built.js';

/** A workbook with only 公开05表: a unit line, the two header rows, and these rows. */
async function table05(rows: Array<Array<string | number>>, unit: string): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('公开05表');
  [['公开05表'], [unit], ['项目', '', '本年支出'], ['科目编码', '科目名称', '小计'], ...rows]
    .forEach((row, r) => row.forEach((v, c) => { if (v !== '') sheet.getCell(r + 1, c + 1).value = v; }));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const TABLES = ['t01', 't02', 't03', 't04', 't05', 't06', 't07', 't08', 't09'] as const;

describe('juesuan export → import: the seed through a workbook', async () => {
  const seed = seedAccounts();
  const { yaml, imported } = await importWorkbook(await exportWorkbook(seed), '决算表.xlsx', '决算表.xlsx');
  const back = parseAccounts(yaml, 'imported.yaml').accounts;

  for (const t of TABLES) {
    it(`${t} equals the data file's cell by cell`, () => {
      expect(back[t]).toEqual(seed[t]);
    });
  }

  it('reads 编制单位 and 年度, finds all nine tables and computes nothing (the workbook has every total)', () => {
    expect([back.department, back.year]).toEqual([seed.department, seed.year]);
    expect(imported.notes).toEqual(['公开08表（原文“国有资本经营预算财政拨款支出决算表”）本表无数据']);
    expect([imported.unreliable, imported.unread]).toEqual([[], []]);
    expect(imported.computed).toEqual([]);
    expect(yaml).not.toContain('计算');
  });

  it('writes what the tables do not hold as the commented section to fill in, as import of text does', () => {
    expect(yaml).toContain('# 上年决算:');
    expect(yaml).toContain('# 由 juesuan import 从 决算表.xlsx 的决算表导入。');
  });
});

describe('juesuan export → import: notes under the tables', () => {
  it('keeps 本表无数据 without a 说明, and a 说明 under a table that has data', async () => {
    const text = seedText()
      .replace('  说明: 本部门没有使用国有资本经营预算安排的支出，故本表无数据。\n', '')
      .replace('公开07表: # 政府性基金预算财政拨款收入支出决算表\n', '公开07表: # 政府性基金预算财政拨款收入支出决算表\n  说明: 全部为土地出让收入安排的支出\n');
    const variant = parseAccounts(text, 'variant.yaml').accounts;
    expect([variant.t08.noData, variant.t08.note, variant.t07.note]).toEqual([true, undefined, '全部为土地出让收入安排的支出']);
    const { yaml } = await importWorkbook(await exportWorkbook(variant), 'v.xlsx', 'v.xlsx');
    const back = parseAccounts(yaml, 'imported.yaml').accounts;
    expect([back.t07, back.t08]).toEqual([variant.t07, variant.t08]);
  });

  it('round-trips each note exactly as written, its final 。 included or not (issue 15: 公开08表 lost its 。)', async () => {
    const notes = ['全部为土地出让收入安排的支出', '含上年结转资金 12.00 万元。', '注：本表金额单位为万元；含“三公”经费。'];
    const text = seedText()
      .replace('公开07表: # 政府性基金预算财政拨款收入支出决算表\n', `公开07表: # 政府性基金预算财政拨款收入支出决算表\n  说明: ${notes[0]}\n`)
      .replace('公开05表: # 一般公共预算财政拨款支出决算表\n', `公开05表: # 一般公共预算财政拨款支出决算表\n  说明: ${notes[1]}\n`)
      .replace('公开03表: # 支出决算表\n', `公开03表: # 支出决算表\n  说明: ${notes[2]}\n`);
    const { yaml } = await importWorkbook(await exportWorkbook(parseAccounts(text, 'notes.yaml').accounts), 'n.xlsx', 'n.xlsx');
    for (const note of [...notes, '本部门没有使用国有资本经营预算安排的支出，故本表无数据。']) expect(yaml).toContain(`  说明: ${note}\n`);
  });
});

describe('juesuan import of a workbook laid out by another program', async () => {
  const seed = seedAccounts();
  const { yaml, imported } = await importWorkbook(await handBuiltWorkbook(seed), 'hand.xlsx', 'hand.xlsx');
  const { accounts, source } = parseAccounts(yaml, 'imported.yaml');

  for (const t of TABLES) {
    it(`${t}: blank 类/款/合计 cells computed, equal to the published table`, () => {
      expect(accounts[t]).toEqual(seed[t]);
    });
  }

  it('marks every computed cell in a comment beside it, and says so at the top', () => {
    expect(yaml).toMatch(/^ {4}201 一般公共服务支出:\n {6}本年收入合计: 3,218\.84 # 由款级合计计算\n {6}财政拨款收入: 3,218\.84 # 由款级合计计算$/mu);
    expect(yaml).toMatch(/^ {4}20103 政府办公厅（室）及相关机构事务:\n {6}本年收入合计: 3,218\.84 # 由项级合计计算$/mu);
    expect(yaml).toMatch(/^ {2}合计:\n {4}本年收入合计: 4,340\.16 # 由类级合计计算\n {4}财政拨款收入: 4,340\.16 # 由类级合计计算$/mu);
    expect(yaml).toMatch(/^ {6}本年支出合计: 1,861\.14 # 由本行各栏计算$/mu);
    expect(yaml).toMatch(/^ {6}小计: 1,861\.14 # 由本行基本支出、项目支出计算$/mu);
    expect(yaml).toMatch(/^ {4}本年收入合计: 4,340\.16 # 由各项收入计算$/mu);
    expect(yaml).toMatch(/^ {2}人员经费合计: 2,758\.39 # 由人员经费各类合计计算$/mu);
    expect(yaml).toMatch(/^ {4}公务用车购置及运行维护费: "17\.24" # 由公务用车购置费、公务用车运行维护费计算$/mu);
    const marks = yaml.match(/ # 由\S+计算$/gmu)?.length ?? 0;
    expect(marks).toBe(imported.computed!.length);
    expect(imported.notes).toEqual([
      '公开08表（原文“国有资本经营预算财政拨款支出决算表”）本表无数据',
      `表中 ${marks} 个空白的类、款、合计单元格已由下级数据计算，见行尾注释“由……计算”，请核对`,
    ]);
    // computed, the tables pass their own identities
    expect([imported.unreliable, imported.unread]).toEqual([[], []]);
  });

  it('passes check', () => {
    const errors = checkAccounts(accounts, source).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });
});

describe('finding a table by its title', () => {
  it('takes the number, the name, both, or the name after the year', () => {
    expect(['公开02表', '公开 02 表', '收入决算表', '2024年度收入决算表', '公开02表 收入决算表', '公开2表'].map(tableNamed)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(['公开02表 支出决算表', '公开02表中的数据', '决算表', '一般公共预算财政拨款支出决算表'].map(tableNamed)).toEqual([undefined, undefined, undefined, 5]);
  });
});

describe('subject rows', () => {
  it('reads code and name from one 项目 cell where the sheet has no 科目编码 column', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('表5');
    [['一般公共预算财政拨款支出决算表'], ['项目', '小计'], ['合计', null], ['201 一般公共服务支出', 10.5], ['20103 政府办公厅（室）及相关机构事务', 10.5]]
      .forEach((row, r) => row.forEach((v, c) => { if (v !== null) sheet.getCell(r + 1, c + 1).value = v; }));
    const { yaml, imported } = await importWorkbook(new Uint8Array(await book.xlsx.writeBuffer()), 'x.xlsx', 'x.xlsx');
    // read as written; a 小计 without its 基本支出 and 项目支出 fails the table's own identity, and says so
    expect(yaml).toContain('公开05表: # 一般公共预算财政拨款支出决算表（不可靠：导入后未通过核对，见文件开头）\n  合计:\n    小计: "10.50" # 由类级合计计算；不可靠：涉及未通过的勾稽关系（原文第 1 个工作表第 3 行）\n  科目:\n'
      + '    201 一般公共服务支出:\n      小计: "10.50" # 不可靠：涉及未通过的勾稽关系（原文第 1 个工作表第 4 行）\n'
      + '    20103 政府办公厅（室）及相关机构事务:\n      小计: "10.50" # 不可靠：涉及未通过的勾稽关系（原文第 1 个工作表第 5 行）\n');
    expect(imported.unreliable!.map((u) => u.table)).toEqual(['公开05表']);
  });
});

describe('juesuan import of a workbook that is not one', () => {
  it('a damaged file is a WorkbookError in Chinese', async () => {
    await expect(importWorkbook(Buffer.from('PK\x03\x04 not really a zip'), 'bad.xlsx', 'bad.xlsx')).rejects.toThrow(/bad\.xlsx {2}这是损坏的 Excel 工作簿（压缩数据已损坏，无法解开），无法读取/u);
  });

});

describe('a workbook in 元 (blind test 14R f-yuan.xlsx: accounts software writes 单位：元)', () => {
  it('is converted to 万元 exactly, as a PDF in 元 is, and the notes say so', async () => {
    const { imported, yaml } = await importWorkbook(await table05([['201', '一般公共服务支出', 123400], ['20103', '政府办公厅（室）及相关机构事务', '123,400.00']], '单位：元'), 'x.xlsx', 'x.xlsx');
    expect(yaml).toMatch(/201 一般公共服务支出:\n {6}小计: "12\.34"(?: #.*)?\n/u);
    expect(yaml).toMatch(/20103 政府办公厅（室）及相关机构事务:\n {6}小计: "12\.34"(?: #.*)?\n/u);
    expect(imported.notes).toContain('公开05表原文金额单位为元，已换算为万元（除以 10,000，没有舍入）');
  });

  it('is not imported, never rounded, where an amount in 元 does not come out at 0.01 万元', async () => {
    const { imported, yaml } = await importWorkbook(await table05([['201', '一般公共服务支出', 12.34]], '单位：元'), 'x.xlsx', 'x.xlsx');
    expect(yaml).not.toMatch(/201 一般公共服务支出:\n {6}小计: "/u);
    expect(imported.unread.map((u) => u.table)).toEqual(['公开05表']);
    expect(imported.unread[0]!.reason).toContain('公开05表的金额单位为元，其中 1 个金额（如 12.34 元）换算为万元后超过两位小数');
  });
});

describe('hidden sheets (blind test 14R n-hidden-lastyear.xlsx, g-ledger.xlsx: last year’s tables on hidden sheets)', () => {
  /** The seed's workbook with each of `which` sheets copied as a hidden sheet 上年…, its amounts doubled and headed 2023年度, placed at `order(i)`. */
  async function withHidden(which: readonly string[], order: (sheetIndex: number) => number, state: 'hidden' | 'visible' = 'hidden'): Promise<Uint8Array> {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await exportWorkbook(seedAccounts())) as unknown as ArrayBuffer);
    for (const name of which) {
      const from = book.getWorksheet(name)!;
      const to = book.addWorksheet(`上年${name}`, { state });
      to.orderNo = order(from.orderNo);
      from.eachRow((row, r) => row.eachCell((cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value;
        to.getCell(r, c).value = typeof v === 'number' ? v * 2 : typeof v === 'string' ? v.replace(/20\d{2}年度/u, '2023年度') : v;
      }));
      for (const range of (from.model as { merges?: string[] }).merges ?? []) to.mergeCells(range);
    }
    return new Uint8Array(await book.xlsx.writeBuffer());
  }
  const seedTables = async () => (await importWorkbook(await exportWorkbook(seedAccounts()), 'x.xlsx', 'x.xlsx')).imported.tables;

  it('nine hidden sheets of last year placed before this year’s are not read: the visible tables are imported, and the notes name the hidden sheets', async () => {
    const all = ['公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表'];
    const { imported } = await importWorkbook(await withHidden(all, (i) => i - 100), 'x.xlsx', 'x.xlsx');
    expect(imported.tables).toEqual(await seedTables());
    expect([imported.unreliable, imported.unread]).toEqual([[], []]);
    expect(imported.notes).toContain('“上年公开01表”、“上年公开02表”、“上年公开03表”等 9 个工作表是隐藏的，没有读取（隐藏的工作表不显示也不打印，不作为决算表）；如其中有本年的表，请取消隐藏后再导入');
    expect(imported.notes.join('\n')).not.toContain('另一组决算表');
  });

  it('the same nine sheets visible: two sets of tables of different years, neither taken because it comes first — refused, saying why', async () => {
    const all = ['公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表'];
    for (const order of [(i: number) => i - 100, (i: number) => i + 100]) {
      const error = await importWorkbook(await withHidden(all, order, 'visible'), 'x.xlsx', 'x.xlsx').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookError);
      expect((error as WorkbookError).problems).toHaveLength(1);
      expect((error as WorkbookError).problems[0]).toMatch(/^文件中有两组决算表，年度不同（第 \d+–\d+ 页为 20\d\d 年度，第 \d+–\d+ 页为 20\d\d 年度），不能确定哪一组是本年的决算，两组都没有导入/u);
    }
  });

  it('a hidden sheet straight after the table it copies is no continuation of it', async () => {
    const { imported } = await importWorkbook(await withHidden(['公开05表'], (i) => i + 0.5), 'x.xlsx', 'x.xlsx');
    expect(imported.tables['公开05表']).toEqual((await seedTables())['公开05表']);
    expect([imported.unreliable, imported.unread]).toEqual([[], []]);
    expect(imported.notes).toContain('“上年公开05表”工作表是隐藏的，没有读取（隐藏的工作表不显示也不打印，不作为决算表）；如其中有本年的表，请取消隐藏后再导入');
  });
});

describe('juesuan import of a workbook with cells that cannot be read (blind test 9R, D3.xlsx and D3c.xlsx)', () => {
  /** The seed exported, then changed as a hand would change it. */
  async function edited(change: (book: import('exceljs').Workbook) => void): Promise<Uint8Array> {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await exportWorkbook(seedAccounts())) as unknown as ArrayBuffer);
    change(book);
    return new Uint8Array(await book.xlsx.writeBuffer());
  }
  /** A table as the seed's workbook, unchanged, imports it. */
  const tableOf = async (key: string) => (await importWorkbook(await exportWorkbook(seedAccounts()), 'x.xlsx', 'x.xlsx')).imported.tables[key];

  it('a cell that is not an amount, or has a third decimal, is not imported: its table is unreliable, naming the cell, and the others are read', async () => {
    const bytes = await edited((book) => {
      book.getWorksheet('公开05表')!.getCell('C8').value = '约三千';
      book.getWorksheet('公开05表')!.getCell('C10').value = 1861.145;
    });
    const { imported } = await importWorkbook(bytes, 'x.xlsx', 'x.xlsx');
    expect(imported.unreliable.map((u) => [u.table, u.kind])).toEqual([['公开05表', 'placement']]);
    expect(imported.unreliable[0]!.details!.map((d) => d.message)).toEqual([
      '第 5 个工作表第 8 行“约三千”：工作表“公开05表”C8：应为金额（数字，最多两位小数）或空白，实际为“约三千”',
      '第 5 个工作表第 10 行“1861.145”：工作表“公开05表”C10：金额 1861.145 超过两位小数；万元金额应到分（两位小数）',
    ]);
    expect(Object.keys(imported.tables)).toHaveLength(9);
    expect(imported.tables['公开03表']).toEqual(await tableOf('公开03表'));
  });

  it('a hidden column (a helper’s IDs) is no column of the table', async () => {
    const bytes = await edited((book) => {
      const sheet = book.getWorksheet('公开02表')!;
      sheet.getColumn(12).hidden = true;
      for (let r = 1; r <= sheet.rowCount; r++) sheet.getCell(r, 12).value = `ID${r}`;
    });
    const { imported } = await importWorkbook(bytes, 'x.xlsx', 'x.xlsx');
    expect([imported.unreliable, imported.unread]).toEqual([[], []]);
    expect(imported.tables['公开02表']).toEqual(await tableOf('公开02表'));
  });

  it('(1.58) written as text is −1.58, as accountants write a negative', async () => {
    const { yaml } = await importWorkbook(await table05([['201', '一般公共服务支出', '(1.58)']], '单位：万元'), 'x.xlsx', 'x.xlsx');
    expect(yaml).toMatch(/201 一般公共服务支出:\n {6}小计: "-1\.58"(?: #.*)?\n/u);
  });

  it('−1.58 (U+2212), －1.58 (full-width) and △1.58 (a decrease) written as text are −1.58', async () => {
    for (const minus of ['−', '－', '△']) {
      const { yaml } = await importWorkbook(await table05([['201', '一般公共服务支出', `${minus}1.58`]], '单位：万元'), 'x.xlsx', 'x.xlsx');
      expect(yaml, minus).toMatch(/201 一般公共服务支出:\n {6}小计: "-1\.58"(?: #.*)?\n/u);
    }
  });

  it('a number a spreadsheet computed with binary noise reads as the amount it shows', async () => {
    const { yaml } = await importWorkbook(await table05([['201', '一般公共服务支出', 0.1 + 0.2]], '单位：万元'), 'x.xlsx', 'x.xlsx');
    expect(yaml).toMatch(/201 一般公共服务支出:\n {6}小计: "0\.30"(?: #.*)?\n/u);
  });
});

describe('a date in a sheet’s title row (blind test 11R d08: a workbook saved by LibreOffice Calc, 2025-09-30 in J1 of each table sheet)', () => {
  const dated = async (change?: (book: import('exceljs').Workbook) => void) => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await exportWorkbook(seedAccounts())) as unknown as ArrayBuffer);
    for (const sheet of book.worksheets) {
      const cell = sheet.getCell(1, sheet.columnCount + 1);
      cell.value = new Date(Date.UTC(2025, 8, 30));
      cell.numFmt = 'yyyy-mm-dd';
    }
    change?.(book);
    return new Uint8Array(await book.xlsx.writeBuffer());
  };

  it('a title row is a title with a date in it: every table is read, none runs past the end of its sheet', async () => {
    const { imported } = await importWorkbook(await dated(), 'x.xlsx', 'x.xlsx');
    const plain = (await importWorkbook(await exportWorkbook(seedAccounts()), 'x.xlsx', 'x.xlsx')).imported;
    expect([imported.unreliable, imported.unread]).toEqual([[], []]);
    expect(imported.tables).toEqual(plain.tables);
    expect(imported.notes.join('\n')).not.toMatch(/表名不是标准/u);
  });

  it('a date is named as the cell shows it (2025-09-30), never as JavaScript’s Date text', async () => {
    const { imported } = await importWorkbook(await dated((book) => {
      const cell = book.getWorksheet('公开05表')!.getCell('C8');
      cell.value = new Date(Date.UTC(2025, 8, 30));
      cell.numFmt = 'yyyy-mm-dd';
    }), 'x.xlsx', 'x.xlsx');
    const t05 = imported.unreliable.find((u) => u.table === '公开05表');
    expect(t05!.details!.map((d) => d.message).join('\n')).toMatch(/工作表“公开05表”C8：应为金额（数字，最多两位小数）或空白，实际为“2025-09-30”/u);
    expect(JSON.stringify(imported)).not.toMatch(/GMT|CoordinatedUniversalTime/u);
  });
});

