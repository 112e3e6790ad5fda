import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWordXml } from '../../src/documents/docx.js';
import { fixDocx, planEdit, rewriteRuns, tracksRevisions, type RunEdits } from '../../src/documents/docx-fix.js';
import { markdownToDocx } from '../../src/documents/docx-writer.js';
import { draftPart3 } from '../../src/draft/draft.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, type LintContext } from '../../src/lint/lint.js';
import { juesuan, SEED_DATA, tempDir } from '../cli/helpers.js';
import { seedAccounts } from '../helpers.js';
import { all, docxParts, first, parseXml } from './ooxml.js';

let docx: Uint8Array;
let ctx: LintContext;
beforeAll(() => {
  const accounts = seedAccounts();
  docx = markdownToDocx(draftPart3(accounts));
  ctx = createLintContext(buildFactCatalog(accounts));
});

/**
 * The draft with wrong figures typed into Word: 3,153.74 whose wrong digits are split over two
 * runs, 1,186.86 over three runs formatted differently, 4,211.15 with a character reference.
 */
function wrongDocx(): Uint8Array {
  const files = unzipSync(docx);
  let xml = docxParts(docx)['word/document.xml']!;
  const once = (from: string, to: string) => {
    expect(xml.split(from), from).toHaveLength(2);
    xml = xml.replace(from, to);
  };
  once('其中：基本支出 3,153.47 万元', '其中：基本支出 3,153.7</w:t></w:r><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>4 万元');
  once('项目支出 1,186.68 万元，占 27.34%', '项目支出 1,1</w:t></w:r><w:r><w:rPr><w:b/><w:color w:val="FF0000"/></w:rPr><w:t>86.</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>86 万元，占 27.34%');
  once('财政拨款支出 4,211.05 万元，占本年', '财政拨款支出 4,211&#46;15 万元，占本年');
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files);
}

const textOf = (bytes: Uint8Array) => readWordXml(docxParts(bytes)['word/document.xml']!, docxParts(bytes)['word/styles.xml']).text;
/** Each run's properties, in order. */
const runProperties = (bytes: Uint8Array) => all(first(parseXml(docxParts(bytes)['word/document.xml']!), 'w:body')!, 'w:r')
  .map((r) => JSON.stringify(first(r, 'w:rPr') ?? null));

/** The package with Track Changes turned on (or off, by its w:val) in word/settings.xml. */
function withTrackChanges(bytes: Uint8Array, element = '<w:trackRevisions/>'): Uint8Array {
  const files = unzipSync(bytes);
  files['word/settings.xml'] = strToU8(docxParts(bytes)['word/settings.xml']!.replace('<w:defaultTabStop', `${element}<w:defaultTabStop`));
  return zipSync(files);
}

/** The text a writer sees after rejecting every revision: no insertion, each deletion's text back. */
const rejected = (xml: string) => xml.replace(/<w:ins [^>]*>[\s\S]*?<\/w:ins>/gu, '').replace(/<\/?w:del(?: [^>]*)?>/gu, '').replace(/<(\/?)w:delText/gu, '<$1w:t');

