import { strToU8, unzipSync, zipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runDraftCommand } from '../../src/cli/draft-command.js';
import { extractDocx } from '../../src/documents/docx.js';
import { markdownToDocx } from '../../src/documents/docx-writer.js';
import { placeMessages, readDocument } from '../../src/documents/index.js';
import { draftPart3 } from '../../src/draft/draft.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, lintMarkdown, type LintContext, type LintResult } from '../../src/lint/lint.js';
import { tempDir } from '../cli/helpers.js';
import { SEED_DATA, seedAccounts } from '../helpers.js';
import { all, docxParts, first, paragraphText, parseXml, type XmlNode } from './ooxml.js';

let markdown: string;
let docx: Uint8Array;
let ctx: LintContext;
beforeAll(() => {
  const accounts = seedAccounts();
  markdown = draftPart3(accounts);
  docx = markdownToDocx(markdown);
  ctx = createLintContext(buildFactCatalog(accounts));
});

const W = (name: string) => `w:${name}`;
const val = (node: XmlNode | undefined, attribute = 'w:val') => node?.attributes[attribute];

function style(styles: XmlNode, id: string): XmlNode {
  const found = all(styles, W('style')).find((s) => s.attributes['w:styleId'] === id);
  if (!found) throw new Error(`no style ${id}`);
  return found;
}

/** What the linter says of a .docx, placed at its paragraphs. */
async function lintDocx(bytes: Uint8Array): Promise<LintResult> {
  const read = await readDocument(bytes);
  if (read.kind !== 'extracted') throw new Error(read.kind);
  return placeMessages(lintMarkdown(read.text, ctx, { filePath: 'part3.docx' }), read.text, read.origin);
}

/** Findings without their positions, which differ in kind (line and column, paragraph). */
const findings = (r: LintResult) => r.messages.map(({ ruleId, severity, message, expected, actual }) => ({ ruleId, severity, message, expected, actual }));

function withDocumentXml(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files['word/document.xml'] = strToU8(edit(docxParts(bytes)['word/document.xml']!));
  return zipSync(files);
}

