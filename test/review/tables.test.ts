/**
 * Review judges only what was read: a table the import could not vouch for
 * (failing its own identities, no amounts read) or that the document does not
 * hold is never judged against — its figures are unverified, with the table's
 * problem as the reason, and the problem is reported once, as the table's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textTables, type ImportedTables } from '../../src/import/index.js';
import { formatReviewJson, formatReviewStylish } from '../../src/report/review.js';
import { documentFromText, withPart3 } from '../../src/review/document.js';
import { reviewDocument, type ReviewResult } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

const SEED = readFileSync(`${ROOT}test/fixtures/liaocheng-2024.txt`, 'utf8');
type Obj = Record<string, any>;

/** The seed's tables as the import reads them, changed by `edit` (a misread, a table left out, the import's own verdict). */
function reviewWith(edit: (imported: ImportedTables & { tables: Obj }) => void): ReviewResult {
  const imported = structuredClone(textTables(SEED)) as ImportedTables & { tables: Obj };
  edit(imported);
  return reviewDocument(documentFromText('doc.txt', 'text', SEED, undefined, { imported }));
}

const lineOf = (text: string) => SEED.split('\n').findIndex((l) => l.includes(text)) + 1;
/** Part 3's messages about the figure `actual` on the line holding `where`. */
const about = (r: ReviewResult, where: string, actual: string) => r.lint.messages.filter((m) => m.line === lineOf(where) && m.actual === actual);
const errorRules = (r: ReviewResult) => r.lint.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);

const BASIC = '2024 年度支出合计 4,340.16 万元，其中：基本支出 3,153.47 万元';

describe('a table the import names unreliable', () => {
  // 基本支出 misread as 3,000.00: 公开03表's 合计 row no longer adds up, and the import says so, with a cell it
  // could not place (a table whose every figure was placed and that fails only its own identities: below).
  const result = reviewWith((t) => {
    t.tables['公开03表'].合计.基本支出 = '3,000.00';
    t.unreliable = [{
      table: '公开03表', kind: 'placement', reason: '合计行 本年支出合计 4,340.16 ≠ 基本支出 3,000.00 + 项目支出 1,186.68',
      cells: [{ path: ['公开03表', '合计', '本年支出合计'], page: 5, line: 12 }, { path: ['公开03表', '合计', '基本支出'], page: 5, line: 12 }],
    }];
  });

  it('is never judged against: its figures are unverified, with the table\'s problem as the reason', () => {
    expect(about(result, BASIC, '3,153.47').filter((m) => m.severity === 2)).toEqual([]);
    const reasons = result.lint.messages.filter((m) => m.ruleId === 'unverified-figure' && m.message.includes('公开03表导入后有不能确定位置的单元格：见报告中“不作核对依据的决算表”'));
    expect(reasons.length).toBeGreaterThan(0);
    expect(errorRules(result)).toEqual(['subset-exceeds-superset']); // the seed's one real slip, nothing against the misread cell
  });

  it('its problem is reported once, as the table\'s, with where it is; its identities are not reported again', () => {
    expect(result.tables.imported).not.toContain('公开03表');
    const listed = result.tables.notImported.filter((t) => t.table === '公开03表');
    expect(listed).toEqual([expect.objectContaining({ status: 'unreliable', problems: [{ reason: expect.stringContaining('3,000.00'), places: ['第 5 页 12 行'], cells: expect.arrayContaining([expect.objectContaining({ page: 5, line: 12 })]) }] })]);
    expect(result.tableFindings.filter((f) => f.cells.some((c) => c.path[0] === '公开03表'))).toEqual([]);
    const stylish = formatReviewStylish([result]);
    expect(stylish.split('\n').filter((l) => l.includes('合计行 本年支出合计 4,340.16 ≠'))).toHaveLength(1);
    expect(JSON.parse(formatReviewJson([result]))[0].tables.notImported[0].status).toBe('unreliable');
  });

  it('is placed in a Word file by its paragraph or table row: a Word file has no pages', () => {
    const imported = structuredClone(textTables(SEED)) as ImportedTables & { tables: Obj };
    imported.unreliable = [{ table: '公开03表', reason: '合计行不相加', cells: [{ path: ['公开03表', '合计', '基本支出'], page: 1, line: 90 }] }];
    const word = reviewDocument(documentFromText('doc.docx', 'docx', SEED, undefined, { imported }));
    expect(word.tables.notImported.find((t) => t.table === '公开03表')!.problems![0]!.places).toEqual(['第 90 个段落或表格行']);
  });

  it('counts as one warning, not as an error: it may be the import\'s misreading as well as the document\'s slip', () => {
    expect(result.errorCount).toBe(1);
    const unverified = result.lint.messages.filter((m) => m.severity === 1).length;
    expect(result.warningCount).toBe(unverified + 1);
  });
});

