/**
 * 公开01表 收入支出决算总表: its own identities.
 */
import { T01_EXPENDITURE_LABELS, T01_INCOME_LABELS, T01_INCOME_SOURCES, TABLE_NAMES, TABLE_PARTS } from '../data/model.js';
import { t01Classes, t01Expenditure, t01Income } from './cells.js';
import { present, sumIdentity, equalIdentity } from './identity.js';
import { rule, type Rule } from './rule.js';

const T01 = TABLE_NAMES.t01;
const { income: INCOME, expenditure: EXPENDITURE } = TABLE_PARTS;

export const table01Rules: Rule[] = [
  rule('t01-income-current-total', '公开01表：本年收入合计 = 各项收入之和', (a) => present(
    sumIdentity(t01Income(a, 'currentTotal'), T01_INCOME_SOURCES.map((s) => t01Income(a, s)), { where: `${T01} ${INCOME}` }),
  )),
  rule('t01-income-grand-total', '公开01表：收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余', (a) => present(
    sumIdentity(
      t01Income(a, 'grandTotal'),
      [t01Income(a, 'currentTotal'), t01Income(a, 'nonFiscalSurplusUsed'), t01Income(a, 'openingBalance')],
      { where: `${T01} ${INCOME}` },
    ),
  )),
  rule('t01-expenditure-current-total', '公开01表：本年支出合计 = 各功能分类支出之和', (a) => present(
    sumIdentity(t01Expenditure(a, 'currentTotal'), t01Classes(a).map((c) => c.cell), { where: `${T01} ${EXPENDITURE}` }),
  )),
  rule('t01-expenditure-grand-total', '公开01表：支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余', (a) => present(
    sumIdentity(
      t01Expenditure(a, 'grandTotal'),
      [t01Expenditure(a, 'currentTotal'), t01Expenditure(a, 'surplusDistribution'), t01Expenditure(a, 'closingBalance')],
      { where: `${T01} ${EXPENDITURE}` },
    ),
  )),
  rule('t01-income-equals-expenditure', '公开01表：收入总计 = 支出总计', (a) => present(
    equalIdentity(
      { ...t01Expenditure(a, 'grandTotal'), label: `${EXPENDITURE}${T01_EXPENDITURE_LABELS.grandTotal}` },
      { ...t01Income(a, 'grandTotal'), label: `${INCOME}${T01_INCOME_LABELS.grandTotal}` },
      { where: T01 },
    ),
  )),
];
