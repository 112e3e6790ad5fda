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
