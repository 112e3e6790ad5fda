/**
 * The notes a document prints with 公开07–09表 (说明：本部门本年度没有政府性基金预算财政拨款
 * 收入和支出，故本表无数据) claim the table is empty: review judges them against the document's
 * own table, where it trusts that table, and reports a note left over a table that holds amounts
 * on the note's own line.
 *
 * test/fixtures/review/shanghai-note.docx is test/fixtures/layouts/shanghai.docx (nine tables of
 * random accounts, 三公 518.94 万元) with a template note planted under its 三公 table —
 * 说明：本部门本年度没有财政拨款“三公”经费支出，故本表无数据。 — and a short 第三部分 at the
 * end; shanghai-note.pdf is that file printed by LibreOffice. Its 公开07表 is really empty, and
 * says so.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentFromText, readReviewDocument, type ReviewDocument } from '../../src/review/document.js';
import { reviewDocument, type ReviewResult } from '../../src/review/review.js';
import { tableNoteGroups } from '../../src/review/table-notes.js';
import { locateReview } from '../../src/report/located.js';
import { ROOT } from '../helpers.js';

const REAL = `${ROOT}test/fixtures/real/`;
const noteMessages = (r: ReviewResult) => r.lint.messages.filter((m) => m.table !== undefined);

async function read(path: string): Promise<ReviewDocument> {
  const r = await readReviewDocument(path);
  if (!r.ok) throw new Error(r.message);
  return r.document;
}

/** 普陀区社会工作部's layout text with an amount row typed under its empty 三公 table's header (公开09表 then holds 4.20 万元). */
function shgzbWithSanGong(values: readonly string[]): string {
  const lines = readFileSync(`${REAL}putuo-shgzb-2024.layout.txt`, 'utf8').split('\n');
  const at = lines.findIndex((l, i) => i > 380 && l.trim().startsWith('预算数') && l.includes('决算数'));
  const row = Array.from({ length: lines[at]!.length }, () => ' ');
  [...lines[at]!.matchAll(/\S+/gu)].forEach((m, k) => {
    const v = values[k]!;
    for (let j = 0; j < v.length; j++) row[m.index! + m[0].length - v.length + j] = v[j]!;
  });
  lines.splice(at + 1, 0, row.join('').trimEnd());
  return lines.join('\n');
}
/** 合计, 因公出国（境）费, 公务用车 小计, 购置费, 运行维护费, 公务接待费: 预算数 and 决算数 each, adding up. */
const SAN_GONG = ['5.00', '4.20', '0.00', '0.00', '3.00', '2.50', '0.00', '0.00', '3.00', '2.50', '2.00', '1.70'];

describe('the notes under 公开07–09表, read from the document', () => {
  it('are the 注/说明 lines and 本表无数据 under each table title, never the table rows nor Part 3', () => {
    const lines = [
      '第二部分 部门决算表', '政府性基金预算财政拨款收入支出决算表', '单位：万元', '合计   无   无',
      '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
      '无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：',
      '说明：本部门本年度没有政府性基金预算财政拨款收入和支出，', '故本表无数据。',
      '第三部分 2024 年度部门决算情况说明', '说明：本部门无政府性基金预算财政拨款支出。',
    ];
    expect(tableNoteGroups(lines)).toEqual([{ table: '公开07表', paragraphs: [[1], [4], [6, 7]] }]);
  });

  it('are none in a document with no Part 3 title: there the linter reads them as Part 3 already', () => {
    expect(tableNoteGroups(['政府性基金预算财政拨款收入支出决算表', '说明：本部门没有政府性基金预算财政拨款支出，故本表无数据。'])).toEqual([]);
  });
});

