/**
 * A published document read for review: its nine tables (the one place where
 * a document's kind is mapped to a table importer) and its Part 3 text for
 * the linter, with the map back to page and line (PDF) or paragraph (Word).
 */
import { decodeText, loneCrAsLf, readInputFile, readReason } from '../data/read-input.js';
import { decodeUtf16, readDocument, type DocumentOrigin } from '../documents/index.js';
import type { ParagraphPoint, WordParts } from '../documents/docx.js';
import { pdfText, pdfTextLines, readPdfPages, type PdfPage, type PdfTextLines } from '../documents/pdf.js';
import { documentIdentity, textLines, type DocumentIdentity, type DocumentLine } from '../documents/identity.js';
import { explanationRange } from '../documents/titles.js';
import { pdfTableNotes, textTableNotes, wordTableNotes, type TableNotes } from './table-notes.js';
import { docxLines, pdfCellBoxes, pdfLineRects, pdfPageLines, pdfPageOptions, recognisePlacedTables, tableRegionLines, WORD, textTables, type ImportedTables, type PlacedLine } from '../import/index.js';

export type DocumentKind = 'text' | 'pdf' | 'docx';

export interface ReviewDocument {
  filePath: string;
  kind: DocumentKind;
  /** 部门 and 年度 as the document states them (the year: what most of its evidence says) */
  department?: string;
  year?: number;
  /** how they were found: every statement of the year, for naming a contradiction */
  identity: DocumentIdentity;
  /** all the document's lines as read (tables, titles, Part 3), for its year and department */
  lines: DocumentLine[];
  imported: ImportedTables;
  /** the text the linter reads: Part 3 (of a text file: the other lines emptied, so that its line numbers stay the file's) */
  part3: string;
  origin?: DocumentOrigin;
  /** its tables' lines were taken out of its Part 3 (a PDF's, a Word file's): where no Part 3 is left, it holds tables alone */
  tablesTakenOut?: true;
  /** the notes printed with 公开07–09表 (故本表无数据), outside Part 3: judged against those tables */
  tableNotes?: TableNotes;
  /** a PDF: the box of each line its tables' problems name (`page:line`), in PDF user space (DocumentSource.lineRects) */
  lineRects?: Record<string, [number, number, number, number]>;
}

export type ReadResult = { ok: true; document: ReviewDocument } | { ok: false; filePath: string; message: string };

/** What a document's file gives besides its Part 3 text: its tables, and all its lines for its year and department. */
export interface DocumentSource {
  imported: ImportedTables;
  /** all the document's lines (a text's own lines when not given) */
  lines?: DocumentLine[];
  /** a PDF's table notes, from its pages */
  tableNotes?: TableNotes;
  /** a PDF: its Part 3 without the lines its tables stand on (their rows are no sentences) */
  part3?: { text: string; origin: DocumentOrigin };
  /** a PDF: the box of each line its tables' problems name (`page:line`), in PDF user space */
  lineRects?: Record<string, [number, number, number, number]>;
  /** a Word file: the paragraphs its tables stand on (each Word table one of the nine tables, whole, and their titles and notes): no Part 3 sentences */
  tableParagraphs?: ReadonlySet<number>;
}

/** Placed lines as text lines, each with its page, marked where they fall in the explanation. */
function placedDocumentLines(placed: readonly PlacedLine[], pages: boolean): DocumentLine[] {
  const texts = placed.map((l) => l.cells.map((c) => c.text).join('  ').trim());
  const range = explanationRange(texts);
  return texts.map((text, i) => ({
    text, ...(pages ? { place: `第 ${placed[i]!.page} 页` } : {}),
    ...(range && i >= range.start && i < range.end ? { inExplanation: true } : {}),
  }));
}

/** The lines of a text, marked where they fall in the explanation. */
function plainDocumentLines(text: string): DocumentLine[] {
  const range = explanationRange(text.split('\n'));
  return textLines(text, (i) => range !== undefined && i >= range.start && i < range.end);
}

/**
 * The document's tables, by the table importer of its kind: a PDF's from the
 * positions of its text items, a Word file's from its table cells, a text's
 * from its tabs or its layout columns (pdftotext -layout); and its lines. A PDF's
 * pages, when they have been read for its text already, are not read again, nor
 * the lines its text was made of (`pageLines`) grouped again for its table notes.
 */
