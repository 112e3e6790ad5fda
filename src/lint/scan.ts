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

/** Whether the text at `at` stands inside a title in 《》 (《…厉行节约实施办法》): a name, whose words say nothing of the figures. */
export function inBookTitle(text: string, at: number): boolean {
  return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}

/**
 * Joins a document's blocks for one scan per pattern over the whole document (the reader's
 * phrase scans, the text rules): no pattern matches it, nor anchors at ^ or $, which would see it as text.
 */
export const BLOCK_SEPARATOR = '\u0001';

/** What a piece of a pattern may start with: the UTF-16 units (undefined: any), and whether it may match nothing. */
interface Start {
  units: Set<number> | undefined;
  nullable: boolean;
}

const DIGITS = [...'0123456789'].map((c) => c.charCodeAt(0));

/**
 * The UTF-16 units a match of a pattern can start with, read from its source; undefined where the
 * source does not say (a `.`, `\s`, a negated class, a nullable pattern, the i flag). The reader
 * tries a phrase pattern only where its first unit stands, instead of scanning the text once per
 * pattern. A superset is enough: a unit listed that no match starts with costs only a failed try.
 */
export function firstUnits(pattern: RegExp): Set<number> | undefined {
  if (pattern.flags.includes('i')) return undefined;
  const source = pattern.source;
  let i = 0;
  const union = (a: Set<number> | undefined, b: Set<number> | undefined) => (a && b ? new Set([...a, ...b]) : undefined);

  const alternation = (): Start => {
    let start = sequence();
    while (source[i] === '|') {
      i++;
      const next = sequence();
      start = { units: union(start.units, next.units), nullable: start.nullable || next.nullable };
    }
    return start;
  };
  const sequence = (): Start => {
    let units: Set<number> | undefined = new Set();
    let nullable = true;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const term = atom();
      const optional = quantifier();
      if (nullable) units = union(units, term.units);
      nullable &&= term.nullable || optional;
    }
    return { units, nullable };
  };
  /** Reads a quantifier if one follows: whether it allows no repetition. */
  const quantifier = (): boolean => {
    let optional = false;
    if (source[i] === '?' || source[i] === '*') optional = true;
    else if (source[i] === '{') optional = /^\{0[,}]/.test(source.slice(i));
    else if (source[i] !== '+') return false;
    i = source[i] === '{' ? source.indexOf('}', i) + 1 : i + 1;
    if (source[i] === '?') i++;
    return optional;
  };
  const atom = (): Start => {
    const c = source[i]!;
    if (c === '(') {
      i++;
      // Look-arounds match nothing themselves: what follows them starts the match.
      const lookaround = /^\?(?:[=!]|<[=!])/.exec(source.slice(i));
      if (lookaround) i += lookaround[0].length;
      else if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
      const inner = alternation();
      i++; // )
      return lookaround ? { units: new Set(), nullable: true } : inner;
    }
    if (c === '[') return characterClass();
    if (c === '\\') return escape();
    if (c === '^' || c === '$' || c === '.') {
      i++;
      return c === '.' ? { units: undefined, nullable: false } : { units: new Set(), nullable: true };
    }
    // A character beyond the BMP is one atom of two units: its first one starts the match.
    const unit = source.charCodeAt(i);
    i += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
    return { units: new Set([unit]), nullable: false };
  };
  const escape = (): Start => {
    const c = source[i + 1]!;
    i += 2;
    if (c === 'd') return { units: new Set(DIGITS), nullable: false };
    if (c === 'b' || c === 'B') return { units: new Set(), nullable: true };
    if (/[A-Za-z0-9]/.test(c)) return { units: undefined, nullable: false };
    return { units: new Set([c.charCodeAt(0)]), nullable: false };
  };
  const characterClass = (): Start => {
    const end = source.indexOf(']', source[i + 1] === ']' ? i + 2 : i + 1);
    const body = source.slice(i + 1, end);
    i = end + 1;
    // Escapes inside a class (\s, \], \d …) and negated classes: not worth reading, any unit.
    if (body.startsWith('^') || body.includes('\\') || end < 0) return { units: undefined, nullable: false };
    const units = new Set<number>();
    for (let k = 0; k < body.length; k++) {
      if (body[k + 1] === '-' && k + 2 < body.length) {
        for (let u = body.charCodeAt(k); u <= body.charCodeAt(k + 2); u++) units.add(u);
        k += 2;
      } else {
        units.add(body.charCodeAt(k));
      }
    }
    return { units, nullable: false };
  };

  const start = alternation();
  return start.nullable || i < source.length ? undefined : start.units;
}

/** UTF-16 units as a string, unit for unit (a lone surrogate kept as it is), in chunks the call stack holds. */
export function stringOfUnits(units: Uint16Array | Int32Array, length = units.length): string {
  let text = '';
  const CHUNK = 8192;
  for (let at = 0; at < length; at += CHUNK) text += String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]);
  return text;
}
