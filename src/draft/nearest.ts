/**
 * The names nearest a misspelt one, for messages that say “是不是 …？”:
 * edit distance (insertions, deletions, substitutions, transpositions) over
 * names compared without case, `_` or `-` (grand_total finds grandTotal).
 */

/** Up to `limit` names within a distance that grows with the name's length, nearest first. */
export function nearestNames(name: string, names: Iterable<string>, limit = 3): string[] {
  const key = normalise(name);
  const allowed = Math.max(2, Math.ceil(key.length / 3));
  const scored: Array<{ n: string; d: number }> = [];
  for (const n of new Set(names)) {
    const other = normalise(n);
    const d = distance(key, other);
    // a name that one is the start of (grandTotal for grand) is near whatever the distance
    if (d <= allowed || other.startsWith(key) || key.startsWith(other)) scored.push({ n, d });
  }
  return scored.sort((a, b) => a.d - b.d || a.n.localeCompare(b.n)).slice(0, limit).map((x) => x.n);
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[_-]/gu, '');
}

/** Optimal string alignment distance. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
