/**
 * LibreOffice's PDF/A writes a table row's adjacent cells as one text run, the cells a space apart
 * (blind 15R d7-pdfa): 09's two column headers `预算数 决算数` 4.4 pt apart, and 08's row name with its
 * amounts after it (`其他解决历史遗留问题及改革成本支出 22.20 -`). Each is told apart where its characters stand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfPageLines, recognisePlacedTables } from '../../src/import/index.js';

type Item = { str: string; transform: number[]; width: number; spans?: Float64Array };
/** A run at x on baseline y (9 pt), each Han character 9 pt wide, others 5 pt, a space `gap` pt: with its characters' spans. */
function run(str: string, x: number, y: number, gap = 4.4): Item {
  const spans: number[] = [];
  let at = 0;
  for (const ch of str) {
    const w = ch === ' ' ? gap : /\p{Script=Han}|[（）]/u.test(ch) ? 9 : 5;
    spans.push(at, w);
    at += w;
  }
  return { str, transform: [9, 0, 0, 9, x, y], width: at, spans: Float64Array.from(spans) };
}
const page = (items: Item[]) => ({ page: 1, width: 595, height: 842, items });

describe('a run of a name and the figures beside it', () => {
  it('is the name and each figure or dash, a cell each, where they stand', () => {
    const [line] = pdfPageLines(page([run('2230199', 58.3, 400), run('其他解决历史遗留问题及改革成本支出 22.20 -', 99.8, 400), run('22.20', 324.2, 400)]));
    expect(line!.cells.map((c) => c.text)).toEqual(['2230199', '其他解决历史遗留问题及改革成本支出', '22.20', '-', '22.20']);
    const [, name, amount, dash] = line!.cells;
    expect(name!.x1).toBeLessThan(amount!.x0);
    expect(amount!.x1).toBeLessThan(dash!.x0);
  });

  it('is left whole where what follows the space is no whole amount (a count, a year, words)', () => {
    for (const s of ['车辆 3', '2024 年度', '单价 100 万元', '其他支出 12.5']) {
      expect(pdfPageLines(page([run(s, 50, 400)]))[0]!.cells.map((c) => c.text)).toEqual([s]);
    }
  });

  it('property: the cells read are the run\'s words, the name\'s first, in order, none overlapping', () => {
    const name = fc.stringMatching(/^[一-龥]{1,12}$/u);
    const figure = fc.oneof(fc.constant('-'), fc.integer({ min: 0, max: 9_999_999 }).map((n) => (n / 100).toFixed(2)));
    fc.assert(fc.property(name, fc.array(figure, { minLength: 1, maxLength: 4 }), (n, figures) => {
      const cells = pdfPageLines(page([run(`${n} ${figures.join(' ')}`, 100, 400)]))[0]!.cells;
      expect(cells.map((c) => c.text)).toEqual([n, ...figures]);
      for (let i = 1; i < cells.length; i++) expect(cells[i]!.x0).toBeGreaterThanOrEqual(cells[i - 1]!.x1);
    }), { numRuns: 200 });
  });
});

describe('a vertical 09 whose 预算数 and 决算数 are one run', () => {
  const rows: Array<[string, string, string]> = [
    ['合计', '26.64', '20.42'], ['1.因公出国（境）费', '4.44', '-'], ['2.公务用车购置及运行维护费', '15.10', '13.32'],
    ['（1）公务用车购置费', '-', '-'], ['（2）公务用车运行维护费', '15.10', '13.32'], ['3.公务接待费', '7.10', '7.10'],
  ];
  const items = [
    run('财政拨款“三公”经费支出决算表', 207, 560), run('单位：万元', 263.2, 545),
    run('项目', 108, 530), run('预算数 决算数', 179.1, 530),
    ...rows.flatMap(([n, b, a], i) => [run(n, 58.3, 515 - 15 * i), run(b, b === '-' ? 178.6 : 201.1 - 5 * b.length, 515 - 15 * i), run(a, a === '-' ? 209.6 : 232.1 - 5 * a.length, 515 - 15 * i)]),
  ];
  it('is read by the two headers, each over its column', () => {
    const imported = recognisePlacedTables(pdfPageLines(page(items)));
    expect(imported.tables['公开09表']).toEqual({
      预算数: { 合计: '26.64', '因公出国（境）费': '4.44', 公务用车购置及运行维护费: '15.10', 公务用车购置费: null, 公务用车运行维护费: '15.10', 公务接待费: '7.10' },
      决算数: { 合计: '20.42', '因公出国（境）费': null, 公务用车购置及运行维护费: '13.32', 公务用车购置费: null, 公务用车运行维护费: '13.32', 公务接待费: '7.10' },
    });
    expect((imported.unreliable ?? []).filter((p) => p.table === '公开09表')).toEqual([]);
  });
});
