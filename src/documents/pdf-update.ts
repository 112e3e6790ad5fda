/**
 * Annotations added to a PDF by an incremental update, as Acrobat saves them:
 * the original bytes are kept whole and new objects are appended after them —
 * the annotations, a new version of each page that gets some (its /Annots
 * extended; everything else, the content stream above all, as it was), and a
 * cross-reference section pointing back to the original's. The published
 * file is thus a byte-for-byte prefix of the annotated one: nothing of the
 * page can change, a signature over the original stays valid, and any reader
 * can still open the original revision.
 *
 * Written here rather than through pdf-lib, which re-serialises every object
 * of the file (and is no longer released); what an update needs is small: the
 * cross-reference tables and streams (with their PNG predictors), object
 * streams, the page tree, and a writer for the few objects it adds. An
 * encrypted PDF is refused (its new strings would have to be encrypted too).
 */
import { unzlibSync } from 'fflate';
import { maxOf } from '../util/arrays.js';

// ── values ───────────────────────────────────────────────────────────────

/** A parsed PDF value. Scalars keep their source text, so that what is copied is written as it was. */
export type PdfValue =
  | { type: 'raw'; text: string }
  | { type: 'name'; name: string; text: string }
  | { type: 'ref'; num: number; gen: number }
  | { type: 'array'; items: PdfValue[] }
  | { type: 'dict'; entries: Map<string, PdfValue> };

export class PdfUpdateError extends Error {}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

/** A reader of PDF syntax over bytes (the file, or an object stream's decoded bytes). */
class Lexer {
  pos: number;
  constructor(readonly bytes: Uint8Array, pos = 0) {
    this.pos = pos;
  }

  private skip(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      if (WHITE.has(b[this.pos]!)) this.pos++;
      else if (b[this.pos] === 0x25) while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      else break;
    }
  }

  /** A regular token (a number, a keyword, true/false/null, R, obj …). */
  private word(): string {
    const b = this.bytes;
    const start = this.pos;
    while (this.pos < b.length && !WHITE.has(b[this.pos]!) && !DELIM.has(b[this.pos]!)) this.pos++;
    return latin1(b.subarray(start, this.pos));
  }

  peekWord(): string {
    const at = this.pos;
    this.skip();
    const w = this.word();
    this.pos = at;
    return w;
  }

  expectWord(word: string): void {
    this.skip();
    const w = this.word();
    if (w !== word) throw new PdfUpdateError(`expected ${word} at ${this.pos}, found ${w || String.fromCharCode(this.bytes[this.pos] ?? 32)}`);
  }

  value(depth = 0): PdfValue {
    if (depth > 100) throw new PdfUpdateError('nesting too deep');
    this.skip();
    const b = this.bytes;
    const c = b[this.pos];
    if (c === undefined) throw new PdfUpdateError('unexpected end of data');
    if (c === 0x3c && b[this.pos + 1] === 0x3c) {
      this.pos += 2;
      const entries = new Map<string, PdfValue>();
      for (;;) {
        this.skip();
        if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return { type: 'dict', entries };
        }
        const key = this.value(depth + 1);
        if (key.type !== 'name') throw new PdfUpdateError(`a dictionary key is not a name at ${this.pos}`);
        entries.set(key.name, this.value(depth + 1));
      }
    }
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return { type: 'array', items };
        }
        items.push(this.value(depth + 1));
      }
    }
    if (c === 0x2f) {
      const start = this.pos++;
      this.word();
      const text = latin1(b.subarray(start, this.pos));
      return { type: 'name', name: text.slice(1).replace(/#([0-9a-fA-F]{2})/gu, (_, h: string) => String.fromCharCode(parseInt(h, 16))), text };
    }
    if (c === 0x28) return { type: 'raw', text: this.literalString() };
    if (c === 0x3c) {
      const end = b.indexOf(0x3e, this.pos);
      if (end < 0) throw new PdfUpdateError('unterminated hex string');
      const text = latin1(b.subarray(this.pos, end + 1));
      this.pos = end + 1;
      return { type: 'raw', text };
    }
    const w = this.word();
    if (w === '') throw new PdfUpdateError(`unexpected character at ${this.pos}`);
    // n g R: a reference, when two integers are followed by R.
    if (/^\d+$/u.test(w)) {
      const at = this.pos;
      this.skip();
      const g = this.word();
      if (/^\d+$/u.test(g)) {
        this.skip();
        if (this.word() === 'R') return { type: 'ref', num: Number(w), gen: Number(g) };
      }
      this.pos = at;
    }
    return { type: 'raw', text: w };
  }

  private literalString(): string {
    const b = this.bytes;
    const start = this.pos;
    let depth = 0;
    for (; this.pos < b.length; this.pos++) {
      const c = b[this.pos];
      if (c === 0x5c) this.pos++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) {
        this.pos++;
        return latin1(b.subarray(start, this.pos));
      }
    }
    throw new PdfUpdateError('unterminated string');
  }

  /** `n g obj`, its value, and for a stream where its data starts. */
  indirect(): { num: number; gen: number; value: PdfValue; streamStart?: number } {
    this.skip();
    const num = Number(this.word());
    this.skip();
    const gen = Number(this.word());
    this.expectWord('obj');
    const value = this.value();
    const at = this.pos;
    this.skip();
    if (this.word() === 'stream') {
      // The keyword's line ends with CRLF or LF.
      if (this.bytes[this.pos] === 0x0d) this.pos++;
      if (this.bytes[this.pos] === 0x0a) this.pos++;
      return { num, gen, value, streamStart: this.pos };
    }
    this.pos = at;
    return { num, gen, value };
  }
}

