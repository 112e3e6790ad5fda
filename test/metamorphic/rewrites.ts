/**
 * Meaning-preserving rewrites of one Part 3 paragraph, for the metamorphic
 * suite: what a writer does to a correct sentence without changing a single
 * fact. Each rewrite returns the new paragraph, or undefined when the
 * paragraph has nothing it applies to; it never adds a line break, so the
 * paragraph stays on its line.
 *
 * `keepsAttribution`: every figure is still pinned to what it was pinned to, so
 * changing one of them must still be flagged. A renamed 项 unpins its figures
 * (they become unverified, rightly), and an inserted clause's own figures are
 * not facts: mutations are drawn outside `inserted`.
 */

export type Rng = () => number;

/** mulberry32: a small seeded generator, so a case is reproduced from its seed. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pickOne = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** A permutation of 0..n-1 other than the identity (n ≥ 2). */
function permutation(r: Rng, n: number): number[] {
  for (;;) {
    const p = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [p[i], p[j]] = [p[j]!, p[i]!];
    }
    if (p.some((v, i) => v !== i)) return p;
  }
}

export interface Rewritten {
  text: string;
  /** [start, end) of text the rewrite added, whose figures are not the data's */
  inserted?: [number, number];
}

export interface Rewrite {
  kind: string;
  keepsAttribution: boolean;
  apply(paragraph: string, r: Rng, year: number): Rewritten | undefined;
}

const FIGURE = String.raw`[0-9０-９][0-9０-９,，.．]*\s*(?:万元|元|%|％|个|辆|人次|批次|台（套）|台\(套\))`;
/** A list item that is only a name and one figure: 政府采购货物支出 21.51 万元 */
const NAME_FIGURE = new RegExp(String.raw`^([^0-9０-９，,；;：:。、（）()]{2,30}?)\s*(${FIGURE})$`, 'u');

/**
 * The 其中 lists of a paragraph: after 其中： up to the sentence's end, items
 * separated by ；/; (or 、 when there is no ；). Items of a list that continues
 * past a sentence end are left alone.
 */
function ofWhichLists(p: string): Array<{ start: number; end: number; items: string[]; separators: string[] }> {
  const out: Array<{ start: number; end: number; items: string[]; separators: string[] }> = [];
  for (const m of p.matchAll(/其中[：:，,]/gu)) {
    const start = m.index + m[0].length;
    const stop = p.slice(start).search(/[。]/u);
    if (stop < 0) continue;
    const body = p.slice(start, start + stop);
    const separator = /[；;]/u.test(body) ? /([；;])/u : /(、)/u;
    const parts = body.split(separator);
    const items = parts.filter((_, i) => i % 2 === 0);
    const separators = parts.filter((_, i) => i % 2 === 1);
    // each item must name its subject and state its own figure, else it leans on its neighbour (接待外宾 1 批次、4 人次)
    const standsAlone = (it: string) => new RegExp(FIGURE, 'u').test(it) && /^[^0-9０-９]*\p{Script=Han}{2}/u.test(it.trim());
    if (items.length < 2 || !items.every(standsAlone)) continue;
    out.push({ start, end: start + stop, items, separators });
  }
  return out;
}

const reorderOfWhich: Rewrite = {
  kind: 'reorder-of-which',
  keepsAttribution: true,
  apply(p, r) {
    const lists = ofWhichLists(p);
    if (lists.length === 0) return undefined;
    const l = pickOne(r, lists);
    const order = permutation(r, l.items.length);
    const body = order.map((i, k) => l.items[i]! + (k < l.separators.length ? l.separators[k]! : '')).join('');
    return { text: p.slice(0, l.start) + body + p.slice(l.end) };
  },
};

/** 其中：A x、B y、C z → 其中：C、A、B 分别为 z、x、y (names and figures in the same new order). */
const intoRespectively: Rewrite = {
  kind: 'respectively',
  keepsAttribution: true,
  apply(p, r) {
    const lists = ofWhichLists(p).filter((l) => l.items.every((it) => NAME_FIGURE.test(it.trim())));
    if (lists.length === 0) return undefined;
    const l = pickOne(r, lists);
    const parsed = l.items.map((it) => NAME_FIGURE.exec(it.trim())!);
    const order = permutation(r, parsed.length);
    const names = order.map((i) => parsed[i]![1]!.trim()).join('、');
    const figures = order.map((i) => parsed[i]![2]!).join('、');
    return { text: `${p.slice(0, l.start)}${names}分别为 ${figures}${p.slice(l.end)}` };
  },
};

