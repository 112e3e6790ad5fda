/**
 * import() from a real ES module. The CLI runs as a vm Script with a code
 * cache (code-cache.ts), where import() has no loader ("A dynamic import
 * callback was not specified"); this module is never bundled, and
 * draft/load-esm.ts require()s it from dist/, so the import() below runs
 * in a module of the main context.
 */
export function importFromMain(url: string): Promise<unknown> {
  return import(url);
}
