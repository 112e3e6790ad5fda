/**
 * Text Word neither shows nor prints (hidden text, w:vanish; w:specVanish; deleted text) is not the
 * document's text: lint does not read it, --fix writes into the shown runs only, and import does not read
 * it from a table cell — as a hidden sheet is not read from a workbook (blind 18D: a hidden 「（原稿X）」 after
 * a figure made both figures unverified and hid a planted error).
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWordXml } from '../../src/documents/docx.js';
import { fixDocx } from '../../src/documents/docx-fix.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { docxLines } from '../../src/import/index.js';
import { createLintContext, lintMarkdown, type LintContext } from '../../src/lint/lint.js';
import { seedAccounts } from '../helpers.js';
import { wordTable } from '../word-xml.js';
import { docxParts, parseXml } from './ooxml.js';

let ctx: LintContext;
beforeAll(() => {
  ctx = createLintContext(buildFactCatalog(seedAccounts()));
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text: string, properties = '') => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const body = (...blocks: string[]) => `<w:document ${W}><w:body>${blocks.join('')}</w:body></w:document>`;
const styles = (...defs: string[]) => `<w:styles ${W}>${defs.join('')}</w:styles>`;
const docx = (xml: string, styleXml?: string) => zipSync({
  '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml), ...(styleXml ? { 'word/styles.xml': strToU8(styleXml) } : {}),
});

/** The seed's 基本支出 (公开03表) is 3,153.47 万元. */
const SENTENCE = (amount: string, hidden: string) => body(para(run('三、一般公共预算财政拨款支出决算情况')), para(
  run('2024 年度本年支出合计 4,340.16 万元，其中：基本支出 '), run(amount), run(hidden, '<w:color w:val="FF0000"/><w:vanish/>'), run(' 万元。'),
));

describe('hidden text in a Word file', () => {
  it('is not read: the shown sentence is the text, whatever the hidden runs say', () => {
    expect(readWordXml(SENTENCE('3,153.47', '（原稿3,468.82）'), undefined).text).toContain('其中：基本支出 3,153.47 万元。');
  });

  it('a correct figure followed by a hidden draft value: no warning; a wrong one: an error, fixed in the shown run only', () => {
    const clean = readWordXml(SENTENCE('3,153.47', '（原稿3,468.82）'), undefined);
    expect(lintMarkdown(clean.text, ctx).messages).toEqual([]);
    const wrong = docx(SENTENCE('3,153.74', '（原稿3,468.82）'));
    const { output, count, result } = fixDocx(wrong, ctx);
    expect(result.messages.filter((m) => m.ruleId !== 'no-part3')).toEqual([]);
    expect(count).toBe(1);
    const xml = docxParts(output)['word/document.xml']!;
    expect(xml).toContain(`${run('3,153.47')}${run('（原稿3,468.82）', '<w:color w:val="FF0000"/><w:vanish/>')}`);
    expect(() => parseXml(xml)).not.toThrow();
  });

  it('w:vanish turned off (w:val="0"/"false") is shown text', () => {
    for (const off of ['<w:vanish w:val="0"/>', '<w:vanish w:val="false"/>']) {
      expect(readWordXml(body(para(run('甲'), run('乙', off))), undefined).text).toBe('甲乙\n');
    }
  });

  it('w:specVanish hides its run; a hidden paragraph mark (w:vanish in the paragraph\'s w:rPr) hides only the mark', () => {
    expect(readWordXml(body(para(run('甲'), run('乙', '<w:specVanish/>'))), undefined).text).toBe('甲\n');
    const markHidden = '<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>' + run('甲') + '</w:p>';
    expect(readWordXml(body(markHidden), undefined).text).toBe('甲\n');
  });

  it('a character style, or a paragraph style, that hides its text (through w:basedOn too) hides the runs; a run may show itself again', () => {
    const s = styles(
      '<w:style w:type="character" w:styleId="Draft"><w:name w:val="Draft"/><w:rPr><w:vanish/></w:rPr></w:style>',
      '<w:style w:type="character" w:styleId="DraftRed"><w:name w:val="Draft Red"/><w:basedOn w:val="Draft"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:rPr><w:vanish/></w:rPr></w:style>',
    );
    expect(readWordXml(body(para(run('甲'), run('乙', '<w:rStyle w:val="Draft"/>'), run('丙', '<w:rStyle w:val="DraftRed"/>'))), s).text).toBe('甲\n');
    const note = `<w:p><w:pPr><w:pStyle w:val="Note"/></w:pPr>${run('甲')}${run('乙', '<w:vanish w:val="0"/>')}</w:p>`;
    expect(readWordXml(body(note), s).text).toBe('乙\n');
  });

  it('a run whose formatting was changed from hidden (w:rPrChange records the old w:vanish) is shown', () => {
    const changed = run('乙', '<w:b/><w:rPrChange w:id="1" w:author="A"><w:rPr><w:vanish/></w:rPr></w:rPrChange>');
    expect(readWordXml(body(para(run('甲'), changed)), undefined).text).toBe('甲乙\n');
  });

  it('deleted text (w:delText in a w:del) is not read either', () => {
    const deleted = '<w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>3,468.82</w:delText></w:r></w:del>';
    expect(readWordXml(body(`<w:p>${run('基本支出 ')}${deleted}${run('3,153.47 万元')}</w:p>`), undefined).text).toBe('基本支出 3,153.47 万元\n');
  });

  it('import reads a table cell without its hidden runs', () => {
    const table = wordTable([['项目', '金额'], ['基本支出', '3,153.47']]).replace('3,153.47</w:t></w:r>', `3,153.47</w:t></w:r>${run('（原稿3,468.82）', '<w:vanish/>')}`);
    const lines = docxLines(docx(body(table)));
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([['项目', '金额'], ['基本支出', '3,153.47']]);
  });

  it('the hidden run keeps its bytes through --fix of the figure before it', () => {
    const wrong = docx(SENTENCE('3,153.74', '（原稿3,468.82）'));
    const out = unzipSync(fixDocx(wrong, ctx).output);
    expect(Buffer.from(out['word/document.xml']!).toString('utf8')).toContain('<w:vanish/></w:rPr><w:t xml:space="preserve">（原稿3,468.82）</w:t>');
  });
});
