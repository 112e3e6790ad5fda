/**
 * A real published document nobody here wrote: 中共上海市普陀区委社会工作部 2024 年度部门决算
 * (test/fixtures/real: its Part 3 as published, the tables transcribed by hand). A unit founded
 * in 2024, so every previous-year figure is 0. Every error the linter raises on it must be a real
 * slip of the document, checked by hand below; nothing correct is flagged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAccounts } from '../../src/data/load.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { fixMarkdown } from '../../src/lint/fix.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { ROOT } from '../helpers.js';

const ctx = createLintContext(buildFactCatalog(loadAccounts(`${ROOT}test/fixtures/real/putuo-shgzb-2024.yaml`).accounts));
const markdown = readFileSync(`${ROOT}test/fixtures/real/putuo-shgzb-2024-part3.md`, 'utf8');

describe('the real 普陀 document as published', () => {
  const messages = lintMarkdown(markdown, ctx).messages;

  it('raises exactly the document\'s own slips as errors', () => {
    expect(messages.filter((m) => m.severity === 2).map((m) => `${m.line} ${m.ruleId} ${m.actual ?? ''}`)).toEqual([
      // 与 2023 年度相比…增长 100.00%: the 2023 figure is 0 (the unit was founded in 2024), a rate over 0 does not exist.
      '5 zero-base-rate 增长 100.00%',
      '17 zero-base-rate 增长 100.00%',
      '23 zero-base-rate 增长 100.00%',
      // 29.42 ÷ 307.82 = 9.5575%, written 9.55% so that the shares add to 100 (a forced share, the catalog's error #19).
      '27 truncated-figure 9.55',
      // 年初预算为 0 万元 … 完成年初预算的 95.89%: 307.82 ÷ 321.02 = 95.888%, the full-year budget; over the opening budget 0 there is no rate.
      '31 zero-base-rate 完成年初预算的 95.89%',
      // 公用经费 “主要包括” 邮电费, which 公开06表 gives as 0.00.
      '53 listed-item-zero 邮电费',
      // 机关运行经费 10.23 万元，比 2023 年度增加 10.23 万元，增长 100.00%: last year 10.23 − 10.23 = 0, again no rate.
      '75 zero-base-rate 增长 100.00%',
      // 政府采购金额 21.07 万元, all of it awarded to SMEs in reserved projects (21.07), and another 21.07 awarded
      // to SMEs "in other projects": 21.07 + 21.07 = 42.14 > 21.07. The text contradicts itself; which figure is
      // wrong the text does not say (most likely the last, which can only be 0), so it is not fixed.
      '79 parts-exceed-whole 21.07',
    ]);
  });

  it('verifies every figure against the transcription: none is left unverified', () => {
    expect(messages.filter((m) => m.ruleId === 'unverified-figure').map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
  });

  it('names the forced share a truncation: 29.42 ÷ 307.82 = 9.5575%, cut to 9.55%', () => {
    expect(messages.filter((m) => m.ruleId === 'truncated-figure').map((m) => `${m.line} ${m.actual}`)).toEqual(['27 9.55']);
  });

  it('--fix changes only the line of the truncated share: the zero-base rates are left for the writer', () => {
    const before = markdown.split('\n');
    const changed = fixMarkdown(markdown, ctx).output.split('\n').flatMap((line, i) => (line !== before[i] ? [i + 1] : []));
    expect(changed).toEqual([27]);
  });
});
