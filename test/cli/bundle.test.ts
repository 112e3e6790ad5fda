/**
 * The bundle npm run build makes (scripts/bundle-cli.mjs) and the code caches
 * it starts with (src/code-cache.ts): bin/juesuan.js runs the bundle only
 * while it is current, the bundled CLI answers as the compiled modules do, and
 * a code cache serves only the source it was made from.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleIsCurrent } from '../../src/cli/start.js';
import { ROOT, SEED_DATA, SEED_PART3, tempDir } from './helpers.js';

const DIST = join(ROOT, 'dist/');
// As dist/cli/start.js names them (these tests run src/, where start.ts would look in src/cli/).
const BUNDLE_FILE = join(DIST, 'cli/juesuan.bundle.cjs');
const BUNDLE_INPUTS_FILE = join(DIST, 'cli/juesuan.bundle.inputs.json');

describe('choosing the bundle', () => {
  it('only while it exists and no module it was made from is newer', () => {
    const dir = tempDir('juesuan-bundle-');
    const bundle = join(dir, 'cli/juesuan.bundle.cjs');
    const inputs = join(dir, 'inputs.json');
    expect(bundleIsCurrent(bundle, inputs, `${dir}/`)).toBe(false);
    writeFileSync(join(dir, 'a.js'), '');
    writeFileSync(join(dir, 'b.js'), '');
    writeFileSync(inputs, JSON.stringify(['a.js', 'b.js']));
    expect(bundleIsCurrent(bundle, inputs, `${dir}/`)).toBe(false);
    mkdirSync(join(dir, 'cli'));
    writeFileSync(bundle, '');
    const t = Date.now() / 1000;
    utimesSync(join(dir, 'a.js'), t - 10, t - 10);
    utimesSync(join(dir, 'b.js'), t - 10, t - 10);
    utimesSync(bundle, t - 5, t - 5);
    expect(bundleIsCurrent(bundle, inputs, `${dir}/`)).toBe(true);
    // a bare tsc afterwards
    utimesSync(join(dir, 'b.js'), t, t);
    expect(bundleIsCurrent(bundle, inputs, `${dir}/`)).toBe(false);
    // a module it was made from is gone
    writeFileSync(inputs, JSON.stringify(['a.js', 'c.js']));
    expect(bundleIsCurrent(bundle, inputs, `${dir}/`)).toBe(false);
  });
});

describe('a code cache', () => {
  /** Loads `file` through dist/code-cache.js in a fresh node; with `write`, writes its cache after. */
  const load = (file: string, write = false): unknown => {
    const script = `import { requireWithCodeCache, writeCodeCaches } from ${JSON.stringify(pathToFileURL(join(DIST, 'code-cache.js')).href)};
      console.log(JSON.stringify(requireWithCodeCache(${JSON.stringify(file)})));
      ${write ? 'writeCodeCaches();' : ''}`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout) as unknown;
  };

  const cacheOf = (file: string) => `${file}.v8-${process.versions.v8}.cache`;

  it('is used for its own source only, even one of the same length (V8 checks only the length)', () => {
    const file = join(tempDir('juesuan-cache-'), 'm.cjs');
    writeFileSync(file, 'module.exports = { n: 1, f: () => __filename.length > 0 };');
    expect(load(file, true)).toEqual({ n: 1 });
    expect(readFileSync(cacheOf(file)).length).toBeGreaterThan(32);
    expect(load(file)).toEqual({ n: 1 });
    writeFileSync(file, 'module.exports = { n: 2, f: () => __filename.length > 0 };');
    expect(load(file)).toEqual({ n: 2 });
  });

  it('is written by a process that found none for its V8 (a Node other than the build\'s), as it exits, and used by the next', () => {
    const dir = tempDir('juesuan-cache-');
    const file = join(dir, 'm.cjs');
    writeFileSync(file, 'module.exports = { n: 3 };');
    writeFileSync(`${file}.v8-0.0.0.cache`, 'another V8\'s cache');
    expect(load(file)).toEqual({ n: 3 });
    const written = readFileSync(cacheOf(file));
    expect(written.length).toBeGreaterThan(32);
    expect(load(file)).toEqual({ n: 3 });
    // Used, so not written again; no temporary file left behind.
    expect(readFileSync(cacheOf(file)).equals(written)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['m.cjs', 'm.cjs.v8-0.0.0.cache', `m.cjs.v8-${process.versions.v8}.cache`].sort());
  });
});

describe('the bundled CLI', () => {
  // After a bare tsc the bundle is stale and bin/juesuan.js runs the modules; the build fails when it makes a stale one.
  const current = bundleIsCurrent(BUNDLE_FILE, BUNDLE_INPUTS_FILE, DIST);

  /** The CLI from the bundle or from the compiled modules, in a fresh node. */
  const cli = (from: 'bundle' | 'modules', args: string[]) => {
    const app = from === 'bundle'
      ? `(await import(${JSON.stringify(pathToFileURL(join(DIST, 'code-cache.js')).href)})).requireWithCodeCache(${JSON.stringify(BUNDLE_FILE)})`
      : `await import(${JSON.stringify(pathToFileURL(join(DIST, 'cli/app.js')).href)})`;
    const script = `process.exitCode = await (${app}).main(['node', 'juesuan', ...${JSON.stringify(args)}]);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  it.runIf(current).each([
    ['lint', ['lint', SEED_PART3, '--data', SEED_DATA, '--format', 'json']],
    ['check', ['check', SEED_DATA, '--format', 'json']],
    ['draft', ['draft', SEED_DATA]],
    ['data that is not usable', ['check', SEED_PART3]],
    ['a bad option', ['lint', SEED_PART3, '--jobs', '0']],
  ])('answers as the compiled modules: %s', (_, args) => {
    const bundled = cli('bundle', args);
    expect(bundled).toEqual(cli('modules', args));
    expect(bundled.stderr).not.toMatch(/\bat .*\.(c?js|ts):\d+/u);
  });

  it.runIf(current)('was made from the CLI’s modules', () => {
    const inputs = JSON.parse(readFileSync(BUNDLE_INPUTS_FILE, 'utf8')) as string[];
    expect(inputs).toEqual(expect.arrayContaining(['cli/app.js', 'cli/main.js', 'cli/lint-pool.js', 'data/schema.js', 'lint/lint.js', 'draft/draft.js']));
    expect(inputs).not.toContain('cli/start.js');
  });
});
