/**
 * The Markdown layer under the linter: parses a Markdown document with remark
 * (CommonMark + GFM without literal autolinks, see gfm.ts + YAML/TOML front
 * matter) and hands back the plain text of every
 * block the linter reads — headings, paragraphs and table cells — with a map
 * from every character of that text back to its offset in the source, so that
 * a finding in the text can be reported at its real line and column.
 *
 * What the text holds:
 * - inline markup is gone but its text stays (emphasis, strong, delete, link
 *   text, inline code values); `\*` gives `*` mapped to the `*`; `&amp;` gives
 *   `&` mapped to the `&`; images, inline HTML (comments too) and footnote
 *   references give nothing — but a paragraph that is only pictures is read
 *   as their alt texts (a chart's alt text states its figures);
 * - a soft or hard line break, with the spaces and line prefixes (indentation,
 *   `>`) around it, disappears when the characters on both sides are CJK,
 *   digits or punctuation (PDF-to-Markdown wraps `4,340.\n16 万元` become
 *   `4,340.16 万元` again), and becomes one space next to a Latin letter (see
 *   {@link joinsWithSpace});
 * - nothing is normalised (no NFKC): full-width digits stay full-width.
 *
 * The map: `offsets[i]` is the UTF-16 offset in the source of `text[i]` — of
 * the escaped character for a backslash escape, of the `&` for a character
 * reference (a reference decoding to several code units maps them to `&` and
 * the next source positions, so offsets stay strictly increasing), of the line
 * ending for the one space a break may leave. `offsets[text.length]` is the
 * offset just past the source of the last character. `ends[i]` is the offset
 * just past the source construct of `text[i]` (`i + 1` for a plain character,
 * past the `;` for a reference).
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { execAll, stringOfUnits } from './scan.js';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmForDocument, linesThatMayHoldTables, withTableLines } from './gfm.js';
import { alignedTables, type AlignedTable } from './aligned-tables.js';
import { leanTree } from './lean-tree.js';

export type BlockKind = 'heading' | 'paragraph' | 'table-cell';

export interface TextBlock {
  kind: BlockKind;
  /** heading depth 1–6, for headings */
  depth?: number;
  /** for table cells: row index (0-based; row 0 = header row) */
  row?: number;
  /** for table cells: column index (0-based) */
  column?: number;
  /** for table cells: the text of this column's header cell (absent when the header row has no such column) */
  header?: string;
  /** true when the block sits inside a list item */
  inList: boolean;
  /** how many list items the block sits in (0 outside lists); always set by extractBlocks */
  listDepth?: number;
  /** the plain text the linter reads */
  text: string;
  /**
   * offsets[i] = source offset (UTF-16 index into the Markdown string) of text[i];
   * offsets[text.length] = source offset just past the last character
   */
  offsets: number[];
  /** ends[i] = source offset just past the source construct of text[i]; always set by extractBlocks */
  ends?: number[];
}

// ---------------------------------------------------------------------------
// Line and column

const LINE_BREAK = /\r\n?|\n/g;

/** Line starts of a source, for O(log n) offset → line/column look-ups. Line endings: `\n`, `\r\n`, `\r`. */
export class LineIndex {
  private readonly starts: number[];
  readonly length: number;

  constructor(source: string) {
    this.length = source.length;
    const starts = [0];
    // A regex scan, not charCodeAt per character: it flattens a concatenated string once
    // instead of walking its pieces at every index.
    for (const m of execAll(LINE_BREAK, source)) starts.push(m.index + m[0].length);
    this.starts = starts;
  }

  /** number of lines (a trailing line ending opens one more, empty line) */
  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column (UTF-16 code units) of an offset, clamped into [0, length]. */
  positionOf(offset: number): { line: number; column: number } {
    const off = clampOffset(offset, this.length);
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: off - (starts[lo] as number) + 1 };
  }

  /** The offset of a 1-based line and column, clamped into the source. */
  offsetOf(line: number, column: number): number {
    const l = Math.min(Math.max(Math.floor(Number.isFinite(line) ? line : 1), 1), this.starts.length);
    const start = this.starts[l - 1] as number;
    const next = l < this.starts.length ? (this.starts[l] as number) : this.length;
    const col = Math.floor(Number.isFinite(column) ? column : 1);
    return Math.min(Math.max(start + col - 1, start), next);
  }
}

function clampOffset(offset: number, length: number): number {
  if (!Number.isFinite(offset)) return offset === Infinity ? length : 0;
  return Math.min(Math.max(Math.floor(offset), 0), length);
}

/**
 * 1-based line and column of a source offset (column counted in UTF-16 code
 * units, like remark/ESLint). Builds a line index each call: for many look-ups
 * in one document use {@link LineIndex}.
 */
export function positionOf(markdown: string, offset: number): { line: number; column: number } {
  return new LineIndex(markdown).positionOf(offset);
}

/**
 * The source range `{start, end}` (end exclusive) of the text range
 * [start, end) of a block. An empty range gives an empty source range at the
 * position of `text[start]`.
 */
export function rangeInSource(block: TextBlock, start: number, end: number): { start: number; end: number } {
  const len = block.text.length;
  const s = clampOffset(start, len);
  const e = Math.max(s, clampOffset(end, len));
  const startOffset = block.offsets[s] ?? block.offsets[block.offsets.length - 1] ?? 0;
  if (e === s) return { start: startOffset, end: startOffset };
  const last = e - 1;
  let endOffset = block.ends?.[last];
  if (endOffset === undefined) {
    endOffset = e === len ? block.offsets[len] : (block.offsets[last] ?? startOffset) + 1;
  }
  return { start: startOffset, end: Math.max(startOffset, endOffset ?? startOffset) };
}

// ---------------------------------------------------------------------------
// Parsing

