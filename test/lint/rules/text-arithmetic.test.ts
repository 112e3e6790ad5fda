/**
 * Text-only arithmetic (review of a published text, no data behind it): the
 * figures of a paragraph or section checked against each other, at the
 * document's own precision, with messages that compute from the stated figures
 * in one unit.
 */
import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../../src/lint/lint.js';
import { lintTextOnly } from './text-only.js';

/** Lint a text of 2024 with no data, under the heading of its section. */
const lint = (heading: string, ...paragraphs: string[]) => lintTextOnly([`## ${heading}`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), 2024);
const errors = (ms: LintMessage[]) => ms.filter((m) => m.severity === 2);
const rules = (ms: LintMessage[]) => errors(ms).map((m) => m.ruleId);

const SAN_GONG = '九、财政拨款“三公”经费支出决算情况说明';
const GPB = '五、一般公共预算财政拨款支出决算情况说明';
const OVERALL = '一、收入支出决算总体情况说明';
const GOV_FUND = '七、政府性基金预算财政拨款收入支出决算情况说明';

describe('an amount stands for what the document\'s precision allows', () => {
  // A document that writes its amounts to 0.01 means 4.00 by “4 万元”: 2.28 ÷ 4 = 57.00%, not anything up to 65%.
  const exact = '“三公”经费财政拨款支出年初预算为 12.50 万元，支出决算为 10.25 万元，完成预算的 82.00%。';

  it('in a document written to 0.01, “4 万元” is 4.00: a wrong rate on a small budget is found, computed from the figures as stated', () => {
    const ms = lint(SAN_GONG, exact, '其中：公务接待费预算为 4 万元，支出决算为 2.28 万元，完成预算的 60%。');
    expect(rules(ms)).toEqual(['completion-rate-inconsistent']);
    expect(errors(ms)[0]!.message).toBe('公务接待费的数字互不相符：2.28 ÷ 4 = 57.00%，文中写的是 60%。其中至少有一个数字有误，文字不能说明是哪一个，请逐一核对');
  });

  it('the same sentence with the right rate passes', () => {
    expect(errors(lint(SAN_GONG, exact, '其中：公务接待费预算为 4 万元，支出决算为 2.28 万元，完成预算的 57%。'))).toEqual([]);
  });

  // GD-CZT23 (blind test 8L): 三公 amounts to 0.1 (20.0, 15.0 keep their zero) beside tables' to 0.01.
  const tenths = '“三公”经费财政拨款支出决算为 29.6 万元，完成全年预算 35.0 万元的 84.6%。';

  it('in a document that keeps a zero at 0.1 (20.0), “18.4 万元” is 18.35–18.45: 91.8% is within it', () => {
    expect(errors(lint(SAN_GONG, exact, tenths, '公务用车购置及运行维护费支出决算为 18.4 万元，完成预算 20.0 万元的 91.8%。'))).toEqual([]);
    expect(errors(lint(SAN_GONG, exact, tenths, '公务接待费支出决算为 11.2 万元，完成预算 15.0 万元的 74.9%。'))).toEqual([]);
  });

  it('…and a rate outside what the rounding allows is still found', () => {
    expect(rules(lint(SAN_GONG, exact, tenths, '公务用车购置及运行维护费支出决算为 18.4 万元，完成预算 20.0 万元的 93.8%。'))).toEqual(['completion-rate-inconsistent']);
  });

  it('in a document written to 0.01 with no zero kept at 0.1, “18.4 万元” is still 18.40', () => {
    expect(rules(lint(SAN_GONG, exact, '公务用车购置及运行维护费支出决算为 18.4 万元，完成预算 20 万元的 91.8%。'))).toEqual(['completion-rate-inconsistent']);
  });

  it('in a document that rounds to whole 万元, “4 万元” is 3.5–4.5: the rate is judged within that', () => {
    const whole = '“三公”经费财政拨款支出年初预算为 13 万元，支出决算为 10 万元，完成预算的 76.92%。';
    expect(errors(lint(SAN_GONG, whole, '其中：公务接待费预算为 4 万元，支出决算为 2 万元，完成预算的 60%。'))).toEqual([]);
  });
});

