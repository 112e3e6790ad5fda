import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { importPdf } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

// Blind test 9R D5: Part 3 printed section by section, each section's table right after its words, so the
// next section's heading and paragraph stand right under a table (pages 3–5: 公开04表 to 公开08表).
const DIR = `${ROOT}test/fixtures/layouts/blind9r/`;
const truth = parse(readFileSync(`${DIR}d5.yaml`, 'utf8')) as Record<string, unknown>;

describe('juesuan import: Part 3 printed right after a table (blind test 9R)', () => {
  it('the next section’s heading and paragraph are none of the table’s rows', async () => {
    const result = await importPdf(new Uint8Array(readFileSync(`${DIR}part3-after-tables.pdf`)), 'part3-after-tables.pdf');
    // 2024年度财政拨款收、支总计均为2,398.65万元。 / 五、一般公共预算财政拨款支出决算情况说明 under 04;
    // （一）…总体情况 and its sentence under 05; a paragraph running over every column under 06 and 07
    const status = Object.fromEntries(compareImport(result.imported, truth).tables.map((t) => [t.table, t.status]));
    expect(status).toMatchObject({ 公开04表: 'exact', 公开05表: 'exact', 公开06表: 'exact', 公开07表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
    const t05 = result.imported.tables['公开05表'] as { 科目: Record<string, unknown> };
    expect(Object.keys(t05.科目)).toContain('2210201 住房公积金');
    expect(JSON.stringify(result.imported.tables)).not.toMatch(/情况说明|万元，占/u);
  });

  it('a label of a two-sided table wider than the column headers over it is a row all the same; the line over the headers (公开01表 单位：万元) is no column', async () => {
    // blind 9R D10 page 2, 9pt: 十四、资源勘探工业信息等支出 runs under 公开01表 and 单位：万元 of the line over the header
    const d10 = parse(readFileSync(`${DIR}d10-d11.yaml`, 'utf8')) as Record<string, unknown>;
    const result = await importPdf(new Uint8Array(readFileSync(`${DIR}wrapped-codes-top.pdf`)), 'wrapped-codes-top.pdf');
    const status = Object.fromEntries(compareImport(result.imported, d10).tables.map((t) => [t.table, t.status]));
    expect(status).toMatchObject({ 公开01表: 'exact', 公开02表: 'exact' });
  });
});