export async function readDocumentSource(
  kind: DocumentKind, text: string, bytes: Uint8Array, pages?: readonly PdfPage[], pageLines?: PdfTextLines, word?: WordParts,
): Promise<DocumentSource> {
  if (kind === 'text') return { imported: textTables(text), lines: plainDocumentLines(text) };
  const pdfPages = kind === 'pdf' ? pages ?? (await readPdfPages(bytes)) : undefined;
  const placed = pdfPages ? pdfPages.flatMap(pdfPageLines) : docxLines(word ?? bytes);
  const imported = recognisePlacedTables(placed, kind === 'docx' ? WORD : pdfPages ? pdfPageOptions(pdfPages) : {});
  // A PDF's amounts get the boxes of their glyphs, for marking a table's findings on them.
  if (pdfPages && imported.cells) pdfCellBoxes(pdfPages, imported.cells);
  // The lines a table's problems name, for marking the problems no amount of which was read on their line.
  const cited = (imported.unreliable ?? []).flatMap((p) => [...p.cells, ...(p.details ?? []).flatMap((d) => d.cells)])
    .flatMap((c) => (c.page !== undefined && c.line !== undefined ? [{ page: c.page, line: c.line }] : []));
  const lineRects = pdfPages && cited.length > 0 ? pdfLineRects(pdfPages, cited) : undefined;
  const lines = pdfPages ? (pages && pageLines) ?? pdfTextLines(pdfPages) : undefined;
  const region = tableRegionLines(placed);
  if (!pdfPages) return { imported, lines: placedDocumentLines(placed, false), ...(region.length > 0 ? { tableParagraphs: wordTableParagraphs(placed, region) } : {}) };
  // Part 3 (the whole text, when it has no Part 3 title) without the tables' titles, rows and notes: none of them are its sentences.
  const inTable = lines ? new Set(region.map((l) => `${l.page}:${l.line}`)) : undefined;
  const units = lines && firstUnitExplanation(lines, imported);
  const range = units?.range;
  const isProse = inTable && inTable.size > 0
    ? (i: number) => (!range || (i >= range.start && i < range.end)) && !inTable.has(`${lines!.lines[i]!.page}:${lines!.lines[i]!.line}`)
    : undefined;
  // (another unit's table notes are not this unit's: not judged against its tables)
  const otherFrom = units?.otherFrom;
  const tableNotes = pdfTableNotes(pdfPages, lines, isProse && otherFrom !== undefined ? (i) => isProse(i) || lines!.lines[i]!.page >= otherFrom : isProse);
  const part3 = lines && isProse
    ? pdfText(pdfPages, { lines: lines.lines.filter((_, i) => isProse(i)), texts: lines.texts.filter((_, i) => isProse(i)), explanation: undefined })
    : undefined;
  return {
    imported, lines: placedDocumentLines(placed, true), ...(tableNotes ? { tableNotes } : {}), ...(lineRects ? { lineRects } : {}),
    ...(part3 ? { part3: { text: part3.text, origin: { kind: 'pdf' as const, map: part3.map, pages: part3.pages } } } : {}),
  };
}

/**
 * Where the explanation lies among a PDF's lines. A file holding two units' disclosures (another set of
 * the nine tables after the first, from page P: import's anotherSet note) has the second unit's Part 3
 * last: the first unit's tables explain only the first unit's Part 3, the one before page P (not an
 * entry of the second unit's table of contents: a Part with no sentence in it). The second unit's
 * Part 3 is not reviewed, and a note says so; where the first unit's is not found, none is reviewed.
 */
function firstUnitExplanation(lines: PdfTextLines, imported: ImportedTables): { range: { start: number; end: number } | undefined; otherFrom?: number } {
  const range = lines.explanation;
  const at = imported.notes.findIndex((n) => ANOTHER_SET.test(n));
  if (at < 0) return { range };
  const from = Number(ANOTHER_SET.exec(imported.notes[at]!)![1]);
  const pageOf = (i: number) => lines.lines[i]!.page;
  if (!range || pageOf(range.start) < from) return { range, otherFrom: from };
  let cut = lines.lines.findIndex((l) => l.page >= from);
  let found: { start: number; end: number } | undefined;
  for (let tries = 0; tries < 8 && cut > 0; tries++) {
    const r = explanationRange(lines.texts.slice(0, cut));
    if (!r) break;
    if (lines.texts.slice(r.start, r.end).filter((t) => /。/u.test(t)).length >= 3) { found = r; break; }
    cut = r.start;
  }
  const lastPage = pageOf(range.end - 1);
  const theirs = `第 ${pageOf(range.start)}${lastPage > pageOf(range.start) ? `–${lastPage}` : ''} 页的说明文字在另一组决算表之后，属于另一个单位，没有审校`;
  imported.notes[at] = found
    ? `${imported.notes[at]!}；${theirs}，只审校了第一组表所属的说明（第 ${pageOf(found.start)}–${pageOf(found.end - 1)} 页）`
    : `${imported.notes[at]!}；${theirs}；第一组表所属的说明没有找到，没有审校说明文字`;
  // No explanation of the first unit: an empty one, so that no other unit's sentence is judged against these tables.
  return { range: found ?? { start: 0, end: 0 }, otherFrom: from };
}

