/**
 * juesuan lint <files|dirs|globs…> [--data <data>]: lint hand-edited Part 3
 * Markdown, each document against its data file (front matter, then
 * juesuan.config.*, then --data; see data-lookup.ts), over worker threads
 * when there are many (lint-pool.ts). Whatever cannot be linted (an
 * unreadable document, no data file, unusable data) is reported on standard
 * error and the rest are still linted; the exit code is then 2.
 */
import { createTwoFilesPatch } from 'diff';
import { relative, resolve } from 'node:path';
import { decodeText, readInputFile, readReason } from '../data/read-input.js';
import { formatPath } from '../data/source.js';
import { decodeUtf16, readDocument } from '../documents/index.js';
import { dataHeaderUnit, unitRefusal, type UnitName } from '../review/same-unit.js';
import type { LintResult } from '../lint/lint.js';
import { locateLint } from '../report/located.js';
import { formatLintGithub } from '../report/lint-github.js';
import { formatLintJson } from '../report/lint-json.js';
import { formatLintSarif } from '../report/lint-sarif.js';
import { formatLintStylish } from '../report/lint-stylish.js';
import { formatInputProblem, type InputProblem } from '../report/problems.js';
import { shouldColor } from './color.js';
import { DataLocator } from './data-lookup.js';
import type { LintJob } from './document-linter.js';
import { comparePaths, resolveInputs, sameFileNote } from './inputs.js';
import { htmlUsageProblem, writeHtmlReport } from './html-output.js';
import { LintPool } from './lint-pool.js';
import type { LintFormat } from './options.js';
import { packageInfo } from './package-info.js';
import { createProgress, type Progress } from './progress.js';
import { removeTemporaryFiles, snapshotOf, writeFixedFile, writeOutputFile, writeReason, type ReadSnapshot } from './write-file.js';
import { appendAll } from '../util/arrays.js';
import { linkKind, refuseOutputOverInput } from './overwrite-guard.js';

export interface LintCommandOptions {
  /** the data file for documents that name none (front matter, juesuan.config.*) */
  data?: string;
  format: LintFormat;
  strict?: boolean;
  exitZero?: boolean;
  /** exit 1 when there are more warnings than this */
  maxWarnings?: number;
  /** report errors only: warnings are neither printed nor counted */
  quiet?: boolean;
  outputFile?: string;
  /** worker threads (default: the number of cores) */
  jobs?: number;
  /** rewrite each figure or word that disagrees with the data, atomically */
  fix?: boolean;
  /** print what --fix would change as a unified diff, change nothing */
  fixDryRun?: boolean;
  /** the time limit per document, in seconds (0: none); given, it holds on one thread too (lint-pool.ts) */
  timeout?: number;
}

/** --timeout when not given: where workers lint, a document may take this long */
const DEFAULT_TIMEOUT_SECONDS = 60;

