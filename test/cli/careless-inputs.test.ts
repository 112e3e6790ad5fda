/**
 * Issue 15's acceptance: careless inputs, as a newcomer types them. Each one
 * gets exactly one line on standard error — one Chinese sentence naming the
 * file, what it is, what the command wanted and the command that fits — and
 * exit 2; standard output stays empty, and every file in the folder is
 * unchanged byte for byte, with nothing added. The commands run in this
 * process (main() with its output captured), one after another: sixty spawned
 * processes took forty seconds; the binary itself is run by the other CLI tests.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT, SEED_DATA, SEED_PART3, tempDir, type Run } from './helpers.js';

interface Careless {
  /** what the newcomer did */
  name: string;
  args: string[];
  /** the one line on standard error */
  says: RegExp;
  /** a report the command was asked to write (-o), the one new file allowed */
  writes?: string;
}

const table: Careless[] = [
  // Nothing lost: an output over an input, by its own name, a symbolic link or a hard link.
  { name: 'draft over its data file', args: ['draft', 'd.yaml', '-o', 'd.yaml'], says: /^d\.yaml  无法写入：这是输入的数据文件本身，写入会覆盖它；请用 -o 指定另一个文件$/u },
  { name: 'draft to Word over its data file', args: ['draft', 'd.yaml', '-f', 'docx', '-o', './d.yaml'], says: /^\.\/d\.yaml  无法写入：这是输入的数据文件本身/u },
  { name: 'check over a symbolic link to its data file', args: ['check', 'd.yaml', '-o', 'link.yaml'], says: /^link\.yaml  无法写入：与输入的数据文件 d\.yaml 是同一个文件（符号链接），写入会覆盖它/u },
  { name: 'export over a hard link to its data file', args: ['export', 'd.yaml', '-o', 'hard.yaml'], says: /^hard\.yaml  无法写入：与输入的数据文件 d\.yaml 是同一个文件（硬链接）/u },
  { name: 'export over its data file, named --output-file', args: ['export', 'd.yaml', '--output-file', 'd.yaml'], says: /^d\.yaml  无法写入：这是输入的数据文件本身/u },
  { name: 'import over its workbook', args: ['import', 's.xlsx', '-o', 's.xlsx'], says: /^s\.xlsx  无法写入：这是输入的文件本身/u },
  { name: 'import over its text', args: ['import', 'p3.md', '--output', 'p3.md'], says: /^p3\.md  无法写入：这是输入的文件本身/u },
  { name: 'review over its document', args: ['review', 'p3.md', '-o', 'p3.md'], says: /^p3\.md  无法写入：这是输入的公开文件本身/u },
  { name: 'review over its --previous', args: ['review', 'p3.md', '--previous', 'last.md', '-o', 'last.md'], says: /^last\.md  无法写入：这是输入的上年公开文件（--previous）本身/u },
  { name: 'review --annotate over its PDF, by a hard link', args: ['review', 'p.pdf', '--annotate', 'p-link.pdf'], says: /^p-link\.pdf  无法写入：与输入的公开文件 p\.pdf 是同一个文件（硬链接），写入会覆盖它；请用 --annotate 指定另一个文件$/u },
  { name: 'review of a folder over a file in it', args: ['review', 'docs', '-o', 'docs/a.txt'], says: /^docs\/a\.txt  无法写入：这是输入的公开文件本身/u },
  { name: 'lint over its document', args: ['lint', 'p3.md', '--data', 'd.yaml', '-o', 'p3.md'], says: /^p3\.md  无法写入：这是输入的文档本身/u },
  { name: 'lint over its --data', args: ['lint', 'p3.md', '--data', 'd.yaml', '-f', 'json', '-o', 'd.yaml'], says: /^d\.yaml  无法写入：这是输入的数据文件（--data）本身/u },
  { name: 'lint over the data file its front matter names', args: ['lint', 'fm.md', '-o', 'd.yaml'], says: /^d\.yaml  无法写入：这是输入的数据文件本身/u },
  { name: 'lint over its configuration', args: ['lint', 'docs', '-o', 'docs/juesuan.config.json'], says: /^docs\/juesuan\.config\.json  无法写入：这是输入的配置文件本身/u },

  // A file of another kind where a data file is wanted: what it is, and the command that fits.
  { name: 'draft of a workbook', args: ['draft', 's.xlsx'], says: /^s\.xlsx  这是 Excel 工作簿（\.xlsx），不是数据文件；先用 juesuan import s\.xlsx -o <数据文件> 导入$/u },
  { name: 'check of a PDF', args: ['check', 'p.pdf'], says: /^p\.pdf  这是 PDF 文件，不是数据文件；先用 juesuan import p\.pdf -o <数据文件> 从其中的决算表生成数据文件$/u },
  { name: 'export of a Word draft', args: ['export', 'p3.docx', '-o', 'x.xlsx'], says: /^p3\.docx  这是 Word 文件（\.docx），不是数据文件；先用 juesuan import p3\.docx/u },
  { name: 'draft of a Part 3 in Markdown', args: ['draft', 'p3.md'], says: /^p3\.md  这是 Markdown 文档，不是数据文件；要审校这份说明，用 juesuan lint p3\.md --data <数据文件>$/u },
  { name: 'draft of an archive', args: ['draft', 'z.zip'], says: /^z\.zip  这是 zip 压缩包，不是数据文件；请先解压/u },
  { name: 'check of an empty file', args: ['check', 'empty.yaml'], says: /^empty\.yaml  这是空文件，不是数据文件；可用 juesuan import/u },
  { name: 'check of an old .xls', args: ['check', 'old.xls'], says: /^old\.xls  这是旧版 Excel 工作簿（\.xls），不是数据文件；先用 juesuan import old\.xls/u },
  { name: 'draft of a folder', args: ['draft', 'docs'], says: /^docs  这是一个目录，不是数据文件；需要一个 YAML 数据文件$/u },
  { name: 'draft of a file that is not there', args: ['draft', 'nope.yaml'], says: /^nope\.yaml  文件不存在；需要一个 YAML 数据文件$/u },
  { name: 'lint with a workbook as --data', args: ['lint', 'p3.md', '--data', 's.xlsx'], says: /^s\.xlsx  这是 Excel 工作簿（\.xlsx），不是数据文件；.*（因此未审校 1 个文件：p3\.md；数据文件的路径来自 --data 选项）$/u },
  { name: 'lint with a PDF as --data', args: ['lint', 'p3.md', '--data', 'p.pdf', '-f', 'json', '-o', 'report.json'], says: /^p\.pdf  这是 PDF 文件，不是数据文件/u, writes: 'report.json' },

  // A data file where a document is wanted, and the reverse.
  { name: 'lint of the data file against itself', args: ['lint', 'd.yaml', '--data', 'd.yaml'], says: /^d\.yaml  这是数据文件（YAML），不是 Markdown、Word 或 PDF 文档；核对它用 juesuan check d\.yaml，审校说明文字用 juesuan lint <说明文件> --data d\.yaml$/u },
  { name: 'review of a data file', args: ['review', 'd.yaml'], says: /^d\.yaml  这是数据文件（YAML），不是公开文件（PDF、Word 或文本）；核对它用 juesuan check d\.yaml/u },
  { name: 'review with a data file as --previous', args: ['review', 'p3.md', '--previous', 'd.yaml'], says: /^d\.yaml  上年文件（--previous）：这是数据文件（YAML），不是上年的公开文件/u },
  { name: 'import of a data file', args: ['import', 'd.yaml'], says: /^d\.yaml  这是数据文件（YAML），已经是 import 的结果；可直接用 juesuan check d\.yaml 或 juesuan draft d\.yaml$/u },

  // Pictures, archives, damaged and unreadable documents.
  { name: 'import of a picture', args: ['import', 'i.png'], says: /^i\.png  这是 PNG 图片，不是公开文件（PDF、Word 或其文本）或决算表工作簿（\.xlsx）；juesuan 读不了图片中的文字/u },
  { name: 'lint of a picture', args: ['lint', 'i.png', '--data', 'd.yaml'], says: /^i\.png  这是 PNG 图片，不是 Markdown、Word 或 PDF 文档/u },
  { name: 'import of a truncated Word file', args: ['import', 'trunc.docx'], says: /^trunc\.docx  这是损坏的 Word 文件（文件不完整：末尾的 zip 目录缺失，可能是下载或复制时被截断），无法读取；请重新下载，或在 Word\/WPS 中打开后重新保存$/u },
  { name: 'review of a truncated Word file', args: ['review', 'trunc.docx'], says: /^trunc\.docx  这是损坏的 Word 文件（文件不完整/u },
  { name: 'lint of a Word file without its body', args: ['lint', 'nobody.docx', '--data', 'd.yaml'], says: /^nobody\.docx  这是损坏的 Word 文件（缺少正文 word\/document\.xml）/u },
  // A body that is not well-formed XML would be read in part, the rest dropped unsaid: refused, with where, and never fixed.
  { name: 'lint of a Word file whose body is cut short', args: ['lint', 'cut.docx', '--data', 'd.yaml'], says: /^cut\.docx  这是损坏的 Word 文件（正文 word\/document\.xml 不是完整的 XML：第 \d+ 行第 [\d,]+ 列，.+），无法读取；请重新下载，或在 Word\/WPS 中打开后重新保存$/u },
  { name: 'lint --fix of a Word file whose body is cut short', args: ['lint', 'cut.docx', '--data', 'd.yaml', '--fix'], says: /^cut\.docx  这是损坏的 Word 文件（正文 word\/document\.xml 不是完整的 XML/u },
  { name: 'review of a Word file whose body is cut short', args: ['review', 'cut.docx'], says: /^cut\.docx  这是损坏的 Word 文件（正文 word\/document\.xml 不是完整的 XML/u },
  { name: 'import of a Word file whose body is cut short', args: ['import', 'cut.docx'], says: /^cut\.docx  这是损坏的 Word 文件（正文 word\/document\.xml 不是完整的 XML/u },
  { name: 'lint --fix of a Word file missing a closing tag', args: ['lint', 'unclosed.docx', '--data', 'd.yaml', '--fix'], says: /^unclosed\.docx  这是损坏的 Word 文件（正文 word\/document\.xml 不是完整的 XML：第 \d+ 行第 [\d,]+ 列，结束标记 <\/w:body> 与开始标记 <w:p> 不配对）/u },
  { name: 'review of a Word file missing a closing tag', args: ['review', 'unclosed.docx'], says: /^unclosed\.docx  这是损坏的 Word 文件（正文 word\/document\.xml 不是完整的 XML/u },
  // Styles that break off would mistake headings and hidden text: refused as a body that breaks off is.
  { name: 'lint of a Word file whose styles are cut short', args: ['lint', 'cutstyles.docx', '--data', 'd.yaml'], says: /^cutstyles\.docx  这是损坏的 Word 文件（样式 word\/styles\.xml 不是完整的 XML：第 \d+ 行第 [\d,]+ 列，.+），无法读取；请重新下载，或在 Word\/WPS 中打开后重新保存$/u },
  { name: 'review of a Word file whose styles are cut short', args: ['review', 'cutstyles.docx'], says: /^cutstyles\.docx  这是损坏的 Word 文件（样式 word\/styles\.xml 不是完整的 XML/u },
  { name: 'import of a Word file whose styles are cut short', args: ['import', 'cutstyles.docx'], says: /^cutstyles\.docx  这是损坏的 Word 文件（样式 word\/styles\.xml 不是完整的 XML/u },
  { name: 'lint of an empty .docx', args: ['lint', 'empty.docx', '--data', 'd.yaml'], says: /^empty\.docx  这是空文件，不是 Word 文件，没有可审校的内容$/u },
  { name: 'lint --fix of an empty .docx', args: ['lint', 'empty.docx', '--data', 'd.yaml', '--fix'], says: /^empty\.docx  这是空文件，不是 Word 文件/u },
  { name: 'import of an empty .docx', args: ['import', 'empty.docx'], says: /^empty\.docx  这是空文件，不是 Word 文件，没有可导入的表$/u },
  { name: 'import of a truncated workbook', args: ['import', 'trunc.xlsx'], says: /^trunc\.xlsx  这是损坏的 Excel 工作簿（文件不完整/u },
  { name: 'check of a truncated workbook', args: ['check', 'trunc.xlsx'], says: /^trunc\.xlsx  这是损坏的 Excel 工作簿（文件不完整/u },
  { name: 'import of a damaged PDF', args: ['import', 'bad.pdf'], says: /^bad\.pdf  这是损坏的 PDF 文件（文件结构无效，可能下载或复制时不完整），无法读取；请重新下载$/u },
  { name: 'review of a damaged PDF', args: ['review', 'bad.pdf'], says: /^bad\.pdf  这是损坏的 PDF 文件/u },
  { name: 'import of a scan (a PDF with no text layer)', args: ['import', 'scan.pdf'], says: /^scan\.pdf  这个 PDF 文件没有文字层（可能是扫描件或图片），juesuan 读不出其中的文字；请找带文字的 PDF 或 Word 原件$/u },
  { name: 'review of a scan', args: ['review', 'scan.pdf'], says: /^scan\.pdf  这个 PDF 文件没有文字层/u },
  { name: 'lint of a scan', args: ['lint', 'scan.pdf', '--data', 'd.yaml'], says: /^scan\.pdf  这个 PDF 文件没有文字层/u },
  { name: 'import of an empty file', args: ['import', 'empty.yaml'], says: /^empty\.yaml  这是空文件，没有可导入的表$/u },
  { name: 'review of an empty file', args: ['review', 'empty.yaml'], says: /^empty\.yaml  这是空文件，没有可审校的内容$/u },
  { name: 'review of a folder with no document', args: ['review', 'empty-folder'], says: /^empty-folder  目录中没有 PDF（\.pdf）、Word（\.docx、\.doc）或文本（\.txt）文件$/u },

  // The user's own data file, written carelessly: Chinese, with the place and the value as written.
  { name: 'a data file indented with a tab', args: ['check', 'tab.yaml'], says: /^tab\.yaml:4:1  YAML 格式错误：用了制表符（Tab）缩进；YAML 只能用空格缩进$/u },
  { name: 'a data file with a key and no colon', args: ['draft', 'colon.yaml'], says: /^colon\.yaml:3:1  YAML 格式错误：/u },
  { name: 'a year written in Chinese numerals', args: ['check', 'year.yaml'], says: /^year\.yaml:12:5  年度：应为 4 位年份（2000–2099），如 2024，实际为“二〇二四”$/u },
  { name: 'a data file saved as GBK', args: ['draft', 'gbk.yaml'], says: /^gbk\.yaml  是 GB18030（GBK）编码，不是 UTF-8；数据文件须为 UTF-8，请另存为 UTF-8 后再用$/u },

  // The command line itself.
  { name: 'export without -o', args: ['export', 'd.yaml'], says: /^错误：必须指定选项 -o, --output <文件>$/u },
  { name: 'draft without its data file', args: ['draft'], says: /^错误：缺少参数 <数据文件>：juesuan draft 数据\.yaml/u },
  { name: 'an option misspelt', args: ['lint', 'p3.md', '--date', 'd.yaml'], says: /^错误：没有选项 --date（是不是要用 --data？）；用 --help 查看可用的选项$/u },
  { name: 'a document with no data file named anywhere', args: ['lint', 'p3.md'], says: /^p3\.md  找不到数据文件：请在文件开头的 front matter 中写明/u },
];

