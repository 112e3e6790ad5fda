import { docxLines, layoutTextLines, pdfLines, pdfPageLines, tabSeparatedLines, type PlacedLine } from './placed.js';
import { placedText, recognisePlacedTables, type ImportedTables } from './tables.js';
import { importedYaml } from './yaml.js';

export { tabSeparatedLines, docxLines, layoutTextLines, pdfLines, pdfPageLines, recognisePlacedTables, importedYaml };
export type { PlacedLine, ImportedTables };

/** 部门 and 年度 as the document states them (部门：…, or the name before “2024 年度部门决算”). */
export function documentHeader(text: string): { department?: string; year?: number } {
  const department = /部门[：:]\s*([^\t\n]+)/u.exec(text)?.[1]?.trim() ?? nameBeforeYear(text);
  const year = /(20\d{2})\s*年度?部门决算/u.exec(text)?.[1];
  return { department, year: year ? Number(year) : undefined };
}

/** The name a line gives before “2024 年度部门决算” (after a 第二部分 that may open the line). */
function nameBeforeYear(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const at = line.search(/20\d{2}\s*年度部门决算/u);
    if (at < 0) continue;
    const name = line.slice(0, at).trim().replace(/^#+\s*/u, '').replace(/^第[一二三四五六七八九十]+部分/u, '').trim();
    if (name !== '' && name.length <= 40 && !/^\d/u.test(name)) return name;
  }
  return undefined;
}

export interface Imported {
  yaml: string;
  imported: ImportedTables;
  format: 'tab' | 'layout' | 'pdf' | 'docx';
  /** the document's text as read, line by line */
  text: string;
}

/** Tab-separated text (the seed's Shandong layout) or `pdftotext -layout` text, as placed lines. */
function textLines(text: string): { lines: PlacedLine[]; format: 'tab' | 'layout' } {
  const tabs = text.split('\n').filter((l) => l.includes('\t')).length;
  return tabs >= 5 ? { lines: tabSeparatedLines(text), format: 'tab' } : { lines: layoutTextLines(text), format: 'layout' };
}

/** Tab-separated text (the seed's Shandong layout) or `pdftotext -layout` text → data file text. */
export function importText(text: string, source: string): Imported {
  const { lines, format } = textLines(text);
  return fromPlaced(lines, source, format);
}

/** The tables of such a text, without writing a data file (review reads them as they are). */
export function textTables(text: string): ImportedTables {
  return recognisePlacedTables(textLines(text).lines);
}

function fromPlaced(lines: PlacedLine[], source: string, format: Imported['format']): Imported {
  const imported = recognisePlacedTables(lines);
  const text = placedText(lines);
  return { yaml: importedYaml(imported, { ...documentHeader(text), source }), imported, format, text };
}


/** A published PDF → data file text, from the positions of its text items. */
export async function importPdf(bytes: Uint8Array, source: string): Promise<Imported> {
  return fromPlaced(await pdfLines(bytes), source, 'pdf');
}

/** A Word document → data file text, from its tables' cells (throws NotWordError when it is not one). */
export function importDocx(bytes: Uint8Array, source: string): Imported {
  return fromPlaced(docxLines(bytes), source, 'docx');
}
