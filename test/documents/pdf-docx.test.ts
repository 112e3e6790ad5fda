import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/documents/docx.js';
import { placeMessages, readDocument } from '../../src/documents/index.js';
import { extractPdf } from '../../src/documents/pdf.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { loadAccounts } from '../../src/data/load.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';

const PDF = new URL('../fixtures/real/putuo-shgzb-2024.pdf', import.meta.url);

describe('PDF text', () => {
  it('joins the lines the layout broke, finds the titles, leaves out page numbers, keeps Part 3', async () => {
    const { text, map } = await extractPdf(readFileSync(PDF));
    const paragraphs = text.split('\n\n').map((p) => p.trim());
    expect(paragraphs).toContain('本年支出合计 307.82 万元，其中：基本支出 105.58 万元，占34.30%；项目支出 202.24 万元，占 65.70%。');
    expect(paragraphs[0]).toBe('## 第三部分 中共上海市普陀区委社会工作部 2024 年度部门决算情况说明');
    expect(paragraphs).toContain('## 三、支出决算情况说明');
    expect(paragraphs).toContain('## （二）一般公共预算财政拨款支出决算结构情况');
    expect(paragraphs.filter((p) => p.startsWith('## ')).length).toBeGreaterThanOrEqual(16);
    // No bare page number, and no table of contents, in the text.
    expect(paragraphs.filter((p) => /^\d+$/u.test(p))).toEqual([]);
    expect(text).not.toContain('目录');
    expect(map[0]!.page).toBeGreaterThan(10);
  });

  it('lints the PDF and names page and line', async () => {
    const read = await readDocument(readFileSync(PDF));
    if (read.kind !== 'extracted') throw new Error(read.kind);
    const ctx = createLintContext(buildFactCatalog(loadAccounts('data/liaocheng-2024.yaml').accounts));
    const result = placeMessages(lintMarkdown(read.text, ctx, { filePath: 'x.pdf' }), read.text, read.origin);
    const m = result.messages.find((x) => x.ruleId === 'amount-mismatch' && x.excerpt?.startsWith('本年支出合计'));
    expect(m).toMatchObject({ page: 17, line: 11, column: 1 });
    expect(m!.fix).toBeUndefined();
  });
});

describe('Word text', () => {
  const xml = (body: string) => `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const p = (t: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t>${t}</w:t></w:r></w:p>`;
  const docx = zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(xml(p('第三部分 决算情况说明', 'Heading1') + p('三、支出决算情况说明') + p('本年支出合计 4,340.16 万元，其中：基本支出 3,153.47 万元。')
      + '<w:tbl><w:tr><w:tc>' + p('项目') + '</w:tc><w:tc>' + p('金额') + '</w:tc></w:tr><w:tr><w:tc>' + p('合计') + '</w:tc><w:tc>' + p('1 &amp; 2') + '</w:tc></w:tr></w:tbl>')),
  });

  it('reads headings, paragraphs and tables, numbering paragraphs', async () => {
    const { text, map } = extractDocx(docx);
    expect(text).toContain('## 第三部分 决算情况说明\n\n## 三、支出决算情况说明\n\n本年支出合计 4,340.16 万元');
    expect(text).toContain('| 项目 | 金额 |\n| --- | --- |\n| 合计 | 1 & 2 |');
    expect(map.find((x) => x.cell?.row === 2 && x.cell.column === 2)?.paragraph).toBe(7);
    const read = await readDocument(docx);
    expect(read.kind).toBe('extracted');
  });

  it('refuses other zips and images, reads UTF-16 with a BOM', async () => {
    expect(await readDocument(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }))).toMatchObject({ kind: 'refused' });
    expect(await readDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toMatchObject({ kind: 'refused', message: expect.stringContaining('PNG') });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'说明'].map((c) => c.charCodeAt(0))).buffer)]);
    expect(await readDocument(utf16)).toMatchObject({ kind: 'text', utf16: 'utf-16le' });
  });
});
