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
 *   So does pdfjs-dist: only a PDF needs it, and it loads its worker from its own folder.
 *   So does exceljs: only a workbook (export, import of an .xlsx) needs it.
 *   So do vega and @resvg/resvg-js: only draft --charts needs them (vega is ES
 *   modules with top-level await, resvg a native addon; both are imported with import()).
 * - The code caches are made after running draft, check and lint once on the
 *   seed data, so that they hold the functions a run compiles, not just the
 *   top level.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { requireWithCodeCache, writeCodeCaches } from '../dist/code-cache.js';
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
  // pdfjs-dist is imported when a PDF is linted, and finds its worker module beside itself.
  external: ['nunjucks', 'pdfjs-dist', 'exceljs', 'vega', '@resvg/resvg-js'],
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
const write = process.stderr.write;
let said = '';
process.stderr.write = (s) => ((said += s), true);
try {
  const run = (...args) => app.main(['node', 'juesuan', ...args]);
  const codes = [
    await run('draft', data, '-o', join(scratch, 'part3.md')),
    await run('check', data, '--exit-zero', '-o', join(scratch, 'check.txt')),
    await run('lint', join(scratch, 'part3.md'), '--data', data, '--exit-zero', '-o', join(scratch, 'lint.txt')),
  ];
  if (codes.some((c) => c !== 0)) throw new Error(`the bundled CLI failed on the seed data (exit codes ${codes.join(', ')}):\n${said}`);
} finally {
  process.stderr.write = write;
  rmSync(scratch, { recursive: true, force: true });
}
writeCodeCaches();
app.writeCodeCaches();
