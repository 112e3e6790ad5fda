/**
 * LibreOffice Writer prints a narrow 09 with its items' names wrapped (blind 18R u12): 公务用车购置费 as
 * 公务用车 / 购置费 and 公务用车运行维护费 as 公务用车运 / 行维护费. The two top lines stand 5 pt apart, closer
 * than half a character, so they are one cell (公务用车公务用车运); its PDF items are smaller than words
 * (公务用 + 车, touching). The header is found in the cell's words: items that touch joined, cut at the gap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCells } from '../../src/import/grid.js';
import type { Cell } from '../../src/import/cells.js';
import { pdfPageLines, recognisePlacedTables } from '../../src/import/index.js';

type Item = { str: string; transform: number[]; width: number };
const width = (s: string, size: number) => [...s].reduce((w, ch) => w + (/\p{Script=Han}|[（）“”：]/u.test(ch) ? size : size / 2), 0);
/** A text item at x whose top stands `top` pt from the page's top (10.5 pt unless told). */
const item = (str: string, x: number, top: number, size = 10.5): Item => ({ str, transform: [size, 0, 0, size, x, 842 - top - size], width: width(str, size) });
/** A run of touching items, as Writer writes one wrapped line of a header: 公务用 then 车, no gap. */
const touching = (parts: string[], x: number, top: number): Item[] => {
  const out: Item[] = [];
  for (const p of parts) out.push(item(p, out.length ? out[out.length - 1]!.transform[4]! + out[out.length - 1]!.width : x, top));
  return out;
};

/** 09 as Writer printed it in u12: 预算数 and 决算数 each over six columns, the car's two parts wrapped. */
function page09(figures: string[]) {
  const header: Item[] = [
    item('表 9 财政拨款“三公”经费支出决算表', 178.5, 150, 14),
    item('编制单位：安平县乡村振兴服务中心 2024 年度单位：万元', 39.8, 183, 9),
    item('预算数', 152.7, 206), item('决算数', 410.6, 206),
    item('公务用车购置及运行维护费', 127.8, 224), item('公务用车购置及运行维护费', 384, 224),
    item('因公出国', 76.8, 233), item('公务接', 262.6, 233), item('因公出国', 333.2, 233), item('公务接', 519.9, 233),
    item('合计', 46.2, 240.5), ...touching(['公务用', '车'], 158.1, 240.5), ...touching(['公务用', '车', '运'], 205.2, 240.5),
    item('合计', 303, 240.5), ...touching(['公务用', '车'], 414.5, 240.5), ...touching(['公务用', '车', '运'], 461.3, 240.5),
    item('（境）费', 76.8, 248), item('小计', 128.1, 248), item('待费', 267.8, 248),
    item('（境）费', 333.2, 248), item('小计', 384.5, 248), item('待费', 525.1, 248),
    item('购置费', 163.4, 257), item('行维护费', 210.4, 257), item('购置费', 419.8, 257), item('行维护费', 466.6, 257),
  ];
  // the figures right-aligned in their cells: each ends where u12's does
  const ends = [68.1, 150.1, 181.4, 231.3, 280.9, 325.2, 406.6, 437.8, 487, 537.7];
  const row = figures.map((f, i) => item(f, ends[i]! - width(f, 10.5), 275));
  return { page: 1, width: 595, height: 842, items: [...header, ...row] };
}

describe('a narrow 09 whose wrapped item names run together on a line', () => {
  it('is read by each name\'s words, every figure under its own item', () => {
    const imported = recognisePlacedTables(pdfPageLines(page09(['52.69', '47.98', '21.71', '26.27', '4.71', '46.50', '42.80', '21.71', '21.09', '3.70'])));
    expect(imported.unreliable ?? []).toEqual([]);
    expect(imported.tables['公开09表']).toEqual({
      预算数: { 合计: '52.69', '因公出国（境）费': null, 公务用车购置及运行维护费: '47.98', 公务用车购置费: '21.71', 公务用车运行维护费: '26.27', 公务接待费: '4.71' },
      决算数: { 合计: '46.50', '因公出国（境）费': null, 公务用车购置及运行维护费: '42.80', 公务用车购置费: '21.71', 公务用车运行维护费: '21.09', 公务接待费: '3.70' },
    });
  });

  it('still checks itself: a 运行维护费 that does not add up is read where it stands and the table is unreliable for its own identity', () => {
    const imported = recognisePlacedTables(pdfPageLines(page09(['52.69', '47.98', '21.71', '25.27', '4.71', '46.50', '42.80', '21.71', '21.09', '3.70'])));
    expect((imported.tables['公开09表'] as Record<string, Record<string, string | null>>).预算数!.公务用车运行维护费).toBe('25.27');
    expect(imported.unreliable?.filter((p) => p.table === '公开09表').map((p) => p.kind)).toEqual(['own']);
  });
});

describe('wordCells', () => {
  const cell = (items: Array<{ text: string; x0: number; x1: number }>): Cell =>
    ({ text: items.map((i) => i.text).join(''), x0: items[0]!.x0, x1: items[items.length - 1]!.x1, items, kind: 'text', y: 0, h: 10, page: 1, line: 1 }) as Cell;

  it('property: words cut into touching items, a gap of an eighth of the height or more between words, are the words', () => {
    const word = fc.array(fc.stringMatching(/^[一-龥]{1,3}$/u), { minLength: 1, maxLength: 3 });
    fc.assert(fc.property(fc.array(fc.tuple(word, fc.double({ min: 1.25, max: 4.9, noNaN: true })), { minLength: 1, maxLength: 5 }), (words) => {
      const items: Array<{ text: string; x0: number; x1: number }> = [];
      let x = 100;
      for (const [pieces, gap] of words) {
        for (const p of pieces) { items.push({ text: p, x0: x, x1: x + 10 * p.length }); x += 10 * p.length; }
        x += gap;
      }
      const out = wordCells([cell(items)]);
      const expected = words.map(([pieces]) => pieces.join(''));
      if (items.length < 2) expect(out.map((c) => c.text)).toEqual([items[0]!.text]);
      else expect(out.map((c) => c.text)).toEqual(expected.length < 2 ? [expected.join('')] : expected);
      for (let i = 1; i < out.length; i++) expect(out[i]!.x0).toBeGreaterThan(out[i - 1]!.x1);
    }), { numRuns: 300 });
  });

  it('leaves a cell of one item, or of items that all touch, whole', () => {
    const whole = cell([{ text: '公务用', x0: 0, x1: 30 }, { text: '车', x0: 30, x1: 40 }]);
    expect(wordCells([whole])).toEqual([whole]);
  });
});
