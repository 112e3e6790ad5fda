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
import { pairWithLastYear, possibleLastYear, withPossibleLastYear } from '../review/review.js';
import { reviewEach } from '../cli/review-pool.js';
import { isWorkbookZip } from '../workbook/detect.js';
import { appendAll } from '../util/arrays.js';
import { unitRefusal, type UnitName } from '../review/same-unit.js';

/** a file named .pdf that is none (a text, a picture renamed) */
const NOT_A_PDF = '这不是 PDF 文件（文件名是 .pdf，内容却不是 PDF），无法审校；请放入原始的 PDF 文件';

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

/** The data file the documents are checked against: its name, its lint context, and whose and which year's it is. */
interface DeskData {
  name: string;
  ctx: LintContext;
  unit: UnitName;
}

/** The data file's lint context, or the problems that make it unusable. */
async function dataContext(upload: Upload): Promise<DeskData | InputProblem[]> {
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
    const { accounts } = parseAccounts(yaml, upload.name);
    const unit: UnitName = { ...(accounts.department ? { department: accounts.department } : {}), ...(accounts.year ? { year: accounts.year } : {}) };
    return { name: upload.name, ctx: createLintContext(buildFactCatalog(accounts)), unit };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.problems.map((p) => ({ filePath: upload.name, message: formatProblem(p).replace(/^\S+\s+/u, '') }));
  }
}

/**
 * The commands' words for an option, as a desk user reads them: there is no option to type in the
 * desk, only files to drop (blind 17P D8).
 */
export function deskWording(text: string): string {
  return text
    .replace(/未提供上年决算文件(?:（--previous）|\s*--previous)/gu, '未同时放入上一年度的决算文件')
    .replace(/上年文件（--previous）/gu, '上一年度的决算文件')
    .replace(/；请用 --year 指定，如 --year \d{4}/gu, '；请确认这是决算公开文件，并在文件名中写明年度（如“2024 年度部门决算.pdf”）')
    .replace(/如不对，请用 --year 指定/gu, '如不对，请改正文件名中的年度');
}

/** Where the desk serves a document's page and downloads: base/n, base/n/标注.pdf … */
export interface DeskLinks {
  page: (n: number) => string;
  annotated: (n: number) => string;
  fixed: (n: number) => string;
  index: string;
  csv: string;
  xlsx: string;
  /** the upload page, to review other files */
  desk?: string;
}

