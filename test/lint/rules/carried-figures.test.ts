/**
 * Blind test 15L §1: figures whose kind or subject the reader carried from elsewhere, that --fix rewrote in
 * correct text. Each is pinned only where the words pin it; where the subject comes from a clause before
 * another subject's, the figure is at most unverified.
 */
import { ruleTester } from './tester.js';

/**
 * §1a: 人员经费包括…；公用经费即商品和服务支出，本年为 X — the ；and the new subject end 人员经费's reach: the figure
 * is 公用经费's (a reading: verified where it agrees, else unverified naming both), never an error against 人员经费.
 */
const PERSONNEL = '人员经费包括工资福利支出和对个人和家庭的补助；';
ruleTester({
  'unverified-figure': {
    valid: [
      { code: `${PERSONNEL}公用经费即商品和服务支出，本年为395.08万元。`, name: 'blind 15L sxwl l.59: the new subject’s figure' },
      { code: `${PERSONNEL}公用经费即商品和服务支出（302），本年为395.08万元。`, name: 'the same with the class’s code' },
      { code: `${PERSONNEL}公用经费，本年为395.08万元。`, name: 'the new subject alone in its clause' },
      { code: '人员经费2,758.39万元，主要包括基本工资；公用经费，本年为395.08万元。', name: 'after a figure of the first subject' },
      { code: '一般公共预算财政拨款基本支出3,153.47万元，主要用于：人员经费2,758.39万元；公用经费395.08万元。', name: 'a list of subjects each with its figure' },
    ],
    invalid: [
      {
        code: `${PERSONNEL}公用经费即商品和服务支出，本年为2,758.39万元。`, name: 'the earlier subject’s figure: a reading, unverified',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '2,758.39', message: /395\.08/u }],
      },
      {
        code: `${PERSONNEL}公用经费即商品和服务支出，本年为359.08万元。`, name: 'a figure of neither: unverified naming both, never fixed',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '359.08', message: /395\.08.*2,758\.39/u }],
      },
      {
        code: '人员经费主要用于工资福利支出；办公费，本年为395.08万元。', name: 'words no topic holds open the clause after ；',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '395.08' }],
      },
    ],
  },
}, { section: 'basic' });

/**
 * §1a: 公开06表's classes with their codes in brackets (商品和服务支出（302）X) read as the names; a code of another
 * class leaves the name unread.
 */
ruleTester({
  'amount-mismatch': {
    valid: [
      { code: '公用经费395.08万元，其中商品和服务支出（302）395.08万元。' },
      { code: '人员经费2,758.39万元，其中：工资福利支出（301）2,456.31万元，对个人和家庭的补助（303）302.08万元。' },
    ],
    invalid: [
      {
        code: '公用经费395.08万元，其中商品和服务支出（302）359.08万元。', name: 'the class’s figure wrong',
        errors: [{ ruleId: 'amount-mismatch', expected: '395.08', actual: '359.08' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '公用经费395.08万元，其中商品和服务支出（302）395.08万元。', name: 'its own code' }],
    invalid: [
      {
        code: '公用经费395.08万元，其中商品和服务支出（301）359.08万元。', name: 'another class’s code: the name is not read',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '359.08' }],
      },
    ],
  },
}, { section: 'basic' });

/**
 * §1b: 年初预算为 A（其中 X B、Y C）— a bracket right after a budget breaks the budget down: the parts are the
 * items' budgets, never their actual spending.
 */
const BUDGET = '一般公共预算财政拨款支出年初预算为4,791.75万元';
ruleTester({
  'budget-mismatch': {
    valid: [
      { code: `${BUDGET}（其中行政运行1,796.83万元、一般行政管理事务1,723.70万元），支出决算为4,211.05万元。`, name: 'blind 15L gjjl P7/P8' },
      { code: `${BUDGET}（其中行政运行1,796.83万元），支出决算为4,211.05万元。` },
      { code: `${BUDGET}（其中行政运行支出决算1,861.14万元），支出决算为4,211.05万元。`, name: 'a part with words of its own' },
    ],
    invalid: [
      {
        code: `${BUDGET}（其中行政运行1,861.14万元），支出决算为4,211.05万元。`, name: 'the item’s actual in the budget’s bracket: its budget is meant',
        errors: [{ ruleId: 'budget-mismatch', expected: '1,796.83', actual: '1,861.14' }],
      },
    ],
  },
}, { section: 'gpb' });

