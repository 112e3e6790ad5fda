/**
 * The “主要包括” lists of 基本支出 (人员经费 2,758.39 万元，主要包括：基本工资、津贴补贴……):
 * they name the items of 公开06表 the money went to, so they name exactly the
 * group's items with an amount (DOMAIN, section 六).
 *
 * - listed-item-zero (error): the list names an item the table holds as 0
 *   (会议费 when 30215 会议费 is empty) — money said to be spent on it was not.
 * - listed-item-missing (warning): an item with an amount is not in the list,
 *   unless the list says it is not complete (等, ……).
 *
 * A data file may leave a blank row out (空白单元格留空即可, docs/data.md): where the group's items
 * still add up to its total (人员经费合计, 公用经费合计), the table is given in full and a standard
 * 经济分类 item it leaves out is 0 as a blank row is; where they do not, nobody knows, and nothing is said.
 *
 * Only names written as the table writes them count (brackets of either width):
 * a shortened or free description (基本养老保险缴费, 日常办公支出) is never an
 * error, and a listed name that contains or is contained in an item's name
 * lists that item.
 */
import type { FactCatalog } from '../facts/catalog.js';
import type { Finding } from './verify.js';
import { matchKey } from './topics/index.js';
import { TABLE_NAMES } from '../data/model.js';
import { ZERO, type Decimal } from '../data/amount.js';

/**
 * 人员经费…主要包括：the list runs to the end of its sentence or clause (；between the two groups). The group is
 * the one named last before 主要包括 (人员经费 X，公用经费 Y，主要包括: 公用经费's), which also keeps the scan linear.
 */
const LIST = /(人员经费|公用经费)(?:(?!人员经费|公用经费)[^。；;！!])*?主要(?:包括|有)[：:]?/gu;
const LIST_END = /[。；;！!\n]/u;
/** a list that says it is not complete */
const OPEN_ENDED = /等|…|\.\.\./u;
const SEPARATOR = /[、，,]/gu;
const LEADING_JOIN = /^(?:以及|及|和)/u;
const TRAILING_ETC = /等(?:支出|费用|方面)?$/u;

interface Piece { text: string; start: number; end: number }

/**
 * The 款 of 部门支出经济分类 each group of 公开06表 holds (人员经费 301 and 303; 公用经费 302 and 310): the rows a
 * table in full has, blank where nothing was spent.
 */
const STANDARD_ITEMS: Record<Group, readonly string[]> = {
  personnel: [
    '基本工资', '津贴补贴', '奖金', '伙食补助费', '绩效工资', '机关事业单位基本养老保险缴费', '职业年金缴费', '职工基本医疗保险缴费',
    '公务员医疗补助缴费', '其他社会保障缴费', '住房公积金', '医疗费', '其他工资福利支出', '离休费', '退休费', '退职（役）费', '抚恤金',
    '生活补助', '救济费', '医疗费补助', '助学金', '奖励金', '个人农业生产补贴', '代缴社会保险费', '其他对个人和家庭的补助',
  ],
  'public-funds': [
    '办公费', '印刷费', '咨询费', '手续费', '水费', '电费', '邮电费', '取暖费', '物业管理费', '差旅费', '因公出国（境）费用', '维修（护）费',
    '租赁费', '会议费', '培训费', '公务接待费', '专用材料费', '被装购置费', '专用燃料费', '劳务费', '委托业务费', '工会经费', '福利费',
    '公务用车运行维护费', '其他交通费用', '税金及附加费用', '其他商品和服务支出', '房屋建筑物购建', '办公设备购置', '专用设备购置',
    '基础设施建设', '大型修缮', '信息网络及软件购置更新', '物资储备', '公务用车购置', '其他交通工具购置', '文物和陈列品购置', '无形资产购置',
    '其他资本性支出',
  ],
};

/** The list's pieces with their positions in the block, 等/等支出 and a leading 以及/及/和 taken off. */
function pieces(text: string, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  const list = text.slice(from, to);
  let start = 0;
  SEPARATOR.lastIndex = 0;
  // Each piece runs to the next separator, the last to the list's end.
  for (let m = SEPARATOR.exec(list); ; m = SEPARATOR.exec(list)) {
    const end = m ? m.index : list.length;
    const raw = list.slice(start, end);
    const piece = raw.trim();
    const lead = LEADING_JOIN.exec(piece)?.[0].length ?? 0;
    const tail = TRAILING_ETC.exec(piece)?.[0].length ?? 0;
    if (piece.length - tail > lead) {
      const s = from + start + (raw.length - raw.trimStart().length) + lead;
      const name = piece.slice(lead, piece.length - tail);
      out.push({ text: name, start: s, end: s + name.length });
    }
    if (!m) break;
    start = end + 1;
  }
  return out;
}

