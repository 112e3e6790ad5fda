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

export const wordTable = (rows: WordCell[][]): string => `<w:tbl>${rows.map((r) => `<w:tr>${r.map(wordCell).join('')}</w:tr>`).join('')}</w:tbl>`;

/** A .docx of the blocks (wordPara, wordTable) in order. */
export function wordDocx(...blocks: string[]): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${blocks.join('')}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
}
