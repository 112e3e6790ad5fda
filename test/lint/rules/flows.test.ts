/**
 * A bare 支出 (收入) heading a clause right after a named <X>收入 (<X>支出) is the
 * same scope's other flow, as the Shanghai template words 八 and 九
 * (政府性基金预算财政拨款收入 XXX 万元，支出 XXX 万元): its figure is checked
 * against that scope's spending (income), never against the income (spending)
 * named before it. Where the data holds no such fact (事业收入 …，支出 …), the
 * figure is unverified, naming the candidates.
 *
 * In 四, 公开04表's own rows (收入总计, 支出总计) are its total, and 财政拨款支出 its
 * 本年支出 — not 公开01表's 收支总计 (blind test 7: a fix wrote 01's total over both).
 *
 * Every variant keeps income and spending apart (a balance carried in or out),
 * so a figure read against the wrong flow cannot pass.
 */
import { Decimal } from '../../../src/data/amount.js';
import { describe, expect, it } from 'vitest';
import { parseAccounts } from '../../../src/data/load.js';
import { seedAccounts, seedText, seedWith } from '../../helpers.js';
import { lintCase, ruleTester } from './tester.js';

/** 公开07表 with 20 carried in and 10 carried out: income 129.11, spending 139.11. */
const GOV_FUND = seedWith(
  [
    '  合计:', '    本年收入: 129.11', '    本年支出小计: 129.11', '    项目支出: 129.11', '  科目:',
    '    212 城乡社区支出:', '      本年收入: 129.11', '      本年支出小计: 129.11', '      项目支出: 129.11',
    '    21208 国有土地使用权出让收入安排的支出:', '      本年收入: 129.11', '      本年支出小计: 129.11', '      项目支出: 129.11',
    '    2120899 其他国有土地使用权出让收入安排的支出:', '      本年收入: 129.11', '      本年支出小计: 129.11', '      项目支出: 129.11', '',
  ].join('\n'),
  [
    '  合计:', '    年初结转和结余: 20', '    本年收入: 129.11', '    本年支出小计: 139.11', '    项目支出: 139.11', '    年末结转和结余: 10', '  科目:',
    '    212 城乡社区支出:', '      年初结转和结余: 20', '      本年收入: 129.11', '      本年支出小计: 139.11', '      项目支出: 139.11', '      年末结转和结余: 10',
    '    21208 国有土地使用权出让收入安排的支出:', '      年初结转和结余: 20', '      本年收入: 129.11', '      本年支出小计: 139.11', '      项目支出: 139.11', '      年末结转和结余: 10',
    '    2120899 其他国有土地使用权出让收入安排的支出:', '      年初结转和结余: 20', '      本年收入: 129.11', '      本年支出小计: 139.11', '      项目支出: 139.11', '      年末结转和结余: 10', '',
  ].join('\n'),
);

/** 国有资本经营预算: income 5 (公开01表, set below), spending 3 (公开08表), 2 carried out. */
const SOE = seedWith(
  '  本表无数据: true\n  说明: 本部门没有使用国有资本经营预算安排的支出，故本表无数据。\n  合计:\n  科目:\n',
  [
    '  合计:', '    小计: 3', '    项目支出: 3', '  科目:',
    '    223 国有资本经营预算支出:', '      小计: 3', '      项目支出: 3',
    '    22301 解决历史遗留问题及改革成本支出:', '      小计: 3', '      项目支出: 3',
    '    2230105 国有企业退休人员社会化管理补助支出:', '      小计: 3', '      项目支出: 3', '',
  ].join('\n'),
);
SOE.t01.income.soeAppropriation = new Decimal(5);

/** 一般公共预算财政拨款: income 4,300 (公开01表), spending 4,211.05 (公开05表), the rest carried out. */
const GPB = seedAccounts();
GPB.t01.income.gpbAppropriation = new Decimal(4300);

/**
 * 一般公共预算财政拨款 carries 20 in and 20 out, the department 50 in all: 公开04表's 总计 is 4,360.16,
 * 公开01表's 4,390.16, and 财政拨款支出 4,340.16 is neither.
 */
