/**
 * A numbered title as PDF and Word documents print Part 3's headings: 第三部分…, 一、…, （一）…,
 * short, and with no sentence inside it. Both readers turn such a line into a `## ` heading.
 */
const TITLE = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/u;

export function looksLikeTitle(text: string): boolean {
  return TITLE.test(text) && text.length <= 60 && !/[。；]/u.test(text.slice(0, -1));
}

/** A Part's title (第三部分…), also as a Markdown heading. */
export const PART = /^\s*(?:#+\s*)?第[一二三四五六七八九十]+部分/u;
/** Parts that hold no explanation: the terms, the tables, the attachments, the unit's profile. */
const NOT_EXPLANATION = /名词解释|附件|附表|(?:决算|公开|报)表|基本情况|概况|职能|机构设置/u;
const EXPLANATION = /决算(?:公开)?(?:情况)?说明|情况说明|决算情况/u;

/**
 * The lines of a document's explanation (Part 3 in most regions; 第二部分 …单位决算情况说明 in
 * Sichuan's template): from the last Part title that names one (the first ones are in the table
 * of contents), or else the last 第三部分, to the next Part that is no explanation. A Part of
 * explanations right after another (Beijing: 第二部分 部门决算说明, 第三部分 其他重要事项的情况说明)
 * belongs to it.
 */
export function explanationRange(lines: readonly string[]): { start: number; end: number } | undefined {
  const parts = lines.flatMap((l, i) => (PART.test(l) ? [i] : []));
  // A Part number on a line of its own is titled by the next line that has text.
  const titles = new Map(parts.map((i) => {
    const alone = /^#*第[一二三四五六七八九十]+部分[:：]?$/u.test(lines[i]!.replace(/\s+/gu, ''));
    return [i, !alone ? lines[i]! : `${lines[i]!.trim()} ${lines.slice(i + 1, i + 4).find((l) => l.trim() !== '') ?? ''}`];
  }));
  const explains = (i: number) => EXPLANATION.test(titles.get(i)!) && !NOT_EXPLANATION.test(titles.get(i)!);
  let start = parts.filter(explains).at(-1) ?? parts.filter((i) => /第三部分/u.test(lines[i]!)).at(-1);
  if (start === undefined) return undefined;
  // The Part before it explains too, with text between them (not the contents' next entry): one explanation.
  for (let k = parts.indexOf(start); k > 0; k--) {
    const before = parts[k - 1]!;
    if (!explains(before) || !lines.slice(before + 1, start).some((l) => l.trim().length > 60)) break;
    start = before;
  }
  const next = parts.find((i) => i > start! && !explains(i));
  return { start, end: next ?? lines.length };
}
