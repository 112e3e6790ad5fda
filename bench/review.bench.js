#!/usr/bin/env node
/**
 * Review speed as a ratio against pdfjs-dist's own text extraction of the same
 * real PDF, measured in the same run: `juesuan review`'s whole work on a
 * published document (read the PDF, lay out its text, import and check the
 * tables, build the partial data model, lint Part 3) over what any reader of
 * the PDF must pay anyway (getDocument + getTextContent of every page).
 * Timings are CPU time (process.cpuUsage) of alternating rounds, each side
 * timed as its best round: what a busy, shared machine adds is left out of both.
 * Target: ≤ 2.
 *
 *   node bench/review.bench.js [--quick]   (npm run bench runs it after the lint bench)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readReviewDocument } from '../dist/review/document.js';
import { reviewDocument } from '../dist/review/review.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const FILE = join(ROOT, 'test/fixtures/real/putuo-shgzb-2024.pdf');
const bytes = readFileSync(FILE);

async function cpuMs(fn) {
  const t = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/** pdfjs alone: every page's text items, joined. */
async function extract() {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str;
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return text;
}

async function review() {
  const read = await readReviewDocument(FILE);
  if (!read.ok) throw new Error(read.message);
  return reviewDocument(read.document);
}

const rounds = quick ? 7 : 15;
for (let i = 0; i < 3; i++) { await extract(); await review(); } // warm up the JIT
let bestExtract = Infinity;
let bestReview = Infinity;
for (let r = 0; r < rounds; r++) {
  bestExtract = Math.min(bestExtract, await cpuMs(extract));
  bestReview = Math.min(bestReview, await cpuMs(review));
}
const ratio = bestReview / bestExtract;
const result = await review();
console.log('review of a real PDF (test/fixtures/real/putuo-shgzb-2024.pdf) ÷ pdfjs-dist text extraction of it');
console.log(`  pdfjs getTextContent, all pages: ${bestExtract.toFixed(1)} ms CPU`);
console.log(`  juesuan review:                 ${bestReview.toFixed(1)} ms CPU (${result.tables.imported.length} tables imported, ${result.lint.verifiedCount + result.lint.unverifiedCount} figures read)`);
console.log(`  ratio ${ratio.toFixed(2)} (target ≤ 2) ${ratio <= 2 ? '✔' : '✘'}`);
