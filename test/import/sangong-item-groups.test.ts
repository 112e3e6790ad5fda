import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocx, importPdf } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

// 公开09表 with each item a column group, 预算数 | 决算数 under it, the car group's header and its 小计 in one cell
// (公务用车购置及运行维护费小计): test/fixtures/layouts/t09-groups/README.md.
const DIR = `${ROOT}test/fixtures/layouts/t09-groups/`;
const bytes = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));

const BUDGET = { 合计: '412.37', '因公出国（境）费': '21.56', 公务用车购置及运行维护费: '275.14', 公务用车购置费: '150.00', 公务用车运行维护费: '125.14', 公务接待费: '115.67' };
const ACTUAL = { 合计: '386.07', '因公出国（境）费': '18.23', 公务用车购置及运行维护费: '262.77', 公务用车购置费: '142.50', 公务用车运行维护费: '120.27', 公务接待费: '105.07' };

describe('juesuan import: 公开09表 with each item a column group of 预算数 and 决算数', () => {
  it('reads each figure under its item and side (Chromium PDF), and keeps the table: its identities hold', async () => {
    const { imported } = await importPdf(bytes('t09-item-groups.pdf'), 't09-item-groups.pdf');
    expect(imported.unreliable).toEqual([]);
    expect(imported.tables['公开09表']).toMatchObject({ 预算数: BUDGET, 决算数: ACTUAL });
  });

  it('reads the Word document it was printed from, cell by cell, alike', () => {
    const { imported } = importDocx(bytes('t09-item-groups.docx'), 't09-item-groups.docx');
    expect(imported.unreliable).toEqual([]);
    expect(imported.tables['公开09表']).toMatchObject({ 预算数: BUDGET, 决算数: ACTUAL });
  });
});
