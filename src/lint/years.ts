/**
 * wrong-year: a year the document states as its own period. A 2024 document states figures of 2024
 * and compares them with 2023; a year is such a claim only where it stands as the period of figures
 * (2022 年度收入合计, 2022 年本年支出合计 X 万元, a heading's 2022 年度收入决算情况说明, a table
 * column's 2022 年), as the date of the year-end figures (截至 2022 年 12 月 31 日), or as the base of a
 * comparison (与 2022 年相比). A year in a title (《…规划（2021—2035 年）》), the date of an event (于
 * 2019 年机构改革后组建, 在 2025 年支付, 2021 年购置的, 2025 年 4 月) or a boundary (2025 年起, 2019
 * 年以来) says nothing of the accounts' period, whatever year it is.
 */
import type { LintContext } from './lint.js';
import type { TextBlock } from './extract.js';
import { normalizeWidth } from './normalize.js';
import { execAll, inBookTitle } from './scan.js';
import type { Finding } from './verify.js';

const STATED_YEAR = /(?<![0-9０-９])((?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2})\s*年/gu;

/** 项目计划于 2025 年完成验收: a plan's year (原计划 is what was planned, said of the past). */
const PLAN_BEFORE = /(?<!原)(?:计划|将|拟|预计|力争|争取)(?:于|在|到)?\s*$/u;
/** 2025 年，本局将…力争达到 95%: a later year whose clause is a plan. */
const PLAN_IN_CLAUSE = /将|拟|计划|预计|力争|争取/u;

/** The base of a comparison: 与 2022 年相比, 比 2021 年减少, 较 2021 年决算数, 同 2022 年. */
const BASE_BEFORE = /(?:与|比|较|同)\s*$/u;
/** The date the year-end figures are stated at: 截至 2022 年 12 月 31 日 (年末, 年底). */
const YEAR_END_BEFORE = /截[至止](?:到)?\s*$/u;
const YEAR_END_AFTER = /^(?:12月31日|末|底)/u;
/** A date of an event or where something goes: 于 2019 年, 在 2025 年支付, 结转至 2025 年度, 纳入 2025 年度预算, 下达 2025 年度资金. */
const DATE_BEFORE = /(?:于|在|至|到|截[至止]|[纳列转进]入|下达)\s*$/u;
/** The start of a span: 自 2019 年, 从 2023 年. */
const SPAN_BEFORE = /(?:从|自)\s*$/u;
/** A year range (2021—2035 年): a span of years, the name of a plan's term, no period of this report. */
const RANGE_BEFORE = /[0-9０-９]\s*[—–\-－~～至到]+\s*$/u;
/**
 * What after a year (and its 度), spaces taken out, makes it a date, a boundary or the time of an event,
 * not the period of figures: 2025 年 4 月, 2025 年起, 2019 年以来, the start of a range (2021 年至 2023 年),
 * 2016 年购置, 2019 年机构改革后组建, a carry-over (2022 年度结转项目: where the money came from). A number after it is a
 * month or a day, not an amount or a rate: 2023 年 55.60 万元 states that year's figure.
 */
