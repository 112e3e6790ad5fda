import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPdf } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

// Blind test 14R: Word documents converted to PDF by LibreOffice, pages cut from the tester's documents
// (test/fixtures/layouts/blind14r/README.md), figures as the tester's truth has them.
const DIR = `${ROOT}test/fixtures/layouts/blind14r/`;
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));
type Obj = Record<string, any>;

describe('公开01表: a blank row whose name wraps onto the header’s word (blind 14R §4.1: 01 unusable in all 8 LibreOffice PDFs)', () => {
  it('三、国有资本经营预算财政拨款 / 收入 with no amount is joined into its line, as the same wrap with an amount is; 01 is read whole', async () => {
    const { imported } = await importPdf(bytesOf('blank-row-wrapped.pdf'), 'x.pdf');
    const t01 = imported.tables['公开01表'] as Obj;
    expect(Object.keys(t01.收入)).toContain('国有资本经营预算财政拨款收入');
    expect(t01.收入.国有资本经营预算财政拨款收入).toBeNull();
    expect(t01.收入).toMatchObject({ 一般公共预算财政拨款收入: '672,183.10', 政府性基金预算财政拨款收入: '2,266.67', 事业收入: '7,069.07', 其他收入: '246.24', 本年收入合计: '681,765.08', 总计: '681,765.08' });
    expect(t01.支出).toMatchObject({ 一般公共服务支出: '25,190.23', 本年支出合计: '681,765.08', 总计: '681,765.08' });
    expect(imported.unreliable).toEqual([]);
  });
});

describe('公开01表: a blank row whose name is no line of the table', () => {
  it('is left out and said so; it does not make the table unusable', async () => {
    const { textTables } = await import('../../src/import/index.js');
    const seed = readFileSync(`${ROOT}test/fixtures/liaocheng-2024.txt`, 'utf8');
    const text = seed.replace('三、国有资本经营预算财政拨款收入\t3\t', '三、国有资本经营预算财政拨款\t3\t');
    expect(text).not.toBe(seed);
    const imported = textTables(text);
    expect(imported.unreliable.map((u) => u.table)).not.toContain('公开01表');
    expect(imported.notes).toContain('公开01表：收入一栏的“三、国有资本经营预算财政拨款”不是本表的行，也没有金额，没有导入，请对照原文');
    const { 国有资本经营预算财政拨款收入: blank, ...others } = (textTables(seed).tables['公开01表'] as Obj).收入;
    expect(blank).toBeNull();
    expect((imported.tables['公开01表'] as Obj).收入).toEqual(others);
  });
});

describe('公开09表: a note in an amount cell is not the amount (blind 14R §4.2: 09 unreliable in a-tracked, a-markup, j-footnotes)', () => {
  const sanGong = (imported: { tables: Record<string, unknown> }) => imported.tables['公开09表'] as Obj;

  it('a second line in brackets under the amount (（均为国内接待）): the amount read, the note kept out and said', async () => {
    const { imported } = await importPdf(bytesOf('09-note-line.pdf'), 'x.pdf');
    expect(sanGong(imported).决算数).toEqual({ 合计: '7,976.03', '因公出国（境）费': '1,420.16', 公务用车购置及运行维护费: '3,805.97', 公务用车购置费: '0.00', 公务用车运行维护费: '3,805.97', 公务接待费: '2,749.90' });
    expect(sanGong(imported).预算数.公务接待费).toBe('4,104.32');
    expect(imported.unreliable).toEqual([]);
    expect(imported.notes).toContain('公开09表：第 1 页第 11 行“（均为国内接待）”是公务接待费金额旁的说明文字，不是金额，没有导入（只导入了金额）');
  });

  it('a footnote mark touching the amount (300.44 then a raised 2): the amount read, never 300.442 nor 2', async () => {
    const { imported } = await importPdf(bytesOf('09-footnote-mark.pdf'), 'x.pdf');
    expect(sanGong(imported).决算数).toEqual({ 合计: '2,299.98', '因公出国（境）费': '1,970.10', 公务用车购置及运行维护费: '29.44', 公务用车购置费: '0.00', 公务用车运行维护费: '29.44', 公务接待费: '300.44' });
    expect(sanGong(imported).预算数.公务接待费).toBe('469.43');
    expect(imported.unreliable).toEqual([]);
    expect(imported.notes).toContain('公开09表：第 1 页第 10 行“2”是公务接待费金额旁的脚注标记，不是金额，没有导入（只导入了金额）');
  });
});

describe('公开09表: a note printed beside the table is no column (blind 14R §4.2: c-long-pdf, 09 unreliable)', () => {
  it('说明：“三公”经费预算数为 / 全年预算数。 right of the header and of the 合计 row: no header, no figure of the row, and said', async () => {
    const { imported } = await importPdf(bytesOf('09-side-note.pdf'), 'x.pdf');
    const t09 = imported.tables['公开09表'] as Obj;
    expect(t09.预算数).toEqual({ 合计: '19,213.83', '因公出国（境）费': '0.00', 公务用车购置及运行维护费: '121.28', 公务用车购置费: '0.00', 公务用车运行维护费: '121.28', 公务接待费: '19,092.55' });
    expect(t09.决算数).toEqual({ 合计: '17,085.76', '因公出国（境）费': '0.00', 公务用车购置及运行维护费: '93.39', 公务用车购置费: '0.00', 公务用车运行维护费: '93.39', 公务接待费: '16,992.37' });
    expect(imported.unreliable).toEqual([]);
    expect(imported.notes).toContain('公开09表：第 1 页第 4 行“说明：“三公”经费预算数为全年预算数。”是表旁的说明文字，不是表头，没有作为一栏读取');
  });
});

describe('a name wrapped over four lines (blind 14R §6: 2120899 lost 的支出 with no note)', () => {
  it('其他国有土 / 地使用权出 / 让收入安排 / 的支出 under the code, the last line more than three lines below it, is one name', async () => {
    const { imported } = await importPdf(bytesOf('02-four-line-name.pdf'), 'x.pdf');
    const names = Object.keys((imported.tables['公开02表'] as Obj).科目);
    expect(names).toContain('2120899 其他国有土地使用权出让收入安排的支出');
    expect(names).toContain('21208 国有土地使用权出让收入安排的支出');
    expect(imported.unreliable).toEqual([]);
  });
});

describe('公开01表 printed as one column: the label 支出 between its income and its expenditure rows (blind 15R §4)', () => {
  it('is the section\'s label, not a row: no note about it', async () => {
    const { textTables } = await import('../../src/import/index.js');
    const seed = readFileSync(`${ROOT}test/fixtures/liaocheng-2024.txt`, 'utf8');
    const text = seed.replace('三、国有资本经营预算财政拨款收入\t3\t', '三、国有资本经营预算财政拨款\t3\t');
    const withLabel = text.replace('三、国有资本经营预算财政拨款\t3\t', '支出\n三、国有资本经营预算财政拨款\t3\t');
    expect(withLabel).not.toBe(text);
    const imported = textTables(withLabel);
    expect(imported.notes.filter((n) => n.includes('“支出”'))).toEqual([]);
    expect(imported.notes).toContain('公开01表：收入一栏的“三、国有资本经营预算财政拨款”不是本表的行，也没有金额，没有导入，请对照原文');
  });
});
