/** Where a cell is in its source, named as its user finds it there. */

export type SourceKind = 'pdf' | 'text' | 'docx' | 'xlsx';

/** A place in the source as its user finds it: a PDF's page and line, a text's line, a Word file's paragraph or table row, a sheet's row. */
export function placeName(kind: SourceKind | undefined, page: number | undefined, line: number | undefined): string {
  if (line === undefined) return '';
  if (kind === 'xlsx') return `第 ${page} 个工作表第 ${line} 行`;
  if (kind === 'docx') return `第 ${line} 个段落或表格行`;
  if (kind === 'text') return `第 ${line} 行`;
  return `第 ${page} 页第 ${line} 行`;
}
