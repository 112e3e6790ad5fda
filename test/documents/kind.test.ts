/**
 * What a file is (src/documents/kind.ts), the one place every command asks,
 * and the sentence a command says when it is not what it wants.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { looksLikeDataFile, looksLikeProse, recogniseFile, workbookDamage, wrongKind } from '../../src/documents/kind.js';
import { SEED_DATA, SEED_PART3 } from '../helpers.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');
const ole = (stream: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100), Buffer.from(stream, 'utf16le')]);

describe('recogniseFile', () => {
  it('tells the kinds apart by their bytes', () => {
    expect(recogniseFile(Buffer.alloc(0))).toEqual({ kind: 'empty' });
    expect(recogniseFile(bytes(' \n\n'))).toEqual({ kind: 'empty' });
    expect(recogniseFile(bytes('%PDF-1.7\n'))).toEqual({ kind: 'pdf' });
    expect(recogniseFile(bytes('讨论 %PDF-1.7 的格式。'))).toEqual({ kind: 'text' });
    expect(recogniseFile(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toEqual({ kind: 'docx' });
    expect(recogniseFile(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toEqual({ kind: 'xlsx' });
    expect(recogniseFile(zipSync({ 'a.txt': strToU8('hi') }))).toEqual({ kind: 'zip' });
    expect(recogniseFile(ole('WordDocument'))).toEqual({ kind: 'doc' });
    expect(recogniseFile(ole('Workbook'))).toEqual({ kind: 'xls' });
    expect(recogniseFile(ole('EncryptionInfo'))).toEqual({ kind: 'encrypted-office' });
    expect(recogniseFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toEqual({ kind: 'image', name: 'PNG 图片' });
    expect(recogniseFile(Buffer.from([0x1f, 0x8b, 8, 0]))).toEqual({ kind: 'archive', name: 'gzip 压缩文件' });
    expect(recogniseFile(Buffer.from([1, 2, 0, 3]))).toEqual({ kind: 'binary' });
    expect(recogniseFile(readFileSync(SEED_DATA))).toEqual({ kind: 'data' });
    expect(recogniseFile(readFileSync(SEED_PART3))).toEqual({ kind: 'text' });
    expect(recogniseFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('部门: 甲\n年度: 2024\n', 'utf16le')]))).toEqual({ kind: 'data', utf16: 'utf-16le' });
  });

  it('names a damaged Word or Excel file as such, with what is missing, by its contents or else its name', () => {
    const word = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document>'.repeat(500)) });
    expect(recogniseFile(word.subarray(0, word.length - 30))).toEqual({ kind: 'damaged', of: 'docx', missing: '文件不完整：末尾的 zip 目录缺失，可能是下载或复制时被截断' });
    expect(recogniseFile(zipSync({ 'word/styles.xml': strToU8('<w:styles/>') }))).toEqual({ kind: 'damaged', of: 'docx', missing: '缺少正文 word/document.xml' });
    expect(recogniseFile(zipSync({ 'xl/styles.xml': strToU8('<styleSheet/>') }))).toEqual({ kind: 'damaged', of: 'xlsx', missing: '缺少工作簿目录 xl/workbook.xml' });
    expect(recogniseFile(bytes('PK\x03\x04 cut'), '决算表.xlsx')).toMatchObject({ kind: 'damaged', of: 'xlsx' });
    expect(recogniseFile(bytes('PK\x03\x04 cut'), 'a.zip')).toMatchObject({ kind: 'damaged', of: 'zip' });
    expect(workbookDamage(new Error('1:6: text data outside of root node.'))).toMatchObject({ missing: '工作表的 XML 内容不完整或有误' });
    expect(workbookDamage(new Error('invalid distance too far back'))).toMatchObject({ missing: '压缩数据已损坏，无法解开' });
  });

  it('reads a data file by its keys at the start of a line, and prose by its full stops outside YAML lines', () => {
    expect(looksLikeDataFile('部门: 甲\n年度: 2024\n')).toBe(true);
    expect(looksLikeDataFile('{\n  "部门": "甲",\n  "年度": 2024\n}')).toBe(true);
    expect(looksLikeDataFile('---\njuesuan: {data: d.yaml}\n---\n部门：甲。年度：2024。')).toBe(false);
    expect(looksLikeProse('# 标题\n\n收入合计 4,340.16 万元。\n')).toBe(true);
    expect(looksLikeProse('# 注释。\n说明: 本表无数据。\n')).toBe(false);
  });
});

describe('wrongKind: one sentence, what it is, what was wanted, the command that fits', () => {
  it.each([
    [{ kind: 'xlsx' }, 'data', 's.xlsx', 's.xlsx  这是 Excel 工作簿（.xlsx），不是数据文件；先用 juesuan import s.xlsx -o <数据文件> 导入'],
    [{ kind: 'data' }, 'lint', 'd.yaml', 'd.yaml  这是数据文件（YAML），不是 Markdown、Word 或 PDF 文档；核对它用 juesuan check d.yaml，审校说明文字用 juesuan lint <说明文件> --data d.yaml'],
    [{ kind: 'text' }, 'data', 'p3.md', 'p3.md  这是 Markdown 文档，不是数据文件；要审校这份说明，用 juesuan lint p3.md --data <数据文件>'],
    [{ kind: 'image', name: 'PNG 图片' }, 'review', 'a.png', 'a.png  这是 PNG 图片，不是公开文件（PDF、Word 或文本）；juesuan 读不了图片中的文字，请用带文字的 PDF、Word 或 Excel 文件'],
    [{ kind: 'damaged', of: 'docx', missing: '缺少正文 word/document.xml' }, 'import', 'a.docx', 'a.docx  这是损坏的 Word 文件（缺少正文 word/document.xml），无法读取；请重新下载，或在 Word/WPS 中打开后重新保存'],
    [{ kind: 'empty' }, 'import', 'e.txt', 'e.txt  这是空文件，没有可导入的表'],
  ] as const)('%j for %s', (kind, wanted, file, sentence) => {
    expect(`${file}  ${wrongKind(kind, wanted, file)}`).toBe(sentence);
  });
});

// Blind test 15R §3.7/3.8: a CSV was read as Part 3 prose (293 warnings) and an .ods was called a zip to unpack.
describe('CSV and OpenDocument spreadsheets', () => {
  const rows = ['收入支出决算总表', '公开01表　编制单位：江北区妇联　2025年度　单位：万元', '项目,决算数,项目,决算数', '一、一般公共预算财政拨款收入,"2,288.69",一、一般公共服务支出,"2,124.23"'];
  const csv = [...rows, ...Array.from({ length: 10 }, (_, i) => `${i}、其他,1.00,${i}、其他支出,1.00`)].join('\r\n');

  it('a .csv is CSV, UTF-8 or GB18030; so is comma-separated text of ten lines and more without a name', () => {
    expect(recogniseFile(bytes(csv), 'd4-utf8.csv')).toEqual({ kind: 'csv' });
    const gb18030 = Buffer.from(new TextEncoder().encode(csv).map((b) => (b >= 0x80 ? 0xb0 : b)));
    expect(recogniseFile(gb18030, 'x')).toEqual({ kind: 'csv' });
    expect(recogniseFile(bytes(csv))).toEqual({ kind: 'csv' });
  });

  it('prose with commas is no CSV: a line with 。, or one line in four and more with fewer than two commas outside quotes', () => {
    expect(recogniseFile(bytes(csv.replace('1.00,9、其他支出', '1.00。9、其他支出')))).toEqual({ kind: 'text' });
    expect(recogniseFile(bytes(csv.split('\r\n').map((l, i) => (i % 4 === 0 ? l.replace(/,/gu, '，') : l)).join('\n')))).toEqual({ kind: 'text' });
    expect(recogniseFile(readFileSync(SEED_PART3))).toEqual({ kind: 'text' });
    // a table's layout text: its figures' thousands separators are no cells' ends
    const layout = Array.from({ length: 12 }, (_, i) => `${i}、一般公共服务支出      2,124.23      1,878.30      3,000.00`).join('\n');
    expect(recogniseFile(bytes(layout))).toEqual({ kind: 'text' });
  });

  it('review and import refuse a CSV in one sentence that says to save it as .xlsx', () => {
    const kind = recogniseFile(bytes(csv), 'a.csv');
    expect(wrongKind(kind, 'review', 'a.csv')).toBe('这是 CSV 表格文本（逗号分隔），不是公开文件（PDF、Word 或文本）；juesuan 不读 CSV，请在 Excel 或 WPS 中打开它，另存为 .xlsx 后用 juesuan import 导入');
    expect(wrongKind(kind, 'import', 'a.csv')).toContain('另存为 .xlsx');
  });

  it('an .ods (its mimetype entry first, stored) is an OpenDocument spreadsheet, not a zip to unpack; review points to import', () => {
    const ods = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') });
    expect(recogniseFile(ods, 'x')).toEqual({ kind: 'ods' });
    const odt = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') });
    expect(recogniseFile(odt, 'x')).toEqual({ kind: 'zip' });
    expect(wrongKind({ kind: 'ods' }, 'review', 'a.ods')).toBe('这是 OpenDocument 表格（.ods），不是公开文件（PDF、Word 或文本）；要导入其中的决算表，用 juesuan import a.ods');
  });
});
