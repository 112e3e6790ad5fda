/**
 * juesuan lint <files|dirs|globs…> [--data <data>]: lint hand-edited Part 3
 * Markdown, each document against its data file (front matter, then
 * juesuan.config.*, then --data; see data-lookup.ts), over worker threads
 * when there are many (lint-pool.ts). Whatever cannot be linted (an
 * unreadable document, no data file, unusable data) is reported on standard
 * error and the rest are still linted; the exit code is then 2.
 */
import { readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { relative, resolve } from 'node:path';
import { formatPath } from '../data/source.js';
import { decodeUtf16, readDocument } from '../documents/index.js';
import type { LintResult } from '../lint/lint.js';
import { formatLintGithub } from '../report/lint-github.js';
import { formatLintJson } from '../report/lint-json.js';
import { formatLintSarif } from '../report/lint-sarif.js';
import { formatLintStylish } from '../report/lint-stylish.js';
import { formatInputProblem, type InputProblem } from '../report/problems.js';
import { shouldColor } from './color.js';
import { DataLocator } from './data-lookup.js';
import type { LintJob } from './document-linter.js';
import { comparePaths, resolveInputs } from './inputs.js';
import { LintPool } from './lint-pool.js';
import type { LintFormat } from './options.js';
import { packageInfo } from './package-info.js';
import { createProgress, type Progress } from './progress.js';
import { writeFileAtomic } from './write-file.js';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const STRICT_GB18030 = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true });

/**
 * A document's text. Not UTF-8: a file mostly undecodable as UTF-8 that is valid GB18030
 * was saved by a Chinese Windows tool (GBK) and is read as such; otherwise the stray bytes
 * become U+FFFD and the rest is read. Either way it is never rewritten: TextEncoder writes
 * UTF-8 only, and a fix would change the undecodable bytes too.
 */
function decodeDocument(bytes: Buffer): { text: string; encoding: 'utf-8' | 'gb18030' | 'broken-utf-8' } {
  try {
    return { text: STRICT_UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const loose = bytes.toString('utf8');
    let replaced = 0;
    let read = 0;
    for (const ch of loose) {
      if (ch === '\ufffd') replaced++;
      else if (ch.charCodeAt(0) > 0x7f) read++;
    }
    if (replaced > read) {
      try {
        return { text: STRICT_GB18030.decode(bytes), encoding: 'gb18030' };
      } catch {
        // neither: read what UTF-8 can
      }
    }
    return { text: loose, encoding: 'broken-utf-8' };
  }
}

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
}

export async function runLintCommand(patterns: string[], options: LintCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const { files, problems } = resolveInputs(patterns, cwd);
  const locator = new DataLocator(cwd, options.data);
  // Workers load their modules while the documents are read.
  const pool = new LintPool(files.length, { jobs: options.jobs ?? 'auto', strict: options.strict ?? false });
  let progress: Progress | undefined;
  let outcomes;
  let jobs: LintJob[];
  try {
    jobs = await prepareJobs(files, locator, problems, cwd, Boolean(options.fix || options.fixDryRun));
    if (options.fix || options.fixDryRun) for (const job of jobs) job.fix = !job.noFix;
    const shown = (progress = createProgress(jobs.length));
    outcomes = await pool.run(jobs, (done) => shown.update(done));
  } finally {
    progress?.clear();
    await pool.close();
  }

  let results: LintResult[] = [];
  const fixes: Array<{ job: LintJob; output: string; count: number }> = [];
  const unusableData = new Map<string, { problems: InputProblem[]; documents: string[] }>();
  const crashes = new Map<string, string[]>();
  for (const outcome of outcomes) {
    const job = jobs[outcome.id]!;
    if (outcome.kind === 'result') {
      results.push(outcome.result);
      if (outcome.fixed && outcome.fixed.output !== job.text) fixes.push({ job, output: outcome.fixed.output, count: outcome.fixed.count });
    } else if (outcome.kind === 'data-error') {
      let entry = unusableData.get(job.dataFile);
      if (!entry) {
        entry = {
          problems: outcome.problems.map((p) => ({
            filePath: p.file, ...(p.line !== undefined ? { line: p.line, column: p.column ?? 1 } : {}),
            message: p.path.length > 0 ? `${formatPath(p.path)}：${p.message}` : p.message,
          })),
          documents: [],
        };
        unusableData.set(job.dataFile, entry);
      }
      entry.documents.push(job.filePath);
    } else {
      const key = outcome.message;
      crashes.set(key, [...(crashes.get(key) ?? []), job.filePath]);
    }
  }
  for (const [message, documents] of crashes) {
    const shown = message.length > 300 ? `${message.slice(0, 300)}…` : message;
    problems.push({ filePath: documents[0]!, message: `juesuan 内部错误（${shown}），未审校 ${documents.length} 个文件：${documents.join('、')}` });
  }
  for (const [dataFile, { problems: dataProblems, documents }] of unusableData) {
    problems.push(...dataProblems);
    problems.push({ filePath: display(dataFile, cwd), message: `数据文件无法使用，未审校 ${documents.length} 个文件：${documents.join('、')}` });
  }
  let allProblems = dedupe(problems);

  if (options.quiet) results = results.map(errorsOnly);
  results.sort((a, b) => comparePaths(a.filePath, b.filePath));

  fixes.sort((a, b) => comparePaths(a.job.filePath, b.job.filePath));
  if (options.fixDryRun) {
    // What --fix would write, as a unified diff; no file is touched.
    for (const { job, output } of fixes) process.stdout.write(createTwoFilesPatch(job.filePath, job.filePath, job.text, output, '', '（修正后）'));
  } else if (options.fix) {
    for (const { job, output, count } of fixes) {
      try {
        writeFileAtomic(resolve(cwd, job.filePath), output);
        process.stderr.write(`已修正 ${job.filePath}：${count} 处\n`);
      } catch (error) {
        problems.push({ filePath: job.filePath, message: `无法写入修正（${readError(error)}），文件未改动` });
      }
    }
  }
  allProblems = dedupe(problems);
  const report = format(results, allProblems, options, cwd);
  // Problems first, so that on a terminal they stand above the report.
  if (allProblems.length > 0) process.stderr.write(allProblems.map(formatInputProblem).join('\n') + '\n');
  // With --fix-dry-run the diff has standard output; the report goes to standard error.
  if (options.outputFile) writeFileAtomic(options.outputFile, report);
  else if (options.fixDryRun) process.stderr.write(report);
  else process.stdout.write(report);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) process.stderr.write(`警告过多：共 ${warnings} 个警告，超过 --max-warnings 允许的 ${options.maxWarnings} 个\n`);
  if (allProblems.length > 0) return 2;
  return (errors > 0 || tooManyWarnings) && !options.exitZero ? 1 : 0;
}

