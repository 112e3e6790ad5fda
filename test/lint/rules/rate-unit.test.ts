/**
 * rate-unit-missing: a rate written without % (增长 13.95) is an error that says
 * the unit is missing, with the rate's expected value; score-over-100: a score
 * above 100 is wrong from the text alone; a count of outputs in a performance
 * narrative (学位, 所, 场次 …) is not the number of projects.
 */
import { ruleTester } from './tester.js';

ruleTester({
  'rate-unit-missing': {
    valid: [{ code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 7.83%。' }],
    invalid: [
      { code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 7.83。', errors: [{ ruleId: 'rate-unit-missing', expected: '7.83%' }] },
      { code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 8.83。', errors: [{ ruleId: 'rate-unit-missing', expected: '7.83%' }] },
    ],
  },
}, { section: 'expenditure' });

ruleTester({
  'unverified-figure': {
    valid: [{ code: '绩效自评项目 3 个，平均得分 96.08 分。' }],
    invalid: [
      {
        code: '新增普惠性学位 600 个，绩效自评项目 3 个。', name: 'a count of outputs is not the number of projects: at most unverified, never an error',
        errors: [{ ruleId: 'unverified-figure', severity: 1 }],
      },
    ],
  },
  'score-over-100': {
    valid: [
      { code: '绩效自评项目 3 个，平均得分 96.08 分。' },
    ],
    invalid: [

      { code: '某项目自评得分 101 分。', errors: [{ ruleId: 'score-over-100' }] },
    ],
  },
}, { section: 'performance' });
