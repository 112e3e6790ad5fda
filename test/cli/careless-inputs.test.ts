/**
 * Issue 15's acceptance: careless inputs, as a newcomer types them. Each one
 * gets exactly one line on standard error — one Chinese sentence naming the
 * file, what it is, what the command wanted and the command that fits — and
 * exit 2; standard output stays empty, and every file in the folder is
 * unchanged byte for byte, with nothing added.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { juesuanAsync, SEED_DATA, SEED_PART3, tempDir } from './helpers.js';

interface Careless {
  /** what the newcomer did */
  name: string;
  args: string[];
  /** the one line on standard error, without the file name before it */
  says: RegExp;
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
  { name: 'review of a folder over a file in it', args: ['review', 'docs', '-o', 'docs/a.txt'], says: /^docs\/a\.txt  无法写入：这是输入的公开文件本身/u },
  { name: 'lint over its document', args: ['lint', 'p3.md', '--data', 'd.yaml', '-o', 'p3.md'], says: /^p3\.md  无法写入：这是输入的文档本身/u },
  { name: 'lint over its --data', args: ['lint', 'p3.md', '--data', 'd.yaml', '-f', 'json', '-o', 'd.yaml'], says: /^d\.yaml  无法写入：这是输入的数据文件（--data）本身/u },
  { name: 'lint over the data file its front matter names', args: ['lint', 'fm.md', '-o', 'd.yaml'], says: /^d\.yaml  无法写入：这是输入的数据文件本身/u },
  { name: 'lint over its configuration', args: ['lint', 'docs', '-o', 'docs/juesuan.config.json'], says: /^docs\/juesuan\.config\.json  无法写入：这是输入的配置文件本身/u },
];

/** The folder every case starts from: file name → bytes (links are made after). */
let pristine: Map<string, Buffer>;

beforeAll(() => {
  const seed = readFileSync(SEED_DATA);
  const part3 = readFileSync(SEED_PART3);
  pristine = new Map<string, Buffer>([
    ['d.yaml', seed],
    ['p3.md', part3],
    ['last.md', part3],
    ['fm.md', Buffer.concat([Buffer.from('---\njuesuan: {data: d.yaml}\n---\n\n'), part3])],
    ['docs/a.md', part3],
    ['docs/a.txt', part3],
    ['docs/juesuan.config.json', Buffer.from('{"data": "../d.yaml"}\n')],
  ]);
});

/** A fresh copy of the folder, with link.yaml (symbolic) and hard.yaml (hard) both leading to d.yaml. */
function folder(books: Map<string, Buffer>): string {
  const dir = tempDir('juesuan-careless-');
  for (const [name, bytes] of [...pristine, ...books]) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  symlinkSync('d.yaml', join(dir, 'link.yaml'));
  linkSync(join(dir, 'd.yaml'), join(dir, 'hard.yaml'));
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

let books = new Map<string, Buffer>();

describe('careless inputs: one Chinese sentence, exit 2, every file unchanged', () => {
  beforeAll(async () => {
    const { exportWorkbook } = await import('../../src/workbook/write.js');
    const { seedAccounts } = await import('../helpers.js');
    books = new Map([['s.xlsx', Buffer.from(await exportWorkbook(seedAccounts()))]]);
  });

  // Each case runs its own process in its own folder: several at once.
  it.concurrent.for(table.map((c) => [c.name, c] as const))('%s', async ([, c], { expect }) => {
    const dir = folder(books);
    const before = snapshot(dir);
    const inode = statSync(join(dir, 'd.yaml')).ino;
    const run = await juesuanAsync(c.args, { cwd: dir });
    expect(run.stderr.split('\n').filter(Boolean), run.stderr).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(c.says);
    expect(run.stderr).not.toMatch(/\b(?:Error|error|Invalid|Unexpected|undefined|null)\b/u);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
    const after = snapshot(dir);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);
    expect(statSync(join(dir, 'd.yaml')).ino).toBe(inode);
  });
});
