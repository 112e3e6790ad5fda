#!/usr/bin/env node
/**
 * Many documents over threads (--jobs), as whole processes timed from outside
 * (whole-process.js), each round running its commands one after another:
 *
 * - lint of 1,000 documents (the seed and variants) with --jobs 1, and with
 *   --jobs 2 (and --jobs N where the machine has N > 2 cores);
 * - the ceiling any split of the work can reach here: two independent
 *   --jobs 1 processes over the two halves, side by side (V8's own
 *   compiler and collector threads already take part of the second core);
 * - the same for review of a folder of real PDFs (each copied several times).
 *
 * Reported per round and as the median with its range: the speed-up of
 * --jobs 2 over --jobs 1 (wall time), the ceiling's, and their quotient
 * (target ≥ 0.9 on 2 cores; on N cores --jobs N ≥ 0.8 × N, issue 17); peak
 * memory of --jobs 2 ÷ --jobs 1 (target ≤ 2); documents per second.
 *
 *   node bench/jobs.bench.js [--full]   (npm run bench runs it: bench/run.js)
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_DATA as DATA, variants } from './corpus.js';
import { spread as range } from './paired.js';
import { hasGnuTime, runOnce, show } from './whole-process.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const full = process.argv.includes('--full');
const cores = availableParallelism();
const JUESUAN = join(ROOT, 'bin/juesuan.js');

const work = mkdtempSync(join(tmpdir(), 'juesuan-jobs-bench-'));
const out = join(work, 'report.json');

/** `files` split in two folders of halves (for the ceiling) and one folder of all. */
function folders(name, files) {
  const all = join(work, name, 'all');
  const halves = [join(work, name, 'a'), join(work, name, 'b')];
  for (const d of [all, ...halves]) mkdirSync(d, { recursive: true });
  files.forEach(({ name: file, write }, i) => {
    write(join(all, file));
    write(join(halves[i < files.length / 2 ? 0 : 1], file));
  });
  return { all, halves };
}

/**
 * Rounds of: the command with --jobs 1, with each of `jobs`, and the two halves side by side
 * with --jobs 1. `command(folder, jobs)` is the argv after node.
 */
function measure(what, count, { all, halves }, command, rounds) {
  const one = [];
  const many = new Map(jobsToTry.map((j) => [j, []]));
  const pair = [];
  const node = process.execPath;
  for (let r = 0; r < rounds; r++) {
    one.push(runOnce([node, ...command(all, 1)]));
    for (const j of jobsToTry) many.get(j).push(runOnce([node, ...command(all, j)]));
    const [a, b] = halves.map((h) => [node, ...command(h, 1)].map((x) => `'${x.replace(/'/gu, "'\\''")}'`).join(' '));
    pair.push(runOnce(['sh', '-c', `${a} & ${b} & wait`]));
  }
  const ratios = (xs, ys, key) => range(xs.map((x, i) => x[key] / ys[i][key]));
  const ceiling = ratios(one, pair, 'wall');
  console.log(`\n${what} (${count} documents; ${rounds} rounds; ${cores} cores)\n`);
  console.log('| measurement | median (range) | target | met |');
  console.log('|---|---:|---|---|');
  console.log(`| --jobs 1, documents per second (wall) | ${show(range(one.map((x) => count / x.wall)), 1)} | | |`);
  if (hasGnuTime) console.log(`| --jobs 1, documents per second of CPU time: per core busy | ${show(range(one.map((x) => count / x.cpu)), 1)} | | |`);
  console.log(`| two --jobs 1 processes over the halves side by side ÷ one over all: the ceiling (wall) | ${show(ceiling)} | | |`);
  for (const j of jobsToTry) {
    const speedUp = ratios(one, many.get(j), 'wall');
    const share = range(one.map((x, i) => (x.wall / many.get(j)[i].wall) / (x.wall / pair[i].wall)));
    if (j === 2) {
      console.log(`| --jobs 2 speed-up over --jobs 1 (wall) | ${show(speedUp)} | | |`);
      console.log(`| the speed-up ÷ the ceiling | ${show(share)} | ≥ 0.9 | ${share.median >= 0.9 ? 'yes' : 'no'} |`);
    } else {
      console.log(`| --jobs ${j} speed-up over --jobs 1 (wall) | ${show(speedUp)} | ≥ ${(0.8 * j).toFixed(1)} | ${speedUp.median >= 0.8 * j ? 'yes' : 'no'} |`);
    }
    if (hasGnuTime) {
      console.log(`| --jobs ${j} ÷ --jobs 1, CPU time | ${show(ratios(many.get(j), one, 'cpu'))} | | |`);
      const memory = ratios(many.get(j), one, 'peakMiB');
      console.log(`| --jobs ${j} ÷ --jobs 1, peak memory (--jobs 1: ${show(range(one.map((x) => x.peakMiB)), 0)} MiB) | ${show(memory)} | ≤ 2 | ${memory.median <= 2 ? 'yes' : 'no'} |`);
    }
  }
}

const jobsToTry = [2, ...(cores > 2 ? [cores] : [])];
try {
  const docs = variants(1000).map((text, i) => ({ name: `doc-${String(i).padStart(4, '0')}.md`, write: (file) => writeFileSync(file, text) }));
  measure('lint DIR --data …, 1,000 documents', docs.length, folders('lint', docs),
    (dir, jobs) => [JUESUAN, 'lint', dir, '--data', DATA, '--jobs', String(jobs), '--format', 'json', '-o', out, '--exit-zero'], full ? 5 : 2);

  const real = join(ROOT, 'test/fixtures/real');
  const pdfs = readdirSync(real).filter((f) => f.endsWith('.pdf')).sort();
  const copies = full ? 10 : 4;
  const files = pdfs.flatMap((pdf) => Array.from({ length: copies }, (_, i) => ({ name: `${pdf.replace(/\.pdf$/u, '')}-${i}.pdf`, write: (file) => copyFileSync(join(real, pdf), file) })));
  measure(`review DIR, the real PDFs ×${copies}`, files.length, folders('review', files),
    (dir, jobs) => [JUESUAN, 'review', dir, '--jobs', String(jobs), '--format', 'json', '-o', out, '--exit-zero'], full ? 5 : 2);
} finally {
  rmSync(work, { recursive: true, force: true });
}