describe('a subject table the import names unreliable for its own identities alone, every figure placed', () => {
  // The document printed 基本支出 3,000.00 in 公开03表's 合计 row, and the import read every cell where it stands.
  const result = reviewWith((t) => {
    t.tables['公开03表'].合计.基本支出 = '3,000.00';
    t.unreliable = [{
      table: '公开03表', kind: 'own', reason: '公开03表导入后不能通过自身的勾稽关系：合计行 本年支出合计 4,340.16 ≠ 基本支出 3,000.00 + 项目支出 1,186.68',
      cells: [{ path: ['公开03表', '合计', '本年支出合计'], page: 5, line: 12 }, { path: ['公开03表', '合计', '基本支出'], page: 5, line: 12 }],
    }];
  });

  it('is the document\'s slip: an error on its cells, as check reports it; the table is still not judged against', () => {
    const own = result.tableFindings.filter((f) => f.cells.every((c) => c.path[0] === '公开03表'));
    expect(own.map((f) => [f.severity, f.ruleId])).toContainEqual(['error', 'subject-row-total']);
    expect(result.tables.imported).not.toContain('公开03表');
    expect(result.tables.notImported.find((t) => t.table === '公开03表')!.reason).toMatch(/表中每个数字的行和栏都已确定：是文件本身的错误/u);
    expect(about(result, BASIC, '3,153.47').filter((m) => m.severity === 2)).toEqual([]);
  });
});

describe('公开09表 whose 合计 does not add up, every cell read (blind 18D r08: 公务接待费 printed 10.00 over)', () => {
  // The document printed 决算数 公务接待费 22.32 (12.32 in the seed): 20.14 + 17.24 + 22.32 ≠ 合计 49.70.
  const slipped = (file: string, kind: 'docx' | 'text') => {
    const imported = structuredClone(textTables(SEED)) as ImportedTables & { tables: Obj };
    imported.tables['公开09表'].决算数.公务接待费 = '22.32';
    imported.unreliable = [{
      table: '公开09表', kind: 'own', reason: '公开09表导入后不能通过自身的勾稽关系：决算数 合计 49.70 ≠ 59.70',
      cells: [{ path: ['公开09表', '决算数', '合计'], page: 1, line: 40 }, { path: ['公开09表', '决算数', '公务接待费'], page: 1, line: 43 }],
    }];
    return reviewDocument(documentFromText(file, kind, SEED, undefined, { imported }));
  };
  const ownErrors = (r: ReviewResult) => r.tableFindings.filter((f) => f.severity === 'error' && f.cells.every((c) => c.path[0] === '公开09表'));

  it('in a Word file (its cells read from the table\'s w:tc, not by geometry) is the document\'s error, as 01–08\'s are', () => {
    const result = slipped('doc.docx', 'docx');
    expect(ownErrors(result).map((f) => [f.ruleId, f.message])).toEqual([['t09-total', expect.stringMatching(/公务接待费 22\.32.*与合计 49\.70 相差 10\.00/u)]]);
    expect(result.tables.notImported.find((t) => t.table === '公开09表')!.reason).toMatch(/表中每个数字的行和栏都已确定：是文件本身的错误/u);
    expect(result.errorCount).toBeGreaterThan(slipped('doc.txt', 'text').errorCount);
  });

  it('in a document read by the layout of its text is not judged: a cell may have been left blank unsaid', () => {
    const result = slipped('doc.txt', 'text');
    expect(ownErrors(result)).toEqual([]);
    expect(result.tables.notImported.find((t) => t.table === '公开09表')!.reason).toMatch(/可能是文件本身的错误，也可能是导入有误/u);
  });
});

