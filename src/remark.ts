/**
 * juesuan as a unified (remark) plugin: `juesuan/remark`.
 *
 *   // .remarkrc.mjs
 *   import remarkJuesuan from 'juesuan/remark';
 *   export default { plugins: [[remarkJuesuan, { data: 'data/liaocheng-2024.yaml' }]] };
 *
 * Every lint message becomes a vfile message at the same line and column, with
 * the same rule id and source `juesuan`. Errors (severity 2) are fatal, warnings
 * (severity 1) are not — as remark-lint does for rules set to 'error' and 'warn' —
 * so plain `remark` fails exactly when `juesuan lint` exits 1, and `remark --frail`
 * also fails on warnings (unverified figures).
 *
 * A relative data path is resolved against the vfile's `cwd`: remark-cli sets it
 * to the directory it runs in, the remark language server to the workspace folder.
 * A `URL` (`new URL('./data/x.yaml', import.meta.url)` in .remarkrc.mjs) is taken
 * as is, whichever directory remark runs in.
 *
 * Unusable data is one fatal message on the file (what is wrong, where in the data
 * file), never a thrown error. The lint context is built once per data file and
 * rebuilt when the file changes on disk (a language server lints on every keystroke).
 */
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, Transformer } from 'unified';
import { DataError, accountsFromObject, formatProblem, loadAccounts, type LoadedAccounts } from './data/load.js';
import type { DepartmentAccounts } from './data/model.js';
import { buildFactCatalog } from './facts/catalog.js';
import { dataCatalog } from './facts/unknown.js';
import { createLintContext, lintMarkdown, type LintContext, type LintMessage } from './lint/lint.js';

type VFile = Parameters<Transformer>[1];

export interface RemarkJuesuanOptions {
  /**
   * The data file: a path (relative paths resolve against the vfile's cwd), a
   * file URL, an already-parsed data object in the data file's shape (validated
   * like the file), or a DepartmentAccounts.
   */
  data: string | URL | Record<string, unknown> | DepartmentAccounts;
  /** unverified figures are errors (as `juesuan lint --strict`) */
  strict?: boolean;
}

/** What the plugin leaves in `file.data.juesuan`. */
export interface RemarkJuesuanData {
  /** the data file the document was linted against (absolute), or undefined for a data object */
  dataFile?: string;
  errorCount: number;
  warningCount: number;
  verifiedCount: number;
  unverifiedCount: number;
}

export const SOURCE = 'juesuan';
/** Rule id of the one fatal message for unusable data or options. */
export const DATA_RULE_ID = 'data-error';
/** The page on the plugin (docs/remark.md, shipped with the package); every message links to it. */
export const DOCS_URL = new URL('../docs/remark.md', import.meta.url).href;

/** At most this many data problems are spelled out in the fatal message. */
const MAX_PROBLEMS = 20;

interface Loaded {
  stamp: string;
  ctx?: LintContext;
  error?: unknown;
}

const byPath = new Map<string, Loaded>();
const byObject = new WeakMap<object, Loaded>();

