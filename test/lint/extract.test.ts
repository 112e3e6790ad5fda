import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  extractBlocks,
  joinsWithSpace,
  LineIndex,
  positionOf,
  rangeInSource,
  type TextBlock,
} from '../../src/lint/extract.js';
import { SEED_PART3 } from '../helpers.js';
import { expectMapped, mappingProblems } from './extract-oracle.js';


function blocksOf(md: string): TextBlock[] {
  const blocks = extractBlocks(md);
  for (const b of blocks) expectMapped(md, b);
  return blocks;
}

function only(md: string): TextBlock {
  const blocks = blocksOf(md);
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
}

/** The source text of a text range. */
function sourceOf(md: string, block: TextBlock, start: number, end: number): string {
  const r = rangeInSource(block, start, end);
  return md.slice(r.start, r.end);
}

describe('extractBlocks: the seed Part 3', () => {
  const md = readFileSync(SEED_PART3, 'utf8');
  const blocks = blocksOf(md);

  it('finds 82 blocks: 23 headings, 45 paragraphs, 14 list-item paragraphs, every one mapped', () => {
    expect(blocks).toHaveLength(82);
    expect(blocks.filter((b) => b.kind === 'heading')).toHaveLength(23);
    expect(blocks.filter((b) => b.kind === 'paragraph' && !b.inList)).toHaveLength(45);
    expect(blocks.filter((b) => b.kind === 'paragraph' && b.inList)).toHaveLength(14);
  });

  it('finds every heading with its depth and text', () => {
    const expected = md
      .split('\n')
      .map((line) => /^(#{1,6}) (.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ depth: m[1]!.length, text: m[2]! }));
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => ({ depth: b.depth, text: b.text }));
    expect(headings).toEqual(expected);
    expect(headings[0]).toEqual({ depth: 1, text: '2024 年度部门决算情况说明' });
    expect(headings).toContainEqual({ depth: 3, text: '（二）支出决算具体情况' });
  });

  it('reads a list item as a paragraph in a list', () => {
    const item = blocks.find((b) => b.text.startsWith('1、财政拨款收入'))!;
    expect(item).toMatchObject({ kind: 'paragraph', inList: true, listDepth: 1 });
    expect(item.text).toBe(
      '1、财政拨款收入 4,340.16 万元。与 2023 年度相比，减少 353.84 万元，下降 7.54%。主要是积极响应“过紧日子”的号召，在保障重点工作的同时，积极节约开支。',
    );
    // the text starts after the "- " marker
    expect(md.slice(item.offsets[0]! - 2, item.offsets[0]!)).toBe('- ');
  });

  it('maps a figure back to its line and column', () => {
    const b = blocks.find((x) => x.text.startsWith('2024 年度收、支总计'))!;
    const at = b.text.indexOf('4,340.16');
    const r = rangeInSource(b, at, at + '4,340.16'.length);
    expect(md.slice(r.start, r.end)).toBe('4,340.16');
    expect(positionOf(md, r.start)).toEqual({ line: 5, column: 16 });
  });

  it('keeps a paragraph that starts with an unmatched * as it is written', () => {
    expect(blocks.some((b) => b.text === '*以上情况说明部分因金额单位转换，可能与决算表金额存在尾数误差。')).toBe(true);
  });
});

describe('extractBlocks: line breaks inside a paragraph', () => {
  it('makes a figure split across a soft break whole again', () => {
    const md = '收、支总计均为 4,340.\n16 万元。';
    const b = only(md);
    expect(b.text).toBe('收、支总计均为 4,340.16 万元。');
    const at = b.text.indexOf('4,340.16');
    expect(sourceOf(md, b, at, at + 8)).toBe('4,340.\n16');
    expect(b.offsets[at + 6]).toBe(md.indexOf('16'));
  });

  it('makes a term split across lines whole again, dropping the indentation', () => {
    const md = '与 2023 年度相比，增\n   加 90.09 万元，完成年\n初预算的 87.88%。';
    const b = only(md);
    expect(b.text).toBe('与 2023 年度相比，增加 90.09 万元，完成年初预算的 87.88%。');
    expect(md[b.offsets[b.text.indexOf('加')]!]).toBe('加');
  });

  it('joins CJK with Latin without a space and Latin with Latin with one', () => {
    const b = only('the annual\nreport of 聊城市\nGDP 数据 and end.\nNext');
    expect(b.text).toBe('the annual report of 聊城市GDP 数据 and end. Next');
  });

  it('maps the one space a break leaves to the line ending', () => {
    const md = 'annual\r\nreport';
    const b = only(md);
    expect(b.text).toBe('annual report');
    expect(b.offsets[6]).toBe(6);
    expect(sourceOf(md, b, 6, 7)).toBe('\r\n');
  });

  it('treats hard breaks (two spaces, backslash) the same way', () => {
    expect(only('支出决算为 4,211.  \n05 万元').text).toBe('支出决算为 4,211.05 万元');
    expect(only('完成年\\\n初预算').text).toBe('完成年初预算');
    expect(only('annual  \nreport\\\nagain').text).toBe('annual report again');
  });

  it('joins soft breaks inside blockquotes and list items over their prefixes', () => {
    expect(only('> 财政拨款收入 4,340.\n> 16 万元').text).toBe('财政拨款收入 4,340.16 万元');
    const item = only('- 1、财政拨款收入\n  4,340.16 万元');
    expect(item).toMatchObject({ kind: 'paragraph', inList: true, text: '1、财政拨款收入4,340.16 万元' });
  });

  it('handles CR and CRLF line endings', () => {
    expect(only('增\r\n加\r减\n少').text).toBe('增加减少');
  });

  it('reads a document that opens with a byte order mark as without it, every character mapped past the mark', () => {
    // remark counts offsets without the mark: a hard break's offsets fell one short and the figure after it lost a
    // digit (基本支出 3,15␣␣⏎3.47 was read 3,13.47; FC_SEED=-849409493 of the lint fix property).
    const broken = only('\uFEFF- 1、基本支出 3,15  \n3.47 万元。');
    expect(broken.text).toBe('1、基本支出 3,153.47 万元。');
    expect(broken.offsets[0]).toBe(3);
    expect(only('\uFEFFannual\nreport').text).toBe('annual report');
    expect(only('\uFEFF支出决算为 4,211.  \n05 万元').text).toBe(only('支出决算为 4,211.  \n05 万元').text);
    // Marks after it are invisible too: dropped, the text mapped past them.
    const twice = only('\uFEFF\uFEFF增加');
    expect(twice.text).toBe('增加');
    expect(twice.offsets[0]).toBe(2);
  });
});

describe('extractBlocks: inline markup', () => {
  it('drops emphasis in the middle of a number sentence', () => {
    const md = '收入合计 **4,340.16** 万元，其中 *基本支出* 3,153.47 万元';
    const b = only(md);
    expect(b.text).toBe('收入合计 4,340.16 万元，其中 基本支出 3,153.47 万元');
    const at = b.text.indexOf('4,340.16');
    expect(sourceOf(md, b, at, at + 8)).toBe('4,340.16');
    // the space after the figure is the one after the closing **
    expect(md.slice(b.offsets[at + 8]! - 2, b.offsets[at + 8]!)).toBe('**');
  });

  it('drops literal underscores wrapping a figure between CJK characters (__1,493.44__万元: no emphasis to CommonMark)', () => {
    const md = '人员经费__1,493.44__万元，公用经费_124.48万元_。';
    const b = only(md);
    expect(b.text).toBe('人员经费1,493.44万元，公用经费124.48万元。');
    const at = b.text.indexOf('1,493.44');
    expect(sourceOf(md, b, at, at + 8)).toBe('1,493.44');
    // not around words, not where a Latin word holds them, not unpaired
    expect(only('文件 a__1__b，见__说明__一，2024__年').text).toBe('文件 a__1__b，见__说明__一，2024__年');
  });

  it('joins a soft line break in text holding underscores around a figure as in any other text', () => {
    // the property test's counterexample: the line ending stayed in the text
    const md = '_4,340.16_财政拨款收入\n收入合计__1,493.44__万元';
    const b = only(md);
    expect(b.text).toBe('4,340.16财政拨款收入收入合计1,493.44万元');
    const at = b.text.indexOf('1,493.44');
    expect(sourceOf(md, b, at, at + 8)).toBe('1,493.44');
  });

  it('keeps the text of strikethrough, links, link references and inline code', () => {
    const md = '~~旧~~新 [决算表](http://example.com "t") [附件][a] `4,340.16` 万元\n\n[a]: http://example.com';
    expect(only(md).text).toBe('旧新 决算表 附件 4,340.16 万元');
  });

  it('keeps autolinks as written', () => {
    expect(only('见 <http://a.cn/?x&amp;y> 与 www.gov.cn').text).toBe('见 http://a.cn/?x&amp;y 与 www.gov.cn');
  });

  it('drops images, inline HTML and footnote references', () => {
    const md = '支出<!-- 待核 --> 4,340.16<br>万元![图](a.png)[^1]\n\n[^1]: 注：单位万元';
    const blocks = blocksOf(md);
    expect(blocks.map((b) => b.text)).toEqual(['支出 4,340.16万元', '注：单位万元']);
  });

  it('maps a backslash escape to the escaped character', () => {
    const md = '\\*以上情况说明 1\\. 2\\\\';
    const b = only(md);
    expect(b.text).toBe('*以上情况说明 1. 2\\');
    expect(b.offsets[0]).toBe(1);
    expect(sourceOf(md, b, 0, 1)).toBe('*');
  });

  it('maps a character reference to its start', () => {
    const md = 'A &amp; B &#x4E07;元 &#20803; &copy 😀&#x1F600;';
    const b = only(md);
    expect(b.text).toBe('A & B 万元 元 &copy 😀😀');
    const amp = b.text.indexOf('&');
    expect(b.offsets[amp]).toBe(2);
    expect(sourceOf(md, b, amp, amp + 1)).toBe('&amp;');
    expect(sourceOf(md, b, b.text.indexOf('万'), b.text.indexOf('万') + 2)).toBe('&#x4E07;元');
    // two code units from one reference: both inside it, strictly increasing
    const n = b.text.length;
    expect(b.offsets[n - 2]).toBe(md.lastIndexOf('&'));
    expect(b.offsets[n - 1]).toBe(md.lastIndexOf('&') + 1);
    expect(b.offsets[n]).toBe(md.length);
  });

  it('maps inline code without its fences and padding', () => {
    const md = '金额 `` 4,340.16 `` 万元';
    const b = only(md);
    expect(b.text).toBe('金额 4,340.16 万元');
    expect(sourceOf(md, b, 3, 11)).toBe('4,340.16');
  });

  it('leaves CommonMark emphasis rules alone: ** next to CJK punctuation stays literal', () => {
    expect(only('积极响应**“过紧日子”**的号召').text).toBe('积极响应**“过紧日子”**的号召');
  });
});

describe('extractBlocks: blocks', () => {
  it('reads a GFM table cell by cell, with the header of each column', () => {
    const md = [
      '| 项目 | 年初预算（万元） | 支出决算（万元） |',
      '| --- | ---: | ---: |',
      '| 行政运行 | 1,796.83 | **1,861.14** |',
      '| 机关服务 | 153.53 | 150.\\|26 |',
      '| 合计 |  |',
    ].join('\n');
    const cells = blocksOf(md);
    expect(cells.every((c) => c.kind === 'table-cell' && !c.inList)).toBe(true);
    expect(cells.map((c) => [c.row, c.column, c.header, c.text])).toEqual([
      [0, 0, '项目', '项目'],
      [0, 1, '年初预算（万元）', '年初预算（万元）'],
      [0, 2, '支出决算（万元）', '支出决算（万元）'],
      [1, 0, '项目', '行政运行'],
      [1, 1, '年初预算（万元）', '1,796.83'],
      [1, 2, '支出决算（万元）', '1,861.14'],
      [2, 0, '项目', '机关服务'],
      [2, 1, '年初预算（万元）', '153.53'],
      [2, 2, '支出决算（万元）', '150.|26'],
      [3, 0, '项目', '合计'],
      [3, 1, '年初预算（万元）', ''],
    ]);
    const cell = cells[4]!;
    expect(sourceOf(md, cell, 0, cell.text.length)).toBe('1,796.83');
    // an empty cell still has a position in its row
    const empty = cells[10]!;
    expect(empty.offsets).toHaveLength(1);
    expect(positionOf(md, empty.offsets[0]!).line).toBe(5);
  });

  it('skips YAML and TOML front matter', () => {
    const yaml = '---\ntitle: 2024 年度部门决算\nunit: 万元\n---\n\n# 情况说明\n\n正文 1 万元';
    expect(blocksOf(yaml).map((b) => b.text)).toEqual(['情况说明', '正文 1 万元']);
    const toml = '+++\ntitle = "x"\n+++\n\n正文';
    expect(blocksOf(toml).map((b) => b.text)).toEqual(['正文']);
  });

  it('skips HTML comments, HTML blocks, fenced code and thematic breaks', () => {
    const md = [
      '<!-- 本段由系统生成：4,340.16 万元 -->',
      '',
      '<div>',
      '4,340.16 万元',
      '</div>',
      '',
      '```',
      '4,340.16 万元',
      '```',
      '',
      '---',
      '',
      '收入 4,340.16 万元',
    ].join('\n');
    expect(blocksOf(md).map((b) => b.text)).toEqual(['收入 4,340.16 万元']);
  });

  it('reads a paragraph indented four spaces or more as a paragraph, not as code (Part 3 holds no code)', () => {
    // 首行缩进 typed as spaces, or text pasted from pdftotext: CommonMark would make these indented code.
    const md = '    2024 年度收入 4,340.16 万元。\n\n        支出 4,211.05 万元，\n占 97.02%。\n\n- 项目\n\n      其中 12 万元';
    const blocks = blocksOf(md);
    expect(blocks.map((b) => b.text)).toEqual(['2024 年度收入 4,340.16 万元。', '支出 4,211.05 万元，占 97.02%。', '项目', '其中 12 万元']);
    expect(blocks[0]!.offsets[0]).toBe(4);
  });

  it('keeps full-width digits and punctuation as they are', () => {
    const md = '收入合计 ４，３４０．１６ 万元，占 ０％。';
    const b = only(md);
    expect(b.text).toBe(md);
    expect(b.offsets.slice(0, -1)).toEqual([...md].map((_, i) => i));
  });

  it('reads headings (ATX and setext) with their depth', () => {
    const md = '# 一级 #\n\n### （一）收入\n\n二级\n---\n\n#\n';
    expect(blocksOf(md).map((b) => [b.kind, b.depth, b.text])).toEqual([
      ['heading', 1, '一级'],
      ['heading', 3, '（一）收入'],
      ['heading', 2, '二级'],
    ]);
  });

  it('reads paragraphs in nested lists and blockquotes with their list depth', () => {
    const md = '- 一\n  - 二\n    > 三\n\n> - 四\n\n五';
    expect(blocksOf(md).map((b) => [b.text, b.inList, b.listDepth])).toEqual([
      ['一', true, 1],
      ['二', true, 2],
      ['三', true, 2],
      ['四', true, 1],
      ['五', false, 0],
    ]);
  });

  it('leaves out paragraphs with no text (a picture without alt text)', () => {
    expect(blocksOf('![](a.png)\n\n正文')).toHaveLength(1);
  });

  it('reads a paragraph that is only a picture as its alt text (a chart states its figures there), mapped to the source', () => {
    const src = '![图1 收、支总计 4,340.16 万元，\\*注](charts/01.svg "图1")\n\n正文![图](a.png)';
    const [alt, prose] = blocksOf(src);
    expect(alt!.text).toBe('图1 收、支总计 4,340.16 万元，*注');
    expect(src.slice(alt!.offsets[0], alt!.offsets[alt!.text.indexOf('4')]! + 8)).toBe('图1 收、支总计 4,340.16');
    expect(src[alt!.offsets[alt!.text.indexOf('*')]!]).toBe('*');
    // a picture inside a sentence is still nothing
    expect(prose!.text).toBe('正文');
  });

  it('never throws on odd input', () => {
    const inputs = [
      '',
      '\n\n\n',
      '\0\0\0',
      '\uD800\uDC00\uD800 x \uDFFF',
      '>'.repeat(500) + ' 深',
      '['.repeat(1000) + '万元' + ']'.repeat(1000),
      '&' + 'a'.repeat(40) + ';&#;&#x;&#12345678;',
      '|\n|-\n|',
      '`'.repeat(1000),
      String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536)),
    ];
    for (const md of inputs) {
      const blocks = extractBlocks(md);
      for (const b of blocks) expectMapped(md, b);
    }
    expect(extractBlocks('\0').map((b) => b.text)).toEqual(['\uFFFD']);
  });
});

