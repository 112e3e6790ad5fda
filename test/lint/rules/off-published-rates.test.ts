/**
 * A rate inside the rounding tolerance of its data but not what the published figures give (blind 13L §4:
 * 下降 5.87% where 0.15 ÷ 2.60 = 5.77%; the two 合计 are sums of rounded terms, so 5.37%…6.17% is possible):
 * no error, never fixed — but unverified, naming the rate the published figures give, so a reviewer looks.
 * Only where the stated rate is off that rate by more than one unit of its last decimal.
 */
import { loadAccounts } from '../../../src/data/load.js';
import { ruleTester } from './tester.js';

/** Blind 13L's d.yaml: “三公”经费 2.45 万元 (2.10 + 0.35), last year 2.60 (2.32 + 0.28); 全年预算 3.00. */
const SMALL_BASE = loadAccounts(new URL('../../fixtures/blind/13l-d.yaml', import.meta.url).pathname).accounts;

ruleTester({
  'unverified-figure': {
    valid: [
      { data: SMALL_BASE, code: '2024年度“三公”经费支出决算2.45万元，较2023年减少0.15万元，下降5.77%。', name: 'the rate the published figures give' },
      { data: SMALL_BASE, code: '2024年度“三公”经费支出决算2.45万元，较2023年减少0.15万元，下降5.8%。', name: 'the same at one decimal' },
      { data: SMALL_BASE, code: '2024年度“三公”经费支出决算2.45万元，较2023年减少0.15万元，下降5.78%。', name: 'one unit of the last decimal off: rounding of the operands may explain it' },
    ],
    invalid: [
      {
        data: SMALL_BASE, code: '2024年度“三公”经费支出决算2.45万元，较2023年减少0.15万元，下降5.87%。',
        name: 'inside the data\'s rounding, but 0.15 ÷ 2.60 gives 5.77%: a warning with the computed rate, no fix',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '5.87', message: /按公开数字计算为 5\.77%/u }],
      },
    ],
  },
  'change-rate-mismatch': {
    valid: [{ data: SMALL_BASE, code: '2024年度“三公”经费全年预算3.00万元，支出决算2.45万元，完成全年预算的81.67%，较2023年减少0.15万元，下降5.77%。' }],
    invalid: [
      {
        data: SMALL_BASE, code: '2024年度“三公”经费支出决算2.45万元，较2023年减少0.15万元，下降6.27%。',
        name: 'outside even the data\'s rounding: still an error with its fix',
        errors: [{ ruleId: 'change-rate-mismatch', severity: 2, actual: '6.27', expected: '5.77' }],
      },
    ],
  },
}, { section: 'sanGong' });
