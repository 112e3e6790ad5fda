/**
 * Spreads documents over threads: --jobs N lints on up to N worker threads,
 * the main thread only handing out jobs and collecting outcomes. Each
 * worker builds the lint context of a data file once (loading and
 * validating a data file costs as much as linting a score of documents), so
 * documents are handed out grouped by data file; each worker has at most two
 * jobs in flight. Outcomes come back in job order whatever order the threads
 * finish in. Workers are started as soon as the number of documents is
 * known, so that they load their modules while the main thread reads the
 * documents. --jobs 1, a handful of documents with --jobs N, or fewer than
 * 600 without --jobs, are linted on the main thread alone (threadCount). A worker runs worker.js, which runs serveLintJobs from the
 * bundle the main thread runs (start.ts).
 *
 * The main thread does not lint beside the workers: it holds every document
 * and outcome, so its heap is the largest and its scavenges the slowest, and
 * a document it lints delays the next job of each worker. Measured with 1000
 * documents on 2 cores, --jobs 2 as two workers took a median 4.87 s against
 * 5.47 s as the main thread and one worker (--jobs 1: 6.72 s); with 100–200
 * documents it was about 5% slower than that (and --jobs 2 is slower than
 * --jobs 1 there either way: a worker's warm-up costs more than it saves).
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { DocumentLinter, type LintJob, type LintOutcome } from './document-linter.js';

/** with --jobs N: fewer documents than this are linted on the main thread alone */
const IN_PROCESS_BELOW = 8;
/** with --jobs N: another thread for every this many documents, up to N */
const DOCUMENTS_PER_THREAD = 16;
/**
 * Without --jobs: threads only where they pay. A worker takes about 0.15 s to
 * its first document and lints slowly while V8 warms it up, and two busy
 * threads lose the core V8's background compiler and collector had to
 * themselves: measured on 2 cores, --jobs 2 is slower than one thread up to
 * about 500 documents (100: 1.4 s against 1.1 s; 500: even; 1000: 4.7 s
 * against 6.1 s).
 */
const AUTO_DOCUMENTS_PER_THREAD = 300;
const IN_FLIGHT = 2;

export interface PoolOptions {
  /** --jobs, or 'auto' when not given */
  jobs: number | 'auto';
  strict: boolean;
}

/**
 * How many threads lint `documents`: the main thread alone (1), or that many workers.
 * --jobs N asks for up to N; without it, the cores are used once there are enough documents.
 */
export function threadCount(documents: number, jobs: number | 'auto', cores = availableParallelism()): number {
  if (jobs === 'auto') return Math.max(1, Math.min(cores, Math.floor(documents / AUTO_DOCUMENTS_PER_THREAD)));
  if (jobs <= 1 || documents < IN_PROCESS_BELOW) return 1;
  return Math.max(1, Math.min(jobs, Math.ceil(documents / DOCUMENTS_PER_THREAD)));
}

export class LintPool {
  private readonly linter: DocumentLinter;
  private readonly workers: Worker[] = [];
  /** a worker that failed before any job was given */
  private startError: Error | undefined;

  /** Starts the workers for about `documents` documents. */
  constructor(documents: number, private readonly options: PoolOptions) {
    this.linter = new DocumentLinter(options.strict);
    const threads = threadCount(documents, options.jobs);
    const workers = threads > 1 ? threads : 0; // one thread is the main thread alone
    for (let w = 0; w < workers; w++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { strict: options.strict } });
      worker.on('error', (error) => {
        this.startError ??= error;
      });
      this.workers.push(worker);
    }
  }

  get threads(): number {
    return Math.max(1, this.workers.length);
  }

  /** Lints every job; `onProgress` gets the number done after each. Ends the workers. */
  async run(jobs: readonly LintJob[], onProgress?: (done: number) => void): Promise<LintOutcome[]> {
    if (this.workers.length === 0 || jobs.length === 0) {
      await this.close();
      return jobs.map((job, k) => {
        const outcome = this.linter.lint(job);
        onProgress?.(k + 1);
        return outcome;
      });
    }
    try {
      return await this.spread(jobs, onProgress);
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private spread(jobs: readonly LintJob[], onProgress?: (done: number) => void): Promise<LintOutcome[]> {
    // Documents of one data file together, so that few threads build each context.
    const queue = [...jobs].sort((a, b) => (a.dataFile < b.dataFile ? -1 : a.dataFile > b.dataFile ? 1 : a.id - b.id));
    const outcomes = new Map<number, LintOutcome>();
    let next = 0;

    return new Promise<LintOutcome[]>((resolveRun, rejectRun) => {
      let settled = false;
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        if (error) rejectRun(error);
        else resolveRun(jobs.map((j) => outcomes.get(j.id)!));
      };
      if (this.startError) {
        finish(this.startError);
        return;
      }
      const record = (outcome: LintOutcome) => {
        outcomes.set(outcome.id, outcome);
        onProgress?.(outcomes.size);
        if (outcomes.size === jobs.length) finish();
      };
      const feed = (worker: Worker) => {
        if (next < queue.length) worker.postMessage(queue[next++]);
      };

      for (const worker of this.workers) {
        worker.on('message', (outcome: LintOutcome) => {
          record(outcome);
          if (!settled) feed(worker);
        });
        worker.on('error', (error) => finish(error));
        worker.on('exit', (code) => {
          if (!settled) finish(new Error(`审校线程意外退出（退出码 ${code}）`));
        });
      }
      for (let round = 0; round < IN_FLIGHT; round++) for (const worker of this.workers) feed(worker);
    });
  }
}

/** A worker's side: answers LintJobs with LintOutcomes, keeping the lint context of each data file it meets. */
export function serveLintJobs(): void {
  const port = parentPort;
  if (!port) throw new Error('juesuan: worker.js runs only as a worker thread');
  const linter = new DocumentLinter((workerData as { strict: boolean }).strict);
  port.on('message', (job: LintJob) => {
    port.postMessage(linter.lint(job));
  });
}
