/**
 * V8 compiles a function with its optimising compilers (TurboFan, and Maglev
 * from V8 12 on) once it has run a while. In a process that reads a few dozen
 * documents that compilation costs more CPU than it saves: `juesuan review` of
 * 20 PDFs took 21 % less CPU with the bar raised (Node 20), of 100 PDFs 12 %
 * less; but `juesuan lint` of 1,000 Markdown files took 20 % more, so only a
 * run known to be short raises it. The flags are those of the V8 versions
 * named here: V8 prints an error for a flag it does not know, so another
 * version is left as it is.
 */
import { setFlagsFromString } from 'node:v8';
import { V8_FLAGS_CHANGED, v8FlagsChanged } from '../code-cache.js';

/** Documents up to which a run counts as short (review of 100 PDFs still gained). */
const SHORT_RUN_DOCUMENTS = 100;

const FLAGS: Readonly<Record<number, readonly string[]>> = {
  // Node 20: one budget for TurboFan (default 132 KB of bytecode run).
  11: ['--interrupt-budget=1000000'],
  // Node 22 and 24: invocation counts (defaults 3000 and 400).
  12: ['--invocation-count-for-turbofan=20000', '--invocation-count-for-maglev=2000'],
  13: ['--invocation-count-for-turbofan=20000', '--invocation-count-for-maglev=2000'],
};

let raised = false;

/**
 * Leaves V8's bar where it is for the rest of the process: the build (scripts/bundle-cli.mjs) reviews a
 * PDF before writing the CLI's code cache, and V8 rejects a cache made under other flags than the
 * process loading it has (every run loads it before any flag is raised).
 */
export function keepDefaultJit(): void {
  raised = true;
}

/** Raises V8's bar for optimising code when a run reads at most SHORT_RUN_DOCUMENTS documents. */
export function tuneForShortRun(documents: number): void {
  if (raised || documents > SHORT_RUN_DOCUMENTS) return;
  raiseJit();
}

/** Raises V8's bar for the rest of the process (the build too, to write the code cache for it: code-cache.ts). */
export function raiseJit(): void {
  raised = true;
  if (v8FlagsChanged()) return;
  const major = Number(process.versions.v8.split('.')[0]);
  const flags = FLAGS[major] ?? [];
  for (const flag of flags) setFlagsFromString(flag);
  if (flags.length > 0) (globalThis as Record<symbol, unknown>)[V8_FLAGS_CHANGED] = true;
}
