/**
 * --fix on a Word file: each fix the linter finds in the extracted text is
 * written back into the runs (`<w:r><w:t>`) that hold the figure, so that the
 * formatting (the runs' properties) stays as it was. Only the characters
 * that change are rewritten (changedPart); when they are split over several
 * runs, the new text goes into the first run's `<w:t>` and they are taken out
 * of the others; a figure with a character that no
 * `<w:t>` holds (a tab, a line break, a field) is left alone and reported.
 * Only word/document.xml changes: every other part of the package is written
 * back with the same bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { selectFixes } from '../lint/fix.js';
import { lintMarkdown, type LintContext, type LintMessage, type LintOptions, type LintResult } from '../lint/lint.js';
import { documentXml, NotWordError, readWordXml, wordParts, type TextRun, type WordText } from './docx.js';
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
  /** why the file was not fixed at all (a part of the package that cannot be unzipped) */
  notice?: string;
}

/** New raw text for some written characters of some runs: run index → unit index → replacement. */
export type RunEdits = Map<number, Map<number, string>>;

/** Lint and fix until nothing fixable is left, as fixMarkdown does, re-reading the XML after each pass. */
export function fixDocx(bytes: Uint8Array, ctx: LintContext, options: LintOptions = {}, maxPasses = 10): DocxFixResult {
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
  const styleBytes = files['word/styles.xml'];
  const styles = styleBytes ? strFromU8(styleBytes) : undefined;
  let xml = documentXml(documentBytes);
  let word = readWordXml(xml, styles);
  let result = lintMarkdown(word.text, ctx, options);
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
    xml = rewriteRuns(xml, word.runs, edits);
    word = readWordXml(xml, styles);
    result = lintMarkdown(word.text, ctx, options);
  }
  const origin = { kind: 'docx', map: word.map } as const;
  const placed = placeMessages(result, word.text, origin);
  const unfixablePlaced = placeMessages({ ...result, messages: unfixable }, word.text, origin).messages;
  if (count === 0) return { output: bytes, text: word.text, count, result: placed, unfixable: unfixablePlaced };
  return { output: replacePart(files, 'word/document.xml', strToU8(xml)), text: word.text, count, result: placed, unfixable: unfixablePlaced };
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

/** The package again, in its order, with one part replaced and the others as they were. */
function replacePart(files: Record<string, Uint8Array>, name: string, bytes: Uint8Array): Uint8Array {
  const out: Zippable = {};
  for (const [file, content] of Object.entries(files)) out[file] = file === name ? bytes : content;
  return zipSync(out, { level: 6 });
}