describe('a zero base stated in the text', () => {
  it('年初预算为 0 … 完成年初预算的 95.89% is an error, even with a full-year budget between them', () => {
    const ms = lint(GPB, '一般公共预算财政拨款支出年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%。');
    expect(rules(ms)).toEqual(['zero-base-rate']);
    expect(errors(ms)[0]!.message).toContain('年初预算为 0');
  });

  it('完成全年预算的 95.89% beside it is checked against the full-year budget', () => {
    expect(errors(lint(GPB, '一般公共预算财政拨款支出年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成全年预算的 95.89%。'))).toEqual([]);
  });

  it('0 of 0 written as 0%: a warning (nothing budgeted, nothing spent), not an error', () => {
    const ms = lint(SAN_GONG, '因公出国（境）费预算为 0 万元，支出决算为 0 万元，完成预算的 0%。');
    expect(ms.filter((m) => m.ruleId === 'zero-base-rate').map((m) => m.severity)).toEqual([1]);
  });
});

describe('a share of a whole stated in the paragraph', () => {
  const classes = (share: string) => `一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占${share}%；社会保障和就业支出（类）326.72万元，占11.11%。`;

  it('占 71.73% where the figures give 71.65% (普陀区财政局 2024, a real slip): an error, with the computation', () => {
    const ms = lint(GPB, classes('71.73'));
    expect(rules(ms)).toEqual(['share-inconsistent']);
    expect(errors(ms)[0]!.message).toBe('一般公共服务支出（类）的数字互不相符：2106.66 ÷ 2940.05 = 71.65%，文中写的是 71.73%。其中至少有一个数字有误，文字不能说明是哪一个，请逐一核对');
  });

  it('the right share is verified by the text', () => {
    const ms = lint(GPB, classes('71.65'));
    expect(errors(ms)).toEqual([]);
    expect(ms.filter((m) => m.ruleId === 'unverified-figure' && ['2106.66', '71.65'].includes(m.actual ?? ''))).toEqual([]);
  });

  it('占 71.73 without its %: the % is missing, and the share the figures give is the fix', () => {
    const ms = lint(GPB, classes('71.73').replace('占71.73%', '占71.73'));
    expect(rules(ms)).toEqual(['rate-unit-missing']);
    expect(errors(ms)[0]).toMatchObject({ actual: '71.73', expected: '71.65%' });
    expect(errors(ms)[0]!.message).toContain('2106.66 ÷ 2940.05 = 71.65%');
    // Which of the three figures is wrong, only the writer knows.
    expect(errors(ms)[0]!.fix).toBeUndefined();
  });

  it('a share of two items together (两项合计占) is not read as the last item\'s', () => {
    const text = '本年收入合计42,828,112.97万元，其中：经营收入16,348.77万元，附属单位上缴收入3,363.59万元，两项合计占0.05%。';
    expect(errors(lint('二、收入决算情况说明', text))).toEqual([]);
  });
});

describe('a rate written without % where the paragraph gives it', () => {
  it('增长13.95: reported in review too, with the rate the figures give', () => {
    const ms = lint(OVERALL, '2024年度收入支出总计1,248.22万元。与2023年度相比，收入支出总计增加152.81万元，增长13.95。');
    expect(rules(ms)).toEqual(['rate-unit-missing']);
    expect(errors(ms)[0]).toMatchObject({ expected: '13.95%', actual: '13.95' });
    expect(errors(ms)[0]!.message).toContain('152.81 ÷ 1,095.41 = 13.95%');
  });

  it('增长13.95 with nothing in the paragraph to give the rate: the % asked for, no value guessed', () => {
    const ms = lint(OVERALL, '与2023年度相比，收入支出总计增长13.95。');
    expect(rules(ms)).toEqual(['rate-unit-missing']);
    expect(errors(ms)[0]!.expected).toBeUndefined();
  });
});

