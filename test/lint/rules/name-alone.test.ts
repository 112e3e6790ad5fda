/**
 * A subject named on a line of its own — a heading (### 1、…行政运行（项）) or a paragraph that is the name and its
 * ordinal alone (（1）2010301行政运行) — with its figures in the paragraph after it (blind 18L §4): the paragraph is
 * read as if it opened with the name. One subject pins the figures, which are checked and fixed as that subject's;
 * a name two subjects bear, or one the data does not hold, leaves them unverified — never the section total's.
 * A figure guessed to be the section's that disagrees is not counted as checked because its neighbours agree.
 */
import { describe, expect, it } from 'vitest';
import { parseAccounts } from '../../../src/data/load.js';
import { seedText } from '../../helpers.js';
import { lintCase, ruleTester } from './tester.js';

const ITEM = '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）';
/** The seed's 2010301 行政运行: budget 1,796.83, actual 1,861.14, 103.58%. */
const RIGHT = '年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。决算数大于年初预算数的主要原因是年中发放绩效奖。';
/** A stale paragraph that agrees with itself: 1,961.14 ÷ 1,796.83 = 109.14%. */
const STALE = RIGHT.replace('1,861.14', '1,961.14').replace('103.58%', '109.14%');
const TOTAL = '2024 年度一般公共预算财政拨款支出年初预算为 4,791.75 万元，支出决算为 4,211.05 万元，完成年初预算的 87.88%。其中：';
/** Two 项 named 行政运行 (2010301 and 2010350): the name alone does not say which. */
const TWO_NAMED = parseAccounts(seedText().replaceAll('2010350 事业运行', '2010350 行政运行'), 'two-named.yaml').accounts;

