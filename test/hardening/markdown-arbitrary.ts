/**
 * fast-check arbitraries for Part 3 Markdown: clauses built from the phrasing
 * catalog (/work/shared/research/phrasing-catalog.md) — subjects, cue words,
 * numbers in every format and unit, years, ordinals — and sentences of the
 * seed's published Part 3 with a figure or a direction word changed, put into
 * headings, paragraphs, lists, GFM tables, block quotes, code fences, HTML
 * comments (suppression directives too) and front matter, decorated with
 * inline markup, soft and hard line breaks in the middle of numbers and words,
 * lone surrogates and control characters.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { SEED_PART3 } from '../helpers.js';

const SUBJECTS = [
  '基本支出', '项目支出', '人员经费', '公用经费', '一般公共服务（类）支出', '一般公共服务支出（类）', '一般公共服务(类)政府办公厅（室）及相关机构事务(款)行政运行(项)',
  '2010301 行政运行', '20103-政府办公厅（室）及相关机构事务', '“三公”经费', '“三公经费”', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务接待费',
  '机关运行经费', '政府采购支出总额', '授予中小企业合同金额', '授予小微企业合同金额', '本年支出合计', '本年收入合计', '收、支总计', '财政拨款收入', '财政拨款支出',
  '一般公共预算财政拨款支出', '政府性基金预算财政拨款支出', '上级补助收入', '事业收入', '其他收入', '社会保障和就业支出', '卫生健康支出', '住房保障支出',
  '国有资产', '车辆', '公务用车', '单位价值 100 万元以上设备', '绩效自评项目', 'XX局', '本部门', '本单位',
];

const CUES = [
  '占', '占比', '占本年支出合计的', '所占比重为', '占“三公”经费的', '比上年增加', '比上年减少', '较上年', '与 2023 年度相比，', '与2023年度相比,', '同比', '下降', '增长', '降低',
  '减少为', '增加到', '持平', '与上年决算数相同', '完成年初预算的', '完成全年预算的', '为年初预算的', '完成预算', '年初预算为', '全年预算为', '支出决算为', '决算数为',
  '决算数大于预算数', '决算数小于预算数', '决算数等于预算数', '决算数大于预算数的主要原因是', '主要原因是', '主要是', '主要用于', '其中：', '其中', '分别为', '均为', '共计', '合计',
  '为', '是', '不可比', '（基数为0,不可比）', '增加（减少）', '增长/下降', '大小于', '得分', '共', '购置', '开支', '接待', '组织', '出国团组',
];

const UNITS = ['万元', '万元', ' 万元', '元', '亿元', '万', '%', '％', ' 辆', '辆', '台（套）', ' 人次', '个', '批次', '项', '家', '分', '', ''];

const YEARS = ['2024 年度', '2024年', '2023 年度', '2023年', '２０２４年度', '2019 年', '2025年', '202 年度', '20 年', '2020-2024 年', '12 月 31 日'];
const ORDINALS = ['1、', '2、', '（一）', '(二)', '1.', '2．', '一、', '（1）', '①', '一是', '二是'];
const PUNCT = ['，', '。', '；', '：', ',', ';', '、', '．', '.', '！', ' ', ''];
const REASONS = ['主要是人员调出基本工资减少', '主要是积极响应“过紧日子”的号召', '资金增加', '项目减少', '【待补充：原因】', '【待补充：'];

const toFullWidth = (s: string) => s.replace(/[0-9,.%]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const group = (int: string) => {
  const head = int.length % 3 || 3;
  const parts = [int.slice(0, head)];
  for (let i = head; i < int.length; i += 3) parts.push(int.slice(i, i + 3));
  return parts.join(',');
};

/** A number as Part 3 writers write it. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('4,340.16', '4340.16', '４，３４０．１６', '0', '0.00', '12.5', '１２．５', '1,055.4', '20', '3', '100', '72.66', '353.84', '7.54', '48.57', '0.01', '1,186.68', '3,153.47'),
  fc.record({
    int: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99_999_999 })),
    frac: fc.option(fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')), { nil: undefined }),
    trim: fc.boolean(),
    grouped: fc.boolean(),
    full: fc.boolean(),
  }).map(({ int, frac, trim, grouped, full }) => {
    let f = frac;
    if (f !== undefined && trim) f = f.replace(/0+$/u, '');
    const i = grouped ? group(String(int)) : String(int);
    const text = f ? `${i}.${f}` : i;
    return full ? toFullWidth(text) : text;
  }),
);

/** The seed's Part 3, as sentences (each with its line's list or heading marker dropped). */
const SEED_SENTENCES: string[] = readFileSync(SEED_PART3, 'utf8')
  .split(/\n+/u)
  .map((l) => l.replace(/^\s*(?:#+|-|\d+\.|\|)\s*/u, ''))
  .flatMap((l) => l.split(/(?<=。)/u))
  .map((s) => s.trim())
  .filter((s) => s.length > 0 && !s.includes('|'));

const FLIPS: Record<string, string> = { 增加: '减少', 减少: '增加', 增长: '下降', 下降: '增长', 大于: '小于', 小于: '大于' };

/** A seed sentence, as published or with one figure or direction word changed. */
const seedSentence: fc.Arbitrary<string> = fc.record({
  sentence: fc.constantFrom(...SEED_SENTENCES),
  change: fc.nat(),
  by: fc.constantFrom(0, 1, 2, 7, 10, 100, -1),
  flip: fc.boolean(),
}).map(({ sentence, change, by, flip }) => {
  if (flip) {
    const words = [...sentence.matchAll(/增加|减少|增长|下降|大于|小于/gu)];
    if (words.length === 0) return sentence;
    const w = words[change % words.length]!;
    return sentence.slice(0, w.index) + FLIPS[w[0]]! + sentence.slice(w.index! + w[0].length);
  }
  const digits = [...sentence.matchAll(/[0-9]/gu)];
  if (digits.length === 0 || by === 0) return sentence;
  const d = digits[change % digits.length]!;
  const next = String((Number(d[0]) + by + 10) % 10);
  return sentence.slice(0, d.index) + next + sentence.slice(d.index! + 1);
});

/** One clause: [ordinal] [year] [subject] cue number unit [reason] punctuation. */
const clause: fc.Arbitrary<string> = fc.tuple(
  fc.option(fc.constantFrom(...ORDINALS), { nil: '' }),
  fc.option(fc.constantFrom(...YEARS), { nil: '' }),
  fc.option(fc.constantFrom(...SUBJECTS), { nil: '' }),
  fc.constantFrom(...CUES),
  fc.option(fc.constantFrom(' ', '\u00a0', '\u3000'), { nil: '' }),
  numberText,
  fc.constantFrom(...UNITS),
  fc.option(fc.constantFrom(...REASONS), { nil: '' }),
  fc.constantFrom(...PUNCT),
).map((parts) => parts.join(''));

/** Characters that should never break anything. */
const NASTY = ['\ud800', '\udfff', '\ud83d', '\u0000', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\u200b', '\u200d', '\u0301', '\ufffd', '\t', '\r', '\r\n'];

/** Inline decorations: markup around a piece of text. */
const wrap = (text: string, how: number, url: string): string => {
  switch (how) {
    case 0: return `**${text}**`;
    case 1: return `*${text}*`;
    case 2: return `_${text}_`;
    case 3: return `[${text}](${url})`;
    case 4: return `\`${text}\``;
    case 5: return `~~${text}~~`;
    case 6: return `<span>${text}</span>`;
    case 7: return `${text}<!-- 注 -->`;
    default: return text;
  }
};

/**
 * Inserts something at a random place of a piece of text: a soft break, a
 * hard break (two spaces or a backslash), an escape, a character reference, a
 * nasty character, emphasis of the second half.
 */
function decorate(text: string, at: number, what: number, nasty: string): string {
  const i = text.length === 0 ? 0 : at % (text.length + 1);
  const a = text.slice(0, i);
  const b = text.slice(i);
  switch (what) {
    case 0: return `${a}\n${b}`;
    case 1: return `${a}  \n${b}`;
    case 2: return `${a}\\\n${b}`;
    case 3: return `${a}\r\n${b}`;
    case 4: return `${a}${nasty}${b}`;
    case 5: return `${a}**${b}**`;
    case 6: return `${a}\\*${b}`;
    case 7: return `${a}&amp;${b}`;
    case 8: return `${a}&#20013;${b}`;
    case 9: return `${a}\n   ${b}`;
    default: return text;
  }
}

const decoratedPiece: fc.Arbitrary<string> = fc.tuple(
  fc.oneof({ weight: 3, arbitrary: clause }, { weight: 2, arbitrary: seedSentence }),
  fc.integer({ min: 0, max: 12 }), fc.constantFrom('http://a.b/c', '#x', '<>'),
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 14 }), fc.constantFrom(...NASTY)), { maxLength: 3 }),
).map(([text, how, url, decorations]) => {
  let t = wrap(text, how, url);
  for (const [at, what, nasty] of decorations) t = decorate(t, at, what, nasty);
  return t;
});

