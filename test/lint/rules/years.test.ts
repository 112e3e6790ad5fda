/**
 * wrong-year: a 2024 document states figures of 2024 and compares them with
 * 2023; any other year — a date, a heading, a comparison with 2024 itself or a
 * later year — is wrong. A comparison with a year before last (比 2019 年（疫情前）
 * 决算数减少…) is another period on purpose: its figures are unverified (the data
 * holds no such year), its year is not wrong.
 */
import { seedWith } from '../../helpers.js';
import { ruleTester } from './tester.js';

/** A project whose name states a year (a project carried over from 2022). */
const NAMED_YEAR = seedWith('    - 名称: 办公室业务运行\n', '    - 名称: 办公室业务运行（2022 年结转）\n');

ruleTester({
  'wrong-year': {
    valid: [
      // Found by the random-accounts round trip: the year in a name the data file gives is the writer's name, not a figure.
      { code: '办公室业务运行（2022 年结转）项目自评得分为 95.8 分。', section: 'performance', data: NAMED_YEAR, name: 'a year inside a project name of the data' },
      { code: '办公室业务运行(2022 年结转)项目自评得分为 95.8 分。', section: 'performance', data: NAMED_YEAR, name: 'the name with half-width brackets' },
      // Found by the metamorphic suite: a plan for a later year is no figure of a year.
      { code: '办公室业务运行项目自评得分为 95.8 分。项目计划于 2025 年完成验收。', section: 'performance', name: 'a plan for next year (计划于 2025 年)' },
      { code: '2024 年度收、支总计均为 4,340.16 万元。与 2023 年度相比，收、支总计各减少 353.84 万元，下降 7.54%。' },
      { code: '2024年度收、支总计均为4,340.16万元。' },
      { code: '收支总计比 2023 年的 4,694.00 万元减少 353.84 万元。' },
      { code: '截至 2024 年 12 月 31 日，本部门共有车辆 20 辆。', section: 'assets' },
      { code: '截至2024年12月31日，本部门共有车辆20辆。', section: 'assets' },
      { code: '“三公”经费全年预算为 49.7 万元，支出决算为 49.7 万元，与 2024 年预算基本持平。', section: 'sanGong' },
      { code: '上缴上级支出 0 万元。与 2023 年决算数相同。', section: 'expenditure' },
      { markdown: '# 2024 年度部门决算情况说明\n\n## 一、收入支出决算总体情况说明\n\n2024 年度收、支总计均为 4,340.16 万元。\n', name: 'a heading with the right year' },
    ],
    invalid: [
      { code: '项目计划于 2022 年完成验收。', section: 'performance', errors: ['wrong-year'], name: 'a plan for a year already past is still wrong' },
      { code: '本部门 2022 年结转的项目已全部完成。', section: 'performance', data: NAMED_YEAR, errors: ['wrong-year'], name: 'the same year outside the name is still wrong' },
      { code: '与 2023 年度相比，收、支总计各减少 353.84 万元，下降 7.54%。'.replace('2023', '2024'), errors: [{ ruleId: 'wrong-year', line: 3, column: 1 }], name: '与 2024 年度相比 in a 2024 document' },
      { code: '“三公”经费全年预算为 49.7 万元，支出决算为 49.7 万元，与 2023 年预算基本持平。', section: 'sanGong', errors: [{ ruleId: 'wrong-year', column: 35 }], name: 'the budget compared with is this year’s' },
      { code: '组织对 2025 年度市级预算项目全面开展绩效自评。', section: 'performance', errors: [{ ruleId: 'wrong-year', actual: '2025 年', column: 5 }] },
      { code: '收支总计比 2025 年决算数减少 353.84 万元，下降 7.54%。', errors: [{ ruleId: 'wrong-year', column: 5 }], name: 'a later year than the report\'s is no period to compare with' },

      { markdown: '# 2024 年度部门决算情况说明\n\n## 二、2022 年度收入决算情况说明\n\n2024 年度收入合计 4,340.16 万元。\n', errors: [{ ruleId: 'wrong-year', line: 3 }], name: 'a heading year outside the data' },
    ],
  },
}, { section: 'overall' });

ruleTester({
  'unverified-figure': {
    valid: [{ code: '收支总计比上年决算数减少 353.84 万元，下降 7.54%。' }],
    invalid: [
      {
        code: '基本支出较上年减少 267.94 万元，下降 7.83%；比 2019 年（疫情前）决算数增加 1.0 万元。主要原因是人员调出，基本工资减少。项目支出减少 85.92 万元。', section: 'expenditure',
        name: 'the reason explains last year\'s change, not the one against 2019; the next sentence is against last year again (found by the metamorphic suite)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1.0' }],
      },
      {
        code: '收支总计比上年决算数减少 353.84 万元，下降 7.54%；比 2019 年（疫情前）决算数减少 300 万元，降低 6.46%。', name: 'GD-CZT23: a second base year, before last year',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '300' }, { ruleId: 'unverified-figure', severity: 1, actual: '6.46' }],
      },
      {
        code: '收支总计比 2022 年度决算数减少 353.84 万元。', name: 'figures that are last year\'s change, against the year before last: unverified, with the hint',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '353.84' }],
      },
      {
        code: '“三公”经费支出决算为 49.7 万元，比 2019 年（疫情前）决算数减少 10.2 万元，降低 17.03%。', section: 'sanGong',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '10.2' }, { ruleId: 'unverified-figure', severity: 1, actual: '17.03' }],
      },
    ],
  },
}, { section: 'overall' });