/** Reads each document and finds its data file; what cannot be linted goes to `problems`. */
async function prepareJobs(files: readonly string[], locator: DataLocator, problems: InputProblem[], cwd: string, fixing = false): Promise<LintJob[]> {
  const jobs: LintJob[] = [];
  for (const filePath of files) {
    let text: string;
    let notUtf8 = false;
    let origin: LintJob['origin'];
    try {
      const read = await readDocument(readFileSync(resolve(cwd, filePath)));
      if (read.kind === 'refused') {
        problems.push({ filePath, message: read.message });
        continue;
      }
      if (read.kind === 'extracted') {
        text = read.text;
        origin = read.origin;
        if (fixing) {
          process.stderr.write(read.origin.kind === 'pdf'
            ? `${filePath}：PDF 文件不会被 --fix 改写，只审校\n`
            : `${filePath}：无法自动改正 Word 文件，只审校\n`);
        }
        jobs.push(...locateJob(jobs.length, filePath, text, locator, problems, cwd, { noFix: true, origin }));
        continue;
      }
      if (read.utf16) {
        text = decodeUtf16(read.bytes, read.utf16);
        notUtf8 = true;
        process.stderr.write(`${filePath}：是 UTF-16 编码，已解码审校${fixing ? '，但不会修正' : ''}；请另存为 UTF-8\n`);
        jobs.push(...locateJob(jobs.length, filePath, text, locator, problems, cwd, { noFix: true }));
        continue;
      }
      const decoded = decodeDocument(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength));
      text = decoded.text;
      notUtf8 = decoded.encoding !== 'utf-8';
      // A notice, not an unusable input: what could be read is linted and reported as usual.
      if (decoded.encoding === 'gb18030') {
        process.stderr.write(`${filePath}：是 GB18030（GBK）编码，已按 GB18030 审校${fixing ? '，但不会修正' : ''}；请另存为 UTF-8\n`);
      } else if (decoded.encoding === 'broken-utf-8') {
        process.stderr.write(`${filePath}：不是有效的 UTF-8 编码，无法解码的字节当作乱码，其余照常审校${fixing ? '，但不会修正' : ''}；请另存为 UTF-8\n`);
      }
    } catch (error) {
      problems.push({ filePath, message: `无法读取（${readError(error)}），需要一个 Markdown 文件` });
      continue;
    }
    jobs.push(...locateJob(jobs.length, filePath, text, locator, problems, cwd, notUtf8 ? { noFix: true } : {}));
  }
  return jobs;
}

/** The job for a document whose data file can be found; none (and the problem reported) otherwise. */
function locateJob(id: number, filePath: string, text: string, locator: DataLocator, problems: InputProblem[], cwd: string, extra: Partial<LintJob>): LintJob[] {
  const lookup = locator.locate(filePath, text);
  if ('problems' in lookup) {
    problems.push(...lookup.problems);
    return [];
  }
  return [{ id, filePath, text, dataFile: lookup.dataFile, dataDisplay: display(lookup.dataFile, cwd), ...extra }];
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

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EISDIR') return '这是一个目录';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  return code ?? String(error);
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
