/**
 * count-mismatch and score-mismatch: 团组 个, 人次, 批次, 辆, 台（套）, 个 projects,
 * grade counts and 分 scores are exact.
 */
import { describe, expect, it } from 'vitest';
import { buildFactCatalog } from '../../../src/facts/catalog.js';
import { createLintContext, lintMarkdown } from '../../../src/lint/lint.js';
import { seedAccounts } from '../../helpers.js';
import { HEADINGS, mutateSeed, ruleTester } from './tester.js';

const RECEPTION_TABLE = (batches: string, persons: string) => `## 九、财政拨款“三公”经费支出决算情况说明

| 项目 | 批次 | 人次 |
| --- | --- | --- |
| 国内公务接待 | ${batches} | ${persons} |
`;

/** The seed with no 国（境）外 block under 公务接待: 国内 holds 27 批次 and 621 人次, the whole is not known. */
const NO_ABROAD = mutateSeed((a) => {
  a.sanGong.reception.abroad = {};
});

/** 国内来访团组, 国内公务来访 and 批 (blind 10L 4c, 11L p32): the words name the domestic receptions, and 批 is 批次. */
/**
 * Blind 13L §4 (e6): 接待国内公务 N 批次、M 人次 names the item itself (接待 + 国内公务): the counts are the domestic
 * receptions' whether a comma or a full stop stands before it.
 */
ruleTester({
  'count-mismatch': {
    valid: [
      { code: '公务接待费12.32万元。共接待国内公务27批次、621人次。', data: NO_ABROAD },
      { code: '公务接待费12.32万元，共接待国内公务27批次、621人次。', data: NO_ABROAD },
      { code: '公务接待费12.32万元。共接待国内公务27批次、621人次。', name: 'the seed: 国（境）外 held none' },
    ],
    invalid: [
      { code: '公务接待费12.32万元。共接待国内公务27批次、126人次。', data: NO_ABROAD, errors: [{ ruleId: 'count-mismatch', actual: '126', expected: '621' }] },
      { code: '公务接待费12.32万元。共接待国内公务72批次、621人次。', data: NO_ABROAD, errors: [{ ruleId: 'count-mismatch', actual: '72', expected: '27' }] },
    ],
  },
}, { section: 'sanGong' });

ruleTester({
  'count-mismatch': {
    valid: [
      { code: '公务接待费支出12.32万元，共接待国内来访团组27批次、621人次。', data: NO_ABROAD },
      { code: '全年共接待国内公务来访27批、621人次。', data: NO_ABROAD, name: '批 without 次' },
      { code: '全年国内公务接待27批，621人次。', data: NO_ABROAD },
    ],
    invalid: [
      { code: '公务接待费支出12.32万元，共接待国内来访团组28批次、621人次。', data: NO_ABROAD, errors: [{ ruleId: 'count-mismatch', actual: '28', expected: '27' }] },
      { code: '全年共接待国内公务来访27批、612人次。', data: NO_ABROAD, errors: [{ ruleId: 'count-mismatch', actual: '612', expected: '621' }] },
      { code: '全年共接待国内公务来访72批、621人次。', data: NO_ABROAD, errors: [{ ruleId: 'count-mismatch', actual: '72', expected: '27' }] },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '全年共接待国内来访团组27批次、621人次。', data: NO_ABROAD }],
    invalid: [
      {
        code: '全年共接待来访团组27批次、621人次。', data: NO_ABROAD,
        name: 'no 国内 in the words: the whole, which the data does not hold without 国（境）外 — never taken as 国内\'s',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '27' }, { ruleId: 'unverified-figure', severity: 1, actual: '621' }],
      },
    ],
  },
}, { section: 'sanGong' });

