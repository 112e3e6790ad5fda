/**
 * juesuan/remark through remark-cli itself: a temp directory with a .remarkrc.mjs
 * that imports the built plugin (dist/remark.js, by absolute file: URL — a temp
 * directory cannot resolve the package by name). `remark` exits non-zero exactly
 * when `juesuan lint` exits 1 (fatal = error); `remark --frail` also on warnings.
 * remark never rewrites the document.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { mutations } from '../../src/accuracy/mutants.js';
import { ROOT, SEED_DATA, SEED_PART3 } from '../helpers.js';

const REMARK = join(ROOT, 'node_modules/.bin/remark');
const JUESUAN = join(ROOT, 'bin/juesuan.js');
const PLUGIN = join(ROOT, 'dist/remark.js');
const CLEAN_DATA = join(ROOT, 'test/fixtures/corpus/shanghai-2025-env.yaml');
const SUBSET_MESSAGE = '授予小微企业合同金额 48.57 万元 大于授予中小企业合同金额 0 万元：前者是后者的一部分，不能更大';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}

const remark = (cwd: string, ...args: string[]) => run(REMARK, [...args, '--no-color'], cwd);
const juesuan = (cwd: string, ...args: string[]) => run(process.execPath, [JUESUAN, ...args], cwd);

/** At most `limit` at a time: each run is a node process. */
async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** A temp directory holding a .remarkrc.mjs that uses the built plugin with `options` (JS source). */
function workspace(options: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-remark-cli-'));
  writeFileSync(join(dir, '.remarkrc.mjs'), [
    `import remarkJuesuan from ${JSON.stringify(pathToFileURL(PLUGIN).href)};`,
    `export default { plugins: [[remarkJuesuan, ${options}]] };`,
    '',
  ].join('\n'));
  return dir;
}

beforeAll(() => {
  expect(existsSync(PLUGIN), 'dist/ must be built (npx tsc -p .)').toBe(true);
  expect(existsSync(REMARK), 'remark-cli must be installed (npm install)').toBe(true);
});

describe('remark-cli on the seed Part 3', () => {
  it('--frail exits non-zero and prints the subset-exceeds-superset error at its position', async () => {
    const dir = workspace(`{ data: ${JSON.stringify(SEED_DATA)} }`);
    writeFileSync(join(dir, 'part3.md'), readFileSync(SEED_PART3));
    const frail = await remark(dir, 'part3.md', '--frail', '--no-stdout');
    expect(frail.status).toBe(1);
    expect(frail.stderr).toContain('part3.md');
    expect(frail.stderr).toMatch(/133:123-133:128\s+error\s+/);
    expect(frail.stderr).toContain(SUBSET_MESSAGE);
    expect(frail.stderr).toMatch(/subset-exceeds-superset\s+juesuan/);
    expect(frail.stdout).toBe('');

    // An error is fatal: plain remark fails too, as juesuan lint does.
    const plain = await remark(dir, 'part3.md', '--no-stdout');
    expect(plain.status).toBe(1);
    const lint = await juesuan(dir, 'lint', 'part3.md', '--data', SEED_DATA);
    expect(lint.status).toBe(1);
  });

  it('--quiet still reports the file with the error', async () => {
    const dir = workspace(`{ data: ${JSON.stringify(SEED_DATA)} }`);
    writeFileSync(join(dir, 'part3.md'), readFileSync(SEED_PART3));
    const quiet = await remark(dir, 'part3.md', '--quiet', '--frail', '--no-stdout');
    expect(quiet.status).toBe(1);
    expect(quiet.stderr).toContain(SUBSET_MESSAGE);
  });
});

