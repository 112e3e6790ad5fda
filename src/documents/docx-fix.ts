/**
 * --fix on a Word file: each fix the linter finds in the extracted text is
 * written back into the runs (`<w:r><w:t>`) that hold the figure, so that the
 * formatting (the runs' properties) stays as it was. Only the characters
 * that change are rewritten (changedPart); when they are split over several
 * runs, the new text goes into the first run's `<w:t>` and they are taken out
 * of the others; a figure with a character that no
 * `<w:t>` holds (a tab, a line break, a field) is left alone and reported.
 * Only word/document.xml changes: every other part of the package is written
 * back with the same bytes. In a document with Track Changes on (w:trackRevisions
 * in word/settings.xml) each change is written as a tracked revision instead — a
 * w:del of the old characters and a w:ins of the new, by "juesuan" — so the
 * writer sees it in Word or WPS and accepts or rejects it (rewriteRunsTracked).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { selectFixes } from '../lint/fix.js';
import { lintMarkdown, type LintContext, type LintMessage, type LintOptions, type LintResult } from '../lint/lint.js';
import { appendAll } from '../util/arrays.js';
import { documentXml, faultPlace, NotWordError, readWordXml, stylesXml, unitsOf, wordParts, type TextRun, type WordText } from './docx.js';
import { xmlFault } from './xml-scan.js';
import { escapeXmlText } from './docx-writer.js';
import { placeMessages } from './index.js';

export interface DocxFixResult {
  /** the fixed file (the input itself when nothing was fixed) */
  output: Uint8Array;
  /** the text of the fixed document, as the linter reads it */
  text: string;
  count: number;
  /** the lint of the fixed document, placed at paragraphs: what is left for the writer */
  result: LintResult;
  /** fixes that could not be written into the runs, placed likewise */
  unfixable: LintMessage[];
  /** why the file was not fixed at all (a part of the package that cannot be unzipped, or settings that break off) */
  notice?: string;
  /** the fixes were written as tracked revisions (Track Changes is on), for the writer to accept or reject in Word */
  tracked?: boolean;
}

/** New raw text for some written characters of some runs: run index → unit index → replacement. */
export type RunEdits = Map<number, Map<number, string>>;

/** Lint and fix until nothing fixable is left, as fixMarkdown does, re-reading the XML after each pass; `now` dates a tracked revision. */
export function fixDocx(bytes: Uint8Array, ctx: LintContext, options: LintOptions = {}, maxPasses = 10, now = new Date()): DocxFixResult {
  let files: Record<string, Uint8Array>;
  try {
    // Every part, to write them back: reading the text needed only two of them.
    files = unzipSync(bytes);
  } catch (error) {
    const { document, styles } = wordParts(bytes);
    const word = readWordXml(document, styles);
    const result = placeMessages(lintMarkdown(word.text, ctx, options), word.text, { kind: 'docx', map: word.map });
    const reason = error instanceof Error ? error.message : String(error);
    return { output: bytes, text: word.text, count: 0, result, unfixable: [], notice: `文件中有无法解压的部分（${reason}），不能改写，未修正` };
  }
  const documentBytes = files['word/document.xml'];
  if (!documentBytes) throw new NotWordError('压缩包中没有 word/document.xml');
  const styles = stylesXml(files['word/styles.xml']);
  let xml = documentXml(documentBytes);
  let word = readWordXml(xml, styles);
  let result = lintMarkdown(word.text, ctx, options);
  // Whether Track Changes is on decides how a fix is written: a settings part that breaks off cannot say, so nothing is.
  const settings = files['word/settings.xml'] && strFromU8(files['word/settings.xml']);
  const settingsFault = settings === undefined ? undefined : xmlFault(settings);
  if (settingsFault && selectFixes(word.text, result.messages).applied.length > 0) {
    const placed = placeMessages(result, word.text, { kind: 'docx', map: word.map });
    return {
      output: bytes, text: word.text, count: 0, result: placed, unfixable: [],
      notice: `设置 word/settings.xml 不是完整的 XML（${faultPlace(settingsFault)}，${settingsFault.what}），无法确定是否开启了修订，未修正`,
    };
  }
  const tracked = settings !== undefined && tracksRevisions(settings);
  let count = 0;
  let unfixable: LintMessage[] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits: RunEdits = new Map();
    unfixable = [];
    let applied = 0;
    for (const m of selectFixes(word.text, result.messages).applied) {
      const { range, text } = changedPart(word.text, m.fix!.range, m.fix!.text);
      if (planEdit(word, range, text, edits)) applied++;
      else unfixable.push(m);
    }
    if (applied === 0) break;
    count += applied;
    xml = tracked ? rewriteRunsTracked(xml, word.runs, edits, { author: REVISION_AUTHOR, date: revisionDate(now) }) : rewriteRuns(xml, word.runs, edits);
    word = readWordXml(xml, styles);
    result = lintMarkdown(word.text, ctx, options);
  }
  const origin = { kind: 'docx', map: word.map } as const;
  const placed = placeMessages(result, word.text, origin);
  const unfixablePlaced = placeMessages({ ...result, messages: unfixable }, word.text, origin).messages;
  if (count === 0) return { output: bytes, text: word.text, count, result: placed, unfixable: unfixablePlaced };
  return {
    output: replacePart(files, 'word/document.xml', strToU8(xml)), text: word.text, count, result: placed, unfixable: unfixablePlaced,
    ...(tracked ? { tracked } : {}),
  };
}