ruleTester({
  'count-mismatch': {
    valid: [
      { code: '全年支出涉及因公出国（境）团组 3 个，累计 5 人次。' },
      { code: '因公出国（境）团组 3 个、5 人次。' },
      { code: '因公出国(境)团组3个,累计5人次。' },
      { code: '全年安排因公出国（境）团组 3 个，累计 5 人次。' },
      { code: '因公出国（境）团组 3 次，累计出国（境）5 人次。', name: 'AH-HY20: 团组0次,累计出国(境)0人次' },
      { code: '参加（组织）因公出国（境）团组 3 个，5 人次。', name: 'AH-HF23' },
      { code: '因公出国（境）团组 3 个，人数 5 人。', name: 'GX-LZ19: 团组0个,人数0人' },
      { code: '公务用车购置费支出 0 万元，2024 年聊城市政府办公室（汇总）等单位使用财政拨款购置公务用车 0 辆。' },
      { code: '公务用车保有量为 20 辆。' },
      { code: '截至 2024 年 12 月 31 日，开支财政拨款的公务用车保有量为 20 辆。' },
      { code: '国内接待费 12.32 万元，共计接待 27 批次、621 人次（含外事接待 0 批次、0 人次）。' },
      { code: '国内公务接待 27 批次，621 人次，支出 12.32 万元。', name: 'HLX18 order: counts before the amount' },
      { code: '国内公务接待共 27 批次（其中外事接待 0 批次），621 人次（其中外事接待 0 人次）。', name: 'AH-HY20' },
      { code: '国内公务接待批次为 27 个，接待人次为 621 人。', name: 'HN-TJ19' },
      { code: '国（境）外接待费 0 万元，共计接待 0 批次、0 人次。' },
      { markdown: RECEPTION_TABLE('27', '621'), name: 'GFM table: 批次 | 人次 columns' },
      { code: '截至 2024 年 12 月 31 日，本部门共有车辆 20 辆，其中，符合规定领导干部用车 1 辆、机要通信用车 0 辆、应急保障用车 3 辆、执法执勤用车 0 辆、特种专业技术用车 0 辆、离退休干部用车 2 辆、其他用车 14 辆。', section: 'assets' },
      { code: '本部门共有车辆 20 辆，其中：符合规定领导干部用车 1 辆、应急保障用车 3 辆、离退休干部用车 2 辆、其他用车 14 辆。', section: 'assets' },
      // the department by its own kind (blind 12L: 本街道共有车辆 was a name of the writer's own)
      ...['本街道', '本镇', '本局', '本委', '本校', '本院', '本中心'].map((self) => ({ code: `${self}共有车辆 20 辆。`, section: 'assets' as const })),
      { code: '其他用车 14 辆，其他用车主要是保障市政府办公室工作。', section: 'assets' },
      { code: '单价 100 万元（含）以上设备（不含车辆）3 台（套）。', section: 'assets' },
      { code: '单价100万元以上设备3台套。', section: 'assets' },
      { code: '单价 100 万元以上设备 3 台。', section: 'assets' },
      { code: '单价在100万元（含）以上的专用设备3台。', section: 'assets', name: 'blind 13L d.md P09: the template’s line' },
      { code: '年末保有公务用车20辆。', name: 'blind 13L e.md P06' },
      // blind 20L B: 购置 opening its own clause is the vehicles bought, not the stock named before it
      ...['，', '；', '。'].map((stop) => ({ code: `公务用车保有量20辆${stop}购置0辆。`, name: `保有量 X 辆${stop}购置 Y 辆 (blind 20L B)` })),
      { code: '- 公务用车保有量20辆，购置0辆；', name: 'the same in a bullet (blind 20L B)' },
      // blind 20L C: the scope of 其中外事接待 ends at its clause; 接待人次 after ；is the whole's again
      { code: '国内公务接待27批次，其中外事接待0批次；接待人次621人次。', name: '其中外事 does not reach past ；(blind 20L C)' },
      { code: '国内公务接待27批次，其中外事接待0批次、0人次；接待人次621人次。', name: 'the part\'s own counts before ；, the whole\'s after' },
      { code: '涵盖项目 3 个，涉及预算资金 2,003.7 万元。', section: 'performance' },
      { code: '2024年度市级预算绩效自评的3个项目中,3个项目自评等级为优。', section: 'performance' },
      { code: '绩效自评项目 3 个，其中绩效评级为“优”的项目 3 个，“良”的项目 0 个。', section: 'performance' },
      { code: '自评等级为“优”的项目 3 个、“良”的 0 个、“合格”的 0 个、“不合格”的 0 个。', section: 'performance' },
      { code: '其中评价等级为优的项目3个，良的项目0个。', section: 'performance', name: 'blind 10L R1: 良 after the grade stated for 优 is a grade, not the projects' },
      { code: '其中评价等级为优的项目3个，为良的项目0个。', section: 'performance' },
      { code: '绩效自评项目3个，平均得分96.08分，评为优的3个、良的0个。', section: 'performance' },
    ],
    invalid: [
      { code: '全年支出涉及因公出国（境）团组 4 个，累计 5 人次。', errors: [{ ruleId: 'count-mismatch', expected: '3', actual: '4', line: 3, column: 17 }] },
      { code: '全年支出涉及因公出国（境）团组 3 个，累计 6 人次。', errors: [{ ruleId: 'count-mismatch', expected: '5', column: 24 }] },
      { code: '公务用车保有量为 21 辆。', errors: [{ ruleId: 'count-mismatch', expected: '20', column: 10 }] },
      { code: '年末保有公务用车21辆。', errors: [{ ruleId: 'count-mismatch', expected: '20', actual: '21' }] },
      { code: '公务用车保有量20辆，购置1辆。', name: '购置 checked against the vehicles bought (blind 20L B)', errors: [{ ruleId: 'count-mismatch', expected: '0', actual: '1' }] },
      { code: '公务用车保有量21辆，购置0辆。', name: 'the stock before it is still checked', errors: [{ ruleId: 'count-mismatch', expected: '20', actual: '21' }] },
      { code: '国内公务接待27批次，其中外事接待1批次；接待人次621人次。', name: 'the part\'s own count is still checked', errors: [{ ruleId: 'count-mismatch', expected: '0', actual: '1' }] },
      { code: '单价在100万元（含）以上的专用设备4台。', section: 'assets', errors: [{ ruleId: 'count-mismatch', expected: '3', actual: '4' }] },
      { code: '使用财政拨款购置公务用车 1 辆。', errors: [{ ruleId: 'count-mismatch', expected: '0' }] },
      { code: '国内接待费 12.32 万元，共计接待 72 批次、621 人次（含外事接待 0 批次、0 人次）。', errors: [{ ruleId: 'count-mismatch', expected: '27', column: 21 }] },
      { code: '国内接待费 12.32 万元，共计接待 27 批次、612 人次（含外事接待 1 批次、0 人次）。', errors: [{ ruleId: 'count-mismatch', expected: '621' }, { ruleId: 'count-mismatch', expected: '0', actual: '1' }] },
      { markdown: RECEPTION_TABLE('72', '612'), errors: [{ ruleId: 'count-mismatch', expected: '27', line: 5 }, { ruleId: 'count-mismatch', expected: '621', line: 5 }] },
      { code: '本部门共有车辆 21 辆。', section: 'assets', errors: [{ ruleId: 'count-mismatch', expected: '20', column: 9 }] },
      { code: '本街道共有车辆 21 辆。', section: 'assets', errors: [{ ruleId: 'count-mismatch', expected: '20', column: 9 }] },
      { code: '截至 2024 年 12 月 31 日，本部门共有车辆 20 辆，其中，符合规定领导干部用车 1 辆、机要通信用车 0 辆、应急保障用车 4 辆、执法执勤用车 0 辆、特种专业技术用车 0 辆、离退休干部用车 2 辆、其他用车 14 辆。', section: 'assets', errors: [{ ruleId: 'count-mismatch', expected: '3', column: 70 }], name: 'a wrong part is reported once, not also as a wrong sum' },
      { code: '单价 100 万元（含）以上设备（不含车辆）4 台（套）。', section: 'assets', errors: [{ ruleId: 'count-mismatch', expected: '3', column: 23 }] },
      { code: '涵盖项目 4 个，涉及预算资金 2,003.7 万元。', section: 'performance', errors: [{ ruleId: 'count-mismatch', expected: '3', column: 6 }] },
      { code: '2024年度市级预算绩效自评的3个项目中,2个项目自评等级为优。', section: 'performance', errors: [{ ruleId: 'count-mismatch', expected: '3' }] },
      { code: '绩效自评项目 3 个，其中绩效评级为“优”的项目 3 个，“良”的项目 1 个。', section: 'performance', errors: [{ ruleId: 'count-mismatch', expected: '0', column: 37 }] },
      { code: '其中评价等级为优的项目3个，良的项目1个。', section: 'performance', errors: [{ ruleId: 'count-mismatch', expected: '0', actual: '1' }] },
      { code: '绩效自评项目3个，平均得分96.08分，评为优的3个、良的1个。', section: 'performance', errors: [{ ruleId: 'count-mismatch', expected: '0', actual: '1' }] },
    ],
  },

  'score-mismatch': {
    valid: [
      { code: '办公室业务运行项目自评得分为 95.8 分。', section: 'performance' },
      { code: '办公室业务运行项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为 95.8 分。', section: 'performance', name: 'the project named in the heading clause' },
      { code: '老干、党建、保密、精神文明建设等活动项目自评得分为 94 分。', section: 'performance' },
      { code: '老干、党建、保密、精神文明建设等活动项目自评得分为 94.0 分。', section: 'performance' },
      { code: '党政专用高清电视会议系统市政府八楼会议室项目自评得分 98.44 分。', section: 'performance' },
      { code: '党政专用高清电视会议系统市政府八楼会议室项目项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为 98.44 分。', section: 'performance', name: 'the seed’s doubled 项目项目' },
      { code: '绩效自评项目 3 个，平均得分 96.08 分。', section: 'performance', name: '(95.8 + 94 + 98.44) ÷ 3' },
    ],
    invalid: [
      { code: '办公室业务运行项目自评得分为 95.6 分。', section: 'performance', errors: [{ ruleId: 'score-mismatch', expected: '95.8', actual: '95.6', line: 3, column: 16 }] },
      { code: '老干、党建、保密、精神文明建设等活动项目自评得分为 49 分。', section: 'performance', errors: [{ ruleId: 'score-mismatch', expected: '94' }] },
      { code: '党政专用高清电视会议系统市政府八楼会议室项目自评得分 94.48 分。', section: 'performance', errors: [{ ruleId: 'score-mismatch', expected: '98.44' }] },
      { code: '绩效自评项目 3 个，平均得分 96.8 分。', section: 'performance', errors: [{ ruleId: 'score-mismatch', expected: '96.1' }] },
    ],
  },
}, { section: 'sanGong' });