const NOT_A_PERIOD_AFTER = /^(?:(?![0-9][0-9,.]*(?:万元|亿元|元|万|%))[0-9]|结转|结余|购置|购买|购入|购进|采购的|组建|成立|设立|挂牌|机构改革|改革|建成|开工|竣工|完工|投入使用|启用|支付|付清|印发|出台|发布|批复|立项|签订|开始|启动)/u;
/** A bound of a span of years (2021 年至 2023 年, 2019 年以来, 2025 年起, 2020 年以前): figures in its clause are the span's, no one year's. */
const SPAN_AFTER = /^(?:至|到|[—–\-－~～]|起|以来|以后|之后|以前|之前|前|后)/u;
/** 2025 年度部门预算已足额安排: a later year's budget, a plan this report holds no figure of. */
const BUDGET_AFTER = /^(?:部门|单位)?预算/u;
/** The accounts named right after the year (2022 年决算, 2022 年，本部门机关运行经费): the period of those figures. */
const ACCOUNTS_AFTER = /^[，,]?(?:本部门|本单位|本局|全年)?(?:[“"]?三公|部门决算|单位决算|决算|预算|收入|支出|收、?支|财政拨款|一般公共预算|政府性基金|国有资本经营|机关运行经费|政府采购)/u;
/** A figure of money or a rate, spaces taken out: its last digit and its unit (4,340.16万元, 7.54%). */
const FIGURE = /[0-9](?:万元|亿元|元|%)/u;
/** Where the year's clause ends: the next clause or sentence mark (a comma between digits is a thousands separator). */
const CLAUSE_END = /[。；;：:！？!?]|[，,](?![0-9]{3})/u;

/** The words after a year up to its clause's end, spaces taken out (2022 年 12 月 31 日 as 2022年12月31日). */
function wordsAfter(text: string, end: number): string {
  return text.slice(end, end + 60).replace(/\s+/gu, '');
}

/** The year's clause after it (and after its 度 and its own comma): 2022 年，本部门机关运行经费支出 X 万元. */
function clauseOf(after: string): string {
  const rest = after.replace(/^度?[，,]?/u, '');
  const clauseEnd = rest.search(CLAUSE_END);
  return clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
}

/**
 * What a year's words make it other than a period of figures: a bound of a span of years (2019 年以来,
 * 自 2023 年, 2021—2035 年) or a date or a name (2025 年 4 月, 2021 年购置的, 于 2019 年, a title in 《》).
 * Undefined where they say neither. The claim reader asks too: a span's figures are no year's.
 */
export function yearBound(text: string, at: number, length: number): 'span' | 'date' | undefined {
  const before = text.slice(Math.max(0, at - 6), at);
  // 《清河县国土空间总体规划（2021—2035 年）》: the name of a document
  if (inBookTitle(text, at)) return 'date';
  if (RANGE_BEFORE.test(before)) return 'span';
  if (BASE_BEFORE.test(before)) return undefined;
  const next = wordsAfter(text, at + length);
  if (YEAR_END_BEFORE.test(before)) return YEAR_END_AFTER.test(next) ? undefined : 'date';
  if (SPAN_BEFORE.test(before)) return 'span';
  if (DATE_BEFORE.test(before)) return 'date';
  const after = next.startsWith('度') ? next.slice(1) : next;
  if (SPAN_AFTER.test(after)) return 'span';
  return NOT_A_PERIOD_AFTER.test(after) ? 'date' : undefined;
}

/**
 * Whether the year at `at` (of `length` characters up to and including 年) in `text` stands as a
 * period the document claims: of figures, of the year-end, or as a comparison's base.
 * A title's or a table cell's year is the period of what it heads unless its words make it a date.
 */
function statesPeriod(text: string, at: number, length: number, heads: boolean): boolean {
  if (yearBound(text, at, length)) return false;
  const before = text.slice(Math.max(0, at - 6), at);
  if (BASE_BEFORE.test(before) || YEAR_END_BEFORE.test(before)) return true;
  const next = wordsAfter(text, at + length);
  const hasDu = next.startsWith('度');
  const after = hasDu ? next.slice(1) : next;
  // 2022 年，本部门机关运行经费支出 X 万元: a figure in the year's clause is of that year.
  return hasDu || heads || ACCOUNTS_AFTER.test(after) || FIGURE.test(clauseOf(after));
}

const TEXTS_WITH_YEARS = new WeakMap<LintContext, string[]>();

/**
 * The data file's own words that state a year (a project 农村公路养护（2024 年度）项目, a reason):
 * quoted in the text, their years are the writer's names, not figures of this report.
 */
function textsWithYears(ctx: LintContext): string[] {
  let texts = TEXTS_WITH_YEARS.get(ctx);
  if (!texts) {
    const found = new Set<string>();
    const walk = (node: unknown): void => {
      if (typeof node === 'string') {
        if (/(?:19|20)[0-9]{2}\s*年/u.test(node)) found.add(node);
      } else if (Array.isArray(node)) node.forEach(walk);
      // facts carry labels of their own making (2023 年度…决算数), not the data's words
      else if (node && typeof node === 'object' && !('unit' in node && 'id' in node)) Object.values(node).forEach(walk);
    };
    walk(ctx.catalog.part3);
    // found whatever the width of its brackets and digits: 农村公路养护(2024 年度) is the same name
    texts = [...found].map(normalizeWidth);
    TEXTS_WITH_YEARS.set(ctx, texts);
  }
  return texts;
}

/** Where the data's own words with years (textsWithYears) stand in `folded`. */
function quotedSpans(folded: string, texts: readonly string[]): Array<[number, number]> {
  return texts.flatMap((t) => {
    const spans: Array<[number, number]> = [];
    for (let i = folded.indexOf(t); i >= 0; i = folded.indexOf(t, i + t.length)) spans.push([i, i + t.length]);
    return spans;
  });
}

/** Years: every period the document claims must be the data's year or the one before (the data holds no other). */
export function yearFindings(block: TextBlock, b: number, ctx: LintContext, findings: Finding[], isTitle: boolean): void {
  const text = block.text;
  const stated = execAll(STATED_YEAR, text);
  if (stated.length === 0) return;
  const year = ctx.year;
  // Worked out only for a block stating a year other than the report's (most state only theirs).
  let folded: string | undefined;
  let quoted: Array<[number, number]> | undefined;
  const heads = isTitle || block.kind === 'table-cell';
  for (const m of stated) {
    const y = Number(normalizeWidth(m[1]!));
    if (y === year) continue;
    // One character for one: offsets stay valid, and the words are read the same whatever their width.
    folded ??= normalizeWidth(text);
    quoted ??= quotedSpans(folded, textsWithYears(ctx));
    if (quoted.some(([from, to]) => m.index! >= from && m.index! < to)) continue;
    const span = { start: m.index!, end: m.index! + m[0].length, block: b };
    if (y !== year - 1) {
      const clause = clauseOf(wordsAfter(folded, m.index! + m[0].length));
      // 2025 年度部门预算已足额安排: a later year's budget with no figure is a plan, not a period of this report.
      const laterBudget = y > year && BUDGET_AFTER.test(wordsAfter(folded, m.index! + m[0].length).replace(/^度/u, '')) && !FIGURE.test(clause);
      const planned = laterBudget || PLAN_BEFORE.test(folded.slice(Math.max(0, m.index! - 8), m.index!))
        || (y > year && PLAN_IN_CLAUSE.test(clause));
      // 项目计划于 2025 年完成验收: a plan for a later year is a date of the work; a plan for a year
      // already past (项目计划于 2022 年完成验收) is words copied from an old report.
      if (planned ? y > year : !statesPeriod(folded, m.index!, m[0].length, heads)) continue;
      findings.push({
        ruleId: 'wrong-year', severity: 2, span, actual: m[0],
        message: `年份“${m[0]}”有误：本文件是 ${year} 年度决算，数据只有 ${year} 年和 ${year - 1} 年的数字`,
      });
      continue;
    }
    // Last year where only the report year can stand: a title (2023 年度部门决算情况说明), the date of
    // the year-end figures (截至 2023 年 12 月 31 日), or this year's figures (2023 年度收、支总计均为).
    const after = text.slice(span.end, span.end + 12).replace(/\s+/gu, '');
    const before = text.slice(Math.max(0, span.start - 4), span.start);
    const reason = isTitle && /^度?(?:部门|单位)?决算/u.test(after) ? '标题中的决算年度'
      : /截至\s*$/u.test(before) && /^12月31日/u.test(after) ? '“截至…12 月 31 日”的日期'
      : /^度?(?:收、?支总计|收入支出总计|本年收入合计|本年支出合计|收入合计|支出合计)(?:均为|为|是)/u.test(after) && !BASE_BEFORE.test(before) ? '本年度数字所属的年度'
      : undefined;
    if (reason) {
      findings.push({
        ruleId: 'wrong-year', severity: 2, span, actual: m[0],
        message: `${reason}应为 ${year} 年，而不是“${m[0]}”${ctx.yearSource ? `（${ctx.yearSource}）` : ''}`, expected: String(year), fix: String(year),
      });
    }
  }
}
