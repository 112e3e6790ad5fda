/**
 * --fix rewrites what disagrees with the data, in the writer's own style,
 * through a temporary file renamed into place; a second run changes nothing;
 * --fix-dry-run shows the change as a unified diff and touches nothing;
 * without either, no file is ever written.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PART3, SEED_DATA, juesuan, tempDir } from './helpers.js';

const BROKEN = PART3
  .replace('支出决算为 1,861.14 万元，完成年初预算的 103.58%', '支出决算为 1,816.14 万元，完成年初预算的 103.85%')
  .replace('各减少 353.84 万元，下降 7.54%', '各增加 353.84 万元，下降 7.54%');

function document(text: string): { dir: string; file: string } {
  const dir = tempDir('juesuan-fix-');
  const file = join(dir, 'part3.md');
  writeFileSync(file, text);
  return { dir, file };
}

describe('juesuan lint --fix', () => {
  it('restores each wrong figure and direction word and reports only what is left', () => {
    const { dir, file } = document(BROKEN);
    const run = juesuan(['lint', file, '--data', SEED_DATA, '--fix']);
    expect(readFileSync(file, 'utf8')).toBe(PART3);
    expect(run.stderr).toContain('已修正');
    expect(run.stdout).toContain('subset-exceeds-superset'); // the data's own contradiction cannot be fixed in the text
    expect(run.stdout).not.toContain('amount-mismatch');
    expect(run.status).toBe(1);
    expect(readdirSync(dir)).toEqual(['part3.md']); // no temporary file left behind
  });

  it('changes nothing the second time', () => {
    const { file } = document(BROKEN);
    juesuan(['lint', file, '--data', SEED_DATA, '--fix']);
    const once = readFileSync(file, 'utf8');
    const again = juesuan(['lint', file, '--data', SEED_DATA, '--fix']);
    expect(readFileSync(file, 'utf8')).toBe(once);
    expect(again.stderr).not.toContain('已修正');
  });

  it('--fix-dry-run prints a unified diff and leaves the file alone', () => {
    const { file } = document(BROKEN);
    const run = juesuan(['lint', file, '--data', SEED_DATA, '--fix-dry-run']);
    expect(readFileSync(file, 'utf8')).toBe(BROKEN);
    expect(run.stdout).toMatch(/^-.*支出决算为 1,816\.14 万元，完成年初预算的 103\.85%/mu);
    expect(run.stdout).toMatch(/^\+.*支出决算为 1,861\.14 万元，完成年初预算的 103\.58%/mu);
    expect(run.stdout).toMatch(/^@@ /mu);
  });

  it('without --fix no file is written, however many errors', () => {
    const { file } = document(BROKEN);
    juesuan(['lint', file, '--data', SEED_DATA]);
    expect(readFileSync(file, 'utf8')).toBe(BROKEN);
  });
});