describe('count-mismatch message', () => {
  // Found by the metamorphic suite: a count that is a sum (国内 + 国（境）外 接待) was shown as "306.00 + 0.00 = 306.00 万元".
  it('shows a sum of counts as counts: whole numbers and the count\'s unit', () => {
    const ctx = createLintContext(buildFactCatalog(seedAccounts()));
    const result = lintMarkdown(`## ${HEADINGS.sanGong}\n\n公务接待费 12.32 万元，共接待 30 批次、621 人次。\n`, ctx);
    expect(result.messages.map((m) => `${m.ruleId} ${m.message}`)).toEqual([expect.stringMatching(/^count-mismatch .*27 \+ 0 = 27 批次/u)]);
  });
});

const TWO_GROUPS = mutateSeed((a) => {
  a.sanGong.abroad.groups = 2;
});

/**
 * Blind test 15L §4: counts in Chinese numerals (团组三个, 五人次, 二十辆, 两个) are counts — checked like digits,
 * an error only where the words pin the fact, and fixed in Chinese numerals (两 kept where it was written).
 */
ruleTester({
  'count-mismatch': {
    valid: [
      { code: '全年安排因公出国（境）团组三个，累计五人次。' },
      { code: '因公出国（境）团组三个、五人次；公务用车保有量为二十辆。' },
      { code: '年末公务用车保有量二十辆。' },
      { code: '全年安排因公出国（境）两个团组，累计五人次。', data: TWO_GROUPS, name: '个 before the noun' },
      { code: '全年安排因公出国（境）团组3个，累计五人次，落实“两个责任”。', name: '个 beside no noun the data counts: no count' },
    ],
    invalid: [
      {
        code: '全年安排因公出国（境）团组两个，累计五人次。', name: '两 for 2 where 3 is right',
        errors: [{ ruleId: 'count-mismatch', actual: '两', expected: '三' }],
      },
      {
        code: '因公出国（境）团组三个，累计八人次。',
        errors: [{ ruleId: 'count-mismatch', actual: '八', expected: '五' }],
      },
      {
        code: '公务用车保有量为十九辆。',
        errors: [{ ruleId: 'count-mismatch', actual: '十九', expected: '二十' }],
      },
    ],
  },
}, { section: 'sanGong' });
