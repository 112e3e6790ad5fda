/**
 * Bad data and bad documents through the CLI (the built bin/juesuan.js; `npm
 * test` builds first, or run `npx tsc -p .`):
 *
 * - every unusable input gives exit code 2 — or, for a document that can
 *   still be read, a normal lint result — with a Chinese message on standard
 *   error that names the file, and never a stack trace;
 * - no input file is ever written, except by --fix, which writes through a
 *   temporary file (none is left behind), changes only what it fixes and
 *   changes nothing the second time;
 * - the same inputs give byte-identical reports, in every format.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PART3, SEED_DATA, juesuanAsync, tempDir, type Run } from '../cli/helpers.js';

const STACK = /\n\s+at /u;
const CJK = /[\u4e00-\u9fff]/u;

const SME_CLAUSE = '，其中：授予小微企业合同金额 48.57 万元，占政府采购支出总额的 100%';
/** The published Part 3 with two fixable errors (a direction word and a figure). */
const BROKEN = PART3
  .replace('各减少 353.84 万元，下降 7.54%', '各增加 353.84 万元，下降 7.54%')
  .replace('基本支出 3,153.47 万元，占 72.66%', '基本支出 3,153.47 万元，占 72.99%');

it('the broken document differs from the published one in two places', () => {
  expect(BROKEN).not.toBe(PART3);
  expect(BROKEN).toContain('各增加 353.84 万元');
  expect(BROKEN).toContain('占 72.99%');
});

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Hashes of every file under a folder (recursively), by path relative to it. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const rel = prefix + e.name;
      if (e.isDirectory()) walk(join(d, e.name), `${rel}/`);
      else out[rel] = sha256(join(d, e.name));
    }
  };
  walk(dir, '');
  return out;
}

/** Deterministic bytes that are not text (a counter hashed). */
function binary(size: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; parts.length * 32 < size; i++) parts.push(createHash('sha256').update(String(i)).digest());
  return Buffer.concat(parts).subarray(0, size);
}

/** The seed data without one top-level table (its key line up to the next top-level key). */
function seedWithout(table: string): string {
  const text = readFileSync(SEED_DATA, 'utf8');
  const start = text.search(new RegExp(`^${table}:`, 'mu'));
  expect(start, `${table} in the seed data`).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start + 1);
  const next = rest.search(/^\S/mu);
  return text.slice(0, start) + (next < 0 ? '' : rest.slice(next));
}