describe('extractBlocks: long documents, parsed in pieces', () => {
  const seed = readFileSync(SEED_PART3, 'utf8');
  const whole = (md: string): TextBlock[] => extractBlocks(md, { chunkSize: Infinity });

  it('reads the seed the same in pieces of any size', () => {
    const md = seed.repeat(3);
    const expected = whole(md);
    expect(expected).toHaveLength(3 * 82);
    for (const chunkSize of [1, 500, 5000]) expect(extractBlocks(md, { chunkSize })).toEqual(expected);
  });

  it('does not cut in front matter, fenced code or an HTML comment with blank lines', () => {
    const md = [
      '---\ntitle: 决算\n\nunit: 万元\n---',
      '正文一 1 万元',
      '```\n代码\n\n代码 2 万元\n\n```',
      '正文二',
      '<!--\n\n注释 3 万元\n\n-->',
      '正文三',
      '~~~\n\n未闭合的代码\n\n尾',
    ].join('\n\n');
    const texts = extractBlocks(md, { chunkSize: 1 }).map((b) => b.text);
    expect(texts).toEqual(['正文一 1 万元', '正文二', '正文三']);
    expect(extractBlocks(md, { chunkSize: 1 })).toEqual(whole(md));
  });

  it('resolves references to definitions in other pieces', () => {
    const md = '[表一]: http://example.com/1\n\n见[附件][表一]与注[^1]。\n\n正文\n\n[^1]: 单位：万元';
    const expected = whole(md);
    expect(expected.map((b) => b.text)).toEqual(['见附件与注。', '正文', '单位：万元']);
    expect(extractBlocks(md, { chunkSize: 1 })).toEqual(expected);
  });

  it('reads 250,000 characters in pieces, in document order, every block mapped', () => {
    const md = seed.repeat(40);
    const blocks = extractBlocks(md);
    expect(blocks).toHaveLength(40 * 82);
    let last = -1;
    for (const b of blocks) {
      expect(b.offsets[0]!).toBeGreaterThan(last);
      last = b.offsets[b.text.length - 1]!;
    }
    for (const b of blocks.slice(-82)) expectMapped(md, b);
  });
});

