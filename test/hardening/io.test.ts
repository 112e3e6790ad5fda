/**
 * Hostile and careless input and output paths through the built CLI (issue 9,
 * items 1–6, 13, 14): device nodes and FIFOs as -o targets and as inputs,
 * --fix against concurrent edits, read-only files and hard links, interrupts,
 * files that are not data files, alias bombs, deep nesting, GBK data files and
 * standard output that cannot be written. See README.md in this folder.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync, chownSync, closeSync, existsSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync,
  watch, writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { OutputError, snapshotOf, writeFixedFile } from '../../src/cli/write-file.js';
import { MAX_INPUT_BYTES, readInputFile } from '../../src/data/read-input.js';
import { PART3, ROOT, SEED_DATA, juesuanAsync, tempDir, type Run } from '../cli/helpers.js';

const STACK = /\n\s+at /u;
const CJK = /[\u4e00-\u9fff]/u;
const IS_ROOT = process.getuid?.() === 0;
const BIN = join(ROOT, 'bin/juesuan.js');

/** The published Part 3 with one fixable figure. */
const BROKEN = PART3.replace('基本支出 3,153.47 万元，占 72.66%', '基本支出 3,153.47 万元，占 72.99%');

function expectUnusable(run: Run, ...names: string[]): void {
  expect(run.status, run.stderr).toBe(2);
  for (const name of names) expect(run.stderr).toContain(name);
  expect(run.stderr).toMatch(CJK);
  expect(run.stderr).not.toMatch(STACK);
  expect(run.stderr).not.toContain('内部错误');
}

function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir('juesuan-io-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function temporaries(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

describe('1. -o never replaces a device, FIFO or directory, and makes no folders', () => {
  it.skipIf(!IS_ROOT)('-o /dev/null writes to the device and leaves it a device (as root)', async () => {
    const before = statSync('/dev/null');
    const run = await juesuanAsync(['draft', SEED_DATA, '-o', '/dev/null']);
    expect(run.status, run.stderr).toBe(0);
    const after = statSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.ino).toBe(before.ino);
  });

  it('-o /dev/stdout writes the draft to standard output', async () => {
    const run = await juesuanAsync(['draft', SEED_DATA, '-o', '/dev/stdout']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('部门决算情况说明');
  });

  it('-o to a FIFO writes into it as a stream: the FIFO stays a FIFO', async () => {
    const dir = folder();
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolveRead) => {
      const cat = spawn('cat', [fifo]);
      const out: Buffer[] = [];
      cat.stdout.on('data', (b: Buffer) => out.push(b));
      cat.on('close', () => resolveRead(Buffer.concat(out).toString('utf8')));
    });
    const run = await juesuanAsync(['draft', SEED_DATA, '-o', fifo]);
    expect(run.status, run.stderr).toBe(0);
    expect(await reader).toContain('部门决算情况说明');
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });

  it('-o DIR is an error naming it (exit 2), for draft, check and lint', async () => {
    const dir = folder({ 'part3.md': BROKEN, 'out/keep.txt': 'x' });
    const runs = await Promise.all([
      juesuanAsync(['draft', SEED_DATA, '-o', 'out'], { cwd: dir }),
      juesuanAsync(['check', SEED_DATA, '-o', 'out'], { cwd: dir }),
      juesuanAsync(['lint', 'part3.md', '--data', SEED_DATA, '-o', 'out'], { cwd: dir }),
    ]);
    for (const run of runs) {
      expectUnusable(run, 'out');
      expect(run.stderr).toContain('目录');
    }
    expect(readdirSync(join(dir, 'out'))).toEqual(['keep.txt']);
  });

  it('-o into a folder that does not exist is an error; no folder is made', async () => {
    const dir = folder();
    const run = await juesuanAsync(['draft', SEED_DATA, '-o', 'missing/part3.md'], { cwd: dir });
    expectUnusable(run, 'missing/part3.md');
    expect(run.stderr).toContain('不存在');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('-o over an existing regular file still replaces it, keeping its mode', async () => {
    const dir = folder({ 'part3.md': 'old' });
    chmodSync(join(dir, 'part3.md'), 0o640);
    const run = await juesuanAsync(['draft', SEED_DATA, '-o', 'part3.md'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'part3.md'), 'utf8')).toContain('部门决算情况说明');
    expect(statSync(join(dir, 'part3.md')).mode & 0o777).toBe(0o640);
  });
});

