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
    out.push(seed
      .replace('353.84', `35${i % 10}.84`)
      .replace('72.66%', `72.${(i * 7) % 100}%`)
      .replace('增加', i % 2 ? '减少' : '增加')
      .replace('20 辆', `${20 + (i % 5)} 辆`));
  }
  return out;
}
