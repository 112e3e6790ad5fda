/**
 * share-mismatch and share-over-100: a share (占 X%) is the part over the
 * whole the sentence names — or the section's whole — rounded half-up to the
 * decimals stated; no share exceeds 100%.
 */
import { describe, expect, it } from 'vitest';
import { lintCase, ruleTester } from './tester.js';

const KIND_TABLE = (header: string, basic: string, basicShare: string, projectShare: string) => `## 三、支出决算情况说明

| ${header} |
| --- | --- | --- |
| 基本支出 | ${basic} | ${basicShare} |
| 项目支出 | 1,186.68 | ${projectShare} |
`;

const SPENDING_KINDS = '2024 年度支出合计 4,340.16 万元，其中：基本支出 3,153.47 万元，占 72.66%；项目支出 1,186.68 万元，占 27.34%；上缴上级支出 0 万元，占 0%；经营支出 0 万元，占 0%；对附属单位补助支出 0 万元，占 0%。';

ruleTester({
  'share-mismatch': {
    valid: [
      { code: '基本支出 3,153.47 万元，占 72.66%。' },
      { code: '基本支出 3,153.47 万元，占比 72.66%。' },
      { code: '基本支出 3,153.47 万元，占比为 72.7%。' },
      { code: '基本支出 3,153.47 万元，占本年支出合计的 72.66%。' },
      { code: '基本支出 3,153.47 万元，占支出合计 72.66%。' },
      { code: '基本支出 3,153.47 万元，所占比重为 72.66%。' },
      { code: '基本支出 3,153.47 万元，占 72.66 %。', name: 'a space before %' },
      { code: '基本支出 3,153.47 万元，占 ７２．６６％。' },
      { code: '基本支出占本年支出合计的 72.66%。' },
      { code: '基本支出 3,153.47 万元，占 73%。', name: 'no decimals' },
      { code: '基本支出 31,534,700 元，占 72.66%；项目支出 11,866,800 元，占 27.34%。' },
      { code: SPENDING_KINDS, name: 'the seed 三（一） frame, with 0 万元，占 0%' },
      { code: '上缴上级支出 0.00 万元，占 0.00%。' },
      { code: '2024 年度收入合计 4,340.16 万元，其中：财政拨款收入 4,340.16 万元，占 100%。', section: 'income' },
      { code: '财政拨款收入 4,340.16 万元，占收入合计的 100.00%。', section: 'income' },
      { code: '财政拨款收入 4,340.16 万元，占收入合计 100%。', section: 'income' },
      { code: '财政拨款收入 4,340.16 万元，占本年收入合计 4,340.16 万元的 100%。', section: 'income', name: 'the whole stated inline before 的' },
      { code: '一般公共预算财政拨款收入 4,211.05 万元，占 97.03%。', section: 'income' },
      { code: '2024 年度一般公共预算财政拨款支出 4,211.05 万元，占本年支出合计的 97.03%。', section: 'gpb' },
      { code: '一般公共预算财政拨款支出 4,211.05 万元，占本年支出合计 97.0%。', section: 'gpb' },
      { code: '一般公共服务（类）支出 3,218.84 万元，占 76.44%。', section: 'gpb' },
      { code: '社会保障和就业（类）支出 665.34 万元，占 15.8%。', section: 'gpb', name: 'trailing zero trimmed' },
      { code: '“社会保障和就业”665.34 万元，占 15.80%。', section: 'gpb' },
      { code: '卫生健康支出（类）113.6 万元，占 2.7%。', section: 'gpb' },
      { code: '住房保障（类）213.27 万元，占 5.06%。', section: 'gpb' },
      { code: '2024 年度一般公共预算财政拨款支出 4,211.05 万元，主要用于以下方面：一般公共服务（类）支出 3,218.84 万元，占 76.44%；社会保障和就业（类）支出 665.34 万元，占 15.8%；卫生健康（类）支出 113.6 万元，占 2.7%；住房保障（类）支出 213.27 万元，占 5.06%。', section: 'gpb' },
      { code: '“三公”经费支出决算为 49.7 万元，其中：因公出国（境）费 20.14 万元，占 40.52%；公务用车购置及运行维护费 17.24 万元，占 34.69%；公务接待费 12.32 万元，占 24.79%。', section: 'sanGong' },
      { code: '授予中小企业合同金额 0 万元，占政府采购支出总额的 0%。', section: 'procurement' },
      { code: '货物采购授予中小企业合同金额占货物支出金额的 0%，服务采购授予中小企业合同金额占服务支出金额的 0%。', section: 'procurement' },
      { code: '涵盖项目 3 个，涉及预算资金 2,003.7 万元，占部门市级预算项目支出总额的 100%。', section: 'performance' },
      { code: '经营收入 0 万元，附属单位上缴收入 0 万元，两项合计占 0%。', section: 'income' },
      { markdown: KIND_TABLE('项目 | 金额（万元） | 占比', '3,153.47', '72.66%', '27.34%'), name: 'GFM table: 项目 | 金额（万元） | 占比' },
      { markdown: KIND_TABLE('项目 | 金额（万元） | 占比（%）', '3153.47', '72.66', '27.34'), name: 'GFM table: bare percentages under 占比（%）' },
      { markdown: `${KIND_TABLE('项目 | 金额（万元） | 占比', '3,153.47', '72.66%', '27.34%')}| 合计 | 4,340.16 | 100% |\n`, name: 'GFM table with a 合计 row' },
    ],
    invalid: [
      { code: '人员经费 2,758.39 万元，占基本支出的 187.47%。', section: 'basic', errors: [{ ruleId: 'share-mismatch', actual: '187.47', expected: '87.47' }], name: 'over 100%, where the data can check it: compared with the data' },
      { code: '基本支出 3,153.47 万元，占 72.56%。', errors: [{ ruleId: 'share-mismatch', expected: '72.66', actual: '72.56', line: 3, column: 20 }] },
      { code: '    基本支出 3,153.47 万元，占 72.56%。', errors: [{ ruleId: 'share-mismatch', expected: '72.66', line: 3, column: 24 }], name: 'a paragraph indented four spaces (首行缩进 as spaces) is read, not skipped as code' },
      { code: '基本支出 3,153.47 万元，占比 72.8%。', errors: [{ ruleId: 'share-mismatch', expected: '72.7' }] },
      { code: '基本支出 3,153.47 万元，占本年支出合计的 27.34%。', errors: [{ ruleId: 'share-mismatch', expected: '72.66', column: 27 }] },
      { code: '基本支出 3,153.47 万元，占 ７２．５６％。', errors: [{ ruleId: 'share-mismatch', expected: '７２．６６' }] },
      { code: SPENDING_KINDS.replace('占 27.34%', '占 27.43%'), errors: [{ ruleId: 'share-mismatch', expected: '27.34' }] },
      { code: '一般公共预算财政拨款支出 4,211.05 万元，占本年支出合计的 97.3%。', section: 'gpb', errors: [{ ruleId: 'share-mismatch', expected: '97.0', column: 35 }] },
      { code: '社会保障和就业（类）支出 665.34 万元，占 15.08%。', section: 'gpb', errors: [{ ruleId: 'share-mismatch', expected: '15.80', column: 26 }] },
      { code: '“住房保障”213.27 万元，占 5.6%。', section: 'gpb', errors: [{ ruleId: 'share-mismatch', expected: '5.1' }] },
      { code: '财政拨款收入 4,340.16 万元，占 98%。', section: 'income', errors: [{ ruleId: 'share-mismatch', expected: '100' }] },
      { code: '基本支出 3,153.47 万元，占 172.66%。', errors: [{ ruleId: 'share-mismatch', expected: '72.66' }], name: 'a share over 100% that the data contradicts is one error, not two' },
      { code: '授予中小企业合同金额 0 万元，占政府采购支出总额的 10%。', section: 'procurement', errors: [{ ruleId: 'share-mismatch', expected: '0' }] },
      { code: '因公出国（境）费 20.14 万元，占 45.52%。', section: 'sanGong', errors: [{ ruleId: 'share-mismatch', expected: '40.52' }] },
      { markdown: KIND_TABLE('项目 | 金额（万元） | 占比', '3,153.47', '72.66%', '72.34%'), errors: [{ ruleId: 'share-mismatch', expected: '27.34', line: 6, column: 21 }] },
      { markdown: KIND_TABLE('项目 | 金额（万元） | 占比（%）', '3153.47', '72.66', '27.43'), errors: [{ ruleId: 'share-mismatch', expected: '27.34', line: 6 }] },
    ],
  },

  'share-over-100': {
    valid: [
      { code: '财政拨款收入 4,340.16 万元，占 100%。', section: 'income' },
      { code: '授予小微企业合同金额 48.57 万元，占政府采购支出总额的 100%。', section: 'procurement' },
    ],
    invalid: [
      { code: '国内接待费 12.32 万元，占 187.47%。', section: 'sanGong', errors: [{ ruleId: 'share-over-100', actual: '187.47', line: 3, column: 18 }], name: 'a share the data cannot check' },
      { code: '国内接待费 12.32 万元，占比 100.5%。', section: 'sanGong', errors: [{ ruleId: 'share-over-100', actual: '100.5' }] },
    ],
  },

  // 占财政拨款支出的 P% names its whole: one the reader does not know is no licence to divide by the usual one (blind7 p05, p91, p92).
  'unverified-figure': {
    valid: [
      { code: '基本支出 3,153.47 万元，占总额的 72.66%。', name: '占总额的 names no whole of its own: the usual one' },
      { code: '基本支出 3,153.47 万元，占 2024 年度本年支出合计的 72.66%。', name: 'a year inside the whole’s name' },
    ],
    invalid: [
      {
        code: '一般公共预算财政拨款支出 4,211.05 万元，占财政拨款支出的 100%。', section: 'gpb',
        name: '财政拨款支出 (公开04表) is not 本年支出合计 (97.03%): unverified, never “fixed” to the usual share',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '100' }],
      },
      {
        code: '基本支出 3,153.47 万元，占财政拨款支出的 74.89%。',
        name: 'another subject, the same named whole',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '74.89' }],
      },
      {
        code: '基本支出 3,153.47 万元，占财政拨款支出的 72.56%。',
        name: 'a wrong share of a whole the words name but the data does not hold: still unverified (which whole, only the writer knows)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '72.56' }],
      },
      {
        code: '基本支出 3,153.47 万元，占单位全年各项资金安排总规模的 72.66%。',
        name: 'a whole named by more words than are kept before a figure',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '72.66' }],
      },
      {
        code: '基本支出占项目支出的比重为 72.56%。',
        name: '占项目支出的比重: the 比重 after the whole keeps it — not a share of 本年支出合计 (72.66%) to be “fixed” to',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '72.56' }],
      },
      {
        code: '本年支出合计 4,340.16 万元，其中使用财政拨款收入安排的支出 4,211.05 万元，占 97.03%。',
        name: 'spending a source of income paid for (blind7 p95) is no figure of the income: neither its amount nor its share of 本年收入合计',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '4,211.05' }, { ruleId: 'unverified-figure', severity: 1, actual: '97.03' }],
      },
    ],
  },
}, { section: 'expenditure' });

