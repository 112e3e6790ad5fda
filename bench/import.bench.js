#!/usr/bin/env node
/**
 * Import speed of a real published PDF, as ratios against baselines measured
 * in the same run:
 *
 * 1. In one process: `importPdf` (read the PDF's pages, group the runs into
 *    lines and cells, find and read the nine tables, write the YAML) ÷
 *    reading the pages alone (readPdfPages): what the import adds to reading
 *    the PDF at all (target ≤ 1.5, issue 10). CPU time, alternating rounds,
 *    each side its best round; the file is read from disk afresh in every
 *    round of both sides (the reader keeps nothing between calls).
 * 2. Whole processes: `juesuan import FILE -o data.yaml` ÷ `pdftotext -layout
 *    FILE`, pair by pair (whole-process.js).
 *
 *   node bench/import.bench.js [--quick]   (npm run bench runs it)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPdfPages } from '../dist/documents/pdf.js';
import { importedYaml, importPdf, pdfPageLines, recognisePlacedTables } from '../dist/import/index.js';
import { cpuMsAsync as cpuMs } from './paired.js';
import { comparePairs, onPath, range, show } from './whole-process.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NAME = 'putuo-shgzb-2024.pdf';
const PDF = join(ROOT, 'test/fixtures/real', NAME);
const quick = process.argv.includes('--quick');
const fresh = () => new Uint8Array(readFileSync(PDF));

const read = () => readPdfPages(fresh());
async function importOnce() {
  const { imported } = await importPdf(fresh(), NAME);
  if (Object.keys(imported.tables).length !== 9) throw new Error('the import did not find the nine tables');
}

const rounds = quick ? 8 : 25;
for (let i = 0; i < 3; i++) { await read(); await importOnce(); } // warm up the JIT and the WebAssembly tiers
const reads = [];
const imports = [];
for (let r = 0; r < rounds; r++) {
  reads.push(await cpuMs(read));
  imports.push(await cpuMs(importOnce));
}
const bestRead = range(reads).min;
const bestImport = range(imports).min;
// What the import adds, timed alone on pages already read: lines and cells, the recogniser and the YAML writer.
const pages = await read();
const recognise = () => importedYaml(recognisePlacedTables(pages.flatMap(pdfPageLines)), { source: NAME });
for (let i = 0; i < 10; i++) recognise();
const recognitions = [];
for (let r = 0; r < rounds; r++) recognitions.push(await cpuMs(() => { for (let i = 0; i < 10; i++) recognise(); }) / 10);
const bestRecognise = range(recognitions).min;
const ratio = bestImport / bestRead;
console.log(`import of a real PDF (${NAME}, 24 pages):`);
console.log(`  in one process, import ÷ reading the PDF's pages: ${ratio.toFixed(2)}   target ≤ 1.5: ${ratio <= 1.5 ? 'met' : 'NOT met'}`);
console.log(`    reading ${bestRead.toFixed(1)} ms CPU, import ${bestImport.toFixed(1)} ms CPU (best of ${rounds}); lines, tables and YAML alone ${bestRecognise.toFixed(1)} ms (${((bestRecognise / bestRead) * 100).toFixed(0)} % of the reading)`);

if (!onPath('pdftotext')) {
  console.log('  pdftotext (poppler-utils) is not installed: the whole-process ratio is skipped');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-import-bench-'));
  try {
    const whole = comparePairs([process.execPath, join(ROOT, 'bin/juesuan.js'), 'import', PDF, '-o', join(dir, 'data.yaml')], ['pdftotext', '-layout', PDF, join(dir, 'layout.txt')], { pairs: quick ? 5 : 9, repeatB: 10 });
    console.log(`  juesuan import ÷ pdftotext -layout, whole processes: CPU ${show(whole.ratio.cpu)}, wall ${show(whole.ratio.wall)}`);
    console.log(`    juesuan ${show(whole.a.cpu, 3)} s CPU, peak ${show(whole.a.peakMiB, 0)} MiB; pdftotext ${show(whole.b.cpu, 3)} s CPU (each the mean of 10 runs in a row)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
