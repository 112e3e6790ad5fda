/**
 * Import accuracy (npm run accuracy): a document's tables as juesuan imports
 * them against a careful transcription, cell by cell. Both are loaded as the
 * data file loads them (a blank cell is 0, labels as the data file spells
 * them), so a cell is right when its amount is the transcription's, and a
 * row's name counts as a cell of its own. Each table is then:
 *
 * - exact: every cell right (named unreliable or not: a table whose
 *   published figures break its own identities is both);
 * - unreliable: cells wrong, and the import says the table is not to be
 *   trusted, or the wrong cells are only in rows it says it could not read
 *   (a 合计 row printing its sub-headers) — the outcome precision asks for
 *   when a table cannot be read;
 * - unread: found, no amounts read, and said so;
 * - wrong: cells wrong and the table called fine — the worst outcome;
 * - missing: the transcription has it, the import did not find it.
 */
import { accountsFromObject, DataError } from '../data/load.js';
import {
  SPENDING_LABELS, T01_EXPENDITURE_LABELS, T01_INCOME_LABELS, T02_LABELS, T03_LABELS, T04_COLUMN_LABELS, T04_EXPENDITURE_LABELS,
  T04_INCOME_LABELS, T07_LABELS, T09_LABELS, TABLE_NAMES, type Amount, type DepartmentAccounts, type SubjectTable,
} from '../data/model.js';
import { importDocx, importPdf, importText, type ImportedTables } from '../import/index.js';
import { isPdf, isZip } from '../documents/index.js';

type Obj = Record<string, unknown>;

export type TableStatus = 'exact' | 'unreliable' | 'unread' | 'wrong' | 'missing';

export interface TableAccuracy {
  /** 公开03表 */
  table: string;
  status: TableStatus;
  /** the import named the table unreliable */
  named: boolean;
  /** cells compared (non-blank on either side, and the names of rows), right and wrong */
  cells: number;
  right: number;
  wrong: number;
  /** the wrong cells, for reading: path: imported → transcribed */
  differences: string[];
}

export interface ImportAccuracy {
  tables: TableAccuracy[];
  /** tables per status */
  counts: Record<TableStatus, number>;
  cells: { total: number; right: number; wrong: number };
}

const KEYS = Object.values(TABLE_NAMES);

/** A table's cells as path → value (amounts as fixed-point text, names as text); blanks left out. */
function cellsOf(a: DepartmentAccounts, key: string): Map<string, string> {
  const out = new Map<string, string>();
  const put = (path: string, v: Amount | undefined) => { if (v && !v.isZero()) out.set(path, v.toFixed(2)); };
  const record = (prefix: string, values: Record<string, Amount>, labels: Record<string, string>) => {
    for (const [id, label] of Object.entries(labels)) put(`${prefix} › ${label}`, values[id]);
  };
  const subject = (t: SubjectTable<string>, labels: Record<string, string>) => {
    record('合计', t.total, labels);
    for (const r of t.rows) {
      out.set(`${r.code} › 名称`, r.name);
      record(r.code, r.values, labels);
    }
    if (t.noData) out.set('本表无数据', 'true');
  };
  switch (key) {
    case TABLE_NAMES.t01:
      record('收入', a.t01.income, T01_INCOME_LABELS);
      record('支出', a.t01.expenditure, T01_EXPENDITURE_LABELS);
      for (const c of a.t01.expenditureByClass) put(`支出 › ${c.name}`, c.amount);
      break;
    case TABLE_NAMES.t02: subject(a.t02, T02_LABELS); break;
    case TABLE_NAMES.t03: subject(a.t03, T03_LABELS); break;
    case TABLE_NAMES.t04:
      record('收入', a.t04.income, T04_INCOME_LABELS);
      for (const c of a.t04.expenditureByClass) record(`支出 › ${c.name}`, c.values, T04_COLUMN_LABELS);
      for (const [id, label] of Object.entries(T04_EXPENDITURE_LABELS)) record(`支出 › ${label}`, a.t04.expenditure[id as keyof typeof T04_EXPENDITURE_LABELS], T04_COLUMN_LABELS);
      break;
    case TABLE_NAMES.t05: subject(a.t05, SPENDING_LABELS); break;
    case TABLE_NAMES.t06:
      for (const r of [...a.t06.personnel, ...a.t06.publicFunds]) { out.set(`${r.code} › 名称`, r.name); put(r.code, r.amount); }
      put('人员经费合计', a.t06.personnelTotal);
      put('公用经费合计', a.t06.publicFundsTotal);
      break;
    case TABLE_NAMES.t07: subject(a.t07, T07_LABELS); break;
    case TABLE_NAMES.t08: subject(a.t08, SPENDING_LABELS); break;
    case TABLE_NAMES.t09:
      record('预算数', a.t09.budget, T09_LABELS);
      record('决算数', a.t09.actual, T09_LABELS);
      break;
  }
  return out;
}

