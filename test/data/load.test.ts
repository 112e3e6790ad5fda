import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/data/amount.js';
import { DataError, loadAccounts, parseAccounts, type DataProblem } from '../../src/data/load.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedFile = join(root, 'data/liaocheng-2024.yaml');
const seed = readFileSync(seedFile, 'utf8');

/** The seed with one exact piece of text replaced; fails loudly if the piece is not there. */
function corrupt(from: string, to: string): string {
  expect(seed.includes(from), `seed should contain ${JSON.stringify(from)}`).toBe(true);
  return seed.replace(from, to);
}

/** The seed without one top-level section (its key line and the indented lines below it). */
function withoutSection(key: string): string {
  const section = new RegExp(`^${key}:.*\\n(?:(?: .*)?\\n)*`, 'mu');
  expect(section.test(seed), `seed should have a section ${key}`).toBe(true);
  return seed.replace(section, '');
}

/** 1-based line of the first occurrence of needle in text. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  expect(at, `text should contain ${JSON.stringify(needle)}`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
}

function problemsOf(load: () => unknown): DataProblem[] {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
  throw new Error('expected a DataError');
}

const parseProblems = (text: string): DataProblem[] => problemsOf(() => parseAccounts(text, 'bad.yaml'));

/** The only problem, at the given path. */
function onlyProblem(text: string, path: Array<string | number>): DataProblem {
  const problems = parseProblems(text);
  expect(problems.map((p) => p.path)).toEqual([path]);
  expect(problems[0]!.file).toBe('bad.yaml');
  return problems[0]!;
}

describe('loading the seed (聊城市政府办公室 2024)', () => {
  const { accounts } = loadAccounts(seedFile);

  it('stores a reason without its trailing full stops, commas, semicolons or spaces (templates add punctuation); inner ones stay', () => {
    const ending = '积极响应“过紧日子”的号召，在保障重点工作的同时，积极节约开支';
    for (const tail of ['。', '；\u3000', '，，， ', ';。\t', ',.']) {
      const { accounts } = parseAccounts(seed.replace(`收支总计变动: ${ending}\n`, `收支总计变动: "${ending}${tail}"\n`), 'tail.yaml');
      expect(accounts.reasons.grandTotalChange, JSON.stringify(tail)).toBe(tail === ',.' ? `${ending},.` : ending);
    }
  });

  it('reads the header', () => {
    expect(accounts.department).toBe('聊城市政府办公室（汇总）');
    expect(accounts.year).toBe(2024);
    expect(accounts.unit).toBe('万元');
  });

  it('reads amounts as exact decimals, thousands separators and all', () => {
    const total = accounts.t05.total.subtotal;
    expect(total).toBeInstanceOf(Decimal);
    expect(total.equals(new Decimal('4211.05'))).toBe(true);
    expect(accounts.t01.income.grandTotal.toFixed(2)).toBe('4340.16');
  });

  it('reads a blank cell as zero', () => {
    expect(accounts.t01.income.soeAppropriation.isZero()).toBe(true);
    const row = accounts.t03.rows.find((r) => r.code === '2010301')!;
    expect(row.values.project.isZero()).toBe(true);
  });

  it('keeps the subject rows in order with their levels', () => {
    expect(accounts.t02.rows).toHaveLength(22);
    expect(accounts.t02.rows.slice(0, 3).map((r) => [r.code, r.level])).toEqual([
      ['201', 'class'], ['20103', 'kuan'], ['2010301', 'item'],
    ]);
  });

  it('reads an empty table as 本表无数据 with its note', () => {
    expect(accounts.t08.noData).toBe(true);
    expect(accounts.t08.rows).toEqual([]);
    expect(accounts.t08.note).toBe('本部门没有使用国有资本经营预算安排的支出，故本表无数据。');
  });

  it('reads the opening budget by item code', () => {
    expect(accounts.openingBudget.gpb.items.get('2010301')?.toFixed(2)).toBe('1796.83');
    expect(accounts.openingBudget.gpb.total?.toFixed(2)).toBe('4791.75');
    expect(accounts.openingBudget.govFund.items.get('2120899')?.toFixed(2)).toBe('280.00');
  });

  it('reads the performance projects', () => {
    expect(accounts.performance?.projects.map((p) => p.name)).toEqual([
      '办公室业务运行', '老干、党建、保密、精神文明建设等活动', '党政专用高清电视会议系统市政府八楼会议室项目',
    ]);
    expect(accounts.performance?.projects[2]?.score.toString()).toBe('98.44');
  });

  it('keeps the transcribed contradiction of 政府采购 for the checker to report', () => {
    expect(accounts.procurement?.sme.isZero()).toBe(true);
    expect(accounts.procurement?.smallMicro.toFixed(2)).toBe('48.57');
  });
});

