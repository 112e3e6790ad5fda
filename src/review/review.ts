/**
 * juesuan review: a published document checked as it is, with no data file.
 * Its own tables are imported and checked (表内/表间勾稽); its Part 3 is
 * linted against them; what the tables cannot decide is verified against
 * last year's document when it is given, else only against the text itself
 * (change ↔ rate ↔ amount, parts ↔ whole) and otherwise listed as unverified.
 */
import { checkAccounts, RULES, type Finding as CheckFinding } from '../check/index.js';
import { beyondTableRules } from '../check/beyond-tables.js';
import { placeMessages } from '../documents/index.js';
import { TABLE_TITLES } from '../import/tables.js';
import { createLintContext, lintMarkdown, type LintResult } from '../lint/lint.js';
import type { ReviewDocument } from './document.js';
import { partialAccounts, reviewCatalog, TABLE_KEYS, vehicleUsesIn, type PartialAccounts } from './partial.js';

/** The checks a review runs, in report order. */
export type CheckId = 'tables' | 'against-tables' | 'previous-year' | 'text';

export interface ReviewCheck {
  id: CheckId;
  /** in Chinese: 表内/表间勾稽 … */
  name: string;
  ran: boolean;
  /** in Chinese: on what it ran, or why not */
  detail: string;
}

export interface ReviewResult {
  filePath: string;
  department?: string;
  year: number;
  /** last year's document, when one was given or paired */
  previousFile?: string;
  checks: ReviewCheck[];
  /** the nine tables: imported and usable, or not, with why */
  tables: { imported: string[]; notImported: Array<{ table: string; title: string; reason: string }> };
  /** the import's own notes (a table merged, 本表无数据 …) */
  notes: string[];
  /** 表内/表间勾稽 findings, on the imported tables only */
  tableFindings: CheckFinding[];
  /** Part 3 against the tables and itself */
  lint: LintResult;
  errorCount: number;
  warningCount: number;
}

/** The previous-year document a review is given: read, and its tables loaded. */
export interface PreviousDocument {
  document: ReviewDocument;
  accounts: PartialAccounts;
}

/** Why a document cannot be reviewed (exit 2): in Chinese, naming the file. */
export class ReviewInputError extends Error {
  constructor(readonly filePath: string, message: string) {
    super(message);
    this.name = 'ReviewInputError';
  }
}

/** 表内/表间勾稽: the identities of the tables; the rules about what lies beyond them have nothing to check here. */
const TABLE_RULES = RULES.filter((r) => !beyondTableRules.includes(r));

/** A document's year: its header's, or (Part 3 only) its Part 3 title's; without one the year checks would guess. */
function yearOf(doc: ReviewDocument): number {
  if (doc.year === undefined) {
    throw new ReviewInputError(doc.filePath, '无法确定决算年度：文件中没有“20XX 年度部门决算”字样');
  }
  return doc.year;
}

/** The tables of a document loaded as accounts, on their own (no previous year): what --previous supplies. */
export function loadPrevious(doc: ReviewDocument): PreviousDocument {
  const year = yearOf(doc);
  return { document: doc, accounts: partialAccounts({ department: doc.department ?? '', year, tables: doc.imported.tables }) };
}

export function reviewDocument(doc: ReviewDocument, previous?: PreviousDocument): ReviewResult {
  const year = yearOf(doc);
  const notes = [...doc.imported.notes];
  if (previous) {
    const lastYear = yearOf(previous.document);
    if (lastYear !== year - 1) {
      throw new ReviewInputError(previous.document.filePath, `上年文件是 ${lastYear} 年度的决算，${doc.filePath} 是 ${year} 年度的，上年文件应为 ${year - 1} 年度`);
    }
    const [a, b] = [doc.department, previous.document.department];
    if (a && b && a !== b) notes.push(`上年文件的部门（${b}）与本文件（${a}）不同，请确认选对了上年文件`);
  }
  const input = {
    department: doc.department ?? '', year, tables: doc.imported.tables, vehicleUses: vehicleUsesIn(doc.part3),
    ...(previous ? { previous: previous.accounts } : {}),
  };
  const partial = partialAccounts(input);
  const imported = TABLE_KEYS.filter((k) => partial.tables.has(k));
  const notImported = TABLE_KEYS.filter((k) => !partial.tables.has(k)).map((table) => ({
    table, title: TABLE_TITLES[TABLE_KEYS.indexOf(table) + 1]!,
    reason: partial.unusable.find((u) => u.table === table)?.reason ?? '文件中没有找到',
  }));

  // Identities that touch a table the document did not supply are not checked: its zeros are no figures.
  const tableFindings = imported.length === 0 ? [] : checkAccounts(partial.accounts, undefined, TABLE_RULES)
    .filter((f) => f.cells.every((c) => partial.tables.has(String(c.path[0]))));

  const ctx = createLintContext(reviewCatalog(input, partial));
  const linted = lintMarkdown(doc.part3, ctx, { filePath: doc.filePath });
  const lint = doc.origin ? placeMessages(linted, doc.part3, doc.origin) : linted;

  const missing = notImported.map((t) => t.table);
  const checks: ReviewCheck[] = [
    {
      id: 'tables', name: '表内/表间勾稽', ran: imported.length > 0,
      detail: imported.length === 0 ? '未进行（没有导入任何决算表）'
        : `${imported.length} 张表${missing.length > 0 ? `（未导入 ${missing.join('、')}，涉及它们的勾稽关系未核对）` : ''}`,
    },
    {
      id: 'against-tables', name: '说明文字与决算表核对', ran: imported.length > 0,
      detail: imported.length === 0 ? '未进行（没有导入任何决算表），表中的数字列为无法核对' : `对照导入的 ${imported.length} 张表`,
    },
    {
      id: 'previous-year', name: '与上年文件核对', ran: previous !== undefined,
      detail: previous ? `上年文件 ${previous.document.filePath}（${year - 1} 年度，导入 ${previous.accounts.tables.size} 张表）`
        : '未进行（未提供上年决算文件 --previous），上年数字只做文字自洽检查，其余列为无法核对',
    },
    { id: 'text', name: '文字自洽', ran: true, detail: '变动额 ↔ 变动率 ↔ 金额，完成率 ↔ 预算数 ↔ 决算数，部分 ↔ 整体，占比' },
  ];
  const tableErrors = tableFindings.filter((f) => f.severity === 'error').length;
  return {
    filePath: doc.filePath,
    ...(doc.department ? { department: doc.department } : {}),
    year,
    ...(previous ? { previousFile: previous.document.filePath } : {}),
    checks,
    tables: { imported, notImported },
    notes,
    tableFindings,
    lint,
    errorCount: tableErrors + lint.errorCount,
    warningCount: tableFindings.length - tableErrors + lint.warningCount,
  };
}

/**
 * Last year's document for each document of a folder: the one of the same
 * department (as the headers state it) and the year before. Where a header
 * names no department, the file names stand in: the same name but for the year.
 */
export function pairWithLastYear(docs: readonly ReviewDocument[]): Map<ReviewDocument, ReviewDocument> {
  const pairs = new Map<ReviewDocument, ReviewDocument>();
  const nameKey = (d: ReviewDocument) => d.filePath.replace(/^.*[\\/]/u, '').replace(/(?:19|20)\d{2}/gu, '#');
  for (const doc of docs) {
    if (doc.year === undefined) continue;
    const last = docs.find((d) => d !== doc && d.year === doc.year! - 1
      && (doc.department && d.department ? d.department === doc.department : nameKey(d) === nameKey(doc)));
    if (last) pairs.set(doc, last);
  }
  return pairs;
}