export async function runLintCommand(patterns: string[], options: LintCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const { files, problems, directory, sameFiles } = resolveInputs(patterns, cwd);
  // One file under two paths is linted (and fixed) once: its errors are not counted twice.
  for (const same of sameFiles) process.stderr.write(sameFileNote(same, options.fix ? '审校、修正' : '审校'));
  refuseOutputOverInput(options.outputFile, [
    ...files.map((file) => ({ file, role: '文档' })),
    ...(options.data ? [{ file: options.data, role: '数据文件（--data）' }] : []),
  ]);
  const folder = files.length > 1 || directory;
  const usage = options.format === 'html' ? htmlUsageProblem(folder, options.outputFile) : undefined;
  if (usage) {
    process.stderr.write(`${patterns.join(' ')}  ${usage}\n`);
    return 2;
  }
  const locator = new DataLocator(cwd, options.data);
  // Workers load their modules while the documents are read.
  const pool = new LintPool(files.length, {
    jobs: options.jobs ?? 'auto', strict: options.strict ?? false,
    timeLimit: options.timeout ?? DEFAULT_TIMEOUT_SECONDS, isolate: options.timeout !== undefined,
  });
  let progress: Progress | undefined;
  let outcomes;
  let jobs: LintJob[];
  const snapshots = new Map<string, ReadSnapshot>();
  // With --fix, an interrupt stops between files: what was fixed is reported, no temporary file is left.
  const interrupt = options.fix ? new Interrupt() : undefined;
  try {
    jobs = await prepareJobs(files, locator, problems, cwd, Boolean(options.fix || options.fixDryRun), snapshots);
    if (options.fix || options.fixDryRun) for (const job of jobs) job.fix = !job.noFix;
    // The data files and configurations the documents named are inputs too.
    refuseOutputOverInput(options.outputFile, [
      ...[...new Set(jobs.map((job) => job.dataDisplay))].map((file) => ({ file, role: '数据文件' })),
      ...locator.configFiles().map((file) => ({ file: display(file, cwd), role: '配置文件' })),
    ]);
    const shown = (progress = createProgress(jobs.length));
    outcomes = await pool.run(jobs, (done) => shown.update(done));
  } finally {
    progress?.clear();
    await pool.close();
  }
  if (interrupt?.signal) return interrupt.stop(0, 0);

  let results: LintResult[] = [];
  const fixes: Array<{ job: LintJob; output: string | Uint8Array; count: number; text: string; tracked?: boolean }> = [];
  const unusableData = new Map<string, { problems: InputProblem[]; documents: string[]; chosenBy: Set<string> }>();
  const crashes = new Map<string, string[]>();
  for (const outcome of outcomes) {
    const job = jobs[outcome.id]!;
    if (outcome.kind === 'result') {
      results.push(outcome.result);
      const fixed = outcome.fixed;
      if (fixed?.notice) process.stderr.write(`${job.filePath}：${fixed.notice}\n`);
      for (const m of fixed?.unfixable ?? []) {
        process.stderr.write(`${job.filePath}：第 ${m.paragraph ?? m.line} 段 ${m.message}：这处文字不全在 Word 的文字块中（含制表符、换行或域），无法自动改正，请手工修改\n`);
      }
      if (fixed && (typeof fixed.output === 'string' ? fixed.output !== job.text : fixed.count > 0)) {
        fixes.push({ job, output: fixed.output, count: fixed.count, text: fixed.text ?? String(fixed.output), ...(fixed.tracked ? { tracked: true } : {}) });
      }
    } else if (outcome.kind === 'data-error') {
      let entry = unusableData.get(job.dataFile);
      if (!entry) {
        entry = {
          problems: outcome.problems.map((p) => ({
            filePath: p.file, ...(p.line !== undefined ? { line: p.line, column: p.column ?? 1 } : {}),
            message: p.path.length > 0 ? `${formatPath(p.path)}：${p.message}` : p.message,
          })),
          documents: [],
          chosenBy: new Set(),
        };
        unusableData.set(job.dataFile, entry);
      }
      entry.documents.push(job.filePath);
      if (job.dataChosenBy) entry.chosenBy.add(job.dataChosenBy);
    } else if (outcome.kind === 'timeout') {
      problems.push({ filePath: job.filePath, message: `审校超时：${outcome.seconds} 秒内未完成，已放弃这个文件（其余文件照常审校；可用 --timeout 调整时限，0 表示不限时）` });
    } else {
      const key = outcome.message;
      crashes.set(key, [...(crashes.get(key) ?? []), job.filePath]);
    }
  }
  for (const [message, documents] of crashes) {
    const shown = message.length > 300 ? `${message.slice(0, 300)}…` : message;
    problems.push({ filePath: documents[0]!, message: `juesuan 内部错误（${shown}），未审校 ${documents.length} 个文件：${documents.join('、')}` });
  }
  for (const [dataFile, { problems: dataProblems, documents, chosenBy }] of unusableData) {
    // Which front matter or configuration named the file, so the user knows where to correct the path.
    const named = chosenBy.size > 0 ? `；数据文件的路径来自${[...chosenBy].join('、').replace(/^(?=[\x21-\x7e])/u, ' ')}` : '';
    const unlinted = `未审校 ${documents.length} 个文件：${documents.join('、')}${named}`;
    // A data file refused as a whole (a workbook, a Part 3): one line says what it is and what was not linted.
    const [only] = dataProblems;
    if (dataProblems.length === 1 && only!.line === undefined) {
      problems.push({ ...only!, message: `${only!.message}（因此${unlinted}）` });
      continue;
    }
    appendAll(problems, dataProblems);
    problems.push({ filePath: display(dataFile, cwd), message: `数据文件无法使用，${unlinted}` });
  }
  let allProblems = dedupe(problems);

  if (options.quiet) results = results.map(errorsOnly);
  results.sort((a, b) => comparePaths(a.filePath, b.filePath));

  fixes.sort((a, b) => comparePaths(a.job.filePath, b.job.filePath));
  if (options.fixDryRun) {
    // What --fix would write, as a unified diff; no file is touched.
    // A Word file's diff is of its text.
    for (const { job, text } of fixes) process.stdout.write(createTwoFilesPatch(job.filePath, job.filePath, job.text, text, '', '（修正后）'));
  } else if (options.fix) {
    let fixedFiles = 0;
    /** dev:ino → the document written there: another hard link to it is the same file */
    const written = new Map<string, { filePath: string; output: string | Uint8Array }>();
    for (const { job, output, count, tracked } of fixes) {
      await interrupt?.pause();
      if (interrupt?.signal) break;
      const snapshot = snapshots.get(job.filePath)!;
      const inode = `${snapshot.dev}:${snapshot.ino}`;
      const earlier = written.get(inode);
      if (earlier) {
        const link = linkKind(resolve(cwd, job.filePath), resolve(cwd, earlier.filePath));
        if (!sameContent(earlier.output, output)) problems.push({ filePath: job.filePath, message: `与 ${earlier.filePath} 是同一个文件${link}，已按 ${earlier.filePath} 修正` });
        else process.stderr.write(`已修正 ${job.filePath}：与 ${earlier.filePath} 是同一个文件${link}\n`);
        continue;
      }
      try {
        writeFixedFile(resolve(cwd, job.filePath), output, snapshot);
        written.set(inode, { filePath: job.filePath, output });
        fixedFiles++;
        // Track Changes on: the fixes are revisions by juesuan, not yet part of the text until the writer accepts them.
        process.stderr.write(`已修正 ${job.filePath}：${count} 处${tracked ? `（文档开启了修订，改动已写为修订，请在 Word 或 WPS 中审阅：接受或拒绝）` : ''}\n`);
      } catch (error) {
        problems.push({ filePath: job.filePath, message: `无法写入修正（${writeReason(error)}），文件未改动` });
      }
    }
    await interrupt?.pause();
    if (interrupt?.signal) return interrupt.stop(fixedFiles, fixes.length);
  }
  allProblems = dedupe(problems);
  // Problems first, so that on a terminal they stand above the report.
  if (allProblems.length > 0) process.stderr.write(allProblems.map(formatInputProblem).join('\n') + '\n');
  if (options.format === 'html') {
    const byPath = new Map(jobs.map((j) => [j.filePath, j]));
    // After --fix, the messages are those of the fixed text.
    const fixedText = new Map(options.fix ? fixes.map((f) => [f.job.filePath, f.text]) : []);
    await writeHtmlReport(results.map((r) => {
      const job = byPath.get(r.filePath)!;
      const located = locateLint(r, fixedText.get(r.filePath) ?? job.text, job.origin);
      return { located, ...(job.origin?.kind === 'pdf' ? { pdf: () => readInputFile(resolve(cwd, r.filePath)).bytes } : {}) };
    }), { command: 'lint', folder, problems: allProblems, ...(options.outputFile ? { output: options.outputFile } : {}) });
  } else if (!(results.length === 0 && allProblems.length > 0 && options.format === 'stylish' && !options.outputFile)) {
    // (Nothing linted, and why said on standard error: a terminal needs no empty report under it.)
    writeReport(format(results, allProblems, options, cwd), options);
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) process.stderr.write(`警告过多：共 ${warnings} 个警告，超过 --max-warnings 允许的 ${options.maxWarnings} 个\n`);
  if (allProblems.length > 0) return 2;
  return (errors > 0 || tooManyWarnings) && !options.exitZero ? 1 : 0;
}

