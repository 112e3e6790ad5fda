import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importText } from '../import/index.js';
import { writeFileAtomic } from './write-file.js';

/** juesuan import <file> [-o data.yaml] */
export function runImportCommand(file: string, options: { output?: string }): number {
  const { yaml, imported } = importText(readFileSync(file, 'utf8'), basename(file));
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
