/**
 * Old Word and Excel files (.doc, .xls): converted by LibreOffice when it is
 * on the PATH and read as .docx/.xlsx are; without it, one sentence saying how
 * to get it or to save the file anew, exit 2. The fixtures were made by
 * LibreOffice from juesuan's own export and draft (test/fixtures/old-office).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAccounts } from '../../src/data/load.js';
import { findSoffice } from '../../src/documents/convert.js';
import { recogniseFile } from '../../src/documents/kind.js';
import { juesuanAsync, ROOT, SEED_DATA, tempDir } from '../cli/helpers.js';

const FIXTURES = join(ROOT, 'test/fixtures/old-office');
const XLS = join(FIXTURES, 'liaocheng-2024.xls');
const DOC = join(FIXTURES, 'liaocheng-2024-part3.doc');
const TABLES = ['t01', 't02', 't03', 't04', 't05', 't06', 't07', 't08', 't09'] as const;

/** A copy of the fixtures, with the seed's workbook and Word draft beside them. */
async function folder(): Promise<string> {
  const dir = tempDir('juesuan-old-office-');
  copyFileSync(XLS, join(dir, 'a.xls'));
  copyFileSync(DOC, join(dir, 'a.doc'));
  const [exported, drafted] = await Promise.all([
    juesuanAsync(['export', SEED_DATA, '-o', join(dir, 'a.xlsx')]),
    juesuanAsync(['draft', SEED_DATA, '-o', join(dir, 'a.docx')]),
  ]);
  expect([exported.status, drafted.status]).toEqual([0, 0]);
  return dir;
}

describe('old Office files', () => {
  it('are told apart by their bytes (the OLE directory names WordDocument or Workbook), whatever their name', () => {
    expect(recogniseFile(readFileSync(XLS), 'x.bin')).toEqual({ kind: 'xls' });
    expect(recogniseFile(readFileSync(DOC), 'x.bin')).toEqual({ kind: 'doc' });
  });

  it('with LibreOffice: an .xls imports as its .xlsx does, a .doc lints as its .docx does', async () => {
    expect(findSoffice(), 'LibreOffice (soffice) must be installed: .ci/run installs it').toBeDefined();
    const dir = await folder();
    const [xls, xlsx, doc, docx] = await Promise.all([
      juesuanAsync(['import', 'a.xls'], { cwd: dir }),
      juesuanAsync(['import', 'a.xlsx'], { cwd: dir }),
      juesuanAsync(['lint', 'a.doc', '--data', SEED_DATA, '-f', 'json', '--fix'], { cwd: dir }),
      juesuanAsync(['lint', 'a.docx', '--data', SEED_DATA, '-f', 'json'], { cwd: dir }),
    ]);
    expect(xls.status, xls.stderr).toBe(0);
    // The nine tables, cell by cell (the fixture was made by an earlier export: its notes may be worded otherwise).
    const tables = (yaml: string) => {
      const { accounts } = parseAccounts(yaml, 'imported.yaml');
      return TABLES.map((t) => ({ ...accounts[t], note: undefined }));
    };
    expect(tables(xls.stdout)).toEqual(tables(xlsx.stdout));
    const messages = (run: typeof doc) => (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; message: string }> }>)[0]!.messages;
    expect(doc.status, doc.stderr).toBe(1);
    expect(messages(doc)).toEqual(messages(docx));
    expect(messages(doc).length).toBeGreaterThan(0);
    // A .doc is read, never rewritten: --fix says so and leaves it as it was.
    expect(doc.stderr).toContain('a.doc：旧版 Word 文件（.doc）不会被 --fix 改写');
    expect(readFileSync(join(dir, 'a.doc')).equals(readFileSync(DOC))).toBe(true);
  }, 120_000);

  it('without LibreOffice: one sentence saying how to get it or to save as .docx/.xlsx, exit 2', async () => {
    const dir = tempDir('juesuan-old-office-');
    copyFileSync(XLS, join(dir, 'a.xls'));
    copyFileSync(DOC, join(dir, 'a.doc'));
    const env = { PATH: tempDir('juesuan-no-soffice-') };
    const runs = await Promise.all([
      juesuanAsync(['import', 'a.xls'], { cwd: dir, env }),
      juesuanAsync(['import', 'a.doc'], { cwd: dir, env }),
      juesuanAsync(['lint', 'a.doc', '--data', SEED_DATA], { cwd: dir, env }),
      juesuanAsync(['review', 'a.doc'], { cwd: dir, env }),
    ]);
    const xls = 'a.xls  这是旧版 Excel 工作簿（.xls），要先用 LibreOffice 转换才能读取，但本机没有安装 LibreOffice；请安装（如 apt-get install libreoffice-calc，或从 libreoffice.org 下载），或在 Excel 或 WPS 中另存为 .xlsx\n';
    const doc = 'a.doc  这是旧版 Word 文件（.doc），要先用 LibreOffice 转换才能读取，但本机没有安装 LibreOffice；请安装（如 apt-get install libreoffice-writer，或从 libreoffice.org 下载），或在 Word 或 WPS 中另存为 .docx\n';
    expect(runs.map((r) => [r.status, r.stderr, r.stdout])).toEqual([[2, xls, ''], [2, doc, ''], [2, doc, ''], [2, doc, '']]);
    expect(readFileSync(join(dir, 'a.doc')).equals(readFileSync(DOC))).toBe(true);
  });
});
