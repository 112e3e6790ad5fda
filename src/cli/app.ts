/**
 * What bin/juesuan.js and the lint workers run, and the entry point of the
 * bundle (scripts/bundle-cli.mjs); see start.ts.
 */
export { writeCodeCaches } from '../code-cache.js';
export { serveWorker } from './worker-pool.js';
export { keepDefaultJit, raiseJit } from './jit.js';
export { main } from './main.js';
