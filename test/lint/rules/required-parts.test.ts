/**
 * part-missing: where a section breaks a whole into the parts its template
 * requires — “三公”经费 into its three items, 公务用车购置及运行维护费 into 购置费
 * and 运行维护费, 基本支出 into 人员经费 and 公用经费 — a part the document never
 * names is a warning naming it. Not where the part is named elsewhere (another
 * paragraph, 均为 0, a table row) or by its short name in the whole's bracket or
 * after its 其中 (…维护费 X（购置费 Y、运行维护费 Z）, blind test 7), where the data
 * holds it as 0, or where the section gives no breakdown at all.
 */
import { readFileSync } from 'node:fs';
import { parseAccounts } from '../../../src/data/load.js';
import { ROOT } from '../../helpers.js';
import { ruleTester } from './tester.js';

/** 公务用车购置费 24.86 万元 (not 0): leaving it out leaves money out. */
const GUANGXI = parseAccounts(readFileSync(`${ROOT}test/fixtures/corpus/guangxi-2024-yuan.yaml`, 'utf8'), 'guangxi.yaml').accounts;

const SAN_GONG = '## 九、财政拨款“三公”经费支出决算情况说明\n\n';

ruleTester({
  'part-missing': {
    valid: [
      { code: '“三公”经费支出决算为 49.7 万元，其中：因公出国（境）费 20.14 万元，公务用车购置及运行维护费 17.24 万元，公务接待费 12.32 万元。', section: 'sanGong' },
      { code: '“三公”经费支出决算为 49.7 万元。', section: 'sanGong', name: 'no breakdown begun: nothing left out of one' },
      {
        markdown: `${SAN_GONG}“三公”经费支出决算为 49.7 万元，其中：因公出国（境）费 20.14 万元，公务接待费 12.32 万元。\n\n公务用车购置及运行维护费 17.24 万元，主要用于公务用车的燃油、维修。\n`,
        name: 'the part stated in another paragraph of the section',
      },
      { code: '公务用车购置及运行维护费 17.24 万元，其中：公务用车运行维护费 17.24 万元。', section: 'sanGong', name: '购置费 is 0 in the data: the stated part is the whole' },
      { code: '基本支出 3,153.47 万元，其中：人员经费 2,758.39 万元，公用经费 395.08 万元。', section: 'basic' },
      { code: '人员经费 2,758.39 万元，占基本支出的 87.47%。', section: 'basic', name: 'the whole after 占 is no breakdown' },
      {
        code: '“三公”经费支出决算为46.85万元，其中：公务用车购置费24.86万元，公务用车运行维护费17.47万元，公务接待费4.52万元。', data: GUANGXI,
        name: 'the vehicles’ line stated by both its parts (blind4r §3.3): 购置费 and 运行维护费 separately',
      },
      {
        code: '公务用车购置及运行维护费42.33万元（购置费24.86万元、运行维护费17.47万元）。', data: GUANGXI,
        name: 'the parts by their short names in the whole’s bracket (blind test 7)',
      },
      { code: '公务用车购置及运行维护费42.33万元，其中购置费24.86万元。', data: GUANGXI, name: 'or after its 其中' },
    ],
    invalid: [
      {
        code: '“三公”经费支出决算为 49.7 万元，其中：因公出国（境）费 20.14 万元，公务接待费 12.32 万元。', section: 'sanGong',
        errors: [{ ruleId: 'part-missing', severity: 1, actual: '“三公”经费支出', line: 3, column: 1 }],
      },
      {
        code: '基本支出 3,153.47 万元，其中：人员经费 2,758.39 万元，主要包括基本工资、津贴补贴等。', section: 'basic',
        errors: [{ ruleId: 'part-missing', severity: 1, actual: '基本支出' }],
      },
      {
        code: '公务用车购置及运行维护费支出 42.33 万元，其中：公务用车运行维护费 17.47 万元。', section: 'sanGong', data: GUANGXI,
        name: '购置费 24.86 万元 in the data, left out', errors: [{ ruleId: 'part-missing', severity: 1 }],
      },
      {
        code: '“三公”经费支出决算为46.85万元，其中：公务用车购置费24.86万元，公务接待费4.52万元。', data: GUANGXI,
        name: 'one of the vehicles’ parts only: their line is not stated',
        errors: [{ ruleId: 'part-missing', severity: 1, actual: '“三公”经费支出' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '公务用车运行维护费17.47万元（燃油费、维修费等）。', data: GUANGXI, name: 'what a bracket lists without figures' }],
    invalid: [
      {
        code: '公务用车运行维护费17.47万元（购置费24.86万元）。', data: GUANGXI,
        name: 'a short name in the bracket of a whole it is no part of says nothing', errors: [{ ruleId: 'unverified-figure', actual: '24.86' }],
      },
    ],
  },
  'amount-mismatch': {
    valid: [{ code: '公务用车购置及运行维护费42.33万元（购置费24.86万元、运行维护费17.47万元）。', data: GUANGXI }],
    invalid: [
      {
        code: '公务用车购置及运行维护费42.33万元（购置费24.68万元、运行维护费17.47万元）。', data: GUANGXI,
        name: 'the short name pins the part: its figure is checked', errors: [{ ruleId: 'amount-mismatch', expected: '24.86', actual: '24.68' }],
      },
    ],
  },
}, { section: 'sanGong' });
