/**
 * Which data file a document is linted against, in this order:
 *
 * 1. the document's YAML front matter, `juesuan: {data: ../data/2024.yaml}`
 *    (relative to the document);
 * 2. the nearest juesuan.config.json / juesuan.config.yaml / .yml found by
 *    walking up from the document's folder: `data` is one data file for every
 *    document below it, or a mapping from glob patterns (relative to the
 *    configuration's folder, first match wins) to data files (relative to the
 *    configuration's folder too);
 * 3. --data (relative to the working directory).
 *
 * A document none of these covers, a front matter or configuration that
 * cannot be read, is an input problem (the CLI exits 2 and lints the others).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { LineCounter, parseDocument } from 'yaml';
import { decodeText, readInputFile, readReason } from '../data/read-input.js';
import { yamlFailure } from '../data/load.js';
import { jsonMessage, yamlMessage } from '../data/yaml-errors.js';
import type { InputProblem } from '../report/problems.js';

/** A configuration is a few lines: 1 MB is plenty. */
const CONFIG_LIMIT = 1024 * 1024;

export const CONFIG_NAMES = ['juesuan.config.json', 'juesuan.config.yaml', 'juesuan.config.yml'] as const;

export type DataLookup =
  | {
      dataFile: string;
      via: 'front-matter' | 'config' | 'option';
      /** where the data file's path came from, for messages about it: 「文件开头的 front matter」, 「配置文件 juesuan.config.json」, 「--data 选项」 */
      chosenBy: string;
    }
  | { problems: InputProblem[] };

interface Config {
  file: string;
  /** one data file for every document, or patterns in order */
  data?: string | Array<{ pattern: string; match: (path: string) => boolean; dataFile: string }>;
  problems: InputProblem[];
}

const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*$/u;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/u;

/** The YAML between the opening `---` and the closing `---` (or `...`), and the line it starts on. */
export function frontMatter(text: string): { yaml: string; line: number } | undefined {
  const lines = text.split(/\r\n|\r|\n/u);
  if (lines.length < 2 || !FRONT_MATTER_OPEN.test(lines[0]!)) return undefined;
  for (let i = 1; i < lines.length; i++) {
    if (FRONT_MATTER_CLOSE.test(lines[i]!)) return { yaml: lines.slice(1, i).join('\n'), line: 2 };
  }
  return undefined;
}