describe('a comparison word against the budget and actual its paragraph states', () => {
  const item = (budget: string, actual: string, word: string) =>
    `1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：基本支出。年初预算为 ${budget} 万元，支出决算为${actual}万元。${word}的主要原因：人员进出及退休变化，减少人员经费开支。`;

  it('决算数大于预算数 where the figures say less: one error, on the word, naming the right one (not the reason too)', () => {
    const ms = lint(GPB, item('1560.05', '1511.89', '决算数大于预算数'));
    expect(rules(ms)).toEqual(['comparison-inconsistent']);
    expect(errors(ms)[0]).toMatchObject({ actual: '大于', expected: '小于' });
    expect(errors(ms)[0]!.message).toBe('“大于”与同段文字不符：决算数 1511.89 万元小于年初预算数 1560.05 万元，应为“小于”');
  });

  it.each([
    ['the right word', item('1560.05', '1511.89', '决算数小于预算数')],
    ['figures a cent apart, the right word', item('2.23', '2.22', '决算数小于预算数')],
    ['whole 万元 written alike: which is larger the figures cannot say', `${item('10', '10', '决算数小于预算数')}另：机关运行经费 377 万元。`],
  ])('valid: %s', (_name, text) => {
    expect(errors(lint(GPB, text))).toEqual([]);
  });

  it('figures a cent apart are apart (2.22 is below 2.225, 2.23 is not): 大于 is wrong', () => {
    expect(rules(lint(GPB, item('2.23', '2.22', '决算数大于预算数')))).toEqual(['comparison-inconsistent']);
  });

  it('决算数等于预算数 where the figures differ', () => {
    expect(rules(lint(GPB, item('135.90', '135.25', '决算数等于预算数')))).toEqual(['comparison-inconsistent']);
  });

  it.each([
    ['全年预算为', '全年预算数'],
    ['预算为', '预算数'],
  ])('the budget named by the kind the text states: %s → %s', (stated, named) => {
    const ms = lint(GPB, item('1560.05', '1511.89', '决算数大于预算数').replace('年初预算为', stated));
    expect(errors(ms).map((m) => m.message)).toEqual([`“大于”与同段文字不符：决算数 1511.89 万元小于${named} 1560.05 万元，应为“小于”`]);
  });
});

describe('a message states its figures in one unit', () => {
  it('parts in 元 and their whole in 万元: the sum is shown in 万元', () => {
    const ms = lint('三、支出决算情况说明', '本年支出合计 3,500.00 万元，其中：基本支出 30,434,300.00 元，项目支出 3,704,700.00 元，上缴上级支出 0 元，经营支出 0 元，对附属单位补助支出 0 元。');
    const sum = errors(ms).find((m) => m.ruleId === 'parts-sum-mismatch');
    expect(sum?.message).toBe('本年支出合计的数字互不相符：本年支出合计 3,500.00 万元，各项之和 3,043.43 + 370.47 + 0.00 + 0.00 + 0.00 = 3,413.90 万元。其中至少有一个数字有误，文字不能说明是哪一个，请逐一核对');
  });

  it('one amount in 万元 among amounts in 元: the warning names the paragraph\'s unit, 元', () => {
    const ms = lint(SAN_GONG, '“三公”经费支出 12,000.00 元，其中：因公出国（境）费 0.00万元，公务用车购置及运行维护费 8,000.00 元，公务接待费 4,000.00 元。');
    expect(ms.filter((m) => m.ruleId === 'unit-inconsistent').map((m) => m.message)).toEqual(['0.00万元 的单位与同段其他金额（元）不一致，请核对']);
  });

  it('a rate that disagrees with its change: last year and the rate computed from the stated figures', () => {
    const ms = lint(OVERALL, '2024年度收入支出总计1,248.22万元。与2023年度相比，收入支出总计增加152.81万元，增长15.95%。');
    expect(errors(ms).map((m) => m.message)).toEqual(['收支总计的数字互不相符：收支总计 1,248.22 万元，增加 152.81 万元，上年为 1,095.41 万元，变动率为 152.81 ÷ 1,095.41 = 13.95%，文中写的是 15.95%。其中至少有一个数字有误，文字不能说明是哪一个，请逐一核对']);
  });
});

