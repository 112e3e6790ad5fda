/**
 * Which templates a draft is written with: the built-in ones, one folder per
 * region under templates/ (shandong, the seed's; shanghai, the 2024 Shanghai
 * template), or a writer's own folder (--template DIR), usually started as a
 * copy of a built-in one (--init-template DIR --from shanghai).
 *
 * A template folder holds part3.md.njk (the document), whatever it includes
 * or imports, and template.json: its name and the one line --list-templates
 * shows. A writer's folder may leave template.json out.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nearestNames } from './nearest.js';

export const BUILT_IN_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
export const DEFAULT_TEMPLATE = 'shandong';
/** The file a draft is rendered from, in every template folder. */
export const ENTRY_FILE = 'part3.md.njk';
const MANIFEST_FILE = 'template.json';

export interface TemplateInfo {
  /** shandong, shanghai, or the folder's name */
  name: string;
  /** one line: the region and the official template it follows */
  description: string;
  /** the folder, absolute */
  dir: string;
  builtIn: boolean;
}

/** A template that cannot be used, with the reason in Chinese (the CLI exits 2). */
export class TemplateError extends Error {
  constructor(message: string, readonly file?: string, readonly line?: number, readonly column?: number) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** How messages name a template's folder: templates/shanghai/ for a built-in one, the path from here for a writer's. */
export function shownDir(template: TemplateInfo): string {
  if (template.builtIn) return `templates/${basename(template.dir)}/`;
  const rel = relative(process.cwd(), template.dir);
  return rel && !rel.startsWith('..') ? `${rel.split(sep).join('/')}/` : `${template.dir.split(sep).join('/')}`;
}

/** The built-in templates, by name. */
export function builtInTemplates(): TemplateInfo[] {
  return readdirSync(BUILT_IN_TEMPLATES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(BUILT_IN_TEMPLATES_DIR, d.name, ENTRY_FILE)))
    .map((d) => readInfo(join(BUILT_IN_TEMPLATES_DIR, d.name), true))
    .sort((a, b) => (a.name === DEFAULT_TEMPLATE ? -1 : b.name === DEFAULT_TEMPLATE ? 1 : a.name.localeCompare(b.name)));
}

function readInfo(dir: string, builtIn: boolean): TemplateInfo {
  const manifest = join(dir, MANIFEST_FILE);
  let name = basename(dir);
  let description = '';
  if (existsSync(manifest)) {
    let parsed: { name?: unknown; description?: unknown };
    try {
      parsed = JSON.parse(readFileSync(manifest, 'utf8')) as typeof parsed;
    } catch (error) {
      throw new TemplateError(`模板说明文件 ${manifest} 不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`, manifest);
    }
    if (typeof parsed.name === 'string' && parsed.name.trim()) name = parsed.name.trim();
    if (typeof parsed.description === 'string') description = parsed.description.trim();
  }
  return { name, description, dir: resolve(dir) + sep, builtIn };
}

/**
 * --template VALUE: a folder when VALUE names one (or has a path separator in
 * it), otherwise a built-in template's name. Throws a TemplateError naming the
 * built-in templates, the nearest first, for anything else.
 */
export function resolveTemplate(value: string = DEFAULT_TEMPLATE): TemplateInfo {
  const looksLikePath = /[/\\]/u.test(value) || value.startsWith('.');
  if (existsSync(value) || looksLikePath) {
    let isDir = false;
    try {
      isDir = statSync(value).isDirectory();
    } catch {
      throw new TemplateError(`模板目录 ${value} 不存在`);
    }
    if (!isDir) throw new TemplateError(`${value} 不是目录：--template 需要模板目录（其中有 ${ENTRY_FILE}）或内置模板名`);
    if (!existsSync(join(value, ENTRY_FILE))) {
      throw new TemplateError(`模板目录 ${value} 中没有 ${ENTRY_FILE}（草稿从它开始渲染）；可用 juesuan draft --init-template ${value} --from ${DEFAULT_TEMPLATE} 复制一份内置模板`);
    }
    return readInfo(value, false);
  }
  const all = builtInTemplates();
  const found = all.find((t) => t.name === value);
  if (found) return found;
  const nearest = nearestNames(value, all.map((t) => t.name));
  throw new TemplateError(`没有名为“${value}”的内置模板${nearest.length ? `，是不是“${nearest[0]}”？` : '。'}内置模板有：${all.map((t) => t.name).join('、')}（juesuan draft --list-templates）`);
}

/** --list-templates: one line each, the default first. */
export function listTemplatesText(): string {
  const all = builtInTemplates();
  const width = all.reduce((w, t) => Math.max(w, t.name.length), 0);
  return all.map((t) => `${t.name.padEnd(width)}  ${t.description}${t.name === DEFAULT_TEMPLATE ? '（默认）' : ''}`).join('\n') + '\n';
}

/**
 * --init-template DIR --from NAME: copies a built-in template into DIR (made
 * if missing; an existing folder must be empty, so nothing of the writer's is
 * overwritten). Its template.json is renamed to the folder's name. Returns the
 * files written, relative to DIR.
 */
export function initTemplate(dir: string, from: string = DEFAULT_TEMPLATE): string[] {
  const source = builtInTemplates().find((t) => t.name === from);
  if (!source) resolveTemplate(from.replace(/[/\\]/gu, '')); // throws the message naming the built-in ones
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new TemplateError(`${dir} 已存在且不是目录`);
    if (readdirSync(dir).length > 0) throw new TemplateError(`目录 ${dir} 不是空的：为免覆盖已有文件，请指定一个新目录或空目录`);
  }
  mkdirSync(dir, { recursive: true });
  cpSync(source!.dir, dir, { recursive: true });
  const manifest = join(dir, MANIFEST_FILE);
  const info = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
  info.name = basename(resolve(dir));
  info.description = `复制自内置模板 ${source!.name}：${String(info.description ?? '')}`;
  info.copiedFrom = source!.name;
  writeFileSync(manifest, `${JSON.stringify(info, null, 2)}\n`);
  return listFiles(dir);
}

/** Every file under dir, relative, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(dir, join(prefix, d.name)) : [join(prefix, d.name)]).sort();
}
