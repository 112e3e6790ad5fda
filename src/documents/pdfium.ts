/**
 * A PDF's pages as positioned text runs, read by PDFium (the PDF engine of
 * Chrome) compiled to WebAssembly: the @embedpdf/pdfium package, MIT, no
 * install script, its .wasm inside the package. It replaced pdfjs-dist, which
 * took 12× as long as `pdftotext -layout` to read the real documents' text
 * (PDFium: 1.9×; bench/import.bench.js, bench/review.bench.js).
 *
 * PDFium gives characters; the readers (pdf.ts, import/placed.ts) were written
 * for pdfjs's runs, so characters are grouped into runs by pdfjs's own rule:
 * a run breaks at a gap wider than 0.6 em (a whitespace run marks the gap), a
 * jump back, a change of baseline or of font; a gap of 0.1–0.6 em is a space
 * inside the run; the document's own space characters count only as gaps.
 *
 * Coordinates are those of the page turned so that its text reads left to
 * right (rotation: the quarter turns applied, whatever /Rotate says), from
 * the bottom left corner of its box: a landscape table printed sideways on a
 * portrait page reads as lines like any other.
 *
 * One WebAssembly instance serves the whole process (compiling the 4.6 MB
 * module costs more than reading a document); a document's memory is freed
 * when it has been read. A trap inside PDFium discards the instance.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { classByName, EXPENDITURE_CLASSES } from '../data/subjects.js';
import { PdfReadError } from './pdf-errors.js';

export interface TextItem {
  str: string;
  /** [a, b, c, d, x, y]: the run's direction scaled by its font size, and its origin (baseline, left end) */
  transform: number[];
  /** advance of the whole run, in points */
  width: number;
  /** em size in points (|transform[3]| for upright text) */
  fontSize?: number;
  /**
   * Where each UTF-16 code unit of str stands along the run: its start from the run's origin and
   * its advance, in points, two numbers a unit (a space put in for a gap spans the gap; the second
   * unit of a surrogate pair has no width). Whitespace runs have none.
   */
  spans?: number[];
}

/** The text runs of one page, in content order (whitespace runs included). */
export interface PdfPage {
  page: number;
  /** of the page turned to its reading direction, in points */
  width: number;
  height: number;
  /** quarter turns (0, 90, 180, 270, clockwise) from PDF user space to the coordinates here */
  rotation: number;
  /** the page's box in PDF user space [x0, y0, x1, y1]: with rotation, maps a point here back (userSpacePoint) */
  box: [number, number, number, number];
  items: TextItem[];
  /** a page with no text: how many pictures it has (a table pasted in as a picture, a scanned page) */
  pictures?: number;
  /**
   * a page whose only text is a page number or a few characters, with many vector paths: text converted
   * to outlines (a table pasted as EMF, 转为曲线) — what it prints has no text layer. How many paths it has.
   */
  outlines?: number;
  /**
   * a scanned page with a text layer: a picture over most of the page and no text drawn visibly (render
   * mode 3, as OCR writes its recognised words over the image) — the text may be misread
   */
  ocr?: true;
}

/** The raw exports of the PDFium module that are used here (C functions: pointers and numbers). */
interface Pdfium {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(ptr: number): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_CloseDocument(doc: number): void;
  FPDF_GetLastError(): number;
  FPDF_GetPageCount(doc: number): number;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDF_GetPageBoundingBox(page: number, rect: number): number;
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, index: number): number;
  FPDFPageObj_GetType(object: number): number;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(textPage: number): void;
  FPDFText_CountChars(textPage: number): number;
  FPDFText_GetUnicode(textPage: number, index: number): number;
  FPDFText_IsGenerated(textPage: number, index: number): number;
  FPDFText_GetCharOrigin(textPage: number, index: number, x: number, y: number): number;
  FPDFText_GetCharBox(textPage: number, index: number, left: number, right: number, bottom: number, top: number): number;
  FPDFText_GetLooseCharBox(textPage: number, index: number, rect: number): number;
  FPDFText_GetMatrix(textPage: number, index: number, matrix: number): number;
  FPDFText_GetFontSize(textPage: number, index: number): number;
  FPDFText_GetTextObject(textPage: number, index: number): number;
  FPDFTextObj_GetFont(textObject: number): number;
  FPDFPageObj_GetFillColor(object: number, r: number, g: number, b: number, a: number): number;
  FPDFPageObj_GetBounds(object: number, left: number, bottom: number, right: number, top: number): number;
  FPDFTextObj_GetTextRenderMode(textObject: number): number;
}

