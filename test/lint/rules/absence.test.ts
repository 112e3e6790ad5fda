/**
 * absence-mismatch: a sentence that says something does not exist (本年度无因公出国（境）费支出,
 * 因公出国（境）费用没有, 无政府性基金预算财政拨款收入和支出) claims its figure is 0, and is
 * wrong where the data holds another figure for exactly the fact its words name — this year's
 * unless another year is named, what was spent unless a budget (预算) or a count (人数, 团组)
 * is named. The message stands on the negation word; there is no fix: the sentence needs
 * rewriting. 无 or 没有 beside no name (无偿, 无需, 无上年数, 没有使用…安排的支出), a supposition
 * (如无…), a description of those it applies to (无…的部门), another period (上年无…) and a
 * part the data does not hold say nothing.
 *
 * Seed data: 因公出国（境）费 20.14 万元, 团组 3 个, 5 人次; 公务用车购置费 0; 国（境）外公务接待 0;
 * 政府性基金预算财政拨款 129.11 万元; 国有资本经营预算 0; 机关运行经费 377.88 万元.
 */
import { describe, expect, it } from 'vitest';
import { parseAccounts } from '../../../src/data/load.js';
import { dataCatalog } from '../../../src/facts/unknown.js';
import { createLintContext, lintMarkdown } from '../../../src/lint/lint.js';
import { seedText, seedWith } from '../../helpers.js';
import { HEADINGS, ruleTester } from './tester.js';

const NO_ABROAD = seedWith('    因公出国（境）费: 20.14\n    公务用车购置及运行维护费: 17.24\n    公务用车购置费:\n    公务用车运行维护费: 17.24\n    公务接待费: 12.32\n\n', '    因公出国（境）费: 0\n    公务用车购置及运行维护费: 17.24\n    公务用车购置费:\n    公务用车运行维护费: 17.24\n    公务接待费: 12.32\n\n');

ruleTester({
  'absence-mismatch': {
    valid: [
      // the data says 0: the negation is verified
      { code: '本部门本年度无国有资本经营预算财政拨款收入和支出。', section: 'soe' },
      { code: '2024 年度无国有资本经营预算财政拨款支出。', section: 'soe' },
      { code: '2024年无公务用车购置费支出。' },
      { code: '本年度未发生公务用车购置费。' },
      { code: '无国（境）外公务接待。' },
      { code: '国（境）外公务接待情况：无。' },
      { code: '本部门本年度无因公出国（境）支出。', data: NO_ABROAD, name: 'the data holds 0 for it' },
      // not a claim that something named does not exist
      { code: '因公出国（境）费无需另行安排。' },
      { code: '本部门使用无人机开展巡查。' },
      { code: '本部门没有使用国有资本经营预算安排的支出。', section: 'soe', name: '没有 beside a verb, not a name' },
      { code: '无因公出国（境）费支出的部门，作下述说明。', name: 'a description of the units it applies to' },
      { code: '如无因公出国（境）费支出，应说明原因。', name: 'a supposition' },
      { code: '有无因公出国（境）费支出，以决算数为准。' },
      { code: '上年无因公出国（境）费支出。', name: 'another period' },
      { code: '2023 年无因公出国（境）费支出。', name: 'last year, which the data does not hold for 三公' },
      { code: '年初预算中无因公出国（境）费。', name: 'a clause about a budget, no 预算 named after the name' },
      { code: '无因公出国（境）费支出增长情况。', name: 'more follows the name than a closing noun' },
      { code: '因公出国（境）费无上年数。' },
      { code: '与 2023 年相比，本年度无政府性基金预算财政拨款支出。', name: 'a sentence comparing two years: which year is nil, unsaid', section: 'govFund' },
      { code: '因公出国（境）费用没有发生变化。' },
      { code: '公务接待费无此项。' },
      { code: '本部门无线电设备运行正常。' },
    ],
    invalid: [
      {
        code: '本部门本年度无因公出国（境）支出。',
        errors: [{ ruleId: 'absence-mismatch', severity: 2, actual: '无', line: 3, column: 7 }],
      },
      { code: '2024年无因公出国（境）费支出。', errors: [{ ruleId: 'absence-mismatch', column: 6 }] },
      { code: '因公出国（境）费用没有。', errors: [{ ruleId: 'absence-mismatch', actual: '没有', column: 10 }] },
      { code: '无因公出国（境）人数。', name: '5 人次', errors: ['absence-mismatch'] },
      { code: '本年度无因公出国（境）团组。', name: '3 个团组', errors: ['absence-mismatch'] },
      { code: '无因公出国（境）费预算。', name: 'a budget of 20.14', errors: ['absence-mismatch'] },
      { code: '本年度无财政拨款“三公”经费支出。', errors: ['absence-mismatch'] },
      { code: '本年度没有政府性基金预算财政拨款收入和支出。', section: 'govFund', errors: ['absence-mismatch'] },
      { code: '本部门无机关运行经费支出。', section: 'office', errors: ['absence-mismatch'] },
      { code: '无公务用车购置费和因公出国（境）费支出。', name: 'one of the two named is not 0', errors: ['absence-mismatch'] },
    ],
  },
}, { section: 'sanGong' });

