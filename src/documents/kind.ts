/**
 * What a file is, by its bytes (and, where the bytes cannot say, its name):
 * the one place every command asks before it reads a file (issue 15, item 3).
 * A command that gets something else than it wants says so in one sentence
 * (wrongKind): what the file is, what the command wanted, and the command
 * that fits. Reading a kind it wants is left to its reader (pdf.ts, docx.ts,
 * the workbook reader, the data loader); a damaged Word or Excel file is
 * recognised here, with what is missing.
 */
import { unzipSync } from 'fflate';

export type OfficeKind = 'docx' | 'xlsx';

export type FileKind =
  | { kind: 'empty' }
  | { kind: 'pdf' }
  | { kind: 'docx' }
  | { kind: 'xlsx' }
  /** a zip that is neither (or the contents of which cannot be told) */
  | { kind: 'zip' }
  /** a Word or Excel file (or a zip) that cannot be read as one: what is wrong with it */
  | { kind: 'damaged'; of: OfficeKind | 'zip'; missing: string }
  /** an old binary Office file (OLE compound file): .doc, .xls, or one protected by a password */
  | { kind: 'doc' }
  | { kind: 'xls' }
  /** an OpenDocument spreadsheet (.ods, LibreOffice Calc's own): read through LibreOffice, as an .xls is */
  | { kind: 'ods' }
  /** comma-separated text (.csv, UTF-8 or GB18030): a sheet's cells, not a document's text */
  | { kind: 'csv' }
  | { kind: 'old-office' }
  | { kind: 'encrypted-office' }
  | { kind: 'image'; name: string }
  | { kind: 'archive'; name: string }
  | { kind: 'binary' }
  /** text: a juesuan data file, or anything else (a document, Markdown, pdftotext output) */
  | { kind: 'data'; utf16?: 'utf-16le' | 'utf-16be' }
  | { kind: 'text'; utf16?: 'utf-16le' | 'utf-16be' };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const MAGIC: ReadonlyArray<[number[], FileKind]> = [
  [[0x89, 0x50, 0x4e, 0x47], { kind: 'image', name: 'PNG 图片' }],
  [[0xff, 0xd8, 0xff], { kind: 'image', name: 'JPEG 图片' }],
  [[0x47, 0x49, 0x46, 0x38], { kind: 'image', name: 'GIF 图片' }],
  [[0x42, 0x4d], { kind: 'image', name: 'BMP 图片' }],
  [[0x49, 0x49, 0x2a, 0x00], { kind: 'image', name: 'TIFF 图片' }],
  [[0x4d, 0x4d, 0x00, 0x2a], { kind: 'image', name: 'TIFF 图片' }],
  [[0x52, 0x49, 0x46, 0x46], { kind: 'image', name: 'RIFF 文件（WebP 图片或音视频）' }],
  [[0x1f, 0x8b], { kind: 'archive', name: 'gzip 压缩文件' }],
  [[0x52, 0x61, 0x72, 0x21], { kind: 'archive', name: 'RAR 压缩包' }],
  [[0x37, 0x7a, 0xbc, 0xaf], { kind: 'archive', name: '7z 压缩包' }],
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
}

/** %PDF- at the start, after white space at most (a text that merely mentions %PDF- is no PDF). */
export function isPdf(bytes: Uint8Array): boolean {
  let at = 0;
  while (at < bytes.length && at < 1024 && (bytes[at] === 0x20 || bytes[at] === 0x09 || bytes[at] === 0x0a || bytes[at] === 0x0d)) at++;
  return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], at);
}
/** A zip (a .docx, an .xlsx, or another): PK\x03\x04, or the end record of an empty one. */
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
/** An old binary Office file (.doc, .xls), or an OOXML file protected by a password (also an OLE file). */
export const isOldOffice = (bytes: Uint8Array): boolean => startsWith(bytes, OLE_MAGIC);
/** The byte-order mark of UTF-16 text, if the bytes start with one. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  return startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : undefined;
}

/** The file's kind; `name` settles what the bytes leave open (a damaged zip named .docx, an OLE file without its stream names). */
export function recogniseFile(bytes: Uint8Array, name = ''): FileKind {
  if (bytes.length === 0) return { kind: 'empty' };
  if (isPdf(bytes)) return { kind: 'pdf' };
  if (isZip(bytes)) return recogniseZip(bytes, name);
  if (isOldOffice(bytes)) return recogniseOle(bytes, name);
  const utf16 = utf16Of(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes.subarray(0, 65536));
    if (text.trim() === '') return { kind: 'empty' };
    return { kind: looksLikeDataFile(text) ? 'data' : 'text', utf16 };
  }
  for (const [magic, kind] of MAGIC) if (startsWith(bytes, magic)) return kind;
  // Binary that is no text: NUL bytes in the first 8 KiB (UTF-16 without a BOM aside).
  if (bytes.subarray(0, 8192).includes(0)) return { kind: 'binary' };
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65536)).toString('utf8');
  if (bytes.length <= 65536 && head.trim() === '') return { kind: 'empty' };
  if (looksLikeDataFile(head)) return { kind: 'data' };
  return looksLikeCsv(head, name) ? { kind: 'csv' } : { kind: 'text' };
}

