/**
 * A lint worker thread: receives LintJobs, answers LintOutcomes, keeping the
 * lint context of each data file it meets (see lint-pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentLinter, type LintJob } from './document-linter.js';

const port = parentPort;
if (!port) throw new Error('juesuan: worker.js runs only as a worker thread');
const linter = new DocumentLinter((workerData as { strict: boolean }).strict);
port.on('message', (job: LintJob) => {
  port.postMessage(linter.lint(job));
});
