/**
 * A document with nothing to check is said to be so, rather than passing
 * with a clean report: an empty file, front matter only, or text with no
 * figure and no Part 3 section heading.
 */
import { describe, expect, it } from 'vitest';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { ruleHelp } from '../../src/report/rule-help.js';
import { seedAccounts } from '../helpers.js';

const ctx = createLintContext(buildFactCatalog(seedAccounts()));
const ids = (md: string) => lintMarkdown(md, ctx).messages.map((m) => m.ruleId);

describe('documents with nothing to lint', () => {
  it('an empty or blank document is reported as empty, as a warning at 1:1', () => {
    for (const md of ['', '\n\n   \n', '---\ndata: x.yaml\n---\n']) {
      const result = lintMarkdown(md, ctx);
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]).toMatchObject({ ruleId: 'empty-document', severity: 1, line: 1, column: 1 });
      expect(result.messages[0]!.message).toContain('文档是空的');
      expect(result.warningCount).toBe(1);
      expect(result.errorCount).toBe(0);
    }
  });

  it('text without figures or a recognised section is reported as having no Part 3 content', () => {
    const result = lintMarkdown('# 会议纪要\n\n今天讨论了明年的工作安排。\n', ctx);
    expect(result.messages.map((m) => m.ruleId)).toEqual(['no-part3']);
    expect(result.messages[0]!.message).toContain('没有第三部分');
  });

  it('a Part 3 section heading or a figure is enough: no notice', () => {
    expect(ids('## 三、支出决算情况说明\n\n待补充。\n')).not.toContain('no-part3');
    expect(ids('基本支出 3,153.47 万元，占 72.7%。')).toEqual([]);
  });

  it('a comparison word judged against the data is content read: no notice, and a wrong word is reported (blind4 probe-19)', () => {
    // The seed's “三公” actual equals its budget: 等于 is right, 大于 wrong.
    expect(ids('“三公”经费决算数等于预算数。')).toEqual([]);
    expect(ids('“三公”经费决算数大于预算数。')).toEqual(['comparison-mismatch']);
    expect(ids('今年的工作比上年有所增加。')).toEqual(['no-part3']);
  });

  it('both rules are described for SARIF and help', () => {
    expect(ruleHelp('empty-document')?.severity).toBe(1);
    expect(ruleHelp('no-part3')?.severity).toBe(1);
  });
});
