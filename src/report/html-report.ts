/**
 * The HTML report: one self-contained page per document (styles, script, the
 * document itself and, for a PDF, pdf.js inside it; a Content-Security-Policy
 * that forbids every request to a server), and an index page for a folder.
 *
 * A PDF is shown as its pages, drawn by pdf.js in the page from a copy of the
 * PDF embedded in it: the reader sees the page as the department published
 * it (fonts, table rulings, seals), which neither positioned text nor page
 * images rasterised here could give without a native rasteriser; the cost is
 * about 0.5 MB of compressed pdf.js plus the PDF itself. The findings are
 * drawn over the words from the boxes of the extracted text (located.ts).
 * Markdown and Word are shown as the paragraphs, headings and tables the
 * linter read (extractBlocks), the findings marked on their characters here.
 *
 * Errors, warnings and unverified figures differ in mark, word and line style
 * (✖ 错误 solid, ▲ 警告 dashed, ？ 无法核对 dotted), not only in colour. Pure
 * functions: documents in, HTML out.
 */
import { extractBlocks, type TextBlock } from '../lint/extract.js';
import type { InputProblem } from './problems.js';
import { pageAssets, pdfjsAssets } from './html-assets.js';
import { findingText, ruleName, KIND_MARKS, KIND_NAMES, type LocatedCell, type LocatedDocument, type LocatedFinding } from './located.js';


/** No request leaves the page: scripts and styles are inline, pdf.js and its worker are unpacked into blob: URLs. */
const CSP = "default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; font-src data: blob:; connect-src data: blob:; base-uri 'none'; form-action 'none'";

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);
}

/** JSON inside a <script> element: nothing in it can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
}

export interface DocumentPageOptions {
  /** lint or review: what the title says */
  command: 'lint' | 'review';
  /** the PDF itself, for a PDF document */
  pdf?: Uint8Array;
  /** a link back to the folder's index */
  indexHref?: string;
  /** links offered beside the title: the annotated PDF, the fixed file (serve) */
  downloads?: Array<{ href: string; label: string }>;
  /** when the report was made; omitted in tests for stable output */
  generatedAt?: string;
  /** the data file the document was checked against (lint), as the summary names it: its name, whose, which year */
  data?: DataNamed;
  /** the desk's upload page (serve): a link back to it */
  deskHref?: string;
}

export interface DataNamed {
  name: string;
  department?: string;
  year?: number;
}

/** 核对数据：liaocheng-2024.yaml（聊城市政府办公室（汇总） 2024 年度） */
function dataLine(data: DataNamed | undefined): string {
  if (!data) return '';
  const who = [data.department, data.year !== undefined ? `${data.year} 年度` : undefined].filter(Boolean).join(' ');
  return `<p class="data-file">核对数据：<b>${escapeHtml(data.name)}</b>${who ? `（${escapeHtml(who)}）` : ''}</p>`;
}

/** 审校其他文件: back to the desk's upload page */
function deskLink(href: string | undefined): string {
  return href ? `<a class="back desk-home" href="${escapeHtml(href)}">‹ 审校其他文件</a>` : '';
}

const headingOf = (command: 'lint' | 'review'): string => (command === 'review' ? '决算公开文件审校报告' : '说明文字审校报告');

function downloadLinks(downloads: ReadonlyArray<{ href: string; label: string }> | undefined): string {
  return (downloads ?? []).map((d) => `<a class="download" href="${escapeHtml(d.href)}" download>${escapeHtml(d.label)}</a>`).join('');
}

/** When a report was made, as its footer says it: 2026/12/6 14:03:09. */
export function reportTime(): string {
  return new Date().toLocaleString('zh-CN', { hour12: false });
}

function footer(heading: string, generatedAt: string | undefined): string {
  return `<footer class="foot">${escapeHtml(heading)} · juesuan${generatedAt ? ` · ${escapeHtml(generatedAt)}` : ''}</footer>`;
}

function countsLine(c: LocatedDocument['counts']): string {
  return `<span class="count k-error">${KIND_MARKS.error} ${KIND_NAMES.error} <b>${c.errors}</b></span>`
    + `<span class="count k-warning">${KIND_MARKS.warning} ${KIND_NAMES.warning} <b>${c.warnings}</b></span>`
    + `<span class="count k-unverified">${KIND_MARKS.unverified} ${KIND_NAMES.unverified} <b>${c.unverified}</b></span>`
    + (c.tables > 0 ? `<span class="count k-table">${KIND_MARKS.table} ${KIND_NAMES.table}的问题 <b>${c.tables}</b></span>` : '')
    + `<span class="count k-ok">✔ 核对无误的数字 <b>${c.verified}</b></span>`;
}

