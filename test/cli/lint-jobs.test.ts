/**
 * --jobs: the same documents give byte-identical reports whether linted
 * in-process (--jobs 1) or over worker threads (--jobs 2), sorted by path
 * whatever order the workers finish in. 30 generated documents: copies of the
 * published Part 3 with small edits, in several folders, each naming the seed
 * data in its front matter.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadCount } from '../../src/cli/lint-pool.js';
import { CLEAN_PART3, PART3, SEED_DATA, UNVERIFIED_PARAGRAPH, juesuanAsync, tempDir, withFrontMatter, writeTree } from './helpers.js';

const COUNT = 30;

function generate(): string {
  const dir = tempDir('juesuan-jobs-');
  const files: Record<string, string> = {};
  for (let i = 0; i < COUNT; i++) {
    // Folders and names so that path order is not generation order.
    const path = `batch-${(i * 7) % 4}/doc-${String((i * 13) % COUNT).padStart(2, '0')}.md`;
    let body = i % 5 === 0 ? CLEAN_PART3 : PART3;
    if (i % 3 === 0) body = body.replace('353.84', `35${i % 10}.84`);
    if (i % 3 === 1) body += UNVERIFIED_PARAGRAPH;
    if (i % 4 === 2) body = body.replace('增长', '下降');
    files[path] = withFrontMatter(relative(join(dir, path, '..'), SEED_DATA), body);
  }
  writeTree(dir, files);
  return dir;
}

describe('--jobs', () => {
  it('with --jobs N: the main thread alone for a handful of documents or --jobs 1, else up to N threads, one per 16 documents', () => {
    expect(threadCount(COUNT, 1)).toBe(1);
    expect(threadCount(7, 8)).toBe(1);
    expect(threadCount(16, 2)).toBe(1);
    expect(threadCount(COUNT, 2)).toBe(2);
    expect(threadCount(COUNT, 64)).toBe(2);
    expect(threadCount(100, 64)).toBe(7);
    expect(threadCount(1000, 4)).toBe(4);
  });

  it('without --jobs: one thread per 300 documents, up to the cores', () => {
    expect(threadCount(1, 'auto', 2)).toBe(1);
    expect(threadCount(299, 'auto', 8)).toBe(1);
    expect(threadCount(599, 'auto', 8)).toBe(1);
    expect(threadCount(600, 'auto', 8)).toBe(2);
    expect(threadCount(1000, 'auto', 2)).toBe(2);
    expect(threadCount(100_000, 'auto', 8)).toBe(8);
    expect(threadCount(100_000, 'auto', 1)).toBe(1);
  });

  it('gives byte-identical reports with --jobs 1 and --jobs 2 on 30 documents', async () => {
    const dir = generate();
    for (const format of ['json', 'stylish'] as const) {
      const [one, two] = await Promise.all([
        juesuanAsync(['lint', '.', '--jobs', '1', '-f', format], { cwd: dir }),
        juesuanAsync(['lint', '.', '--jobs', '2', '-f', format], { cwd: dir }),
      ]);
      expect(one.stderr).toBe('');
      expect(two.stderr).toBe('');
      expect(one.status).toBe(1);
      expect(two.status).toBe(1);
      expect(two.stdout).toBe(one.stdout);
      if (format === 'json') {
        const results = JSON.parse(one.stdout) as Array<{ filePath: string; errorCount: number; warningCount: number }>;
        const paths = results.map((r) => r.filePath);
        expect(paths).toHaveLength(COUNT);
        expect(paths).toEqual([...paths].sort());
        // the edits show: some documents clean, some with errors, some with warnings
        expect(results.some((r) => r.errorCount === 0 && r.warningCount === 0)).toBe(true);
        expect(results.filter((r) => r.errorCount > 1).length).toBeGreaterThan(5);
        expect(results.filter((r) => r.warningCount > 0).length).toBeGreaterThan(5);
      }
    }
  }, 120_000);
});
