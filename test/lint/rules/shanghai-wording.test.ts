/**
 * The wording of the current Shanghai template (../shared/real/shanghai-template-2024):
 * full-year budgets per 项, the SME reservation and awards in procurement, and
 * whole-process performance management in aggregate — each a field of the data
 * format, a fact, and a phrase the reader pins to exactly that fact.
 */
import { seedWith } from '../../helpers.js';
import { ruleTester } from './tester.js';

/** The seed with Shanghai's procurement fields instead of the 授予中小企业 ones. */
const RESERVED = seedWith(
  '  授予中小企业合同金额: 0\n  授予小微企业合同金额: 48.57\n  货物授予中小企业合同金额: 0\n  服务授予中小企业合同金额: 0\n',
  '  面向中小企业预留项目预算金额: 40\n  面向小微企业预留项目预算金额: 30\n  预留项目中小企业中标成交金额: 38.5\n'
  + '  预留项目小微企业中标成交金额: 28\n  其他项目中小企业中标成交金额: 6.2\n',
);

/** …with the 普陀 document's slip copied into the data: the other projects' award equal to the reserved ones'. */
const RESERVED_SLIP = seedWith(
  '  授予中小企业合同金额: 0\n  授予小微企业合同金额: 48.57\n  货物授予中小企业合同金额: 0\n  服务授予中小企业合同金额: 0\n',
  '  面向中小企业预留项目预算金额: 40\n  面向小微企业预留项目预算金额: 30\n  预留项目中小企业中标成交金额: 38.5\n'
  + '  预留项目小微企业中标成交金额: 28\n  其他项目中小企业中标成交金额: 38.5\n',
);

/** The seed with full-year budgets: 行政运行 1,900 (actual 1,861.14), the scope 4,900 (actual 4,211.05). */
const FULL_YEAR = seedWith('三公经费:\n', '全年预算:\n  一般公共预算财政拨款支出:\n    合计: 4,900\n    科目:\n      2010301 行政运行: 1,900\n\n三公经费:\n');

/** The seed's three projects (scores 95.8, 94, 98.44; all 优; budgets 2,003.7) with the stages in aggregate. */
const STAGES = seedWith('  项目:\n', [
  '  编报绩效目标:', '    项目数: 5', '    涉及预算金额: 2,500',
  '  绩效跟踪评价:', '    项目数: 4', '    涉及预算金额: 2,200',
  '  绩效自评:', '    项目数: 3', '    涉及预算金额: 2,003.7', '    平均得分: 96.08', '    评级:', '      优: 3',
  '    发现问题数: 2', '    已完成整改问题数: 1', '    正在整改问题数: 1',
  '  项目:', '',
].join('\n'));

/** The stages with problems found 3, rectified 2, being rectified 1: each count its own field. */
const PROBLEMS = seedWith('  项目:\n', [
  '  绩效自评:', '    项目数: 3', '    涉及预算金额: 2,003.7', '    平均得分: 96.08', '    评级:', '      优: 3',
  '    发现问题数: 3', '    已完成整改问题数: 2', '    正在整改问题数: 1',
  '  项目:', '',
].join('\n'));

const RESERVED_TEXT = '2024 年度本部门面向中小企业预留政府采购项目预算金额 40 万元，面向小微企业预留政府采购项目预算金额 30 万元。'
  + '在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额 38.5 万元；'
  + '在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额 28 万元；'
  + '在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额 6.2 万元。';

const STAGES_TEXT = '全过程绩效管理实施情况：编报绩效目标的 2024 年度项目 5 个，涉及预算金额 2,500 万元；'
  + '绩效跟踪评价的 2024 年度项目 4 个，涉及预算金额 2,200 万元；'
  + '绩效自评的 2024 年度项目 3 个，涉及预算金额 2,003.7 万元，平均得分 96.08 分（其中，绩效评级为“优”的项目 3 个；'
  + '绩效评级为“良”的项目 0 个；绩效评级为“合格”的项目 0 个；绩效评级为“不合格”的项目 0 个。'
  + '绩效自评中共发现问题 2 个，已经完成整改的 1 个，正在整改的 1 个）。';

