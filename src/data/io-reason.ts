/**
 * Why reading or writing a file failed, in Chinese, from the system's error code:
 * one table for every command, so a read and a write of the same path are
 * described the same way where they fail the same way.
 */
type Direction = 'read' | 'write';

const REASONS: Record<string, string | Partial<Record<Direction, string>>> = {
  ENOENT: { read: '文件不存在', write: '所在目录不存在' },
  ENOTDIR: '路径中有一段不是目录',
  EISDIR: { read: '这是一个目录', write: '这是一个目录，需要一个文件路径' },
  EACCES: { read: '没有读取权限', write: '没有写入权限' },
  EPERM: { read: '没有读取权限', write: '没有写入权限' },
  ENXIO: { read: '不是普通文件，只读取普通文件', write: '不能写入这个特殊文件（没有读取方）' },
  ELOOP: { read: '符号链接循环' },
  EROFS: { write: '所在的文件系统是只读的' },
  ENOSPC: { write: '磁盘空间不足' },
  EDQUOT: { write: '超出磁盘配额' },
  EPIPE: { write: '读取方已关闭' },
};

/** The reason for a system error's code, or undefined for an error that has none we describe. */
export function ioReason(error: unknown, direction: Direction): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : REASONS[code];
  return typeof reason === 'string' ? reason : reason?.[direction];
}
