import { basename } from 'node:path';
import { InputReadError, readInputFile } from '../data/read-input.js';
import { importText } from '../import/index.js';
import type { ImportedTables } from '../import/tables.js';
import { isWorkbookZip } from '../workbook/detect.js';
import { writeFileAtomic } from './write-file.js';

/** An .xlsx workbook: by its name (a damaged one too), or by its contents. */
const isWorkbook = (file: string, bytes: Buffer): boolean => /\.xls[xm]$/iu.test(file) || isWorkbookZip(bytes);

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** juesuan import <file> [-o data.yaml] */
export async function runImportCommand(file: string, options: { output?: string }): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = readInputFile(file).bytes;
  } catch (error) {
    process.stderr.write(`${file}  无法读取：${error instanceof InputReadError ? error.message : String(error)}\n`);
    return 2;
  }
  let result: { yaml: string; imported: ImportedTables };
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    process.stderr.write(`${file}  是旧版 Office 文件（.xls/.doc），无法导入；请在 Excel 或 WPS 中另存为 .xlsx 后再导入\n`);
    return 2;
  }
  if (isWorkbook(file, bytes)) {
    const { importWorkbook, WorkbookError } = await import('../workbook/read.js');
    try {
      result = await importWorkbook(bytes, file, basename(file));
    } catch (error) {
      if (!(error instanceof WorkbookError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
  } else {
    result = importText(bytes.toString('utf8'), basename(file));
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
