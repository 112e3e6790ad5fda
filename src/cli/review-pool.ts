/**
 * review over threads (--jobs): the workers (worker-pool.ts) and the main
 * thread read the documents — reading a PDF is most of a review — and the main
 * thread reviews them. A folder is reviewed as it is read (readAndReview): the
 * workers read, the main thread reviews each document as it comes in (with one
 * worker: the worker reads a PDF's pages, the main thread imports and reviews),
 * so that each thread warms up to as little code as it can.
 * With one thread the same functions run on the main thread alone. A review's
 * table findings hold Decimals, which cross threads as strings (cloneable.ts).
 */
import { isMainThread } from 'node:worker_threads';
import { readInputFile } from '../data/read-input.js';
import { recogniseFile } from '../documents/kind.js';
import { pdfiumModule, readPdfPages, usePdfiumModule, type PdfPage } from '../documents/pdfium.js';
import { readReviewDocument, type ReadResult, type ReviewDocument } from '../review/document.js';
import { loadPrevious, reviewDocument, ReviewInputError, type PreviousDocument, type ReviewOptions, type ReviewResult } from '../review/review.js';
import { fromCloneable, toCloneable } from './cloneable.js';
import { threadsFor, WorkerPool, type Job } from './worker-pool.js';

/**
 * Threads where they pay: a worker starts in a quarter of a second and reads
 * a published PDF in about as long (PDFium's WebAssembly compiled in each).
 * Without --jobs, another thread for every 4 documents, up to the cores;
 * with --jobs N, for every 2, up to N.
 */
const REVIEW_THREADS = { perThread: 2, autoPerThread: 4, inProcessBelow: 2 };

export function reviewThreadCount(documents: number, jobs: number | 'auto', cores?: number): number {
  return threadsFor(documents, jobs, REVIEW_THREADS, cores);
}

type Wanted = Parameters<typeof readReviewDocument>[1];

type ReviewJob =
  /** `pagesOnly`: a worker that finds a readable PDF sends its pages back (the outcome `pages`), for the main thread to import */
  | { id: number; kind: 'read'; filePath: string; wanted: Wanted; pagesOnly?: true }
  | { id: number; kind: 'review'; document: ReviewDocument; previous?: ReviewDocument; options: ReviewOptions };

type ReviewOutcome =
  | { id: number; kind: 'read'; read: ReadResult }
  | { id: number; kind: 'pages'; filePath: string; pages: PdfPage[] }
  | { id: number; kind: 'reviewed'; result: unknown }
  /** a ReviewInputError: the file cannot be reviewed (exit 2) */
  | { id: number; kind: 'refused'; filePath: string; message: string }
  | { id: number; kind: 'crash'; message: string };

/** Reviewed, or why not. */
export type Reviewed = { ok: true; result: ReviewResult } | { ok: false; filePath: string; message: string };

/** A folder read and reviewed: every file's read in order, and each document read reviewed, against last year's where it has one. */
export interface FolderReview {
  reads: ReadResult[];
  reviewed: Map<ReviewDocument, Reviewed>;
}

/** Documents still waiting for the main thread when the last one has been read, beyond which the workers review them too. */
const BACKLOG_FOR_WORKERS = 2;

export class ReviewPool {
  private readonly workers: WorkerPool<ReviewJob, ReviewOutcome> | undefined;

  /** Starts the workers for about `documents` documents. */
  constructor(documents: number, jobs: number | 'auto') {
    const threads = reviewThreadCount(documents, jobs);
    this.workers = threads > 1 ? new WorkerPool<ReviewJob, ReviewOutcome>(threads - 1, { kind: 'review', data: { pdfium: compiledPdfium() }, local: reviewJobHandler() }) : undefined;
  }

  /** The documents read: to be reviewed, or (--previous) last year's. */
  async read(files: readonly string[], wanted: Wanted = 'review'): Promise<ReadResult[]> {
    if (!this.workers) {
      const reads: ReadResult[] = [];
      for (const file of files) reads.push(await readReviewDocument(file, wanted));
      return reads;
    }
    const outcomes = await this.workers.run(files.map((filePath, id) => ({ id, kind: 'read', filePath, wanted })));
    return outcomes.map((o) => (o.kind === 'read' ? o.read : thrown(o)));
  }

