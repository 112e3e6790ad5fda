/**
 * juesuan lint (and check) through the built CLI: the report formats,
 * --quiet, --max-warnings, -o, colour, and exit codes (0 clean, 1 findings
 * or too many warnings, 2 unusable input).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_SEED, edit } from '../check/harness.js';
import { sarifValidator } from './sarif-schema.js';
import { CLEAN_PART3, PART3, ROOT, UNVERIFIED_PARAGRAPH, juesuan, juesuanAsync, tempDir, writeTree } from './helpers.js';

const SEED = 'data/liaocheng-2024.yaml';
const DOC = 'test/fixtures/liaocheng-2024-part3.md';
const RULE = 'subset-exceeds-superset';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const dir = tempDir();
writeTree(dir, {
  'clean.md': CLEAN_PART3,
  'warning.md': CLEAN_PART3 + UNVERIFIED_PARAGRAPH,
  'both.md': PART3 + UNVERIFIED_PARAGRAPH,
});
const file = (name: string) => join(dir, name);

describe('juesuan lint formats', () => {
  it('stylish by default: the seed document has one error, exit 1, no colour when piped', () => {
    const run = juesuan(['lint', DOC, '--data', SEED]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith(`${DOC}\n`)).toBe(true);
    expect(run.stdout).toMatch(new RegExp(`^  133:123  error  授予小微企业合同金额 48\\.57 万元.*  ${RULE}$`, 'mu'));
    expect(run.stdout).toContain('✖ 1 个问题（1 个错误，0 个警告）\n核对数字 ');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('colours with FORCE_COLOR=1, not with NO_COLOR=1', async () => {
    const [forced, plain, none] = await Promise.all([
      juesuanAsync(['lint', DOC, '--data', SEED], { env: { FORCE_COLOR: '1' } }),
      juesuanAsync(['lint', DOC, '--data', SEED]),
      juesuanAsync(['lint', DOC, '--data', SEED], { env: { NO_COLOR: '1' } }),
    ]);
    expect(forced.stdout).toContain('\u001b[31merror\u001b[39m');
    expect(forced.stdout.replace(/\u001b\[\d+m/gu, '')).toBe(plain.stdout);
    expect(none.stdout).not.toContain('\u001b[');
  });

  it('json: ESLint-shaped results', () => {
    const run = juesuan(['lint', DOC, '--data', SEED, '--format', 'json']);
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number; messages: Array<{ ruleId: string }> }>;
    expect(result!.filePath).toBe(DOC);
    expect(result!.messages.map((m) => m.ruleId)).toEqual([RULE]);
  });

  it('sarif: the tool at the package version, a result located relative to the working directory', () => {
    const run = juesuan(['lint', DOC, '--data', SEED, '-f', 'sarif']);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.version).toBe(VERSION);
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(25);
    expect(log.runs[0].results).toHaveLength(1);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: RULE, level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: DOC, uriBaseId: 'SRCROOT' }, region: { startLine: 133, startColumn: 123 } } }],
    });
  });

  it('github: an annotation and the summary line', () => {
    const run = juesuan(['lint', DOC, '--data', SEED, '-f', 'github']);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^::error file=${DOC},line=133,col=123,endLine=133,endColumn=128,title=${RULE}::授予小微企业`, 'u'));
    expect(lines[1]).toMatch(/^juesuan: 1 个文件，1 个问题（1 个错误，0 个警告）；核对数字 \d+ 个，无法核对 0 个$/u);
  });

  it('sarif and github carry what could not be linted too (exit 2)', async () => {
    const missing = join(dir, 'missing.md');
    const [sarif, github] = await Promise.all([
      juesuanAsync(['lint', DOC, missing, '-d', SEED, '-f', 'sarif']),
      juesuanAsync(['lint', DOC, missing, '-d', SEED, '-f', 'github']),
    ]);
    expect(sarif.status).toBe(2);
    expect(sarif.stderr).toBe(`${missing}  无法读取（文件不存在），需要一个 Markdown、PDF 或 Word 文件\n`);
    const log = JSON.parse(sarif.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results).toHaveLength(1);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe('无法读取（文件不存在），需要一个 Markdown、PDF 或 Word 文件');
    expect(github.status).toBe(2);
    expect(github.stdout).toContain(`::error file=${missing},title=juesuan::无法读取（文件不存在），需要一个 Markdown、PDF 或 Word 文件\n`);
    expect(github.stdout.trimEnd().split('\n').at(-1)).toMatch(/；1 处输入无法使用$/u);
  });
});

describe('--quiet and --max-warnings', () => {
  it('a warning alone exits 0; --max-warnings 0 makes it exit 1 and says why', async () => {
    const lint = (...args: string[]) => juesuanAsync(['lint', file('warning.md'), '-d', SEED, ...args]);
    const [plain, strict, one, zero] = await Promise.all([
      lint(), lint('--max-warnings', '0'), lint('--max-warnings', '1'), lint('--max-warnings', '0', '--exit-zero'),
    ]);
    expect(plain.status).toBe(0);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe('警告过多：共 1 个警告，超过 --max-warnings 允许的 0 个\n');
    expect(one.status).toBe(0);
    expect(zero.status).toBe(0);
  });

  it('--quiet prints no warnings and does not count them towards --max-warnings', async () => {
    const [run, both] = await Promise.all([
      juesuanAsync(['lint', file('warning.md'), '-d', SEED, '--quiet', '--max-warnings', '0']),
      juesuanAsync(['lint', file('both.md'), '-d', SEED, '--quiet', '-f', 'json']),
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('unverified-figure');
    expect(run.stdout).toContain('✔ 未发现问题');
    expect(both.status).toBe(1);
    const [result] = JSON.parse(both.stdout) as Array<{ warningCount: number; messages: Array<{ severity: number }> }>;
    expect(result!.warningCount).toBe(0);
    expect(result!.messages.map((m) => m.severity)).toEqual([2]);
  });

  it('rejects a --max-warnings or --jobs that is not a count (exit 2)', () => {
    const negative = juesuan(['lint', DOC, '-d', SEED, '--max-warnings', '-1']);
    expect(negative.status).toBe(2);
    expect(negative.stderr).toContain('应为不小于 0 的整数');
    const jobs = juesuan(['lint', DOC, '-d', SEED, '--jobs', '0']);
    expect(jobs.status).toBe(2);
    expect(jobs.stderr).toContain('应为不小于 1 的整数');
  });
});

describe('-o, --output-file', () => {
  it('writes the report to the file, nothing to standard output, never in colour', async () => {
    // The folder must exist: -o makes none (a missing one is an error, as with ESLint).
    mkdirSync(join(dir, 'reports'), { recursive: true });
    const out = join(dir, 'reports', 'lint.txt');
    const [run, plain] = await Promise.all([
      juesuanAsync(['lint', DOC, '-d', SEED, '-o', out], { env: { FORCE_COLOR: '1' } }),
      juesuanAsync(['lint', DOC, '-d', SEED]),
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(plain.stdout);
  });

  it('writes any format, and leaves no temporary file behind', () => {
    const out = join(dir, 'lint.sarif');
    writeFileSync(out, 'old');
    const run = juesuan(['lint', DOC, '-d', SEED, '-f', 'sarif', '--output-file', out]);
    expect(run.status).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).runs[0].results).toHaveLength(1);
    expect(existsSync(join(dir, `.lint.sarif.${process.pid}.tmp`))).toBe(false);
  });
});

describe('juesuan check options', () => {
  const checkDir = tempDir('juesuan-check-options-');
  const warningData = join(checkDir, 'warning.yaml');
  writeFileSync(warningData, edit(CLEAN_SEED, [
    { anchor: '年初预算:', from: '      2080502 事业单位离退休: 9.79\n', to: '' },
    { anchor: '年初预算:', from: '合计: 4,791.75', to: '合计: 4,781.96' },
  ]));

  it('--max-warnings, --quiet and -o as for lint', async () => {
    const out = join(checkDir, 'check.json');
    const [plain, tooMany, quiet, written] = await Promise.all([
      juesuanAsync(['check', warningData]),
      juesuanAsync(['check', warningData, '--max-warnings', '0']),
      juesuanAsync(['check', warningData, '--quiet', '--max-warnings', '0']),
      juesuanAsync(['check', SEED, '-f', 'json', '-o', out]),
    ]);
    expect(plain.status).toBe(0);
    expect(tooMany.status).toBe(1);
    expect(tooMany.stderr).toContain('警告过多：共 1 个警告');
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('✔ 未发现问题\n');
    expect(written.status).toBe(1);
    expect(written.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].errorCount).toBe(1);
  });
});
