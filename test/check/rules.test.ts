/**
 * Each rule as a specification: a corrupted copy of the seed makes the rule
 * fire with the expected cells, difference and tolerance; a change within the
 * tail error does not.
 *
 * The identities are redundant — most cells take part in several — so a single
 * corruption often breaks more than one. Each case names the other rules that
 * must fire with it (`also`) and why; where a corruption could be found that
 * breaks one rule only, `also` is empty.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES, type Finding } from '../../src/check/index.js';
import { CLEAN_SEED, SEED, cellsOf, check, edit, lineOf, ruleIds, type Edit } from './harness.js';

const SEED_RULE = 'procurement-small-micro-within-sme';

interface Case {
  rule: string;
  /** what the corruption does */
  title: string;
  /** the text corrupted: the seed, or the seed with its procurement contradiction resolved */
  base?: 'seed' | 'clean';
  edits: Edit[];
  /** other rules that necessarily fire too, and why */
  also?: string[];
  /** the first finding of the rule */
  first: {
    cells: Array<[string, string]>;
    difference: string | null;
    tolerance: string | null;
    /** the line of the first cell: a needle after an anchor in the corrupted text */
    line: [needle: string, anchor?: string];
    message?: string;
  };
  count?: number;
  /** a change within the tail error: no finding beyond the base's own */
  within?: Edit[];
}

const T01 = '公开01表:';
const T02 = '公开02表:';
const T03 = '公开03表:';
const T04 = '公开04表:';
const T06 = '公开06表:';
const T07 = '公开07表:';
const T08 = '公开08表:';
const T09 = '公开09表:';
const OPENING = '年初预算:';
/** The whole 公开09表 section of the seed, to leave it out. */
const T09_BLOCK = /^公开09表:.*\n(?:(?: .*)?\n)*/mu.exec(SEED)![0];
const PROC = '政府采购:';

/** 年初结转和结余 on every row of table 07: the 合计 row (4 spaces) and the subject rows (6). */
const t07Opening = (amount: string): Edit[] => [
  { anchor: T07, from: '\n    本年收入: 129.11', to: `\n    年初结转和结余: ${amount}\n    本年收入: 129.11` },
  { anchor: T07, from: '\n      本年收入: 129.11', to: `\n      年初结转和结余: ${amount}\n      本年收入: 129.11`, all: true },
];

const t01Sources = (other: string): Array<[string, string]> => [
  ['一般公共预算财政拨款收入', '4211.05'], ['政府性基金预算财政拨款收入', '129.11'], ['国有资本经营预算财政拨款收入', '0.00'],
  ['上级补助收入', '0.00'], ['事业收入', '0.00'], ['经营收入', '0.00'], ['附属单位上缴收入', '0.00'], ['其他收入', other],
];