/** The folder every case starts from: file name → bytes (links are made after). */
let pristine: Map<string, Buffer>;

/** A PDF with one page and a filled rectangle on it: no text layer, as a scan has none. */
function scannedPdf(): Buffer {
  const content = '0 0 0 rg 100 100 300 400 re f\n';
  const objects = ['<</Type/Catalog/Pages 2 0 R>>', '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>', `<</Length ${content.length}>>\nstream\n${content}endstream`];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return Buffer.from(`${pdf}trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`, 'latin1');
}

beforeAll(async () => {
  const seed = readFileSync(SEED_DATA);
  const part3 = readFileSync(SEED_PART3);
  const { markdownToDocx } = await import('../../src/documents/docx-writer.js');
  const { exportWorkbook } = await import('../../src/workbook/write.js');
  const { seedAccounts } = await import('../helpers.js');
  const { zipSync, strToU8 } = await import('fflate');
  const docx = Buffer.from(markdownToDocx(part3.toString('utf8')));
  const { unzipSync } = await import('fflate');
  /** p3.docx with its body rewritten */
  const withBody = (change: (xml: string) => string) => {
    const parts = unzipSync(docx);
    return Buffer.from(zipSync({ ...parts, 'word/document.xml': strToU8(change(Buffer.from(parts['word/document.xml']!).toString('utf8'))) }));
  };
  const lastParagraphEnd = (xml: string) => xml.lastIndexOf('</w:p>');
  const withStyles = (change: (xml: string) => string) => {
    const parts = unzipSync(docx);
    return Buffer.from(zipSync({ ...parts, 'word/styles.xml': strToU8(change(Buffer.from(parts['word/styles.xml']!).toString('utf8'))) }));
  };
  const xlsx = Buffer.from(await exportWorkbook(seedAccounts()));
  pristine = new Map<string, Buffer>([
    ['d.yaml', seed],
    ['p3.md', part3],
    ['last.md', part3],
    ['fm.md', Buffer.concat([Buffer.from('---\njuesuan: {data: d.yaml}\n---\n\n'), part3])],
    ['docs/a.md', part3],
    ['docs/a.txt', part3],
    ['docs/juesuan.config.json', Buffer.from('{"data": "../d.yaml"}\n')],
    ['empty-folder/.keep', Buffer.alloc(0)],
    ['p3.docx', docx],
    ['s.xlsx', xlsx],
    ['p.pdf', readFileSync(join(ROOT, 'test/fixtures/real/putuo-shgzb-2024.pdf'))],
    ['old.xls', readFileSync(join(ROOT, 'test/fixtures/old-office/liaocheng-2024.xls'))],
    ['i.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
    ['z.zip', Buffer.from(zipSync({ 'a.txt': strToU8('hi') }))],
    ['empty.yaml', Buffer.alloc(0)],
    ['trunc.docx', docx.subarray(0, 3000)],
    ['cut.docx', withBody((xml) => xml.slice(0, xml.length >> 1))],
    ['cutstyles.docx', withStyles((xml) => xml.slice(0, xml.length >> 1))],
    ['unclosed.docx', withBody((xml) => xml.slice(0, lastParagraphEnd(xml)) + xml.slice(lastParagraphEnd(xml) + '</w:p>'.length))],
    ['empty.docx', Buffer.alloc(0)],
    ['trunc.xlsx', xlsx.subarray(0, 3000)],
    ['nobody.docx', Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/styles.xml': strToU8('<w:styles/>') }))],
    ['bad.pdf', Buffer.from('%PDF-1.4\nnot really a PDF\n')],
    ['scan.pdf', scannedPdf()],
    ['tab.yaml', Buffer.from('部门: 聊城市政府办公室\n年度: 2024\n公开01表:\n\t收入: 1\n')],
    ['colon.yaml', Buffer.from('部门: 聊城市政府办公室\n年度: 2024\n公开01表\n  收入: 1\n')],
    ['year.yaml', Buffer.from(seed.toString('utf8').replace(/^年度: 2024$/mu, '年度: 二〇二四'))],
    // 部门: 聊城市政府办公室 / 年度: 2024 / 公开01表: / 收入: 1, saved by a Chinese Windows editor
    ['gbk.yaml', Buffer.from('b2bfc3c53a20c1c4b3c7cad0d5feb8aeb0ecb9abcad20ac4eab6c83a20323032340ab9abbfaa3031b1ed3a0a2020cad5c8eb3a20310a', 'hex')],
  ]);
});

/** A fresh copy of the folder, with link.yaml (symbolic) and hard.yaml (hard) leading to d.yaml, p-link.pdf (hard) to p.pdf. */
function folder(): string {
  const dir = tempDir('juesuan-careless-');
  for (const [name, bytes] of pristine) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  symlinkSync('d.yaml', join(dir, 'link.yaml'));
  linkSync(join(dir, 'd.yaml'), join(dir, 'hard.yaml'));
  linkSync(join(dir, 'p.pdf'), join(dir, 'p-link.pdf'));
  return dir;
}

/** Every file under `dir` (links by their own name) with its bytes. */
function snapshot(dir: string, under = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const e of readdirSync(join(dir, under), { withFileTypes: true })) {
    const rel = under ? `${under}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of snapshot(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(join(dir, rel)));
  }
  return files;
}

/** juesuan `args` in `cwd`, in this process: its exit code and what it wrote. */
async function juesuanHere(args: readonly string[], cwd: string): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const text = (chunk: unknown) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => out.push(text(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => err.push(text(chunk)) > 0);
  const home = process.cwd();
  process.chdir(cwd);
  try {
    const status = await main(['node', 'juesuan', ...args]);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(home);
    vi.restoreAllMocks();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('careless inputs: one Chinese sentence, exit 2, every file unchanged', () => {
  it.each(table.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = folder();
    const before = snapshot(dir);
    const inode = statSync(join(dir, 'd.yaml')).ino;
    const run = await juesuanHere(c.args, dir);
    expect(run.stderr.split('\n').filter(Boolean), run.stderr).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(c.says);
    expect(run.stderr).not.toMatch(/\b(?:Error|error|Invalid|Unexpected|undefined|null)\b/u);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
    const after = snapshot(dir);
    if (c.writes) after.delete(c.writes);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);
    expect(statSync(join(dir, 'd.yaml')).ino).toBe(inode);
  });
});
