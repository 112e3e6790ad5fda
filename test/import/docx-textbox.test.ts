/**
 * Word tables inside text boxes (blind 15R d10-txbx-compat): a box's content (`<w:txbxContent>`) is read as
 * blocks of its own after the paragraph holding the box — its table a table. Word writes a DrawingML box twice,
 * the VML copy in `<mc:Fallback>`: one copy is read, never both.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDocx as docx, wordPara as para, wordTable as table } from '../word-xml.js';
import { docxLines, importDocx } from '../../src/import/index.js';
import { extractDocx } from '../../src/documents/docx.js';

/** A paragraph holding a VML text box (compatibility mode) of these blocks. */
const vmlBox = (...blocks: string[]) => `<w:p><w:r><w:pict><v:shape id="tb" type="#_x0000_t202"><v:textbox><w:txbxContent>${blocks.join('')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
/** A paragraph holding a DrawingML text box of these blocks, with Word's VML copy as the fallback. */
const drawingBox = (...blocks: string[]) => '<w:p><w:r><mc:AlternateContent>'
  + `<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${blocks.join('')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`
  + `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${blocks.join('')}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>`
  + '</mc:AlternateContent></w:r></w:p>';

const T01 = table([
  [{ text: '收入', span: 2 }, { text: '支出', span: 2 }],
  ['项目', '决算数', '项目', '决算数'],
  ['一、一般公共预算财政拨款收入', '30.00', '一、一般公共服务支出', '30.00'],
  ['本年收入合计', '30.00', '本年支出合计', '30.00'],
]);
const T01_READ = { 收入: { 一般公共预算财政拨款收入: '30.00', 本年收入合计: '30.00' }, 支出: { 一般公共服务支出: '30.00', 本年支出合计: '30.00' } };
const HEAD = [para('某某局 2024 年度部门决算'), para('收入支出决算总表'), para('单位：万元')];

describe('juesuan import: a table in a Word text box', () => {
  it('reads a table in a VML text box (compatibility mode) as the same table outside one', () => {
    const boxed = importDocx(docx(...HEAD, vmlBox(T01), para('注：本表反映部门收支总体情况。')), 'x.docx').imported;
    const plain = importDocx(docx(...HEAD, T01, para('注：本表反映部门收支总体情况。')), 'x.docx').imported;
    expect(boxed.tables['公开01表']).toEqual(T01_READ);
    expect(boxed.tables['公开01表']).toEqual(plain.tables['公开01表']);
    expect(boxed.unreliable?.map((p) => p.reason)).toEqual(plain.unreliable?.map((p) => p.reason));
  });

  it('reads a DrawingML box once: its VML fallback copy is not read a second time', () => {
    const lines = docxLines(docx(...HEAD, drawingBox(T01)));
    expect(lines.filter((l) => l.cells.some((c) => c.text === '本年收入合计'))).toHaveLength(1);
    expect(importDocx(docx(...HEAD, drawingBox(T01)), 'x.docx').imported.tables['公开01表']).toEqual(T01_READ);
  });

  it('reads the paragraphs of a box in order, after the words of the paragraph holding it, once', () => {
    const xml = docx(para('前文'), drawingBox(para('框中第一段'), para('框中第二段')), para('后文'));
    expect(extractDocx(xml).text.split('\n\n').map((s) => s.trim())).toEqual(['前文', '框中第一段', '框中第二段', '后文']);
  });

  it('a fallback whose choice holds no text box (a picture) is read as before: its box is the only copy', () => {
    const picture = '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><pic:pic/></w:drawing></mc:Choice>'
      + `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${para('只在备用图形中')}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(extractDocx(docx(para('前文'), picture)).text).toContain('只在备用图形中');
  });
});

describe('property: boxing blocks changes nothing the importer reads but their order', () => {
  const text = fc.stringMatching(/^[一二三收入支出合计0-9.]{1,6}$/u);
  const block = fc.oneof(
    text.map((t) => ({ xml: para(t), cells: [[t]] })),
    fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((rows) => ({ xml: table(rows), cells: rows })),
  );
  it('each block, boxed (VML or DrawingML with its fallback) or not, gives the same rows of cells', () => {
    fc.assert(fc.property(fc.array(fc.record({ b: block, box: fc.constantFrom('none', 'vml', 'drawing') }), { minLength: 1, maxLength: 5 }), (blocks) => {
      const xml = blocks.map(({ b, box }) => (box === 'vml' ? vmlBox(b.xml) : box === 'drawing' ? drawingBox(b.xml) : b.xml));
      const rows = docxLines(docx(...xml)).map((l) => l.cells.map((c) => c.text)).filter((r) => r.some((t) => t !== ''));
      expect(rows).toEqual(blocks.flatMap(({ b }) => b.cells));
    }), { numRuns: 200 });
  });
});
