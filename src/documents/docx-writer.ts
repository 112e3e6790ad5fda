/**
 * The draft as a Word document: the Markdown the drafter renders, parsed with
 * remark (the linter's parser, so both read the same tree), mapped block by
 * block to WordprocessingML and zipped with fflate. One source: the .docx
 * says word for word what the Markdown says.
 *
 * Typography of official documents (GB/T 9704-2012): A4, margins top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm; the title in 方正小标宋简体 二号,
 * centred; headings 黑体 三号 (level 1), 楷体_GB2312 三号 (level 2),
 * 仿宋_GB2312 三号 bold (level 3); body 仿宋_GB2312 三号, exact 28-pt lines
 * (22 lines a page), first lines indented two characters; page numbers
 * “— 1 —” in 宋体 四号. The fonts are named (w:rFonts, eastAsia included, and
 * the font table with their common substitutes), not embedded.
 *
 * The standard tells the title and the heading levels apart by face alone, and
 * the faces are often missing: Word on Windows has no 方正小标宋简体 or _GB2312
 * fonts (it substitutes a regular 宋体), a Mac, Linux or LibreOffice machine none
 * of them; every heading then fell back to the body's face and weight. So the
 * title and the 一、 and （一） headings are bold as well (HEADING_WEIGHT): with
 * the official fonts they print a little heavier than the standard asks, without
 * them they still stand out (test/documents/docx-headings.test.ts renders them
 * with only Noto CJK installed).
 *
 * Heading levels are Word's own styles (Title, Heading1–3 with outline levels
 * 0–2), so the navigation pane lists them and docx.ts reads them back at the
 * depth the Markdown had: # → Title, ## → Heading1, ### → Heading2, #### and
 * deeper → Heading3.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { gfmWithoutAutolinkLiterals } from '../lint/gfm.js';
import { maxOf } from '../util/arrays.js';

/** The part of an mdast node this module reads. */
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  alt?: string | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const SIZE = { erhao: 44, sanhao: 32, sihao: 28 } as const;
/** Twentieths of a point: one 28-pt line, two 三号 characters. */
const LINE_28PT = 560;
const TWO_CHARS = 640;
const mm = (n: number) => Math.round((n / 25.4) * 1440);

const FONTS = {
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
  pageNumber: '宋体',
} as const;
/** Bold: the title and heading levels stay visible when their faces are missing (see the module comment). */
const HEADING_WEIGHT = '<w:b/><w:bCs/>';

/** What Word or WPS uses when a font is not installed. */
const FONT_SUBSTITUTES: Record<string, string> = {
  方正小标宋简体: '宋体',
  楷体_GB2312: '楷体',
  仿宋_GB2312: '仿宋',
};

/** A picture the Markdown links (![alt](link "title")), to embed in its place. */
export interface DocxImage {
  svg: string;
  /** the same picture as PNG: what Word before 2016, WPS and LibreOffice show when they do not draw the SVG */
  png: Uint8Array;
  /** its size in px (96 dpi); it is scaled down to the text width */
  width: number;
  height: number;
  /** 图1 收、支决算总计变动情况: written under the picture, its number a SEQ field as Word's 题注 is */
  caption: string;
}

export interface DocxOptions {
  /** core property dc:title; the first level-1 heading by default */
  title?: string;
  /** pictures by the link the Markdown gives them; a paragraph that is only such a picture becomes the picture and its caption */
  images?: ReadonlyMap<string, DocxImage>;
}

