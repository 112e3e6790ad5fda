/**
 * The desk reviews the documents dropped together as review DIR does: each paired with last year's among them, and a
 * document left without one names the dropped files that may be it (财政局本级 for 财政局, a renamed office), as
 * review DIR's summary does — in its previous-year check.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDesk, type Upload } from '../../src/serve/desk.js';
import { ROOT } from '../helpers.js';

const SEED = readFileSync(`${ROOT}test/fixtures/liaocheng-2024.txt`, 'utf8');
const links = { page: (n: number) => `/r/x/${n}`, annotated: (n: number) => `/r/x/${n}/a`, fixed: (n: number) => `/r/x/${n}/f`, index: '/r/x/', csv: '/r/x/c', xlsx: '/r/x/x', desk: '/' };

/** The seed's text as a department's document of a year (its years moved back by `back`). */
function upload(name: string, department: string, back = 0): Upload {
  const text = SEED.replaceAll('聊城市政府办公室（汇总）', department).replaceAll('聊城市政府办公室', department)
    .replace(/20(2\d)/gu, (_, y: string) => `20${Number(y) - back}`);
  return { name, bytes: new TextEncoder().encode(text) };
}

const previousCheck = (report: Awaited<ReturnType<typeof runDesk>>, file: string) =>
  report.documents.find((d) => d.located.filePath === file)!.located.checks!.find((c) => c.id === 'previous-year')!;

describe('the desk pairs dropped documents with last year\'s, and names the possible ones', () => {
  it('财政局 2024 with 财政局本级 2023: not paired, the 本级 file named in the previous-year check', async () => {
    const report = await runDesk([upload('2024年财政局.txt', '聊城市财政局'), upload('2023年财政局本级.txt', '聊城市财政局本级', 1)], links);
    const check = previousCheck(report, '2024年财政局.txt');
    expect(check.ran).toBe(false);
    expect(check.detail).toContain('2023年财政局本级.txt（聊城市财政局本级，2023 年度；一个是“本级”、一个不是，范围可能不同）');
  });

  it('机关事务管理局 2024 with 机关事务服务中心 2023: named as possibly renamed', async () => {
    const report = await runDesk([upload('2024年机关事务管理局.txt', '聊城市机关事务管理局'), upload('2023年机关事务服务中心.txt', '聊城市机关事务服务中心', 1)], links);
    expect(previousCheck(report, '2024年机关事务管理局.txt').detail).toContain('可能是更名');
  });

  it('one department: paired, the check ran, no file named', async () => {
    const report = await runDesk([upload('2024年财政局.txt', '聊城市财政局'), upload('2023年财政局.txt', '聊城市财政局', 1)], links);
    const check = previousCheck(report, '2024年财政局.txt');
    expect(check.ran).toBe(true);
    expect(check.detail).not.toContain('可能是本部门的上年文件');
  });
});
