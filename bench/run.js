#!/usr/bin/env node
/**
 * npm run bench: every bench, one after another, each in a process of its
 * own, their output shown as it comes and written to bench/RESULTS.md with
 * the machine and the date (between the markers; what follows them is kept).
 * About three minutes on the 2-core machine the project is developed on;
 * --full measures longer (more processes, rounds and documents).
 *
 *   node bench/run.js [--full] [--no-write] [draft|lint|jobs|review|import …]
 *
 * Naming benches runs only those, and writes nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const RESULTS = `${BENCH}RESULTS.md`;
const START = '<!-- bench:start (written by npm run bench; notes below the end marker are kept) -->';
const END = '<!-- bench:end -->';

const args = process.argv.slice(2);
const full = args.includes('--full');
const asked = args.filter((a) => !a.startsWith('--'));
// Only a run of every bench replaces the results.
const write = !args.includes('--no-write') && asked.length === 0;
const ALL = [
  { name: 'draft', what: 'Draft' },
  { name: 'lint', what: 'Lint' },
  { name: 'jobs', what: 'Many documents over threads (--jobs)' },
  // The PDF benches' own short mode is --quick.
  { name: 'review', what: 'Review of real PDFs', short: ['--quick'] },
  { name: 'import', what: 'Import of a real PDF', short: ['--quick'] },
];
const benches = ALL.filter((b) => (asked.length === 0 || asked.includes(b.name)) && existsSync(`${BENCH}${b.name}.bench.js`));

const load = () => loadavg().map((x) => x.toFixed(1)).join(', ');
const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.platform}, Node ${process.version}`;
const date = new Date().toISOString().replace('T', ' ').slice(0, 16);
console.log(`npm run bench${full ? ' --full' : ''}: ${date} UTC; ${machine}; load average ${load()}\n`);

function run(bench) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [`${BENCH}${bench.name}.bench.js`, ...(full ? ['--full'] : bench.short ?? [])], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`bench/${bench.name}.bench.js exited with ${code}`));
      else resolve({ ...bench, output: output.trim(), seconds: (Date.now() - started) / 1000 });
    });
  });
}

const started = Date.now();
const done = [];
for (const bench of benches) {
  console.log(`== ${bench.name}`);
  done.push(await run(bench));
  console.log('');
}
const total = (Date.now() - started) / 1000;
console.log(`${done.length} benches in ${total.toFixed(0)} s; load average at the end ${load()}`);

if (write) {
  // A bench's own Markdown tables stay tables; plain text is kept as it was printed.
  const section = (b) => `### ${b.what} (bench/${b.name}.bench.js, ${b.seconds.toFixed(0)} s)\n\n${/^\|.*\|$/mu.test(b.output) ? b.output : `\`\`\`\n${b.output}\n\`\`\``}\n`;
  const latest = [
    START,
    `## Latest run: ${date} UTC${full ? ' (--full)' : ''}`,
    '',
    `${machine}; load average ${load()} at the end; ${done.length} benches in ${total.toFixed(0)} s.`,
    '',
    ...done.map(section),
    END,
  ].join('\n');
  const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const at = old.indexOf(START);
  const end = old.indexOf(END);
  const next = at >= 0 && end > at
    ? `${old.slice(0, at)}${latest}${old.slice(end + END.length)}`
    : `${old.replace(/\n*$/u, '')}\n\n${latest}\n`;
  writeFileSync(RESULTS, next);
  console.log(`written to ${RESULTS}`);
}