/** The Markdown draft as the bytes of a .docx file. */
export function markdownToDocx(markdown: string, options: DocxOptions = {}): Uint8Array {
  const tree = unified().use(remarkParse).use(gfmWithoutAutolinkLiterals).parse(markdown) as MdNode;
  const writer = new BodyWriter(markdown, options.images ?? new Map());
  for (const node of tree.children ?? []) writer.block(node);
  const title = options.title ?? writer.firstTitle ?? '';
  const files: Zippable = {
    '[Content_Types].xml': strToU8(contentTypes(writer.media.length > 0)),
    '_rels/.rels': strToU8(PACKAGE_RELS),
    'docProps/core.xml': strToU8(coreProperties(title)),
    'docProps/app.xml': strToU8(APP_PROPERTIES),
    'word/document.xml': strToU8(documentXml(writer.body)),
    'word/styles.xml': strToU8(STYLES),
    'word/settings.xml': strToU8(SETTINGS),
    'word/fontTable.xml': strToU8(fontTable()),
    'word/footer1.xml': strToU8(FOOTER),
    'word/_rels/document.xml.rels': strToU8(documentRels(writer.media)),
  };
  for (const m of writer.media) files[`word/${m.target}`] = m.bytes;
  // A fixed time stamp: the same draft gives the same bytes.
  return zipSync(files, { level: 6, mtime: new Date(2000, 0, 1) });
}

