/**
 * A figure is a fact's only where the words bind it to that fact (found by blind test 5):
 * - a qualifier makes it another quantity: 人均机关运行经费 X, 每辆…平均 X, 其余各类用车均为 X, and for a
 *   count 报废 N 辆 — unverified, never the named fact's figure (a fix would write the total over the
 *   per-head figure);
 * - a subject is not carried across ；or 。 into a clause that names its own (…本年度未购置公务用车；
 *   公务用车运行维护费 X，主要用于 N 辆…: N is no count of 购置);
 * - a change whose sentence opens with words naming what changed (全年办理不动产登记业务同比增长 X%,
 *   全年受理登记案件同比增长 X%) is that subject's, not the one carried from the sentence before.
 * - a count bought in the year (本年更新执法巡查车辆 1 辆, 公务用车保有量 20 辆，本年新购 1 辆, 购买车辆 1 辆) is a
 *   change of the stock, not 车辆总数 or 保有量 (found by blind test 7: a fix wrote the stock over it); a name
 *   that begins with the word (新购公务用车) is still the purchase count;
 * - a balance carried over (年初结转的一般行政管理事务资金 X, 结转至下年的…资金 X, 结余 X) is no spending of the 项
 *   it names: unverified, naming the section's 年初/年末结转和结余 (blind test 7: a fix wrote the 项's 决算数).
 * Where the words do name the fact, the wrong figure is still an error.
 */
import { describe, expect, it } from 'vitest';
import { buildFactCatalog } from '../../../src/facts/catalog.js';
import { createLintContext, lintMarkdown } from '../../../src/lint/lint.js';
import { seedAccounts } from '../../helpers.js';
import { HEADINGS, ruleTester } from './tester.js';

const VEHICLES = '截至 2024 年 12 月 31 日，本部门共有车辆 20 辆，其中：符合规定领导干部用车 1 辆、应急保障用车 3 辆、离退休干部用车 2 辆、其他用车 14 辆，其余各类用车均为 0 辆。';
const OPERATION = '其中：公务用车购置费 0 万元，本年度未购置公务用车；公务用车运行维护费 17.24 万元，主要用于 20 辆执法和应急保障车辆的燃油费、维修费、保险费等。';
/** The same with a comma: 购置费 X，运行维护费 Y，主要用于 N 辆… (blind 14L b-panlong-jd l.77). */
const OPERATION_COMMA = '其中公务用车购置费 0 万元，公务用车运行维护费 17.24 万元，主要用于 20 辆执法及应急保障车辆的燃料费、维修费、保险费等。';
/** 公务接待费 12.32 万元 in 27 批次: 0.46 万元 a batch. */
const PER_BATCH = '公务接待费 12.32 万元，平均每批次 0.46 万元，共接待 27 批次。';
const RATE = '财政拨款收入 4,340.16 万元，比上年减少 353.84 万元，下降 7.54%。全年办理不动产登记业务同比增长 15%。';
/** A reason's first point counts a car bought (the seed bought none, holds 20). */
const RENEWED = '主要情况：一是本年更新执法巡查车辆 1 辆；二是继续压减公务接待。';
const BOUGHT = '公务用车保有量 20 辆，本年新购 1 辆。';
/** The seed carries nothing over; 一般行政管理事务（项） spent 1,057.57. */
const CARRIED_IN = '年初结转的一般行政管理事务资金 49.54 万元计入本年收支总计。';
const CARRIED_OUT = '结转至下年的一般行政管理事务资金 19.31 万元。';