const FPDF_ERR_PASSWORD = 4;
const FPDF_ERR_SECURITY = 5;
const FPDF_PAGEOBJ_TEXT = 1;
const FPDF_PAGEOBJ_PATH = 2;
const FPDF_PAGEOBJ_IMAGE = 3;
const FPDF_TEXTRENDERMODE_INVISIBLE = 3;

/** The part of the WebAssembly global used here (the project's TypeScript libraries have no DOM types). */
declare const WebAssembly: {
  Module: new (binary: Uint8Array) => object;
  instantiate(module: object, imports: object): Promise<object>;
};

// Resolved from this file, so the CLI bundle finds the installed package as the modules do.
const requireHere = createRequire(import.meta.url);
let engine: Promise<Pdfium> | undefined;
/** PDFium compiled (WebAssembly.Module): made once, or given by the thread that started this one. */
let compiled: object | undefined;

/**
 * PDFium compiled, for another thread (a review worker) to start its own instance from. Threads
 * that share the compiled module share its code too: V8 compiles PDFium's functions lazily, on
 * first call, and a function compiled for one thread is ready for the others — a worker given
 * the module reads its first document in half the time.
 */
export function pdfiumModule(): object {
  if (!compiled) {
    // Compiling validates and reserves; the functions themselves are compiled as they are first called.
    compiled = new WebAssembly.Module(readFileSync(requireHere.resolve('@embedpdf/pdfium/pdfium.wasm')));
  }
  return compiled;
}

/** Starts this thread's PDFium from `module` (pdfiumModule of the thread that started this one). */
export function usePdfiumModule(module: unknown): void {
  if (module && typeof module === 'object' && !compiled) compiled = module;
}

/** The PDFium instance of this process, compiled and started on first use. */
function pdfium(): Promise<Pdfium> {
  engine ??= startPdfium().catch(() => {
    engine = undefined;
    // Not the reader's English: the installation is at fault, not the file.
    throw new PdfReadError('engine');
  });
  return engine;
}

async function startPdfium(): Promise<Pdfium> {
  const module = pdfiumModule();
  const { init } = requireHere('@embedpdf/pdfium') as typeof import('@embedpdf/pdfium');
  let raw: Pdfium | undefined;
  const started = await init({
    // PDFium's own warnings are not the user's business.
    print: () => {},
    printErr: () => {},
    // The instance's exports, called directly: the package's wrappers check every argument on every call.
    instantiateWasm(imports: object, receive: (instance: object, module: object) => void) {
      void WebAssembly.instantiate(module, imports).then((instance) => {
        raw = (instance as { exports: object }).exports as unknown as Pdfium;
        receive(instance, module);
      });
      return {};
    },
  } as Parameters<typeof init>[0]);
  started.PDFiumExt_Init();
  if (!raw) throw new Error('PDFium exports missing');
  return raw;
}

/**
 * Every page's positioned text runs. Throws PdfReadError with a Chinese message when the
 * file is damaged, locked by a password, or has no text at all (a scan).
 */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const x = await pdfium();
  const data = x.malloc(bytes.length);
  const scratch = x.malloc(SCRATCH_BYTES);
  if (!data || !scratch) throw new PdfReadError('failed');
  try {
    new Uint8Array(x.memory.buffer, data, bytes.length).set(bytes);
    const doc = x.FPDF_LoadMemDocument(data, bytes.length, 0);
    if (!doc) throw loadError(x.FPDF_GetLastError());
    try {
      const pages: PdfPage[] = [];
      let images = 0;
      const count = x.FPDF_GetPageCount(doc);
      for (let index = 0; index < count; index++) {
        const page = x.FPDF_LoadPage(doc, index);
        if (!page) throw new PdfReadError('damaged-page');
        try {
          const read = readPage(x, page, index + 1, scratch);
          pages.push(read);
          if (read.items.length === 0) {
            const pictures = countObjects(x, page, FPDF_PAGEOBJ_IMAGE);
            images += pictures;
            if (pictures > 0) read.pictures = pictures;
          } else if (ocrLayer(x, page, read.box, scratch)) read.ocr = true;
          if (fewCharacters(read)) {
            const paths = countObjects(x, page, FPDF_PAGEOBJ_PATH);
            if (paths >= OUTLINED_PATHS) read.outlines = paths;
          }
        } finally {
          x.FPDF_ClosePage(page);
        }
      }
      // No text at all: pictures only is a scan.
      if (pages.every((p) => p.items.length === 0)) throw new PdfReadError(images > 0 ? 'scan' : 'no-text');
      if (unmappedText(pages)) throw new PdfReadError('unmapped');
      if (garbledText(pages)) throw new PdfReadError('garbled');
      if (garbledDigits(pages)) throw new PdfReadError('garbled-digits');
      return pages;
    } finally {
      x.FPDF_CloseDocument(doc);
    }
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'RuntimeError') throw error;
    // A trap inside PDFium (out of memory, an abort): the instance may be corrupt, so the next file gets a new one.
    engine = undefined;
    throw new PdfReadError('failed');
  } finally {
    if (engine) {
      x.free(scratch);
      x.free(data);
    }
  }
}

