import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { extractBlocks, LineIndex, positionOf, rangeInSource, withoutIndentedCode, type TextBlock } from '../../src/lint/extract.js';
import { gfmWithoutAutolinkLiterals } from '../../src/lint/gfm.js';
import { expectMapped, mappingProblems } from './extract-oracle.js';


// --- Markdown built from the fragments a Part 3 is made of ---------------------------------

const chinese = fc.constantFrom(
  '财政拨款收入',
  '增',
  '加',
  '减少',
  '完成年初预算的',
  '与 2023 年度相比，',
  '主要是积极响应“过紧日子”的号召',
  '（一）',
  '1、',
  '其中：',
  '。',
  '，',
  '；',
  '万元',
  '个',
  '人次',
  '　',
);
const latin = fc.constantFrom('GDP', 'word', 'report', 'and', 'end.', 'Next');
const figure = fc.constantFrom(
  '4,340.16',
  '４，３４０．１６',
  '12.5%',
  '０％',
  '0',
  '353.84',
  '4,340.',
  '16',
  '2024',
  '100%',
  '-85.92',
);
const escape = fc.constantFrom('\\*', '\\_', '\\|', '\\\\', '\\.', '\\#', '\\[', '&amp;', '&#x4E07;', '&#20803;', '&copy;', '&#0;', '&nvlt;', '&#x1F600;', '&foo;', '&copy');
const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '  \n', '\\\n', '\n   ', ' \n', '\n\n');
const blockStart = fc.constantFrom(
  '\n\n- ',
  '\n- ',
  '\n  - ',
  '\n1. ',
  '\n> ',
  '\n> > ',
  '\n# ',
  '\n## ',
  '\n### ',
  '\n---\n',
  '\n===\n',
  '\n```\n',
  '\n    ',
  '\n\n| 项目 | 金额 |\n| --- | ---: |\n| ',
  ' | ',
  ' |\n| ',
  '\n[a]: http://example.com\n',
  '\n[^1]: ',
);
const odd = fc.oneof(
  fc.constantFrom('<!-- 注 -->', '<br>', '<div>', '![图](a.png)', '![图 1：收入 4,340.16 万元<br>占 100%](a.png)', '![`x` *y* ![i](j)](k.png)', '[^1]', '[a]', 'www.gov.cn', '<http://a.cn/&amp;>', '*', '**', '`', '~', '_', '|', '[', ']', '(', ')', '<', '>', '&', '\t', '\0'),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.string({ maxLength: 6 }),
);

const atom = fc.oneof(
  { arbitrary: chinese, weight: 6 },
  { arbitrary: figure, weight: 5 },
  { arbitrary: fc.constant(' '), weight: 2 },
  { arbitrary: latin, weight: 2 },
  { arbitrary: escape, weight: 2 },
  { arbitrary: lineBreak, weight: 3 },
  { arbitrary: blockStart, weight: 3 },
  { arbitrary: odd, weight: 2 },
);

const { inline } = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: atom, weight: 8 },
    {
      arbitrary: fc.tuple(
        fc.constantFrom(['**', '**'], ['*', '*'], ['_', '_'], ['~~', '~~'], ['[', '](http://a.cn)'], ['`', '`'], ['`` ', ' ``'], ['<!-- ', ' -->']),
        fc.array(tie('inline'), { maxLength: 4 }),
      ).map(([[open, close], inner]) => `${open}${inner.join('')}${close}`),
      weight: 2,
    },
  ),
}));

const markdown = fc.array(inline, { maxLength: 40 }).map((parts) => parts.join(''));

// a document without markup: prose lines with soft breaks between them
const plainProse = fc
  .array(fc.oneof(chinese, figure), { minLength: 1, maxLength: 30 })
  .chain((parts) =>
    fc.tuple(
      fc.constant(parts),
      fc.array(fc.constantFrom('', '', '', '\n', '\r\n'), { minLength: parts.length, maxLength: parts.length }),
    ),
  )
  .map(([parts, seps]) => parts.map((p, k) => (k > 0 ? seps[k]! : '') + p).join(''))
  .filter((md) => md.trim() !== '' && !/^[\s　]|[\s　]$/.test(md) && !/[\s　]\r?\n|\n[\s　]/.test(md));

const RUNS = { numRuns: 200 };

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

// The extractor's own parser: GFM without literal autolinks (src/lint/gfm.ts). With them, a
// URL literal may swallow what would otherwise be a link (http://a.cn)**[](http://a.cn).
const parser = unified().use(remarkParse).use(gfmWithoutAutolinkLiterals).use(withoutIndentedCode).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * A text node's value, except where micromark gets it wrong: before emphasis around a lone NUL
 * (****\0**) the leftover delimiters' text node keeps the whole run, ****, while its position
 * spans only the two left over. Those two are what the source says; the extractor reads them.
 */
function valueOf(node: Node, md: string): string {
  const value = node.value ?? '';
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (/^[*_]+$/.test(value) && start !== undefined && end !== undefined && end - start < value.length) return md.slice(start, end);
  return value;
}

