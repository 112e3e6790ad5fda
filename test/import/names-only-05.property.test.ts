import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textTables } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

// 05 printed with names only takes its codes from 03 by name: whatever rows 05 prints, it is read with exactly
// the codes it has when printed with them, or not read at all — never a row under another subject's code.
const seed = readFileSync(`${ROOT}test/fixtures/liaocheng-2024.txt`, 'utf8');
const from = seed.indexOf('公开 05 表');
const to = seed.indexOf('公开 06 表');
const section = seed.slice(from, to).split('\n');
const subjectRows = section.flatMap((l, i) => (/^\d{3,7}\t/u.test(l) ? [i] : []));

describe('05 with names only, any of its subject rows printed', () => {
  it('is read with the codes the same rows have when printed with codes, or not read', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.subarray(subjectRows, { minLength: 1 }), (kept) => {
        const lines = section.filter((_, i) => !subjectRows.includes(i) || kept.includes(i));
        const coded = textTables(seed.slice(0, from) + lines.join('\n') + seed.slice(to)).tables['公开05表'] as Record<string, unknown>;
        const named = textTables(seed.slice(0, from) + lines.map((l) => l.replace(/^\d{3,7}\t/u, '\t')).join('\n') + seed.slice(to)).tables['公开05表'] as Record<string, unknown>;
        if (named['科目'] !== null) { read++; expect(named).toEqual(coded); }
      }),
      // (every row kept, the whole table, among the runs: read)
      { numRuns: 30, examples: [[subjectRows]] },
    );
    expect(read).toBeGreaterThan(0);
  });
});