/**
 * A juesuan data file: at least two of its required top-level keys (部门, 年度,
 * 公开01表 … 公开09表) at the start of a line, as YAML or JSON writes them. Prose,
 * Markdown and front matter (juesuan: {data: …}) have none.
 */
export function looksLikeDataFile(text: string): boolean {
  const keys = new Set<string>();
  for (const m of text.matchAll(/^[ \t{]*"?(部门|年度|公开0[1-9]表)"?[ \t]*:(?=[ \t\r\n]|$)/gmu)) {
    keys.add(m[1]!);
    if (keys.size >= 2) return true;
  }
  return false;
}

/**
 * Comma-separated cells: a name ending .csv, or ten lines and more, none with a 。, four in five of them (of the
 * first hundred; a table's title line has none) with two commas at least outside quotes (a sheet saved as CSV;
 * prose has its 。 and full-width ，).
 * The bytes may be GB18030 read as UTF-8: the commas and quotes are ASCII either way.
 */
export function looksLikeCsv(text: string, name = ''): boolean {
  if (/\.csv$/iu.test(name)) return true;
  const lines = text.split(/\r\n|\r|\n/u, 100).filter((l) => l.trim() !== '');
  if (lines.length < 10) return false;
  if (lines.some((l) => l.includes('。'))) return false;
  // (a thousands separator is no cell's end: text of a table's layout, 2,124.23  1,878.30, is no CSV)
  const cells = lines.filter((l) => (l.replace(/"[^"]*"/gu, '').replace(/(?<=\d),(?=\d{3}(?!\d))/gu, '').match(/,/gu)?.length ?? 0) >= 2).length;
  return cells >= 0.8 * lines.length;
}

/**
 * Prose (a Part 3, a Markdown document, pdftotext output) rather than YAML: a line
 * with a Chinese full stop that is neither a `名称: 值` line nor a comment.
 */
export function looksLikeProse(text: string): boolean {
  for (const line of text.split('\n', 2000)) {
    if (!line.includes('。')) continue;
    // `名称: 值` (a value may end in 。), and a comment, are YAML.
    if (/^\s*(?:-\s+)?[^\s:#][^:]*:(?:\s|$)/u.test(line) || /^\s*#/u.test(line)) continue;
    return true;
  }
  return false;
}

/** An OpenDocument file's type: its first entry, mimetype, stored uncompressed (ODF 1.2 §3.3). */
function odfMime(bytes: Uint8Array): string | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 30 || b.readUInt32LE(0) !== 0x04034b50 || b.readUInt16LE(8) !== 0) return undefined;
  const nameLength = b.readUInt16LE(26);
  const extra = b.readUInt16LE(28);
  if (b.toString('latin1', 30, 30 + nameLength) !== 'mimetype') return undefined;
  const size = b.readUInt32LE(18);
  return b.toString('latin1', 30 + nameLength + extra, Math.min(b.length, 30 + nameLength + extra + size));
}

/** Names of the entries a zip's local headers announce: what a zip cut short was meant to hold. */
function localNames(bytes: Uint8Array): string[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names: string[] = [];
  let at = 0;
  while (names.length < 200 && (at = b.indexOf('PK\x03\x04', at, 'latin1')) >= 0 && at + 30 <= b.length) {
    const length = b.readUInt16LE(at + 26);
    names.push(b.toString('utf8', at + 30, Math.min(b.length, at + 30 + length)));
    at += 30 + length;
  }
  return names;
}

function officeOf(names: readonly string[], name: string): OfficeKind | undefined {
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (/\.docx$/iu.test(name)) return 'docx';
  if (/\.xls[xm]$/iu.test(name)) return 'xlsx';
  return undefined;
}

function recogniseZip(bytes: Uint8Array, name: string): FileKind {
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (entry) => { names.push(entry.name); return false; } });
  } catch {
    const of = officeOf(localNames(bytes), name) ?? 'zip';
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The end record (PK\x05\x06) is in the last 64 KiB + 22 bytes; without it the file was cut short.
    const tail = b.subarray(Math.max(0, b.length - 65557));
    const missing = tail.indexOf('PK\x05\x06', 0, 'latin1') < 0
      ? '文件不完整：末尾的 zip 目录缺失，可能是下载或复制时被截断'
      : 'zip 目录已损坏，无法解开';
    return { kind: 'damaged', of, missing };
  }
  if (names.includes('word/document.xml')) return { kind: 'docx' };
  if (names.includes('xl/workbook.xml')) return { kind: 'xlsx' };
  if (names.includes('content.xml') && (odfMime(bytes) === 'application/vnd.oasis.opendocument.spreadsheet' || /\.ods$/iu.test(name))) return { kind: 'ods' };
  const of = officeOf(names, name);
  if (of === 'docx') return { kind: 'damaged', of, missing: '缺少正文 word/document.xml' };
  if (of === 'xlsx') return { kind: 'damaged', of, missing: '缺少工作簿目录 xl/workbook.xml' };
  return { kind: 'zip' };
}