/** All text and inline-code values under headings, paragraphs and table cells, as remark gives them. */
function remarkText(md: string): string {
  let out = '';
  const walk = (node: Node, inBlock: boolean): void => {
    if (inBlock && (node.type === 'text' || node.type === 'inlineCode')) out += valueOf(node, md);
    // a paragraph that is only pictures reads as their alt texts
    const kids = (node.children ?? []).filter((c) => !(c.type === 'text' && (c.value ?? '').trim() === ''));
    if (node.type === 'paragraph' && kids.length > 0 && kids.every((c) => c.type === 'image')) {
      out += kids.map((c) => (c as Node & { alt?: string }).alt ?? '').join('');
      return;
    }
    const block = inBlock || node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell';
    for (const child of node.children ?? []) walk(child, block);
  };
  walk(parser.parse(md) as unknown as Node, false);
  return out;
}

describe('extractBlocks, properties', () => {
  it('never throws, and every block satisfies the offset invariant', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        const blocks = extractBlocks(md);
        expect(Array.isArray(blocks)).toBe(true);
        for (const b of blocks) {
          expect(['heading', 'paragraph', 'table-cell']).toContain(b.kind);
          expectMapped(md, b);
          const r = rangeInSource(b, 0, b.text.length);
          expect(r.start).toBeLessThanOrEqual(r.end);
          expect(r.end).toBeLessThanOrEqual(md.length);
        }
      }),
      RUNS,
    );
  });

  it('loses no character: the text is what remark reads, up to the whitespace around breaks and the underscores wrapping a figure', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        // __1,493.44__万元, _124.48万元_: underscores CommonMark leaves as text around a figure are dropped as emphasis (extract.ts).
        const squeeze = (t: string): string => t.replace(/[ \t\r\n]+/g, '').replace(/_/gu, '');
        const ours = extractBlocks(md).map((b) => b.text).join('');
        expect(squeeze(ours)).toBe(squeeze(remarkText(md)));
      }),
      { ...RUNS, examples: [['****\0**']] },
    );
  });

  it('reads a document parsed in pieces exactly as in one piece', () => {
    const doc = fc
      .array(fc.oneof({ arbitrary: markdown, weight: 4 }, { arbitrary: fc.constantFrom('```\n代码\n\n4,340.16\n\n```', '~~~~\n\n~~~\n\n~~~~', '<!--\n\n注\n\n-->', '<pre>\n\n1\n\n</pre>', '[a]: http://a.cn', '[^1]: 注', '见[附件][a]与注[^1]', '- 一\n\n  二', '> 三\n\n四'), weight: 1 }), { maxLength: 8 })
      .map((parts) => parts.join('\n\n'));
    fc.assert(
      fc.property(doc, fc.integer({ min: 1, max: 60 }), (md, chunkSize) => {
        expect(extractBlocks(md, { chunkSize })).toEqual(extractBlocks(md, { chunkSize: Infinity }));
      }),
      { numRuns: 100 },
    );
  });

  it('blocks come in document order and do not overlap', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        let last = -1;
        for (const b of extractBlocks(md)) {
          if (b.text.length === 0) continue;
          expect(b.offsets[0]!).toBeGreaterThan(last);
          last = b.offsets[b.text.length - 1]!;
        }
      }),
      RUNS,
    );
  });

  it('leaves no line ending in the text unless a character reference wrote one', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        fc.pre(!md.includes('&'));
        for (const b of extractBlocks(md)) expect(b.text).not.toMatch(/[\r\n]/);
      }),
      RUNS,
    );
  });

  it('reads prose without markup as written, its soft breaks removed', () => {
    fc.assert(
      fc.property(plainProse, (md) => {
        const blocks = extractBlocks(md);
        // a line like "1、" or "（一）" alone may start a list or stay prose; the text is the same either way
        const text = blocks.map((b) => b.text).join('');
        const expected = md.replace(/\r?\n/g, '');
        if (blocks.length === 1) expect(text).toBe(expected);
        for (const b of blocks) expectMapped(md, b);
      }),
      RUNS,
    );
  });

  it('survives arbitrary strings, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 100 }),
          fc.string({ unit: 'binary', maxLength: 100 }),
          fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 100 }).map((cs) => String.fromCharCode(...cs)),
        ),
        (md) => {
          for (const b of extractBlocks(md)) expectMapped(md, b);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('LineIndex, properties', () => {
  it('agrees with counting line endings, and inverts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('\n', '\r\n', '\r', '增', '😀', 'a'), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((p) => p.join('')),
        fc.nat(),
        (md, n) => {
          const off = md.length === 0 ? 0 : n % (md.length + 1);
          const before = md.slice(0, off);
          // an offset on the \n of \r\n belongs to the line the \r ends
          const lineStarts = [...before.matchAll(/\r\n|\r|\n/g)].map((m) => m.index! + m[0].length).filter((s) => s <= off);
          const onCrLf = off > 0 && md[off - 1] === '\r' && md[off] === '\n';
          const starts = onCrLf ? lineStarts.slice(0, -1) : lineStarts;
          const lineStart = starts.length > 0 ? starts[starts.length - 1]! : 0;
          const pos = positionOf(md, off);
          expect(pos).toEqual({ line: starts.length + 1, column: off - lineStart + 1 });
          expect(new LineIndex(md).offsetOf(pos.line, pos.column)).toBe(off);
        },
      ),
      RUNS,
    );
  });
});
