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
 * Only names written as the table writes them count (brackets of either width):
 * a shortened or free description (基本养老保险缴费, 日常办公支出) is never an
 * error, and a listed name that contains or is contained in an item's name
 * lists that item.
 */
import type { FactCatalog } from '../facts/catalog.js';
import type { Finding } from './verify.js';
import { matchKey } from './topics/index.js';
import { TABLE_NAMES } from '../data/model.js';

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
  /** the group's items the table holds as 0, by match key */
  zero: Map<string, string>;
}

/** Each group's items as the lists are matched against them, worked out once per catalog. */
const ITEMS = new WeakMap<FactCatalog, Record<Group, GroupItems>>();

function groupItems(catalog: FactCatalog): Record<Group, GroupItems> {
  let items = ITEMS.get(catalog);
  if (items) return items;
  const { basic } = catalog.part3;
  const of = (group: Group, names: readonly string[]): GroupItems => ({
    withAmount: names.map((name) => ({ name, key: matchKey(name) })),
    zero: new Map(basic.rows.filter((r) => r.of === group && r.code.length === 5 && r.amount.value?.isZero() === true).map((r) => [matchKey(r.name), r.name])),
  });
  items = { personnel: of('personnel', basic.personnel.items), 'public-funds': of('public-funds', basic.publicFunds.items) };
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
      const zeroName = zero.get(listedKeys[k]!);
      if (!zeroName || withAmount.some((i) => i.key === listedKeys[k])) continue;
      findings.push({
        ruleId: 'listed-item-zero', severity: 2, span: { start: piece.start, end: piece.end, block }, actual: piece.text,
        message: `${m[1]}“主要包括”中列出了“${piece.text}”，但公开06表中${zeroName}为 0：请删去`,
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
