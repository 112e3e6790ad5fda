/**
 * A note's mark after an amount in a table cell (1,234.56¹, 400.00注2: most often smaller and on a raised
 * baseline) is a reference to a note under the table, not part of the amount nor a cell of its own: the amount
 * is read, the mark kept out and said in the notes. Where the mark cannot be told from the amount (the layout
 * text writes 400.002), the cell is left unread and said so, never read wrong.
 * Fixture: test/fixtures/layouts/left18a/note-marks-05.html printed by Chromium.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareImport } from '../../src/accuracy/import.js';
import { importPdf, importText } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

const DIR = `${ROOT}test/fixtures/layouts/left18a/`;
const truth = parse(readFileSync(`${DIR}note-marks-05.yaml`, 'utf8')) as Record<string, unknown>;

describe('公开05表: a note mark after an amount (left over from the blind rounds: 05 unreliable)', () => {
  it('each kind of mark — a raised 1 or 2, 注1/注2/注3 raised or touching, a superscript ³ — is kept out: 05 read cell-exact and reliable', async () => {
    const { imported } = await importPdf(new Uint8Array(readFileSync(`${DIR}note-marks-05.pdf`)), 'note-marks-05.pdf');
    const t = compareImport(imported, truth).tables.find((x) => x.table === '公开05表')!;
    expect(t.differences).toEqual([]);
    expect(t.status).toBe('exact');
    expect(imported.unreliable).toEqual([]);
    // Each mark said where it stands, beside which row's amount.
    const marks = imported.notes.filter((n) => n.includes('脚注标记'));
    expect(marks).toEqual([
      '公开05表：第 1 页第 6 行“1”是201 一般公共服务支出金额旁的脚注标记，不是金额，没有导入（只导入了金额）',
      '公开05表：第 1 页第 7 行“注2”是20103 政府办公厅（室）及相关机构事务金额旁的脚注标记，不是金额，没有导入（只导入了金额）',
      '公开05表：第 1 页第 10 行“2”是2010302 一般行政管理事务金额旁的脚注标记，不是金额，没有导入（只导入了金额）',
      '公开05表：第 1 页第 12 行“³”是208 社会保障和就业支出金额旁的脚注标记，不是金额，没有导入（只导入了金额）',
      '公开05表：第 1 页第 14 行“注3”是2080501 行政单位离退休金额旁的脚注标记，不是金额，没有导入（只导入了金额）',
    ]);
  });

  it('a text that is no mark beside an amount (注释, 见注) still makes the table unreliable: it is no note reference', () => {
    const text = layoutText().replace('400.00注2', '400.00见注').replace('100.00注3', '100.00注释');
    const { imported } = importText(text, 'x.txt');
    const problems = (imported.unreliable ?? []).filter((u) => u.table === '公开05表').flatMap((u) => (u.details ?? []).map((d) => d.message)).join('\n');
    expect(problems).toContain('见注');
    expect(problems).toContain('注释');
  });

  it('the layout text, where a raised 2 runs into its amount (400.002): those cells unread and named, no cell read wrong', () => {
    const { imported } = importText(layoutText(), 'x.txt');
    const t = compareImport(imported, truth).tables.find((x) => x.table === '公开05表')!;
    expect(t.status).not.toBe('wrong');
    expect(t.differences.filter((d) => !d.includes(': （空） → '))).toEqual([]);
    expect(imported.unreliable.map((u) => u.table)).toContain('公开05表');
  });
});

/** The fixture as pdftotext -layout writes it (committed beside it, so the test needs no poppler). */
function layoutText(): string {
  return readFileSync(`${DIR}note-marks-05.layout.txt`, 'utf8');
}
