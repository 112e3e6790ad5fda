import { basename } from 'node:path';
import { decodeText, readInputFile, readReason } from '../data/read-input.js';
import { importText } from '../import/index.js';
import { formatInputProblem } from '../report/problems.js';
import { writeOutputFile } from './write-file.js';

/**
 * juesuan import <file> [-o data.yaml]. A document that cannot be read, or in
 * which no table is found, is exit 2 and writes nothing: an empty data file
 * would only fail later, further from the cause.
 */
export function runImportCommand(file: string, options: { output?: string }): number {
  let text: string;
  try {
    text = decodeText(readInputFile(file).bytes).text;
  } catch (error) {
    process.stderr.write(`${formatInputProblem({ filePath: file, message: `无法读取（${readReason(error)}）` })}\n`);
    return 2;
  }
  const { yaml, imported } = importText(text, basename(file));
  const found = Object.keys(imported.tables).length;
  if (found === 0) {
    const message = '未找到任何公开表（“公开01表”…“公开09表”的标记及其表格），没有写出数据文件；目前读取制表符分隔的文本';
    process.stderr.write(`${formatInputProblem({ filePath: file, message })}\n`);
    return 2;
  }
  for (const note of imported.notes) process.stderr.write(`注意：${note}\n`);
  if (options.output) {
    writeOutputFile(options.output, yaml);
    process.stderr.write(`已导入 ${found} 张表：${options.output}（表中没有的数据见文件末尾的注释，需要填写）\n`);
  } else {
    process.stdout.write(yaml);
  }
  return 0;
}
