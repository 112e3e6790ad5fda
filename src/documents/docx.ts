/**
 * Text of a Word (.docx) file for the linter: word/document.xml read with
 * fflate and a small tag scanner. Paragraphs (<w:p>) in body order; a
 * paragraph whose style is a heading (Heading1…, 标题 1…, or an outline level)
 * or that opens with a title ordinal becomes a `## ` heading; a table becomes
 * a GFM table. Every paragraph, including those in table cells, is numbered
 * in body order: that number, and the cell's row and column, is where a
 * message points.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { looksLikeTitle } from './titles.js';
import { elements } from './xml-scan.js';

export interface ParagraphPoint {
  offset: number;
  /** 1-based paragraph number in the body, table-cell paragraphs included */
  paragraph: number;
  /** within a table: 1-based row and column */
  cell?: { row: number; column: number };
}

export interface ExtractedWord {
  text: string;
  map: ParagraphPoint[];
}

export class NotWordError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (m, e: string) =>
    e[0] === '#' ? codePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10), m) : ENTITIES[e] ?? m);
}

/** A character reference's character; one beyond Unicode (&#x110000;) stays as written instead of throwing. */
function codePoint(n: number, written: string): string {
  return n <= 0x10ffff ? String.fromCodePoint(n) : written;
}

export function isWordZip(bytes: Uint8Array): boolean {
  try {
    return Object.keys(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })).length > 0;
  } catch {
    return false;
  }
}

const STYLE_ID = /\sw:styleId="([^"]+)"/u;
const HEADING_NAME = /<w:name w:val="(?:heading|Heading|标题|Title)\s*\d*"/u;

/** The text of a paragraph's runs: a tab as \t, a line break as a space. */
export function paragraphText(p: string): string {
  let out = '';
  for (const run of elements(p, ['w:t', 'w:tab/', 'w:br/'])) out += run.name === 'w:t' ? unescapeXml(run.body) : run.name === 'w:tab' ? '\t' : ' ';
  return out;
}

/** word/document.xml of a .docx; a NotWordError when the file is not one. */
export function documentXml(bytes: Uint8Array, withStyles = false): { xml: string; styles?: string } {
  let files;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || (withStyles && f.name === 'word/styles.xml') });
  } catch (error) {
    throw new NotWordError(`无法解压（${error instanceof Error ? error.message : String(error)}）`);
  }
  const doc = files['word/document.xml'];
  if (!doc) throw new NotWordError('压缩包中没有 word/document.xml');
  const styles = files['word/styles.xml'];
  return { xml: strFromU8(doc), ...(styles ? { styles: strFromU8(styles) } : {}) };
}

export function extractDocx(bytes: Uint8Array): ExtractedWord {
  const { xml, styles } = documentXml(bytes, true);
  const headingStyles = new Set<string>();
  if (styles) {
    for (const style of elements(styles, ['w:style'])) {
      const id = STYLE_ID.exec(style.text.slice(0, style.text.indexOf('>') + 1))?.[1];
      if (id !== undefined && (HEADING_NAME.test(style.body) || /<w:outlineLvl\b/u.test(style.body))) headingStyles.add(id);
    }
  }
  const body = xml.slice(Math.max(0, xml.indexOf('<w:body')));
  let text = '';
  const map: ParagraphPoint[] = [];
  let paragraph = 0;
  const paraText = paragraphText;
  const isHeading = (p: string, t: string) => {
    const style = /<w:pStyle w:val="([^"]+)"/u.exec(p)?.[1];
    return (style !== undefined && (headingStyles.has(style) || /^(?:heading|Heading)\d$|^\d$/u.test(style))) || /<w:outlineLvl\b/u.test(p)
      || looksLikeTitle(t);
  };
  const push = (s: string, point: Omit<ParagraphPoint, 'offset'>, separator: string) => {
    if (text !== '') text += separator;
    map.push({ offset: text.length, ...point });
    text += s;
  };
  // Top-level paragraphs and tables, in order.
  for (const element of elements(body, ['w:tbl>', 'w:p/'])) {
    const block = element.text;
    if (block.startsWith('<w:tbl')) {
      const rows = [...elements(block, ['w:tr'])];
      rows.forEach((row, r) => {
        const cells = [...elements(row.text, ['w:tc'])];
        let line = '|';
        if (text !== '') text += r === 0 ? '\n\n' : '\n';
        cells.forEach((cell, c) => {
          const paras = [...elements(cell.text, ['w:p/'])];
          const first = paragraph + 1;
          paragraph += Math.max(1, paras.length);
          const content = paras.map((p) => paraText(p.text)).join(' ').replace(/\|/gu, '\\|').trim();
          text += line + ' ';
          line = '';
          map.push({ offset: text.length, paragraph: first, cell: { row: r + 1, column: c + 1 } });
          text += content + ' |';
        });
        if (r === 0) text += '\n|' + cells.map(() => ' --- |').join('');
      });
      continue;
    }
    paragraph++;
    const t = paraText(block).trim();
    if (t === '') continue;
    if (isHeading(block, t)) push(`## ${t}`, { paragraph }, '\n\n');
    else push(t, { paragraph }, '\n\n');
  }
  return { text: text + '\n', map };
}