/** Reads each document and finds its data file; what cannot be linted goes to `problems`. */
async function prepareJobs(
  files: readonly string[], locator: DataLocator, problems: InputProblem[], cwd: string, fixing: boolean, snapshots: Map<string, ReadSnapshot>,
): Promise<LintJob[]> {
  const jobs: LintJob[] = [];
  for (const filePath of files) {
    let text: string;
    let notUtf8 = false;
    let origin: LintJob['origin'];
    try {
      const { bytes, stats } = readInputFile(resolve(cwd, filePath));
      const read = await readDocument(bytes, { wanted: 'lint', file: filePath });
      if (read.kind === 'refused') {
        problems.push({ filePath, message: read.message });
        continue;
      }
      if (read.kind === 'extracted') {
        text = read.text;
        origin = read.origin;
        if (fixing && read.origin.kind === 'pdf') process.stderr.write(`${filePath}：PDF 文件不会被 --fix 改写，只审校\n`);
        if (fixing && read.converted) process.stderr.write(`${filePath}：旧版 Word 文件（.doc）不会被 --fix 改写，只审校；另存为 .docx 后可以修正\n`);
        // A Word file is fixed in its runs (docx-fix.ts), with the same checks before writing as a text file.
        const docx = fixing && read.origin.kind === 'docx' && !read.converted;
        if (docx) snapshots.set(filePath, snapshotOf(bytes, stats));
        appendAll(jobs, locateJob(jobs.length, filePath, text, locator, problems, cwd, docx ? { origin, docx: bytes } : { noFix: true, origin }));
        continue;
      }
      if (read.utf16) {
        text = decodeUtf16(read.bytes, read.utf16);
        notUtf8 = true;
        process.stderr.write(`${filePath}：是 UTF-16 编码，已解码审校${fixing ? '，但不会修正' : ''}；请另存为 UTF-8\n`);
        appendAll(jobs, locateJob(jobs.length, filePath, text, locator, problems, cwd, { noFix: true }));
        continue;
      }
      if (fixing) snapshots.set(filePath, snapshotOf(bytes, stats));
      const decoded = decodeText(bytes);
      text = decoded.text;
      notUtf8 = decoded.encoding !== 'utf-8';
      // A notice, not an unusable input: what could be read is linted and reported as usual.
      if (decoded.encoding === 'gb18030') {
        process.stderr.write(`${filePath}：是 GB18030（GBK）编码，已按 GB18030 审校${fixing ? '，但不会修正' : ''}；请另存为 UTF-8\n`);
      } else if (decoded.encoding === 'broken-utf-8') {
        process.stderr.write(`${filePath}：不是有效的 UTF-8 编码，无法解码的字节当作乱码，其余照常审校${fixing ? '，但不会修正' : ''}；请另存为 UTF-8\n`);
      }
    } catch (error) {
      problems.push({ filePath, message: `无法读取（${readReason(error)}），需要一个 Markdown、PDF 或 Word 文件` });
      continue;
    }
    appendAll(jobs, locateJob(jobs.length, filePath, text, locator, problems, cwd, notUtf8 ? { noFix: true } : {}));
  }
  return jobs;
}