/**
 * §1c: 略增 / 略减 / 微增 / 微降 … are direction words — the figure after them is the change, never last year's
 * figure; a one-character verb no word of the lexicon holds (较上年猛增 X) makes the figure the change, a reading.
 */
ruleTester({
  'change-mismatch': {
    valid: [
      { code: '基本支出较上年略减267.94万元，下降7.83%。', name: 'blind 15L ybyy P9' },
      { code: '基本支出较上年微降267.94万元。' },
      { code: '基本支出较上年稍减267.94万元。' },
      { code: '基本支出较上年减267.94万元。', name: 'a one-character verb' },
      { code: '基本支出比上年3,421.41万元减少267.94万元。', name: 'last year’s figure before its verb' },
    ],
    invalid: [
      {
        code: '基本支出较上年略减276.94万元，下降7.83%。', name: 'the change wrong',
        errors: [{ ruleId: 'change-mismatch', expected: '267.94', actual: '276.94' }],
      },
    ],
  },
  'direction-mismatch': {
    valid: [{ code: '基本支出较上年微减267.94万元。' }],
    invalid: [
      {
        code: '基本支出较上年略增267.94万元。', name: 'the small change the wrong way',
        errors: [{ ruleId: 'direction-mismatch', expected: '略减' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '基本支出较上年骤减267.94万元。', name: 'a verb the lexicon lacks, the change’s figure' }],
    invalid: [
      {
        code: '基本支出较上年骤减276.94万元。', name: 'a verb the lexicon lacks: a reading, never last year’s figure',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '276.94', message: /267\.94/u }],
      },
    ],
  },
}, { section: 'expenditure' });

/**
 * npm run fuzz (metamorphic split-join, shanghai-2025-env): …（项），主要用于…；年初预算为 X — a clause after the
 * description's ；that opens with the cue of one of the subject's own figures holds no other subject: its figures are
 * the 项's, as after 。. Where the description named a subject of its own before the ；, the figure stays a guess.
 */
const ITEM = '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项），主要用于机关日常运转';
ruleTester({
  'budget-mismatch': {
    valid: [{ code: `${ITEM}；年初预算为 1,796.83 万元，支出决算为 1,861.14 万元。` }],
    invalid: [
      {
        code: `${ITEM}；年初预算为 1,769.83 万元，支出决算为 1,861.14 万元。`, name: 'the 项’s budget wrong after ；as after 。',
        errors: [{ ruleId: 'budget-mismatch', expected: '1,796.83', actual: '1,769.83' }],
      },
    ],
  },
  'amount-mismatch': {
    valid: [{ code: `${ITEM}；年初预算为 1,796.83 万元，支出决算为 1,861.14 万元。` }],
    invalid: [
      {
        code: `${ITEM}；年初预算为 1,796.83 万元，支出决算为 1,816.14 万元。`, name: 'the 项’s actual wrong in the next clause',
        errors: [{ ruleId: 'amount-mismatch', expected: '1,861.14', actual: '1,816.14' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: `${ITEM}；年初预算为 1,796.83 万元，决算数大于年初预算数。`, name: 'the budget and the comparison after ；, both the 项’s' }],
    invalid: [
      {
        code: '一般公共预算财政拨款支出 4,211.05 万元，主要用于：一般公共服务（类）支出 3,218.84 万元；年初预算为 4,719.75 万元。',
        name: 'a subject the description named before the ；: the whole’s budget or the class’s, a guess',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '4,719.75' }],
      },
      {
        code: `${ITEM}；其年初预算为 1,769.83 万元。`, name: 'a word before the cue: a guess, as before',
        errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1,769.83' }],
      },
    ],
  },
}, { section: 'gpb' });