/** The bytes as a Buffer, without a copy: Node's latin1 codec reads and searches PDF syntax byte for character. */
const bufferOf = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function latin1(bytes: Uint8Array): string {
  return bufferOf(bytes).toString('latin1');
}

export function serialize(v: PdfValue): string {
  switch (v.type) {
    case 'raw': return v.text;
    case 'name': return v.text;
    case 'ref': return `${v.num} ${v.gen} R`;
    case 'array': return `[${v.items.map(serialize).join(' ')}]`;
    case 'dict': return `<<${[...v.entries].map(([k, x]) => `${nameText(k)} ${serialize(x)}`).join(' ')}>>`;
  }
}

function nameText(name: string): string {
  return '/' + name.replace(/[^!-~]|[#()<>[\]{}/%]/gu, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export const name = (n: string): PdfValue => ({ type: 'name', name: n, text: nameText(n) });
/** A number as PDF writes it: at most three decimals, never in exponent form (shortest form of the rounded value). */
export const num = (n: number): PdfValue => ({ type: 'raw', text: String(Math.round(n * 1000) / 1000 || 0) });
export const ref = (n: number): PdfValue => ({ type: 'ref', num: n, gen: 0 });
export const array = (items: PdfValue[]): PdfValue => ({ type: 'array', items });
export const dict = (entries: Record<string, PdfValue>): PdfValue => ({ type: 'dict', entries: new Map(Object.entries(entries)) });
/** A text string: UTF-16BE with its byte-order mark, in hex, which every reader decodes. */
export function text(s: string): PdfValue {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return { type: 'raw', text: `<${hex}>` };
}
/** A PDF date: D:YYYYMMDDHHmmSSZ. */
export function date(d: Date): PdfValue {
  const p = (n: number) => String(n).padStart(2, '0');
  return { type: 'raw', text: `(D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)` };
}

// ── the file's objects ───────────────────────────────────────────────────

type Entry = { kind: 'offset'; offset: number; gen: number } | { kind: 'compressed'; stream: number; index: number };

function entry(d: PdfValue | undefined, key: string): PdfValue | undefined {
  return d?.type === 'dict' ? d.entries.get(key) : undefined;
}
function intOf(v: PdfValue | undefined): number | undefined {
  return v?.type === 'raw' && /^[+-]?\d+$/u.test(v.text) ? Number(v.text) : undefined;
}

/** The objects of a PDF as its cross-reference sections give them (or, where those are broken, as a scan finds them). */
export class PdfFile {
  private readonly entries = new Map<number, Entry>();
  /** the last trailer: /Root, /Info, /ID, /Size */
  readonly trailer: PdfValue;
  readonly lastXref: number;
  readonly usesXrefStream: boolean;
  private readonly objectStreams = new Map<number, { bytes: Uint8Array; offsets: Map<number, number> }>();

  constructor(readonly bytes: Uint8Array) {
    const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 2048)));
    const m = /startxref\s+(\d+)\s*%%EOF\s*$/u.exec(tail) ?? /startxref\s+(\d+)/u.exec(tail);
    let trailer: PdfValue | undefined;
    let usesStream = false;
    this.lastXref = m ? Number(m[1]) : -1;
    try {
      const read = this.readXrefChain(this.lastXref);
      trailer = read.trailer;
      usesStream = read.stream;
    } catch {
      trailer = undefined;
    }
    if (!trailer || !this.valid()) {
      // A broken cross-reference: objects found by a scan, as pdf.js and poppler do.
      this.entries.clear();
      trailer = this.scan();
    }
    this.trailer = trailer;
    this.usesXrefStream = usesStream;
  }

  private readXrefChain(start: number): { trailer: PdfValue; stream: boolean } {
    let first: PdfValue | undefined;
    let stream = false;
    const seen = new Set<number>();
    for (let at: number | undefined = start; at !== undefined && at >= 0 && !seen.has(at);) {
      seen.add(at);
      const lx = new Lexer(this.bytes, at);
      let trailer: PdfValue;
      if (lx.peekWord() === 'xref') {
        trailer = this.readXrefTable(lx);
        // A hybrid file: the stream's entries lie beneath the table's.
        const hybrid = intOf(entry(trailer, 'XRefStm'));
        if (hybrid !== undefined) this.readXrefStream(hybrid);
      } else {
        trailer = this.readXrefStream(at);
        if (!first) stream = true;
      }
      first ??= trailer;
      at = intOf(entry(trailer, 'Prev'));
    }
    if (!first) throw new PdfUpdateError('no cross-reference');
    return { trailer: first, stream };
  }

  private readXrefTable(lx: Lexer): PdfValue {
    lx.expectWord('xref');
    const trailerAt = bufferOf(this.bytes).indexOf('trailer', lx.pos, 'latin1');
    if (trailerAt < 0) throw new PdfUpdateError('no trailer');
    // Subsections: `first count`, then `offset gen n|f` for each object.
    const tokens = latin1(this.bytes.subarray(lx.pos, trailerAt)).trim().split(/\s+/u);
    for (let i = 0; i + 1 < tokens.length;) {
      const first = Number(tokens[i]);
      const count = Number(tokens[i + 1]);
      if (!Number.isInteger(first) || !Number.isInteger(count)) throw new PdfUpdateError('bad cross-reference subsection');
      i += 2;
      for (let k = 0; k < count && i + 2 < tokens.length + 1; k++, i += 3) {
        if (tokens[i + 2] === 'n' && !this.entries.has(first + k)) this.entries.set(first + k, { kind: 'offset', offset: Number(tokens[i]), gen: Number(tokens[i + 1]) });
      }
    }
    return new Lexer(this.bytes, trailerAt + 'trailer'.length).value();
  }

  private readXrefStream(at: number): PdfValue {
    const obj = new Lexer(this.bytes, at).indirect();
    if (obj.streamStart === undefined) throw new PdfUpdateError('not a cross-reference stream');
    const data = this.streamData(obj.value, obj.streamStart);
    const w = (entry(obj.value, 'W') as { items: PdfValue[] } | undefined)?.items.map((x) => intOf(x) ?? 0) ?? [1, 2, 1];
    const size = intOf(entry(obj.value, 'Size')) ?? 0;
    const index = (entry(obj.value, 'Index') as { items: PdfValue[] } | undefined)?.items.map((x) => intOf(x) ?? 0) ?? [0, size];
    const width = w.reduce((a, b) => a + b, 0);
    const field = (row: number, k: number, dflt: number) => {
      if (w[k] === 0) return dflt;
      let v = 0;
      let at2 = row * width + w.slice(0, k).reduce((a, b) => a + b, 0);
      for (let i = 0; i < w[k]!; i++) v = v * 256 + data[at2++]!;
      return v;
    };
    let row = 0;
    for (let i = 0; i + 1 < index.length; i += 2) {
      for (let k = 0; k < index[i + 1]!; k++, row++) {
        if ((row + 1) * width > data.length) break;
        const n = index[i]! + k;
        if (this.entries.has(n)) continue;
        const type = field(row, 0, 1);
        if (type === 1) this.entries.set(n, { kind: 'offset', offset: field(row, 1, 0), gen: field(row, 2, 0) });
        else if (type === 2) this.entries.set(n, { kind: 'compressed', stream: field(row, 1, 0), index: field(row, 2, 0) });
      }
    }
    return obj.value;
  }

  /** A stream's decoded bytes: Flate (with a PNG predictor), or none. */
  private streamData(dictValue: PdfValue, start: number): Uint8Array {
    let length = intOf(entry(dictValue, 'Length'));
    const lengthRef = entry(dictValue, 'Length');
    if (length === undefined && lengthRef?.type === 'ref') length = intOf(this.resolve(lengthRef.num));
    if (length === undefined) {
      const end = bufferOf(this.bytes).indexOf('endstream', start, 'latin1');
      length = end < 0 ? 0 : end - start;
    }
    let data = this.bytes.subarray(start, start + length);
    const filter = entry(dictValue, 'Filter');
    const filters = filter?.type === 'array' ? filter.items : filter ? [filter] : [];
    for (const f of filters) {
      if (f.type !== 'name' || (f.name !== 'FlateDecode' && f.name !== 'Fl')) throw new PdfUpdateError(`unsupported filter ${serialize(f)}`);
      data = unzlibSync(data);
    }
    const parms = entry(dictValue, 'DecodeParms');
    const predictor = intOf(entry(parms?.type === 'array' ? parms.items[0] : parms, 'Predictor')) ?? 1;
    if (predictor >= 10) data = unpredict(data, intOf(entry(parms?.type === 'array' ? parms.items[0] : parms, 'Columns')) ?? 1);
    return data;
  }

  /** Whether the table's entries point at objects (a spot check of a few). */
  private valid(): boolean {
    const offsets = [...this.entries.entries()].filter(([, e]) => e.kind === 'offset').slice(0, 8);
    return offsets.length > 0 && offsets.every(([n, e]) => {
      const at = (e as { offset: number }).offset;
      const [num, gen, keyword] = latin1(this.bytes.subarray(at, at + 32)).trim().split(/\s+/u);
      return num === String(n) && /^\d+$/u.test(gen ?? '') && (keyword ?? '').startsWith('obj');
    });
  }

  /** Every `n g obj` in the file, the last of each number winning; the trailer, from the last `trailer` or /Root. */
  private scan(): PdfValue {
    const s = latin1(this.bytes);
    for (const m of s.matchAll(/(?:^|[\r\n\s])(\d+)\s+(\d+)\s+obj\b/gu)) {
      this.entries.set(Number(m[1]), { kind: 'offset', offset: m.index + m[0].length - m[0].trimStart().length, gen: Number(m[2]) });
    }
    const at = s.lastIndexOf('trailer');
    if (at >= 0) {
      try {
        return new Lexer(this.bytes, at + 7).value();
      } catch {
        // fall through to a catalog found by its /Type
      }
    }
    for (const [n] of this.entries) {
      const v = this.resolve(n);
      if (entry(v, 'Type')?.type === 'name' && (entry(v, 'Type') as { name: string }).name === 'Catalog') {
        return dict({ Root: ref(n), Size: num(maxOf(this.entries.keys()) + 1) });
      }
    }
    throw new PdfUpdateError('no document catalog');
  }

  get size(): number {
    return Math.max(intOf(entry(this.trailer, 'Size')) ?? 0, maxOf(this.entries.keys()) + 1);
  }

  resolve(n: number): PdfValue | undefined {
    const e = this.entries.get(n);
    if (!e) return undefined;
    if (e.kind === 'offset') return new Lexer(this.bytes, e.offset).indirect().value;
    let stream = this.objectStreams.get(e.stream);
    if (!stream) {
      const at = this.entries.get(e.stream);
      if (!at || at.kind !== 'offset') return undefined;
      const obj = new Lexer(this.bytes, at.offset).indirect();
      const bytes = this.streamData(obj.value, obj.streamStart ?? 0);
      const count = intOf(entry(obj.value, 'N')) ?? 0;
      const first = intOf(entry(obj.value, 'First')) ?? 0;
      const header = latin1(bytes.subarray(0, first)).trim().split(/\s+/u).map(Number);
      const offsets = new Map<number, number>();
      for (let i = 0; i < count; i++) offsets.set(header[2 * i]!, first + header[2 * i + 1]!);
      this.objectStreams.set(e.stream, (stream = { bytes, offsets }));
    }
    const at = stream.offsets.get(n);
    return at === undefined ? undefined : new Lexer(stream.bytes, at).value();
  }

  deref(v: PdfValue | undefined): PdfValue | undefined {
    return v?.type === 'ref' ? this.resolve(v.num) : v;
  }

  genOf(n: number): number {
    const e = this.entries.get(n);
    return e?.kind === 'offset' ? e.gen : 0;
  }

  /** The page objects, in order, by the page tree. */
  pages(): number[] {
    const root = this.deref(entry(this.trailer, 'Root'));
    const top = entry(root, 'Pages');
    const out: number[] = [];
    const seen = new Set<number>();
    const walk = (node: PdfValue | undefined, depth: number) => {
      if (node?.type !== 'ref' || seen.has(node.num) || depth > 64) return;
      seen.add(node.num);
      const v = this.resolve(node.num);
      const kids = entry(v, 'Kids');
      const type = entry(v, 'Type');
      if (kids?.type === 'array' && !(type?.type === 'name' && type.name === 'Page')) for (const k of kids.items) walk(k, depth + 1);
      else out.push(node.num);
    };
    walk(top, 0);
    return out;
  }
}

