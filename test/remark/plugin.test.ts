/**
 * juesuan/remark through the unified API: the plugin reports what lintMarkdown
 * reports (same reasons, positions, rule ids; errors fatal, warnings not), finds
 * its data by path, URL, raw object or DepartmentAccounts, and turns unusable data
 * into one fatal message instead of throwing.
 */
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadAccounts } from '../../src/data/load.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { createLintContext, lintMarkdown, type LintMessage, type LintResult } from '../../src/lint/lint.js';
import remarkJuesuan, { DATA_RULE_ID, DOCS_URL, type RemarkJuesuanData, type RemarkJuesuanOptions } from '../../src/remark.js';
import { ROOT, SEED_DATA, SEED_PART3 } from '../helpers.js';

const CORPUS = join(ROOT, 'test/fixtures/corpus');

/** Parse and run (no compiler needed: the plugin is a transformer); the vfile carries the messages. */
async function lint(text: string, options: RemarkJuesuanOptions, fileOptions: { cwd?: string; path?: string } = {}): Promise<VFile> {
  const processor = unified().use(remarkParse).use(remarkJuesuan, options);
  const file = new VFile({ value: text, cwd: fileOptions.cwd ?? ROOT, path: fileOptions.path ?? join(ROOT, 'doc.md') });
  await processor.run(processor.parse(file), file);
  return file;
}

function reference(text: string, dataFile: string, strict = false): LintResult {
  return lintMarkdown(text, createLintContext(buildFactCatalog(loadAccounts(dataFile).accounts)), { strict });
}

/** The fields a vfile message shares with a lint message. */
function shape(m: VFileMessage) {
  const place = m.place as { start: { line: number; column: number }; end: { line: number; column: number } };
  return {
    ruleId: m.ruleId, reason: m.reason, fatal: m.fatal,
    line: place.start.line, column: place.start.column, endLine: place.end.line, endColumn: place.end.column,
  };
}

function expectedShape(m: LintMessage) {
  return {
    ruleId: m.ruleId, reason: m.message, fatal: m.severity === 2,
    line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn,
  };
}