export function escapeXmlText(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

function escapeAttribute(s: string): string {
  return escapeXmlText(s).replace(/"/gu, '&quot;');
}

/** A run of text: `<w:t>`, with xml:space="preserve" when spaces at its ends must survive. */
export function textElement(text: string): string {
  const preserve = /^\s|\s$/u.test(text) ? ' xml:space="preserve"' : '';
  return `<w:t${preserve}>${escapeXmlText(text)}</w:t>`;
}

interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
}

/** A file under word/media/, with its relationship id. */
interface MediaPart {
  id: string;
  target: string;
  bytes: Uint8Array;
}

/** EMU per px at 96 dpi, and the widest a picture may be: the 156-mm text block, less a margin. */
const EMU_PER_PX = 9525;
const MAX_PICTURE_EMU = Math.round((150 / 25.4) * 914400);

class BodyWriter {
  body = '';
  firstTitle: string | undefined;
  readonly media: MediaPart[] = [];
  private pictures = 0;

  constructor(private readonly source: string, private readonly images: ReadonlyMap<string, DocxImage>) {}

  block(node: MdNode): void {
    switch (node.type) {
      case 'heading': {
        const depth = node.depth ?? 1;
        const style = depth === 1 ? 'Title' : `Heading${Math.min(depth - 1, 3)}`;
        if (depth === 1 && this.firstTitle === undefined) this.firstTitle = plainText(node);
        this.paragraph(style, this.runs(node.children ?? [], {}));
        return;
      }
      case 'paragraph': {
        const image = this.onlyImage(node);
        if (image) this.picture(image.node, image.image);
        else this.paragraph(undefined, this.runs(node.children ?? [], {}));
        return;
      }
      case 'list':
        for (const item of node.children ?? []) this.listItem(item, Boolean(node.ordered));
        return;
      case 'table':
        this.table(node);
        return;
      case 'code':
        for (const line of (node.value ?? '').split('\n')) this.paragraph('Plain', run(line, {}));
        return;
      // Front matter, link definitions, HTML (comments), rules: nothing a reader sees as text.
      case 'yaml':
      case 'toml':
      case 'definition':
      case 'html':
      case 'thematicBreak':
        return;
      default:
        // blockquote, footnote definitions: their blocks
        for (const child of node.children ?? []) this.block(child);
    }
  }

  /**
   * A list item's paragraphs. An ordered item keeps its number as written (1. or 1、 is part of
   * the text of these documents); a bullet is Markdown's, not the document's, and is left out.
   */
  private listItem(item: MdNode, ordered: boolean): void {
    const children = item.children ?? [];
    let marker = '';
    if (ordered && item.position?.start.offset !== undefined) {
      const written = /^\s*(\d{1,9}[.)])/u.exec(this.source.slice(item.position.start.offset, item.position.start.offset + 16));
      if (written) marker = `${written[1]} `;
    }
    children.forEach((child, k) => {
      if (k === 0 && child.type === 'paragraph' && marker) {
        this.paragraph(undefined, run(marker, {}) + this.runs(child.children ?? [], {}));
      } else if (k === 0 && marker) {
        this.paragraph(undefined, run(marker.trimEnd(), {}));
        this.block(child);
      } else {
        this.block(child);
      }
    });
    if (children.length === 0 && marker) this.paragraph(undefined, run(marker.trimEnd(), {}));
  }

  /** A paragraph that is one picture the options hold (spaces around it aside). */
  private onlyImage(node: MdNode): { node: MdNode; image: DocxImage } | undefined {
    const children = (node.children ?? []).filter((c) => !(c.type === 'text' && (c.value ?? '').trim() === ''));
    if (children.length !== 1 || children[0]!.type !== 'image') return undefined;
    const url = children[0]!.url ?? '';
    let decoded = url;
    try {
      decoded = decodeURI(url);
    } catch {
      // a malformed escape: the link as written
    }
    const image = this.images.get(decoded) ?? this.images.get(url);
    return image && { node: children[0]!, image };
  }

  /** The picture (PNG, with the SVG as Office 2016's svgBlip extension), centred, then its caption. */
  private picture(node: MdNode, image: DocxImage): void {
    const n = ++this.pictures;
    const png = { id: `rIdImage${n}`, target: `media/chart${n}.png`, bytes: image.png };
    const svg = { id: `rIdImage${n}Svg`, target: `media/chart${n}.svg`, bytes: strToU8(image.svg) };
    this.media.push(png, svg);
    const scale = Math.min(1, MAX_PICTURE_EMU / (image.width * EMU_PER_PX));
    const cx = Math.round(image.width * EMU_PER_PX * scale);
    const cy = Math.round(image.height * EMU_PER_PX * scale);
    const descr = escapeAttribute(node.alt ?? image.caption);
    const name = escapeAttribute(image.caption);
    const drawing = `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>`
      + `<wp:docPr id="${n}" name="${name}" descr="${descr}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>`
      + `<a:graphic><a:graphicData uri="${PIC}"><pic:pic><pic:nvPicPr><pic:cNvPr id="${n}" name="chart${n}.png" descr="${descr}"/><pic:cNvPicPr/></pic:nvPicPr>`
      + `<pic:blipFill><a:blip r:embed="${png.id}"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="${ASVG}" r:embed="${svg.id}"/></a:ext></a:extLst></a:blip>`
      + '<a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
      + `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`
      + '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
    this.paragraph('Figure', drawing);
    // 图1 …: "图" and the number as a SEQ field, so Word's 题注 and 图表目录 count it.
    const number = /^图(\d+)/u.exec(image.caption);
    const captionRuns = number
      ? run('图', {}) + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SEQ 图 \\* ARABIC </w:instrText></w:r>'
        + `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(number[1]!, {})}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
        + run(` ${image.caption.slice(number[0].length).trimStart()}`, {})
      : run(image.caption, {});
    this.paragraph('Caption', captionRuns);
  }

  private table(node: MdNode): void {
    const rows = node.children ?? [];
    const columns = maxOf(rows.map((r) => r.children?.length ?? 0), 1);
    let xml = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>';
    for (let c = 0; c < columns; c++) xml += `<w:gridCol w:w="${Math.floor(mm(156) / columns)}"/>`;
    xml += '</w:tblGrid>';
    rows.forEach((row, r) => {
      xml += r === 0 ? '<w:tr><w:trPr><w:tblHeader/></w:trPr>' : '<w:tr>';
      const cells = row.children ?? [];
      for (let c = 0; c < columns; c++) {
        const runs = this.runs(cells[c]?.children ?? [], r === 0 ? { bold: true } : {});
        xml += `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${paragraphXml('TableText', runs)}</w:tc>`;
      }
      xml += '</w:tr>';
    });
    this.body += xml + '</w:tbl>';
  }

  private paragraph(style: string | undefined, runs: string): void {
    this.body += paragraphXml(style, runs);
  }

  private runs(nodes: readonly MdNode[], style: RunStyle): string {
    let out = '';
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          out += run(node.value ?? '', style);
          break;
        case 'strong':
          out += this.runs(node.children ?? [], { ...style, bold: true });
          break;
        case 'emphasis':
          out += this.runs(node.children ?? [], { ...style, italic: true });
          break;
        case 'delete':
          out += this.runs(node.children ?? [], { ...style, strike: true });
          break;
        case 'break':
          out += '<w:r><w:br/></w:r>';
          break;
        case 'image':
        case 'imageReference':
          out += run(node.alt ?? '', style);
          break;
        case 'html':
        case 'footnoteReference':
          break;
        default:
          // links and the like: their text
          out += this.runs(node.children ?? [], style);
      }
    }
    return out;
  }
}

function plainText(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(plainText).join('');
}

function paragraphXml(style: string | undefined, runs: string): string {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs}</w:p>`;
}

/** A soft line break in the Markdown is a space in the paragraph, as a browser shows it. */
function run(text: string, style: RunStyle): string {
  if (text === '') return '';
  const props = (style.bold ? '<w:b/><w:bCs/>' : '') + (style.italic ? '<w:i/><w:iCs/>' : '') + (style.strike ? '<w:strike/>' : '');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${textElement(text.replace(/\r?\n/gu, ' '))}</w:r>`;
}

function fonts(name: string): string {
  return `<w:rFonts w:ascii="${name}" w:eastAsia="${name}" w:hAnsi="${name}" w:cs="${name}"/>`;
}

const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
const ASVG = 'http://schemas.microsoft.com/office/drawing/2016/SVG/main';

function documentXml(body: string): string {
  const section = '<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>'
    + '<w:pgSz w:w="11906" w:h="16838"/>'
    // The footer sits 7 mm below the text block, as GB/T 9704 places the page number.
    + `<w:pgMar w:top="${mm(37)}" w:right="${mm(26)}" w:bottom="${mm(35)}" w:left="${mm(28)}" w:header="851" w:footer="${mm(28) - mm(7)}" w:gutter="0"/>`
    + `<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="${LINE_28PT}"/></w:sectPr>`;
  return `${XML_HEAD}<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}" xmlns:a="${A}" xmlns:pic="${PIC}"><w:body>${body}${section}</w:body></w:document>`;
}