/** The part of an mdast node this module reads. */
interface MdNode {
  type: string;
  value?: string;
  /** an image's alt text */
  alt?: string | null;
  /** a definition's or footnote definition's label */
  label?: string | null;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  /** for the node that stands for a table aligned with spaces (see withAlignedTables) */
  aligned?: AlignedTable;
}

/**
 * Part 3 holds no code: a paragraph indented four spaces was pasted from plain text or Word (首行缩进
 * typed as spaces), and CommonMark would make it an indented code block that the linter skips, with
 * every figure in it. Fenced code (```) stays code: someone fenced it on purpose.
 */
export function withoutIndentedCode(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

/**
 * remark-parse with the linter's syntax; its tree compiled by lean-tree.ts (only what this module
 * reads, from micromark's events), or with `mdast`, by mdast-util-from-markdown as remark-parse
 * does (the oracle the tests compare the lean tree with).
 */
const linterParser = (gfm: (this: Processor) => void, mdast: boolean) => {
  const processor = unified().use(remarkParse).use(gfm).use(withoutIndentedCode).use(remarkFrontmatter, ['yaml', 'toml']);
  return (mdast ? processor : processor.use(leanTree)).freeze();
};
/**
 * The linter's parsers, by what the document holds (gfm.ts gfmForDocument): bit 1 a line that may
 * hold a table (else the table construct is not tried at all), bit 2 a `[`, bit 4 a `~`; bit 8 the
 * mdast tree. Made on first use.
 */
const processors: Array<ReturnType<typeof linterParser> | undefined> = [];
function processorFor(tables: boolean, markdown: string, mdast: boolean): ReturnType<typeof linterParser> {
  const brackets = markdown.includes('[');
  const tildes = markdown.includes('~');
  const key = (tables ? 1 : 0) | (brackets ? 2 : 0) | (tildes ? 4 : 0) | (mdast ? 8 : 0);
  return (processors[key] ??= linterParser(gfmForDocument(tables, brackets, tildes), mdast));
}

/**
 * Runs of one markup character this long (thousands of `*`, `>`, `[` …) make micromark take
 * quadratic time — 20 KB of `*` takes seconds; no accounts document has them. Such a text (or
 * piece of a long one) is read as plain text instead.
 */
const MAX_MARKUP_RUN = 1000;
const MARKUP = new Set([...'*_>[]~`'].map((c) => c.charCodeAt(0)));

function hasLongMarkupRun(markdown: string): boolean {
  let run = 0;
  let previous = -1;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c !== previous) {
      previous = c;
      run = 1;
    } else if (++run >= MAX_MARKUP_RUN && MARKUP.has(c)) {
      return true;
    }
  }
  return false;
}

/**
 * Container markers at the start of a line (list bullets and numbers, block
 * quotes, their indentation) nest one container each; micromark takes
 * quadratic time in their number (`- - - …` of 20 KB: 34 s; 1,000 nested
 * lists: 26 s). A line that opens more than this many characters of them is
 * read as plain text, as long markup runs are; no accounts document indents
 * past a few levels.
 */
const MAX_CONTAINER_PREFIX = 200;
const CONTAINER_PREFIX = /^(?:[ \t>*+-]|[0-9]{1,9}[.)])+/;

function hasDeepContainers(markdown: string): boolean {
  let start = 0;
  while (start < markdown.length) {
    let end = markdown.indexOf('\n', start);
    if (end < 0) end = markdown.length;
    if (end - start > MAX_CONTAINER_PREFIX) {
      const prefix = CONTAINER_PREFIX.exec(markdown.slice(start, start + MAX_CONTAINER_PREFIX + 1));
      if (prefix && prefix[0].length > MAX_CONTAINER_PREFIX && /[ \t>]/u.test(prefix[0])) return true; // a run of ** alone nests nothing
    }
    start = end + 1;
  }
  return false;
}

/** Throws on what remark cannot parse in reasonable time or stack: callers read that as plain text. */
function parse(markdown: string, mdast: boolean): MdNode {
  if (hasLongMarkupRun(markdown)) throw new Error('a run of thousands of one markup character');
  if (hasDeepContainers(markdown)) throw new Error('a line nesting hundreds of lists or quotes');
  const tableLines = linesThatMayHoldTables(markdown);
  if (!tableLines) return processorFor(false, markdown, mdast).parse(markdown) as unknown as MdNode;
  const processor = processorFor(true, markdown, mdast);
  return withTableLines(tableLines, () => processor.parse(markdown)) as unknown as MdNode;
}

function startOf(node: MdNode): number | undefined {
  const o = node.position?.start.offset;
  return typeof o === 'number' ? o : undefined;
}

function endOf(node: MdNode): number | undefined {
  const o = node.position?.end.offset;
  return typeof o === 'number' ? o : undefined;
}

// ---------------------------------------------------------------------------
// Character references

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** A character reference starting at `at` (which holds `&`): its source length and decoded text. */
function referenceAt(
  src: string,
  at: number,
  limit: number,
): { length: number; decoded: string } | undefined {
  let k = at + 1;
  if (src.charCodeAt(k) === 35 /* # */) {
    k++;
    let base = 10;
    if (src.charCodeAt(k) === 120 || src.charCodeAt(k) === 88) {
      base = 16;
      k++;
    }
    const digitsStart = k;
    const max = base === 16 ? 6 : 7;
    while (k < limit && k - digitsStart < max && (base === 16 ? isHex(src.charCodeAt(k)) : isDigit(src.charCodeAt(k)))) k++;
    if (k === digitsStart || k >= limit || src.charCodeAt(k) !== 59 /* ; */) return undefined;
    return { length: k + 1 - at, decoded: decodeNumericCharacterReference(src.slice(digitsStart, k), base) };
  }
  const nameStart = k;
  while (k < limit && k - nameStart < 31 && isAsciiAlnum(src.charCodeAt(k))) k++;
  if (k === nameStart || k >= limit || src.charCodeAt(k) !== 59) return undefined;
  // micromark decodes a named reference exactly when this table knows the name.
  const decoded = decodeNamedCharacterReference(src.slice(nameStart, k));
  if (decoded === false) return undefined;
  return { length: k + 1 - at, decoded };
}