ruleTester({
  'unverified-figure': {
    valid: [
      { code: '其他收入 0 万元。', section: 'income', name: '其他 inside a name qualifies nothing' },
      { code: '绩效自评项目 3 个，平均得分 96.08 分。', section: 'performance', name: '平均得分 is a fact of its own' },
      { code: '2024 年度支出合计 4,340.16 万元，其中基本支出 3,153.47 万元；其余为项目支出 1,186.68 万元。', section: 'expenditure', name: 'the rest is the name after its copula (其余为项目支出)' },
    ],
    invalid: [
      { code: '人均机关运行经费 1.94 万元。', section: 'office', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1.94' }], name: 'per head (人均) before the name' },
      { code: '机关运行经费 377.88 万元，人均 3.78 万元。', section: 'office', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3.78' }], name: 'per head after the total' },
      { code: '每辆公务用车平均运行维护费 0.86 万元。', section: 'sanGong', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0.86' }], name: 'per vehicle, on average' },
      { code: PER_BATCH, section: 'sanGong', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0.46' }], name: 'blind6 q08: the average is another quantity; the count after it is the subject’s again, verified' },
      { code: VEHICLES, section: 'assets', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0' }], name: 'the rest (其余各类用车均为 0 辆) is none of the named categories' },
      { code: OPERATION.replace('20 辆', '21 辆'), section: 'sanGong', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '21' }], name: 'no 购置 count after ；and a subject of its own: the vehicles held only a reading' },
      // Blind 14L §1: with a comma the 购置费 subject reached past 运行维护费 into 主要用于 N 辆 and a fix wrote 0 辆.
      { code: OPERATION_COMMA.replace('20 辆', '3 辆'), section: 'sanGong', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3' }], name: 'the vehicles the upkeep paid for are not the ones bought' },
      { code: '公务用车购置费 0 万元，主要用于 3 辆车辆的燃料费。', section: 'sanGong', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3' }], name: 'what the money was spent on (用于 N 辆) is no count of the purchase' },
      // Blind 14L §5.3: 购置执法执勤车辆 N 辆 — the vehicles of one kind bought, most likely all bought: a reading.
      { code: '公务用车购置费 0 万元，全年购置执法执勤车辆 1 辆。', section: 'sanGong', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1', message: /购置公务用车数量（数据为 0 辆）/u }], name: 'the vehicles of a kind bought: a reading of the purchase count' },
      { code: '本部门共有车辆 20 辆，本年新增 0 辆。', section: 'assets', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '0' }], name: 'a count added in the year is not the stock' },
      { code: '本年度报废执法车辆 1 辆。', section: 'assets', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1' }], name: 'what changed the stock (报废 N 辆) is not the stock' },
      { code: RATE, section: 'income', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '15' }], name: 'a rate of a count the data lacks' },
      { code: RATE.replace('办理不动产登记业务', '受理登记案件'), section: 'income', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '15' }], name: 'whatever noun ends the words opening the sentence' },
      { code: RENEWED, section: 'sanGong', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1' }], name: 'a car renewed (更新) is bought, not the 20 车辆 held' },
      { code: BOUGHT, section: 'sanGong', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1' }], name: '新购 N 辆 after 保有量: no count of the stock carried over' },
      { code: '本年购买车辆 1 辆。', section: 'assets', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '1' }], name: 'bought (购买), not 车辆总数' },
      { code: CARRIED_IN, section: 'overall', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '49.54' }], name: 'a 项 carried in is no spending of the 项' },
      { code: CARRIED_OUT, section: 'fiscal', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '19.31' }], name: 'nor a 项 carried to the next year' },
      { code: '“三公”经费全年预算 49.70 万元，决算 49.70 万元，结余 3.26 万元。', section: 'sanGong', errors: [{ ruleId: 'unverified-figure', severity: 1, actual: '3.26' }], name: 'what was left (结余) is not the 决算' },
    ],
  },
  'amount-mismatch': {
    valid: [{ code: '机关运行经费 377.88 万元。', section: 'office' }],
    invalid: [
      { code: '一般行政管理事务资金 49.54 万元。', section: 'overall', errors: [{ ruleId: 'amount-mismatch', expected: '1057.57' }], name: 'without 结转 the 项 named is the figure’s' },
      { code: CARRIED_IN.replace('结转的一般行政管理事务资金', '结转和结余'), section: 'overall', errors: [{ ruleId: 'amount-mismatch', expected: '0.00' }], name: '年初结转和结余 is a name, still checked' },
      { code: '机关运行经费 1.94 万元。', section: 'office', errors: [{ ruleId: 'amount-mismatch', expected: '377.88' }], name: 'without 人均 the figure is the fact’s' },
      { code: '每辆公务用车平均运行维护费 0.86 万元。'.replace('每辆公务用车平均', '公务用车'), section: 'sanGong', errors: [{ ruleId: 'amount-mismatch', expected: '17.24' }] },
    ],
  },
  'count-mismatch': {
    valid: [
      { code: '其中：公务用车购置费 0 万元，本年度未购置公务用车；公务用车运行维护费 17.24 万元，公务用车保有量为 20 辆。', section: 'sanGong' },
      // 运行维护费 X，主要用于 N 辆: most likely the vehicles held — verified where it agrees (blind 14L §5.2).
      { code: OPERATION, section: 'sanGong' },
      { code: OPERATION_COMMA, section: 'sanGong' },
      { code: '公务用车购置费 0 万元，全年购置执法执勤车辆 0 辆。', section: 'sanGong' },
      { code: '公务用车运行维护费 17.24 万元，主要用于 20 辆公务用车的燃料费、维修费、保险费等。', section: 'sanGong' },
    ],
    invalid: [
      { code: VEHICLES.replace('其他用车 14 辆', '其他用车 0 辆'), section: 'assets', errors: [{ ruleId: 'count-mismatch', expected: '14', actual: '0' }, { ruleId: 'unverified-figure', actual: '0' }], name: 'a named category is still checked beside 其余' },
      { code: OPERATION.replace('本年度未购置公务用车', '本年度购置公务用车 20 辆'), section: 'sanGong', errors: [{ ruleId: 'count-mismatch', expected: '0', actual: '20' }], name: 'a 购置 count in its own clause (the upkeep\'s 20 辆 agree with 保有量)' },
      { code: '其中：公务用车购置费 0 万元，本年度未购置公务用车；公务用车运行维护费 17.24 万元，公务用车保有量为 21 辆。', section: 'sanGong', errors: [{ ruleId: 'count-mismatch', expected: '20' }], name: 'the clause after ；names 保有量' },
      {
        code: PER_BATCH.replace('27 批次', '72 批次'), section: 'sanGong', name: 'a per-batch amount has no count: 共接待 N 批次 after it is 公务接待’s, checked',
        errors: [{ ruleId: 'unverified-figure', actual: '0.46' }, { ruleId: 'count-mismatch', expected: '27', actual: '72' }],
      },
      { code: '本年度报废执法车辆 1 辆，年末共有车辆 21 辆。', section: 'assets', errors: [{ ruleId: 'unverified-figure', actual: '1' }, { ruleId: 'count-mismatch', expected: '20' }], name: 'the stock beside what changed it' },
      { code: BOUGHT.replace('20 辆', '21 辆'), section: 'sanGong', errors: [{ ruleId: 'count-mismatch', expected: '20' }, { ruleId: 'unverified-figure', actual: '1' }], name: 'the stock beside what was bought' },
      { code: '本年新购公务用车 1 辆。', section: 'sanGong', errors: [{ ruleId: 'count-mismatch', expected: '0' }], name: '新购公务用车 is a name: the purchase count' },
    ],
  },
  'change-rate-mismatch': {
    valid: [{ code: RATE.replace('全年办理不动产登记业务同比增长 15%', '财政拨款收入同比下降 7.54%'), section: 'income' }],
    invalid: [
      { code: RATE.replace('全年办理不动产登记业务同比增长 15%', '财政拨款收入同比下降 7.45%'), section: 'income', errors: [{ ruleId: 'change-rate-mismatch', expected: '7.54' }], name: 'the sentence names the subject again' },
      { code: RATE.replace('全年办理不动产登记业务同比增长 15%', '总体来看，决算数同比下降 7.45%'), section: 'income', errors: [{ ruleId: 'change-rate-mismatch', expected: '7.54' }], name: 'openings and lead-ins name nothing' },
      { code: RATE.replace('全年办理不动产登记业务同比增长 15%', '同比下降 7.45%'), section: 'income', errors: [{ ruleId: 'change-rate-mismatch', expected: '7.54' }], name: 'a sentence with no subject of its own goes on with the paragraph’s' },
    ],
  },
}, { section: 'overall' });

