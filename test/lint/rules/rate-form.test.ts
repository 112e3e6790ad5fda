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
