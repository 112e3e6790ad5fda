/** Aligned columns for terminal reports: CJK and full-width characters take two columns. */
import { displayWidth } from '../format/width.js';


export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Padding past this many columns is not added: one very long message would
 * otherwise pad every other row of its file to its width.
 */
export const MAX_PADDED_WIDTH = 160;

/**
 * Rows of cells, each column padded to its widest cell (at most
 * MAX_PADDED_WIDTH) except the last. `paint` styles a cell's text (not its
 * padding), so colour codes never count towards the width. Widths are found
 * in a loop: spreading 200,000 rows into Math.max overflows the stack.
 */
export function alignRows(rows: string[][], indent = '  ', paint?: (text: string, column: number, row: number) => string): string[] {
  if (rows.length === 0) return [];
  const columns = rows[0]!.length;
  const widths = new Array<number>(Math.max(0, columns - 1)).fill(0);
  const cellWidths = rows.map((r) => r.map((c, i) => {
    const w = i < columns - 1 ? displayWidth(c ?? '') : 0;
    if (i < columns - 1 && w > widths[i]!) widths[i] = Math.min(w, MAX_PADDED_WIDTH);
    return w;
  }));
  return rows.map((r, k) => indent + r.map((c, i) => {
    const text = paint ? paint(c, i, k) : c;
    return i < columns - 1 ? text + ' '.repeat(Math.max(0, widths[i]! - cellWidths[k]![i]!)) : text;
  }).join('  '));
}

export function summary(errors: number, warnings: number): string {
  const total = errors + warnings;
  return total === 0 ? '✔ 未发现问题' : `✖ ${total} 个问题（${errors} 个错误，${warnings} 个警告）`;
}

/** Where a message of a PDF or Word file is: 第 3 页 12 行, 第 12 段, 第 12 段（表格第 2 行第 3 列）. */
export function placeOf(m: { line: number; page?: number; paragraph?: number; cell?: { row: number; column: number } }): string {
  if (m.page !== undefined) return `第 ${m.page} 页 ${m.line} 行`;
  if (m.paragraph !== undefined) return `第 ${m.paragraph} 段${m.cell ? `（表格第 ${m.cell.row} 行第 ${m.cell.column} 列）` : ''}`;
  return `${m.line}`;
}