const paragraph = fc.array(decoratedPiece, { minLength: 1, maxLength: 5 }).map((ps) => ps.join(''));

const RULES = ['', 'figure-mismatch', 'unverified-figure', 'share-mismatch', 'placeholder', 'wrong-year', 'x', 'template-leftover unverified-figure -- 已核对'];

const directive = fc.tuple(fc.constantFrom('disable-next-line', 'disable', 'enable', 'disable-line', 'Disable'), fc.constantFrom(...RULES), fc.boolean())
  .map(([kind, rules, closed]) => `<!-- juesuan-${kind} ${rules} ${closed ? '-->' : ''}`);

const HEADERS = ['项目', '科目名称', '金额（万元）', '金额', '决算数', '年初预算', '全年预算数', '占比', '占比（%）', '增减额', '增减率', '完成率', '比上年增减', '车辆（辆）', '人次', '得分', ''];

const table = fc.tuple(
  fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 5 }),
  fc.array(fc.array(fc.oneof(numberText, fc.constantFrom(...SUBJECTS, '合计', '总计', '合 计', '', '-', '—'), clause), { minLength: 1, maxLength: 5 }), { minLength: 0, maxLength: 4 }),
  fc.constantFrom('单位：万元\n\n', '单位：元\n\n', ''),
  fc.boolean(),
).map(([header, rows, caption, pipes]) => {
  const esc = (c: string) => c.replace(/\|/gu, '\\|').replace(/[\r\n]+/gu, ' ');
  const line = (cells: string[]) => (pipes ? `| ${cells.map(esc).join(' | ')} |` : cells.map(esc).join(' | '));
  return `${caption}${line(header)}\n${line(header.map(() => '---'))}\n${rows.map(line).join('\n')}`;
});

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('# ', '## ', '### ', '#### ', '#'), fc.constantFrom('一、收入支出决算总体情况说明', '三、支出决算情况说明', '（一）支出决算结构情况', '六、一般公共预算财政拨款基本支出决算情况说明', '七、“三公”经费财政拨款支出决算情况说明', '十、机关运行经费支出情况说明', '十一、政府采购支出情况说明', '十二、国有资产占有使用情况说明', '名词解释', ''), fc.option(paragraph, { nil: '' })).map(([h, t, p]) => `${h}${t}${p ? ` ${p.replace(/[\r\n]+/gu, ' ')}` : ''}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '1. ', '2) ', '- [ ] ', '  - ', '> ', '> - '), fc.array(paragraph, { minLength: 1, maxLength: 3 })).map(([m, items]) => items.map((i) => `${m}${i}`).join('\n')) },
  { weight: 2, arbitrary: table },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'md', 'yaml'), paragraph, fc.boolean()).map(([f, info, body, closed]) => `${f}${info}\n${body}\n${closed ? f : ''}`) },
  { weight: 2, arbitrary: directive },
  { weight: 1, arbitrary: fc.constantFrom('<!-- 注释 -->', '<!--', '-->', '<div>\n基本支出 1 万元\n</div>', '***', '---', '[ref]: http://x', '[^1]: 注 1 万元', '    缩进代码 4,340.16 万元', '\\', '&', '|', '| a |', '<', '``', '$$\n1\n$$') },
);

const FRONT_MATTER = ['---\ntitle: 第三部分\n---\n', '---\njuesuan:\n  data: data.yaml\n---\n\n', '+++\ntitle = "x"\n+++\n', '---\n', '\ufeff'];

/** A Part 3 document of at most a few thousand characters. */
export const markdownDocument: fc.Arbitrary<string> = fc.tuple(
  fc.option(fc.constantFrom(...FRONT_MATTER), { nil: '' }),
  fc.array(block, { minLength: 0, maxLength: 8 }),
  fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n', '\r\r', '\n  \n'), { minLength: 8, maxLength: 8 }),
  fc.constantFrom('', '\n', '\r\n', '\n\n'),
).map(([front, blocks, seps, end]) => front + blocks.map((b, i) => (i === 0 ? b : seps[i % seps.length]! + b)).join('') + end);
