import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAccounts, parseAccounts } from '../src/data/load.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED_DATA = `${ROOT}data/liaocheng-2024.yaml`;
export const SEED_PART3 = `${ROOT}test/fixtures/liaocheng-2024-part3.md`;

export function seedText(): string {
  return readFileSync(SEED_DATA, 'utf8');
}

export function seedAccounts() {
  return loadAccounts(SEED_DATA).accounts;
}

/** The seed data with one textual replacement; fails if the text to replace is not there exactly once. */
export function seedWith(search: string, replacement: string) {
  const text = seedText();
  const count = text.split(search).length - 1;
  if (count !== 1) throw new Error(`expected "${search}" once in the seed data, found ${count}`);
  return parseAccounts(text.replace(search, replacement), 'variant.yaml').accounts;
}
