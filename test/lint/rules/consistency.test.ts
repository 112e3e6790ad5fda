/**
 * Text-only consistency, where the data cannot decide (a figure it lacks) or
 * is itself wrong (the seed's 十一): change-rate-inconsistent,
 * completion-rate-inconsistent, parts-sum-mismatch, shares-sum-mismatch,
 * subset-exceeds-superset. Valid cases are consistent texts, including ones
 * whose figures are rounded (亿元) or carry the tables' tail error (尾数误差).
 */
import { seedWith } from '../../helpers.js';
import { mutateSeed, ruleTester } from './tester.js';

/** The data lacks the previous year's 基本支出. */
const NO_PREVIOUS_BASIC = seedWith('    基本支出: 3,421.41', '    基本支出:');
/** The data lacks 机关运行经费's opening budget. */
const NO_OFFICE_BUDGET = mutateSeed((a) => {
  a.officeOperation!.openingBudget = undefined;
});
/** The data lacks 行政运行（项）'s opening budget. */
const NO_ITEM_BUDGET = seedWith('      2010301 行政运行: 1,796.83\n', '');
/** The data lacks the 国内公务接待 amount. */
const NO_DOMESTIC_RECEPTION = seedWith('      金额: 12.32\n', '');
/** The data lacks 公开03表's 基本支出 total (so neither its amount nor its share can be checked). */
const NO_BASIC_TOTAL = mutateSeed((a) => {
  (a.t03.total as Record<string, unknown>).basic = undefined;
});
/** 中小企业 48.57, of which 小微企业 48.57: a consistent 十一. */
const SME_CONSISTENT = seedWith('  授予中小企业合同金额: 0', '  授予中小企业合同金额: 48.57');

const KINDS = (basic: string, basicShare: string) => `2024 年度支出合计 4,340.16 万元，其中：基本支出 ${basic} 万元，占 ${basicShare}%；项目支出 1,186.68 万元，占 27.34%；上缴上级支出 0 万元，占 0%；经营支出 0 万元，占 0%；对附属单位补助支出 0 万元，占 0%。`;
const SEED_PROCUREMENT = '2024 年度政府采购支出总额 48.57 万元，其中：政府采购货物支出 21.51 万元、政府采购工程支出 0 万元、政府采购服务支出 27.06 万元。授予中小企业合同金额 0 万元，占政府采购支出总额的 0%，其中：授予小微企业合同金额 48.57 万元，占政府采购支出总额的 100%。';