function loadError(code: number): PdfReadError {
  if (code === FPDF_ERR_PASSWORD) return new PdfReadError('password');
  if (code === FPDF_ERR_SECURITY) return new PdfReadError('security');
  return new PdfReadError('damaged');
}

function countObjects(x: Pdfium, page: number, type: number): number {
  let found = 0;
  const n = x.FPDFPage_CountObjects(page);
  for (let i = 0; i < n; i++) if (x.FPDFPageObj_GetType(x.FPDFPage_GetObject(page, i)) === type) found++;
  return found;
}

/** Vector paths on a page of almost no text that make it a page of outlined text (a glyph is a path; a blank page of rules has a few dozen). */
const OUTLINED_PATHS = 100;

/** A page's text is a page number or a running line at most: 12 characters or fewer besides white space. */
function fewCharacters(page: PdfPage): boolean {
  let n = 0;
  for (const it of page.items) {
    for (const c of it.str) if (c.trim() !== '' && ++n > 12) return false;
  }
  return true;
}

/**
 * Whether a page with text is a scan with a text layer (PdfPage.ocr): a picture over most of the page,
 * and every text object invisible. Stops at the first text drawn visibly, as most pages' first is.
 */
function ocrLayer(x: Pdfium, page: number, box: readonly number[], scratch: number): boolean {
  const area = (box[2]! - box[0]!) * (box[3]! - box[1]!);
  let picture = false;
  let text = false;
  const n = x.FPDFPage_CountObjects(page);
  for (let i = 0; i < n; i++) {
    const object = x.FPDFPage_GetObject(page, i);
    const type = x.FPDFPageObj_GetType(object);
    if (type === FPDF_PAGEOBJ_TEXT) {
      if (x.FPDFTextObj_GetTextRenderMode(object) !== FPDF_TEXTRENDERMODE_INVISIBLE) return false;
      text = true;
    } else if (type === FPDF_PAGEOBJ_IMAGE && !picture && x.FPDFPageObj_GetBounds(object, scratch, scratch + 4, scratch + 8, scratch + 12)) {
      const [left = 0, bottom = 0, right = 0, top = 0] = new Float32Array(x.memory.buffer, scratch, 4);
      picture = (right - left) * (top - bottom) >= 0.6 * area;
    }
  }
  return picture && text;
}

/** pdfjs's factors of the em size (its evaluator's getTextContent). */
const TRACKING_SPACE = 0.102;
const NOT_A_SPACE = 0.03;
const NEGATIVE_SPACE = -0.2;
const SPACE_IN_FLOW_MAX = 0.6;
const VERTICAL_SHIFT = 0.25;

