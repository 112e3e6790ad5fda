/**
 * The documents the lint benches read: the seed Part 3 and variants of it, figures
 * and words changed, so that no two documents are alike.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_PART3 = fileURLToPath(new URL('../test/fixtures/liaocheng-2024-part3.md', import.meta.url));
export const SEED_DATA = fileURLToPath(new URL('../data/liaocheng-2024.yaml', import.meta.url));

export function variants(n, seed = readFileSync(SEED_PART3, 'utf8')) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const text = seed
      .replace('353.84', `35${i % 10}.84`)
      .replace('72.66%', `72.${(i * 7) % 100}%`)
      .replace('增加', i % 2 ? '减少' : '增加')
      .replace('20 辆', `${20 + (i % 5)} 辆`);
    // Chained replace() leaves a rope (V8 cons string) that the parser's character reads pay for
    // (remark-parse 7.1–7.7 vs 4.7 ms per document); a file read by `lint DIR` is a flat string.
    out.push(Buffer.from(text, 'utf8').toString('utf8'));
  }
  return out;
}
