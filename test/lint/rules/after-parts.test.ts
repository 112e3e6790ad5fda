/**
 * A change sentence after a 其中 list (blind 20L A, D): `X 万元，其中：A a 万元，B b 万元。与上年相比，增加 D 万元，增长 R%。`
 * opens a new sentence without naming a subject. The writer means the whole the 其中 broke down (the sentence's
 * head subject), perhaps the last part — never the last part alone. The whole's right figures are verified; a figure
 * neither reading confirms is unverified with both candidates, never an error, never fixed.
 */
import { ruleTester } from './tester.js';

const PARTS = '本年支出合计4,340.16万元，其中：基本支出3,153.47万元，项目支出1,186.68万元。';

ruleTester({
  'unverified-figure': {
    valid: [
      { code: `${PARTS}与上年相比，减少353.85万元，下降7.54%。`, name: 'the whole\'s change after its parts: verified against the whole' },
      { code: `${PARTS}比上年减少353.85万元，下降7.54%。`, name: '比上年 opening the sentence: the same' },
      { code: `${PARTS}项目支出比上年减少85.92万元。`, name: 'a part named again: its own change' },
    ],
    invalid: [
      {
        code: `${PARTS}与上年相比，减少335.85万元。`,
        name: 'a figure neither the whole nor the last part confirms: unverified with both, not the last part\'s error',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '335.85', message: /本年支出合计增减额.*项目支出增减额/u }],
      },
      {
        code: `${PARTS}与上年相比，减少85.92万元。`,
        name: 'the last part\'s change: only a guess, unverified',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '85.92' }],
      },
    ],
  },
  'change-mismatch': {
    valid: [{ code: `${PARTS}本年支出合计比上年减少353.85万元。`, name: 'the whole named again' }],
    invalid: [
      {
        code: `${PARTS}项目支出比上年减少335.85万元。`, name: 'a part named again is checked as itself',
        errors: [{ ruleId: 'change-mismatch', expected: '85.92', actual: '335.85' }],
      },
    ],
  },
}, { section: 'expenditure' });

/** blind 20L C: past a ；the part named after 其中 is no longer the subject — the whole is, the part only a rival. */
ruleTester({
  'unverified-figure': {
    valid: [{ code: '国内公务接待27批次，其中外事接待0批次；接待人次621人次。', name: 'the whole\'s count after ；: verified' }],
    invalid: [
      {
        code: '国内公务接待27批次，其中外事接待0批次；接待人次612人次。', name: 'neither the whole\'s nor the part\'s: unverified, never the part\'s error',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '612' }],
      },
    ],
  },
}, { section: 'sanGong' });

/**
 * A 其中 that heads the items below (pdftotext joins a paragraph's lines: `…原因是…。其中：1、X（项）。年初预算为…`), with no
 * figure after it in its sentence, breaks nothing down: the item's figures stay the item's, never the whole's
 * (the whole's 完成年初预算的 87.88% is not judged against the item's budget and actual — 普陀区财政局 2024 as text).
 */
const HEADED = '2024 年度一般公共预算财政拨款支出年初预算为 4,791.75 万元，支出决算为 4,211.05 万元，完成年初预算的 87.88%。决算数小于年初预算数的主要原因是积极压缩开支。其中：1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。';

ruleTester({
  'completion-rate-inconsistent': {
    valid: [{ code: `${HEADED}年初预算为 1,796.83 万元，支出决算为 1,861.14 万元。`, name: 'an item headed by 其中：1、: its figures are not the whole\'s' }],
    invalid: [],
  },
  'budget-mismatch': {
    valid: [{ code: `${HEADED}年初预算为 1,796.83 万元，支出决算为 1,861.14 万元。` }],
    invalid: [],
  },
}, { section: 'gpb' });
