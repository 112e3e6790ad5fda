/**
 * Every document is accepted, its year found in whatever it offers; a document
 * that contradicts itself on its year gets one error naming both places, and no
 * sentence is judged wrong for agreeing with the rest of the document.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/review/document.js';
import { reviewDocument, ReviewInputError, type ReviewResult } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

const PUTUO = readFileSync(`${ROOT}test/fixtures/real/putuo-shgzb-2024.layout.txt`, 'utf8');
const review = (text: string, name = 'doc.txt', options = {}) => reviewDocument(documentFromText(name, 'text', text), undefined, options);
const errors = (r: ReviewResult) => r.lint.messages.filter((m) => m.severity === 2);
const yearErrors = (r: ReviewResult) => [...r.documentFindings, ...errors(r).filter((m) => m.ruleId === 'wrong-year')];

/** The real document with its Part 3 title's year (the body's copy, not the contents') changed. */
function replaceLast(text: string, search: string, replacement: string): string {
  const at = text.lastIndexOf(search);
  expect(at, search).toBeGreaterThanOrEqual(0);
  return text.slice(0, at) + replacement + text.slice(at + search.length);
}

describe('a real document with a planted year slip', () => {
  const original = review(PUTUO);

  it('as published: the year of its evidence, and no wrong-year error', () => {
    expect(original.year).toBe(2024);
    expect(yearErrors(original)).toEqual([]);
  });

  it('a Part 3 title a year early: one error, on the title, naming where the rest says 2024; no other sentence judged', () => {
    const text = replaceLast(PUTUO, '社会工作部 2024 年度部门决算情况', '社会工作部 2023 年度部门决算情况');
    const result = review(text);
    expect(result.year).toBe(2024);
    const found = yearErrors(result);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/标题中的决算年度应为 2024 年，而不是“2023 年”（文件中另有 \d+ 处表明为 2024 年度，如第 \d+ 行“/u);
    expect(errors(result).length).toBe(errors(original).length + 1);
  });

  it('a 截至 date a year early: reported, as the date of the year-end figures', () => {
    const text = PUTUO.replace('截至 2024 年 12 月 31 日', '截至 2023 年 12 月 31 日');
    const found = yearErrors(review(text));
    expect(found.map((m) => m.message)).toEqual([expect.stringContaining('“截至…12 月 31 日”的日期应为 2024 年，而不是“2023 年”')]);
  });

  it('a table header a year early, outside Part 3: one error for the document, naming both places', () => {
    const lines = PUTUO.split('\n');
    const header = lines.findIndex((l) => /收入支出决算总表/u.test(l) && !/^\s*第/u.test(l) && lines.indexOf(l) > 40);
    expect(header).toBeGreaterThan(0);
    lines.splice(header + 1, 0, '编制单位：中共上海市普陀区委社会工作部        2023年度        单位：万元');
    const result = review(lines.join('\n'));
    expect(result.year).toBe(2024);
    expect(result.documentFindings).toEqual([expect.objectContaining({ ruleId: 'year-contradiction', severity: 'error' })]);
    expect(result.documentFindings[0]!.message).toMatch(new RegExp(`第 ${header + 2} 行“编制单位.*写的是 2023 年，文件中另有 \\d+ 处表明为 2024 年度`, 'u'));
    expect(errors(result).filter((m) => m.ruleId === 'wrong-year')).toEqual([]);
  });
});

describe('documents shaped as other regions publish them are accepted', () => {
  it.each([
    ['a 单位决算 explanation in 第二部分, with 名词解释 after it (Sichuan)', [
      '第一部分 单位概况', '第二部分 2022年度单位决算情况说明', '一、收入支出决算总体情况说明',
      '2022年度收、支总计各是4,143.91万元。与2021年相比，收、支总计各减少2,570.97万元，下降38.29%。', '第三部分 名词解释', '一、财政拨款收入：指…',
    ], 2022],
    ['a 决算公开说明 with the year only in the body (Chongqing)', [
      '二、单位决算情况说明', '（一）收入支出决算总体情况说明',
      '2024年度收、支总计均为1,296.55万元。收、支与2023年度相比，增加152.71万元，增长13.35%，主要原因是人员增加。',
    ], 2024],
    ['a page holding only the 三公 section (Guangdong)', [
      '广东省财政厅2023年“三公”经费财政拨款支出决算说明', '（一）“三公”经费财政拨款支出决算总体情况说明',
      '“三公”经费财政拨款支出决算为73.2万元，完成全年预算168.7万元的43.4%，比上年决算数增加28.6万元，增长64.1%。',
    ], 2023],
    ['a 单位决算 title with a colon, headings ending in 。 (Guangxi)', [
      '第三部分:梧州市农产品质量安全综合检测中心2020年度单位决算情况说明', '一、2020年度收入支出决算总体情况。',
      '本单位2020年度总收入581.44万元，其中本年收入390.55万元。',
    ], 2020],
  ])('%s', (_name, lines, year) => {
    const result = review((lines as string[]).join('\n'));
    expect(result.year).toBe(year);
    expect(yearErrors(result)).toEqual([]);
    expect(errors(result)).toEqual([]);
  });

  it('a document that names no year takes its file name\'s, and says so', () => {
    const result = review('一、收入支出决算总体情况说明\n收、支总计均为 12.00 万元。', '/x/某局2024年度决算.txt');
    expect(result.year).toBe(2024);
    expect(result.notes).toContain('文件中没有写明年度，按文件名取 2024 年度；如不对，请用 --year 指定');
  });

  it('is refused only when nothing names a year, saying so with the --year option', () => {
    expect(() => review('一、收入支出决算总体情况说明\n收、支总计均为 12.00 万元。')).toThrow(ReviewInputError);
    expect(() => review('收、支总计均为 12.00 万元。')).toThrow(/无法确定决算年度.*请用 --year 指定/u);
    expect(review('收、支总计均为 12.00 万元。', 'doc.txt', { year: 2024, department: '某局' })).toMatchObject({ year: 2024, department: '某局' });
  });
});

describe('juesuan review --year --department', () => {
  it('review a document that names no year, with the year given', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'juesuan-year-')), 'page.txt');
    writeFileSync(file, '一、收入支出决算总体情况说明\n收、支总计均为 12.00 万元。\n');
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/juesuan.js'), 'review', file, ...args], { cwd: ROOT, encoding: 'utf8' });
    const refused = run();
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('请用 --year 指定');
    const given = run('--year', '2024', '--department', '某局');
    expect(given.status).toBe(0);
    expect(given.stdout).toContain('（某局 2024 年度）');
    expect(run('--year', '24').stderr).toContain('应为四位数的年度');
  });
});
