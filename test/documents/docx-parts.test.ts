/**
 * A Word file is unzipped and its XML checked once: the parts its text was read from come with the text, and review
 * reads the tables of the same parts. Its styles are checked as its body is: a styles part that breaks off is damage.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DamagedWordError, extractDocx } from '../../src/documents/docx.js';
import { markdownToDocx } from '../../src/documents/docx-writer.js';
import { readDocument } from '../../src/documents/index.js';
import { draftPart3 } from '../../src/draft/draft.js';
import { docxLines } from '../../src/import/placed.js';
import { seedAccounts } from '../helpers.js';
import { docxParts } from './ooxml.js';

const docx = markdownToDocx(draftPart3(seedAccounts()));

describe('a Word file read once', () => {
  it('hands review the parts its text was read from, which give the lines the file gives', async () => {
    const read = await readDocument(docx, { wanted: 'review', file: '说明.docx' });
    expect(read.kind).toBe('extracted');
    if (read.kind !== 'extracted') return;
    expect(read.word?.document).toBe(docxParts(docx)['word/document.xml']);
    expect(read.word?.styles).toBe(docxParts(docx)['word/styles.xml']);
    expect(docxLines(read.word!)).toEqual(docxLines(docx));
  });

  it('refuses styles that break off, naming the part, line and column', () => {
    const files = unzipSync(docx);
    const styles = docxParts(docx)['word/styles.xml']!;
    files['word/styles.xml'] = strToU8(styles.slice(0, styles.length >> 1));
    const cut = zipSync(files);
    expect(() => extractDocx(cut)).toThrow(DamagedWordError);
    expect(() => extractDocx(cut)).toThrow(/^样式 word\/styles\.xml 不是完整的 XML：第 \d+ 行第 [\d,]+ 列，/u);
    expect(() => docxLines(cut)).toThrow(DamagedWordError);
    // A package without styles is read without them (its headings by their numbers), not refused.
    delete files['word/styles.xml'];
    expect(extractDocx(zipSync(files)).text).toContain('2024 年度一般公共预算财政拨款支出 4,211.05 万元');
  });
});
