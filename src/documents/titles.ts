/**
 * A numbered title as PDF and Word documents print Part 3's headings: 第三部分…, 一、…, （一）…,
 * short, and with no sentence inside it. Both readers turn such a line into a `## ` heading.
 */
const TITLE = /^(?:第\s*[一二三四五六七八九十]+\s*部\s*分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/u;

export function looksLikeTitle(text: string): boolean {
  return TITLE.test(text) && text.length <= 60 && !/[。；]/u.test(text.slice(0, -1));
}

/** A Part's title (第三部分…), also as a Markdown heading, also set letter-spaced (第 三 部 分). */
export const PART = /^\s*(?:#+\s*)?第\s*[一二三四五六七八九十]+\s*部\s*分/u;
/**
 * A line of a table of contents: its title, then dot leaders (……, ....., ·····) or a wide gap, then a page
 * number at the end of the line.
 */
function contentsEntry(line: string): boolean {
  // Scanned from the end (a pattern with the leaders' repeated group would backtrack: the ReDoS suite).
  let i = line.length;
  while (i > 0 && /\s/u.test(line[i - 1]!)) i--;
  const end = i;
  while (i > 0 && line[i - 1]! >= '0' && line[i - 1]! <= '9') i--;
  if (i === end || end - i > 4) return false;
  let blanks = 0;
  let leaders = 0;
  for (; i > 0; i--) {
    const c = line[i - 1]!;
    if (/\s/u.test(c)) blanks++;
    else if ('.…·•．_-—'.includes(c)) leaders++;
    else break;
  }
  if (leaders >= 3) return true;
  return leaders === 0 && blanks >= 2 && i > 0 && /[\u4e00-\u9fff）)]/u.test(line[i - 1]!);
}
/** The line that heads a table of contents (目录, 目 录). */
const CONTENTS = /^(?:#+)?目录$/u;

/** The text without white space: a heading set letter-spaced (第 三 部 分 2 0 2 4 年 度) is matched as printed. */
const compact = (text: string) => text.replace(/\s+/gu, '');

/**
 * The lines of a table of contents that name a Part: an entry with its page number (dot leaders, a wide
 * gap), and the Part lines of the block after a 目录 line — up to a sentence, or a Part it named already
 * (the document's own first Part, on the page after the contents).
 */
function contentsLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((l, i) => {
    if (PART.test(l) && contentsEntry(l)) out.add(i);
  });
  for (let i = 0; i < lines.length; i++) {
    if (!CONTENTS.test(compact(lines[i]!))) continue;
    const named = new Set<string>();
    for (let j = i + 1; j < lines.length && j <= i + 40; j++) {
      const t = compact(lines[j]!);
      if (t.length > 60 || /[。；]/u.test(t)) break;
      const part = PART.test(lines[j]!) ? /第([一二三四五六七八九十]+)部分/u.exec(t)?.[1] : undefined;
      if (part === undefined) continue;
      if (named.has(part)) break;
      named.add(part);
      out.add(j);
    }
  }
  return out;
}
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
  // (a line of the table of contents is never a Part's start)
  const contents = contentsLines(lines);
  const parts = lines.flatMap((l, i) => (PART.test(l) && !contents.has(i) ? [i] : []));
  // A Part number on a line of its own is titled by the next line that has text.
  const titles = new Map(parts.map((i) => {
    const alone = /^#*第[一二三四五六七八九十]+部分[:：]?$/u.test(compact(lines[i]!));
    return [i, compact(!alone ? lines[i]! : `${lines[i]!.trim()} ${lines.slice(i + 1, i + 4).find((l) => l.trim() !== '') ?? ''}`)];
  }));
  const explains = (i: number) => EXPLANATION.test(titles.get(i)!) && !NOT_EXPLANATION.test(titles.get(i)!);
  let start = parts.filter(explains).at(-1) ?? parts.filter((i) => /第三部分/u.test(titles.get(i)!)).at(-1);
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
