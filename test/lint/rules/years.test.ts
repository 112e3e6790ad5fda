/**
 * wrong-year: a 2024 document states figures of 2024 and compares them with
 * 2023; any other year where it stands as a period — of figures (2022 年度…,
 * 2022 年本年支出合计 X 万元), of the year-end (截至 2022 年 12 月 31 日), of a
 * heading or a table column, or as a comparison with 2024 itself or a later
 * year — is wrong. A year that is the date of an event (于 2019 年组建, 2021 年
 * 购置的, 在 2025 年支付), a boundary (2025 年起) or part of a title
 * (《…规划（2021—2035 年）》) claims no period and is never wrong. A comparison with a year before last (比 2019 年（疫情前）
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
      // Found by blind test 5: years that are no period of this report's figures.
      { code: '主要原因是：根据《清河县国土空间总体规划（2021—2035年）》编制进度安排，规划编制项目集中实施。', name: 'a plan title in 《》' },
      { code: '按《关于做好 2022 年度部门决算工作的通知》要求编制。', name: 'a year in a document title, even with 年度' },
      { code: '决算数小于年初预算数的主要原因是部分土地整治项目于2024年12月底才通过验收，尾款按合同约定在2025年支付。', section: 'gpb', name: 'a payment date next year (在 2025 年支付)' },
      { code: '单价 100 万元（含）以上设备（不含车辆）3 台（套），为 2021 年购置的无人机航测系统。', section: 'assets', name: 'a purchase year' },
      { code: '本局于 2019 年机构改革后组建。', name: 'a history year (于 2019 年)' },
      { code: '2025 年起普查经费将纳入常规统计业务预算。', section: 'expenditure', name: 'a boundary (2025 年起)' },
      { code: '该项目 2025 年度部门预算已足额安排。', section: 'expenditure', name: 'blind5: a later year’s budget, with no figure, is a plan (2025 年度部门预算已足额安排)' },
      { code: '根据《清河县国土空间总体规划（2021---2035年）》编制进度安排，规划编制项目集中实施。', name: 'blind5: pandoc’s smart dashes in a range of years: no year, no figure' },
      { code: '2024 年 1—12 月，本部门机关运行经费支出 377.88 万元。', section: 'office', name: 'blind6 y07: a span of months (1—12 月) is no figure' },
      { code: '2023 年以来，本部门机关运行经费支出 377.88 万元。', section: 'office', name: 'a boundary in a clause of its own: the next clause is this year’s' },
      { code: '本说明编制完成时间为 2025 年 4 月。', section: 'performance', name: 'a date (2025 年 4 月)' },
      { code: '部分项目资金结转至 2025 年度继续使用。', section: 'expenditure', name: 'carried over into next year (结转至 2025 年度)' },
      { code: '项目原计划于 2022 年完成验收。', section: 'performance', name: 'what was planned (原计划于 2022 年)' },
      { code: '2022 年度结转项目已于本年度全部完成。', section: 'performance', name: 'where carried-over money came from (2022 年度结转)' },
      { code: '该项经费已纳入 2025 年度部门预算。', section: 'expenditure', name: 'where the money goes (纳入 2025 年度预算)' },
    ],
    invalid: [
      { code: '项目计划于 2022 年完成验收。', section: 'performance', errors: ['wrong-year'], name: 'a plan for a year already past is still wrong' },
      { code: '2022 年度办公室业务运行项目开展了自评。', section: 'performance', data: NAMED_YEAR, errors: ['wrong-year'], name: 'the same year outside the name is still wrong' },
      // The period of figures without 年度 (blind test 5: the narrowing keeps them).
      { code: '2022 年本年支出合计 4,340.16 万元。', errors: [{ ruleId: 'wrong-year', actual: '2022 年' }], name: 'the period of a figure (2022 年本年支出合计 X)' },
      { code: '2022 年，本部门机关运行经费支出 377.88 万元。', section: 'office', errors: [{ ruleId: 'wrong-year', actual: '2022 年' }], name: 'the period of the clause\'s figure after its comma' },
      { code: '截至 2022 年 12 月 31 日，本部门共有车辆 20 辆。', section: 'assets', errors: [{ ruleId: 'wrong-year', actual: '2022 年' }], name: 'the date of the year-end figures' },
      { code: '2025 年度“三公”经费支出决算为 49.7 万元。', section: 'sanGong', errors: [{ ruleId: 'wrong-year', actual: '2025 年' }], name: 'a later year as the period of a figure' },
      { markdown: '## 九、财政拨款“三公”经费支出决算情况说明\n\n| 项目 | 2022 年 |\n|---|---|\n| 公务接待费 | 0 |\n', errors: [{ ruleId: 'wrong-year', line: 3 }, { ruleId: 'unverified-figure', line: 5 }], name: 'a table column\'s year' },
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
      // blind test 5: the year of a purchase is no period (no wrong-year); the count itself is a figure the words do not pin.
      { code: '2025 年预计安排项目资金 500 万元。', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '500' }], name: 'a later year whose clause is a plan, with a figure' },
      { code: '2021 年至 2023 年累计投入规划编制资金 500 万元。', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '500' }], name: 'a range of years is no period of this report' },
      { code: '2023 年以来累计投入资金 320 万元。', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '320' }], name: 'a boundary (2023 年以来): no wrong-year, the sum since then unverified' },
      {
        code: '2023 年以来本部门机关运行经费支出 754.00 万元。', section: 'office', name: 'blind5: 2023 年以来 bounds a span — its figure is no year’s, and not said as last year’s',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '754.00', message: /2023 年起止的一段时期/u }],
      },
      {
        code: '2022 年，本部门机关运行经费支出 123.45 万元。', section: 'office', name: 'blind5: another year with its own figure — one finding, the figure that year’s, unverified; no fix, no wrong-year',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '123.45', message: /它是 2022 年的数字/u }],
      },
      {
        code: '2022 年度本年支出合计 3,900.00 万元，基本支出 2,800.00 万元。', section: 'expenditure', name: 'the year’s clause is its figure’s; the next clause is this year’s again',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3,900.00' }, { ruleId: 'amount-mismatch', expected: '3,153.47', actual: '2,800.00' }],
      },
      { code: '其中 2 辆为 2016 年购置，已达到更新年限。', section: 'assets', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '2' }] },
    ],
  },
}, { section: 'overall' });
