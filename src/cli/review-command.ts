/**
 * juesuan review <file|dir> [--previous <last-year file>]: review published
 * documents as they are (src/review). A folder: every PDF, Word and text
 * file in it, each paired with last year's where the folder holds it, read
 * and reviewed over worker threads when there are several (review-pool.ts).
 * Exit codes as lint's: 0 clean, 1 errors, 2 an input that cannot be used.
 */
import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ReviewDocument } from '../review/document.js';
import { pairWithLastYear, possibleLastYear, withPossibleLastYear, type ReviewOptions, type ReviewResult } from '../review/review.js';
import { formatReviewJson, formatReviewStylish } from '../report/review.js';
import { formatInputProblem, type InputProblem } from '../report/problems.js';
import { shouldColor } from './color.js';
import { comparePaths, isDirectory, isFile, oncePerFile, sameFileNote } from './inputs.js';
import { readInputFile } from '../data/read-input.js';
import { locateReview, type LocatedDocument } from '../report/located.js';
import { writeAnnotatedPdfs } from './annotate-output.js';
import { htmlUsageProblem, writeHtmlReport } from './html-output.js';
import { tuneForShortRun } from './jit.js';
import { ReviewPool, type Reviewed } from './review-pool.js';
import { writeOutputFile } from './write-file.js';
import { refuseOutputOverInput } from './overwrite-guard.js';

export interface ReviewCommandOptions {
  previous?: string;
  /** --year, --department: what the documents are, over what they say */
  year?: number;
  department?: string;
  format: 'stylish' | 'json' | 'html';
  /** an annotated copy of the PDF: a file for one document, a folder for a folder */
  annotate?: string;
  outputFile?: string;
  quiet?: boolean;
  exitZero?: boolean;
  /** worker threads (default: by the number of documents, up to the cores) */
  jobs?: number;
}

const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.txt']);

