/**
 * unverified-figure (a warning; an error with --strict): a figure no rule can
 * attach to a fact is reported, with why. Years, dates, list ordinals, figure
 * and table references and definition thresholds are not figures and are not
 * reported.
 */
import { ruleTester } from './tester.js';

ruleTester({
  'unverified-figure': {
    valid: [
      { code: '2024 年度支出合计 4,340.16 万元。' },
      { code: '1、基本支出 3,153.47 万元。' },
      { code: '1. 基本支出 3,153.47 万元。' },
      { code: '1．基本支出 3,153.47 万元。' },
      { code: '(1) 基本支出 3,153.47 万元。' },
      { code: '（1）基本支出 3,153.47 万元。' },
      { code: '1) 基本支出 3,153.47 万元。' },
      { code: '（一）基本支出 3,153.47 万元。' },
      { code: '①基本支出 3,153.47 万元。' },
      { code: '- 1、基本支出 3,153.47 万元。' },
      { code: '本部门 2024 年 12 月召开会议。', name: 'a month' },
      { code: '截至 2024 年 12 月 31 日，本部门共有车辆 20 辆。', section: 'assets', name: 'a date' },
      { code: '基本支出 3,153.47 万元，详见附表 3。', name: 'a table reference' },
      { code: '(图1:收、支决算总计变动情况图)(柱状图)', name: 'a figure placeholder (SC-DY22)' },
      { code: '单价 100 万元（含）以上设备（不含车辆）3 台（套）。', section: 'assets', name: 'a threshold in a definition' },
    ],
    invalid: [
      { code: '基本支出 3,153.47 万元，主要用于 30 名在职人员。', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '30', line: 3, column: 23 }] },
      { code: '本部门在职人员 45 人，基本支出 3,153.47 万元。', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '45', column: 9 }] },
      { code: '2024 年度支出合计 4,340.16 万元，共 5 类。', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '5' }] },
      { code: '公务用车运行维护费 17.24 万元，较上年增长 3.5%。', section: 'sanGong', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3.5' }], name: 'the data has no previous-year 三公 figures' },
      { code: '“三公”经费支出决算为 49.7 万元，比上年减少 1.2 万元。', section: 'sanGong', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1.2' }] },
      { code: '国内公务接待支出 12.32 万元（含外宾接待支出 0 万元）。', section: 'sanGong', errors: [{ ruleId: 'unverified-figure', severity: 1, column: 27 }], name: 'the data has no 外宾接待 amount' },
    ],
  },
}, { section: 'expenditure' });
