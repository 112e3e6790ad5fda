/**
 * amount-mismatch and budget-mismatch: an amount (this year's, the previous
 * year's stated inline, or a budget) is the data's figure rounded half-up to
 * the precision and unit it is written in — 万元, 元 or 亿元, with or without
 * separators, full-width, trimmed trailing zeros, split across source lines.
 */
import { Decimal } from '../../../src/data/amount.js';
import { seedWith } from '../../helpers.js';
import { mutateSeed, ruleTester } from './tester.js';

const KIND_TABLE = (caption: string, header: string, basic: string) => `## 三、支出决算情况说明
${caption}
| ${header} |
| --- | --- | --- |
| 基本支出 | ${basic} | 72.66% |
| 项目支出 | 1,186.68 | 27.34% |
`;

ruleTester({
  'amount-mismatch': {
    valid: [
      // 万元, the norm, and the ways it is written
      { code: '基本支出 3,153.47 万元。' },
      { code: '基本支出 3153.47 万元。' },
      { code: '基本支出3153.47万元。' },
      { code: '基本支出 ３，１５３．４７万元。' },
      { code: '基本支出３１５３．４７万元。' },
      { code: '基本支出 3,153.5 万元。', name: 'one decimal: 3,153.47 rounded half-up' },
      // A figure within its own rounding stays right in a document of 0.01 (blind5 A08: 86.4 for 86.40 万元).
      { code: '本年支出合计 4,340.16 万元，其中：基本支出 3,153.5 万元，项目支出 1,186.68 万元。' },
      { code: '2024 年度一般公共预算财政拨款基本支出 3,153.47 万元，其中：人员经费 2,758.39 万元，公用经费 395.1 万元。', section: 'basic' },
      // 元 and 亿元
      { code: '基本支出 31,534,700 元。' },
      { code: '基本支出 31534700元。' },
      { code: '基本支出 31,534,700.00 元。' },
      { code: '基本支出 0.315347 亿元。' },
      { code: '基本支出 0.32 亿元。' },
      // 千元 (blind 11L p28: a unit of real tables, which import reads too)
      { code: '基本支出 31,534.70 千元。' },
      { code: '基本支出31,534.7千元。' },
      { code: '人员经费 27,583,900 元，公用经费 3,950,800 元。', section: 'basic' },
      { code: '2024 年度机关运行经费支出 3,778,800 元。', section: 'office' },
      // zero
      { code: '上缴上级支出 0 万元。' },
      { code: '上缴上级支出 0.00 万元。' },
      { code: '上缴上级支出 0 元。' },
      { code: '经营支出为 0 万元。' },
      // Markdown and PDF artefacts: emphasis, a figure or a name split across two source lines
      { code: '基本支出 **3,153.47 万元**。' },
      { code: '基本支出 **3,153.47** 万元。' },
      // __…__ between CJK characters is no emphasis to CommonMark, its underscores stay text: still the figure and its unit (blind 12L)
      { code: '基本支出__3,153.47__万元。' },
      { code: '基本支出__3,153.47万元__。' },
      { code: '基本支出_3,153.47_万元。' },
      { code: '基本支出 3,153.\n47 万元。' },
      { code: '基本\n支出 3,153.47 万元。' },
      { code: '基本支出\n3,153.47 万元。' },
      // totals
      { code: '2024 年度支出合计 4,340.16 万元。' },
      { code: '本年支出合计 4,340.16 万元，其中：基本支出 3,153.47 万元，项目支出 1,186.68 万元。' },
      { code: '2024 年度收、支总计均为 4,340.16 万元。', section: 'overall' },
      { code: '2024 年度收入总计 4,340.16 万元，支出总计 4,340.16 万元。', section: 'overall' },
      { code: '2024 年度收入支出总计 4,340.16 万元。', section: 'overall' },
      { code: '本年收入合计 4,340.16 万元，其中：财政拨款收入 4,340.16 万元。', section: 'income' },
      { code: '财政拨款收入 4340.16万元。', section: 'income' },
      { code: '本年收入合计 4,340.16 万元，其中：一般公共预算财政拨款收入 4,211.05 万元，政府性基金预算财政拨款收入 129.11 万元。', section: 'income' },
      { code: '2024 年度财政拨款收、支总计均为 4,340.16 万元。', section: 'fiscal' },
      // the previous year's figure stated inline (比 2023 年的 X 万元), with trailing zeros kept or trimmed
      { code: '收支总计比 2023 年的 4,694.00 万元减少 353.84 万元。', section: 'overall' },
      { code: '比上年的 4,694 万元减少 353.84 万元。', section: 'overall' },
      { code: '基本支出 3,153.47 万元，较上年 3,421.41 万元减少 267.94 万元。' },
      // 一般公共预算: classes and 项 named every way prose names them
      { code: '2024 年度一般公共预算财政拨款支出 4,211.05 万元。', section: 'gpb' },
      { code: '一般公共服务（类）支出 3,218.84 万元。', section: 'gpb' },
      { code: '一般公共服务支出（类）3,218.84 万元。', section: 'gpb' },
      { code: '一般公共服务(类)支出 3,218.84 万元。', section: 'gpb' },
      { code: '“一般公共服务”3,218.84 万元。', section: 'gpb' },
      { code: '住房保障支出 213.27 万元。', section: 'gpb' },
      { code: '卫生健康（类）支出 113.6 万元。', section: 'gpb' },
      { code: '卫生健康（类）支出 113.60 万元。', section: 'gpb' },
      { code: '行政运行（项）支出决算为 1,861.14 万元。', section: 'gpb' },
      { code: '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为 1,796.83 万元，支出决算为 1,861.14 万元。', section: 'gpb' },
      { code: '一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)。年初预算为 1,796.83 万元，支出决算为 1,861.14 万元。', section: 'gpb' },
      { code: '一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为 1,796.83 万元。', section: 'gpb' },
      { code: '“一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”1,861.14 万元。', section: 'gpb' },
      { code: '政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元。', section: 'gpb' },
      { code: '一般公共服务支出政府办公厅（室）及相关机构事务行政运行年初预算为 1,796.83 万元，支出决算为 1,861.14 万元。', section: 'gpb' },
      { code: '行政运行年初预算为 1796.83 万元，支出决算为 1861.14 万元。', section: 'gpb' },
      { code: '住房公积金（项）年初预算为 198.02 万元，支出决算为 213.27 万元。', section: 'gpb' },
      { code: '行政运行（项）年初预算为 17,968,300 元，支出决算为 18,611,400 元。', section: 'gpb' },
      { code: '行政运行（项）支出决算为 1,861.14 万元，年初预算为 1,796.83 万元。', section: 'gpb', name: 'actual before budget' },
      // 基本支出 (六), 政府性基金 (七)
      { code: '2024 年度一般公共预算财政拨款基本支出决算 3,153.47 万元。', section: 'basic' },
      { code: '2024 年度一般公共预算财政拨款基本支出决算 3,153.47 万元，包括人员经费和公用经费，其中：人员经费 2,758.39 万元，公用经费 395.08 万元。', section: 'basic' },
      { code: '2024 年度政府性基金预算财政拨款年初结转和结余 0 万元，本年收入 129.11 万元，本年支出 129.11 万元，年末结转和结余 0 万元。', section: 'govFund' },
      // 三公
      { code: '“三公”经费财政拨款支出决算为 49.7 万元。', section: 'sanGong' },
      { code: '“三公”经费支出决算为 49.7 万元，其中：因公出国（境）费 20.14 万元，公务用车购置及运行维护费 17.24 万元，公务接待费 12.32 万元。', section: 'sanGong' },
      { code: '因公出国（境）费用 20.14 万元。', section: 'sanGong' },
      { code: '因公出国（境）经费支出 20.14 万元。', section: 'sanGong' },
      { code: '公务用车购置及运行费 17.24 万元。', section: 'sanGong' },
      { code: '公务用车购置及运行维护费 17.24 万元，其中：公务用车购置费 0 万元，公务用车运行维护费 17.24 万元。', section: 'sanGong' },
      { code: '公车运行费 17.24 万元。', section: 'sanGong' },
      { code: '国内接待费 12.32 万元。', section: 'sanGong' },
      { code: '国内公务接待支出 12.32 万元。', section: 'sanGong' },
      { code: '国内公务接待支出 12.32 万。', section: 'sanGong', name: '万 without 元 (SH-PT-ENV25)' },
      { code: '国（境）外接待费 0 万元。', section: 'sanGong' },
      { code: '公务接待 12.32 万元。', section: 'sanGong' },
      { code: '公务用车运行维护 17.24 万元。', section: 'sanGong' },
      { code: '公务用车购置及运行维护经费 17.24 万元。', section: 'sanGong' },
      { code: '公务用车购置及运行维护 17.24 万元，其中公务用车购置 0 万元，公务用车运行维护 17.24 万元。', section: 'sanGong' },
      // 机关运行经费, 政府采购, 绩效
      { code: '2024 年度机关运行经费支出 377.88 万元。', section: 'office' },
      { code: '2024 年度政府采购支出总额 48.57 万元，其中：政府采购货物支出 21.51 万元、政府采购工程支出 0 万元、政府采购服务支出 27.06 万元。', section: 'procurement' },
      { code: '政府采购总支出 48.57 万元。', section: 'procurement' },
      { code: '授予中小微企业合同金额 0 万元。', section: 'procurement' },
      { code: '涉及预算资金 2,003.7 万元。', section: 'performance' },
      { code: '办公室业务运行项目全年预算数为 1,760.7 万元，执行数为 1,021.11 万元。', section: 'performance' },
      { markdown: KIND_TABLE('', '项目 | 金额（万元） | 占比', '3,153.47'), name: 'GFM table, unit in the header' },
      { markdown: KIND_TABLE('\n单位：万元\n', '项目 | 金额 | 占比', '3,153.47'), name: 'GFM table, unit in a caption line' },
    ],
    invalid: [
      { code: '基本支出 3,135.47 万元。', errors: [{ ruleId: 'amount-mismatch', expected: '3,153.47', actual: '3,135.47', line: 3, column: 6 }] },
      // A digit too many past the cent: the right figure to two decimals, never 3,153.470 (blind 14R: 应为 681,765.08000).
      { code: '基本支出 3,153.471 万元。', errors: [{ ruleId: 'amount-mismatch', expected: '3,153.47', actual: '3,153.471' }] },
      { code: '基本支出 3,135.4712 万元。', errors: [{ ruleId: 'amount-mismatch', expected: '3,153.47', actual: '3,135.4712' }] },
      { code: '基本支出 3135.47万元。', errors: [{ ruleId: 'amount-mismatch', expected: '3153.47' }] },
      { code: '基本支出 31,534,000 元。', errors: [{ ruleId: 'amount-mismatch', expected: '31,534,700' }] },
      { code: '基本支出 0.3135 亿元。', errors: [{ ruleId: 'amount-mismatch', expected: '0.3153' }] },
      { code: '基本支出 31,354.70 千元。', errors: [{ ruleId: 'amount-mismatch', actual: '31,354.70', expected: '31,534.70' }] },
      { code: '基本支出 ３，１３５．４７万元。', errors: [{ ruleId: 'amount-mismatch', expected: '３，１５３．４７' }] },
      { code: '基本支出 3,135.\n47 万元。', errors: [{ ruleId: 'amount-mismatch', expected: '3,153.47', line: 3, column: 6 }] },
      { code: '基本支出 **3,135.47** 万元。', errors: [{ ruleId: 'amount-mismatch', expected: '3,153.47', column: 8 }] },
      { code: '基本支出__3,135.47__万元。', errors: [{ ruleId: 'amount-mismatch', expected: '3,153.47', column: 7 }] },
      { code: '基本支出 3,153.47 万元，占 72.66%，项目支出 1,168.68 万元。', errors: [{ ruleId: 'amount-mismatch', expected: '1,186.68', column: 32 }] },
      { code: '上缴上级支出 10 万元。', errors: [{ ruleId: 'amount-mismatch', expected: '0' }] },
      { code: '2024 年度收入总计 4,340.16 万元，支出总计 4,304.16 万元。', section: 'overall', errors: [{ ruleId: 'amount-mismatch', expected: '4,340.16', column: 30 }] },
      { code: '2024 年度财政拨款收、支总计均为 4,430.16 万元。', section: 'fiscal', errors: [{ ruleId: 'amount-mismatch', expected: '4,340.16' }] },
      { code: '收支总计比 2023 年的 4,649.00 万元减少 353.84 万元。', section: 'overall', errors: [{ ruleId: 'amount-mismatch', expected: '4,694.00' }] },
      // A fix replaces a wrong figure: it is written to the decimals the document states amounts in, not to the
      // wrong figure's own (blind5 A08, A12: 86.4 for 83.85 fixed to 83.9, 8.6 for 8.06 fixed to 8.1).
      {
        code: '本年支出合计 4,340.16 万元，其中：基本支出 3,135.5 万元，项目支出 1,186.68 万元。',
        errors: [{ ruleId: 'amount-mismatch', expected: '3,153.47' }],
      },
      {
        code: '2024 年度一般公共预算财政拨款基本支出 3,153.47 万元，其中：人员经费 2,758.39 万元，公用经费 395.8 万元。', section: 'basic',
        errors: [{ ruleId: 'amount-mismatch', expected: '395.08' }],
      },
      // a document that writes its amounts to 0.1 keeps them so
      { code: '本年支出合计 4,340.2 万元，其中：基本支出 3,135.5 万元，项目支出 1,186.7 万元。', errors: [{ ruleId: 'amount-mismatch', expected: '3,153.5' }] },
      { code: '一般公共服务（类）支出 3,218.48 万元。', section: 'gpb', errors: [{ ruleId: 'amount-mismatch', expected: '3,218.84', column: 13 }] },
      { code: '“卫生健康”131.6 万元。', section: 'gpb', errors: [{ ruleId: 'amount-mismatch', expected: '113.6' }] },
      { code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,816.14 万元。', section: 'gpb', errors: [{ ruleId: 'amount-mismatch', expected: '1,861.14', column: 32 }] },
      { code: '行政运行（项）年初预算为 17,968,300 元，支出决算为 18,161,400 元。', section: 'gpb', errors: [{ ruleId: 'amount-mismatch', expected: '18,611,400' }] },
      { code: '人员经费 2,785.39 万元。', section: 'basic', errors: [{ ruleId: 'amount-mismatch', expected: '2,758.39' }] },
      { code: '2024 年度政府性基金预算财政拨款本年收入 129.11 万元，本年支出 192.11 万元。', section: 'govFund', errors: [{ ruleId: 'amount-mismatch', expected: '129.11' }] },
      { code: '“三公”经费支出决算为 49.7 万元，其中：因公出国（境）费 20.14 万元，公务用车购置及运行维护费 17.24 万元，公务接待费 21.32 万元。', section: 'sanGong', errors: [{ ruleId: 'amount-mismatch', expected: '12.32', column: 70 }] },
      { code: '2024 年度机关运行经费支出 387.88 万元。', section: 'office', errors: [{ ruleId: 'amount-mismatch', expected: '377.88', column: 17 }] },
      { code: '公务接待 21.32 万元。', section: 'sanGong', errors: [{ ruleId: 'amount-mismatch', expected: '12.32' }] },
      { code: '政府采购总支出 84.57 万元。', section: 'procurement', errors: [{ ruleId: 'amount-mismatch', expected: '48.57' }] },
      { code: '2024 年度政府采购支出总额 48.57 万元，其中：政府采购货物支出 12.51 万元。', section: 'procurement', errors: [{ ruleId: 'amount-mismatch', expected: '21.51' }] },
      { code: '办公室业务运行项目全年预算数为 1,760.7 万元，执行数为 1,012.11 万元。', section: 'performance', errors: [{ ruleId: 'amount-mismatch', expected: '1,021.11' }] },
      { markdown: KIND_TABLE('', '项目 | 金额（万元） | 占比', '3,135.47'), errors: [{ ruleId: 'amount-mismatch', expected: '3,153.47', line: 5, column: 10 }] },
      { markdown: KIND_TABLE('\n单位：万元\n', '项目 | 金额 | 占比', '3,135.47'), errors: [{ ruleId: 'amount-mismatch', expected: '3,153.47', line: 7 }] },
    ],
  },

  'budget-mismatch': {
    valid: [
      { code: '一般公共预算财政拨款支出年初预算为 4,791.75 万元。', section: 'gpb' },
      { code: '行政运行（项）年初预算为 1,796.83 万元。', section: 'gpb' },
      { code: '一般行政管理事务（项）年初预算为 1,723.7 万元。', section: 'gpb', name: 'trailing zero trimmed' },
      { code: '行政运行（项）年初预算为 17,968,300 元。', section: 'gpb' },
      { code: '城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项）。年初预算为 280 万元，支出决算为 129.11 万元。', section: 'govFund' },
      { code: '2024 年度财政拨款“三公”经费支出全年预算为 49.7 万元。', section: 'sanGong' },
      { code: '因公出国（境）费全年预算为 20.14 万元。', section: 'sanGong' },
      { code: '公务接待费全年预算为 12.32 万元，支出决算为 12.32 万元。', section: 'sanGong' },
      { code: '办公室业务运行项目全年预算数为 1,760.7 万元。', section: 'performance' },
    ],
    invalid: [
      { code: '2024 年度一般公共预算财政拨款支出年初预算为 4,719.75 万元。', section: 'gpb', errors: [{ ruleId: 'budget-mismatch', expected: '4,791.75', column: 26 }] },
      { code: '行政运行（项）年初预算为 1,769.83 万元，支出决算为 1,861.14 万元。', section: 'gpb', errors: [{ ruleId: 'budget-mismatch', expected: '1,796.83', column: 14 }] },
      { code: '一般行政管理事务（项）年初预算为 1,723.07 万元。', section: 'gpb', errors: [{ ruleId: 'budget-mismatch', expected: '1,723.70' }] },
      // a document that keeps its zeros (0.00) writes 1,723.70 as the slip's own decimals give it exactly
      {
        code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.14 万元；一般行政管理事务（项）年初预算为 1,732.7 万元。上缴上级支出 0.00 万元。',
        section: 'gpb', errors: [{ ruleId: 'budget-mismatch', expected: '1,723.7' }],
      },
      { code: '行政运行（项）年初预算为 17,698,300 元。', section: 'gpb', errors: [{ ruleId: 'budget-mismatch', expected: '17,968,300' }] },
      { code: '“三公”经费财政拨款支出全年预算为 47.9 万元，支出决算为 49.7 万元。', section: 'sanGong', errors: [{ ruleId: 'budget-mismatch', expected: '49.7', column: 19 }] },
      { code: '办公室业务运行项目全年预算数为 1,670.7 万元。', section: 'performance', errors: [{ ruleId: 'budget-mismatch', expected: '1,760.7' }] },
    ],
  },
}, { section: 'expenditure' });

/**
 * A unit stated once for the prose after it (blind5 B13): （单位：万元，下同） makes the bare amounts after it, to the
 * end of the section, amounts in 万元; a line 单位：万元 alone, those of the paragraph right after it. They are then
 * checked like any amount the words pin. Nothing else makes a bare number an amount: before the statement, in
 * another section, or after a table the unit line captioned, it stays unverified; a rate missing its % stays one.
 */
const STATED_ONCE = '2024 年度支出合计 4,340.16 万元（单位：万元，下同）。其中：基本支出 3,153.47，占 72.66%；项目支出 1,186.68，占 27.34%。';
const UNIT_LINE = (paragraph: string) => `## 三、支出决算情况说明\n\n单位：万元\n\n${paragraph}\n`;
ruleTester({
  'amount-mismatch': {
    valid: [
      { code: STATED_ONCE, name: 'blind5 B13: the bare amounts after （单位：万元，下同）' },
      { code: `${STATED_ONCE}\n\n与上年相比，基本支出减少 267.94，下降 7.83%。`, name: '下同 goes on to the section’s next paragraph' },
      { markdown: UNIT_LINE('2024 年度支出合计 4,340.16，其中：基本支出 3,153.47，占 72.66%。'), name: 'a line 单位：万元 before the paragraph' },
    ],
    invalid: [
      { code: STATED_ONCE.replace('3,153.47', '3,135.47'), errors: [{ ruleId: 'amount-mismatch', expected: '3,153.47', actual: '3,135.47' }] },
      { markdown: UNIT_LINE('2024 年度支出合计 4,340.16，其中：基本支出 3,135.47。'), errors: [{ ruleId: 'amount-mismatch', expected: '3,153.47', actual: '3,135.47' }] },
    ],
  },
  'unverified-figure': {
    valid: [{ code: `${STATED_ONCE}\n\n| 项目 | 金额 |\n| --- | --- |\n| 基本支出 | 3,153.47 |\n`, name: 'a table under 下同 reads its own unit; its bare amount is the caption’s, here 下同 does not undo it' }],
    invalid: [
      {
        code: '基本支出 3,153.47，占 72.66%（单位：万元，下同）。', name: 'a figure before the statement is not governed by it',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3,153.47' }],
      },
      {
        markdown: `${UNIT_LINE('基本支出 3,153.47。')}\n项目支出 1,186.68。\n`, name: 'a unit line governs only the paragraph right after it',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1,186.68' }],
      },
      {
        markdown: `## 三、支出决算情况说明\n\n${STATED_ONCE}\n\n## 六、一般公共预算财政拨款基本支出决算情况说明\n\n人员经费 2,758.39。\n`, name: '下同 ends with its section',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '2,758.39' }],
      },
    ],
  },
  'rate-unit-missing': {
    valid: [{ code: `${STATED_ONCE}与上年相比，基本支出减少 267.94，下降 7.83%。` }],
    invalid: [
      {
        code: `${STATED_ONCE}与上年相比，基本支出减少 267.94，下降 7.83。`, name: 'a rate missing its % is still a rate, not an amount in 万元',
        errors: [{ ruleId: 'rate-unit-missing', expected: '7.83%' }],
      },
    ],
  },
}, { section: 'expenditure' });

