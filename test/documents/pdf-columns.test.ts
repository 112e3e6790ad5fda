/**
 * A page of Part 3 set in two text columns (blind 14R, e-twocol-pdf p.12): the lines of the two
 * columns stand at the same heights, so a reader that groups runs by baseline alone glues a line
 * of the right column onto one of the left (因公出国2,491.00 1,594.24 64.00%万元，占 0.16%). The
 * page is split at its gutter before lines are joined into sentences; a table's page, whose
 * columns have gaps between them too, is not.
 */
import { describe, expect, it } from 'vitest';
import { pdfText, pdfTextLines, type PdfPage, type TextItem } from '../../src/documents/pdf.js';

const EM = 10.5;
/** A run at (x, y): its width as wide as its characters, an em each (digits and Latin half of one). */
function run(x: number, y: number, str: string, size = EM): TextItem {
  const width = [...str].reduce((w, c) => w + (/[\x20-\x7e]/u.test(c) ? size / 2 : size), 0);
  return { str, transform: [size, 0, 0, size, x, y], width, fontSize: size };
}
const page = (items: TextItem[], n = 1): PdfPage => ({ page: n, width: 595, height: 842, rotation: 0, box: [0, 0, 595, 842], items });

const LEFT = [
  '第三部分 2024 年度部门决算情况说明',
  '二、收入决算情况说明',
  '2024 年度本年收入合计 883,587.06 万元，其中：',
  '财政拨款收入 873,337.63 万元，占 98.84%；事业',
  '收入 8,842.07 万元，占 1.00%；其他收入 1,407.36',
  '万元，占 0.16%。',
  '三、支出决算情况说明',
  '2024 年度本年支出合计 883,587.06 万元，其中：',
  '基本支出 629,821.58 万元，占 68.78%；项目支出',
  '253,765.48 万元，占 28.72%。',
];
/** The right column: the end of a paragraph, then a small table of 三公 figures (cells two ems and more apart). */
const RIGHT: Array<string | string[]> = [
  '元，完成全年预算的 64.00%；公务用车购置及运',
  '行维护费全年预算为 8,375.29 万元，支出决算为',
  '6,867.74 万元，完成全年预算的 82.00%；公务接',
  '待费全年预算为 8,736.91 万元，支出决算为',
  '6,377.95 万元，完成全年预算的 73.00%。',
  ['项目', '全年预算', '决算', '完成率'],
  ['因公出国', '2,491.00', '1,594.24', '64.00%'],
  ['公务接待费', '8,736.91', '6,377.95', '73.00%'],
  '第四部分 名词解释',
  '一、财政拨款收入：指本年度从本级财政部门取得',
];

function twoColumns(): PdfPage {
  const items: TextItem[] = [];
  LEFT.forEach((text, i) => items.push(run(50, 773 - 15 * i, text)));
  RIGHT.forEach((line, i) => {
    const y = 773 - 15 * i;
    if (typeof line === 'string') items.push(run(308, y, line));
    // (LibreOffice writes a space run between a table's cells)
    else line.forEach((cell, k) => items.push(...(k > 0 ? [run(300 + 60 * k, y, ' ', 8)] : []), run(308 + 60 * k, y, cell, 8)));
  });
  items.push(run(279, 33, '第 12 页'));
  return page(items, 12);
}

describe('a page of Part 3 in two text columns', () => {
  it('is read column by column: no line of the right column joins one of the left', () => {
    const { lines } = pdfTextLines([twoColumns()]);
    const texts = lines.map((l) => l.text);
    expect(texts.slice(0, LEFT.length)).toEqual(LEFT);
    expect(texts).toContain('因公出国 2,491.00 1,594.24 64.00%');
    expect(texts.at(-1)).toBe('一、财政拨款收入：指本年度从本级财政部门取得');
  });

  it('joins each column\'s sentences, and leaves the table in the column out of them', () => {
    const { text } = pdfText([twoColumns()]);
    expect(text).toContain('其他收入 1,407.36万元，占 0.16%。');
    expect(text).toContain('2024 年度本年支出合计 883,587.06 万元，其中：基本支出 629,821.58 万元，占 68.78%；项目支出253,765.48 万元，占 28.72%。');
    // (the table as Markdown's, its cells under their headers: see pdf-part3-table.test.ts)
    expect(text).toContain('\n\n| 项目 | 全年预算 | 决算 | 完成率 |\n| --- | --- | --- | --- |\n| 因公出国 | 2,491.00 | 1,594.24 | 64.00% |\n');
    expect(text).not.toMatch(/64\.00%万元|73\.00%基本支出/u);
  });

  it('leaves a table\'s page row by row: the gap between its two halves is no gutter', () => {
    const rows = [
      ['一、一般公共预算财政拨款收入', '5,736.88', '一、一般公共服务支出', '2,982.84'],
      ['二、政府性基金预算财政拨款收入', '91.39', '二、外交支出', ''],
      ['三、国有资本经营预算财政拨款收入', '', '三、国防支出', ''],
      ['四、上级补助收入', '', '四、公共安全支出', ''],
      ['五、事业收入', '', '五、教育支出', ''],
      ['六、经营收入', '', '六、科学技术支出', ''],
      ['七、附属单位上缴收入', '', '七、文化旅游体育与传媒支出', ''],
      ['八、其他收入', '14.87', '八、社会保障和就业支出', '1,956.13'],
    ];
    const items = rows.flatMap((cells, i) => cells.flatMap((c, k) => (c === '' ? [] : [run([40, 220, 310, 500][k]!, 700 - 15 * i, c, 9)])));
    const texts = pdfTextLines([page(items)]).lines.map((l) => l.text);
    expect(texts[0]).toBe('一、一般公共预算财政拨款收入5,736.88一、一般公共服务支出2,982.84');
    expect(texts).toHaveLength(rows.length);
  });
});
