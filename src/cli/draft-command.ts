import { loadAccounts } from '../data/load.js';
import { draftPart3 } from '../draft/draft.js';
import { writeFileAtomic } from './write-file.js';

/** juesuan draft <data> [-o FILE] */
export function runDraftCommand(data: string, options: { output?: string }): number {
  const { accounts } = loadAccounts(data);
  const markdown = draftPart3(accounts);
  if (options.output) writeFileAtomic(options.output, markdown);
  else process.stdout.write(markdown);
  return 0;
}