/** A list item with its share: 基本支出 3,153.47 万元，占 72.66% */
const NAME_FIGURE_SHARE = new RegExp(String.raw`^([^0-9０-９，,；;：:。、（）()]{2,30}?)\s*(${FIGURE})[，,]占\s*([0-9０-９.．]+\s*[%％])$`, 'u');

/**
 * 其中：A x，占 p%；B y，占 q% → 其中：B、A 分别为 y、x，分别占 q%、p% (the second 分别 goes to
 * the names of the first: once a known failure, every share given to the last name).
 */
export const intoRespectivelyWithShares: Rewrite = {
  kind: 'respectively-with-shares',
  keepsAttribution: true,
  apply(p, r) {
    const lists = ofWhichLists(p).filter((l) => l.items.every((it) => NAME_FIGURE_SHARE.test(it.trim())));
    if (lists.length === 0) return undefined;
    const l = pickOne(r, lists);
    const parsed = l.items.map((it) => NAME_FIGURE_SHARE.exec(it.trim())!);
    const order = permutation(r, parsed.length);
    const column = (k: number) => order.map((i) => parsed[i]![k]!.trim()).join('、');
    return { text: `${p.slice(0, l.start)}${column(1)}分别为 ${column(2)}，分别占 ${column(3)}${p.slice(l.end)}` };
  },
};

/** Pairs the lexicon reads alike (src/lint/lexicon.ts), each only where its context makes it so. */
const SYNONYMS: Array<[RegExp, string]> = [
  [/与 ?((?:20|19)\d\d) ?年度?相比，?/gu, '较 $1 年度'],
  [/与 ?((?:20|19)\d\d) ?年度?相比/gu, '比 $1 年'],
  [/减少 ?(?=[0-9０-９][0-9,.]* ?万元)/gu, '减少了 '],
  [/下降 ?(?=[0-9０-９][0-9,.]* ?[%％])/gu, '降低 '],
  [/增长 ?(?=[0-9０-９][0-9,.]* ?[%％])/gu, '上升 '],
  [/增加 ?(?=[0-9０-９][0-9,.]* ?万元)/gu, '增加了 '],
  [/占(?=\s*[0-9０-９])/gu, '占比'],
  [/主要是/gu, '主要原因是'],
  [/大于(?=(?:全年|年初)?预算数)/gu, '高于'],
  [/小于(?=(?:全年|年初)?预算数)/gu, '低于'],
  [/支出决算为/gu, '决算数为'],
  [/年初预算为/gu, '年初预算数为'],
  [/全年预算为/gu, '全年预算数为'],
  [/完成年初预算的/gu, '为年初预算的'],
  [/与 ?((?:20|19)\d\d) ?年决算数相同/gu, '与 $1 年度持平'],
  // regional names of one field (lexicon SAME_FIELD), where the data holds the field under the first name
  [/符合规定领导干部用车/gu, '领导干部用车'],
  [/机要通信用车/gu, '机要用车'],
  [/国（境）外接待费/gu, '国外接待费'],
];

const synonym: Rewrite = {
  kind: 'synonym',
  keepsAttribution: true,
  apply(p, r) {
    const usable = SYNONYMS.filter(([re]) => new RegExp(re.source, 'u').test(p));
    if (usable.length === 0) return undefined;
    const [re, by] = pickOne(r, usable);
    return { text: p.replace(re, by) };
  },
};

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '%': '％' };
const HALF = Object.fromEntries(Object.entries(FULL).map(([h, f]) => [f, h]));

/** Punctuation to the other width (，↔, ；↔; ：↔: （）↔() %↔％), outside figures' digit groups. */
const punctuationWidth: Rewrite = {
  kind: 'punctuation-width',
  keepsAttribution: true,
  apply(p, r) {
    const toHalf = r() < 0.5;
    const table = toHalf ? HALF : FULL;
    // a comma between digits is a thousands separator, not punctuation
    const out = p.replace(/[,;:()%，；：（）％]/gu, (c, i: number) => (/[0-9]/u.test(p[i - 1] ?? '') && /[0-9]/u.test(p[i + 1] ?? '') ? c : table[c] ?? c));
    return out === p ? undefined : { text: out };
  },
};