/**
 * 外宾接待支出 inside 公务接待费 (SH-PT-ENV25: 国内公务接待支出 X 万元（含外宾接待支出 0 万元）). The data holds the
 * foreign-affairs receptions' batches and persons, not their cost; where there were none (外事批次 0), or no domestic
 * reception cost at all, the cost is 0 — checked. Where there were some, the cost is unknown: unverified, never a guess.
 */
const FOREIGN_AFFAIRS_HELD = seedWith('      外事批次: 0\n', '      外事批次: 2\n');
ruleTester({
  'amount-mismatch': {
    valid: [
      { code: '公务接待费 12.32 万元，其中：国内公务接待支出 12.32 万元（含外宾接待支出 0 万元），接待 27 批次、621 人次。' },
      { code: '国内公务接待支出 12.32 万元，其中：外宾接待支出 0 万元。' },
      { code: '国内公务接待支出12.32万元（含外宾接待支出0万元）。其中：接待外宾0批次、0人次。' },
      { code: '公务接待费 12.32 万元（含外事接待费 0 万元）。' },
    ],
    invalid: [
      { code: '国内公务接待支出 12.32 万元（含外宾接待支出 1.5 万元）。', errors: [{ ruleId: 'amount-mismatch', expected: '0', actual: '1.5' }] },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '国内公务接待支出 12.32 万元，其中接待外宾 2 批次。', data: FOREIGN_AFFAIRS_HELD }],
    invalid: [
      {
        code: '国内公务接待支出 12.32 万元（含外宾接待支出 1.5 万元）。', data: FOREIGN_AFFAIRS_HELD, name: 'receptions held: their cost is not in the data',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1.5', message: /外事接待/u }],
      },
    ],
  },
}, { section: 'sanGong' });

