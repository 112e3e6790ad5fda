/**
 * Loading the packages only draft --charts needs: vega, an ES module with
 * top-level await (which no require() can load), and @resvg/resvg-js, a
 * native addon. The ES module is imported through dist/esm.js (see there);
 * its URL is computed from this module's folder depth, which is the bundle's
 * too (dist/cli/), so it is right in both. Run from the TypeScript sources
 * (the tests), there is no esm.js and no vm Script: import() itself serves.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export async function importModule<T>(specifier: string): Promise<T> {
  const require = createRequire(import.meta.url);
  const url = pathToFileURL(require.resolve(specifier)).href;
  const loader = fileURLToPath(new URL('../esm.js', import.meta.url));
  if (!existsSync(loader)) return import(url) as Promise<T>;
  const { importFromMain } = require(loader) as typeof import('../esm.js');
  return importFromMain(url) as Promise<T>;
}

export function requireModule<T>(specifier: string): T {
  return createRequire(import.meta.url)(specifier) as T;
}
