/**
 * Nothing is lost: no command writes its output (-o) over one of its inputs.
 * `juesuan export d.yaml -o d.yaml` would turn the data file into a workbook,
 * `draft d.yaml -o d.yaml` replace it with Markdown; a symbolic or hard link
 * to the input is the same file by another name. Checked by device and inode
 * (what the names lead to), before the output is written and, where the inputs
 * are known from the command line, before anything is read. Only `lint --fix`
 * rewrites an input, and it does so on purpose.
 */
import { lstatSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { OutputError } from './write-file.js';

/** An input of a command and what it is, as a message names it (数据文件, 文档, 上年文件 …). */
export interface NamedInput {
  file: string;
  role: string;
}

function identity(file: string): { dev: number; ino: number } | undefined {
  try {
    const s = statSync(file);
    // A device (-o /dev/null, /dev/stdout) is written as a stream, never replaced: only files can be lost.
    return s.isFile() ? { dev: s.dev, ino: s.ino } : undefined;
  } catch {
    return undefined;
  }
}

/** Throws an OutputError naming both files when `output` (given with `option`) is one of `inputs` by any name. */
export function refuseOutputOverInput(output: string | undefined, inputs: readonly NamedInput[], option = '-o'): void {
  if (output === undefined) return;
  const out = identity(output);
  if (!out) return;
  for (const input of inputs) {
    const id = identity(input.file);
    if (!id || id.dev !== out.dev || id.ino !== out.ino) continue;
    const same = resolve(output) === resolve(input.file) ? `这是输入的${input.role}本身` : `与输入的${input.role} ${input.file} 是同一个文件${linkKind(output, input.file)}`;
    throw new OutputError(output, `${same}，写入会覆盖它；请用 ${option} 指定另一个文件`);
  }
}

/** How two names lead to one file, as far as the names themselves show it. */
export function linkKind(a: string, b: string): string {
  try {
    if (lstatSync(a).isSymbolicLink() || lstatSync(b).isSymbolicLink()) return '（符号链接）';
    if (statSync(a).nlink > 1) return '（硬链接）';
  } catch {
    // gone meanwhile: still the same file
  }
  return '';
}
