/**
 * --format html for lint and review. One document: its page, to -o or to
 * standard output. Several (a folder, or many files): -o names the index
 * page, and the documents' pages go into a folder of the same name beside it
 * (报告.html → 报告/), with the table of all findings (全部问题.csv, .xlsx).
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { renderDocumentPage, renderIndexPage, reportTime } from '../report/html-report.js';
import type { LocatedDocument } from '../report/located.js';
import type { InputProblem } from '../report/problems.js';
import { OutputError, writeOutputFile } from './write-file.js';

export interface HtmlDocument {
  located: LocatedDocument;
  /** the PDF's bytes, read when its page is written */
  pdf?: () => Uint8Array;
}

/** The names of the documents' pages in the folder: the file's name, made unique. */
export function pageNames(docs: readonly LocatedDocument[], extension: string): string[] {
  const used = new Set<string>();
  return docs.map((d) => {
    const stem = d.name.replace(/\.[^.]+$/u, '').replace(/[\\/:*?"<>|\x00-\x1f]/gu, '_') || '文件';
    let name = `${stem}${extension}`;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${stem}-${k}${extension}`;
    used.add(name.toLowerCase());
    return name;
  });
}

const hrefOf = (...parts: string[]): string => parts.map(encodeURIComponent).join('/');

/** Why --format html cannot be written as asked (a folder's report needs -o), or undefined. */
export function htmlUsageProblem(folder: boolean, output: string | undefined): string | undefined {
  return folder && !output ? '目录的 HTML 报告需要用 -o 指定索引页（如 -o 报告.html），各文件的页面写入同名文件夹' : undefined;
}

/**
 * Writes the HTML report. `folder` is true for a folder's report (an index even for one
 * document); several documents get an index too. Throws an OutputError when a file cannot be written.
 */
export async function writeHtmlReport(docs: readonly HtmlDocument[], options: { command: 'lint' | 'review'; output?: string; folder: boolean; problems: readonly InputProblem[] }): Promise<void> {
  const generatedAt = reportTime();
  if (!options.folder && docs.length <= 1) {
    const doc = docs[0];
    const html = doc
      ? renderDocumentPage(doc.located, { command: options.command, ...(doc.pdf ? { pdf: doc.pdf() } : {}), generatedAt })
      : renderIndexPage([], { command: options.command, problems: options.problems, generatedAt });
    if (options.output) writeOutputFile(options.output, html);
    else process.stdout.write(html);
    return;
  }
  const index = options.output ?? '报告.html';
  const folderName = basename(index, extname(index)) || '报告';
  const folder = join(dirname(index), folderName);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new OutputError(folder, `无法创建文件夹（${(error as NodeJS.ErrnoException).code ?? String(error)}）`);
  }
  const names = pageNames(docs.map((d) => d.located), '.html');
  const indexHref = hrefOf('..', basename(index));
  docs.forEach((doc, i) => {
    writeOutputFile(join(folder, names[i]!), renderDocumentPage(doc.located, {
      command: options.command, ...(doc.pdf ? { pdf: doc.pdf() } : {}), indexHref, generatedAt,
    }));
  });
  const located = docs.map((d) => d.located);
  // Loaded here: exceljs is large, and only a folder's report needs it.
  const { findingsWorkbook, formatFindingsCsv } = await import('../report/findings-table.js');
  writeOutputFile(join(folder, '全部问题.csv'), formatFindingsCsv(located));
  writeOutputFile(join(folder, '全部问题.xlsx'), await findingsWorkbook(located));
  writeOutputFile(index, renderIndexPage(located.map((doc, i) => ({ doc, href: hrefOf(folderName, names[i]!) })), {
    command: options.command, problems: options.problems, generatedAt,
    downloads: [
      { href: hrefOf(folderName, '全部问题.xlsx'), label: '全部问题（Excel）' },
      { href: hrefOf(folderName, '全部问题.csv'), label: 'CSV' },
    ],
  }));
}