function findingItem(f: LocatedFinding, marked: boolean): string {
  const where = marked ? '' : '<span class="unplaced">（位置未能在正文中标出）</span>';
  return `<li class="item k-${f.kind}" id="item-${f.n}"><a href="#f-${f.n}" data-n="${f.n}" title="${escapeHtml(findingText(f))}">`
    + `<span class="tag"><span class="mark" aria-hidden="true">${KIND_MARKS[f.kind]}</span> ${KIND_NAMES[f.kind]}</span>`
    + `<span class="num">${f.n}</span><span class="place">${escapeHtml(f.place)}</span>${where}`
    + `<span class="msg">${escapeHtml(f.message)}</span>`
    + (f.expected !== undefined ? `<span class="expected">应为：<b>${escapeHtml(f.expected)}</b></span>` : '')
    + (f.excerpt ? `<span class="excerpt">原文：${escapeHtml(f.excerpt)}</span>` : '')
    + `<span class="rule" title="规则：${escapeHtml(f.ruleId)}">${escapeHtml(ruleName(f.ruleId))}</span></a></li>`;
}

function summary(doc: LocatedDocument): string {
  const parts: string[] = [];
  if (doc.checks) {
    parts.push('<h2>核对项目</h2><ul class="checks">' + doc.checks.map((c) =>
      `<li class="${c.ran ? 'ran' : 'not-ran'}"><span class="mark">${c.ran ? '✔ 已核对' : '✘ 未核对'}</span> <b>${escapeHtml(c.name)}</b>：${escapeHtml(c.detail)}</li>`).join('') + '</ul>');
  }
  if (doc.tables) {
    const imported = doc.tables.imported.length > 0 ? doc.tables.imported.map(escapeHtml).join('、') : '无';
    parts.push(`<h2>决算表</h2><p>已导入 ${doc.tables.imported.length} 张：${imported}</p>`);
    if (doc.tables.notImported.length > 0) {
      parts.push('<ul class="not-imported">' + doc.tables.notImported.map((t) =>
        `<li><b>${escapeHtml(t.table)}（${escapeHtml(t.title)}）不作核对依据</b>：${escapeHtml(t.reason)}`
        + ((t.problems ?? []).length > 0 ? '<ul>' + t.problems!.map((p) => `<li>${escapeHtml(p.reason)}${p.places.length > 0 ? `（${escapeHtml(p.places.join('；'))}）` : ''}</li>`).join('') + '</ul>' : '')
        + '</li>').join('') + '</ul>');
    }
  }
  if (doc.notes && doc.notes.length > 0) parts.push('<h2>导入说明</h2><ul class="notes">' + doc.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('') + '</ul>');
  if (doc.previousFile) parts.push(`<p>上年文件：${escapeHtml(doc.previousFile)}</p>`);
  return parts.join('');
}

/**
 * Table findings shown on their cells: a check's the whole first, then the parts the identity adds;
 * a table not judged against, the amounts its problem names. Each cell says where the document
 * prints it; in a text or Word document, whose tables are not shown above, its amount is marked
 * here (a PDF's are marked on its pages).
 */
function tableFindings(findings: readonly LocatedFinding[], markHere: boolean): string {
  const cards = findings.filter((f) => f.cells);
  if (cards.length === 0) return '';
  const cell = (f: LocatedFinding, c: LocatedCell, i: number) => {
    const whole = f.kind !== 'table' && i === 0;
    const amount = markHere && c.marked
      ? `<mark class="hl k-${f.kind}" data-f="${f.n}" title="${escapeHtml(findingText(f))}">${escapeHtml(c.value)}</mark>` : escapeHtml(c.value);
    return `<tr class="${whole ? 'whole' : 'part'}"><td>${whole ? '<b>' : ''}${escapeHtml(c.label)}${whole ? '</b>（合计）' : ''}</td>`
      + `<td class="amount">${amount}</td><td class="at">${escapeHtml(c.at ?? '')}</td></tr>`;
  };
  return '<section class="table-findings"><h2>决算表的问题</h2>' + cards.map((f) =>
    `<article class="table-finding k-${f.kind}" id="table-${f.n}"><h3><span class="mark">${KIND_MARKS[f.kind]}</span> ${KIND_NAMES[f.kind]} ${f.n}：${escapeHtml(f.table ?? '')}</h3>`
    + `<p>${escapeHtml(f.message)}</p>`
    + ((f.cells ?? []).length > 0 ? `<table class="cells"><thead><tr><th>单元格</th><th>数值</th><th>原文位置</th></tr></thead><tbody>${f.cells!.map((c, i) => cell(f, c, i)).join('')}</tbody></table>` : '')
    + `<code class="rule">${escapeHtml(f.ruleId)}</code></article>`).join('') + '</section>';
}

