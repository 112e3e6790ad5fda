/**
 * A published document read for review: its nine tables (the one place where
 * a document's kind is mapped to a table importer) and its Part 3 text for
 * the linter, with the map back to page and line (PDF) or paragraph (Word).
 */
import { decodeText, readInputFile, readReason } from '../data/read-input.js';
import { decodeUtf16, readDocument, type DocumentOrigin } from '../documents/index.js';
import { docxLines, documentHeader, pdfLines, recognisePlacedTables, textTables, type ImportedTables } from '../import/index.js';

export type DocumentKind = 'text' | 'pdf' | 'docx';

export interface ReviewDocument {
  filePath: string;
  kind: DocumentKind;
  /** 部门 and 年度 as the document states them */
  department?: string;
  year?: number;
  imported: ImportedTables;
  /** the text the linter reads: Part 3 (of a text file: the other lines emptied, so that its line numbers stay the file's) */
  part3: string;
  origin?: DocumentOrigin;
}

export type ReadResult = { ok: true; document: ReviewDocument } | { ok: false; filePath: string; message: string };

/**
 * The document's tables, by the table importer of its kind: a PDF's from the
 * positions of its text items, a Word file's from its table cells, a text's
 * from its tabs or its layout columns (pdftotext -layout).
 */
export async function importDocumentTables(kind: DocumentKind, text: string, bytes: Uint8Array): Promise<ImportedTables> {
  if (kind === 'pdf') return recognisePlacedTables(await pdfLines(bytes));
  if (kind === 'docx') return recognisePlacedTables(docxLines(bytes));
  return textTables(text);
}

const PART3_TITLE = /^\s*(?:#+\s*)?第三部分/u;
const OTHER_PART_TITLE = /^\s*(?:#+\s*)?第[一二四五六七八九十]部分/u;

/** The lines of Part 3 in a whole document: from its last 第三部分 title (the first ones are in the table of contents) to the next part's. */
function part3Lines(lines: readonly string[]): { start: number; end: number } | undefined {
  let start = -1;
  lines.forEach((l, i) => { if (PART3_TITLE.test(l)) start = i; });
  if (start < 0) return undefined;
  const next = lines.findIndex((l, i) => i > start && OTHER_PART_TITLE.test(l));
  return { start, end: next < 0 ? lines.length : next };
}

/**
 * Part 3 of a whole text document, the other lines emptied so that the
 * linter's line numbers are the document's own. A text without a 第三部分
 * title is taken as Part 3 throughout.
 */
export function keepPart3(text: string): string {
  const lines = text.split('\n');
  const range = part3Lines(lines);
  if (!range) return text;
  return lines.map((l, i) => (i >= range.start && i < range.end ? l : '')).join('\n');
}

/** Part 3 of an extracted Word document, with its paragraph map moved to the cut text's offsets. */
function wordPart3(text: string, origin: DocumentOrigin): { text: string; origin: DocumentOrigin } {
  const lines = text.split('\n');
  const range = part3Lines(lines);
  if (!range || origin.kind !== 'docx') return { text, origin };
  const offsetOf = (line: number) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  const start = offsetOf(range.start);
  const end = Math.min(text.length, offsetOf(range.end));
  const map = origin.map.filter((p) => p.offset >= start && p.offset < end).map((p) => ({ ...p, offset: p.offset - start }));
  return { text: text.slice(start, end), origin: { kind: 'docx', map } };
}

export async function readReviewDocument(filePath: string, wanted: 'review' | 'previous' = 'review'): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = readInputFile(filePath).bytes;
  } catch (error) {
    return { ok: false, filePath, message: `无法读取（${readReason(error)}）` };
  }
  return reviewDocumentOf(filePath, bytes, wanted);
}

/** A document read for review from its bytes (a file read, or one sent to the desk); `filePath` names it in messages. */
export async function reviewDocumentOf(filePath: string, bytes: Uint8Array, wanted: 'review' | 'previous' = 'review'): Promise<ReadResult> {
  const read = await readDocument(bytes, { wanted, file: filePath });
  if (read.kind === 'refused') return { ok: false, filePath, message: read.message };
  let kind: DocumentKind;
  let text: string;
  let origin: DocumentOrigin | undefined;
  if (read.kind === 'extracted') {
    kind = read.origin.kind;
    text = read.text;
    origin = read.origin;
  } else {
    kind = 'text';
    text = read.utf16 ? decodeUtf16(read.bytes, read.utf16) : decodeText(read.bytes).text;
  }
  // An old .doc: its tables are read from the Word file LibreOffice made of it.
  const tableBytes = read.kind === 'extracted' && read.converted ? read.converted : bytes;
  return { ok: true, document: documentFromText(filePath, kind, text, origin, await importDocumentTables(kind, text, tableBytes)) };
}

/** The department a Part 3 title names before its year (第三部分 中共上海市普陀区委社会工作部 2024 年度…). */
function part3TitleDepartment(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const title = /^(?:#+\s*)?第三部分/u.exec(line);
    if (!title) continue;
    const rest = line.slice(title[0].length);
    const at = rest.search(/(?:19|20)\d{2}\s*年度/u);
    const name = at > 0 ? rest.slice(0, at).trim() : '';
    if (name !== '') return name;
  }
  return undefined;
}

/** A document from its text: a text file's, or what readDocument extracted from a PDF or Word file. */
export function documentFromText(filePath: string, kind: DocumentKind, text: string, origin?: DocumentOrigin, imported?: ImportedTables): ReviewDocument {
  const header = documentHeader(text);
  // A PDF's text is Part 3 only: its title names the department (第三部分 中共上海市普陀区委社会工作部 2024 年度…).
  header.department ??= part3TitleDepartment(text);
  // PDF text is Part 3 already (extractPdf keeps it); a Word file's or a text's is cut out here.
  const part3 = kind === 'docx' && origin ? wordPart3(text, origin) : { text: kind === 'pdf' ? text : keepPart3(text), origin };
  return {
    filePath, kind,
    ...(header.department ? { department: header.department } : {}),
    ...(header.year ? { year: header.year } : {}),
    imported: imported ?? textTables(text),
    part3: part3.text,
    ...(part3.origin ? { origin: part3.origin } : {}),
  };
}
