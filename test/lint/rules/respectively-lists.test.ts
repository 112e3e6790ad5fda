/**
 * 分别 lists whose items are names of their own (blind 13L §5: 货物、服务授予中小企业合同金额分别占货物、服务支出金额的
 * 63.48%和100.00%): each figure goes to its item, in order — and a share to its own whole where the wholes after 占
 * are listed too. A wrong figure is an error with a fix; fewer figures than items listed, or wholes not one for
 * each figure, leave the figures unverified.
 */
import { seedText } from '../../helpers.js';
import { parseAccounts } from '../../../src/data/load.js';
import { ruleTester } from './tester.js';

/** The seed with firms' awards by kind: 货物 15.00 of 21.51 (69.74%), 服务 27.06 of 27.06 (100%). */
const KIND_SME = parseAccounts(seedText()
  .replace('授予中小企业合同金额: 0\n', '授予中小企业合同金额: 42.06\n')
  .replace('货物授予中小企业合同金额: 0\n', '货物授予中小企业合同金额: 15.00\n')
  .replace('服务授予中小企业合同金额: 0\n', '服务授予中小企业合同金额: 27.06\n'), 'kind-sme.yaml').accounts;

ruleTester({
  'share-mismatch': {
    valid: [
      {
        code: '货物、服务授予中小企业合同金额分别占货物、服务支出金额的69.74%和100.00%。', data: KIND_SME,
        name: 'two kinds, each share of its own kind\'s spending',
      },
      {
        code: '货物、服务授予中小企业合同金额分别为15.00万元和27.06万元，分别占货物、服务支出金额的69.74%和100%。', data: KIND_SME,
        name: 'amounts, then shares of the listed wholes',
      },
    ],
    invalid: [
      {
        code: '货物、服务授予中小企业合同金额分别占货物、服务支出金额的100.00%和69.74%。', data: KIND_SME,
        name: 'shares swapped: each wrong against its own item and whole, each fixed',
        errors: [{ ruleId: 'share-mismatch', actual: '100.00', expected: '69.74' }, { ruleId: 'share-mismatch', actual: '69.74', expected: '100.00' }],
      },
      {
        code: '货物、服务授予中小企业合同金额分别占货物、服务支出金额的96.74%和100.00%。', data: KIND_SME,
        errors: [{ ruleId: 'share-mismatch', actual: '96.74', expected: '69.74' }],
      },
    ],
  },
  'amount-mismatch': {
    valid: [
      { code: '货物、服务授予中小企业合同金额分别为15.00万元和27.06万元。', data: KIND_SME, name: '分别为 A万元和B万元 after a list of kinds' },
      { code: '基本支出、项目支出分别为 3,153.47 万元和 1,186.68 万元，较上年分别减少 267.94 万元、85.92 万元，分别下降 7.83%、6.75%。', section: 'expenditure' },
    ],
    invalid: [
      {
        code: '货物、服务授予中小企业合同金额分别为15.00万元和72.06万元。', data: KIND_SME,
        errors: [{ ruleId: 'amount-mismatch', actual: '72.06', expected: '27.06' }],
      },
    ],
  },
  'change-rate-mismatch': {
    valid: [{ code: '基本支出、项目支出较上年分别下降 7.83%、6.75%。', section: 'expenditure' }],
    invalid: [
      {
        code: '基本支出、项目支出分别为 3,153.47 万元和 1,186.68 万元，较上年分别减少 267.94 万元、85.92 万元，分别下降 7.83%、7.65%。', section: 'expenditure',
        name: '分别下降 X%、Y%: each rate of its own item',
        errors: [{ ruleId: 'change-rate-mismatch', actual: '7.65', expected: '6.75' }],
      },
    ],
  },
  'unverified-figure': {
    valid: [{ code: '货物、服务授予中小企业合同金额分别为15.00万元、27.06万元。', data: KIND_SME, name: 'as many figures as kinds' }],
    invalid: [
      {
        code: '货物、工程、服务授予中小企业合同金额分别为15.00万元和27.06万元。', data: KIND_SME,
        name: 'three kinds, two figures: which is whose, the text does not say',
        errors: [{ ruleId: 'unverified-figure', actual: '15.00' }, { ruleId: 'unverified-figure', actual: '27.06' }],
      },
      {
        code: '基本支出、项目支出、上缴上级支出三项分别为 3,153.47 万元、1,186.68 万元。', section: 'expenditure',
        name: 'A、B、C 三项分别 with two figures: unverified, never the last two names',
        errors: [{ ruleId: 'unverified-figure', actual: '3,153.47' }, { ruleId: 'unverified-figure', actual: '1,186.68' }],
      },
      {
        code: '货物、服务授予中小企业合同金额分别占货物、工程、服务支出金额的69.74%和100.00%。', data: KIND_SME,
        name: 'three wholes for two shares: which whole each is of, the text does not say',
        errors: [{ ruleId: 'unverified-figure', actual: '69.74' }, { ruleId: 'unverified-figure', actual: '100.00' }],
      },
    ],
  },
}, { section: 'procurement' });
