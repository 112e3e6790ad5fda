/**
 * Issue 9, item 8: every data string is escaped for Markdown in the draft.
 * Hostile subject names and reasons (HTML, emphasis, links, pipes, and \r,
 * U+2028, U+2029 that open a heading or a list) leave the parsed draft with
 * exactly the structure of the draft with benign names.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseAccounts } from '../../src/data/load.js';
import { draftPart3 } from '../../src/draft/draft.js';
import { text } from '../../src/draft/filters.js';
import { seedText } from '../helpers.js';

type Node = { type: string; depth?: number; ordered?: boolean; children?: Node[] };

/** The draft's structure: node types, heading depths and list kinds, without the text. */
function shape(markdown: string): unknown {
  const strip = (n: Node): unknown => ({
    type: n.type,
    ...(n.depth !== undefined ? { depth: n.depth } : {}),
    ...(n.ordered !== undefined ? { ordered: n.ordered } : {}),
    ...(n.children ? { children: n.children.filter((c) => c.type !== 'text').map(strip) } : {}),
  });
  return strip(unified().use(remarkParse).parse(markdown) as Node);
}

const HOSTILE_NAME = '<script>alert(1)</script>*x*_y_ [a](http://e) `c` ~~s~~ &amp; | z';
const HOSTILE_REASON = '节约开支\\r# 标题\\u2028- 列表\\u2029> 引用\\r\\n1. 编号 <b>粗</b> **强调**';

function draftOf(yaml: string): string {
  return draftPart3(parseAccounts(yaml, 'hostile.yaml').accounts);
}

describe('data strings in the draft', () => {
  it('hostile subject names and reasons keep the structure of the benign draft', () => {
    const benign = seedText();
    const hostile = benign
      .replace(/(\d{7}) 行政运行:/g, (_m, code: string) => `"${code} ${HOSTILE_NAME.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}":`)
      .replace('  收支总计变动: 积极响应“过紧日子”的号召，在保障重点工作的同时，积极节约开支', `  收支总计变动: "${HOSTILE_REASON}"`)
      .replace('    基本支出: 人员调出基本工资减少', `    基本支出: "${HOSTILE_REASON}"`);
    expect(hostile).not.toBe(benign);
    const draft = draftOf(hostile);
    expect(draft).toContain('\\<script\\>');
    expect(draft).not.toMatch(/[\r\u2028\u2029]/u);
    expect(shape(draft)).toEqual(shape(draftOf(benign)));
  });

  it('the text filter treats \\r, U+2028 and U+2029 as line breaks and escapes inline syntax', () => {
    expect(text('a\r# b')).toBe('a# b');
    expect(text('a\u2028- b\u2029c')).toBe('a- bc');
    expect(text('*x* <b> [l](u) ~s~ &amp;')).toBe('\\*x\\* \\<b\\> \\[l\\](u) \\~s\\~ \\&amp;');
    expect(text('一般公共服务（类）、“过紧日子”')).toBe('一般公共服务（类）、“过紧日子”');
  });
});
