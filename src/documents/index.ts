/**
 * What kind of document a file is, by its first bytes, and its text for the
 * linter: Markdown or plain text (UTF-8, GB18030, or UTF-16 with a BOM), PDF
 * (pdf.ts), Word .docx (docx.ts). Anything else — another zip (.xlsx), an
 * image, an old .doc — is refused. For PDF and Word, a position map takes the
 * messages back to page and line, or paragraph and cell (placeMessages).
 */
import type { LintResult } from '../lint/lint.js';
import { extractDocx, isWordZip, NotWordError, type ParagraphPoint } from './docx.js';
import { extractPdf, pointAt, type SourcePoint } from './pdf.js';
import { isWorkbookZip } from '../workbook/detect.js';

/** Structured-cloneable: it travels with the lint job to a worker thread. */
export type DocumentOrigin =
  | { kind: 'pdf'; map: SourcePoint[]; pages?: Array<[number, number]> }
  | { kind: 'docx'; map: ParagraphPoint[] };

export type ReadDocument =
  | { kind: 'text'; bytes: Uint8Array; utf16?: 'utf-16le' | 'utf-16be' }
  | { kind: 'extracted'; text: string; origin: DocumentOrigin }
  | { kind: 'refused'; message: string };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const MAGIC: ReadonlyArray<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x42, 0x4d], 'BMP 图片'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF 图片'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF 图片'],
  [[0x52, 0x49, 0x46, 0x46], 'RIFF（图片或音视频）文件'],
  [OLE_MAGIC, '旧版 Office 文件（.doc/.xls），请另存为 .docx 或 PDF'],
  [[0x1f, 0x8b], 'gzip 压缩文件'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩文件'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩文件'],
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** %PDF- */
export const isPdf = (bytes: Uint8Array): boolean => startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);
/** A zip (a .docx, an .xlsx, or another): PK\x03\x04, or the end record of an empty one. */
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
/** An old binary Office file (.doc, .xls). */
export const isOldOffice = (bytes: Uint8Array): boolean => startsWith(bytes, OLE_MAGIC);
/** The byte-order mark of UTF-16 text, if the bytes start with one. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  return startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : undefined;
}

export async function readDocument(bytes: Uint8Array): Promise<ReadDocument> {
  if (isPdf(bytes)) {
    try {
      const { text, map, pages } = await extractPdf(bytes);
      if (text.trim() === '') return { kind: 'refused', message: 'PDF 中没有可提取的文字（可能是扫描件），无法审校' };
      return { kind: 'extracted', text, origin: { kind: 'pdf', map, pages } };
    } catch (error) {
      return { kind: 'refused', message: `无法读取 PDF（${error instanceof Error ? error.message : String(error)}）` };
    }
  }
  if (isZip(bytes)) {
    if (!isWordZip(bytes)) {
      if (isWorkbookZip(bytes)) {
        return { kind: 'refused', message: '是 Excel 工作簿（.xlsx），不是 Markdown、Word 或 PDF，无法审校；要从工作簿导入九张决算表，请用 juesuan import 工作簿.xlsx -o data.yaml' };
      }
      return { kind: 'refused', message: '是 zip 压缩文件（如 .xlsx、.zip），不是 Markdown、Word 或 PDF，无法审校' };
    }
    try {
      const { text, map } = extractDocx(bytes);
      return { kind: 'extracted', text, origin: { kind: 'docx', map } };
    } catch (error) {
      return { kind: 'refused', message: `无法读取 Word 文件（${error instanceof NotWordError || error instanceof Error ? error.message : String(error)}）` };
    }
  }
  const utf16 = utf16Of(bytes);
  if (utf16) return { kind: 'text', bytes, utf16 };
  for (const [magic, what] of MAGIC) {
    if (startsWith(bytes, magic)) return { kind: 'refused', message: `是${what}，不是 Markdown、Word 或 PDF，无法审校` };
  }
  // Binary that is no text: NUL bytes in the first 8 KiB (UTF-16 without a BOM aside).
  if (bytes.subarray(0, 8192).includes(0)) return { kind: 'refused', message: '是二进制文件，不是 Markdown、Word 或 PDF，无法审校' };
  return { kind: 'text', bytes };
}

/** Decodes UTF-16 text with a BOM. */
export function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}

/**
 * Messages of the extracted text, placed in the original: PDF page and line on
 * the page, Word paragraph (and table cell); line and column become those of
 * that line or paragraph (column 1); each carries the sentence it quotes.
 */
export function placeMessages(result: LintResult, text: string, origin: DocumentOrigin): LintResult {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offsetOf = (line: number, column: number) => (lineStarts[line - 1] ?? text.length) + column - 1;
  // A fix's range is in the extracted text, not the file: PDF and Word are not rewritten.
  const messages = result.messages.map(({ fix: _fix, ...m }) => {
    const offset = offsetOf(m.line, m.column);
    const endOffset = Math.max(offset, offsetOf(m.endLine, m.endColumn));
    const excerpt = sentenceAt(text, offset);
    const textRange: [number, number] = [offset, endOffset];
    if (origin.kind === 'pdf') {
      const p = pointAt(origin.map, offset);
      if (!p) return { ...m, excerpt, textRange };
      const end = pointAt(origin.map, Math.max(offset, endOffset - 1)) ?? p;
      return { ...m, page: p.page, line: p.line, column: 1, endLine: end.page === p.page ? end.line : p.line, endColumn: 1, excerpt, textRange };
    }
    const p = pointAt(origin.map, offset);
    if (!p) return { ...m, excerpt, textRange };
    return { ...m, paragraph: p.paragraph, ...(p.cell ? { cell: p.cell } : {}), line: p.paragraph, column: 1, endLine: p.paragraph, endColumn: 1, excerpt, textRange };
  });
  return { ...result, messages };
}

/** The sentence around an offset: from the last 。！？ or line break before it to the next one after it. */
export function sentenceAt(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !/[。！？\n]/u.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && !/[。！？\n]/u.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  const s = text.slice(start, end).replace(/^#+\s*/u, '').trim();
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}
