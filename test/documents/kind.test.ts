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