describe('remark-cli on a drafted document and its mutations', () => {
  let dir: string;
  let strictDir: string;
  let clean: string;

  beforeAll(async () => {
    const draft = await juesuan(ROOT, 'draft', CLEAN_DATA);
    expect(draft.status).toBe(0);
    clean = draft.stdout;
    dir = workspace(`{ data: ${JSON.stringify(CLEAN_DATA)} }`);
    strictDir = workspace(`{ data: ${JSON.stringify(CLEAN_DATA)}, strict: true }`);
  });

  it('the draft lints clean, and remark --frail exits 0 without a message', async () => {
    writeFileSync(join(dir, 'clean.md'), clean);
    const lint = await juesuan(dir, 'lint', 'clean.md', '--data', CLEAN_DATA, '--format', 'json');
    expect(lint.status).toBe(0);
    expect(JSON.parse(lint.stdout)[0].messages).toEqual([]);

    const frail = await remark(dir, 'clean.md', '--frail', '--no-stdout');
    expect(frail.status).toBe(0);
    expect(frail.stderr).not.toMatch(/error|warning/);
    const quiet = await remark(dir, 'clean.md', '--frail', '--quiet', '--no-stdout');
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
  });

  /** [name, search, replacement, what juesuan lint finds] */
  const HANDPICKED: Array<[string, string, string, 'error' | 'warning' | 'none']> = [
    ['a change amount', '收、支总计各增加 203.27', '收、支总计各增加 303.27', 'error'],
    ['a direction word', '收、支总计各增加', '收、支总计各减少', 'error'],
    // the report year itself (an earlier year than last is another period: unverified, not wrong)
    ['the comparison year', '与 2024 年决算数相同。', '与 2025 年决算数相同。', 'error'],
    ['a template leftover', '与 2024 年度相比，增加 205.14', '与 2024 年度相比，增加（减少）205.14', 'error'],
    ['an unverifiable count (warning only)', '其中：财政拨款收入 5,209.44 万元', '其中：财政拨款收入 5,209.44 万元（含 7 个批次）', 'warning'],
    ['a reason reworded', '主要是年中追加项目经费', '主要是年初追加项目经费', 'none'],
  ];

  interface Case {
    name: string;
    text: string;
    expected?: 'error' | 'warning' | 'none';
  }

  function cases(): Case[] {
    const out: Case[] = HANDPICKED.map(([name, search, replacement, expected]) => {
      expect(clean.includes(search), `the draft should contain ${search}`).toBe(true);
      return { name, text: clean.replace(search, replacement), expected };
    });
    // A few of the mutation harness's own mutations, spread over the document.
    const all = mutations(clean);
    const figures = all.filter((m) => m.kind === 'figure');
    const directions = all.filter((m) => m.kind === 'direction');
    const picked = [
      figures[Math.floor(figures.length * 0.3)]!, figures[Math.floor(figures.length * 0.7)]!,
      directions[Math.floor(directions.length / 2)]!,
    ];
    for (const m of picked) {
      out.push({
        name: `harness: ${m.original} → ${m.replacement} on line ${m.line}`,
        text: clean.slice(0, m.start) + m.replacement + clean.slice(m.end),
      });
    }
    return out;
  }

  it('remark fails exactly when juesuan lint exits 1; remark --frail exactly when juesuan lint reports anything', async () => {
    const all = cases();
    const names = all.map((_, i) => `m${i}.md`);
    all.forEach((c, i) => writeFileSync(join(dir, names[i]!), c.text));
    // One juesuan lint run for all documents: it exits 1 when any has an error, and the JSON gives each one's
    // counts, so each document's own exit code (1 iff it has an error) is read from its errorCount.
    const lint = await juesuan(dir, 'lint', ...names, '--data', CLEAN_DATA, '--format', 'json');
    const reports = JSON.parse(lint.stdout) as Array<{ filePath: string; errorCount: number; warningCount: number }>;
    expect(reports.map((r) => r.filePath)).toEqual(names);
    expect(lint.status).toBe(reports.some((r) => r.errorCount > 0) ? 1 : 0);
    const runs = await pool(names, 2, async (name) => ({
      plain: await remark(dir, name, '--no-stdout'),
      frail: await remark(dir, name, '--frail', '--no-stdout'),
    }));
    const table = all.map((c, i) => {
      const { plain, frail } = runs[i]!;
      const report = reports[i]!;
      const found = report.errorCount > 0 ? 'error' : report.warningCount > 0 ? 'warning' : 'none';
      return {
        name: c.name, expected: c.expected ?? found, found,
        lint: report.errorCount > 0 ? 1 : 0, remark: plain.status, frail: frail.status,
        errorLines: plain.stderr.split('\n').filter((l) => /\d+:\d+(-\d+:\d+)?\s+error\s/.test(l)).length,
        warningLines: frail.stderr.split('\n').filter((l) => /\d+:\d+(-\d+:\d+)?\s+warning\s/.test(l)).length,
        errorCount: report.errorCount, warningCount: report.warningCount,
      };
    });
    for (const row of table) {
      expect(row.found, row.name).toBe(row.expected);
      expect(row.remark !== 0, `${row.name}: remark fails iff juesuan lint exits 1`).toBe(row.lint === 1);
      expect(row.frail !== 0, `${row.name}: remark --frail fails iff juesuan lint reports something`).toBe(row.found !== 'none');
      // For documents without warnings, --frail and juesuan lint agree exactly.
      if (row.found !== 'warning') expect(row.frail !== 0, row.name).toBe(row.lint === 1);
      // remark prints each of the linter's messages once.
      expect(row.errorLines, row.name).toBe(row.errorCount);
      expect(row.warningLines, row.name).toBe(row.warningCount);
    }
    expect(table.filter((r) => r.found === 'error').length).toBeGreaterThanOrEqual(5);
  }, 240_000);

  it('strict: remark fails exactly when juesuan lint --strict exits 1', async () => {
    const [, search, replacement] = HANDPICKED.find(([, , , kind]) => kind === 'warning')!;
    writeFileSync(join(strictDir, 'unverified.md'), clean.replace(search, replacement));
    writeFileSync(join(strictDir, 'clean.md'), clean);
    for (const name of ['unverified.md', 'clean.md']) {
      const lint = await juesuan(strictDir, 'lint', name, '--data', CLEAN_DATA, '--strict');
      const plain = await remark(strictDir, name, '--no-stdout');
      expect(plain.status !== 0, name).toBe(lint.status === 1);
    }
    const unverified = await remark(strictDir, 'unverified.md', '--no-stdout');
    expect(unverified.status).toBe(1);
    expect(unverified.stderr).toMatch(/\d+:\d+-\d+:\d+\s+error\s+无法核对 7 个.*unverified-figure\s+juesuan/);
  }, 60_000);
});