/** The text of a Markdown or Word document as its blocks, each finding's characters marked. */
function textView(doc: LocatedDocument): { html: string; marked: Set<number> } {
  const blocks = extractBlocks(doc.text ?? '');
  const ranged = doc.findings.filter((f) => f.range);
  const marked = new Set<number>();
  const renderInline = (b: TextBlock): string => {
    let out = '';
    let i = 0;
    const covering = (k: number) => ranged.filter((f) => b.offsets[k]! >= f.range![0] && b.offsets[k]! < f.range![1]);
    while (i < b.text.length) {
      const here = covering(i);
      let j = i + 1;
      const key = here.map((f) => f.n).join(' ');
      while (j < b.text.length && covering(j).map((f) => f.n).join(' ') === key) j++;
      const text = escapeHtml(b.text.slice(i, j));
      if (here.length === 0) out += text;
      else {
        const anchors = here.filter((f) => !marked.has(f.n)).map((f) => {
          marked.add(f.n);
          return `<span class="anchor" id="f-${f.n}"></span>`;
        }).join('');
        const worst = here.find((f) => f.kind === 'error') ?? here.find((f) => f.kind === 'warning') ?? here[0]!;
        out += `${anchors}<mark class="hl k-${worst.kind}" data-f="${key}" title="${escapeHtml(here.map(findingText).join('\n\n'))}">${text}</mark>`;
      }
      i = j;
    }
    return out;
  };
  const source = doc.text ?? '';
  const html: string[] = [];
  let row: string[] = [];
  let rows: string[] = [];
  let lastRow = -1;
  const flushRow = () => {
    if (row.length > 0) rows.push(`<tr>${row.join('')}</tr>`);
    row = [];
  };
  const flushTable = () => {
    flushRow();
    if (rows.length > 0) html.push(`<div class="table-wrap"><table class="doc-table">${rows.join('')}</table></div>`);
    rows = [];
    lastRow = -1;
  };
  for (const b of blocks) {
    if (b.kind === 'table-cell') {
      if (b.row !== lastRow) flushRow();
      if (b.row === 0 && lastRow > 0) flushTable();
      lastRow = b.row ?? 0;
      const tag = b.row === 0 ? 'th' : 'td';
      row.push(`<${tag}>${renderInline(b)}</${tag}>`);
      continue;
    }
    flushTable();
    if (b.kind === 'heading') {
      const level = Math.min(6, (b.depth ?? 1) + 1);
      html.push(`<h${level} class="doc-h">${renderInline(b)}</h${level}>`);
    } else {
      // A list item shows its own marker (1. or -), read from the line it starts on.
      let marker = '';
      if (b.inList) {
        const start = b.offsets[0] ?? 0;
        const lineStart = source.lastIndexOf('\n', start - 1) + 1;
        const lead = source.slice(lineStart, start).replace(/[>\s]/gu, '');
        marker = `<span class="list-marker">${escapeHtml(/^\d+[.)]$/u.test(lead) ? lead : '•')}</span> `;
      }
      const depth = b.listDepth ?? 0;
      html.push(`<p${depth > 0 ? ` class="in-list" style="margin-left:${depth * 1.5}em"` : ''}>${marker}${renderInline(b)}</p>`);
    }
  }
  flushTable();
  return { html: `<article class="text-doc">${html.join('\n')}</article>`, marked };
}

/** Page frames for a PDF, drawn by the page's script; each finding's number stands over its words there. */
function pdfView(doc: LocatedDocument): string {
  const pages = (doc.pageSizes ?? []).map(([w, h], i) =>
    `<section class="page" id="page-${i + 1}" data-page="${i + 1}" aria-label="第 ${i + 1} 页">`
    + `<div class="page-label">第 ${i + 1} 页</div><div class="page-body" style="aspect-ratio:${w.toFixed(2)}/${h.toFixed(2)}"></div></section>`).join('');
  return `<div class="pages" data-pages="${doc.pageSizes?.length ?? 0}">${pages}</div>`
    + '<noscript><p class="noscript">PDF 页面需要启用 JavaScript 才能显示；问题列表不受影响。</p></noscript>';
}

