/**
 * Whose figure is it (blind test 9L, the bad fixes): a figure belongs to the fact the words pin it to, and
 * words that name something of the writer's own make it unverified — never checked, never fixed, against
 * the subject before them.
 * - the amounts of sub-items listed after 主要用于 / 主要包括 / 具体包括 (接待兄弟单位考察交流 0.85 万元、上级部门检查
 *   指导 0.40 万元) are the items', not the subject's total (B3);
 * - a parenthesised breakdown after a total (共有车辆 20 辆（局机关 12 辆、所属单位 8 辆）) by parts the data lacks
 *   gives the parts, not the total again (B9);
 * - a count in a 绩效 project's description (项目共购置执法车辆 2 辆) is not 车辆总数: 执法车辆 is no data name,
 *   and the section is the projects' (B6);
 * - X等N个项目 is the N projects together, not project X (B5);
 * - 对N个项目开展绩效自评 names its own subject after the count: its figures are 绩效自评's, not those of the
 *   stage the clause before named (B1).
 */
import { seedWith } from '../../helpers.js';
import { ruleTester } from './tester.js';

/** The seed's three projects (budgets 1,760.7 + 90 + 153 = 2,003.7) with two stages in aggregate. */
const STAGES = seedWith('  项目:\n', [
  '  编报绩效目标:', '    项目数: 5', '    涉及预算金额: 2,500',
  '  绩效自评:', '    项目数: 3', '    涉及预算金额: 2,003.7', '    平均得分: 96.08', '    评级:', '      优: 3',
  '  项目:', '',
].join('\n'));

const RECEPTION = '公务接待费12.32万元，主要用于接待兄弟单位考察交流8.00万元、上级部门检查指导4.32万元，完成预算的100%。';
const STAGES_TEXT = '2024年度本部门编报绩效目标的项目5个，涉及预算金额2500万元；组织对3个项目开展绩效自评，涉及预算金额2003.7万元，平均得分96.08分。';

ruleTester({
  'unverified-figure': {
    valid: [
      { code: '公务接待费12.32万元，主要用于接待上级部门检查指导等。', section: 'sanGong', name: 'uses without amounts: nothing to check' },
      { code: '本年度共有车辆20辆，其中领导干部用车1辆、应急保障用车3辆。', section: 'assets', name: 'parts the data holds after a total: checked' },
      { code: '截至2024年12月31日，聊城市人民政府办公室共有车辆20辆。', section: 'assets', name: 'the department\'s name before 共有车辆 makes no name of its own' },
    ],
    invalid: [
      ...['主要用于', '主要包括', '具体包括'].map((lead) => ({
        code: RECEPTION.replace('主要用于', lead), section: 'sanGong' as const,
        name: `${lead}: the sub-items' amounts are the writer's own, not 公务接待费's (B3)`,
        errors: [
          { ruleId: 'unverified-figure', severity: 1 as const, actual: '8.00', message: /接待兄弟单位考察交流/u },
          { ruleId: 'unverified-figure', severity: 1 as const, actual: '4.32', message: /上级部门检查指导/u },
        ],
      })),
      {
        code: '本年度共有车辆20辆（局机关12辆、所属单位8辆）。', section: 'assets',
        name: 'a breakdown by unit in brackets after the total: the parts, not the total again (B9)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '12' }, { ruleId: 'unverified-figure', severity: 1, actual: '8' }],
      },
      {
        code: '办公室业务运行项目自评得分95.8分，等级为优。项目共购置执法记录仪120台、执法车辆2辆。', section: 'performance',
        name: 'a project\'s purchases in 十三: not 车辆总数 (B6)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '120' }, { ruleId: 'unverified-figure', severity: 1, actual: '2' }],
      },
    ],
  },
  'amount-mismatch': {
    valid: [
      { code: '本单位对办公室业务运行等3个项目开展了绩效自评，涉及资金2,003.70万元。', section: 'performance', name: 'X等3个项目: the three projects together, not project X (B5)' },
      { code: STAGES_TEXT, section: 'performance', data: STAGES, name: '对3个项目开展绩效自评: the clause\'s own subject, after the count (B1)' },
      { code: STAGES_TEXT.replace('组织对3个项目开展绩效自评', '绩效自评覆盖项目3个'), section: 'performance', data: STAGES, name: '绩效自评覆盖项目 N 个 (B1)' },
    ],
    invalid: [
      {
        code: '公务接待费12.00万元，主要用于接待兄弟单位考察交流8.00万元。', section: 'sanGong',
        name: 'the subject\'s own figure before the uses is still checked',
        errors: [{ ruleId: 'amount-mismatch', expected: '12.32', actual: '12.00' }, { ruleId: 'unverified-figure', severity: 1, actual: '8.00' }],
      },
      {
        code: STAGES_TEXT.replace('涉及预算金额2003.7万元', '涉及预算金额2500.0万元'), section: 'performance', data: STAGES,
        name: '绩效自评\'s amount written as the stage\'s before it: 绩效自评\'s figure, wrong',
        errors: [{ ruleId: 'amount-mismatch', expected: '2003.7', actual: '2500.0' }],
      },
    ],
  },
  'count-mismatch': {
    valid: [{ code: '本年度共有车辆20辆。', section: 'assets' }],
    invalid: [
      {
        code: '本年度共有车辆21辆（局机关13辆、所属单位8辆）。', section: 'assets',
        name: 'the total itself is still checked (B9)',
        errors: [{ ruleId: 'count-mismatch', expected: '20', actual: '21' }, { ruleId: 'unverified-figure', severity: 1, actual: '13' }, { ruleId: 'unverified-figure', severity: 1, actual: '8' }],
      },
      {
        code: STAGES_TEXT.replace('组织对3个项目开展绩效自评', '组织对5个项目开展绩效自评'), section: 'performance', data: STAGES,
        name: '绩效自评\'s count written as the stage\'s before it (B1)',
        errors: [{ ruleId: 'count-mismatch', expected: '3', actual: '5' }],
      },
    ],
  },
}, { section: 'performance' });