describe('lint --fix on a Word file with Track Changes on', () => {
  const at = new Date('2025-03-01T08:30:00.250Z');

  it('writes each fix as a tracked revision by juesuan: the old characters in a w:del, the new in a w:ins, with the run\'s formatting', () => {
    const wrong = withTrackChanges(wrongDocx());
    const { output, count, unfixable } = fixDocx(wrong, ctx, { filePath: 'part3.docx' }, 10, at);
    expect([count, unfixable]).toEqual([3, []]);
    const xml = docxParts(output)['word/document.xml']!;
    const revision = (kind: string, id: number) => `<w:${kind} w:id="${id}" w:author="juesuan" w:date="2025-03-01T08:30:00Z">`;
    // 3,153.7|4 (the 4 underlined in a run of its own): 74 → 47 is a 4 inserted before the 7, in its run's formatting, and the underlined 4 deleted
    expect(xml).toContain(`基本支出 3,153.</w:t></w:r>${revision('ins', 1)}<w:r><w:t xml:space="preserve">4</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">7</w:t></w:r>`
      + `${revision('del', 2)}<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:delText xml:space="preserve">4</w:delText></w:r></w:del><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve"> 万元`);
    // 1,1|86.|86 (bold red, then italic): only the last run's 86 → 68, in italics
    expect(xml).toContain(`<w:t>86.</w:t></w:r>${revision('del', 3)}<w:r><w:rPr><w:i/></w:rPr><w:delText xml:space="preserve">86</w:delText></w:r></w:del>${revision('ins', 4)}<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">68</w:t></w:r></w:ins>`);
    // a character reference stays one character: &#46;15 → &#46;05
    expect(xml).toContain(`4,211&#46;</w:t></w:r>${revision('del', 5)}<w:r><w:delText xml:space="preserve">1</w:delText></w:r></w:del>${revision('ins', 6)}<w:r><w:t xml:space="preserve">0</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">5 万元`);
    expect(() => parseXml(xml)).not.toThrow();
    // Accepted, the draft word for word; rejected, the document as it was.
    expect(textOf(output)).toBe(textOf(docx));
    expect(readWordXml(rejected(xml), docxParts(output)['word/styles.xml']).text).toBe(textOf(wrong));
    const before = unzipSync(wrong);
    const after = unzipSync(output);
    for (const name of Object.keys(before)) {
      if (name !== 'word/document.xml') expect(Buffer.from(after[name]!).equals(Buffer.from(before[name]!)), name).toBe(true);
    }
  });

  it('numbers its revisions after every w:id the document already has', () => {
    const files = unzipSync(withTrackChanges(wrongDocx()));
    files['word/document.xml'] = strToU8(docxParts(zipSync(files))['word/document.xml']!.replace('<w:body>', '<w:body><w:bookmarkStart w:id="41" w:name="a"/><w:bookmarkEnd w:id="41"/>'));
    const xml = docxParts(fixDocx(zipSync(files), ctx, {}, 10, at).output)['word/document.xml']!;
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/gu)].map((m) => Number(m[1]));
    expect(ids).toHaveLength(new Set(ids).size);
    expect(Math.min(...ids)).toBe(42);
  });

  it('says so: the result is marked tracked, and the command line tells the writer to review the revisions in Word', () => {
    expect(fixDocx(withTrackChanges(wrongDocx()), ctx, {}, 10, at).tracked).toBe(true);
    expect(fixDocx(wrongDocx(), ctx, {}, 10, at).tracked).toBeUndefined();
    const file = join(tempDir('juesuan-docx-tracked-'), '说明.docx');
    writeFileSync(file, withTrackChanges(wrongDocx()));
    expect(juesuan(['lint', file, '--data', SEED_DATA, '--fix']).stderr)
      .toContain(`已修正 ${file}：3 处（文档开启了修订，改动已写为修订，请在 Word 或 WPS 中审阅：接受或拒绝）`);
  });

  it('fixes nothing where settings.xml breaks off (Track Changes on or off cannot be told), saying where; the lint stands', () => {
    const files = unzipSync(wrongDocx());
    const settings = docxParts(wrongDocx())['word/settings.xml']!;
    files['word/settings.xml'] = strToU8(settings.slice(0, settings.length >> 1));
    const cut = zipSync(files);
    const fixed = fixDocx(cut, ctx, {}, 10, at);
    expect([fixed.count, Buffer.from(fixed.output).equals(Buffer.from(cut))]).toEqual([0, true]);
    expect(fixed.notice).toMatch(/^设置 word\/settings\.xml 不是完整的 XML（第 \d+ 行第 [\d,]+ 列，.+），无法确定是否开启了修订，未修正$/u);
    expect(fixed.result.messages.filter((m) => m.fix === undefined && m.severity === 2).map((m) => m.ruleId)).toContain('amount-mismatch');
    // A document with nothing to fix needs no settings: no word of them.
    const right = unzipSync(docx);
    right['word/settings.xml'] = files['word/settings.xml']!;
    expect(fixDocx(zipSync(right), ctx, {}, 10, at).notice).toBeUndefined();
  });

  it('is off when settings.xml turns it off, or says nothing of it: the runs are rewritten in place', () => {
    expect(tracksRevisions('<w:settings><w:trackRevisions/></w:settings>')).toBe(true);
    expect(tracksRevisions('<w:settings><w:trackRevisions w:val="true"/></w:settings>')).toBe(true);
    expect(tracksRevisions('<w:settings><w:trackRevisions w:val="false"/></w:settings>')).toBe(false);
    expect(tracksRevisions('<w:settings><w:trackRevisions w:val="0"/></w:settings>')).toBe(false);
    expect(tracksRevisions('<w:settings><w:defaultTabStop w:val="420"/></w:settings>')).toBe(false);
    const off = fixDocx(withTrackChanges(wrongDocx(), '<w:trackRevisions w:val="false"/>'), ctx, {}, 10, at);
    expect(docxParts(off.output)['word/document.xml']).not.toMatch(/<w:(?:ins|del) /u);
    expect(textOf(off.output)).toBe(textOf(docx));
  });
});

