/** A lint worker thread (see lint-pool.ts), from the bundle when the CLI runs from it (start.ts). */
import { loadApp } from './start.js';

(await loadApp()).serveLintJobs();
