/**
 * The PDF reader (src/documents/pdfium.ts) against what is known to be right:
 * the Part 3 text, its page/line map and the imported tables of the real
 * documents as the earlier reader (pdfjs-dist) read them (test/fixtures/pdf-read/,
 * made before the change of engine), the same document stored sideways, a
 * scan, a damaged file and a locked one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/documents/index.js';
import { extractPdf, pdfHasText, pdfText, pdfTextLines, PdfReadError, readPdfPages, rectsOf, userSpacePoint, type PdfLine } from '../../src/documents/pdf.js';
import { importPdf } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';
import { garbledDigits, garbledText, type PdfPage } from '../../src/documents/pdfium.js';
import { pdfOf } from './pdf-objects.js';

const REAL = `${ROOT}test/fixtures/real/`;
const READ = `${ROOT}test/fixtures/pdf-read/`;
const bytesOf = (file: string) => new Uint8Array(readFileSync(file));
/** No English: the engine's words would be; PDF, Word and juesuan are the only Latin words of ours. */
const NOT_ENGLISH = /^(?:[^A-Za-z]|PDF|Word|juesuan)*$/u;
/** The map as the earlier reader made it: offsets, pages and lines (the character boxes came later). */
const placesOf = (map: ReadonlyArray<{ offset: number; page: number; line: number }>) => `${JSON.stringify(map.map(({ offset, page, line }) => ({ offset, page, line })))}\n`;
const golden = (name: string, kind: 'text.md' | 'map.json' | 'import.yaml') => readFileSync(`${READ}${name}.${kind}`, 'utf8');

function juesuan(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/juesuan.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
}


/** Two pages that are only a picture each, as a scanner makes them. */
const scan = pdfOf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 6 0 R >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 6 0 R >>',
  '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream',
  '<< /Length 33 >>\nstream\nq 500 0 0 700 50 70 cm /Im1 Do Q\nendstream',
]);

