// Import accuracy, per document with a careful transcription of its tables: how many tables come out
// cell-exact, named unreliable (wrong, but said so), unread, wrong and called fine (the worst), missing;
// cells right of all compared. Run after `npm run build` (it uses dist/):
//
//   node scripts/import-accuracy.mjs [extra.pdf truth.yaml …]
//
// `importAccuracy` (src/accuracy/import.ts) is the measure; this script only lists the documents and
// prints the table (importAccuracyTable, exported for a script that wants the same table).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { importAccuracy } from '../dist/accuracy/import.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (p) => (p.startsWith('/') ? p : root + p);

/** The documents the repository holds with a transcription of their tables. */
export const IMPORT_DOCUMENTS = [
  ['real 普陀区财政局 2024 (ONLYOFFICE)', 'test/fixtures/real/putuo-czj-2024.pdf', 'test/fixtures/real/putuo-czj-2024.tables.yaml'],
  ['real 普陀区委社会工作部 2024 (WPS)', 'test/fixtures/real/putuo-shgzb-2024.pdf', 'test/fixtures/real/putuo-shgzb-2024.yaml'],
  ...['split-codes', 'tight', 'landscape', 'shanghai'].map((n) => [`layout ${n} (LibreOffice)`, `test/fixtures/layouts/${n}.pdf`, `test/fixtures/layouts/${n}.yaml`]),
];

/** The Markdown table of import accuracy for [name, pdf, truth] triples (paths absolute or from the repository root). */
export async function importAccuracyTable(documents = IMPORT_DOCUMENTS) {
  const rows = [];
  for (const [name, pdf, truth] of documents) {
    if (!existsSync(at(pdf)) || !existsSync(at(truth))) continue;
    const r = await importAccuracy(new Uint8Array(readFileSync(at(pdf))), parse(readFileSync(at(truth), 'utf8')));
    const c = r.counts;
    const named = r.tables.filter((t) => t.named && t.status === 'exact').length;
    rows.push(`| ${name} | ${r.tables.length} | ${c.exact}${named ? ` (${named} named unreliable for the document's own slips)` : ''} | ${c.unreliable} | ${c.unread} | ${c.wrong} | ${c.missing} | ${r.cells.right} / ${r.cells.total} |`);
  }
  return `| document | tables | cell-exact | named unreliable | unread | wrong, not named | missing | cells right |
|---|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const extra = process.argv.slice(2);
  const more = [];
  for (let i = 0; i + 1 < extra.length; i += 2) more.push([extra[i], extra[i], extra[i + 1]]);
  console.log(await importAccuracyTable([...IMPORT_DOCUMENTS, ...more]));
}
