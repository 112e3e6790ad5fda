import { basename } from 'node:path';
import { decodeText, readInputFile, readReason } from '../data/read-input.js';
import { isWordZip } from '../documents/docx.js';
import { decodeUtf16, isOldOffice, isPdf, isZip, utf16Of } from '../documents/index.js';
import { importDocx, importPdf, importText, placeName, type Imported, type SourceKind } from '../import/index.js';
import { formatPath } from '../data/source.js';
import { formatInputProblem } from '../report/problems.js';
import { isWorkbookZip } from '../workbook/detect.js';
import { writeOutputFile } from './write-file.js';

const EXIT_UNRELIABLE = 1;
const EXIT_UNUSABLE = 2;

/** An .xlsx workbook: by its name (a damaged one too), or by its contents. */
const isWorkbook = (file: string, bytes: Uint8Array): boolean => /\.xls[xm]$/iu.test(file) || isWorkbookZip(bytes);

/**
 * juesuan import <file> [-o data.yaml]: a PDF, a Word document, `pdftotext -layout` text,
 * tab-separated text, or an .xlsx workbook with one sheet per table. What was read is
 * written; a table that fails its own identities, or has a cell that could not be placed,
 * is listed with each failing identity and the cells involved, and the exit code is 1.
 */
export async function runImportCommand(file: string, options: { output?: string }): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = readInputFile(file).bytes;
  } catch (error) {
    problem(file, `无法读取：${readReason(error)}`);
    return EXIT_UNUSABLE;
  }
  let result: Pick<Imported, 'yaml' | 'imported'> & Partial<Imported>;
  if (isOldOffice(bytes)) {
    problem(file, '是旧版 Office 文件（.xls/.doc），无法导入；请在 Excel 或 WPS 中另存为 .xlsx（或 .docx）后再导入');
    return EXIT_UNUSABLE;
  }
  if (isWorkbook(file, bytes)) {
    const { importWorkbook, WorkbookError } = await import('../workbook/read.js');
    try {
      result = await importWorkbook(bytes, file, basename(file));
    } catch (error) {
      if (!(error instanceof WorkbookError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return EXIT_UNUSABLE;
    }
  } else if (isPdf(bytes)) {
    try {
      result = await importPdf(bytes, basename(file));
    } catch (error) {
      problem(file, `无法读取这个 PDF 文件：${error instanceof Error ? error.message : String(error)}`);
      return EXIT_UNUSABLE;
    }
  } else if (isZip(bytes)) {
    if (!isWordZip(bytes)) {
      problem(file, `是压缩包（zip、Excel 等），不是 Word 文件；请给出 PDF、Word（.docx）、pdftotext -layout 的文本或制表符分隔的文本`);
      return EXIT_UNUSABLE;
    }
    try {
      result = importDocx(bytes, basename(file));
    } catch (error) {
      problem(file, `无法读取这个 Word 文件：${error instanceof Error ? error.message : String(error)}`);
      return EXIT_UNUSABLE;
    }
  } else {
    const text = textOf(bytes);
    if (text === undefined) {
      problem(file, `不是文本、PDF 或 Word 文件（含有二进制内容）；请给出 PDF、Word（.docx）、pdftotext -layout 的文本或制表符分隔的文本`);
      return EXIT_UNUSABLE;
    }
    if (text.trim() === '') {
      problem(file, `是空文件，没有可导入的表`);
      return EXIT_UNUSABLE;
    }
    result = importText(text, basename(file));
  }
  const { yaml, imported } = result;
  if (result.format === 'pdf' && !/\S/u.test(result.text ?? '')) {
    problem(file, `PDF 中没有文字（可能是扫描件或图片），无法读出表格；请给出带文字的 PDF 或 Word 文件`);
    return EXIT_UNUSABLE;
  }
  if (Object.keys(imported.tables).length === 0) {
    problem(file, `没有找到九张公开表中的任何一张（按表名查找，如“收入支出决算总表”“收入决算表”），未写出数据文件`);
    return EXIT_UNUSABLE;
  }
  for (const note of imported.notes) process.stderr.write(`注意：${note}\n`);
  for (const u of imported.unread ?? []) process.stderr.write(`未读出：${u.reason}；表中的空白不是 0，需手工填写\n`);
  const kind: SourceKind = result.format === undefined ? 'xlsx' : result.format === 'tab' || result.format === 'layout' ? 'text' : result.format;
  for (const u of imported.unreliable ?? []) {
    process.stderr.write(`不可靠：${u.reason.replace(/：.*$/su, '')}，须对照原文逐格核对后再用：\n`);
    for (const d of u.details ?? [{ message: u.reason, cells: u.cells }]) {
      process.stderr.write(`  ${d.message}\n`);
      for (const c of d.cells.filter((x) => x.path.length > 1)) {
        const place = placeName(kind, c.page, c.line);
        process.stderr.write(`    ${formatPath(c.path)}${place ? `（${place}）` : ''}\n`);
      }
    }
  }
  const unreliable = (imported.unreliable ?? []).map((u) => u.table);
  const found = Object.keys(imported.tables).length;
  const flagged = unreliable.length > 0 ? `；其中 ${unreliable.join('、')} 不可靠，已在文件中标出` : '';
  if (options.output) {
    writeOutputFile(options.output, yaml);
    process.stderr.write(`已导入 ${found} 张表：${options.output}（表中没有的数据见文件末尾的注释，需要填写${flagged}）\n`);
  } else {
    process.stdout.write(yaml);
    if (flagged) process.stderr.write(`已导入 ${found} 张表${flagged}\n`);
  }
  return unreliable.length > 0 ? EXIT_UNRELIABLE : 0;
}

/** One line on stderr naming the file, as every input problem is reported. */
function problem(file: string, message: string): void {
  process.stderr.write(`${formatInputProblem({ filePath: file, message })}\n`);
}

/** The text of a text file (UTF-8, GBK, or UTF-16 with its BOM); undefined when the bytes are binary. */
function textOf(bytes: Uint8Array): string | undefined {
  const utf16 = utf16Of(bytes);
  if (utf16) return decodeUtf16(bytes, utf16);
  if (bytes.subarray(0, 65536).includes(0)) return undefined;
  const { text, encoding } = decodeText(bytes);
  if (encoding === 'broken-utf-8' && (text.match(/\ufffd/gu)?.length ?? 0) > text.length / 20) return undefined;
  return text.replace(/^\ufeff/u, '');
}
