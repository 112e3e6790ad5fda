/**
 * A PDF's printed lines as text (pdftotext -layout), with a blank line between every printed line:
 * an indented paragraph runs on over the flush-left lines under it, so its figures keep their 万元
 * and their subject; every message stays on the file's own line and column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromText, readReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { joinPrintedLines } from '../../src/review/printed-lines.js';
import { ROOT } from '../helpers.js';

const lines = (...xs: string[]) => xs.join('\n');

describe('joinPrintedLines', () => {
  it('runs an indented paragraph on over the flush-left lines below it, across the blank lines', () => {
    const text = lines('   本年支出合计 307.82 万元，其中：基本支出 105.58 万元，占', '', '34.30%；项目支出 202.24 万元，占 65.70%。', '', '   三、财政拨款收入支出决算总体情况说明');
    expect(joinPrintedLines(text).text).toBe(lines('   本年支出合计 307.82 万元，其中：基本支出 105.58 万元，占', '34.30%；项目支出 202.24 万元，占 65.70%。', '', '   三、财政拨款收入支出决算总体情况说明'));
  });

  it('leaves paragraphs that are not indented as they are: a plain text with a blank line between paragraphs', () => {
    const text = lines('本年收入合计 307.82 万元。', '', '本年支出合计 307.82 万元。');
    expect(joinPrintedLines(text).text).toBe(text);
  });

  it('never runs a paragraph on into a title or a table row, nor a title into the paragraph under it', () => {
    const title = lines('   本年收入合计 307.82 万元，', '', '二、支出决算情况说明');
    const row = lines('   本年收入合计 307.82 万元，', '', '合计      307.82     307.82');
    const titleAbove = lines('   一、收入支出决算总体情况说明', '', '本年收入合计 307.82 万元。');
    for (const text of [title, row, titleAbove]) expect(joinPrintedLines(text).text).toBe(text);
  });

  it('leaves a paragraph indented by full-width spaces, with its own indented paragraphs below, alone', () => {
    const text = lines('\u3000\u3000本年收入合计 307.82 万元。', '', '\u3000\u3000本年支出合计 307.82 万元。');
    expect(joinPrintedLines(text).text).toBe(text);
  });
});

describe('review of a published PDF as pdftotext -layout text', () => {
  it('finds the slips the PDF itself shows, each on the line of the file where it stands', async () => {
    const file = `${ROOT}test/fixtures/real/putuo-shgzb-2024.layout.txt`;
    const text = readFileSync(file, 'utf8');
    const fromText = reviewDocument(documentFromText(file, 'text', text));
    const pdf = await readReviewDocument(`${ROOT}test/fixtures/real/putuo-shgzb-2024.pdf`);
    if (!pdf.ok) throw new Error(pdf.message);
    const fromPdf = reviewDocument(pdf.document);
    const errors = (r: typeof fromText) => r.lint.messages.filter((m) => m.severity === 2);
    expect(errors(fromText).map((m) => [m.ruleId, m.actual])).toEqual(errors(fromPdf).map((m) => [m.ruleId, m.actual]));
    const fileLines = text.split('\n');
    for (const m of errors(fromText)) {
      // The figure the message names stands at its line and column in the file.
      expect(fileLines[m.line - 1]!.slice(m.column - 1)).toMatch(new RegExp(`^${m.actual!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u'));
    }
  });
});
