/**
 * Spreads documents over threads: --jobs N lints on up to N worker threads
 * (worker-pool.ts), the main thread only handing out jobs and collecting
 * outcomes. Each worker builds the lint context of a data file once (loading
 * and validating a data file costs as much as linting a score of documents),
 * so documents are handed out grouped by data file. Workers are started as
 * soon as the number of documents is known, so that they load their modules
 * while the main thread reads the documents. --jobs 1, a handful of
 * documents with --jobs N, or fewer than 600 without --jobs, are linted on
 * the main thread alone (threadCount).
 *
 * A document whose lint takes longer than the time limit (--timeout, 60 s by
 * default) is given up: its worker is terminated and replaced, the jobs it
 * still held are handed out again, and the document's outcome says so ('timeout').
 * The main thread cannot stop a lint it runs itself, so the default limit
 * holds where workers lint; a limit given explicitly (`isolate`) has even a
 * single thread's documents linted in a worker, so that it always holds.
 *
 * The main thread does not lint beside the workers: it holds every document
 * and outcome, so its heap is the largest and its scavenges the slowest, and
 * a document it lints delays the next job of each worker. Measured with 1000
 * documents on 2 cores, --jobs 2 as two workers took a median 4.87 s against
 * 5.47 s as the main thread and one worker (--jobs 1: 6.72 s); with 100–200
 * documents it was about 5% slower than that (and --jobs 2 is slower than
 * --jobs 1 there either way: a worker's warm-up costs more than it saves).
 */
import { DocumentLinter, type LintJob, type LintOutcome } from './document-linter.js';
import { threadsFor, timeLimitMs, WorkerPool, type Job } from './worker-pool.js';

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

export interface PoolOptions {
  /** --jobs, or 'auto' when not given */
  jobs: number | 'auto';
  strict: boolean;
  /** the longest a document may take in a worker, in seconds (--timeout); 0 or none: no limit */
  timeLimit?: number;
  /** lint in a worker even where one thread would lint on the main thread, so that `timeLimit` holds for every document */
  isolate?: boolean;
}

/**
 * How many threads lint `documents`: the main thread alone (1), or that many workers.
 * --jobs N asks for up to N; without it, the cores are used once there are enough documents.
 */
export function threadCount(documents: number, jobs: number | 'auto', cores?: number): number {
  return threadsFor(documents, jobs, { perThread: DOCUMENTS_PER_THREAD, autoPerThread: AUTO_DOCUMENTS_PER_THREAD, inProcessBelow: IN_PROCESS_BELOW }, cores);
}

export class LintPool {
  private readonly linter: DocumentLinter;
  private readonly workers: WorkerPool<LintJob, LintOutcome> | undefined;

  /** Starts the workers for about `documents` documents. */
  constructor(documents: number, options: PoolOptions) {
    this.linter = new DocumentLinter(options.strict);
    const threads = threadCount(documents, options.jobs);
    // One thread is the main thread alone, unless a time limit must hold.
    const workers = threads > 1 ? threads : options.isolate && timeLimitMs(options.timeLimit) !== undefined && documents > 0 ? 1 : 0;
    this.workers = workers === 0 ? undefined : new WorkerPool<LintJob, LintOutcome>(workers, {
      kind: 'lint', data: { strict: options.strict }, timeLimit: options.timeLimit,
      timedOut: (job, seconds) => ({ id: job.id, kind: 'timeout', seconds }),
      // Documents of one data file together, so that few threads build each context.
      order: (a, b) => (a.dataFile < b.dataFile ? -1 : a.dataFile > b.dataFile ? 1 : a.id - b.id),
    });
  }

  get threads(): number {
    return Math.max(1, this.workers?.size ?? 0);
  }

  /** Lints every job; `onProgress` gets the number done after each. Ends the workers. */
  async run(jobs: readonly LintJob[], onProgress?: (done: number) => void): Promise<LintOutcome[]> {
    if (!this.workers || this.workers.size === 0 || jobs.length === 0) {
      await this.close();
      return jobs.map((job, k) => {
        const outcome = this.linter.lint(job);
        onProgress?.(k + 1);
        return outcome;
      });
    }
    try {
      return await this.workers.run(jobs, onProgress);
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    await this.workers?.close();
  }
}

/** A lint worker's jobs: LintJobs answered with LintOutcomes, keeping the lint context of each data file it meets. */
export function lintJobHandler(data: Record<string, unknown>): (job: Job) => LintOutcome {
  const linter = new DocumentLinter(data.strict === true);
  return (job) => linter.lint(job as LintJob);
}
