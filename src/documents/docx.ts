/**
 * Text of a Word (.docx) file for the linter: word/document.xml read with
 * fflate and a small tag scanner. Paragraphs (<w:p>) in body order; a
 * paragraph whose style is a heading (Title, Heading1…, 标题 1…, or an outline
 * level) becomes a Markdown heading of that depth, one that opens with a title
 * ordinal a `## ` heading; a table becomes a GFM table. Every paragraph, including those in table cells, is numbered
 * in body order: that number, and the cell's row and column, is where a
 * message points.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { WORD_BODY_DAMAGED, type FileKind } from './kind.js';
import { looksLikeTitle } from './titles.js';
import { elements, xmlFault, type XmlElement } from './xml-scan.js';

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

/** word/document.xml and word/styles.xml of a .docx, as text, both well-formed (wordParts). */
export interface WordParts {
  document: string;
  styles: string | undefined;
}

export class NotWordError extends Error {}

/** A Word file whose body is there but cannot be read whole: what is wrong, as kind.ts says it. */
export class DamagedWordError extends NotWordError {
  constructor(readonly damage: FileKind & { kind: 'damaged' }) {
    super(damage.missing);
  }
}

/** What a failure to read a Word file says about it: the damage found, or a body that will not inflate. */
export function wordDamage(error: unknown): FileKind {
  return error instanceof DamagedWordError ? error.damage : WORD_BODY_DAMAGED;
}

/**
 * word/document.xml as text, refused when it is not well-formed XML: a part cut short or missing a
 * closing tag would be read in part, the rest dropped without a word (a "no problems" over text never read).
 */
export function documentXml(bytes: Uint8Array): string {
  return wellFormedPart(bytes, '正文 word/document.xml');
}

/**
 * word/styles.xml as text, refused as document.xml is: its styles say which paragraphs are headings and which
 * text is hidden, so a styles part read in part would read the body wrong without a word. Word refuses the file too.
 */
export function stylesXml(bytes: Uint8Array | undefined): string | undefined {
  return bytes === undefined ? undefined : wellFormedPart(bytes, '样式 word/styles.xml');
}

/** A part of the package as text; not well-formed XML, the damage: the part, line and column, and what is wrong. */
export function wellFormedPart(bytes: Uint8Array, part: string): string {
  const xml = strFromU8(bytes);
  const fault = xmlFault(xml);
  if (fault) throw new DamagedWordError({ kind: 'damaged', of: 'docx', missing: `${part} 不是完整的 XML：${faultPlace(fault)}，${fault.what}` });
  return xml;
}

/** Where in a part its XML breaks off, as a message says it. */
export function faultPlace(fault: { line: number; column: number }): string {
  return `第 ${fault.line.toLocaleString('en-US')} 行第 ${fault.column.toLocaleString('en-US')} 列`;
}

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
const HEADING_NAME = /<w:name w:val="(?:heading|Heading|标题|Title)\s*(\d*)"/u;
/** w:outlineLvl 0–8 is a heading level; 9 is body text. */
const OUTLINE_LEVEL = /<w:outlineLvl w:val="([0-8])"/u;

/**
 * Text Word neither shows nor prints is not the document's text, as a hidden sheet is not a workbook's table:
 * a run whose properties, its character style or its paragraph's style set w:vanish (hidden text) or
 * w:specVanish. Deleted text (w:delText) and field codes (w:instrText) are no w:t and are never read.
 */
export interface HiddenStyles {
  character: ReadonlySet<string>;
  paragraph: ReadonlySet<string>;
}

const NO_HIDDEN: HiddenStyles = { character: new Set(), paragraph: new Set() };
const VANISH = /<w:(?:vanish|specVanish)(?:\s+w:val="([^"]*)")?\s*\/>/u;
const STYLE_TYPE = /\sw:type="([^"]+)"/u;
const BASED_ON = /<w:basedOn w:val="([^"]+)"/u;
const RUN_STYLE = /<w:rStyle w:val="([^"]+)"/u;
const PARAGRAPH_STYLE = /<w:pStyle w:val="([^"]+)"/u;

/** Do these run properties hide the text (true), show it against a style that hides it (false), or say nothing? */
function vanishes(properties: string): boolean | undefined {
  const m = VANISH.exec(properties);
  if (!m) return undefined;
  return m[1] === undefined || !/^(?:0|false|off)$/iu.test(m[1]);
}