const CARRIED = parseAccounts([
  ['    年初结转和结余:\n    总计: 4,340.16', '    年初结转和结余: 50\n    总计: 4,390.16'],
  ['    年末结转和结余:\n    总计: 4,340.16', '    年末结转和结余: 50\n    总计: 4,390.16'],
  ['    年初财政拨款结转和结余:\n    年初一般公共预算财政拨款结转和结余:', '    年初财政拨款结转和结余: 20\n    年初一般公共预算财政拨款结转和结余: 20'],
  ['财政拨款结转和结余:\n    总计: 4,340.16', '财政拨款结转和结余:\n    总计: 4,360.16'],
  ['    年末财政拨款结转和结余:\n    总计:\n      合计: 4,340.16\n      一般公共预算财政拨款: 4,211.05',
    '    年末财政拨款结转和结余:\n      合计: 20\n      一般公共预算财政拨款: 20\n    总计:\n      合计: 4,360.16\n      一般公共预算财政拨款: 4,231.05'],
].reduce((text, [from, to]) => {
  if (text.split(from!).length !== 2) throw new Error(`expected "${from}" once in the seed data`);
  return text.replace(from!, to!);
}, seedText()), 'carried.yaml').accounts;
/** 四 in a running sentence (blind test 7, p97): 收入总计 and 财政拨款支出 are 公开04表's, not 公开01表's 收支总计. */
const FISCAL_SENTENCE = '财政拨款收入 4,340.16 万元，加上年初财政拨款结转和结余 20 万元，收入总计 4,360.16 万元；财政拨款支出 4,340.16 万元，年末结转和结余 20 万元。';

const SH_GOV_FUND = '2024 年度政府性基金预算财政拨款收入 129.11 万元，支出 139.11 万元，支出具体情况如下：';