ruleTester({
  'amount-mismatch': {
    valid: [
      { code: RESERVED_TEXT, data: RESERVED, name: 'the template sentence, every amount its own field' },
      { code: '政府采购金额为 48.57 万元。面向中小企业预留的预算金额 40 万元。', data: RESERVED },
      { code: RESERVED_TEXT.replaceAll(' ', ''), data: RESERVED, name: 'no spaces, as PDF text often has' },
      { code: STAGES_TEXT, section: 'performance', data: STAGES },
    ],
    invalid: [
      {
        code: RESERVED_TEXT.replace('采购金额 6.2 万元', '采购金额 38.5 万元'), data: RESERVED,
        name: 'the other projects’ award is not the reserved projects’ one',
        errors: [{ ruleId: 'amount-mismatch', expected: '6.2' }],
      },
      {
        code: RESERVED_TEXT.replace('面向小微企业预留政府采购项目预算金额 30', '面向小微企业预留政府采购项目预算金额 40'), data: RESERVED,
        errors: [{ ruleId: 'amount-mismatch', expected: '30' }],
      },
      {
        code: STAGES_TEXT.replace('涉及预算金额 2,200', '涉及预算金额 2,003.7'), section: 'performance', data: STAGES,
        name: '涉及预算金额 is the amount of the stage just named, not the self-evaluated projects’',
        errors: [{ ruleId: 'amount-mismatch', expected: '2,200' }],
      },
    ],
  },
  'count-mismatch': {
    valid: [
      { code: '编报绩效目标的项目 5 个，涉及预算金额 2,500 万元。', section: 'performance', data: STAGES },
      // blind 9L B2: the forms without 的 name the rectified and the rectifying problems, not the problems found.
      ...['已完成整改2个，正在整改1个', '已经完成整改2个，正在整改1个', '已整改2个，整改中1个', '其中已经完成整改的2个，正在整改的1个'].map((said) => ({
        code: `绩效自评中共发现问题3个，${said}。`, section: 'performance' as const, data: PROBLEMS, name: `${said}: the rectified and the rectifying counts`,
      })),
    ],
    invalid: [
      {
        code: '绩效自评中共发现问题3个，已完成整改3个，正在整改1个。', section: 'performance', data: PROBLEMS, name: 'the problems found written as the rectified',
        errors: [{ ruleId: 'count-mismatch', expected: '2', actual: '3' }],
      },
      {
        code: '绩效自评中共发现问题3个，已整改2个，整改中2个。', section: 'performance', data: PROBLEMS, name: '整改中 is the rectifying count',
        errors: [{ ruleId: 'count-mismatch', expected: '1', actual: '2' }],
      },
      {
        code: STAGES_TEXT.replace('编报绩效目标的 2024 年度项目 5 个', '编报绩效目标的 2024 年度项目 3 个'), section: 'performance', data: STAGES,
        errors: [{ ruleId: 'count-mismatch', expected: '5' }],
      },
      {
        code: STAGES_TEXT.replace('已经完成整改的 1 个', '已经完成整改的 2 个'), section: 'performance', data: STAGES,
        errors: [{ ruleId: 'count-mismatch', expected: '1' }],
      },
    ],
  },
  'score-mismatch': {
    valid: [{ code: '绩效自评的项目 3 个，平均得分 96.08 分。', section: 'performance', data: STAGES }],
    invalid: [{ code: '绩效自评的项目 3 个，平均得分 96.8 分。', section: 'performance', data: STAGES, errors: [{ ruleId: 'score-mismatch', expected: '96.1' }] }],
  },
  'budget-mismatch': {
    valid: [
      { code: '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。全年预算为 1,900 万元，支出决算为 1,861.14 万元，完成全年预算数的 97.95%。', data: FULL_YEAR },
      { code: '一般公共预算财政拨款支出年初预算为 4,791.75 万元，全年预算为 4,900 万元，支出决算为 4,211.05 万元。', data: FULL_YEAR },
    ],
    invalid: [
      {
        code: '行政运行（项）全年预算为 1,796.83 万元，支出决算为 1,861.14 万元。', data: FULL_YEAR,
        name: 'the opening budget written where the full-year one is meant',
        errors: [{ ruleId: 'budget-mismatch', expected: '1,900.00' }],
      },
    ],
  },
  'completion-rate-mismatch': {
    valid: [{ code: '一般公共预算财政拨款支出全年预算为 4,900 万元，支出决算为 4,211.05 万元，完成全年预算的 85.94%。', data: FULL_YEAR }],
    invalid: [
      {
        code: '行政运行（项）全年预算为 1,900 万元，支出决算为 1,861.14 万元，完成全年预算数的 103.58%。', data: FULL_YEAR,
        name: '103.58% is its completion of the opening budget',
        errors: [{ ruleId: 'completion-rate-mismatch', expected: '97.95' }],
      },
    ],
  },
  'parts-exceed-whole': {
    valid: [{ code: `政府采购金额为 48.57 万元。${RESERVED_TEXT}`, data: RESERVED }],
    invalid: [
      {
        // The 普陀 document's slip, in the seed's figures, copied into the data as well: 38.5 + 38.5 = 77 > 48.57.
        code: `政府采购金额为 48.57 万元。${RESERVED_TEXT.replace('采购金额 6.2 万元', '采购金额 38.5 万元')}`, data: RESERVED_SLIP,
        errors: [{ ruleId: 'parts-exceed-whole', actual: '38.5' }],
      },
      {
        code: `政府采购金额为 48.57 万元。\n\n${RESERVED_TEXT.replace('采购金额 6.2 万元', '采购金额 38.5 万元')}`, data: RESERVED_SLIP,
        name: 'the total in a paragraph of its own, as the template lays it out',
        errors: [{ ruleId: 'parts-exceed-whole', actual: '38.5', line: 5 }],
      },
    ],
  },
}, { section: 'procurement' });
