import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { juesuan, SEED_DATA, tempDir } from '../cli/helpers.js';

describe('juesuan export and import of a workbook on the command line', () => {
  it('exports the seed, imports the workbook to a data file that check accepts, with only the opening budgets to fill', () => {
    const dir = tempDir('juesuan-xlsx-');
    const book = join(dir, '决算表.xlsx');
    const exported = juesuan(['export', SEED_DATA, '-o', book]);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toContain(`已导出九张表：${book}`);
    expect(readFileSync(book).subarray(0, 2).toString('latin1')).toBe('PK');
    const data = join(dir, 'data.yaml');
    const imported = juesuan(['import', book, '-o', data]);
    expect(imported.status).toBe(0);
    expect(imported.stderr).toContain('已导入 9 张表');
    const check = juesuan(['check', data, '--format', 'json']);
    const rules = new Set(JSON.parse(check.stdout).flatMap((f: { messages: Array<{ ruleId: string }> }) => f.messages.map((m) => m.ruleId)));
    expect([...rules]).toEqual(['opening-budget-item-missing']);
    // lint still refuses a workbook, and says where it belongs
    const lint = juesuan(['lint', book, '--data', SEED_DATA]);
    expect(lint.status).toBe(2);
    expect(lint.stderr).toContain('这是 Excel 工作簿（.xlsx），不是 Markdown、Word 或 PDF 文档；要导入其中的决算表，用 juesuan import');
  });

  it('export needs -o: a workbook is not written to a terminal or standard output', () => {
    const run = juesuan(['export', SEED_DATA]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('必须指定选项 -o, --output <文件>');
  });

  it('a damaged .xlsx, or an old .xls, is refused in Chinese with exit 2', () => {
    const bad = join(tempDir('juesuan-xlsx-'), 'bad.xlsx');
    writeFileSync(bad, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200, 7)]));
    const run = juesuan(['import', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${bad}  这是损坏的 Excel 工作簿（文件不完整：末尾的 zip 目录缺失，可能是下载或复制时被截断），无法读取；请重新下载，或在 Excel/WPS 中打开后重新保存\n`);
    expect(run.stdout).toBe('');
    const old = join(tempDir('juesuan-xlsx-'), 'old.xls');
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    // Without LibreOffice on the PATH (with it, test/documents/old-office.test.ts converts one).
    const xls = juesuan(['import', old], { env: { PATH: tempDir('juesuan-no-soffice-') } });
    expect(xls.status).toBe(2);
    expect(xls.stderr).toBe(`${old}  这是旧版 Excel 工作簿（.xls），要先用 LibreOffice 转换才能读取，但本机没有安装 LibreOffice；请安装（如 apt-get install libreoffice-calc，或从 libreoffice.org 下载），或在 Excel 或 WPS 中另存为 .xlsx\n`);
  });
});