const CASES: Case[] = [
  // ── a total row not read ──
  {
    rule: 'total-row-unread', title: '05 合计 row blank beside class rows with amounts (its sub-headers printed where its amounts were)', base: 'clean',
    edits: [{ anchor: '公开05表:', from: '  合计:\n    小计: 4,211.05\n    基本支出: 3,153.47\n    项目支出: 1,057.57\n', to: '  合计:\n' }],
    // t05-matches-t04 and t05-basic-matches-t06 would compare a blank row with 0: not checked
    first: {
      cells: [['公开05表 合计行', '0.00']], difference: null, tolerance: null, line: ['合计:', '公开05表:'],
      message: '公开05表 合计行没有金额，而它的各组成部分有金额：按未读出处理，涉及它的勾稽关系未核对，依赖它的数字无法核对；请按原表填写',
    },
  },
  // ── 公开01表 ──
  {
    rule: 't01-income-current-total', title: '01 其他收入 0.10 not in 本年收入合计',
    edits: [{ anchor: T01, from: '    其他收入:\n', to: '    其他收入: 0.10\n' }],
    also: ['t02-matches-t01'], // 02 其他收入 column is still 0
    first: {
      cells: [['本年收入合计', '4340.16'], ...t01Sources('0.10')], difference: '-0.10', tolerance: '0.03', line: ['本年收入合计', T01],
      message: '公开01表 收入：一般公共预算财政拨款收入 4,211.05 + 政府性基金预算财政拨款收入 129.11 + 其他收入 0.10 = 4,340.26（其余 5 项为 0），与本年收入合计 4,340.16 相差 0.10（容许尾数误差 0.03）',
    },
    within: [{ anchor: T01, from: '    其他收入:\n', to: '    其他收入: 0.01\n' }],
  },
  {
    rule: 't01-income-grand-total', title: '01 年初结转和结余 0.10 not in 总计',
    edits: [{ anchor: T01, from: '    年初结转和结余:\n', to: '    年初结转和结余: 0.10\n' }],
    first: {
      cells: [['总计', '4340.16'], ['本年收入合计', '4340.16'], ['使用非财政拨款结余', '0.00'], ['年初结转和结余', '0.10']],
      difference: '-0.10', tolerance: '0.02', line: ['总计', T01],
    },
    within: [{ anchor: T01, from: '    年初结转和结余:\n', to: '    年初结转和结余: 0.01\n' }],
  },
  {
    rule: 't01-expenditure-current-total', title: '01 外交支出 0.10 not in 本年支出合计',
    edits: [{ anchor: T01, from: '    外交支出:\n', to: '    外交支出: 0.10\n' }],
    also: ['t03-matches-t01'], // table 03 has no 202 外交支出 row
    first: {
      cells: [['本年支出合计', '4340.16']], difference: '-0.10', tolerance: '0.06', line: ['本年支出合计', T01],
    },
    within: [{ anchor: T01, from: '    外交支出:\n', to: '    外交支出: 0.01\n' }],
  },
  {
    rule: 't01-expenditure-grand-total', title: '01 年末结转和结余 0.10 not in 支出总计',
    edits: [{ anchor: T01, from: '    年末结转和结余:\n', to: '    年末结转和结余: 0.10\n' }],
    first: {
      cells: [['总计', '4340.16'], ['本年支出合计', '4340.16'], ['结余分配', '0.00'], ['年末结转和结余', '0.10']],
      difference: '-0.10', tolerance: '0.02', line: ['总计: 4,340.16', '结余分配'],
    },
    within: [{ anchor: T01, from: '    年末结转和结余:\n', to: '    年末结转和结余: 0.01\n' }],
  },
  {
    rule: 't01-income-equals-expenditure', title: '01 收入总计 4,340.26 with 年初结转和结余 0.10',
    edits: [{ anchor: T01, from: '    年初结转和结余:\n    总计: 4,340.16', to: '    年初结转和结余: 0.10\n    总计: 4,340.26' }],
    first: {
      cells: [['支出总计', '4340.16'], ['收入总计', '4340.26']], difference: '-0.10', tolerance: '0.01', line: ['总计: 4,340.16', '结余分配'],
      message: '公开01表：支出总计 4,340.16，与收入总计 4,340.26 相差 0.10（容许尾数误差 0.01）',
    },
    within: [{ anchor: T01, from: '    年初结转和结余:\n    总计: 4,340.16', to: '    年初结转和结余: 0.01\n    总计: 4,340.17' }],
  },
  // ── subject tables ──
  {
    rule: 'subject-row-total', title: '03 合计行 基本支出 3,153.45: 4,340.13 against 4,340.16',
    edits: [{ anchor: T03, from: '    基本支出: 3,153.47', to: '    基本支出: 3,153.45' }],
    first: {
      cells: [['本年支出合计', '4340.16'], ['基本支出', '3153.45'], ['项目支出', '1186.68'], ['上缴上级支出', '0.00'], ['经营支出', '0.00'], ['对附属单位补助支出', '0.00']],
      difference: '0.03', tolerance: '0.02', line: ['本年支出合计', T03],
      message: '公开03表 合计行：基本支出 3,153.45 + 项目支出 1,186.68 = 4,340.13（其余 3 项为 0），与本年支出合计 4,340.16 相差 0.03（容许尾数误差 0.02）',
    },
    within: [{ anchor: T03, from: '    基本支出: 3,153.47', to: '    基本支出: 3,153.46' }],
  },
  {
    rule: 't07-closing-balance', title: '07 年初结转和结余 0.10 on every row, 年末 still blank',
    edits: t07Opening('0.10'),
    also: ['t07-matches-t04'], // 07 年初 0.10 against 04 年初政府性基金预算财政拨款结转和结余 (blank)
    count: 4,
    first: {
      cells: [['年末结转和结余', '0.00'], ['年初结转和结余', '0.10'], ['本年收入', '129.11'], ['本年支出小计（减项）', '129.11']],
      difference: '-0.10', tolerance: '0.03', line: ['合计:', T07],
      message: '公开07表 合计行：年初结转和结余 0.10 + 本年收入 129.11 − 本年支出小计 129.11 = 0.10，与年末结转和结余 0.00 相差 0.10（容许尾数误差 0.03）',
    },
    within: t07Opening('0.01'),
  },
  {
    rule: 'subject-hierarchy', title: '02 2010301 行政运行 +0.10 in both columns, 20103 unchanged',
    edits: [{ anchor: T02, from: '    2010301 行政运行:\n      本年收入合计: 1,861.14\n      财政拨款收入: 1,861.14', to: '    2010301 行政运行:\n      本年收入合计: 1,861.24\n      财政拨款收入: 1,861.24' }],
    count: 2,
    first: {
      cells: [['20103 政府办公厅（室）及相关机构事务', '3218.84'], ['2010301 行政运行', '1861.24'], ['2010302 一般行政管理事务', '1057.57'], ['2010303 机关服务', '150.26'], ['2010350 事业运行', '149.87']],
      difference: '-0.10', tolerance: '0.04', line: ['本年收入合计: 3,218.84', '20103 政府办公厅'],
      message: '公开02表 本年收入合计列，款 20103 政府办公厅（室）及相关机构事务 之下各项：2010301 行政运行 1,861.24 + 2010302 一般行政管理事务 1,057.57 + 2010303 机关服务 150.26 + 2010350 事业运行 149.87 = 3,218.94，与 20103 政府办公厅（室）及相关机构事务 3,218.84 相差 0.10（容许尾数误差 0.04）',
    },
    within: [{ anchor: T02, from: '    2010301 行政运行:\n      本年收入合计: 1,861.14\n      财政拨款收入: 1,861.14', to: '    2010301 行政运行:\n      本年收入合计: 1,861.15\n      财政拨款收入: 1,861.15' }],
  },
  {
    rule: 'subject-grand-total', title: '03 合计行 基本 +0.10, 项目 −0.10: the row holds, the columns do not',
    edits: [
      { anchor: T03, from: '    基本支出: 3,153.47', to: '    基本支出: 3,153.57' },
      { anchor: T03, from: '    项目支出: 1,186.68', to: '    项目支出: 1,186.58' },
    ],
    count: 2,
    first: {
      cells: [['合计', '3153.57'], ['201 一般公共服务支出', '2161.27'], ['208 社会保障和就业支出', '665.34'], ['210 卫生健康支出', '113.60'], ['212 城乡社区支出', '0.00'], ['221 住房保障支出', '213.27']],
      difference: '0.09', tolerance: '0.04', line: ['基本支出: 3,153.57', T03],
    },
    within: [
      { anchor: T03, from: '    基本支出: 3,153.47', to: '    基本支出: 3,153.48' },
      { anchor: T03, from: '    项目支出: 1,186.68', to: '    项目支出: 1,186.67' },
    ],
  },
  {
    rule: 'no-data-empty', title: '07 marked 本表无数据 while it has data',
    edits: [{ anchor: T07, from: '  合计:\n', to: '  本表无数据: true\n  合计:\n' }],
    first: {
      cells: [['合计行 本年收入', '129.11']], difference: '129.11', tolerance: '0.00', line: ['本年收入: 129.11', T07],
      message: '公开07表注明“本表无数据”，但合计行 本年收入 为 129.11',
    },
    count: 12,
  },
  {
    rule: 'no-data-empty', title: '08 says 本表无数据 and has 0.01: no tail error on an empty table',
    edits: [{ anchor: T08, from: '  合计:\n', to: '  合计:\n    小计: 0.01\n' }],
    first: { cells: [['合计行 小计', '0.01']], difference: '0.01', tolerance: '0.00', line: ['小计: 0.01', T08] },
  },
  // ── 公开04表 ──
  {
    rule: 't04-income-current-total', title: '04 本年收入合计 4,340.26',
    edits: [{ anchor: T04, from: '    本年收入合计: 4,340.16', to: '    本年收入合计: 4,340.26' }],
    also: ['t04-income-grand-total'], // 总计 = 本年收入合计 + 年初 breaks too
    first: {
      cells: [['本年收入合计', '4340.26'], ['一般公共预算财政拨款', '4211.05'], ['政府性基金预算财政拨款', '129.11'], ['国有资本经营预算财政拨款', '0.00']],
      difference: '0.10', tolerance: '0.02', line: ['本年收入合计', T04],
    },
    within: [{ anchor: T04, from: '    本年收入合计: 4,340.16', to: '    本年收入合计: 4,340.17' }],
  },
  {
    rule: 't04-opening-balance', title: '04 年初财政拨款结转和结余 0.10, by kind blank',
    edits: [{ anchor: T04, from: '    年初财政拨款结转和结余:\n', to: '    年初财政拨款结转和结余: 0.10\n' }],
    also: ['t04-income-grand-total'], // 总计 does not include it
    first: {
      cells: [['年初财政拨款结转和结余', '0.10'], ['年初一般公共预算财政拨款结转和结余', '0.00'], ['年初政府性基金预算财政拨款结转和结余', '0.00'], ['年初国有资本经营预算财政拨款结转和结余', '0.00']],
      difference: '0.10', tolerance: '0.01', line: ['年初财政拨款结转和结余', T04],
    },
  },
  {
    rule: 't04-income-grand-total', title: '04 收入 总计 4,340.26',
    edits: [{ anchor: T04, from: '    总计: 4,340.16', to: '    总计: 4,340.26' }],
    also: ['t04-income-equals-expenditure'], // 支出总计 is still 4,340.16
    first: {
      cells: [['总计', '4340.26'], ['本年收入合计', '4340.16'], ['年初财政拨款结转和结余', '0.00']],
      difference: '0.10', tolerance: '0.01', line: ['总计: 4,340.26', T04],
    },
  },
  {
    rule: 't04-row-total', title: '04 一般公共服务支出 合计 3,218.87 (the column still within 0.05)',
    edits: [{ anchor: T04, from: '      合计: 3,218.84', to: '      合计: 3,218.87' }],
    first: {
      cells: [['合计', '3218.87'], ['一般公共预算财政拨款', '3218.84'], ['政府性基金预算财政拨款', '0.00'], ['国有资本经营预算财政拨款', '0.00']],
      difference: '0.03', tolerance: '0.01', line: ['合计: 3,218.87', T04],
      message: '公开04表 支出 一般公共服务支出：一般公共预算财政拨款 3,218.84（其余 2 项为 0），与合计 3,218.87 相差 0.03（容许尾数误差 0.01）',
    },
    within: [{ anchor: T04, from: '      合计: 3,218.84', to: '      合计: 3,218.85' }],
  },
  {
    rule: 't04-expenditure-current-total', title: '04 外交支出 0.10 in 合计 and 国有资本经营 columns, totals unchanged',
    edits: [{ anchor: T04, from: '    外交支出:\n', to: '    外交支出:\n      合计: 0.10\n      国有资本经营预算财政拨款: 0.10\n' }],
    also: ['t08-matches-t04'], // table 08 has no 202 row
    count: 2,
    first: {
      cells: [['本年支出合计', '4340.16']], difference: '-0.10', tolerance: '0.06', line: ['合计: 4,340.16', '    本年支出合计:\n'],
    },
  },
  {
    rule: 't04-expenditure-grand-total', title: '04 年末财政拨款结转和结余 0.10 (合计 and 一般公共预算), 总计 unchanged',
    edits: [{ anchor: T04, from: '    年末财政拨款结转和结余:\n', to: '    年末财政拨款结转和结余:\n      合计: 0.10\n      一般公共预算财政拨款: 0.10\n' }],
    count: 2,
    first: {
      cells: [['总计', '4340.16'], ['本年支出合计', '4340.16'], ['年末财政拨款结转和结余', '0.10']],
      difference: '-0.10', tolerance: '0.02', line: ['合计: 4,340.16', '    总计:\n      合计'],
    },
    within: [{ anchor: T04, from: '    年末财政拨款结转和结余:\n', to: '    年末财政拨款结转和结余:\n      合计: 0.01\n      一般公共预算财政拨款: 0.01\n' }],
  },
  {
    rule: 't04-income-equals-expenditure', title: '04 收入总计 4,340.26 with 年初财政拨款结转和结余 0.10',
    edits: [{ anchor: T04, from: '    年初财政拨款结转和结余:\n', to: '    年初财政拨款结转和结余: 0.10\n' }, { anchor: T04, from: '    总计: 4,340.16', to: '    总计: 4,340.26' }],
    also: ['t04-opening-balance'], // the 0.10 is not split by kind
    first: {
      cells: [['支出总计', '4340.16'], ['收入总计', '4340.26']], difference: '-0.10', tolerance: '0.01', line: ['合计: 4,340.16', '    总计:\n      合计'],
    },
  },
  {
    rule: 't04-kind-balance', title: '04 年初政府性基金预算财政拨款结转和结余 0.10 with nothing to balance it',
    edits: [{ anchor: T04, from: '    年初政府性基金预算财政拨款结转和结余:\n', to: '    年初政府性基金预算财政拨款结转和结余: 0.10\n' }],
    // 年初财政拨款结转和结余 stays blank; table 07's 年初结转和结余 too
    also: ['t04-opening-balance', 't07-matches-t04'],
    first: {
      cells: [['支出总计', '129.11'], ['收入', '129.11'], ['年初政府性基金预算财政拨款结转和结余', '0.10']],
      difference: '-0.10', tolerance: '0.02', line: ['政府性基金预算财政拨款: 129.11', '    总计:\n      合计'],
    },
  },
  // ── 公开06表, 公开09表 ──
  {
    // the seed's items already sum to 2,456.32 against 2,456.31; eleven items tolerate 0.11
    rule: 't06-class-total', title: '06 30101 基本工资 898.45',
    edits: [{ anchor: T06, from: '30101 基本工资: 898.25', to: '30101 基本工资: 898.45' }],
    first: { cells: [['301 工资福利支出', '2456.31']], difference: '-0.21', tolerance: '0.11', line: ['301 工资福利支出', T06] },
    within: [{ anchor: T06, from: '30101 基本工资: 898.25', to: '30101 基本工资: 898.26' }],
  },
  {
    rule: 't06-personnel-total', title: '06 301 and 30101 +0.10, 人员经费合计 unchanged',
    edits: [
      { anchor: T06, from: '301 工资福利支出: 2,456.31', to: '301 工资福利支出: 2,456.41' },
      { anchor: T06, from: '30101 基本工资: 898.25', to: '30101 基本工资: 898.35' },
    ],
    first: {
      cells: [['人员经费合计', '2758.39'], ['301 工资福利支出', '2456.41'], ['303 对个人和家庭的补助', '302.08']],
      difference: '-0.10', tolerance: '0.02', line: ['人员经费合计', T06],
    },
  },
  {
    rule: 't06-public-funds-total', title: '06 302 and 30201 +0.10, 公用经费合计 unchanged',
    edits: [
      { anchor: T06, from: '302 商品和服务支出: 395.08', to: '302 商品和服务支出: 395.18' },
      { anchor: T06, from: '30201 办公费: 111.84', to: '30201 办公费: 111.94' },
    ],
    first: {
      cells: [['公用经费合计', '395.08'], ['302 商品和服务支出', '395.18'], ['307 债务利息及费用支出', '0.00'], ['310 资本性支出', '0.00'], ['312 对企业补助', '0.00'], ['399 其他支出', '0.00']],
      difference: '-0.10', tolerance: '0.01', line: ['公用经费合计', T06],
    },
  },
  {
    rule: 't09-total', title: '09 预算数 合计 49.80',
    edits: [{ anchor: T09, from: '    合计: 49.70', to: '    合计: 49.80' }],
    first: {
      cells: [['合计', '49.80'], ['因公出国（境）费', '20.14'], ['公务用车购置及运行维护费', '17.24'], ['公务接待费', '12.32']],
      difference: '0.10', tolerance: '0.03', line: ['合计: 49.80', T09],
      message: '公开09表 预算数：因公出国（境）费 20.14 + 公务用车购置及运行维护费 17.24 + 公务接待费 12.32 = 49.70，与合计 49.80 相差 0.10（容许尾数误差 0.03）',
    },
    within: [{ anchor: T09, from: '    合计: 49.70', to: '    合计: 49.71' }],
  },
  {
    rule: 't09-vehicles-total', title: '09 预算数 公务用车购置费 0.10 not in 小计',
    edits: [{ anchor: T09, from: '    公务用车购置费:\n', to: '    公务用车购置费: 0.10\n' }],
    first: {
      cells: [['公务用车购置及运行维护费', '17.24'], ['公务用车购置费', '0.10'], ['公务用车运行维护费', '17.24']],
      difference: '-0.10', tolerance: '0.02', line: ['公务用车购置及运行维护费', T09],
    },
    within: [{ anchor: T09, from: '    公务用车购置费:\n', to: '    公务用车购置费: 0.01\n' }],
  },
  // ── across tables ──
  {
    rule: 't02-matches-t01', title: '02 合计行 4,340.19 in both columns (Σ 类 still within 0.05)',
    edits: [{ anchor: T02, from: '    本年收入合计: 4,340.16\n    财政拨款收入: 4,340.16', to: '    本年收入合计: 4,340.19\n    财政拨款收入: 4,340.19' }],
    count: 2,
    first: {
      cells: [['公开02表 合计行 本年收入合计', '4340.19'], ['公开01表 本年收入合计', '4340.16']], difference: '0.03', tolerance: '0.01', line: ['本年收入合计', T02],
      message: '公开02表 合计行 本年收入合计 4,340.19，与公开01表 本年收入合计 4,340.16 相差 0.03（容许尾数误差 0.01）',
    },
    within: [{ anchor: T02, from: '    本年收入合计: 4,340.16\n    财政拨款收入: 4,340.16', to: '    本年收入合计: 4,340.17\n    财政拨款收入: 4,340.17' }],
  },
  {
    rule: 't03-matches-t01', title: '01 一般公共服务支出 +0.10, 社会保障和就业支出 −0.10',
    edits: [
      { anchor: T01, from: '一般公共服务支出: 3,218.84', to: '一般公共服务支出: 3,218.94' },
      { anchor: T01, from: '社会保障和就业支出: 665.34', to: '社会保障和就业支出: 665.24' },
    ],
    count: 2,
    first: {
      cells: [['公开03表 201 一般公共服务支出 本年支出合计', '3218.84'], ['公开01表 一般公共服务支出', '3218.94']], difference: '-0.10', tolerance: '0.01',
      line: ['本年支出合计: 3,218.84', T03],
    },
    within: [
      { anchor: T01, from: '一般公共服务支出: 3,218.84', to: '一般公共服务支出: 3,218.85' },
      { anchor: T01, from: '社会保障和就业支出: 665.34', to: '社会保障和就业支出: 665.33' },
    ],
  },
  {
    rule: 't04-income-matches-t01', title: '01 一般公共预算 +0.10, 政府性基金 −0.10',
    edits: [
      { anchor: T01, from: '一般公共预算财政拨款收入: 4,211.05', to: '一般公共预算财政拨款收入: 4,211.15' },
      { anchor: T01, from: '政府性基金预算财政拨款收入: 129.11', to: '政府性基金预算财政拨款收入: 129.01' },
    ],
    count: 2,
    first: {
      cells: [['公开04表 收入 一般公共预算财政拨款', '4211.05'], ['公开01表 一般公共预算财政拨款收入', '4211.15']], difference: '-0.10', tolerance: '0.01',
      line: ['一般公共预算财政拨款: 4,211.05', T04],
    },
  },
  {
    rule: 't05-matches-t04', title: '04 一般公共服务支出 +0.10, 社会保障和就业支出 −0.10 (合计 and 一般公共预算)',
    edits: [
      { anchor: T04, from: '      合计: 3,218.84\n      一般公共预算财政拨款: 3,218.84', to: '      合计: 3,218.94\n      一般公共预算财政拨款: 3,218.94' },
      { anchor: T04, from: '      合计: 665.34\n      一般公共预算财政拨款: 665.34', to: '      合计: 665.24\n      一般公共预算财政拨款: 665.24' },
    ],
    count: 2,
    first: {
      cells: [['公开05表 201 一般公共服务支出 小计', '3218.84'], ['公开04表 一般公共服务支出 一般公共预算财政拨款', '3218.94']], difference: '-0.10', tolerance: '0.01',
      line: ['小计: 3,218.84', '公开05表:'],
    },
  },
  {
    rule: 't05-basic-matches-t06', title: '06 人员经费 +0.10 throughout (301, 30101, 人员经费合计)',
    edits: [
      { anchor: T06, from: '301 工资福利支出: 2,456.31', to: '301 工资福利支出: 2,456.41' },
      { anchor: T06, from: '30101 基本工资: 898.25', to: '30101 基本工资: 898.35' },
      { anchor: T06, from: '人员经费合计: 2,758.39', to: '人员经费合计: 2,758.49' },
    ],
    first: {
      cells: [['公开05表 合计行 基本支出', '3153.47'], ['公开06表 人员经费合计', '2758.49'], ['公开06表 公用经费合计', '395.08']], difference: '-0.10', tolerance: '0.02',
      line: ['基本支出: 3,153.47', '公开05表:'],
    },
  },
  {
    rule: 't07-matches-t04', title: '07 年初 and 年末 0.10 on every row; table 04 has no balances',
    edits: [
      ...t07Opening('0.10'),
      { anchor: T07, from: '\n    项目支出: 129.11', to: '\n    项目支出: 129.11\n    年末结转和结余: 0.10' },
      { anchor: T07, from: '\n      项目支出: 129.11', to: '\n      项目支出: 129.11\n      年末结转和结余: 0.10', all: true },
    ],
    count: 2,
    first: {
      cells: [['公开07表 合计行 年初结转和结余', '0.10'], ['公开04表 收入 年初政府性基金预算财政拨款结转和结余', '0.00']], difference: '0.10', tolerance: '0.01',
      line: ['年初结转和结余: 0.10', T07],
    },
  },
  {
    rule: 't08-matches-t04', title: '08 with 0.10 of 国有资本经营预算支出 that table 04 does not have',
    edits: [{
      anchor: T08,
      from: '  本表无数据: true\n  说明: 本部门没有使用国有资本经营预算安排的支出，故本表无数据。\n  合计:\n  科目:\n',
      to: '  合计:\n    小计: 0.10\n    项目支出: 0.10\n  科目:\n    223 国有资本经营预算支出:\n      小计: 0.10\n      项目支出: 0.10\n',
    }],
    count: 2,
    first: {
      cells: [['公开08表 合计行 小计', '0.10'], ['公开04表 本年支出合计 国有资本经营预算财政拨款', '0.00']], difference: '0.10', tolerance: '0.01',
      line: ['小计: 0.10', T08],
    },
  },
  // ── beyond the tables ──
  {
    rule: 'procurement-small-micro-within-sme', title: 'the seed itself: 小微 48.57 against 中小 0',
    edits: [],
    first: {
      cells: [['授予中小企业合同金额', '0.00'], ['授予小微企业合同金额', '48.57']], difference: '48.57', tolerance: '0.01', line: ['授予中小企业合同金额', PROC],
      message: '政府采购：授予小微企业合同金额 48.57，大于授予中小企业合同金额 0.00，超出 48.57（容许尾数误差 0.01）；小微企业是中小企业的一部分，授予小微企业的合同金额不能大于授予中小企业的合同金额',
    },
  },
  {
    rule: 'procurement-kind-sme-within-kind', title: '货物授予中小企业 21.61 > 货物 21.51 (the SME total still adds up)', base: 'clean',
    edits: [
      { anchor: PROC, from: '货物授予中小企业合同金额: 21.51', to: '货物授予中小企业合同金额: 21.61' },
      { anchor: PROC, from: '服务授予中小企业合同金额: 27.06', to: '服务授予中小企业合同金额: 26.96' },
    ],
    first: { cells: [['货物', '21.51'], ['货物授予中小企业合同金额', '21.61']], difference: '0.10', tolerance: '0.01', line: ['货物: 21.51', PROC] },
    within: [
      { anchor: PROC, from: '货物授予中小企业合同金额: 21.51', to: '货物授予中小企业合同金额: 21.52' },
      { anchor: PROC, from: '服务授予中小企业合同金额: 27.06', to: '服务授予中小企业合同金额: 27.05' },
    ],
  },
  {
    rule: 'procurement-reserved-small-micro-within-sme', title: '面向小微企业预留 12 > 面向中小企业预留 10', base: 'clean',
    edits: [{ anchor: PROC, from: '  货物: 21.51\n', to: '  货物: 21.51\n  面向中小企业预留项目预算金额: 10\n  面向小微企业预留项目预算金额: 12\n' }],
    first: {
      cells: [['面向中小企业预留项目预算金额', '10.00'], ['面向小微企业预留项目预算金额', '12.00']], difference: '2.00', tolerance: '0.01', line: ['面向中小企业预留项目预算金额', PROC],
      message: '政府采购：面向小微企业预留项目预算金额 12.00，大于面向中小企业预留项目预算金额 10.00，超出 2.00（容许尾数误差 0.01）；面向小微企业的预留是面向中小企业预留的一部分',
    },
    within: [{ anchor: PROC, from: '  货物: 21.51\n', to: '  货物: 21.51\n  面向中小企业预留项目预算金额: 10\n  面向小微企业预留项目预算金额: 10.01\n' }],
  },
  {
    rule: 'procurement-sme-awards-within-total', title: '预留项目 30 + 其他项目 20 由中小企业中标成交, against 总额 48.57 (the 普陀 document\u2019s slip)', base: 'clean',
    edits: [{ anchor: PROC, from: '  货物: 21.51\n', to: '  货物: 21.51\n  预留项目中小企业中标成交金额: 30\n  其他项目中小企业中标成交金额: 20\n' }],
    first: {
      cells: [['总额', '48.57'], ['预留项目中小企业中标成交金额', '30.00'], ['其他项目中小企业中标成交金额', '20.00']], difference: '1.43', tolerance: '0.02', line: ['总额', PROC],
    },
    within: [{ anchor: PROC, from: '  货物: 21.51\n', to: '  货物: 21.51\n  预留项目中小企业中标成交金额: 28.57\n  其他项目中小企业中标成交金额: 20.02\n' }],
  },
  {
    rule: 'procurement-sme-within-total', title: '授予中小企业 48.59 > 总额 48.57 (by kind within 0.02)', base: 'clean',
    edits: [{ anchor: PROC, from: '  授予中小企业合同金额: 48.57', to: '  授予中小企业合同金额: 48.59' }],
    first: { cells: [['总额', '48.57'], ['授予中小企业合同金额', '48.59']], difference: '0.02', tolerance: '0.01', line: ['总额', PROC] },
    within: [{ anchor: PROC, from: '  授予中小企业合同金额: 48.57', to: '  授予中小企业合同金额: 48.58' }],
  },
  {
    rule: 'procurement-sme-by-kind', title: '货物授予中小企业 11.51: by kind 38.57 against 48.57', base: 'clean',
    edits: [{ anchor: PROC, from: '货物授予中小企业合同金额: 21.51', to: '货物授予中小企业合同金额: 11.51' }],
    first: {
      cells: [['授予中小企业合同金额', '48.57'], ['货物授予中小企业合同金额', '11.51'], ['服务授予中小企业合同金额', '27.06']], difference: '10.00', tolerance: '0.02',
      line: ['  授予中小企业合同金额', PROC],
    },
  },
  {
    rule: 'procurement-total', title: '总额 48.67', base: 'clean',
    edits: [{ anchor: PROC, from: '总额: 48.57', to: '总额: 48.67' }],
    first: {
      cells: [['总额', '48.67'], ['货物', '21.51'], ['工程', '0.00'], ['服务', '27.06']], difference: '0.10', tolerance: '0.02', line: ['总额', PROC],
      message: '政府采购：货物 21.51 + 服务 27.06 = 48.57（其余 1 项为 0），与总额 48.67 相差 0.10（容许尾数误差 0.02）',
    },
    within: [{ anchor: PROC, from: '总额: 48.57', to: '总额: 48.58' }],
  },
  {
    rule: 'assets-vehicles-by-use', title: '车辆总数 21 against 20 by use (counts are exact)', base: 'clean',
    edits: [{ anchor: '国有资产:', from: '车辆总数: 20', to: '车辆总数: 21' }],
    first: {
      cells: [['车辆总数', '21'], ['符合规定领导干部用车', '1'], ['机要通信用车', '0'], ['应急保障用车', '3'], ['执法执勤用车', '0'], ['特种专业技术用车', '0'], ['离退休干部用车', '2'], ['其他用车', '14']],
      difference: '1', tolerance: '0', line: ['车辆总数', '国有资产:'],
      message: '国有资产：符合规定领导干部用车 1 + 应急保障用车 3 + 离退休干部用车 2 + 其他用车 14 = 20（其余 3 项为 0），与车辆总数 21 相差 1',
    },
  },
  {
    // eleven items tolerate 0.11; items below the total are no finding (the list names only subjects with spending)
    rule: 'opening-budget-total', title: '一般公共预算 年初预算合计 4,791.55, below its items', base: 'clean',
    edits: [{ anchor: OPENING, from: '合计: 4,791.75', to: '合计: 4,791.55' }],
    first: {
      cells: [['合计', '4791.55'], ['2010301 行政运行', '1796.83']], difference: '0.20', tolerance: '0.11', line: ['合计: 4,791.55', OPENING],
      message: '年初预算 一般公共预算财政拨款支出：2010301 行政运行 1,796.83 + 2010302 一般行政管理事务 1,723.70 + 2010303 机关服务 153.53 + 2010350 事业运行 165.71 + 2080501 行政单位离退休 272.25 + 2080502 事业单位离退休 9.79 + 2080505 机关事业单位基本养老保险缴费支出 223.74 + 2080506 机关事业单位职业年金缴费支出 134.86 + 2101101 行政单位医疗 85.95 + 2101102 事业单位医疗 27.37 + 2210201 住房公积金 198.02 = 4,791.75，大于合计 4,791.55，超出 0.20（容许尾数误差 0.11）；各项预算之和不能大于合计',
    },
    within: [{ anchor: OPENING, from: '合计: 4,791.75', to: '合计: 4,791.64' }],
  },
  {
    rule: 'opening-budget-item-in-table', title: '年初预算 lists 2010399, which table 05 does not have', base: 'clean',
    edits: [
      { anchor: OPENING, from: '      2010301 行政运行: 1,796.83\n', to: '      2010301 行政运行: 1,786.83\n      2010399 其他政府办公厅（室）及相关机构事务支出: 10\n' },
    ],
    first: {
      cells: [['2010399 其他政府办公厅（室）及相关机构事务支出', '10.00']], difference: null, tolerance: null, line: ['2010399', OPENING],
      message: '年初预算 一般公共预算财政拨款支出 列有 2010399 其他政府办公厅（室）及相关机构事务支出（年初预算 10.00），但公开05表没有项级科目 2010399',
    },
  },
  {
    rule: 'opening-budget-item-missing', title: '2080502 事业单位离退休 has no opening budget (a warning)', base: 'clean',
    edits: [
      { anchor: OPENING, from: '      2080502 事业单位离退休: 9.79\n', to: '' },
      { anchor: OPENING, from: '合计: 4,791.75', to: '合计: 4,781.96' },
    ],
    first: {
      cells: [['2080502 事业单位离退休 小计', '7.88']], difference: null, tolerance: null, line: ['小计: 7.88', '公开05表:'],
      message: '公开05表 2080502 事业单位离退休 在“年初预算 一般公共预算财政拨款支出”中没有年初预算数，情况说明无法写出它完成年初预算的情况',
    },
  },
  {
    // A writer with only some tables: 公开09表 left out. Its identities (with 三公经费's reception) go unchecked, unreported.
    rule: 'table-absent', title: '公开09表: {} — named as a warning, its identities not checked', base: 'clean',
    edits: [{ anchor: T09, from: T09_BLOCK, to: '公开09表: {}\n' }],
    first: {
      cells: [['公开09表', '0.00']], difference: null, tolerance: null, line: ['公开09表: {}'],
      message: '数据文件中没有公开09表（财政拨款“三公”经费支出决算表），涉及它的勾稽关系未核对；说明中依赖它的数字 lint 列为无法核对',
    },
  },
  {
    rule: 't06-san-gong-within-t09', title: '06 30231 公务用车运行维护费 18.00 above 09 决算数 17.24 (30201 办公费 lowered to keep 302)', base: 'clean',
    edits: [
      { anchor: T06, from: '30231 公务用车运行维护费: 12.46', to: '30231 公务用车运行维护费: 18.00' },
      { anchor: T06, from: '30201 办公费: 111.84', to: '30201 办公费: 106.30' },
    ],
    first: {
      cells: [['公开09表 决算数 公务用车运行维护费', '17.24'], ['公开06表 30231 公务用车运行维护费', '18.00']], difference: '0.76', tolerance: '0.01', line: ['公务用车运行维护费: 17.24', '  决算数:'],
      message: '公开06表 30231 公务用车运行维护费 18.00，大于公开09表 决算数 公务用车运行维护费 17.24，超出 0.76（容许尾数误差 0.01）；基本支出中的公务用车运行维护费是“三公”经费公务用车运行维护费的一部分，不能大于它',
    },
    within: [
      { anchor: T06, from: '30231 公务用车运行维护费: 12.46', to: '30231 公务用车运行维护费: 17.25' },
      { anchor: T06, from: '30201 办公费: 111.84', to: '30201 办公费: 107.05' },
    ],
  },
  {
    rule: 'reception-matches-t09', title: '公务接待 国内 12.42 against 09 决算数 12.32', base: 'clean',
    edits: [{ anchor: '公务接待:', from: '金额: 12.32', to: '金额: 12.42' }],
    first: {
      cells: [['公开09表 决算数 公务接待费', '12.32'], ['公务接待（国内）金额', '12.42'], ['公务接待（国（境）外）金额', '0.00']], difference: '-0.10', tolerance: '0.01',
      line: ['公务接待费: 12.32', '  决算数:'],
    },
    within: [{ anchor: '公务接待:', from: '金额: 12.32', to: '金额: 12.33' }],
  },
  {
    rule: 'previous-income-total', title: '上年决算 本年收入合计 4,694.10 against its lines\u2019 4,694.00', base: 'clean',
    edits: [{ anchor: '上年决算:', from: '  收入:\n', to: '  收入:\n    本年收入合计: 4,694.10\n' }],
    also: ['previous-grand-total-covers'], // the stated total is now more than the 收支总计 4,694.00
    first: {
      cells: [['本年收入合计', '4694.10'], ['财政拨款收入', '4694.00'], ['上级补助收入', '0.00'], ['事业收入', '0.00'], ['经营收入', '0.00'], ['附属单位上缴收入', '0.00'], ['其他收入', '0.00']],
      difference: '0.10', tolerance: '0.01', line: ['本年收入合计: 4,694.10', '上年决算:'],
    },
    within: [{ anchor: '上年决算:', from: '  收入:\n', to: '  收入:\n    本年收入合计: 4,694.00\n' }],
  },
  {
    rule: 'previous-expenditure-total', title: '上年决算 本年支出合计 4,694.51 against its lines\u2019 4,694.01', base: 'clean',
    edits: [{ anchor: '上年决算:', from: '  支出:\n', to: '  支出:\n    本年支出合计: 4,694.51\n' }],
    also: ['previous-grand-total-covers'], // likewise
    first: {
      cells: [['本年支出合计', '4694.51'], ['基本支出', '3421.41'], ['项目支出', '1272.60'], ['上缴上级支出', '0.00'], ['经营支出', '0.00'], ['对附属单位补助支出', '0.00']],
      difference: '0.50', tolerance: '0.02', line: ['本年支出合计: 4,694.51', '上年决算:'],
    },
    within: [{ anchor: '上年决算:', from: '  支出:\n', to: '  支出:\n    本年支出合计: 4,694.01\n' }],
  },
  {
    rule: 'previous-grand-total-covers', title: '上年决算 收支总计 4,694.00 against 支出 lines of 4,794.01', base: 'clean',
    edits: [{ anchor: '上年决算:', from: '    项目支出: 1,272.60', to: '    项目支出: 1,372.60' }],
    first: {
      cells: [['收支总计', '4694.00'], ['基本支出', '3421.41'], ['项目支出', '1372.60'], ['上缴上级支出', '0.00'], ['经营支出', '0.00'], ['对附属单位补助支出', '0.00']],
      difference: '100.01', tolerance: '0.02', line: ['收支总计: 4,694.00', '上年决算:'],
    },
    within: [{ anchor: '上年决算:', from: '  收支总计: 4,694.00', to: '  收支总计: 4,694.02' }],
  },
  {
    rule: 'performance-budgets-within-total', title: '预算项目支出总额 2,003.6 below the projects\u2019 2,003.7', base: 'clean',
    edits: [{ anchor: '预算绩效:', from: '预算项目支出总额: 2,003.7', to: '预算项目支出总额: 2,003.6' }],
    first: {
      cells: [['预算项目支出总额', '2003.60'], ['办公室业务运行 全年预算数', '1760.70'], ['老干、党建、保密、精神文明建设等活动 全年预算数', '90.00'], ['党政专用高清电视会议系统市政府八楼会议室项目 全年预算数', '153.00']],
      difference: '0.10', tolerance: '0.03', line: ['预算项目支出总额', '预算绩效:'],
    },
    within: [{ anchor: '预算绩效:', from: '预算项目支出总额: 2,003.7', to: '预算项目支出总额: 2,003.68' }],
  },
  {
    rule: 'performance-summary-matches-projects', title: '绩效自评 汇总 says 4 projects; the list has 3', base: 'clean',
    edits: [{ anchor: '预算绩效:', from: '  项目:\n', to: '  绩效自评:\n    项目数: 4\n  项目:\n' }],
    first: {
      cells: [['绩效自评 项目数', '4'], ['办公室业务运行', '1'], ['老干、党建、保密、精神文明建设等活动', '1'], ['党政专用高清电视会议系统市政府八楼会议室项目', '1']],
      difference: '1', tolerance: '0', line: ['项目数: 4', '预算绩效:'],
    },
    within: [{ anchor: '预算绩效:', from: '  项目:\n', to: '  绩效自评:\n    项目数: 3\n    涉及预算金额: 2,003.7\n    评级:\n      优: 3\n  项目:\n' }],
  },
  {
    rule: 'performance-grades-sum-to-projects', title: '评级 优 2 + 良 2 against 项目数 3', base: 'clean',
    edits: [{ anchor: '预算绩效:', from: '  自评范围: 市级预算项目\n', to: '  自评范围: 市级预算项目\n  绩效自评:\n    项目数: 3\n    评级:\n      优: 2\n      良: 2\n' }],
    also: ['performance-summary-matches-projects'], // the list has 3 优 and no 良
    first: {
      cells: [['绩效自评 项目数', '3'], ['评级为“优”的项目数', '2'], ['评级为“良”的项目数', '2']], difference: '-1', tolerance: '0', line: ['项目数: 3', '预算绩效:'],
    },
    within: [{ anchor: '预算绩效:', from: '  自评范围: 市级预算项目\n', to: '  自评范围: 市级预算项目\n  绩效自评:\n    项目数: 3\n    评级:\n      优: 3\n      良: 0\n' }],
  },
  {
    rule: 'performance-rectified-within-found', title: '已完成整改 2 + 正在整改 2 of 3 problems found', base: 'clean',
    edits: [{ anchor: '预算绩效:', from: '  自评范围: 市级预算项目\n', to: '  自评范围: 市级预算项目\n  绩效自评:\n    发现问题数: 3\n    已完成整改问题数: 2\n    正在整改问题数: 2\n' }],
    first: {
      cells: [['绩效自评 发现问题数', '3'], ['绩效自评 已完成整改问题数', '2'], ['绩效自评 正在整改问题数', '2']], difference: '1', tolerance: '0', line: ['发现问题数', '预算绩效:'],
    },
    within: [{ anchor: '预算绩效:', from: '  自评范围: 市级预算项目\n', to: '  自评范围: 市级预算项目\n  绩效自评:\n    发现问题数: 3\n    已完成整改问题数: 2\n    正在整改问题数: 1\n' }],
  },
];