/** The run properties of a style or a run, without the record of earlier ones (w:rPrChange). */
function runProperties(xml: string): string {
  const start = xml.indexOf('<w:rPr>');
  if (start < 0) return '';
  const end = xml.indexOf('</w:rPr>', start);
  const properties = xml.slice(start, end < 0 ? xml.length : end);
  const change = properties.indexOf('<w:rPrChange');
  return change < 0 ? properties : properties.slice(0, change);
}

/** The character and paragraph styles of styles.xml that hide their text, through the styles they are based on. */
export function hiddenStyles(styles: string | undefined): HiddenStyles {
  if (styles === undefined || !/<w:(?:vanish|specVanish)/u.test(styles)) return NO_HIDDEN;
  const own = new Map<string, { type: string; hides: boolean | undefined; basedOn: string | undefined }>();
  for (const style of elements(styles, ['w:style'])) {
    const head = style.text.slice(0, style.text.indexOf('>') + 1);
    const id = STYLE_ID.exec(head)?.[1];
    if (id === undefined) continue;
    own.set(id, { type: STYLE_TYPE.exec(head)?.[1] ?? 'paragraph', hides: vanishes(runProperties(style.body)), basedOn: BASED_ON.exec(style.body)?.[1] });
  }
  const hides = (id: string, seen = new Set<string>()): boolean => {
    const style = own.get(id);
    if (!style || seen.has(id)) return false;
    seen.add(id);
    return style.hides ?? (style.basedOn !== undefined && hides(style.basedOn, seen));
  };
  const character = new Set<string>();
  const paragraph = new Set<string>();
  for (const [id, style] of own) if (hides(id)) (style.type === 'character' ? character : paragraph).add(id);
  return { character, paragraph };
}

/** Where in a paragraph's XML its hidden runs stand, in order ([start, end) of each `<w:r>`). */
function hiddenRuns(p: string, hidden: HiddenStyles): Array<[number, number]> {
  if (!p.includes('anish') && hidden.character.size === 0 && hidden.paragraph.size === 0) return [];
  const pPr = p.indexOf('<w:pPr>');
  const style = pPr >= 0 ? PARAGRAPH_STYLE.exec(p.slice(pPr, p.indexOf('</w:pPr>', pPr)))?.[1] : undefined;
  const byParagraph = style !== undefined && hidden.paragraph.has(style);
  const out: Array<[number, number]> = [];
  for (const run of elements(p, ['w:r'])) {
    const properties = run.body.trimStart().startsWith('<w:rPr>') ? runProperties(run.body) : '';
    const runStyle = RUN_STYLE.exec(properties)?.[1];
    const hides = vanishes(properties) ?? (runStyle !== undefined && hidden.character.has(runStyle) ? true : byParagraph);
    if (hides) out.push([run.start, run.start + run.text.length]);
  }
  return out;
}

/** The text elements of a paragraph (`<w:t>`, `<w:tab/>`, `<w:br/>`) that Word shows: none of a hidden run. */
function* shownTextElements(p: string, hidden: HiddenStyles): Generator<XmlElement> {
  const hiddenSpans = hiddenRuns(p, hidden);
  let k = 0;
  for (const e of elements(p, ['w:t', 'w:tab/', 'w:br/'])) {
    while (k < hiddenSpans.length && hiddenSpans[k]![1] <= e.start) k++;
    if (k < hiddenSpans.length && hiddenSpans[k]![0] <= e.start) continue;
    yield e;
  }
}

/** A `<w:t>` of document.xml: where it stands and its characters as written (an entity is one character). */
export interface TextRun {
  /** offsets in document.xml: the opening tag, and the body up to the closing tag */
  start: number;
  bodyStart: number;
  bodyEnd: number;
  /** each character as written: `&amp;`, `一` */
  units: string[];
}

/** The extracted text with, for each of its UTF-16 code units, the run and the written character it comes from (-1: none). */
export interface WordText extends ExtractedWord {
  runs: TextRun[];
  runOf: Int32Array;
  unitOf: Int32Array;
}

/** `parts`: the parts the text was read from — review reads the tables of the same parts, not the file again. */
export function extractDocx(bytes: Uint8Array): ExtractedWord & { parts: WordParts } {
  const parts = wordParts(bytes);
  const { text, map } = readWordXml(parts.document, parts.styles, false);
  return { text, map, parts };
}

