/**
 * The notes a published document prints with 公开07–09表, outside Part 3: 说明：本部门本年度
 * 没有政府性基金预算财政拨款收入和支出，故本表无数据. They claim the table's totals are 0, and a
 * template note left over a table that holds amounts is a slip; review judges them against the
 * document's own table, as it judges Part 3. Only the notes are read (注：/说明： lines and
 * 本表无数据 beside the table's title and in its body), never the table's rows as prose.
 */
import type { DocumentOrigin } from '../documents/index.js';
import type { ParagraphPoint } from '../documents/docx.js';
import { pdfLinesText, pdfTextLines, pointAt, type PdfPage, type PdfTextLines } from '../documents/pdf.js';
import { explanationRange, looksLikeTitle, PART } from '../documents/titles.js';
import { LineIndex } from '../lint/extract.js';
import { lintMarkdown, tableNamedBy, type LintContext, type LintMessage } from '../lint/lint.js';
import { EMPTY_TABLE, TABLE_TITLE } from '../lint/negation.js';
import type { SectionKind } from '../lint/topics/index.js';

/** The notes of a document's tables as text for the linter, each table's title first, and where they stand. */
export interface TableNotes {
  text: string;
  /** PDF and Word: back to page and line, or paragraph; a text's lines are the file's own */
  origin?: DocumentOrigin;
  /** each table's title and notes: offsets [start, end) in `text` */
  tables: Array<{ table: string; start: number; end: number }>;
  /** a text's: for each line of `text`, the file's line (1-based) and the spaces cut before it */
  fileLines?: Array<{ line: number; indent: number }>;
}

const TABLE_OF_SECTION: Partial<Record<SectionKind, string>> = { govFund: '公开07表', soe: '公开08表', sanGong: '公开09表' };
/** A note: 注：…, 说明：…, or 本表无数据 standing alone. */
const NOTE = /^(?:注|说明)\s*[：:]/u;
const SENTENCE_END = /[。！？]$/u;
/** How far below its title a table's notes may stand, in lines (the rows of a table with amounts between). */
const SCOPE = 150;

const isNote = (t: string) => NOTE.test(t) || EMPTY_TABLE.test(t);
/** A line that carries a note on: words, not a title, a note of its own or a row of amounts. */
const continues = (t: string) => t !== '' && !NOTE.test(t) && !TABLE_TITLE.test(t) && !looksLikeTitle(t) && !PART.test(t)
  && /\p{Script=Han}/u.test(t) && !/\d\.\d\d/u.test(t);

/**
 * The notes of 公开07–09表 among a document's lines: for each table, its title line, then each
 * note as the lines it runs over. None where the document has no Part 3 title: then Part 3 is the
 * whole text, and the linter reads the notes there already — unless `inPart3` says which lines
 * are (a PDF's, its tables' lines left out). `range`: the explanation's lines, when they have
 * been found already.
 */
