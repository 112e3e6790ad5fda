/**
 * A Word file whose tables are paragraphs split by tabs (right tab stops, no w:tbl: blind 12R d6, its
 * tables in a landscape section): a run of tabbed paragraphs is a table's rows, each field a cell at its
 * place (the first field, the second …), read and checked as any table; the paragraph after the run
 * (the next table's title, Part 3) is none of its rows.
 */
import { describe, expect, it } from 'vitest';
import { wordDocx as docx, wordPara as para } from '../word-xml.js';
import { docxLines, importDocx } from '../../src/import/index.js';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
/** A paragraph of fields at right tab stops, as a word processor lays out a table typed with tabs. */
const tabbed = (...fields: string[]) => '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="200"/><w:tab w:val="right" w:pos="6000"/>'
  + '<w:tab w:val="right" w:pos="9000"/><w:tab w:val="right" w:pos="12000"/></w:tabs></w:pPr>'
  + fields.map((f) => `<w:r><w:t xml:space="preserve">${escape(f)}</w:t></w:r>`).join('<w:r><w:tab/></w:r>') + '</w:p>';

const T01 = [
  tabbed('编制单位：某某局', '', '', '金额单位：万元'),
  tabbed('项目', '决算数', '项目', '决算数'),
  tabbed('一般公共预算财政拨款收入', '1,234.56', '一、一般公共服务支出', '1,000.00'),
  tabbed('事业收入', '100.00', '二、社会保障和就业支出', '284.56'),
  tabbed('其他收入', '15.44', '', ''),
  tabbed('本年收入合计', '1,350.00', '本年支出合计', '1,284.56'),
  tabbed('年初结转和结余', '50.00', '年末结转和结余', '115.44'),
  tabbed('总计', '1,400.00', '总计', '1,400.00'),
];
const t05 = (running: string) => [
  tabbed('科目编码', '科目名称', '小计', '基本支出', '项目支出'),
  tabbed('', '合计', '960.00', '800.00', '160.00'),
  tabbed('201', '一般公共服务支出', '960.00', '800.00', '160.00'),
  tabbed('20103', '政府办公厅（室）及相关机构事务', '960.00', '800.00', '160.00'),
  tabbed('2010301', '行政运行', '800.00', running, '0.00'),
  tabbed('2010302', '一般行政管理事务', '160.00', '0.00', '160.00'),
];
const PART3 = [
  para('第三部分 2025年度部门决算情况说明'),
  para('一、一般公共预算财政拨款支出决算情况说明'),
  para('2025年度一般公共预算财政拨款支出960.00万元，其中：基本支出800.00万元，项目支出160.00万元。'),
];
const doc = (running = '800.00') => docx(
  para('某某局2025年度部门决算'),
  para('收入支出决算总表'), ...T01,
  para('一般公共预算财政拨款支出决算表'), para('金额单位：万元'), ...t05(running),
  ...PART3,
);

describe('a Word file whose tables are tabbed paragraphs', () => {
  it('reads each run of tabbed paragraphs under a table title as the table\'s rows, reliable where its identities hold', () => {
    const { imported } = importDocx(doc(), 'x.docx');
    expect(imported.unreliable).toEqual([]);
    expect(imported.tables['公开01表']).toMatchObject({
      收入: { 一般公共预算财政拨款收入: '1,234.56', 事业收入: '100.00', 本年收入合计: '1,350.00', 总计: '1,400.00' },
      支出: { 一般公共服务支出: '1,000.00', 社会保障和就业支出: '284.56', 本年支出合计: '1,284.56', 总计: '1,400.00' },
    });
    const t05 = imported.tables['公开05表'] as { 合计: unknown; 科目: Record<string, unknown> };
    expect(t05.合计).toEqual({ 小计: '960.00', 基本支出: '800.00', 项目支出: '160.00' });
    expect(Object.keys(t05.科目)).toEqual(['201 一般公共服务支出', '20103 政府办公厅（室）及相关机构事务', '2010301 行政运行', '2010302 一般行政管理事务']);
    expect(t05.科目['2010301 行政运行']).toEqual({ 小计: '800.00', 基本支出: '800.00', 项目支出: '0.00' });
  });

  it('checks them as any table: a row that does not add up leaves the table unreliable', () => {
    const { imported } = importDocx(doc('790.00'), 'x.docx');
    expect(imported.unreliable.map((u) => [u.table, u.kind])).toEqual([['公开05表', 'own']]);
  });

  it('a tabbed paragraph or two in prose are no table rows: one cell each, as any paragraph', () => {
    const lines = docxLines(docx(para('联系方式'), tabbed('联系人：张三', '电话：1234'), tabbed('地址：某路1号', '邮编：100000'), para('完')));
    expect(lines.map((l) => l.cells.length)).toEqual([1, 1, 1, 1]);
    expect(lines.every((l) => l.wordTable === undefined)).toBe(true);
  });

  it('review judges Part 3 against them, and reads none of their rows as Part 3', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-tabs-'));
    const file = join(dir, 'x.docx');
    writeFileSync(file, doc());
    const read = await readReviewDocument(file);
    if (!read.ok) throw new Error('not read');
    const result = reviewDocument(read.document, undefined, { year: 2025 });
    expect(result.tables.imported).toEqual(['公开01表', '公开05表']);
    expect(result.lint.messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(result.lint.messages.filter((m) => m.ruleId === 'unverified-figure').map((m) => m.actual)).toEqual([]);
  });
});