ruleTester({
  'amount-mismatch': {
    valid: [
      { code: `${TOTAL}\n\n### 1、${ITEM}\n\n${RIGHT}`, name: 'the name as a heading, the right figures' },
      { code: `${TOTAL}\n\n（1）2010301行政运行\n\n${RIGHT}`, name: 'the name on a line of its own, with its code' },
      { code: `${TOTAL}\n\n**（1）${ITEM}**\n\n${RIGHT}`, name: 'a bold line' },
      { code: `${TOTAL}\n\n（1）2010301行政运行（项）\n\n${RIGHT}`, name: 'left20: the code, the name and its level on a line of their own' },
    ],
    invalid: [
      {
        code: `${TOTAL}\n\n### 1、${ITEM}\n\n${STALE}`, name: 'blind 18L: a stale paragraph under the item\'s heading is the item\'s, and wrong',
        errors: [{ ruleId: 'amount-mismatch', actual: '1,961.14', expected: '1,861.14', line: 7 }, { ruleId: 'completion-rate-mismatch', actual: '109.14', expected: '103.58', line: 7 }],
      },
      {
        code: `${TOTAL}\n\n（1）2010301行政运行\n\n${STALE}`, name: 'the item on a line of its own',
        errors: [{ ruleId: 'amount-mismatch', expected: '1,861.14' }, { ruleId: 'completion-rate-mismatch', expected: '103.58' }],
      },
      {
        code: `${TOTAL}\n\n（1）2010301行政运行（项）\n\n${STALE}`, name: 'left20: the item by code, name and level on a line of its own, its stale figures',
        errors: [{ ruleId: 'amount-mismatch', actual: '1,961.14', expected: '1,861.14', line: 7 }, { ruleId: 'completion-rate-mismatch', expected: '103.58' }],
      },
      {
        code: `${TOTAL}\n\n1、${ITEM}。\n\n${STALE}`, name: 'a plain line ending in a full stop',
        errors: [{ ruleId: 'amount-mismatch', expected: '1,861.14' }, { ruleId: 'completion-rate-mismatch', expected: '103.58' }],
      },
    ],
  },
  'completion-rate-mismatch': {
    valid: [{ code: `${TOTAL}\n\n### 1、${ITEM}\n\n${RIGHT.replace('103.58%', '103.6%')}`, name: 'the item\'s rate at one decimal' }],
    invalid: [
      {
        code: `${TOTAL}\n\n### 1、${ITEM}\n\n${RIGHT.replace('103.58%', '109.14%')}`, name: 'a slip of the rate is judged by the item\'s figures, not the section total\'s',
        errors: [{ ruleId: 'completion-rate-mismatch', expected: '103.58', message: /1,861\.14 ÷ 1,796\.83/u }],
      },
    ],
  },
  'unknown-subject': {
    valid: [{ code: `${TOTAL}\n\n（1）2010301行政运行（项）\n\n${RIGHT}`, name: 'a 项 the data holds, by code, name and level' }],
    invalid: [
      {
        code: `${TOTAL}\n\n（1）2010399群众文化（项）\n\n${RIGHT}`,
        name: 'left20: a 项 code the data lacks (its 款 20103 it has) on a line of its own: said so once, for the figures after it too — none judged against the 款 or the section',
        errors: [{ ruleId: 'unknown-subject', severity: 1, actual: '2010399群众文化', line: 5 }],
      },
    ],
  },
  'budget-mismatch': {
    valid: [{ code: `${TOTAL}\n\n（1）2010301行政运行（项）\n\n${RIGHT}`, name: 'the 项\'s own budget' }],
    invalid: [
      {
        code: `${TOTAL}\n\n（1）2010301行政运行（项）\n\n${RIGHT.replace('1,796.83', '1,896.83').replace('103.58%', '98.12%')}`,
        name: 'left20: the budget under a lone 项 line is the 项\'s budget (1,796.83), not the section\'s',
        errors: [{ ruleId: 'budget-mismatch', actual: '1,896.83', expected: '1,796.83', line: 7 }, { ruleId: 'completion-rate-mismatch', expected: '103.58' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [
      { code: `${TOTAL}\n\n（1）行政运行（项）\n\n${RIGHT}`, data: TWO_NAMED, name: 'a name two 项 bear: the figures pin the one whose they all are' },
    ],
    invalid: [
      {
        code: `${TOTAL}\n\n（1）行政运行（项）\n\n${STALE}`, data: TWO_NAMED, name: 'a name two 项 bear, figures neither\'s: unverified, naming both',
        errors: [
          { ruleId: 'unverified-figure', severity: 1, message: /2010301.*2010350|2010350.*2010301/u },
          { ruleId: 'unverified-figure', severity: 1 },
          { ruleId: 'unverified-figure', severity: 1 },
        ],
      },
    ],
  },
}, { section: 'gpb' });

describe('only a name alone hands its subject to the next paragraph', () => {
  it('a line with more words than the name is no subject line: the figures stay the section\'s guess, unverified', () => {
    const messages = lintCase({ code: `${TOTAL}\n\n行政运行方面，本年度加强管理\n\n${STALE}` }, { section: 'gpb' });
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'unverified-figure').map((m) => m.actual)).toEqual(['1,796.83', '1,961.14', '109.14']);
  });
  it('a paragraph that names its own subject is that subject\'s, whatever line stands before it', () => {
    const messages = lintCase({ code: `${TOTAL}\n\n（1）2010301行政运行\n\n2010302一般行政管理事务支出决算为 1,000.00 万元。` }, { section: 'gpb' });
    expect(messages.filter((m) => m.severity === 2).map((m) => [m.ruleId, m.expected])).toEqual([['amount-mismatch', '1,057.57']]);
  });
  it('after 其中：, a paragraph naming nothing is no figure of the whole; guessed, it is not counted as checked because its neighbours agree (blind 18L: 核对数字 6, 无法核对 0)', () => {
    const messages = lintCase({ code: `${TOTAL}\n\n${STALE}` }, { section: 'gpb' });
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'unverified-figure').map((m) => m.actual)).toEqual(['1,796.83', '1,961.14', '109.14']);
  });
});
