/**
 * A small table inside Part 3 of a PDF (blind 15R §2, d14 page 12: 项目 | 全年预算数（万元） | 决算数（万元）): its
 * rows are written as a Markdown table, as a Word table is, so that each figure is judged by its column's header
 * (公务接待费 | 9.68 | 10.04: 10.04 is 决算数's) instead of being one of two figures of 公务接待费 no header names.
 */
import { describe, expect, it } from 'vitest';
import { pdfText, rectsOf, type PdfPage, type TextItem } from '../../src/documents/pdf.js';

const EM = 9;
function run(x: number, y: number, str: string, size = EM): TextItem {
  const width = [...str].reduce((w, c) => w + (/[\x20-\x7e]/u.test(c) ? size / 2 : size), 0);
  return { str, transform: [size, 0, 0, size, x, y], width, fontSize: size };
}
const page = (items: TextItem[]): PdfPage => ({ page: 12, width: 595, height: 842, rotation: 0, box: [0, 0, 595, 842], items });
const right = (end: number, y: number, str: string) => run(end - [...str].length * EM / 2, y, str);

/** d14's words: the header centred in its cells, 全年预算数（万元） and 决算数（万元） one space run apart; the figures right-aligned. */
function d14(rows: Array<[string, string, string]>, at = [233.3, 303.0]): PdfPage {
  const items = [
    run(53.7, 760, '其中：公务接待费全年预算9.68万元，支出决算9.68万元，完成全年预算的100.00%。'),
    run(82.5, 740, '项目'), run(100.5, 740, ' '), run(152.3, 740, '全年预算数（万元）'), run(233.3, 740, ' ', 6.8), run(240.0, 740, '决算数（万元）'),
  ];
  rows.forEach(([name, budget, actual], i) => items.push(run(37.5, 724 - 16 * i, name), right(at[0]!, 724 - 16 * i, budget), right(at[1]!, 724 - 16 * i, actual)));
  items.push(run(33.8, 640, '十、政府采购支出情况说明'));
  return page(items);
}

describe('a table inside Part 3 of a PDF', () => {
  it('is written as a Markdown table, each cell mapped to its words on the page', () => {
    const doc = pdfText([d14([['因公出国（境）费', '6.05', '0.00'], ['公务接待费', '9.68', '10.04']])]);
    expect(doc.text).toContain('\n\n| 项目 | 全年预算数（万元） | 决算数（万元） |\n| --- | --- | --- |\n| 因公出国（境）费 | 6.05 | 0.00 |\n| 公务接待费 | 9.68 | 10.04 |\n\n## 十、');
    const at = doc.text.indexOf('10.04');
    const [rect] = rectsOf(doc.map, at, at + 5);
    expect(rect!.page).toBe(12);
    expect(rect!.x0).toBeCloseTo(303.0 - 5 * EM / 2, 1);
  });

  it('is left as lines where a row\'s cell reaches over the header cell beside its own: its columns are not told', () => {
    // 10.04 starting under 全年预算数（万元）'s last characters
    const doc = pdfText([d14([['因公出国（境）费', '6.05', '0.00'], ['公务接待费', '9.68', '10.04']], [200, 247.5])]);
    expect(doc.text).not.toContain('| 公务接待费 |');
    expect(doc.text).not.toContain('|');
  });

  it('is left as lines where a row has fewer cells than the header (a blank cell: which one is not told)', () => {
    const doc = pdfText([d14([['因公出国（境）费', '6.05', '0.00'], ['公务接待费', '9.68', '']])]);
    expect(doc.text).not.toContain('| 公务接待费 |');
  });
});