export async function runReviewCommand(path: string, options: ReviewCommandOptions): Promise<number> {
  const problems: InputProblem[] = [];
  const results: ReviewResult[] = [];
  // A path that cannot be read is no folder: readReviewDocument says why.
  const folder = isDirectory(path);
  if (folder && options.previous) {
    process.stderr.write(`${path}  --previous 只能与单个文件一起使用；目录中的文件会自动与同一部门上一年度的文件配对\n`);
    return 2;
  }
  const usage = options.format === 'html' ? htmlUsageProblem(folder, options.outputFile) : undefined;
  if (usage) {
    process.stderr.write(`${path}  ${usage}\n`);
    return 2;
  }
  const found = folder ? oncePerFile(documentsIn(path), process.cwd()) : { files: [path], sameFiles: [] };
  const { files } = found;
  // One file under two names in the folder is reviewed once: its errors are not counted twice.
  for (const same of found.sameFiles) process.stderr.write(sameFileNote(same, '审校'));
  tuneForShortRun(files.length + (options.previous ? 1 : 0));
  const inputs = [
    ...files.map((file) => ({ file, role: '公开文件' })),
    ...(options.previous ? [{ file: options.previous, role: '上年公开文件（--previous）' }] : []),
  ];
  refuseOutputOverInput(options.outputFile, inputs);
  refuseOutputOverInput(options.annotate, inputs, '--annotate');
  if (folder && files.length === 0) problems.push({ filePath: path, message: '目录中没有 PDF（.pdf）、Word（.docx、.doc）或文本（.txt）文件' });

  const docs: ReviewDocument[] = [];
  const reviewOptions: ReviewOptions = {
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.department !== undefined ? { department: options.department } : {}),
  };
  const pool = new ReviewPool(files.length, options.jobs ?? 'auto');
  const take = (reviewed: Reviewed) => {
    if (reviewed.ok) results.push(reviewed.result);
    else problems.push({ filePath: reviewed.filePath, message: reviewed.message });
  };
  try {
    if (folder && !options.previous) {
      // Each document against last year's in the folder, reviewed while the others are read.
      const { reads, reviewed } = await pool.readAndReview(files, reviewOptions, pairWithLastYear);
      for (const read of reads) {
        if (read.ok) docs.push(read.document);
        else problems.push({ filePath: read.filePath, message: read.message });
      }
      const maybe = possibleLastYear(docs, pairWithLastYear(docs));
      for (const document of docs) {
        const r = reviewed.get(document)!;
        const candidates = maybe.get(document);
        take(r.ok && candidates ? { ...r, result: withPossibleLastYear(r.result, candidates) } : r);
      }
    } else {
      for (const read of await pool.read(files)) {
        if (read.ok) docs.push(read.document);
        else problems.push({ filePath: read.filePath, message: read.message });
      }
      let pairs = new Map<ReviewDocument, ReviewDocument>();
      if (options.previous && docs.length === 1) {
        const [read] = await pool.read([options.previous], 'previous');
        if (read!.ok) pairs.set(docs[0]!, read!.document);
        else problems.push({ filePath: read!.filePath, message: `上年文件（--previous）：${read!.message}` });
      } else if (folder) {
        pairs = pairWithLastYear(docs);
      }
      // A previous file that cannot be read leaves nothing to review against it.
      const toReview = options.previous && pairs.size === 0 ? [] : docs;
      for (const reviewed of await pool.review(toReview.map((document) => ({ document, previous: pairs.get(document) })), reviewOptions)) take(reviewed);
    }
  } finally {
    await pool.close();
  }

  const shown = options.quiet ? results.map(errorsOnly) : results;
  const byPath = new Map(docs.map((d) => [d.filePath, d]));
  // Placed once, for --annotate and --format html alike, and only when one of them asks.
  let placed: LocatedDocument[] | undefined;
  const located = (): LocatedDocument[] => (placed ??= shown.map((r) => locateReview(r, byPath.get(r.filePath)!)));
  if (options.annotate) {
    const written = await writeAnnotatedPdfs(located(), { target: options.annotate, folder, problems });
    for (const file of written) process.stderr.write(`已写入标注 ${file}\n`);
  }
  if (problems.length > 0) process.stderr.write(problems.map(formatInputProblem).join('\n') + '\n');
  if (options.format === 'html') {
    await writeHtmlReport(located().map((l) => ({ located: l, ...(l.kind === 'pdf' ? { pdf: () => readInputFile(l.filePath).bytes } : {}) })), {
      command: 'review', folder, problems, ...(options.outputFile ? { output: options.outputFile } : {}),
    });
  } else {
    const color = !options.outputFile && shouldColor(process.env, process.stdout.isTTY);
    const report = options.format === 'json' ? formatReviewJson(shown) : formatReviewStylish(shown, { color, unreviewed: problems.length });
    if (options.outputFile) writeOutputFile(options.outputFile, report);
    // Nothing reviewed, and why said on standard error: a terminal needs no empty report under it.
    else if (!(results.length === 0 && problems.length > 0 && options.format === 'stylish')) process.stdout.write(report);
  }
  if (problems.length > 0) return 2;
  return results.some((r) => r.errorCount > 0) && !options.exitZero ? 1 : 0;
}

/** The documents in a folder: regular files, and symbolic links to them (as lint reads a folder). */
function documentsIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => (e.isFile() || (e.isSymbolicLink() && isFile(join(dir, e.name)))) && DOCUMENT_EXTENSIONS.has(extname(e.name).toLowerCase()))
    .map((e) => join(dir, e.name))
    .sort(comparePaths);
}

function errorsOnly(r: ReviewResult): ReviewResult {
  const messages = r.lint.messages.filter((m) => m.severity === 2);
  return {
    ...r,
    documentFindings: r.documentFindings.filter((f) => f.severity === 'error'),
    tableFindings: r.tableFindings.filter((f) => f.severity === 'error'),
    lint: { ...r.lint, messages, warningCount: 0 },
    warningCount: 0,
  };
}