describe('the PDF reader', () => {
  for (const name of ['putuo-shgzb-2024', 'shanghai-template-2024']) {
    it(`reads ${name}.pdf as the earlier reader did: the same Part 3 text, page/line map and tables`, async () => {
      const { text, map } = await extractPdf(bytesOf(`${REAL}${name}.pdf`));
      expect(text).toBe(golden(name, 'text.md'));
      expect(placesOf(map)).toBe(golden(name, 'map.json'));
      expect((await importPdf(bytesOf(`${REAL}${name}.pdf`), `${name}.pdf`)).yaml).toBe(golden(name, 'import.yaml'));
    });
  }

  it('reads pages stored sideways and turned back by /Rotate (90, 180, 270) as the upright original', async () => {
    // make-turned.mjs: every page's content drawn turned on a turned box, /Rotate turning it back.
    const turned = bytesOf(`${READ}turned-putuo-shgzb-2024.pdf`);
    const { text, map } = await extractPdf(turned);
    expect(text).toBe(golden('putuo-shgzb-2024', 'text.md'));
    expect(placesOf(map)).toBe(golden('putuo-shgzb-2024', 'map.json'));
    expect((await importPdf(turned, 'putuo-shgzb-2024.pdf')).yaml).toBe(golden('putuo-shgzb-2024', 'import.yaml'));

    const pages = await readPdfPages(turned);
    const original = await readPdfPages(bytesOf(`${REAL}putuo-shgzb-2024.pdf`));
    expect(pages.slice(0, 4).map((p) => p.rotation)).toEqual([0, 90, 180, 270]);
    // Each page is measured in its reading frame, as the original: portrait pages stay portrait, landscape tables landscape.
    expect(pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual(original.map((p) => [Math.round(p.width), Math.round(p.height)]));
    // A run's place maps back to where it is drawn in the file's own coordinates.
    const run = pages[1]!.items.find((i) => i.str.trim() !== '')!;
    const [ux, uy] = userSpacePoint(pages[1]!, run.transform[4]!, run.transform[5]!);
    expect(ux).toBeCloseTo(pages[1]!.box[2] - run.transform[5]!, 3);
    expect(uy).toBeCloseTo(run.transform[4]!, 3);

    // The words' boxes (what the report and the annotated PDF mark) are where the turned content draws them:
    // each page's first line of Part 3, its original rectangle carried by the page's content matrix.
    const upright = await extractPdf(bytesOf(`${REAL}putuo-shgzb-2024.pdf`));
    const [w, h] = [original[0]!.width, original[0]!.height];
    const turn: Record<number, (x: number, y: number) => [number, number]> = {
      0: (x, y) => [x, y], 90: (x, y) => [h - y, x], 180: (x, y) => [w - x, h - y], 270: (x, y) => [y, w - x],
    };
    const firstOnPage = new Map(map.map((p, i) => [p.page, i] as const).reverse());
    expect(new Set([...firstOnPage.keys()].map((p) => pages[p - 1]!.rotation))).toEqual(new Set([0, 90, 180, 270]));
    for (const [page, i] of firstOnPage) {
      const start = map[i]!.offset;
      const end = Math.min(start + 12, map[i + 1]?.offset ?? text.length);
      const [got] = rectsOf(map, start, end);
      const [want] = rectsOf(upright.map, start, end);
      const [ax, ay] = turn[pages[page - 1]!.rotation]!(want!.x0, want!.y0);
      const [bx, by] = turn[pages[page - 1]!.rotation]!(want!.x1, want!.y1);
      expect([got!.x0, got!.y0, got!.x1, got!.y1].map((v) => v.toFixed(2)), `page ${page}`)
        .toEqual([Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)].map((v) => v.toFixed(2)));
    }
  });

  it('gives runs with their font size, and landscape table pages their own width and height', async () => {
    const pages = await readPdfPages(bytesOf(`${REAL}putuo-shgzb-2024.pdf`));
    const landscape = pages.filter((p) => p.width > p.height).map((p) => p.page);
    expect(landscape.length).toBeGreaterThanOrEqual(8);
    const title = pages[16]!.items.find((i) => i.str === '第三部分')!;
    expect(title.fontSize).toBeCloseTo(15, 4);
    expect(title.width).toBeCloseTo(60, 3);
    expect(title.transform.map((v) => Math.round(v * 100) / 100)).toEqual([15, 0, -0, 15, 76.56, 700.37]);
  });

  it('tells whether a PDF has text without making it: pdfHasText answers as the text itself does', async () => {
    const line = (text: string, n: number): PdfLine => ({ page: 1, line: n, text, boxes: () => [], x: 90, right: 500, y: 700 - 20 * n });
    const linesOf = (texts: string[], explanation?: { start: number; end: number }) => ({ lines: texts.map(line), texts, explanation });
    const cases = [
      linesOf([]),
      linesOf(['   ', '\t']),
      linesOf(['一、收入支出决算总体情况说明']),
      linesOf(['第三部分 2024 年度部门决算情况说明']),
      linesOf(['本年收入合计 4,340.16 万元。']),
      // only the explanation counts: text outside it is no Part 3
      linesOf(['目录', ' ', '说明'], { start: 1, end: 2 }),
      linesOf(['目录', '第三部分', ' '], { start: 1, end: 3 }),
    ];
    for (const c of cases) expect(pdfHasText(c), JSON.stringify(c.texts)).toBe(pdfText([], c).text.trim() !== '');
    for (const name of ['putuo-shgzb-2024', 'putuo-czj-2024', 'shanghai-template-2024']) {
      const read = pdfTextLines(await readPdfPages(bytesOf(`${REAL}${name}.pdf`)));
      expect(pdfHasText(read), name).toBe(true);
    }
    expect(cases.map((c) => pdfHasText(c))).toEqual([false, false, true, true, true, false, true]);
  });

  it('says a scan is a scan: no text layer, nothing to read (review, import and lint exit 2)', async () => {
    await expect(readPdfPages(scan)).rejects.toMatchObject({ name: 'PdfReadError', reason: 'scan', message: expect.stringContaining('扫描件') });
    expect(await readDocument(scan)).toMatchObject({ kind: 'refused', message: expect.stringContaining('扫描件') });
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-pdf-'));
    writeFileSync(join(dir, 'scan.pdf'), scan);
    for (const args of [['review', join(dir, 'scan.pdf')], ['import', join(dir, 'scan.pdf')], ['lint', join(dir, 'scan.pdf'), '--data', 'data/liaocheng-2024.yaml']]) {
      const run = juesuan(...args);
      expect(run.status, args[0]).toBe(2);
      expect(run.stderr, args[0]).toContain('scan.pdf');
      expect(run.stderr, args[0]).toContain('这个 PDF 文件是扫描件（页面只是图片，没有文字层）');
    }
  });

  it('knows a scan with a text layer (blind 14R h/i/l-ocr): a picture over the page and only invisible text (3 Tr) — and no other page', async () => {
    /** One page: an image drawn over `[w, h]` of it, then a line of text in render mode `mode`. */
    const page = (w: number, h: number, mode: number) => {
      const content = `q ${w} 0 0 ${h} 0 0 cm /Im1 Do Q BT /F1 12 Tf ${mode} Tr 72 700 Td (Total 12,345.67) Tj ET`;
      return pdfOf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> /Font << /F1 6 0 R >> >> /Contents 5 0 R >>',
        '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream',
        `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      ]);
    };
    const [scanned] = await readPdfPages(page(595, 842, 3));
    expect(scanned!.items.map((i) => i.str).join('')).toContain('12,345.67');
    expect(scanned!.ocr).toBe(true);
    // Visible text over a picture (a cover, a letterhead), or invisible text beside a small picture: no scan.
    expect((await readPdfPages(page(595, 842, 0)))[0]!.ocr).toBeUndefined();
    expect((await readPdfPages(page(200, 100, 3)))[0]!.ocr).toBeUndefined();
    for (const name of ['putuo-shgzb-2024', 'shanghai-template-2024', 'putuo-czj-2024']) {
      expect((await readPdfPages(bytesOf(`${REAL}${name}.pdf`))).filter((p) => p.ocr), name).toEqual([]);
    }
    // The import says so, for every such page.
    expect((await importPdf(page(595, 842, 3), 'scan.pdf')).imported.notes[0]).toBe('第 1 页是扫描图像上的文字识别层（OCR），不是文件原有的文字：数字可能识别有误，请对照页面图像核对');
  });

  it('says text that cannot be read is unreadable: fonts with no ToUnicode map read as mojibake, not as a document (blind 11R d05; review, import and lint exit 2)', async () => {
    const file = `${ROOT}test/fixtures/layouts/blind11r/no-tounicode.pdf`;
    await expect(readPdfPages(bytesOf(file))).rejects.toMatchObject({ name: 'PdfReadError', reason: 'unmapped', message: expect.stringContaining('字体没有字符映射') });
    for (const args of [['review', file], ['import', file], ['lint', file, '--data', 'data/liaocheng-2024.yaml']]) {
      const run = juesuan(...args);
      expect(run.status, args[0]).toBe(2);
      expect(run.stderr, args[0]).toContain('no-tounicode.pdf');
      expect(run.stderr, args[0]).toContain('这个 PDF 文件的文字层读不出');
      expect(run.stderr, args[0]).not.toMatch(/决算年度|九张公开表/u);
    }
  });

  it('refuses a text layer a tool garbled while re-saving (Ghostscript pdfwrite, /screen): accented Latin letters and ~ among the ideographs (blind 20S u18, u07; review and import exit 2)', async () => {
    const dir = `${ROOT}test/fixtures/layouts/blind20s/`;
    for (const name of ['gs-pdfwrite-garbled', 'gs-screen-garbled']) {
      const file = `${dir}${name}.pdf`;
      await expect(readPdfPages(bytesOf(file)), name).rejects.toMatchObject({ name: 'PdfReadError', reason: 'garbled', message: expect.stringContaining('文字层已损坏') });
      for (const args of [['review', file], ['review', file, '--year', '2024'], ['import', file]]) {
        const run = juesuan(...args);
        expect(run.status, `${name} ${args.join(' ')}`).toBe(2);
        expect(run.stderr, name).toContain('这个 PDF 文件的文字层已损坏');
        expect(run.stderr, name).toContain('Ghostscript');
        // The damaged text is the reason, not a year that the garbling hid, and no verdict is drawn from it.
        expect(run.stderr, name).not.toMatch(/决算年度|请用 --year/u);
        expect(run.stdout, name).not.toMatch(/错误|rate-unit-missing/u);
      }
    }
    // The same pass leaving a LibreOffice PDF intact, and the real documents: read.
    for (const file of [`${dir}gs-pdfwrite-intact.pdf`, ...['putuo-shgzb-2024', 'shanghai-template-2024', 'putuo-czj-2024'].map((n) => `${REAL}${n}.pdf`)]) {
      expect(garbledText(await readPdfPages(bytesOf(file))), file).toBe(false);
    }
  });

  it('counts as garbled only stray letters touching ideographs, at least 20 and one per hundred ideographs', () => {
    const pageOf = (...strs: string[]) => [{ items: strs.map((str) => ({ str })) }] as unknown as PdfPage[];
    const prose = '本年收入合计三千一百万元其中财政拨款收入三千万元'.repeat(20); // 480 ideographs
    // A sentence end read as a stray letter, 20 times in a page: garbled; once per item, across items too.
    expect(garbledText(pageOf(`${prose}${'收入ÿ财政'.repeat(20)}`))).toBe(true);
    expect(garbledText(pageOf(prose, ...Array.from({ length: 20 }, () => ['均', '~', '元']).flat()))).toBe(true);
    // Too few to be more than a name in pinyin, or too thin a share of the ideographs: not garbled.
    expect(garbledText(pageOf(`${prose}${'收入ÿ财政'.repeat(19)}`))).toBe(false);
    expect(garbledText(pageOf(prose.repeat(5), '收入ÿ财政'.repeat(20)))).toBe(false);
    // × ÷ between ideographs, and accented letters among Latin ones or digits: a clean document's text.
    expect(garbledText(pageOf(`${prose}${'金额×比例÷合计'.repeat(30)}${'Zürich café 2ó'.repeat(30)}`))).toBe(false);
  });

  it('refuses digits a wrong ToUnicode map swapped: three 类 codes at least printed before other classes\' names (blind 20S d05; review and import exit 2)', async () => {
    const file = `${ROOT}test/fixtures/layouts/blind20s/wrong-tounicode-digits.pdf`;
    await expect(readPdfPages(bytesOf(file))).rejects.toMatchObject({ name: 'PdfReadError', reason: 'garbled-digits', message: expect.stringContaining('数字读错了') });
    for (const args of [['review', file, '--year', '2024'], ['import', file]]) {
      const run = juesuan(...args);
      expect(run.status, args[0]).toBe(2);
      expect(run.stderr, args[0]).toContain('科目编码与印在旁边的科目名称不符');
    }
    const pageOf = (...strs: string[]) => [{ items: strs.map((str) => ({ str })) }] as unknown as PdfPage[];
    // Names in pieces, codes beside them: three classes misnumbered are a map's doing.
    expect(garbledDigits(pageOf('207', ' ', '一', '般', '公共', '服', '务', '支', '出', ' ', '281,628.26', '203 社会保障和就业支出', '287农林水支出'))).toBe(true);
    // Right codes, a document's slip in one or two codes, and amounts ending in 2dd before a name: not garbled.
    expect(garbledDigits(pageOf('201 一般公共服务支出', '208 社会保障和就业支出', '213 农林水支出', '205 教育支出'))).toBe(false);
    expect(garbledDigits(pageOf('207 一般公共服务支出', '203 社会保障和就业支出', '213 农林水支出'))).toBe(false);
    expect(garbledDigits(pageOf('1,234.207 一般公共服务支出', '5.203 社会保障和就业支出', '12287 农林水支出', '207 一般公共服务支出'))).toBe(false);
    // The real documents: read.
    for (const name of ['putuo-shgzb-2024', 'shanghai-template-2024', 'putuo-czj-2024']) {
      expect(garbledDigits(await readPdfPages(bytesOf(`${REAL}${name}.pdf`))), name).toBe(false);
    }
  });

  it('says in Chinese, never in the engine\'s words, that a damaged or locked PDF cannot be read', async () => {
    const damaged = new Uint8Array(Buffer.from('%PDF-1.7\nnot really'));
    const error = await readPdfPages(damaged).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfReadError);
    expect((error as PdfReadError).message).toBe('这是损坏的 PDF 文件（文件结构无效，可能下载或复制时不完整），无法读取；请重新下载');

    // Cut in half: whatever PDFium recovers, the answer is text or a Chinese reason, never a crash.
    const real = bytesOf(`${REAL}putuo-shgzb-2024.pdf`);
    const half = await readDocument(real.subarray(0, real.length >> 1));
    if (half.kind === 'refused') expect(half.message).toMatch(NOT_ENGLISH);
    else expect(half.kind).toBe('extracted');

    const dir = mkdtempSync(join(tmpdir(), 'juesuan-pdf-'));
    writeFileSync(join(dir, 'damaged.pdf'), damaged);
    const locked = join(dir, 'locked.pdf');
    const encrypt = spawnSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', `${REAL}shanghai-template-2024.pdf`, locked]);
    expect(encrypt.status, 'qpdf (Debian package qpdf) makes the locked PDF').toBe(0);
    await expect(readPdfPages(bytesOf(locked))).rejects.toMatchObject({ reason: 'password', message: '这个 PDF 文件设置了打开密码，juesuan 无法打开；请在 PDF 阅读器中去掉密码后另存一份' });
    // Printing and copying forbidden, but no password to open it: it reads as the original.
    const restricted = join(dir, 'restricted.pdf');
    expect(spawnSync('qpdf', ['--encrypt', '', 'owner-secret', '256', '--print=none', '--extract=n', '--', `${REAL}shanghai-template-2024.pdf`, restricted]).status).toBe(0);
    expect((await extractPdf(bytesOf(restricted))).text).toBe(golden('shanghai-template-2024', 'text.md'));
    for (const [file, reason] of [['damaged.pdf', '这是损坏的 PDF 文件'], ['locked.pdf', '这个 PDF 文件设置了打开密码']] as const) {
      for (const command of ['review', 'import']) {
        const run = juesuan(command, join(dir, file));
        expect(run.status, `${command} ${file}`).toBe(2);
        expect(run.stderr).toContain(reason);
        expect(run.stderr.replace(dir, '').replace(file, '')).toMatch(NOT_ENGLISH);
      }
    }
  });
});
