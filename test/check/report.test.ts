/**
 * The reporters: stylish (ESLint-like text) and JSON (ESLint's result shape).
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/index.js';
import { formatCheckJson, toJsonResults } from '../../src/report/check-json.js';
import { displayWidth } from '../../src/format/width.js';
import { formatCheckStylish } from '../../src/report/check-stylish.js';
import { CLEAN_SEED, SEED, check, edit } from './harness.js';

const seedFindings = check(SEED);
const RULE = 'procurement-small-micro-within-sme';

/** The clean seed with one warning (2080502 without an opening budget) and one count error (车辆总数 21). */
const mixed: Finding[] = check(edit(CLEAN_SEED, [
  { anchor: '年初预算:', from: '      2080502 事业单位离退休: 9.79\n', to: '' },
  { anchor: '年初预算:', from: '合计: 4,791.75', to: '合计: 4,781.96' },
  { anchor: '国有资产:', from: '车辆总数: 20', to: '车辆总数: 21' },
]));

describe('stylish', () => {
  it('prints the file, one aligned row per finding and the summary', () => {
    const text = formatCheckStylish([{ filePath: 'data/liaocheng-2024.yaml', findings: seedFindings }]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('data/liaocheng-2024.yaml');
    expect(lines[1]).toMatch(new RegExp(`^  \\d+:\\d+  error  政府采购：授予小微企业合同金额 48\\.57，.*  ${RULE}$`));
    expect(lines.slice(2)).toEqual(['', '✖ 1 个问题（1 个错误，0 个警告）', '']);
  });

  it('aligns the message column by display width', () => {
    const text = formatCheckStylish([{ filePath: 'x.yaml', findings: mixed }]);
    const rows = text.split('\n').slice(1, 1 + mixed.length);
    expect(rows).toHaveLength(2);
    const ruleStarts = rows.map((r) => displayWidth(r.slice(0, r.lastIndexOf('  ') + 2)));
    expect(ruleStarts[0]).toBe(ruleStarts[1]);
    expect(rows[0]).toMatch(/ error +国有资产：/);
    expect(rows[1]).toMatch(/ warning +公开05表 2080502/);
    expect(text.endsWith('✖ 2 个问题（1 个错误，1 个警告）\n')).toBe(true);
  });

  it('says so when there is nothing to report', () => {
    expect(formatCheckStylish([{ filePath: 'x.yaml', findings: [] }])).toBe('✔ 未发现问题\n');
  });
});

describe('json', () => {
  it('has ESLint’s result shape with exact decimal strings', () => {
    const [result, ...rest] = JSON.parse(formatCheckJson([{ filePath: 'data/liaocheng-2024.yaml', findings: seedFindings }]));
    expect(rest).toEqual([]);
    expect(result).toEqual({
      filePath: 'data/liaocheng-2024.yaml',
      messages: [{
        ruleId: RULE,
        severity: 2,
        message: seedFindings[0]!.message,
        line: seedFindings[0]!.line,
        column: seedFindings[0]!.column,
        cells: [
          { path: ['政府采购', '授予中小企业合同金额'], label: '授予中小企业合同金额', value: '0.00' },
          { path: ['政府采购', '授予小微企业合同金额'], label: '授予小微企业合同金额', value: '48.57' },
        ],
        difference: '48.57',
        tolerance: '0.01',
      }],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
  });

  it('gives warnings severity 1, counts as integers and null for non-arithmetic findings', () => {
    const [result] = toJsonResults([{ filePath: 'x.yaml', findings: mixed }]);
    expect(result!.errorCount).toBe(1);
    expect(result!.warningCount).toBe(1);
    const [vehicles, missing] = result!.messages;
    expect(vehicles!.severity).toBe(2);
    expect(vehicles!.cells[0]).toEqual({ path: ['国有资产', '车辆总数'], label: '车辆总数', value: '21' });
    expect([vehicles!.difference, vehicles!.tolerance]).toEqual(['1', '0']);
    expect(missing!.severity).toBe(1);
    expect(missing!.ruleId).toBe('opening-budget-item-missing');
    expect([missing!.difference, missing!.tolerance]).toEqual([null, null]);
  });

  it('reports an empty message list for clean data', () => {
    expect(toJsonResults([{ filePath: 'x.yaml', findings: [] }])).toEqual([
      { filePath: 'x.yaml', messages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
    ]);
  });
});