/** Figures in full-width digits (４，３４０．１６ 万元), as some regions' documents print them. */
const fullWidthDigits: Rewrite = {
  kind: 'full-width-digits',
  keepsAttribution: true,
  apply(p) {
    if (!/[0-9]/u.test(p)) return undefined;
    return { text: p.replace(/[0-9][0-9,.]*/gu, (n) => n.replace(/[0-9,.]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))) };
  },
};

/** Two sentences joined by ；, or list items (；) split into sentences. */
const splitOrJoin: Rewrite = {
  kind: 'split-join',
  keepsAttribution: true,
  apply(p, r) {
    const joins = [...p.matchAll(/。(?=.)/gu)].map((m) => m.index);
    const splits = [...p.matchAll(/；/gu)].map((m) => m.index);
    const choices = [...joins.map((i) => [i, '；'] as const), ...splits.map((i) => [i, '。'] as const)];
    if (choices.length === 0) return undefined;
    const [at, by] = pickOne(r, choices);
    return { text: p.slice(0, at) + by + p.slice(at + 1) };
  },
};

/** Clauses with figures the data does not hold: outputs of a project, dates, staff, each counted with its own noun. */
const CLAUSES = [
  '全年新增普惠性学位 600 个',
  '截至 {year} 年 12 月 31 日，本部门在职人员 56 人',
  '相关工作已于 {year} 年 6 月 30 日前完成',
  '全年开展业务培训 12 场次',
  '共建成监测点位 35 个',
  '惠及群众约 3.5 万人',
  '项目计划于 {next} 年完成验收',
];
/**
 * Clauses whose count has no noun of its own and the unit of a count the
 * section holds (覆盖 1,200 人次 in 三公): a count in a later sentence than the name it could
 * belong to is a guess, unverified (once a known failure: read as 因公出国（境）人次, an error).
 */
const COUNT_CLAUSES = ['全年开展业务培训 12 场次，覆盖 1,200 人次'];

function inserting(kind: string, clauses: readonly string[]): Rewrite {
  return {
    kind,
    keepsAttribution: true,
    apply(p, r, year) {
      const ends = [...p.matchAll(/。/gu)].map((m) => m.index + 1);
      if (ends.length === 0) return undefined;
      const at = pickOne(r, ends);
      const clause = `${pickOne(r, clauses).replaceAll('{year}', String(year)).replaceAll('{next}', String(year + 1))}。`;
      return { text: p.slice(0, at) + clause + p.slice(at), inserted: [at, at + clause.length] };
    },
  };
}

const insertClause = inserting('insert-clause', CLAUSES);

/**
 * The changes of an amount a paragraph states at the end of a sentence that gives no reason (…减少
 * 267.94 万元，下降 7.83%。): where the change clause ends, and its direction.
 */
function changeSentences(p: string): Array<{ at: number; down: boolean }> {
  const out: Array<{ at: number; down: boolean }> = [];
  let from = 0;
  for (const sentence of p.split(/(?<=。)/u)) {
    const m = /(增加|减少)\s*[0-9０-９][0-9０-９,，.．]*\s*万元(?:[，,]\s*(?:增长|下降|降低|上升)\s*[0-9０-９][0-9０-９.．]*\s*[%％])?/u.exec(sentence);
    // the change ends its sentence: what follows it is the inserted clause's alone
    if (m && sentence[m.index + m[0].length] === '。' && !/原因|主要是|由于/u.test(sentence)) out.push({ at: from + m.index + m[0].length, down: m[1] === '减少' });
    from += sentence.length;
  }
  return out;
}

/**
 * A reason clause with an amount of its own, right after a change the sentence states
 * (…减少 267.94 万元，下降 7.83%，主要原因是上年有一次性支出，实际较上年减少资金 123.45 万元。):
 * the amount is the reason's matter, never the subject's change, nor paired with its rate.
 */
const insertReason: Rewrite = {
  kind: 'insert-reason',
  keepsAttribution: true,
  apply(p, r) {
    const sentences = changeSentences(p);
    if (sentences.length === 0) return undefined;
    const { at, down } = pickOne(r, sentences);
    const amount = `${1 + Math.floor(r() * 900)}.${String(Math.floor(r() * 100)).padStart(2, '0')}`;
    const clause = `，主要原因是上年有一次性${down ? '支出' : '收入'}，实际较上年${down ? '减少' : '增加'}资金 ${amount} 万元`;
    return { text: p.slice(0, at) + clause + p.slice(at), inserted: [at, at + clause.length] };
  },
};