/** word/document.xml and word/styles.xml of a .docx, as text. */
export function wordParts(bytes: Uint8Array): WordParts {
  let files;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'word/styles.xml' });
  } catch (error) {
    throw new NotWordError(`无法解压（${error instanceof Error ? error.message : String(error)}）`);
  }
  const doc = files['word/document.xml'];
  if (!doc) throw new NotWordError('压缩包中没有 word/document.xml');
  return { document: documentXml(doc), styles: stylesXml(files['word/styles.xml']) };
}

/** Heading depth (1 for a title style, 2 for heading 1 …) of each paragraph style that is a heading. */
function headingStyles(styles: string | undefined): Map<string, number> {
  const levels = new Map<string, number>();
  if (styles === undefined) return levels;
  for (const style of elements(styles, ['w:style'])) {
    const id = STYLE_ID.exec(style.text.slice(0, style.text.indexOf('>') + 1))?.[1];
    if (id === undefined) continue;
    const name = HEADING_NAME.exec(style.body);
    const outline = OUTLINE_LEVEL.exec(style.body);
    if (name) levels.set(id, name[1] ? Number(name[1]) + 1 : 1);
    else if (outline) levels.set(id, Number(outline[1]) + 2);
  }
  return levels;
}

/** Text of one paragraph (or several, joined), with the source of each code unit when `track` is set. */
class Piece {
  text = '';
  runOf: number[] = [];
  unitOf: number[] = [];

  constructor(readonly track: boolean) {}

  generated(s: string): void {
    this.mapped(s, -1, -1);
  }

  mapped(s: string, run: number, unit: number): void {
    this.text += s;
    if (!this.track) return;
    for (let i = 0; i < s.length; i++) {
      this.runOf.push(run);
      this.unitOf.push(unit);
    }
  }

  append(other: Piece): void {
    this.text += other.text;
    for (let i = 0; i < other.runOf.length; i++) {
      this.runOf.push(other.runOf[i]!);
      this.unitOf.push(other.unitOf[i]!);
    }
  }

  /** Without the white space at its ends, as String.prototype.trim leaves it. */
  trimmed(): Piece {
    const lead = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    const out = new Piece(this.track);
    if (end <= lead) return out;
    out.text = this.text.slice(lead, end);
    out.runOf = this.runOf.slice(lead, end);
    out.unitOf = this.unitOf.slice(lead, end);
    return out;
  }
}