describe('juesuan draft --format docx', () => {
  it('is a package of well-formed parts, each named in [Content_Types].xml and reached by a relationship', () => {
    const parts = docxParts(docx);
    for (const [name, xml] of Object.entries(parts)) expect(() => parseXml(xml), name).not.toThrow();
    const types = parseXml(parts['[Content_Types].xml']!);
    const overridden = all(types, 'Override').map((o) => o.attributes.PartName!.slice(1));
    expect(overridden.sort()).toEqual(Object.keys(parts).filter((n) => !n.endsWith('.rels') && n !== '[Content_Types].xml').sort());
    const targets = all(parseXml(parts['word/_rels/document.xml.rels']!), 'Relationship').map((r) => `word/${r.attributes.Target}`);
    for (const target of targets) expect(parts[target], target).toBeDefined();
    const rels = all(parseXml(parts['_rels/.rels']!), 'Relationship').map((r) => r.attributes.Target!);
    expect(rels).toContain('word/document.xml');
    // The same draft gives the same bytes.
    expect(Buffer.from(markdownToDocx(markdown)).equals(Buffer.from(docx))).toBe(true);
  });

  it('has the typography of official documents (GB/T 9704): A4, its margins, 小标宋 title, 黑体/楷体/仿宋 headings, 仿宋 body on 28-pt lines', () => {
    const parts = docxParts(docx);
    const styles = parseXml(parts['word/styles.xml']!);
    const fontOf = (s: XmlNode) => first(s, W('rFonts'))!.attributes;
    const sizeOf = (s: XmlNode) => Number(val(first(s, W('sz'))) ?? val(first(first(styles, W('docDefaults'))!, W('sz'))));
    const outline = (s: XmlNode) => val(first(s, W('outlineLvl')));

    const title = style(styles, 'Title');
    expect(fontOf(title)).toMatchObject({ 'w:eastAsia': '方正小标宋简体', 'w:ascii': '方正小标宋简体' });
    expect([sizeOf(title), val(first(title, W('jc')))]).toEqual([44, 'center']); // 二号, centred
    const headings = ['Heading1', 'Heading2', 'Heading3'].map((id) => style(styles, id));
    expect(headings.map((h) => [fontOf(h)['w:eastAsia'], sizeOf(h), outline(h), first(h, W('b')) !== undefined]))
      // All bold: GB/T 9704 tells the levels apart by face alone, lost where the faces are missing (docx-headings.test.ts).
      .toEqual([['黑体', 32, '0', true], ['楷体_GB2312', 32, '1', true], ['仿宋_GB2312', 32, '2', true]]);
    expect(headings.map((h) => val(first(h, W('name'))))).toEqual(['heading 1', 'heading 2', 'heading 3']);
    const normal = style(styles, 'Normal');
    expect([fontOf(normal)['w:eastAsia'], sizeOf(normal)]).toEqual(['仿宋_GB2312', 32]); // 三号
    expect(first(normal, W('ind'))!.attributes['w:firstLineChars']).toBe('200');
    expect(first(first(styles, W('pPrDefault'))!, W('spacing'))!.attributes).toMatchObject({ 'w:line': '560', 'w:lineRule': 'exact' });
    // Every font named for Chinese text too; none embedded.
    for (const f of all(styles, W('rFonts'))) expect(Object.keys(f.attributes).sort()).toEqual(['w:ascii', 'w:cs', 'w:eastAsia', 'w:hAnsi']);
    expect(Object.keys(parts).filter((n) => n.startsWith('word/fonts/'))).toEqual([]);
    expect(parts['word/fontTable.xml']).not.toMatch(/embed/iu);
    expect(all(parseXml(parts['word/fontTable.xml']!), W('font')).map((f) => f.attributes['w:name'])).toEqual(expect.arrayContaining(['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312']));

    const section = first(parseXml(parts['word/document.xml']!), W('sectPr'))!;
    expect(first(section, W('pgSz'))!.attributes).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    // 37, 35, 28, 26 mm in twentieths of a point
    expect(first(section, W('pgMar'))!.attributes).toMatchObject({ 'w:top': '2098', 'w:bottom': '1984', 'w:left': '1587', 'w:right': '1474' });
  });

  it('writes the properties in the order of the schema, which Word insists on (ECMA-376 Part 1, WordprocessingML)', () => {
    const order: Record<string, string[]> = {
      'w:pPr': ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'widowControl', 'numPr', 'spacing', 'ind', 'jc', 'outlineLvl'],
      'w:rPr': ['rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'strike', 'color', 'kern', 'sz', 'szCs', 'u', 'lang'],
      'w:style': ['name', 'basedOn', 'next', 'uiPriority', 'semiHidden', 'qFormat', 'pPr', 'rPr', 'tblPr'],
      'w:sectPr': ['footerReference', 'pgSz', 'pgMar', 'cols', 'docGrid'],
      'w:tblPr': ['tblStyle', 'tblW', 'tblInd', 'tblBorders', 'tblCellMar', 'tblLook'],
    };
    const parts = docxParts(markdownToDocx(`${markdown}\n| 项目 | 金额 |\n| --- | --- |\n| **合计** | *1* ~~2~~ |\n`));
    for (const part of ['word/styles.xml', 'word/document.xml', 'word/footer1.xml']) {
      for (const [element, sequence] of Object.entries(order)) {
        for (const node of all(parseXml(parts[part]!), element)) {
          const names = node.children.map((c) => c.name.replace(/^w:/u, ''));
          for (const name of names) expect(sequence, `${part} ${element} ${name}`).toContain(name);
          expect(names, `${part} ${element}`).toEqual([...names].sort((a, b) => sequence.indexOf(a) - sequence.indexOf(b)));
        }
      }
    }
  });

  it('says what the Markdown says, paragraph by paragraph, headings as Word heading styles at the Markdown depth', () => {
    const body = first(parseXml(docxParts(docx)['word/document.xml']!), W('body'))!;
    const paragraphs = all(body, W('p')).map((p) => ({ style: val(first(p, W('pStyle'))), text: paragraphText(p) }));
    const depthStyle = ['', 'Title', 'Heading1', 'Heading2', 'Heading3'];
    const expected = markdown.split('\n').filter((line) => line !== '').map((line) => {
      const heading = /^(#+) (.*)$/u.exec(line);
      if (heading) return { style: depthStyle[heading[1]!.length], text: heading[2] };
      // A bullet is Markdown's, not the document's; an escaped * is a *.
      return { style: undefined, text: line.replace(/^- /u, '').replace(/\\\*/gu, '*') };
    });
    expect(paragraphs).toEqual(expected);
    expect(paragraphs.filter((p) => p.style === 'Heading1')).toHaveLength(13);
  });

  it('reads back, for the linter, as the Markdown it came from: the same headings at the same depths', () => {
    const text = extractDocx(docx).text;
    expect(text).toBe(markdown.replace(/^- /gmu, '').replace(/\\\*/gu, '*'));
  });

  it('lints exactly as the Markdown draft does: the same findings, the same figures verified', async () => {
    const fromMarkdown = lintMarkdown(markdown, ctx, { filePath: 'part3.md' });
    const fromWord = await lintDocx(docx);
    expect(findings(fromWord)).toEqual(findings(fromMarkdown));
    expect([fromWord.verifiedCount, fromWord.unverifiedCount]).toEqual([fromMarkdown.verifiedCount, fromMarkdown.unverifiedCount]);
    expect(fromWord.verifiedCount).toBeGreaterThan(150);
  });

  it('with one figure changed in Word, lints as the Markdown with that change: one more error, on that paragraph', async () => {
    const sentence = '其中：基本支出 3,153.47 万元，占 72.66%';
    const changed = sentence.replace('3,153.47', '3,135.47');
    expect(markdown.split(sentence)).toHaveLength(2);
    const fromMarkdown = lintMarkdown(markdown.replace(sentence, changed), ctx, { filePath: 'part3.md' });
    const edited = withDocumentXml(docx, (xml) => xml.replace(sentence, changed));
    const fromWord = await lintDocx(edited);
    expect(findings(fromWord)).toEqual(findings(fromMarkdown));
    expect(fromWord.verifiedCount).toBe(fromMarkdown.verifiedCount);
    const body = first(parseXml(docxParts(edited)['word/document.xml']!), W('body'))!;
    const paragraph = all(body, W('p')).findIndex((p) => paragraphText(p).includes(changed)) + 1;
    const wrong = fromWord.messages.filter((m) => m.actual === '3,135.47');
    expect(wrong).toMatchObject([{ ruleId: 'amount-mismatch', severity: 2, paragraph, excerpt: expect.stringContaining(changed) }]);
    expect(fromWord.errorCount).toBe(lintMarkdown(markdown, ctx).errorCount + 1);
  });

  it('maps tables, emphasis and numbered lists; a numbered item keeps its number as written', () => {
    const bytes = markdownToDocx('# 标题\n\n| 项目 | 金额 |\n| --- | --- |\n| 合计 | **1** & <2> |\n\n1. 甲 *乙*\n2) 丙\n\n- 丁\n');
    const body = first(parseXml(docxParts(bytes)['word/document.xml']!), W('body'))!;
    const rows = all(first(body, W('tbl'))!, W('tr')).map((tr) => all(tr, W('tc')).map(paragraphText));
    expect(rows).toEqual([['项目', '金额'], ['合计', '1 & <2>']]);
    const headerRuns = all(all(body, W('tr'))[0]!, W('r'));
    expect(headerRuns.every((r) => first(r, W('b')) !== undefined)).toBe(true);
    const after = all(body, W('p')).filter((p) => !all(body, W('tc')).some((tc) => all(tc, W('p')).includes(p)));
    expect(after.map(paragraphText)).toEqual(['标题', '1. 甲 乙', '2) 丙', '丁']);
    const italic = all(after[1]!, W('r')).find((r) => paragraphText(r) === '乙');
    expect(first(italic!, W('i'))).toBeDefined();
  });
});

describe('juesuan draft --format docx without -o', () => {
  const tty = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
  const setTTY = (value: boolean) => Object.defineProperty(process.stdout, 'isTTY', { value, configurable: true, writable: true });
  afterEach(() => {
    vi.restoreAllMocks();
    if (tty) Object.defineProperty(process.stdout, 'isTTY', tty);
    else delete (process.stdout as { isTTY?: boolean }).isTTY;
  });

  it('refuses to write the binary file to a terminal (exit 2, the way to do it said)', async () => {
    setTTY(true);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runDraftCommand(SEED_DATA, { format: 'docx' })).toBe(2);
    expect(out).not.toHaveBeenCalled();
    expect(String(err.mock.calls[0]?.[0])).toContain('不能输出到终端：请用 -o 指定文件');
  });

  it('writes the .docx to standard output when it is a pipe or a file', async () => {
    setTTY(false);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await runDraftCommand(SEED_DATA, { format: 'docx' })).toBe(0);
    expect(Buffer.from(out.mock.calls[0]![0] as Uint8Array).equals(Buffer.from(docx))).toBe(true);
  });
});

/** LibreOffice and a Chinese font, where installed (apt-get install libreoffice-writer-nogui fonts-wqy-microhei); CI has neither. */
const office = spawnSync('libreoffice', ['--version'], { encoding: 'utf8' }).status === 0
  && (spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout ?? '').trim() !== '';

describe.skipIf(!office)('the Word draft in another office suite (local only: LibreOffice)', () => {
  it('opens in LibreOffice and prints to a PDF that lints as the Markdown draft does', async () => {
    const dir = tempDir('juesuan-office-');
    writeFileSync(join(dir, 'part3.docx'), docx);
    const run = spawnSync('libreoffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'part3.docx')], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const read = await readDocument(readFileSync(join(dir, 'part3.pdf')));
    if (read.kind !== 'extracted' || read.origin.kind !== 'pdf') throw new Error(read.kind);
    const fromPdf = lintMarkdown(read.text, ctx);
    const fromMarkdown = lintMarkdown(markdown, ctx);
    expect(findings(fromPdf)).toEqual(findings(fromMarkdown));
    expect(fromPdf.verifiedCount).toBe(fromMarkdown.verifiedCount);
  }, 150_000);
});