/**
 * A department with no 政府性基金 (公开07表 本表无数据): 年末结转和结余 in 二 with no scope word is 公开01表's line —
 * the fund's balance, which it has none of, is no reading that leaves it a guess (blind 14L §4a: only warned).
 * With the fund's table holding figures, the fund's balance stays a reading outside 七.
 */
const BALANCES_NO_FUND = mutateSeed((a) => {
  a.t01.income.openingBalance = new Decimal('205.30');
  a.t01.expenditure.closingBalance = new Decimal('148.85');
  a.t07 = { total: Object.fromEntries(Object.keys(a.t07.total).map((k) => [k, new Decimal(0)])) as typeof a.t07.total, rows: [], noData: true };
});
const BALANCES_WITH_FUND = mutateSeed((a) => {
  a.t01.income.openingBalance = new Decimal('205.30');
  a.t01.expenditure.closingBalance = new Decimal('148.85');
  a.t07.total.closingBalance = new Decimal('50.00');
});

ruleTester({
  'amount-mismatch': {
    valid: [
      { code: '另有年初结转和结余205.30万元，年末结转和结余148.85万元。', data: BALANCES_NO_FUND },
      { code: '年末结转和结余0万元。', data: BALANCES_NO_FUND, section: 'govFund', name: 'in 七 the bare name is the fund\'s own, still 0' },
    ],
    invalid: [
      {
        code: '另有年初结转和结余205.30万元，年末结转和结余184.85万元。', data: BALANCES_NO_FUND,
        errors: [{ ruleId: 'amount-mismatch', actual: '184.85', expected: '148.85' }],
      },
      { code: '年末结转和结余10万元。', data: BALANCES_NO_FUND, section: 'govFund', errors: [{ ruleId: 'amount-mismatch', actual: '10', expected: '0' }] },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '另有年初结转和结余205.30万元，年末结转和结余148.85万元。', data: BALANCES_WITH_FUND }],
    invalid: [
      {
        code: '另有年初结转和结余205.30万元，年末结转和结余184.85万元。', data: BALANCES_WITH_FUND, name: 'a fund with a balance: either may be meant',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '184.85', message: /政府性基金/u }],
      },
    ],
  },
}, { section: 'income' });