/**
 * A comparison with an earlier year than last, right after a change the sentence states
 * (…；比 2019 年（疫情前）决算数减少 12.34 万元，降低 5.67%。): another period, unverified, never a wrong
 * year — and the sentences after it are against last year again.
 */
const insertOtherPeriod: Rewrite = {
  kind: 'insert-other-period',
  keepsAttribution: true,
  apply(p, r, year) {
    const sentences = changeSentences(p);
    if (sentences.length === 0) return undefined;
    const { at } = pickOne(r, sentences);
    const down = r() < 0.5;
    const clause = `；比 ${year - 5} 年（疫情前）决算数${down ? '减少' : '增加'} ${1 + Math.floor(r() * 90)}.${Math.floor(r() * 10)} 万元，${down ? '降低' : '增长'} ${1 + Math.floor(r() * 30)}.${Math.floor(r() * 10)}${Math.floor(r() * 10)}%`;
    return { text: p.slice(0, at) + clause + p.slice(at), inserted: [at, at + clause.length] };
  },
};

/** Names no data file holds, one per unit a 其中 list counts in: an item the data does not have. */
const UNKNOWN_ITEMS: Array<[RegExp, string]> = [
  [/辆/u, '特种用车 0 辆'],
  [/万元/u, '外地调研经费 1.5 万元'],
];

/**
 * 其中：A x；外地调研经费 1.5 万元；B y — an item the data does not hold, between items it does:
 * its figure is unverified, never passed to the name before it; the others keep their names.
 */
const insertUnknownItem: Rewrite = {
  kind: 'insert-unknown-item',
  keepsAttribution: true,
  apply(p, r) {
    const lists = ofWhichLists(p);
    if (lists.length === 0) return undefined;
    const l = pickOne(r, lists);
    const unknown = UNKNOWN_ITEMS.find(([unit]) => l.items.every((it) => unit.test(it)))?.[1];
    if (!unknown) return undefined;
    // after an item, before the next (or at the list's end)
    const k = Math.floor(r() * l.items.length);
    let at = l.start;
    for (let i = 0; i <= k; i++) at += l.items[i]!.length + (i < k ? l.separators[i]!.length : 0);
    const separator = l.separators[0] ?? '、';
    const text = `${separator}${unknown}`;
    return { text: p.slice(0, at) + text + p.slice(at), inserted: [at, at + text.length] };
  },
};
export const insertCountClause = inserting('insert-count-clause', COUNT_CLAUSES);

/** A 项 renamed to something the data does not hold: its figures lose their subject, no error may follow. */
const renameItem: Rewrite = {
  kind: 'rename-item',
  keepsAttribution: false,
  apply(p, r) {
    const items = [...p.matchAll(/（款）([^（）]{2,40})（项）/gu)];
    if (items.length === 0) return undefined;
    const m = pickOne(r, items);
    const start = m.index + '（款）'.length;
    return { text: `${p.slice(0, start)}${pickOne(r, ['数字政务平台运维', '乡村振兴示范点建设', '专项审计服务'])}${p.slice(start + m[1]!.length)}` };
  },
};

/**
 * …本年收入 129.11 万元，本年支出 139.11 万元 → …本年收入 129.11 万元，支出 139.11 万元, as the Shanghai
 * template words 八 and 九: the bare 支出 is the same scope's spending (once a known failure: checked
 * against the income, an error wherever the two differ).
 */
const FLOW_PAIR = new RegExp(String.raw`(政府性基金预算财政拨款|国有资本经营预算财政拨款|一般公共预算财政拨款|本年)(收入|支出)(\s*${FIGURE}[，,；;]\s*)\1(收入|支出)`, 'gu');
const bareFlow: Rewrite = {
  kind: 'bare-flow',
  keepsAttribution: true,
  apply(p, r) {
    const pairs = [...p.matchAll(FLOW_PAIR)].filter((m) => m[2] !== m[4]);
    if (pairs.length === 0) return undefined;
    const m = pickOne(r, pairs);
    const at = m.index + m[1]!.length + m[2]!.length + m[3]!.length;
    return { text: p.slice(0, at) + p.slice(at + m[1]!.length) };
  },
};

export const REWRITES: readonly Rewrite[] = [
  reorderOfWhich, intoRespectively, intoRespectivelyWithShares, synonym, punctuationWidth, fullWidthDigits, splitOrJoin,
  insertClause, insertCountClause, renameItem, insertReason, insertOtherPeriod, insertUnknownItem, bareFlow,
];