const ANOTHER_SET = /^第 ([0-9]+)(?:–[0-9]+)? 页有另一组决算表/u;

/** The paragraphs a Word file's tables stand on: every paragraph of a Word table any row of which is one of theirs, and their titles and notes. */
function wordTableParagraphs(placed: readonly PlacedLine[], region: readonly PlacedLine[]): Set<number> {
  const tables = new Set(region.flatMap((l) => (l.wordTable !== undefined ? [l.wordTable] : [])));
  // (by line: the region's lines may be copies, their full-width figures made ASCII)
  const inRegion = new Set(region.map((l) => l.line));
  const out = new Set<number>();
  for (const l of placed) {
    if (!l.paragraphs || (l.wordTable !== undefined ? !tables.has(l.wordTable) : !inRegion.has(l.line))) continue;
    for (let p = l.paragraphs.first; p <= l.paragraphs.last; p++) out.add(p);
  }
  return out;
}

/**
 * The extracted text of a Word file with the lines of the given paragraphs blanked where they
 * stand (spaces, so that offsets and the paragraph map hold): a table's rows, its `| --- |` line with them.
 */
function withoutParagraphs(text: string, map: readonly ParagraphPoint[], paragraphs: ReadonlySet<number>): string {
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) { starts.push(at); at += l.length + 1; }
  // for each line: whether it holds a paragraph to blank, and one to keep
  const blank = new Array<boolean>(lines.length).fill(false);
  const keep = new Array<boolean>(lines.length).fill(false);
  let line = 0;
  for (const p of map) {
    while (line + 1 < lines.length && starts[line + 1]! <= p.offset) line++;
    if (paragraphs.has(p.paragraph)) blank[line] = true; else keep[line] = true;
  }
  return lines.map((l, i) => {
    const gone = (blank[i] && !keep[i]) || (i > 0 && blank[i - 1] && !keep[i - 1] && /^\|(?:\s*---\s*\|)+$/u.test(l));
    return gone ? ' '.repeat(l.length) : l;
  }).join('\n');
}

/**
 * Part 3 of a whole text document, the other lines emptied so that the
 * linter's line numbers are the document's own. A text without a 第三部分
 * title is taken as Part 3 throughout.
 */
export function keepPart3(text: string): string {
  const lines = text.split('\n');
  const range = explanationRange(lines);
  if (!range) return text;
  return lines.map((l, i) => (i >= range.start && i < range.end ? l : '')).join('\n');
}

/** Which lines of a Word file's text are Part 3 once its tables' paragraphs are blanked (`prose`): the notes printed with the tables are not. */
function part3OfWord(text: string, prose: string): (i: number) => boolean {
  const lines = text.split('\n');
  const kept = prose.split('\n');
  const range = explanationRange(lines);
  return (i) => (!range || (i >= range.start && i < range.end)) && kept[i]!.trim() !== '';
}

/** Part 3 of an extracted Word document, with its paragraph map moved to the cut text's offsets. */
function wordPart3(text: string, origin: DocumentOrigin): { text: string; origin: DocumentOrigin } {
  const lines = text.split('\n');
  const range = explanationRange(lines);
  if (!range || origin.kind !== 'docx') return { text, origin };
  const offsetOf = (line: number) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  const start = offsetOf(range.start);
  const end = Math.min(text.length, offsetOf(range.end));
  const map = origin.map.filter((p) => p.offset >= start && p.offset < end).map((p) => ({ ...p, offset: p.offset - start }));
  return { text: text.slice(start, end), origin: { kind: 'docx', map } };
}

/** A document read for review from its file; `pdfPages`: a PDF's pages already read from it (on another thread). */
export async function readReviewDocument(filePath: string, wanted: 'review' | 'previous' = 'review', pdfPages?: PdfPage[]): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = readInputFile(filePath).bytes;
  } catch (error) {
    return { ok: false, filePath, message: `无法读取（${readReason(error)}）` };
  }
  return reviewDocumentOf(filePath, bytes, wanted, pdfPages);
}