// pdfjs's normalizeUnicode: ligatures and compatibility forms, NFKC (replaced one character at a time).
const COMPATIBILITY = /[\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+/u;
const PLAIN_RUN_MAX = 4096;
const WHITESPACE = /^\s$/u;
const INVISIBLE = /^\p{Cf}$/u;
// Characters a CJK font sets one em wide: ideographs, kana, hangul, CJK and full-width punctuation.
const WIDE = /^[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]$/u;

const enum Kind { Glyph, Space, Invisible }

/** A glyph, a space (only a gap to pdfjs) or an invisible format mark; the common ranges without a pattern. */
function kindOf(code: number): Kind {
  if ((code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff) || (code > 0x3000 && code < 0x3040) || (code > 0xff00 && code < 0xff5f)) return Kind.Glyph;
  const c = String.fromCodePoint(code);
  return WHITESPACE.test(c) ? Kind.Space : INVISIBLE.test(c) ? Kind.Invisible : Kind.Glyph;
}

/**
 * A page's characters as PDFium places them, in PDF user space, one row of
 * numbers each (no object per character: a page has thousands). The arrays
 * are kept from page to page.
 */
const UX = 0, UY = 1, UA = 2, UB = 3, SIZE = 4, ADVANCE = 5, FONT = 6, FONT_SET_SIZE = 7, FAINT = 8, STRIDE = 9;
let codes = new Int32Array(4096);
let numbers = new Float64Array(4096 * STRIDE);

/** Scratch memory: the char's origin and ink box as doubles, then its matrix or loose box as floats, then a fill colour (4 uints). */
const SCRATCH_BYTES = 96;
const FLOATS_AT = 48;
const COLOUR_AT = 80;

function readPage(x: Pdfium, page: number, number: number, scratch: number): PdfPage {
  x.FPDF_GetPageBoundingBox(page, scratch);
  // FS_RECTF: left, top, right, bottom
  const [left = 0, top = 0, right = 0, bottom = 0] = new Float32Array(x.memory.buffer, scratch, 4);
  const box: [number, number, number, number] = [left, bottom, right, top];
  const textPage = x.FPDFText_LoadPage(page);
  if (!textPage) throw new PdfReadError('damaged-page');
  let count: number;
  let rotation: number;
  let body: number;
  let dropSlanted: boolean;
  try {
    ({ count, rotation, body, dropSlanted } = readGlyphs(x, textPage, scratch));
  } finally {
    x.FPDFText_ClosePage(textPage);
  }
  const turned = rotation === 90 || rotation === 270;
  const width = turned ? top - bottom : right - left;
  const height = turned ? right - left : top - bottom;
  return { page: number, width, height, rotation, box, items: withoutOverprint(runs(count, rotation, box, width, height, body, dropSlanted)) };
}

/** Fills `codes` and `numbers` with the page's characters; the quarter turn under which most of them read left to right. */
function readGlyphs(x: Pdfium, textPage: number, scratch: number): { count: number; rotation: number; body: number; dropSlanted: boolean } {
  const total = x.FPDFText_CountChars(textPage);
  if (codes.length < total) {
    codes = new Int32Array(total);
    numbers = new Float64Array(total * STRIDE);
  }
  let f64 = new Float64Array(x.memory.buffer, scratch, 6);
  let f32 = new Float32Array(x.memory.buffer, scratch + FLOATS_AT, 6);
  const votes = [0, 0, 0, 0];
  let slants = 0;
  const sizes = new Map<number, number>();
  let count = 0;
  let high = -1; // a high surrogate waiting for its pair
  let lastObject = -1;
  // the current text object's: font, fill, font size as set, direction of writing, em size
  let font = 0;
  let faint = 0;
  let fontSetSize = 0;
  let ua = 1;
  let ub = 0;
  let size = 0;
  for (let i = 0; i < total; i++) {
    // PDFium's own inserted spaces and line breaks: runs are found from the geometry, as pdfjs does.
    if (x.FPDFText_IsGenerated(textPage, i) === 1) continue;
    let code = x.FPDFText_GetUnicode(textPage, i);
    if (code >= 0xd800 && code <= 0xdbff) {
      high = code;
      continue;
    }
    if (high >= 0 && code >= 0xdc00 && code <= 0xdfff) code = 0x10000 + ((high - 0xd800) << 10) + (code - 0xdc00);
    high = -1;
    if (f64.buffer !== x.memory.buffer) {
      f64 = new Float64Array(x.memory.buffer, scratch, 6);
      f32 = new Float32Array(x.memory.buffer, scratch + FLOATS_AT, 6);
    }
    // What is the same for every character of a text object (its font, font size, matrix and fill) is
    // asked once per object: a page has a few hundred objects and thousands of characters.
    const object = x.FPDFText_GetTextObject(textPage, i);
    if (object !== lastObject || !object) {
      lastObject = object;
      x.FPDFText_GetMatrix(textPage, i, scratch + FLOATS_AT);
      // Indexed reads, no destructuring: this runs often, mostly before V8 optimises it.
      const a = f32[0]!;
      const b = f32[1]!;
      const c = f32[2]!;
      const d = f32[3]!;
      fontSetSize = x.FPDFText_GetFontSize(textPage, i);
      const scale = Math.sqrt(a * a + b * b) || 1;
      ua = a / scale;
      ub = b / scale;
      size = fontSetSize * (Math.sqrt(c * c + d * d) || 1);
      font = object ? x.FPDFTextObj_GetFont(object) : 0;
      faint = object ? faintFill(x, object, scratch) : 0;
    }
    x.FPDFText_GetCharOrigin(textPage, i, scratch, scratch + 8);
    x.FPDFText_GetCharBox(textPage, i, scratch + 16, scratch + 24, scratch + 32, scratch + 40);
    // The loose box spans the advance along the direction of writing (and ascent to descent across it) ...
    x.FPDFText_GetLooseCharBox(textPage, i, scratch + FLOATS_AT);
    const ux = f64[0]!;
    const uy = f64[1]!;
    const inkLeft = f64[2]!;
    const inkRight = f64[3]!;
    const inkBottom = f64[4]!;
    const inkTop = f64[5]!;
    const looseLeft = f32[0]!;
    const looseTop = f32[1]!;
    const looseRight = f32[2]!;
    const looseBottom = f32[3]!;
    // ... unless the font gives no ascent and descent: then PDFium gives the ink's box, which says nothing of the advance.
    const inkOnly = Math.fround(inkLeft) === looseLeft && Math.fround(inkRight) === looseRight
      && Math.fround(inkBottom) === looseBottom && Math.fround(inkTop) === looseTop;
    const advance = inkOnly
      ? inkAdvance(code, size, ua, ub, ux, uy, inkLeft, inkBottom, inkRight, inkTop)
      : advanceOf(ua, ub, Math.abs(looseRight - looseLeft), Math.abs(looseTop - looseBottom), size);
    const row = count * STRIDE;
    codes[count] = code;
    numbers[row + UX] = ux;
    numbers[row + UY] = uy;
    numbers[row + UA] = ua;
    numbers[row + UB] = ub;
    numbers[row + SIZE] = size;
    numbers[row + ADVANCE] = advance;
    numbers[row + FONT] = font;
    numbers[row + FONT_SET_SIZE] = fontSetSize;
    numbers[row + FAINT] = faint;
    count++;
    if (code > 0x20) {
      // The nearest quarter turn of the direction of writing: right, up, left, down (text at a slant has none).
      if (slanted(ua, ub)) slants++;
      else votes[quarterOf(ua, ub)]!++;
      const key = Math.round(size * 2);
      sizes.set(key, (sizes.get(key) ?? 0) + 1);
    }
  }
  let best = 0;
  for (let q = 1; q < 4; q++) if (votes[q]! > votes[best]!) best = q;
  let body = 0;
  let most = 0;
  for (const [key, n] of sizes) if (n > most || (n === most && key < body * 2)) [body, most] = [key / 2, n];
  const upright = votes[0]! + votes[1]! + votes[2]! + votes[3]!;
  return { count, rotation: best * 90, body, dropSlanted: upright > slants };
}

/** Text whose baseline is more than about 6° off every quarter turn: drawn at a slant, as a diagonal watermark. */
function slanted(ua: number, ub: number): boolean {
  return Math.min(Math.abs(ua), Math.abs(ub)) > 0.1;
}

/** The nearest quarter turn (0 right, 1 up, 2 left, 3 down) of a direction of writing. */
function quarterOf(ua: number, ub: number): number {
  return Math.abs(ua) >= Math.abs(ub) ? (ua >= 0 ? 0 : 2) : ub > 0 ? 1 : 3;
}

/**
 * Characters that are decoration, not the page's text: a watermark across the page, drawn at a
 * slant (when most of the page's text is not) or much larger than the body text (twice its size
 * at least) and faint; and, on a page read turned (content drawn sideways), text running in
 * another direction, such as the upright page number of a table printed sideways.
 */
function decoration(row: number, rotation: number, body: number, dropSlanted: boolean): boolean {
  const ua = numbers[row + UA]!;
  const ub = numbers[row + UB]!;
  if (slanted(ua, ub)) return dropSlanted;
  if (rotation !== 0 && quarterOf(ua, ub) * 90 !== rotation) return true;
  return numbers[row + FAINT] === 1 && body > 0 && numbers[row + SIZE]! >= 2 * body;
}

/**
 * Whether a text object's fill is faint: light (every channel at least 0xC0, as a light grey) or
 * translucent (opacity at most 0.75) — how a watermark is drawn, never body text.
 */
function faintFill(x: Pdfium, object: number, scratch: number): number {
  const at = scratch + COLOUR_AT;
  if (!x.FPDFPageObj_GetFillColor(object, at, at + 4, at + 8, at + 12)) return 0;
  const [r = 0, g = 0, b = 0, a = 255] = new Uint32Array(x.memory.buffer, at, 4);
  return Math.min(r, g, b) >= 0xc0 || a <= 0xc0 ? 1 : 0;
}

/** The advance: the loose box's side along an upright or quarter-turned direction; at other angles, the box less the height's share. */
function advanceOf(ua: number, ub: number, spanX: number, spanY: number, size: number): number {
  const cos = Math.abs(ua);
  const sin = Math.abs(ub);
  if (sin < 1e-6) return spanX;
  if (cos < 1e-6) return spanY;
  const advance = cos >= sin ? (spanX - size * sin) / cos : (spanY - size * cos) / sin;
  return Math.max(0, advance);
}

/** The advance when only the ink is known: an em for a wide character, else to the ink's far edge. */
function inkAdvance(code: number, size: number, ua: number, ub: number, ux: number, uy: number, x0: number, y0: number, x1: number, y1: number): number {
  if (WIDE.test(String.fromCodePoint(code))) return size;
  const along = (px: number, py: number) => (px - ux) * ua + (py - uy) * ub;
  return Math.max(0, along(x0, y0), along(x1, y0), along(x0, y1), along(x1, y1));
}

/** A point of a page's reading frame (x, y as in its runs) in PDF user space: where to draw on the page. */
export function userSpacePoint(page: Pick<PdfPage, 'rotation' | 'box'>, x: number, y: number): [number, number] {
  const [x0, y0, x1, y1] = page.box;
  switch (page.rotation) {
    case 90: return [x1 - y, y0 + x];
    case 180: return [x1 - x, y1 - y];
    case 270: return [x0 + y, y1 - x];
    default: return [x0 + x, y0 + y];
  }
}

/**
 * Characters → runs, by pdfjs's rule (see the head of this file); whitespace runs mark the gaps.
 * Decoration (a watermark, text across the page's reading direction) is left out.
 * Positions are turned into the page's reading frame on the way (`rotation`, from its box's corner).
 */
function runs(count: number, rotation: number, [x0, y0, x1, y1]: readonly number[], width: number, height: number, body: number, dropSlanted: boolean): TextItem[] {
  const items: TextItem[] = [];
  // The open run's characters, and each one's start along the run and advance.
  let text: number[] = [];
  let spans: number[] = [];
  let open = false;
  // The run's start: origin, direction, size.
  let startX = 0;
  let startY = 0;
  let startDx = 1;
  let startDy = 0;
  let startSize = 0;
  let runWidth = 0;
  // Where the last glyph ended, the em size of the last run, its font.
  let endX = NaN;
  let endY = NaN;
  let em = 0;
  let font = -1;
  let fontSetSize = -1;
  // pdfjs's two last characters: a space of the document's own between two glyphs always yields one space.
  let last = true; // "is a space"
  let beforeLast = true;
  const saveLast = (space: boolean): boolean => {
    const spaceNeeded = !beforeLast && last;
    beforeLast = last;
    last = space;
    return spaceNeeded;
  };
  const resetLast = () => {
    last = beforeLast = true;
  };
  const flush = () => {
    if (open && text.length > 0) {
      const { str, unitSpans } = runText(text, spans);
      items.push({
        str,
        transform: [startSize * startDx, startSize * startDy, -startSize * startDy, startSize * startDx, startX, startY],
        width: Math.abs(runWidth),
        fontSize: startSize,
        spans: unitSpans,
      });
    }
    open = false;
    text = [];
    spans = [];
  };
  const whitespace = (gap: number) => {
    items.push({ str: ' ', transform: [em, 0, 0, em, endX, endY], width: Math.abs(gap), fontSize: em });
  };
  for (let i = 0; i < count; i++) {
    const code = codes[i]!;
    const kind = kindOf(code);
    if (kind === Kind.Invisible) continue;
    const row = i * STRIDE;
    if (decoration(row, rotation, body, dropSlanted)) continue;
    // A change of font ends the run, even at a space (pdfjs flushes at the text operator).
    if (numbers[row + FONT] !== font || numbers[row + FONT_SET_SIZE] !== fontSetSize) {
      flush();
      font = numbers[row + FONT]!;
      fontSetSize = numbers[row + FONT_SET_SIZE]!;
    }
    if (kind === Kind.Space) {
      saveLast(true);
      continue;
    }
    // Into the reading frame: the origin from the frame's corner, the direction turned with it.
    const ux = numbers[row + UX]!;
    const uy = numbers[row + UY]!;
    const ua = numbers[row + UA]!;
    const ub = numbers[row + UB]!;
    let gx: number, gy: number, dx: number, dy: number;
    switch (rotation) {
      case 90: gx = uy - y0!; gy = x1! - ux; dx = ub; dy = -ua; break;
      case 180: gx = x1! - ux; gy = y1! - uy; dx = -ua; dy = -ub; break;
      case 270: gx = y1! - uy; gy = ux - x0!; dx = -ub; dy = ua; break;
      default: gx = ux - x0!; gy = uy - y0!; dx = ua; dy = ub;
    }
    const size = numbers[row + SIZE]!;
    const advance = numbers[row + ADVANCE]!;
    // pdfjs drops what is drawn off the page.
    if (gx + advance < 0 || gx > width || gy < 0 || gy > height) continue;
    if (!Number.isNaN(endX) && !(endX === gx && endY === gy)) {
      // The step from the last glyph's end, along and across this glyph's direction of writing.
      const stepX = (gx - endX) * dx + (gy - endY) * dy;
      const stepY = (gy - endY) * dx - (gx - endX) * dy;
      if (stepX < NEGATIVE_SPACE * em || Math.abs(stepY) > em) {
        resetLast();
        flush();
      } else {
        if (stepX <= NOT_A_SPACE * em) resetLast();
        if (stepX <= TRACKING_SPACE * em) {
          if (!beforeLast && last) {
            resetLast();
            flush();
            whitespace(stepX);
          } else runWidth += stepX;
        } else if (stepX <= SPACE_IN_FLOW_MAX * em) {
          resetLast();
          if (open) {
            text.push(0x20);
            spans.push(runWidth, stepX);
            runWidth += stepX;
          } else whitespace(stepX);
        } else {
          flush();
          resetLast();
          whitespace(stepX);
        }
        if (Math.abs(stepY) > em * VERTICAL_SHIFT) flush();
      }
    }
    if (!open) {
      open = true;
      startX = gx;
      startY = gy;
      startDx = dx;
      startDy = dy;
      startSize = size;
      runWidth = 0;
      em = size;
    }
    if (saveLast(false)) {
      text.push(0x20);
      spans.push(runWidth, 0);
    }
    text.push(code);
    spans.push(runWidth, advance);
    runWidth += advance;
    endX = gx + advance * dx;
    endY = gy + advance * dy;
  }
  flush();
  return items;
}

/**
 * Runs without the second copy of fake bold: a run of the same text as one before it, on its baseline
 * and as wide, standing less than 0.15 em from it (each glyph drawn twice, the copy a little to the right,
 * as Word's and pdfkit's fake bold do; pdftocairo merges the copies into one text object with a kern
 * back, so PDFium's own removal of overlapping glyphs does not apply). Whitespace runs are kept.
 */
function withoutOverprint(items: TextItem[]): TextItem[] {
  const seen = new Map<string, TextItem[]>();
  let dropped = false;
  const kept = items.filter((it) => {
    if (it.str.trim() === '') return true;
    const em = it.fontSize ?? Math.abs(it.transform[3]!);
    const key = `${it.str}|${it.transform[0]}|${it.transform[1]}`;
    const same = seen.get(key);
    const copy = same?.some((o) => Math.abs(o.transform[4]! - it.transform[4]!) < 0.15 * em && Math.abs(o.transform[5]! - it.transform[5]!) < 0.05 * em && Math.abs(o.width - it.width) < 0.1 * em);
    if (copy) { dropped = true; return false; }
    if (same) same.push(it); else seen.set(key, [it]);
    return true;
  });
  return dropped ? kept : items;
}

/**
 * A run's text from its code points, compatibility forms made plain as pdfjs makes them (ﬁ → fi),
 * with the spans of its UTF-16 code units: a character made several shares its advance out.
 */
function runText(codes: readonly number[], spans: number[]): { str: string; unitSpans: number[] } {
  // Most runs: characters of one code unit each and no compatibility form among them, kept as they
  // are (made in one call, its arguments the characters: up to a length no stack will refuse).
  if (codes.length <= PLAIN_RUN_MAX && codes.every((code) => code <= 0xffff)) {
    const plain = String.fromCharCode(...codes); // bounded: at most PLAIN_RUN_MAX characters
    if (!COMPATIBILITY.test(plain)) return { str: plain, unitSpans: spans };
  }
  let str = '';
  const unitSpans: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    const start = spans[2 * i]!;
    const advance = spans[2 * i + 1]!;
    let piece = String.fromCodePoint(code);
    if (code >= 0xa0 && (code < 0x4e00 || code > 0x9fff)) piece = piece.replace(COMPATIBILITY, (c) => c.normalize('NFKC'));
    str += piece;
    if (piece.length === 1) unitSpans.push(start, advance);
    else if (code > 0xffff && piece.length === 2) unitSpans.push(start, advance, start + advance, 0);
    else for (let k = 0; k < piece.length; k++) unitSpans.push(start + (advance * k) / piece.length, advance / piece.length);
  }
  return { str, unitSpans };
}

