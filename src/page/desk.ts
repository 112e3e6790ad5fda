/**
 * The report page's script (bundled into dist/page/desk.js and inlined in
 * every HTML report): draws a PDF's pages with pdf.js from the copy embedded
 * in the page, places each finding's mark over its words, and moves from one
 * finding to the next (the list, the ▲ ▼ buttons, the keys N/J and P/K).
 * An index page's table sorts by a click on its column headers.
 * Nothing is requested from any server: pdf.js and its worker are unpacked
 * from the page into blob: URLs.
 */
type Kind = 'error' | 'warning' | 'unverified' | 'table';
interface PageFinding {
  n: number;
  kind: Kind;
  page?: number;
  rects?: Array<[number, number, number, number]>;
  /** a table finding's cells on other pages */
  more?: Array<{ page: number; rects: Array<[number, number, number, number]> }>;
  place: string;
  detail: string;
  table?: string;
}
interface DeskData {
  kind: 'pdf' | 'docx' | 'text' | 'index';
  pageSizes: Array<[number, number]>;
  findings: PageFinding[];
}
type Pdfjs = typeof import('pdfjs-dist');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;

const MARKS: Record<Kind, string> = { error: '✖', warning: '▲', unverified: '？', table: '⊘' };

function dataOf(): DeskData {
  return JSON.parse(document.getElementById('desk-data')!.textContent ?? '{}') as DeskData;
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A gzip-compressed, base64-encoded script of the page, unpacked into a blob: URL. */
async function unpackedScript(id: string): Promise<string> {
  const packed = new Blob([bytesOf(document.getElementById(id)!.textContent ?? '')]);
  const stream = packed.stream().pipeThrough(new DecompressionStream('gzip'));
  const code = await new Response(stream).text();
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}

// ── navigation ───────────────────────────────────────────────────────────

class FindingNavigator {
  private current = -1;
  private readonly position = document.querySelector<HTMLElement>('.position');
  private readonly card = document.querySelector<HTMLElement>('.card');

  constructor(private readonly findings: PageFinding[]) {
    this.say();
  }

  /** The marks of finding n on the page (several where its words break across lines). */
  marks(n: number): HTMLElement[] {
    return [...document.querySelectorAll<HTMLElement>('[data-f]')].filter((el) => (el.dataset['f'] ?? '').split(' ').includes(String(n)));
  }

  go(index: number): void {
    if (this.findings.length === 0) return;
    this.current = (index + this.findings.length) % this.findings.length;
    const f = this.findings[this.current]!;
    document.querySelectorAll('.current').forEach((el) => el.classList.remove('current'));
    document.querySelectorAll('[aria-current]').forEach((el) => el.removeAttribute('aria-current'));
    const item = document.getElementById(`item-${f.n}`);
    item?.classList.add('current');
    item?.querySelector('a')?.setAttribute('aria-current', 'true');
    const marks = this.marks(f.n);
    for (const m of marks) m.classList.add('current');
    const target = document.getElementById(`f-${f.n}`) ?? marks[0] ?? document.getElementById(`table-${f.n}`) ?? (f.page ? document.getElementById(`page-${f.page}`) : null) ?? item;
    target?.scrollIntoView({ block: 'center', behavior: 'auto' });
    // The list scrolls on its own, without moving the page away from the mark.
    const list = item?.closest<HTMLElement>('.list');
    if (item && list && !isVisibleIn(item, list)) list.scrollTop += item.getBoundingClientRect().top - list.getBoundingClientRect().top - 8;
    this.say();
    if (this.card) {
      this.card.hidden = false;
      this.card.className = `card k-${f.kind}`;
      this.card.textContent = f.detail;
    }
  }

  next(): void { this.go(this.current + 1); }
  prev(): void { this.go(this.current < 0 ? -1 : this.current - 1); }

  select(n: number): void {
    const i = this.findings.findIndex((f) => f.n === n);
    if (i >= 0) this.go(i);
  }

  private say(): void {
    if (this.position) this.position.textContent = this.findings.length === 0 ? '无问题' : `${this.current + 1 > 0 ? this.current + 1 : '–'} / ${this.findings.length}`;
  }
}

function isVisibleIn(el: HTMLElement, container: Element | null): boolean {
  if (!container) return true;
  const a = el.getBoundingClientRect();
  const b = container.getBoundingClientRect();
  return a.top >= b.top && a.bottom <= b.bottom;
}

function wireNavigation(nav: FindingNavigator, onPrint: () => Promise<void>): void {
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/u.test(t.tagName))) return;
    const key = e.key.toLowerCase();
    if (key === 'n' || key === 'j') { nav.next(); e.preventDefault(); }
    else if (key === 'p' || key === 'k') { nav.prev(); e.preventDefault(); }
  });
  document.addEventListener('click', (e) => {
    const el = e.target as HTMLElement;
    const go = el.closest<HTMLElement>('[data-go]')?.dataset['go'];
    if (go === 'next') nav.next();
    else if (go === 'prev') nav.prev();
    else if (go === 'print') void onPrint();
    const link = el.closest<HTMLElement>('a[data-n]');
    if (link) {
      e.preventDefault();
      nav.select(Number(link.dataset['n']));
      return;
    }
    const mark = el.closest<HTMLElement>('[data-f]');
    if (mark) nav.select(Number((mark.dataset['f'] ?? '').split(' ')[0]));
  });
}

