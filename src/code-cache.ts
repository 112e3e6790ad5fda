/**
 * require() of a CommonJS file with a V8 code cache written at build time
 * (scripts/bundle-cli.mjs), next to the file as `<file>.v8-cache`: compiling
 * the CLI bundle and the precompiled schema validator was a fifth of the CLI's
 * start-up, and of every lint worker's. Node 20 has no compile cache of its
 * own (module.enableCompileCache came with Node 22).
 *
 * V8 rejects a cache from another V8 version or other flags, but checks only
 * the length of the source; so the cache starts with the SHA-256 of the source
 * it was made from and is used only for that source.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

const DIGEST_BYTES = 32;

/** every file loaded here, for writeCodeCaches */
const loaded = new Map<string, { script: Script; digest: Buffer; exports: unknown }>();

export function cacheFileOf(file: string): string {
  return `${file}.v8-cache`;
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
  const written: string[] = [];
  for (const [file, { script, digest }] of loaded) {
    const out = cacheFileOf(file);
    writeFileSync(`${out}.tmp`, Buffer.concat([digest, script.createCachedData()]));
    renameSync(`${out}.tmp`, out);
    written.push(out);
  }
  return written;
}