describe('2. --fix leaves alone a file edited since it was read', () => {
  it('writeFixedFile refuses when the content changed (same size), and the edit survives', () => {
    const dir = folder({ 'part3.md': BROKEN });
    const file = join(dir, 'part3.md');
    const snapshot = snapshotOf(readFileSync(file), statSync(file));
    const edited = BROKEN.replace('72.99%', '72.98%');
    writeFileSync(file, edited);
    expect(() => writeFixedFile(file, PART3, snapshot)).toThrow(OutputError);
    expect(() => writeFixedFile(file, PART3, snapshot)).toThrow(/被改动/u);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(temporaries(dir)).toEqual([]);
  });

  it('writeFixedFile writes when the file is as read', () => {
    const dir = folder({ 'part3.md': BROKEN });
    const file = join(dir, 'part3.md');
    writeFixedFile(file, PART3, snapshotOf(readFileSync(file), statSync(file)));
    expect(readFileSync(file, 'utf8')).toBe(PART3);
  });
});

describe('3. --fix respects permissions and links', () => {
  it('a read-only (0444) file is an error, not a fix, even as root; the others are fixed', async () => {
    const dir = folder({ 'locked.md': BROKEN, 'open.md': BROKEN });
    chmodSync(join(dir, 'locked.md'), 0o444);
    const run = await juesuanAsync(['lint', '.', '--data', SEED_DATA, '--fix'], { cwd: dir });
    expectUnusable(run, 'locked.md');
    expect(run.stderr).toContain('只读');
    expect(run.stderr).not.toContain('没有读取权限');
    expect(readFileSync(join(dir, 'locked.md'), 'utf8')).toBe(BROKEN);
    expect(readFileSync(join(dir, 'open.md'), 'utf8')).not.toBe(BROKEN);
    expect(statSync(join(dir, 'locked.md')).mode & 0o777).toBe(0o444);
  });

  it('keeps the mode and (as root) the owner', async () => {
    const dir = folder({ 'part3.md': BROKEN });
    const file = join(dir, 'part3.md');
    chmodSync(file, 0o640);
    if (IS_ROOT) chownSync(file, 1234, 1234);
    const run = await juesuanAsync(['lint', 'part3.md', '--data', SEED_DATA, '--fix'], { cwd: dir });
    expect(run.stderr).toContain('已修正 part3.md');
    const after = statSync(file);
    expect(after.mode & 0o777).toBe(0o640);
    if (IS_ROOT) expect([after.uid, after.gid]).toEqual([1234, 1234]);
  });

  it('a file with another hard link is linted once and rewritten in place: both names see the fix', async () => {
    const dir = folder({ 'docs/part3.md': BROKEN });
    linkSync(join(dir, 'docs/part3.md'), join(dir, 'docs/link.md'));
    const inode = statSync(join(dir, 'docs/part3.md')).ino;
    const run = await juesuanAsync(['lint', 'docs', '--data', SEED_DATA, '--fix', '-f', 'json'], { cwd: dir });
    expect(run.status, run.stderr).toBe(1); // the remaining SME error, no input problem
    const after = statSync(join(dir, 'docs/part3.md'));
    expect(after.ino).toBe(inode);
    expect(after.nlink).toBe(2);
    expect(readFileSync(join(dir, 'docs/link.md'), 'utf8')).toBe(readFileSync(join(dir, 'docs/part3.md'), 'utf8'));
    expect(readFileSync(join(dir, 'docs/part3.md'), 'utf8')).not.toBe(BROKEN);
    // neither name is a symbolic link: the first in order is kept
    expect(run.stderr).toContain('docs/part3.md：与 docs/link.md 是同一个文件（硬链接），只审校、修正一次，结果列在 docs/link.md 下');
    expect(run.stderr).toContain('已修正 docs/link.md：1 处');
    expect((JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath)).toEqual(['docs/link.md']);
  });

  it('a symbolic link to a document is linted once, under the real name, and the fix is written once to the file it leads to', async () => {
    const dir = folder({ 'docs/part3.md': BROKEN });
    symlinkSync('part3.md', join(dir, 'docs/link.md'));
    const run = await juesuanAsync(['lint', 'docs', '--data', SEED_DATA, '--fix', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toContain('docs/link.md：与 docs/part3.md 是同一个文件（符号链接），只审校、修正一次，结果列在 docs/part3.md 下');
    expect(run.stderr).toContain('已修正 docs/part3.md：1 处');
    expect(run.stderr).not.toContain('已修正 docs/link.md');
    expect(lstatSync(join(dir, 'docs/link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'docs/part3.md'), 'utf8')).not.toBe(BROKEN);
    expect((JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath)).toEqual(['docs/part3.md']);
  });

  it('links given as a glob and as files count their errors once, without --fix too', async () => {
    const dir = folder({ 'docs/part3.md': BROKEN });
    linkSync(join(dir, 'docs/part3.md'), join(dir, 'docs/hard.md'));
    symlinkSync('part3.md', join(dir, 'docs/soft.md'));
    const run = await juesuanAsync(['lint', 'docs/*.md', 'docs/soft.md', '--data', SEED_DATA, '-f', 'json'], { cwd: dir });
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number }>;
    expect(results.map((r) => [r.filePath, r.errorCount])).toEqual([['docs/hard.md', 2]]);
    expect(run.stderr).toBe(
      'docs/part3.md：与 docs/hard.md 是同一个文件（硬链接），只审校一次，结果列在 docs/hard.md 下\n'
      + 'docs/soft.md：与 docs/hard.md 是同一个文件（符号链接），只审校一次，结果列在 docs/hard.md 下\n',
    );
    expect(run.status).toBe(1);
  });
});

describe('4. an interrupt during --fix leaves no temporary file', () => {
  it('SIGINT: exit 130, what was fixed is said, no .tmp file, every document whole', async () => {
    // The GB18030 notice is written while the documents are read: the signal comes during the run.
    const files: Record<string, string | Buffer> = { '0-gbk.md': Buffer.from([0xbb, 0xf9, 0xb1, 0xbe, 0xd6, 0xa7, 0xb3, 0xf6, 0x0a]) };
    for (let i = 100; i < 260; i++) files[`d${i}.md`] = BROKEN;
    const dir = folder(files);
    const run = await new Promise<Run>((resolveRun) => {
      const child = spawn(process.execPath, [BIN, 'lint', '.', '--data', SEED_DATA, '--fix', '--jobs', '1'], { cwd: dir });
      let stderr = '';
      let sent = false;
      child.stderr.on('data', (b: Buffer) => {
        stderr += b.toString('utf8');
        if (!sent && stderr.includes('GB18030')) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.stdout.resume();
      child.on('close', (status) => resolveRun({ status, stdout: '', stderr }));
    });
    expect(run.status, run.stderr).toBe(130);
    expect(run.stderr).toContain('已中断（SIGINT）');
    expect(run.stderr).not.toMatch(STACK);
    expect(temporaries(dir)).toEqual([]);
    // Each document is as it was or wholly fixed (the fix puts back the published 72.66%).
    for (let i = 100; i < 260; i++) expect([BROKEN, PART3]).toContain(readFileSync(join(dir, `d${i}.md`), 'utf8'));
  });
});

describe('4. an interrupt during a plain -o write leaves no temporary file', () => {
  it('SIGINT the moment the temporary file of draft -o appears: no .tmp left, the draft absent or whole', async () => {
    // A 12 MB reason makes the write long enough for the signal to land inside it.
    const seed = readFileSync(SEED_DATA, 'utf8');
    expect(seed.split('2080502: 人员去世').length).toBe(2);
    const dir = folder({ 'data.yaml': seed.replace('2080502: 人员去世', `2080502: 人员去世${'因'.repeat(4_000_000)}`) });
    const draft = (output: string, interrupt: boolean) => new Promise<Run>((resolveRun) => {
      const child = spawn(process.execPath, [BIN, 'draft', 'data.yaml', '-o', output], { cwd: dir });
      let stderr = '';
      const watcher = interrupt
        ? watch(dir, (_event, name) => {
          if (name !== null && /^\.out\.md\.\d+\.tmp$/u.test(name)) {
            watcher?.close();
            child.kill('SIGINT');
          }
        })
        : undefined;
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
      child.stdout.resume();
      child.on('close', (status, signal) => {
        watcher?.close();
        // A signal that lands after the run has let go of its handler (at exit) ends it by the default
        // action: a shell reports that as 130, as it reports a handled interrupt.
        resolveRun({ status: status ?? (signal === 'SIGINT' ? 130 : null), stdout: '', stderr });
      });
    });
    const whole = await draft('whole.md', false);
    expect(whole.status, whole.stderr).toBe(0);
    const run = await draft('out.md', true);
    expect(run.stderr).not.toMatch(STACK);
    expect(temporaries(dir)).toEqual([]);
    // The write is synchronous: the signal is handled once it is over, and the run ends as interrupted
    // (130) or, when the signal comes with the end of the run, as done (0) — the draft whole either way.
    expect([0, 130], run.stderr).toContain(run.status);
    if (run.status === 0 || existsSync(join(dir, 'out.md'))) expect(readFileSync(join(dir, 'out.md')).equals(readFileSync(join(dir, 'whole.md'))), 'the draft is whole').toBe(true);
  });
});

describe('5. only regular files are read, at most 64 MB', () => {
  it('front matter data: /dev/zero, a FIFO, a document linking to /dev/zero: input problems, the rest linted', async () => {
    const dir = folder({
      'docs/zero.md': `---\njuesuan:\n  data: /dev/zero\n---\n\n${BROKEN}`,
      'docs/fifo.md': `---\njuesuan:\n  data: ../data.fifo\n---\n\n${BROKEN}`,
      'docs/ok.md': BROKEN,
    });
    execFileSync('mkfifo', [join(dir, 'data.fifo')]);
    symlinkSync('/dev/zero', join(dir, 'docs/link.md'));
    const run = await juesuanAsync(['lint', 'docs', '--data', SEED_DATA, '-f', 'json'], { cwd: dir });
    expectUnusable(run, '/dev/zero', 'data.fifo', 'docs/link.md', 'docs/zero.md', 'docs/fifo.md');
    expect(run.stderr).toContain('不是普通文件');
    const results = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    expect(results.map((r) => r.filePath)).toEqual(['docs/ok.md']);
  });

  it('a configuration pointing at /dev/zero is the configuration\'s problem', async () => {
    const dir = folder({ 'juesuan.config.json': '{"data": "/dev/zero"}', 'part3.md': BROKEN });
    const run = await juesuanAsync(['lint', 'part3.md'], { cwd: dir });
    expectUnusable(run, '/dev/zero', 'part3.md');
  });

  it('a FIFO given as the data file of check does not hang', async () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'data.yaml')]);
    const run = await juesuanAsync(['check', 'data.yaml'], { cwd: dir });
    expectUnusable(run, 'data.yaml');
  });

  it('a file over the limit is refused with the limit named', () => {
    const dir = folder({ 'big.yaml': 'x'.repeat(2048) });
    expect(() => readInputFile(join(dir, 'big.yaml'), 1024)).toThrow(/文件过大.*最多读取/u);
    expect(readInputFile(join(dir, 'big.yaml'), 4096).bytes.length).toBe(2048);
    expect(MAX_INPUT_BYTES).toBe(64 * 1024 * 1024);
  });

  it('a sparse data file over 64 MB: exit 2, the file and the limit named', async () => {
    const dir = folder();
    const fd = openSync(join(dir, 'huge.yaml'), 'w');
    writeFileSync(fd, 'a: 1\n');
    closeSync(fd);
    execFileSync('truncate', ['-s', '65M', join(dir, 'huge.yaml')]);
    const run = await juesuanAsync(['check', 'huge.yaml'], { cwd: dir });
    expectUnusable(run, 'huge.yaml', '64 MB');
  });
});

describe('6. a file that is not a data file is not quoted', () => {
  const secret = 'hunter2-very-secret-password-0123456789abcdef';
  const cases: Array<[string, string]> = [
    ['a shadow-like file (one long plain scalar)', `root:$6$${secret}:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n`],
    ['a credentials file (a mapping of unknown keys)', `password: ${secret}\ntoken: ${secret}\nuser: admin\n`],
    ['a credentials value as the whole document', `${secret}\n`],
  ];
  for (const [what, text] of cases) {
    it(`${what}: one problem, no contents`, async () => {
      const dir = folder({ 'secret.yaml': text, 'part3.md': `---\njuesuan:\n  data: secret.yaml\n---\n\n${BROKEN}` });
      const [check, lint] = await Promise.all([
        juesuanAsync(['check', 'secret.yaml'], { cwd: dir }),
        juesuanAsync(['lint', 'part3.md'], { cwd: dir }),
      ]);
      for (const run of [check, lint]) {
        expectUnusable(run, 'secret.yaml');
        expect(run.stderr).not.toContain('hunter2');
        expect(run.stderr).not.toContain('password');
        expect(run.stderr).not.toContain('daemon');
      }
      expect(check.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});

describe('6. a value inside the user\'s own data file is shown, shortened when long (issue 15 reversed issue 9\'s "never quoted")', () => {
  const secret = 'sk-live-hunter2-0123456789abcdef0123456789';
  it('a long value where an amount, a unit or a count belongs: named by key and line, quoted in part', async () => {
    const seed = readFileSync(SEED_DATA, 'utf8');
    const replacements: Array<[string, string]> = [
      ['本年收入合计: 4,340.16', `本年收入合计: "${secret}"`],
      ['金额单位: 万元', `金额单位: ${secret}`],
      ['团组: 3', `团组: ${secret}`],
    ];
    let text = seed;
    for (const [from, to] of replacements) {
      expect(text.split(from).length - 1, from).toBeGreaterThanOrEqual(1);
      text = text.replace(from, to);
    }
    const dir = folder({ 'data.yaml': text, 'part3.md': BROKEN });
    const [check, draft, lint] = await Promise.all([
      juesuanAsync(['check', 'data.yaml'], { cwd: dir }),
      juesuanAsync(['draft', 'data.yaml'], { cwd: dir }),
      juesuanAsync(['lint', 'part3.md', '--data', 'data.yaml'], { cwd: dir }),
    ]);
    for (const run of [check, draft, lint]) {
      expectUnusable(run, 'data.yaml');
      for (const key of ['本年收入合计', '金额单位', '团组']) expect(run.stderr).toContain(key);
      expect(run.stderr).toMatch(/data\.yaml:\d+:\d+/u);
      expect(run.stderr).toContain(`实际为“${secret.slice(0, 30)}…”（共 ${[...secret].length} 个字符）`);
      expect(run.stderr).not.toContain(secret.slice(30));
    }
  });
});

describe('13. one bad front matter or configuration does not abort the run', () => {
  const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');
  it('an alias bomb in one front matter is that file\'s input error; the rest are linted', async () => {
    const dir = folder({ 'docs/bomb.md': `---\n${bomb}\n---\n\n${BROKEN}`, 'docs/ok.md': BROKEN });
    const run = await juesuanAsync(['lint', 'docs', '--data', SEED_DATA, '-f', 'json'], { cwd: dir });
    expectUnusable(run, 'docs/bomb.md', '别名');
    expect(run.stderr).not.toContain('Excessive alias count');
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(1);
  });

  it('an alias bomb in a configuration is that configuration\'s problem', async () => {
    const dir = folder({ 'a/juesuan.config.yaml': `${bomb}\ndata: x.yaml\n`, 'a/part3.md': BROKEN, 'b/part3.md': BROKEN });
    const run = await juesuanAsync(['lint', 'a', 'b', '--data', SEED_DATA, '-f', 'json'], { cwd: dir });
    expectUnusable(run, 'juesuan.config.yaml', '别名');
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(1);
  });
});

describe('14. every error path ends in a Chinese message with the file and exit 2', () => {
  it('an alias bomb or deep nesting in a data file: check and lint say so in Chinese', async () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');
    const dir = folder({ 'bomb.yaml': bomb, 'deep.yaml': `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`, 'part3.md': BROKEN });
    const runs = await Promise.all([
      juesuanAsync(['check', 'bomb.yaml'], { cwd: dir }),
      juesuanAsync(['check', 'deep.yaml'], { cwd: dir }),
      juesuanAsync(['lint', 'part3.md', '--data', 'bomb.yaml'], { cwd: dir }),
    ]);
    expectUnusable(runs[0]!, 'bomb.yaml', '别名');
    expectUnusable(runs[1]!, 'deep.yaml', '嵌套过深');
    expectUnusable(runs[2]!, 'bomb.yaml', 'part3.md');
    for (const run of runs) {
      expect(run.stderr).not.toContain('Excessive alias count');
      expect(run.stderr).not.toContain('Maximum call stack');
    }
  });

  it('a GBK-encoded data file: one message that says so, not a list of duplicate keys', async () => {
    const gbk = execFileSync('iconv', ['-f', 'utf-8', '-t', 'gb18030', SEED_DATA]);
    const dir = folder({ 'gbk.yaml': gbk });
    const run = await juesuanAsync(['check', 'gbk.yaml'], { cwd: dir });
    expectUnusable(run, 'gbk.yaml', 'GB18030', 'UTF-8');
    expect(run.stderr).not.toContain('Map keys must be unique');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('standard output full (> /dev/full): one Chinese line on standard error, exit 2, no stack', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = await new Promise<Run>((resolveRun) => {
        const child = spawn(process.execPath, [BIN, 'draft', SEED_DATA], { stdio: ['ignore', full, 'pipe'] });
        let stderr = '';
        child.stderr!.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
        child.on('close', (status) => resolveRun({ status, stdout: '', stderr }));
      });
      expectUnusable(run, '标准输出');
      expect(run.stderr).toContain('磁盘空间不足');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      closeSync(full);
    }
  });

  it('a reader that closes the pipe (as | head does) ends the run quietly', async () => {
    const run = await new Promise<Run>((resolveRun) => {
      const child = spawn(process.execPath, [BIN, 'draft', SEED_DATA], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (status) => resolveRun({ status, stdout: '', stderr }));
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.skipIf(IS_ROOT)('a read-only folder: the write failure says 没有写入权限, not 没有读取权限', async () => {
    const dir = folder({ 'ro/keep.txt': 'x' });
    chmodSync(join(dir, 'ro'), 0o555);
    const run = await juesuanAsync(['draft', SEED_DATA, '-o', 'ro/part3.md'], { cwd: dir });
    chmodSync(join(dir, 'ro'), 0o755);
    expectUnusable(run, 'ro/part3.md', '没有写入权限');
    expect(run.stderr).not.toContain('没有读取权限');
  });

  it('--fix into a folder the fix cannot write: 无法写入修正, never 没有读取权限', () => {
    // As root no folder is read-only; the reason is worded by writeReason either way.
    const dir = folder({ 'part3.md': BROKEN });
    const file = join(dir, 'part3.md');
    const snapshot = snapshotOf(readFileSync(file), statSync(file));
    let message = '';
    try {
      writeFixedFile(join(dir, 'gone', 'part3.md'), PART3, snapshot);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/无法写入/u);
    expect(message).not.toContain('读取');
  });
});