/** The job for a document whose data file can be found; none (and the problem reported) otherwise. */
function locateJob(id: number, filePath: string, text: string, locator: DataLocator, problems: InputProblem[], cwd: string, extra: Partial<LintJob>): LintJob[] {
  const lookup = locator.locate(filePath, text);
  if ('problems' in lookup) {
    appendAll(problems, lookup.problems);
    return [];
  }
  const dataDisplay = display(lookup.dataFile, cwd);
  // Another department's (or year's) data would find every figure wrong: that pairing is refused, naming both.
  const refused = unitRefusal(text, dataUnit(lookup.dataFile), dataDisplay);
  if (refused) {
    problems.push({ filePath, message: refused });
    return [];
  }
  return [{ id, filePath, text, dataFile: lookup.dataFile, dataDisplay, dataChosenBy: lookup.chosenBy, ...extra }];
}

const DATA_UNITS = new Map<string, UnitName>();

/** 部门 and 年度 a YAML data file's header states (nothing for a file that cannot be read: the worker says why). */
function dataUnit(dataFile: string): UnitName {
  let unit = DATA_UNITS.get(dataFile);
  if (!unit) {
    try {
      unit = /\.ya?ml$/iu.test(dataFile) ? dataHeaderUnit(decodeText(readInputFile(resolve(process.cwd(), dataFile)).bytes).text) : {};
    } catch {
      unit = {};
    }
    DATA_UNITS.set(dataFile, unit);
  }
  return unit;
}