ruleTester({
  'change-rate-inconsistent': {
    valid: [
      { code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 7.83%。' },
      { code: '机关运行经费支出 377.88 万元，比年初预算数减少 25.6 万元，下降 6.34%。', section: 'office' },
      { code: '2024 年度收、支总计均为 4,340.16 万元。与 2023 年度相比，收、支总计各减少 353.84 万元，下降 7.54%。', section: 'overall' },
    ],
    invalid: [
      {
        code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 7.38%。', data: NO_PREVIOUS_BASIC,
        // The data confirms 3,153.47 only: the change or the rate is wrong, the words do not say which.
        errors: [{ ruleId: 'change-rate-inconsistent', severity: 2, actual: undefined, line: 3, column: 6 }],
        name: 'no previous year in the data: 267.94 ÷ (3,153.47 + 267.94) = 7.83%, not 7.38% — the change or the rate, one error on both, no fix',
      },
      {
        code: '机关运行经费支出 377.88 万元，比年初预算数减少 25.6 万元，下降 6.43%。', section: 'office', data: NO_OFFICE_BUDGET,
        errors: [{ ruleId: 'change-rate-inconsistent', severity: 2, message: /年初预算为 403\.48 万元/u }],
        name: 'a change against the opening budget: the message names the budget, not 上年 (blind 17L §5)',
      },
    ],
  },

  'direction-conflict': {
    valid: [
      { code: '基本支出 3,153.47 万元，较上年减少 267.94 万元，下降 7.83%。', data: NO_PREVIOUS_BASIC, name: 'amount and rate the same way: consistent, verified from the text' },
    ],
    invalid: [
      {
        code: '基本支出 3,153.47 万元，较上年增加 267.94 万元，下降 7.83%。', data: NO_PREVIOUS_BASIC,
        errors: [{ ruleId: 'unverified-figure', severity: 1, column: 24 }, { ruleId: 'direction-conflict', severity: 2, actual: '增加…下降', column: 34 }, { ruleId: 'unverified-figure', severity: 1, column: 37 }],
        name: 'the amount\'s and the rate\'s words point opposite ways (blind test, sichuan-bad:9): a contradiction, no rate is computed for either',
      },
    ],
  },

  'completion-rate-inconsistent': {
    valid: [
      { code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。' },
      { code: '“三公”经费财政拨款支出全年预算为 49.70 万元，支出决算为 49.70 万元，完成全年预算的 100%。', section: 'sanGong' },
    ],
    invalid: [
      {
        code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 105.38%。', data: NO_ITEM_BUDGET,
        errors: [{ ruleId: 'completion-rate-inconsistent', severity: 2, actual: undefined, line: 3, column: 14 }],
        name: 'no opening budget in the data: 1,861.14 ÷ 1,796.83 = 103.58% — the budget or the rate, one error on both, no fix',
      },
      {
        code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 100%。', data: NO_ITEM_BUDGET,
        name: 'the rate written is said once (文中写的是 100%), then named by what it is, not repeated (“100%…100%”)',
        errors: [{
          ruleId: 'completion-rate-inconsistent',
          message: /^行政运行（2010301）的数字互不相符：1,861\.14 ÷ 1,796\.83 = 103\.58%，文中写的是 100%。年初预算 1,796\.83 万元、完成率中至少有一个数字有误/u,
        }],
      },
    ],
  },

  'parts-sum-mismatch': {
    valid: [
      { code: '本年支出合计 4,340.16 万元，其中：基本支出 3,153.47 万元，项目支出 1,186.68 万元。', name: 'the seed’s tail error: 3,153.47 + 1,186.68 = 4,340.15' },
      { code: '2024 年度支出合计 0.43 亿元，其中：基本支出 0.32 亿元，项目支出 0.12 亿元，上缴上级支出 0 亿元，经营支出 0 亿元，对附属单位补助支出 0 亿元。', name: 'rounded 亿元: 0.32 + 0.12 ≠ 0.43 exactly, but within rounding' },
      { code: '公务接待费 12.32 万元，其中：国内接待费 12.32 万元，国（境）外接待费 0 万元。', section: 'sanGong' },
      { code: '公务用车购置及运行维护费 17.24 万元，其中：公务用车购置费 0 万元，公务用车运行维护费 17.24 万元。', section: 'sanGong' },
      { code: '“三公”经费支出决算为 49.7 万元，其中：因公出国（境）费 20.14 万元，公务用车购置及运行维护费 17.24 万元，公务接待费 12.32 万元。', section: 'sanGong' },
      { code: '2024 年度政府采购支出总额 48.57 万元，其中：政府采购货物支出 21.51 万元、政府采购工程支出 0 万元、政府采购服务支出 27.06 万元。', section: 'procurement' },
      { code: '2024 年度一般公共预算财政拨款基本支出决算 3,153.47 万元，包括人员经费和公用经费，其中：人员经费 2,758.39 万元，公用经费 395.08 万元。', section: 'basic' },
    ],
    invalid: [
      {
        code: '公务接待费 12.32 万元，其中：国内接待费 21.32 万元，国（境）外接待费 0 万元。', section: 'sanGong', data: NO_DOMESTIC_RECEPTION,
        // The data confirms 12.32 and 0: the part it lacks is the wrong one.
        errors: [{ ruleId: 'parts-sum-mismatch', actual: '21.32', line: 3, column: 25 }],
      },
      {
        code: '2024 年度支出合计 4,340.16 万元，其中：基本支出 3,135.47 万元，项目支出 1,186.68 万元，上缴上级支出 0 万元，经营支出 0 万元，对附属单位补助支出 0 万元。', data: NO_BASIC_TOTAL,
        errors: [{ ruleId: 'parts-sum-mismatch', actual: '3,135.47', column: 33 }],
        name: 'the data confirms the whole and every part but 基本支出: the error is on 基本支出, not on the whole',
      },
    ],
  },

  'shares-sum-mismatch': {
    valid: [
      { code: KINDS('3,153.47', '72.66') },
      { code: KINDS('3,153.47', '72.7').replace('27.34%', '27.3%'), name: 'one decimal' },
      { code: '2024 年度一般公共预算财政拨款支出 4,211.05 万元，主要用于以下方面：一般公共服务（类）支出 3,218.84 万元，占 76.44%；社会保障和就业（类）支出 665.34 万元，占 15.8%；卫生健康（类）支出 113.6 万元，占 2.7%；住房保障（类）支出 213.27 万元，占 5.06%。', section: 'gpb', name: 'sums to 100.00 only within rounding' },
    ],
    invalid: [
      {
        code: KINDS('3,153.47', '62.66'), data: NO_BASIC_TOTAL,
        // 3,153.47 is checked by the parts summing to the whole; its share 62.66% by nothing but the sum of shares.
        errors: [{ ruleId: 'share-inconsistent', severity: 2, column: 47 }, { ruleId: 'shares-sum-mismatch', severity: 2, line: 3 }],
        name: 'shares that add up to 90%',
      },
    ],
  },

  'subset-exceeds-superset': {
    valid: [
      { code: SEED_PROCUREMENT.replace('中小企业合同金额 0 万元，占政府采购支出总额的 0%', '中小企业合同金额 48.57 万元，占政府采购支出总额的 100%'), section: 'procurement', data: SME_CONSISTENT },
      { code: '授予中小企业合同金额 48.57 万元，其中：授予小微企业合同金额 48.57 万元。', section: 'procurement', data: SME_CONSISTENT },
    ],
    invalid: [
      { code: SEED_PROCUREMENT, section: 'procurement', errors: [{ ruleId: 'subset-exceeds-superset', actual: '48.57', line: 3, column: 123 }], name: 'the seed’s own 十一 (小微 48.57 of 中小 0)' },
      { code: '授予中小企业合同金额 0 万元，其中：授予小微企业合同金额 48.57 万元。', section: 'procurement', errors: [{ ruleId: 'subset-exceeds-superset', actual: '48.57' }] },
      { code: '授予中小微企业合同金额 0 万元，其中：授予小微企业合同金额 48.57 万元。', section: 'procurement', errors: [{ ruleId: 'subset-exceeds-superset', actual: '48.57' }], name: '中小微企业 for 中小企业' },
    ],
  },
}, { section: 'expenditure' });