describe('lint --fix on a Word file', () => {
  it('rewrites each wrong figure in the runs that hold it, keeping their formatting and every other part', () => {
    const wrong = wrongDocx();
    const { output, count, result, unfixable } = fixDocx(wrong, ctx, { filePath: 'part3.docx' });
    expect(count).toBe(3);
    expect(unfixable).toEqual([]);
    // What is left is the seed's own contradiction, on its paragraph.
    expect(result.messages.map((m) => [m.ruleId, m.paragraph])).toEqual([['subset-exceeds-superset', 66]]);
    // Word for word the draft again; the runs and their properties as they were.
    expect(textOf(output)).toBe(textOf(docx));
    expect(runProperties(output)).toEqual(runProperties(wrong));
    const xml = docxParts(output)['word/document.xml']!;
    // Only what changes is rewritten: the new text in the first run of it, the rest taken out of the others.
    expect(xml).toContain('基本支出 3,153.47</w:t></w:r><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve"> 万元');
    expect(xml).toContain('项目支出 1,1</w:t></w:r><w:r><w:rPr><w:b/><w:color w:val="FF0000"/></w:rPr><w:t>86.</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>68 万元');
    expect(xml).toContain('财政拨款支出 4,211&#46;05 万元');
    expect(() => parseXml(xml)).not.toThrow();
    const before = unzipSync(wrong);
    const after = unzipSync(output);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name !== 'word/document.xml') expect(Buffer.from(after[name]!).equals(Buffer.from(before[name]!)), name).toBe(true);
    }
  });

  it('fixes nothing in a package with a part it cannot unzip, and says why; the findings are still reported', () => {
    const bytes = Buffer.from(wrongDocx());
    // docProps/app.xml said to be compressed by a method (99, AES) no reader here knows, in both its headers
    const name = Buffer.from('docProps/app.xml');
    for (const [signature, method, nameAt] of [[0x04034b50, 8, 30], [0x02014b50, 10, 46]] as const) {
      for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        if (bytes.readUInt32LE(at - nameAt) === signature) bytes.writeUInt16LE(99, at - nameAt + method);
      }
    }
    const { output, count, result, notice } = fixDocx(bytes, ctx);
    expect([count, output]).toEqual([0, bytes]);
    expect(notice).toMatch(/^文件中有无法解压的部分（.+），不能改写，未修正$/u);
    expect(result.errorCount).toBe(4);
  });

  it('leaves a figure alone when one of its characters is in no w:t, and says so', () => {
    const word = readWordXml('<w:body><w:p><w:r><w:t>合计 4,3</w:t><w:tab/><w:t>40.16 万元</w:t></w:r></w:p></w:body>', undefined);
    expect(word.text).toBe('合计 4,3\t40.16 万元\n');
    const edits: RunEdits = new Map();
    expect(planEdit(word, [3, 11], '4,340.17', edits)).toBe(false);
    expect(edits.size).toBe(0);
    expect(planEdit(word, [7, 12], '40.17', edits)).toBe(true);
    expect(rewriteRuns('<w:body><w:p><w:r><w:t>合计 4,3</w:t><w:tab/><w:t>40.16 万元</w:t></w:r></w:p></w:body>', word.runs, edits))
      .toBe('<w:body><w:p><w:r><w:t>合计 4,3</w:t><w:tab/><w:t>40.17 万元</w:t></w:r></w:p></w:body>');
  });

  it('from the command line: writes the fix atomically, keeping the mode, never over a read-only file; --fix-dry-run shows the diff of the text', () => {
    const dir = tempDir('juesuan-docx-fix-');
    const file = join(dir, '说明.docx');
    const draft = juesuan(['draft', SEED_DATA, '-o', join(dir, 'draft.docx')]);
    expect(draft.stderr).toContain('已生成第三部分草稿（Word）');
    expect(readFileSync(join(dir, 'draft.docx')).equals(Buffer.from(docx))).toBe(true);
    writeFileSync(file, wrongDocx());
    const dry = juesuan(['lint', file, '--data', SEED_DATA, '--fix-dry-run']);
    expect(dry.stdout).toContain('-2024 年度一般公共预算财政拨款支出 4,211.15 万元');
    expect(dry.stdout).toContain('+2024 年度一般公共预算财政拨款支出 4,211.05 万元');
    chmodSync(file, 0o444);
    const readOnly = juesuan(['lint', file, '--data', SEED_DATA, '--fix']);
    expect([readOnly.status, readOnly.stderr]).toEqual([2, expect.stringContaining('文件是只读的')]);
    chmodSync(file, 0o640);
    const fixed = juesuan(['lint', file, '--data', SEED_DATA, '--fix']);
    expect(fixed.stderr).toContain(`已修正 ${file}：3 处`);
    expect(fixed.status).toBe(1);
    expect(fixed.stdout).toMatch(/第 66 段\s+error/u);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(textOf(readFileSync(file))).toBe(textOf(docx));
    expect(juesuan(['lint', file, '--data', SEED_DATA]).stdout).toContain('1 个问题');
  });
});
