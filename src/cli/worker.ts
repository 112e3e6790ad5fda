/** A worker thread of a WorkerPool (worker-pool.ts), from the bundle when the CLI runs from it (start.ts). */
import { loadApp } from './start.js';

await (await loadApp()).serveWorker();
