/**
 * The form of a fixed rate comes from the figure's own context (blind 17L §3): a rate whose value is whole at the
 * document's decimals is written whole where the document writes its whole rates so (100%, 88% — most of them),
 * and a whole-number rate among rates with decimals in its paragraph gets the paragraph's decimals back (55% beside
 * 42.5% → 57.5%, not 57%): the slip's decimals are not the writer's. One decimal among two is a rounding, kept.
 */
import { ruleTester } from './tester.js';

const SAN_GONG = (total: string, abroad: string, reception: string) => `## 九、财政拨款“三公”经费支出决算情况说明

“三公”经费财政拨款支出全年预算为 49.70 万元，支出决算为 49.70 万元，完成全年预算的 ${total}。

因公出国（境）费全年预算为 20.14 万元，支出决算为 20.14 万元，完成全年预算的 ${abroad}。

公务用车购置及运行维护费全年预算为 17.24 万元，支出决算为 17.24 万元，完成全年预算的 ${abroad}。

公务接待费全年预算为 12.32 万元，支出决算为 12.32 万元，完成全年预算的 ${reception}。
`;

ruleTester({
  'completion-rate-mismatch': {
    valid: [
      { markdown: SAN_GONG('100%', '100%', '100%') },
      { markdown: SAN_GONG('100.00%', '100.00%', '100.00%') },
    ],
    invalid: [
      {
        markdown: SAN_GONG('101.01%', '100%', '100%'), errors: [{ ruleId: 'completion-rate-mismatch', expected: '100' }],
        name: 'the document writes its whole rates whole: 100, not 100.00',
      },
      {
        markdown: SAN_GONG('101.01%', '100.00%', '100.00%'), errors: [{ ruleId: 'completion-rate-mismatch', expected: '100.00' }],
        name: 'the document writes its whole rates with their zeros: 100.00',
      },
    ],
  },
  'share-mismatch': {
    valid: [
      { code: '本年支出合计 4,340.16 万元，其中：基本支出 3,153.47 万元，占 72.66%；项目支出 1,186.68 万元，占 27.34%。' },
    ],
    invalid: [
      {
        code: '本年支出合计 4,340.16 万元，其中：基本支出 3,153.47 万元，占 72.66%；项目支出 1,186.68 万元，占 25%。',
        errors: [{ ruleId: 'share-mismatch', expected: '27.34' }], name: 'fewer decimals than the paragraph\u2019s other rate: the paragraph\u2019s (27.34, not 27)',
      },
      {
        code: '本年支出合计 4,340.16 万元，其中：基本支出 3,153.47 万元，占 72.7%；项目支出 1,186.68 万元，占 25%。',
        errors: [{ ruleId: 'share-mismatch', expected: '27.3' }],
      },
      {
        code: '本年支出合计 4,340.16 万元，其中：基本支出 3,153.47 万元，占 72.66%；项目支出 1,186.68 万元，占 25.1%。',
        errors: [{ ruleId: 'share-mismatch', expected: '27.3' }], name: 'one decimal among two is a writer’s rounding, kept (sichuan’s 80.8% among 95.87%)',
      },
    ],
  },
}, { section: 'expenditure' });

/**
 * A fixed rate in the text's own form (blind 18L §1): the wrong figure's own decimals where the document writes rates so,
 * its kept zeros where it keeps them, the document's prevailing decimals where the slip has fewer, trimmed where the
 * document trims — and always the right value rounded half-up from the exact one to the decimals written.
 */
const GPB_CLASSES = (social: string, health: string) => `2024 年度一般公共预算财政拨款支出 4,211.05 万元，主要用于以下方面：一般公共服务（类）支出 3,218.84 万元，占 76.44%；社会保障和就业（类）支出 665.34 万元，占 ${social}；卫生健康（类）支出 113.6 万元，占 ${health}。`;

const GPB_ITEMS = (pension: string, housing: string) => `## 五、一般公共预算财政拨款支出决算情况说明

2024 年度一般公共预算财政拨款支出 4,211.05 万元，主要用于以下方面：一般公共服务（类）支出 3,218.84 万元，占 76.44%。

7、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为 223.74 万元，支出决算为 226.2 万元，完成年初预算的 ${pension}。决算数大于年初预算数的主要原因是新增退休人员。

8、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。年初预算为 134.86 万元，支出决算为 136.08 万元，完成年初预算的 100.9%。决算数大于年初预算数的主要原因是新增退休人员。

11、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为 198.02 万元，支出决算为 213.27 万元，完成年初预算的 ${housing}。决算数大于年初预算数的主要原因是发放的绩效奖补缴公积金。
`;

ruleTester({
  'share-mismatch': {
    valid: [
      { code: GPB_CLASSES('15.8%', '2.7%') },
      { code: GPB_CLASSES('15.80%', '2.70%') },
    ],
    invalid: [
      {
        code: GPB_CLASSES('15.8%', '2.75%'), errors: [{ ruleId: 'share-mismatch', expected: '2.7' }],
        name: 'a document that drops a last zero short of two decimals (15.8%) drops it from the fix too: 2.7, not 2.70',
      },
      {
        code: GPB_CLASSES('15.80%', '2.75%'), errors: [{ ruleId: 'share-mismatch', expected: '2.70' }],
        name: 'a document that keeps its zeros (15.80%) keeps the fix\u2019s: 2.70',
      },
      {
        code: GPB_CLASSES('15.8%', '2.5%'), errors: [{ ruleId: 'share-mismatch', expected: '2.7' }],
        name: 'one decimal where the value ends in a zero at two (2.6977 → 2.70): 2.7 states it exactly',
      },
    ],
  },
  'completion-rate-mismatch': {
    valid: [
      { markdown: GPB_ITEMS('101.1%', '107.7%') },
    ],
    invalid: [
      {
        markdown: GPB_ITEMS('101.1%', '93%'), errors: [{ ruleId: 'completion-rate-mismatch', expected: '107.7' }],
        name: 'a whole-number slip where the document writes most rates to one decimal (one 76.44% beside): 107.7, not 108',
      },
      {
        markdown: GPB_ITEMS('101.1%', '107.60%'), errors: [{ ruleId: 'completion-rate-mismatch', expected: '107.70' }],
        name: 'the wrong figure keeps its last zero (107.60%): the writer keeps zeros — 107.70',
      },
      {
        markdown: SAN_GONG('101.00%', '100%', '100%'), errors: [{ ruleId: 'completion-rate-mismatch', expected: '100.00' }],
        name: 'a wrong rate written with its zeros (101.00%) is fixed with them, though other whole rates are whole',
      },
      {
        markdown: SAN_GONG('100.2%', '100%', '100.0%'), errors: [{ ruleId: 'completion-rate-mismatch', expected: '100.0' }],
        name: 'one decimal where the document keeps a zero at one decimal (100.0%), though more whole rates are whole: 100.0',
      },
      {
        markdown: SAN_GONG('100.2%', '100%', '100%'), errors: [{ ruleId: 'completion-rate-mismatch', expected: '100' }],
        name: 'one decimal where nothing keeps a zero at one decimal and whole rates are whole: 100',
      },
    ],
  },
}, { section: 'gpb' });
