/**
 * 覆盖率 in 预算绩效 (绩效自评覆盖率、绩效目标覆盖率, of the money or of the projects' count): verified where the data
 * has what it needs, never an error on a guess.
 * - 绩效自评资金覆盖率 X%: the self-evaluated projects' budget over 预算项目支出总额 (share-mismatch where wrong).
 * - 绩效自评覆盖率 X% (money or count unsaid), 绩效目标覆盖率 X% (its whole unnamed in the data): that share is a reading,
 *   verified where it agrees, else unverified naming it.
 * - of the projects' count (项目数覆盖率), or bare 覆盖率: the data has no total of projects, the words no stage — unverified.
 * Seed: the three projects' budgets 1,760.7 + 90 + 153 = 2,003.7 of 预算项目支出总额 2,003.7 (100%).
 */
import { seedWith } from '../../helpers.js';
import { ruleTester } from './tester.js';

const TOTAL_LINE = '  预算项目支出总额: 2,003.7 # “占部门市级预算项目支出总额的 X%”的分母\n';
/** 编报绩效目标: 3 projects, 1,803.33 万元 of the 2,003.7 (90.00%). */
const TARGETS = seedWith(TOTAL_LINE, `${TOTAL_LINE}  编报绩效目标:\n    项目数: 3\n    涉及预算金额: 1,803.33\n`);
/** No 预算项目支出总额: no share of the money. */
const NO_TOTAL = seedWith(TOTAL_LINE, '');

ruleTester({
  'share-mismatch': {
    valid: [
      { code: '本部门绩效自评资金覆盖率 100%。' },
      { code: '绩效自评项目预算资金覆盖率为 100%。' },
      { code: '本部门绩效自评覆盖率达到 100%。', name: 'money or count unsaid: the share of the money agrees' },
      { code: '绩效目标覆盖率 90%。', data: TARGETS, name: 'the targets: a reading that agrees' },
    ],
    invalid: [
      { code: '本部门绩效自评资金覆盖率 95%。', errors: [{ ruleId: 'share-mismatch', actual: '95', expected: '100' }] },
      { code: '绩效自评金额覆盖率为 99.5%。', errors: [{ ruleId: 'share-mismatch', actual: '99.5', expected: '100.0' }] },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '绩效目标资金覆盖率为 90.00%。', data: TARGETS }],
    invalid: [
      {
        code: '本部门绩效自评覆盖率 95%。', name: 'money or count unsaid: the share of the money is no pin',
        errors: [{ ruleId: 'unverified-figure', actual: '95', message: /可能是绩效自评项目预算资金占部门市级预算项目支出总额的比重（数据为 100\.00%）/u }],
      },
      {
        code: '绩效目标资金覆盖率 100%。', data: TARGETS, name: 'the targets\' whole is not named by the data: a reading, never an error',
        errors: [{ ruleId: 'unverified-figure', actual: '100', message: /编报绩效目标的项目涉及的预算金额占部门市级预算项目支出总额的比重（数据为 90\.00%）/u }],
      },
      { code: '绩效自评项目数覆盖率 100%。', errors: [{ ruleId: 'unverified-figure', actual: '100', message: /数据中没有部门项目总数/u }] },
      { code: '绩效目标覆盖率 100%。', name: 'no targets in the data', errors: [{ ruleId: 'unverified-figure', actual: '100', message: /数据中没有编报绩效目标的项目涉及的预算金额/u }] },
      { code: '绩效自评资金覆盖率 100%。', data: NO_TOTAL, errors: [{ ruleId: 'unverified-figure', actual: '100', message: /预算项目支出总额/u }] },
      { code: '覆盖率 100%。', errors: [{ ruleId: 'unverified-figure', actual: '100', message: /没有指明是哪一项的覆盖率/u }] },
    ],
  },
}, { section: 'performance' });
