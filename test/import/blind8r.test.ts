import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { importPdf, pdfLines, recognisePlacedTables, type PlacedLine } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

// Documents of blind test 8R: each table exact, or not imported with the reason; never a figure 10,000× too large.
const DIR = `${ROOT}test/fixtures/layouts/blind8r/`;
const truthOf = (name: string) => parse(readFileSync(`${DIR}${name}`, 'utf8')) as Record<string, unknown>;
const bytes = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));
/** Every amount a table holds. */
const amountsIn = (node: unknown): string[] => typeof node === 'string' ? (/^-?[\d,]+(?:\.\d+)?$/u.test(node) ? [node] : [])
  : node && typeof node === 'object' ? Object.values(node).flatMap(amountsIn) : [];

describe('juesuan import: the unit each table states (blind test 8R)', () => {
  it('单位：元 on a line of its own at the top of each table page is each table’s unit, not a running header', async () => {
    const result = await importPdf(bytes('yuan-units.pdf'), 'yuan-units.pdf');
    const status = Object.fromEntries(compareImport(result.imported, truthOf('yuan-units.yaml')).tables.map((t) => [t.table, t.status]));
    expect(status).toMatchObject({ 公开05表: 'exact', 公开07表: 'exact' });
    expect(Object.entries(status).filter(([, s]) => s === 'wrong').map(([t]) => t)).toEqual([]);
    const t05 = result.imported.tables['公开05表'] as { 合计: Record<string, string> };
    expect(t05.合计['小计']).toBe('2,756.72');
    expect(result.imported.notes.join('\n')).toMatch(/公开05表、公开07表原文金额单位为元，已换算为万元/u);
  });

  it('a table stating no unit among tables in 元 is not imported as 万元: it is left unread with the reason', async () => {
    const result = await importPdf(bytes('yuan-units.pdf'), 'yuan-units.pdf');
    const unread = result.imported.unread.find((u) => u.table === '公开06表');
    expect(unread?.reason).toMatch(/公开06表的表头没有写金额单位，而.*写明单位为元，不能确定这张表的金额是万元还是元，这张表没有导入/u);
    expect(amountsIn(result.imported.tables['公开06表'])).toEqual([]);
    expect(amountsIn(result.imported.tables['公开05表']).length).toBeGreaterThan(10);
  });

  it('元 with 角分 (156,000.55 元 = 15.600055 万元) is not imported rather than rounded or kept as 万元', async () => {
    const result = await importPdf(bytes('yuan-units.pdf'), 'yuan-units.pdf');
    const unread = result.imported.unread.find((u) => u.table === '公开09表');
    expect(unread?.reason).toMatch(/公开09表的金额单位为元，其中 2 个金额（如 156,000.55 元）换算为万元后超过两位小数/u);
    expect(amountsIn(result.imported.tables['公开09表'])).toEqual([]);
  });
});

describe('identities between tables, where one of them is unreliable already (blind test 8R)', () => {
  it('a table read exactly is not set aside because of a cell another table did not place', async () => {
    // 09 read whole as printed (its header words of two columns run together, 公务用车公务接待, cut apart) …
    const whole = await importPdf(bytes('t06-t09.pdf'), 't06-t09.pdf');
    expect(whole.imported.unreliable).toEqual([]);
    expect(Object.fromEntries(compareImport(whole.imported, truthOf('d1.yaml')).tables.map((t) => [t.table, t.status]))).toMatchObject({ 公开06表: 'exact', 公开09表: 'exact' });
    // … and with 运行维护 of its header not read, so that 公务用车运行维护费's figures stand under no column
    const lines = (await pdfLines(bytes('t06-t09.pdf'))).map((l) => (l.page === 2 ? { ...l, cells: l.cells.filter((c) => c.text !== '运行维护') } : l));
    const result = recognisePlacedTables(lines);
    expect(result.unreliable.map((u) => [u.table, u.kind])).toEqual([['公开09表', 'placement']]);
    const status = Object.fromEntries(compareImport(result as Parameters<typeof compareImport>[0], truthOf('d1.yaml')).tables.map((t) => [t.table, t.status]));
    expect(status).toMatchObject({ 公开06表: 'exact', 公开09表: 'unreliable' });
    // the failing identity is still said, on the table that could not be placed
    expect(result.unreliable[0]!.details!.map((d) => d.message).join('\n')).toMatch(/与公开06表之间：公开06表 30231 公务用车运行维护费 16\.92，大于公开09表/u);
  });
});

