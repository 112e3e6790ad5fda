import { docxLines, layoutTextLines, pdfCellBoxes, pdfLineRects, pdfPageLines, pdfPageOptions, tabSeparatedLines, textlessPages, type PlacedLine } from './placed.js';
import { readPdfPages } from '../documents/pdf.js';
import { tableRegionLines } from './segments.js';
import { placedText, recognisePlacedTables, type CellPlace, type ImportedTables, type RecogniseOptions, type TableProblem } from './tables.js';
import { importedYaml, yearNotFound, type SourceKind } from './yaml.js';
import { placeName } from './place.js';
import { documentHeader } from '../documents/identity.js';
import { loneCrAsLf } from '../data/read-input.js';

export { documentHeader, tableRegionLines, tabSeparatedLines, docxLines, layoutTextLines, pdfCellBoxes, pdfLineRects, pdfPageLines, pdfPageOptions, recognisePlacedTables, importedYaml, placeName, textlessPages };
export { pdfLines } from './placed.js';
export type { SourceKind };
export type { CellPlace, PlacedLine, ImportedTables, TableProblem };

export interface Imported {
  yaml: string;
  imported: ImportedTables;
  format: 'tab' | 'layout' | 'pdf' | 'docx' | 'xlsx';
  /** the document's text as read, line by line */
  text: string;
}

/** Tab-separated text (the seed's Shandong layout) or `pdftotext -layout` text, as placed lines. */
function textLines(source: string): { lines: PlacedLine[]; format: 'tab' | 'layout'; options: RecogniseOptions } {
  const text = loneCrAsLf(source);
  const tabs = text.split('\n').filter((l) => l.includes('\t')).length;
  return tabs >= 5
    ? { lines: tabSeparatedLines(text), format: 'tab', options: { wholeCells: true, collapsedSpans: true } }
    : { lines: layoutTextLines(text), format: 'layout', options: { ordered: true } };
}

/** Tab-separated text (the seed's Shandong layout) or `pdftotext -layout` text → data file text. */
export function importText(text: string, source: string): Imported {
  const { lines, format, options } = textLines(text);
  return fromPlaced(lines, source, format, options);
}

/** The tables of such a text, without writing a data file (review reads them as they are). */
export function textTables(text: string): ImportedTables {
  const { lines, options } = textLines(text);
  return recognisePlacedTables(lines, options);
}

/** A Word table's rows are whole; a 合计 merged over the key columns without its span written (a table pasted from text) is one cell. */
export const WORD: RecogniseOptions = { wholeCells: true, collapsedSpans: true, source: 'docx' };

function fromPlaced(lines: PlacedLine[], source: string, format: Imported['format'], options: RecogniseOptions = {}): Imported {
  const imported = recognisePlacedTables(lines, options);
  const text = placedText(lines);
  const kind: SourceKind = format === 'pdf' || format === 'docx' || format === 'xlsx' ? format : 'text';
  const header = documentHeader(text);
  if (header.year === undefined) imported.notes.push(yearNotFound('文件的标题、表头和文字中'));
  return { yaml: importedYaml(imported, { ...header, source, kind }), imported, format, text };
}

/** A published PDF → data file text, from the positions of its text items. */
export async function importPdf(bytes: Uint8Array, source: string): Promise<Imported> {
  const pages = await readPdfPages(bytes);
  return fromPlaced(pages.flatMap(pdfPageLines), source, 'pdf', pdfPageOptions(pages));
}

/** A Word document → data file text, from its tables' cells (throws NotWordError when it is not one). */
export function importDocx(bytes: Uint8Array, source: string): Imported {
  return fromPlaced(docxLines(bytes), source, 'docx', WORD);
}