// ── PDF pages ────────────────────────────────────────────────────────────

interface PageSlot {
  n: number;
  section: HTMLElement;
  body: HTMLElement;
  proxy?: Promise<PdfPageProxy>;
  drawn?: Promise<void>;
}

/** Marks over the words of each finding on its page, in percent of the page, so that they follow its size. */
function placeMarks(slot: PageSlot, page: PdfPageProxy, findings: PageFinding[]): void {
  const viewport = page.getViewport({ scale: 1 });
  slot.body.style.aspectRatio = `${viewport.width} / ${viewport.height}`;
  const layer = document.createElement('div');
  layer.className = 'marks';
  let notes = 0;
  for (const f of findings) {
    // Its words, or its cells: on its page, and (a table's) on the pages its other cells stand on.
    const here = f.page === slot.n ? f.rects ?? [] : f.more?.find((m) => m.page === slot.n)?.rects ?? [];
    here.forEach((r, i) => {
      const [x0, y0, x1, y1] = viewport.convertToViewportRectangle(r);
      const el = document.createElement('div');
      el.className = `hl k-${f.kind}`;
      el.dataset['f'] = String(f.n);
      el.title = f.detail;
      el.style.left = `${(Math.min(x0, x1) / viewport.width) * 100}%`;
      el.style.top = `${(Math.min(y0, y1) / viewport.height) * 100}%`;
      el.style.width = `${(Math.abs(x1 - x0) / viewport.width) * 100}%`;
      el.style.height = `${(Math.abs(y1 - y0) / viewport.height) * 100}%`;
      if (i === 0 && f.page === slot.n) {
        el.id = `f-${f.n}`;
        const badge = document.createElement('span');
        badge.className = 'badge';
        badge.textContent = `${MARKS[f.kind]}${f.n}`;
        el.append(badge);
      }
      layer.append(el);
    });
    if (f.page !== slot.n) continue;
    const rects = f.rects ?? [];
    if (rects.length === 0) {
      // No words to mark (a table's finding, a notice): a note in the page's margin, never on other words.
      const el = document.createElement('div');
      el.className = `note k-${f.kind}`;
      el.dataset['f'] = String(f.n);
      el.id = `f-${f.n}`;
      el.title = f.detail;
      el.style.top = `${2 + notes * 4}%`;
      el.textContent = `${MARKS[f.kind]}${f.n}`;
      layer.append(el);
      notes++;
    }
  }
  slot.body.append(layer);
}

async function drawPage(slot: PageSlot, pdfjs: Pdfjs): Promise<void> {
  const page = await slot.proxy!;
  const width = Math.max(slot.body.clientWidth, 320);
  const base = page.getViewport({ scale: 1 });
  const scale = (width / base.width) * Math.min(window.devicePixelRatio || 1, 2);
  const viewport = page.getViewport({ scale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.className = 'page-canvas';
  await page.render({ canvas, viewport }).promise;
  slot.body.prepend(canvas);
  // The text layer, sized by the page's width (--total-scale-factor): the words can be selected and searched.
  const text = document.createElement('div');
  text.className = 'textLayer';
  slot.body.dataset['width'] = String(base.width);
  fitTextLayer(slot);
  const layer = new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport: base });
  await layer.render();
  slot.body.insertBefore(text, canvas.nextSibling);
  slot.section.classList.add('drawn');
}

