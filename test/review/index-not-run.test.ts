/**
 * A folder's HTML index (blind 17R §8): a row of zeros read as clean hid documents whose Part 3 was not
 * found, whose tables were not read or not used. Each reviewed document's row says which checks did not run.
 */
import { describe, expect, it } from 'vitest';
import { renderIndexPage } from '../../src/report/html-report.js';
import type { LocatedDocument } from '../../src/report/located.js';

const doc = (name: string, extra: Partial<LocatedDocument>): LocatedDocument => ({
  filePath: name, name, kind: 'pdf', counts: { errors: 0, warnings: 1, unverified: 0, verified: 0, tables: 0 }, findings: [], ...extra,
});
const check = (id: string, ran: boolean) => ({ id, name: id, ran, detail: '' });
const rowOf = (html: string, name: string) => html.split('<tr>').find((r) => r.includes(`>${name}</a>`)) ?? '';

describe('the review index names the checks that did not run', () => {
  const clean = doc('clean.pdf', { checks: [check('tables', true), check('against-tables', true), check('previous-year', false)], tables: { imported: ['公开01表'], notImported: [] } });
  const noPart3 = doc('no-part3.pdf', { checks: [check('tables', true), check('against-tables', false), check('previous-year', false)], tables: { imported: ['公开01表'], notImported: [] } });
  const unreliable = doc('split.pdf', {
    checks: [check('tables', true), check('against-tables', true), check('previous-year', false)],
    tables: { imported: ['公开01表'], notImported: [
      { table: '公开02表', title: '收入决算表', status: 'unreliable', reason: '' },
      { table: '公开03表', title: '支出决算表', status: 'unread', reason: '' },
      { table: '公开07表', title: '', status: 'absent', reason: '' },
    ] },
  });
  const noTables = doc('outlined.pdf', { checks: [check('tables', false), check('against-tables', false), check('previous-year', false)], tables: { imported: [], notImported: [] } });
  const html = renderIndexPage([clean, noPart3, unreliable, noTables].map((d) => ({ doc: d, href: `${d.name}.html` })), { command: 'review' });

  it('a document checked throughout: nothing named (last year’s file, not given, is not named either)', () => {
    expect(rowOf(html, 'clean.pdf')).toContain('<td class="gaps" data-label="未进行的核对"></td>');
  });

  it('Part 3 not checked, tables not used as a basis (an absent one not counted), tables not read at all', () => {
    expect(rowOf(html, 'no-part3.pdf')).toContain('⚠ 说明文字未与决算表核对');
    expect(rowOf(html, 'split.pdf')).toContain('⚠ 2 张表不作核对依据');
    expect(rowOf(html, 'outlined.pdf')).toContain('⚠ 说明文字未与决算表核对；⚠ 决算表未核对');
  });

  it('lint’s index has no such column', () => {
    expect(renderIndexPage([{ doc: clean, href: 'x.html' }], { command: 'lint' })).not.toContain('未进行的核对');
  });
});