describe('figures that disagree where nothing says which one is wrong (blind test 7r §3)', () => {
  const PROCUREMENT = '十一、政府采购支出情况说明';
  const ASSETS = '十二、国有资产占用情况说明';
  const EXPENDITURE = '三、支出决算情况说明';
  const disagreements = (ms: LintMessage[]) => errors(ms).map((m) => ({ ruleId: m.ruleId, column: m.column, actual: m.actual, fix: m.fix }));

  it('支出决算为 50.7 万元 (the slip) … 完成全年预算的 100%: one error on the three figures, the rate not blamed, no fix', () => {
    const ms = lint(SAN_GONG, '2024年度财政拨款“三公”经费支出全年预算为49.7万元，支出决算为50.7万元，完成全年预算的100%。');
    expect(disagreements(ms)).toEqual([{ ruleId: 'completion-rate-inconsistent', column: 24, actual: undefined, fix: undefined }]);
    expect(errors(ms)[0]!.message).toContain('50.7 ÷ 49.7 = 102.01%');
    // nor “无法核对” besides, on figures the error names
    expect(ms.filter((m) => m.ruleId === 'unverified-figure')).toEqual([]);
  });

  it('基本支出 3,253.47 (the slip) in a whole and its parts with shares: one error, not on the whole, and none on the correct share', () => {
    const ms = lint(EXPENDITURE, '2024年度本年支出合计4,340.16万元，其中：基本支出3,253.47万元，占72.66%；项目支出1,186.68万元，占27.34%；上缴上级支出0万元，占0%；经营支出0万元，占0%；对附属单位补助支出0万元，占0%。');
    expect(disagreements(ms)).toEqual([{ ruleId: 'parts-sum-mismatch', column: 13, actual: undefined, fix: undefined }]);
    expect(errors(ms)[0]!.message).toBe('本年支出合计的数字互不相符：本年支出合计 4,340.16 万元，各项之和 3,253.47 + 1,186.68 + 0 + 0 + 0 = 4,440.15 万元。其中至少有一个数字有误，文字不能说明是哪一个，请逐一核对');
  });

  it('a total 10 万元 too large (the slip): one error, not one more on each correct share of it', () => {
    const ms = lint(PROCUREMENT, '2024年度政府采购支出总额131.16万元，其中：政府采购货物支出98.05万元、政府采购工程支出0万元、政府采购服务支出23.11万元。授予中小企业合同金额121.16万元，占政府采购支出总额的100%，其中：授予小微企业合同金额68.43万元，占政府采购支出总额的56.48%。');
    expect(rules(ms)).toEqual(['parts-sum-mismatch']);
  });

  it('小微 larger than 中小 (the slip): the part larger than its whole, and no error on the correct share besides', () => {
    const ms = lint(PROCUREMENT, '2024年度政府采购支出总额121.16万元，其中：政府采购货物支出98.05万元、政府采购工程支出0万元、政府采购服务支出23.11万元。授予中小企业合同金额68.43万元，占政府采购支出总额的56.48%，其中：授予小微企业合同金额112.78万元，占政府采购支出总额的56.48%。');
    expect(rules(ms)).toEqual(['subset-exceeds-superset']);
  });

  it('valid: a consistent paragraph draws none of these', () => {
    const ms = lint(PROCUREMENT, '2024年度政府采购支出总额121.16万元，其中：政府采购货物支出98.05万元、政府采购工程支出0万元、政府采购服务支出23.11万元。授予中小企业合同金额121.16万元，占政府采购支出总额的100%，其中：授予小微企业合同金额68.43万元，占政府采购支出总额的56.48%。');
    expect(errors(ms)).toEqual([]);
  });

  describe('a vehicle total and the vehicles by use stated beside it', () => {
    const vehicles = (total: number, emergency: number) => `截至2024年12月31日，本部门共有车辆${total}辆，其中：符合规定领导干部用车0辆、机要通信用车0辆、应急保障用车${emergency}辆、执法执勤用车4辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆；单价100万元（含）以上设备（不含车辆）1台（套）。`;

    it('valid: 6 辆 of 2 + 4, checked by the text (no “无法核对” on them)', () => {
      const ms = lint(ASSETS, vehicles(6, 2));
      expect(errors(ms)).toEqual([]);
      expect(ms.filter((m) => m.ruleId === 'unverified-figure' && m.actual !== '1')).toEqual([]);
    });

    it('共有车辆 8 辆 where the uses add up to 6: one error naming the sum, on no figure in particular', () => {
      const ms = lint(ASSETS, vehicles(8, 2));
      expect(disagreements(ms)).toEqual([{ ruleId: 'parts-sum-mismatch', column: 22, actual: undefined, fix: undefined }]);
      expect(errors(ms)[0]!.message).toContain('车辆 8 辆，各项之和 0 + 0 + 2 + 4 + 0 + 0 + 0 = 6 辆');
    });

    it('the same where a part is the slip (应急保障用车 3 辆 of 6)', () => {
      expect(rules(lint(ASSETS, vehicles(6, 3)))).toEqual(['parts-sum-mismatch']);
    });

    it('valid: a use no topic knows (业务用车 2 辆) may be the rest: not checked', () => {
      const ms = lint(ASSETS, '截至2024年12月31日，本部门共有车辆8辆，其中：应急保障用车2辆、执法执勤用车4辆、业务用车2辆。');
      expect(errors(ms)).toEqual([]);
      // each count left unverified, named by the use the text gives
      expect(ms.map((m) => m.message)).toContain('无法核对 2 辆：数据中缺少应急保障用车');
    });
  });
});

