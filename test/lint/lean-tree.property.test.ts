/**
 * The linter compiles its tree from micromark's events itself (src/lint/lean-tree.ts), making only
 * what extract.ts reads. Specification: for any Markdown, that tree holds what mdast-util-from-markdown
 * (remark-parse's compiler, the oracle) holds in every field extract.ts reads — types, children,
 * start and end offsets, text and inline code values, image alts, heading depths, definition and
 * footnote definition labels — and extractBlocks gives the same blocks, whole and in pieces.
 */
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { extractBlocks, withoutIndentedCode } from '../../src/lint/extract.js';
import { gfmForDocument, linesThatMayHoldTables, withTableLines } from '../../src/lint/gfm.js';
import { leanTree } from '../../src/lint/lean-tree.js';

interface Node {
  type: string;
  value?: string;
  alt?: string | null;
  label?: string | null;
  depth?: number;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const base = (md: string) => unified().use(remarkParse).use(gfmForDocument(linesThatMayHoldTables(md) !== undefined, md.includes('['), md.includes('~'))).use(withoutIndentedCode).use(remarkFrontmatter, ['yaml', 'toml']);

/** The linter's parse (tables tried on the lines that may hold one), to the lean tree or to mdast. */
function tree(md: string, lean: boolean): Node {
  const processor = lean ? base(md).use(leanTree) : base(md);
  const lines = linesThatMayHoldTables(md);
  return (lines ? withTableLines(lines, () => processor.parse(md)) : processor.parse(md)) as unknown as Node;
}

/** What extract.ts reads of a tree (list items' positions it never reads: the lean tree has none). */
function read(node: Node): unknown {
  const out: Record<string, unknown> = { type: node.type };
  if (node.type === 'text' || node.type === 'inlineCode') out.value = node.value;
  if (node.type === 'image' || node.type === 'imageReference') out.alt = node.alt;
  if (node.type === 'definition' || node.type === 'footnoteDefinition') out.label = node.label;
  if (node.type === 'heading') out.depth = node.depth;
  if (node.type !== 'root' && node.type !== 'listItem') out.at = [node.position?.start.offset, node.position?.end.offset];
  if (node.children && node.children.length > 0) out.children = node.children.map(read);
  return out;
}

/** A result, or the error it threw (the test run loads micromark's development builds, whose assertions throw). */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return { threw: error instanceof Error ? error.message : String(error) };
  }
}

// What the linter meets: Part 3 prose, headings (ATX and setext), lists (task lists too), block quotes,
// GFM tables, footnotes, definitions, emphasis, links, images, inline code, HTML, references,
// escapes, hard breaks (trailing spaces, backslash), tabs, fences, front matter.
const inline = fc.constantFrom(
  '项目', '金额', '4,340.16', '万元', '占 12.5%', '其中：', '增长 7.54%。', 'a', 'word', ' ', '  ', '\t', '.', '*', '_', '[', ']', '(', ')', '!', '<', '>', '&',
  '*强调*', '**4,340.16**', '_u_', '__1,493.44__', '***x***', '~~删~~', '~x~', '`code`', '`` a`b ``', '` `', '`|`', '`\\|`', '`\\\\|`',
  '[链接](http://x "t")', '[ref][r]', '[r]', '[r][]', '[未定义]', '![图 1](i.png)', '![a *b* `c` <i>](i)', '![r]', '![](e.png)', '[![图](i)](u)',
  '<http://a.b/c>', '<a@b.c>', '<span>', '</span>', '<!-- 注 -->', '<br>',
  '&amp;', '&#x4e07;', '&#20803;', '&nbsp;', '&bogus;', '&#0;', '&#X1F600;', '\\*', '\\\\', '\\', '\\|', '\\[', '[^1]', '[^注]', '[^x]', '\0', '\uFFFD',
);
const prefix = fc.constantFrom(
  '', '', '', '', '# ', '## ', '###### ', '####### ', '#', '- ', '* ', '+ ', '1. ', '2) ', '- [x] ', '- [ ] ', '* [X] ', '> ', '>', '> - ', '- > ', '  ', '   ', '    ', '\t', ' \t',
  '[^1]: ', '[^注]: ', '[r]: /u ', '[r]: <u> "t" ', '[R]:\n/u', '| ', '|', '```', '~~~', '<div>', '<!--', '---', '===', '***', ':-', ' | --- | ---: |',
);
const line = fc.tuple(prefix, fc.array(inline, { maxLength: 8 }), fc.constantFrom('', '', '', '  ', '\\', ' |', ' \\|', ' #')).map(([p, parts, end]) => p + parts.join('') + end);
const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\n', '\n \t\n', '\n\n\n');
const start = fc.constantFrom('', '', '', '---\na: 1\n---\n', '+++\nb = 2\n+++\n\n', '\uFEFF', '\uFEFF# 题\n');
const markdown = fc.tuple(start, fc.array(fc.tuple(line, lineEnd), { maxLength: 16 })).map(([s, lines]) => s + lines.map(([l, e]) => l + e).join(''));

/** LEAN_RUNS=20000 for a longer search than the suite's */
const RUNS = Number(process.env.LEAN_RUNS ?? 1500);
const TIMEOUT = 120_000 + RUNS * 30;

describe('the lean tree (micromark events to what extract.ts reads)', () => {
  it('holds what mdast holds in every field extract.ts reads, for any Markdown', () => {
    fc.assert(fc.property(markdown, (md) => {
      expect(outcome(() => read(tree(md, true)))).toEqual(outcome(() => read(tree(md, false))));
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('gives the blocks the mdast tree gives, whole and cut in pieces', () => {
    fc.assert(fc.property(markdown, fc.constantFrom(undefined, 40, 200), (md, chunkSize) => {
      expect(extractBlocks(md, { chunkSize })).toEqual(extractBlocks(md, { chunkSize, mdast: true }));
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('reads a document after one with definitions as if alone (micromark\'s parser is made once)', () => {
    const reference = '正文[r]与[^1]。';
    const alone = extractBlocks(reference);
    extractBlocks('[r]: /u\n\n[^1]: 注\n\n正文[r]与[^1]。');
    expect(extractBlocks(reference)).toEqual(alone);
    expect(alone.map((b) => b.text)).toEqual(['正文[r]与[^1]。']);
  });

  it('keeps a checked item\'s text after its check, a hard break\'s line ending, a reference image\'s alt', () => {
    const md = '- [x] 完成 4,340.16 万元\n\n甲  \n乙\\\n丙\n\n![图 1][g]\n\n[g]: /g.png\n';
    expect(read(tree(md, true))).toEqual(read(tree(md, false)));
    expect(extractBlocks(md).map((b) => b.text)).toEqual(['完成 4,340.16 万元', '甲乙丙']);
  });
});
