/**
 * The published PDF with its findings as standard annotations, for sending
 * back to the department: each finding on words a /Highlight over them
 * (QuadPoints, one quadrilateral per line) with the message, the expected
 * value and the rule in /Contents and a /Popup to show it; a finding with no
 * words to mark (a notice, a table's identity whose cells were not found
 * where they were read) a /Text note in the left margin of its page — never
 * a highlight over other words. A table finding's cells are its words: one
 * highlight with a quadrilateral over each amount (and one more per further
 * page its cells stand on). Each annotation
 * carries its own appearance, so that every reader draws it alike.
 * Written as an incremental update (pdf-update.ts): the page itself is not touched.
 */
import { array, date, dict, name, num, PdfFile, PdfUpdate, PdfUpdateError, ref, text, type PdfValue } from '../documents/pdf-update.js';
import { findingText, KIND_NAMES, type FindingKind, type LocatedDocument, type LocatedFinding } from './located.js';
import { maxOf, minOf } from '../util/arrays.js';

/** Light enough to read the words through (multiplied over them). */
const COLOURS: Record<FindingKind, [number, number, number]> = {
  error: [1, 0.55, 0.55],
  warning: [1, 0.82, 0.3],
  unverified: [0.62, 0.8, 1],
  table: [0.8, 0.65, 1],
};

const AUTHOR = 'juesuan 审校';
/** /Open false: a note and its popup start closed. */
const CLOSED: PdfValue = { type: 'raw', text: 'false' };

export class AnnotateError extends Error {}

const fixed = (v: number): string => (Math.round(v * 100) / 100).toString();

type Rect = [number, number, number, number];

/**
 * One annotation with its popup: a /Highlight over `over.rects` (one quadrilateral each), or with
 * none a /Text note at `rect`. A highlight continuing a finding from page `over.from` says so.
 */
function annotation(update: PdfUpdate, doc: LocatedDocument, f: LocatedFinding, page: number, rect: Rect, over: { rects: Rect[]; from?: number } | undefined, now: Date): void {
  const [width, height] = doc.pageSizes?.[page - 1] ?? [595, 842];
  const rgb = COLOURS[f.kind];
  const contents = over?.from !== undefined ? `（续，见第 ${over.from} 页）\n${findingText(f)}` : findingText(f);
  const common = {
    Type: name('Annot'), Contents: text(contents), T: text(AUTHOR), Subj: text(KIND_NAMES[f.kind]),
    NM: text(over?.from !== undefined ? `juesuan-${f.n}-p${page}` : `juesuan-${f.n}`), M: date(now), CreationDate: date(now), C: array(rgb.map(num)), P: ref(update.pageRefs[page - 1]!),
  };
  const annot = update.reserve();
  const popup = update.reserve();
  const appearance = update.reserve();
  const [r, g, b] = rgb;
  if (over) {
    const rects = over.rects;
    // Each line's quadrilateral: top left, top right, bottom left, bottom right (as Acrobat writes them).
    const quads = rects.flatMap(([x0, y0, x1, y1]) => [x0, y1, x1, y1, x0, y0, x1, y0]);
    update.set(appearance, {
      value: dict({
        Type: name('XObject'), Subtype: name('Form'), BBox: array(rect.map(num)),
        Resources: dict({ ExtGState: dict({ G0: dict({ BM: name('Multiply'), ca: num(1), CA: num(1) }) }) }),
      }),
      stream: `/G0 gs ${r} ${g} ${b} rg ${rects.map(([x0, y0, x1, y1]) => `${fixed(x0)} ${fixed(y0)} ${fixed(x1 - x0)} ${fixed(y1 - y0)} re`).join(' ')} f`,
    });
    update.set(annot, {
      value: dict({
        ...common, Subtype: name('Highlight'), Rect: array(rect.map(num)), QuadPoints: array(quads.map(num)),
        F: num(4), CA: num(1), Popup: ref(popup), AP: dict({ N: ref(appearance) }),
      }),
    });
  } else {
    update.set(appearance, {
      value: dict({ Type: name('XObject'), Subtype: name('Form'), BBox: array([0, 0, 20, 20].map(num)) }),
      stream: `${r} ${g} ${b} rg 0.2 0.2 0.2 RG 1 w 0.5 0.5 19 19 re B 0.2 0.2 0.2 rg 4 14 12 1.5 re f 4 10 12 1.5 re f 4 6 8 1.5 re f`,
    });
    update.set(annot, {
      value: dict({
        ...common, Subtype: name('Text'), Rect: array(rect.map(num)), Name: name('Comment'), Open: CLOSED,
        F: num(28), Popup: ref(popup), AP: dict({ N: ref(appearance) }),
      }),
    });
  }
  const left = Math.min(Math.max(rect[2] + 8, 0), Math.max(0, width - 220));
  const top = Math.min(height, rect[3] + 40);
  update.set(popup, {
    value: dict({
      Type: name('Annot'), Subtype: name('Popup'), Parent: ref(annot), Open: CLOSED,
      Rect: array([left, Math.max(0, top - 120), left + 220, top].map(num)), F: num(28),
    }),
  });
  update.annotate(page, [annot, popup]);
}

export function annotatePdf(doc: LocatedDocument, pdf: Uint8Array, now = new Date()): Uint8Array {
  let update: PdfUpdate;
  try {
    update = new PdfUpdate(new PdfFile(pdf));
  } catch (error) {
    if (error instanceof PdfUpdateError && error.message === 'encrypted') throw new AnnotateError('PDF 已加密，无法添加标注');
    throw new AnnotateError(`无法解析 PDF 的结构（${error instanceof Error ? error.message : String(error)}），未添加标注`);
  }
  const pageCount = update.pageRefs.length;
  const notesOnPage = new Map<number, number>();
  for (const f of doc.findings) {
    const page = f.page !== undefined && f.page >= 1 && f.page <= pageCount ? f.page : 1;
    // Its words, or its cells: a table finding whose cells stand on several pages has a highlight on each, the first its own.
    const marks = f.page === page && (f.rects ?? []).length > 0
      ? [{ page, rects: f.rects! }, ...(f.more ?? []).filter((m) => m.page >= 1 && m.page <= pageCount)] : [];
    if (marks.length === 0) {
      // A note in the left margin, one under the other.
      const k = notesOnPage.get(page) ?? 0;
      notesOnPage.set(page, k + 1);
      const y = Math.max(20, (doc.pageSizes?.[page - 1]?.[1] ?? 842) - 60 - k * 26);
      annotation(update, doc, f, page, [8, y, 28, y + 20], undefined, now);
    }
    marks.forEach((m, i) => {
      const rect: Rect = [minOf(m.rects.map((r) => r[0])), minOf(m.rects.map((r) => r[1])), maxOf(m.rects.map((r) => r[2])), maxOf(m.rects.map((r) => r[3]))];
      annotation(update, doc, f, m.page, rect, { rects: m.rects, ...(i > 0 ? { from: page } : {}) }, now);
    });
  }
  return update.write();
}