const contentTypes = (pictures: boolean) => `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + (pictures ? '<Default Extension="png" ContentType="image/png"/><Default Extension="svg" ContentType="image/svg+xml"/>' : '')
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
  + '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
  + '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
  + '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
  + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
  + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
  + '</Types>';

const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const PACKAGE_RELS = `${XML_HEAD}<Relationships xmlns="${RELS}">`
  + `<Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" Target="word/document.xml"/>`
  + `<Relationship Id="rId2" Type="${RELS}/metadata/core-properties" Target="docProps/core.xml"/>`
  + `<Relationship Id="rId3" Type="${OFFICE_RELS}/extended-properties" Target="docProps/app.xml"/>`
  + '</Relationships>';

const documentRels = (media: readonly MediaPart[]) => `${XML_HEAD}<Relationships xmlns="${RELS}">`
  + `<Relationship Id="rId1" Type="${OFFICE_RELS}/styles" Target="styles.xml"/>`
  + `<Relationship Id="rId2" Type="${OFFICE_RELS}/settings" Target="settings.xml"/>`
  + `<Relationship Id="rId3" Type="${OFFICE_RELS}/fontTable" Target="fontTable.xml"/>`
  + `<Relationship Id="rId4" Type="${OFFICE_RELS}/footer" Target="footer1.xml"/>`
  + media.map((m) => `<Relationship Id="${m.id}" Type="${OFFICE_RELS}/image" Target="${m.target}"/>`).join('')
  + '</Relationships>';

function coreProperties(title: string): string {
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">`
    + `<dc:title>${escapeXmlText(title)}</dc:title></cp:coreProperties>`;
}

