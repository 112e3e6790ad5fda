/**
 * The desk's outputs from the command line: review of a folder with
 * --format html (an index, one page per document, the table of all findings)
 * and --annotate (one annotated copy per PDF into a folder); what needs -o.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { juesuanAsync, juesuan, ROOT, tempDir } from '../cli/helpers.js';

const FIXTURES = `${ROOT}test/fixtures/real`;

describe('review --format html and --annotate on a folder', () => {
  it('writes an index, a page per document, 全部问题.csv/.xlsx, and an annotated copy of each PDF', async () => {
    const dir = tempDir('juesuan-desk-');
    const docs = join(dir, '文件');
    mkdirSync(docs);
    copyFileSync(join(FIXTURES, 'putuo-shgzb-2024.pdf'), join(docs, 'putuo-shgzb-2024.pdf'));
    copyFileSync(join(FIXTURES, 'putuo-shgzb-2024-part3.md'), join(docs, 'putuo-shgzb-2024-part3.txt'));
    const run = await juesuanAsync(['review', docs, '--format', 'html', '-o', join(dir, '报告.html'), '--annotate', join(dir, '标注')]);
    expect(run.stderr).toContain('已写入标注');
    expect(run.status).toBe(1);
    const index = readFileSync(join(dir, '报告.html'), 'utf8');
    expect(index).toContain('putuo-shgzb-2024.pdf');
    expect(index).toContain(`href="${encodeURIComponent('报告')}/putuo-shgzb-2024.html"`);
    expect(readdirSync(join(dir, '报告')).sort()).toEqual(['putuo-shgzb-2024-part3.html', 'putuo-shgzb-2024.html', '全部问题.csv', '全部问题.xlsx']);
    const csv = readFileSync(join(dir, '报告', '全部问题.csv'), 'utf8');
    expect(csv.startsWith('\ufeff文件,部门,年度,序号,类别,位置,问题,应为,原文,规则')).toBe(true);
    // One line per finding of each document in review's JSON, the header aside.
    const json = JSON.parse((await juesuanAsync(['review', docs, '--format', 'json'])).stdout) as Array<{ messages: unknown[]; tableMessages: unknown[] }>;
    const findings = json.reduce((n, r) => n + r.messages.length + r.tableMessages.length, 0);
    expect(csv.trim().split(/\r\n(?=[^,]*,)/u).length - 1).toBe(findings);
    // Only the PDF has pages to annotate; the text file is passed over with a notice.
    expect(readdirSync(join(dir, '标注'))).toEqual(['putuo-shgzb-2024-标注.pdf']);
    expect(run.stderr).toContain('不是 PDF，没有页面可以添加标注');
    const original = readFileSync(join(docs, 'putuo-shgzb-2024.pdf'));
    expect(readFileSync(join(dir, '标注', 'putuo-shgzb-2024-标注.pdf')).subarray(0, original.length).equals(original)).toBe(true);
  }, 60_000);

  it('needs -o for a folder, and never writes the annotations over the original', () => {
    const dir = tempDir('juesuan-desk-');
    copyFileSync(join(FIXTURES, 'putuo-shgzb-2024.pdf'), join(dir, 'a.pdf'));
    const noOutput = juesuan(['review', dir, '--format', 'html']);
    expect(noOutput.status).toBe(2);
    expect(noOutput.stderr).toContain('需要用 -o 指定索引页');
    const over = juesuan(['review', join(dir, 'a.pdf'), '--annotate', join(dir, 'a.pdf')]);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain('a.pdf  无法写入：这是输入的公开文件本身，写入会覆盖它；请用 --annotate 指定另一个文件');
    expect(existsSync(join(dir, 'a.pdf'))).toBe(true);
  }, 30_000);
});
