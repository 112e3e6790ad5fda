/**
 * What facts/unknown.ts relies on to fill each unknown part of a document on a
 * shallow copy of its data object: a part sets whole top-level sections and
 * never changes anything inside the ones there (the imported tables among
 * them), so the tables the review reads stay as imported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

const SEED = readFileSync(`${ROOT}test/fixtures/liaocheng-2024.txt`, 'utf8');

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('unknown parts filled', () => {
  it.each([[[]], [['公开05表']], [['公开03表', '公开07表', '公开09表']]])('leave the imported tables as they are (left out: %j)', (leftOut: string[]) => {
    const frozen = documentFromText('doc.txt', 'text', SEED);
    const open = documentFromText('doc.txt', 'text', SEED);
    for (const doc of [frozen, open]) for (const key of leftOut) delete doc.imported.tables[key];
    deepFreeze(frozen.imported.tables);
    // A fill that wrote into an imported table would throw here (ES modules are strict).
    const result = reviewDocument(frozen);
    expect(result).toEqual(reviewDocument(open));
    expect(result.tables.notImported.map((t) => t.table)).toEqual(leftOut);
  });
});
