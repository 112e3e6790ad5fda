/**
 * require() of a CommonJS file with a V8 code cache written at build time
 * (scripts/bundle-cli.mjs), next to the file as `<file>.v8-<V8 version>.cache`: compiling
 * the CLI bundle and the precompiled schema validator was a fifth of the CLI's
 * start-up, and of every lint worker's. Node 20 has no compile cache of its
 * own (module.enableCompileCache came with Node 22).
 *
 * V8 rejects a cache from another V8 version or other flags, but checks only
 * the length of the source; so the cache starts with the SHA-256 of the source
 * it was made from and is used only for that source. Its name carries the V8
 * version: the build writes one for the Node that built it, and a process on
 * another Node (a user on the current LTS) that found none it could use writes
 * its own as it exits, once — where the install lets it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

const DIGEST_BYTES = 32;

/** every file loaded here, for writeCodeCaches */
const loaded = new Map<string, { script: Script; digest: Buffer; exports: unknown }>();

/**
 * Set (on globalThis: the bundle and the modules that load it each have their own copy of this module;
 * a worker thread sets it from its workerData) once the process has raised V8's optimising bar
 * (cli/jit.ts). V8 rejects a cache made under other flags than its own, and flags are the process's:
 * a review worker, started after the bar was raised, compiled the whole bundle from source. So a cache
 * is kept for each: `<file>.v8-<version>.cache` for V8's flags as a process starts with them, and
 * `<file>.v8-<version>-raised.cache` for the raised bar.
 */
export const V8_FLAGS_CHANGED = Symbol.for('juesuan.v8FlagsChanged');

/** Whether this thread's process runs with V8's optimising bar raised (cli/jit.ts). */
export function v8FlagsChanged(): boolean {
  return (globalThis as Record<symbol, unknown>)[V8_FLAGS_CHANGED] === true;
}

export function cacheFileOf(file: string, raised = v8FlagsChanged()): string {
  return `${file}.v8-${process.versions.v8}${raised ? '-raised' : ''}.cache`;
}

/** The caches this process could not use, written as it exits (with what it ran compiled): each with the flags it was loaded under. */
const missing = new Map<string, boolean>();

function writeMissingCaches(): void {
  for (const [file, raised] of missing) {
    // flags changed since (review raises the bar after loading the CLI): a cache now would be neither kind
    if (raised !== v8FlagsChanged()) continue;
    try {
      writeCache(file);
    } catch {
      // a read-only install, a full disk: the next run compiles, as this one did
    }
  }
}

/** Loads `file` as require() would (its own require, module, __filename, __dirname), with its code cache if it fits. */
export function requireWithCodeCache(file: string): unknown {
  const done = loaded.get(file);
  if (done) return done.exports;
  const source = readFileSync(file);
  const digest = createHash('sha256').update(source).digest();
  let cachedData: Buffer | undefined;
  try {
    const cache = readFileSync(cacheFileOf(file));
    if (cache.subarray(0, DIGEST_BYTES).equals(digest)) cachedData = cache.subarray(DIGEST_BYTES);
  } catch {
    // no cache (not built, or a bare tsc): compile
  }
  // The wrapper on the source's first line, as node's own, keeps line numbers.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  if (!cachedData || script.cachedDataRejected) {
    if (missing.size === 0) process.once('exit', writeMissingCaches);
    missing.set(file, v8FlagsChanged());
  }
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  loaded.set(file, { script, digest, exports: module.exports });
  return module.exports;
}

/**
 * Writes the code cache of every file loaded so far, with the functions they
 * have run compiled: the build script runs the CLI once on the seed data first.
 */
export function writeCodeCaches(): string[] {
  const written = [...loaded.keys()].map(writeCache);
  missing.clear();
  return written;
}

/** Written whole or not at all: processes and workers may write the same cache at once. */
function writeCache(file: string): string {
  const { script, digest } = loaded.get(file)!;
  const out = cacheFileOf(file);
  const temporary = `${out}.${process.pid}.${threadId}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([digest, script.createCachedData()]));
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return out;
}