/** A line as matched with its line ending (`\n`, `\r\n` or `\r`), without it. */
function withoutLineEnding(line: string): string {
  if (line.endsWith('\r\n')) return line.slice(0, -2);
  if (line.endsWith('\n') || line.endsWith('\r')) return line.slice(0, -1);
  return line;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

// ---------------------------------------------------------------------------
// Aligning a node's value with its source

/** Code used for a line-break entry in a block's raw text. */
const BREAK = -1;

/**
 * Entries of code units (or breaks) with their source offsets, in typed arrays
 * that grow by doubling and are reused from block to block: a block's own
 * arrays, pushed to one entry at a time, were most of the garbage the linter
 * made beyond the parse.
 */
class Entries {
  codes: Int32Array;
  offs: Int32Array;
  ends: Int32Array;
  length = 0;
  /** how many of the entries are breaks: a block without one is its own final text (see finish) */
  breaks = 0;

  constructor(private readonly initial: number) {
    this.codes = new Int32Array(initial);
    this.offs = new Int32Array(initial);
    this.ends = new Int32Array(initial);
  }

  /** Empties the list; arrays a huge block grew are let go. */
  reset(): this {
    this.length = 0;
    this.breaks = 0;
    if (this.codes.length > 64 * this.initial) {
      this.codes = new Int32Array(this.initial);
      this.offs = new Int32Array(this.initial);
      this.ends = new Int32Array(this.initial);
    }
    return this;
  }

  push(code: number, off: number, end: number): void {
    const at = this.length;
    if (at === this.codes.length) this.grow();
    this.codes[at] = code;
    this.offs[at] = off;
    this.ends[at] = end;
    this.length = at + 1;
  }

  /**
   * A text that stands in the source as it is, from `from` on, one entry per unit; false (and
   * nothing pushed) where it holds a line ending, which align makes a break.
   */
  pushVerbatim(text: string, from: number): boolean {
    const start = this.length;
    const n = text.length;
    while (this.codes.length < start + n) this.grow();
    const { codes, offs, ends } = this;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) return false;
      codes[start + k] = c;
      offs[start + k] = from + k;
      ends[start + k] = from + k + 1;
    }
    this.length = start + n;
    return true;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Int32Array(size);
    const offs = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes);
    offs.set(this.offs);
    ends.set(this.ends);
    this.codes = codes;
    this.offs = offs;
    this.ends = ends;
  }
}

/** A block's raw text while it is built: one entry per UTF-16 unit or break. */
type Raw = Entries;
/** the raw text of the block being read (blocks are read one at a time) */
const RAW = new Entries(4096);
/** the block's final text and maps, before they are copied out (see finish) */
const OUT = new Entries(4096);

function push(raw: Raw, code: number, off: number, end: number): void {
  raw.push(code, off, end);
}

/** A line break, counted: a block without one skips collapsing (see finish). */
function pushBreak(raw: Raw, off: number, end: number): void {
  raw.push(BREAK, off, end);
  raw.breaks++;
}

interface AlignMode {
  /** no escapes and no character references (inline code, autolinks, text equal to its source) */
  literal: boolean;
  /** `\|` stands for `|` (inline code in a GFM table cell) */
  tablePipes: boolean;
}

const RESYNC_WINDOW = 64;

/**
 * Maps each UTF-16 unit of `value` (a text or inline-code node's value) to the
 * source in [start, limit), pushing entries on `raw`. Line endings in the value
 * become break entries; the source around them (trailing spaces, the line
 * ending, the next line's indentation and `>` markers) is skipped. Returns the
 * source offset reached.
 */
function align(
  src: string,
  value: string,
  start: number,
  limit: number,
  mode: AlignMode,
  raw: Raw,
): number {
  const n = value.length;
  let i = 0;
  let j = start;
  while (i < n) {
    const c = value.charCodeAt(i);
    if (j >= limit) {
      // Nothing left to map onto: should not happen; drop the rest rather than break the offset invariants.
      break;
    }
    const s = src.charCodeAt(j);

    if (c === 10 || c === 13) {
      let k = j;
      while (k < limit && (src.charCodeAt(k) === 32 || src.charCodeAt(k) === 9)) k++;
      const e = src.charCodeAt(k);
      if (k < limit && (e === 10 || e === 13)) {
        const eolLen = e === 13 && src.charCodeAt(k + 1) === 10 && k + 1 < limit ? 2 : 1;
        pushBreak(raw, k, k + eolLen);
        k += eolLen;
        i += c === 13 && value.charCodeAt(i + 1) === 10 ? 2 : 1;
        // the next line's prefix: indentation, blockquote markers
        while (k < limit && i < n) {
          const p = src.charCodeAt(k);
          if ((p === 32 || p === 9 || p === 62) && p !== value.charCodeAt(i)) k++;
          else break;
        }
        j = k;
        continue;
      }
    }

    if (s === 92 /* \ */ && j + 1 < limit) {
      const next = src.charCodeAt(j + 1);
      if (next === c && ((!mode.literal && isAsciiPunct(next)) || (mode.tablePipes && next === 124))) {
        push(raw, c, j + 1, j + 2);
        i++;
        j += 2;
        continue;
      }
    }

    if (s === 38 /* & */ && !mode.literal) {
      const ref = referenceAt(src, j, limit);
      if (ref) {
        const d = ref.decoded;
        let len = d.length;
        if (!value.startsWith(d, i)) {
          // Unexpected: take one code point of the value for the reference.
          len = isHighSurrogate(c) && isLowSurrogate(value.charCodeAt(i + 1)) ? 2 : 1;
        }
        len = Math.min(len, n - i, ref.length);
        for (let k = 0; k < len; k++) push(raw, value.charCodeAt(i + k), j + k, j + ref.length);
        i += len;
        j += ref.length;
        continue;
      }
    }

    if (s === c || (c === 0xfffd && s === 0)) {
      push(raw, c, j, j + 1);
      i++;
      j++;
      continue;
    }

    // Out of step (should not happen): look a little ahead for the character.
    let found = -1;
    const windowEnd = Math.min(limit, j + RESYNC_WINDOW);
    for (let k = j + 1; k < windowEnd; k++) {
      if (src.charCodeAt(k) === c) {
        found = k;
        break;
      }
    }
    if (found >= 0) {
      push(raw, c, found, found + 1);
      j = found + 1;
    }
    // else the unit is dropped
    i++;
  }
  return j;
}