/** Changes when the file is rewritten, replaced or removed. */
function stampOf(file: string): string {
  try {
    const s = statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch (error) {
    return `missing:${(error as NodeJS.ErrnoException).code ?? ''}`;
  }
}

function build(load: () => DepartmentAccounts | LoadedAccounts, stamp: string): Loaded {
  try {
    const loaded = load();
    return { stamp, ctx: createLintContext('source' in loaded ? dataCatalog(loaded) : buildFactCatalog(loaded)) };
  } catch (error) {
    return { stamp, error };
  }
}

function contextForFile(file: string): Loaded {
  const stamp = stampOf(file);
  const hit = byPath.get(file);
  if (hit && hit.stamp === stamp) return hit;
  const loaded = build(() => loadAccounts(file), stamp);
  byPath.set(file, loaded);
  return loaded;
}

function isAccounts(o: object): o is DepartmentAccounts {
  const a = o as Partial<DepartmentAccounts>;
  return typeof a.t01 === 'object' && a.t01 !== null && typeof a.department === 'string' && typeof a.year === 'number';
}

function contextForObject(o: object): Loaded {
  const hit = byObject.get(o);
  if (hit) return hit;
  const loaded = build(() => (isAccounts(o) ? o : accountsFromObject(o, 'data 选项')), '');
  byObject.set(o, loaded);
  return loaded;
}

/** The data file as the user would name it: relative to cwd when below it. */
function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function fatal(file: VFile, reason: string, cause?: unknown): void {
  const message = file.message(reason, {
    ruleId: DATA_RULE_ID, source: SOURCE, ...(cause instanceof Error ? { cause } : {}),
  });
  message.fatal = true;
  message.url = DOCS_URL;
}

function reportLoadError(file: VFile, error: unknown, dataFile: string | undefined, dataName: string | undefined): void {
  if (error instanceof DataError) {
    const problems = error.problems.map((p) => formatProblem(p.file === dataFile && dataName !== undefined ? { ...p, file: dataName } : p));
    const shown = problems.slice(0, MAX_PROBLEMS);
    const more = problems.length - shown.length;
    const head = dataName !== undefined ? `数据文件 ${dataName} 无法使用，未审校本文件：` : '数据（data 选项）无法使用，未审校本文件：';
    const tail = more > 0 ? [`……另有 ${more} 个问题（juesuan check <数据文件> 列出全部）`] : [];
    fatal(file, [head, ...shown, ...tail].join('\n'));
    return;
  }
  const what = error instanceof Error ? error.message : String(error);
  fatal(file, `读取数据${dataName !== undefined ? `文件 ${dataName} ` : ''}时出错，未审校本文件：${what}`, error);
}

/** 1-based line/column (UTF-16) → offset, for checking that a message's range holds the text it names. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * vfile's `expected` is a list of replacements for the message's range (editors
 * offer each as a quick fix), so it carries the linter's fix, or its expected
 * text when the range holds exactly the text the message calls actual.
 */
function replacements(m: LintMessage, text: string, starts: number[]): string[] | undefined {
  if (m.fix) return [m.fix.text];
  if (m.expected === undefined || m.actual === undefined) return undefined;
  const from = (starts[m.line - 1] ?? Number.NaN) + m.column - 1;
  const to = (starts[m.endLine - 1] ?? Number.NaN) + m.endColumn - 1;
  return text.slice(from, to) === m.actual ? [m.expected] : undefined;
}

const remarkJuesuan: Plugin<[RemarkJuesuanOptions?], import('unist').Node> = function remarkJuesuan(options) {
  const data = options?.data;
  const strict = options?.strict === true;

  return (_tree, file) => {
    const cwd = file.cwd || process.cwd();
    let loaded: Loaded;
    let dataFile: string | undefined;
    let dataName: string | undefined;
    if (typeof data === 'string' && data.trim() !== '') {
      dataFile = resolve(cwd, data);
      dataName = displayPath(dataFile, cwd);
      loaded = contextForFile(dataFile);
    } else if (data instanceof URL) {
      if (data.protocol !== 'file:') {
        fatal(file, `juesuan 的 data 选项应为数据文件路径或 file: URL，实际为 ${data.href}`);
        return;
      }
      dataFile = fileURLToPath(data);
      dataName = displayPath(dataFile, cwd);
      loaded = contextForFile(dataFile);
    } else if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
      loaded = contextForObject(data);
    } else {
      fatal(file, 'juesuan 需要 data 选项：数据文件的路径（如 data/liaocheng-2024.yaml），或数据对象；未审校本文件');
      return;
    }
    if (!loaded.ctx) {
      reportLoadError(file, loaded.error, dataFile, dataName);
      return;
    }

    const text = String(file);
    let result;
    try {
      result = lintMarkdown(text, loaded.ctx, { ...(file.path ? { filePath: file.path } : {}), strict });
    } catch (error) {
      fatal(file, `juesuan 审校时出错：${error instanceof Error ? error.message : String(error)}`, error);
      return;
    }
    const starts = lineStarts(text);
    for (const m of result.messages) {
      const message = file.message(m.message, {
        place: { start: { line: m.line, column: m.column }, end: { line: m.endLine, column: m.endColumn } },
        ruleId: m.ruleId,
        source: SOURCE,
      });
      message.fatal = m.severity === 2;
      message.url = DOCS_URL;
      if (m.actual !== undefined) message.actual = m.actual;
      const expected = replacements(m, text, starts);
      if (expected) message.expected = expected;
    }
    const summary: RemarkJuesuanData = {
      ...(dataFile !== undefined ? { dataFile } : {}),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      verifiedCount: result.verifiedCount,
      unverifiedCount: result.unverifiedCount,
    };
    file.data['juesuan'] = summary;
  };
};

export default remarkJuesuan;
export { remarkJuesuan };