/**
 * Characters a Chinese document's text is made of: CJK ideographs, CJK and full-width punctuation and forms,
 * printable ASCII, dashes, quotes and the like (U+2010–U+2027), circled numbers, ×, ÷, °, ±, ·, §.
 */
const READABLE = /[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u0021-\u007e\u2010-\u2027\u2030-\u203b\u2460-\u24ff\u00d7\u00f7\u00b0\u00b1\u00b7\u00a7\u25a0-\u25ff\u2160-\u217f\u2212]/u;

/**
 * Whether a PDF's text is mojibake, not a document: fonts with no ToUnicode map (their glyph codes read as
 * Latin-1 letters, private-use or stray characters). A page full of text where more than a quarter of the
 * characters are none a Chinese document is written in, and less than a third are CJK ideographs, over
 * the document (200 such characters at least).
 */
export function unmappedText(pages: readonly PdfPage[]): boolean {
  let all = 0;
  let odd = 0;
  let cjk = 0;
  for (const p of pages) {
    for (const it of p.items) {
      const s = it.str;
      for (let i = 0; i < s.length; i++) {
        const code = s.charCodeAt(i);
        // Ideographs and printable ASCII, nearly every character of a document, decided without the patterns.
        if (code >= 0x4e00 && code <= 0x9fff) {
          all++;
          cjk++;
          continue;
        }
        if (code > 0x20 && code < 0x7f) {
          all++;
          continue;
        }
        // Anything else as a whole character (a surrogate pair is one), by the patterns.
        const c = String.fromCodePoint(s.codePointAt(i)!);
        if (c.length === 2) i++;
        if (/\s/u.test(c)) continue;
        all++;
        if (!READABLE.test(c)) odd++;
        else if (/[\u4e00-\u9fff\u3400-\u4dbf]/u.test(c)) cjk++;
      }
    }
  }
  return all >= 200 && odd > all / 4 && cjk < all / 3;
}

