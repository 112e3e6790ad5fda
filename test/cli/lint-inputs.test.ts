/**
 * Which documents juesuan lint reads (files, directories, globs) and which
 * data file each is linted against (front matter, juesuan.config.json/yaml,
 * --data); whatever cannot be linted is reported and the rest still are,
 * with exit 2 at the end. Fixture trees are made in the temp folder.
 */
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_PART3, PART3, SEED_DATA, juesuan, tempDir, withFrontMatter, writeTree } from './helpers.js';

interface JsonResult { filePath: string; errorCount: number; warningCount: number; messages: Array<{ ruleId: string }> }

function results(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

function files(stdout: string): string[] {
  return results(stdout).map((r) => r.filePath);
}

/** A project: data/seed.yaml, and documents that use it in each way. */
function project(extra: Record<string, string> = {}): string {
  const dir = tempDir('juesuan-inputs-');
  mkdirSync(join(dir, 'data'));
  copyFileSync(SEED_DATA, join(dir, 'data/seed.yaml'));
  writeTree(dir, extra);
  return dir;
}

describe('finding each document its data file', () => {
  it('reads the front matter (relative to the document), with no --data', () => {
    const dir = project({ 'docs/2024/a.md': withFrontMatter('../../data/seed.yaml', CLEAN_PART3) });
    const run = juesuan(['lint', 'docs', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(files(run.stdout)).toEqual(['docs/2024/a.md']);
  });

  it('prefers the front matter to --data', () => {
    const dir = project({ 'a.md': withFrontMatter('data/seed.yaml', PART3), 'broken.yaml': '公开01表: [\n' });
    const run = juesuan(['lint', 'a.md', '--data', 'broken.yaml', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(results(run.stdout)[0]!.messages.map((m) => m.ruleId)).toEqual(['subset-exceeds-superset']);
  });

  it('maps glob patterns to data files in juesuan.config.json found above the document; an unmatched one falls back to --data', () => {
    const dir = project({
      'juesuan.config.json': JSON.stringify({ data: { 'docs/2024/**/*.md': 'data/seed.yaml', 'docs/other/*.md': 'data/missing.yaml' } }),
      'docs/2024/sub/a.md': CLEAN_PART3,
      'docs/loose.md': PART3,
    });
    const withoutFallback = juesuan(['lint', 'docs/2024', 'docs/loose.md', '-f', 'json'], { cwd: dir });
    expect(withoutFallback.status).toBe(2);
    expect(files(withoutFallback.stdout)).toEqual(['docs/2024/sub/a.md']);
    expect(withoutFallback.stderr).toBe('docs/loose.md  找不到数据文件：配置文件 juesuan.config.json 中没有与它匹配的模式，也没有用 --data 指定\n');

    const withFallback = juesuan(['lint', 'docs', '--data', 'data/seed.yaml', '-f', 'json'], { cwd: dir });
    expect(withFallback.status).toBe(1);
    expect(files(withFallback.stdout)).toEqual(['docs/2024/sub/a.md', 'docs/loose.md']);
  });

  it('takes the one data file of a juesuan.config.yaml for every document below it', () => {
    const dir = project({ 'juesuan.config.yaml': '# 示例\ndata: data/seed.yaml\n', 'a/b/c/deep.md': CLEAN_PART3 });
    const run = juesuan(['lint', join(dir, 'a'), '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(files(run.stdout)).toEqual([join(dir, 'a/b/c/deep.md')]);
  });

  it('reports a document no front matter, configuration or --data covers, and lints the others (exit 2)', () => {
    const dir = project({ 'a.md': withFrontMatter('data/seed.yaml', CLEAN_PART3), 'b.md': CLEAN_PART3 });
    const run = juesuan(['lint', 'a.md', 'b.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('b.md  找不到数据文件：请在文件开头的 front matter 中写明（juesuan: {data: 数据文件路径}），或在 juesuan.config.json / juesuan.config.yaml 中配置，或用 --data 指定');
    expect(run.stdout).toContain('✔ 未发现问题');
    expect(run.stdout).toContain('另有 1 处输入无法使用，相关文件未审校（见前面的提示）');
  });

  it('reports a front matter or configuration it cannot read', () => {
    const dir = project({
      'bad-front.md': `---\njuesuan: [\n---\n\n${CLEAN_PART3}`,
      'no-data.md': `---\njuesuan:\n  date: data/seed.yaml\n---\n\n${CLEAN_PART3}`,
      'conf/juesuan.config.json': '{"data": {"*.md": 3}}',
      'conf/c.md': CLEAN_PART3,
    });
    const run = juesuan(['lint', '.', '--data', 'data/seed.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^bad-front\.md:[23]:\d+  文件开头的 front matter 有 YAML 格式错误：/mu);
    expect(run.stderr).toContain('no-data.md:2:1  front matter 中的 juesuan 应写成 juesuan: {data: 数据文件路径}');
    expect(run.stderr).toContain('conf/juesuan.config.json  配置文件中 data 下“*.md”的值应为数据文件路径');
    expect(run.stderr).toContain('conf/c.md  未审校：配置文件 conf/juesuan.config.json 无法使用');
  });
});

describe('unusable data', () => {
  it('reports the data file once with its problems, lints the documents of other data files, exit 2', () => {
    const dir = project({
      'bad.yaml': '公开01表: [\n',
      'good.md': withFrontMatter('data/seed.yaml', PART3),
      'bad-1.md': withFrontMatter('bad.yaml', PART3),
      'bad-2.md': withFrontMatter('bad.yaml', PART3),
      'gone.md': withFrontMatter('no-such.yaml', PART3),
    });
    const run = juesuan(['lint', '.', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(files(run.stdout)).toEqual(['good.md']);
    expect(run.stderr.match(/YAML 格式错误/gu)).toHaveLength(1);
    expect(run.stderr).toMatch(/^bad\.yaml:\d+:\d+  .*YAML 格式错误/mu);
    expect(run.stderr).toContain('bad.yaml  数据文件无法使用，未审校 2 个文件：bad-1.md、bad-2.md；数据文件的路径来自文件开头的 front matter\n');
    expect(run.stderr).toContain('no-such.yaml  文件不存在；需要一个 YAML 数据文件（因此未审校 1 个文件：gone.md；数据文件的路径来自文件开头的 front matter）\n');
  });

  it('says where the path of a data file that cannot be used came from: the configuration or --data', () => {
    const dir = project({ 'juesuan.config.json': '{"data": "gone.yaml"}', 'a.md': PART3 });
    const run = juesuan(['lint', 'a.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('gone.yaml  文件不存在；需要一个 YAML 数据文件（因此未审校 1 个文件：a.md；数据文件的路径来自配置文件 juesuan.config.json）\n');
    const loose = project({ 'a.md': PART3 });
    expect(juesuan(['lint', 'a.md', '--data', 'nope.yaml'], { cwd: loose }).stderr).toContain('（因此未审校 1 个文件：a.md；数据文件的路径来自 --data 选项）\n');
  });
});

describe('files, directories and globs', () => {
  const dir = project({
    'juesuan.config.json': '{"data": "data/seed.yaml"}',
    'docs/b.md': CLEAN_PART3,
    'docs/a.markdown': CLEAN_PART3,
    'docs/sub/c.md': PART3,
    'docs/notes.txt': 'not Markdown',
    'docs/node_modules/pkg/readme.md': 'not ours: 2019 年',
    'docs/.drafts/d.md': 'hidden: 2019 年',
    'empty/readme.txt': 'nothing here',
  });

  it('walks a directory for *.md and *.markdown, not into node_modules or dot-directories; results sorted by path', () => {
    const run = juesuan(['lint', 'docs', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(files(run.stdout)).toEqual(['docs/a.markdown', 'docs/b.md', 'docs/sub/c.md']);
  });

  it('expands globs to the Markdown files they match, and lints a file given twice once', () => {
    const run = juesuan(['lint', 'docs/**/*.md', 'docs/*', 'docs/b.md', './docs/b.md', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(files(run.stdout)).toEqual(['docs/a.markdown', 'docs/b.md', 'docs/sub/c.md']);
  });

  it('reports a glob that matches no Markdown and a directory without Markdown, exit 2', () => {
    const run = juesuan(['lint', 'docs/*.txt', 'empty', 'docs/b.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe([
      'docs/*.txt  没有与这个模式匹配的 Markdown、PDF 或 Word 文件（*.md、*.markdown、*.pdf、*.docx）',
      'empty  目录中没有 Markdown、PDF 或 Word 文件（*.md、*.markdown、*.pdf、*.docx）；不查找 node_modules 和以 . 开头的目录',
      '',
    ].join('\n'));
    expect(run.stdout).toContain('✔ 未发现问题');
  });

  it('reports a missing file and still lints the others (exit 2 even with --exit-zero)', () => {
    const run = juesuan(['lint', 'docs/missing.md', 'docs/sub/c.md', '--exit-zero', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('docs/missing.md  无法读取（文件不存在），需要一个 Markdown、PDF 或 Word 文件\n');
    expect(files(run.stdout)).toEqual(['docs/sub/c.md']);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', () => {
    const locked = join(dir, 'locked.md');
    writeTree(dir, { 'locked.md': CLEAN_PART3 });
    chmodSync(locked, 0o000);
    const run = juesuan(['lint', 'locked.md', 'docs/b.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('locked.md  无法读取（没有读取权限）');
  });
});
