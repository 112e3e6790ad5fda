/**
 * Lints documents one at a time, each against its data file, building the
 * lint context of a data file once and reusing it (cached by absolute path),
 * and remembering a data file that cannot be used. The same code runs
 * in-process and in each worker thread; what it returns is plain data that
 * crosses threads by structured clone.
 */
import { fixDocx } from '../documents/docx-fix.js';
import { placeMessages, type DocumentOrigin } from '../documents/index.js';
import { DataError, type DataProblem, loadAccounts } from '../data/load.js';
import { dataCatalog } from '../facts/unknown.js';
import { fixMarkdown } from '../lint/fix.js';
import { createLintContext, lintMarkdown, type LintContext, type LintMessage, type LintResult } from '../lint/lint.js';

export interface LintJob {
  /** position in the sorted list of documents */
  id: number;
  /** the document as the report names it */
  filePath: string;
  text: string;
  /** absolute path: the cache key */
  dataFile: string;
  /** the data file as messages name it */
  dataDisplay: string;
  /** who named the data file (DataLookup's chosenBy), for a message that the file cannot be used */
  dataChosenBy?: string;
  /** rewrite what disagrees with the data (--fix, --fix-dry-run): the outcome carries the fixed text */
  fix?: boolean;
  /** never fix this document (it is not valid UTF-8, or it is a PDF) */
  noFix?: boolean;
  /** a PDF or Word file: `text` was extracted from it, and this maps messages back to page/line or paragraph */
  origin?: DocumentOrigin;
  /** a Word file to fix: its bytes (the fix is written into its runs, docx-fix.ts) */
  docx?: Uint8Array;
}

/** With --fix: the fixed document (text, or a Word file's bytes) and how many fixes went in. */
export interface FixedDocument {
  output: string | Uint8Array;
  count: number;
  /** a Word file: its text after the fix, for --fix-dry-run's diff */
  text?: string;
  /** a Word file: fixes that could not be written into its runs */
  unfixable?: LintMessage[];
  /** a Word file that could not be fixed at all: why */
  notice?: string;
  /** a Word file with Track Changes on: the fixes went in as tracked revisions */
  tracked?: boolean;
}

export type LintOutcome =
  | { id: number; kind: 'result'; result: LintResult; fixed?: FixedDocument }
  | { id: number; kind: 'data-error'; problems: DataProblem[] }
  | { id: number; kind: 'crash'; message: string }
  /** given up after the time limit (lint-pool.ts) */
  | { id: number; kind: 'timeout'; seconds: number };

export class DocumentLinter {
  private readonly contexts = new Map<string, LintContext | DataProblem[]>();

  constructor(private readonly strict: boolean) {}

  lint(job: LintJob): LintOutcome {
    let ctx = this.contexts.get(job.dataFile);
    if (ctx === undefined) {
      try {
        ctx = createLintContext(dataCatalog(loadAccounts(job.dataDisplay)));
      } catch (error) {
        if (!(error instanceof DataError)) return crash(job, error);
        ctx = error.problems;
      }
      this.contexts.set(job.dataFile, ctx);
    }
    if (Array.isArray(ctx)) return { id: job.id, kind: 'data-error', problems: ctx };
    try {
      const options = { filePath: job.filePath, strict: this.strict };
      if (job.fix && job.docx) {
        const { result, ...fixed } = fixDocx(job.docx, ctx, options);
        return { id: job.id, kind: 'result', result, fixed };
      }
      if (job.fix) {
        // The report is of the fixed text: what is left for the writer.
        const { output, fixed, result } = fixMarkdown(job.text, ctx, options);
        return { id: job.id, kind: 'result', result, fixed: { output, count: fixed.length } };
      }
      const result = lintMarkdown(job.text, ctx, options);
      return { id: job.id, kind: 'result', result: job.origin ? placeMessages(result, job.text, job.origin) : result };
    } catch (error) {
      return crash(job, error);
    }
  }
}

function crash(job: LintJob, error: unknown): LintOutcome {
  return { id: job.id, kind: 'crash', message: error instanceof Error ? error.message : String(error) };
}
