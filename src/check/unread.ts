/**
 * Total rows with no amounts where amounts must be (a 合计 row that printed
 * 合计 基本支出 项目支出 — its sub-headers — where the amounts would be, or one
 * left blank): unknown, not 0. Said once, as a warning; the identities they
 * take part in are not checked (index.ts), and no figure is judged against them.
 */
import { ZERO } from '../data/amount.js';
import { TABLE_PARTS } from '../data/model.js';
import { rule, type Rule } from './rule.js';

export const UNREAD_RULE = 'total-row-unread';

export const unreadRules: Rule[] = [
  rule(UNREAD_RULE, '合计行（公开02/03/05/07/08表合计行，公开06表人员经费合计、公用经费合计）在各组成部分有金额时不能空白：空白视为未读出，不按 0 核对', (a) =>
    (a.unreadTotals ?? []).map(([table, row]) => {
      const name = row === TABLE_PARTS.total ? `${row}行` : row;
      return {
        message: `${table} ${name}没有金额，而它的各组成部分有金额：按未读出处理，涉及它的勾稽关系未核对，依赖它的数字无法核对；请按原表填写`,
        cells: [{ path: [table, row], label: `${table} ${name}`, value: ZERO }],
      };
    }), 'warning'),
];
