import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { pdfTextLines, readPdfPages } from '../../src/documents/pdf.js';
import { importPdf } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

// Blind test 13R: documents made with another engine (pdfkit, NotoSansCJK), with the decoration real PDFs
// carry; pages cut from the tester's documents (test/fixtures/layouts/blind13r/README.md), truth as published.
const DIR = `${ROOT}test/fixtures/layouts/blind13r/`;
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));
const truthOf = (name: string) => parse(readFileSync(`${DIR}${name}`, 'utf8')) as Record<string, unknown>;

async function imported(pdf: string, truth: string) {
  const result = await importPdf(bytesOf(pdf), pdf);
  const status = Object.fromEntries(compareImport(result.imported, truthOf(truth)).tables.map((t) => [t.table, t.status]));
  return { result, status };
}

describe('PDF reading: a watermark is decoration, not the page’s text (blind 13R §1)', () => {
  it('a diagonal watermark (light grey, translucent, 44 pt, at −40°) drawn across Part 3 leaves its lines as printed', async () => {
    const lines = pdfTextLines(await readPdfPages(bytesOf('diagonal-watermark.pdf'))).texts;
    // The share wraps after 33.0 (占33.0 / 9%); the watermark's 理 stood between them.
    const text = lines.join('');
    expect(text).toContain('一般公共服务支出3,614.63万元，占33.09%');
    expect(text).toContain('完成年初预算的118.87%');
    // Not one glyph of 上海市某区市场监督管理局　公开 off its line.
    expect(lines.filter((l) => /^[上海市某区场监督管理局公开]{1,3}$/u.test(l))).toEqual([]);
  });

  it('… and out of a table: 公开01表 and 公开02表 under the diagonal watermark are imported exactly', async () => {
    const { result, status } = await imported('diagonal-watermark.pdf', 'd1.yaml');
    expect(status).toMatchObject({ 公开01表: 'exact', 公开02表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
  });

  it('a horizontal watermark (44 pt, light, translucent) across a table row is not part of the row; a large black title is kept', async () => {
    const { result, status } = await imported('horizontal-watermark.pdf', 'd15.yaml');
    expect(status).toMatchObject({ 公开03表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
    const lines = pdfTextLines(await readPdfPages(bytesOf('horizontal-watermark.pdf'))).texts;
    expect(lines.some((l) => l.includes('支出决算表'))).toBe(true);
    expect(lines.some((l) => l.includes('公开') && l.includes('水务局') && !l.includes('编制单位'))).toBe(false);
  });
});

describe('PDF reading: a page drawn sideways (no /Rotate) is read turned, without the text upright on it (blind 13R §2)', () => {
  it('the page number 第 7 页 共 14 页, upright on the page, is not read into 公开04表 drawn sideways', async () => {
    const pages = await readPdfPages(bytesOf('rotated-footer-summary.pdf'));
    expect(pages[0]!.rotation).not.toBe(0);
    expect(pages[0]!.items.map((i) => i.str).join('')).not.toMatch(/第\s*7\s*页/u);
    const { result, status } = await imported('rotated-footer-summary.pdf', 'd6.yaml');
    expect(status).toMatchObject({ 公开04表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
  });
});

describe('import: a table that is only the sentence saying it is empty (blind 13R §3)', () => {
  it('公开07表 and 公开08表 each a title, its marker and 本单位无…，故本表为空表。 with no grid: 本表无数据, not absent', async () => {
    const { result, status } = await imported('sentence-0708-09short.pdf', 'd5.yaml');
    expect(status).toMatchObject({ 公开07表: 'exact', 公开08表: 'exact' });
    expect(result.imported.tables['公开07表']).toMatchObject({ 本表无数据: true, 说明: '本单位无政府性基金预算财政拨款收入、支出，故本表为空表。' });
    expect(result.imported.tables['公开08表']).toMatchObject({ 本表无数据: true });
    expect(result.imported.notes.join('\n')).not.toMatch(/未找到公开0[78]表/u);
  });
});

describe('import: amounts with a space as thousands separator (blind 13R §4)', () => {
  it('270 449.07 is one amount, not 270 and 449.07 in two cells: 公开01表 and 公开04表 imported exactly', async () => {
    const { result, status } = await imported('space-separators.pdf', 'd3.yaml');
    expect(status).toMatchObject({ 公开01表: 'exact', 公开04表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
    expect((result.imported.tables['公开01表'] as Record<string, Record<string, string>>).收入).toMatchObject({ 一般公共预算财政拨款收入: '270449.07' });
  });
});

describe('import: 公开09表 with its items as columns and short sub-column names (blind 13R §5)', () => {
  it('小计 | 购置费 | 运行维护费 under 公务用车购置及运行维护费 (运行 / 维护费, 公务 / 接待费 over two lines) are the car’s columns', async () => {
    const { result, status } = await imported('sentence-0708-09short.pdf', 'd5.yaml');
    expect(status).toMatchObject({ 公开09表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
    const t09 = result.imported.tables['公开09表'] as Record<string, Record<string, string | null>>;
    expect(t09.预算数).toMatchObject({ 合计: '425.95', 公务用车购置及运行维护费: '229.41', 公务用车运行维护费: '229.41', 公务接待费: '115.48' });
  });
});

describe('import: amounts overflowing a narrow cell leftwards into the name (blind 13R §8)', () => {
  it('…安排的支出19,679.9519,679.95 is the name and two amounts: 公开02表 imported exactly', async () => {
    const { result, status } = await imported('overflow.pdf', 'd16.yaml');
    expect(status).toMatchObject({ 公开02表: 'exact' });
    expect(result.imported.unreliable).toEqual([]);
    const subjects = (result.imported.tables['公开02表'] as Record<string, Record<string, unknown>>).科目!;
    expect(Object.keys(subjects)).toContain('21208 国有土地使用权出让收入安排的支出');
    expect(Object.keys(subjects)).toContain('2120899 其他国有土地使用权出让收入安排的支出');
  });
});