export function tableNoteGroups(texts: readonly string[], range = explanationRange(texts), inPart3?: (i: number) => boolean): Array<{ table: string; paragraphs: number[][] }> {
  if (!range && !inPart3) return [];
  const part3 = inPart3 ?? ((i: number) => i >= range!.start && i < range!.end);
  const groups: Array<{ table: string; paragraphs: number[][] }> = [];
  let current: { table: string; paragraphs: number[][] } | undefined;
  let since = 0;
  for (let i = 0; i < texts.length; i++) {
    // A Word document's titles are Markdown headings (## 八、…决算表).
    const t = texts[i]!.trim().replace(/^#+\s*/u, '');
    if (part3(i)) { current = undefined; continue; }
    const named = tableNamedBy(t);
    const table = named && TABLE_OF_SECTION[named];
    if (table) {
      groups.push((current = { table, paragraphs: [[i]] }));
      since = i;
      continue;
    }
    if (TABLE_TITLE.test(t) || looksLikeTitle(t) || PART.test(t) || i - since > SCOPE) current = undefined;
    if (!current || !isNote(t)) continue;
    const paragraph = [i];
    while (paragraph.length < 3 && !SENTENCE_END.test(texts[i]!.trim()) && i + 1 < texts.length && continues(texts[i + 1]!.trim())) paragraph.push(++i);
    current.paragraphs.push(paragraph);
  }
  return groups.filter((g) => g.paragraphs.length > 1);
}

/** Table ranges from the start offset of each paragraph, in the order the groups laid them out. */
function rangesOf(groups: ReadonlyArray<{ table: string; paragraphs: number[][] }>, starts: readonly number[], end: number): TableNotes['tables'] {
  const tables: TableNotes['tables'] = [];
  let k = 0;
  for (const g of groups) {
    const start = starts[k]!;
    k += g.paragraphs.length;
    tables.push({ table: g.table, start, end: starts[k] ?? end });
  }
  return tables;
}

/** The notes' lines laid out one paragraph each (a title and a note may stand on adjacent lines), trimmed. */
function laidOut(lines: readonly string[], groups: ReadonlyArray<{ table: string; paragraphs: number[][] }>) {
  let text = '';
  const starts: number[] = [];
  /** per line of `text`: the source line and the spaces cut before it (-1: a blank line between paragraphs) */
  const sources: Array<{ line: number; indent: number; offset: number }> = [];
  for (const paragraph of groups.flatMap((g) => g.paragraphs)) {
    if (text !== '') { text += '\n\n'; sources.push({ line: -1, indent: 0, offset: -1 }); }
    starts.push(text.length);
    paragraph.forEach((i, k) => {
      if (k > 0) text += '\n';
      const line = lines[i]!;
      const indent = line.length - line.trimStart().length;
      sources.push({ line: i, indent, offset: text.length });
      text += line.trim();
    });
  }
  return { text: `${text}\n`, starts, sources };
}

/** A text's table notes: its lines and columns are taken back to the file's. */
export function textTableNotes(text: string): TableNotes | undefined {
  const lines = text.split('\n');
  const groups = tableNoteGroups(lines);
  if (groups.length === 0) return undefined;
  const out = laidOut(lines, groups);
  const fileLines = out.sources.map((s) => ({ line: s.line + 1, indent: s.indent }));
  return { text: out.text, tables: rangesOf(groups, out.starts, out.text.length), fileLines };
}

/** A Word document's table notes, mapped to the paragraphs they came from. */
export function wordTableNotes(text: string, origin: DocumentOrigin, inPart3?: (i: number) => boolean): TableNotes | undefined {
  if (origin.kind !== 'docx') return undefined;
  const lines = text.split('\n');
  const groups = tableNoteGroups(lines, explanationRange(lines), inPart3);
  if (groups.length === 0) return undefined;
  const lineStarts: number[] = [];
  let at = 0;
  for (const l of lines) { lineStarts.push(at); at += l.length + 1; }
  const out = laidOut(lines, groups);
  const map: ParagraphPoint[] = out.sources.flatMap((s) => {
    const p = s.line >= 0 ? pointAt(origin.map, lineStarts[s.line]! + s.indent) : undefined;
    return p ? [{ offset: s.offset, paragraph: p.paragraph, ...(p.cell ? { cell: p.cell } : {}) }] : [];
  });
  return { text: out.text, origin: { kind: 'docx', map }, tables: rangesOf(groups, out.starts, out.text.length) };
}

/** A PDF's table notes, on the lines Part 3's text leaves out (those its text was made of, when given), with their boxes for marking. */
export function pdfTableNotes(pages: readonly PdfPage[], lines: PdfTextLines = pdfTextLines(pages), inPart3?: (i: number) => boolean): TableNotes | undefined {
  const groups = tableNoteGroups(lines.texts, lines.explanation, inPart3);
  if (groups.length === 0) return undefined;
  const read = pdfLinesText(pages, lines, groups.flatMap((g) => g.paragraphs));
  return { text: read.text, origin: { kind: 'pdf', map: read.map, pages: read.pages }, tables: rangesOf(groups, read.starts, read.text.length) };
}

/**
 * The notes of the tables review trusts, judged against the document's tables: a note saying the
 * table is empty, or that there is no such spending, where the table holds amounts
 * (absence-mismatch). Each message names its table; a text's lines and columns are the file's.
 */
export function tableNoteMessages(notes: TableNotes, trusted: ReadonlySet<string>, ctx: LintContext, filePath: string): LintMessage[] {
  // Tables not trusted are blanked where they stand, so that offsets (and the position map) hold.
  let text = notes.text;
  for (const t of notes.tables) {
    if (!trusted.has(t.table)) text = text.slice(0, t.start) + text.slice(t.start, t.end).replace(/[^\n]/gu, ' ') + text.slice(t.end);
  }
  const lines = new LineIndex(text);
  const result = lintMarkdown(text, ctx, { filePath });
  return result.messages.filter((m) => m.ruleId === 'absence-mismatch').map(({ fix: _fix, ...m }) => {
    const offset = lines.offsetOf(m.line, m.column);
    const table = notes.tables.find((t) => offset >= t.start && offset < t.end)?.table;
    const file = (line: number, column: number) => {
      const at = notes.fileLines?.[line - 1];
      return at ? { line: at.line, column: column + at.indent } : { line, column };
    };
    if (notes.origin || !notes.fileLines) return { ...m, ...(table ? { table } : {}) };
    const from = file(m.line, m.column);
    const to = file(m.endLine, m.endColumn);
    return { ...m, ...(table ? { table } : {}), line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  });
}
