/**
 * Names the data does not use. A name between a known name and a figure
 * (其中：特种用车 0 辆) never passes the figure to the name before it (车辆总数,
 * 符合规定领导干部用车): the lexicon makes it certain where regions name one
 * field otherwise (SAME_FIELD: 领导干部用车, 机要用车, 一般执法执勤用车, 国外接待费 …,
 * each below), else the figure is unverified, naming the fields it may be.
 * A subject written with words the data does not use is unknown-subject with
 * the data's name: an old class or 项 name (RENAMED_SUBJECTS, each below; its
 * figures checked against the subject its code names), a 类 the data lacks
 * (教育（类）), a 项 another scope's table holds (a 公开07表 项 in 五) — never
 * checked against its 类; and a 项 name two 款 share is no pin to either.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/data/amount.js';
import { parseAccounts } from '../../../src/data/load.js';
import { ROOT } from '../../helpers.js';
import { lintCase, mutateSeed, ruleTester, type Section } from './tester.js';

const corpus = (name: string) => parseAccounts(readFileSync(`${ROOT}test/fixtures/corpus/${name}.yaml`, 'utf8'), `${name}.yaml`).accounts;
const SHANGHAI = corpus('shanghai-2025-env');
const SICHUAN = corpus('sichuan-2023-culture');
const GUANGXI = corpus('guangxi-2024-yuan');

const D = (x: string) => new Decimal(x);
/** The seed with a second 行政运行 under another 款 (2010601), and a 220 class. */
const TWO_ITEMS = mutateSeed((a) => {
  a.t05.rows.push(
    { key: '20106 财政事务', code: '20106', name: '财政事务', level: 'kuan', values: { subtotal: D('10'), basic: D('10'), project: D('0') } },
    { key: '2010601 行政运行', code: '2010601', name: '行政运行', level: 'item', values: { subtotal: D('10'), basic: D('10'), project: D('0') } },
    { key: '220 自然资源海洋气象等支出', code: '220', name: '自然资源海洋气象等支出', level: 'class', values: { subtotal: D('10'), basic: D('10'), project: D('0') } },
  );
});

const VEHICLES = (list: string) => `截至 2024 年 12 月 31 日，本部门共有车辆 20 辆，其中：${list}。`;

