import { loadAccounts } from '../data/load.js';
import { draftPart3 } from '../draft/draft.js';
import { dataCatalog } from '../facts/unknown.js';
import { writeOutputFile } from './write-file.js';

export type DraftFormat = 'markdown' | 'docx';

/** juesuan draft <data> [-f markdown|docx] [-o FILE]; -o *.docx without --format writes Word. */
export async function runDraftCommand(data: string, options: { output?: string; format?: DraftFormat }): Promise<number> {
  const markdown = draftPart3(dataCatalog(loadAccounts(data)));
  const format = options.format ?? (options.output && /\.docx$/iu.test(options.output) ? 'docx' : 'markdown');
  let content: string | Uint8Array = markdown;
  if (format === 'docx') {
    if (!options.output && process.stdout.isTTY) {
      process.stderr.write('Word 文件是二进制文件，不能输出到终端：请用 -o 指定文件，如 -o 第三部分.docx\n');
      return 2;
    }
    const { markdownToDocx } = await import('../documents/docx-writer.js');
    content = markdownToDocx(markdown);
  }
  if (options.output) {
    writeOutputFile(options.output, content);
    const gaps = markdown.match(/【待补充：/gu)?.length ?? 0;
    process.stderr.write(`已生成第三部分草稿${format === 'docx' ? '（Word）' : ''}：${options.output}${gaps ? `（有 ${gaps} 处【待补充】需要填写）` : ''}\n`);
  } else {
    process.stdout.write(content);
  }
  return 0;
}
