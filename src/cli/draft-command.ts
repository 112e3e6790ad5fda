import { loadAccounts } from '../data/load.js';
import { draftPart3 } from '../draft/draft.js';
import { writeOutputFile } from './write-file.js';

/** juesuan draft <data> [-o FILE] */
export function runDraftCommand(data: string, options: { output?: string }): number {
  const { accounts } = loadAccounts(data);
  const markdown = draftPart3(accounts);
  if (options.output) {
    writeOutputFile(options.output, markdown);
    const gaps = markdown.match(/【待补充：/gu)?.length ?? 0;
    process.stderr.write(`已生成第三部分草稿：${options.output}${gaps ? `（有 ${gaps} 处【待补充】需要填写）` : ''}\n`);
  } else {
    process.stdout.write(markdown);
  }
  return 0;
}
