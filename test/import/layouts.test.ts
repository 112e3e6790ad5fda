import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { importDocx, importPdf, importText } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

const LAYOUTS = `${ROOT}test/fixtures/layouts/`;
const REAL = `${ROOT}test/fixtures/real/`;

/** Every table of an import equal to the truth, cell by cell, and none named unreliable or unread. */
function expectExact(result: Awaited<ReturnType<typeof importPdf>>, truth: Record<string, unknown>) {
  const accuracy = compareImport(result.imported, truth);
  expect(accuracy.tables.filter((t) => t.status !== 'exact').map((t) => `${t.table} ${t.status}: ${t.differences.slice(0, 5).join('; ')}`)).toEqual([]);
  expect(accuracy.tables).toHaveLength(9);
  expect(result.imported.unreliable).toEqual([]);
  expect(result.imported.unread).toEqual([]);
}

/** The tables each layout's pdftotext -layout text reads exactly today: no fewer, as the reader improves. */
const LAYOUT_TEXT_EXACT: Record<string, string[]> = {
  'split-codes': ['公开01表', '公开02表', '公开05表', '公开08表', '公开09表'],
  tight: ['公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表'],
  landscape: ['公开02表', '公开03表', '公开05表', '公开07表', '公开08表', '公开09表'],
  shanghai: ['公开01表', '公开02表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表'],
};

// Random accounts typeset in the table styles published documents use (generate.ts), printed to PDF by LibreOffice.
describe.each([
  ['split-codes', 'codes over 类/款/项 columns, a header of three rows, names wrapping in a narrow column, codes and figures at the top of their cells, 01/04 labels wrapping, tables numbered 一…九 in the document\'s order'],
  ['tight', 'no cell padding (a figure touching the next cell\'s label), 行次 columns and 栏次 rows, 部门 and 单位 on one line, 06 in three blocks, 三公 items as rows with 其中 rows'],
  ['landscape', 'landscape pages, tables running on over pages with and without their header repeated, a 单位决算 with 表一… titles, 三公 预算数 and 决算数 over six items each'],
  ['shanghai', 'one code column with names wrapping around their codes, 06 in two blocks with every cell written, 三公 预算数 and 决算数 under each item'],
])('juesuan import: the %s layout (%s)', async (name) => {
  const truth = parse(readFileSync(`${LAYOUTS}${name}.yaml`, 'utf8')) as Record<string, unknown>;

  it('the PDF imports cell-exact', async () => {
    expectExact(await importPdf(new Uint8Array(readFileSync(`${LAYOUTS}${name}.pdf`)), `${name}.pdf`), truth);
  });

  it('the Word document it was printed from imports cell-exact', () => {
    expectExact(importDocx(new Uint8Array(readFileSync(`${LAYOUTS}${name}.docx`)), `${name}.docx`), truth);
  });

  // Layout text loses what the PDF holds (a page's columns are spaced by what the page holds, a figure a few
  // points off its row is a line off it): a table it cannot place is named, never read wrong.
  it('its pdftotext -layout text: every table exact, or named unreliable or unread, none read wrong', () => {
    const fromLayout = importText(readFileSync(`${LAYOUTS}${name}.layout.txt`, 'utf8'), `${name}.layout.txt`);
    const tables = compareImport(fromLayout.imported, truth).tables;
    expect(tables.filter((t) => t.status === 'wrong' || t.status === 'missing').map((t) => `${t.table} ${t.status}: ${t.differences.slice(0, 5).join('; ')}`)).toEqual([]);
    expect(tables.filter((t) => t.status === 'exact').map((t) => t.table)).toEqual(expect.arrayContaining(LAYOUT_TEXT_EXACT[name]!));
  });
});

// A real PDF made with ONLYOFFICE, transcribed by hand.
describe('juesuan import: putuo-czj-2024 (ONLYOFFICE: split codes, wrapped two-sided labels, figures above their labels)', async () => {
  const truth = parse(readFileSync(`${REAL}putuo-czj-2024.tables.yaml`, 'utf8')) as Record<string, unknown>;
  const result = await importPdf(new Uint8Array(readFileSync(`${REAL}putuo-czj-2024.pdf`)), 'putuo-czj-2024.pdf');

  it('imports every table cell-exact, the document\'s own slips reproduced as published', () => {
    expectExact(result, truth);
    const t = result.imported.tables as Record<string, Record<string, Record<string, unknown>>>;
    // 01 and 04 say 326.71 where 03 says 326.72; 02's classes add to 2,946.26 against its 合计 2,946.25
    expect(t['公开01表']!['支出']!['社会保障和就业支出']).toBe('326.71');
    expect((t['公开03表']!['科目']!['208 社会保障和就业支出'] as Record<string, unknown>)['本年支出合计']).toBe('326.72');
    expect(t['公开02表']!['合计']!['本年收入合计']).toBe('2,946.25');
  });

  it('names no table unreliable: each slip is a rounding of 0.01 a term, within the tail tolerance check allows', () => {
    expect(result.imported.unreliable).toEqual([]);
  });

  it('reads the document\'s department and year', () => {
    expect(result.yaml).toContain('部门: 上海市普陀区财政局\n年度: 2024');
  });

  // pdftotext -layout spaces each page's columns by what the page holds, prints a figure a few points off its
  // row on a line of its own, a split code's 款 a line below its 类, and a name letter-spaced across its cell.
  it('its pdftotext -layout text imports the same nine tables, cell-exact, none unreliable', () => {
    const fromLayout = importText(readFileSync(`${REAL}putuo-czj-2024.layout.txt`, 'utf8'), 'putuo-czj-2024.layout.txt');
    expectExact(fromLayout, truth);
    expect(fromLayout.imported.tables).toEqual(result.imported.tables);
    expect(fromLayout.yaml.replace('putuo-czj-2024.layout.txt', 'putuo-czj-2024.pdf')).toBe(result.yaml);
  });
});
