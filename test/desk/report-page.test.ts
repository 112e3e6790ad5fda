/**
 * The HTML report as a person uses it, in Chromium: a real published PDF
 * (putuo-shgzb-2024.pdf) reviewed, its page opened from disk. Every finding
 * of `review --format json` is in the list and marked on the page over its
 * words (checked against the words pdf.js lays out in its text layer); the
 * keys and the list reach every one; the page asks no server for anything;
 * and it looks as it did (screenshots at desktop and phone width, compared
 * with tolerance for font rendering, and its layout measured).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { formatReviewJson } from '../../src/report/review.js';
import { locateLint, locateReview, type LocatedDocument } from '../../src/report/located.js';
import { renderDocumentPage, renderIndexPage } from '../../src/report/html-report.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { ROOT, SEED_PART3, seedAccounts } from '../helpers.js';
import { launch, SKIP_BROWSER, watchRequests, type Desk, type Page } from './browser.js';
import { compareScreenshot } from './screenshots.js';

const PDF = `${ROOT}test/fixtures/real/putuo-shgzb-2024.pdf`;

interface JsonMessage { ruleId: string; message: string; page?: number; line: number }

/**
 * The text of the lines pdf.js's text layer draws under the marks of finding n: each text-layer
 * span whose line a mark sits on (its vertical centre within the span) and that it overlaps.
 * pdf.js lays a span's characters out in a font of its own, so the span, not the character, is
 * what is compared here; that the marks cover exactly their words in the PDF is checked by
 * poppler (annotated-pdf.test.ts) on the same rectangles.
 */
function linesUnderMark(page: Page, n: number): Promise<string> {
  return page.evaluate((n) => {
    const marks = [...document.querySelectorAll<HTMLElement>(`.hl[data-f="${n}"]`)];
    const section = marks[0]?.closest('.page');
    let got = '';
    for (const m of marks) {
      const r = m.getBoundingClientRect();
      const y = (r.top + r.bottom) / 2;
      for (const span of section?.querySelectorAll<HTMLElement>('.textLayer span') ?? []) {
        const s = span.getBoundingClientRect();
        if (y >= s.top && y <= s.bottom && Math.min(r.right, s.right) - Math.max(r.left, s.left) > r.width / 2) got += span.textContent;
      }
    }
    return got;
  }, n);
}

