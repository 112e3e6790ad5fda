/**
 * Figures in a reason clause: a reason that names its own subject (主要原因：
 * 基本支出减少，较上年减少 N 万元) states that subject's change, not the section
 * total's; a figure in a reason that names no subject of its own (主要原因是上年
 * …，实际较上年增加资金 B 万元) is about the reason's matter — unverified, never
 * read as the explained subject's figure, nor paired with its rate.
 */
import { describe, expect, it } from 'vitest';
import { ruleTester } from './tester.js';
import { lintTextOnly } from './text-only.js';
import { seedWith } from '../../helpers.js';

/** 基本支出 rose: +153.47 万元, +5.12%. */
const ROSE = seedWith('    基本支出: 3,421.41', '    基本支出: 3,000.00');

ruleTester({
  'change-mismatch': {
    valid: [
      { code: '本年支出合计 4,340.16 万元。主要原因：基本支出减少，较上年减少 267.94 万元。' },
      { code: '本年支出合计 4,340.16 万元，主要原因是基本支出减少，比上年减少 267.94 万元，下降 7.83%。' },
    ],
    invalid: [
      { code: '本年支出合计 4,340.16 万元。主要原因：基本支出减少，较上年减少 276.94 万元。', errors: [{ ruleId: 'change-mismatch', expected: '267.94' }] },
      {
        code: '基本支出较上年减少 276.94 万元，主要原因是人员调出，实际较上年减少资金 267.94 万元。', name: 'the change before the reason is checked; the reason\'s figure is its own',
        errors: [{ ruleId: 'change-mismatch', expected: '267.94', column: 11 }, { ruleId: 'unverified-figure', severity: 1, column: 41 }],
      },
    ],
  },
  'unverified-figure': {
    valid: [
      { code: '收支总计较上年决算数减少 353.84 万元，下降 7.54%，主要原因是基本支出减少 267.94 万元。', section: 'overall', name: 'a reason naming its own subject: that subject\'s figure' },
      { code: '公务用车运行维护费 17.24 万元，主要是燃油、维修、保险等支出；全年预算为 17.24 万元，完成全年预算的 100%。', section: 'sanGong', name: 'after a reason, a budget and a completion rate are the subject\'s (found by the metamorphic suite)' },
    ],
    invalid: [
      {
        code: '收支总计 4,340.16 万元，较上年减少 353.84 万元，下降 7.54%，主要原因是上年有一次性项目，实际较上年减少资金 300.00 万元。', section: 'overall',
        name: 'CQ-QJ23 shape: the reason\'s amount is not the total\'s change', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '300.00' }],
      },
      {
        code: '收支总计较上年减少 353.84 万元，下降 7.54%，主要是由于上年一次性支出 100 万元。', section: 'overall',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '100' }],
      },
    ],
  },
}, { section: 'expenditure' });

describe('a reason\'s figure is not paired with the change before it (text only)', () => {
  const lint = (text: string) => lintTextOnly(`## 一、收入支出决算总体情况说明\n\n${text}\n`, 2023);
  it('the rate pairs with the change of its own clause, the reason\'s amount is unverified', () => {
    const messages = lint('2023 年度收入总计 2,296.45 万元，较上年增加 418.97 万元，增长 22.32%，主要原因是上年有专项债资金，实际较上年增加资金 300.00 万元。');
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(messages.find((m) => m.actual === '300.00')?.message).toContain('原因说明');
  });
  it('a wrong rate of its own clause is still found', () => {
    const messages = lint('2023 年度收入总计 2,296.45 万元，较上年增加 418.97 万元，增长 25.32%，主要原因是上年有专项债资金，实际较上年增加资金 300.00 万元。');
    expect(messages.filter((m) => m.severity === 2).map((m) => m.ruleId)).toEqual(['change-rate-inconsistent']);
  });
});

ruleTester({
  'reason-contradicts-change': {
    valid: [
      { code: '基本支出 3,153.47 万元，比上年减少 267.94 万元，主要是人员调出、公用经费压减。', name: 'a reason without direction words' },
      {
        code: '基本支出比上年减少 267.94 万元，下降 7.83%，主要是退休人员增加、在职人员经费相应减少。',
        name: 'causes weighed both ways (blind test, sichuan:20): not a contradiction',
      },
      {
        code: '决算数小于年初预算数的主要原因是部分会议改为视频召开，差旅费减少而信息化运维支出有所增加。',
        name: 'one cause down, another up (blind test, probe-43)',
      },
      {
        code: '基本支出比上年减少 267.94 万元，下降 7.83%，主要原因：一是在职人员减少；二是退休人员增加、在职人员经费相应减少。',
        name: 'a listed cause that weighs both ways',
      },
      {
        code: '基本支出比上年增加 153.47 万元，主要原因是按照《测市党政机关厉行节约实施办法》（测办发〔2023〕7号）第十二条规定，新增办公场所物业管理支出。', data: ROSE,
        name: 'blind 18L: 节约 inside a title in 《》 is a name, not a cause',
      },
      {
        code: '基本支出比上年增加 153.47 万元，主要原因是按照厉行节约有关规定，新增办公场所物业管理支出。', data: ROSE,
        name: 'blind 18L: 厉行节约 names the policy, not a cause pointing down',
      },
      {
        code: '基本支出比上年增加 153.47 万元，主要原因是在勤俭节约的前提下新增办公场所物业管理支出，推进节约型机关建设。', data: ROSE,
        name: '勤俭节约 and 节约型机关 likewise',
      },
    ],
    invalid: [
      {
        code: '基本支出比上年减少 267.94 万元，下降 7.83%，主要原因是人员经费增加。',
        name: 'every direction word of the reason points the other way: reported, never fixed',
        errors: [{ ruleId: 'reason-contradicts-change', severity: 2, actual: '增加' }],
      },
      {
        code: '基本支出比上年减少 267.94 万元，下降 7.83%，主要原因：一是在职人员减少；二是公用经费增加。',
        name: 'causes listed one by one (一是…；二是…): each is judged alone',
        errors: [{ ruleId: 'reason-contradicts-change', severity: 2, actual: '增加' }],
      },
      {
        code: '基本支出比上年增加 153.47 万元，主要原因是按照《测市党政机关厉行节约实施办法》（测办发〔2023〕7号）规定，办公经费减少。', data: ROSE,
        name: 'a title\'s words are left out, the cause after it still judged',
        errors: [{ ruleId: 'reason-contradicts-change', severity: 2, actual: '减少' }],
      },
      {
        code: '基本支出比上年增加 153.47 万元，主要原因是严格落实厉行节约要求，节约办公经费。', data: ROSE,
        name: 'a 节约 of its own after the policy\'s name is still a cause',
        errors: [{ ruleId: 'reason-contradicts-change', severity: 2, actual: '节约' }],
      },
    ],
  },
}, { section: 'expenditure' });

describe('reason-contradicts-change offers no fix', () => {
  it('the reason is free text: neither a fix nor an expected word', () => {
    const messages = lintTextOnly('## 三、支出决算情况说明\n\n基本支出比上年减少 267.94 万元，主要原因是人员经费增加。\n', 2024);
    const found = messages.filter((m) => m.ruleId === 'reason-contradicts-change');
    expect(found).toHaveLength(1);
    expect(found[0]).not.toHaveProperty('fix');
    expect(found[0]).not.toHaveProperty('expected');
  });
});
