/**
 * Worker threads for work spread over documents: lint's (lint-pool.ts) and
 * review's (review-pool.ts). Each worker runs worker.js, which serves the jobs
 * of its kind (serveJobs) from the bundle the main thread runs (start.ts),
 * with its code cache. The main thread only hands out jobs, at most two in
 * flight per worker, and collects the outcomes, which come back in job order
 * whatever order the threads finish in. Workers start once, as soon as the
 * number of documents is known, and serve every batch they are given until
 * closed: a review reads last year's document (--previous) on the workers that
 * read this year's.
 *
 * A job that takes longer than the time limit is given up: its worker is
 * terminated and replaced, the jobs it still held are handed out again, and
 * the job's outcome says so (`timedOut`).
 *
 * The main thread may take jobs too (`local`), one at a time between the
 * workers' messages: a thread that would otherwise wait costs a whole started
 * and warmed-up worker less (review: a third of a second of CPU, a tenth of
 * reviewing 30 PDFs on two threads).
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { v8FlagsChanged } from '../code-cache.js';

/** What a worker says once its modules are loaded: its jobs' time is counted from then. */
const READY = 'juesuan:ready';
/** the longest delay setTimeout keeps (about 24.8 days); a longer limit is no limit */
const LONGEST_TIMER = 2 ** 31 - 1;
const IN_FLIGHT = 2;
/** when the main thread works too, it answers a worker only between its own jobs: a worker holds one more */
const IN_FLIGHT_BESIDE_MAIN = 3;

export type WorkerKind = 'lint' | 'review';

export interface Job {
  /** position in the batch: outcomes come back in this order */
  id: number;
}

export interface PoolConfig<J extends Job, O extends Job> {
  kind: WorkerKind;
  /** given to each worker's job handler (workerData) */
  data?: Record<string, unknown>;
  /** the longest a job may take, in seconds; 0 or none: no limit */
  timeLimit?: number;
  /** the outcome of a job given up after the time limit */
  timedOut?: (job: J, seconds: number) => O;
  /** the order jobs are handed out in (outcomes still come back in the batch's order) */
  order?: (a: J, b: J) => number;
  /**
   * The main thread's own handler of a job, when it works beside the workers. Not with a time
   * limit: a job on the main thread cannot be given up.
   */
  local?: (job: J) => Promise<O>;
}

/**
 * Other work of the main thread's, done in its turns while a batch runs (`local`): `onOutcome` sees
 * each outcome as it comes in, from the workers or the main thread itself; `between` does one piece
 * of the other work, first in every turn, and says whether there was any. With it the main thread
 * stays with the batch until the last outcome, waiting for the next one when it has nothing to do.
 */
export interface BetweenJobs<O> {
  onOutcome(outcome: O): void;
  between(): boolean | Promise<boolean>;
  /** false: the main thread only does its other work, never a job of the batch */
  takesJobs?: boolean;
}

/** A time limit in seconds as a timer's milliseconds; undefined for none (0, or longer than a timer keeps). */
export function timeLimitMs(seconds: number | undefined): number | undefined {
  const ms = (seconds ?? 0) * 1000;
  return ms > 0 && ms <= LONGEST_TIMER ? Math.max(1, Math.round(ms)) : undefined;
}

/** How many threads for `documents`: up to `jobs` (--jobs), or, without it, one per `autoPerThread` documents up to the cores. */
export function threadsFor(
  documents: number, jobs: number | 'auto', { perThread, autoPerThread, inProcessBelow }: { perThread: number; autoPerThread: number; inProcessBelow: number },
  cores = availableParallelism(),
): number {
  if (jobs === 'auto') return Math.max(1, Math.min(cores, Math.floor(documents / autoPerThread)));
  if (jobs <= 1 || documents < inProcessBelow) return 1;
  return Math.max(1, Math.min(jobs, Math.ceil(documents / perThread)));
}

/** A worker and the jobs it has been given, oldest (the one it works on) first. */
interface Slot<J> {
  worker: Worker;
  inFlight: J[];
  /** its modules are loaded: the first job's time runs */
  ready: boolean;
  timer?: NodeJS.Timeout;
  /** terminated by the pool: its exit is expected */
  retired: boolean;
}

export class WorkerPool<J extends Job, O extends Job> {
  private readonly slots: Array<Slot<J>> = [];
  /** workers being terminated */
  private readonly stopping: Array<Promise<number>> = [];
  /** a worker that failed before any job was given */
  private startError: Error | undefined;
  private readonly timeLimitMs: number | undefined;

