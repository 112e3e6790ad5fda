/**
 * What the desk (juesuan serve) makes of the files a user drops, all in
 * memory: with a data file (YAML, or a workbook of the nine tables), every
 * document is linted against it, and Markdown and Word files get their fixed
 * copy (--fix); without one, every document is reviewed as it is, paired with
 * last year's where the files dropped hold it. Each document gets the report
 * page of `--format html`, each PDF its annotated copy (`--annotate`); the
 * whole batch an index and the table of all findings. The same functions as
 * the commands', on the files' bytes.
 */
import { decodeText } from '../data/read-input.js';
import { DataError, formatProblem, parseAccounts } from '../data/load.js';
import { decodeUtf16, isPdf, isZip, placeMessages, readDocument } from '../documents/index.js';
import { isWordZip } from '../documents/docx.js';
import { fixDocx } from '../documents/docx-fix.js';
import { buildFactCatalog } from '../facts/catalog.js';
import { fixMarkdown } from '../lint/fix.js';
import { createLintContext, lintMarkdown, type LintContext } from '../lint/lint.js';
import { annotatePdf, AnnotateError } from '../report/annotated-pdf.js';
import { findingsWorkbook, formatFindingsCsv } from '../report/findings-table.js';
import { renderDocumentPage, renderIndexPage, reportTime } from '../report/html-report.js';
import { locateLint, locateReview, type LocatedDocument } from '../report/located.js';
import type { InputProblem } from '../report/problems.js';
import { reviewDocumentOf, type ReviewDocument } from '../review/document.js';
import { pairWithLastYear } from '../review/review.js';
import { reviewEach } from '../cli/review-pool.js';
import { isWorkbookZip } from '../workbook/detect.js';
import { appendAll } from '../util/arrays.js';

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

export interface DeskDocument {
  located: LocatedDocument;
  /** the report page; its links point at the desk's own addresses (`base`) */
  html: string;
  annotated?: { name: string; bytes: Uint8Array };
  fixed?: { name: string; bytes: Uint8Array; count: number };
}

export interface DeskReport {
  documents: DeskDocument[];
  problems: InputProblem[];
  /** the index of the batch, linking each document's page */
  index: string;
  csv: string;
  xlsx: Uint8Array;
}

const DATA_NAME = /\.(?:ya?ml)$/iu;
const WORKBOOK_NAME = /\.xls[xm]$/iu;
const stem = (name: string): string => name.replace(/\.[^.]+$/u, '');

/** The data file's lint context, or the problems that make it unusable. */
async function dataContext(upload: Upload): Promise<LintContext | InputProblem[]> {
  let yaml: string;
  if (WORKBOOK_NAME.test(upload.name) || (isZip(upload.bytes) && isWorkbookZip(upload.bytes))) {
    const { importWorkbook, WorkbookError } = await import('../workbook/read.js');
    try {
      yaml = (await importWorkbook(upload.bytes, upload.name, upload.name)).yaml;
    } catch (error) {
      if (!(error instanceof WorkbookError)) throw error;
      return [{ filePath: upload.name, message: error.message }];
    }
  } else yaml = decodeText(upload.bytes).text;
  try {
    return createLintContext(buildFactCatalog(parseAccounts(yaml, upload.name).accounts));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.problems.map((p) => ({ filePath: upload.name, message: formatProblem(p).replace(/^\S+\s+/u, '') }));
  }
}

/** Where the desk serves a document's page and downloads: base/n, base/n/标注.pdf … */
export interface DeskLinks {
  page: (n: number) => string;
  annotated: (n: number) => string;
  fixed: (n: number) => string;
  index: string;
  csv: string;
  xlsx: string;
}

