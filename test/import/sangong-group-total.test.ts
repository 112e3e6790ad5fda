import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { importPdf } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

// Blind test 9R D15 (pages 8–10: 公开07表, 公开08表, 公开09表): the 三公 table's items as columns, worded
// 因公出国（境）费用 and 公务用车购置及运行费, the latter over 合计 | 公务用车购置费 | 公务用车运行维护费.
const DIR = `${ROOT}test/fixtures/layouts/blind9r/`;
const truth = parse(readFileSync(`${DIR}d15.yaml`, 'utf8')) as Record<string, unknown>;

describe('juesuan import: the 三公 table’s header variants (blind test 9R)', () => {
  it('a 合计 under 公务用车购置及运行费 is that group’s total, not a second 合计 of the table', async () => {
    const result = await importPdf(new Uint8Array(readFileSync(`${DIR}sangong-group-total.pdf`)), 'sangong-group-total.pdf');
    const status = Object.fromEntries(compareImport(result.imported, truth).tables.map((t) => [t.table, t.status]));
    expect(status).toMatchObject({ 公开09表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
    const t09 = result.imported.tables['公开09表'] as Record<string, Record<string, string>>;
    expect(t09.预算数).toMatchObject({ 合计: '28.45', '因公出国（境）费': '5.10', 公务用车购置及运行维护费: '17.75', 公务接待费: '5.60' });
    expect(t09.决算数).toMatchObject({ 合计: '22.35', 公务用车购置及运行维护费: '17.21', 公务用车运行维护费: '17.21' });
  });
});