/**
 * Last year's share stated before the points (基本支出所占比重较上年的 72.89% 下降 0.23 个百分点, blind 11L p09/p27):
 * the share is last year's (上年决算: 3,421.41 ÷ 4,694.01), the points the change from it — each checked.
 */
ruleTester({
  'share-mismatch': {
    valid: [
      { code: '基本支出所占比重较上年的72.89%下降0.23个百分点。' },
      { code: '基本支出比重比上年的72.89%下降0.23个百分点。' },
    ],
    invalid: [
      {
        code: '基本支出所占比重较上年的72.98%下降0.23个百分点。', name: 'last year\'s share mistyped',
        errors: [{ ruleId: 'share-mismatch', actual: '72.98', expected: '72.89' }],
      },
    ],
  },
  'change-mismatch': {
    valid: [{ code: '基本支出所占比重较上年的72.89%下降0.23个百分点。' }],
    invalid: [
      {
        code: '基本支出所占比重较上年的72.89%下降0.32个百分点。', name: 'the points mistyped',
        errors: [{ ruleId: 'change-mismatch', actual: '0.32', expected: '0.23' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '基本支出所占比重较上年的72.89%下降0.23个百分点。' }],
    invalid: [
      {
        code: '基本支出较上年的72.89%下降0.23个百分点。', name: 'no 比重 in the words: which rate of last year, the words do not say',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '72.89' }, { ruleId: 'unverified-figure', severity: 1, actual: '0.23' }],
      },
    ],
  },
}, { section: 'expenditure' });

