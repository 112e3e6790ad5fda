/**
 * An import checks itself before anything uses it. Each table read is loaded
 * as the data file would load it and run through the identities `juesuan
 * check` states (src/check: row totals, 类 = Σ款 = Σ项, 合计 = Σ类, unique
 * codes, and the identities between the tables it takes part in), within
 * the same tail tolerance. A table that fails one, that the loader refuses,
 * that has a cell the recogniser could not place or a row with no amounts
 * where other rows have them, is unreliable (by its gravest kind): it is
 * still written, and named with each failing identity and the cells
 * involved, as the source has them (page and line). A table found with rows
 * but no amount read at all is unread, with why. Identities that touch a
 * table the document does not have, or one that was not read, are not
 * checked: its blanks are no figures.
 */
import { checkAccounts, RULES } from '../check/index.js';
import { beyondTableRules } from '../check/beyond-tables.js';
import { accountsLeavingOut } from '../data/load.js';
import { TABLE_NAMES } from '../data/model.js';
import type { Where } from './grid.js';
import { placeName, type SourceKind } from './place.js';
import { pathKey, shortWhy, TABLE_PROBLEM_KINDS, TABLE_PROBLEM_WHAT, type ImportedTables, type TableProblem, type TableProblemKind as Kind, type TableRead } from './tables.js';

type Obj = Record<string, unknown>;
type CellAt = TableProblem['cells'][number];

const TABLE_RULES = RULES.filter((r) => !beyondTableRules.includes(r));
const KEYS: readonly string[] = Object.values(TABLE_NAMES);
/** At most this many identities are spelled out in a table's reason; the rest are counted. */
const SHOWN = 3;

/** A cell's place in the source: its own, else its row's, else nowhere known. */
function located(path: readonly string[], reads: ReadonlyMap<string, TableRead>): CellAt {
  const read = reads.get(path[0]!);
  let at: Where | undefined;
  for (let n = path.length; n > 1 && !at; n--) at = read?.at.get(pathKey(path.slice(0, n)));
  return { path: [...path], ...(at ? { page: at.page, line: at.line } : {}) };
}

