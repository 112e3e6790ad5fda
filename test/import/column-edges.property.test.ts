/**
 * Placing a PDF table's figures under their column headers, whatever the widths of the columns and however
 * the header and the figures are aligned in their cells (blind test 15R §1: a Calc PDF, headers left in
 * narrow cells and figures right, put 02's 事业收入 under 经营收入 by the nearest header centre, unflagged).
 * The import is either right or says it could not read the table: never a figure under the wrong header.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlacedLine } from '../../src/import/index.js';
import { recognisePlacedTables } from '../../src/import/tables.js';
import { propertySeed } from '../setup/seed.js';

const SEED = propertySeed(20261207);
const FONT = 9;
/** a CJK character's width; a digit, comma or point is half of it */
const widthOf = (t: string) => [...t].reduce((w, ch) => w + (/[\x20-\x7e]/u.test(ch) ? FONT / 2 : FONT), 0);
const PAD = 1.5;

const COLUMNS = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'] as const;
type Align = 'left' | 'centre' | 'right';

const money = (cents: number) => (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

interface Table02 { widths: number[]; header: Align; figures: Align; rows: Array<Array<number | null>>; dash: boolean }

/** 公开02表 printed as a PDF page: every cell's text placed by its column's width and alignment. */
function page(t: Table02): PlacedLine[] {
  const code = 60;
  const name = 150;
  const lefts: number[] = [];
  let x = 40 + code + name;
  for (const w of t.widths) { lefts.push(x); x += w; }
  const place = (text: string, col: number, align: Align) => {
    const w = widthOf(text);
    const l = lefts[col]!;
    const r = l + t.widths[col]!;
    const x0 = align === 'left' ? l + PAD : align === 'right' ? r - PAD - w : (l + r - w) / 2;
    return { text, x0, x1: x0 + w };
  };
  const lines: PlacedLine[] = [];
  const line = (cells: PlacedLine['cells']) => lines.push({ page: 1, y: 40 + 15 * lines.length, h: FONT, line: lines.length + 1, cells });
  line([{ text: '收入决算表', x0: 250, x1: 250 + widthOf('收入决算表') }]);
  line([{ text: '公开02表', x0: 40, x1: 40 + widthOf('公开02表') }, { text: '单位：万元', x0: x - 60, x1: x - 60 + widthOf('单位：万元') }]);
  line([{ text: '科目编码', x0: 40 + PAD, x1: 40 + PAD + widthOf('科目编码') }, { text: '科目名称', x0: 100 + PAD, x1: 100 + PAD + widthOf('科目名称') },
    ...COLUMNS.map((h, i) => place(h, i, t.header))]);
  const keys: Array<[string, string]> = [['', '合计'], ['201', '一般公共服务支出'], ['20103', '政府办公厅（室）及相关机构事务'], ['2010301', '行政运行'], ['2010350', '事业运行']];
  t.rows.forEach((values, r) => {
    const [c, n] = keys[r]!;
    const cells: PlacedLine['cells'] = [];
    if (c) cells.push({ text: c, x0: 40 + PAD, x1: 40 + PAD + widthOf(c) });
    cells.push({ text: n, x0: 100 + PAD, x1: 100 + PAD + widthOf(n) });
    values.forEach((v, i) => {
      if (v !== null) cells.push(place(money(v), i, t.figures));
      else if (t.dash) cells.push(place('-', i, 'left'));
    });
    line(cells);
  });
  return lines;
}

/** Rows 合计, 201, 20103, 2010301, 2010350: the two 项 random, the rest their sums; 本年收入合计 the sum of the others. */
const table02 = fc.record({
  widths: fc.array(fc.double({ min: 0, max: 90, noNaN: true }), { minLength: 7, maxLength: 7 }),
  // figures right (numbers as numbers, every producer's default) or centred; left (numbers stored as text, Calc's and
  // Excel's default) under headers left too. (Figures left under centred or right-aligned headers in wide cells stand
  // nearer the column before theirs, not told apart from figures right-aligned there: not covered, see the report of imp18.)
  align: fc.constantFrom<[Align, Align]>(['left', 'right'], ['left', 'centre'], ['left', 'left'], ['centre', 'right'], ['centre', 'centre'], ['right', 'right'], ['right', 'centre']),
  dash: fc.boolean(),
  a: fc.array(fc.option(fc.integer({ min: 1, max: 99_999_99 }), { nil: null, freq: 2 }), { minLength: 6, maxLength: 6 }),
  b: fc.array(fc.option(fc.integer({ min: 1, max: 99_99 }), { nil: null, freq: 2 }), { minLength: 6, maxLength: 6 }),
}).map(({ widths, align: [header, figures], dash, a, b }) => {
  const withTotal = (v: Array<number | null>) => [v.reduce<number>((s, x) => s + (x ?? 0), 0), ...v];
  const sum = a.map((x, i) => (x === null && b[i] === null ? null : (x ?? 0) + (b[i] ?? 0)));
  const rows = [withTotal(sum), withTotal(sum), withTotal(sum), withTotal(a), withTotal(b)];
  // every column at least as wide as its header and its widest figure, and up to 90 pt wider
  const need = COLUMNS.map((h, i) => Math.max(widthOf(h), ...rows.map((r) => widthOf(money(r[i] ?? 0)))) + 2 * PAD + 1);
  return { widths: widths.map((w, i) => need[i]! + w), header, figures, dash, rows } as Table02;
});

describe('公开02表\'s figures under their headers, whatever the column widths and alignments', () => {
  it('every figure read is under its own header, or the table is said to be unreliable', () => {
    let exact = 0;
    fc.assert(fc.property(table02, (t) => {
      const imported = recognisePlacedTables(page(t));
      const flagged = [...(imported.unreliable ?? []), ...(imported.unread ?? [])].some((u) => u.table === '公开02表');
      if (flagged) return;
      const t02 = imported.tables['公开02表'] as { 合计: Record<string, string | null> };
      expect(t02).toBeDefined();
      const want = Object.fromEntries(COLUMNS.map((k, i) => [k, t.rows[0]![i] === null ? null : money(t.rows[0]![i]!)]));
      const got = Object.fromEntries(COLUMNS.map((k) => [k, t02.合计[k] ?? null]));
      expect(got).toEqual(want);
      exact++;
    }), { numRuns: 300, seed: SEED });
    // the generator is not so odd that nothing is read
    expect(exact).toBeGreaterThan(150);
  });

  it('Calc\'s layout (blind 15R d12 page 2): headers left in narrow cells, figures right — 事业收入 stays 事业收入', () => {
    const t: Table02 = {
      // Calc's column width 14 on a page fitted to width: each amount column 67.6 pt
      widths: Array(7).fill(67.6), header: 'left', figures: 'right', dash: true,
      rows: [[193403, 190488, null, 2499, null, null, 416], [193403, 190488, null, 2499, null, null, 416],
        [193403, 190488, null, 2499, null, null, 416], [190904, 190488, null, null, null, null, 416], [2499, null, null, 2499, null, null, null]],
    };
    const imported = recognisePlacedTables(page(t));
    expect(imported.unreliable ?? []).toEqual([]);
    const t02 = imported.tables['公开02表'] as { 合计: Record<string, string | null>; 科目: Record<string, Record<string, string | null>> };
    expect(t02.合计).toMatchObject({ 本年收入合计: '1,934.03', 财政拨款收入: '1,904.88', 事业收入: '24.99', 其他收入: '4.16' });
    expect(t02.合计.经营收入 ?? null).toBeNull();
    expect(t02.科目['2010350 事业运行']).toMatchObject({ 事业收入: '24.99' });
  });

  // 15R d12's figures, 本年收入合计 in a wide column: by their centres its figures are 财政拨款收入's, and end far short of
  // that header; by the left edges each is under its own header.
  const d12 = [[193403, 190488, null, 2499, null, null, 416], [193403, 190488, null, 2499, null, null, 416],
    [193403, 190488, null, 2499, null, null, 416], [190904, 190488, null, null, null, null, 416], [2499, null, null, 2499, null, null, null]];
  const wide = (i: number) => Array.from({ length: 7 }, (_, k) => (k === i ? 150 : 67.6));
  const flagged02 = (t: Table02) => {
    const imported = recognisePlacedTables(page(t));
    return { imported, flagged: [...(imported.unreliable ?? []), ...(imported.unread ?? [])].some((u) => u.table === '公开02表') };
  };

  it('headers centred over figures right in a wide column: read by the left edges where only that reading adds up (by centres two figures share a cell)', () => {
    const { imported, flagged } = flagged02({ widths: wide(0), header: 'centre', figures: 'right', dash: true, rows: d12 });
    expect(flagged).toBe(false);
    const t02 = imported.tables['公开02表'] as { 合计: Record<string, string | null> };
    expect(t02.合计).toEqual({ 本年收入合计: '1,934.03', 财政拨款收入: '1,904.88', 事业收入: '24.99', 其他收入: '4.16' });
    expect(imported.notes.join('\n')).toMatch(/按各栏表头的左端分栏读入/u);
  });

  it('…but not where the column its centres point to is blank: 事业收入\'s or 经营收入\'s, the sums hold either way', () => {
    expect(flagged02({ widths: wide(3), header: 'centre', figures: 'right', dash: true, rows: d12 }).flagged).toBe(true);
    expect(flagged02({ widths: wide(1), header: 'centre', figures: 'right', dash: true, rows: d12 }).flagged).toBe(true);
  });

  it('…nor headers right over figures centred in the wide column (the left edges would mislead there)', () => {
    for (const i of [0, 1, 3]) expect(flagged02({ widths: wide(i), header: 'right', figures: 'centre', dash: true, rows: d12 }).flagged).toBe(true);
  });
});