describe('a change clause that names its subject is that subject\'s (blind 19Y §1)', () => {
  const flows = (change: string) => `2024 年度政府性基金预算财政拨款本年收入 282.11 万元，本年支出 265.10 万元，${change}。`;
  const unverified = (ms: LintMessage[]) => ms.filter((m) => m.ruleId === 'unverified-figure').map((m) => m.actual ?? m.message);

  it('支出比上年减少 88.72 万元，下降 25.07%: 88.72 ÷ (265.10 + 88.72) = 25.07%, consistent — not read as 收入\'s change', () => {
    expect(errors(lint(GOV_FUND, flows('支出比上年减少 88.72万元，下降 25.07%')))).toEqual([]);
  });

  it('支出…下降 23.92% is inconsistent with 支出 265.10', () => {
    const ms = lint(GOV_FUND, flows('支出比上年减少 88.72万元，下降 23.92%'));
    expect(rules(ms)).toEqual(['change-rate-inconsistent']);
    expect(errors(ms)[0]!.message).toContain('265.10 万元，减少 88.72 万元，上年为 353.82 万元');
  });

  it('收入比上年减少 88.72 万元，下降 23.92%: 88.72 ÷ (282.11 + 88.72) = 23.92%, consistent; 下降 25.07% is not', () => {
    expect(errors(lint(GOV_FUND, flows('收入比上年减少 88.72万元，下降 23.92%')))).toEqual([]);
    const ms = lint(GOV_FUND, flows('收入比上年减少 88.72万元，下降 25.07%'));
    expect(rules(ms)).toEqual(['change-rate-inconsistent']);
    expect(errors(ms)[0]!.message).toContain('282.11 万元，减少 88.72 万元，上年为 370.83 万元');
  });

  it('比上年减少… with no subject named after both flows: either flow\'s change, unverified and never an error', () => {
    // 25.07% agrees with the nearer 支出: consistent as read, no message at all.
    expect(lint(GOV_FUND, flows('比上年减少 88.72万元，下降 25.07%')).filter((m) => m.actual === '88.72' || m.actual === '25.07')).toEqual([]);
    // 23.92% (收入's) and 30.00% (neither's): the words do not say whose change it is.
    for (const rate of ['23.92', '30.00']) {
      const ms = lint(GOV_FUND, flows(`比上年减少 88.72万元，下降 ${rate}%`));
      expect(errors(ms)).toEqual([]);
      expect(unverified(ms)).toEqual(expect.arrayContaining(['88.72', rate]));
    }
  });
});