function pageShell(title: string, body: string, data: unknown, extraScripts = ''): string {
  const { script, style } = pageAssets();
  return '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1">'
    + `<meta http-equiv="Content-Security-Policy" content="${CSP}">`
    + '<meta name="referrer" content="no-referrer">'
    + `<title>${escapeHtml(title)}</title><style>${style}</style></head>\n<body>\n${body}\n`
    + `<script type="application/json" id="desk-data">${scriptJson(data)}</script>\n${extraScripts}`
    + `<script>${script.replace(/<\/script/giu, '<\\/script')}</script>\n</body></html>\n`;
}

export function renderDocumentPage(doc: LocatedDocument, options: DocumentPageOptions): string {
  const who = [doc.department, doc.year !== undefined ? `${doc.year} 年度` : undefined].filter(Boolean).join(' ');
  const heading = headingOf(options.command);
  const isPdf = doc.kind === 'pdf';
  const text = isPdf ? undefined : textView(doc);
  const marked = (f: LocatedFinding) => (isPdf ? f.page !== undefined : text!.marked.has(f.n) || f.cells !== undefined);
  const list = doc.findings.length === 0
    ? '<p class="clean">✔ 未发现问题</p>'
    : `<ol class="findings">${doc.findings.map((f) => findingItem(f, marked(f))).join('')}</ol>`;
  const downloads = downloadLinks(options.downloads);
  const body = `<header class="bar">`
    + (options.indexHref ? `<a class="back" href="${escapeHtml(options.indexHref)}">‹ 全部文件</a>` : deskLink(options.deskHref))
    + `<div class="title"><h1>${escapeHtml(doc.name)}</h1><p class="who">${escapeHtml(who || heading)}</p></div>`
    + `<nav class="nav" aria-label="问题导航"><button type="button" data-go="prev" title="上一个问题（P 或 K）">▲ 上一个</button>`
    + `<span class="position" aria-live="polite"></span>`
    + `<button type="button" data-go="next" title="下一个问题（N 或 J）">▼ 下一个</button>`
    + `<button type="button" data-go="print" class="print" title="打印（有问题的页面和问题清单）">打印</button>${downloads}</nav></header>\n`
    + `<main><section class="summary"><p class="counts">${countsLine(doc.counts)}</p>`
    + `<p class="keys">按 <kbd>N</kbd>/<kbd>J</kbd> 到下一个问题，<kbd>P</kbd>/<kbd>K</kbd> 到上一个；点问题清单中的一项跳到原文。</p>`
    + `${dataLine(options.data)}${summary(doc)}</section>\n`
    + `<div class="desk"><section class="document" aria-label="原文">${isPdf ? pdfView(doc) : text!.html}${tableFindings(doc.findings, !isPdf)}</section>\n`
    + `<aside class="list" aria-label="问题清单"><h2>问题清单（${doc.findings.length}）</h2>${list}</aside></div>`
    + `<div class="card" role="status" aria-live="polite" hidden></div></main>`
    + footer(heading, options.generatedAt);
  const data = {
    kind: doc.kind,
    pageSizes: doc.pageSizes ?? [],
    findings: doc.findings.map((f) => ({
      n: f.n, kind: f.kind, page: f.page, rects: f.rects, more: f.more, place: f.place, detail: findingText(f), table: f.cells ? f.table : undefined,
    })),
  };
  let extra = '';
  if (isPdf && options.pdf) {
    const pdfjs = pdfjsAssets();
    extra = `<script type="application/octet-stream" id="desk-pdf">${Buffer.from(options.pdf).toString('base64')}</script>\n`
      + `<script type="application/gzip" id="desk-pdfjs">${pdfjs.library}</script>\n`
      + `<script type="application/gzip" id="desk-pdfjs-worker">${pdfjs.worker}</script>\n`;
  }
  return pageShell(`${doc.name} · ${heading}`, body, data, extra);
}

export interface IndexEntry {
  doc: LocatedDocument;
  /** the document's page, relative to the index */
  href: string;
}

/**
 * What a reviewed document's row says was not checked, so that a row of zeros is not read as clean: Part 3
 * not checked against the tables (no Part 3 found, no table read), the tables' own identities not checked,
 * and tables in the file not used as a basis (unreliable, unread). Last year's file, given or not, is not named.
 */
function notRun(doc: LocatedDocument): string[] {
  const out: string[] = [];
  const ran = (id: string) => doc.checks?.find((c) => c.id === id)?.ran !== false;
  if (!ran('against-tables')) out.push('⚠ 说明文字未与决算表核对');
  if (!ran('tables')) out.push('⚠ 决算表未核对');
  const notUsed = (doc.tables?.notImported ?? []).filter((t) => t.status !== 'absent').length;
  if (notUsed > 0) out.push(`⚠ ${notUsed} 张表不作核对依据`);
  return out;
}