/**
 * The part of a fix that changes anything: 3,153.74 → 3,153.47 rewrites 74 only, so that the
 * characters before and after it stay in their runs, with their formatting.
 */
export function changedPart(source: string, [start, end]: readonly [number, number], text: string): { range: [number, number]; text: string } {
  const old = source.slice(start, end);
  let prefix = 0;
  while (prefix < old.length && prefix < text.length && old[prefix] === text[prefix]) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < text.length - prefix && old[old.length - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
  return { range: [start + prefix, end - suffix], text: text.slice(prefix, text.length - suffix) };
}

/**
 * The edit that writes `text` over [start, end) of the extracted text, added to `edits`; false
 * when a character of the range is not in a `<w:t>`, only part of a written character (an
 * entity) is in the range, or another fix of this pass already changes one of its characters.
 */
export function planEdit(word: WordText, [start, end]: readonly [number, number], text: string, edits: RunEdits): boolean {
  const { runOf, unitOf, runs } = word;
  const at = (i: number) => (i >= 0 && i < runOf.length && runOf[i]! >= 0 ? { run: runOf[i]!, unit: unitOf[i]! } : undefined);
  const escaped = escapeXmlText(text);
  const free = (run: number, unit: number) => !edits.get(run)?.has(unit);
  const set = (run: number, unit: number, raw: string) => {
    let forRun = edits.get(run);
    if (!forRun) edits.set(run, (forRun = new Map()));
    forRun.set(unit, raw);
  };
  if (start === end) {
    // An insertion: after the character before it, or before the one after it.
    const before = at(start - 1);
    const after = at(start);
    if (before && free(before.run, before.unit) && !sameUnit(word, start - 1, start)) {
      set(before.run, before.unit, runs[before.run]!.units[before.unit]! + escaped);
      return true;
    }
    if (after && free(after.run, after.unit) && !sameUnit(word, start - 1, start)) {
      set(after.run, after.unit, escaped + runs[after.run]!.units[after.unit]!);
      return true;
    }
    return false;
  }
  // Whole written characters only: an entity read as several characters is not cut.
  if (sameUnit(word, start - 1, start) || sameUnit(word, end - 1, end)) return false;
  const units: Array<{ run: number; unit: number }> = [];
  for (let i = start; i < end; i++) {
    const source = at(i);
    if (!source) return false;
    const last = units[units.length - 1];
    if (last && last.run === source.run && last.unit === source.unit) continue;
    if (!free(source.run, source.unit)) return false;
    units.push(source);
  }
  units.forEach(({ run, unit }, k) => set(run, unit, k === 0 ? escaped : ''));
  return true;
}

/** Do text offsets i and j come from the same written character? */
function sameUnit(word: WordText, i: number, j: number): boolean {
  if (i < 0 || j >= word.runOf.length) return false;
  return word.runOf[i]! >= 0 && word.runOf[i] === word.runOf[j] && word.unitOf[i] === word.unitOf[j];
}

/** document.xml with the edited runs' bodies rewritten; a body that now has white space at an end keeps it (xml:space). */
export function rewriteRuns(xml: string, runs: readonly TextRun[], edits: RunEdits): string {
  const parts: string[] = [];
  let at = 0;
  for (const index of [...edits.keys()].sort((a, b) => a - b)) {
    const run = runs[index]!;
    const forRun = edits.get(index)!;
    const body = run.units.map((raw, u) => forRun.get(u) ?? raw).join('');
    let open = xml.slice(run.start, run.bodyStart);
    if (/^\s|\s$/u.test(body) && !/\sxml:space=/u.test(open)) open = open.replace(/^<w:t/u, '<w:t xml:space="preserve"');
    parts.push(xml.slice(at, run.start), open, body);
    at = run.bodyEnd;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}

/** Track Changes on: w:trackRevisions in word/settings.xml, not turned off by its w:val. */
export function tracksRevisions(settings: string): boolean {
  const m = /<w:trackRevisions(?:\s+w:val="([^"]*)")?\s*\/?>/u.exec(settings);
  return m !== null && (m[1] === undefined || !/^(?:0|false|off)$/iu.test(m[1]));
}

/** Who a tracked revision is by, as Word shows it in the margin. */
export const REVISION_AUTHOR = 'juesuan';

/** A revision's w:date: ISO 8601 to the second, in UTC, as Word writes it. */
const revisionDate = (now: Date) => now.toISOString().replace(/\.\d+Z$/u, 'Z');

/** One piece of a rewritten run: its own XML kept, or characters deleted or inserted (written, escaped). */
type Piece = { kind: 'kept'; xml: string } | { kind: 'del' | 'ins'; text: string };

/** The `<w:r …>` that holds the `<w:t>` at `t`: where it opens and where it closes; undefined when it is in none. */
function enclosingRun(xml: string, t: TextRun): { start: number; end: number } | undefined {
  let start = xml.lastIndexOf('<w:r', t.start);
  while (start >= 0 && !/[\s>]/u.test(xml[start + 4] ?? '')) start = xml.lastIndexOf('<w:r', start - 1);
  if (start < 0) return undefined;
  const close = xml.indexOf('</w:r>', start);
  if (close < t.bodyEnd) return undefined;
  return { start, end: close + '</w:r>'.length };
}

/**
 * The changed characters of one `<w:t>` as pieces: unchanged characters kept in a `<w:t>` of their own, each run
 * of changed ones a deletion of the old and an insertion of the new, what the two share at their ends kept.
 */
function textPieces(run: TextRun, forRun: ReadonlyMap<number, string>): Piece[] {
  const pieces: Piece[] = [];
  let kept = '';
  const keep = (units: readonly string[]) => (kept += units.join(''));
  const flush = () => {
    if (kept !== '') pieces.push({ kind: 'kept', xml: `<w:t xml:space="preserve">${kept}</w:t>` });
    kept = '';
  };
  for (let u = 0; u < run.units.length;) {
    if (!forRun.has(u)) keep([run.units[u++]!]);
    else {
      const old: string[] = [];
      let replacement = '';
      for (; u < run.units.length && forRun.has(u); u++) {
        old.push(run.units[u]!);
        replacement += forRun.get(u)!;
      }
      const now = unitsOf(replacement).written;
      let head = 0;
      while (head < old.length && head < now.length && old[head] === now[head]) head++;
      let tail = 0;
      while (tail < old.length - head && tail < now.length - head && old[old.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
      keep(old.slice(0, head));
      const deleted = old.slice(head, old.length - tail).join('');
      const inserted = now.slice(head, now.length - tail).join('');
      if (deleted !== '' || inserted !== '') flush();
      if (deleted !== '') pieces.push({ kind: 'del', text: deleted });
      if (inserted !== '') pieces.push({ kind: 'ins', text: inserted });
      keep(old.slice(old.length - tail));
    }
  }
  flush();
  return pieces;
}

/**
 * document.xml with each edit written as a tracked revision: the run holding the changed characters is split
 * where they stand, the old ones in a `<w:del>` (as w:delText), the new in a `<w:ins>`, every piece with the
 * run's own properties, so that accepting the revisions gives the fixed text and rejecting them the old. A
 * `<w:t>` in no `<w:r>` (not Word's) is rewritten in place, as without Track Changes.
 */
export function rewriteRunsTracked(xml: string, runs: readonly TextRun[], edits: RunEdits, revision: { author: string; date: string }): string {
  let id = 0;
  for (const m of xml.matchAll(/\sw:id="(\d+)"/gu)) id = Math.max(id, Number(m[1]));
  const mark = (kind: 'del' | 'ins') => `<w:${kind} w:id="${++id}" w:author="${escapeXmlText(revision.author)}" w:date="${revision.date}">`;
  // The edited w:t of each enclosing run, in order.
  const byRun = new Map<number, { start: number; end: number; texts: number[] }>();
  const plain: RunEdits = new Map();
  for (const index of [...edits.keys()].sort((a, b) => a - b)) {
    const r = enclosingRun(xml, runs[index]!);
    if (!r) {
      plain.set(index, edits.get(index)!);
      continue;
    }
    const entry = byRun.get(r.start) ?? { ...r, texts: [] };
    entry.texts.push(index);
    byRun.set(r.start, entry);
  }
  const spans: Array<{ start: number; end: number; text: string }> = [];
  for (const { start, end, texts } of byRun.values()) {
    const headEnd = xml.indexOf('>', start) + 1;
    const open = xml.slice(start, headEnd);
    const inner = xml.slice(headEnd, end - '</w:r>'.length);
    const propsEnd = /^\s*<w:rPr\s*\/>/u.exec(inner)?.[0].length ?? (/^\s*<w:rPr>/u.test(inner) ? inner.indexOf('</w:rPr>') + '</w:rPr>'.length : 0);
    const properties = inner.slice(0, propsEnd);
    // A copy's properties: the record of earlier ones (w:rPrChange) stays with the original run only.
    const change = properties.indexOf('<w:rPrChange');
    const changeEnd = change < 0 ? -1 : properties.indexOf('</w:rPrChange>', change);
    const copied = changeEnd < 0 ? properties : properties.slice(0, change) + properties.slice(changeEnd + '</w:rPrChange>'.length);
    const pieces: Piece[] = [];
    let at = headEnd + propsEnd;
    for (const index of texts) {
      const t = runs[index]!;
      if (t.start > at) pieces.push({ kind: 'kept', xml: xml.slice(at, t.start) });
      appendAll(pieces, textPieces(t, edits.get(index)!));
      at = xml.indexOf('>', t.bodyEnd) + 1;
    }
    if (end - '</w:r>'.length > at) pieces.push({ kind: 'kept', xml: xml.slice(at, end - '</w:r>'.length) });
    let out = '';
    let kept = '';
    let first = true;
    const flush = () => {
      if (kept === '') return;
      out += `${first ? open + properties : `<w:r>${copied}`}${kept}</w:r>`;
      first = false;
      kept = '';
    };
    for (const piece of pieces) {
      if (piece.kind === 'kept') {
        kept += piece.xml;
        continue;
      }
      flush();
      const text = piece.kind === 'del' ? `<w:delText xml:space="preserve">${piece.text}</w:delText>` : `<w:t xml:space="preserve">${piece.text}</w:t>`;
      out += `${mark(piece.kind)}<w:r>${copied}${text}</w:r></w:${piece.kind}>`;
    }
    flush();
    spans.push({ start, end, text: out });
  }
  // The w:t in no run rewritten in place, as rewriteRuns does; then every span from the end, so that each offset before it holds.
  for (const [index, forRun] of plain) {
    const t = runs[index]!;
    spans.push({ start: t.start, end: t.bodyEnd, text: rewriteRuns(xml.slice(t.start, t.bodyEnd), [{ ...t, start: 0, bodyStart: t.bodyStart - t.start, bodyEnd: t.bodyEnd - t.start }], new Map([[0, forRun]])) });
  }
  let result = xml;
  for (const span of spans.sort((a, b) => b.start - a.start)) result = result.slice(0, span.start) + span.text + result.slice(span.end);
  return result;
}

/** The package again, in its order, with one part replaced and the others as they were. */
function replacePart(files: Record<string, Uint8Array>, name: string, bytes: Uint8Array): Uint8Array {
  const out: Zippable = {};
  for (const [file, content] of Object.entries(files)) out[file] = file === name ? bytes : content;
  return zipSync(out, { level: 6 });
}
