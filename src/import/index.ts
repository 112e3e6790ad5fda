import { tabSeparatedLines, type Line } from './layout.js';
import { recogniseTables, type ImportedTables } from './tables.js';
import { importedYaml } from './yaml.js';

export { tabSeparatedLines, recogniseTables, importedYaml };
export type { Line, ImportedTables };

/** 部门 and 年度 as the document states them. */
export function documentHeader(text: string): { department?: string; year?: number } {
  const department = /部门[：:]\s*([^\t\n]+)/u.exec(text)?.[1]?.trim();
  const year = /(20\d{2})\s*年度?部门决算/u.exec(text)?.[1];
  return { department, year: year ? Number(year) : undefined };
}

/** Text of a published document → data file text. */
export function importText(text: string, source: string): { yaml: string; imported: ImportedTables } {
  const imported = recogniseTables(tabSeparatedLines(text));
  return { yaml: importedYaml(imported, { ...documentHeader(text), source }), imported };
}
