/**
 * The linter's parse tries GFM's table construct only on lines that may hold
 * a table (src/lint/gfm.ts). Specification: whatever the Markdown, the tree is
 * the one remark-gfm's own table construct gives, tried everywhere.
 */
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { withoutIndentedCode } from '../../src/lint/extract.js';
import { gfmWithGuardedTables, gfmWithoutAutolinkLiterals, gfmWithoutTables, linesThatMayHoldTables, withTableLines } from '../../src/lint/gfm.js';

const everywhere = unified().use(remarkParse).use(gfmWithoutAutolinkLiterals).use(withoutIndentedCode).use(remarkFrontmatter, ['yaml', 'toml']);
const guarded = unified().use(remarkParse).use(gfmWithGuardedTables).use(withoutIndentedCode).use(remarkFrontmatter, ['yaml', 'toml']);
const noTables = unified().use(remarkParse).use(gfmWithoutTables).use(withoutIndentedCode).use(remarkFrontmatter, ['yaml', 'toml']);

/** The linter's parse: no table construct where no line may hold one, else the guarded one. */
function linterTree(md: string): unknown {
  const lines = linesThatMayHoldTables(md);
  return lines ? withTableLines(lines, () => guarded.parse(md)) : noTables.parse(md);
}

/** A tree, or the error it threw (the test run loads micromark's development builds, whose assertions throw). */
function outcome(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    return { threw: error instanceof Error ? error.message : String(error) };
  }
}

// Pieces of lines: table rows and delimiter rows with and without pipes, container prefixes, prose.
const piece = fc.constantFrom(
  '|', ' | ', '||', '\\|', '&#124;', ':', ':-', '-:', ':-:', ' :--- ', '---', '-', '- ', '--', ' -- ', '=', '===',
  '> ', '>', '  ', '    ', '\t', '1. ', '* ', '+ ', '# ', '```', '~~~', '[^1]: ', '[a]: /b',
  '项目', '金额', '4,340.16', '万元', '占 12.5%', '其中：', '说明:', 'a', 'b', '*x*', '`|`', '<br>', '~~d~~', '[x] ',
);
const line = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const lineEnd = fc.constantFrom('\n', '\n', '\r\n', '\r', '\n\n', '\n \t\n');
const markdown = fc.array(fc.tuple(line, lineEnd), { maxLength: 14 }).map((lines) => lines.map(([l, e]) => l + e).join(''));

describe('tables tried only where a table can stand', () => {
  it('gives the tree remark-gfm gives, for any Markdown', () => {
    fc.assert(fc.property(markdown, (md) => {
      expect(outcome(() => linterTree(md))).toEqual(outcome(() => everywhere.parse(md)));
    }), { numRuns: 2000 });
  });

  it('reads a table without pipes: one column over a delimiter of colon and dashes', () => {
    const md = '项目\n:-\n办公费\n\n正文';
    expect(linesThatMayHoldTables(md)).toBeDefined();
    expect((linterTree(md) as { children: Array<{ type: string }> }).children.map((c) => c.type)).toEqual(['table', 'paragraph']);
  });

  it('reads body rows without pipes, up to the blank line', () => {
    const md = '| 项目 | 金额 |\n| --- | ---: |\n办公费\n差旅费\n\n正文 | 不是表';
    expect(linterTree(md)).toEqual(everywhere.parse(md));
  });

  it('knows that prose lines with neither | nor : hold no table', () => {
    expect(linesThatMayHoldTables('2024 年度收入合计 4,340.16 万元。\n\n其中：财政拨款收入 4,000.00 万元。')).toBeUndefined();
    expect(linesThatMayHoldTables('具体情况如下:1. 办公室业务运行,得分 95.8 分。\n-2.5%')).toBeUndefined();
    const lines = linesThatMayHoldTables('正文一\n\n项目 | 金额\n--- | ---\n\n正文二');
    expect(lines && [...lines.subarray(1, 7)]).toEqual([0, 0, 1, 1, 0, 0]);
  });
});