/**
 * `__1,493.44__万元`, `_124.48万元_`: underscores around a figure between CJK characters are no emphasis to
 * CommonMark (an underscore neither opens nor closes inside a word), so they stay text — where the writer
 * meant the figure bold, as `**1,493.44**万元` is. The underscores' runs (start, length), in pairs; none
 * next to a Latin letter or digit outside (a__1__b, a file name), none around words (__说明__).
 */
const UNDERSCORE_WRAPPED = /(?<![A-Za-z0-9_])(_{1,2})(?=[0-9０-９])[^_\s]{1,30}?(?<!_)\1(?![A-Za-z0-9_])/gu;

function underscoreWrapped(value: string): number[] | undefined {
  let runs: number[] | undefined;
  for (const m of value.matchAll(UNDERSCORE_WRAPPED)) {
    const n = m[1]!.length;
    (runs ??= []).push(m.index, n, m.index + m[0].length - n, n);
  }
  return runs;
}

/**
 * Pushes verbatim text (its source unit for unit from `from`) but the runs given: they map to nothing.
 * A line ending is a break entry, as align makes one (the text may run over a soft line break).
 */
function pushWithout(value: string, from: number, runs: readonly number[], raw: Raw): number {
  let i = 0;
  const pushUpTo = (end: number): void => {
    while (i < end) {
      const c = value.charCodeAt(i);
      if (c === 10 || c === 13) {
        const len = c === 13 && value.charCodeAt(i + 1) === 10 && i + 1 < end ? 2 : 1;
        pushBreak(raw, from + i, from + i + len);
        i += len;
      } else {
        push(raw, c, from + i, from + i + 1);
        i++;
      }
    }
  };
  for (let k = 0; k < runs.length; k += 2) {
    pushUpTo(runs[k]!);
    i += runs[k + 1]!;
  }
  pushUpTo(value.length);
  return from + value.length;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

// ---------------------------------------------------------------------------
// Breaks

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u2e80-\u2fff\u3000-\u303f\u3190-\u31ff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef]/u;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * Whether a line break between two characters leaves one space: when neither
 * side is CJK (ideographs, kana, hangul, CJK and full-width punctuation and
 * forms) and at least one side is a (Latin, Greek, Cyrillic…) letter:
 * `word\nword` → `word word`, `end.\nNext` → `end. Next`. Everything else —
 * CJK on either side, or digits and punctuation on both (`4,340.\n16`,
 * `16\n万元`) — joins with nothing.
 */
export function joinsWithSpace(before: string, after: string): boolean {
  if (CJK.test(before) || CJK.test(after)) return false;
  return LETTER.test(before) || LETTER.test(after);
}

function codePointBefore(codes: ArrayLike<number>, end: number): string {
  const c = codes[end - 1] as number;
  if (isLowSurrogate(c) && end >= 2 && isHighSurrogate(codes[end - 2] as number)) {
    return String.fromCharCode(codes[end - 2] as number, c);
  }
  return String.fromCharCode(c);
}

function codePointAt(codes: ArrayLike<number>, at: number, limit: number): string {
  const c = codes[at] as number;
  if (isHighSurrogate(c) && at + 1 < limit && isLowSurrogate(codes[at + 1] as number)) {
    return String.fromCharCode(c, codes[at + 1] as number);
  }
  return String.fromCharCode(c);
}

/**
 * Turns a raw entry list into the final text and maps: each run of breaks and
 * the spaces and tabs around them becomes nothing or one space.
 */
function finish(raw: Raw, fallbackOffset: number, src: string): { text: string; offsets: number[]; ends: number[] } {
  // Without breaks there is nothing to collapse: spaces and tabs stay as they are.
  const out = raw.breaks === 0 ? raw : collapseBreaks(raw);

  // Safety net: offsets strictly increasing and inside the source (they are, unless something above is wrong).
  // The block's own arrays are filled in the same pass, and cut to their final size.
  const outCodes = out.codes;
  const outOffs = out.offs;
  const outEnds = out.ends;
  const offsets = new Array<number>(out.length + 1);
  const blockEnds = new Array<number>(out.length);
  let w = 0;
  for (let m = 0; m < out.length; m++) {
    const off = outOffs[m] as number;
    if (w > 0 && off <= (outOffs[w - 1] as number)) continue;
    const end = Math.max(outEnds[m] as number, off + 1);
    outCodes[w] = outCodes[m] as number;
    outOffs[w] = off;
    outEnds[w] = end;
    offsets[w] = off;
    blockEnds[w] = end;
    w++;
  }
  offsets.length = w + 1;
  blockEnds.length = w;
  offsets[w] = w > 0 ? (outEnds[w - 1] as number) : fallbackOffset;
  return { text: textOf(out, w, src), offsets, ends: blockEnds };
}