export async function runDesk(uploads: readonly Upload[], links: DeskLinks): Promise<DeskReport> {
  const problems: InputProblem[] = [];
  const dataFiles = uploads.filter((u) => DATA_NAME.test(u.name) || WORKBOOK_NAME.test(u.name) || (isZip(u.bytes) && !isWordZip(u.bytes) && isWorkbookZip(u.bytes)));
  const documents = uploads.filter((u) => !dataFiles.includes(u));
  let ctx: LintContext | undefined;
  if (dataFiles.length > 1) {
    problems.push({ filePath: dataFiles.map((d) => d.name).join('、'), message: '只能提供一个数据文件（YAML 或决算表工作簿），请只留一个' });
  } else if (dataFiles.length === 1) {
    const read = await dataContext(dataFiles[0]!);
    if (Array.isArray(read)) appendAll(problems, [...read, { filePath: dataFiles[0]!.name, message: '数据文件无法使用，各文件改为不用数据文件审校（review）' }]);
    else ctx = read;
  }
  const out: Array<Omit<DeskDocument, 'html'> & { pdf?: Uint8Array }> = [];
  if (ctx) {
    for (const u of documents) {
      const made = await lintUpload(u, ctx, problems);
      if (made) out.push(made);
    }
  } else {
    appendAll(out, await reviewUploads(documents, problems));
  }
  for (const d of out) {
    if (d.located.kind !== 'pdf' || !d.pdf) continue;
    try {
      d.annotated = { name: `${stem(d.located.name)}-标注.pdf`, bytes: annotatePdf(d.located, d.pdf) };
    } catch (error) {
      if (!(error instanceof AnnotateError)) throw error;
      problems.push({ filePath: d.located.name, message: error.message });
    }
  }
  const command = ctx ? 'lint' : 'review';
  const generatedAt = reportTime();
  const done: DeskDocument[] = out.map(({ pdf, ...d }, i) => ({
    ...d,
    html: renderDocumentPage(d.located, {
      command, ...(pdf ? { pdf } : {}), generatedAt,
      ...(out.length > 1 ? { indexHref: links.index } : {}),
      downloads: [
        ...(d.annotated ? [{ href: links.annotated(i + 1), label: '下载标注 PDF' }] : []),
        ...(d.fixed ? [{ href: links.fixed(i + 1), label: `下载修正后的文件（${d.fixed.count} 处）` }] : []),
      ],
    }),
  }));
  const located = done.map((d) => d.located);
  return {
    documents: done,
    problems,
    index: renderIndexPage(located.map((doc, i) => ({ doc, href: links.page(i + 1) })), {
      command, problems, generatedAt,
      downloads: located.length > 0 ? [{ href: links.xlsx, label: '全部问题（Excel）' }, { href: links.csv, label: 'CSV' }] : [],
    }),
    csv: formatFindingsCsv(located),
    xlsx: await findingsWorkbook(located),
  };
}

/** A document linted against the data file; a Markdown or Word file with its fixed copy. */
async function lintUpload(u: Upload, ctx: LintContext, problems: InputProblem[]): Promise<(Omit<DeskDocument, 'html'> & { pdf?: Uint8Array }) | undefined> {
  const read = await readDocument(u.bytes);
  if (read.kind === 'refused') {
    problems.push({ filePath: u.name, message: read.message });
    return undefined;
  }
  const options = { filePath: u.name };
  if (read.kind === 'extracted') {
    const result = placeMessages(lintMarkdown(read.text, ctx, options), read.text, read.origin);
    const located = locateLint(result, read.text, read.origin);
    if (read.origin.kind === 'pdf') return { located, pdf: u.bytes };
    const fixed = fixDocx(u.bytes, ctx, options);
    return { located, ...(fixed.count > 0 ? { fixed: { name: `${stem(u.name)}-修正.docx`, bytes: fixed.output, count: fixed.count } } : {}) };
  }
  const text = read.utf16 ? decodeUtf16(read.bytes, read.utf16) : decodeText(read.bytes).text;
  const located = locateLint(lintMarkdown(text, ctx, options), text);
  const { output, fixed } = fixMarkdown(text, ctx, options);
  const extension = /\.[^.]+$/u.exec(u.name)?.[0] ?? '.md';
  return { located, ...(fixed.length > 0 ? { fixed: { name: `${stem(u.name)}-修正${extension}`, bytes: new TextEncoder().encode(output), count: fixed.length } } : {}) };
}

/** Every document reviewed as it is, each paired with last year's among those dropped. */
async function reviewUploads(uploads: readonly Upload[], problems: InputProblem[]): Promise<Array<Omit<DeskDocument, 'html'> & { pdf?: Uint8Array }>> {
  const docs: Array<{ doc: ReviewDocument; bytes: Uint8Array }> = [];
  for (const u of uploads) {
    const read = await reviewDocumentOf(u.name, u.bytes);
    if (read.ok) docs.push({ doc: read.document, bytes: u.bytes });
    else problems.push({ filePath: read.filePath, message: read.message });
  }
  const pairs = pairWithLastYear(docs.map((d) => d.doc));
  const reviews = reviewEach(docs.map(({ doc }) => ({ document: doc, ...(pairs.has(doc) ? { previous: pairs.get(doc)! } : {}) })));
  const out: Array<Omit<DeskDocument, 'html'> & { pdf?: Uint8Array }> = [];
  reviews.forEach((r, i) => {
    const { doc, bytes } = docs[i]!;
    if (r.ok) out.push({ located: locateReview(r.result, doc), ...(isPdf(bytes) ? { pdf: bytes } : {}) });
    else problems.push({ filePath: r.filePath, message: r.message });
  });
  return out;
}
