/**
 * The documents `juesuan lint` is given: files as named (whatever their
 * extension), directories walked for Markdown, PDF and Word (*.md, *.markdown, *.pdf, *.docx; not into
 * node_modules or dot-directories), glob patterns expanded to the Markdown
 * files they match. A path that exists is never read as a pattern. The same
 * file given twice is linted once.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { InputProblem } from '../report/problems.js';

/** Whether `path` is a folder (false when it is a file or cannot be read: the reader then says why). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const MARKDOWN = /\.(?:md|markdown|pdf|docx)$/iu;
/** what a directory walk and a pattern look for, as messages name it */
const DOCUMENT_KINDS = 'Markdown、PDF 或 Word 文件（*.md、*.markdown、*.pdf、*.docx）';
const IGNORE = ['**/node_modules/**'];

export interface ResolvedInputs {
  /** documents to lint, as the user would write their paths, in a stable order (sorted) */
  files: string[];
  /** a directory or pattern that yields no Markdown */
  problems: InputProblem[];
  /** one of the arguments is a directory: its report is a folder's (an index, even for one document) */
  directory: boolean;
}

export function resolveInputs(args: readonly string[], cwd: string): ResolvedInputs {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  let directory = false;
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };

  for (const arg of args) {
    let isDirectory: boolean | undefined;
    try {
      isDirectory = statSync(resolve(cwd, arg)).isDirectory();
    } catch {
      isDirectory = undefined;
    }
    if (isDirectory === true) {
      directory = true;
      const found = globSync(['**/*.md', '**/*.markdown', '**/*.pdf', '**/*.docx'], {
        cwd: resolve(cwd, arg), ignore: IGNORE, dot: false, onlyFiles: true, caseSensitiveMatch: false,
      });
      if (found.length === 0) {
        problems.push({ filePath: arg, message: `目录中没有 ${DOCUMENT_KINDS}；不查找 node_modules 和以 . 开头的目录` });
      }
      for (const rel of found) add(join(arg, rel));
    } else if (isDirectory === undefined && isDynamicPattern(arg)) {
      const found = globSync(arg, { cwd, ignore: IGNORE, dot: false, onlyFiles: true, expandDirectories: false })
        .filter((f) => MARKDOWN.test(f));
      if (found.length === 0) problems.push({ filePath: arg, message: `没有与这个模式匹配的 ${DOCUMENT_KINDS}` });
      for (const f of found) add(f);
    } else {
      // A file, or a path that cannot be read: reading it says why.
      add(arg);
    }
  }
  files.sort(comparePaths);
  return { files, problems, directory };
}

/** Code-unit order: the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
