/**
 * The “主要包括” lists of section 六 name the 公开06表 items of 人员经费 or
 * 公用经费 that have an amount (DOMAIN §六): listed-item-zero (an item the
 * table holds as 0, an error) and listed-item-missing (an item with an amount
 * left out of a list that does not end with 等, a warning). Shortened or free
 * names are never wrong.
 */
import { mutateSeed, ruleTester } from './tester.js';

const PERSONNEL = '人员经费 2,758.39 万元，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、医疗费、其他工资福利支出、退休费、退职（役）费、抚恤金、生活补助、医疗费补助、其他对个人和家庭的补助。';
/** 公开06表 with its blank rows left out, as a data file may (空白单元格留空即可): its items still add up to 公用经费合计. */
const BLANK_ROWS_LEFT_OUT = mutateSeed((a) => {
  a.t06.publicFunds = a.t06.publicFunds.filter((r) => !r.amount.isZero());
});
/** …and a row with an amount left out too: the items no longer add up to the total, the table is not given in full. */
const ROWS_LEFT_OUT = mutateSeed((a) => {
  a.t06.publicFunds = a.t06.publicFunds.filter((r) => !r.amount.isZero() && r.name !== '劳务费');
});
const PUBLIC_FUNDS = '公用经费 395.08 万元，主要包括：办公费、水费、电费、邮电费、取暖费、物业管理费、差旅费、维修（护）费、租赁费、专用材料费、劳务费、委托业务费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和服务支出。';

ruleTester({
  'listed-item-zero': {
    valid: [
      { code: PERSONNEL, name: 'the seed: every item with an amount, brackets of the other width (退职（役）费)' },
      { code: PUBLIC_FUNDS },
      { code: `一般公共预算财政拨款基本支出 3,153.47 万元。其中：${PERSONNEL.replace('。', '；')}${PUBLIC_FUNDS}`, name: 'both lists in one sentence (Shanghai)' },
      { code: PERSONNEL.replace('机关事业单位基本养老保险缴费', '基本养老保险缴费'), name: 'a shortened name lists its item' },
      { code: '人员经费 2,758.39 万元，主要包括：基本工资、津贴补贴等。', name: 'an open list (等) need not name every item' },
      { code: '公用经费 395.08 万元，主要用于保障机关日常运转，包括会议、培训等。', name: 'a description, not a list of the table’s items' },
      {
        code: PUBLIC_FUNDS.replace('水费、', '水费、会议费、'), data: ROWS_LEFT_OUT,
        name: 'a row the data leaves out where its items do not add up to 公用经费合计: nobody knows it is 0',
      },
      {
        code: PUBLIC_FUNDS.replace('水费、', '水费、印刷宣传费、'), data: BLANK_ROWS_LEFT_OUT,
        name: 'a name that is no item of 公开06表 (no standard 经济分类 name): a free description',
      },
      {
        code: `人员经费 2,758.39 万元，${PUBLIC_FUNDS}`,
        name: 'the list belongs to the group named last before 主要包括 (公用经费), not to 人员经费 named first',
      },
    ],
    invalid: [
      {
        code: PUBLIC_FUNDS.replace('水费、', '水费、会议费、'),
        name: '会议费 (30215) is blank in 公开06表',
        errors: [{ ruleId: 'listed-item-zero', severity: 2, actual: '会议费', line: 3, column: 28 }],
      },
      {
        code: PUBLIC_FUNDS.replace('水费、', '水费、会议费、'), data: BLANK_ROWS_LEFT_OUT,
        name: 'blind 12L: 会议费 (30215) left out of 公开06表 whose items add up to 公用经费合计 — a blank row, 0',
        errors: [{ ruleId: 'listed-item-zero', severity: 2, actual: '会议费', line: 3, column: 28 }],
      },
      {
        code: '人员经费 2,758.39 万元，主要包括：基本工资、津贴补贴、伙食补助费等。',
        name: 'an open list still names no item the table holds as 0',
        errors: [{ ruleId: 'listed-item-zero', actual: '伙食补助费' }],
      },
    ],
  },
  'listed-item-missing': {
    valid: [
      { code: PERSONNEL.replace('、职业年金缴费', '、职业年金等缴费'), name: '等 anywhere in the list opens it' },
    ],
    invalid: [
      {
        code: PERSONNEL.replace('、职业年金缴费', ''),
        name: '职业年金缴费 (196.34) left out of a closed list',
        errors: [{ ruleId: 'listed-item-missing', severity: 1, actual: '人员经费', line: 3, column: 1 }],
      },
    ],
  },
}, { section: 'basic' });
