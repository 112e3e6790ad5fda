/**
 * A document's text for the linter and the reviewer: Markdown or plain text
 * (UTF-8, GB18030, or UTF-16 with a BOM), PDF (pdf.ts), Word .docx (docx.ts),
 * and an old .doc converted by LibreOffice (convert.ts). What a file is comes
 * from kind.ts; anything else is refused in one sentence saying what it is
 * and what fits. For PDF and Word, a position map takes the messages back to
 * page and line, or paragraph and cell (placeMessages).
 */
import type { LintResult } from '../lint/lint.js';
import { ConversionError, convertOldOffice } from './convert.js';
import { extractDocx, wordDamage, type ParagraphPoint, type WordParts } from './docx.js';
import { recogniseFile, wrongKind, type FileKind, type Wanted } from './kind.js';
import { NO_TEXT_LAYER, pdfFailure } from './pdf-errors.js';
import { pdfHasText, pdfText, pdfTextLines, pointAt, readPdfPages, type PdfPage, type PdfTextLines, type SourcePoint } from './pdf.js';

export { isOldOffice, isPdf, isZip, recogniseFile, utf16Of, wrongKind, type FileKind, type Wanted } from './kind.js';

/** Structured-cloneable: it travels with the lint job to a worker thread. */
export type DocumentOrigin =
  | { kind: 'pdf'; map: SourcePoint[]; pages?: Array<[number, number]> }
  | { kind: 'docx'; map: ParagraphPoint[] };

export type ReadDocument =
  | { kind: 'text'; bytes: Uint8Array; utf16?: 'utf-16le' | 'utf-16be' }
  /**
   * `converted`: the Word bytes LibreOffice made of an old .doc; `pages`: a PDF's pages as read,
   * from which review imports its tables (a PDF is read once), and `lines`, the lines its text
   * was made of, from which review reads the tables' notes; `word`: a Word file's parts as read, from which review
   * reads its tables (a Word file is unzipped and checked once)
   */
  | { kind: 'extracted'; text: string; origin: DocumentOrigin; converted?: Uint8Array; pages?: PdfPage[]; lines?: PdfTextLines; word?: WordParts }
  | { kind: 'refused'; message: string };

export interface ReadOptions {
  /** who reads it, for the message when it is not a document (default: lint) */
  wanted?: Extract<Wanted, 'lint' | 'review' | 'previous'>;
  /** the name the user gave, for the message and to settle what the bytes leave open */
  file?: string;
  /** a PDF's pages as readPdfPages gave them for these bytes (read on another thread): not read again */
  pages?: PdfPage[];
}

/** A Word file's text; a damaged one (a part that will not inflate, a body that is not well-formed XML) refused as damaged. */
function wordText(bytes: Uint8Array): ReadDocument {
  try {
    const { text, map, parts } = extractDocx(bytes);
    return { kind: 'extracted', text, origin: { kind: 'docx', map }, word: parts };
  } catch (error) {
    return { kind: 'refused', message: wrongKind(wordDamage(error), 'lint', '') };
  }
}

/** Names of documents that are never text: empty, they are no document of their kind. */
const BINARY_DOCUMENT = /\.(?:docx|doc|pdf)$/iu;

export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const wanted = options.wanted ?? 'lint';
  const file = options.file ?? '';
  const kind: FileKind = recogniseFile(bytes, file);
  switch (kind.kind) {
    case 'pdf': {
      let pages: PdfPage[];
      try {
        pages = options.pages ?? (await readPdfPages(bytes));
      } catch (error) {
        return { kind: 'refused', message: pdfFailure(error) };
      }
      const lines = pdfTextLines(pages);
      if (!pdfHasText(lines)) return { kind: 'refused', message: NO_TEXT_LAYER };
      // The text and its map are made when first asked for: review makes its Part 3 of the lines its tables leave.
      let made: { text: string; origin: DocumentOrigin } | undefined;
      const make = () => {
        if (made) return made;
        const extracted = pdfText(pages, lines);
        return (made = { text: extracted.text, origin: { kind: 'pdf', map: extracted.map, pages: extracted.pages } });
      };
      return { kind: 'extracted', get text() { return make().text; }, get origin() { return make().origin; }, pages, lines };
    }
    case 'docx':
      return wordText(bytes);
    case 'doc': {
      let converted: Uint8Array;
      try {
        converted = await convertOldOffice(bytes, 'doc');
      } catch (error) {
        if (error instanceof ConversionError) return { kind: 'refused', message: error.message };
        throw error;
      }
      const read = wordText(converted);
      return read.kind === 'extracted' ? { ...read, converted } : read;
    }
    case 'text':
      return { kind: 'text', bytes, ...(kind.utf16 ? { utf16: kind.utf16 } : {}) };
    case 'empty':
      // An empty Markdown file is linted (and reported as empty); a review has nothing to review in it, and
      // a 0-byte .docx or .pdf is no Word or PDF file at all (a failed download or copy), refused as import refuses it.
      if (wanted === 'lint' && !BINARY_DOCUMENT.test(file)) return { kind: 'text', bytes };
      return { kind: 'refused', message: wrongKind(kind, wanted, file) };
    default:
      return { kind: 'refused', message: wrongKind(kind, wanted, file) };
  }
}

/** Decodes UTF-16 text with a BOM. */
export function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}

