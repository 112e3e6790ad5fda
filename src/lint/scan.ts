/**
 * Every match of a global regular expression, in an array: String.prototype.matchAll
 * clones its regex on each call, which for the large name pattern costs more than the
 * search itself, and a generator's resumption per match cost more than the matches of a
 * short block.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    matches.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return matches;
}

/**
 * Joins a document's blocks for one scan per pattern over the whole document (the reader's
 * phrase scans, the text rules): no pattern matches it, nor anchors at ^ or $, which would see it as text.
 */
export const BLOCK_SEPARATOR = '\u0001';