function format(results: LintResult[], problems: InputProblem[], options: LintCommandOptions, cwd: string): string {
  switch (options.format) {
    case 'json':
      return formatLintJson(results);
    case 'sarif': {
      const info = packageInfo();
      return formatLintSarif(results, { toolVersion: info.version, informationUri: info.informationUri, baseDir: cwd, problems });
    }
    case 'github':
      return formatLintGithub(results, { baseDir: cwd, problems });
    default: {
      const color = !options.outputFile && shouldColor(process.env, process.stdout.isTTY);
      return formatLintStylish(results, { color, unlinted: problems.length });
    }
  }
}

/** --quiet: the result as if warnings had not been reported. */
function errorsOnly(r: LintResult): LintResult {
  return { ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0 };
}

function sameContent(a: string | Uint8Array, b: string | Uint8Array): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return Buffer.from(a).equals(Buffer.from(b));
}

/** A path relative to the working directory when inside it, else absolute. */
function display(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') ? file : rel;
}

function dedupe(problems: InputProblem[]): InputProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatInputProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * SIGINT/SIGTERM while --fix runs: noted, and acted on between files (pause()),
 * so that no file is left half-replaced; then temporary files are removed,
 * what was fixed is said, and the run ends with 130 or 143.
 */
class Interrupt {
  signal: NodeJS.Signals | undefined;
  private readonly onSignal = (signal: NodeJS.Signals) => {
    if (this.signal) {
      // a second interrupt: stop now
      removeTemporaryFiles();
      process.exit(exitCodeFor(signal));
    }
    this.signal = signal;
  };

  constructor() {
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  /** Lets a pending signal be delivered. */
  pause(): Promise<void> {
    return new Promise((resolvePause) => setImmediate(resolvePause));
  }

  stop(fixed: number, total: number): number {
    removeTemporaryFiles();
    const rest = total - fixed;
    process.stderr.write(`已中断（${this.signal}）：${total > 0 ? `已修正 ${fixed} 个文件${rest > 0 ? `，其余 ${rest} 个未改动` : ''}` : '没有修改任何文件'}\n`);
    return exitCodeFor(this.signal!);
  }
}

function exitCodeFor(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143;
}

function writeReport(report: string, options: LintCommandOptions): void {
  // With --fix-dry-run the diff has standard output; the report goes to standard error.
  if (options.outputFile) writeOutputFile(options.outputFile, report);
  else if (options.fixDryRun) process.stderr.write(report);
  else process.stdout.write(report);
}