/** 所占比例最大，为 X% (blind 11L p12): the share of the name before it, the superlative between. */
ruleTester({
  'share-mismatch': {
    valid: [
      { code: '“三公”经费中，因公出国（境）费所占比例最大，为40.52%；公务用车购置及运行维护费占34.69%，公务接待费占24.79%。' },
      { code: '因公出国（境）费占比最高，为40.52%；公务用车购置及运行维护费占34.69%，公务接待费占24.79%。' },
    ],
    invalid: [
      {
        code: '“三公”经费中，因公出国（境）费所占比例最大，为45.02%；公务用车购置及运行维护费占34.69%，公务接待费占24.79%。',
        errors: [{ ruleId: 'share-mismatch', actual: '45.02', expected: '40.52' }],
      },
    ],
  },
}, { section: 'sanGong' });

/**
 * Blind 13R §6: a share in words (近N成, N成多, 超过N成, 过半, 一半以上, 三分之二) is checked against the share by
 * any reading of the words — an error only where no reading covers it (近五成 for 72.66%), never fixed (the words
 * are the writer's). Seed: 基本支出 72.66%, 项目支出 27.34% of 本年支出合计.
 */
ruleTester({
  'share-mismatch': {
    valid: [
      { code: '基本支出3,153.47万元，占本年支出合计的七成多。' },
      { code: '基本支出3,153.47万元，占本年支出合计的近八成。', name: '近: up to ten points below' },
      { code: '基本支出3,153.47万元，占比超过七成。' },
      { code: '基本支出3,153.47万元，占本年支出合计的四分之三左右。' },
      { code: '基本支出3,153.47万元，占本年支出合计的三分之二以上。' },
      { code: '基本支出3,153.47万元，占本年支出合计的一半以上。' },
      { code: '项目支出1,186.68万元，占本年支出合计的近三成。' },
      { code: '项目支出1,186.68万元，占本年支出合计的不到三成。' },
      { code: '基本支出3,153.47万元，完成了预定的七成工作量。', name: 'no 占 before it: no share' },
      { code: '基本支出3,153.47万元，占本年支出合计的不到七成五。', name: '七成五 is 75%: not read as 七成' },
    ],
    invalid: [
      { code: '基本支出3,153.47万元，占本年支出合计的近五成。', errors: [{ ruleId: 'share-mismatch', actual: '近五成', column: 24 }], name: 'blind 13R d13: 近五成 for 89.35%' },
      { code: '项目支出1,186.68万元，占本年支出合计的一半以上。', errors: [{ ruleId: 'share-mismatch', actual: '一半以上' }] },
      { code: '基本支出3,153.47万元，占本年支出合计的九成以上。', errors: [{ ruleId: 'share-mismatch', actual: '九成以上' }] },
      { code: '项目支出1,186.68万元，占比超过三分之一。', errors: [{ ruleId: 'share-mismatch', actual: '超过三分之一' }] },
    ],
  },
}, { section: 'expenditure' });

