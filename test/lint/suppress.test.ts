/**
 * A reviewer who has checked a finding by hand silences it with a comment,
 * and a comment that silences nothing is itself reported.
 */
import { describe, expect, it } from 'vitest';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { seedAccounts } from '../helpers.js';

const ctx = createLintContext(buildFactCatalog(seedAccounts()));
const CORRECT = '基本支出 3,153.47 万元，占 72.7%。'; // 72.66% rounds to 72.7: right
const ERROR = '基本支出 3,135.47 万元，占 72.66%。';
const ids = (md: string) => lintMarkdown(`## 三、支出决算情况说明\n\n${md}`, ctx).messages.map((m) => `${m.line}:${m.ruleId}`);

describe('suppression comments', () => {
  it('without a comment the error is reported', () => {
    expect(ids(ERROR)).toEqual(['3:amount-mismatch']);
    expect(ids(CORRECT)).toEqual([]);
  });

  it('disable-next-line with the rule id silences it', () => {
    expect(ids(`<!-- juesuan-disable-next-line amount-mismatch -- 已与财务科核实 -->\n${ERROR}`)).toEqual([]);
  });

  it('disable-next-line without rule ids silences every rule on that line only', () => {
    expect(ids(`<!-- juesuan-disable-next-line -->\n${ERROR}\n\n${ERROR}`)).toEqual(['6:amount-mismatch']);
  });

  it('disable-next-line naming another rule silences nothing and is reported', () => {
    expect(ids(`<!-- juesuan-disable-next-line share-mismatch -->\n${ERROR}`)).toEqual(['3:unused-suppression', '4:amount-mismatch']);
  });

  it('disable … enable covers the lines between', () => {
    expect(ids(`<!-- juesuan-disable amount-mismatch -->\n\n${ERROR}\n\n<!-- juesuan-enable -->\n\n${ERROR}`)).toEqual(['9:amount-mismatch']);
  });

  it('a directive inside a code block is only text', () => {
    expect(ids('```\n<!-- juesuan-disable -->\n```\n\n' + ERROR)).toEqual(['7:amount-mismatch']);
  });

  it('an unused range directive is reported', () => {
    expect(ids(`<!-- juesuan-disable zero-base-rate -->\n\n${CORRECT}`)).toEqual(['3:unused-suppression']);
  });
});
