/**
 * review --annotate: the annotated copy of each PDF reviewed. One document:
 * to the file named (or into it, when it is a folder). A folder of documents:
 * one copy per PDF into the folder named, as 原名-标注.pdf; Word and text
 * documents have no pages to annotate and are passed over with a notice.
 * The original is never overwritten.
 */
import { mkdirSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readInputFile } from '../data/read-input.js';
import { annotatePdf, AnnotateError } from '../report/annotated-pdf.js';
import type { LocatedDocument } from '../report/located.js';
import type { InputProblem } from '../report/problems.js';
import { pageNames } from './html-output.js';
import { isDirectory } from './inputs.js';
import { OutputError, writeOutputFile } from './write-file.js';

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

/** Writes the annotated copies; returns the files written. What cannot be annotated goes to `problems`. */
export function writeAnnotatedPdfs(docs: readonly LocatedDocument[], options: { target: string; folder: boolean; problems: InputProblem[] }): string[] {
  const pdfs = docs.filter((d) => d.kind === 'pdf');
  for (const d of docs) {
    if (d.kind === 'pdf') continue;
    const message = '不是 PDF，没有页面可以添加标注（--annotate 只为 PDF 文件生成标注副本）';
    if (options.folder) process.stderr.write(`${d.filePath}：${message}\n`);
    else options.problems.push({ filePath: d.filePath, message });
  }
  const intoFolder = options.folder || isDirectory(options.target);
  if (intoFolder) {
    try {
      mkdirSync(options.target, { recursive: true });
    } catch (error) {
      throw new OutputError(options.target, `无法创建文件夹（${(error as NodeJS.ErrnoException).code ?? String(error)}）`);
    }
  }
  const names = pageNames(pdfs, '-标注.pdf');
  const written: string[] = [];
  pdfs.forEach((d, i) => {
    const target = intoFolder ? join(options.target, names[i]!) : options.target;
    if (samePath(target, d.filePath)) {
      options.problems.push({ filePath: target, message: '--annotate 不能写到原文件上：请另给一个文件名或文件夹' });
      return;
    }
    let annotated: Uint8Array;
    try {
      annotated = annotatePdf(d, readInputFile(d.filePath).bytes);
    } catch (error) {
      if (!(error instanceof AnnotateError)) throw error;
      options.problems.push({ filePath: d.filePath, message: error.message });
      return;
    }
    writeOutputFile(target, annotated);
    written.push(target);
  });
  return written;
}
