/**
 * A spreadsheet's PDF clips a long row name at its cell's edge (blind 15R d12, Calc: 一、一般公共). On 01 and 04,
 * a clipped name with its figures placed is the one line of its side the name begins — said in a note; where it
 * begins two lines, or one another row already is, or it keeps too little to tell, the row is not read, as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textTables } from '../../src/import/index.js';
import { ROOT } from '../helpers.js';

type Obj = Record<string, any>;
const SEED = readFileSync(`${ROOT}test/fixtures/liaocheng-2024.txt`, 'utf8');
/** The seed with 01's income line `full` printed as `shown`. */
function clipped(full: string, shown: string) {
  const text = SEED.replace(`${full}\t`, `${shown}\t`);
  expect(text).not.toBe(SEED);
  return textTables(text);
}
const problemsOf01 = (imported: ReturnType<typeof textTables>) => (imported.unreliable ?? []).filter((p) => p.table === '公开01表');

describe('公开01表: a row name clipped at its cell\'s edge, its figure placed', () => {
  it('is the one line of its side it begins: read as that line, and said', () => {
    const imported = clipped('一、一般公共预算财政拨款收入', '一、一般公共预算');
    expect((imported.tables['公开01表'] as Obj).收入).toEqual((textTables(SEED).tables['公开01表'] as Obj).收入);
    expect(problemsOf01(imported)).toEqual([]);
    expect(imported.notes).toContain('公开01表：收入一栏的“一、一般公共预算”印得不全，是本表唯一以此开头的行“一般公共预算财政拨款收入”，按这一行导入，请对照原文');
  });

  it('is not read where the line it begins is another row\'s already', () => {
    const imported = clipped('二、政府性基金预算财政拨款收入', '二、一般公共预算');
    expect(problemsOf01(imported).map((p) => p.reason).join('')).toMatch(/收入“二、一般公共预算”不是本表的行，它的金额没有导入/u);
  });

  it('is not read where it keeps too little to tell (三 characters: 卫生健)', () => {
    const imported = clipped('九、卫生健康支出', '九、卫生健');
    expect(problemsOf01(imported).map((p) => p.reason).join('')).toMatch(/支出“九、卫生健”不是本表的行，它的金额没有导入/u);
  });

  it('is never a line of the other side (一般公共 on the expenditure side is 一般公共服务支出, not the income line)', () => {
    const imported = clipped('一、一般公共服务支出', '一、一般公共');
    const t01 = imported.tables['公开01表'] as Obj;
    expect(t01.支出.一般公共服务支出).toBe('3,218.84');
    expect(t01.收入.一般公共预算财政拨款收入).toBe('4,211.05');
  });
});
