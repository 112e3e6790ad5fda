/**
 * A PDF's text as a text extractor lays it out (pdftotext -layout) keeps every printed line, and a
 * document set with wide line spacing puts a blank line between them. Read as Markdown, each printed
 * line would be a paragraph of its own: a figure cut from its 万元, a share from its subject. Such
 * documents indent a paragraph's first line (首行缩进) and print the rest flush left, so a flush-left
 * line after a blank continues the indented paragraph above it. The linter reads the text with those
 * blank lines dropped; its messages are then placed back on the file's own lines.
 */
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
/** A part's or section's title: it stands alone, whatever follows it. */
const TITLE = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|[0-9]+[、.．](?![0-9]))/u;

const stands = (line: string) => {
  const t = line.replace(/^[\s\f]+/u, '');
  return COLUMN_GAP.test(t) || (TITLE.test(t) && !t.includes('。'));
};

export interface JoinedLines {
  /** the text with the blank lines inside indented paragraphs dropped */
  text: string;
  /** the lint's messages on the file's own lines and offsets */
  placeBack(result: LintResult): LintResult;
}

export function joinPrintedLines(text: string): JoinedLines {
  const lines = text.split('\n');
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

  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const fileLine: number[] = [];
  const kept: string[] = [];
  lines.forEach((line, i) => {
    if (keep[i]) {
      fileLine.push(i);
      kept.push(line);
    }
  });
  const joined = kept.join('\n');
  const joinedStarts: number[] = [];
  at = 0;
  for (const line of kept) {
    joinedStarts.push(at);
    at += line.length + 1;
  }
  const lineBack = (line: number) => fileLine[line - 1]! + 1;
  const offsetBack = (offset: number) => {
    // The last joined line starting at or before the offset; its column is the same in the file.
    let lo = 0;
    let hi = joinedStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (joinedStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return starts[fileLine[lo]!]! + (offset - joinedStarts[lo]!);
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