/** A document read for review from its bytes (a file read, or one sent to the desk); `filePath` names it in messages. */
export async function reviewDocumentOf(filePath: string, bytes: Uint8Array, wanted: 'review' | 'previous' = 'review', pdfPages?: PdfPage[]): Promise<ReadResult> {
  const read = await readDocument(bytes, { wanted, file: filePath, ...(pdfPages ? { pages: pdfPages } : {}) });
  if (read.kind === 'refused') return { ok: false, filePath, message: read.message };
  if (read.kind === 'extracted' && read.pages) {
    // A PDF: its whole text is made only when no table leaves lines out of its Part 3.
    const source = await readDocumentSource('pdf', '', bytes, read.pages, read.lines);
    const { text, origin } = source.part3 ?? read;
    return { ok: true, document: documentFromText(filePath, 'pdf', text, origin, source) };
  }
  let kind: DocumentKind;
  let text: string;
  let origin: DocumentOrigin | undefined;
  if (read.kind === 'extracted') {
    kind = read.origin.kind;
    text = read.text;
    origin = read.origin;
  } else {
    kind = 'text';
    // Lone CR line ends are line breaks here too: the text's Part 3, its notes and its lines are cut at LF.
    text = loneCrAsLf(read.utf16 ? decodeUtf16(read.bytes, read.utf16) : decodeText(read.bytes).text);
  }
  // An old .doc: its tables are read from the Word file LibreOffice made of it.
  const tableBytes = read.kind === 'extracted' && read.converted ? read.converted : bytes;
  const [pages, lines, word] = read.kind === 'extracted' ? [read.pages, read.lines, read.word] : [];
  return { ok: true, document: documentFromText(filePath, kind, text, origin, await readDocumentSource(kind, text, tableBytes, pages, lines, word)) };
}

/** A document from its text: a text file's, or what readDocument extracted from a PDF or Word file. */
export function documentFromText(filePath: string, kind: DocumentKind, text: string, origin?: DocumentOrigin, source?: DocumentSource): ReviewDocument {
  const imported = source?.imported ?? textTables(text);
  const lines = source?.lines ?? plainDocumentLines(text);
  const identity = documentIdentity(lines, { fileName: filePath });
  // A Word file's tables are no Part 3 sentences: their paragraphs are blanked before its Part 3 is cut out.
  const tableParagraphs = kind === 'docx' && origin?.kind === 'docx' && source?.tableParagraphs?.size ? source.tableParagraphs : undefined;
  const prose = tableParagraphs && origin?.kind === 'docx' ? withoutParagraphs(text, origin.map, tableParagraphs) : text;
  // PDF text is Part 3 already (extractPdf keeps it); a Word file's or a text's is cut out here.
  const part3 = source?.part3 ?? (kind === 'docx' && origin ? wordPart3(prose, origin) : { text: kind === 'pdf' ? text : keepPart3(text), origin });
  const tableNotes = kind === 'pdf' ? source?.tableNotes : kind === 'docx' ? origin && wordTableNotes(text, origin, tableParagraphs && part3OfWord(text, prose)) : textTableNotes(text);
  return {
    filePath, kind,
    ...(identity.department ? { department: identity.department } : {}),
    ...(identity.year !== undefined ? { year: identity.year } : {}),
    identity,
    lines,
    imported,
    part3: part3.text,
    ...(source?.part3 || tableParagraphs ? { tablesTakenOut: true as const } : {}),
    ...(part3.origin ? { origin: part3.origin } : {}),
    ...(tableNotes ? { tableNotes } : {}),
    ...(source?.lineRects ? { lineRects: source.lineRects } : {}),
  };
}

/**
 * The document with its Part 3 replaced by `text` (a re-typeset copy, a planted slip): its year
 * and department found again from its other lines and the new text; page and line positions,
 * which were the old text's, dropped.
 */
export function withPart3(doc: ReviewDocument, text: string): ReviewDocument {
  const lines = [...doc.lines.filter((l) => !l.inExplanation), ...textLines(text, () => true)];
  const identity = documentIdentity(lines, { fileName: doc.filePath });
  const { origin: _origin, department: _department, year: _year, ...rest } = doc;
  return {
    ...rest,
    ...(identity.department ? { department: identity.department } : {}),
    ...(identity.year !== undefined ? { year: identity.year } : {}),
    identity, lines, part3: text,
  };
}