ruleTester({
  'amount-mismatch': {
    valid: [
      { code: SH_GOV_FUND, section: 'govFund', data: GOV_FUND, name: 'the Shanghai template’s 八: 支出 is the fund’s spending' },
      { code: SH_GOV_FUND, section: 'income', data: GOV_FUND, name: 'the same, said in 二 (收入 is 公开01表’s, 支出 公开07表’s)' },
      { code: '政府性基金预算财政拨款本年收入 129.11 万元；支出 139.11 万元。', section: 'govFund', data: GOV_FUND },
      { code: '政府性基金预算财政拨款收入 129.11 万元。支出 139.11 万元，全部为项目支出。', section: 'govFund', data: GOV_FUND, name: 'in the next sentence' },
      { code: '政府性基金预算财政拨款支出 139.11 万元，收入 129.11 万元。', section: 'govFund', data: GOV_FUND, name: 'spending first, then the bare 收入' },
      { code: '政府性基金预算财政拨款收入 129.11 万元，支出决算为 139.11 万元。', section: 'govFund', data: GOV_FUND, name: '支出 as part of its cue' },
      { code: '2024 年度政府性基金预算财政拨款年初结转和结余 20 万元，本年收入 129.11 万元，支出 139.11 万元，年末结转和结余 10 万元。', section: 'govFund', data: GOV_FUND },
      { code: '国有资本经营预算财政拨款收入 5 万元，支出 3 万元。', section: 'soe', data: SOE, name: 'the Shanghai template’s 九' },
      { code: '国有资本经营预算财政拨款收入 0 万元，支出 0 万元。', section: 'soe', name: 'the seed has neither' },
      { code: '一般公共预算财政拨款收入 4,300 万元，支出 4,211.05 万元。', section: 'fiscal', data: GPB },
      { code: '本部门财政拨款收入 4,340.16 万元，支出 4,340.16 万元。', section: 'fiscal', name: 'in 四, 财政拨款支出 is 公开04表’s 本年支出合计 (blind6 s09)' },
      { code: FISCAL_SENTENCE, section: 'fiscal', data: CARRIED, name: 'in 四, 收入总计 is 公开04表’s row, 财政拨款支出 its 本年支出' },
      { code: '收入总计 4,390.16 万元，支出总计 4,390.16 万元。', section: 'overall', data: CARRIED, name: 'in 一, 收入总计 is 公开01表’s' },
    ],
    invalid: [
      {
        code: SH_GOV_FUND.replace('支出 139.11', '支出 129.11'), section: 'govFund', data: GOV_FUND,
        name: 'the income written as the spending: wrong against the spending',
        errors: [{ ruleId: 'amount-mismatch', expected: '139.11', actual: '129.11', column: 35 }],
      },
      {
        code: '政府性基金预算财政拨款支出 139.11 万元，收入 139.11 万元。', section: 'govFund', data: GOV_FUND,
        errors: [{ ruleId: 'amount-mismatch', expected: '129.11', actual: '139.11' }],
      },
      {
        code: FISCAL_SENTENCE.replace('收入总计 4,360.16', '收入总计 4,390.16'), section: 'fiscal', data: CARRIED,
        name: '公开01表’s 总计 written in 四', errors: [{ ruleId: 'amount-mismatch', expected: '4,360.16', actual: '4,390.16' }],
      },
      {
        code: FISCAL_SENTENCE.replace('财政拨款支出 4,340.16', '财政拨款支出 4,360.16'), section: 'fiscal', data: CARRIED,
        name: '04’s 总计 written as its spending', errors: [{ ruleId: 'amount-mismatch', expected: '4,340.16', actual: '4,360.16' }],
      },
      {
        code: '本部门财政拨款收入 4,340.16 万元，支出 4,304.16 万元。', section: 'fiscal',
        errors: [{ ruleId: 'amount-mismatch', expected: '4,340.16', actual: '4,304.16', column: 26 }],
      },
      {
        code: '国有资本经营预算财政拨款收入 5 万元，支出 5 万元。', section: 'soe', data: SOE,
        errors: [{ ruleId: 'amount-mismatch', expected: '3', actual: '5' }],
      },
      {
        code: '一般公共预算财政拨款收入 4,300.00 万元，支出 4,300.00 万元。', section: 'fiscal', data: GPB,
        errors: [{ ruleId: 'amount-mismatch', expected: '4,211.05', actual: '4,300.00' }],
      },
      {
        code: '本部门财政拨款收入 4,340.16 万元，支出 4,430.16 万元。', section: 'fiscal', name: '公开04表’s 本年支出合计 mistyped',
        errors: [{ ruleId: 'amount-mismatch', expected: '4,340.16', actual: '4,430.16' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '本年收入合计 4,340.16 万元，支出 4,340.16 万元。', section: 'overall', name: 'the department’s whole: 本年支出合计' }],
    invalid: [
      {
        code: '本部门财政拨款收入 4,340.16 万元，支出 4,340.16 万元。', section: 'overall',
        name: 'outside 四 the data has no 财政拨款支出 of its own: unverified, not checked against the income',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '4,340.16', column: 26 }],
      },
      {
        code: '事业收入 0 万元，支出 10 万元。', section: 'income',
        name: 'a source of income has no spending of its own',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '10' }],
      },
    ],
  },
}, { section: 'govFund' });

describe('a bare 支出 after <X>收入: the message and the fix', () => {
  it('name the spending, and --fix writes the spending', () => {
    const [m] = lintCase({ code: SH_GOV_FUND.replace('支出 139.11', '支出 129.11'), data: GOV_FUND }, { section: 'govFund' });
    expect(m?.message).toContain('政府性基金预算财政拨款本年支出为 139.11 万元');
    expect(m?.fix?.text).toBe('139.11');
  });

  it('where the scope has no such fact, the message names the candidates', () => {
    const [m] = lintCase({ code: '本部门财政拨款收入 4,340.16 万元，支出 4,340.16 万元。' }, { section: 'overall' });
    expect(m?.message).toContain('数据中没有“财政拨款支出”，可能是：');
  });
});