/** PNG predictors (10–15) undone, a filter-type byte ahead of each row. */
function unpredict(data: Uint8Array, columns: number): Uint8Array {
  const rows = Math.floor(data.length / (columns + 1));
  const out = new Uint8Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (columns + 1)]!;
    for (let c = 0; c < columns; c++) {
      const x = data[r * (columns + 1) + 1 + c]!;
      const left = c > 0 ? out[r * columns + c - 1]! : 0;
      const up = r > 0 ? out[(r - 1) * columns + c]! : 0;
      const upLeft = r > 0 && c > 0 ? out[(r - 1) * columns + c - 1]! : 0;
      let v = x;
      if (type === 1) v = x + left;
      else if (type === 2) v = x + up;
      else if (type === 3) v = x + Math.floor((left + up) / 2);
      else if (type === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        v = x + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      }
      out[r * columns + c] = v & 0xff;
    }
  }
  return out;
}

// ── the update ───────────────────────────────────────────────────────────

/** An object the update adds: a dictionary, or a stream with its dictionary. */
export interface NewObject {
  value: PdfValue;
  stream?: string;
}

/**
 * Builds an incremental update: `add` reserves object numbers for new objects; `annotate` puts
 * annotations (by their numbers) on a page; `write` returns the original bytes with the update.
 */
