import { docxLines, layoutTextLines, pdfLines, pdfPageLines, tabSeparatedLines, type PlacedLine } from './placed.js';
import { placedText, recognisePlacedTables, type ImportedTables, type RecogniseOptions, type TableProblem } from './tables.js';
import { importedYaml, placeName, type SourceKind } from './yaml.js';

export { tabSeparatedLines, docxLines, layoutTextLines, pdfLines, pdfPageLines, recognisePlacedTables, importedYaml, placeName };
export type { SourceKind };
export type { PlacedLine, ImportedTables, TableProblem };

/** 部门 and 年度 as the document states them (部门：…, or the name before “2024 年度部门决算”). */
export function documentHeader(text: string): { department?: string; year?: number } {
  const labelled = /(?:编制单位|部门|单位名称)[：:]\s*([^\t\n]+)/u.exec(text)?.[1];
  const department = (labelled === undefined ? undefined : withoutUnitAndYear(labelled)) || nameBeforeYear(text);
  const year = /(20\d{2})\s*年度?(?:部门|单位)决算/u.exec(text)?.[1];
  return { department: department || undefined, year: year ? Number(year) : undefined };
}

/** 部门：某局  单位：万元 (one line, its cells run together): the name, without the unit or a year after it. */
function withoutUnitAndYear(value: string): string {
  let name = value;
  for (const unit of ['金额单位：', '金额单位:', '单位：', '单位:']) {
    const at = name.indexOf(unit);
    if (at >= 0) name = name.slice(0, at);
  }
  return name.trim().replace(/20\d{2}年度?$/u, '').trim();
}

/** The name a line gives before “2024 年度部门决算” (after a 第二部分 that may open the line). */
function nameBeforeYear(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const at = line.search(/20\d{2}\s*年度(?:部门|单位)决算/u);
    if (at < 0) continue;
    const name = line.slice(0, at).trim().replace(/^#+\s*/u, '').replace(/^第[一二三四五六七八九十]+部分/u, '').trim();
    if (name !== '' && name.length <= 40 && !/^\d/u.test(name)) return name;
  }
  return undefined;
}

export interface Imported {
  yaml: string;
  imported: ImportedTables;
  format: 'tab' | 'layout' | 'pdf' | 'docx' | 'xlsx';
  /** the document's text as read, line by line */
  text: string;
}

/** Tab-separated text (the seed's Shandong layout) or `pdftotext -layout` text, as placed lines. */
function textLines(text: string): { lines: PlacedLine[]; format: 'tab' | 'layout'; options: RecogniseOptions } {
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
const WORD: RecogniseOptions = { wholeCells: true, collapsedSpans: true };

/** The tables of a Word document's cells. */
export function docxTables(bytes: Uint8Array): ImportedTables {
  return recognisePlacedTables(docxLines(bytes), WORD);
}

/** The tables of a PDF, from the positions of its text items. */
export async function pdfTables(bytes: Uint8Array): Promise<ImportedTables> {
  return recognisePlacedTables(await pdfLines(bytes));
}

function fromPlaced(lines: PlacedLine[], source: string, format: Imported['format'], options: RecogniseOptions = {}): Imported {
  const imported = recognisePlacedTables(lines, options);
  const text = placedText(lines);
  const kind: SourceKind = format === 'pdf' || format === 'docx' || format === 'xlsx' ? format : 'text';
  return { yaml: importedYaml(imported, { ...documentHeader(text), source, kind }), imported, format, text };
}

/** A published PDF → data file text, from the positions of its text items. */
export async function importPdf(bytes: Uint8Array, source: string): Promise<Imported> {
  return fromPlaced(await pdfLines(bytes), source, 'pdf');
}

/** A Word document → data file text, from its tables' cells (throws NotWordError when it is not one). */
export function importDocx(bytes: Uint8Array, source: string): Imported {
  return fromPlaced(docxLines(bytes), source, 'docx', WORD);
}