describe('a table whose 合计 row contradicts itself, and so fails an identity with another table there too (blind 14R j-footnotes-pdf)', () => {
  // The document printed 公开05表's 合计 小计 as 9,999.99 (基本支出 3,153.47 + 项目支出 1,057.57 make 4,211.05); every
  // figure was placed. That 小计 also differs from 公开04表's 一般公共预算 total: the same slip, seen from the other table.
  const total = { path: ['公开05表', '合计', '小计'], page: 7, line: 5 };
  const slipped = (crossCells: Array<{ path: string[]; page?: number; line?: number }>) => reviewWith((t) => {
    t.tables['公开05表'].合计.小计 = '9,999.99';
    const own = { message: '公开05表 合计行：基本支出 3,153.47 + 项目支出 1,057.57 = 4,211.04，与小计 9,999.99 相差 5,788.95', cells: [total, { path: ['公开05表', '合计', '基本支出'], page: 7, line: 5 }, { path: ['公开05表', '合计', '项目支出'], page: 7, line: 5 }] };
    const cross = { message: '与公开04表之间：公开05表 合计行 小计 9,999.99，与公开04表 本年支出合计 4,211.05 相差 5,788.94', cells: crossCells };
    t.unreliable = [{ table: '公开05表', kind: 'own', reason: `公开05表导入后不能通过自身的勾稽关系：${own.message}；${cross.message}`, cells: [...own.cells, ...crossCells], details: [own, cross] }];
  });

  it('is the document\'s error, on its cells, when the other table\'s equality fails only at the cells failing its own', () => {
    const result = slipped([total, { path: ['公开04表', '支出', '本年支出合计', '一般公共预算财政拨款'], page: 6, line: 17 }]);
    const errors = result.tableFindings.filter((f) => f.severity === 'error' && f.cells.every((c) => c.path[0] === '公开05表'));
    // one slip, one error: the row's identity and the column's it fails with it, said together
    expect(errors.map((f) => f.ruleId)).toEqual(['subject-row-total']);
    expect(errors[0]!.message).toMatch(/合计行.*与小计 9,999\.99.*；.*小计列/u);
    expect(errors.flatMap((f) => f.cells.map((c) => c.path.join(' › ')))).toContain('公开05表 › 合计 › 小计');
    expect(result.tables.notImported.find((t) => t.table === '公开05表')!.reason).toMatch(/表中每个数字的行和栏都已确定：是文件本身的错误/u);
    // the other table, right on its own, is judged against
    expect(result.tables.imported).toContain('公开04表');
  });

  it('is not, when the other table is not vouched for either (every table failing: a font whose digits map to others)', () => {
    const result = reviewWith((t) => {
      t.tables['公开05表'].合计.小计 = '9,999.99';
      const own = { message: '公开05表 合计行：基本支出 3,153.47 + 项目支出 1,057.57 = 4,211.04，与小计 9,999.99 相差 5,788.95', cells: [total, { path: ['公开05表', '合计', '基本支出'], page: 7, line: 5 }] };
      const cross = { message: '与公开04表之间：公开05表 合计行 小计 9,999.99，与公开04表 本年支出合计 4,211.05 相差 5,788.94', cells: [total, { path: ['公开04表', '支出', '本年支出合计', '一般公共预算财政拨款'], page: 6, line: 17 }] };
      t.unreliable = [
        { table: '公开05表', kind: 'own', reason: `公开05表导入后不能通过自身的勾稽关系：${own.message}`, cells: [...own.cells, ...cross.cells], details: [own, cross] },
        { table: '公开04表', kind: 'own', reason: '公开04表导入后不能通过自身的勾稽关系：…', cells: [{ path: ['公开04表', '收入', '总计'], page: 6, line: 20 }] },
      ];
    });
    expect(result.tableFindings.filter((f) => f.severity === 'error' && f.cells.every((c) => c.path[0] === '公开05表'))).toEqual([]);
    expect(result.tables.notImported.find((t) => t.table === '公开05表')!.reason).toMatch(/可能是文件本身的错误，也可能是导入有误/u);
  });

  it('is not, when the other table\'s equality fails at a cell of this table that passes its own identities', () => {
    const result = slipped([{ path: ['公开05表', '科目', '201 一般公共服务支出', '小计'], page: 7, line: 6 }, { path: ['公开04表', '支出', '一般公共服务支出', '一般公共预算财政拨款'], page: 6, line: 9 }]);
    expect(result.tableFindings.filter((f) => f.severity === 'error' && f.cells.every((c) => c.path[0] === '公开05表'))).toEqual([]);
    expect(result.tables.notImported.find((t) => t.table === '公开05表')!.reason).toMatch(/可能是文件本身的错误，也可能是导入有误/u);
  });
});

