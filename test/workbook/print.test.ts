/**
 * Issue 15, item 7: the exported workbook as people print it. Each sheet is
 * set up for A4, landscape where the table is wide, one page wide, its header
 * rows repeated on every page; rendered by LibreOffice, the seed's nine tables
 * are nine A4 pages, each with its own title above its table.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_TITLES } from '../../src/import/tables.js';
import { exportWorkbook } from '../../src/workbook/write.js';
import { tempDir } from '../cli/helpers.js';
import { seedAccounts } from '../helpers.js';

let bytes: Uint8Array;
let book: ExcelJS.Workbook;
beforeAll(async () => {
  bytes = await exportWorkbook(seedAccounts());
  book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
});

describe('the workbook\'s page set-up', () => {
  it('is A4, one page wide and as tall as needed, landscape exactly where the table is wider than a portrait page', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `公开0${n}表`));
    for (const sheet of book.worksheets) {
      const { paperSize, fitToPage, fitToWidth, fitToHeight, orientation } = sheet.pageSetup;
      expect({ paperSize, fitToPage, fitToWidth, fitToHeight }, sheet.name).toEqual({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      const width = sheet.columns.reduce((n, c) => n + (c.width ?? 0), 0);
      expect(orientation, `${sheet.name}: ${width}`).toBe(width > 120 ? 'landscape' : 'portrait');
    }
    expect(book.worksheets.map((s) => s.pageSetup.orientation)).toContain('portrait');
    expect(book.worksheets.map((s) => s.pageSetup.orientation)).toContain('landscape');
  });

  it('repeats the header rows (项目, 科目编码 …) on each page, and none of the title rows', () => {
    for (const sheet of book.worksheets) {
      const [first, last] = sheet.pageSetup.printTitlesRow!.split(':').map(Number);
      expect(first, sheet.name).toBe(4);
      const header = sheet.getRow(first!).values as unknown[];
      expect(header.some((v) => typeof v === 'string' && /项目|科目|预算数|人员经费|收入|支出/u.test(v)), sheet.name).toBe(true);
      expect(last!).toBeGreaterThanOrEqual(first!);
      // The row after the header is 栏次 or data, not another header row.
      expect(sheet.getRow(last! + 1).getCell(1).font?.bold, sheet.name).not.toBe(true);
    }
  });

  it('prints the seed\'s nine tables on nine A4 pages, each page opening with its table\'s title (LibreOffice)', () => {
    const dir = tempDir('juesuan-print-');
    writeFileSync(join(dir, 'tables.xlsx'), bytes);
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'tables.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(dir, 'tables.pdf');
    const info = execFileSync('pdfinfo', ['-l', '100', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gmu)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))].sort().join('x'));
    expect(sizes).toEqual(Array(9).fill('595x842'));
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    for (let n = 1; n <= 9; n++) {
      const lines = pages[n - 1]!.split('\n').map((l) => l.trim()).filter(Boolean);
      expect(lines[0], `page ${n}`).toBe(TABLE_TITLES[n]);
      expect(pages[n - 1]).toContain(`公开0${n}表`);
    }
  }, 120_000);
});