/** One table loaded on its own (the others empty), or undefined when the loader refuses it. */
function loadTable(tables: Obj, key: string): DepartmentAccounts | undefined {
  const raw: Obj = { 部门: '比较', 年度: 2024, 金额单位: '万元' };
  for (const k of KEYS) raw[k] = k === key ? tables[k] : {};
  try {
    return accountsFromObject(raw, key).accounts;
  } catch (error) {
    if (error instanceof DataError) return undefined;
    throw error;
  }
}

const present = (v: unknown): boolean => v !== null && typeof v === 'object' && Object.keys(v).length > 0;

/** An import's tables against the transcription's (a data file's object, as YAML parses it). */
export function compareImport(imported: ImportedTables, truth: Obj): ImportAccuracy {
  const tables: TableAccuracy[] = [];
  const unread = new Set((imported.unread ?? []).map((u) => u.table));
  const named = new Set((imported.unreliable ?? []).map((u) => u.table));
  /** rows the import said it could not read, by table: their blanks are no silent error */
  const unreadRows = (key: string) => (imported.unreadRows ?? []).filter((u) => u.table === key).map((u) => `${u.row} › `);
  for (const key of KEYS) {
    if (!present(truth[key])) continue;
    const expected = loadTable(truth, key);
    if (!expected) throw new Error(`${key}: the transcription does not load`);
    const want = cellsOf(expected, key);
    const got = present(imported.tables[key]) ? loadTable(imported.tables, key) : undefined;
    const have = got ? cellsOf(got, key) : new Map<string, string>();
    const paths = new Set([...want.keys(), ...have.keys()]);
    const differences = [...paths].filter((p) => want.get(p) !== have.get(p)).map((p) => `${p}: ${have.get(p) ?? '（空）'} → ${want.get(p) ?? '（空）'}`);
    const wrong = differences.length;
    const said = unreadRows(key);
    const unsaid = differences.filter((d) => !said.some((row) => d.startsWith(row))).length;
    const status: TableStatus = !(key in imported.tables) ? 'missing' : unread.has(key) ? 'unread' : wrong === 0 ? 'exact'
      : named.has(key) || unsaid === 0 ? 'unreliable' : 'wrong';
    tables.push({ table: key, status, named: named.has(key), cells: paths.size, right: paths.size - wrong, wrong, differences });
  }
  const counts: Record<TableStatus, number> = { exact: 0, unreliable: 0, unread: 0, wrong: 0, missing: 0 };
  for (const t of tables) counts[t.status]++;
  const total = tables.reduce((n, t) => n + t.cells, 0);
  const right = tables.reduce((n, t) => n + t.right, 0);
  return { tables, counts, cells: { total, right, wrong: total - right } };
}

/** A document (PDF, Word or text) imported and compared with the transcription of its tables. */
export async function importAccuracy(bytes: Uint8Array, truth: Obj): Promise<ImportAccuracy> {
  const imported = isPdf(bytes) ? (await importPdf(bytes, 'accuracy')).imported
    : isZip(bytes) ? importDocx(bytes, 'accuracy').imported
      : importText(new TextDecoder().decode(bytes), 'accuracy').imported;
  return compareImport(imported, truth);
}