/** The index's count columns, as their headers and (on a phone) each card's cells name them. */
const INDEX_COLUMN = {
  error: `${KIND_MARKS.error} ${KIND_NAMES.error}`, warning: `${KIND_MARKS.warning} ${KIND_NAMES.warning}`,
  unverified: `${KIND_MARKS.unverified} ${KIND_NAMES.unverified}`, verified: '✔ 核对无误', notRun: '未进行的核对',
} as const;

/** A folder's documents, one row each with its counts; the columns sort on a click. */
export function renderIndexPage(entries: readonly IndexEntry[], options: {
  command: 'lint' | 'review'; problems?: readonly InputProblem[]; downloads?: Array<{ href: string; label: string }>; generatedAt?: string;
  /** the data file every document was checked against (lint) */
  data?: DataNamed;
  /** the desk's upload page (serve) */
  deskHref?: string;
}): string {
  const heading = headingOf(options.command);
  const total = entries.reduce((c, e) => ({
    errors: c.errors + e.doc.counts.errors, warnings: c.warnings + e.doc.counts.warnings,
    unverified: c.unverified + e.doc.counts.unverified, verified: c.verified + e.doc.counts.verified, tables: c.tables + e.doc.counts.tables,
  }), { errors: 0, warnings: 0, unverified: 0, verified: 0, tables: 0 });
  const review = options.command === 'review';
  const rows = entries.map((e) => {
    const c = e.doc.counts;
    const who = [e.doc.department, e.doc.year !== undefined ? `${e.doc.year}` : undefined];
    // (data-label: what a cell is where a phone shows each file as a card, without the headers; an error count shows its mark)
    return `<tr><td><a href="${escapeHtml(e.href)}">${escapeHtml(e.doc.name)}</a></td><td class="dept">${escapeHtml(who[0] ?? '')}</td><td class="n year">${escapeHtml(who[1] ?? '')}</td>`
      + `<td class="n k-error" data-v="${c.errors}" data-label="${KIND_NAMES.error}">${c.errors > 0 ? KIND_MARKS.error + ' ' : ''}${c.errors}</td>`
      + `<td class="n k-warning" data-v="${c.warnings}" data-label="${INDEX_COLUMN.warning}">${c.warnings}</td><td class="n k-unverified" data-v="${c.unverified}" data-label="${INDEX_COLUMN.unverified}">${c.unverified}</td>`
      + `<td class="n" data-v="${c.verified}" data-label="${INDEX_COLUMN.verified}">${c.verified}</td>${review ? `<td class="gaps" data-label="${INDEX_COLUMN.notRun}">${escapeHtml(notRun(e.doc).join('；'))}</td>` : ''}</tr>`;
  }).join('');
  const problems = (options.problems ?? []).length > 0
    ? `<section class="problems"><h2>无法审校的文件（${options.problems!.length}）</h2><ul>${options.problems!.map((p) => `<li><b>${escapeHtml(p.filePath)}</b>：${escapeHtml(p.message)}</li>`).join('')}</ul></section>`
    : '';
  const downloads = downloadLinks(options.downloads);
  const th = (label: string, type: 'text' | 'number', keep?: 'narrow') => `<th scope="col"${keep ? ' class="nw"' : ''}><button type="button" data-sort="${type}">${label}</button></th>`;
  const who = entries.length > 0 ? `共 ${entries.length} 个文件` : (options.problems ?? []).length > 0 ? '没有审校任何文件：原因见下' : '没有审校任何文件';
  const table = entries.length === 0 ? ''
    : `<div class="table-wrap"><table class="index-table"><thead><tr>${th('文件', 'text')}${th('部门', 'text')}${th('年度', 'number', 'narrow')}`
    + `${th(INDEX_COLUMN.error, 'number', 'narrow')}${th(INDEX_COLUMN.warning, 'number', 'narrow')}${th(INDEX_COLUMN.unverified, 'number', 'narrow')}${th(INDEX_COLUMN.verified, 'number', 'narrow')}${review ? th(INDEX_COLUMN.notRun, 'text') : ''}</tr></thead>`
    + `<tbody>${rows}</tbody></table></div>`;
  const body = `<header class="bar">${deskLink(options.deskHref)}<div class="title"><h1>${heading}</h1><p class="who">${who}</p></div><nav class="nav">${downloads}</nav></header>`
    + `<main class="index"><section class="summary">${entries.length > 0 ? `<p class="counts">${countsLine(total)}</p>` : ''}${dataLine(options.data)}${problems}</section>`
    + `${table}</main>`
    + footer(heading, options.generatedAt);
  return pageShell(heading, body, { kind: 'index' });
}