ruleTester({
  'unverified-figure': {
    valid: [
      {
        code: '行政运行（项）支出决算为 1,861.14 万元，较年初预算 1,796.83 万元增加 64.31 万元，完成年初预算的 103.58%。', section: 'gpb', data: TWO_ITEMS,
        name: 'a 项 name two 款 share, the sentence\'s budget and actual those of one (2010301): its change and rate are that one\'s',
      },
      { code: VEHICLES('领导干部用车 1 辆、机要通信用车 0 辆、应急保障用车 3 辆'), section: 'assets', name: 'SAME_FIELD: 领导干部用车 is the data\'s 符合规定领导干部用车 (no other leaders\' cars)' },
      { code: VEHICLES('符合规定领导干部用车 1 辆、机要用车 0 辆、应急保障用车 3 辆'), section: 'assets', name: 'SAME_FIELD: 机要用车 is 机要通信用车' },
      { code: '截至2024年12月31日,本单位共有车辆9辆,其中:一般公务用车3辆、一般执法执勤用车4辆、特种专业技术用车1辆、其他用车1辆。', section: 'assets', data: GUANGXI, name: 'SAME_FIELD: 一般执法执勤用车 (GX-WZ) is the data\'s 执法执勤用车' },
      { code: '公务接待费 12.32 万元，其中：国内公务接待费 12.32 万元，国外接待费 0 万元。', section: 'sanGong', name: 'SAME_FIELD: 国外接待费' },
      { code: '公务接待费 12.32 万元，境外接待费支出决算为 0 万元。', section: 'sanGong', name: 'SAME_FIELD: 境外接待费, before a cue' },
    ],
    invalid: [
      {
        code: VEHICLES('符合规定领导干部用车 1 辆、特种用车 0 辆、应急保障用车 3 辆'), section: 'assets',
        name: 'a name the data lacks right after a known one: its figure is not the known one\'s (no count-mismatch, no fix)',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0' }],
      },
      {
        code: VEHICLES('主要领导干部用车 1 辆'), section: 'assets', name: 'a longer name is not the alias inside it',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1' }],
      },
      {
        code: '截至 2025 年 12 月 31 日，本部门共有车辆 11 辆，其中：领导干部用车 1 辆。', section: 'assets', data: SHANGHAI,
        name: 'two leaders\' cars in the data (部级, 主要): 领导干部用车 is not certain',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1' }],
      },
      {
        code: '公务接待费 12.32 万元，外地接待费支出决算为 0 万元。', section: 'sanGong', name: 'an unknown name before a cue (支出决算为) does not pass the figure to 公务接待费',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0' }],
      },
      {
        code: '一般公共服务支出（类）政府办公厅及相关机构事务支出决算为 3,218.84 万元。', section: 'gpb', name: 'a 款 name slightly off, with no marker',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3,218.84' }],
      },
      {
        code: '行政运行（项）年初预算为 1,796.83 万元，支出决算为 1,861.10 万元。', section: 'gpb', data: TWO_ITEMS, name: 'a 项 name two 款 share: neither is meant for certain',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1,796.83' }, { ruleId: 'unverified-figure', severity: 1, actual: '1,861.10' }],
      },
      {
        code: '行政运行（项）支出决算为 1,861.14 万元，较年初预算 1,769.83 万元增加 64.13 万元。', section: 'gpb', data: TWO_ITEMS,
        name: 'figures that fit neither of the two pin nothing',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1,861.14' }, { ruleId: 'unverified-figure', severity: 1, actual: '1,769.83' }, { ruleId: 'unverified-figure', severity: 1, actual: '64.13' }],
      },
    ],
  },
  'unknown-subject': {
    valid: [
      { code: '2023年一般公共预算财政拨款支出1421.33万元,主要用于以下方面:文化旅游体育与传媒(类)支出1147.84万元,占80.8%。', section: 'gpb', data: SICHUAN },
      { code: '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为 1,796.83 万元。', section: 'gpb', data: TWO_ITEMS, name: 'the full path names one of the two 行政运行' },
    ],
    invalid: [
      {
        code: '2023年一般公共预算财政拨款支出1421.33万元,主要用于以下方面:文化体育与传媒(类)支出1147.84万元,占80.8%。', section: 'gpb', data: SICHUAN,
        name: 'RENAMED_SUBJECTS 207: the old class name, its figures verified against 207',
        errors: [{ ruleId: 'unknown-subject', severity: 1, actual: '文化体育与传媒支出' }],
      },
      {
        code: '1.文化体育与传媒支出(类)文化和旅游(款)行政运行(项):年初预算为372.10万元,支出决算为386.52万元,完成年初预算的103.88%。', section: 'gpb', data: SICHUAN,
        name: 'the old class name in a 项\'s path, where the 项 would verify', errors: [{ ruleId: 'unknown-subject', severity: 1, column: 3 }],
      },
      {
        code: '2023年一般公共预算财政拨款支出1421.33万元,主要用于以下方面:文化体育与传媒(类)支出1174.84万元,占80.8%。', section: 'gpb', data: SICHUAN,
        name: 'the old name and a wrong figure: the figure checked against the renamed class',
        errors: [{ ruleId: 'unknown-subject', severity: 1 }, { ruleId: 'amount-mismatch', expected: '1147.84' }],
      },
      {
        code: '医疗卫生与计划生育支出（类）113.6 万元，占 2.7%。', section: 'gpb', name: 'RENAMED_SUBJECTS 210',
        errors: [{ ruleId: 'unknown-subject', severity: 1, actual: '医疗卫生与计划生育支出' }],
      },
      {
        code: '国土海洋气象等支出（类）10 万元。', section: 'gpb', data: TWO_ITEMS, name: 'RENAMED_SUBJECTS 220',
        errors: [{ ruleId: 'unknown-subject', severity: 1, actual: '国土海洋气象等支出' }],
      },
      {
        code: '5、社会保障和就业支出（类）行政事业单位养老支出（款）归口管理的行政单位离退休（项）。年初预算为 272.25 万元，支出决算为 295.18 万元，完成年初预算的 108.42%。', section: 'gpb',
        name: 'RENAMED_SUBJECTS 2080501 (SH-PT-SQ25)', errors: [{ ruleId: 'unknown-subject', severity: 1, actual: '归口管理的行政单位离退休' }],
      },
      {
        code: '一般公共预算财政拨款支出 4,211.05 万元，主要用于以下方面：教育（类）支出 16.24 万元，占 0.38%；住房保障（类）支出 213.27 万元，占 5.06%。', section: 'gpb',
        name: 'a 类 the data does not hold: its figures are not the total\'s (no wrong fix)',
        errors: [{ ruleId: 'unknown-subject', severity: 1, actual: '教育' }, { ruleId: 'unverified-figure', severity: 1, actual: '16.24' }, { ruleId: 'unverified-figure', severity: 1, actual: '0.38' }],
      },
      {
        code: '城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项）。年初预算为 280 万元，支出决算为 129.11 万元，完成年初预算的 46.11%。', section: 'gpb',
        name: 'a 公开07表 项 in 五: not 公开05表\'s, its figures not checked against the data',
        errors: [{ ruleId: 'unknown-subject', severity: 1, actual: '其他国有土地使用权出让收入安排的支出' }],
      },
    ],
  },
}, { section: 'gpb' });

describe('an unverified figure after a name the data lacks names that name and the fields it may be', () => {
  const messages = (code: string, section: Section, data?: Parameters<typeof lintCase>[0]['data']) =>
    lintCase({ code, section, ...(data ? { data } : {}) }, { section }).map((m) => m.message);
  it('特种用车 may be 特种专业技术用车', () => {
    expect(messages(VEHICLES('符合规定领导干部用车 1 辆、特种用车 0 辆'), 'assets')).toEqual(['无法核对 0 辆：数据中没有“特种用车”，可能是：“特种专业技术用车”，请核对名称']);
  });
  it('领导干部用车 where the data has two leaders\' cars names both', () => {
    expect(messages('截至 2025 年 12 月 31 日，本部门共有车辆 11 辆，其中：领导干部用车 1 辆。', 'assets', SHANGHAI)[0]).toContain('可能是：“部级领导干部用车”、“主要领导干部用车”');
  });
  it('the name is the words after what leads up to it (本部门共有公务用车 → 公务用车)', () => {
    expect(messages('截至 2024 年 12 月 31 日，本部门共有公务用车 20 辆。', 'assets')).toEqual(['无法核对 20 辆：数据中没有“公务用车”，请核对名称']);
  });
});

describe('a 项 name two 款 share, pinned by the figures of its clause (blind 12L: 一般行政管理事务 in 2010302 and 2120102)', () => {
  it('the budget and actual of one of the two pin the clause\'s change too: a wrong change is an error, fixed', () => {
    const messages = lintCase({
      code: '行政运行（项）支出决算为 1,861.14 万元，较年初预算 1,796.83 万元增加 64.13 万元，完成年初预算的 103.58%。', section: 'gpb', data: TWO_ITEMS,
    }, { section: 'gpb' });
    expect(messages.map((m) => [m.ruleId, m.severity, m.actual, m.expected])).toEqual([['change-mismatch', 2, '64.13', '64.31']]);
  });
});