/** The YAML's value, or its first syntax error with its 1-based position (the message as the yaml package words it). */
function parseYaml(text: string): { value: unknown } | { error: { line: number; column: number; message: string } } {
  const lines = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    // An alias bomb or nesting too deep for the stack: this file's problem, not the run's.
    if (!doc.errors[0]) return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { error: { line: 1, column: 1, message: yamlFailure(error) } };
  }
  const error = doc.errors[0]!;
  const pos = lines.linePos(error.pos[0]);
  return { error: { line: pos.line, column: pos.col, message: yamlMessage(error) } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class DataLocator {
  private readonly configs = new Map<string, Config | null>();

  /** `fallback`: --data, absolute or relative to `cwd` */
  constructor(private readonly cwd: string, private readonly fallback: string | undefined) {}

  locate(filePath: string, text: string): DataLookup {
    const doc = resolve(this.cwd, filePath);

    const front = frontMatter(text);
    if (front) {
      const parsed = parseYaml(front.yaml);
      if ('error' in parsed) {
        const { line, column, message } = parsed.error;
        return { problems: [{ filePath, line: front.line + line - 1, column, message: `文件开头的 front matter 有 YAML 格式错误：${message}` }] };
      }
      const value = parsed.value;
      if (isRecord(value) && 'juesuan' in value) {
        const data = isRecord(value.juesuan) ? value.juesuan.data : undefined;
        if (typeof data !== 'string' || data.trim() === '') {
          return { problems: [{ filePath, line: front.line, message: 'front matter 中的 juesuan 应写成 juesuan: {data: 数据文件路径}（路径相对于本文件）' }] };
        }
        return { dataFile: resolve(dirname(doc), data), via: 'front-matter', chosenBy: '文件开头的 front matter' };
      }
    }

    const config = this.configFor(dirname(doc));
    if (config) {
      if (config.problems.length > 0) {
        return { problems: [...config.problems, { filePath, message: `未审校：配置文件 ${this.show(config.file)} 无法使用` }] };
      }
      const chosenBy = `配置文件 ${this.show(config.file)}`;
      if (typeof config.data === 'string') return { dataFile: config.data, via: 'config', chosenBy };
      const rel = relative(dirname(config.file), doc).split(sep).join('/');
      const entry = config.data?.find((e) => e.match(rel));
      if (entry) return { dataFile: entry.dataFile, via: 'config', chosenBy };
    }

    if (this.fallback !== undefined) return { dataFile: resolve(this.cwd, this.fallback), via: 'option', chosenBy: '--data 选项' };
    const why = config
      ? `配置文件 ${this.show(config.file)} 中没有与它匹配的模式，也没有用 --data 指定`
      : '请在文件开头的 front matter 中写明（juesuan: {data: 数据文件路径}），或在 juesuan.config.json / juesuan.config.yaml 中配置，或用 --data 指定';
    return { problems: [{ filePath, message: `找不到数据文件：${why}` }] };
  }

  /** The configurations read so far (each lint input is one). */
  configFiles(): string[] {
    return [...new Set([...this.configs.values()].flatMap((c) => (c ? [c.file] : [])))];
  }

  private show(file: string): string {
    const rel = relative(this.cwd, file);
    return rel.startsWith('..') ? file : rel;
  }

  /** The nearest configuration at or above `dir`, cached per folder. */
  private configFor(dir: string): Config | null {
    const visited: string[] = [];
    let current = dir;
    let found: Config | null = null;
    for (;;) {
      const cached = this.configs.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(current);
      const name = CONFIG_NAMES.find((n) => existsSync(join(current, n)));
      if (name) {
        found = this.readConfig(join(current, name));
        break;
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const v of visited) this.configs.set(v, found);
    return found;
  }

  private readConfig(file: string): Config {
    const shown = this.show(file);
    const problem = (message: string, line?: number, column?: number): Config => ({
      file, problems: [{ filePath: shown, ...(line !== undefined ? { line, column: column ?? 1 } : {}), message }],
    });
    let text: string;
    try {
      const decoded = decodeText(readInputFile(file, CONFIG_LIMIT).bytes);
      if (decoded.encoding !== 'utf-8') return problem(`配置文件不是 UTF-8 编码${decoded.encoding === 'gb18030' ? '（是 GB18030/GBK）' : ''}；请另存为 UTF-8`);
      text = decoded.text;
    } catch (error) {
      return problem(`无法读取配置文件（${readReason(error)}）`);
    }
    let value: unknown;
    if (file.endsWith('.json')) {
      try {
        value = JSON.parse(text) as unknown;
      } catch (error) {
        const message = error instanceof SyntaxError ? jsonMessage(error, text) : yamlFailure(error);
        return problem(`配置文件有 JSON 格式错误：${message}`);
      }
    } else {
      const parsed = parseYaml(text);
      if ('error' in parsed) return problem(`配置文件有 YAML 格式错误：${parsed.error.message}`, parsed.error.line, parsed.error.column);
      value = parsed.value;
    }
    const usage = '应写成 {"data": "数据文件"} 或 {"data": {"docs/2024/*.md": "data/2024.yaml", …}}（路径相对于配置文件所在目录）';
    if (!isRecord(value)) return problem(`配置文件${usage}`);
    const unknown = Object.keys(value).filter((k) => k !== 'data');
    if (unknown.length > 0) return problem(`配置文件中有不认识的项 ${unknown.join('、')}：只有 data 一项，${usage}`);
    const base = dirname(file);
    const data = value.data;
    if (typeof data === 'string' && data.trim() !== '') return { file, data: resolve(base, data), problems: [] };
    if (isRecord(data) && Object.keys(data).length > 0) {
      const bad = Object.entries(data).filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      if (bad.length > 0) return problem(`配置文件中 data 下“${bad.join('”“')}”的值应为数据文件路径`);
      return {
        file,
        data: Object.entries(data).map(([pattern, v]) => ({
          pattern, match: picomatch(pattern, { dot: true }), dataFile: resolve(base, v as string),
        })),
        problems: [],
      };
    }
    return problem(`配置文件中的 data ${usage}`);
  }
}