/** Each run of breaks and the spaces and tabs around them made nothing or one space, in OUT. */
function collapseBreaks(raw: Raw): Entries {
  const { codes, offs, ends } = raw;
  const out = OUT.reset();
  const n = raw.length;
  let i = 0;
  while (i < n) {
    const c = codes[i] as number;
    if (c !== BREAK && c !== 32 && c !== 9) {
      out.push(c, offs[i] as number, ends[i] as number);
      i++;
      continue;
    }
    // a run of spaces, tabs and breaks: does it hold a break?
    let k = i;
    let firstBreak = -1;
    while (k < n) {
      const d = codes[k] as number;
      if (d === BREAK) {
        if (firstBreak < 0) firstBreak = k;
      } else if (d !== 32 && d !== 9) break;
      k++;
    }
    if (firstBreak < 0) {
      for (let m = i; m < k; m++) out.push(codes[m] as number, offs[m] as number, ends[m] as number);
    } else if (out.length > 0 && k < n) {
      if (joinsWithSpace(codePointBefore(out.codes, out.length), codePointAt(codes, k, n))) {
        out.push(32, offs[firstBreak] as number, ends[firstBreak] as number);
      }
    }
    i = k;
  }
  return out;
}

/**
 * The text of a block's first `w` entries: a slice of the source where the block is the source
 * unit for unit (no markup, escapes or line breaks inside: most table cells and many paragraphs),
 * which copies nothing; else a string built from the units.
 */
function textOf(entries: Entries, w: number, src: string): string {
  const { codes, offs } = entries;
  const first = offs[0]!;
  let m = 0;
  while (m < w && offs[m] === first + m && codes[m] === src.charCodeAt(first + m)) m++;
  if (m === w) return src.slice(first, first + w);
  return stringOfUnits(codes, w);
}

// ---------------------------------------------------------------------------
// Walking the tree

interface InlineContext {
  src: string;
  inTable: boolean;
}

/** Collects the text of a block node's inline content. */
function collectInline(block: MdNode, ctx: InlineContext): Raw {
  const raw = RAW.reset();
  const { src } = ctx;
  const blockStart = startOf(block) ?? 0;
  const blockEnd = Math.min(endOf(block) ?? src.length, src.length);
  let cursor = blockStart;
  // iterative pre-order walk; `autolink` marks text under an autolink
  const stack: Array<{ node: MdNode; autolink: boolean }> = [];
  const kids = block.children ?? [];
  for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k] as MdNode, autolink: false });
  while (stack.length > 0) {
    const { node, autolink } = stack.pop() as { node: MdNode; autolink: boolean };
    const s = startOf(node);
    const e = endOf(node);
    const hasPos = s !== undefined && e !== undefined && s >= cursor && e >= s && e <= src.length;
    const from = hasPos ? s : cursor;
    const to = hasPos ? e : blockEnd;
    switch (node.type) {
      case 'text': {
        const value = node.value ?? '';
        const verbatim = src.startsWith(value, from) && (!hasPos || to - from === value.length);
        const inside = from + value.length <= to;
        // Most text is its source unit for unit: aligned as such, where nothing needs a look.
        const wrapped = verbatim && inside && value.includes('_') ? underscoreWrapped(value) : undefined;
        const reached = wrapped ? pushWithout(value, from, wrapped, raw)
          : verbatim && inside && raw.pushVerbatim(value, from)
            ? from + value.length
            : align(src, value, from, to, { literal: autolink || verbatim, tablePipes: false }, raw);
        cursor = Math.max(cursor, reached);
        if (hasPos) cursor = Math.max(cursor, to);
        break;
      }
      case 'inlineCode': {
        const value = node.value ?? '';
        let a = from;
        let b = to;
        // the content between the backtick fences
        let ticks = 0;
        while (a + ticks < b && src.charCodeAt(a + ticks) === 96) ticks++;
        if (ticks > 0 && b - a >= 2 * ticks) {
          a += ticks;
          b -= ticks;
          // one padding space (or line ending) stripped on each side
          const first = src.charCodeAt(a);
          if (value.length > 0 && first !== value.charCodeAt(0) && (first === 32 || first === 10 || first === 13)) {
            a += first === 13 && src.charCodeAt(a + 1) === 10 ? 2 : 1;
          }
        }
        cursor = Math.max(cursor, align(src, value, a, b, { literal: true, tablePipes: ctx.inTable }, raw));
        if (hasPos) cursor = Math.max(cursor, to);
        break;
      }
      case 'break': {
        let k = from;
        while (k < to && src.charCodeAt(k) !== 10 && src.charCodeAt(k) !== 13) k++;
        if (k < to) {
          const len = src.charCodeAt(k) === 13 && src.charCodeAt(k + 1) === 10 && k + 1 < to ? 2 : 1;
          pushBreak(raw, k, k + len);
        }
        if (hasPos) cursor = Math.max(cursor, to);
        break;
      }
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
        if (hasPos) cursor = Math.max(cursor, to);
        break;
      default: {
        const children = node.children;
        if (children && children.length > 0) {
          const isAutolink =
            autolink || (node.type === 'link' && hasPos && src.charCodeAt(from) !== 91 /* [ */);
          for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k] as MdNode, autolink: isAutolink });
        } else if (hasPos) {
          cursor = Math.max(cursor, to);
        }
      }
    }
  }
  return raw;
}

function emptyCellOffset(src: string, cell: MdNode): number {
  const s = startOf(cell) ?? 0;
  const e = Math.min(endOf(cell) ?? s, src.length);
  let k = s;
  if (src.charCodeAt(k) === 124 /* | */ && k < e) k++;
  while (k < e && (src.charCodeAt(k) === 32 || src.charCodeAt(k) === 9)) k++;
  return Math.min(k, src.length);
}

export interface ExtractOptions {
  /**
   * Documents longer than this (UTF-16 units) are parsed in pieces of about
   * this size, cut before a line that starts a new top-level block after a
   * blank line, so that parsing stays linear. Default 100 000.
   */
  chunkSize?: number;
  /** parse to a full mdast tree (mdast-util-from-markdown, as remark-parse) instead of the lean tree: the tests' oracle */
  mdast?: boolean;
}

