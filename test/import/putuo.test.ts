import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAccounts } from '../../src/check/index.js';
import { loadAccounts, parseAccounts } from '../../src/data/load.js';
import { importPdf, importText } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

const REAL = `${ROOT}test/fixtures/real/`;
const TABLES = ['t01', 't02', 't03', 't04', 't05', 't06', 't07', 't08', 't09'] as const;

// The hand transcription of a Shanghai document (pdftotext -layout text and the PDF beside it).
describe('putuo-shgzb-2024: hand transcription', () => {
  const { accounts, source } = loadAccounts(`${REAL}putuo-shgzb-2024.yaml`);
  it('loads, with the three empty tables marked 本表无数据', () => {
    expect([accounts.t07.noData, accounts.t08.noData]).toEqual([true, true]);
    expect(accounts.t01.income.grandTotal.toFixed(2)).toBe('307.82');
  });
  it('passes check but for the document\'s own slip in Part 3, copied as published', () => {
    // 政府采购 21.07 万元, all awarded to SMEs in reserved projects, and 21.07 again "in other projects".
    const findings = checkAccounts(accounts, source);
    expect(findings.map((f) => f.ruleId)).toEqual(['procurement-sme-awards-within-total']);
  });
});

describe('juesuan import: putuo-shgzb-2024 (Shanghai layout, WPS PDF)', async () => {
  const transcription = loadAccounts(`${REAL}putuo-shgzb-2024.yaml`).accounts;
  const fromPdf = await importPdf(new Uint8Array(readFileSync(`${REAL}putuo-shgzb-2024.pdf`)), 'putuo-shgzb-2024.pdf');
  const fromLayout = importText(readFileSync(`${REAL}putuo-shgzb-2024.layout.txt`, 'utf8'), 'putuo-shgzb-2024.layout.txt');
  const sources = { 'the PDF': fromPdf, 'its pdftotext -layout text': fromLayout };

  for (const [name, result] of Object.entries(sources)) {
    const imported = parseAccounts(result.yaml, 'imported.yaml').accounts;
    for (const t of TABLES) {
      it(`${name}: ${t} equals the hand transcription cell by cell`, () => {
        expect(imported[t]).toEqual(transcription[t]);
      });
    }
    it(`${name}: 部门 and 年度 are read from the document`, () => {
      expect([imported.department, imported.year]).toEqual(['中共上海市普陀区委社会工作部', 2024]);
    });
    it(`${name}: the notes say which tables are titled otherwise, merged, or without data`, () => {
      expect(result.imported.notes).toEqual([
        '公开06表：原文题为“一般公共预算财政拨款基本支出决算表”',
        '公开07表（原文“政府性基金预算财政拨款收入支出决算表”）本表无数据',
        '公开08表：原文为“国有资本经营预算财政拨款收入支出决算表”，收入与支出合为一表；只导入其中的支出各栏（本年支出小计、基本支出、项目支出）',
        '公开08表（原文“国有资本经营预算财政拨款收入支出决算表”）本表无数据',
        '公开09表（原文“财政拨款“三公”经费支出决算表”）本表无数据',
      ]);
    });
  }
});

describe('juesuan import: the Shanghai template (上海市 XX 局, no figures)', async () => {
  const fromPdf = await importPdf(new Uint8Array(readFileSync(`${REAL}shanghai-template-2024.pdf`)), 'x.pdf');
  const fromLayout = importText(readFileSync(`${REAL}shanghai-template-2024.layout.txt`, 'utf8'), 'x.txt');

  it('gives the same tables from the PDF and from its layout text', () => {
    expect(fromLayout.imported.tables).toEqual(fromPdf.imported.tables);
  });
  it('keeps every row of the layout, blank, with wrapped names joined and placeholders (…) left out', () => {
    const t = fromPdf.imported.tables as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(t['公开05表']!['科目']!)).toEqual(['205 教育支出', '20502 普通教育', '2050205 高等教育', '207 文化旅游体育与传媒支出', '20799 其他文化旅游体育与传媒支出']);
    expect(Object.keys(t['公开04表']!['支出']!)).toContain('灾害防治及应急管理支出');
    expect(t['公开06表']!['公用经费']!).toHaveProperty(['31007 信息网络及软件购置更新'], null);
    expect(Object.keys(t['公开06表']!['人员经费']!)).toHaveLength(27);
    expect(Object.keys(t['公开06表']!['公用经费']!)).toHaveLength(38);
    expect(Object.values(t['公开01表']!['收入']!).every((v) => v === null)).toBe(true);
  });
  it('reads the department as the template names it', () => {
    expect(parseAccounts(fromPdf.yaml, 'x.yaml').accounts.department).toBe('上海市 XX 局');
  });
});
