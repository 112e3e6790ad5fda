/**
 * reconvertedAccounts: a data object that differs from another only in some
 * top-level sections converts, part by part, to exactly what converting it
 * whole gives: the parts that read none of the changed sections are the other
 * object's own, the rest converted again. What facts/unknown.ts relies on to
 * fill each unknown section in turn without converting everything again.
 *
 * Random valid data files (random-accounts.ts), each with a random set of
 * sections taken from a second one, removed, or emptied, and some of the
 * first's total rows blank (unreadTotals); a mix that does not
 * load (机关运行经费 compared with a 上年决算 taken away) fails both ways.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountsFromObject, DataError, reconvertedAccounts } from '../../src/data/load.js';
import type { DepartmentAccounts } from '../../src/data/model.js';
import { rawAccounts } from '../roundtrip/random-accounts.js';
import { propertySeed } from '../setup/seed.js';

const SEED = propertySeed(20261206);
const RUNS = Number(process.env.FC_RUNS ?? 80);

type Raw = Record<string, unknown>;

/** The accounts, or the messages of the problems converting them. */
function loaded(convert: () => DepartmentAccounts): DepartmentAccounts | string[] {
  try {
    const { absentTables: _absent, ...accounts } = convert();
    return accounts;
  } catch (error) {
    if (error instanceof DataError) return error.problems.map((p) => `${p.path.join('/')}: ${p.message}`);
    throw error;
  }
}

describe('reconvertedAccounts', () => {
  it('equals converting the changed data object whole', () => {
    const change = fc.constantFrom('other', 'removed', 'empty');
    fc.assert(
      fc.property(rawAccounts, rawAccounts, fc.array(fc.tuple(fc.nat(40), change), { maxLength: 8 }), fc.array(fc.nat(40), { maxLength: 3 }), (original, b, picks, blanks) => {
        // Total rows left blank (read as unknown: unreadTotals) in some tables of the first.
        const a: Raw = { ...original };
        for (const i of blanks) {
          const key = Object.keys(a)[i % Object.keys(a).length]!;
          const table = a[key];
          if (table !== null && typeof table === 'object' && '合计' in table) a[key] = { ...table, 合计: null };
        }
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== '部门' && k !== '年度' && k !== '金额单位');
        const changedRaw: Raw = { ...a };
        for (const [i, how] of picks) {
          const key = keys[i % keys.length]!;
          if (how === 'other') changedRaw[key] = b[key];
          else if (how === 'removed') delete changedRaw[key];
          else changedRaw[key] = {};
        }
        const changed = new Set([...keys].filter((k) => changedRaw[k] !== a[k]));
        const base = accountsFromObject(a, 'a.yaml').accounts;
        const whole = loaded(() => accountsFromObject(changedRaw, 'b.yaml').accounts);
        // A mix the schema refuses is no case: the filled objects are valid ones.
        if (Array.isArray(whole) && whole.some((m) => !m.includes('机关运行经费'))) return;
        expect(loaded(() => reconvertedAccounts(base, changedRaw, changed, 'b.yaml'))).toEqual(whole);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
