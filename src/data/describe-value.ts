/**
 * What a value in a data file is, for a message, without its contents: a data
 * file may hold a password or a key where an amount belongs (issue 9, item 6),
 * so messages quote at most the offending key and give the file, line and
 * column; the value itself is only described by its kind.
 */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '空白';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'object') return '映射';
  // two possible values: nothing to disclose
  if (typeof value === 'boolean') return `逻辑值 ${value}`;
  if (typeof value === 'number') return value < 0 ? '负数' : Number.isInteger(value) ? '整数' : '小数';
  if (typeof value === 'string') return value.trim() === '' ? '空白' : `${[...value].length} 个字符的值（内容不列出）`;
  return '其他值（内容不列出）';
}
