/**
 * Loading the packages only draft --charts needs: vega, an ES module with
 * top-level await (which no require() can load), and @resvg/resvg-js, a
 * native addon. The ES module is imported through dist/esm.js (see there);
 * its URL is computed from this module's folder depth, which is the bundle's
 * too (dist/cli/), so it is right in both.
 */
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export async function importModule<T>(specifier: string): Promise<T> {
  const require = createRequire(import.meta.url);
  const { importFromMain } = require(fileURLToPath(new URL('../esm.js', import.meta.url))) as typeof import('../esm.js');
  return importFromMain(pathToFileURL(require.resolve(specifier)).href) as Promise<T>;
}

export function requireModule<T>(specifier: string): T {
  return createRequire(import.meta.url)(specifier) as T;
}
