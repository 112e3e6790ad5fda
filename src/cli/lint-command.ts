/**
 * juesuan lint <files…> --data <data>: lint hand-edited Part 3 Markdown
 * against the data. Unusable data (DataError) propagates to main.ts (exit 2);
 * an unreadable document is reported and the others are still linted.
 */
import { readFileSync } from 'node:fs';
import { loadAccounts } from '../data/load.js';
import { buildFactCatalog } from '../facts/catalog.js';
import { createLintContext, lintMarkdown, type LintResult } from '../lint/lint.js';
import { formatLintJson } from '../report/lint-json.js';
import { formatLintStylish } from '../report/lint-stylish.js';

export interface LintCommandOptions {
  data: string;
  format: 'stylish' | 'json';
  strict?: boolean;
  exitZero?: boolean;
}

export function runLintCommand(files: string[], options: LintCommandOptions): number {
  const { accounts } = loadAccounts(options.data);
  const ctx = createLintContext(buildFactCatalog(accounts));
  const results: LintResult[] = [];
  let unreadable = false;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      process.stderr.write(`${file}：无法读取（${code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : code ?? String(error)}），需要一个 Markdown 文件\n`);
      unreadable = true;
      continue;
    }
    results.push(lintMarkdown(text, ctx, { filePath: file, strict: options.strict ?? false }));
  }
  process.stdout.write(options.format === 'json' ? formatLintJson(results) : formatLintStylish(results));
  if (unreadable) return 2;
  const errors = results.some((r) => r.errorCount > 0);
  return errors && !options.exitZero ? 1 : 0;
}
