/**
 * What an HTML report carries inside itself so that it needs no server: the
 * page's own script and styles (built from src/page into dist/page), and for
 * a PDF, pdf.js (pdfjs-dist's legacy build, for the older Chromium cores that
 * office browsers run) with its worker, gzip-compressed and base64-encoded:
 * 1.7 MB of script become about 0.5 MB, unpacked in the page by the browser's
 * own DecompressionStream. Read and compressed once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

export interface PageAssets {
  script: string;
  style: string;
}

export interface PdfjsAssets {
  /** base64 of the gzip of pdf.min.mjs and of pdf.worker.min.mjs */
  library: string;
  worker: string;
}

let page: PageAssets | undefined;
let pdfjs: PdfjsAssets | undefined;

export function pageAssets(): PageAssets {
  page ??= {
    script: readFileSync(new URL('../../dist/page/desk.js', import.meta.url), 'utf8'),
    style: readFileSync(new URL('../../dist/page/desk.css', import.meta.url), 'utf8'),
  };
  return page;
}

export function pdfjsAssets(): PdfjsAssets {
  if (!pdfjs) {
    const require = createRequire(import.meta.url);
    const packed = (file: string) => gzipSync(readFileSync(require.resolve(`pdfjs-dist/legacy/build/${file}`)), { level: 9 }).toString('base64');
    pdfjs = { library: packed('pdf.min.mjs'), worker: packed('pdf.worker.min.mjs') };
  }
  return pdfjs;
}