  /**
   * A folder's documents read and each reviewed against last year's in the folder (`pair`).
   * With workers they read while the main thread reviews each document as it comes in, and reads
   * only when none waits: each thread warms up to one kind of work — a worker that reviews too
   * warms up the linter and the fact catalog a second time (5 % of the CPU of reviewing 30 PDFs on
   * two threads). With one worker, the worker reads only a PDF's pages and the main thread imports
   * its tables and lines from them and reads nothing itself: the importer and the PDF reader each
   * warm up on one thread, not two (a thread's first 20 documents cost 0.3–0.4 s more CPU than warm:
   * 0.1 s of it the reader's, the rest the importer's), and the two threads' shares stay even
   * (a PDF's pages ~64 ms a document warm; its import and review ~50 ms). With more workers the
   * main thread could not import for all of them: they read whole documents, and it reads when
   * none waits. A document is so reviewed before the folder is all read, as if it had no last
   * year's, only while every document read is of one year: once two years are seen, the rest wait
   * for the pairs, and the few reviewed early that turn out to have last year's are reviewed again.
   */
  async readAndReview(files: readonly string[], options: ReviewOptions, pair: (docs: ReviewDocument[]) => Map<ReviewDocument, ReviewDocument>): Promise<FolderReview> {
    if (!this.workers) {
      const reads = await this.read(files);
      const docs = documentsOf(reads);
      const pairs = pair(docs);
      const results = reviewEach(docs.map((document) => ({ document, previous: pairs.get(document) })), options);
      return { reads, reviewed: new Map(docs.map((d, i) => [d, results[i]!])) };
    }
    const reviewed = new Map<ReviewDocument, Reviewed>();
    const waiting: ReviewDocument[] = [];
    const years = new Set<number>();
    const wait = (read: ReadResult) => {
      if (!read.ok) return;
      waiting.push(read.document);
      if (read.document.year !== undefined) years.add(read.document.year);
    };
    /** a worker's pages, to be imported here */
    const toImport: Array<Extract<ReviewOutcome, { kind: 'pages' }>> = [];
    const imported = new Map<number, ReadResult>();
    const importNext = async (): Promise<boolean> => {
      const o = toImport.shift();
      if (!o) return false;
      const read = await readReviewDocument(o.filePath, 'review', o.pages);
      imported.set(o.id, read);
      wait(read);
      return true;
    };
    const reviewNext = (): boolean => {
      if (years.size > 1) return false;
      const document = waiting.shift();
      if (!document) return false;
      reviewed.set(document, reviewEach([{ document }], options)[0]!);
      return true;
    };
    // One worker: it reads the pages, the main thread imports and reviews, and reads nothing itself.
    const pagesOnly = this.workers.size === 1;
    const outcomes = await this.workers.run(files.map((filePath, id): ReviewJob => ({ id, kind: 'read', filePath, wanted: 'review', ...(pagesOnly ? { pagesOnly: true } : {}) })), undefined, {
      onOutcome: (o) => {
        if (o.kind === 'pages') toImport.push(o);
        else if (o.kind === 'read') wait(o.read);
      },
      between: async () => (await importNext()) || reviewNext(),
      takesJobs: !pagesOnly,
    });
    while (await importNext());
    const reads = outcomes.map((o) => (o.kind === 'read' ? o.read : o.kind === 'pages' ? imported.get(o.id)! : thrown(o)));
    const pairs = pair(documentsOf(reads));
    const rest = documentsOf(reads).filter((document) => !reviewed.has(document) || pairs.has(document)).map((document) => ({ document, previous: pairs.get(document) }));
    // A few left: the main thread, warm; more (more threads than one main thread keeps up with, or two years): the workers too.
    if (rest.length > BACKLOG_FOR_WORKERS) await this.reviewOn(rest, options, reviewed);
    else reviewEach(rest, options).forEach((r, i) => reviewed.set(rest[i]!.document, r));
    return { reads, reviewed };
  }

