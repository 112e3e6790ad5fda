/**
 * The pure reporters: SARIF 2.1.0 (validated against the official schema and
 * checked for what GitHub code scanning needs), GitHub workflow commands
 * (escaping, summary), the stylish report's colours, and the rule list
 * kept in step with the rule ids used in src/lint.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintMessage, LintResult } from '../../src/lint/lint.js';
import { escapeData, escapeProperty, formatLintGithub } from '../../src/report/lint-github.js';
import { SARIF_SCHEMA, formatLintSarif, toSarifLog } from '../../src/report/lint-sarif.js';
import { formatLintStylish } from '../../src/report/lint-stylish.js';
import { RULE_HELP } from '../../src/report/rule-help.js';
import { ROOT } from './helpers.js';
import { sarifValidator } from './sarif-schema.js';

const BASE = '/repo';

function message(over: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'amount-mismatch', severity: 2, message: '4,694 万元 与数据不符：本年支出合计为 4,691.00 万元',
    line: 12, column: 5, endLine: 12, endColumn: 10, expected: '4,691', actual: '4,694', fix: { range: [300, 305], text: '4,691' },
    ...over,
  };
}

function result(filePath: string, messages: LintMessage[], verified = 10, unverified = 0): LintResult {
  return {
    filePath, messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    verifiedCount: verified, unverifiedCount: unverified,
  };
}

const RESULTS: LintResult[] = [
  result('/repo/docs/2024/办公室.md', [
    message(),
    message({ ruleId: 'unverified-figure', severity: 1, message: '无法核对 123.45 万元：未能识别它说的是哪一项', line: 20, column: 1, endLine: 21, endColumn: 3, expected: undefined, fix: undefined }),
  ], 170, 1),
  result('/repo/docs/2024/clean.md', []),
  result('/elsewhere/outside.md', [message({ ruleId: 'placeholder', message: '草稿中的待补充内容尚未填写：【待补充：原因】', expected: undefined, actual: undefined, fix: undefined })]),
];

describe('SARIF report', () => {
  const log = toSarifLog(RESULTS, { toolVersion: '1.2.3', informationUri: 'https://example.org/juesuan', baseDir: BASE });
  const run = log.runs[0]!;

  it('validates against the SARIF 2.1.0 schema, also with input problems', () => {
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const withProblems = toSarifLog(RESULTS, {
      toolVersion: '1.2.3', informationUri: 'https://example.org/juesuan', baseDir: BASE,
      problems: [{ filePath: '/repo/data/x.yaml', line: 3, column: 5, message: '应为非负整数' }, { filePath: 'missing.md', message: '文件不存在' }],
    });
    expect(validate(withProblems), JSON.stringify(validate.errors)).toBe(true);
    // and the validator does reject what is not SARIF
    const broken = structuredClone(log) as { runs: Array<{ results: Array<{ level: string }> }> };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('names its schema and version, and the tool with every rule the linter can emit', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'juesuan', informationUri: 'https://example.org/juesuan', version: '1.2.3' });
    expect(driver.rules.map((r) => r.id)).toEqual(RULE_HELP.map((r) => r.id));
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text).toMatch(/\p{Script=Han}/u);
      expect(rule.fullDescription.text).toMatch(/\p{Script=Han}/u);
      expect(rule.help.text).toContain(rule.fullDescription.text);
    }
    expect(driver.rules.find((r) => r.id === 'truncated-figure')!.defaultConfiguration.level).toBe('error');
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('gives each message a result: rule id and index, level, text, relative location with forward slashes', () => {
    expect(run.results).toHaveLength(3);
    const [error, warning, outside] = run.results;
    expect(error).toMatchObject({
      ruleId: 'amount-mismatch', level: 'error', message: { text: message().message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: `docs/2024/${encodeURIComponent('办公室')}.md`, uriBaseId: 'SRCROOT' },
          region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 10 },
        },
      }],
      properties: { expected: '4,691', actual: '4,694' },
    });
    expect(run.tool.driver.rules[error!.ruleIndex]!.id).toBe('amount-mismatch');
    expect(error!.fixes![0]!.artifactChanges[0]!.replacements[0]).toEqual({
      deletedRegion: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 10 }, insertedContent: { text: '4,691' },
    });
    expect(warning).toMatchObject({ ruleId: 'unverified-figure', level: 'warning' });
    expect(run.tool.driver.rules[warning!.ruleIndex]!.id).toBe('unverified-figure');
    expect(warning!.locations[0]!.physicalLocation.region).toEqual({ startLine: 20, startColumn: 1, endLine: 21, endColumn: 3 });
    // a file outside the base directory keeps an absolute file URI
    expect(outside!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/outside.md' });
    expect(run.originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///repo/' } });
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('describes an unknown rule id rather than dropping its result', () => {
    const unknown = toSarifLog([result('/repo/a.md', [message({ ruleId: 'new-rule' })])], { toolVersion: '1', informationUri: 'https://x.org', baseDir: BASE });
    const r = unknown.runs[0]!;
    expect(r.tool.driver.rules[r.results[0]!.ruleIndex]!.id).toBe('new-rule');
  });

  it('carries input problems as failed execution with notifications', () => {
    const withProblems = toSarifLog([], {
      toolVersion: '1', informationUri: 'https://x.org', baseDir: BASE,
      problems: [{ filePath: 'data/x.yaml', line: 3, column: 5, message: '三公经费 › 团组：应为非负整数' }],
    });
    expect(withProblems.runs[0]!.invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [{
        level: 'error', message: { text: '三公经费 › 团组：应为非负整数' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'data/x.yaml', uriBaseId: 'SRCROOT' }, region: { startLine: 3, startColumn: 5 } } }],
      }],
    });
  });

  it('is JSON text ending in a newline', () => {
    const text = formatLintSarif(RESULTS, { toolVersion: '1.2.3', informationUri: 'https://example.org/juesuan', baseDir: BASE });
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(log);
  });
});

describe('GitHub workflow commands', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50%\r\n下一行: a, b')).toBe('50%25%0D%0A下一行: a, b');
    expect(escapeProperty('C:\\docs\\a,b.md 50%\n')).toBe('C%3A\\docs\\a%2Cb.md 50%25%0A');
  });

  it('writes one annotation per message with file, line, col, endLine, endColumn and the rule id as title', () => {
    const text = formatLintGithub(RESULTS, { baseDir: BASE });
    const lines = text.split('\n');
    expect(lines[0]).toBe('::error file=docs/2024/办公室.md,line=12,col=5,endLine=12,endColumn=10,title=amount-mismatch::4,694 万元 与数据不符：本年支出合计为 4,691.00 万元');
    expect(lines[1]).toBe('::warning file=docs/2024/办公室.md,line=20,col=1,endLine=21,endColumn=3,title=unverified-figure::无法核对 123.45 万元：未能识别它说的是哪一项');
    expect(lines[2]).toBe('::error file=/elsewhere/outside.md,line=12,col=5,endLine=12,endColumn=10,title=placeholder::草稿中的待补充内容尚未填写：【待补充：原因】');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('escapes a message with a line break and a file name with a comma and a colon', () => {
    const text = formatLintGithub([result('/repo/a,b:c.md', [message({ message: '第一行\n第二行 100%' })])], { baseDir: BASE });
    expect(text.split('\n')[0]).toBe('::error file=a%2Cb%3Ac.md,line=12,col=5,endLine=12,endColumn=10,title=amount-mismatch::第一行%0A第二行 100%25');
  });

  it('ends with a plain summary of files, problems and figures, since GitHub shows only ten annotations of a kind', () => {
    const lines = formatLintGithub(RESULTS, { baseDir: BASE }).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('juesuan: 3 个文件，3 个问题（2 个错误，1 个警告）；核对数字 190 个，无法核对 1 个');
    expect(formatLintGithub([], { baseDir: BASE })).toBe('juesuan: 0 个文件，0 个问题（0 个错误，0 个警告）；核对数字 0 个，无法核对 0 个\n');
  });

  it('annotates input problems as errors and counts them in the summary', () => {
    const text = formatLintGithub([], { baseDir: BASE, problems: [{ filePath: '/repo/data/x.yaml', line: 3, column: 5, message: '应为非负整数' }, { filePath: 'gone.md', message: '无法读取（文件不存在）' }] });
    expect(text).toBe([
      '::error file=data/x.yaml,line=3,col=5,title=juesuan::应为非负整数',
      '::error file=gone.md,title=juesuan::无法读取（文件不存在）',
      'juesuan: 0 个文件，0 个问题（0 个错误，0 个警告）；核对数字 0 个，无法核对 0 个；2 处输入无法使用',
      '',
    ].join('\n'));
  });
});

describe('stylish summary when inputs were unusable', () => {
  it('does not say nothing was found when nothing could be linted', () => {
    const text = formatLintStylish([], { unlinted: 2 });
    expect(text).not.toContain('未发现问题');
    expect(text.split('\n')[0]).toBe('✖ 没有可以审校的文件');
    expect(formatLintStylish([], { unlinted: 2, color: true })).toContain('\u001b[31m✖ 没有可以审校的文件\u001b[39m');
  });

  it('says nothing was found in what was linted, and that some inputs were unusable', () => {
    const clean = { filePath: 'a.md', messages: [], errorCount: 0, warningCount: 0, verifiedCount: 3, unverifiedCount: 0 };
    const text = formatLintStylish([clean], { unlinted: 1 });
    expect(text).toContain('✔ 未发现问题');
    expect(text).toContain('另有 1 处输入无法使用，相关文件未审校（见前面的提示）');
  });

  it('counts the figures verified and unverified in Chinese, with no English beside it', () => {
    const clean = { filePath: 'a.md', messages: [], errorCount: 0, warningCount: 0, verifiedCount: 3, unverifiedCount: 2 };
    expect(formatLintStylish([clean]).split('\n')).toEqual(['✔ 未发现问题', '核对数字 3 个，无法核对 2 个', '']);
  });
});

describe('stylish report colours', () => {
  it('has no escape codes without colour', () => {
    expect(formatLintStylish(RESULTS)).not.toContain('\u001b[');
  });

  it('colours errors red, warnings yellow, locations and rule ids dim, keeping the columns aligned', () => {
    const plain = formatLintStylish(RESULTS);
    const coloured = formatLintStylish(RESULTS, { color: true });
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[2m12:5\u001b[22m');
    expect(coloured).toContain('\u001b[2mamount-mismatch\u001b[22m');
    expect(coloured).toContain('\u001b[31m✖ 3 个问题（2 个错误，1 个警告）\u001b[39m');
    expect(coloured.replace(/\u001b\[\d+m/gu, '')).toBe(plain);
  });
});

describe('rule list', () => {
  it('describes exactly the rule ids src/lint can emit', () => {
    const dir = join(ROOT, 'src/lint');
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/ruleId: '([a-z0-9-]+)'/gu)) used.add(m[1]!);
      for (const m of text.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)*-mismatch)'/gu)) used.add(m[1]!);
    }
    const listed = RULE_HELP.map((r) => r.id);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...used].filter((id) => !listed.includes(id))).toEqual([]);
    expect(listed.filter((id) => !used.has(id))).toEqual([]);
  });
});