describe('absence-mismatch: what the message says', () => {
  const ctx = createLintContext(dataCatalog(parseAccounts(seedText(), 'seed.yaml')));
  const lint = (code: string, section: keyof typeof HEADINGS = 'sanGong') => lintMarkdown(`## ${HEADINGS[section]}\n\n${code}\n`, ctx).messages;

  it('names the fact and its value, asks for the sentence to be rewritten, offers no fix', () => {
    const [m] = lint('本部门本年度无因公出国（境）支出。');
    expect(m!.message).toContain('因公出国（境）费');
    expect(m!.message).toContain('20.14 万元');
    expect(m!.message).toContain('改写');
    expect(m!.fix).toBeUndefined();
  });

  it('a verified negation counts as verified', () => {
    const clean = lintMarkdown(`## ${HEADINGS.soe}\n\n本部门无国有资本经营预算财政拨款支出。\n`, ctx);
    expect(clean.messages).toEqual([]);
    expect(clean.verifiedCount).toBe(1);
  });

  it('a table the data file leaves out: nothing is said', () => {
    const data = seedText().replace(/^公开09表:.*\n(?:(?: .*)?\n)*/mu, '');
    const partial = createLintContext(dataCatalog(parseAccounts(data, 'partial.yaml')));
    const messages = lintMarkdown(`## ${HEADINGS.sanGong}\n\n本部门本年度无因公出国（境）支出。\n`, partial).messages;
    expect(messages.filter((m) => m.ruleId === 'absence-mismatch')).toEqual([]);
  });
});

describe('absence-mismatch in tables and under a table\'s title', () => {
  const ctx = createLintContext(dataCatalog(parseAccounts(seedText(), 'seed.yaml')));
  const errors = (markdown: string) => lintMarkdown(markdown, ctx).messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.actual}`);

  it('a cell holding only 无 says its row is nil: wrong for 因公出国（境）费, right for 国（境）外公务接待', () => {
    const table = `## ${HEADINGS.sanGong}\n\n| 项目 | 情况 |\n| --- | --- |\n| 国(境)外公务接待情况 | 无 |\n| 因公出国(境)费 | 无 |\n`;
    expect(errors(table)).toEqual(['6:14 absence-mismatch 无']);
  });

  it('a 无 under a column that is no amount (占比, a count) says nothing this rule reads', () => {
    const table = `## ${HEADINGS.sanGong}\n\n| 项目 | 占比（%） | 团组（个） |\n| --- | --- | --- |\n| 因公出国(境)费 | 无 | 无 |\n`;
    expect(errors(table).filter((e) => e.includes('absence'))).toEqual([]);
  });

  it('故本表无数据 / 本表为空表 is said of the totals of the table whose title stands above it', () => {
    const doc = [
      '## 公开07表 政府性基金预算财政拨款收入支出决算表', '', '单位：万元', '', '故本表无数据。', '',
      '## 公开08表 国有资本经营预算财政拨款支出决算表', '', '本部门没有使用国有资本经营预算安排的支出，故本表无数据。', '',
      '## 财政拨款“三公”经费支出决算表', '', '本表为空表。', '',
    ].join('\n');
    expect(errors(doc)).toEqual(['5:4 absence-mismatch 无数据', '13:3 absence-mismatch 为空表']);
  });

  it('本单位无此项支出 under a table\'s title is said of its spending; 无此项收入 of no total this rule reads', () => {
    const doc = [
      '## 公开07表 政府性基金预算财政拨款收入支出决算表', '', '本单位本年度无此项支出。', '',
      '## 财政拨款“三公”经费支出决算表', '', '本部门无此项支出。', '',
      '## 公开08表 国有资本经营预算财政拨款支出决算表', '', '本单位无此项收入。', '',
    ].join('\n');
    expect(errors(doc)).toEqual(['3:7 absence-mismatch 无此项支出', '7:4 absence-mismatch 无此项支出']);
  });

  it('本表 under a Part 3 section title, which names no table: nothing is said', () => {
    expect(errors(`## ${HEADINGS.govFund}\n\n故本表无数据。\n`)).toEqual([]);
  });

  it('one sentence, one message: 没有…收入和支出，故本表无数据 is reported once', () => {
    const doc = '## 政府性基金预算财政拨款收入支出决算表\n\n说明：本部门本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。\n';
    expect(errors(doc)).toEqual(['3:10 absence-mismatch 没有']);
  });
});
