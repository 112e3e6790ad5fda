/** A worker thread of a WorkerPool (worker-pool.ts), from the bundle when the CLI runs from it (start.ts). */
import { workerData } from 'node:worker_threads';
import { V8_FLAGS_CHANGED } from '../code-cache.js';
import { loadApp } from './start.js';

// V8's flags are the process's: raised before this thread started, its code cache is the one made under them.
if ((workerData as { v8FlagsChanged?: boolean } | undefined)?.v8FlagsChanged === true) (globalThis as Record<symbol, unknown>)[V8_FLAGS_CHANGED] = true;

await (await loadApp()).serveWorker();
