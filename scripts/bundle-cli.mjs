#!/usr/bin/env node
/**
 * Bundles the compiled CLI (dist/cli/app.js) into dist/cli/juesuan.bundle.cjs
 * and writes V8 code caches for it and for the precompiled schema validator:
 * resolving, loading and compiling hundreds of modules was most of the CLI's
 * start-up, and of every lint worker's. Runs after tsc and
 * build-validator.mjs (npm run build); dist/cli/start.js decides at run time
 * whether the bundle is current.
 *
 * - The bundle sits in dist/cli/, so the URLs the code computes from
 *   import.meta.url (../../schema/, ../../templates/, ../../package.json,
 *   ./worker.js) reach the same files; import.meta.url is the bundle's URL.
 * - CommonJS, so that it can be compiled with a code cache (code-cache.ts);
 *   the commands' modules are still evaluated only when their command runs.
 * - nunjucks stays outside: only draft needs it, and it is a fifth of the size.
 *   So does @embedpdf/pdfium (the PDF reader's WebAssembly and its glue): only a PDF
 *   needs it, and src/documents/pdfium.ts loads it from the installed package, .wasm beside it.
 *   So does exceljs: only a workbook (export, import of an .xlsx) needs it.
 *   So do vega and @resvg/resvg-js: only draft --charts needs them (vega is ES
 *   modules with top-level await, resvg a native addon; both are imported with import()).
 * - The code caches are made after running draft, check and lint once on the
 *   seed data, and review once on a real PDF of the fixtures, so that they hold
 *   the functions a run compiles, not just the top level (without review's, each
 *   review process and worker compiled the PDF reader, the importer and the
 *   review from source: 2-3 % of the CPU of reviewing one PDF). The review runs
 *   with V8's flags left as they are (keepDefaultJit): a cache made under other
 *   flags is rejected by every process, which the build checks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { cacheFileOf, requireWithCodeCache, writeCodeCaches } from '../dist/code-cache.js';
import { BUNDLE_FILE, BUNDLE_INPUTS_FILE, bundleIsCurrent } from '../dist/cli/start.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/app.js'],
  outfile: BUNDLE_FILE,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // @embedpdf/pdfium is required when a PDF is read, from its own folder, where its .wasm is.
  external: ['nunjucks', '@embedpdf/pdfium', 'exceljs', 'vega', '@resvg/resvg-js'],
  define: { 'import.meta.url': '__juesuanBundleUrl' },
  banner: { js: 'var __juesuanBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  // Less to read and hash at every start; names are kept, for messages of internal errors.
  minifyWhitespace: true,
  minifySyntax: true,
  // To the compiled modules (which map to src/), without their text: the map stays small.
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(metafile.inputs).filter((f) => f.startsWith('dist/')).map((f) => relative('dist', f).split('\\').join('/')).sort();
writeFileSync(BUNDLE_INPUTS_FILE, `${JSON.stringify(inputs, null, 1)}\n`);
if (!bundleIsCurrent(BUNDLE_FILE, BUNDLE_INPUTS_FILE, `${root}dist/`)) throw new Error('bin/juesuan.js would not run the bundle just made: dist/cli/start.js finds it stale');

// One run of each command on the seed data, quietly, then the caches.
const app = requireWithCodeCache(BUNDLE_FILE);
const scratch = mkdtempSync(join(tmpdir(), 'juesuan-build-'));
const data = join(root, 'data/liaocheng-2024.yaml');
// a real published PDF of the repository's fixtures (a copy of the package without them skips it)
const REVIEW_PDF = join(root, 'test/fixtures/real/putuo-shgzb-2024.pdf');
const write = process.stderr.write;
let said = '';
process.stderr.write = (s) => ((said += s), true);
try {
  const run = (...args) => app.main(['node', 'juesuan', ...args]);
  const codes = [
    await run('draft', data, '-o', join(scratch, 'part3.md')),
    await run('check', data, '--exit-zero', '-o', join(scratch, 'check.txt')),
    await run('lint', join(scratch, 'part3.md'), '--data', data, '--exit-zero', '-o', join(scratch, 'lint.txt')),
    // review of a published PDF: reading it, the import, the review — V8's flags as every process loads the cache with
    ...(existsSync(REVIEW_PDF) ? [(app.keepDefaultJit(), await run('review', REVIEW_PDF, '--exit-zero', '-o', join(scratch, 'review.txt')))] : []),
  ];
  if (codes.some((c) => c !== 0)) throw new Error(`the bundled CLI failed on the seed data (exit codes ${codes.join(', ')}):\n${said}`);
} finally {
  process.stderr.write = write;
  rmSync(scratch, { recursive: true, force: true });
}
writeCodeCaches();
app.writeCodeCaches();
// …and the caches for V8's optimising bar raised, as review and import raise it for a short run (cli/jit.ts):
// their worker threads start under it (a Node whose V8 the CLI raises no bar for writes the same caches again).
app.raiseJit();
writeCodeCaches();
app.writeCodeCaches();

// Each cache as a fresh process loads it: V8 rejects one made under other flags (and compiles the whole bundle instead).
const accepted = (raised) => spawnSync(process.execPath, ['--input-type=module', '-e', `
  import { readFileSync } from 'node:fs';
  import { Script } from 'node:vm';
  ${raised ? `import { raiseJit } from ${JSON.stringify(pathToFileURL(join(root, 'dist/cli/jit.js')).href)}; raiseJit();` : ''}
  const file = ${JSON.stringify(BUNDLE_FILE)};
  const cache = readFileSync(${JSON.stringify(cacheFileOf(BUNDLE_FILE, raised))}).subarray(32);
  const script = new Script('(function (exports, require, module, __filename, __dirname) {' + readFileSync(file, 'utf8') + '\\n})', { filename: file, cachedData: cache });
  process.exit(script.cachedDataRejected ? 1 : 0);
`], { encoding: 'utf8' });
for (const raised of [false, ...(existsSync(cacheFileOf(BUNDLE_FILE, true)) ? [true] : [])]) {
  const check = accepted(raised);
  if (check.status !== 0) throw new Error(`V8 rejects the code cache just written for ${BUNDLE_FILE}${raised ? ' (optimising bar raised)' : ''}: it was made under other V8 flags than a process loads it with\n${check.stderr}`);
}
