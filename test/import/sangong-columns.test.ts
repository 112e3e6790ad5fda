import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPdf } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

// Blind test 11R (chromium-printed PDFs): 公开09表 with its items as columns, the headers centred in their
// cells, the figures right-aligned (test/fixtures/layouts/blind11r/README.md).
const DIR = `${ROOT}test/fixtures/layouts/blind11r/`;
const read = async (name: string) => importPdf(new Uint8Array(readFileSync(`${DIR}${name}`)), name);

describe('juesuan import: 公开09表 with its items as columns, figures right-aligned under centred headers', () => {
  it('puts each figure in the column its cell is in, though a short one is nearer the next header’s centre', async () => {
    const result = await read('t09-right-aligned.pdf');
    expect(result.imported.unreliable).toEqual([]);
    const t09 = result.imported.tables['公开09表'] as Record<string, Record<string, string | null>>;
    // printed: 54.35 | 8.71 | 27.06 | (blank) | 27.06 | 18.58 ‖ 43.68 | 8.71 | 16.77 | (blank) | 16.77 | 18.20
    expect(t09.预算数).toEqual({ 合计: '54.35', '因公出国（境）费': '8.71', 公务用车购置及运行维护费: '27.06', 公务用车购置费: null, 公务用车运行维护费: '27.06', 公务接待费: '18.58' });
    expect(t09.决算数).toEqual({ 合计: '43.68', '因公出国（境）费': '8.71', 公务用车购置及运行维护费: '16.77', 公务用车购置费: null, 公务用车运行维护费: '16.77', 公务接待费: '18.20' });
  });

  it('reads 全年预算数 and 决算数 where 年初预算数 is a third group over the same items, and says the opening budget is left out', async () => {
    const result = await read('t09-three-groups.pdf');
    expect(result.imported.unreliable).toEqual([]);
    const t09 = result.imported.tables['公开09表'] as Record<string, Record<string, string | null>>;
    // printed: 年初 31.77 20.27 7.04 – 7.04 4.46 | 全年 35.32 22.53 7.83 – 7.83 4.96 | 决算 25.53 16.67 5.79 – 5.79 3.07
    expect(t09.预算数).toEqual({ 合计: '35.32', '因公出国（境）费': '22.53', 公务用车购置及运行维护费: '7.83', 公务用车购置费: null, 公务用车运行维护费: '7.83', 公务接待费: '4.96' });
    expect(t09.决算数).toEqual({ 合计: '25.53', '因公出国（境）费': '16.67', 公务用车购置及运行维护费: '5.79', 公务用车购置费: null, 公务用车运行维护费: '5.79', 公务接待费: '3.07' });
    expect(result.imported.notes).toContain('公开09表的“年初预算数”一组不是数据文件的预算数（全年预算数），没有导入');
  });
});