export function verifyTables(tables: Obj, reads: ReadonlyMap<string, TableRead>, source?: SourceKind): Required<Pick<ImportedTables, 'unreliable' | 'unread' | 'unreadRows'>> {
  const unread: Array<{ table: string; reason: string }> = [];
  const details = new Map<string, Array<{ kind: Kind; message: string; cells: CellAt[] }>>();
  const add = (table: string, kind: Kind, message: string, cells: CellAt[]) => {
    const list = details.get(table);
    if (list) list.push({ kind, message, cells }); else details.set(table, [{ kind, message, cells }]);
  };
  const readTables = new Set<string>();
  for (const [key, read] of reads) {
    const table = tables[key] as Obj;
    // A table whose stated unit keeps its amounts out of the data file is not imported, whatever else it has.
    if (read.unitProblem) { unread.push({ table: key, reason: read.unitProblem }); continue; }
    const where = (w: Where): CellAt => ({ path: [key], page: w.page, line: w.line });
    for (const u of read.unplaced) add(key, 'placement', `${placeName(source, u.page, u.line)}“${u.text}”：${u.why}`, [where(u)]);
    // A table that says 本表无数据 has no figures to be unknown; one with no figures read at all is unread.
    if (table['本表无数据'] === true) { readTables.add(key); continue; }
    if (read.rows === 0) unread.push({ table: key, reason: `${key}（原文“${read.title}”）找到了表头，但没有读到表中的任何一行` });
    else if (read.amounts === 0) {
      const why = read.unknownRows.length > 0 ? `：${read.unknownRows.map((u) => `“${u.row}”一行在金额的位置印着“${u.words.join(' ')}”`).join('；')}` : '';
      unread.push({ table: key, reason: `${key}（原文“${read.title}”）有 ${read.rows} 行，但没有读到任何金额${why}` });
    } else readTables.add(key);
  }
  // Identities: on the tables read, loaded as the data file loads them.
  const usable = new Set(readTables);
  const asData = (loaded: ReadonlySet<string>): Obj => ({
    部门: '导入的决算表', 年度: 2024, 金额单位: '万元', ...Object.fromEntries(KEYS.map((k) => [k, loaded.has(k) ? tables[k] : {}])),
  });
  const { accounts, refused } = accountsLeavingOut(asData, usable, '导入的决算表');
  for (const p of refused) add(String(p.path[0]), 'load', p.message, [located(p.path.map(String), reads)]);
  // A row printing its sub-headers where its amounts would be has none. A total row so printed, beside
  // parts with amounts, the loader takes as not read, as it does a blank one: unknown, not 0, its
  // identities unchecked and the rest of the table read. Any other such row leaves the table unreliable.
  const unreadTotals = accounts.unreadTotals ?? [];
  const unreadRows: Array<{ table: string; row: string; reason: string }> = [];
  for (const [key, read] of reads) {
    if ((tables[key] as Obj)['本表无数据'] === true || read.amounts === 0) continue;
    for (const u of read.unknownRows) {
      const printed = `${key}“${u.row}”一行在金额的位置印着“${u.words.join(' ')}”，没有金额（不是 0）`;
      const total = unreadTotals.find(([t, part]) => {
        const at = t === key ? read.at.get(pathKey([t, part])) : undefined;
        return at !== undefined && at.page === u.page && at.line === u.line;
      });
      if (total && usable.has(key)) unreadRows.push({ table: key, row: total[1], reason: `${printed}：按未读出处理，涉及它的勾稽关系未核对` });
      else add(key, 'row-unread', printed.slice(key.length), [{ path: [key], page: u.page, line: u.line }]);
    }
  }
  // A table with cells not placed, rows not read or refused by the loader is unreliable already: its figures
  // are no evidence against another table. An identity between tables failing there is that table's alone.
  const uncertain = new Set([...details].filter(([, list]) => list.some((d) => d.kind !== 'own' && d.kind !== 'cross')).map(([t]) => t));
  const findings = checkAccounts(accounts, undefined, TABLE_RULES).filter((f) => f.severity === 'error');
  // The cells of each table that fail an identity of the table's own (a row whose parts do not make its total).
  const failingOwn = new Map<string, Set<string>>();
  for (const f of findings) {
    const involved = new Set(f.cells.map((c) => String(c.path[0])));
    if (involved.size !== 1) continue;
    const t = [...involved][0]!;
    const set = failingOwn.get(t) ?? new Set<string>();
    for (const c of f.cells) set.add(pathKey(c.path.map(String)));
    failingOwn.set(t, set);
  }
  // An identity between tables failing only at cells that already fail an identity of their own table (a 合计 row
  // that contradicts itself: its 小计 is no sum of its parts): that table's figure is no evidence against the other,
  // which is judged on its own identities, not on that row — where it fails none of its own (else it is blamed as before).
  const explainedBy = (f: (typeof findings)[number], involved: readonly string[]): string[] => involved.filter((t) => {
    const own = failingOwn.get(t);
    const mine = f.cells.filter((c) => String(c.path[0]) === t);
    return own !== undefined && mine.length > 0 && mine.every((c) => own.has(pathKey(c.path.map(String))));
  });
  for (const f of findings) {
    const involved = [...new Set(f.cells.map((c) => String(c.path[0])))];
    if (!involved.every((t) => usable.has(t))) continue;
    const cells = f.cells.map((c) => located(c.path.map(String), reads));
    const explained = involved.length > 1 ? explainedBy(f, involved) : [];
    const blamed = involved.length > 1 && involved.some((t) => uncertain.has(t)) ? involved.filter((t) => uncertain.has(t))
      : explained.length > 0 && explained.length < involved.length && involved.every((t) => explained.includes(t) || !failingOwn.has(t)) ? explained : involved;
    for (const t of blamed) {
      const others = involved.filter((o) => o !== t);
      add(t, others.length === 0 ? 'own' : 'cross', others.length === 0 ? f.message : `与${others.join('、')}之间：${f.message}`, cells);
    }
  }
  // Amounts printed without trailing zeros (272.7) were taken as complete on the table's evidence (tables.ts
  // withoutTrailingZeros): one in an identity of its table's own that fails may be cut short after all, as uncertain as it looks.
  for (const [key, read] of reads) {
    const failing = failingOwn.get(key);
    if (!read.short || !failing) continue;
    const short = new Set<Where>(read.short);
    const suspect = new Set([...read.at].filter(([k, w]) => short.has(w) && failing.has(k)).map(([, w]) => w));
    for (const u of read.short) {
      if (suspect.has(u)) add(key, 'placement', `${placeName(source, u.page, u.line)}“${u.text}”：${shortWhy(u.text)}`, [{ path: [key], page: u.page, line: u.line }]);
    }
  }
  // A table of subjects failing only identities of its own, whose every amount, moved one column over, satisfies them
  // all: read a column off (a header aligned otherwise than its amounts), not the document's slip.
  for (const [key, list] of details) {
    const read = reads.get(key);
    if (!read || !list.every((d) => d.kind === 'own') || !usable.has(key)) continue;
    const shifted = read.columns ? columnShift(key, tables, read.columns, usable) : undefined;
    // said first: it is why the failures above it are no slips of the document
    if (shifted) { list.unshift({ kind: 'placement', message: shifted, cells: [{ path: [key], ...(firstAt(read) ?? {}) }] }); continue; }
    // Likewise a row whose code, read one level up or down, makes them all hold: its code misread, not the document's slip.
    const misread = levelMisread(key, tables[key] as Obj, new Set(list.flatMap((d) => d.cells.map((c) => c.path[2]).filter((r): r is string => r !== undefined))));
    if (misread) list.unshift({ kind: 'placement', message: misread.message, cells: [located([key, '科目', misread.row], reads)] });
  }
  const unreliable: TableProblem[] = [];
  for (const key of KEYS) {
    const list = details.get(key);
    if (!list) continue;
    const kind = TABLE_PROBLEM_KINDS.find((k) => list.some((d) => d.kind === k))!;
    // The loader's words need saying what they are about, under a headline of another kind.
    for (const d of list) if (d.kind === 'load' && kind !== 'load') d.message = `${TABLE_PROBLEM_WHAT.load}：${d.message}`;
    const shown = list.slice(0, SHOWN).map((d) => d.message).join('；');
    const more = list.length > SHOWN ? `；等共 ${list.length} 处` : '';
    const seen = new Set<string>();
    const cells = list.flatMap((d) => d.cells).filter((c) => {
      const k = `${pathKey(c.path)}@${c.page}:${c.line}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
    unreliable.push({ table: key, kind, reason: `${key}导入后${TABLE_PROBLEM_WHAT[kind]}：${shown}${more}`, cells, details: list.map(({ message, cells: c }) => ({ message, cells: c })) });
  }
  return { unreliable, unread, unreadRows };
}

const blank = (v: unknown): boolean => v === null || v === undefined || v === '';

/** A table of subjects' rows: 合计 and each 科目's, as the data file holds them. */
function subjectRows(table: Obj): Array<[string, Obj]> {
  const rows: Array<[string, Obj]> = [];
  if (table['合计'] && typeof table['合计'] === 'object') rows.push(['合计行', table['合计'] as Obj]);
  for (const [k, v] of Object.entries((table['科目'] as Obj | null) ?? {})) if (v && typeof v === 'object') rows.push([k, v as Obj]);
  return rows;
}

/** Where the table's first row was read. */
function firstAt(read: TableRead): { page: number; line: number } | undefined {
  for (const w of read.at.values()) return { page: w.page, line: w.line };
  return undefined;
}

/**
 * Whether every amount of a table of subjects, moved one column to the left (or right) as its header prints the
 * columns, satisfies the table's own identities, which as read it fails: why, in Chinese, or undefined.
 */
function columnShift(key: string, tables: Obj, columns: readonly string[], usable: ReadonlySet<string>): string | undefined {
  const table = tables[key] as Obj;
  const rows = subjectRows(table);
  for (const by of [-1, 1]) {
    let fits = true;
    let example: string | undefined;
    const moved = (row: Obj): Obj => {
      const out: Obj = Object.fromEntries(Object.entries(row).filter(([k]) => !columns.includes(k)));
      columns.forEach((c, i) => {
        const v = row[c];
        if (blank(v)) return;
        const to = columns[i + by];
        if (to === undefined) { fits = false; return; }
        out[to] = v;
      });
      return out;
    };
    const shifted: Obj = { ...table };
    if (table['合计'] && typeof table['合计'] === 'object') shifted['合计'] = moved(table['合计'] as Obj);
    if (table['科目'] && typeof table['科目'] === 'object') {
      shifted['科目'] = Object.fromEntries(Object.entries(table['科目'] as Obj).map(([k, v]) => [k, v && typeof v === 'object' ? moved(v as Obj) : v]));
    }
    if (!fits || rows.length === 0) continue;
    for (const [label, row] of rows) {
      const c = columns.find((k) => !blank(row[k]));
      if (c !== undefined) { example = `如${label}“${String(row[c])}”读在“${c}”一栏`; break; }
    }
    if (ownIdentityFailure(key, shifted) !== undefined || example === undefined || !usable.has(key)) continue;
    const side = by < 0 ? '左' : '右';
    const other = by < 0 ? '右' : '左';
    return `各行的金额整体向${side}移一栏后，表内的勾稽关系全部成立（${example}）：多半是表头与金额的对齐方式不同，导入把金额放到了${other}边一栏，不能确定各数所在的栏`;
  }
  return undefined;
}

/** Said of a row whose code's level the import may have misread (levelMisread): review names it as why the table is not judged. */
export const LEVEL_MISREAD = '导入可能读错了这一行编码的级次';

/**
 * Whether one row of a table of subjects, its code read a level down (a 款 21299 as the 项 2120899 under the
 * 款 printed above it, 21208) or up (a 项 2120899 as the 款 21299 of its 类), makes the table pass its own
 * identities, which as read it fails: where each row prints only its own level's two digits (类 | 款 | 项 in
 * columns), a 项's digits taken for a 款's duplicate a row's amounts at the wrong level, and the sums fail by
 * exactly that row. Only the rows in the failing identities (`failing`) are tried. The row and why, or undefined.
 */
function levelMisread(key: string, table: Obj, failing: ReadonlySet<string>): { row: string; message: string } | undefined {
  const subjects = table['科目'];
  if (!subjects || typeof subjects !== 'object') return undefined;
  const rows = Object.keys(subjects as Obj);
  const codeOf = (row: string) => /^(\d{3}(?:\d{2}){1,2})(?:\s|$)/u.exec(row)?.[1];
  const codes = new Set(rows.map(codeOf));
  for (const [i, row] of rows.entries()) {
    const code = codeOf(row);
    if (!failing.has(row) || code === undefined) continue;
    const name = row.slice(code.length);
    // a 款 as a 项 of the 款 above it (the nearest one printed of its 类); a 项 as a 款 of its 类
    const above = code.length === 5 ? rows.slice(0, i).map(codeOf).reverse().find((c) => c?.length === 5 && c.startsWith(code.slice(0, 3))) : undefined;
    const to = code.length === 5 ? (above === undefined ? undefined : above + code.slice(3)) : code.slice(0, 3) + code.slice(5);
    if (to === undefined || codes.has(to)) continue;
    const renamed = Object.fromEntries(Object.entries(subjects as Obj).map(([k, v]) => [k === row ? to + name : k, v]));
    if (ownIdentityFailure(key, { ...table, 科目: renamed }) !== undefined) continue;
    const reading = code.length === 5 ? `款 ${above} 之下的项 ${to}` : `类 ${code.slice(0, 3)} 之下的款 ${to}`;
    return {
      row,
      message: `“${row}”若是${reading}，表内的勾稽关系全部成立：${LEVEL_MISREAD}（类、款、项分栏、各行只印本级数字时），不能确定这一行的科目编码`,
    };
  }
  return undefined;
}

/**
 * Whether a table (as the data file holds it) passes its own identities, loaded alone: the first failure's
 * message (the loader's refusal, or an identity of check), or undefined where all hold.
 */
export function ownIdentityFailure(key: string, table: Obj): string | undefined {
  const only = new Set([key]);
  try {
    const { accounts, refused } = accountsLeavingOut((loaded) => ({
      部门: '导入的决算表', 年度: 2024, 金额单位: '万元', ...Object.fromEntries(KEYS.map((k) => [k, loaded.has(k) && k === key ? table : {}])),
    }), only, '导入的决算表');
    if (refused.length > 0 || !only.has(key)) return refused[0]?.message ?? '不能作为数据读入';
    return checkAccounts(accounts, undefined, TABLE_RULES).find((f) => f.severity === 'error' && f.cells.every((c) => String(c.path[0]) === key))?.message;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
