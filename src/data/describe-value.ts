/**
 * A value of the user's own data file, for a message: shown as written, so the
 * writer sees what to correct (“二〇二四”, “4,340.165”), shortened when long
 * and with control characters made visible. This is said only of a file that
 * reads as a data file (load.ts checks its top-level keys first): the contents
 * of anything else (a credentials file given by mistake) are described by kind
 * only, never quoted.
 */

/** The longest value quoted whole; a longer one is cut, with “…（共 N 个字符）”. */
export const QUOTE_LIMIT = 40;

/** The text with line breaks, tabs and other control characters written as ↵, → and � (one line, no terminal escapes). */
function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n|[\r\n]/gu, '↵').replace(/\t/gu, '→').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, '�');
}

/** A string value in quotes, shortened to QUOTE_LIMIT characters. */
export function quoteValue(text: string): string {
  const chars = [...text];
  if (chars.length <= QUOTE_LIMIT) return `“${visible(text)}”`;
  return `“${visible(chars.slice(0, QUOTE_LIMIT - 10).join(''))}…”（共 ${chars.length} 个字符）`;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '空白';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'object') return '映射';
  if (typeof value === 'boolean') return `逻辑值 ${value}`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim() === '' ? '空白' : quoteValue(value);
  return String(value);
}

/** “实际为” and the value, spaced as Chinese text is: 实际为“二〇二四”, 实际为 -3.5, 实际为列表. */
export function actually(value: unknown): string {
  const d = describeValue(value);
  return /^[“\u3400-\u9fff]/u.test(d) ? `实际为${d}` : `实际为 ${d}`;
}
