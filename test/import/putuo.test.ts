import { describe, expect, it } from 'vitest';
import { checkAccounts } from '../../src/check/index.js';
import { loadAccounts } from '../../src/data/load.js';
import { ROOT } from '../helpers.js';

// The hand transcription of a Shanghai document (pdftotext -layout text beside it).
// Importing the layout text itself is not done yet: this pins the transcription
// the layout importer must reproduce.
describe('putuo-shgzb-2024: hand transcription', () => {
  const { accounts, source } = loadAccounts(`${ROOT}test/fixtures/real/putuo-shgzb-2024.yaml`);
  it('loads, with the three empty tables marked 本表无数据', () => {
    expect([accounts.t07.noData, accounts.t08.noData]).toEqual([true, true]);
    expect(accounts.t01.income.grandTotal.toFixed(2)).toBe('307.82');
  });
  it('passes check but for the document\'s own slip in Part 3, copied as published', () => {
    // 政府采购 21.07 万元, all awarded to SMEs in reserved projects, and 21.07 again "in other projects".
    const findings = checkAccounts(accounts, source);
    expect(findings.map((f) => f.ruleId)).toEqual(['procurement-sme-awards-within-total']);
  });
});