/**
 * Messages of the extracted text, placed in the original: PDF page and line on
 * the page, Word paragraph (and table cell); line and column become those of
 * that line or paragraph (column 1); each carries the sentence it quotes.
 */
export function placeMessages(result: LintResult, text: string, origin: DocumentOrigin): LintResult {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offsetOf = (line: number, column: number) => (lineStarts[line - 1] ?? text.length) + column - 1;
  // A fix's range is in the extracted text, not the file: PDF and Word are not rewritten.
  const messages = result.messages.map(({ fix: _fix, ...m }) => {
    const offset = offsetOf(m.line, m.column);
    const endOffset = Math.max(offset, offsetOf(m.endLine, m.endColumn));
    const excerpt = sentenceAt(text, offset, endOffset);
    const textRange: [number, number] = [offset, endOffset];
    if (origin.kind === 'pdf') {
      const p = pointAt(origin.map, offset);
      if (!p) return { ...m, excerpt, textRange };
      const end = pointAt(origin.map, Math.max(offset, endOffset - 1)) ?? p;
      return { ...m, page: p.page, line: p.line, column: 1, endLine: end.page === p.page ? end.line : p.line, endColumn: 1, excerpt, textRange };
    }
    const p = pointAt(origin.map, offset);
    if (!p) return { ...m, excerpt, textRange };
    return { ...m, paragraph: p.paragraph, ...(p.cell ? { cell: p.cell } : {}), line: p.paragraph, column: 1, endLine: p.paragraph, endColumn: 1, excerpt, textRange };
  });
  return origin.kind === 'pdf' ? unsureReadings({ ...result, messages }, origin.map) : { ...result, messages };
}

/**
 * A finding on a line whose text was not read for sure (SourcePoint.unsure: its letter spacing and its word breaks
 * not told apart, a figure perhaps cut as 6 . 0 2 %) is no verdict: the figure is unverified, the line named as not
 * read for sure, what the reading found kept in the message for the reader to check. Notices and unverified
 * figures stay as they are.
 */
function unsureReadings(result: LintResult, map: readonly SourcePoint[]): LintResult {
  const stretches: Array<{ from: number; to: number; at: SourcePoint }> = [];
  map.forEach((p, k) => { if (p.unsure) stretches.push({ from: p.offset, to: map[k + 1]?.offset ?? Infinity, at: p }); });
  if (stretches.length === 0) return result;
  let changed = 0;
  const messages = result.messages.map((m) => {
    if (m.ruleId === 'unverified-figure' || !m.textRange || UNJUDGED.has(m.ruleId)) return m;
    const [from, to] = m.textRange;
    const unsure = stretches.find((u) => from < u.to && Math.max(to, from + 1) > u.from);
    if (!unsure) return m;
    changed++;
    const { expected: _expected, ...rest } = m;
    const where = `第 ${unsure.at.page} 页第 ${unsure.at.line} 行`;
    return {
      ...rest, ruleId: 'unverified-figure', severity: 1 as const,
      message: `无法核对：${where}的字距不能确定（字间距与词间的空格分不开），这一行的文字未能确定读对，不作判断；按读出的文字：${m.message}`,
    };
  });
  if (changed === 0) return result;
  return {
    ...result, messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    verifiedCount: Math.max(0, result.verifiedCount - changed),
    unverifiedCount: result.unverifiedCount + changed,
  };
}

/** Notices about the document as a whole, not findings on its figures. */
const UNJUDGED: ReadonlySet<string> = new Set(['empty-document', 'no-part3']);

/** 。！？ or a line break: where a quoted sentence ends (compared, not matched: sentenceAt steps through every character). */
const endsSentence = (c: string) => c === '。' || c === '！' || c === '？' || c === '\n';

/** The longest excerpt quoted whole; a longer sentence is shown as a window of this many characters around the figure. */
export const EXCERPT_LIMIT = 120;

/**
 * The sentence around a figure (from the last 。！？ or line break before it to
 * the next one after it); a long one cut to a window centred on the figure
 * (`start`..`end`), with … where it was cut, so the figure is always in sight.
 */
export function sentenceAt(text: string, start: number, end = start): string {
  let from = start;
  while (from > 0 && !endsSentence(text[from - 1]!)) from--;
  let to = Math.max(start, end);
  while (to < text.length && !endsSentence(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  // A Markdown heading's marks and the sentence's outer spaces are not quoted.
  const heading = /^#+\s*/u.exec(text.slice(from, to))?.[0].length ?? 0;
  from += heading;
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  if (to - from <= EXCERPT_LIMIT) return text.slice(from, to);
  const figure = Math.min(Math.max(end, start + 1), to) - Math.max(start, from);
  const room = Math.max(0, EXCERPT_LIMIT - 2 - figure);
  let left = Math.max(from, start - Math.ceil(room / 2));
  let right = Math.min(to, left + EXCERPT_LIMIT - 2);
  left = Math.max(from, right - (EXCERPT_LIMIT - 2));
  if (left === from) right = Math.min(to, from + EXCERPT_LIMIT - 1);
  if (right === to) left = Math.max(from, to - (EXCERPT_LIMIT - 1));
  return `${left > from ? '…' : ''}${text.slice(left, right)}${right < to ? '…' : ''}`;
}