/** An ideograph (including the Kangxi and CJK radicals some fonts map to), by its code unit. */
function ideograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x2e80 && code <= 0x2fdf);
}

/** A Latin letter with a diacritic (Latin-1 and Latin Extended-A/B, × and ÷ not), or the ASCII tilde. */
function strayLetter(code: number): boolean {
  return code === 0x7e || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/**
 * Whether a PDF's text layer is garbled though mostly Chinese: fonts whose ToUnicode maps a tool rebuilt
 * wrongly (Ghostscript pdfwrite re-distilling a Chromium PDF: ‘。’ read as ‘2’, ‘；’ as ‘Ā’, ‘：’ as ‘ÿ’,
 * ‘为’ as ‘~’, some 6–8 % of the characters). Accented Latin letters and ‘~’ touching ideographs, in
 * reading order (a page's items, which may be single characters), at least 20 and one per hundred
 * ideographs. Clean documents (every PDF in test/fixtures, the blind 18R, 19P and 20S corpora) have none;
 * a name in pinyin with tone marks stays far below the share.
 */
export function garbledText(pages: readonly PdfPage[]): boolean {
  let ideographs = 0;
  let stray = 0;
  for (const p of pages) {
    let prev = 0;
    let pendingStray = false; // the previous character was a stray letter not yet counted (its left was no ideograph)
    for (const it of p.items) {
      const s = it.str;
      for (let i = 0; i < s.length; i++) {
        const code = s.charCodeAt(i);
        if (code === 0x20) continue;
        const cjk = ideograph(code);
        if (cjk) ideographs++;
        if (strayLetter(code)) {
          if (ideograph(prev)) stray++;
          else pendingStray = true;
        } else {
          if (pendingStray && cjk) stray++;
          pendingStray = false;
        }
        prev = code;
      }
    }
  }
  return stray >= 20 && stray * 100 >= ideographs;
}

/** A 类 code and a standard class name printed after it (207 文化旅游体育与传媒支出), in a page's text. */
export const CLASS_AND_NAME = new RegExp(`(?<![\\d.,])(2\\d\\d)\\s*(${EXPENDITURE_CLASSES.map((c) => c.name).join('|')})`, 'gu');

/**
 * Whether a PDF's digits are misread by fonts whose ToUnicode maps swap them (blind 20S d05: 1↔7, 3↔8, so
 * `207 一般公共服务支出`, `公开08表` over 支出决算表): three different 类 codes at least each printed before another
 * class's standard name. A document's own slip is one such code, not three (none in any PDF of test/fixtures
 * or the blind corpora).
 */
export function garbledDigits(pages: readonly PdfPage[]): boolean {
  const wrong = new Set<string>();
  for (const p of pages) {
    // (a name may come in pieces, a character or two an item: joined again where no digit touches the gap)
    const text = p.items.map((it) => it.str).join(' ').replace(/(?<=[^\d\s])\s+(?=[^\d\s])/gu, '');
    for (const m of text.matchAll(CLASS_AND_NAME)) if (classByName(m[2]!)?.code !== m[1]) wrong.add(m[1]!);
    if (wrong.size >= 3) return true;
  }
  return false;
}
