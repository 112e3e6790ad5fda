/**
 * zero-base-rate: a rate over a zero base has no value. 增长 100% from a
 * previous year of 0 (FJ-QZ22), 完成预算的 0% of a zero budget (AH-HF23,
 * YN-XD-WL22, SH-PT-ENV25) and 增长 0% of 0 are errors; the writer should say
 * 不可比 or leave the rate out.
 */
import { seedWith } from '../../helpers.js';
import { ruleTester } from './tester.js';

/** 项目支出 had no previous year: 0 → 1,186.68 万元. */
const NEW_SPENDING = seedWith('    项目支出: 1,272.60', '    项目支出: 0');
/** 机关服务（项） had no opening budget. */
const NO_BUDGET = seedWith('      2010303 机关服务: 153.53', '      2010303 机关服务: 0');

ruleTester({
  'zero-base-rate': {
    valid: [
      { code: '项目支出 1,186.68 万元，较上年增加 1,186.68 万元。', data: NEW_SPENDING },
      { code: '项目支出 1,186.68 万元，较上年增加 1,186.68 万元，上年无该项支出，增长率无可比性。', data: NEW_SPENDING },
      { code: '机关服务（项）年初预算为 0 万元，支出决算为 150.26 万元。决算数大于年初预算数的主要原因是年中追加。', section: 'gpb', data: NO_BUDGET },
      { code: '机关服务（项）年初预算为 0，支出决算为 150.26 万元。', section: 'gpb', data: NO_BUDGET, name: 'a budget with no unit (SH-PT-SQ25)' },
      { code: '公务用车购置费全年预算为 0 万元，支出决算为 0 万元。', section: 'sanGong' },
      { code: '公务用车购置费支出决算为 0 万元，完成预算的--%(基数为0,不可比)。', section: 'sanGong' },
      { code: '上缴上级支出 0 万元，与上年持平。' },
    ],
    invalid: [
      { code: '项目支出 1,186.68 万元，较上年增加 1,186.68 万元，增长 100%。', data: NEW_SPENDING, errors: [{ ruleId: 'zero-base-rate', line: 3 }], name: '增长 100% from a zero base (FJ-QZ22)' },
      { code: '项目支出较上年增加 1,186.68 万元，增长 100.00%。', data: NEW_SPENDING, errors: ['zero-base-rate'] },
      { code: '项目支出较上年增长 100%。', data: NEW_SPENDING, errors: ['zero-base-rate'] },
      { code: '机关服务（项）年初预算为 0 万元，支出决算为 150.26 万元，完成年初预算的 100%。', section: 'gpb', data: NO_BUDGET, errors: ['zero-base-rate'] },
      { code: '因公出国（境）费全年预算为 20.14 万元，支出决算为 20.14 万元，完成全年预算的 100%；公务用车购置费全年预算为 0 万元，支出决算为 0 万元，完成全年预算的 0%。', section: 'sanGong', errors: [{ ruleId: 'zero-base-rate', line: 3 }], name: '完成预算的 0% of a zero budget' },
      { code: '公务用车购置费支出决算为 0.00 万元，完成预算的 0.00%。', section: 'sanGong', errors: ['zero-base-rate'] },
      { code: '上级补助收入 0 万元，较上年增长 0%。', section: 'income', errors: ['zero-base-rate'] },
      { code: '上缴上级支出 0 万元，较上年减少 0.00 万元，下降 0.00%。', errors: ['zero-base-rate'], name: 'YN-XD-WL22: 减少0.00元,下降0.00%' },
      { code: '上缴上级支出 0 万元，比上年增加 0 万元，增长 0%。', errors: ['zero-base-rate'], name: 'GX-WZ-23: 增加 0.00 万元，增长 0%' },
    ],
  },
}, { section: 'expenditure' });
