/**
 * Every finding of every document as one table, for a finance bureau's own
 * records: CSV (UTF-8 with a byte-order mark, so that Excel and WPS read the
 * Chinese) and an .xlsx workbook (exceljs, already used for the accounts
 * workbooks). One row per finding, in the order of the documents.
 */
import ExcelJS from 'exceljs';
import { KIND_NAMES, type LocatedDocument } from './located.js';

const COLUMNS = ['文件', '部门', '年度', '序号', '类别', '位置', '问题', '应为', '原文', '规则'] as const;

function rows(docs: readonly LocatedDocument[]): string[][] {
  return docs.flatMap((d) => d.findings.map((f) => [
    d.filePath, d.department ?? '', d.year !== undefined ? String(d.year) : '', String(f.n), KIND_NAMES[f.kind], f.place,
    f.message, f.expected ?? '', f.excerpt ?? f.words ?? '', f.ruleId,
  ]));
}

function csvField(value: string): string {
  // A leading = + - @ would be read as a formula by a spreadsheet: quoted with a ' in front.
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

export function formatFindingsCsv(docs: readonly LocatedDocument[]): string {
  return '\ufeff' + [COLUMNS as readonly string[], ...rows(docs)].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export async function findingsWorkbook(docs: readonly LocatedDocument[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('全部问题', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((header) => ({
    header, key: header,
    width: header === '问题' || header === '原文' ? 60 : header === '文件' ? 30 : header === '部门' ? 24 : 12,
  }));
  for (const r of rows(docs)) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  for (const column of ['问题', '原文']) sheet.getColumn(column).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
