/**
 * The seed data, as transcribed from the published document: every identity
 * holds within the tail error except the one real contradiction of section 十一,
 * 授予中小企业 0 万元 while 其中 授予小微企业 48.57 万元.
 */
import { describe, expect, it } from 'vitest';
import { RULES, RULE_INFO, checkAccounts } from '../../src/check/index.js';
import { loadAccounts } from '../../src/data/load.js';
import { CLEAN_SEED, SEED, SEED_FILE, cellsOf, check, lineOf } from './harness.js';

describe('the seed', () => {
  const { accounts, source } = loadAccounts(SEED_FILE);
  const findings = checkAccounts(accounts, source);

  it('yields exactly the 小微/中小 contradiction', () => {
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f!.ruleId).toBe('procurement-small-micro-within-sme');
    expect(f!.severity).toBe('error');
    expect(cellsOf(f!)).toEqual([['授予中小企业合同金额', '0.00'], ['授予小微企业合同金额', '48.57']]);
    expect(f!.cells.map((c) => c.path)).toEqual([['政府采购', '授予中小企业合同金额'], ['政府采购', '授予小微企业合同金额']]);
    expect(f!.difference!.toFixed(2)).toBe('48.57');
    expect(f!.tolerance!.toFixed(2)).toBe('0.01');
    expect(f!.line).toBe(lineOf(SEED, '授予中小企业合同金额: 0', '政府采购:'));
    expect(f!.column).toBe(SEED.split('\n')[f!.line! - 1]!.indexOf('0') + 1);
  });

  it('is clean once the contradiction is resolved', () => {
    expect(check(CLEAN_SEED)).toEqual([]);
  });

  it('reports deterministically', () => {
    expect(checkAccounts(accounts, source)).toEqual(findings);
  });

  it('is checked without a source too (no positions)', () => {
    const [f] = checkAccounts(accounts);
    expect(f!.ruleId).toBe('procurement-small-micro-within-sme');
    expect(f!.line).toBeUndefined();
  });
});

describe('the rule list', () => {
  it('has unique kebab-case ids, Chinese descriptions and a severity', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULE_INFO) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.description).toMatch(/[\u4e00-\u9fff]/);
      expect(['error', 'warning']).toContain(r.severity);
    }
  });

  it('has warnings only where a missing figure or table, not a contradiction, is reported', () => {
    expect(RULES.filter((r) => r.severity === 'warning').map((r) => r.id)).toEqual(['total-row-unread', 'opening-budget-item-missing', 'table-absent']);
  });
});