const ENTITY = /&(?:#x[0-9a-f]+|#\d+|\w+);/giuy;

/** The characters of a `<w:t>` body as written, and as read. */
export function unitsOf(body: string): { written: string[]; read: string[] } {
  const written: string[] = [];
  const read: string[] = [];
  let i = 0;
  while (i < body.length) {
    let unit: string;
    if (body[i] === '&') {
      ENTITY.lastIndex = i;
      unit = ENTITY.exec(body)?.[0] ?? '&';
    } else {
      unit = String.fromCodePoint(body.codePointAt(i)!);
    }
    written.push(unit);
    read.push(unit[0] === '&' ? unescapeXml(unit) : unit);
    i += unit.length;
  }
  return { written, read };
}

/**
 * The text of document.xml for the linter: paragraphs and tables in body order (see the top of
 * this file), each heading at the depth of its style — a title style `#`, heading 1 `##`,
 * heading 2 `###` … — or `##` for a paragraph with no heading style that opens with a title
 * ordinal; and, with `track` (for --fix), where each character of it stands in the XML.
 */
export function readWordXml(xml: string, styles: string | undefined, track = true): WordText {
  const levels = headingStyles(styles);
  const hidden = hiddenStyles(styles);
  const bodyAt = Math.max(0, xml.indexOf('<w:body'));
  const body = xml.slice(bodyAt);
  const out = new Piece(track);
  const runs: TextRun[] = [];
  const map: ParagraphPoint[] = [];
  let paragraph = 0;
  /** `at`: where `p` starts in document.xml */
  const paraText = (p: string, at: number) => {
    const piece = new Piece(track);
    if (!track) {
      piece.generated(paragraphText(p, hidden));
      return piece;
    }
    for (const run of shownTextElements(p, hidden)) {
      if (run.name !== 'w:t') {
        piece.generated(run.name === 'w:tab' ? '\t' : ' ');
        continue;
      }
      const { written, read } = unitsOf(run.body);
      const index = runs.length;
      runs.push({ start: at + run.start, bodyStart: at + run.bodyStart, bodyEnd: at + run.bodyStart + run.body.length, units: written });
      read.forEach((s, u) => piece.mapped(s, index, u));
    }
    return piece;
  };
  const headingDepth = (p: string, t: string): number | undefined => {
    const style = /<w:pStyle w:val="([^"]+)"/u.exec(p)?.[1];
    if (style !== undefined) {
      const level = levels.get(style) ?? /^(?:heading|Heading)?(\d)$/u.exec(style)?.[1];
      if (typeof level === 'number') return level;
      if (level !== undefined) return Number(level) + 1;
    }
    const outline = OUTLINE_LEVEL.exec(p)?.[1];
    if (outline !== undefined) return Number(outline) + 2;
    return looksLikeTitle(t) ? 2 : undefined;
  };
  const push = (s: Piece, prefix: string, point: Omit<ParagraphPoint, 'offset'>, separator: string) => {
    if (out.text !== '') out.generated(separator);
    map.push({ offset: out.text.length, ...point });
    out.generated(prefix);
    out.append(s);
  };
  // Top-level paragraphs and tables, in order.
  for (const element of bodyBlocks(body)) {
    const block = element.text;
    const blockAt = bodyAt + element.start;
    if (block.startsWith('<w:tbl')) {
      const rows = [...elements(block, ['w:tr'])];
      rows.forEach((row, r) => {
        const cells = [...elements(row.text, ['w:tc'])];
        let line = '|';
        if (out.text !== '') out.generated(r === 0 ? '\n\n' : '\n');
        cells.forEach((cell, c) => {
          const cellAt = blockAt + row.start + cell.start;
          const paras = [...elements(cell.text, ['w:p/'])];
          const first = paragraph + 1;
          paragraph += Math.max(1, paras.length);
          const content = new Piece(track);
          paras.forEach((p, k) => {
            if (k > 0) content.generated(' ');
            content.append(paraText(p.text, cellAt + p.start));
          });
          const escaped = new Piece(track);
          const trimmed = content.trimmed();
          for (let i = 0; i < trimmed.text.length; i++) {
            if (trimmed.text[i] === '|') escaped.generated('\\');
            escaped.mapped(trimmed.text[i]!, trimmed.runOf[i] ?? -1, trimmed.unitOf[i] ?? -1);
          }
          out.generated(line + ' ');
          line = '';
          map.push({ offset: out.text.length, paragraph: first, cell: { row: r + 1, column: c + 1 } });
          out.append(escaped);
          out.generated(' |');
        });
        if (r === 0) out.generated('\n|' + cells.map(() => ' --- |').join(''));
      });
      continue;
    }
    paragraph++;
    const t = paraText(block, blockAt).trimmed();
    if (t.text === '') continue;
    const depth = headingDepth(block, t.text);
    push(t, depth === undefined ? '' : `${'#'.repeat(Math.min(6, depth))} `, { paragraph }, '\n\n');
  }
  out.generated('\n');
  return { text: out.text, map, runs, runOf: Int32Array.from(out.runOf), unitOf: Int32Array.from(out.unitOf) };
}

/**
 * The top-level paragraphs and tables of a document's body (from `<w:body`), in order, with the contents of its
 * text boxes (`<w:txbxContent>`, VML in compatibility mode or DrawingML) as blocks of their own after the block
 * holding each: a box's table is a table, its paragraphs paragraphs. Word writes a DrawingML box twice, its
 * VML copy in the `<mc:Fallback>` of the same `<mc:AlternateContent>`: one copy is read, the choice's.
 * A box's element in its host is blanked (the same length, so that every offset stays that of the XML), the
 * host keeping its own words; the elements yielded stand where `body` has them. A table holding tables is
 * read as its cells' blocks (layoutBlocks), in the body and in a box alike.
 */
export function* bodyBlocks(body: string): Generator<XmlElement> {
  if (!body.includes('<w:txbxContent')) {
    yield* blocks(body, 0);
    return;
  }
  const blanked: Array<[number, number]> = [];
  let choiceHasBox = false;
  for (const alt of elements(body, ['mc:Choice', 'mc:Fallback'])) {
    if (alt.name === 'mc:Choice') choiceHasBox = alt.body.includes('<w:txbxContent');
    else if (choiceHasBox) blanked.push([alt.start, alt.start + alt.text.length]);
    if (alt.name === 'mc:Fallback') choiceHasBox = false;
  }
  const once = blankSpans(body, blanked);
  const boxes = [...elements(once, ['w:txbxContent'])];
  const outer = blankSpans(once, boxes.map((b) => [b.start, b.start + b.text.length]));
  let next = 0;
  for (const block of blocks(outer, 0)) {
    while (next < boxes.length && boxes[next]!.start < block.start) yield* blocks(boxes[next]!.body, boxes[next++]!.bodyStart);
    yield block;
    const end = block.start + block.text.length;
    while (next < boxes.length && boxes[next]!.start < end) yield* blocks(boxes[next]!.body, boxes[next++]!.bodyStart);
  }
  while (next < boxes.length) yield* blocks(boxes[next]!.body, boxes[next++]!.bodyStart);
}