describe.skipIf(SKIP_BROWSER)('the HTML report in a browser', () => {
  let desk: Desk;
  let dir: string;
  let located: LocatedDocument;
  let json: { messages: JsonMessage[]; tableMessages: JsonMessage[]; tables: { notImported: Array<{ problems?: Array<{ reason: string }> }> } };
  let reportUrl: string;

  beforeAll(async () => {
    const browser = launch();
    dir = mkdtempSync(join(tmpdir(), 'juesuan-report-'));
    const read = await readReviewDocument(PDF);
    if (!read.ok) throw new Error(read.message);
    const result = reviewDocument(read.document);
    json = JSON.parse(formatReviewJson([result]))[0];
    located = locateReview(result, read.document);
    const file = join(dir, '报告.html');
    writeFileSync(file, renderDocumentPage(located, { command: 'review', pdf: new Uint8Array(readFileSync(PDF)) }));
    reportUrl = pathToFileURL(file).href;
    desk = await browser;
  }, 30_000);

  afterAll(async () => {
    await desk?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists exactly the findings of review --format json, and marks each on its words, asking no server', async () => {
    const page = await desk.page();
    const requests = watchRequests(page, (url) => url === reportUrl);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(reportUrl);
    await page.waitForSelector('body.marks-ready', { timeout: 15_000 });

    // The same findings, message for message, as the JSON report.
    const listed = await page.$$eval('.item .msg', (els) => els.map((e) => e.textContent ?? ''));
    const expected = [...json.tableMessages, ...json.messages].map((m) => m.message).concat(json.tables.notImported.flatMap((t) => (t.problems ?? []).map((p) => p.reason)));
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(located.findings.length).toBe(expected.length);

    // N goes through every finding in order and wraps; each is marked, in view, on its words.
    const count = located.findings.length;
    for (let k = 1; k <= count; k++) {
      await page.keyboard.press('n');
      const f = located.findings[k - 1]!;
      expect(await page.getAttribute('.item.current a', 'data-n')).toBe(String(k));
      expect(await page.textContent('.position')).toBe(`${k} / ${count}`);
      const mark = page.locator(`.current[data-f="${k}"]`).first();
      expect(await mark.isVisible()).toBe(true);
      const box = (await mark.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(900);
      if (!f.rects) continue;
      await page.waitForSelector(`#page-${f.page}.drawn .textLayer span`, { timeout: 10_000 });
      const lines = (await linesUnderMark(page, k)).replace(/\s/gu, '');
      expect(lines, `finding ${k} (${f.place}) is marked on “${lines}”, its words are “${f.words}”`).toContain((f.words ?? '').replace(/\s/gu, ''));
    }
    await page.keyboard.press('n');
    expect(await page.getAttribute('.item.current a', 'data-n')).toBe('1');
    await page.keyboard.press('p');
    expect(await page.getAttribute('.item.current a', 'data-n')).toBe(String(count));

    // A click in the list goes to the place.
    await page.click('#item-3 a');
    expect(await page.locator('.hl.current[data-f="3"]').first().isVisible()).toBe(true);

    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('looks as it did at desktop and at phone width', async () => {
    const shots = join(ROOT, 'test/desk/screenshots');
    mkdirSync(shots, { recursive: true });
    for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
      const page = await desk.page(viewport);
      await page.goto(reportUrl);
      await page.waitForSelector('body.marks-ready', { timeout: 15_000 });
      // The seventh finding: the truncated share (9.55%) on page 18.
      for (let k = 0; k < 7; k++) await page.keyboard.press('n');
      await page.waitForSelector('#page-18.drawn', { timeout: 10_000 });
      await page.waitForTimeout(300);
      // Layout: desktop has the list beside the document; a phone has it above, nothing wider than the screen.
      const geometry = await page.evaluate(() => {
        const r = (s: string) => {
          const b = document.querySelector(s)!.getBoundingClientRect();
          return { left: b.left, right: b.right, top: b.top + scrollY, bottom: b.bottom + scrollY, toJSON: () => null };
        };
        return { list: r('.list'), doc: r('.document'), scroll: document.documentElement.scrollWidth, width: innerWidth, card: !document.querySelector<HTMLElement>('.card')!.hidden && getComputedStyle(document.querySelector('.card')!).display !== 'none' };
      });
      expect(geometry.scroll).toBeLessThanOrEqual(geometry.width);
      if (name === 'desktop') {
        expect(geometry.list.left).toBeGreaterThanOrEqual(geometry.doc.right);
      } else {
        expect(geometry.list.bottom).toBeLessThanOrEqual(geometry.doc.top + 1);
        expect(geometry.card).toBe(true);
      }
      const png = await page.screenshot();
      await compareScreenshot(desk, png, join(shots, `report-${name}.png`));
      await page.close();
    }
  }, 60_000);

  it('marks a table that fails its identities on its amounts, in the PDF and in a text document', async () => {
    // 公开02表 with 2013901 行政运行's 财政拨款收入 printed 51.23 for 51.32: as a PDF (a content-stream edit) and as its layout text.
    const layout = readFileSync(`${ROOT}test/fixtures/real/putuo-shgzb-2024.layout.txt`, 'utf8').replace(/(2013901 +行政运行 +51\.32 +)51\.32/u, '$151.23');
    const text = join(dir, 'putuo-51.23.txt');
    writeFileSync(text, layout);
    for (const source of [`${ROOT}test/fixtures/desk/putuo-shgzb-2024-51.23.pdf`, text]) {
      const read = await readReviewDocument(source);
      if (!read.ok) throw new Error(read.message);
      const result = reviewDocument(read.document);
      const doc = locateReview(result, read.document);
      const f = doc.findings.find((x) => x.kind === 'table')!;
      const amounts = f.cells!.filter((c) => c.marked).map((c) => c.value);
      expect(amounts).toEqual(['51.32', '51.23', '264.87', '11.31', '202.24']);
      const file = join(dir, `${source.endsWith('.pdf') ? 'typo-pdf' : 'typo-text'}.html`);
      writeFileSync(file, renderDocumentPage(doc, { command: 'review', ...(doc.kind === 'pdf' ? { pdf: new Uint8Array(readFileSync(source)) } : {}) }));
      const page = await desk.page();
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector(doc.kind === 'pdf' ? 'body.marks-ready' : 'body.ready', { timeout: 15_000 });
      // The list and the keys reach it; its marks are the table's kind (not an error's, a warning's), the message on hover.
      await page.click(`#item-${f.n} a`);
      expect(await page.getAttribute('.item.current a', 'data-n')).toBe(String(f.n));
      const marks = page.locator(`.hl.k-table[data-f="${f.n}"]`);
      expect(await marks.count()).toBe(amounts.length);
      expect(await marks.first().isVisible()).toBe(true);
      expect(await marks.first().getAttribute('title')).toContain(f.message);
      await page.keyboard.press('p');
      await page.keyboard.press('n');
      expect(await page.getAttribute('.item.current a', 'data-n')).toBe(String(f.n));
      if (doc.kind === 'pdf') {
        // Each mark covers exactly its amount, as pdf.js lays out the page's text.
        await page.waitForSelector(`#page-${f.page}.drawn .textLayer span`, { timeout: 10_000 });
        const under = await page.evaluate((n) => [...document.querySelectorAll<HTMLElement>(`.hl[data-f="${n}"]`)].map((m) => {
          const r = m.getBoundingClientRect();
          return [...m.closest('.page')!.querySelectorAll<HTMLElement>('.textLayer span')].filter((span) => {
            const s = span.getBoundingClientRect();
            return Math.min(r.right, s.right) - Math.max(r.left, s.left) > 0 && Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > 0;
          }).map((span) => span.textContent).join('').trim();
        }), f.n);
        expect(under).toEqual(amounts);
        await page.screenshot({ path: join(dir, 'typo-pdf.png') });
      } else {
        expect(await marks.allTextContents()).toEqual(amounts);
      }
      await page.close();
    }
  }, 60_000);

  it('marks a linted Markdown document on its characters', async () => {
    const text = readFileSync(SEED_PART3, 'utf8').replace('占政府采购支出总额的 100%', '占政府采购支出总额的 90%');
    const result = lintMarkdown(text, createLintContext(buildFactCatalog(seedAccounts())), { filePath: 'part3.md' });
    const doc = locateLint(result, text);
    expect(doc.findings.length).toBeGreaterThan(0);
    const file = join(dir, 'part3.html');
    writeFileSync(file, renderDocumentPage(doc, { command: 'lint' }));
    const page = await desk.page();
    const url = pathToFileURL(file).href;
    const requests = watchRequests(page, (u) => u === url);
    await page.goto(url);
    await page.waitForSelector('body.ready');
    for (const f of doc.findings.filter((x) => x.range)) {
      const marked = await page.$$eval(`mark[data-f~="${f.n}"]`, (els) => els.map((e) => e.textContent).join(''));
      expect(marked.replace(/\s/gu, '')).toBe(f.words!.replace(/\s/gu, ''));
    }
    await page.keyboard.press('p');
    expect(await page.getAttribute('.item.current a', 'data-n')).toBe(String(doc.findings.length));
    expect(requests).toEqual([]);
    await page.close();
  }, 30_000);

  it('prints every page with findings as drawn, by the browser’s own printing (Ctrl+P) too: none is a blank sheet with marks (blind 17P D3)', async () => {
    const page = await desk.page({ width: 1366, height: 768 });
    await page.goto(reportUrl);
    await page.waitForSelector('body.marks-ready', { timeout: 15_000 });
    await page.keyboard.press('n');
    // The pages with findings are drawn without being scrolled to.
    await page.waitForFunction(() => [...document.querySelectorAll('.page.has-findings')].every((p) => p.classList.contains('drawn')), null, { timeout: 30_000 });
    const pages = await page.$$eval('.page.has-findings', (els) => els.map((e) => Number((e as HTMLElement).dataset['page'])));
    expect(pages).toEqual([17, 18, 19, 20, 21, 22]);
    // A page not drawn yet when printing starts: its marks are not printed alone, it says to use 打印.
    await page.evaluate(() => document.querySelector('#page-20')!.classList.remove('drawn'));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const at = (s: string) => document.querySelector(s)!;
      return {
        undrawnMarks: getComputedStyle(at('#page-20 .marks')).display,
        undrawnSays: getComputedStyle(at('#page-20 .page-body'), '::before').content,
        drawnMarks: getComputedStyle(at('#page-19 .marks')).display,
        drawnSays: getComputedStyle(at('#page-19 .page-body'), '::before').content,
      };
    });
    expect(printed).toEqual({ undrawnMarks: 'none', undrawnSays: '"此页尚未显示完毕，无法打印。请用页面上方的“打印”按钮打印。"', drawnMarks: 'block', drawnSays: 'none' });
    await page.close();
  }, 60_000);

  it('the index of a folder at phone width: a card per file, every count named and on the screen (blind 17P D7)', async () => {
    const doc = { ...located, department: '中共上海市普陀区委社会工作部', year: 2024 };
    const file = join(dir, 'index.html');
    writeFileSync(file, renderIndexPage([{ doc, href: '1.html' }, { doc: { ...doc, name: 'a-very-long-file-name-of-a-disclosure-2024.pdf' }, href: '2.html' }], { command: 'review', deskHref: '/' }));
    const page = await desk.page({ width: 390, height: 844 });
    await page.goto(pathToFileURL(file).href);
    const layout = await page.evaluate(() => ({
      // each card as it reads, the cells' labels (::before, ::after) with them
      cards: [...document.querySelectorAll('.index-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].filter((td) => getComputedStyle(td).display !== 'none').map((td) => {
        const pseudo = (p: string) => { const c = getComputedStyle(td, p).content; return c === 'none' || c === 'normal' ? '' : c.replace(/^"|"$/gu, ''); };
        return `${pseudo('::before')}${td.textContent}${pseudo('::after')}`;
      }).join(' ').replace(/\s+/gu, ' ').trim()),
      department: document.querySelector('td.dept')!.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(document.querySelector('td.dept')!).lineHeight),
      right: Math.max(...[...document.querySelectorAll('.index-table td')].map((t) => t.getBoundingClientRect().right)),
      scroll: document.documentElement.scrollWidth,
    }));
    expect(layout.cards[0]).toBe(`putuo-shgzb-2024.pdf 中共上海市普陀区委社会工作部 2024 年度 ✖ 8 错误 ▲ 警告 0 ？ 无法核对 30 ✔ 核对无误 62`);
    expect(layout.department).toBeLessThan(2 * layout.line + 2);
    expect(layout.right).toBeLessThanOrEqual(390);
    expect(layout.scroll).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(dir, 'index-phone.png') });
    await page.close();
  }, 30_000);
});
