import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { importPdf } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

// Documents of blind test 8R: each table exact, or not imported with the reason; never a figure 10,000× too large.
const DIR = `${ROOT}test/fixtures/layouts/blind8r/`;
const truthOf = (name: string) => parse(readFileSync(`${DIR}${name}`, 'utf8')) as Record<string, unknown>;
const bytes = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));
/** Every amount a table holds. */
const amountsIn = (node: unknown): string[] => typeof node === 'string' ? (/^-?[\d,]+(?:\.\d+)?$/u.test(node) ? [node] : [])
  : node && typeof node === 'object' ? Object.values(node).flatMap(amountsIn) : [];

describe('juesuan import: the unit each table states (blind test 8R)', () => {
  it('单位：元 on a line of its own at the top of each table page is each table’s unit, not a running header', async () => {
    const result = await importPdf(bytes('yuan-units.pdf'), 'yuan-units.pdf');
    const status = Object.fromEntries(compareImport(result.imported, truthOf('yuan-units.yaml')).tables.map((t) => [t.table, t.status]));
    expect(status).toMatchObject({ 公开05表: 'exact', 公开07表: 'exact' });
    expect(Object.entries(status).filter(([, s]) => s === 'wrong').map(([t]) => t)).toEqual([]);
    const t05 = result.imported.tables['公开05表'] as { 合计: Record<string, string> };
    expect(t05.合计['小计']).toBe('2,756.72');
    expect(result.imported.notes.join('\n')).toMatch(/公开05表、公开07表原文金额单位为元，已换算为万元/u);
  });

  it('a table stating no unit among tables in 元 is not imported as 万元: it is left unread with the reason', async () => {
    const result = await importPdf(bytes('yuan-units.pdf'), 'yuan-units.pdf');
    const unread = result.imported.unread.find((u) => u.table === '公开06表');
    expect(unread?.reason).toMatch(/公开06表的表头没有写金额单位，而.*写明单位为元，不能确定这张表的金额是万元还是元，这张表没有导入/u);
    expect(amountsIn(result.imported.tables['公开06表'])).toEqual([]);
    expect(amountsIn(result.imported.tables['公开05表']).length).toBeGreaterThan(10);
  });

  it('元 with 角分 (156,000.55 元 = 15.600055 万元) is not imported rather than rounded or kept as 万元', async () => {
    const result = await importPdf(bytes('yuan-units.pdf'), 'yuan-units.pdf');
    const unread = result.imported.unread.find((u) => u.table === '公开09表');
    expect(unread?.reason).toMatch(/公开09表的金额单位为元，其中 2 个金额（如 156,000.55 元）换算为万元后超过两位小数/u);
    expect(amountsIn(result.imported.tables['公开09表'])).toEqual([]);
  });
});

describe('identities between tables, where one of them is unreliable already (blind test 8R)', () => {
  it('a table read exactly is not set aside because of a cell another table did not place', async () => {
    const result = await importPdf(bytes('t06-t09.pdf'), 't06-t09.pdf');
    expect(result.imported.unreliable.map((u) => [u.table, u.kind])).toEqual([['公开09表', 'placement']]);
    const status = Object.fromEntries(compareImport(result.imported, truthOf('d1.yaml')).tables.map((t) => [t.table, t.status]));
    expect(status).toMatchObject({ 公开06表: 'exact', 公开09表: 'unreliable' });
    // the failing identity is still said, on the table that could not be placed
    expect(result.imported.unreliable[0]!.details!.map((d) => d.message).join('\n')).toMatch(/与公开06表之间：公开06表 30231 公务用车运行维护费 16\.92，大于公开09表/u);
  });
});
