/**
 * Frames an outsider's blind test found misread (helpers' blind REPORT.md §5, causes 2, 4, 6, 8): figures
 * the words give as last year's, lists of names (分别, 两项合计, a new subject after ；, a name no topic
 * knows), 个百分点, and a change rate beside a difference from the budget. Each correct sentence is
 * quiet (or unverified where its words pin no fact of the data); each wrong variant is caught on the
 * right figure with the data's value — never against this year's figure where the words say last year.
 */
import { readFileSync } from 'node:fs';
import { parseAccounts } from '../../../src/data/load.js';
import { ROOT, seedWith } from '../../helpers.js';
import { ruleTester } from './tester.js';

const corpus = (name: string) => parseAccounts(readFileSync(`${ROOT}test/fixtures/corpus/${name}.yaml`, 'utf8'), `${name}.yaml`).accounts;
/** 2025: 本年收入合计 5,221.89 (2024: 5,018.62); 机关运行经费 206.35 (2024: 198.47) */
const SHANGHAI = corpus('shanghai-2025-env');
/** …with last year's 公开01表 一般公共预算财政拨款收入 (2024: 5,004.30) */
const SHANGHAI_GPB_INCOME = parseAccounts(
  readFileSync(`${ROOT}test/fixtures/corpus/shanghai-2025-env.yaml`, 'utf8').replace('    财政拨款收入: 5,004.30\n', '    财政拨款收入: 5,004.30\n    一般公共预算财政拨款收入: 5,004.30\n'),
  'shanghai-2025-env.yaml',
).accounts;
/** 2023: 本年收入合计 1,458.38 (2022: 1,381.27); 事业收入 18.40, 其他收入 3.20 (both years) */
const SICHUAN = corpus('sichuan-2023-culture');
/** 2024: 本年收入合计 3,649.05 (2023: 3,739.55) */
const GUANGXI = corpus('guangxi-2024-yuan');
/** The seed (2024) with a project whose name starts with last year */
const YEAR_NAMED = seedWith('    - 名称: 办公室业务运行\n', '    - 名称: 2023年度办公室业务运行\n');

const TABLE = [
  '| 收入项目 | 2025年决算数（万元） | 占比 | 2024年决算数（万元） | 增减额（万元） |',
  '|---|---|---|---|---|',
  '| 财政拨款收入 | 5,209.44 | 99.76% | 5,004.30 | 205.14 |',
  '| 其他收入 | 12.45 | 0.24% | 14.32 | -1.87 |',
  '| 合计 | 5,221.89 | 100.00% | 5,018.62 | 203.27 |',
].join('\n');

