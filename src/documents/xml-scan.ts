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

/** Where a text stops being well-formed XML, and what is wrong there (in Chinese, for the one-line refusal). */
export interface XmlFault {
  offset: number;
  /** 1-based, as an editor counts them */
  line: number;
  column: number;
  what: string;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * The first place where `xml` is not well-formed, or undefined: every element closed, by its own name,
 * in order; one root; tags, attribute values, comments, CDATA and processing instructions ended. One pass
 * of indexOf from tag to tag with a stack of open names (a part cut short, or a closing tag lost, is found
 * where the reading would have dropped the rest silently). Names and entities are not checked: the reader
 * does not depend on them.
 */
export function xmlFault(xml: string): XmlFault | undefined {
  const open: string[] = [];
  let rootSeen = false;
  let pos = 0;
  const fault = (offset: number, what: string): XmlFault => {
    let line = 1;
    let lineStart = 0;
    for (let i = xml.indexOf('\n'); i >= 0 && i < offset; i = xml.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { offset, line, column: offset - lineStart + 1, what };
  };
  const outsideRootText = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (!isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 0xfeff) return i;
    return -1;
  };
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (open.length === 0) {
      const stray = outsideRootText(pos, lt < 0 ? xml.length : lt);
      if (stray >= 0) return fault(stray, rootSeen ? '根元素结束后还有文字' : '根元素之前有文字');
    }
    if (lt < 0) {
      if (open.length > 0) return fault(xml.length, `文件在 <${open[open.length - 1]}> 结束之前就截止了`);
      if (!rootSeen) return fault(xml.length, '没有任何元素');
      return undefined;
    }
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return fault(lt, '处理指令 <? 没有结束');
      pos = end + 2;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return fault(lt, '注释 <!-- 没有结束');
        pos = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        if (open.length === 0) return fault(lt, 'CDATA 在根元素之外');
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return fault(lt, 'CDATA 没有结束');
        pos = end + 3;
      } else if (xml.startsWith('<!DOCTYPE', lt) && !rootSeen) {
        // An internal subset in [ … ] may hold '>'.
        const bracket = xml.indexOf('[', lt);
        const close = xml.indexOf('>', lt);
        const end = bracket >= 0 && bracket < close ? xml.indexOf('>', xml.indexOf(']', bracket)) : close;
        if (end < 0) return fault(lt, 'DOCTYPE 没有结束');
        pos = end + 1;
      } else {
        return fault(lt, '“<!” 之后不是注释或 CDATA');
      }
      continue;
    }
    if (next === 0x2f /* / */) {
      const top = open.pop();
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) return fault(lt, '结束标记没有写完');
      if (top === undefined) return fault(lt, `多出一个结束标记 ${xml.slice(lt, end + 1)}`);
      // </name> or </name  >, compared in place.
      let after = lt + 2 + top.length;
      if (xml.startsWith(top, lt + 2)) while (after < end && isSpace(xml.charCodeAt(after))) after++;
      if (!xml.startsWith(top, lt + 2) || after !== end) return fault(lt, `结束标记 ${xml.slice(lt, end + 1)} 与开始标记 <${top}> 不配对`);
      pos = end + 1;
      continue;
    }
    // A start tag: its name, then attributes name="value" up to > or />.
    let i = lt + 1;
    while (i < xml.length) {
      const c = xml.charCodeAt(i);
      if (isSpace(c) || c === 0x3e /* > */ || c === 0x2f /* / */ || c === 0x3c /* < */) break;
      i++;
    }
    if (i === lt + 1) return fault(lt, '“<” 之后不是标记');
    if (open.length === 0 && rootSeen) return fault(lt, '根元素结束后还有元素');
    const name = xml.slice(lt + 1, i);
    let closed = false;
    for (;;) {
      while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
      if (i >= xml.length) return fault(lt, `标记 <${name}> 没有写完`);
      const c = xml.charCodeAt(i);
      if (c === 0x3e) {
        i++;
        break;
      }
      if (c === 0x2f) {
        if (xml.charCodeAt(i + 1) !== 0x3e) return fault(i, `标记 <${name}> 中的“/”之后不是“>”`);
        i += 2;
        closed = true;
        break;
      }
      const eq = xml.indexOf('=', i);
      if (eq < 0) return fault(lt, `标记 <${name}> 没有写完`);
      let q = eq + 1;
      while (q < xml.length && isSpace(xml.charCodeAt(q))) q++;
      const quote = xml[q];
      if (quote !== '"' && quote !== "'") return fault(lt, `标记 <${name}> 没有写完，或其中的属性值没有加引号`);
      const endQuote = xml.indexOf(quote, q + 1);
      if (endQuote < 0) return fault(lt, `标记 <${name}> 没有写完`);
      i = endQuote + 1;
    }
    // No '<' inside the tag (in a value, or a tag cut short and the next one read as its attributes).
    if (xml.lastIndexOf('<', i - 1) !== lt) return fault(lt, `标记 <${name}> 没有写完`);
    rootSeen = true;
    if (!closed) open.push(name);
    pos = i;
  }
}
