/**
 * Minimal Word documents for specs: paragraphs and tables as WordprocessingML, zipped as a
 * .docx holding only what the importer reads (word/document.xml).
 */
import { strToU8, zipSync } from 'fflate';

/** A table cell: its text, or its text with a horizontal span or a vertical merge. */
export type WordCell = string | { text: string; span?: number; merge?: 'restart' | 'continue' };

const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');

export const wordPara = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;

function wordCell(cell: WordCell): string {
  const c = typeof cell === 'string' ? { text: cell } : cell;
  const pr = (c.span ? `<w:gridSpan w:val="${c.span}"/>` : '') + (c.merge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.merge ? '<w:vMerge/>' : '');
  return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${c.merge === 'continue' ? '<w:p/>' : wordPara(c.text)}</w:tc>`;
}

/** A table row: its cells, or its cells after grid columns it leaves empty (w:gridBefore, the empty cells on its left deleted). */
export type WordRow = WordCell[] | { gridBefore: number; cells: WordCell[] };

function wordRow(row: WordRow): string {
  if (Array.isArray(row)) return `<w:tr>${row.map(wordCell).join('')}</w:tr>`;
  return `<w:tr><w:trPr><w:gridBefore w:val="${row.gridBefore}"/><w:wBefore w:w="${row.gridBefore * 1000}" w:type="dxa"/></w:trPr>${row.cells.map(wordCell).join('')}</w:tr>`;
}

export const wordTable = (rows: WordRow[]): string => `<w:tbl>${rows.map(wordRow).join('')}</w:tbl>`;

/**
 * A layout table: a borderless frame of one row, a cell per argument, each cell holding those blocks (paragraphs,
 * tables). Word requires a paragraph after a table that ends a cell: one is added.
 */
export const wordFrame = (...cells: string[][]): string => '<w:tbl><w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
  + '<w:bottom w:val="nil"/><w:right w:val="nil"/></w:tblBorders></w:tblPr>'
  + `<w:tr>${cells.map((blocks) => `<w:tc>${blocks.join('')}${blocks[blocks.length - 1]?.startsWith('<w:tbl') ? '<w:p/>' : ''}</w:tc>`).join('')}</w:tr></w:tbl>`;

/** A .docx of the blocks (wordPara, wordTable) in order. */
export function wordDocx(...blocks: string[]): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${blocks.join('')}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
}