  constructor(workers: number, private readonly config: PoolConfig<J, O>) {
    this.timeLimitMs = timeLimitMs(config.timeLimit);
    if (config.local && this.timeLimitMs !== undefined) throw new Error('WorkerPool: a local handler cannot hold a time limit');
    for (let w = 0; w < workers; w++) {
      this.startWorker().worker.on('error', (error) => {
        this.startError ??= error;
      });
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Runs every job on the workers; `onProgress` gets the number done after each. The workers stay for the next batch. */
  run(jobs: readonly J[], onProgress?: (done: number) => void, interleave?: BetweenJobs<O>): Promise<O[]> {
    if (jobs.length === 0) return Promise.resolve([]);
    const queue = this.config.order ? [...jobs].sort(this.config.order) : jobs;
    /** jobs taken back from a worker that was stopped: handed out first */
    const returned: J[] = [];
    const outcomes = new Map<number, O>();
    let next = 0;
    const limit = this.timeLimitMs;
    const { local } = this.config;
    const inFlight = local ? IN_FLIGHT_BESIDE_MAIN : IN_FLIGHT;
    /** listeners of this batch, removed when it ends */
    const listeners: Array<() => void> = [];
    /** the main thread waiting for the next outcome (interleave) */
    let wake: (() => void) | undefined;

    return new Promise<O[]>((resolveRun, rejectRun) => {
      let settled = false;
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        for (const slot of this.slots) {
          clearTimeout(slot.timer);
          slot.timer = undefined;
        }
        for (const off of listeners) off();
        wake?.();
        if (error) rejectRun(error);
        else resolveRun(jobs.map((j) => outcomes.get(j.id)!));
      };
      if (this.startError) {
        finish(this.startError);
        return;
      }
      const record = (outcome: O) => {
        outcomes.set(outcome.id, outcome);
        interleave?.onOutcome(outcome);
        onProgress?.(outcomes.size);
        if (outcomes.size === jobs.length) finish();
        wake?.();
      };
      // The job a worker works on is the oldest it holds; its time runs from when the worker is free for it.
      const time = (slot: Slot<J>) => {
        clearTimeout(slot.timer);
        slot.timer = undefined;
        const current = slot.inFlight[0];
        if (limit === undefined || !slot.ready || !current || settled) return;
        slot.timer = setTimeout(() => giveUp(slot, current), limit);
      };
      const take = (): J | undefined => returned.shift() ?? (next < queue.length ? queue[next++] : undefined);
      const feed = (slot: Slot<J>) => {
        while (!settled && slot.inFlight.length < inFlight) {
          const job = take();
          if (!job) break;
          slot.inFlight.push(job);
          slot.worker.postMessage(job);
        }
        if (slot.timer === undefined) time(slot);
      };
      // Too long on one job: it is given up, the worker stopped and replaced, its other jobs handed out again.
      const giveUp = (slot: Slot<J>, job: J) => {
        const index = this.slots.indexOf(slot);
        if (index < 0 || settled) return;
        this.slots.splice(index, 1);
        this.retire(slot);
        for (const j of slot.inFlight.slice(1)) returned.push(j);
        record(this.config.timedOut!(job, limit! / 1000));
        if (settled) return;
        const replacement = this.startWorker();
        listen(replacement);
        feed(replacement);
      };
      const listen = (slot: Slot<J>) => {
        const { worker } = slot;
        const onMessage = (message: O | typeof READY) => {
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
        };
        const onError = (error: Error) => {
          if (!slot.retired) finish(error);
        };
        const onExit = (code: number) => {
          if (!slot.retired && !settled) finish(new Error(`工作线程意外退出（退出码 ${code}）`));
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        listeners.push(() => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        });
      };

      // The main thread's share: a job at a time, after the workers' messages that came in meanwhile have fed them;
      // its other work (interleave) first.
      const work = async (handle: (job: J) => Promise<O>) => {
        for (;;) {
          await new Promise((resolveTurn) => setImmediate(resolveTurn));
          if (settled) return;
          if (await interleave?.between()) continue;
          const job = interleave?.takesJobs === false ? undefined : take();
          if (job) {
            record(await handle(job));
            continue;
          }
          if (!interleave) return;
          await new Promise<void>((resolveWait) => {
            wake = resolveWait;
          });
          wake = undefined;
        }
      };

      for (const slot of this.slots) listen(slot);
      for (const slot of [...this.slots]) feed(slot);
      if (local) work(local).catch((error: unknown) => finish(error instanceof Error ? error : new Error(String(error))));
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const slot of slots) this.retire(slot);
    await Promise.all(this.stopping.splice(0));
  }

  private startWorker(): Slot<J> {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { kind: this.config.kind, ...this.config.data, v8FlagsChanged: v8FlagsChanged() } });
    const slot: Slot<J> = { worker, inFlight: [], ready: false, retired: false };
    // Listened for from the start: a worker may be ready before run() is called.
    worker.on('message', (message: unknown) => {
      if (message === READY) slot.ready = true;
    });
    this.slots.push(slot);
    return slot;
  }

  private retire(slot: Slot<J>): void {
    slot.retired = true;
    clearTimeout(slot.timer);
    this.stopping.push(slot.worker.terminate());
  }
}

/**
 * A worker's side: answers each job with its outcome, one job at a time
 * (a handler may be asynchronous: a review reads a PDF), then says it is ready.
 */
function serveJobs(handle: (job: Job) => Job | Promise<Job>): void {
  const port = parentPort;
  if (!port) throw new Error('juesuan: worker.js runs only as a worker thread');
  let last: Promise<void> = Promise.resolve();
  port.on('message', (job: Job) => {
    last = last.then(async () => port.postMessage(await handle(job)));
  });
  port.postMessage(READY);
}

/** A worker's start (worker.js): the job handler of the kind it was started for. */
export async function serveWorker(): Promise<void> {
  const { kind, v8FlagsChanged: _flags, ...data } = workerData as { kind: WorkerKind; v8FlagsChanged?: boolean } & Record<string, unknown>;
  // Each kind's modules loaded only where it runs: a lint worker never loads the PDF reader.
  serveJobs(kind === 'review' ? (await import('./review-pool.js')).reviewJobHandler(data) : (await import('./lint-pool.js')).lintJobHandler(data));
}