function baseText(c: Case): string {
  return c.base === 'clean' ? CLEAN_SEED : SEED;
}

/** What the base reports by itself. */
function baseRules(c: Case): string[] {
  return c.base === 'clean' ? [] : [SEED_RULE];
}

describe('every rule has a specification', () => {
  it('covers each rule of RULES', () => {
    const specified = new Set(CASES.map((c) => c.rule));
    expect(RULES.map((r) => r.id).filter((id) => !specified.has(id))).toEqual([]);
  });
});

describe.each(CASES)('$rule: $title', (c) => {
  let text = '';
  let findings: Finding[] = [];
  let own: Finding[] = [];
  beforeAll(() => {
    text = edit(baseText(c), c.edits);
    findings = check(text);
    own = findings.filter((f) => f.ruleId === c.rule);
  });

  it('fires, with exactly the expected other rules', () => {
    const expected = new Set([c.rule, ...(c.also ?? []), ...baseRules(c)]);
    const order = RULES.map((r) => r.id);
    expect(ruleIds(findings)).toEqual(order.filter((id) => expected.has(id)));
    if (c.count !== undefined) expect(own).toHaveLength(c.count);
  });

  it('names the cells, the difference, the tolerance and the line', () => {
    const f = own[0]!;
    const cells = cellsOf(f);
    if (c.first.cells.length === 1 || c.rule === 'opening-budget-total') {
      expect(cells.slice(0, c.first.cells.length)).toEqual(c.first.cells);
    } else {
      expect(cells).toEqual(c.first.cells);
    }
    expect(f.difference === undefined ? null : f.difference.toFixed(f.counts ? 0 : 2)).toBe(c.first.difference);
    expect(f.tolerance === undefined ? null : f.tolerance.toFixed(f.counts ? 0 : 2)).toBe(c.first.tolerance);
    expect(f.line).toBe(lineOf(text, c.first.line[0], c.first.line[1]));
    if (c.first.message) expect(f.message).toBe(c.first.message);
    expect(f.severity).toBe(RULES.find((r) => r.id === c.rule)!.severity);
  });

  if (c.within) {
    it('does not fire on a change within the tail error', () => {
      expect(ruleIds(check(edit(baseText(c), c.within!)))).toEqual(baseRules(c));
    });
  }
});

describe('opening-budget-total: items below the stated total are no finding', () => {
  it('a 年初预算 合计 above its items (a subject budgeted but not spent on is in no item)', () => {
    expect(ruleIds(check(edit(CLEAN_SEED, [{ anchor: OPENING, from: '合计: 4,791.75', to: '合计: 4,900.00' }])))).toEqual([]);
  });
});

describe('total-row-unread: a blank total is unknown, not 0', () => {
  it('06 人员经费合计 blank beside its classes: no identity on it, one warning', () => {
    const text = edit(CLEAN_SEED, [{ anchor: T06, from: '  人员经费合计: 2,758.39\n', to: '  人员经费合计:\n' }]);
    const findings = check(text);
    expect(ruleIds(findings)).toEqual(['total-row-unread']);
    expect(findings[0]!.message).toContain('公开06表 人员经费合计没有金额');
  });
  it('a blank 合计 row of a table with no amounts (the seed\'s 公开08表, 本表无数据) is 0, as any blank', () => {
    expect(CLEAN_SEED).toMatch(/公开08表:[^\n]*\n  本表无数据: true\n[^\n]*\n  合计:\n/u);
    expect(ruleIds(check(CLEAN_SEED))).toEqual([]);
  });
});