function fitTextLayer(slot: PageSlot): void {
  const width = Number(slot.body.dataset['width']);
  if (width > 0) slot.body.style.setProperty('--total-scale-factor', String(slot.body.clientWidth / width));
}

async function showPdf(data: DeskData, nav: FindingNavigator): Promise<() => Promise<void>> {
  const pdfjs = (await import(await unpackedScript('desk-pdfjs'))) as Pdfjs;
  pdfjs.GlobalWorkerOptions.workerSrc = await unpackedScript('desk-pdfjs-worker');
  const bytes = bytesOf(document.getElementById('desk-pdf')!.textContent ?? '');
  const pdf: PdfDocument = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: true, verbosity: 0 }).promise;
  const slots: PageSlot[] = [...document.querySelectorAll<HTMLElement>('.page')].map((section) => ({
    n: Number(section.dataset['page']), section, body: section.querySelector<HTMLElement>('.page-body')!,
  }));
  const withFindings = new Set(data.findings.flatMap((f) => [f.page, ...(f.more ?? []).map((m) => m.page)]));
  // Every page's marks at once (cheap): the list and the keys can reach a finding on a page not yet drawn.
  await Promise.all(slots.map(async (slot) => {
    slot.proxy = pdf.getPage(slot.n);
    placeMarks(slot, await slot.proxy, data.findings);
    if (withFindings.has(slot.n)) slot.section.classList.add('has-findings');
  }));
  document.body.classList.add('marks-ready');
  const draw = (slot: PageSlot) => (slot.drawn ??= drawPage(slot, pdfjs).catch((error: unknown) => {
    slot.body.insertAdjacentHTML('beforeend', '<p class="page-error">此页无法显示</p>');
    console.error(error);
  }));
  const seen = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) void draw(slots.find((s) => s.section === e.target)!);
  }, { rootMargin: '600px 0px' });
  for (const slot of slots) seen.observe(slot.section);
  new ResizeObserver(() => slots.forEach(fitTextLayer)).observe(document.querySelector('.pages')!);
  void nav;
  // The pages with findings are drawn soon, one after another, whether or not they are scrolled to: the
  // browser's own printing (Ctrl+P) cannot wait for a page to be drawn, and prints what is there.
  const marked = slots.filter((s) => withFindings.has(s.n));
  const drawMarked = async () => { for (const s of marked) await draw(s); };
  setTimeout(() => void drawMarked(), 300);
  window.addEventListener('beforeprint', () => { for (const s of marked) void draw(s); });
  // Printing: the pages with findings must be drawn first.
  return async () => {
    await Promise.all(slots.filter((s) => withFindings.has(s.n)).map(draw));
    window.print();
  };
}

// ── index ────────────────────────────────────────────────────────────────

function sortableIndex(): void {
  const table = document.querySelector<HTMLTableElement>('.index-table');
  if (!table) return;
  table.querySelectorAll<HTMLButtonElement>('th button').forEach((button, column) => {
    button.addEventListener('click', () => {
      const descending = button.dataset['order'] !== 'desc' && button.dataset['sort'] === 'number';
      table.querySelectorAll('th button').forEach((b) => { delete (b as HTMLElement).dataset['order']; b.closest('th')!.removeAttribute('aria-sort'); });
      button.dataset['order'] = descending ? 'desc' : 'asc';
      button.closest('th')!.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      const body = table.tBodies[0]!;
      const value = (row: HTMLTableRowElement) => {
        const cell = row.cells[column]!;
        return button.dataset['sort'] === 'number' ? Number(cell.dataset['v'] ?? cell.textContent) : (cell.textContent ?? '');
      };
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return descending ? -order : order;
      });
      for (const row of rows) body.append(row);
    });
  });
}

// ── start ────────────────────────────────────────────────────────────────

async function start(): Promise<void> {
  const data = dataOf();
  if (data.kind === 'index') {
    sortableIndex();
    return;
  }
  const nav = new FindingNavigator(data.findings);
  let print = async () => window.print();
  wireNavigation(nav, () => print());
  if (data.kind === 'pdf' && document.getElementById('desk-pdf')) {
    try {
      print = await showPdf(data, nav);
    } catch (error) {
      document.querySelector('.pages')?.insertAdjacentHTML('afterbegin', '<p class="page-error">PDF 页面无法显示（浏览器不支持或文件已损坏），问题清单不受影响。</p>');
      console.error(error);
    }
  }
  document.body.classList.add('ready');
}

void start();
export {};