/**
 * What exceljs's failure to open a workbook says about the file (its messages are
 * English: "invalid distance too far back", "1:6: text data outside of root node."):
 * a damaged workbook, with the part that is wrong.
 */
export function workbookDamage(error: unknown): FileKind {
  const message = error instanceof Error ? error.message : String(error);
  let missing: string;
  if (/zip|inflate|deflate|crc|compress|distance|stored block|header check|size mismatch|end of data/iu.test(message)) {
    missing = '压缩数据已损坏，无法解开';
  } else if (/^\d+:\d+:|tag|root node|entity|attribute|xml/iu.test(message)) {
    missing = '工作表的 XML 内容不完整或有误';
  } else {
    missing = '缺少必要的部分，或结构有误';
  }
  return { kind: 'damaged', of: 'xlsx', missing };
}

/** UTF-16LE, as an OLE directory names its streams. */
const stream = (name: string): Buffer => Buffer.from(name, 'utf16le');

function recogniseOle(bytes: Uint8Array, name: string): FileKind {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.includes(stream('EncryptionInfo'))) return { kind: 'encrypted-office' };
  if (b.includes(stream('WordDocument'))) return { kind: 'doc' };
  if (b.includes(stream('Workbook')) || b.includes(stream('Book'))) return { kind: 'xls' };
  if (/\.doc$/iu.test(name)) return { kind: 'doc' };
  if (/\.xls$/iu.test(name)) return { kind: 'xls' };
  return { kind: 'old-office' };
}

/** The kind in words, as a message names it. */
export function kindName(kind: FileKind, file = ''): string {
  switch (kind.kind) {
    case 'empty': return '空文件';
    case 'pdf': return 'PDF 文件';
    case 'docx': return 'Word 文件（.docx）';
    case 'xlsx': return 'Excel 工作簿（.xlsx）';
    case 'zip': return 'zip 压缩包';
    case 'damaged': return kind.of === 'docx' ? '损坏的 Word 文件' : kind.of === 'xlsx' ? '损坏的 Excel 工作簿' : '损坏的 zip 压缩包';
    case 'doc': return '旧版 Word 文件（.doc）';
    case 'xls': return '旧版 Excel 工作簿（.xls）';
    case 'ods': return 'OpenDocument 表格（.ods）';
    case 'csv': return 'CSV 表格文本（逗号分隔）';
    case 'old-office': return '旧版 Office 文件（.doc/.xls）';
    case 'encrypted-office': return '设置了打开密码的 Office 文件';
    case 'image': case 'archive': return kind.name;
    case 'binary': return '二进制文件';
    case 'data': return '数据文件（YAML）';
    case 'text': return /\.(?:md|markdown)$/iu.test(file) ? 'Markdown 文档' : '文本文件';
  }
}