describe('review of the notes printed with the tables', () => {
  it.each([
    ['putuo-shgzb-2024.layout.txt', ['公开09表', '公开07表', '公开08表']],
    ['putuo-czj-2024.layout.txt', ['公开07表', '公开08表']],
    ['shanghai-template-2024.layout.txt', ['公开09表', '公开07表', '公开08表']],
    ['putuo-shgzb-2024.pdf', ['公开09表', '公开07表', '公开08表']],
    ['putuo-czj-2024.pdf', ['公开07表', '公开08表']],
    ['shanghai-template-2024.pdf', ['公开09表', '公开07表', '公开08表']],
  ])('real document %s: its notes, true of its empty tables, raise nothing', async (file, tables) => {
    const doc = await read(`${REAL}${file}`);
    expect(doc.tableNotes?.tables.map((t) => t.table)).toEqual(tables);
    expect(noteMessages(reviewDocument(doc))).toEqual([]);
  });

  it('a template note left over a 三公 table that holds amounts: an error on the note, in the file\'s line and column', () => {
    const text = shgzbWithSanGong(SAN_GONG);
    const doc = documentFromText('planted.txt', 'text', text);
    const result = reviewDocument(doc);
    expect(result.tables.imported).toContain('公开09表');
    const line = text.split('\n').findIndex((l) => l.startsWith('说明：') && l.includes('“三公”经费支出，故本表无数据')) + 1;
    expect(noteMessages(result).map((m) => [m.ruleId, m.table, m.line, m.column, m.actual])).toEqual([
      ['absence-mismatch', '公开09表', line, text.split('\n')[line - 1]!.indexOf('没有') + 1, '没有'],
    ]);
    expect(noteMessages(result)[0]!.message).toContain('4.20 万元');
    expect(result.errorCount).toBeGreaterThanOrEqual(1);
    // Shown in the report on the note's own words.
    const located = locateReview(result, doc);
    const finding = located.findings.find((f) => f.ruleId === 'absence-mismatch')!;
    expect([finding.place, located.text!.slice(...finding.range!)]).toEqual([`第 ${line} 行`, '没有']);
  });

  it('a table published blank with 本单位无此项支出 is read as no data — imported, said so — not as unread', () => {
    const text = readFileSync(`${REAL}putuo-shgzb-2024.layout.txt`, 'utf8')
      .replace('说明：中共上海市普陀区委社会工作部本年度没有财政拨款“三公”经费支出，故本表无数据。', '说明：本单位无此项支出。');
    const result = reviewDocument(documentFromText('blank.txt', 'text', text));
    expect(result.tables.imported).toContain('公开09表');
    expect(result.tables.notImported.map((t) => t.table)).not.toContain('公开09表');
    expect(result.notes.some((n) => n.startsWith('公开09表') && n.includes('本表无数据'))).toBe(true);
    expect(noteMessages(result)).toEqual([]);
  });

  it('本单位无此项支出 over a 三公 table that holds amounts: the note is wrong', () => {
    const text = shgzbWithSanGong(SAN_GONG).replace('说明：中共上海市普陀区委社会工作部本年度没有财政拨款“三公”经费支出，故本表无数据。', '说明：本单位无此项支出。');
    const result = reviewDocument(documentFromText('planted.txt', 'text', text));
    expect(noteMessages(result).map((m) => [m.ruleId, m.table, m.actual])).toEqual([['absence-mismatch', '公开09表', '无此项支出']]);
  });

  it('a table review does not trust (its 合计 not the sum of its items) is not judged against', () => {
    const values = [...SAN_GONG];
    values[1] = '9.99';
    const result = reviewDocument(documentFromText('planted.txt', 'text', shgzbWithSanGong(values)));
    expect(result.tables.notImported.map((t) => t.table)).toContain('公开09表');
    expect(noteMessages(result)).toEqual([]);
  });

  describe('a note planted under a 三公 table of 518.94 万元 (Word, and its PDF)', () => {
    let pdf: ReviewDocument;
    let word: ReviewDocument;
    beforeAll(async () => {
      [pdf, word] = await Promise.all([read(`${ROOT}test/fixtures/review/shanghai-note.pdf`), read(`${ROOT}test/fixtures/review/shanghai-note.docx`)]);
    });

    it('PDF: an error on the note\'s page and line, marked on its words; the true note under 公开07表 raises nothing', () => {
      const result = reviewDocument(pdf);
      expect(noteMessages(result).map((m) => [m.ruleId, m.table, m.page, m.line, m.excerpt])).toEqual([
        ['absence-mismatch', '公开09表', 13, 10, '说明：本部门本年度没有财政拨款“三公”经费支出，故本表无数据。'],
      ]);
      const finding = locateReview(result, pdf).findings.find((f) => f.ruleId === 'absence-mismatch')!;
      expect([finding.page, finding.words, finding.rects?.length]).toEqual([13, '没有', 1]);
    });

    it('Word: the same error, on the note\'s paragraph', () => {
      const messages = noteMessages(reviewDocument(word));
      expect(messages.map((m) => [m.ruleId, m.table, m.excerpt])).toEqual([
        ['absence-mismatch', '公开09表', '说明：本部门本年度没有财政拨款“三公”经费支出，故本表无数据。'],
      ]);
      expect(messages[0]!.paragraph).toBeGreaterThan(0);
    });
  });
});
