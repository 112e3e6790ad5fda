import { basename } from 'node:path';
import { decodeText, readInputFile, readReason } from '../data/read-input.js';
import { ConversionError, convertOldOffice } from '../documents/convert.js';
import { decodeUtf16, recogniseFile, wrongKind } from '../documents/index.js';
import { wordDamage } from '../documents/docx.js';
import { NO_TEXT_LAYER, pdfFailure } from '../documents/pdf-errors.js';
import { importDocx, importPdf, importText, placeName, type Imported, type SourceKind } from '../import/index.js';
import { formatPath } from '../data/source.js';
import { UNREAD_MARK } from '../import/yaml.js';
import { formatInputProblem } from '../report/problems.js';
import { tuneForShortRun } from './jit.js';
import { refuseOutputOverInput } from './overwrite-guard.js';
import { writeOutputFile } from './write-file.js';

const EXIT_UNRELIABLE = 1;
const EXIT_UNUSABLE = 2;

/**
 * juesuan import <file> [-o data.yaml]: a PDF, a Word document (.docx, or an old .doc
 * through LibreOffice), `pdftotext -layout` text, tab-separated text, or a workbook
 * (.xlsx, or an old .xls through LibreOffice) with one sheet per table. What was read is
 * written; a table that fails its own identities, or has a cell that could not be placed,
 * is listed with each failing identity and the cells involved, and the exit code is 1; so is it
 * where a table was found but not read (written marked 未读出, to fill in by hand).
 */
export async function runImportCommand(file: string, options: { output?: string }): Promise<number> {
  tuneForShortRun(1);
  refuseOutputOverInput(options.output, [{ file, role: '文件' }]);
  let bytes: Uint8Array;
  try {
    bytes = readInputFile(file).bytes;
  } catch (error) {
    problem(file, `无法读取：${readReason(error)}`);
    return EXIT_UNUSABLE;
  }
  let kind = recogniseFile(bytes, file);
  if (kind.kind === 'doc' || kind.kind === 'xls' || kind.kind === 'ods') {
    try {
      bytes = await convertOldOffice(bytes, kind.kind);
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      problem(file, error.message);
      return EXIT_UNUSABLE;
    }
    kind = recogniseFile(bytes, kind.kind === 'doc' ? 'converted.docx' : 'converted.xlsx');
  }
  let result: Pick<Imported, 'yaml' | 'imported'> & Partial<Imported>;
  if (kind.kind === 'xlsx') {
    const { importWorkbook, WorkbookError } = await import('../workbook/read.js');
    try {
      result = await importWorkbook(bytes, file, basename(file));
    } catch (error) {
      if (!(error instanceof WorkbookError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return EXIT_UNUSABLE;
    }
  } else if (kind.kind === 'pdf') {
    try {
      result = await importPdf(bytes, basename(file));
    } catch (error) {
      problem(file, pdfFailure(error));
      return EXIT_UNUSABLE;
    }
    if (!/\S/u.test(result.text ?? '')) {
      problem(file, NO_TEXT_LAYER);
      return EXIT_UNUSABLE;
    }
  } else if (kind.kind === 'docx') {
    try {
      result = importDocx(bytes, basename(file));
    } catch (error) {
      problem(file, wrongKind(wordDamage(error), 'import', file));
      return EXIT_UNUSABLE;
    }
  } else if (kind.kind === 'text') {
    const text = kind.utf16 ? decodeUtf16(bytes, kind.utf16) : decodeText(bytes).text.replace(/^\ufeff/u, '');
    result = importText(text, basename(file));
  } else {
    problem(file, wrongKind(kind, 'import', file));
    return EXIT_UNUSABLE;
  }
  const { yaml, imported } = result;
  if (Object.keys(imported.tables).length === 0) {
    const why = [...new Set((imported.unread ?? []).map((u) => u.reason.replace(/^公开0\d表：/u, '')))];
    if (why.length > 0) {
      for (const w of why) problem(file, `${w}，未写出数据文件`);
      return EXIT_UNUSABLE;
    }
    problem(file, `没有找到九张公开表中的任何一张（按表名查找，如“收入支出决算总表”“收入决算表”），未写出数据文件`);
    return EXIT_UNUSABLE;
  }
  for (const note of imported.notes) process.stderr.write(`注意：${note}\n`);
  for (const u of imported.unread ?? []) process.stderr.write(`未读出：${u.reason}；表中的空白不是 0，需手工填写\n`);
  for (const u of imported.unreadRows ?? []) process.stderr.write(`未读出：${u.reason}；需按原表填写\n`);
  const source: SourceKind = result.format === undefined ? 'xlsx' : result.format === 'tab' || result.format === 'layout' ? 'text' : result.format;
  for (const u of imported.unreliable ?? []) {
    process.stderr.write(`不可靠：${u.reason.replace(/：.*$/su, '')}，须对照原文逐格核对后再用：\n`);
    for (const d of u.details ?? [{ message: u.reason, cells: u.cells }]) {
      process.stderr.write(`  ${d.message}\n`);
      for (const c of d.cells.filter((x) => x.path.length > 1)) {
        const place = placeName(source, c.page, c.line);
        process.stderr.write(`    ${formatPath(c.path)}${place ? `（${place}）` : ''}\n`);
      }
    }
  }
  const unreliable = (imported.unreliable ?? []).map((u) => u.table);
  // A table found but not read is written marked 未读出, not counted as imported: the file is not whole until it is filled in.
  const unread = (imported.unread ?? []).map((u) => u.table).filter((t) => t in imported.tables);
  const found = Object.keys(imported.tables).length - unread.length;
  const flagged = (unread.length > 0 ? `；${unread.join('、')} 未读出，已在文件中标为“${UNREAD_MARK}”，需按原表填写` : '')
    + (unreliable.length > 0 ? `；其中 ${unreliable.join('、')} 不可靠，已在文件中标出` : '');
  if (options.output) {
    writeOutputFile(options.output, yaml);
    process.stderr.write(`已导入 ${found} 张表：${options.output}（表中没有的数据见文件末尾的注释，需要填写${flagged}）\n`);
  } else {
    process.stdout.write(yaml);
    if (flagged) process.stderr.write(`已导入 ${found} 张表${flagged}\n`);
  }
  return unreliable.length > 0 || unread.length > 0 ? EXIT_UNRELIABLE : 0;
}

/** One line on stderr naming the file, as every input problem is reported. */
function problem(file: string, message: string): void {
  process.stderr.write(`${formatInputProblem({ filePath: file, message })}\n`);
}
