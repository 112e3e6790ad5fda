import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPdf, textTables } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

type Obj = Record<string, any>;

// 公开05表 printed with subject names only (no 科目编码 column: blind 11R d10, 12R d3). The document's own 03 (02)
// prints the same subjects with their codes: 05's rows take those codes by exact name, or 05 is not read at all.
const seed = readFileSync(`${ROOT}test/fixtures/liaocheng-2024.txt`, 'utf8');
const t05 = [seed.indexOf('公开 05 表'), seed.indexOf('公开 06 表')] as const;
/** The seed with 05's codes taken out (its rows then only names), and its rows' text changed by `edit`. */
const namesOnly = (edit: (section: string) => string = (s) => s): string =>
  seed.slice(0, t05[0]) + edit(seed.slice(t05[0], t05[1]).replace(/^\d{3,7}\t/gmu, '\t')) + seed.slice(t05[1]);

describe('公开05表 with names only, its subjects printed with codes in 03', () => {
  it('reads each row under the code 03 gives its name: the same 05 as printed with codes, and says so', () => {
    const text = namesOnly();
    expect(text.slice(t05[0], text.indexOf('公开 06 表'))).not.toMatch(/^\d{3,7}\t/mu);
    const imported = textTables(text);
    expect(imported.tables['公开05表']).toEqual(textTables(seed).tables['公开05表']);
    expect(imported.unreliable ?? []).toEqual([]);
    expect(imported.notes.some((n) => n.startsWith('公开05表（原文“一般公共预算财政拨款支出决算表”）各行只有科目名称、没有科目编码：按公开03表中同名科目的编码导入'))).toBe(true);
  });

  it('a row whose name 03 does not print: 05 is not read, naming that row', () => {
    const text = namesOnly((s) => s.replace('\t机关服务\t', '\t机关后勤服务\t'));
    const imported = textTables(text);
    const t = imported.tables['公开05表'] as Obj;
    expect(t.科目).toBeNull();
    expect(imported.unread?.find((u) => u.table === '公开05表')?.reason).toContain('“机关后勤服务”不能对应到文件中印有编码的表里的科目（文件中其他印有科目编码的表里没有这个科目名称）');
  });

  it('a 项 under a 款 03 does not put it under: not read, no code guessed', () => {
    // 行政单位医疗 (2101101) moved under 行政事业单位养老支出 (20805): its name is 03's, its place is not
    const text = namesOnly((s) => s.replace('\t行政单位离退休\t295.18\t295.18\t', '\t行政单位医疗\t295.18\t295.18\t'));
    const imported = textTables(text);
    expect((imported.tables['公开05表'] as Obj).科目).toBeNull();
    expect(imported.unread?.find((u) => u.table === '公开05表')?.reason).toContain('“行政单位医疗”不能对应到文件中印有编码的表里的科目（它不在上面读到的类、款之下），不按名称猜编码，这张表没有导入');
  });

  it('a PDF (blind 11R d10, 5.5 pt, rows indented, 合计 at the bottom): every cell as the tester printed it', async () => {
    const result = await importPdf(new Uint8Array(readFileSync(`${ROOT}test/fixtures/layouts/blind11r/t05-names-only.pdf`)), 'x.pdf');
    const t = result.imported.tables['公开05表'] as Obj;
    expect(t.合计).toEqual({ 小计: '5,902.60', 基本支出: '4,948.87', 项目支出: '953.73' });
    expect(Object.keys(t.科目)).toEqual([
      '201 一般公共服务支出', '20103 政府办公厅（室）及相关机构事务', '2010301 行政运行', '2010302 一般行政管理事务', '2010350 事业运行',
      '208 社会保障和就业支出', '20805 行政事业单位养老支出', '2080501 行政单位离退休', '2080505 机关事业单位基本养老保险缴费支出', '2080506 机关事业单位职业年金缴费支出',
      '210 卫生健康支出', '21011 行政事业单位医疗', '2101101 行政单位医疗', '221 住房保障支出', '22102 住房改革支出', '2210201 住房公积金',
    ]);
    expect(t.科目['2010350 事业运行']).toEqual({ 小计: '820.35', 基本支出: '774.60', 项目支出: '45.75' });
    expect(t.科目['2080506 机关事业单位职业年金缴费支出']).toMatchObject({ 小计: '473.37', 基本支出: '473.37' });
    expect(result.imported.unreliable.map((u) => u.table)).not.toContain('公开05表');
  });
});
