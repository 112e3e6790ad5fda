/**
 * Elements of a WordprocessingML part found by indexOf, not by lazy regular
 * expressions: a `<w:p …>[\s\S]*?</w:p>` pattern rescans to the end of the
 * document from every opening tag whose closing tag is missing (quadratic on a
 * truncated or hostile file). Here each element ends at its first closing tag,
 * as the lazy pattern did, and a closing tag known to be absent after some
 * point is never searched for again: one pass over the text.
 */

interface TagSpec {
  name: string;
  /** `<w:tbl>` only, no attributes */
  bare: boolean;
  /** `<w:p …/>` is an element too */
  selfClosing: boolean;
}

/** 'w:tbl>': only the bare opening tag; 'w:p/': self-closing allowed; 'w:tr': an opening tag with a closing one. */
function specOf(tag: string): TagSpec {
  if (tag.endsWith('>')) return { name: tag.slice(0, -1), bare: true, selfClosing: false };
  if (tag.endsWith('/')) return { name: tag.slice(0, -1), bare: false, selfClosing: true };
  return { name: tag, bare: false, selfClosing: false };
}

/** Does `<name` at `at` open this element (not `<w:pPr` for w:p)? The name ends at a space, `>` or, self-closing, `/`. */
function opensAt(xml: string, at: number, spec: TagSpec): boolean {
  const c = xml[at + spec.name.length + 1];
  if (c === '>') return true;
  if (spec.bare) return false;
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || (spec.selfClosing && c === '/');
}

export interface XmlElement {
  name: string;
  /** the whole element, tags included */
  text: string;
  /** what stands between its tags ('' for a self-closing one) */
  body: string;
  /** where the element, and its body, start in the scanned text */
  start: number;
  bodyStart: number;
}

/**
 * Each element of the given tags (see {@link specOf}), in document order, not overlapping. An opening
 * tag with no closing tag after it is passed over, as a failed match is, and the scan goes on after it.
 */
export function* elements(xml: string, tags: readonly string[]): Generator<XmlElement> {
  const specs = tags.map(specOf);
  const opens = specs.map((s) => `<${s.name}`);
  const closes = specs.map((s) => `</${s.name}>`);
  const nextOpen = specs.map(() => -2);
  // From where on each closing tag is known not to occur.
  const noCloseFrom = specs.map(() => Infinity);
  let pos = 0;
  for (;;) {
    let k = -1;
    for (let i = 0; i < specs.length; i++) {
      if (nextOpen[i]! !== -1 && nextOpen[i]! < pos) {
        let at = xml.indexOf(opens[i]!, pos);
        while (at >= 0 && !opensAt(xml, at, specs[i]!)) at = xml.indexOf(opens[i]!, at + 1);
        nextOpen[i] = at;
      }
      if (nextOpen[i]! >= 0 && (k < 0 || nextOpen[i]! < nextOpen[k]!)) k = i;
    }
    if (k < 0) return;
    const start = nextOpen[k]!;
    const headEnd = xml.indexOf('>', start);
    if (headEnd < 0) return;
    const spec = specs[k]!;
    if (spec.selfClosing && xml[headEnd - 1] === '/') {
      yield { name: spec.name, text: xml.slice(start, headEnd + 1), body: '', start, bodyStart: headEnd + 1 };
      pos = headEnd + 1;
      continue;
    }
    const close = start >= noCloseFrom[k]! ? -1 : xml.indexOf(closes[k]!, headEnd + 1);
    if (close < 0) {
      noCloseFrom[k] = Math.min(noCloseFrom[k]!, start);
      pos = start + 1;
      continue;
    }
    const end = close + closes[k]!.length;
    yield { name: spec.name, text: xml.slice(start, end), body: xml.slice(headEnd + 1, close), start, bodyStart: headEnd + 1 };
    pos = end;
  }
}