  private async reviewOn(items: ReadonlyArray<{ document: ReviewDocument; previous?: ReviewDocument }>, options: ReviewOptions, into: Map<ReviewDocument, Reviewed>): Promise<void> {
    const results = await this.review(items, options);
    items.forEach((item, i) => into.set(item.document, results[i]!));
  }

  /** Each document reviewed, against last year's where it has one. */
  async review(items: ReadonlyArray<{ document: ReviewDocument; previous?: ReviewDocument }>, options: ReviewOptions = {}): Promise<Reviewed[]> {
    if (!this.workers) return reviewEach(items, options);
    const outcomes = await this.workers.run(items.map(({ document, previous }, id) => ({ id, kind: 'review', document, options, ...(previous ? { previous } : {}) })));
    return outcomes.map((o): Reviewed => {
      if (o.kind === 'reviewed') return { ok: true, result: fromCloneable(o.result) as ReviewResult };
      if (o.kind === 'refused') return { ok: false, filePath: o.filePath, message: o.message };
      return thrown(o);
    });
  }

  async close(): Promise<void> {
    await this.workers?.close();
  }
}

function documentsOf(reads: readonly ReadResult[]): ReviewDocument[] {
  return reads.flatMap((read) => (read.ok ? [read.document] : []));
}

/** Each document reviewed on this thread, against last year's where it has one. */
export function reviewEach(items: ReadonlyArray<{ document: ReviewDocument; previous?: ReviewDocument }>, options: ReviewOptions = {}): Reviewed[] {
  // A document paired as last year's is loaded once, however many refer to it.
  const loaded = new Map<ReviewDocument, PreviousDocument>();
  return items.map(({ document, previous }) => reviewed(() => {
    let last: PreviousDocument | undefined;
    if (previous) {
      last = loaded.get(previous) ?? loadPrevious(previous);
      loaded.set(previous, last);
    }
    return reviewDocument(document, last, options);
  }));
}

/** A review, or the ReviewInputError that says why there is none; any other error is thrown. */
function reviewed(review: () => ReviewResult): Reviewed {
  try {
    return { ok: true, result: review() };
  } catch (error) {
    if (error instanceof ReviewInputError) return { ok: false, filePath: error.filePath, message: error.message };
    throw error;
  }
}

/** PDFium compiled once for every thread (pdfium.ts); none if it cannot be: each thread's reads then say why. */
function compiledPdfium(): object | undefined {
  try {
    return pdfiumModule();
  } catch {
    return undefined;
  }
}

/** A PDF's pages, when the file is a PDF that reads; otherwise none (the whole read says why). */
async function pdfPagesOf(filePath: string): Promise<PdfPage[] | undefined> {
  try {
    const { bytes } = readInputFile(filePath);
    return recogniseFile(bytes, filePath).kind === 'pdf' ? await readPdfPages(bytes) : undefined;
  } catch {
    return undefined;
  }
}

/** An outcome no job of its kind gives: the worker failed. */
function thrown(o: ReviewOutcome): never {
  throw new Error(o.kind === 'crash' ? o.message : `审校线程返回了意外的结果（${o.kind}）`);
}

/** A review worker's jobs; `data` from the main thread (workerData) holds PDFium compiled. */
export function reviewJobHandler(data: Record<string, unknown> = {}): (job: Job) => Promise<ReviewOutcome> {
  usePdfiumModule(data['pdfium']);
  return async (job) => {
    const j = job as ReviewJob;
    try {
      if (j.kind === 'read') {
        const pages = j.pagesOnly && !isMainThread ? await pdfPagesOf(j.filePath) : undefined;
        if (pages) return { id: j.id, kind: 'pages', filePath: j.filePath, pages };
        return { id: j.id, kind: 'read', read: await readReviewDocument(j.filePath, j.wanted) };
      }
      const outcome = reviewed(() => reviewDocument(j.document, j.previous ? loadPrevious(j.previous) : undefined, j.options));
      return outcome.ok ? { id: j.id, kind: 'reviewed', result: toCloneable(outcome.result) } : { id: j.id, kind: 'refused', filePath: outcome.filePath, message: outcome.message };
    } catch (error) {
      return { id: j.id, kind: 'crash', message: error instanceof Error ? error.message : String(error) };
    }
  };
}