ruleTester({
  // Last year's figures, stated as such: checked against last year's, never overwritten with this year's.
  'amount-mismatch': {
    valid: [
      { code: '2025 年度本年收入合计 5,221.89 万元（2024 年度：5,018.62 万元），增长 4.05 %。', data: SHANGHAI },
      { code: '2025年度机关运行经费206.35万元，2024年度为198.47万元，增加7.88万元。', data: SHANGHAI, section: 'office' },
      { code: '2024年度为5,018.62万元，本年收入合计5,221.89万元。', data: SHANGHAI, name: 'last year is said of its clause only' },
      { code: TABLE, data: SHANGHAI, name: 'a table with a column headed by last year' },
      { code: '本年收入合计较2022年的1,381.27万元增加77.11万元，增长5.58%。', data: SICHUAN, name: 'CN-MOE24: last year named by its year' },
      { code: '本年支出合计1,481.63万元，比上年的1,398.44万元增加83.19万元。', data: SICHUAN, section: 'expenditure' },
      { code: '本年收入合计3,649.05万元，上年为3,739.55万元。', data: GUANGXI },
      { code: '本年收入合计5,221.89万元，上年决算数5,018.62万元，增加203.27万元。', data: SHANGHAI },
      { code: '本年收入合计5,221.89万元（上年：5,018.62万元），增长4.05%。', data: SHANGHAI },
      { code: '本年收入合计5,221.89万元，上年同期为5,018.62万元。', data: SHANGHAI },
    ],
    invalid: [
      {
        code: '2025 年度本年收入合计 5,221.89 万元（2024 年度：5,081.62 万元），增长 4.05 %。', data: SHANGHAI,
        errors: [{ ruleId: 'amount-mismatch', expected: '5,018.62', column: 35 }],
      },
      {
        code: '2025年度机关运行经费206.35万元，2024年度为189.47万元，增加7.88万元。', data: SHANGHAI, section: 'office',
        errors: [{ ruleId: 'amount-mismatch', expected: '198.47' }],
      },
      {
        code: TABLE.replace('5,004.30', '5,040.30'), data: SHANGHAI, name: 'a wrong figure in last year\'s column',
        errors: [{ ruleId: 'amount-mismatch', expected: '5,004.30', line: 5 }],
      },
      {
        // The 合计 row after rows of 本年收入合计's parts is 本年收入合计's row, this year and last.
        code: TABLE.replace('| 合计 | 5,221.89 | 100.00% | 5,018.62 | 203.27 |', '| 合计 | 5,221.98 | 100.00% | 5,081.62 | 230.27 |'), data: SHANGHAI,
        name: 'a wrong 合计 row',
        errors: [
          { ruleId: 'amount-mismatch', expected: '5,221.89', line: 7 }, { ruleId: 'amount-mismatch', expected: '5,018.62', line: 7 },
          { ruleId: 'change-mismatch', expected: '203.27', line: 7 },
        ],
      },
      {
        code: '本年收入合计5,221.89万元，上年决算数5,081.62万元，增加203.27万元。', data: SHANGHAI,
        errors: [{ ruleId: 'amount-mismatch', expected: '5,018.62' }],
      },
      {
        code: '本年收入合计较2022年的1,318.27万元增加77.11万元，增长5.58%。', data: SICHUAN,
        errors: [{ ruleId: 'amount-mismatch', expected: '1,381.27' }],
      },
      {
        // The real slip stays caught: last year's figure under this year's words.
        code: '2025 年度本年收入合计 5,018.62 万元。', data: SHANGHAI, name: 'stale previous-year figure stated as this year\'s',
        errors: [{ ruleId: 'amount-mismatch', expected: '5,221.89' }],
      },
      {
        // The two figures swapped: this year's is wrong; the one under last year's words is this year's — the year
        // or the figure is the slip, which only the writer knows: unverified, never fixed to last year's.
        code: '2025年度机关运行经费198.47万元，2024年度为206.35万元。', data: SHANGHAI, section: 'office',
        errors: [{ ruleId: 'amount-mismatch', expected: '206.35', column: 13 }, { ruleId: 'unverified-figure', severity: 1 }],
      },
    ],
  },
  'change-mismatch': {
    valid: [
      { code: '与 2023 年度相比，本年收入合计减少 90.50 万元，下降 2.42%。', data: GUANGXI, name: 'Shanghai: the subject after the comparison' },
      { code: '与 2023 年度相比，本年支出合计减少 70.32 万元，下降 1.85%。', data: GUANGXI, section: 'expenditure' },
      // 个百分点 after 占比: this year's share against last year's (30.66% − 30.02%), never an amount.
      { code: '项目支出1,601.09万元，占比较上年提高0.64个百分点。', data: SHANGHAI, section: 'expenditure' },
      { code: '基本支出占本年支出合计的比重较上年下降0.64个百分点。', data: SHANGHAI, section: 'expenditure' },
      // The share, then its change in points in the next clause: the change of that share.
      { code: '项目支出1,601.09万元，占本年支出合计的比重为30.66%，比上年提高0.64个百分点。', data: SHANGHAI, section: 'expenditure' },
      { code: '项目支出1,601.09万元，占比30.66%，较上年提高0.64个百分点。', data: SHANGHAI, section: 'expenditure' },
      { code: '基本支出3,620.80万元，所占比重为69.34%，比上年下降0.64个百分点；项目支出1,601.09万元，占30.66%，比上年上升0.64个百分点。', data: SHANGHAI, section: 'expenditure' },
      // The budget scope's share of 本年支出合计 in points (99.7616% − 99.7147%), and 公开01表's appropriation's of 本年收入合计.
      { code: '一般公共预算财政拨款支出5,209.44万元，占本年支出合计的99.76%，比上年提高0.05个百分点。', data: SHANGHAI, section: 'gpb' },
      { code: '一般公共预算财政拨款收入5,209.44万元，占本年收入合计的99.76%，比上年提高0.05个百分点。', data: SHANGHAI_GPB_INCOME, section: 'income' },
    ],
    invalid: [
      { code: '与 2023 年度相比，本年收入合计减少 95.00 万元，下降 2.42%。', data: GUANGXI, errors: [{ ruleId: 'change-mismatch', expected: '90.50' }] },
      {
        code: '项目支出1,601.09万元，占比较上年提高94.53个百分点。', data: SHANGHAI, section: 'expenditure',
        errors: [{ ruleId: 'change-mismatch', expected: '0.64', column: 23 }],
      },
      {
        code: '项目支出1,601.09万元，占本年支出合计的比重为30.66%，比上年提高1.2个百分点。', data: SHANGHAI, section: 'expenditure',
        errors: [{ ruleId: 'change-mismatch', expected: '0.6', actual: '1.2' }],
      },
      {
        code: '一般公共预算财政拨款支出5,209.44万元，占本年支出合计的99.76%，比上年提高0.50个百分点。', data: SHANGHAI, section: 'gpb',
        errors: [{ ruleId: 'change-mismatch', actual: '0.50', expected: '0.05' }],
      },
      {
        code: '2024年度财政拨款收入3,610.85万元（其中，一般公共预算3,370.85万元，政府性基金预算240.00万元，国有资本经营预算0万元），占收入合计的99.0%，比上年减少19.50万元，下降2.5%。',
        data: GUANGXI,
        name: 'ZJ-QT21: after the parenthetical the subject is 财政拨款收入 again (its 其中 and its unknown names end with it; blind test round 2, guangxi:9); 一般公共预算 and 国有资本经营预算 in it are their lines (blind8l §4), 政府性基金预算 two topics bear',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '240.00' }, { ruleId: 'change-mismatch', expected: '91.50' }],
      },
    ],
  },
  // 2024年度占… in 2025: last year's share, which the data does not hold.
  'unverified-figure': {
    valid: [
      { code: '2025年度机关运行经费206.35万元，比2024年度增加7.88万元，增长3.97%。', data: SHANGHAI, section: 'office', name: 'a year as the base of a comparison is no period' },
      {
        code: '2023年度办公室业务运行项目全年预算数1,760.7万元，执行数1,021.11万元，自评得分95.8分。', data: YEAR_NAMED, section: 'performance',
        name: 'a year inside a name is no period',
      },
    ],
    invalid: [
      {
        code: '2025年度机关运行经费206.35万元，2024年度为198.47万元，占基本支出的5.70%。', data: SHANGHAI, section: 'office',
        errors: [{ ruleId: 'unverified-figure', severity: 1, column: 44 }],
      },
      {
        // A name no topic knows: its share is its own, not the subject's before it.
        code: '一般公共预算财政拨款支出 5,209.44 万元，占本年支出合计的 99.76%；其他资金支出 12.45 万元，占 0.24%。', data: SHANGHAI, section: 'expenditure',
        errors: [{ ruleId: 'unverified-figure', severity: 1, column: 49 }, { ruleId: 'unverified-figure', severity: 1, column: 60 }],
      },
      {
        // Last year's appropriation line not in the data: its share of last year's total is unknown.
        code: '一般公共预算财政拨款收入5,209.44万元，占本年收入合计的99.76%，比上年提高0.05个百分点。', data: SHANGHAI, section: 'income',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0.05' }],
      },
      {
        // 个百分点 of a rate the data does not hold: unverified, never an amount or a count.
        code: '项目支出执行率提高2个百分点。', data: SHANGHAI, section: 'expenditure',
        errors: [{ ruleId: 'unverified-figure', severity: 1 }],
      },
      {
        // Another figure between the share and the points: which rate the points are of, the words do not say.
        code: '项目支出1,601.09万元，占30.66%，比上年增加94.53万元，增长0.64个百分点。', data: SHANGHAI, section: 'expenditure',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0.64' }],
      },
      {
        // The share in one sentence, the points in the next: not said of the share.
        code: '项目支出1,601.09万元，占30.66%。比上年提高0.64个百分点。', data: SHANGHAI, section: 'expenditure',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0.64' }],
      },
    ],
  },
  // 分别 after names stated each with its amount: one figure each, in order.
  'share-mismatch': {
    valid: [
      { code: '人员经费713.85万元、公用经费121.37万元，分别占基本支出的85.47%和14.53%。', data: SICHUAN, section: 'basic' },
      // A share's last-year and this-year values with the direction between them: last year's against last year's share.
      { code: '项目支出1,601.09万元，占本年支出合计的比重由上年的30.02%上升到30.66%。', data: SHANGHAI, section: 'expenditure' },
      { code: '项目支出占比从上年的30.02%提高到30.66%。', data: SHANGHAI, section: 'expenditure' },
      { code: '基本支出占本年支出合计的比重由上年的69.98%下降至69.34%。', data: SHANGHAI, section: 'expenditure' },
    ],
    invalid: [
      { code: '项目支出占比从上年的31.02%提高到30.66%。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'share-mismatch', actual: '31.02', expected: '30.02' }] },
      { code: '项目支出占比从上年的30.02%提高到31.66%。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'share-mismatch', actual: '31.66', expected: '30.66' }] },
      {
        code: '人员经费713.85万元、公用经费121.37万元，分别占基本支出的14.53%和85.47%。', data: SICHUAN, section: 'basic',
        errors: [{ ruleId: 'share-mismatch', expected: '85.47' }, { ruleId: 'share-mismatch', expected: '14.53' }],
      },
    ],
  },
  // A new subject after ；, in a reason's sentence: its 持平 is its own.
  'direction-mismatch': {
    valid: [
      { code: '事业收入比上年增加1.40万元，增长8.2%，主要是博物馆文创和讲解服务收入增加；其他收入与上年持平。', data: SICHUAN },
      { code: '基本支出占本年支出合计的比重较上年回落0.64个百分点。', data: SHANGHAI, section: 'expenditure', name: '回落 is a fall' },
      { code: '项目支出由上年的1,506.56万元增加到1,601.09万元。', data: SHANGHAI, section: 'expenditure' },
      { code: '基本支出占比由上年的69.98%回落至69.34%。', data: SHANGHAI, section: 'expenditure' },
    ],
    invalid: [
      {
        code: '事业收入比上年增加1.40万元，增长8.2%，主要是博物馆文创和讲解服务收入增加；财政拨款收入与上年持平。', data: SICHUAN,
        errors: [{ ruleId: 'direction-mismatch', actual: '持平' }],
      },
      {
        code: '项目支出1,601.09万元，占比较上年降低0.64个百分点。', data: SHANGHAI, section: 'expenditure',
        errors: [{ ruleId: 'direction-mismatch', expected: '提高' }],
      },
      // 个百分点: the fix keeps the writer's word family — 下降 ↔ 上升, 降低 ↔ 提高, 减少 ↔ 增加, 回落 → 上升.
      { code: '项目支出1,601.09万元，占比较上年下降0.64个百分点。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '下降', expected: '提高' }] },
      { code: '项目支出1,601.09万元，占30.66%，比上年下降0.64个百分点。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '下降', expected: '提高' }] },
      // 由上年的 X 下降到 Y: the word between last year's figure and this year's is the direction of the change.
      { code: '项目支出占比由上年的30.02%下降到30.66%。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '下降到', expected: '提高到' }] },
      { code: '基本支出占比由上年的69.98%提高至69.34%。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '提高至', expected: '下降至' }] },
      { code: '项目支出由上年的1,506.56万元减少到1,601.09万元。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '减少到', expected: '增加到' }] },
      { code: '基本支出由上年的3,512.06万元降至3,620.80万元。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '降至', expected: '升至' }] },
      { code: '项目支出占比由上年的30.02%回落至30.66%。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '回落至', expected: '上升至' }], name: '回落至 is a fall to a figure, not a fall by it' },
      { code: '项目支出1,601.09万元，占比较上年减少0.64个百分点。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '减少', expected: '增加' }] },
      { code: '项目支出1,601.09万元，占比较上年回落0.64个百分点。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '回落', expected: '上升' }] },
      { code: '一般公共预算财政拨款支出5,209.44万元，占本年支出合计的99.76%，比上年降低0.05个百分点。', data: SHANGHAI, section: 'gpb', errors: [{ ruleId: 'direction-mismatch', actual: '降低', expected: '提高' }] },
      { code: '项目支出1,601.09万元，占比较上年下滑0.64个百分点。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '下滑', expected: '上升' }] },
      { code: '基本支出占本年支出合计的比重较上年上升0.64个百分点。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '上升', expected: '下降' }] },
      { code: '基本支出占本年支出合计的比重较上年提高0.64个百分点。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '提高', expected: '下降' }] },
      { code: '基本支出占本年支出合计的比重较上年增加0.64个百分点。', data: SHANGHAI, section: 'expenditure', errors: [{ ruleId: 'direction-mismatch', actual: '增加', expected: '减少' }] },
      // …and the family the document itself uses before its figures (blind 12L §3: 提高 restored as 上升 where the text says 提高/下降).
      {
        code: '基本支出占比较上年提高0.64个百分点；项目支出占比较上年下降0.64个百分点。', data: SHANGHAI, section: 'expenditure',
        name: 'the text pairs 提高 with 下降: each fixed to the other',
        errors: [{ ruleId: 'direction-mismatch', actual: '提高', expected: '下降' }, { ruleId: 'direction-mismatch', actual: '下降', expected: '提高' }],
      },
      {
        markdown: '## 一、收入支出决算总体情况说明\n\n本年收入合计5,221.89万元，比上年上升4.05%。\n\n## 三、支出决算情况说明\n\n项目支出1,601.09万元，占比较上年下降0.64个百分点。\n',
        data: SHANGHAI, name: '上升 used with a rate elsewhere is no evidence for points: the points\' own default',
        errors: [{ ruleId: 'direction-mismatch', actual: '下降', expected: '提高' }],
      },
      {
        markdown: '## 一、收入支出决算总体情况说明\n\n本年收入合计5,221.89万元，比上年下降4.05%。\n\n## 三、支出决算情况说明\n\n基本支出3,620.80万元，比上年上升3.10%。\n',
        data: SHANGHAI, name: 'a rate: 下降 fixed to the 上升 the document uses with its rates, not 增长',
        errors: [{ ruleId: 'direction-mismatch', actual: '下降', expected: '上升' }],
      },
    ],
  },
  // A rate goes with the change against its own base, not a 比年初预算 difference beside it.
  'change-rate-mismatch': {
    valid: [
      { code: '一般公共预算财政拨款支出1,421.33万元，比上年增加102.86万元，增长7.8%。年初预算1,394.82万元，决算数比年初预算增加26.51万元。', data: SICHUAN, section: 'gpb' },
    ],
    invalid: [
      {
        code: '一般公共预算财政拨款支出1,421.33万元，比上年增加102.86万元，增长7.3%。年初预算1,394.82万元，决算数比年初预算增加26.51万元。', data: SICHUAN, section: 'gpb',
        errors: [{ ruleId: 'change-rate-mismatch', expected: '7.8' }],
      },
    ],
  },
}, { section: 'income' });

// Blind round 4a (helpers' blind4 REPORT.md, false alarms 2, 3, 9–16): last year's figures named by 上年 and 由上年的 X 降至 Y,
// change verbs (多支出, 增减额为 with its sign, 差值为) and sums after a list (分别为 X、Y，合计 S; 两项合计占 P%).
// Seed: 收支总计 4,340.16 (2023: 4,694.00); 一般公共预算财政拨款支出 4,211.05 (2023: 4,674.00; 年初预算 4,791.75);
// 基本支出 3,153.47 (2023: 3,421.41); 财政拨款收入 −353.84, −7.54%.
ruleTester({
  'amount-mismatch': {
    valid: [
      { code: '上年收支总计为4,694.00万元。', section: 'overall', name: '上年 before the name: last year\'s figure (blind4 probe-60)' },
      { code: '上年一般公共预算财政拨款支出为4,674.00万元。本年为4,211.05万元，下降9.90%。', name: 'the next sentence is this year\'s again (probe-26)' },
      { code: '基本支出由上年的3,421.41万元降至3,153.47万元。', section: 'expenditure', name: '由上年的 X 降至 Y: X last year\'s, Y this year\'s (probe-57)' },
      { code: '换句话说，收、支总计均由上年的4,694.00万元降至4,340.16万元。', section: 'overall', name: 'q.md:5' },
      { code: '本年支出合计由上年的1,398.44万元增加到1,481.63万元。', data: SICHUAN, section: 'expenditure', name: 'probe-37' },
      { code: '去年的收支总计为4,694.00万元，同上年相比减少353.84万元。', section: 'overall' },
      { code: '行政运行、一般行政管理事务、机关服务、事业运行四个项的支出合计3,218.84万元。' },
    ],
    invalid: [
      { code: '上年收支总计为4,649.00万元。', section: 'overall', errors: [{ ruleId: 'amount-mismatch', expected: '4,694.00' }] },
      {
        // A total's name ending the list (支出合计) is the sum of the names before it, not 本年支出合计 (blind4 probe-15).
        code: '行政运行、一般行政管理事务、机关服务、事业运行四个项的支出合计3,281.84万元。',
        errors: [{ ruleId: 'amount-mismatch', expected: '3,218.84' }],
      },
      {
        // A和B合计: the sum of the names, not 其他收入's figure.
        code: '事业收入、其他收入合计为21.06万元。', data: SICHUAN, section: 'income',
        errors: [{ ruleId: 'amount-mismatch', expected: '21.60' }],
      },
      {
        code: '基本支出由上年的3,412.41万元降至3,153.47万元。', section: 'expenditure',
        errors: [{ ruleId: 'amount-mismatch', expected: '3,421.41', column: 9 }],
      },
      {
        code: '基本支出由上年的3,421.41万元降至3,135.47万元。', section: 'expenditure', name: 'the amount it came to is this year\'s',
        errors: [{ ruleId: 'amount-mismatch', expected: '3,153.47', column: 21 }],
      },
    ],
  },
  'change-mismatch': {
    valid: [
      { code: '一般公共预算财政拨款支出同比下降9.90%，即少支出462.95万元。', name: '少支出: a change verb (probe-02)' },
      { code: '一般公共预算财政拨款支出增长7.8%，即多支出102.86万元。', data: SICHUAN },
      { code: '财政拨款收入增减额为-353.84万元，增减率为-7.54%。', section: 'income', name: 'a signed change (probe-14)' },
      {
        code: '一般公共预算财政拨款支出决算4,211.05万元，年初预算为4,791.75万元，差值为580.70万元。',
        name: 'HLX18: the difference from the budget the sentence states (probe-38)',
      },
      { code: '一般公共预算财政拨款支出4,211.05万元，上年为4,674.00万元，差额为462.95万元。', name: 'the difference from last year\'s figure stated' },
      { code: '一般公共预算财政拨款支出决算数与年初预算数相差580.70万元。', name: 'the difference from the base a cue names' },
    ],
    invalid: [
      { code: '一般公共预算财政拨款支出同比下降9.90%，即少支出426.95万元。', errors: [{ ruleId: 'change-mismatch', expected: '462.95' }] },
      {
        code: '财政拨款收入增减额为-335.84万元，增减率为-7.54%。', section: 'income',
        errors: [{ ruleId: 'change-mismatch', expected: '353.84' }],
      },
      {
        code: '一般公共预算财政拨款支出决算4,211.05万元，年初预算为4,791.75万元，差值为508.70万元。',
        errors: [{ ruleId: 'change-mismatch', expected: '580.70' }],
      },
      { code: '一般公共预算财政拨款支出与上年相比差额为426.95万元。', errors: [{ ruleId: 'change-mismatch', expected: '462.95' }] },
    ],
  },
  'direction-mismatch': {
    valid: [{ code: '财政拨款收入变动额为-353.84万元。', section: 'income' }],
    invalid: [
      {
        // The sign is the direction: which of sign or figure is wrong, the writer knows — no fix.
        code: '财政拨款收入增减额为353.84万元，增减率为-7.54%。', section: 'income',
        errors: [{ ruleId: 'direction-mismatch', expected: '-353.84', actual: '353.84' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [
      { code: '财政拨款收入增减率为-7.54%。', section: 'income', name: 'a signed rate' },
      {
        // 合计 after a 其中 list adds the parts, not the whole they are parts of (blind 12L: 基本支出、人员经费、公用经费之和)
        code: '2024年度一般公共预算财政拨款基本支出3,153.47万元，其中：人员经费2,758.39万元、公用经费395.08万元，合计3,153.47万元。', section: 'basic',
        name: '合计 of the parts after 其中',
      },
    ],
    invalid: [
      {
        // This year's figure under last year's words: the year or the figure is the slip — never fixed to last year's.
        code: '上年收支总计为4,340.16万元。', section: 'overall',
        errors: [{ ruleId: 'unverified-figure', severity: 1 }],
      },
      {
        code: '一般公共预算财政拨款支出决算4,211.05万元，差值为580.70万元。', name: 'a difference with nothing stated to differ from',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '580.70' }],
      },
      {
        code: '一般公共预算财政拨款支出比上年减少462.95万元，年初预算为4,791.75万元，差值为580.70万元。', name: 'last year and a budget both named: a guess',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '580.70' }],
      },
      {
        // The amounts stated before 合计, with no count nor 分别 to say which: a guess, never wrong.
        code: '基本支出3,153.47万元、项目支出1,186.68万元，合计4,000.15万元。', section: 'expenditure',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '4,000.15' }],
      },
      {
        code: '2024年度一般公共预算财政拨款基本支出3,153.47万元，其中：人员经费2,758.39万元、公用经费395.08万元，合计3,135.47万元。', section: 'basic',
        name: 'a wrong 合计 after 其中: the parts\' sum is the reading offered, never the whole added to its parts',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3,135.47', message: /可能是人员经费、公用经费之和（数据为 3,153.47 万元）/u }],
      },
    ],
  },
  // A sum the words pin (A和B两项合计, 两项合计, 合计 after a 分别 list): checked as the sum of those names, and its share
  // of the whole named after 占 (or, with none named, the whole each name is a share of) — never the last name's figure.
  'share-mismatch': {
    valid: [
      { code: '事业收入和其他收入两项合计21.60万元，占本年收入合计的1.48%。', data: SICHUAN, section: 'income', name: 'CN-MOE24 两项合计' },
      { code: '基本支出3,153.47万元、项目支出1,186.68万元，两项合计占100.00%。', section: 'expenditure', name: 'CN-MOE24: the two items\' share (probe-41)' },
      {
        code: '事业收入与其他收入分别为18.40万元、3.20万元，合计21.60万元，占本年收入合计的1.48%。', data: SICHUAN, section: 'income',
        name: '合计 after 分别 (probe-48)',
      },
    ],
    invalid: [
      {
        code: '基本支出3,153.47万元、项目支出1,186.68万元，两项合计占90.00%。', section: 'expenditure',
        errors: [{ ruleId: 'share-mismatch', expected: '100.00' }],
      },
      {
        code: '事业收入与其他收入分别为18.40万元、3.20万元，合计12.60万元，占本年收入合计的1.84%。', data: SICHUAN, section: 'income',
        errors: [{ ruleId: 'amount-mismatch', expected: '21.60' }, { ruleId: 'share-mismatch', expected: '1.48' }],
      },
    ],
  },
}, { section: 'gpb' });

// Blind 11L B2/B3: last year's figure stated by its year with no 为 (经营收入2023年55.60万元，2024年48.20万元), in either
// order, and the first figure of 由 A 减少到 B with no year: never this year's (a --fix wrote this year's figure over it).
// Seed: 基本支出 3,153.47 (2023: 3,421.41), 72.66% of 本年支出合计 4,340.16 (2023: 72.89% of 4,694.00).
ruleTester({
  'amount-mismatch': {
    valid: [
      { code: '基本支出2023年3,421.41万元，2024年3,153.47万元，减少267.94万元，下降7.83%。', name: 'blind 11L tj-school:17' },
      { code: '基本支出2023年度3,421.41万元，2024年度3,153.47万元，减少267.94万元，下降7.83%。' },
      { code: '2024年度基本支出3,153.47万元，2023年度3,421.41万元，同比下降7.83%。', name: 'this year first (blind 11L nb p31)' },
      { code: '基本支出2024年3,153.47万元，2023年3,421.41万元，减少267.94万元。', name: 'the reversed order' },
      { code: '基本支出由3,421.41万元减少到3,153.47万元，下降7.83%。', name: '由 A 减少到 B with no year: A is what it came from' },
      { code: '基本支出从3,421.41万元降至3,153.47万元。' },
      { code: '截至2024年12月31日，基本支出3,153.47万元。', name: 'a date after the year is still a date' },
    ],
    invalid: [
      {
        code: '基本支出2023年3,412.41万元，2024年3,153.47万元。', name: 'last year\u2019s figure checked against last year\u2019s',
        errors: [{ ruleId: 'amount-mismatch', actual: '3,412.41', expected: '3,421.41' }],
      },
      {
        code: '基本支出2023年度3,421.41万元，2024年度3,135.47万元。',
        errors: [{ ruleId: 'amount-mismatch', actual: '3,135.47', expected: '3,153.47' }],
      },
      {
        code: '基本支出2024年3,153.47万元，2023年3,412.41万元。',
        errors: [{ ruleId: 'amount-mismatch', actual: '3,412.41', expected: '3,421.41' }],
      },
      {
        code: '基本支出由3,421.41万元减少到3,135.47万元。', name: 'what it came to is this year\u2019s',
        errors: [{ ruleId: 'amount-mismatch', actual: '3,135.47', expected: '3,153.47' }],
      },
      {
        code: '与上年相比，基本支出由3,412.41万元减少到3,153.47万元。', name: 'the sentence names last year as its base: an error of last year\u2019s',
        errors: [{ ruleId: 'amount-mismatch', actual: '3,412.41', expected: '3,421.41' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '基本支出从3,421.41万元减少为3,153.47万元。', name: 'with no base named, last year\u2019s figure agrees: verified' }],
    invalid: [
      {
        code: '基本支出由3,412.41万元减少到3,153.47万元。', name: 'with no year nor base the words do not say whose: unverified, never fixed to this year\u2019s',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3,412.41' }],
      },
    ],
  },
  'share-mismatch': {
    valid: [
      { code: '与上年相比，基本支出占比由72.89%下降至72.66%，降低0.23个百分点。', name: 'blind 11L jx p20' },
      { code: '基本支出占比由72.89%降低到72.66%。' },
    ],
    invalid: [
      {
        code: '与上年相比，基本支出占比由72.89%下降至72.56%。', name: 'this year\u2019s share after 下降至',
        errors: [{ ruleId: 'share-mismatch', actual: '72.56', expected: '72.66' }],
      },
      {
        code: '与上年相比，基本支出占比由72.98%下降至72.66%。', name: 'the share it came from is last year\u2019s',
        errors: [{ ruleId: 'share-mismatch', actual: '72.98', expected: '72.89' }],
      },
    ],
  },
}, { section: 'expenditure' });

// Blind 11L B4: 个百分点 worked out from the printed shares. Last year's 基本支出 3,457.20 of 4,729.80 is 73.0940%
// (printed 73.09%), this year's 72.6579% (72.66%): the exact difference −0.4361 gives 0.44, the printed 72.66 − 73.09
// gives 0.43 — both are right, neither is fixed. A value neither gives is wrong, and the message's arithmetic is true.
const PRINTED_SHARES = seedWith('    基本支出: 3,421.41', '    基本支出: 3,457.20');
ruleTester({
  'change-mismatch': {
    valid: [
      { code: '基本支出占本年支出合计的比重较上年下降0.44个百分点。', data: PRINTED_SHARES, name: 'from the exact shares' },
      { code: '基本支出占本年支出合计的比重较上年下降0.43个百分点。', data: PRINTED_SHARES, name: 'from the printed shares (72.66% − 73.09%)' },
      { code: '基本支出占本年支出合计的比重较上年下降0.4个百分点。', data: PRINTED_SHARES, name: 'one decimal' },
    ],
    invalid: [
      {
        code: '基本支出占本年支出合计的比重较上年下降0.45个百分点。', data: PRINTED_SHARES,
        errors: [{ ruleId: 'change-mismatch', actual: '0.45', expected: '0.44', message: /72\.658% − 73\.094% = −0\.436 个百分点/u }],
      },
      {
        code: '基本支出占本年支出合计的比重较上年下降0.42个百分点。', data: PRINTED_SHARES, name: 'a cent off the printed difference too',
        errors: [{ ruleId: 'change-mismatch', actual: '0.42', expected: '0.44' }],
      },
      {
        code: '基本支出占本年支出合计的比重较上年下降0.32个百分点。',
        errors: [{ ruleId: 'change-mismatch', actual: '0.32', expected: '0.23', message: /72\.66% − 72\.89% = −0\.23 个百分点/u }],
        name: 'the seed\u2019s shares: their printed arithmetic is true, two decimals shown',
      },
    ],
  },
}, { section: 'expenditure' });
