/**
 * Letter-spaced prose (blind 17R §1): Word's 字符间距加宽 1.5 磅 (+0.15 em) and the last line of a paragraph
 * set 分散对齐 put an even gap between every two characters, wider than pdfjs's rule takes for a space
 * (0.1 em). Read by that rule, 增长9.37% came out as `增长9 . 3 7 %` and 占98.78% as `占9 8 . 7` and `8%`:
 * 39 errors on correct figures. A gap the size of the line's even gap is letter spacing; only a wider
 * one (a space's own width and two letter gaps) is a space. And a letter-spaced Part 3 heading, with a
 * table of contents before it, is still Part 3's start (§2).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfText, pdfTextLines, readPdfPages, readSpacing, withoutLetterSpacing, type LinePart } from '../../src/documents/pdf.js';
import { explanationRange } from '../../src/documents/titles.js';
import { reviewDocument } from '../../src/review/review.js';
import { documentFromText, readReviewDocument } from '../../src/review/document.js';
import { ROOT } from '../helpers.js';
import { pdfOf } from './pdf-objects.js';

const DIR = `${ROOT}test/fixtures/layouts/blind17r/`;
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));


/** One page of lines in Helvetica 12 pt, each set with its own character spacing (Tc, in points); wide enough for the widest. */
function spacedPage(lines: ReadonlyArray<{ text: string; tc: number }>): Uint8Array {
  const content = lines.map(({ text, tc }, i) => `BT /F1 12 Tf ${tc.toFixed(3)} Tc 40 ${780 - 20 * i} Td (${text}) Tj ET`).join('\n');
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1400 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

const WORDS = ['total', 'rate', 'share', 'up', 'down', 'of', 'budget', 'spent'];
const FIGURES = ['9.37%', '98.78%', '1.22%', '3,532.03', '200.54', '6.02%', '90.37%', '12.5'];

describe('letter-spaced prose is read as printed (blind 17R §1)', () => {
  it('a line set with +0.15 em between its characters reads whole: 增长9.37%, 占98.78%, 3,532.03万元 (d17)', async () => {
    const read = pdfTextLines(await readPdfPages(bytesOf('d17-letterspacing-1.7pt.pdf')));
    const lines = read.texts.slice(read.explanation!.start, read.explanation!.end);
    expect(lines).toContain('加200.54万元，增长6.02%。');
    expect(lines).toContain('元，占98.78%；其他收入42.38万元，占1.22%。');
    expect(lines).toContain('2024年度收、支总计均为3,532.03万元。与上年相比，收、支总计各增');
    // No figure is cut anywhere in Part 3.
    expect(lines.filter((l) => /\d [\d.,%]|[\d.,] \d/u.test(l))).toEqual([]);
  });

  it('a paragraph’s last line spread over the whole width (分散对齐, gaps of 3 em) reads whole, and is no table row (d16)', async () => {
    const read = pdfTextLines(await readPdfPages(bytesOf('d16-distributed.pdf')));
    expect(read.texts).toContain('元，下降13.09%。');
    expect(read.texts).toContain('98.99%；其他收入43.67万元，占1.01%。');
    const spread = read.lines.find((l) => l.text === '元，下降13.09%。')!;
    expect(spread.gapped).toBeUndefined();
    // Each character keeps its own box on the page (the report marks a figure on its glyphs).
    expect(spread.boxes().length).toBe(4 * spread.text.length);
  });

  it('review of the letter-spaced documents: no error on their correct figures', async () => {
    for (const name of ['d17-letterspacing-1.7pt.pdf', 'd16-distributed.pdf']) {
      const read = await readReviewDocument(`${DIR}${name}`);
      if (!read.ok) throw new Error(read.message);
      const review = reviewDocument(read.document);
      expect(review.lint.messages.filter((m) => m.severity === 2).map((m) => m.message)).toEqual([]);
      expect(review.lint.verifiedCount).toBeGreaterThan(25);
    }
  });

  it('property: prose lines with random letter spacing (0–0.5 em) and real spaces between words read exactly as printed', async () => {
    const line = fc.record({
      words: fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...FIGURES)), { minLength: 3, maxLength: 8 }),
      tc: fc.double({ min: 0, max: 6, noNaN: true }),
    });
    await fc.assert(fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), async (ls) => {
      const printed = ls.map((l) => ({ text: l.words.join(' '), tc: l.tc }));
      const read = pdfTextLines(await readPdfPages(spacedPage(printed)));
      expect(read.texts).toEqual(printed.map((p) => p.text));
      // (read for sure: no line of them is undecided)
      expect(read.lines.filter((l) => l.unsureSpacing)).toEqual([]);
    }), { numRuns: 60 });
  });

  it('a line whose gaps are of every size (no even spacing) is left as read: nothing is joined by guess', () => {
    // Glyphs 6 pt wide at gaps of 1, 4, 2, 5, 3 and 4.5 pt (of 12 pt): no one size is the line's.
    const gaps = [1, 4, 2, 5, 3, 4.5];
    let x = 0;
    let str = '';
    const spans: number[] = [];
    '1234567'.split('').forEach((c, i) => {
      if (i > 0) {
        str += ' ';
        spans.push(x, gaps[i - 1]!);
        x += gaps[i - 1]!;
      }
      str += c;
      spans.push(x, 6);
      x += 6;
    });
    const parts: LinePart[] = [{ x: 0, y: 0, h: 12, str, w: x, spans }];
    expect(withoutLetterSpacing(parts)).toEqual(parts);
    // and said to be undecided: its figures are not read for sure
    expect(readSpacing(parts)).toEqual({ parts, undecided: true });
  });

  it('text set without letter spacing is left as it was read (the three real documents read as before)', async () => {
    const text = pdfText(await readPdfPages(new Uint8Array(readFileSync(`${ROOT}test/fixtures/real/putuo-shgzb-2024.pdf`)))).text;
    expect(text).toBe(readFileSync(`${ROOT}test/fixtures/pdf-read/putuo-shgzb-2024.text.md`, 'utf8'));
  });
});

