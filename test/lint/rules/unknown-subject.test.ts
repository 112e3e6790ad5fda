/**
 * unknown-subject: a subject written with its level (…（项）, …（款）) that the
 * data's tables do not hold is said so, with the nearest names the data has;
 * its figures are unverified — never read against its 类 or the section's total.
 */
import { ruleTester } from './tester.js';

ruleTester({
  'unknown-subject': {
    valid: [
      { code: '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。' },
      { code: '政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为 1,796.83 万元。' },
    ],
    invalid: [
      {
        code: '一般公共服务（类）政府办公厅（室）及相关机构事务（款）专项统计业务（项）年初预算为 25 万元，支出决算为 20.03 万元。',
        errors: [{ ruleId: 'unknown-subject', severity: 1 }, { ruleId: 'unverified-figure' }, { ruleId: 'unverified-figure' }],
      },
      {
        code: '1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运作（项）：年初预算为 1,796.83 万元，支出决算为 1,861.10 万元。',
        name: 'a slip in the name: the nearest name is offered, the figures are not judged against another subject',
        errors: [{ ruleId: 'unknown-subject', severity: 1 }, { ruleId: 'unverified-figure' }, { ruleId: 'unverified-figure' }],
      },
      {
        code: '2010399 群众文化（项）。年初预算为 4,000 万元，支出决算为 3,200 万元，完成年初预算的 80%。',
        name: 'left20: a 项 code the data lacks (its 款 20103 it has), with its level: named whole as the subject the data lacks',
        errors: [{ ruleId: 'unknown-subject', severity: 1, actual: '2010399群众文化' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [
      { code: '2010301行政运行：年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。', name: 'a 项 by its code glued to its name' },
    ],
    invalid: [
      {
        // left19b: 20103 is the data's 款 (budget 3,839.77), but 2010399 is a 项 the data lacks — not the 款 by its first five digits.
        code: '1、2010399群众文化：年初预算为 500 万元，支出决算为 400 万元，完成年初预算的 80%。',
        name: 'left20: a 项 code the data lacks, glued to its name: never read as its 款 (20103), the figures unverified',
        errors: [{ ruleId: 'unverified-figure', severity: 1 }, { ruleId: 'unverified-figure', severity: 1 }, { ruleId: 'unverified-figure', severity: 1 }],
      },
    ],
  },
}, { section: 'gpb' });

/** A 项 named in a heading of its own, its figures in the paragraph below (blind 18L). */
const HEADED = (heading: string) => `## 五、一般公共预算财政拨款支出决算情况说明

### ${heading}

年初预算为 1,796.83 万元，支出决算为 1,861.14 万元，完成年初预算的 103.58%。决算数大于年初预算数的主要原因是年中发放绩效奖。
`;

ruleTester({
  'unknown-subject': {
    valid: [
      { markdown: HEADED('1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）') },
      { markdown: HEADED('1、2010301 行政运行') },
      // An economic code (30201 办公费) names no subject of the functional tables: not judged here.
      { markdown: HEADED('1、2010301 行政运行').replace('## 五、一般公共预算财政拨款支出决算情况说明', '## 六、一般公共预算财政拨款基本支出决算情况说明\n\n### （1）30201 办公费') },
    ],
    invalid: [
      {
        markdown: HEADED('2、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）统计信息事务（项）'),
        name: 'a heading names a 项 the data does not hold: said of the heading; the figures below are judged against nothing',
        errors: [
          { ruleId: 'unknown-subject', severity: 1, line: 3 },
          { ruleId: 'unverified-figure', line: 5 }, { ruleId: 'unverified-figure', line: 5 }, { ruleId: 'unverified-figure', line: 5 },
        ],
      },
      {
        markdown: HEADED('3、2010301 机关事业单位基本养老保险缴费支出'),
        name: 'a code and another subject’s name: both said, and the figures below pinned to neither',
        errors: [
          { ruleId: 'unknown-subject', severity: 1, line: 3, column: 7, message: /数据中编码 2010301 是“行政运行（项）”.*数据中的“机关事业单位基本养老保险缴费支出”编码为 2080505/u },
          { ruleId: 'unverified-figure', line: 5 }, { ruleId: 'unverified-figure', line: 5 }, { ruleId: 'unverified-figure', line: 5 },
        ],
      },
      {
        markdown: HEADED('3、2010301 群众文化'), name: 'a code and a name the data does not hold',
        errors: [
          { ruleId: 'unknown-subject', severity: 1, line: 3, message: /数据中编码 2010301 是“行政运行（项）”，标题写作“群众文化”/u },
          { ruleId: 'unverified-figure', line: 5 }, { ruleId: 'unverified-figure', line: 5 }, { ruleId: 'unverified-figure', line: 5 },
        ],
      },
      {
        markdown: HEADED('3、2010399 行政运行'), name: 'a name of the data under a code it does not hold',
        errors: [
          { ruleId: 'unknown-subject', severity: 1, line: 3, message: /数据中没有编码为 2010399 的科目；数据中的“行政运行”编码为 2010301/u },
          { ruleId: 'unverified-figure', line: 5 }, { ruleId: 'unverified-figure', line: 5 }, { ruleId: 'unverified-figure', line: 5 },
        ],
      },
      {
        markdown: HEADED('3、2080501 归口管理的行政单位离退休'), name: 'an old name under its code: said once, as an old name, not as another subject',
        errors: [
          { ruleId: 'unknown-subject', severity: 1, line: 3, message: /“归口管理的行政单位离退休”是科目的旧名称，数据中的名称是“行政单位离退休”/u },
          { ruleId: 'unverified-figure', line: 5 }, { ruleId: 'unverified-figure', line: 5 }, { ruleId: 'unverified-figure', line: 5 },
        ],
      },
      {
        markdown: HEADED('3、2010399 群众文化'), name: 'a code and a name the data both lacks',
        errors: [
          { ruleId: 'unknown-subject', severity: 1, line: 3, message: /数据中没有编码为 2010399 的科目“群众文化”/u },
          { ruleId: 'unverified-figure', line: 5 }, { ruleId: 'unverified-figure', line: 5 }, { ruleId: 'unverified-figure', line: 5 },
        ],
      },
    ],
  },
});
