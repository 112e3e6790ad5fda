/**
 * A table aligned with spaces (pandoc's `markdown` writer's simple and
 * multiline tables, what `pandoc x.docx -o x.md` makes of a Word table) is
 * checked like a GFM table: each row's figures by the row's name and the
 * column's header (blind5 B14, B15). Where its lines cannot be read as a table,
 * two cells are never read as one figure.
 */
import { describe, expect, it } from 'vitest';
import { contextFor, HEADINGS, ruleTester } from './tester.js';
import { lintMarkdown } from '../../../src/lint/lint.js';

/** pandoc -t markdown of a table with column widths (a Word table): a multiline table. */
const KIND_TABLE = (projectShare: string) => `## ${HEADINGS.expenditure}

  ------------------------------------------------------------------------
  项目                         金额（万元）          占比
  ---------------------------- --------------------- ---------------------
  基本支出                     3,153.47              72.66%

  项目支出                     1,186.68              ${projectShare}

  合计                         4,340.16              100.00%
  ------------------------------------------------------------------------
`;

/** pandoc -t markdown of a table without widths: a simple table. */
const SAN_GONG_TABLE = (reception: string) => `## ${HEADINGS.sanGong}

  项目                       全年预算数（万元）   决算数（万元）   完成率
  -------------------------- -------------------- ---------------- --------
  合计                       49.70                49.70            100%
  因公出国（境）费           20.14                20.14            100%
  公务用车购置及运行维护费   17.24                17.24            100%
  公务接待费                 12.32                ${reception}            100%
`;

/** pandoc -t markdown of a table whose cell holds two paragraphs: a grid table. */
const GRID_TABLE = (projectShare: string) => `## ${HEADINGS.expenditure}

+---------------------------+--------------------+--------------------+
| 项目                      | 金额（万元）       | 占比               |
+===========================+====================+====================+
| 基本支出                  | 3,153.47           | 72.66%             |
|                           |                    |                    |
| （含人员经费）            |                    |                    |
+---------------------------+--------------------+--------------------+
| 项目支出                  | 1,186.68           | ${projectShare}             |
+---------------------------+--------------------+--------------------+
`;

ruleTester({
  'share-mismatch': {
    valid: [
      { markdown: KIND_TABLE('27.34%'), name: 'pandoc multiline table: 项目 | 金额（万元） | 占比, with a 合计 row' },
      { markdown: GRID_TABLE('27.34%'), name: 'pandoc grid table: its header 占比 was read with 3,153.47 in one paragraph, share-over-100' },
    ],
    invalid: [
      { markdown: GRID_TABLE('72.34%'), errors: [{ ruleId: 'share-mismatch', expected: '27.34', line: 10, column: 48 }] },
      { markdown: KIND_TABLE('72.34%'), errors: [{ ruleId: 'share-mismatch', expected: '27.34', actual: '72.34', line: 8, column: 50 }], name: 'blind5 B14' },
    ],
  },
  'amount-mismatch': {
    valid: [{ markdown: SAN_GONG_TABLE('12.32'), name: 'pandoc simple table: 三公 全年预算数 | 决算数 | 完成率' }],
    invalid: [
      { markdown: SAN_GONG_TABLE('21.32'), errors: [{ ruleId: 'amount-mismatch', expected: '12.32', actual: '21.32', line: 8, column: 46 }], name: 'blind5 B15' },
    ],
  },
}, { section: 'expenditure' });

describe('columns aligned with spaces that are not read as a table', () => {
  it('reads each cell of a table left as text (| between cells) on its own: a header’s 占比 is no cue for the next row’s figure', () => {
    // a grid table whose lines do not keep to its borders: one paragraph
    const markdown = `## ${HEADINGS.expenditure}\n\n| 项目 | 金额（万元） | 占比 |\n+=====+=====+=====+\n| 基本支出 | 3,153.47 | 72.66% |\n`;
    const messages = lintMarkdown(markdown, contextFor()).messages;
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
  });

  it('never reads two cells as one figure: a run of spaces between digits parts them', () => {
    // no header: the rows are paragraphs
    const markdown = `## ${HEADINGS.gpb}\n\n一般公共服务（类）                  3,218.84               76.44%\n\n社会保障和就业（类）\t665.34\t15.8%\n`;
    const messages = lintMarkdown(markdown, contextFor()).messages;
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(messages.every((m) => !/\d\s{2,}\d|\d\t\d/u.test(m.message))).toBe(true);
  });
});