/** A folder holding the given files (name → contents). */
function folder(files: Record<string, string | Buffer>): string {
  const dir = tempDir('juesuan-hardening-');
  for (const [name, content] of Object.entries(files)) {
    const file = join(dir, name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

function expectCleanFailure(run: Run, names: string[]): void {
  expect(run.status, run.stderr).toBe(2);
  for (const name of names) expect(run.stderr).toContain(name);
  expect(run.stderr).toMatch(CJK);
  expect(run.stderr).not.toMatch(STACK);
  expect(run.stdout).not.toMatch(STACK);
  expect(run.stderr).not.toContain('内部错误');
}

describe('unusable data files', () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['malformed YAML', 'a: [1, 2\nb: :\n  - x\n', /YAML/u],
    ['a data file missing a table', seedWithout('公开05表'), /公开05表/u],
    ['an empty data file', '', /数据文件/u],
    ['a list instead of a mapping', '- 公开01表\n- 公开02表\n', /映射/u],
    ['a binary file', binary(4096), /./u],
    ['NUL bytes', Buffer.alloc(2048, 0), /./u],
    ['a UTF-16 file', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SEED_DATA, 'utf8').slice(0, 2000), 'utf16le')]), /./u],
  ];

  for (const [what, content, says] of cases) {
    describe(what, () => {
      const dir = folder({ 'data.yaml': content, 'part3.md': BROKEN });
      const before = snapshot(dir);

      it('lint (with and without --fix), check, draft: exit 2, a Chinese message naming the data file (and the document not linted), nothing written', async () => {
        const [lint, fix, check, checkJson, draft] = await Promise.all([
          juesuanAsync(['lint', 'part3.md', '--data', 'data.yaml'], { cwd: dir }),
          juesuanAsync(['lint', 'part3.md', '--data', 'data.yaml', '--fix'], { cwd: dir }),
          juesuanAsync(['check', 'data.yaml'], { cwd: dir }),
          juesuanAsync(['check', 'data.yaml', '--format', 'json'], { cwd: dir }),
          juesuanAsync(['draft', 'data.yaml', '-o', 'out.md'], { cwd: dir }),
        ]);
        expectCleanFailure(lint!, ['data.yaml', 'part3.md']);
        expect(lint!.stderr).toMatch(says);
        for (const run of [fix!, check!, checkJson!, draft!]) expectCleanFailure(run, ['data.yaml']);
        expect(snapshot(dir)).toEqual(before); // not even out.md
      });
    });
  }

  it('a data file that is a folder, or that does not exist', async () => {
    const dir = folder({ 'part3.md': BROKEN, 'data.yaml/readme.txt': 'x' });
    const before = snapshot(dir);
    const runs = await Promise.all([
      juesuanAsync(['lint', 'part3.md', '--data', 'data.yaml'], { cwd: dir }),
      juesuanAsync(['lint', 'part3.md', '--data', 'missing.yaml'], { cwd: dir }),
      juesuanAsync(['check', 'data.yaml'], { cwd: dir }),
      juesuanAsync(['check', 'missing.yaml'], { cwd: dir }),
    ]);
    expectCleanFailure(runs[0]!, ['data.yaml', 'part3.md']);
    expectCleanFailure(runs[1]!, ['missing.yaml']);
    expectCleanFailure(runs[2]!, ['data.yaml']);
    expectCleanFailure(runs[3]!, ['missing.yaml']);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('bad documents', () => {
  it('a folder without Markdown: exit 2 and a Chinese message naming it', async () => {
    const dir = folder({ 'notes/readme.txt': '基本支出 1 万元', 'notes/data.yaml': 'x: 1' });
    const run = await juesuanAsync(['lint', 'notes', '--data', SEED_DATA], { cwd: dir });
    expectCleanFailure(run, ['notes']);
    expect(run.stderr).toMatch(/Markdown/u);
  });

  it('a document that does not exist, or is a folder named .md: exit 2, named', async () => {
    const dir = folder({ 'dir.md/x.txt': 'x' });
    const [missing, folderMd] = await Promise.all([
      juesuanAsync(['lint', 'missing.md', '--data', SEED_DATA], { cwd: dir }),
      juesuanAsync(['lint', 'dir.md', '--data', SEED_DATA], { cwd: dir }),
    ]);
    expectCleanFailure(missing!, ['missing.md']);
    expectCleanFailure(folderMd!, ['dir.md']);
  });

  it('an empty document: a normal result, with the notice that it is empty', async () => {
    const dir = folder({ 'empty.md': '' });
    const run = await juesuanAsync(['lint', 'empty.md', '--data', SEED_DATA, '--format', 'json'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const [result] = JSON.parse(run.stdout) as Array<{ filePath: string; messages: unknown[]; errorCount: number }>;
    expect(result).toMatchObject({ filePath: 'empty.md', messages: [{ ruleId: 'empty-document', severity: 1 }], errorCount: 0 });
    expect(readFileSync(join(dir, 'empty.md'), 'utf8')).toBe('');
  });

  it('a document of random bytes: refused as binary (exit 2, a clear message), no crash, unchanged', async () => {
    const dir = folder({ 'noise.md': binary(20_000) });
    const before = snapshot(dir);
    const runs = await Promise.all(['stylish', 'json', 'sarif', 'github'].map((format) =>
      juesuanAsync(['lint', 'noise.md', '--data', SEED_DATA, '--format', format], { cwd: dir })));
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/noise\.md  这是二进制文件，不是 Markdown、Word 或 PDF 文档/u);
      expect(run.stderr).not.toMatch(STACK);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  describe('invalid UTF-8', () => {
    // Bytes that are not UTF-8: a lone continuation byte, FF FE, a truncated sequence, an overlong encoding.
    const BAD = Buffer.from([0x80, 0xff, 0xfe, 0xe4, 0xb8, 0xc0, 0xaf]);
    const clean = Buffer.from(BROKEN, 'utf8');
    // In a paragraph of its own, and inside a sentence that has no figure.
    const paragraph = Buffer.concat([clean, Buffer.from('\n\n'), BAD, Buffer.from('\n')]);
    const sentence = '主要是人员调出基本工资减少。';
    const at = clean.indexOf(Buffer.from(sentence, 'utf8'));
    const inside = Buffer.concat([clean.subarray(0, at + 6), BAD, clean.subarray(at + 6)]);

    it('is read as U+FFFD and linted like the valid text around it', async () => {
      expect(at).toBeGreaterThan(0);
      const dir = folder({ 'valid.md': clean, 'paragraph.md': paragraph, 'inside.md': inside });
      const before = snapshot(dir);
      type Result = { filePath?: string; messages: Array<{ ruleId: string; line: number; column: number }>; verifiedCount: number; unverifiedCount: number };
      const run = await juesuanAsync(['lint', '.', '--data', SEED_DATA, '--format', 'json'], { cwd: dir });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).not.toMatch(STACK);
      const results = new Map((JSON.parse(run.stdout) as Result[]).map((r) => [r.filePath, r]));
      const lint = (file: string) => results.get(file)!;
      const valid = lint('valid.md');
      const strip = (r: Result) => ({ ...r, filePath: undefined, messages: r.messages.map(({ ruleId, line, column }) => ({ ruleId, line, column })) });
      // A paragraph of invalid bytes after the text changes nothing.
      expect(strip(lint('paragraph.md'))).toEqual(strip(valid));
      // Inside a sentence without figures: the same findings, the same lines.
      const r = lint('inside.md');
      expect(r.messages.map((m) => [m.ruleId, m.line])).toEqual(valid.messages.map((m) => [m.ruleId, m.line]));
      expect([r.verifiedCount, r.unverifiedCount]).toEqual([valid.verifiedCount, valid.unverifiedCount]);
      expect(snapshot(dir)).toEqual(before);
    });
  });

  describe('a document saved in GBK (GB18030), as Chinese Windows tools do', () => {
    // 基本支出 3,153.47 万元。 and 基本支出 3,999.00 万元。 in GB18030
    const gbk = (text: string) => Buffer.from(new Map([
      ['基本支出 3,153.47 万元。', 'bbf9b1bed6a7b3f620332c3135332e343720cdf2d4aaa1a3'],
      ['基本支出 3,999.00 万元。', 'bbf9b1bed6a7b3f620332c3939392e303020cdf2d4aaa1a3'],
    ]).get(text)!, 'hex');

    it('is read as GB18030 and linted: the figure is verified, a notice says to save it as UTF-8', async () => {
      const dir = folder({ 'gbk.md': gbk('基本支出 3,153.47 万元。') });
      const run = await juesuanAsync(['lint', 'gbk.md', '--data', SEED_DATA, '--format', 'json'], { cwd: dir });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain('gbk.md：是 GB18030（GBK）编码，已按 GB18030 审校；请另存为 UTF-8');
      const [result] = JSON.parse(run.stdout) as Array<{ verifiedCount: number; unverifiedCount: number }>;
      expect([result!.verifiedCount, result!.unverifiedCount]).toEqual([1, 0]);
    });

    it('reports a wrong figure at its place, and --fix leaves the file as it was', async () => {
      const dir = folder({ 'gbk.md': gbk('基本支出 3,999.00 万元。') });
      const before = snapshot(dir);
      const run = await juesuanAsync(['lint', 'gbk.md', '--data', SEED_DATA, '--fix'], { cwd: dir });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain('已按 GB18030 审校，但不会修正');
      expect(run.stdout).toMatch(/1:6\s+error\s+3,999\.00 万元 与数据不符/u);
      expect(snapshot(dir)).toEqual(before);
    });
  });

  it('a 10 MB document (the seed Part 3 repeated) is linted and reported: a crash and hang test', async () => {
    const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(PART3 + '\n\n'));
    const dir = folder({ 'big.md': (PART3 + '\n\n').repeat(copies) });
    const before = snapshot(dir);
    const run = await juesuanAsync(['lint', 'big.md', '--data', SEED_DATA, '--format', 'json'], { cwd: dir });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).not.toMatch(STACK);
    const [result] = JSON.parse(run.stdout) as Array<{ errorCount: number; messages: Array<{ ruleId: string; line: number }> }>;
    // The one contradiction of the published text (SME contract amounts), once per copy.
    expect(PART3).toContain(SME_CLAUSE);
    expect(result!.errorCount).toBe(copies);
    expect(new Set(result!.messages.map((m) => m.ruleId))).toEqual(new Set(['subset-exceeds-superset']));
    expect(snapshot(dir)).toEqual(before);
  }, 120_000);
});

describe('only --fix writes', () => {
  it('lint without --fix leaves a document with errors byte for byte, in every format and with -o', async () => {
    const dir = folder({ 'part3.md': BROKEN, 'crlf.md': `\ufeff${BROKEN.replace(/\n/gu, '\r\n')}` });
    const before = snapshot(dir);
    const outDir = tempDir('juesuan-hardening-out-');
    const runs = await Promise.all([
      ...['stylish', 'json', 'sarif', 'github'].map((format) => juesuanAsync(['lint', '.', '--data', SEED_DATA, '--format', format], { cwd: dir })),
      juesuanAsync(['lint', '.', '--data', SEED_DATA, '--fix-dry-run'], { cwd: dir }),
      juesuanAsync(['lint', '.', '--data', SEED_DATA, '-o', join(outDir, 'report.txt')], { cwd: dir }),
    ]);
    for (const run of runs) expect(run.status, run.stderr).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });

  it('--fix writes through a temporary file (none left), changes only the wrong figures, keeps BOM and CRLF, and changes nothing the second time', async () => {
    const crlf = (s: string) => `\ufeff${s.replace(/\n/gu, '\r\n')}`;
    const dir = folder({ 'docs/part3.md': BROKEN, 'docs/crlf.md': crlf(BROKEN), 'docs/clean.md': PART3 });
    const clean = sha256(join(dir, 'docs/clean.md'));
    const run = await juesuanAsync(['lint', 'docs', '--data', SEED_DATA, '--fix'], { cwd: dir });
    expect(run.status, run.stderr).toBe(1); // the data's own SME contradiction stays
    expect(run.stderr).not.toMatch(STACK);
    expect(readdirSync(join(dir, 'docs')).sort()).toEqual(['clean.md', 'crlf.md', 'part3.md']);
    expect(readFileSync(join(dir, 'docs/part3.md'), 'utf8')).toBe(PART3);
    expect(readFileSync(join(dir, 'docs/crlf.md'), 'utf8')).toBe(crlf(PART3));
    expect(sha256(join(dir, 'docs/clean.md'))).toBe(clean);

    const once = snapshot(dir);
    const mtimes = readdirSync(join(dir, 'docs')).map((f) => statSync(join(dir, 'docs', f)).mtimeMs);
    const again = await juesuanAsync(['lint', 'docs', '--data', SEED_DATA, '--fix'], { cwd: dir });
    expect(again.status).toBe(1);
    expect(again.stderr).not.toContain('已修正');
    expect(snapshot(dir)).toEqual(once);
    expect(readdirSync(join(dir, 'docs')).map((f) => statSync(join(dir, 'docs', f)).mtimeMs)).toEqual(mtimes);
  });
});

describe('determinism: byte-identical reports for the same inputs', () => {
  const dir = folder({
    'a/part3.md': BROKEN,
    'a/clean.md': PART3,
    'b/empty.md': '',
    'b/unverified.md': '# 说明\n\n此外，其他零星事项共计 123.45 万元。\n\n| 项目 | 增减率 |\n| --- | --- |\n| 基本支出 | 7.83% |\n',
    'b/invalid.md': Buffer.concat([Buffer.from(BROKEN.slice(0, 500)), Buffer.from([0xff, 0xc0]), Buffer.from(BROKEN.slice(500))]),
    'c/notes.txt': 'x',
  });

  for (const format of ['stylish', 'json', 'sarif', 'github']) {
    it(`${format}, one thread and several`, async () => {
      const args = ['lint', 'a', 'b', 'c', 'b/empty.md', '--data', SEED_DATA, '--format', format];
      const runs = await Promise.all([
        juesuanAsync([...args, '--jobs', '1'], { cwd: dir }),
        juesuanAsync([...args, '--jobs', '3'], { cwd: dir }),
        juesuanAsync(args, { cwd: dir }),
      ]);
      for (const run of runs) {
        expect(run.status, run.stderr).toBe(2); // c/ has no Markdown
        expect(run.stderr).not.toMatch(STACK);
      }
      expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
      expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
      expect(runs[1]!.stderr).toBe(runs[0]!.stderr);
      expect(runs[2]!.stderr).toBe(runs[0]!.stderr);
    });
  }

  it('check, stylish and json', async () => {
    for (const format of ['stylish', 'json']) {
      const [a, b] = await Promise.all([juesuanAsync(['check', SEED_DATA, '--format', format]), juesuanAsync(['check', SEED_DATA, '--format', format])]);
      expect(b!.stdout).toBe(a!.stdout);
      expect(b!.stderr).toBe(a!.stderr);
      expect(b!.status).toBe(a!.status);
    }
  });
});
