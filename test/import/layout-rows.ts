/** Layout text written by hand, as `pdftotext -layout` prints a table: cells at character columns. */

/** A line of layout text with each cell starting at the given character column. */
export function row(...cells: Array<[number, string]>): string {
  let line = '';
  for (const [at, text] of cells) line = line.padEnd(at, ' ') + text;
  return line;
}

/** The title, unit and header of a 支出决算表 (code, name, 本年支出合计, 基本支出, 项目支出). */
export const EXPENDITURE_HEADER = [
  row([16, '支出决算表']),
  row([50, '单位：万元']),
  row([2, '科目编码'], [11, '科目名称'], [30, '本年支出合计'], [42, '基本支出'], [52, '项目支出']),
];
