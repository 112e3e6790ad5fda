/**
 * What the desk does with a data file dropped with the documents (blind 17P D1, D4–D6, D8): a document
 * of another department or year is not checked against it, and its line says so, naming both; a
 * workbook dropped with PDFs is not every PDF's data; a data file alone is explained, not an empty
 * report; the pages name the data file, fill 部门/年度 from it, link back to the desk, and tell no
 * command-line option. And `lint` refuses the same pairing, exit 2, naming the file and both names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAccounts } from '../../src/data/load.js';
import { deskWording, runDesk, type Upload } from '../../src/serve/desk.js';
import { exportWorkbook } from '../../src/workbook/write.js';
import { juesuan } from '../cli/helpers.js';
import { ROOT, SEED_DATA, SEED_PART3 } from '../helpers.js';

const SHGZB = `${ROOT}test/fixtures/real/putuo-shgzb-2024.pdf`;
const links = { page: (n: number) => `/r/x/${n}`, annotated: (n: number) => `/r/x/${n}/a`, fixed: (n: number) => `/r/x/${n}/f`, index: '/r/x/', csv: '/r/x/c', xlsx: '/r/x/x', desk: '/' };
const upload = (path: string, name = path.replace(/^.*\//u, '')): Upload => ({ name, bytes: new Uint8Array(readFileSync(path)) });
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/gu, '').replace(/<style[\s\S]*?<\/style>/gu, '').replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
const workbook = async (): Promise<Upload> => ({ name: 'liaocheng-tables.xlsx', bytes: await exportWorkbook(parseAccounts(readFileSync(SEED_DATA, 'utf8'), 'liaocheng-2024.yaml').accounts) });

describe('the desk and a data file', () => {
  it('does not check a department’s PDF against another department’s data: its line names both, no finding is made', async () => {
    const report = await runDesk([upload(SHGZB), upload(SEED_DATA)], links);
    expect(report.documents).toEqual([]);
    expect(report.problems).toEqual([{
      filePath: 'putuo-shgzb-2024.pdf',
      message: '本文件是中共上海市普陀区委社会工作部 2024 年度的决算，数据文件 liaocheng-2024.yaml 是聊城市政府办公室（汇总） 2024 年度的，不是同一部门：未按这个数据文件核对（请放入本部门本年度的数据文件）',
    }]);
    expect(text(report.index)).toContain('核对数据： liaocheng-2024.yaml （聊城市政府办公室（汇总） 2024 年度）');
    expect(text(report.index)).not.toContain('与数据不符');
  }, 60_000);

  it('checks a department’s PDF against its own data, naming the data file and filling 部门 and 年度 from it', async () => {
    const report = await runDesk([upload(SHGZB), upload(`${ROOT}test/fixtures/real/putuo-shgzb-2024.yaml`)], links);
    expect(report.problems).toEqual([]);
    expect(report.documents).toHaveLength(1);
    expect(text(report.documents[0]!.html)).toContain('核对数据： putuo-shgzb-2024.yaml （中共上海市普陀区委社会工作部 2024 年度）');
    expect(report.index).toMatch(/<td class="dept">中共上海市普陀区委社会工作部<\/td><td class="n year">2024<\/td>/u);
  }, 60_000);

  it('a draft that names no department is checked (a missing name is no mismatch)', async () => {
    const report = await runDesk([upload(SEED_PART3), upload(SEED_DATA)], links);
    expect(report.problems).toEqual([]);
    expect(report.documents.map((d) => [d.located.department, d.located.year])).toEqual([['聊城市政府办公室（汇总）', 2024]]);
  });

  it('takes a workbook dropped with PDFs for no PDF’s data: the PDFs are reviewed against their own tables, and the workbook’s line says it was not used', async () => {
    const report = await runDesk([upload(SHGZB), await workbook()], links);
    expect(report.documents.map((d) => d.located.name)).toEqual(['putuo-shgzb-2024.pdf']);
    expect(text(report.index)).toContain('决算公开文件审校报告');
    expect(report.problems).toEqual([{ filePath: 'liaocheng-tables.xlsx', message: expect.stringMatching(/^是决算表工作簿，没有使用：与 PDF 一起放入时，每个 PDF 按文件自带的决算表审校/u) }]);
  }, 60_000);

  it('a workbook with a draft is its data', async () => {
    const report = await runDesk([upload(SEED_PART3), await workbook()], links);
    expect(report.problems).toEqual([]);
    expect(text(report.documents[0]!.html)).toContain('核对数据： liaocheng-tables.xlsx');
  });

  it('a data file alone: says there is nothing to review and what to drop, with a way back to the desk', async () => {
    const report = await runDesk([await workbook()], links);
    expect(report.documents).toEqual([]);
    expect(report.problems[0]!.message).toMatch(/^只放入了数据文件，没有要审校的公开文件或说明文字：请同时放入 PDF、Word 或 Markdown 文件/u);
    expect(text(report.index)).toContain('没有审校任何文件：原因见下');
    expect(report.index).not.toContain('<table');
    expect(report.index).toContain('<a class="back desk-home" href="/">‹ 审校其他文件</a>');
  });

  it('a text file named .pdf is told it is no PDF', async () => {
    const report = await runDesk([{ name: 'notes.txt.pdf', bytes: new TextEncoder().encode('hello\n') }, upload(SEED_DATA)], links);
    expect(report.problems.map((p) => p.message)).toEqual(['这不是 PDF 文件（文件名是 .pdf，内容却不是 PDF），无法审校；请放入原始的 PDF 文件']);
  });

  it('a single document’s page links back to the desk', async () => {
    const report = await runDesk([upload(SEED_PART3), upload(SEED_DATA)], links);
    expect(report.documents[0]!.html).toContain('<a class="back desk-home" href="/">‹ 审校其他文件</a>');
  });
});

describe('deskWording: no command-line option in the desk', () => {
  it.each([
    ['未进行（未提供上年决算文件 --previous），上年数字只做文字自洽检查', '未进行（未同时放入上一年度的决算文件），上年数字只做文字自洽检查'],
    ['上年数字无法核对（未提供上年决算文件（--previous））', '上年数字无法核对（未同时放入上一年度的决算文件）'],
    ['无法确定决算年度：文件中没有写明年度，文件名中也没有；请用 --year 指定，如 --year 2024', '无法确定决算年度：文件中没有写明年度，文件名中也没有；请确认这是决算公开文件，并在文件名中写明年度（如“2024 年度部门决算.pdf”）'],
    ['文件中没有写明年度，按文件名取 2024 年度；如不对，请用 --year 指定', '文件中没有写明年度，按文件名取 2024 年度；如不对，请改正文件名中的年度'],
  ])('%s', (cli, desk) => {
    expect(deskWording(cli)).toBe(desk);
    expect(deskWording(cli)).not.toMatch(/--/u);
  });
});

describe('lint with another department’s data', () => {
  it('refuses the pairing, exit 2, naming the file and both departments; with its own data it lints', () => {
    const other = juesuan(['lint', SHGZB, '--data', SEED_DATA]);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('本文件是中共上海市普陀区委社会工作部 2024 年度的决算，数据文件 data/liaocheng-2024.yaml 是聊城市政府办公室（汇总） 2024 年度的，不是同一部门');
    expect(other.stdout).not.toContain('与数据不符');
    const own = juesuan(['lint', SHGZB, '--data', `${ROOT}test/fixtures/real/putuo-shgzb-2024.yaml`]);
    expect(own.status).not.toBe(2);
  }, 60_000);
});