describe('the same table read from a scan\'s text layer (blind 14R i-ocr-typo: the image shows 11,402.95, the OCR text 11,407.95)', () => {
  // A page that is a picture with invisible text over it (PdfPage.ocr): a figure may be misread, so a failing identity
  // is no certain slip of the document — the reviewer is asked to look at the page's image.
  const result = reviewWith((t) => {
    t.tables['公开03表'].合计.基本支出 = '3,000.00';
    t.pages = { ...t.pages, 公开03表: 5 };
    t.ocrPages = [4, 5, 6];
    t.unreliable = [{
      table: '公开03表', kind: 'own', reason: '公开03表导入后不能通过自身的勾稽关系：合计行 本年支出合计 4,340.16 ≠ 基本支出 3,000.00 + 项目支出 1,186.68',
      cells: [{ path: ['公开03表', '合计', '本年支出合计'], page: 5, line: 12 }, { path: ['公开03表', '合计', '基本支出'], page: 5, line: 12 }],
    }];
  });

  it('is 请核对, not the document\'s error: no error on its cells, the page named as a text layer, the table still not judged against', () => {
    expect(result.tableFindings.filter((f) => f.severity === 'error' && f.cells.every((c) => c.path[0] === '公开03表'))).toEqual([]);
    const listed = result.tables.notImported.find((t) => t.table === '公开03表')!;
    expect(listed.status).toBe('unreliable');
    expect(listed.reason).toMatch(/第 5 页是扫描图像上的文字识别层（OCR），数字可能识别有误，不一定是文件本身的错误：请对照页面图像核对/u);
    expect(listed.reason).not.toMatch(/是文件本身的错误，见/u);
    expect(result.tables.imported).not.toContain('公开03表');
  });
});

describe('a table of a scan\'s text layer whose figures could not all be placed (blind 14R h-ocr: words ±1 pt off their lines)', () => {
  const result = reviewWith((t) => {
    t.pages = { ...t.pages, 公开03表: 5 };
    t.ocrPages = [5];
    t.unreliable = [{
      table: '公开03表', kind: 'placement', reason: '第 5 页第 12 行“3,153.47”：离“合计”和“201 一般公共服务支出”两行差不多远，不能确定属于哪一行',
      cells: [{ path: ['公开03表', '合计', '基本支出'], page: 5, line: 12 }],
    }];
  });

  it('says why it is left unread: the text layer\'s words stand off their lines, and no row was guessed', () => {
    const listed = result.tables.notImported.find((t) => t.table === '公开03表')!;
    expect(listed.reason).toMatch(/第 5 页是扫描图像上的文字识别层（OCR），识别出的文字位置略有偏差，导入时未能确定这些数字属于哪一行或哪一栏，没有猜测/u);
    expect(result.tables.imported).not.toContain('公开03表');
  });
});

