/**
 * Where a paragraph sits: Part 3 sections are recognised by the keywords of
 * their titles, not by ordinal or Part number — the same topic stands at 六 in
 * one region and 十三 in another, under 第二部分 or 第三部分. The same words
 * mean different facts in different sections (基本支出 in 三 and in 六).
 */
import type { TextBlock } from './extract.js';
import { normalizeWidth } from './normalize.js';
import type { SectionKind } from './topics/index.js';

// Order matters: the first rule whose keywords match wins (三公 before 财政拨款, 基本支出 before 一般公共预算).
const SECTION_RULES: ReadonlyArray<[RegExp, SectionKind]> = [
  [/三公/u, 'sanGong'],
  [/机关运行经费|机构运行经费|运行经费/u, 'office'],
  [/政府采购/u, 'procurement'],
  [/国有资产|资产占用|资产占有/u, 'assets'],
  [/绩效/u, 'performance'],
  [/国有资本经营/u, 'soe'],
  [/政府性基金/u, 'govFund'],
  [/基本支出/u, 'basic'],
  [/一般公共预算/u, 'gpb'],
  [/财政拨款收入支出|财政拨款收支|财政拨款收、支/u, 'fiscal'],
  [/收入支出决算总体|收支决算总体|收入支出总体|收支总体|收入支出决算总计|收支总计/u, 'overall'],
  [/收入决算|收入情况|总收入/u, 'income'],
  [/支出决算|支出情况|总支出/u, 'expenditure'],
];

export function sectionOfTitle(title: string): SectionKind | undefined {
  const t = normalizeWidth(title);
  for (const [pattern, kind] of SECTION_RULES) if (pattern.test(t)) return kind;
  return undefined;
}

// 一、 （一） (一) 1、 1. 1．第三部分 — the ordinals that open a title line.
const TITLE_OPENING = /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d))/u;

/**
 * Is this paragraph a title? Converted documents often carry titles as plain
 * paragraphs: short, opened by an ordinal, no figures, no full stop inside.
 */
export function isTitleParagraph(block: TextBlock): boolean {
  if (block.kind !== 'paragraph') return false;
  const text = block.text.trim();
  if (text.length > 40 || !TITLE_OPENING.test(text)) return false;
  // 1、行政运行（项）： introduces what follows, it is not a title.
  if (/[：:]$/u.test(text)) return false;
  const body = text.replace(TITLE_OPENING, '');
  if (/[0-9０-９]/u.test(body.replace(/(19|20)\d\d\s*年度?/gu, ''))) return false;
  return !/[。；;，,]/u.test(body.replace(/[。.]$/u, ''));
}

/** The title text of a heading block or title paragraph, or undefined. */
export function titleOf(block: TextBlock): string | undefined {
  if (block.kind === 'heading' || isTitleParagraph(block)) return block.text;
  return undefined;
}

/**
 * A title that opens a section sets its kind; a sub-title whose keywords say
 * nothing (（二）具体情况) keeps the section it sits in. A title with an
 * ordinal of the top level (一、 … 十三、) or a heading of level ≤ 2 whose
 * keywords say nothing ends the section.
 */
export function nextSection(current: SectionKind | undefined, block: TextBlock): SectionKind | undefined {
  const title = titleOf(block);
  if (title === undefined) return current;
  const kind = sectionOfTitle(title);
  if (kind) return kind;
  const topLevel = (block.kind === 'heading' && (block.depth ?? 1) <= 2) || /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．])/u.test(title);
  return topLevel ? undefined : current;
}
