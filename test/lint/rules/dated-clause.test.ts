/**
 * A clause that opens with a date after ；(…等支出；截至 2024 年 12 月 31 日，…公务用车保有量为 20 辆) is a statement of
 * its own, as after 。: the 主要是… before it does not make its figures a reason's. A year's 年 that starts a name
 * (2024 年末公务用车保有量, 2024 年末结转和结余) leaves the name whole — the data's in the data's year; another year's
 * end (2023 年末 is this year's opening) is no subject of the data. A count is an error only where the words pin it
 * to one fact (fix19 metamorphic, FC_SEED=1674286007).
 */
import { ruleTester } from './tester.js';

const UPKEEP = '公务用车运行维护费 17.24 万元，主要是按规定保留的公务用车的燃油费、路桥费、保险费等公车费用等支出';
/** The seed's 公务用车保有量 is 20. */
const HELD = (mark: string, count: string) => `${UPKEEP}${mark}截至 2024 年 12 月 31 日，聊城市政府办公室（汇总）等单位财政拨款开支运行维护费的公务用车保有量为 ${count} 辆。`;

ruleTester({
  'count-mismatch': {
    valid: [
      { code: HELD('。', '20'), name: 'the seed\'s sentences' },
      { code: HELD('；', '20'), name: 'joined by ；' },
      { code: '截至 2024 年末公务用车保有量为 20 辆。', name: '年末 right after the year' },
      { code: '截至2024年末，公务用车保有量 20 辆。' },
      { code: '2024 年末，公务用车保有量为 20 辆。', name: 'the data\'s year\'s end heading its clause' },
    ],
    invalid: [
      { code: HELD('。', '37'), errors: [{ ruleId: 'count-mismatch', actual: '37', expected: '20' }] },
      { code: HELD('；', '37'), name: 'after ；截至…: pinned by its name as after 。', errors: [{ ruleId: 'count-mismatch', actual: '37', expected: '20' }] },
      { code: '截至 2024 年末公务用车保有量为 37 辆。', name: '2024 年末公务用车保有量: the name read whole', errors: [{ ruleId: 'count-mismatch', actual: '37', expected: '20' }] },
      { code: '2024 年末，公务用车保有量为 37 辆。', name: 'the data\'s year\'s end heading its clause: this year\'s count', errors: [{ ruleId: 'count-mismatch', actual: '37', expected: '20' }] },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '截至 2024 年末公务用车保有量为 20 辆。' }],
    invalid: [
      {
        code: '截至 2023 年末公务用车保有量为 37 辆。', name: 'another year\'s end: not this year\'s count',
        errors: [{ ruleId: 'unverified-figure', severity: 1, message: /2023年末公务用车保有量/u }],
      },
      {
        code: '2023 年末，公务用车保有量为 37 辆。', name: 'another year\'s end heading its clause: not this year\'s count',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '37', message: /2023 年末的数字/u }],
      },
      {
        code: '截至 2023 年 12 月 31 日，公务用车保有量为 37 辆。', name: 'the date is wrong-year\'s (an error); the count, of that date, unverified',
        errors: [{ ruleId: 'wrong-year', severity: 2 }, { ruleId: 'unverified-figure', severity: 1, actual: '37' }],
      },
      {
        code: '公务用车运行维护费 17.24 万元，主要用于公务用车 20 辆；截至 2024 年末 37 辆。', name: 'counts no words pin: unverified, never an error',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '20' }, { ruleId: 'unverified-figure', severity: 1, actual: '37' }],
      },
    ],
  },
}, { section: 'sanGong' });

ruleTester({
  'amount-mismatch': {
    valid: [{ code: '2024 年末结转和结余 0 万元。' }],
    invalid: [{ code: '2024 年末结转和结余 10 万元。', name: 'the data\'s year: its 年末结转和结余', errors: [{ ruleId: 'amount-mismatch', actual: '10', expected: '0' }] }],
  },
  'unverified-figure': {
    valid: [{ code: '2024年末结转和结余 0 万元。' }],
    invalid: [
      {
        code: '2023 年末结转和结余 10 万元。', name: 'last year\'s end is this year\'s opening: not read as 年末结转和结余',
        errors: [{ ruleId: 'unverified-figure', severity: 1, message: /2023年末结转和结余/u }],
      },
    ],
  },
}, { section: 'overall' });