describe('extractBlocks: runs of thousands of one markup character', () => {
  // micromark takes quadratic time on them (20 KB of * took 6.5 s); no accounts document has them.
  it('reads a document with such a run as plain text, every character mapped', () => {
    for (const md of ['*'.repeat(5000) + '基本支出 1 万元' + '*'.repeat(5000), '>'.repeat(5000) + ' 基本支出 1 万元', '['.repeat(3000) + '基本支出 1 万元' + ']'.repeat(3000)]) {
      const blocks = extractBlocks(md);
      expect(blocks).toHaveLength(1);
      expect(blocks[0]!.text).toBe(md);
      expectMapped(md, blocks[0]!);
    }
  });

  it('in a long document, reads only the piece with the run as plain text', () => {
    const seed = readFileSync(SEED_PART3, 'utf8');
    const md = `${seed}\n\n${'*'.repeat(2000)}\n\n${seed}`;
    const blocks = extractBlocks(md, { chunkSize: seed.length });
    const kinds = blocks.map((b) => b.kind);
    // both copies keep their headings and table cells
    expect(kinds.filter((k) => k === 'table-cell').length).toBe(2 * extractBlocks(seed).filter((b) => b.kind === 'table-cell').length);
    expect(blocks.some((b) => b.text === '*'.repeat(2000))).toBe(true);
  });

  it('leaves a run of 999 alone: emphasis still reads as emphasis', () => {
    expect(extractBlocks(`${'*'.repeat(999)}\n\n**基本支出** 1 万元`).map((b) => b.text)).toContain('基本支出 1 万元');
  });
});

