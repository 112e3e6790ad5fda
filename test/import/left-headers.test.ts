import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { importPdf } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

// Blind test 9R D9 (pages 3, 4, 10: 公开02表, 公开03表, 公开09表): a bordered Word table whose headers keep Word's
// default alignment, left in their cells, while the figures are right-aligned: a figure's centre is then nearer
// the next column's header than its own (D8, the same document with centred headers, imports exactly).
const DIR = `${ROOT}test/fixtures/layouts/blind9r/`;
const truth = parse(readFileSync(`${DIR}d9.yaml`, 'utf8')) as Record<string, unknown>;

describe('juesuan import: headers aligned left in their cells, figures right (blind test 9R)', () => {
  it('each figure goes to the column whose header starts at or left of its right end, and the tables are exact', async () => {
    const result = await importPdf(new Uint8Array(readFileSync(`${DIR}left-headers.pdf`)), 'left-headers.pdf');
    const status = Object.fromEntries(compareImport(result.imported, truth).tables.map((t) => [t.table, t.status]));
    expect(status).toMatchObject({ 公开02表: 'exact', 公开03表: 'exact', 公开09表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
    const t02 = result.imported.tables['公开02表'] as { 合计: Record<string, string> };
    // 合计: 2,298.05 = 财政拨款收入 2,276.38 + 其他收入 21.67 (not 21.67 beside 附属单位上缴收入's 0.00)
    expect(t02.合计).toMatchObject({ 本年收入合计: '2298.05', 财政拨款收入: '2276.38', 附属单位上缴收入: '0.00', 其他收入: '21.67' });
  });
});