describe('cells a narrow column wraps, and rows a page break splits (blind test 8R d5, d12: 11pt on a portrait page)', () => {
  const lines = async (name: string) => pdfLines(bytes(name));
  const statusOf = (imported: Parameters<typeof compareImport>[0], truth: string) =>
    Object.fromEntries(compareImport(imported, truthOf(truth)).tables.map((t) => [t.table, t.status]));
  /** Each text of a line, in order, with its page and line: where a test finds the piece it moves. */
  const at = (ls: readonly PlacedLine[], page: number, text: string) => {
    for (const l of ls) for (const c of l.cells) if (l.page === page && c.text === text) return { l, c };
    throw new Error(`${text} not on page ${page}`);
  };

  it('a code wrapped in its cell (20103 over 01, 201030 over 1) and an amount (9,128.1 over 0) are one code and one amount; a row split over a page break, header not repeated, is one row', async () => {
    const result = await importPdf(bytes('split-norepeat.pdf'), 'split-norepeat.pdf');
    expect(statusOf(result.imported, 'd5.yaml')).toMatchObject({ 公开02表: 'exact', 公开03表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
    const t02 = result.imported.tables['公开02表'] as { 合计: Record<string, string>; 科目: Record<string, Record<string, string>> };
    expect(t02.合计['本年收入合计']).toBe('9,128.10');
    expect(t02.科目['2010301 行政运行']).toMatchObject({ 本年收入合计: '441.98', 财政拨款收入: '441.98' });
    // 208050 at page 4's foot, 1 atop page 5 (a page number's place): 2080501 行政单位离退休
    const t03 = result.imported.tables['公开03表'] as { 科目: Record<string, Record<string, string>> };
    expect(t03.科目['2080501 行政单位离退休']).toMatchObject({ 本年支出合计: '413.81', 基本支出: '413.81' });
    // 9 9 at a page's foot are the ends of two amounts (1,032.79), no page number
    expect(t02.科目['221 住房保障支出']).toMatchObject({ 本年收入合计: '1,032.79', 财政拨款收入: '1,032.79' });
  });

  it('the same with the header repeated on each page and cells top-aligned; a name split by the page break (行政事业单位养老支 / 出) is one name', async () => {
    const result = await importPdf(bytes('split-repeat-top.pdf'), 'split-repeat-top.pdf');
    expect(statusOf(result.imported, 'd12.yaml')).toMatchObject({ 公开02表: 'exact', 公开03表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
    const t03 = result.imported.tables['公开03表'] as { 科目: Record<string, unknown> };
    expect(Object.keys(t03.科目)).toEqual(expect.arrayContaining(['20805 行政事业单位养老支出', '2080501 行政单位离退休']));
  });

  it('an amount\'s end that does not stand right under its start, or with another line\'s text between, is not joined to it: the table is not to be trusted', async () => {
    const base = await lines('split-norepeat.pdf');
    // the 0 of 9,128.1 / 0 moved a column to the right, under no piece of an amount
    const moved = base.map((l) => ({ ...l, cells: l.cells.map((c) => ({ ...c })) }));
    const zero = at(moved, 1, '0').c;
    zero.x0 += 48;
    zero.x1 += 48;
    const apart = recognisePlacedTables(moved);
    expect(apart.unreliable.map((u) => u.table)).toContain('公开02表');
    expect((apart.tables['公开02表'] as { 合计: Record<string, string> }).合计['本年收入合计']).not.toBe('9,128.10');
    // 合计 moved under 9,128.1, between it and its 0
    const between = base.map((l) => ({ ...l, cells: l.cells.map((c) => ({ ...c })) }));
    const total = at(between, 1, '合计').c;
    const start = at(between, 1, '9,128.1').c;
    total.x0 = start.x0;
    total.x1 = start.x1;
    const split = recognisePlacedTables(between);
    expect(split.unreliable.map((u) => u.table)).toContain('公开02表');
    expect((split.tables['公开02表'] as { 合计?: Record<string, string> }).合计?.['本年收入合计']).not.toBe('9,128.10');
  });

  it('a page number is still no part of a table: alone at the page\'s foot, under no cell it could end', async () => {
    const base = await lines('split-norepeat.pdf');
    const last = base.filter((l) => l.page === 2).at(-1)!;
    const withNumber = [...base.map((l) => ({ ...l, cells: l.cells.map((c) => ({ ...c })) }))];
    withNumber.splice(base.indexOf(last) + 1, 0, { page: 2, y: last.y + 40, h: last.h, line: (last.line ?? 0) + 1, cells: [{ text: '208', x0: 290, x1: 307 }] });
    const result = recognisePlacedTables(withNumber);
    expect(statusOf({ ...result } as Parameters<typeof compareImport>[0], 'd5.yaml')).toMatchObject({ 公开02表: 'exact' });
  });
});

describe('header cells a spreadsheet prints as one text run (blind test 8R d13, d14: Calc)', () => {
  it('本年收入合计 财政拨款收入 上级补助收入 in one run, apart by spaces, are three columns, each where its words stand', async () => {
    const result = await importPdf(bytes('sheet-calc-02.pdf'), 'sheet-calc-02.pdf');
    const status = Object.fromEntries(compareImport(result.imported, truthOf('d13.yaml')).tables.map((t) => [t.table, t.status]));
    expect(status).toMatchObject({ 公开02表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
    const t02 = result.imported.tables['公开02表'] as { 合计: Record<string, string> };
    expect(t02.合计).toMatchObject({ 本年收入合计: '6,055.77', 财政拨款收入: '6,035.45', 其他收入: '20.32' });
  });
});

describe('amounts in 元 wrapped in narrow columns (blind test 8R d3, d10, d11)', () => {
  const statusOf = (imported: Parameters<typeof compareImport>[0], truth: string) =>
    Object.fromEntries(compareImport(imported, truthOf(truth)).tables.map((t) => [t.table, t.status]));

  it('41,220,600 over .00, 7,656,500. over 00, two pieces in one text run, and a row\'s 00 00 atop the next page are whole amounts', async () => {
    const result = await importPdf(bytes('yuan-wrapped.pdf'), 'yuan-wrapped.pdf');
    expect(statusOf(result.imported, 'd11.yaml')).toMatchObject({ 公开02表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
  });

  it('the ends of a row\'s amounts missing (the next page\'s 00 00 left out), the row\'s amounts are not read as 1,446,500.', async () => {
    const lines = (await pdfLines(bytes('yuan-wrapped.pdf'))).filter((l) => !(l.page === 2 && l.cells.length === 2 && l.cells.every((c) => c.text === '00')));
    const result = recognisePlacedTables(lines);
    expect(result.unreliable.map((u) => u.table)).toContain('公开02表');
  });

  it('a 序号 column\'s numbers (10, 11 left of 208, 20805) are no 款 of a split code; 09\'s 2,408,100. over 00 is one amount', async () => {
    const result = await importPdf(bytes('yuan-sequence.pdf'), 'yuan-sequence.pdf');
    expect(statusOf(result.imported, 'd3.yaml')).toMatchObject({ 公开02表: 'exact', 公开09表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
    const t02 = result.imported.tables['公开02表'] as { 科目: Record<string, unknown> };
    expect(Object.keys(t02.科目).filter((k) => /^20(?:710|711|812)\b/u.test(k))).toEqual([]);
  });
});

describe('类/款/项 in columns of their own on a portrait page (blind test 8R d7)', () => {
  it('a 项 run into the name after it (01 行政运行) is the code\'s last level, and the name the row\'s name', async () => {
    const result = await importPdf(bytes('klx-portrait.pdf'), 'klx-portrait.pdf');
    const status = Object.fromEntries(compareImport(result.imported, truthOf('d7.yaml')).tables.map((t) => [t.table, t.status]));
    expect(status).toMatchObject({ 公开03表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
    const t03 = result.imported.tables['公开03表'] as { 科目: Record<string, unknown> };
    expect(Object.keys(t03.科目)).toEqual(expect.arrayContaining(['2010301 行政运行', '2010302 一般行政管理事务', '2070109 群众文化']));
  });
});

describe('the 三公 table with its items as columns under headers wrapped over several lines (blind test 8R d1, d3, d7)', () => {
  it('a piece of a figure with no end under it (2,408,100.) is said, not dropped: the table is not to be trusted', async () => {
    const base = await pdfLines(bytes('t06-t09.pdf'));
    // 20.91, the 预算数 合计, printed as 20. over 91 where the end is lost
    const lines = base.map((l) => (l.page === 2 ? { ...l, cells: l.cells.map((c) => (c.text === '20.91' ? { ...c, text: '20.' } : c)) } : l));
    const result = recognisePlacedTables(lines);
    const t09 = result.unreliable.find((u) => u.table === '公开09表');
    expect(t09?.details?.map((d) => d.message).join('\n')).toMatch(/“20\.”不是完整的金额/u);
  });
});