describe('positionOf and LineIndex', () => {
  it('gives 1-based lines and UTF-16 columns over LF, CRLF and CR', () => {
    const md = '一\r\n二三\r四\n😀五';
    expect(positionOf(md, 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf(md, 1)).toEqual({ line: 1, column: 2 });
    expect(positionOf(md, 2)).toEqual({ line: 1, column: 3 }); // the \n of \r\n
    expect(positionOf(md, 3)).toEqual({ line: 2, column: 1 });
    expect(positionOf(md, 6)).toEqual({ line: 3, column: 1 });
    expect(positionOf(md, 10)).toEqual({ line: 4, column: 3 }); // after a surrogate pair
    expect(positionOf(md, md.length)).toEqual({ line: 4, column: 4 });
  });

  it('clamps offsets outside the source', () => {
    expect(positionOf('ab\ncd', -5)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
    expect(positionOf('ab\ncd', Number.NaN)).toEqual({ line: 1, column: 1 });
    expect(positionOf('', 0)).toEqual({ line: 1, column: 1 });
  });

  it('agrees with the positions remark gives, and inverts', () => {
    const md = readFileSync(SEED_PART3, 'utf8');
    const index = new LineIndex(md);
    for (let off = 0; off <= md.length; off += 97) {
      const pos = index.positionOf(off);
      const before = md.slice(0, off);
      const line = before.split('\n').length;
      const column = off - (before.lastIndexOf('\n') + 1) + 1;
      expect(pos).toEqual({ line, column });
      expect(index.offsetOf(pos.line, pos.column)).toBe(off);
    }
    expect(index.lineCount).toBe(md.split('\n').length);
  });
});

describe('rangeInSource', () => {
  it('maps text ranges to source ranges, end exclusive, through markup', () => {
    const md = '共 **4,340.16** 万元';
    const b = only(md);
    expect(b.text).toBe('共 4,340.16 万元');
    expect(rangeInSource(b, 2, 10)).toEqual({ start: 4, end: 12 });
    expect(sourceOf(md, b, 2, b.text.length)).toBe('4,340.16** 万元');
    expect(rangeInSource(b, 3, 3)).toEqual({ start: 5, end: 5 });
    expect(rangeInSource(b, 0, 999)).toEqual({ start: 0, end: md.length });
  });

  it('works on a hand-built block without ends', () => {
    const block: TextBlock = { kind: 'paragraph', inList: false, text: 'ab', offsets: [3, 7, 8] };
    expect(rangeInSource(block, 0, 1)).toEqual({ start: 3, end: 4 });
    expect(rangeInSource(block, 0, 2)).toEqual({ start: 3, end: 8 });
  });
});

describe('joinsWithSpace', () => {
  it('joins CJK, digits and punctuation tight and Latin words with a space', () => {
    expect(joinsWithSpace('.', '1')).toBe(false);
    expect(joinsWithSpace('6', '万')).toBe(false);
    expect(joinsWithSpace('增', '加')).toBe(false);
    expect(joinsWithSpace('，', 'a')).toBe(false);
    expect(joinsWithSpace('P', '增')).toBe(false);
    expect(joinsWithSpace('a', 'b')).toBe(true);
    expect(joinsWithSpace('.', 'N')).toBe(true);
    expect(joinsWithSpace('é', 'ß')).toBe(true);
  });
});
