/**
 * The Word reader's element scan (src/documents/xml-scan.ts) finds what the lazy
 * patterns it replaced found — `<w:tbl>[\s\S]*?</w:tbl>`, `<w:p …/>`, `<w:p …>…</w:p>` — on
 * XML-like text with elements nested, truncated and missing their closing tags, in one pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { elements, xmlFault } from '../../src/documents/xml-scan.js';
import { propertySeed } from '../setup/seed.js';

const piece = fc.constantFrom('<w:p>', '<w:p w:rsidR="1">', '</w:p>', '<w:p/>', '<w:pPr>', '</w:pPr>', '<w:tbl>', '</w:tbl>', '<w:tr>', '</w:tr>',
  '<w:t>', '<w:t xml:space="preserve">', '</w:t>', '<w:tab/>', '<w:br/>', 'x', '审', ' ', '>', '<');
const xml = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('elements', () => {
  it('finds the blocks the lazy pattern found', () => {
    fc.assert(fc.property(xml, (text) => {
      const old = [...text.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/gu)].map((m) => m[0]);
      expect([...elements(text, ['w:tbl>', 'w:p/'])].map((e) => e.text)).toEqual(old);
    }), { numRuns: 3000, seed: propertySeed(1) });
  });

  it('finds the text runs the lazy pattern found', () => {
    fc.assert(fc.property(xml, (text) => {
      const old = [...text.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/gu)].map((m) => m[1] ?? m[0]);
      expect([...elements(text, ['w:t', 'w:tab/', 'w:br/'])].map((e) => (e.name === 'w:t' ? e.body : e.text))).toEqual(old);
    }), { numRuns: 3000, seed: propertySeed(1) });
  });

  it('reads a document cut off in its last paragraph up to the cut', () => {
    const cut = `${'<w:p><w:t>一</w:t></w:p>'.repeat(3)}${'<w:p><w:t>'.repeat(10_000)}`;
    expect([...elements(cut, ['w:tbl>', 'w:p/'])].map((e) => e.text)).toEqual(Array(3).fill('<w:p><w:t>一</w:t></w:p>'));
  });
});

/** Does a strict XML parser (saxes, as test/documents/ooxml.ts uses it) take the text as well-formed? */
function saxesTakes(text: string): boolean {
  const parser = new SaxesParser();
  let ok = true;
  parser.on('error', () => {
    ok = false;
  });
  parser.write(text).close();
  return ok;
}

/** A well-formed tree of Word-like elements, attributes quoted either way, text with > and entities. */
const element: fc.Memo<string> = fc.memo((depth) => fc.tuple(
  fc.constantFrom('w:p', 'w:r', 'w:t', 'w:tbl', 'w:tc'),
  fc.array(fc.tuple(fc.constantFrom('w:val', 'xml:space', 'w:rsidR'), fc.constantFrom('"1"', "'a>b'", '"x y"', '""')), { maxLength: 3 }),
  depth <= 1 ? fc.constant([]) : fc.array(fc.oneof(element(depth - 1), fc.constantFrom('审', ' ', 'a &amp; b', '>', '<!-- c -->', '<![CDATA[<x>]]>')), { maxLength: 4 }),
  fc.boolean(),
).map(([name, attributes, children, empty]) => {
  const head = `<${name}${[...new Map(attributes)].map(([k, v]) => ` ${k}=${v}`).join('')}`;
  return empty && children.length === 0 ? `${head}/>` : `${head}>${children.join('')}</${name}>`;
}));
const document = element(4).map((root) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${root}`);

describe('xmlFault: where a part stops being well-formed XML', () => {
  it('finds nothing wrong in a well-formed document', () => {
    fc.assert(fc.property(document, (text) => {
      expect(saxesTakes(text)).toBe(true);
      expect(xmlFault(text)).toBeUndefined();
    }), { numRuns: 2000, seed: propertySeed(1) });
  });

  it('finds a document cut short anywhere before its end', () => {
    fc.assert(fc.property(document, fc.double({ min: 0, max: 1, noNaN: true }), (text, at) => {
      const cut = text.slice(0, Math.floor(at * (text.trimEnd().length - 1)));
      expect(xmlFault(cut)).toBeDefined();
    }), { numRuns: 2000, seed: propertySeed(1) });
  });

  it('finds a closing tag taken out', () => {
    fc.assert(fc.property(document, fc.nat(), (text, k) => {
      const closes = [...text.matchAll(/<\/[^>]+>/gu)];
      fc.pre(closes.length > 0);
      const m = closes[k % closes.length]!;
      expect(xmlFault(text.slice(0, m.index) + text.slice(m.index + m[0].length))).toBeDefined();
    }), { numRuns: 2000, seed: propertySeed(1) });
  });

  it('agrees with a strict parser on structure, over arbitrary pieces of tags and text', () => {
    fc.assert(fc.property(xml, (text) => {
      expect(xmlFault(text) === undefined).toBe(saxesTakes(text));
    }), { numRuns: 3000, seed: propertySeed(1) });
  });

  it('says where: line and column as an editor counts them', () => {
    expect(xmlFault('<?xml version="1.0"?>\n<w:body><w:p>\n  <w:t>一</w:p></w:body>')).toEqual({ offset: 44, line: 3, column: 9, what: '结束标记 </w:p> 与开始标记 <w:t> 不配对' });
    expect(xmlFault('<w:body><w:p><w:t>一二')).toMatchObject({ line: 1, column: 21, what: '文件在 <w:t> 结束之前就截止了' });
    expect(xmlFault('<w:body><w:p w:rsidR="00A1')).toMatchObject({ column: 9, what: '标记 <w:p> 没有写完' });
    expect(xmlFault('<w:body/>x')).toMatchObject({ column: 10, what: '根元素结束后还有文字' });
    expect(xmlFault('')).toMatchObject({ what: '没有任何元素' });
  });
});
