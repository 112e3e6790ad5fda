/**
 * Screenshots compared with the committed ones with tolerance for font
 * rendering: both are drawn in the browser, shrunk to a quarter, and compared
 * by grey level; they differ when more than 2% of the shrunk pixels differ by
 * more than a quarter of the grey scale. UPDATE_SCREENSHOTS=1 writes new
 * baselines; a failing comparison leaves the new screenshot beside the
 * baseline (*.actual.png) to look at.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Desk } from './browser.js';

export async function compareScreenshot(desk: Desk, png: Buffer, baseline: string): Promise<void> {
  if (process.env['UPDATE_SCREENSHOTS'] === '1' || !existsSync(baseline)) {
    if (process.env['CI'] && !existsSync(baseline)) throw new Error(`没有基准截图 ${baseline}：请在本机用 UPDATE_SCREENSHOTS=1 生成并提交`);
    writeFileSync(baseline, png);
    return;
  }
  const page = await desk.browser.newPage();
  const share = await page.evaluate(async ([a, b]) => {
    const load = (src: string) => new Promise<HTMLImageElement>((resolve, reject) => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = reject;
      img.src = src;
    });
    const [x, y] = await Promise.all([load(a!), load(b!)]);
    if (x.width !== y.width || x.height !== y.height) return 1;
    const w = Math.max(1, Math.round(x.width / 4));
    const h = Math.max(1, Math.round(x.height / 4));
    const grey = (img: HTMLImageElement) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0, w, h);
      const d = ctx.getImageData(0, 0, w, h).data;
      const out = new Float32Array(w * h);
      for (let i = 0; i < out.length; i++) out[i] = (0.299 * d[4 * i]! + 0.587 * d[4 * i + 1]! + 0.114 * d[4 * i + 2]!) / 255;
      return out;
    };
    const [p, q] = [grey(x), grey(y)];
    let differing = 0;
    for (let i = 0; i < p.length; i++) if (Math.abs(p[i]! - q[i]!) > 0.25) differing++;
    return differing / p.length;
  }, [`data:image/png;base64,${png.toString('base64')}`, `data:image/png;base64,${readFileSync(baseline).toString('base64')}`]);
  await page.close();
  if (share > 0.02) writeFileSync(baseline.replace(/\.png$/u, '.actual.png'), png);
  expect(share, `${baseline}: ${(share * 100).toFixed(1)}% of the picture differs (see *.actual.png)`).toBeLessThanOrEqual(0.02);
}