const BLOCK_TAGS = ['w:tbl>', 'w:p/'];

/** `text` with each span blanked by spaces: the same length, so every offset outside the spans stays. */
function blankSpans(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + ' '.repeat(e - s);
    at = e;
  }
  return out + text.slice(at);
}

/**
 * Each table of `xml` that no other holds, [start, end) from its `<w:tbl>` to its own `</w:tbl>`, and whether it
 * holds a table (a table nested in a cell): depth is counted, where the element scanner ends a table at the
 * first `</w:tbl>`, its nested table's. A table left open (never closed) is not one.
 */
function outerTables(xml: string): Array<{ start: number; end: number; holdsTable: boolean }> {
  const out: Array<{ start: number; end: number; holdsTable: boolean }> = [];
  let depth = 0;
  let start = 0;
  let holdsTable = false;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>/gu)) {
    if (m[0] === '<w:tbl>') {
      if (depth++ === 0) [start, holdsTable] = [m.index, false];
      else holdsTable = true;
    } else if (depth > 0 && --depth === 0) out.push({ start, end: m.index + m[0].length, holdsTable });
  }
  return out;
}

/**
 * The paragraphs and tables of `xml` (a body, a box's content or a cell's), in order, standing `at` further on in
 * the body. A table holding a table is a layout table — a borderless frame round a title, its 单位 and the real
 * table — and no table of its own: its place is taken by the blocks of its cells (layoutBlocks), so that the
 * nested table is a table of its own and the paragraphs beside it paragraphs, as a text box's are, and none of
 * its rows is read as a row of the frame, or of the table before it.
 */
function* blocks(xml: string, at: number): Generator<XmlElement> {
  const layouts = xml.includes('<w:tbl>') ? outerTables(xml).filter((t) => t.holdsTable) : [];
  const shifted = (e: XmlElement): XmlElement => (at === 0 ? e : { ...e, start: e.start + at, bodyStart: e.bodyStart + at });
  if (layouts.length === 0) {
    for (const e of elements(xml, BLOCK_TAGS)) yield shifted(e);
    return;
  }
  const host = blankSpans(xml, layouts.map((t) => [t.start, t.end]));
  let next = 0;
  for (const e of elements(host, BLOCK_TAGS)) {
    while (next < layouts.length && layouts[next]!.start < e.start) yield* layoutBlocks(xml, layouts[next++]!, at);
    yield shifted(e);
  }
  while (next < layouts.length) yield* layoutBlocks(xml, layouts[next++]!, at);
}

/** The blocks of a layout table's cells, row by row and cell by cell: each cell's body read as blocks (nested layouts too). */
function* layoutBlocks(xml: string, table: { start: number; end: number }, at: number): Generator<XmlElement> {
  const text = xml.slice(table.start, table.end);
  // Rows and cells are found with the nested tables blanked (their rows and cells are not the frame's).
  const open = '<w:tbl>'.length;
  const nested = outerTables(text.slice(open, -'</w:tbl>'.length)).map((t): [number, number] => [t.start + open, t.end + open]);
  const frame = blankSpans(text, nested);
  for (const row of elements(frame, ['w:tr'])) {
    for (const cell of elements(row.text, ['w:tc'])) {
      const from = row.start + cell.bodyStart;
      yield* blocks(text.slice(from, from + cell.body.length), at + table.start + from);
    }
  }
}

/** The text of a paragraph's shown runs: a tab as \t, a line break as a space (the table importer reads cells so). */
export function paragraphText(p: string, hidden: HiddenStyles = NO_HIDDEN): string {
  let out = '';
  for (const run of shownTextElements(p, hidden)) out += run.name === 'w:t' ? unescapeXml(run.body) : run.name === 'w:tab' ? '\t' : ' ';
  return out;
}