describe('公开05表 whose 合计 row contradicts itself, every cell placed (blind 14R j-footnotes-pdf: a Word =SUM field recalculated to 1,255,481.28 beside 784,129.95 + 164,544.27)', () => {
  // (whether the row is the document's slip or a misread is left open: a column read one over fails the same way, and
  // the other table's figure would then set it right — blind 11R d17's 公开07表)
  // The document prints 05's 合计 小计 as 9,999.99 where its 基本支出 3,153.47 + 项目支出 1,057.57 make 4,211.05:
  // the row fails its own identity, and so does 04's 本年支出合计 against that 小计.
  const text = SEED.replace('合 计\t\t4,211.05\t3,153.47\t1,057.57', '合 计\t\t9,999.99\t3,153.47\t1,057.57');
  const imported = textTables(text);
  const result = reviewDocument(documentFromText('doc.txt', 'text', text, undefined, { imported }));

  it('the import names 05 unreliable, and not 04, whose only failing partner is that row (04 is judged on its own identities)', () => {
    expect(text).not.toBe(SEED);
    expect(imported.unreliable.map((u) => u.table)).toEqual(['公开05表']);
    expect(imported.unreliable[0]!.details!.map((d) => d.message)).toContainEqual(expect.stringMatching(/^与公开04表之间：公开05表 合计行 小计 9,999\.99/u));
  });

  it('review does not judge against 05 but uses 04: 04 is not collateral of 05\'s row', () => {
    expect(result.tables.notImported.map((t) => t.table)).toContain('公开05表');
    expect(result.tables.notImported.map((t) => t.table)).not.toContain('公开04表');
    expect(result.tables.imported).toContain('公开04表');
  });
});

describe('a table that fails its own identities where the import did not say so', () => {
  // 基本支出 misread as 3,000.00 and nothing said: review's own check of the table finds it.
  const result = reviewWith((t) => { t.tables['公开03表'].合计.基本支出 = '3,000.00'; });

  it('is named unreliable by review itself, with the failing identity, and never judged against', () => {
    const [listed] = result.tables.notImported;
    expect(listed).toMatchObject({ table: '公开03表', status: 'unreliable' });
    expect(listed!.problems![0]!.reason).toContain('3,000.00');
    expect(about(result, BASIC, '3,153.47').filter((m) => m.severity === 2)).toEqual([]);
    expect(errorRules(result)).toEqual(['subset-exceeds-superset']);
    expect(result.tableFindings.filter((f) => f.cells.every((c) => c.path[0] === '公开03表'))).toEqual([]);
  });
});

describe('a table found but with no amounts read', () => {
  const result = reviewWith((t) => {
    for (const side of ['预算数', '决算数']) for (const k of Object.keys(t.tables['公开09表'][side])) t.tables['公开09表'][side][k] = null;
    t.unread = [{ table: '公开09表', reason: '表头下没有金额，表中各栏的数字未能读出' }];
  });

  it('leaves the 三公 figures unverified, never compared with 0', () => {
    const line = '1、因公出国（境）费全年预算为 20.14 万元，支出决算为 20.14 万元';
    expect(about(result, line, '20.14').filter((m) => m.severity === 2)).toEqual([]);
    expect(result.lint.messages.some((m) => m.ruleId === 'unverified-figure' && m.message.includes('公开09表中没有读出数字'))).toBe(true);
    expect(errorRules(result)).toEqual(['subset-exceeds-superset']);
    expect(result.tables.notImported).toEqual([expect.objectContaining({ table: '公开09表', status: 'unread', reason: expect.stringContaining('未能读出数字') })]);
  });
});

describe('a table the document does not hold', () => {
  const result = reviewWith((t) => { delete t.tables['公开05表']; });

  it('is unknown, not zeros: its figures are unverified and say the table is not in the file', () => {
    // (its 合计 is 04's 一般公共预算财政拨款 column of 本年支出合计: checked against 04)
    expect(about(result, '2024 年度一般公共预算财政拨款支出 4,211.05 万元，占本年支出合计的', '97.03')).toEqual([]);
    // (a figure only 05 holds, its 基本支出, is unverified)
    const [m] = about(result, '一般公共预算财政拨款基本支出决算 3,153.47 万元', '3,153.47');
    expect(m?.ruleId).toBe('unverified-figure');
    expect(m?.message).toContain('文件中没有找到公开05表');
    expect(errorRules(result)).toEqual(['subset-exceeds-superset']);
  });

  it('is listed as not found, with a true reason, and counts as no problem of the document', () => {
    expect(result.tables.notImported).toEqual([{ table: '公开05表', title: '一般公共预算财政拨款支出决算表', status: 'absent', reason: '文件中没有找到这张表' }]);
    expect(formatReviewStylish([result])).not.toMatch(/暂不能导入|需手工填写/u);
    expect(result.tableFindings.filter((f) => f.cells.some((c) => c.path[0] === '公开05表'))).toEqual([]);
  });
});

