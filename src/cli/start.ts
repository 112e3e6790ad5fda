/**
 * Loads the CLI: from dist/cli/juesuan.bundle.cjs, which npm run build makes
 * (scripts/bundle-cli.mjs; one file with a code cache starts several times
 * faster than hundreds of modules), or from the compiled modules when the
 * bundle is missing or older than any module it was made from (after a bare
 * tsc). Imports nothing of the CLI itself, so that choosing costs nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requireWithCodeCache } from '../code-cache.js';

export type App = typeof import('./app.js');

/** The bundle, next to this module in dist/cli/ so that URLs relative to import.meta.url stay right. */
export const BUNDLE_FILE = fileURLToPath(new URL('./juesuan.bundle.cjs', import.meta.url));
/** The compiled modules the bundle was made from, relative to dist/, written by the build. */
export const BUNDLE_INPUTS_FILE = fileURLToPath(new URL('./juesuan.bundle.inputs.json', import.meta.url));

export async function loadApp(): Promise<App> {
  if (bundleIsCurrent(BUNDLE_FILE, BUNDLE_INPUTS_FILE, fileURLToPath(new URL('../', import.meta.url)))) {
    try {
      return requireWithCodeCache(BUNDLE_FILE) as App;
    } catch {
      // an unreadable bundle: the modules do the same, only slower to start
    }
  }
  return import('./app.js');
}

/** Whether `bundle` exists and no module listed in `inputsFile` (relative to `base`) is newer. */
export function bundleIsCurrent(bundle: string, inputsFile: string, base: string): boolean {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as string[];
    return inputs.every((input) => statSync(`${base}${input}`).mtimeMs <= built);
  } catch {
    return false;
  }
}