/**
 * The rule of readSpacing as first written, every line's glyphs gathered and their gaps sorted: readSpacing tells most
 * lines (no letter spacing) by a quicker screen, and must read every line as this does.
 */
function spacingByEveryGlyph(parts: readonly LinePart[]): { parts: LinePart[]; undecided?: true } {
  const as = (): { parts: LinePart[] } => ({ parts: [...parts] });
  const glyphs: Array<{ str: string; x0: number; x1: number; y: number; h: number }> = [];
  for (const p of parts) {
    if (p.str.trim() === '') continue;
    if (!p.spans) return as();
    for (let i = 0; i < p.str.length; i++) {
      const code = p.str.charCodeAt(i);
      if (/\s/u.test(p.str[i]!)) continue;
      const x0 = p.x + p.spans[2 * i]!;
      const prev = glyphs.at(-1);
      if (code >= 0xdc00 && code <= 0xdfff && prev) { prev.str += p.str[i]; continue; }
      glyphs.push({ str: p.str[i]!, x0, x1: x0 + p.spans[2 * i + 1]!, y: p.y, h: p.h });
    }
  }
  if (glyphs.length < 5) return as();
  const gaps = glyphs.slice(1).map((g, k) => g.x0 - glyphs[k]!.x1);
  const em = glyphs.map((g) => g.h).sort((a, b) => a - b)[glyphs.length >> 1]!;
  const q = [...gaps].sort((a, b) => a - b)[Math.floor(0.3 * (gaps.length - 1))]!;
  if (!(q > 0.1 * em)) return as();
  const tolerance = Math.max(0.04 * em, 0.15 * q);
  const space = 1.5 * q + 0.1 * em;
  const letter = gaps.filter((g) => g <= q + tolerance).length;
  const between = gaps.filter((g) => g > q + tolerance && g <= space).length;
  if (letter < 0.5 * gaps.length || between > Math.max(1, 0.1 * gaps.length)) return { ...as(), undecided: true };
  const out: LinePart[] = [];
  let run: LinePart | undefined;
  glyphs.forEach((g, k) => {
    if (run && k > 0 && gaps[k - 1]! > space) {
      const end = glyphs[k - 1]!.x1;
      out.push({ x: end, y: run.y, h: run.h, str: ' ', w: g.x0 - end });
      run = undefined;
    }
    if (!run) out.push((run = { x: g.x0, y: g.y, h: g.h, str: '', w: 0, spans: [] }));
    run.spans!.push(g.x0 - run.x, g.x1 - g.x0);
    if (g.str.length === 2) run.spans!.push(g.x1 - run.x, 0);
    run.str += g.str;
    run.w = g.x1 - run.x;
  });
  return { parts: out };
}

