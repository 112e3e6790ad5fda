/**
 * The fields of the Shanghai wording are drafted, and the draft verifies itself:
 * full-year budgets, the SME reservation and awards, performance in aggregate.
 */
import { describe, expect, it } from 'vitest';
import { draftPart3 } from '../../src/draft/draft.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { parseAccounts } from '../../src/data/load.js';
import { seedText } from '../helpers.js';

const text = seedText()
  .replace('  授予中小企业合同金额: 0\n  授予小微企业合同金额: 48.57\n  货物授予中小企业合同金额: 0\n  服务授予中小企业合同金额: 0\n',
    '  面向中小企业预留项目预算金额: 40\n  面向小微企业预留项目预算金额: 30\n  预留项目中小企业中标成交金额: 38.5\n  预留项目小微企业中标成交金额: 28\n  其他项目中小企业中标成交金额: 6.2\n')
  .replace('三公经费:\n', '全年预算:\n  一般公共预算财政拨款支出:\n    合计: 4,900\n    科目:\n      2010301 行政运行: 1,900\n\n三公经费:\n')
  .replace('  项目:\n', '  编报绩效目标:\n    项目数: 5\n    涉及预算金额: 2,500\n  绩效自评:\n    平均得分: 96.08\n    评级:\n      优: 3\n      良: 0\n    发现问题数: 2\n    已完成整改问题数: 2\n  项目:\n');
const accounts = parseAccounts(text, 'shanghai-fields.yaml').accounts;

describe('draft of the Shanghai fields', () => {
  const draft = draftPart3(accounts);

  it('states them in the template\'s words', () => {
    expect(draft).toContain('2024 年度本部门面向中小企业预留政府采购项目预算金额 40 万元，面向小微企业预留政府采购项目预算金额 30 万元。');
    expect(draft).toContain('在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额 6.2 万元。');
    expect(draft).toContain('全年预算为 1,900 万元，完成全年预算的 97.95%。');
    expect(draft).toContain('全年预算为 4,900 万元，完成全年预算的 85.94%。');
    expect(draft).toContain('编报绩效目标的 2024 年度项目 5 个，涉及预算金额 2,500 万元；绩效自评的 2024 年度项目 3 个，涉及预算金额 2,003.7 万元，平均得分 96.08 分'
      + '（其中，绩效评级为“优”的项目 3 个；绩效评级为“良”的项目 0 个。绩效自评中共发现问题 2 个，已经完成整改的 2 个）。');
    // the 授予中小企业 sentence only where the data states those amounts
    expect(draft).not.toContain('授予中小企业合同金额');
  });

  it('lints clean against its own data: every figure verified', () => {
    const result = lintMarkdown(draft, createLintContext(buildFactCatalog(accounts)));
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
  });
});
