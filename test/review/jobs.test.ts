/**
 * review DIR --jobs: the same folder gives byte-identical reports whether its
 * documents are read and reviewed on the main thread (--jobs 1) or read on
 * worker threads while the main thread reviews them, each against last year's
 * in the folder once all are read (--jobs 2, 3): the real PDFs, a pair of years, a table that breaks an
 * identity (not judged against, named with its problems), a
 * document without a year (exit 2) and one that cannot be read.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewThreadCount } from '../../src/cli/review-pool.js';
import { juesuanAsync, ROOT, tempDir } from '../cli/helpers.js';

const SEED = readFileSync(join(ROOT, 'test/fixtures/liaocheng-2024.txt'), 'utf8');

describe('review --jobs', () => {
  it('starts workers for two documents or more with --jobs N, for four a thread without it', () => {
    expect(reviewThreadCount(1, 2)).toBe(1);
    expect(reviewThreadCount(2, 1)).toBe(1);
    expect(reviewThreadCount(2, 2)).toBe(1);
    expect(reviewThreadCount(3, 2)).toBe(2);
    expect(reviewThreadCount(30, 8)).toBe(8);
    expect(reviewThreadCount(7, 'auto', 8)).toBe(1);
    expect(reviewThreadCount(8, 'auto', 8)).toBe(2);
    expect(reviewThreadCount(100, 'auto', 2)).toBe(2);
  });

  it('gives byte-identical reports with --jobs 1 and --jobs 2', async () => {
    const dir = tempDir('juesuan-review-jobs-');
    copyFileSync(join(ROOT, 'test/fixtures/real/putuo-shgzb-2024.pdf'), join(dir, 'putuo-shgzb-2024.pdf'));
    writeFileSync(join(dir, 'liaocheng-2024.txt'), SEED);
    writeFileSync(join(dir, 'liaocheng-2023.txt'), SEED.replace(/2023/gu, '2022').replace(/2024/gu, '2023'));
    writeFileSync(join(dir, 'broken-2024.txt'), SEED.replace('本年收入合计\t27\t4,340.16', '本年收入合计\t27\t4,341.16'));
    writeFileSync(join(dir, 'no-year.txt'), '第三部分 说明\n\n一、收入支出决算总体情况说明\n\n收入总计 1 万元。\n');
    writeFileSync(join(dir, 'unreadable.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    // JSON holds everything the other formats are made from.
    const one = await juesuanAsync(['review', dir, '--jobs', '1', '-f', 'json']);
    const two = await juesuanAsync(['review', dir, '--jobs', '2', '-f', 'json']);
    // Two workers read faster than the main thread reviews: the documents still waiting are shared out.
    const three = await juesuanAsync(['review', dir, '--jobs', '3', '-f', 'json']);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(two.status).toBe(2);
    expect(two.status).toBe(one.status);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stderr).toContain('no-year.txt');
    expect(one.stderr).toContain('unreadable.txt');
    const results = JSON.parse(one.stdout) as Array<{ filePath: string; previousFile: string | null; tables: { notImported: Array<{ table: string; status: string; problems?: Array<{ reason: string }> }> } }>;
    expect(results.map((r) => r.filePath.replace(/^.*[\\/]/u, ''))).toEqual(['broken-2024.txt', 'liaocheng-2023.txt', 'liaocheng-2024.txt', 'putuo-shgzb-2024.pdf']);
    expect(results[2]!.previousFile).toMatch(/liaocheng-2023\.txt$/u);
    // The broken 公开01表 is not judged against: named once, with the identity it fails.
    const broken = results[0]!.tables.notImported.find((t) => t.table === '公开01表');
    expect(broken?.status).toBe('unreliable');
    expect(broken?.problems?.some((p) => p.reason.includes('4,341.16'))).toBe(true);
  }, 120_000);
});
