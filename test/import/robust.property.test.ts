import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText, recognisePlacedTables } from '../../src/import/index.js';

// Pieces of published tables, in any order and at any column: whatever the recogniser is
// given, it returns tables and notes, never throws.
const PIECES = [
  '收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款基本支出决算表',
  '财政拨款“三公”经费支出决算表', '国有资本经营预算财政拨款收入支出决算表', '公开03表', '项目', '决算数', '科目编码',
  '科目名称', '经济分类', '合计', '本年收入合计', '基本支出', '预算数', '人员经费合计', '201', '2013901', '30101',
  '310资本性支出', '一、一般公共服务支出', '307.82', '0.00', '1', '- 2 -', '注：本表反映', '说明：本表无数据。',
  '第三部分', '…', '', '\f', '\t', '\t\t',
];

describe('the recogniser on arbitrary arrangements of table pieces', () => {
  it('never throws, and names every table it did not find, or found the title of over figures but could not read', () => {
    const line = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 12 })), { maxLength: 6 })
      .map((cells) => cells.map(([t, gap]) => ' '.repeat(gap) + t).join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const { imported } = importText(lines.join('\n'), 'x.txt');
        const found = Object.keys(imported.tables).length;
        const headerless = (imported.unread ?? []).filter((u) => !(u.table in imported.tables));
        expect(headerless.every((u) => u.reason.includes('下有金额，但没有认出它的表头'))).toBe(true);
        expect(imported.notes.filter((n) => n.startsWith('未找到'))).toHaveLength(9 - found - headerless.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the recogniser on arbitrary cells at arbitrary places (a PDF\'s geometry)', () => {
  it('never throws, and names as unreliable or unread only tables it found (or whose title it found over figures)', () => {
    const cell = fc.record({ text: fc.constantFrom(...PIECES.filter((p) => p.trim() !== '' && !p.includes('\f'))), x0: fc.double({ min: -50, max: 800, noNaN: true }), w: fc.double({ min: 0, max: 200, noNaN: true }) });
    const line = fc.record({ y: fc.double({ min: 0, max: 800, noNaN: true }), h: fc.double({ min: 0, max: 20, noNaN: true }), page: fc.integer({ min: 1, max: 3 }), cells: fc.array(cell, { maxLength: 6 }) });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (raw) => {
        const lines = raw.map((l, i) => ({ page: l.page, y: (l.page - 1) * 100_000 + l.y, h: l.h, line: i + 1, cells: l.cells.map((c) => ({ text: c.text, x0: c.x0, x1: c.x0 + c.w })) }))
          .sort((a, b) => a.y - b.y);
        const imported = recognisePlacedTables(lines);
        const unread = new Set((imported.unread ?? []).map((u) => u.table));
        for (const u of imported.unreliable ?? []) expect(Object.keys(imported.tables)).toContain(u.table);
        for (const t of unread) {
          if (!(t in imported.tables)) expect(imported.unread!.find((u) => u.table === t)!.reason).toContain('下有金额，但没有认出它的表头');
        }
      }),
      { numRuns: 200 },
    );
  });
});