type Group = 'personnel' | 'public-funds';
interface GroupItems {
  /** the group's items with an amount, and their match keys */
  withAmount: Array<{ name: string; key: string }>;
  /** the group's items the table holds as 0, by match key: their names, and whether the table leaves them out */
  zero: Map<string, { name: string; absent: boolean }>;
}

/** Each group's items as the lists are matched against them, worked out once per catalog. */
const ITEMS = new WeakMap<FactCatalog, Record<Group, GroupItems>>();

function groupItems(catalog: FactCatalog): Record<Group, GroupItems> {
  let items = ITEMS.get(catalog);
  if (items) return items;
  const { basic } = catalog.part3;
  const of = (group: Group, names: readonly string[], total: Decimal | undefined): GroupItems => {
    const rows = basic.rows.filter((r) => r.of === group && r.code.length === 5);
    const zero = new Map(rows.filter((r) => r.amount.value?.isZero() === true).map((r) => [matchKey(r.name), { name: r.name, absent: false }]));
    // The table in full: its items add up to the group's total, none negative — a standard item it leaves out is blank.
    let sum: Decimal | undefined = ZERO;
    for (const r of rows) sum = r.amount.value !== undefined && !r.amount.value.isNegative() ? sum?.plus(r.amount.value) : undefined;
    if (total !== undefined && sum !== undefined && rows.length > 0 && sum.eq(total)) {
      const held = rows.map((r) => matchKey(r.name));
      for (const name of STANDARD_ITEMS[group]) {
        const key = matchKey(name);
        if (!held.some((h) => h.includes(key) || key.includes(h))) zero.set(key, { name, absent: true });
      }
    }
    return { withAmount: names.map((name) => ({ name, key: matchKey(name) })), zero };
  };
  items = {
    personnel: of('personnel', basic.personnel.items, basic.personnel.amount.value),
    'public-funds': of('public-funds', basic.publicFunds.items, basic.publicFunds.amount.value),
  };
  ITEMS.set(catalog, items);
  return items;
}

export function listedItemFindings(text: string, block: number, catalog: FactCatalog): Finding[] {
  // the lists' own words (LIST): most paragraphs say 主要 only of reasons (主要原因是…)
  if (!text.includes('主要包括') && !text.includes('主要有')) return [];
  if (catalog.part3.unknownTables[TABLE_NAMES.t06]) return [];
  const findings: Finding[] = [];
  for (const m of text.matchAll(LIST)) {
    const { withAmount, zero } = groupItems(catalog)[m[1] === '人员经费' ? 'personnel' : 'public-funds'];
    const from = m.index + m[0].length;
    const endAt = text.slice(from).search(LIST_END);
    const to = endAt < 0 ? text.length : from + endAt;
    const listed = pieces(text, from, to);
    if (listed.length < 2) continue;
    const listedKeys = listed.map((p) => matchKey(p.text));
    for (const [k, piece] of listed.entries()) {
      const zeroItem = zero.get(listedKeys[k]!);
      if (!zeroItem || withAmount.some((i) => i.key === listedKeys[k])) continue;
      const why = zeroItem.absent ? `没有${zeroItem.name}一行（其余各项之和已等于${m[1]}合计），即为 0` : `${zeroItem.name}为 0`;
      findings.push({
        ruleId: 'listed-item-zero', severity: 2, span: { start: piece.start, end: piece.end, block }, actual: piece.text,
        message: `${m[1]}“主要包括”中列出了“${piece.text}”，但公开06表中${why}：请删去`,
      });
    }
    if (OPEN_ENDED.test(text.slice(from, to))) continue;
    const missing = withAmount.filter((i) => !listedKeys.some((l) => l.includes(i.key) || i.key.includes(l)));
    if (missing.length === 0) continue;
    const at = m.index;
    findings.push({
      ruleId: 'listed-item-missing', severity: 1, span: { start: at, end: at + m[1]!.length, block }, actual: m[1]!,
      message: `${m[1]}“主要包括”中没有列出公开06表中有金额的${missing.map((i) => `“${i.name}”`).join('、')}；请补上，或在列举后写“等”`,
    });
  }
  return findings;
}