describe('a share in words is never fixed (blind 13R §6)', () => {
  it('reports 近五成 for 72.66% with no fix', () => {
    const messages = lintCase({ code: '基本支出3,153.47万元，占本年支出合计的近五成。' }, { section: 'expenditure' });
    expect(messages.map((m) => m.ruleId)).toEqual(['share-mismatch']);
    expect(messages[0]!.fix).toBeUndefined();
  });
});

/**
 * A 项's share with its whole written out (占一般公共预算财政拨款支出的 P%): the 项 and the whole both named, the share
 * is a fact — 1,057.57 ÷ 4,211.05 = 25.11% (blind 14L §4b: only warned). With no whole named (占 P%) it may be of the
 * 类, the 款 or the total: still unverified.
 */
ruleTester({
  'share-mismatch': {
    valid: [
      { code: '一般行政管理事务（项）支出决算1,057.57万元，占一般公共预算财政拨款支出的25.11%。' },
      { code: '一般行政管理事务（项）。年初预算1,723.70万元，支出决算1,057.57万元，占一般公共预算财政拨款支出的25.1%。' },
    ],
    invalid: [
      {
        code: '一般行政管理事务（项）支出决算1,057.57万元，占一般公共预算财政拨款支出的52.11%。',
        errors: [{ ruleId: 'share-mismatch', actual: '52.11', expected: '25.11' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '一般行政管理事务（项）支出决算1,057.57万元，占一般公共预算财政拨款支出的25.11%。' }],
    invalid: [
      { code: '一般行政管理事务（项）支出决算1,057.57万元，占52.11%。', name: 'no whole named', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '52.11' }] },
    ],
  },
}, { section: 'gpb' });
