/**
 * Inputs that could not be linted at all: an unreadable document, a glob or
 * directory without Markdown, a document whose data file cannot be found,
 * an unusable data file or configuration. The CLI writes them to standard
 * error and exits 2; the SARIF and GitHub reports carry them too.
 */
export interface InputProblem {
  /** the document, data file or configuration concerned, or the pattern given */
  filePath: string;
  line?: number;
  column?: number;
  /** in Chinese: what is wrong and what is needed */
  message: string;
}

/** `file:line:column  message`, as data problems are written (formatProblem in src/data/load.ts). */
export function formatInputProblem(p: InputProblem): string {
  const where = p.line !== undefined ? `${p.filePath}:${p.line}:${p.column ?? 1}` : p.filePath;
  return `${where}  ${p.message}`;
}