/** The seed's tables with only those kept (the rest as a document that prints none of them). */
const onlyTables = (keep: string[], edit: (tables: Obj) => void = () => {}, unreliable?: ImportedTables['unreliable']) => reviewWith((t) => {
  for (const key of Object.keys(t.tables)) if (!keep.includes(key)) delete t.tables[key];
  edit(t.tables);
  if (unreliable) t.unreliable = unreliable;
});
/** 公开01表 as the import names it where its sources do not add up to 本年收入合计. */
const T01_OWN = [{
  table: '公开01表', kind: 'own' as const, reason: '公开01表导入后不能通过自身的勾稽关系：收入各项之和与本年收入合计不符',
  cells: [{ path: ['公开01表', '收入', '本年收入合计'], page: 4, line: 143 }, { path: ['公开01表', '收入', '政府性基金预算财政拨款收入'], page: 4, line: 118 }],
}];
const INCOME = '2024 年度收入合计 4,340.16 万元，其中：财政拨款收入 4,340.16 万元';

describe('公开01表 failing its own identity alone, every figure placed (blind 12R d9: sources add to 1,360.00, 本年收入合计 1,350.00)', () => {
  const result = onlyTables(['公开01表'], (t) => { t['公开01表'].收入.政府性基金预算财政拨款收入 = '139.11'; }, T01_OWN);

  it('is the document\'s slip, reported as check reports it; the table is still not judged against', () => {
    const own = result.tableFindings.filter((f) => f.cells.every((c) => c.path[0] === '公开01表'));
    expect(own.map((f) => f.severity)).toContain('error');
    expect(own.some((f) => f.message.includes('4,350.16') && f.message.includes('4,340.16'))).toBe(true);
    expect(result.tables.imported).not.toContain('公开01表');
    expect(result.tables.notImported.find((t) => t.table === '公开01表')!.reason).toMatch(/表中每个数字的行和栏都已确定：是文件本身的错误/u);
  });

  it('but not where the failing total was not read where it stands (a blank 本年收入合计 beside its sources)', () => {
    const blank = reviewWith((t) => {
      for (const key of Object.keys(t.tables)) if (key !== '公开01表') delete t.tables[key];
      t.tables['公开01表'].收入.本年收入合计 = null;
      delete t.cells!['公开01表›收入›本年收入合计'];
      t.unreliable = T01_OWN;
    });
    expect(blank.tableFindings.filter((f) => f.cells.every((c) => c.path[0] === '公开01表') && f.severity === 'error')).toEqual([]);
  });
});

describe('公开01表 read and reliable, 02 and 03 not in the document (blind 12R d4, d9)', () => {
  const part3 = (rate: string) => [
    '第三部分 2024年度部门决算情况说明',
    '一、收入支出决算总体情况说明',
    `2024年度本年收入合计4,340.16万元，其中：一般公共预算财政拨款收入4,211.05万元，占本年收入合计的${rate}。本年支出合计4,340.16万元，其中：基本支出3,153.47万元。`,
  ].join('\n');
  const review = (rate: string) => {
    const imported = structuredClone(textTables(SEED)) as ImportedTables & { tables: Obj };
    for (const key of Object.keys(imported.tables)) if (key !== '公开01表') delete imported.tables[key];
    return reviewDocument(withPart3(documentFromText('doc.txt', 'text', SEED, undefined, { imported }), part3(rate)));
  };
  const on = (r: ReviewResult, actual: string) => r.lint.messages.filter((m) => m.actual === actual);

  it('gives 本年收入合计 and 本年支出合计 (01 prints them): the figures and shares of them are checked, not unverified', () => {
    const result = review('97.03%');
    expect(result.tables.imported).toEqual(['公开01表']);
    expect(on(result, '4,340.16')).toEqual([]);
    expect(on(result, '97.03')).toEqual([]);
    expect(result.lint.verifiedCount).toBeGreaterThanOrEqual(3);
  });

  it('a wrong share of 01\'s 本年收入合计 is an error', () => {
    expect(on(review('97.13%'), '97.13').map((m) => m.severity)).toEqual([2]);
  });

  it('基本支出 is still unknown: 01 does not print it', () => {
    expect(on(review('97.03%'), '3,153.47').map((m) => m.ruleId)).toEqual(['unverified-figure']);
  });
});
