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
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { DocumentLinter, type LintJob, type LintOutcome } from './document-linter.js';
import { appendAll } from '../util/arrays.js';

/** What a worker says once its modules are loaded: its documents' time is counted from then. */
const READY = 'juesuan:ready';
/** the longest delay setTimeout keeps (about 24.8 days); a longer limit is no limit */
const LONGEST_TIMER = 2 ** 31 - 1;

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
  /** the longest a document may take in a worker, in seconds (--timeout); 0 or none: no limit */
  timeLimit?: number;
  /** lint in a worker even where one thread would lint on the main thread, so that `timeLimit` holds for every document */
  isolate?: boolean;
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

/** A worker and the jobs it has been given, oldest (the one it lints) first. */
interface Slot {
  worker: Worker;
  inFlight: LintJob[];
  /** its modules are loaded: the first job's time runs */
  ready: boolean;
  timer?: NodeJS.Timeout;
  /** terminated by the pool: its exit is expected */
  retired: boolean;
}

export class LintPool {
  private readonly linter: DocumentLinter;
  private readonly slots: Slot[] = [];
  /** workers being terminated */
  private readonly stopping: Array<Promise<number>> = [];
  /** a worker that failed before any job was given */
  private startError: Error | undefined;
  private readonly timeLimitMs: number | undefined;

  /** Starts the workers for about `documents` documents. */
  constructor(documents: number, private readonly options: PoolOptions) {
    this.linter = new DocumentLinter(options.strict);
    const ms = (options.timeLimit ?? 0) * 1000;
    this.timeLimitMs = ms > 0 && ms <= LONGEST_TIMER ? Math.max(1, Math.round(ms)) : undefined;
    const threads = threadCount(documents, options.jobs);
    // One thread is the main thread alone, unless a time limit must hold.
    const workers = threads > 1 ? threads : options.isolate && this.timeLimitMs !== undefined && documents > 0 ? 1 : 0;
    for (let w = 0; w < workers; w++) {
      const slot = this.startWorker();
      slot.worker.on('error', (error) => {
        this.startError ??= error;
      });
    }
  }

  get threads(): number {
    return Math.max(1, this.slots.length);
  }

  /** Lints every job; `onProgress` gets the number done after each. Ends the workers. */
  async run(jobs: readonly LintJob[], onProgress?: (done: number) => void): Promise<LintOutcome[]> {
    if (this.slots.length === 0 || jobs.length === 0) {
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
    const slots = this.slots.splice(0);
    for (const slot of slots) this.retire(slot);
    await Promise.all(this.stopping.splice(0));
  }

  private startWorker(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { strict: this.options.strict } });
    const slot: Slot = { worker, inFlight: [], ready: false, retired: false };
    // Listened for from the start: a worker may be ready before run() is called.
    worker.on('message', (message: unknown) => {
      if (message === READY) slot.ready = true;
    });
    this.slots.push(slot);
    return slot;
  }

  private retire(slot: Slot): void {
    slot.retired = true;
    clearTimeout(slot.timer);
    this.stopping.push(slot.worker.terminate());
  }

  private spread(jobs: readonly LintJob[], onProgress?: (done: number) => void): Promise<LintOutcome[]> {
    // Documents of one data file together, so that few threads build each context.
    const queue = [...jobs].sort((a, b) => (a.dataFile < b.dataFile ? -1 : a.dataFile > b.dataFile ? 1 : a.id - b.id));
    /** jobs taken back from a worker that was stopped: handed out first */
    const returned: LintJob[] = [];
    const outcomes = new Map<number, LintOutcome>();
    let next = 0;
    const limit = this.timeLimitMs;

    return new Promise<LintOutcome[]>((resolveRun, rejectRun) => {
      let settled = false;
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        for (const slot of this.slots) clearTimeout(slot.timer);
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
      // The job a worker lints is the oldest it holds; its time runs from when the worker is free for it.
      const time = (slot: Slot) => {
        clearTimeout(slot.timer);
        slot.timer = undefined;
        const current = slot.inFlight[0];
        if (limit === undefined || !slot.ready || !current || settled) return;
        slot.timer = setTimeout(() => giveUp(slot, current), limit);
      };
      const feed = (slot: Slot) => {
        while (!settled && slot.inFlight.length < IN_FLIGHT) {
          const job = returned.shift() ?? (next < queue.length ? queue[next++] : undefined);
          if (!job) break;
          slot.inFlight.push(job);
          slot.worker.postMessage(job);
        }
        if (slot.timer === undefined) time(slot);
      };
      // Too long on one document: it is given up, the worker stopped and replaced, its other jobs handed out again.
      const giveUp = (slot: Slot, job: LintJob) => {
        const index = this.slots.indexOf(slot);
        if (index < 0 || settled) return;
        this.slots.splice(index, 1);
        this.retire(slot);
        appendAll(returned, slot.inFlight.slice(1));
        record({ id: job.id, kind: 'timeout', seconds: limit! / 1000 });
        if (settled) return;
        const replacement = this.startWorker();
        listen(replacement);
        feed(replacement);
      };
      const listen = (slot: Slot) => {
        const { worker } = slot;
        worker.on('message', (message: LintOutcome | typeof READY) => {
          if (slot.retired) return;
          if (message === READY) {
            // (slot.ready set by startWorker's listener)
            time(slot);
            return;
          }
          slot.inFlight = slot.inFlight.filter((j) => j.id !== message.id);
          record(message);
          time(slot);
          feed(slot);
        });
        worker.on('error', (error) => {
          if (!slot.retired) finish(error);
        });
        worker.on('exit', (code) => {
          if (!slot.retired && !settled) finish(new Error(`审校线程意外退出（退出码 ${code}）`));
        });
      };

      for (const slot of this.slots) listen(slot);
      for (const slot of [...this.slots]) feed(slot);
    });
  }
}

/** A worker's side: says it is ready, then answers LintJobs with LintOutcomes, keeping the lint context of each data file it meets. */
export function serveLintJobs(): void {
  const port = parentPort;
  if (!port) throw new Error('juesuan: worker.js runs only as a worker thread');
  const linter = new DocumentLinter((workerData as { strict: boolean }).strict);
  port.on('message', (job: LintJob) => {
    port.postMessage(linter.lint(job));
  });
  port.postMessage(READY);
}