const DEFAULT_CHUNK_SIZE = 100_000;

/**
 * The text blocks of a Markdown document, in document order: headings,
 * paragraphs (in list items, blockquotes and footnote definitions too) and GFM
 * table cells, with their text and source offsets. Code blocks, HTML blocks,
 * thematic breaks, definitions and front matter give no block; a heading or
 * paragraph with no text (only an image without alt text, say) is left out, an empty table cell
 * is kept. Never throws.
 */
export function extractBlocks(markdown: string, options: ExtractOptions = {}): TextBlock[] {
  const text = typeof markdown === 'string' ? markdown : String(markdown ?? '');
  // micromark drops a leading BOM and counts its offsets without it, so a break node's offsets fell one short of the
  // source and the figure after it lost a digit (﻿15␣␣⏎3 read as 1): read the rest, then map past the marks. All of
  // them: micromark would drop the next one from the rest again.
  let marks = 0;
  while (text.charCodeAt(marks) === 0xfeff) marks++;
  if (marks > 0) return blocksOf(text.slice(marks), options).map((b) => shift(b, marks));
  return blocksOf(text, options);
}

function blocksOf(src: string, options: ExtractOptions): TextBlock[] {
  try {
    const size = options.chunkSize !== undefined && options.chunkSize > 0 ? options.chunkSize : DEFAULT_CHUNK_SIZE;
    const mdast = options.mdast === true;
    if (src.length <= size) return extractWhole(src, mdast);
    return extractChunked(src, size, mdast);
  } catch {
    try {
      return plainBlocks(src);
    } catch {
      return [];
    }
  }
}

function extractWhole(src: string, mdast: boolean): TextBlock[] {
  try {
    return extractFromTree(src, parse(src, mdast));
  } catch {
    // remark can overflow the stack on very deep nesting
    return plainBlocks(src);
  }
}

// ---------------------------------------------------------------------------
// Parsing a long document in pieces

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/y;
/** A line without its container prefixes (blockquote markers, list markers, indentation) — where a fence or an HTML block would start. */
function withoutContainerPrefix(line: string): string {
  let k = 0;
  const n = line.length;
  for (;;) {
    while (k < n && (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9)) k++;
    const c = line.charCodeAt(k);
    if (c === 62 /* > */) {
      k++;
      continue;
    }
    let m = k;
    if (c === 45 || c === 43 || c === 42) m = k + 1; // - + *
    else {
      while (m < n && m - k < 9 && isDigit(line.charCodeAt(m))) m++;
      if (m > k && (line.charCodeAt(m) === 46 || line.charCodeAt(m) === 41)) m++; // . )
      else m = k;
    }
    if (m > k && (line.charCodeAt(m) === 32 || line.charCodeAt(m) === 9)) {
      k = m;
      continue;
    }
    return line.slice(k);
  }
}
/** `s`: a Markdown line may hold U+2028/U+2029, which `.` would not take (and `.*$` would then backtrack) */
const FENCE = /^(`{3,}|~{3,})(.*)$/s;
const HTML_START: Array<[RegExp, RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/** A line that can only start a paragraph (a letter, CJK, a digit not marking a list item) or an ATX heading. */
const PARAGRAPH_OR_HEADING = /^(?:[\p{L}\u3000-\u303f\uff00-\uffef]|\d(?!\d{0,8}[.)](?:[ \t]|$))|#{1,6}(?:[ \t]|$))/u;

/**
 * Where a long document may be cut: before a line that starts a paragraph or
 * an ATX heading right after a blank line, outside front matter, fenced code
 * and multi-line HTML blocks (as far as a line-by-line look tells; the parse
 * of each piece checks it).
 */
function cutPoints(src: string, size: number): number[] {
  const cuts: number[] = [];
  let chunkStart = 0;
  let prevBlank = false;
  let fence: { char: string; len: number } | null = null;
  let htmlEnd: RegExp | null = null;
  let pos = 0;
  // front matter: no cut before its closing line
  let frontMatter: string | null = null;
  const fm = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.exec(src);
  if (fm) frontMatter = fm[1] as string;
  let first = true;
  while (pos < src.length) {
    LINE.lastIndex = pos;
    const m = LINE.exec(src);
    if (!m || m[0].length === 0) break;
    const lineStart = pos;
    pos += m[0].length;
    const line = withoutLineEnding(m[0]);
    if (first) {
      first = false;
      prevBlank = false;
      if (frontMatter) continue;
    }
    if (frontMatter) {
      if (line.trimEnd() === frontMatter) frontMatter = null;
      prevBlank = false;
      continue;
    }
    const blank = /^[ \t]*$/.test(line);
    if (
      !fence &&
      !htmlEnd &&
      prevBlank &&
      !blank &&
      lineStart - chunkStart >= size &&
      PARAGRAPH_OR_HEADING.test(line)
    ) {
      cuts.push(lineStart);
      chunkStart = lineStart;
    }
    prevBlank = blank;
    const body = withoutContainerPrefix(line);
    if (fence) {
      const f = FENCE.exec(body);
      if (f && (f[1] as string)[0] === fence.char && (f[1] as string).length >= fence.len && (f[2] as string).trim() === '') fence = null;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = null;
      continue;
    }
    const f = FENCE.exec(body);
    if (f && !((f[1] as string)[0] === '`' && (f[2] as string).includes('`'))) {
      fence = { char: (f[1] as string)[0] as string, len: (f[1] as string).length };
      continue;
    }
    for (const [open, close] of HTML_START) {
      const o = open.exec(body);
      if (o) {
        if (!close.test(body.slice(o[0].length))) htmlEnd = close;
        break;
      }
    }
  }
  return cuts;
}

/** Whether a piece's parse ends inside a fenced code block or a multi-line HTML block (a cut in the wrong place). */
function endsOpen(text: string, root: MdNode): boolean {
  const last = root.children?.[root.children.length - 1];
  if (!last) return false;
  const s = startOf(last);
  const e = endOf(last);
  if (s === undefined || e === undefined) return false;
  const source = text.slice(s, e);
  if (last.type === 'code') {
    const f = FENCE.exec(source.split(/\r\n|\r|\n/, 1)[0] ?? '');
    if (!f) return false;
    const fenceRun = f[1] as string;
    const lines = source.split(/\r\n|\r|\n/);
    if (lines.length < 2) return true;
    const closing = (lines[lines.length - 1] ?? '').trim();
    return !(closing.length >= fenceRun.length && [...closing].every((ch) => ch === fenceRun[0]));
  }
  if (last.type === 'html') {
    const body = source.replace(/^[ \t]*/, '');
    for (const [open, close] of HTML_START) {
      const o = open.exec(body);
      if (o) return !close.test(body.slice(o[0].length));
    }
  }
  return false;
}

function shift(block: TextBlock, by: number): TextBlock {
  if (by === 0) return block;
  block.offsets = block.offsets.map((o) => o + by);
  if (block.ends) block.ends = block.ends.map((o) => o + by);
  return block;
}

/** The link reference and footnote definitions of a parsed piece, written out again. */
function definitionsIn(root: MdNode): string[] {
  const out: string[] = [];
  const stack: MdNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as MdNode;
    const label = node.label;
    if (node.type === 'definition' && typeof label === 'string') out.push(`[${label}]: #`);
    else if (node.type === 'footnoteDefinition' && typeof label === 'string') out.push(`[^${label}]: #`);
    // definitions sit in block containers only
    if (node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'footnoteDefinition') {
      for (const child of node.children ?? []) stack.push(child);
    }
  }
  return out;
}

