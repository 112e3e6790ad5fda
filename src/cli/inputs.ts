/**
 * The documents `juesuan lint` is given: files as named (whatever their
 * extension), directories walked for Markdown, PDF and Word (*.md, *.markdown, *.pdf, *.docx; not into
 * node_modules or dot-directories), glob patterns expanded to the Markdown
 * files they match. A path that exists is never read as a pattern. The same
 * file given twice is linted once, whether by one path written two ways or by
 * two paths that lead to it (a symbolic or hard link: same device and inode).
 */
import { lstatSync, statSync } from 'node:fs';
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

/** A regular file, or a symbolic link to one. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
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
  /** paths left out because they lead to a file already in `files` */
  sameFiles: SameFile[];
}

/** A path that leads to a file read under another path (`kept`), by a link of `kind`. */
export interface SameFile {
  path: string;
  kept: string;
  /** how, as far as the two paths show it (none: a linked folder on the way) */
  kind?: '符号链接' | '硬链接';
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
  const once = oncePerFile(files, cwd);
  return { files: once.files, problems, directory, sameFiles: once.sameFiles };
}

/**
 * Each real file once (device and inode, after following symbolic links), so
 * that its findings are not counted twice: the path that is no symbolic link
 * is kept, else the first. `files` keeps its order; a path that cannot be
 * read stays (reading it says why).
 */
export function oncePerFile(files: readonly string[], cwd: string): { files: string[]; sameFiles: SameFile[] } {
  const byInode = new Map<string, { path: string; symlink: boolean; hardLinked: boolean }[]>();
  const identity = new Map<string, string>();
  for (const file of files) {
    try {
      const full = resolve(cwd, file);
      const stats = statSync(full);
      // a device or FIFO is refused when read; only regular files are one file under two names
      if (!stats.isFile()) continue;
      const key = `${stats.dev}:${stats.ino}`;
      identity.set(file, key);
      const group = byInode.get(key) ?? [];
      group.push({ path: file, symlink: lstatSync(full).isSymbolicLink(), hardLinked: stats.nlink > 1 });
      byInode.set(key, group);
    } catch {
      // unreadable: kept, and reported when read
    }
  }
  const kept = new Map<string, string>();
  for (const [key, group] of byInode) kept.set(key, (group.find((g) => !g.symlink) ?? group[0]!).path);
  const sameFiles: SameFile[] = [];
  const result = files.filter((file) => {
    const key = identity.get(file);
    const keep = key === undefined ? file : kept.get(key)!;
    if (keep === file) return true;
    const ways = byInode.get(key!)!.filter((g) => g.path === file || g.path === keep);
    const kind = ways.some((g) => g.symlink) ? '符号链接' : ways[0]!.hardLinked ? '硬链接' : undefined;
    sameFiles.push({ path: file, kept: keep, ...(kind ? { kind } : {}) });
    return false;
  });
  return { files: result, sameFiles };
}

/** The note for a path left out by oncePerFile. */
export function sameFileNote(same: SameFile, verb: string): string {
  return `${same.path}：与 ${same.kept} 是同一个文件${same.kind ? `（${same.kind}）` : ''}，只${verb}一次，结果列在 ${same.kept} 下\n`;
}

/** Code-unit order: the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