describe('a count bought, a balance carried over: the message names what it may be', () => {
  const ctx = createLintContext(buildFactCatalog(seedAccounts()));
  const said = (section: keyof typeof HEADINGS, code: string) => lintMarkdown(`## ${HEADINGS[section]}\n\n${code}\n`, ctx).messages.map((m) => m.message);
  it('the purchase count', () => {
    expect(said('sanGong', BOUGHT)).toEqual([expect.stringMatching(/^无法核对 1 辆：它说的是“新购”的数目（年内的变动）.*可能是购置公务用车数量（数据为 0 辆）$/u)]);
  });
  it('the balance at the start or the end of the year, as the words say', () => {
    expect(said('overall', CARRIED_IN)).toEqual([expect.stringMatching(/^无法核对 49.54 万元：它说的是“年初结转的一般行政管理事务资金”，是结转或结余的资金.*可能是年初结转和结余（数据为 0.00 万元）$/u)]);
    expect(said('fiscal', CARRIED_OUT)).toEqual([expect.stringMatching(/可能是年末财政拨款结转和结余（数据为 0.00 万元）$/u)]);
  });
});

describe('a count its clause does not pin', () => {
  it('names the reading the words make likely', () => {
    const ctx = createLintContext(buildFactCatalog(seedAccounts()));
    const result = lintMarkdown(`## ${HEADINGS.sanGong}\n\n${OPERATION.replace('20 辆', '21 辆')}\n`, ctx);
    // the upkeep's vehicles: most likely those held, never the purchase count
    expect(result.messages.map((m) => m.message)).toEqual([expect.stringMatching(/^无法核对 21 辆：.*可能是公务用车保有量（数据为 20 辆）$/u)]);
  });
});
