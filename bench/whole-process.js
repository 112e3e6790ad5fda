/**
 * Whole processes timed from outside, against a baseline process run in turn
 * with them (A B A B …): the ratio is taken pair by pair, so a machine whose
 * speed drifts during the run moves both sides of each ratio alike. CPU time
 * (user + system) and peak memory are the operating system's accounting of the
 * finished child, read through GNU time (/usr/bin/time, Debian package
 * `time`); where it is missing, only wall time is measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%e', 'true']).status === 0;

/** Is `command` on the PATH (pdftotext is the baseline of the PDF benches)? */
export function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/**
 * One run of argv: wall seconds; cpu seconds and peak MiB where GNU time is there. Output is discarded.
 * `repeat` runs it that many times in one shell loop and divides the times: GNU time counts CPU in
 * hundredths of a second, too coarse for a 20 ms process on its own.
 */
export function runOnce(argv, { cwd, repeat = 1 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bench-'));
  try {
    const out = join(dir, 'time.txt');
    const looped = repeat === 1 ? argv : ['sh', '-c', `i=0; while [ $i -lt ${repeat} ]; do "$@" || exit 2; i=$((i+1)); done`, 'repeat', ...argv];
    const command = hasGnuTime ? [GNU_TIME, '-f', '%U %S %M', '-o', out, ...looped] : looped;
    const start = process.hrtime.bigint();
    const run = spawnSync(command[0], command.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
    const wall = Number(process.hrtime.bigint() - start) / 1e9 / repeat;
    if (run.error) throw run.error;
    if (run.status !== 0 && run.status !== 1) throw new Error(`${argv.join(' ')} exited with ${run.status}: ${run.stderr}`);
    if (!hasGnuTime) return { wall, cpu: NaN, peakMiB: NaN };
    const [user, system, maxKiB] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    return { wall, cpu: (user + system) / repeat, peakMiB: maxKiB / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** min, median, max */
export function range(xs) {
  const s = sorted(xs);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
}

/**
 * A and B in turn, `pairs` times after one warm-up run of each; each side's figures and the ratios
 * A ÷ B pair by pair. `repeatB`: B's figures are the mean of that many runs in a loop (see runOnce).
 */
export function comparePairs(a, b, { pairs = 5, cwd, repeatB = 1 } = {}) {
  runOnce(a, { cwd });
  runOnce(b, { cwd });
  const runsA = [];
  const runsB = [];
  for (let i = 0; i < pairs; i++) {
    runsA.push(runOnce(a, { cwd }));
    runsB.push(runOnce(b, { cwd, repeat: repeatB }));
  }
  const figure = (runs, key) => range(runs.map((r) => r[key]));
  const ratio = (key) => range(runsA.map((r, i) => r[key] / runsB[i][key]));
  return {
    a: { wall: figure(runsA, 'wall'), cpu: figure(runsA, 'cpu'), peakMiB: figure(runsA, 'peakMiB') },
    b: { wall: figure(runsB, 'wall'), cpu: figure(runsB, 'cpu'), peakMiB: figure(runsB, 'peakMiB') },
    ratio: { wall: ratio('wall'), cpu: ratio('cpu') },
  };
}

const f2 = (x) => (Number.isNaN(x) ? '—' : x.toFixed(2));
/** "median (min–max)" */
export const show = ({ min, median, max }, digits = 2) => (Number.isNaN(median) ? '—' : `${median.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`);
export const seconds = (r) => `${f2(r.median)} s`;
