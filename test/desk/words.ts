/**
 * Whether a mark covers a finding's words, as another reader sees the text
 * under it. A PDF's text items give no per-character widths (pdf.ts shares
 * an item's width out by fitted character widths, and a reader's text layer
 * lays characters out in its own font), so a mark may be off at an edge:
 * it passes when it holds all of its words but one character and at most two
 * more; `exact` says whether it is exactly its words.
 */
export function wordsMatch(under: string, words: string, _actual?: string): { ok: boolean; exact: boolean } {
  const a = under.replace(/\s/gu, '');
  const b = words.replace(/\s/gu, '');
  if (a === b) return { ok: true, exact: true };
  const shared = longestCommonSubstring(a, b);
  return { ok: b.length > 0 && shared >= b.length - 1 && a.length - shared <= 2, exact: false };
}

function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      if (row[j]! > best) best = row[j]!;
      diagonal = above;
    }
  }
  return best;
}
