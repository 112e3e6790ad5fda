/**
 * A PDF's text as a text extractor lays it out (pdftotext -layout) keeps every printed line, and a
 * document set with wide line spacing puts a blank line between them. Read as Markdown, each printed
 * line would be a paragraph of its own: a figure cut from its 万元, a share from its subject. Such
 * documents indent a paragraph's first line (首行缩进) and print the rest flush left, so a flush-left
 * line after a blank continues the indented paragraph above it. The linter reads the text with those
 * blank lines dropped; its messages are then placed back on the file's own lines.
 */
import { looksLikeTitle } from '../documents/titles.js';
import { LineIndex } from '../lint/extract.js';
import type { LintResult } from '../lint/lint.js';

/** Leading blanks as printed columns: a full-width space is two. A form feed (a new page) takes none. */
function indentOf(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === ' ' || ch === '\t') n += 1;
    else if (ch === '\u3000') n += 2;
    else if (ch !== '\f') break;
  }
  return n;
}

const isBlank = (line: string) => /^[\s\f]*$/u.test(line);
/** Columns apart (two spaces or more inside the line): a table's row, never prose to run on. */
const COLUMN_GAP = /\S[ \u3000]{2,}\S/u;
/** A numbered item (1、…) that holds no sentence stands alone too, as titles do. */
const NUMBERED = /^[0-9]+[、.．](?![0-9])/u;

const stands = (line: string) => {
  const t = line.replace(/^[\s\f]+/u, '');
  return COLUMN_GAP.test(t) || looksLikeTitle(t) || (NUMBERED.test(t) && !t.includes('。'));
};

export interface JoinedLines {
  /** the text with the blank lines inside indented paragraphs dropped */
  text: string;
  /** the lint's messages on the file's own lines and offsets */
  placeBack(result: LintResult): LintResult;
}

export function joinPrintedLines(text: string): JoinedLines {
  // Lines as the linter counts them (LineIndex): CR, LF or CRLF.
  const lines = text.split(/\r\n|\r|\n/u);
  const keep = lines.map(() => true);
  let previous = -1;
  // Whether the paragraph the previous line belongs to began indented.
  let indented = false;
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    const afterBlank = previous >= 0 && i > previous + 1;
    if (afterBlank && indented && indentOf(line) === 0 && !stands(line) && !stands(lines[previous]!)) {
      for (let j = previous + 1; j < i; j++) keep[j] = false;
    } else if (previous < 0 || afterBlank) {
      indented = indentOf(line) >= 2;
    }
    previous = i;
  });
  if (keep.every(Boolean)) return { text, placeBack: (r) => r };

  // The file's line of each line kept; a kept line's columns are the file's.
  const fileLine = lines.flatMap((_, i) => (keep[i] ? [i + 1] : []));
  const joined = fileLine.map((n) => lines[n - 1]).join('\n');
  const inFile = new LineIndex(text);
  const inJoined = new LineIndex(joined);
  const lineBack = (line: number) => fileLine[line - 1]!;
  const offsetBack = (offset: number) => {
    const at = inJoined.positionOf(offset);
    return inFile.offsetOf(lineBack(at.line), at.column);
  };
  return {
    text: joined,
    placeBack: (result) => ({
      ...result,
      messages: result.messages.map((m) => ({
        ...m,
        line: lineBack(m.line),
        endLine: lineBack(m.endLine),
        ...(m.fix ? { fix: { ...m.fix, range: [offsetBack(m.fix.range[0]), offsetBack(m.fix.range[1])] as [number, number] } } : {}),
      })),
    }),
  };
}