describe('unusable data files are reported with file, path, line and what was expected', () => {
  it('malformed YAML: the position of the first syntax error, not its follow-on errors', () => {
    const text = corrupt('    政府性基金预算财政拨款收入: 129.11\n', '   政府性基金预算财政拨款收入: 129.11\n');
    const problems = parseProblems(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(lineOf(text, '   政府性基金预算财政拨款收入'));
    expect(problems[0]!.message).toMatch(/^YAML 格式错误：/);
  });

  it('a duplicated key is a YAML error at the second occurrence', () => {
    const text = corrupt('年度: 2024\n', '年度: 2024\n年度: 2025\n');
    const problems = parseProblems(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(lineOf(text, '年度: 2025'));
  });

  it('a string where a mapping is expected', () => {
    const text = corrupt(
      '公开08表: # 国有资本经营预算财政拨款支出决算表\n  本表无数据: true\n  说明: 本部门没有使用国有资本经营预算安排的支出，故本表无数据。\n  合计:\n  科目:\n',
      '公开08表: 本表无数据\n',
    );
    const p = onlyProblem(text, ['公开08表']);
    expect(p.line).toBe(lineOf(text, '公开08表: 本表无数据'));
    expect(p.message).toBe('应为映射（键: 值），实际为“本表无数据”');
  });

  it('a missing table is no error: a writer may have only some tables; the accounts name it as absent', () => {
    const text = withoutSection('公开03表');
    expect(text).not.toContain('本年支出合计: 4,340.16\n    基本支出: 3,153.47');
    expect(parseAccounts(text, 'x.yaml').accounts.absentTables).toEqual(['公开03表']);
    expect(parseAccounts(`${withoutSection('公开05表')}\n公开05表: {}\n`, 'x.yaml').accounts.absentTables).toEqual(['公开05表']);
    expect(parseAccounts(seed, 'x.yaml').accounts.absentTables).toBeUndefined();
  });

  it('an unknown key in a table, with the keys that are allowed', () => {
    const text = corrupt('公开02表: # 收入决算表\n  合计:', '公开02表: # 收入决算表\n  合记:');
    const p = onlyProblem(text, ['公开02表', '合记']);
    expect(p.line).toBe(lineOf(text, '  合记:'));
    expect(p.message).toMatch(/^未知的键“合记”，是否应为“合计”；可用的键：合计、科目、本表无数据、未读出、说明$/);
  });

  it('an unknown column in a row, with the columns that are allowed', () => {
    const text = corrupt('  合计:\n    本年收入合计: 4,340.16', '  合计:\n    本年收入合记: 4,340.16');
    const p = onlyProblem(text, ['公开02表', '合计', '本年收入合记']);
    expect(p.line).toBe(lineOf(text, '本年收入合记'));
    expect(p.message).toContain('未知的键“本年收入合记”');
    expect(p.message).toContain('可用的键：本年收入合计、财政拨款收入、上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入');
  });

  it('an unknown top-level section', () => {
    const text = corrupt('政府采购:\n', '政府採购:\n');
    const p = onlyProblem(text, ['政府採购']);
    expect(p.line).toBe(lineOf(text, '政府採购:'));
    expect(p.message).toContain('未知的键“政府採购”，是否应为“政府采购”');
  });

  it('a subject key that is not “code name”, located at the key', () => {
    const text = corrupt('    201 一般公共服务支出:\n      本年收入合计', '    201一般公共服务支出:\n      本年收入合计');
    const p = onlyProblem(text, ['公开02表', '科目', '201一般公共服务支出']);
    expect(p.line).toBe(lineOf(text, '201一般公共服务支出'));
    expect(p.message).toContain('科目应写成“编码 名称”');
  });

  it('a 项 listed under another class, with its 款 absent', () => {
    // 2080501 moved up under class 201, before 208 and 20805 appear
    const row = '    2080501 行政单位离退休:\n      本年收入合计: 295.18\n      财政拨款收入: 295.18\n';
    const text = corrupt(row, '').replace('    2010301 行政运行:\n', row + '    2010301 行政运行:\n');
    const p = onlyProblem(text, ['公开02表', '科目', '2080501 行政单位离退休']);
    expect(p.line).toBe(lineOf(text, '2080501 行政单位离退休'));
    expect(p.message).toBe('科目 2080501 的上级科目 20805 不在它之前；项级科目应列在其所属的款之后');
  });

  it('a 款 whose class is absent', () => {
    const text = corrupt('    208 社会保障和就业支出:\n      本年支出合计: 665.34\n      基本支出: 665.34\n', '');
    const p = onlyProblem(text, ['公开03表', '科目', '20805 行政事业单位养老支出']);
    expect(p.line).toBe(lineOf(text, '    20805 行政事业单位养老支出:\n      本年支出合计'));
    expect(p.message).toBe('科目 20805 的上级科目 208 不在它之前；款级科目应列在其所属的类之后');
  });

  it('an economic 款 outside its class in 公开06表', () => {
    const text = corrupt('    30101 基本工资: 898.25\n', '').replace('    30201 办公费: 111.84\n', '    30201 办公费: 111.84\n    30101 基本工资: 898.25\n');
    const p = onlyProblem(text, ['公开06表', '公用经费', '30101 基本工资']);
    expect(p.message).toBe('款级科目 30101 应列在其所属的 301 类之后');
  });

  it.each([
    ['a string', '"4,340.165"', '“4,340.165”'],
    ['a number', '4340.165', ' 4340.165'],
  ])('an amount with three decimals, written as %s', (_, written, shown) => {
    const text = corrupt('    本年收入合计: 4,340.16\n    使用非财政拨款结余:', `    本年收入合计: ${written}\n    使用非财政拨款结余:`);
    const p = onlyProblem(text, ['公开01表', '收入', '本年收入合计']);
    expect(p.line).toBe(lineOf(text, `本年收入合计: ${written}`));
    expect(p.message).toBe(`应为最多 2 位小数（万元金额到分），这里有 3 位，实际为${shown}`);
  });

  it('an amount with a bad thousands grouping', () => {
    const text = corrupt('    本年收入合计: 4,340.16\n    使用非财政拨款结余:', '    本年收入合计: 43,40.16\n    使用非财政拨款结余:');
    const p = onlyProblem(text, ['公开01表', '收入', '本年收入合计']);
    expect(p.line).toBe(lineOf(text, '43,40.16'));
    expect(p.column).toBe('    本年收入合计: '.length + 1);
    expect(p.message).toBe('应为金额：数字，最多两位小数，可带千分位（如 4,340.16），空白表示 0，实际为“43,40.16”');
  });

  it('an amount that is not a number at all', () => {
    const text = corrupt('  决算数: 377.88', '  决算数: 约 378 万元');
    const p = onlyProblem(text, ['机关运行经费', '决算数']);
    expect(p.message).toContain('应为金额：数字，最多两位小数');
  });

  it('a negative count', () => {
    const text = corrupt('    团组: 3', '    团组: -3');
    const p = onlyProblem(text, ['三公经费', '因公出国（境）', '团组']);
    expect(p.line).toBe(lineOf(text, '团组: -3'));
    expect(p.message).toBe('应为非负整数（个数、人次、辆等），实际为 -3');
  });

  it('a year that is not a 4-digit year', () => {
    const p = onlyProblem(corrupt('年度: 2024', '年度: 24'), ['年度']);
    expect(p.line).toBe(lineOf(seed, '年度:'));
    expect(p.message).toContain('应为 4 位年份');
  });

  it('an amount unit other than 万元', () => {
    const p = onlyProblem(corrupt('金额单位: 万元', '金额单位: 元'), ['金额单位']);
    expect(p.message).toContain('应为“万元”');
  });

  it('a project score above 100, inside a list', () => {
    const text = corrupt('      自评得分: 94\n', '      自评得分: 140\n');
    const p = onlyProblem(text, ['预算绩效', '项目', 1, '自评得分']);
    expect(p.line).toBe(lineOf(text, '自评得分: 140'));
    expect(p.message).toContain('应为 0 到 100 之间的分数');
  });

  it('a problem under a key that YAML reads as a number is still located', () => {
    const text = corrupt('    2080502: 人员去世', '    2080502: [人员去世]');
    const p = onlyProblem(text, ['主要原因', '科目预算完成', '2080502']);
    expect(p.line).toBe(lineOf(text, '2080502: [人员去世]'));
    expect(p.message).toBe('应为一段文字，实际为列表');
  });

  it('an empty file', () => {
    const problems = parseProblems('');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toEqual([]);
    expect(problems[0]!.message).toContain('数据文件的顶层应为映射');
  });

  it('reports every problem, in file order', () => {
    const text = corrupt('年度: 2024', '年度: 24').replace('    团组: 3', '    团组: -3').replace('公开09表:', '公开9表:');
    const problems = parseProblems(text);
    // 公开09表 is only absent (a data file may leave tables out); 公开9表 is a key nobody knows
    expect(problems.map((p) => p.path[0])).toEqual(['年度', '公开9表', '三公经费']);
    const lines = problems.map((p) => p.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('a file that does not exist', () => {
    const file = join(tmpdir(), 'juesuan-no-such-file.yaml');
    const problems = problemsOf(() => loadAccounts(file));
    expect(problems).toEqual([{ file, path: [], message: '文件不存在；需要一个 YAML 数据文件' }]);
  });

  it('a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-'));
    const problems = problemsOf(() => loadAccounts(dir));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('这是一个目录');
  });
});
