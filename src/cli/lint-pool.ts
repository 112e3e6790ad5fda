/**
 * Spreads documents over threads: --jobs N lints on N threads, the main
 * thread and N − 1 worker threads. Each thread builds the lint context of a
 * data file once (loading and validating a data file costs as much as
 * linting a score of documents), so documents are handed out grouped by
 * data file; each worker has at most two jobs in flight, and the main thread
 * takes one job at a time between workers' answers. Outcomes come back in job
 * order whatever order the threads finish in. A handful of documents, or
 * --jobs 1, are linted on the main thread alone: a worker costs about as
 * much to start (its modules, its own data file) as a few documents take.
 */
import { Worker } from 'node:worker_threads';
import { DocumentLinter, type LintJob, type LintOutcome } from './document-linter.js';

/** fewer documents than this are linted on the main thread alone */
export const IN_PROCESS_BELOW = 8;
/** another thread is worth starting for this many documents */
const DOCUMENTS_PER_THREAD = 8;
const IN_FLIGHT = 2;

export interface PoolOptions {
  jobs: number;
  strict: boolean;
  onProgress?: (done: number) => void;
}

/** How many threads lint `documents` with --jobs `jobs`: the main thread and (threads − 1) workers. */
export function threadCount(documents: number, jobs: number): number {
  if (jobs <= 1 || documents < IN_PROCESS_BELOW) return 1;
  return Math.max(1, Math.min(jobs, Math.ceil(documents / DOCUMENTS_PER_THREAD)));
}

export async function lintDocuments(jobs: readonly LintJob[], options: PoolOptions): Promise<LintOutcome[]> {
  const threads = threadCount(jobs.length, options.jobs);
  const linter = new DocumentLinter(options.strict);
  if (threads === 1) {
    return jobs.map((job, k) => {
      const outcome = linter.lint(job);
      options.onProgress?.(k + 1);
      return outcome;
    });
  }
  return onThreads(jobs, threads - 1, linter, options);
}

function onThreads(jobs: readonly LintJob[], workers: number, linter: DocumentLinter, options: PoolOptions): Promise<LintOutcome[]> {
  // Documents of one data file together, so that few threads build each context.
  const queue = [...jobs].sort((a, b) => (a.dataFile < b.dataFile ? -1 : a.dataFile > b.dataFile ? 1 : a.id - b.id));
  const outcomes = new Map<number, LintOutcome>();
  const pool: Worker[] = [];
  let next = 0;

  return new Promise<LintOutcome[]>((resolvePool, rejectPool) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (error) rejectPool(error);
      else resolvePool(jobs.map((j) => outcomes.get(j.id)!));
    };
    const record = (outcome: LintOutcome) => {
      outcomes.set(outcome.id, outcome);
      options.onProgress?.(outcomes.size);
      if (outcomes.size === jobs.length) finish();
    };
    const feed = (worker: Worker) => {
      if (next < queue.length) worker.postMessage(queue[next++]);
    };

    for (let w = 0; w < workers; w++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { strict: options.strict } });
      pool.push(worker);
      worker.on('message', (outcome: LintOutcome) => {
        record(outcome);
        if (!settled) feed(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`审校线程意外退出（退出码 ${code}）`));
      });
    }
    for (let round = 0; round < IN_FLIGHT; round++) for (const worker of pool) feed(worker);

    // The main thread lints too, one document at a time, letting workers' answers in between.
    const mainTurn = () => {
      if (settled || next >= queue.length) return;
      const job = queue[next++]!;
      try {
        record(linter.lint(job));
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      setImmediate(mainTurn);
    };
    setImmediate(mainTurn);
  });
}