/**
 * 年末结转和结余 X，其中政府性基金预算财政拨款结转 Y (blind 14L §5.4): the scope's name after 其中 reads the fund's own
 * balance of the whole, and the 结转 after it names that balance again — no other quantity. 结转和结余 is all of it:
 * an error, fixed. 结转 (or 结余) alone may be only a part of it (结转 Y、结余 Z), which the data does not split: a
 * reading, verified where it agrees, unverified where not. 年初结转 under 年末's whole is no reading of either.
 */
ruleTester({
  'amount-mismatch': {
    valid: [
      { data: BALANCES_WITH_FUND, code: '年末结转和结余148.85万元，其中政府性基金预算财政拨款结转50.00万元。' },
      { data: BALANCES_WITH_FUND, code: '年末结转和结余148.85万元，其中：政府性基金预算财政拨款结转和结余50万元。' },
    ],
    invalid: [
      {
        data: BALANCES_WITH_FUND, code: '年末结转和结余148.85万元，其中政府性基金预算财政拨款结转和结余60.00万元。', name: '结转和结余: the whole of the fund\'s balance',
        errors: [{ ruleId: 'amount-mismatch', actual: '60.00', expected: '50.00', message: /政府性基金预算财政拨款年末结转和结余/u }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ data: BALANCES_WITH_FUND, code: '年末结转和结余148.85万元，其中政府性基金预算财政拨款结余50.00万元。' }],
    invalid: [
      {
        data: BALANCES_WITH_FUND, code: '年末结转和结余148.85万元，其中政府性基金预算财政拨款结转60.00万元。', name: '结转 alone may be a part of the balance: not wrong, unverified',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '60.00', message: /政府性基金预算财政拨款年末结转和结余（数据为 50\.00 万元）/u }],
      },
      {
        data: BALANCES_WITH_FUND, code: '年末结转和结余148.85万元，其中政府性基金预算财政拨款结转40.00万元、结余10.00万元。', name: 'the balance split: each a part',
        errors: [{ ruleId: 'unverified-figure', actual: '40.00' }, { ruleId: 'unverified-figure', actual: '10.00' }],
      },
      {
        data: BALANCES_WITH_FUND, code: '年末结转和结余148.85万元，其中政府性基金预算财政拨款年初结转50.00万元。', name: 'the other end of the year: no reading',
        errors: [{ ruleId: 'unverified-figure', actual: '50.00' }],
      },
    ],
  },
}, { section: 'expenditure' });