const APP_PROPERTIES = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>juesuan</Application></Properties>`;

const SETTINGS = `${XML_HEAD}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>`
  + '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

/** Fonts by name, GB2312 character set, with the font Word or WPS falls back to. */
function fontTable(): string {
  const names = [...new Set(Object.values(FONTS))];
  const entries = names.map((name) => `<w:font w:name="${escapeAttribute(name)}">`
    + (FONT_SUBSTITUTES[name] ? `<w:altName w:val="${escapeAttribute(FONT_SUBSTITUTES[name])}"/>` : '')
    + '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>');
  return `${XML_HEAD}<w:fonts xmlns:w="${W}">${entries.join('')}</w:fonts>`;
}

// Word reads the children of w:pPr, w:rPr, w:style … in the order the schema gives them (ECMA-376 Part 1, WordprocessingML).
const exactLines = (twips: number) => `<w:spacing w:before="0" w:after="0" w:line="${twips}" w:lineRule="exact"/>`;
const noIndent = '<w:ind w:firstLineChars="0" w:firstLine="0"/>';

function paragraphStyle(id: string, name: string, pPr: string, rPr: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${extra}<w:qFormat/>`
    + `<w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
}

const STYLES = `${XML_HEAD}<w:styles xmlns:w="${W}">`
  + '<w:docDefaults><w:rPrDefault><w:rPr>'
  + `${fonts(FONTS.body)}<w:kern w:val="2"/><w:sz w:val="${SIZE.sanhao}"/><w:szCs w:val="${SIZE.sanhao}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`
  + '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
  + `<w:widowControl w:val="0"/>${exactLines(LINE_28PT)}<w:jc w:val="both"/>`
  + '</w:pPr></w:pPrDefault></w:docDefaults>'
  + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
  + `<w:pPr><w:ind w:firstLineChars="200" w:firstLine="${TWO_CHARS}"/></w:pPr><w:rPr>${fonts(FONTS.body)}<w:sz w:val="${SIZE.sanhao}"/><w:szCs w:val="${SIZE.sanhao}"/></w:rPr></w:style>`
  + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
  + paragraphStyle('Title', 'Title', `<w:spacing w:before="0" w:after="${LINE_28PT}" w:line="700" w:lineRule="exact"/>${noIndent}<w:jc w:val="center"/>`,
    `${fonts(FONTS.title)}${HEADING_WEIGHT}<w:sz w:val="${SIZE.erhao}"/><w:szCs w:val="${SIZE.erhao}"/>`)
  + paragraphStyle('Heading1', 'heading 1', `<w:keepNext/><w:outlineLvl w:val="0"/>`, `${fonts(FONTS.heading1)}${HEADING_WEIGHT}`, '<w:uiPriority w:val="9"/>')
  + paragraphStyle('Heading2', 'heading 2', `<w:keepNext/><w:outlineLvl w:val="1"/>`, `${fonts(FONTS.heading2)}${HEADING_WEIGHT}`, '<w:uiPriority w:val="9"/>')
  + paragraphStyle('Heading3', 'heading 3', `<w:keepNext/><w:outlineLvl w:val="2"/>`, `${fonts(FONTS.body)}<w:b/><w:bCs/>`, '<w:uiPriority w:val="9"/>')
  + paragraphStyle('TableText', 'Table Text', `${noIndent}<w:jc w:val="center"/>`, '')
  + paragraphStyle('Plain', 'Plain Text', noIndent, '')
  // A picture's paragraph: single line spacing, as an exact 28-pt line would crop the picture to one line.
  + paragraphStyle('Figure', 'Figure', `<w:keepNext/><w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/>${noIndent}<w:jc w:val="center"/>`, '')
  + paragraphStyle('Caption', 'caption', `<w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/>${noIndent}<w:jc w:val="center"/>`,
    `${fonts(FONTS.body)}<w:sz w:val="${SIZE.sihao}"/><w:szCs w:val="${SIZE.sihao}"/>`)
  + paragraphStyle('Footer', 'footer', `<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>${noIndent}<w:jc w:val="center"/>`,
    `${fonts(FONTS.pageNumber)}<w:sz w:val="${SIZE.sihao}"/><w:szCs w:val="${SIZE.sihao}"/>`)
  + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
  + '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
  + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
  + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('')
  + '</w:tblBorders></w:tblPr></w:style>'
  + '</w:styles>';

/** — PAGE —, centred. */
const FOOTER = `${XML_HEAD}<w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>`
  + '<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
  + '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
  + '<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>';
