/**
 * The desk's web application (Hono): the upload page, the review of what is
 * dropped (desk.ts), and its reports and downloads, all held in memory under
 * a random id and forgotten after a while or when the desk stops. Nothing a
 * request says is ever a path on disk: files are read from the request body,
 * and the addresses name a batch and a document by number.
 *
 * Only this machine's browser may use it: a request must name the desk's own
 * host and port (no other name, against DNS rebinding), and a POST must come
 * from the desk's own page (its Origin), so that no other site can drive it.
 * Sizes and counts are limited, with the reason said in Chinese.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_INPUT_BYTES } from '../data/read-input.js';
import { runDesk, type DeskReport, type Upload } from './desk.js';
import { uploadPage } from './upload-page.js';

export const LIMITS = {
  /** files in one batch */
  files: 50,
  /** one file, as the commands read */
  fileBytes: MAX_INPUT_BYTES,
  /** one batch */
  totalBytes: 256 * 1024 * 1024,
  /** batches kept in memory; the oldest is forgotten first */
  batches: 20,
  /** how long a batch is kept */
  keepMs: 2 * 60 * 60 * 1000,
};

const MB = 1024 * 1024;
const PAGE_CSP = "default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; font-src data: blob:; connect-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

interface Batch {
  report: DeskReport;
  created: number;
}

export interface DeskApp {
  app: Hono;
  /** forgets every batch */
  clear(): void;
}

/** The application for a desk listening on `port` (the host names it answers to follow from it). */
export function createDeskApp(port: () => number): DeskApp {
  const batches = new Map<string, Batch>();
  // One batch is reviewed at a time: two large ones together would only compete for memory.
  let queue: Promise<unknown> = Promise.resolve();
  const app = new Hono();

  const allowedHosts = () => new Set([`127.0.0.1:${port()}`, `localhost:${port()}`, `[::1]:${port()}`]);
  app.use('*', async (c, next) => {
    const host = c.req.header('host') ?? '';
    if (!allowedHosts().has(host.toLowerCase())) return c.text('拒绝访问：只接受本机地址（127.0.0.1 或 localhost）的访问', 403);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin');
      if (origin !== `http://${host}`) return c.json({ message: '拒绝访问：请求不是来自审校台自己的页面' }, 403);
    }
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cache-Control', 'no-store');
  });

  const page = (c: Context, html: string) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.html(html);
  };

  app.get('/', (c) => page(c, uploadPage(LIMITS)));

  app.post('/review',
    bodyLimit({
      maxSize: LIMITS.totalBytes,
      onError: (c) => c.json({ message: `文件太大：一次最多上传 ${LIMITS.totalBytes / MB} MB，请分批上传` }, 413),
    }),
    async (c) => {
      let body: Record<string, unknown>;
      try {
        body = await c.req.parseBody({ all: true });
      } catch {
        return c.json({ message: '无法读取上传的文件，请重新选择文件后再试' }, 400);
      }
      const files = ([] as unknown[]).concat(body['files'] ?? []).filter((f): f is File => f instanceof File);
      if (files.length === 0) return c.json({ message: '没有收到文件：请把 PDF、Word、Markdown 文件（以及可选的数据文件）拖到页面上' }, 400);
      if (files.length > LIMITS.files) return c.json({ message: `文件太多：一次最多 ${LIMITS.files} 个，这次有 ${files.length} 个，请分批上传` }, 413);
      const big = files.find((f) => f.size > LIMITS.fileBytes);
      if (big) return c.json({ message: `${big.name} 太大（${(big.size / MB).toFixed(1)} MB）：每个文件最多 ${LIMITS.fileBytes / MB} MB` }, 413);
      const uploads: Upload[] = [];
      for (const f of files) uploads.push({ name: cleanName(f.name), bytes: new Uint8Array(await f.arrayBuffer()) });
      const id = randomUUID();
      const base = `/r/${id}`;
      const run = queue.then(() => runDesk(uploads, {
        page: (n) => `${base}/${n}`, annotated: (n) => `${base}/${n}/annotated`, fixed: (n) => `${base}/${n}/fixed`,
        index: `${base}/`, csv: `${base}/findings.csv`, xlsx: `${base}/findings.xlsx`, desk: '/',
      }));
      queue = run.catch(() => undefined);
      let report: DeskReport;
      try {
        report = await run;
      } catch (error) {
        return c.json({ message: `审校时出现内部错误（${error instanceof Error ? error.message : String(error)}）` }, 500);
      }
      forgetOld(batches);
      batches.set(id, { report, created: Date.now() });
      const url = report.documents.length === 1 && report.problems.length === 0 ? `${base}/1` : `${base}/`;
      return c.json({ url, documents: report.documents.length, problems: report.problems });
    });

  const batchOf = (c: Context): DeskReport | undefined => batches.get(c.req.param('id') ?? '')?.report;
  const documentOf = (c: Context) => batchOf(c)?.documents[Number(c.req.param('n')) - 1];
  const gone = (c: Context) => c.text('这份报告已不在审校台上（已过期或审校台已重启），请重新上传文件', 404);

  app.get('/r/:id/', (c) => {
    const batch = batchOf(c);
    return batch ? page(c, batch.index) : gone(c);
  });
  app.get('/r/:id/findings.csv', (c) => {
    const batch = batchOf(c);
    return batch ? download(c, new TextEncoder().encode(batch.csv), '全部问题.csv', 'text/csv; charset=utf-8') : gone(c);
  });
  app.get('/r/:id/findings.xlsx', (c) => {
    const batch = batchOf(c);
    return batch ? download(c, batch.xlsx, '全部问题.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') : gone(c);
  });
  app.get('/r/:id/:n{[0-9]+}', (c) => {
    const doc = documentOf(c);
    return doc ? page(c, doc.html) : gone(c);
  });
  app.get('/r/:id/:n{[0-9]+}/annotated', (c) => {
    const doc = documentOf(c);
    return doc?.annotated ? download(c, doc.annotated.bytes, doc.annotated.name, 'application/pdf') : gone(c);
  });
  app.get('/r/:id/:n{[0-9]+}/fixed', (c) => {
    const doc = documentOf(c);
    const type = doc?.fixed?.name.endsWith('.docx') ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/markdown; charset=utf-8';
    return doc?.fixed ? download(c, doc.fixed.bytes, doc.fixed.name, type) : gone(c);
  });
  app.notFound((c) => c.text('没有这个页面', 404));
  app.onError((error, c) => c.text(`审校台内部错误：${error.message}`, 500));

  return { app, clear: () => batches.clear() };
}

function forgetOld(batches: Map<string, Batch>): void {
  const now = Date.now();
  for (const [id, b] of batches) if (now - b.created > LIMITS.keepMs) batches.delete(id);
  while (batches.size >= LIMITS.batches) batches.delete(batches.keys().next().value!);
}

/** A file name as sent, without any folder part or control characters: it only names the file in reports. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/u).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\x00-\x1f\x7f]/gu, '').slice(0, 200) || '未命名文件';
}

function download(c: Context, bytes: Uint8Array, name: string, type: string): Response {
  c.header('Content-Type', type);
  c.header('Content-Disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/gu, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  return c.body(bytes as Uint8Array<ArrayBuffer>);
}
