/**
 * juesuan serve as a person uses it: the desk started as a command, a real
 * published PDF dropped on its page in Chromium, and the report it opens
 * holding exactly review's findings, with the annotated PDF to download;
 * nothing requested from anywhere but the desk. And what it refuses: another
 * host name, a POST from another page, too many files.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { formatReviewJson } from '../../src/report/review.js';
import { deskWording } from '../../src/serve/desk.js';
import { ROOT } from '../helpers.js';
import { launch, SKIP_BROWSER, watchRequests, type Desk } from './browser.js';

const PDF = `${ROOT}test/fixtures/real/putuo-shgzb-2024.pdf`;

/** A raw HTTP request, so that the Host and Origin headers are what the test says. */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer }): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function multipart(files: Array<{ name: string; bytes: Buffer }>): { body: Buffer; type: string } {
  const boundary = 'juesuanTestBoundary';
  const parts = files.flatMap((f) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    f.bytes, Buffer.from('\r\n'),
  ]);
  return { body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
}

describe('juesuan serve', () => {
  let server: ChildProcess;
  let url: string;
  let output = '';

  beforeAll(async () => {
    server = spawn(process.execPath, [`${ROOT}bin/juesuan.js`, 'serve', '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    server.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address in: ${output}`)), 15_000);
      server.stdout!.on('data', () => {
        const m = /http:\/\/127\.0\.0\.1:\d+\//u.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      });
    });
  }, 20_000);

  afterAll(() => {
    if (server.exitCode === null) server.kill('SIGKILL');
  });

  it('prints its address and answers on it, in Chinese', async () => {
    expect(output).toContain('juesuan 审校台已启动');
    const page = await send(url, {});
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('把文件拖到这里');
  });

  it('answers no other host name, takes no POST from another page, and limits the number of files', async () => {
    const host = url.replace(/^http:\/\/|\/$/gu, '');
    expect((await send(url, { headers: { Host: `evil.example:${host.split(':')[1]}` } })).status).toBe(403);
    const one = multipart([{ name: 'a.md', bytes: Buffer.from('# x\n') }]);
    const foreign = await send(`${url}review`, { method: 'POST', headers: { 'Content-Type': one.type, Origin: 'http://evil.example' }, body: one.body });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body.toString()).message).toContain('拒绝访问');
    const many = multipart(Array.from({ length: 51 }, (_, i) => ({ name: `${i}.md`, bytes: Buffer.from('# x\n') })));
    const tooMany = await send(`${url}review`, { method: 'POST', headers: { 'Content-Type': many.type, Origin: `http://${host}` }, body: many.body });
    expect(tooMany.status).toBe(413);
    expect(JSON.parse(tooMany.body.toString()).message).toContain('一次最多 50 个');
    // A request path is never a file: a traversal gets the desk's own 404.
    expect((await send(`${url}r/..%2F..%2Fetc%2Fpasswd/1`, {})).status).toBe(404);
  });

  describe.skipIf(SKIP_BROWSER)('in a browser', () => {
    let desk: Desk;
    beforeAll(async () => {
      desk = await launch();
    }, 20_000);
    afterAll(async () => desk?.close());

    it('turns a dropped PDF into the report of its review, with the annotated PDF to download', async () => {
      const read = await readReviewDocument(PDF);
      if (!read.ok) throw new Error(read.message);
      const json = JSON.parse(formatReviewJson([reviewDocument(read.document)]))[0] as { messages: Array<{ message: string }>; tableMessages: Array<{ message: string }> };

      const page = await desk.page();
      const requests = watchRequests(page, (u) => u.startsWith(url));
      await page.goto(url);
      await page.setInputFiles('#files', PDF);
      await Promise.all([page.waitForURL(/\/r\/[0-9a-f-]+\/1$/u, { timeout: 30_000 }), page.click('#go')]);
      await page.waitForSelector('body.marks-ready', { timeout: 15_000 });
      const listed = await page.$$eval('.item .msg', (els) => els.map((e) => e.textContent ?? ''));
      // (as the desk words them: no command-line option)
      expect([...listed].sort()).toEqual([...json.tableMessages, ...json.messages].map((m) => deskWording(m.message)).sort());
      expect(listed.join('\n')).not.toContain('--previous');
      expect(await page.locator('.hl').count()).toBeGreaterThanOrEqual(json.messages.length);

      const link = await page.getAttribute('a.download', 'href');
      expect(link).toMatch(/\/annotated$/u);
      const host = url.replace(/^http:\/\/|\/$/gu, '');
      const annotated = await send(new URL(link!, url).href, { headers: { Host: host } });
      expect(annotated.status).toBe(200);
      const original = readFileSync(PDF);
      expect(annotated.body.subarray(0, original.length).equals(original)).toBe(true);
      expect(annotated.body.length).toBeGreaterThan(original.length);
      expect(requests).toEqual([]);
      await page.close();
    }, 60_000);
  });

  it('stops on an interrupt, saying the files are gone', async () => {
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    server.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('审校台已退出');
  });
});