/** A Word file whose zip opens but whose body will not inflate. */
export const WORD_BODY_DAMAGED: FileKind = { kind: 'damaged', of: 'docx', missing: '正文 word/document.xml 无法解压' };

/** What a command wants of a file, and the words for it. */
export type Wanted =
  /** draft, check, export, lint --data */
  | 'data'
  /** lint's documents */
  | 'lint'
  /** review's documents */
  | 'review'
  /** review --previous */
  | 'previous'
  /** import */
  | 'import';

const WANTED: Record<Wanted, string> = {
  data: '数据文件',
  lint: 'Markdown、Word 或 PDF 文档',
  review: '公开文件（PDF、Word 或文本）',
  previous: '上年的公开文件（PDF、Word 或文本）',
  import: '公开文件（PDF、Word 或其文本）或决算表工作簿（.xlsx）',
};

/**
 * The one sentence for a file a command cannot use: what it is, what the
 * command wanted, and the command that fits. `file` is the name as the user gave it.
 */
export function wrongKind(kind: FileKind, wanted: Wanted, file: string): string {
  const what = kindName(kind, file);
  const it = spaced('这是', what);
  const not = `${it}，${spaced('不是', WANTED[wanted])}`;
  switch (kind.kind) {
    case 'damaged':
      return `${it}（${kind.missing}），无法读取；请重新下载，或在${kind.of === 'xlsx' ? ' Excel/WPS ' : kind.of === 'docx' ? ' Word/WPS ' : '原来的程序'}中打开后重新保存`;
    case 'encrypted-office':
      return `${it}，juesuan 无法打开；请在 Word/Excel/WPS 中去掉密码后另存一份`;
    case 'empty':
      return wanted === 'data'
        ? `${not}；可用 juesuan import 从公开文件或决算表工作簿生成数据文件`
        : `${it}${/\.docx?$/iu.test(file) ? '，不是 Word 文件' : /\.pdf$/iu.test(file) ? '，不是 PDF 文件' : ''}，没有可${wanted === 'import' ? '导入的表' : '审校的内容'}`;
    case 'image':
      return `${not}；juesuan 读不了图片中的文字，请用带文字的 PDF、Word 或 Excel 文件`;
    case 'zip': case 'archive':
      return `${not}；请先解压，再给出其中的文件`;
    case 'binary':
      return `${not}`;
    case 'data':
      if (wanted === 'import') return `${it}，已经是 import 的结果；可直接用 juesuan check ${file} 或 juesuan draft ${file}`;
      return `${not}；核对它用 juesuan check ${file}，审校说明文字用 juesuan lint <说明文件> --data ${file}`;
    case 'csv':
      return `${not}；juesuan 不读 CSV，请在 Excel 或 WPS 中打开它，另存为 .xlsx 后用 juesuan import 导入`;
    case 'xlsx': case 'xls': case 'ods':
      return wanted === 'data' ? `${not}；先用 juesuan import ${file} -o <数据文件> 导入` : `${not}；要导入其中的决算表，用 juesuan import ${file}`;
    case 'pdf': case 'docx': case 'doc': case 'old-office':
      return `${not}；先用 juesuan import ${file} -o <数据文件> 从其中的决算表生成数据文件`;
    case 'text':
      if (wanted !== 'data') return not;
      return /\.(?:md|markdown)$/iu.test(file)
        ? `${not}；要审校这份说明，用 juesuan lint ${file} --data <数据文件>`
        : `${not}；要从其中的决算表生成数据文件，用 juesuan import ${file} -o <数据文件>，要审校其中的说明，用 juesuan lint ${file} --data <数据文件>`;
  }
}

/** Two pieces of a sentence, a space between a Chinese character and a Latin letter or digit (这是 Excel 工作簿). */
function spaced(a: string, b: string): string {
  return /[\u3400-\u9fff]$/u.test(a) && /^[A-Za-z0-9]/u.test(b) ? `${a} ${b}` : `${a}${b}`;
}
