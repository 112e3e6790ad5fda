import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importedYaml } from '../../src/import/yaml.js';
import type { ImportedTables } from '../../src/import/tables.js';

// Blind test 15R §4: Calc's clipped cell text ends in U+0002, quoted in a note of the data file; PyYAML refused the
// file (unacceptable character #x0002). YAML 1.2 allows no raw control character but tab and newline.
describe('the data file holds no raw control character', () => {
  it('a note quoting source text with U+0002 (and U+0000, U+001F, U+007F) is written without them; values keep theirs escaped', () => {
    const imported = {
      tables: { 公开09表: { 预算数: { 合计: '1.00\u0002' }, 决算数: null } },
      notes: ['公开01表：收入一栏的“七、附属单位\u0002”不是本表的行，也没有金额，没有导入，请对照原文\u0000\u001f\u007f\r'],
      unreliable: [], unread: [],
    } as unknown as ImportedTables;
    const text = importedYaml(imported, { source: 'x.pdf' });
    expect(text).toContain('# 注意：公开01表：收入一栏的“七、附属单位”不是本表的行');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
    const data = parse(text) as { 公开09表: { 预算数: { 合计: string } } };
    expect(data.公开09表.预算数.合计).toBe('1.00\u0002');
  });
});