describe('the quick screen of lines set without letter spacing', () => {
  it('a line of two ems is told by its median em, not its first run’s: 10 pt glyphs 1.1 pt apart after a 12 pt one are letter-spaced', () => {
    // (a tenth of the first run's em, 1.2, would take the gaps for none; a tenth of the line's median em, 1.0, does not)
    const run = (x: number, h: number, n: number): LinePart => ({ x, y: 700, h, str: '增'.repeat(n), w: n * 10 + (n - 1) * 1.1, spans: Array.from({ length: n }, (_, i) => [i * 11.1, 10]).flat() });
    const parts = [run(40, 12, 1), run(51.1, 10, 6)];
    const read = readSpacing(parts);
    expect(read).toEqual(spacingByEveryGlyph(parts));
    expect(read.parts.map((p) => p.str)).toEqual(['增增增增增增增']);
  });

  it('property: every line, plain, letter-spaced or undecided, is read as the rule applied to every glyph reads it', () => {
    // Gaps around the screen's bound (a tenth of an em, and exactly it), runs of one or two ems, a surrogate pair, a run without spans.
    const glyph = fc.record({ c: fc.constantFrom('增', '长', '9', '.', '%', '增', '长', '9', ' ', '\u3000', '\ud840\udc00'), w: fc.constantFrom(0, 3, 6, 12), gap: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(0, 0.5, 1.0, 1.1, 1.2, 1.3, 2, 2.5, 4, 8) }, { weight: 1, arbitrary: fc.double({ min: -1, max: 8, noNaN: true }) }) });
    const part = fc.record({ glyphs: fc.array(glyph, { minLength: 1, maxLength: 12 }), h: fc.constantFrom(12, 10), spans: fc.constantFrom(true, true, true, true, true, true, true, true, false) });
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 400, noNaN: true }), (ps, start) => {
      let x = start;
      const parts: LinePart[] = ps.map(({ glyphs, h, spans }) => {
        const at = x;
        let str = '';
        const sp: number[] = [];
        for (const g of glyphs) {
          x += g.gap;
          for (const unit of g.c) { sp.push(x - at, unit === g.c[0] ? g.w : 0); str += unit; }
          x += g.w;
        }
        return { x: at, y: 700, h, str, w: x - at, ...(spans ? { spans: sp } : {}) };
      });
      expect(readSpacing(parts)).toEqual(spacingByEveryGlyph(parts));
    }));
  });
});