/** Offset of a 1-based line and column (UTF-16) in text with \n line ends. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

const DOCUMENTS: Array<[string, string, string]> = [
  ['the seed Part 3', SEED_PART3, SEED_DATA],
  ['the §13 error cases against the seed data', join(CORPUS, 'errors.md'), SEED_DATA],
  ['Shanghai 2025', join(CORPUS, 'shanghai-2025-env.md'), join(CORPUS, 'shanghai-2025-env.yaml')],
  ['Sichuan 2023', join(CORPUS, 'sichuan-2023-culture.md'), join(CORPUS, 'sichuan-2023-culture.yaml')],
  ['Guangxi 2024 (yuan)', join(CORPUS, 'guangxi-2024-yuan.md'), join(CORPUS, 'guangxi-2024-yuan.yaml')],
];

describe('remarkJuesuan reports what lintMarkdown reports', () => {
  it.each(DOCUMENTS)('%s: same reasons, positions, rule ids; severity 2 fatal, 1 not', async (_name, doc, data) => {
    const text = readFileSync(doc, 'utf8');
    const file = await lint(text, { data });
    const ref = reference(text, data);
    expect(file.messages.map(shape)).toEqual(ref.messages.map(expectedShape));
    for (const m of file.messages) {
      expect(m.source).toBe('juesuan');
      expect(m.url).toBe(DOCS_URL);
      expect(m.file).toBe(file.path);
    }
    expect(file.data['juesuan']).toEqual({
      dataFile: data, errorCount: ref.errorCount, warningCount: ref.warningCount,
      verifiedCount: ref.verifiedCount, unverifiedCount: ref.unverifiedCount,
    } satisfies RemarkJuesuanData);
  });

  it('the seed: exactly the subset-exceeds-superset error, fatal, at 133:123–133:128', async () => {
    const file = await lint(readFileSync(SEED_PART3, 'utf8'), { data: SEED_DATA });
    expect(file.messages.map(shape)).toEqual([{
      ruleId: 'subset-exceeds-superset',
      reason: '授予小微企业合同金额 48.57 万元 大于授予中小企业合同金额 0 万元：前者是后者的一部分，不能更大',
      fatal: true, line: 133, column: 123, endLine: 133, endColumn: 128,
    }]);
  });

  it('the §13 cases have both kinds: errors fatal, unverified figures warnings (fatal false, not undefined)', async () => {
    const file = await lint(readFileSync(join(CORPUS, 'errors.md'), 'utf8'), { data: SEED_DATA });
    const fatal = file.messages.filter((m) => m.fatal === true);
    const warnings = file.messages.filter((m) => m.fatal === false);
    expect(fatal.length).toBeGreaterThan(0);
    expect(warnings.length).toBeGreaterThan(0);
    expect(fatal.length + warnings.length).toBe(file.messages.length);
  });

  it('actual is the stated text; expected is the fix, and applying it to the range gives the linter\'s fix', async () => {
    const text = readFileSync(join(CORPUS, 'errors.md'), 'utf8');
    const file = await lint(text, { data: SEED_DATA });
    const ref = reference(text, SEED_DATA);
    let fixes = 0;
    file.messages.forEach((m, i) => {
      const r = ref.messages[i]!;
      expect(m.actual).toBe(r.actual);
      if (r.fix) {
        fixes++;
        expect(m.expected).toEqual([r.fix.text]);
        const { start, end } = m.place as { start: { line: number; column: number }; end: { line: number; column: number } };
        expect([offsetOf(text, start.line, start.column), offsetOf(text, end.line, end.column)]).toEqual(r.fix.range);
      } else {
        expect(m.expected).toBeUndefined();
      }
    });
    expect(fixes).toBeGreaterThan(5);
  });

  it('strict: unverified figures are fatal, as juesuan lint --strict makes them errors', async () => {
    const text = readFileSync(join(CORPUS, 'errors.md'), 'utf8');
    const file = await lint(text, { data: SEED_DATA, strict: true });
    const ref = reference(text, SEED_DATA, true);
    expect(file.messages.map(shape)).toEqual(ref.messages.map(expectedShape));
    const unverified = file.messages.filter((m) => m.ruleId === 'unverified-figure');
    expect(unverified.length).toBeGreaterThan(0);
    expect(unverified.every((m) => m.fatal === true)).toBe(true);
  });

  it('a clean document gives no message at all', async () => {
    const text = readFileSync(join(CORPUS, 'shanghai-2025-env.md'), 'utf8');
    const file = await lint(text, { data: join(CORPUS, 'shanghai-2025-env.yaml') });
    expect(file.messages).toEqual([]);
  });

  it('lints the vfile value, not the tree: YAML front matter and CRLF line ends keep their positions', async () => {
    const text = readFileSync(SEED_PART3, 'utf8');
    const crlf = `---\ntitle: 说明\n---\n${text}`.replace(/\n/g, '\r\n');
    const file = await lint(crlf, { data: SEED_DATA });
    expect(file.messages.map(shape)).toEqual(reference(crlf, SEED_DATA).messages.map(expectedShape));
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['subset-exceeds-superset', 133 + 3]]);
  });
});

describe('the data option', () => {
  const seedText = readFileSync(SEED_PART3, 'utf8');
  const seedMessages = async () => (await lint(seedText, { data: SEED_DATA })).messages.map(shape);

  it('a relative path resolves against the vfile cwd (remark-cli: where it runs; language server: the workspace)', async () => {
    const file = await lint(seedText, { data: 'data/liaocheng-2024.yaml' }, { cwd: ROOT });
    expect(file.messages.map(shape)).toEqual(await seedMessages());
    expect((file.data['juesuan'] as RemarkJuesuanData).dataFile).toBe(SEED_DATA);

    const elsewhere = mkdtempSync(join(tmpdir(), 'juesuan-remark-'));
    const missing = await lint(seedText, { data: 'data/liaocheng-2024.yaml' }, { cwd: elsewhere, path: join(elsewhere, 'doc.md') });
    expect(missing.messages).toHaveLength(1);
    expect(missing.messages[0]!.reason).toBe('数据文件 data/liaocheng-2024.yaml 无法使用，未审校本文件：\ndata/liaocheng-2024.yaml  文件不存在；需要一个 YAML 数据文件');
  });

  it('a relative path resolves against the vfile cwd, not the process cwd', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-remark-'));
    writeFileSync(join(dir, 'accounts.yaml'), readFileSync(SEED_DATA));
    const file = await lint(seedText, { data: 'accounts.yaml' }, { cwd: dir, path: join(dir, 'doc.md') });
    expect(process.cwd()).not.toBe(dir);
    expect(file.messages.map(shape)).toEqual(await seedMessages());
  });

  it('a file: URL is taken as is', async () => {
    const file = await lint(seedText, { data: pathToFileURL(SEED_DATA) }, { cwd: tmpdir() });
    expect(file.messages.map(shape)).toEqual(await seedMessages());
  });

  it('a raw data object (the YAML read elsewhere) is validated like the file and gives the same messages', async () => {
    const raw = parseYaml(readFileSync(SEED_DATA, 'utf8')) as Record<string, unknown>;
    const file = await lint(seedText, { data: raw });
    expect(file.messages.map(shape)).toEqual(await seedMessages());
    expect(file.data['juesuan']).not.toHaveProperty('dataFile');
  });

  it('a DepartmentAccounts is used directly', async () => {
    const file = await lint(seedText, { data: loadAccounts(SEED_DATA).accounts });
    expect(file.messages.map(shape)).toEqual(await seedMessages());
  });
});

describe('unusable data or options: one fatal message on the file, never a throw', () => {
  const seedText = readFileSync(SEED_PART3, 'utf8');
  const seedData = readFileSync(SEED_DATA, 'utf8');

  function only(file: VFile): VFileMessage {
    expect(file.messages).toHaveLength(1);
    const m = file.messages[0]!;
    expect(m.fatal).toBe(true);
    expect(m.ruleId).toBe(DATA_RULE_ID);
    expect(m.source).toBe('juesuan');
    expect(m.place).toBeUndefined();
    expect(m.reason).not.toMatch(/^\s+at /m);
    return m;
  }

  it('a data file with a wrong value: the file relative to cwd, its line and column, the path and what is expected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-remark-'));
    const text = seedData.replace('    团组: 3', '    团组: -3');
    writeFileSync(join(dir, 'bad.yaml'), text);
    const line = text.slice(0, text.indexOf('团组: -3')).split('\n').length;
    const m = only(await lint(seedText, { data: 'bad.yaml' }, { cwd: dir, path: join(dir, 'doc.md') }));
    expect(m.reason.split('\n')[0]).toBe('数据文件 bad.yaml 无法使用，未审校本文件：');
    expect(m.reason).toContain(`bad.yaml:${line}:`);
    expect(m.reason).toContain('三公经费 › 因公出国（境） › 团组：应为非负整数');
  });

  it('a data file outside cwd is named by its absolute path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-remark-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'a: [1\n');
    const m = only(await lint(seedText, { data: bad }, { cwd: ROOT }));
    expect(relative(ROOT, bad).startsWith('..')).toBe(true);
    expect(m.reason).toMatch(new RegExp(`^数据文件 ${bad} 无法使用`));
    expect(m.reason).toContain(`${bad}:2:1  YAML 格式错误`);
  });

  it('many problems: the first 20, then how many more', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-remark-'));
    // One known key: a mapping of unknown keys alone is "not a data file", a single problem.
    writeFileSync(join(dir, 'empty.yaml'), ['部门: 测试', ...Array.from({ length: 30 }, (_, i) => `k${i}: 1`)].join('\n'));
    const m = only(await lint(seedText, { data: 'empty.yaml' }, { cwd: dir }));
    const lines = m.reason.split('\n');
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines.at(-1)).toMatch(/^……另有 \d+ 个问题（juesuan check <数据文件> 列出全部）$/);
  });

  it('an invalid raw object: the problems name the data option and the path inside it', async () => {
    const raw = parseYaml(seedData) as Record<string, unknown>;
    const m = only(await lint(seedText, { data: { ...raw, 年度: '二〇二四' } }));
    expect(m.reason.split('\n')[0]).toBe('数据（data 选项）无法使用，未审校本文件：');
    expect(m.reason).toMatch(/^data 选项 {2}年度：/m);
  });

  it('no data option', async () => {
    const m = only(await lint(seedText, {} as RemarkJuesuanOptions));
    expect(m.reason).toContain('juesuan 需要 data 选项');
  });

  it('a URL that is not a file', async () => {
    const m = only(await lint(seedText, { data: new URL('https://example.org/data.yaml') }));
    expect(m.reason).toContain('file: URL');
  });
});

describe('the lint context is built once per data file', () => {
  const seedText = readFileSync(SEED_PART3, 'utf8');

  it('is rebuilt when the data file changes on disk, and recovers when a broken file is fixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-remark-'));
    const data = join(dir, 'd.yaml');
    const seed = readFileSync(SEED_DATA, 'utf8');
    writeFileSync(data, seed);
    expect((await lint(seedText, { data })).messages.map((m) => m.ruleId)).toEqual(['subset-exceeds-superset']);

    writeFileSync(data, seed.replace('    团组: 3', '    团组: -3'));
    expect((await lint(seedText, { data })).messages.map((m) => m.ruleId)).toEqual([DATA_RULE_ID]);

    writeFileSync(data, seed);
    expect((await lint(seedText, { data })).messages.map((m) => m.ruleId)).toEqual(['subset-exceeds-superset']);
  });

  it('is reused while the file is unchanged (same inode, size and mtime)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-remark-'));
    const data = join(dir, 'd.yaml');
    const seed = readFileSync(SEED_DATA, 'utf8');
    writeFileSync(data, seed);
    const stamp = 1_700_000_000;
    utimesSync(data, stamp, stamp);
    expect((await lint(seedText, { data })).messages.map((m) => m.ruleId)).toEqual(['subset-exceeds-superset']);

    // Same length, same mtime: the cached context answers, so the (now wrong) data is not read again.
    const broken = seed.replace('    团组: 3', '    团组: x');
    expect(broken.length).toBe(seed.length);
    writeFileSync(data, broken);
    utimesSync(data, stamp, stamp);
    expect((await lint(seedText, { data })).messages.map((m) => m.ruleId)).toEqual(['subset-exceeds-superset']);
  });

  it('a raw data object is cached by identity', async () => {
    const raw = parseYaml(readFileSync(SEED_DATA, 'utf8')) as Record<string, unknown>;
    const first = await lint(seedText, { data: raw });
    // Mutating the object after first use is not seen: the context was built from it once.
    raw['年度'] = 'x';
    const second = await lint(seedText, { data: raw });
    expect(second.messages.map(shape)).toEqual(first.messages.map(shape));
  });
});
