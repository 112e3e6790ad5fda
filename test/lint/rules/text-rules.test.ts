/**
 * Rules on the words alone: placeholder (the drafter's 【待补充：…】),
 * template-leftover (增加（减少）, 增长（下降）X%, 大于（小于）, 大于/小于/等于, XX局,
 * XXX 万元, 【】, 202 年度, 占 %) and garbled-direction (大小于, 减增加). A template's
 * alternatives are the template-leftover and nothing else: no direction or
 * comparison verdict on the words, whatever the data says.
 */
import { seedWith } from '../../helpers.js';
import { ruleTester } from './tester.js';

/** 基本支出 rose: +153.47 万元, +5.12%. */
const ROSE = seedWith('    基本支出: 3,421.41', '    基本支出: 3,000.00');

ruleTester({
  placeholder: {
    valid: [
      { code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 7.83%，主要原因是人员调出基本工资减少。' },
      { code: '【说明】基本支出 3,153.47 万元。', name: 'other bracketed words' },
    ],
    invalid: [
      { code: '基本支出【待补充：基本支出变动原因】。', errors: [{ ruleId: 'placeholder', actual: '【待补充：基本支出变动原因】', line: 3, column: 5 }] },
      { code: '主要原因是【待补充:基本支出变动原因】。', errors: [{ ruleId: 'placeholder', column: 6 }], name: 'half-width colon' },
      { code: '基本支出 3,153.47 万元。\n主要原因是【待补充：基本支出变动原因】。', errors: [{ ruleId: 'placeholder', line: 4, column: 6 }] },
    ],
  },

  'template-leftover': {
    valid: [
      { code: '决算数大于年初预算数的主要原因是年中发放绩效奖。', section: 'gpb' },
      { code: '上缴上级支出 0 万元，比去年无增减变化。' },
      { code: '单价 100 万元（含）以上设备（不含车辆）3 台（套）。', section: 'assets' },
      { code: '2024 年度收、支总计均为 4,340.16 万元。', section: 'overall' },
      { code: '2024年度收、支总计均为4,340.16万元。', section: 'overall' },
      { code: '本部门按 XBRL 格式报送决算数据。', name: 'Latin letters that are not a placeholder' },
      { code: '注：本说明中的金额单位为万元。', name: 'blind 18L: a unit declaration is not a missing figure' },
      { code: '本说明金额单位为万元。' },
      { code: '以下金额单位均为万元。' },
      { code: '注：除特别注明外，本说明中的金额单位为万元（较大金额以亿元表示），数据截至2024年12月31日。' },
    ],
    invalid: [
      { code: '决算数大于（小于）年初预算数的主要原因是……', section: 'gpb', errors: [{ ruleId: 'template-leftover', actual: '大于（小于）', line: 3, column: 4 }] },
      { code: '决算数大于/小于年初预算数。', section: 'gpb', errors: [{ ruleId: 'template-leftover', actual: '大于/小于' }] },
      { code: '基本支出较上年增加/减少 267.94 万元。', errors: [{ ruleId: 'template-leftover', actual: '增加/减少', column: 8 }] },
      { code: '基本支出较上年增长（下降）X%。', errors: [{ ruleId: 'template-leftover', actual: '增长（下降）', column: 8 }, { ruleId: 'template-leftover', actual: 'X%', column: 14 }] },
      { code: 'XX局 2024 年度收、支总计均为 4,340.16 万元。', section: 'overall', errors: [{ ruleId: 'template-leftover', actual: 'XX局', column: 1 }] },
      { code: '基本支出 XXX 万元。', errors: [{ ruleId: 'template-leftover', actual: 'XXX 万元', column: 6 }] },
      { code: '基本支出 XX 万元，占 XX%。', errors: [{ ruleId: 'template-leftover', column: 6 }, { ruleId: 'template-leftover', actual: 'XX%', column: 14 }] },
      { code: '202 年度收、支总计均为 4,340.16 万元。', section: 'overall', errors: [{ ruleId: 'template-leftover', column: 1 }], name: 'a year with a digit missing' },
      { code: '20 年度收支总计 4,340.16 万元。', section: 'overall', errors: [{ ruleId: 'template-leftover', column: 1 }] },
      { code: '基本支出 3,153.47 万元，占 %。', errors: [{ ruleId: 'template-leftover', column: 18 }] },
      {
        code: '3、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）机关服务（项）。年初预算为 153.53 万元，支出决算为 150.26 万元，完成年初预算的 97.87%。决算数小于（大于）年初预算数的主要原因是XX。', section: 'gpb',
        name: 'the template choice 小于（大于） on a 项 whose actual is less: no comparison verdict on it, and no fix',
        errors: [{ ruleId: 'template-leftover', actual: '小于（大于）' }, { ruleId: 'template-leftover', actual: 'XX' }],
      },
      { code: '机关服务（项）年初预算为 153.53 万元，支出决算为 150.26 万元。决算数大于（小于、等于）年初预算数 3.27 万元。', section: 'gpb', errors: [{ ruleId: 'template-leftover', actual: '大于（小于、等于）' }], name: 'three alternatives; the difference after them is still checked as a difference' },
      { code: '机关服务（项）年初预算为 153.53 万元，支出决算为 150.26 万元。决算数大于/小于/等于年初预算数。', section: 'gpb', errors: [{ ruleId: 'template-leftover', actual: '大于/小于/等于' }] },
      { code: '基本支出较上年减少/增加 267.94 万元，下降/增长 7.83%。', errors: [{ ruleId: 'template-leftover', actual: '减少/增加' }, { ruleId: 'template-leftover', actual: '下降/增长' }] },
      { code: '基本支出较上年增加（减少）267.94 万元，增长（下降）7.83%。', errors: [{ ruleId: 'template-leftover', actual: '增加（减少）' }, { ruleId: 'template-leftover', actual: '增长（下降）' }], name: 'the figures after the alternatives are checked as figures, never their direction' },
      { code: '基本支出为万元。', errors: [{ ruleId: 'template-leftover', actual: '为万元', column: 5 }], name: 'a real leftover: 为 with no figure before 万元' },
      { code: '本说明金额单位为万元，基本支出为万元。', errors: [{ ruleId: 'template-leftover', actual: '为万元', column: 16 }], name: 'the unit declared, then a figure left out' },
      { code: '项目支出【】万元，占【】%。', errors: [{ ruleId: 'template-leftover', actual: '【】', column: 5 }, { ruleId: 'template-leftover', actual: '【】', column: 11 }] },
      { code: '因公出国（境）费 20.14 万元，占 %，比上年减少 万元。', section: 'sanGong', errors: [{ ruleId: 'template-leftover', column: 19 }, { ruleId: 'template-leftover', column: 26 }], name: 'GD-ZJ17: 占 %,比上年减少 万元' },
    ],
  },

  'garbled-direction': {
    valid: [
      { code: '决算数小于预算数的主要原因是积极压缩开支。', section: 'gpb' },
      { code: '基本支出较上年减少 267.94 万元。' },
    ],
    invalid: [
      { code: '决算数大小于预算数的主要原因是积极压缩开支。', section: 'gpb', errors: [{ ruleId: 'garbled-direction', actual: '大小于', line: 3, column: 4 }], name: 'SH-PT-SQ25' },
      { code: '基本支出 3,153.47 万元，比 2023 年度减增加 153.47 万元，增长 5.12%。', data: ROSE, errors: [{ ruleId: 'garbled-direction', actual: '减增加', column: 27 }], name: 'SH-PT-SQ25: 比 2024 年度减增加 21.90 万元' },
      { code: '基本支出较上年增减少 267.94 万元。', errors: [{ ruleId: 'garbled-direction', actual: '增减少' }] },
    ],
  },
}, { section: 'expenditure' });