describe('a letter-spaced Part 3 heading after a table of contents (blind 17R §2)', () => {
  const contents = ['目 录', '第一部分 部门概况', '第二部分 2024年度部门决算表', '第三部分 2024年度部门决算情况说明', '第四部分 名词解释'];
  const body = ['第一部分 部门概况', '一、主要职能', '……', '第二部分 2024年度部门决算表', '（表）'];
  const part3 = ['一、收入支出决算总体情况说明', '2024年度收、支总计均为3,532.03万元。', '第四部分 名词解释', '一、财政拨款收入'];

  it('the heading set 第 三 部 分 2 0 2 4 年 度 … (spaces or letter spacing) starts Part 3, not the contents’ entry', () => {
    const lines = [...contents, ...body, '第 三 部 分   2 0 2 4 年 度 部 门 决 算 情 况 说 明', ...part3];
    expect(explanationRange(lines)).toEqual({ start: 10, end: 13 });
  });

  it('an entry of the contents is never a Part’s start: dot leaders and a page number, or a line of the block after 目录', () => {
    // The real heading unrecognised (a picture): no contents line stands in for it.
    const withPages = ['第一部分 部门概况……………………1', '第三部分 2024年度部门决算情况说明……………………13', '第四部分 名词解释 ..........20', ...body, '一、收入支出决算总体情况说明', ...part3];
    expect(explanationRange(withPages)).toBeUndefined();
    expect(explanationRange([...contents, ...body, ...part3])).toBeUndefined();
    // Without 目录 and page numbers, the contents and the document's own Parts are told apart as before: the last one.
    const plain = [...contents.slice(1), ...body, '第三部分 2024年度部门决算情况说明', ...part3];
    expect(explanationRange(plain)).toEqual({ start: 9, end: 12 });
  });

  it('d04 (heading letter-spaced with Tc, contents before it): Part 3 is reviewed and its planted error caught', async () => {
    const read = await readReviewDocument(`${DIR}d04-justify-tz.pdf`);
    if (!read.ok) throw new Error(read.message);
    const review = reviewDocument(read.document);
    expect(review.lint.messages.map((m) => m.ruleId)).not.toContain('no-part3');
    expect(review.lint.messages.filter((m) => m.severity === 2).map((m) => m.message).join('\n')).toContain('2,771.50');
  });

  it('a Part 3 not found while the text has its sentences elsewhere says so: not “只有决算表”, and the check did not run', () => {
    // pdftotext -layout text of a document (repro of 17R): its Part 3 heading gone, its contents without 目录 or page numbers.
    const lines = readFileSync(`${DIR}part3-heading-normal.txt`, 'utf8').split('\n');
    const heading = lines.findLastIndex((l) => l.includes('第三部分 2024年度部门决算情况说明'));
    const text = lines.filter((l, i) => i !== heading && l.trim() !== '目 录').join('\n');
    const review = reviewDocument(documentFromText('lost.txt', 'text', text));
    const notice = review.lint.messages.filter((m) => m.ruleId === 'no-part3');
    expect(notice).toHaveLength(1);
    expect(notice[0]!.message).toContain('未找到第三部分“部门决算情况说明”的正文');
    expect(review.checks.find((c) => c.id === 'against-tables')).toMatchObject({ ran: false });
    // The document as published: its Part 3 read, no such notice.
    const whole = reviewDocument(documentFromText('whole.txt', 'text', lines.join('\n')));
    expect(whole.lint.messages.map((m) => m.ruleId)).not.toContain('no-part3');
  });
});

describe('a line whose letter spacing cannot be told from its word breaks: its figures unverified, not judged (left over from 17R)', () => {
  const unsure = () => new Uint8Array(readFileSync(`${ROOT}test/fixtures/layouts/left18a/d17-unsure-spacing.pdf`));

  it('the line (gaps of 0.16–0.56 em, no one size) is read as it came and marked not read for sure; no other line is', async () => {
    const read = pdfTextLines(await readPdfPages(unsure()));
    const marked = read.lines.filter((l) => l.unsureSpacing);
    expect(marked.map((l) => [l.page, l.line, l.text])).toEqual([[13, 4, '加 2 0 0 . 5 4 万 元 ， 增 长 6 . 0 2 % 。']]);
    // The document as published, evenly letter-spaced: nothing marked.
    expect(pdfTextLines(await readPdfPages(bytesOf('d17-letterspacing-1.7pt.pdf'))).lines.filter((l) => l.unsureSpacing)).toEqual([]);
  });

  it('review: the two findings the cut figures made (2% for 6.02%, 增长6 . 0 without %) are unverified, naming the line; no error', async () => {
    const read = await readReviewDocument(`${ROOT}test/fixtures/layouts/left18a/d17-unsure-spacing.pdf`);
    if (!read.ok) throw new Error(read.message);
    const review = reviewDocument(read.document);
    expect(review.lint.messages.filter((m) => m.severity === 2)).toEqual([]);
    const unverified = review.lint.messages.filter((m) => m.ruleId === 'unverified-figure');
    expect(unverified).toHaveLength(2);
    for (const m of unverified) {
      expect(m.message).toMatch(/^无法核对：第 13 页第 4 行的字距不能确定（字间距与词间的空格分不开），这一行的文字未能确定读对，不作判断；按读出的文字：/u);
      expect(m.expected).toBeUndefined();
    }
    expect(review.lint.unverifiedCount).toBe(2);
    expect(review.errorCount).toBe(0);
    // The other lines are judged as before: as many figures verified as the published document's, less those two.
    const published = await readReviewDocument(`${DIR}d17-letterspacing-1.7pt.pdf`);
    if (!published.ok) throw new Error(published.message);
    expect(review.lint.verifiedCount).toBeGreaterThanOrEqual(reviewDocument(published.document).lint.verifiedCount - 3);
  });
});