describe('remark-cli does not modify the document', () => {
  it('neither with --no-stdout nor without -o; a file with an error is not even printed', async () => {
    const dir = workspace(`{ data: ${JSON.stringify(SEED_DATA)} }`);
    const doc = join(dir, 'part3.md');
    const original = readFileSync(SEED_PART3);
    writeFileSync(doc, original);
    chmodSync(doc, 0o644);
    const before = statSync(doc);

    const silent = await remark(dir, 'part3.md', '--no-stdout', '--frail');
    expect(silent.status).toBe(1);
    expect(silent.stdout).toBe('');

    // A fatal message stops the file's pipeline: nothing is stringified, as with remark-lint's 'error' rules.
    const piped = await remark(dir, 'part3.md');
    expect(piped.status).toBe(1);
    expect(piped.stdout).toBe('');

    expect(readFileSync(doc).equals(original)).toBe(true);
    expect(statSync(doc).mtimeMs).toBe(before.mtimeMs);
  });

  it('a clean document without -o: the processed Markdown goes to stdout, the file stays as it was', async () => {
    const dir = workspace(`{ data: ${JSON.stringify(CLEAN_DATA)} }`);
    const doc = join(dir, 'clean.md');
    const draft = await juesuan(ROOT, 'draft', CLEAN_DATA);
    writeFileSync(doc, draft.stdout);
    const before = statSync(doc);

    const piped = await remark(dir, 'clean.md', '--frail');
    expect(piped.status).toBe(0);
    expect(piped.stdout).toContain('## 一、收入支出决算总体情况说明');

    expect(readFileSync(doc, 'utf8')).toBe(draft.stdout);
    expect(statSync(doc).mtimeMs).toBe(before.mtimeMs);
  });
});

describe('remark-cli with unusable data or a relative data path', () => {
  it('a bad data file: one fatal message naming the file, line and problem; no stack trace', async () => {
    const dir = workspace(`{ data: 'bad.yaml' }`);
    const text = readFileSync(SEED_DATA, 'utf8').replace('    团组: 3', '    团组: -3');
    writeFileSync(join(dir, 'bad.yaml'), text);
    const line = text.slice(0, text.indexOf('团组: -3')).split('\n').length;
    writeFileSync(join(dir, 'part3.md'), readFileSync(SEED_PART3));

    const plain = await remark(dir, 'part3.md', '--no-stdout');
    expect(plain.status).toBe(1);
    expect(plain.stderr).toContain('数据文件 bad.yaml 无法使用，未审校本文件：');
    expect(plain.stderr).toContain(`bad.yaml:${line}:`);
    expect(plain.stderr).toContain('三公经费 › 因公出国（境） › 团组：应为非负整数');
    expect(plain.stderr).toMatch(/data-error\s+juesuan/);
    expect(plain.stderr).toMatch(/1 error/);
    expect(plain.stderr).not.toMatch(/^\s+at /m);
  });

  it('a relative path is relative to where remark runs; a URL from import.meta.url works from anywhere', async () => {
    const byPath = workspace(`{ data: 'data.yaml' }`);
    const byUrl = workspace(`{ data: new URL('./data.yaml', import.meta.url) }`);
    for (const dir of [byPath, byUrl]) {
      writeFileSync(join(dir, 'data.yaml'), readFileSync(SEED_DATA));
      mkdirSync(join(dir, 'docs'));
      writeFileSync(join(dir, 'docs', 'part3.md'), readFileSync(SEED_PART3));
    }

    // From the directory holding the data file both work.
    for (const dir of [byPath, byUrl]) {
      const r = await remark(dir, 'docs/part3.md', '--no-stdout');
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(SUBSET_MESSAGE);
    }
    // From a subdirectory only the URL finds it.
    const fromSubPath = await remark(join(byPath, 'docs'), 'part3.md', '--no-stdout');
    expect(fromSubPath.stderr).toContain('数据文件 data.yaml 无法使用');
    expect(fromSubPath.stderr).not.toContain(SUBSET_MESSAGE);
    const fromSubUrl = await remark(join(byUrl, 'docs'), 'part3.md', '--no-stdout');
    expect(fromSubUrl.stderr).toContain(SUBSET_MESSAGE);
  });
});
