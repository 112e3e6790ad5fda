import { chmodSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Write through a temporary file in the same folder and rename it into place,
 * so a reader never sees half a file and an interrupted run loses nothing.
 * An existing file keeps its permissions, and a symbolic link keeps pointing
 * at the file it names, which is the one rewritten.
 */
export function writeFileAtomic(file: string, content: string): void {
  let target = file;
  let mode: number | undefined;
  try {
    target = realpathSync(file);
    mode = statSync(target).mode & 0o7777;
  } catch {
    // a new file: nothing to keep
  }
  mkdirSync(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, 'utf8');
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
