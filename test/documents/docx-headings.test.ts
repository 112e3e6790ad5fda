/**
 * Issue 15, item 7: the Word draft's title and headings stand out on a machine
 * without the GB/T 9704 fonts (方正小标宋简体, 黑体, 楷体_GB2312, 仿宋_GB2312).
 * The styles carry a heavier weight than the body; rendered by LibreOffice with
 * only the Noto CJK fonts (the fonts-noto-cjk package) visible to it, the
 * headings print in a bold face and the body does not.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { markdownToDocx } from '../../src/documents/docx-writer.js';
import { tempDir } from '../cli/helpers.js';

const DRAFT = '# 2024 年度部门决算情况说明\n\n## 一、收入支出决算总体情况说明\n\n### （一）收入决算结构情况\n\n2024 年度收入合计 4,340.16 万元。\n';
const BODY_ONLY = '2024 年度收入合计 4,340.16 万元。\n';

/** A style's run properties in styles.xml. */
function runProperties(styles: string, id: string): string {
  const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 'u').exec(styles)?.[0] ?? '';
  return /<w:rPr>(.*?)<\/w:rPr>/u.exec(style)?.[1] ?? '';
}

describe('the Word draft\'s title and headings', () => {
  const styles = strFromU8(unzipSync(markdownToDocx(DRAFT))['word/styles.xml']!);

  it('name the official faces and carry a heavier weight than the body', () => {
    expect(runProperties(styles, 'Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(runProperties(styles, 'Heading1')).toContain('w:eastAsia="黑体"');
    expect(runProperties(styles, 'Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(runProperties(styles, id), id).toContain('<w:b/>');
    expect(runProperties(styles, 'Normal')).not.toContain('<w:b/>');
  });

  it('print in a bold face with only Noto CJK installed, the body in a regular one (LibreOffice)', () => {
    const dir = tempDir('juesuan-headings-');
    // A font configuration that sees the Noto CJK fonts and nothing else.
    const noto = [...new Set(execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8' }).split('\n')
      .filter((l) => /Noto(?:Sans|Serif)CJK/u.test(l)).map((l) => dirname(l.replace(/:\s*$/u, ''))))];
    expect(noto.length, 'the fonts-noto-cjk package must be installed: .ci/run installs it').toBeGreaterThan(0);
    mkdirSync(join(dir, 'cache'));
    writeFileSync(join(dir, 'fonts.conf'), `<?xml version="1.0"?>\n<fontconfig>${noto.map((d) => `<dir>${d}</dir>`).join('')}<cachedir>${dir}/cache</cachedir></fontconfig>\n`);
    writeFileSync(join(dir, 'draft.docx'), markdownToDocx(DRAFT));
    writeFileSync(join(dir, 'body.docx'), markdownToDocx(BODY_ONLY));
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'draft.docx'), join(dir, 'body.docx')], {
      stdio: 'ignore', timeout: 120_000, env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') },
    });
    const fontsOf = (pdf: string) => execFileSync('pdffonts', [join(dir, pdf)], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/u)[0]!);
    const draft = fontsOf('draft.pdf');
    const body = fontsOf('body.pdf');
    expect(draft.every((f) => /Noto/u.test(f)), draft.join(' ')).toBe(true);
    expect(draft.some((f) => /Bold|Black|Heavy/u.test(f)), draft.join(' ')).toBe(true);
    expect(body.some((f) => /Bold|Black|Heavy/u.test(f)), body.join(' ')).toBe(false);
  }, 120_000);
});