/**
 * 上年结转至本年使用的资金（年初结转和结余）205.30 万元 (blind 14L §5.5): a data name alone in brackets between the writer's
 * description and the figure is the figure's name — checked, and fixed. A qualifier of another quantity (人均) in the
 * description still makes the figure another quantity; a scope alone in brackets qualifies, it names nothing.
 */
ruleTester({
  'amount-mismatch': {
    valid: [
      { data: BALANCES_WITH_FUND, code: '上年结转至本年使用的资金（年初结转和结余）205.30万元。' },
      { data: BALANCES_WITH_FUND, code: '本单位可结转使用的资金（年末结转和结余）148.85万元。' },
    ],
    invalid: [
      {
        data: BALANCES_WITH_FUND, code: '上年结转至本年使用的资金（年初结转和结余）250.30万元。',
        errors: [{ ruleId: 'amount-mismatch', actual: '250.30', expected: '205.30', message: /年初结转和结余为 205\.30 万元/u }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ data: BALANCES_WITH_FUND, code: '上年结转至本年使用的资金（年初结转和结余）205.30万元，主要是上年未完成的项目资金。' }],
    invalid: [
      {
        data: BALANCES_WITH_FUND, code: '人均（年初结转和结余）205.30万元。', name: 'per head: another quantity, the bracket or not',
        errors: [{ ruleId: 'unverified-figure', actual: '205.30', message: /人均/u }],
      },
    ],
  },
}, { section: 'income' });

/**
 * unit-inconsistent (blind 14L §5.6, the most frequent warning on correct text): 公务接待费 123,200.00 元 among 万元
 * figures is written so on purpose — the data agreeing with it in its unit shows the unit right, so no warning. The
 * warning stays for a figure in the other unit the data cannot confirm (unverified, or 0, which is 0 in any unit).
 */
ruleTester({
  'unit-inconsistent': {
    valid: [
      { code: '“三公”经费支出 49.7 万元，其中：因公出国（境）费 20.14 万元，公务用车购置及运行维护费 17.24 万元，公务接待费 123,200.00 元。' },
    ],
    invalid: [
      {
        code: '“三公”经费支出 49.7 万元，其中：因公出国（境）费 20.14 万元，公务用车购置及运行维护费 17.24 万元，公务接待费 12.32 万元，会议费 8,000.00 元。',
        name: 'a figure in 元 the data cannot confirm',
        errors: [{ ruleId: 'unit-inconsistent', actual: '8,000.00元' }],
      },
    ],
  },
}, { section: 'sanGong' });
