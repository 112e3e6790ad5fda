/**
 * The command line as finance staff meet it: the version, help and
 * commander's own error messages in Chinese, and one name, -o/--output, for
 * the output file of every command (--output-file, its older name, works on every command).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseCommanderError } from '../../src/cli/chinese.js';
import { juesuan, juesuanAsync, ROOT, SEED_DATA, SEED_PART3, tempDir } from './helpers.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ENGLISH = /Usage:|Options:|Commands:|Arguments:|display help|output the version|\[options\]|\[command\]|default:|choices:|error:/u;

describe('juesuan --version', () => {
  it('prints the package version for --version, -V and -v, and exits 0', async () => {
    for (const flag of ['--version', '-V', '-v']) {
      const run = await juesuanAsync([flag]);
      expect(run.status, flag).toBe(0);
      expect(run.stdout, flag).toBe(`${VERSION}\n`);
    }
  });
});

describe('help in Chinese', () => {
  it('the program and every command: Chinese headings, no English left', async () => {
    const runs = await Promise.all([['--help'], ['draft', '--help'], ['check', '-h'], ['lint', '--help'], ['help', 'lint']].map((a) => juesuanAsync(a)));
    for (const run of runs) {
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('用法：');
      expect(run.stdout).toContain('选项：');
      expect(run.stdout).toContain('显示帮助');
      expect(run.stdout).not.toMatch(ENGLISH);
    }
    expect(runs[0]!.stdout).toContain('命令：');
    expect(runs[0]!.stdout).toContain('显示版本号');
    expect(runs[3]!.stdout).toContain('参数：');
    expect(runs[3]!.stdout).toContain('（可选：stylish、json、sarif、github、html；默认：stylish）');
  });

  it('shows -o, --output <文件> on every command and hides --output-file; placeholders are Chinese', async () => {
    const commands = ['draft', 'import', 'review', 'export', 'check', 'lint'];
    const runs = await Promise.all(commands.map((c) => juesuanAsync([c, '--help'])));
    for (const run of runs) {
      expect(run.stdout).toContain('-o, --output <文件>');
      expect(run.stdout).not.toContain('--output-file');
      expect(run.stdout).not.toMatch(/<[a-z][a-z.]*>/u);
    }
    expect(runs.map((r) => /用法： juesuan \S+ \[选项\] (.*)/u.exec(r.stdout)?.[1])).toEqual([
      '[数据文件]', '<文件>', '<文件或目录>', '<数据文件>', '<数据文件>', '<文件或目录...>',
    ]);
  });

  it('lines the descriptions up in a terminal, Chinese placeholders counted two columns a character', async () => {
    const run = await juesuanAsync(['review', '--help']);
    const columns = run.stdout.split('\n').filter((l) => /^  -/u.test(l)).map((l) => {
      const term = /^(.*?\S)\s{2,}\S/u.exec(l)![0].slice(0, -1);
      return [...term].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uff60]/u.test(c) ? 2 : 1), 0);
    });
    expect(new Set(columns).size).toBe(1);
  });

  it('without a command prints the help to standard error and exits 2', () => {
    const run = juesuan([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('用法：');
    expect(run.stderr).not.toMatch(ENGLISH);
  });
});

describe("commander's errors in Chinese", () => {
  const cases: Array<[string[], string]> = [
    [['lint', '--bogus', 'x.md'], '错误：没有选项 --bogus'],
    [['draft'], '错误：缺少参数 <数据文件>'],
    [['chek'], '错误：没有命令 chek（是不是要用 check？）'],
    [['check', 'a.yaml', 'b.yaml'], '错误：命令 check 的参数过多：应有 1 个，实际有 2 个'],
    [['lint', '-f', 'xml', 'a.md'], '错误：选项 -f, --format <格式> 的取值“xml”无效，可选：stylish、json、sarif、github、html'],
    [['lint', '--max-warnings', 'x', 'a.md'], '错误：选项 --max-warnings <数量> 的取值“x”无效：应为不小于 0 的整数'],
    [['lint', 'a.md', '-o'], '错误：选项 -o, --output <文件> 缺少取值'],
  ];
  it.each(cases)('%j', async (args, expected) => {
    const run = await juesuanAsync(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(ENGLISH);
  });

  it('leaves a message it does not know as it is', () => {
    expect(chineseCommanderError('something else\n')).toBe('something else\n');
  });
});

describe('-o, --output on every command', () => {
  const dir = tempDir('juesuan-output-');
  it('draft, check and lint write to the file given with -o or --output; check and lint also take --output-file', async () => {
    const file = (name: string) => join(dir, name);
    const runs = await Promise.all([
      juesuanAsync(['draft', SEED_DATA, '-o', file('d1.md')]),
      juesuanAsync(['draft', SEED_DATA, '--output', file('d2.md')]),
      juesuanAsync(['check', SEED_DATA, '-o', file('c1.txt')]),
      juesuanAsync(['check', SEED_DATA, '--output', file('c2.txt')]),
      juesuanAsync(['check', SEED_DATA, '--output-file', file('c3.txt')]),
      juesuanAsync(['lint', SEED_PART3, '-d', SEED_DATA, '-o', file('l1.txt')]),
      juesuanAsync(['lint', SEED_PART3, '-d', SEED_DATA, '--output', file('l2.txt')]),
      juesuanAsync(['lint', SEED_PART3, '-d', SEED_DATA, '--output-file', file('l3.txt')]),
    ]);
    for (const run of runs) expect(run.stdout).toBe('');
    expect(readFileSync(file('d1.md'), 'utf8')).toBe(readFileSync(file('d2.md'), 'utf8'));
    expect(readFileSync(file('d1.md'), 'utf8')).toContain('部门决算情况说明');
    for (const [a, b, c] of [['c1.txt', 'c2.txt', 'c3.txt'], ['l1.txt', 'l2.txt', 'l3.txt']]) {
      expect(readFileSync(file(a!), 'utf8')).not.toBe('');
      expect(readFileSync(file(b!), 'utf8')).toBe(readFileSync(file(a!), 'utf8'));
      expect(readFileSync(file(c!), 'utf8')).toBe(readFileSync(file(a!), 'utf8'));
    }
    expect(readFileSync(file('c1.txt'), 'utf8')).toContain('procurement-small-micro-within-sme');
  });

  it('draft, import, review and export take -o, --output and --output-file alike', async () => {
    const file = (name: string) => join(dir, name);
    const [draft, exported, review] = await Promise.all([
      juesuanAsync(['draft', SEED_DATA, '--output-file', file('d3.md')]),
      juesuanAsync(['export', SEED_DATA, '--output-file', file('e.xlsx')]),
      juesuanAsync(['review', SEED_PART3, '--output-file', file('r.txt')]),
    ]);
    expect(draft.status).toBe(0);
    expect(exported.status).toBe(0);
    expect(review.stdout).toBe('');
    expect(readFileSync(file('r.txt'), 'utf8')).toContain('核对项目');
    const imports = await Promise.all([['-o', 'i1.yaml'], ['--output', 'i2.yaml'], ['--output-file', 'i3.yaml']].map(([flag, name]) =>
      juesuanAsync(['import', file('e.xlsx'), flag!, file(name!)])));
    for (const run of imports) expect(run.status).toBe(0);
    expect(readFileSync(file('i3.yaml'), 'utf8')).toBe(readFileSync(file('i1.yaml'), 'utf8'));
    expect(readFileSync(file('i2.yaml'), 'utf8')).toBe(readFileSync(file('i1.yaml'), 'utf8'));
    expect(existsSync(file('d3.md'))).toBe(true);
  });
});

describe('lint on an empty document', () => {
  it('reports it as empty, a warning, once per file', async () => {
    const dir = tempDir('juesuan-empty-');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'notes.md'), '# 会议纪要\n\n今天讨论了工作安排。\n');
    const run = juesuan(['lint', dir, '-d', SEED_DATA, '-f', 'json']);
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(results.map((r) => r.messages.map((m) => m.ruleId))).toEqual([['empty-document'], ['no-part3']]);
  });
});
