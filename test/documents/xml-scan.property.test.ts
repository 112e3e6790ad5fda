/**
 * The Word reader's element scan (src/documents/xml-scan.ts) finds what the lazy
 * patterns it replaced found — `<w:tbl>[\s\S]*?</w:tbl>`, `<w:p …/>`, `<w:p …>…</w:p>` — on
 * XML-like text with elements nested, truncated and missing their closing tags, in one pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elements } from '../../src/documents/xml-scan.js';

const piece = fc.constantFrom('<w:p>', '<w:p w:rsidR="1">', '</w:p>', '<w:p/>', '<w:pPr>', '</w:pPr>', '<w:tbl>', '</w:tbl>', '<w:tr>', '</w:tr>',
  '<w:t>', '<w:t xml:space="preserve">', '</w:t>', '<w:tab/>', '<w:br/>', 'x', '审', ' ', '>', '<');
const xml = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('elements', () => {
  it('finds the blocks the lazy pattern found', () => {
    fc.assert(fc.property(xml, (text) => {
      const old = [...text.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/gu)].map((m) => m[0]);
      expect([...elements(text, ['w:tbl>', 'w:p/'])].map((e) => e.text)).toEqual(old);
    }), { numRuns: 3000, seed: Number(process.env.FC_SEED ?? 1) });
  });

  it('finds the text runs the lazy pattern found', () => {
    fc.assert(fc.property(xml, (text) => {
      const old = [...text.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/gu)].map((m) => m[1] ?? m[0]);
      expect([...elements(text, ['w:t', 'w:tab/', 'w:br/'])].map((e) => (e.name === 'w:t' ? e.body : e.text))).toEqual(old);
    }), { numRuns: 3000, seed: Number(process.env.FC_SEED ?? 1) });
  });

  it('reads a document cut off in its last paragraph up to the cut', () => {
    const cut = `${'<w:p><w:t>一</w:t></w:p>'.repeat(3)}${'<w:p><w:t>'.repeat(10_000)}`;
    expect([...elements(cut, ['w:tbl>', 'w:p/'])].map((e) => e.text)).toEqual(Array(3).fill('<w:p><w:t>一</w:t></w:p>'));
  });
});
