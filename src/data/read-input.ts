/**
 * Reading what the user names (documents, data files, configurations):
 * regular files only, never more than a limit, so that `/dev/zero`, a FIFO
 * or a symbolic link to either is an input problem instead of a hang or an
 * unbounded read. Opened non-blocking, so that opening a FIFO does not wait
 * for a writer; the type is then checked on the open descriptor.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { ioReason } from './io-reason.js';

/** The largest document or data file read: 64 MB (README.md says so). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Why a file was not read, in Chinese, with the code of the cause. */
export class InputReadError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'InputReadError';
  }
}

export interface ReadInput {
  bytes: Buffer;
  /** the file as it was when read: --fix checks it is unchanged before writing */
  stats: Stats;
}

/** Reads a regular file of at most `limit` bytes; anything else throws an InputReadError (or the system's error). */
export function readInputFile(file: string, limit = MAX_INPUT_BYTES): ReadInput {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputReadError((error as NodeJS.ErrnoException).code ?? 'EIO', readReason(error));
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new InputReadError('EISDIR', '这是一个目录');
    if (!stats.isFile()) throw new InputReadError('ENOTREG', `不是普通文件，而是${kindOf(stats)}；只读取普通文件`);
    if (stats.size > limit) throw new InputReadError('EFBIG', tooBig(stats.size, limit));
    // The size may change while reading: never read past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stats.size - total, 0) + 65536, limit + 1 - total));
      if (chunk.length === 0) throw new InputReadError('EFBIG', tooBig(total, limit));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw new InputReadError('EFBIG', tooBig(total, limit));
    }
    // Mostly one read: its buffer as it is, not a copy (a published PDF runs to megabytes).
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), stats };
  } catch (error) {
    if (error instanceof InputReadError) throw error;
    throw new InputReadError((error as NodeJS.ErrnoException).code ?? 'EIO', readReason(error));
  } finally {
    closeSync(fd);
  }
}

function tooBig(size: number, limit: number): string {
  return `文件过大（${size > limit ? `超过 ${Math.round(limit / 1024 / 1024)} MB` : `${size} 字节`}），最多读取 ${Math.round(limit / 1024 / 1024)} MB`;
}

export function kindOf(stats: Stats): string {
  if (stats.isCharacterDevice()) return '字符设备';
  if (stats.isBlockDevice()) return '块设备';
  if (stats.isFIFO()) return '命名管道';
  if (stats.isSocket()) return '套接字';
  if (stats.isDirectory()) return '目录';
  return '特殊文件';
}

/** Why reading failed, in Chinese. */
export function readReason(error: unknown): string {
  if (error instanceof InputReadError) return error.message;
  return ioReason(error, 'read') ?? `无法读取：${(error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))}`;
}

/**
 * A lone CR (old Mac line ends) as LF: a line break like LF and CRLF for readers that split
 * lines at LF. One character for one, so offsets, lines and columns stay those of the file.
 */
export function loneCrAsLf(text: string): string {
  return text.replace(/\r(?!\n)/gu, '\n');
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const STRICT_GB18030 = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true });

/**
 * A file's text. Not UTF-8: a file mostly undecodable as UTF-8 that is valid GB18030
 * was saved by a Chinese Windows tool (GBK) and is read as such; otherwise the stray bytes
 * become U+FFFD and the rest is read.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' | 'broken-utf-8' } {
  try {
    return { text: STRICT_UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const loose = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    let replaced = 0;
    let read = 0;
    for (const ch of loose) {
      if (ch === '\ufffd') replaced++;
      else if (ch.charCodeAt(0) > 0x7f) read++;
    }
    if (replaced > read) {
      try {
        return { text: STRICT_GB18030.decode(bytes), encoding: 'gb18030' };
      } catch {
        // neither: read what UTF-8 can
      }
    }
    return { text: loose, encoding: 'broken-utf-8' };
  }
}
