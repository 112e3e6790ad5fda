#!/usr/bin/env node
/**
 * Review speed of real published PDFs, as ratios against baselines measured
 * in the same run:
 *
 * 1. `juesuan review DIR` over a folder holding each real PDF ten times ÷
 *    `pdftotext -layout` (poppler) of the same files, one process per file as
 *    a user would run it: whole processes, start-up included (target ≤ 4,
 *    issue 17). CPU time and wall time, pair by pair (whole-process.js).
 *    Both with the default threads (two on two cores) and with --jobs 1, one
 *    thread like pdftotext: on a machine whose second core is slower when the
 *    first is busy, the default's CPU time holds that slowdown too.
 * 2. The same for one PDF: review of it ÷ pdftotext -layout of it.
 * 3. Peak memory of review of one PDF (target: within 1.2 × 160 MiB, the
 *    figure before the change of PDF engine).
 * 4. In one process: review's whole work on one PDF (read it, lay out Part 3,
 *    import and check the tables, lint) ÷ reading the PDF's pages alone
 *    (readPdfPages): what review adds to reading. CPU time, alternating
 *    rounds, each side its best round. The file is read from disk afresh in
 *    every round of both sides: nothing is carried over between rounds.
 *
 *   node bench/review.bench.js [--quick] [--pdfs DIR]   (npm run bench runs it)
 *
 * --pdfs DIR takes the PDFs of DIR instead of test/fixtures/real/*.pdf.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPdfPages } from '../dist/documents/pdf.js';
import { readReviewDocument } from '../dist/review/document.js';
import { reviewDocument } from '../dist/review/review.js';
import { cpuMsAsync as cpuMs } from './paired.js';
import { comparePairs, hasGnuTime, onPath, range, show } from './whole-process.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const pdfsAt = process.argv.indexOf('--pdfs');
const PDF_DIR = pdfsAt > 0 ? process.argv[pdfsAt + 1] : join(ROOT, 'test/fixtures/real');
const PDFS = readdirSync(PDF_DIR).filter((f) => f.toLowerCase().endsWith('.pdf')).sort().map((f) => join(PDF_DIR, f));
const ONE = PDFS.find((f) => f.endsWith('putuo-shgzb-2024.pdf')) ?? PDFS[0];
const COPIES = 10;
const JUESUAN = [process.execPath, join(ROOT, 'bin/juesuan.js')];

console.log(`review of real PDFs (${PDFS.length} files from ${PDF_DIR}; ${cpus().length} cores, Node ${process.version})`);

// 1–3: whole processes against pdftotext -layout.
if (!onPath('pdftotext')) {
  console.log('  pdftotext (poppler-utils) is not installed: the whole-process ratios are skipped');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-review-bench-'));
  try {
    const files = [];
    for (const pdf of PDFS) {
      for (let i = 1; i <= COPIES; i++) {
        const copy = join(dir, `${pdf.replace(/^.*[\\/]/u, '').replace(/\.pdf$/iu, '')}-${String(i).padStart(2, '0')}.pdf`);
        copyFileSync(pdf, copy);
        files.push(copy);
      }
    }
    const pdftotextAll = ['sh', '-c', 'for f in "$@"; do pdftotext -layout "$f" /dev/null || exit 2; done', 'pdftotext-all', ...files];
    const many = comparePairs([...JUESUAN, 'review', dir, '--exit-zero', '-o', join(tmpdir(), 'juesuan-review-bench.txt')], pdftotextAll, { pairs: quick ? 3 : 4 });
    // One thread, as pdftotext has: the work per document, apart from what a second thread costs on this machine (bench/jobs.bench.js).
    const single = comparePairs([...JUESUAN, 'review', dir, '--jobs', '1', '--exit-zero', '-o', join(tmpdir(), 'juesuan-review-bench.txt')], pdftotextAll, { pairs: quick ? 3 : 4 });
    const one = comparePairs([...JUESUAN, 'review', ONE, '--exit-zero', '-o', join(tmpdir(), 'juesuan-review-bench.txt')], ['pdftotext', '-layout', ONE, '/dev/null'], { pairs: quick ? 5 : 7, repeatB: 10 });
    console.log(`  review DIR (${files.length} PDFs) ÷ pdftotext -layout of each, whole processes: CPU ${show(many.ratio.cpu)}, wall ${show(many.ratio.wall)}   target ≤ 4: ${many.ratio.cpu.median <= 4 ? 'met' : 'NOT met'} (CPU)`);
    console.log(`    juesuan ${show(many.a.cpu)} s CPU, ${show(many.a.wall)} s wall; pdftotext ${show(many.b.cpu)} s CPU, ${show(many.b.wall)} s wall`);
    console.log(`  review DIR --jobs 1 (one thread) ÷ the same, CPU ${show(single.ratio.cpu)}, wall ${show(single.ratio.wall)}   target ≤ 4: ${single.ratio.cpu.median <= 4 ? 'met' : 'NOT met'} (CPU)`);
    console.log(`    juesuan ${show(single.a.cpu)} s CPU, ${show(single.a.wall)} s wall`);
    console.log(`  review of one PDF ÷ pdftotext -layout of it, whole processes: CPU ${show(one.ratio.cpu)}, wall ${show(one.ratio.wall)}`);
    console.log(`    juesuan ${show(one.a.cpu, 3)} s CPU; pdftotext ${show(one.b.cpu, 3)} s CPU (each the mean of 10 runs in a row)`);
    if (hasGnuTime) {
      const peak = one.a.peakMiB.median;
      console.log(`  peak memory, review of one PDF: ${show(one.a.peakMiB, 0)} MiB   target ≤ 192 MiB (1.2 × 160): ${peak <= 192 ? 'met' : 'NOT met'}`);
      console.log(`  peak memory, review DIR: ${show(many.a.peakMiB, 0)} MiB`);
    } else {
      console.log('  GNU time (/usr/bin/time) is not installed: CPU time and peak memory are not measured, the ratios above are wall time');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 4: in one process, review ÷ reading the PDF's pages.
const read = () => readPdfPages(new Uint8Array(readFileSync(ONE)));
async function review() {
  const doc = await readReviewDocument(ONE);
  if (!doc.ok) throw new Error(doc.message);
  return reviewDocument(doc.document);
}
const rounds = quick ? 7 : 10;
for (let i = 0; i < 3; i++) { await read(); await review(); } // warm up the JIT and the WebAssembly tiers
const reads = [];
const reviews = [];
for (let r = 0; r < rounds; r++) {
  reads.push(await cpuMs(read));
  reviews.push(await cpuMs(review));
}
const bestRead = range(reads).min;
const bestReview = range(reviews).min;
const result = await review();
console.log(`  in one process, review ÷ reading the PDF's pages (${ONE.replace(/^.*[\\/]/u, '')}): ${(bestReview / bestRead).toFixed(2)}`);
console.log(`    reading ${bestRead.toFixed(1)} ms CPU, review ${bestReview.toFixed(1)} ms CPU (best of ${rounds}; ${result.tables.imported.length} tables imported, ${result.lint.verifiedCount + result.lint.unverifiedCount} figures read)`);
