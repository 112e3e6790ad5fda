/**
 * A numbered title as PDF and Word documents print Part 3's headings: 第三部分…, 一、…, （一）…,
 * short, and with no sentence inside it. Both readers turn such a line into a `## ` heading.
 */
const TITLE = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/u;

export function looksLikeTitle(text: string): boolean {
  return TITLE.test(text) && text.length <= 60 && !/[。；]/u.test(text.slice(0, -1));
}
