import { basename } from 'node:path';
import { decodeText, readInputFile, readReason } from '../data/read-input.js';
import { isWordZip } from '../documents/docx.js';
import { importDocx, importPdf, importText, isPdf, type Imported } from '../import/index.js';
import { writeFileAtomic } from './write-file.js';

const EXIT_UNUSABLE = 2;

/** juesuan import <file> [-o data.yaml]: a PDF, a Word document, `pdftotext -layout` text or tab-separated text. */
export async function runImportCommand(file: string, options: { output?: string }): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = readInputFile(file).bytes;
  } catch (error) {
    process.stderr.write(`${file}  无法读取：${readReason(error)}\n`);
    return EXIT_UNUSABLE;
  }
  let result: Imported;
  if (isPdf(bytes)) {
    try {
      result = await importPdf(bytes, basename(file));
    } catch (error) {
      process.stderr.write(`${file}  无法读取这个 PDF 文件：${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_UNUSABLE;
    }
  } else if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    if (!isWordZip(bytes)) {
      process.stderr.write(`${file}  是压缩包（zip、Excel 等），不是 Word 文件；请给出 PDF、Word（.docx）、pdftotext -layout 的文本或制表符分隔的文本\n`);
      return EXIT_UNUSABLE;
    }
    try {
      result = importDocx(bytes, basename(file));
    } catch (error) {
      process.stderr.write(`${file}  无法读取这个 Word 文件：${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_UNUSABLE;
    }
  } else {
    result = importText(decodeText(bytes).text.replace(/^\ufeff/u, ''), basename(file));
  }
  const { yaml, imported } = result;
  for (const note of imported.notes) process.stderr.write(`注意：${note}\n`);
  if (options.output) {
    writeFileAtomic(options.output, yaml);
    const found = Object.keys(imported.tables).length;
    process.stderr.write(`已导入 ${found} 张表：${options.output}（表中没有的数据见文件末尾的注释，需要填写）\n`);
  } else {
    process.stdout.write(yaml);
  }
  return Object.keys(imported.tables).length > 0 ? 0 : 1;
}
