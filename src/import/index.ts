import { docxLines, layoutTextLines, pdfLines, pdfPageLines, tabSeparatedLines, type PlacedLine } from './placed.js';
import { placedText, recognisePlacedTables, type ImportedTables } from './tables.js';
import { importedYaml } from './yaml.js';
import { documentHeader } from '../documents/identity.js';

export { documentHeader, tabSeparatedLines, docxLines, layoutTextLines, pdfLines, pdfPageLines, recognisePlacedTables, importedYaml };
export type { PlacedLine, ImportedTables };

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