/**
 * Parses a long document piece by piece. A reference resolves only if its
 * definition is in the same parse, so a piece with definitions elsewhere is
 * parsed again with all the document's definitions written next to it (the
 * blocks of those are left out). A cut that turns out to fall in a
 * code or HTML block makes the rest of the document one piece.
 */
function extractChunked(src: string, size: number, mdast: boolean): TextBlock[] {
  const cuts = cutPoints(src, size);
  if (cuts.length === 0) return extractWhole(src, mdast);
  let bounds = [0, ...cuts, src.length];
  const pieces: Array<{ start: number; text: string; root: MdNode | null; definitions: string[] }> = [];
  for (let k = 0; k + 1 < bounds.length; ) {
    const start = bounds[k] as number;
    const text = src.slice(start, bounds[k + 1] as number);
    let root: MdNode | null;
    try {
      root = parse(text, mdast);
    } catch {
      root = null; // too deep for remark: read as plain text
    }
    if (root !== null && k + 2 < bounds.length && endsOpen(text, root)) {
      // the cut fell in a code or HTML block: the rest of the document is one piece
      bounds = [...bounds.slice(0, k + 1), src.length];
      continue;
    }
    pieces.push({ start, text, root, definitions: root ? definitionsIn(root) : [] });
    k++;
  }
  const all = new Set(pieces.flatMap((p) => p.definitions));
  const definitions = [...all].join('\n\n');
  if (definitions.length > size) return extractWhole(src, mdast); // a document of definitions
  const blocks: TextBlock[] = [];
  for (const [k, piece] of pieces.entries()) {
    let { text, root } = piece;
    // where the piece's own text starts in `text`
    let at = 0;
    if (root !== null && definitions !== '' && all.size > new Set(piece.definitions).size && text.includes('[')) {
      // after the first piece (which may open with front matter), before the others (which may end in an open code block)
      const withDefinitions = k === 0 ? `${piece.text}\n\n${definitions}\n` : `${definitions}\n\n${piece.text}`;
      try {
        root = parse(withDefinitions, mdast);
        text = withDefinitions;
        at = k === 0 ? 0 : definitions.length + 2;
      } catch {
        // keep the parse without the other pieces' definitions
      }
    }
    let pieceBlocks: TextBlock[];
    try {
      pieceBlocks = root === null ? plainBlocks(piece.text) : extractFromTree(text, root);
    } catch {
      pieceBlocks = plainBlocks(piece.text);
      at = 0;
    }
    for (const b of pieceBlocks) {
      // blocks of the added definitions are not the document's
      const first = b.offsets[0] as number;
      if (first < at || first > at + piece.text.length) continue;
      blocks.push(shift(b, piece.start - at));
    }
  }
  return blocks;
}

function extractFromTree(src: string, root: MdNode,): TextBlock[] {
  const blocks: TextBlock[] = [];
  const stack: Array<{ node: MdNode; listDepth: number }> = [];
  const top = withAlignedTables(root.children ?? [], src);
  for (let k = top.length - 1; k >= 0; k--) stack.push({ node: top[k] as MdNode, listDepth: 0 });

  while (stack.length > 0) {
    const { node, listDepth } = stack.pop() as { node: MdNode; listDepth: number };
    const base = { inList: listDepth > 0, listDepth };
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        // A paragraph that is only a picture is read as its alt text: a chart's alt states its figures.
        const raw = node.type === 'paragraph' && isOnlyImages(node) ? imageAlts(node, src) : collectInline(node, { src, inTable: false });
        const { text, offsets, ends } = finish(raw, endOf(node) ?? 0, src);
        if (text.length === 0) break;
        const block: TextBlock =
          node.type === 'heading'
            ? { kind: 'heading', depth: node.depth ?? 1, ...base, text, offsets, ends }
            : { kind: 'paragraph', ...base, text, offsets, ends };
        blocks.push(block);
        break;
      }
      case 'table': {
        const headers: string[] = [];
        (node.children ?? []).forEach((rowNode, row) => {
          (rowNode.children ?? []).forEach((cell, column) => {
            const raw = collectInline(cell, { src, inTable: true });
            pushCell(blocks, headers, { row, column, ...base }, finish(raw, emptyCellOffset(src, cell), src));
          });
        });
        break;
      }
      case ALIGNED_TABLE: {
        const table = node.aligned!;
        const headers: string[] = [];
        table.rows.forEach((cells, row) => {
          cells.forEach((pieces, column) => {
            const raw = RAW.reset();
            pieces.forEach((piece, k) => {
              if (k > 0) pushBreak(raw, pieces[k - 1]!.end, piece.start);
              pushCellSource(src, piece.start, piece.end, raw);
            });
            pushCell(blocks, headers, { row, column, ...base }, finish(raw, pieces[0]?.start ?? table.rowStarts[row]!, src));
          });
        });
        break;
      }
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'yaml':
      case 'toml':
      case 'definition':
        break;
      default: {
        // list, listItem, blockquote, footnoteDefinition and anything else with block children
        const children = node.children ?? [];
        const depth = node.type === 'listItem' ? listDepth + 1 : listDepth;
        for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k] as MdNode, listDepth: depth });
      }
    }
  }
  return blocks;
}

