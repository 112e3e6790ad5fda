/**
 * Writing what juesuan produces: reports and drafts (-o, --output-file) and
 * fixed documents (--fix).
 *
 * A regular file (or a new one) is written through a temporary file in the
 * same folder and renamed into place, so that a reader never sees half a
 * file; an existing file keeps its mode and owner, and a symbolic link keeps
 * pointing at the file it names, which is the one rewritten. A device, FIFO
 * or socket (-o /dev/stdout, -o /dev/null) is written to as a stream, never
 * replaced. A directory, or a folder that does not exist, is an OutputError.
 * Temporary files still on disk are removed on exit and on SIGINT/SIGTERM
 * (removeTemporaryFiles).
 */
import { createHash } from 'node:crypto';
import {
  accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, ftruncateSync, openSync, readSync,
  realpathSync, renameSync, rmSync, statSync, writeSync, type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { kindOf } from '../data/read-input.js';
import { ioReason } from '../data/io-reason.js';

/** A file that cannot be written, with the reason in Chinese (the CLI exits 2). */
export class OutputError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}  无法写入：${reason}`);
    this.name = 'OutputError';
  }
}

const temporaries = new Set<string>();
let exitHookInstalled = false;

/** Removes every temporary file this process still has on disk. */
export function removeTemporaryFiles(): void {
  for (const file of temporaries) {
    try {
      rmSync(file, { force: true });
    } catch {
      // nothing more can be done
    }
  }
  temporaries.clear();
}

/**
 * Registers `file` for removal before it is created, with the hooks that
 * remove it: on exit, and on SIGINT/SIGTERM, whose default action would end
 * the process between creating and renaming it and leave it behind. A write is
 * synchronous, so the signal is handled once it is over (the temporary file
 * renamed or removed); the run then ends with 130 or 143, as the signal would
 * have ended it. Where the command handles the signal itself (lint --fix
 * stops between files), it is left to that handler, which removes them too.
 */
function track(file: string): void {
  if (!exitHookInstalled) {
    process.on('exit', removeTemporaryFiles);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const onSignal = () => {
        if (process.listenerCount(signal) > 1) return;
        removeTemporaryFiles();
        process.exit(signal === 'SIGINT' ? 130 : 143);
      };
      process.on(signal, onSignal);
    }
    exitHookInstalled = true;
  }
  temporaries.add(file);
}

/** Why a write failed, in Chinese. */
export function writeReason(error: unknown): string {
  if (error instanceof OutputError) return error.reason;
  return ioReason(error, 'write') ?? (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

/** -o FILE: a report, a draft (text, written as UTF-8) or a workbook (bytes). Throws an OutputError. */
export function writeOutputFile(file: string, content: string | Uint8Array): void {
  try {
    writeTarget(file, content, undefined);
  } catch (error) {
    throw error instanceof OutputError ? error : new OutputError(file, writeReason(error));
  }
}

/** What a document was when read: a fix is written only over that. */
export interface ReadSnapshot {
  /** device and inode: two paths to one file (hard links) are fixed once */
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  sha256: string;
}

export function snapshotOf(bytes: Uint8Array, stats: Stats): ReadSnapshot {
  return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs, sha256: sha256(bytes) };
}

/**
 * --fix: replaces a document that is still exactly as read (`expected`), keeping
 * its mode and owner; a read-only file is not written, and a file with other hard
 * links is rewritten in place so that every link sees the fix. Throws an OutputError.
 */
export function writeFixedFile(file: string, content: string | Uint8Array, expected: ReadSnapshot): void {
  try {
    writeTarget(file, content, expected);
  } catch (error) {
    throw error instanceof OutputError ? error : new OutputError(file, writeReason(error));
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Text as UTF-8; a binary file (.docx) as it is. */
function bytesOf(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}

function writeTarget(file: string, content: string | Uint8Array, expected: ReadSnapshot | undefined): void {
  let stats: Stats | undefined;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' || expected) throw error;
  }
  if (stats?.isDirectory()) throw new OutputError(file, '这是一个目录，需要一个文件路径');
  // -o /dev/stdout, /dev/stderr (or another name for them): the descriptor already open,
  // which may be a socket or pipe that cannot be opened again, or a file not to be replaced.
  if (stats && !expected) {
    for (const fd of [1, 2]) {
      if (sameFile(stats, fd)) {
        writeAll(fd, bytesOf(content));
        return;
      }
    }
  }
  if (stats && !stats.isFile()) {
    if (expected) throw new OutputError(file, `不是普通文件，而是${kindOf(stats)}`);
    writeStream(file, content);
    return;
  }
  const target = stats ? realpathSync(file) : resolve(file);
  const folder = dirname(target);
  if (!stats) {
    // No silent mkdir -p: a folder that does not exist is probably a typo.
    let dir: Stats;
    try {
      dir = statSync(folder);
    } catch {
      throw new OutputError(file, `目录 ${dirname(file)} 不存在`);
    }
    if (!dir.isDirectory()) throw new OutputError(file, `${dirname(file)} 不是目录`);
  }
  const bytes = bytesOf(content);
  if (expected && stats) {
    if (isReadOnly(target, stats)) throw new OutputError(file, '文件是只读的');
    assertUnchanged(target, expected);
    if (stats.nlink > 1) {
      writeInPlace(target, bytes, expected);
      return;
    }
  }
  const temporary = join(folder, `.${basename(target)}.${process.pid}.tmp`);
  track(temporary);
  try {
    const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    try {
      writeAll(fd, bytes);
      if (stats) {
        fchmodSync(fd, stats.mode & 0o7777);
        if (stats.uid !== process.getuid?.() || stats.gid !== process.getgid?.()) {
          try {
            fchownSync(fd, stats.uid, stats.gid);
          } catch {
            // Not allowed to keep the owner: a fix is written in place instead, which keeps it.
            if (expected) {
              closeSync(fd);
              rmSync(temporary, { force: true });
              temporaries.delete(temporary);
              writeInPlace(target, bytes, expected);
              return;
            }
          }
        }
      }
    } finally {
      try {
        closeSync(fd);
      } catch {
        // closed above
      }
    }
    // Checked once more just before the rename: an edit made while the fix was written wins.
    if (expected) assertUnchanged(target, expected);
    renameSync(temporary, target);
    temporaries.delete(temporary);
  } catch (error) {
    rmSync(temporary, { force: true });
    temporaries.delete(temporary);
    throw error;
  }
}

/**
 * Read-only: by its mode bits whoever runs (root could write it anyway, but the
 * owner said no), and for anyone else by what the system allows them; replacing
 * a file through its folder must not get round that.
 */
function isReadOnly(file: string, stats: Stats): boolean {
  if ((stats.mode & 0o222) === 0) return true;
  if (process.getuid?.() === 0) return false;
  try {
    accessSync(file, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function assertUnchanged(file: string, expected: ReadSnapshot): void {
  const now = statSync(file);
  let same = now.size === expected.size && now.mtimeMs === expected.mtimeMs;
  if (same) {
    const fd = openSync(file, 'r');
    try {
      const bytes = Buffer.alloc(now.size);
      let read = 0;
      while (read < bytes.length) {
        const n = readSync(fd, bytes, read, bytes.length - read, read);
        if (n === 0) break;
        read += n;
      }
      same = read === expected.size && sha256(bytes) === expected.sha256;
    } finally {
      closeSync(fd);
    }
  }
  if (!same) throw new OutputError(file, '文件在审校期间被改动过，请重新运行');
}

function writeInPlace(file: string, bytes: Buffer, expected: ReadSnapshot): void {
  const fd = openSync(file, 'r+');
  try {
    assertUnchanged(file, expected);
    ftruncateSync(fd, 0);
    writeAll(fd, bytes, 0);
  } finally {
    closeSync(fd);
  }
}

function writeStream(file: string, content: string | Uint8Array): void {
  const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND);
  try {
    writeAll(fd, bytesOf(content));
  } finally {
    closeSync(fd);
  }
}

function sameFile(stats: Stats, fd: number): boolean {
  try {
    const open = fstatSync(fd);
    return open.dev === stats.dev && open.ino === stats.ino;
  } catch {
    return false;
  }
}

function writeAll(fd: number, bytes: Buffer, position?: number): void {
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written, bytes.length - written, position === undefined ? null : position + written);
    } catch (error) {
      // a non-blocking pipe that is full: wait for the reader
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