export class PdfUpdate {
  private next: number;
  private readonly objects = new Map<number, { gen: number; body: string; stream?: string }>();
  private readonly pageAnnots = new Map<number, number[]>();
  readonly pageRefs: number[];

  constructor(readonly file: PdfFile) {
    if (entry(file.trailer, 'Encrypt')) throw new PdfUpdateError('encrypted');
    this.next = file.size;
    this.pageRefs = file.pages();
  }

  /** A new object number. */
  reserve(): number {
    return this.next++;
  }

  set(n: number, object: NewObject): void {
    this.objects.set(n, { gen: 0, body: serialize(object.value), ...(object.stream !== undefined ? { stream: object.stream } : {}) });
  }

  /** Annotations on the 1-based page `page`. */
  annotate(page: number, annots: number[]): void {
    const ref = this.pageRefs[page - 1];
    if (ref === undefined) throw new PdfUpdateError(`no page ${page}`);
    this.pageAnnots.set(ref, [...(this.pageAnnots.get(ref) ?? []), ...annots]);
  }

  write(): Uint8Array {
    // Each page (or its /Annots array, where that is an object of its own) gets a new version.
    for (const [pageNum, annots] of this.pageAnnots) {
      const page = this.file.resolve(pageNum);
      if (page?.type !== 'dict') throw new PdfUpdateError(`page object ${pageNum} is not a dictionary`);
      const refs = annots.map(ref);
      const existing = page.entries.get('Annots');
      if (existing?.type === 'ref') {
        const list = this.file.resolve(existing.num);
        const items = list?.type === 'array' ? list.items : [];
        this.objects.set(existing.num, { gen: this.file.genOf(existing.num), body: serialize(array([...items, ...refs])) });
        continue;
      }
      const entries = new Map(page.entries);
      entries.set('Annots', array([...(existing?.type === 'array' ? existing.items : []), ...refs]));
      this.objects.set(pageNum, { gen: this.file.genOf(pageNum), body: serialize({ type: 'dict', entries }) });
    }
    const parts: Uint8Array[] = [this.file.bytes];
    let offset = this.file.bytes.length;
    const push = (s: string | Uint8Array) => {
      const b = typeof s === 'string' ? Buffer.from(s, 'latin1') : s;
      parts.push(b);
      offset += b.length;
    };
    const last = this.file.bytes[this.file.bytes.length - 1];
    if (last !== 0x0a && last !== 0x0d) push('\n');
    const offsets = new Map<number, { offset: number; gen: number }>();
    for (const [n, o] of [...this.objects].sort((a, b) => a[0] - b[0])) {
      offsets.set(n, { offset, gen: o.gen });
      if (o.stream === undefined) push(`${n} ${o.gen} obj\n${o.body}\nendobj\n`);
      else {
        const data = Buffer.from(o.stream, 'latin1');
        const body = o.body.replace(/>>$/u, ` /Length ${data.length}>>`);
        push(`${n} ${o.gen} obj\n${body}\nstream\n`);
        push(data);
        push('\nendstream\nendobj\n');
      }
    }
    const carried = ['Root', 'Info', 'ID'].flatMap((k) => {
      const v = entry(this.file.trailer, k);
      return v ? [[k, v] as const] : [];
    });
    const prev = this.file.lastXref >= 0 ? this.file.lastXref : undefined;
    if (this.file.usesXrefStream) {
      const self = this.next++;
      offsets.set(self, { offset, gen: 0 });
      const numbers = [...offsets.keys()].sort((a, b) => a - b);
      const rows: number[] = [];
      const index: number[] = [];
      for (const [first, count] of runs(numbers)) {
        index.push(first, count);
        for (let n = first; n < first + count; n++) {
          const o = offsets.get(n)!;
          rows.push(1, (o.offset >>> 24) & 0xff, (o.offset >>> 16) & 0xff, (o.offset >>> 8) & 0xff, o.offset & 0xff, (o.gen >>> 8) & 0xff, o.gen & 0xff);
        }
      }
      const head = dict({
        Type: name('XRef'), Size: num(this.next), W: array([num(1), num(4), num(2)]), Index: array(index.map(num)),
        ...(prev !== undefined ? { Prev: num(prev) } : {}), ...Object.fromEntries(carried), Length: num(rows.length),
      });
      push(`${self} 0 obj\n${serialize(head)}\nstream\n`);
      push(new Uint8Array(rows));
      push('\nendstream\nendobj\n');
      push(`startxref\n${offsets.get(self)!.offset}\n%%EOF\n`);
    } else {
      const start = offset;
      let table = 'xref\n';
      for (const [first, count] of runs([...offsets.keys()].sort((a, b) => a - b))) {
        table += `${first} ${count}\n`;
        for (let n = first; n < first + count; n++) {
          const o = offsets.get(n)!;
          table += `${String(o.offset).padStart(10, '0')} ${String(o.gen).padStart(5, '0')} n\r\n`;
        }
      }
      const trailer = dict({ Size: num(this.next), ...(prev !== undefined ? { Prev: num(prev) } : {}), ...Object.fromEntries(carried) });
      push(`${table}trailer\n${serialize(trailer)}\nstartxref\n${start}\n%%EOF\n`);
    }
    const out = new Uint8Array(offset);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

/** Consecutive numbers as [first, count] runs. */
function runs(sorted: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === n) last[1]++;
    else out.push([n, 1]);
  }
  return out;
}