/** A table cell's block; the header row's texts are kept for the cells below them. */
function pushCell(
  blocks: TextBlock[], headers: string[], at: { row: number; column: number; inList: boolean; listDepth: number },
  { text, offsets, ends }: { text: string; offsets: number[]; ends: number[] },
): void {
  if (at.row === 0) headers[at.column] = text;
  const block: TextBlock = { kind: 'table-cell', ...at, text, offsets, ends };
  const header = headers[at.column];
  if (header !== undefined) block.header = header;
  blocks.push(block);
}

/** The type of the node that stands for a table aligned with spaces. */
const ALIGNED_TABLE = 'alignedTable';
/** What CommonMark makes of the lines of such a table: its rules, its rows, a last row over the bottom rule (a setext heading). */
const ALIGNED_TABLE_PARTS = new Set(['paragraph', 'thematicBreak', 'heading', 'list']);

/**
 * The top-level nodes with the lines of each table aligned with spaces (pandoc's simple and
 * multiline tables, see aligned-tables.ts) made one node for the table: where those lines are
 * top-level paragraphs, rules and headings of their own — not inside a list, a quote or code.
 */
function withAlignedTables(top: MdNode[], src: string): MdNode[] {
  const tables = alignedTables(src);
  if (tables.length === 0) return top;
  const out: MdNode[] = [];
  let k = 0;
  for (const table of tables) {
    while (k < top.length && (startOf(top[k]!) ?? 0) < table.start) out.push(top[k++]!);
    const before = out[out.length - 1];
    if (before && (endOf(before) ?? 0) > table.start) continue;
    let e = k;
    while (e < top.length && (startOf(top[e]!) ?? Infinity) < table.end) e++;
    const parts = top.slice(k, e);
    if (parts.length === 0 || parts.some((n) => !ALIGNED_TABLE_PARTS.has(n.type) || (endOf(n) ?? Infinity) > table.end)) continue;
    out.push({ type: ALIGNED_TABLE, aligned: table });
    k = e;
  }
  while (k < top.length) out.push(top[k++]!);
  return out;
}

/**
 * A cell's source as its text: `\*` gives `*` mapped to the `*`; a bare `*` (emphasis, as pandoc
 * writes **合计**) and a backslash ending a line of the cell (a hard break) give nothing.
 */
function pushCellSource(src: string, start: number, end: number, raw: Raw): void {
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c === 92 /* backslash */ && i + 1 < end && isAsciiPunct(src.charCodeAt(i + 1))) {
      i++;
      push(raw, src.charCodeAt(i), i, i + 1);
    } else if (c !== 42 /* * */ && !(c === 92 && i + 1 === end)) push(raw, c, i, i + 1);
  }
}

function isOnlyImages(paragraph: MdNode): boolean {
  const kids = (paragraph.children ?? []).filter((c) => !(c.type === 'text' && (c.value ?? '').trim() === ''));
  return kids.length > 0 && kids.every((c) => c.type === 'image' && typeof c.alt === 'string' && startOf(c) !== undefined);
}

/** The alt texts of a paragraph's pictures (![alt](…)), mapped to the source between the brackets. */
function imageAlts(paragraph: MdNode, src: string): Raw {
  const raw = RAW.reset();
  for (const image of paragraph.children ?? []) {
    if (image.type !== 'image') continue;
    const open = startOf(image)! + 2; // past "!["
    let close = open;
    for (let depth = 0; close < src.length; close++) {
      const c = src.charCodeAt(close);
      if (c === 92 /* backslash */) close++;
      else if (c === 91 /* [ */) depth++;
      else if (c === 93 /* ] */ && depth-- === 0) break;
    }
    if (raw.length > 0) push(raw, 32, open, open);
    align(src, image.alt ?? '', open, close, { literal: false, tablePipes: false }, raw);
  }
  return raw;
}

/** Last resort if the parser ever throws: one paragraph per run of non-blank lines, text as written. */
function plainBlocks(src: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let paraStart = -1;
  let paraEnd = -1;
  const flush = (): void => {
    if (paraStart < 0) return;
    const raw = RAW.reset();
    const value = src.slice(paraStart, paraEnd);
    align(src, value, paraStart, paraEnd, { literal: true, tablePipes: false }, raw);
    const { text, offsets, ends } = finish(raw, paraEnd, src);
    if (text.length > 0) blocks.push({ kind: 'paragraph', inList: false, listDepth: 0, text, offsets, ends });
    paraStart = -1;
  };
  for (let m = re.exec(src); m !== null && m[0].length > 0; m = re.exec(src)) {
    const line = withoutLineEnding(m[0]);
    if (line.trim() === '') flush();
    else {
      if (paraStart < 0) paraStart = m.index;
      paraEnd = m.index + line.length;
    }
  }
  flush();
  return blocks;
}