export async function runDesk(uploads: readonly Upload[], links: DeskLinks): Promise<DeskReport> {
  const problems: InputProblem[] = [];
  const isWorkbook = (u: Upload) => WORKBOOK_NAME.test(u.name) || (isZip(u.bytes) && !isWordZip(u.bytes) && isWorkbookZip(u.bytes));
  let dataFiles = uploads.filter((u) => DATA_NAME.test(u.name) || isWorkbook(u));
  const fakePdfs = uploads.filter((u) => /\.pdf$/iu.test(u.name) && !Buffer.from(u.bytes.subarray(0, 1024)).includes('%PDF-') && !isZip(u.bytes) && !dataFiles.includes(u));
  for (const u of fakePdfs) problems.push({ filePath: u.name, message: NOT_A_PDF });
  const documents = uploads.filter((u) => !dataFiles.includes(u) && !fakePdfs.includes(u));
  if (uploads.length === dataFiles.length && dataFiles.length > 0) {
    // Nothing to review: say what was dropped and what to do, not an empty report.
    problems.push({ filePath: dataFiles.map((d) => d.name).join('、'), message: `只放入了数据文件，没有要审校的公开文件或说明文字：请同时放入 PDF、Word 或 Markdown 文件${dataFiles.some(isWorkbook) ? '（决算表工作簿只作为数据文件，不单独审校）' : ''}` });
    dataFiles = [];
  }
  // A PDF holds its own tables: a workbook dropped with PDFs would be taken for every PDF's data, whoever's it is.
  const pdfs = documents.filter((u) => isPdf(u.bytes));
  const unused = pdfs.length > 0 ? dataFiles.filter(isWorkbook) : [];
  for (const w of unused) {
    problems.push({ filePath: w.name, message: '是决算表工作簿，没有使用：与 PDF 一起放入时，每个 PDF 按文件自带的决算表审校；如要按这个工作簿核对说明文字，请只放入它和说明文字的 Word 或 Markdown 文件' });
  }
  dataFiles = dataFiles.filter((u) => !unused.includes(u));
  let data: DeskData | undefined;
  if (dataFiles.length > 1) {
    problems.push({ filePath: dataFiles.map((d) => d.name).join('、'), message: '只能提供一个数据文件（YAML 或决算表工作簿），请只留一个' });
  } else if (dataFiles.length === 1) {
    const read = await dataContext(dataFiles[0]!);
    if (Array.isArray(read)) appendAll(problems, [...read, { filePath: dataFiles[0]!.name, message: '数据文件无法使用，各文件改为不用数据文件审校' }]);
    else data = read;
  }
  const ctx = data?.ctx;
  const out: Array<Omit<DeskDocument, 'html'> & { pdf?: Uint8Array }> = [];
  if (data) {
    for (const u of documents) {
      const made = await lintUpload(u, data, problems);
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
  const named = { ...(data ? { data: { name: data.name, ...data.unit } } : {}), ...(links.desk ? { deskHref: links.desk } : {}) };
  const generatedAt = reportTime();
  const done: DeskDocument[] = out.map(({ pdf, ...d }, i) => ({
    ...d,
    html: renderDocumentPage(d.located, {
      command, ...(pdf ? { pdf } : {}), generatedAt, ...named,
      ...(out.length > 1 ? { indexHref: links.index } : {}),
      downloads: [
        ...(d.annotated ? [{ href: links.annotated(i + 1), label: '下载标注 PDF' }] : []),
        ...(d.fixed ? [{ href: links.fixed(i + 1), label: `下载修正后的文件（${d.fixed.count} 处）` }] : []),
      ],
    }),
  }));
  const located = done.map((d) => d.located);
  for (const d of done) d.html = deskWording(d.html);
  for (const p of problems) p.message = deskWording(p.message);
  return {
    documents: done,
    problems,
    index: renderIndexPage(located.map((doc, i) => ({ doc, href: links.page(i + 1) })), {
      command, problems, generatedAt, ...named,
      downloads: located.length > 0 ? [{ href: links.xlsx, label: '全部问题（Excel）' }, { href: links.csv, label: 'CSV' }] : [],
    }),
    csv: deskWording(formatFindingsCsv(located)),
    xlsx: await findingsWorkbook(located),
  };
}

/** A document linted against the data file; a Markdown or Word file with its fixed copy. */
async function lintUpload(u: Upload, data: DeskData, problems: InputProblem[]): Promise<(Omit<DeskDocument, 'html'> & { pdf?: Uint8Array }) | undefined> {
  const read = await readDocument(u.bytes);
  if (read.kind === 'refused') {
    problems.push({ filePath: u.name, message: read.message });
    return undefined;
  }
  const { ctx } = data;
  const options = { filePath: u.name };
  const text = read.kind === 'extracted' ? read.text : read.utf16 ? decodeUtf16(read.bytes, read.utf16) : decodeText(read.bytes).text;
  // Another department's (or year's) data would find every figure wrong: not checked against it, and said so.
  const refused = unitRefusal(text, data.unit, data.name);
  if (refused) {
    problems.push({ filePath: u.name, message: refused });
    return undefined;
  }
  // (the department and year the document is checked as: the data file's)
  const whose = (l: LocatedDocument): LocatedDocument => ({ ...l, ...data.unit });
  if (read.kind === 'extracted') {
    const result = placeMessages(lintMarkdown(read.text, ctx, options), read.text, read.origin);
    const located = whose(locateLint(result, read.text, read.origin));
    if (read.origin.kind === 'pdf') return { located, pdf: u.bytes };
    const fixed = fixDocx(u.bytes, ctx, options);
    return { located, ...(fixed.count > 0 ? { fixed: { name: `${stem(u.name)}-修正.docx`, bytes: fixed.output, count: fixed.count } } : {}) };
  }
  const located = whose(locateLint(lintMarkdown(text, ctx, options), text));
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
  // A file left without last year's names the dropped files that may be it, as review DIR's summary does.
  const maybe = possibleLastYear(docs.map((d) => d.doc), pairs);
  const reviews = reviewEach(docs.map(({ doc }) => ({ document: doc, ...(pairs.has(doc) ? { previous: pairs.get(doc)! } : {}) })));
  const out: Array<Omit<DeskDocument, 'html'> & { pdf?: Uint8Array }> = [];
  reviews.forEach((r, i) => {
    const { doc, bytes } = docs[i]!;
    const candidates = maybe.get(doc);
    if (r.ok) out.push({ located: locateReview(candidates ? withPossibleLastYear(r.result, candidates) : r.result, doc), ...(isPdf(bytes) ? { pdf: bytes } : {}) });
    else problems.push({ filePath: r.filePath, message: r.message });
  });
  return out;
}
