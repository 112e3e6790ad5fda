/**
 * The drafter: renders Part 3 (部门决算情况说明) from the fact catalog through
 * the Nunjucks templates in templates/, one per section.
 */
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import type { DepartmentAccounts } from '../data/model.js';
import { buildFactCatalog, type FactCatalog } from '../facts/catalog.js';
import * as filters from './filters.js';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const FILTERS: Record<string, (...args: never[]) => string> = {
  amount: filters.amount,
  percent: filters.percent,
  count: filters.count,
  score: filters.score,
  amount_word: filters.amountWord,
  rate_word: filters.rateWord,
  compare_word: filters.compareWord,
  text: filters.text,
  md: filters.inline,
  class_name: filters.className,
};

/** A Nunjucks environment over a template folder, with juesuan's filters. */
export function createEnvironment(templatesDir: string = TEMPLATES_DIR): nunjucks.Environment {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir, { noCache: false }), {
    // Markdown out, not HTML: data strings are escaped for Markdown by the `text` filter.
    autoescape: false,
    // A template that prints an undefined value is a bug in the template: fail loudly.
    throwOnUndefined: true,
    trimBlocks: true,
    lstripBlocks: true,
  });
  for (const [name, fn] of Object.entries(FILTERS)) env.addFilter(name, fn as (...args: unknown[]) => string);
  env.addGlobal('placeholder', filters.placeholder);
  // {% if known_zero(total) %}: a figure known to be 0 (a figure not known is no zero).
  env.addGlobal('known_zero', filters.knownZero);
  return env;
}

let defaultEnvironment: nunjucks.Environment | undefined;

export interface DraftOptions {
  env?: nunjucks.Environment;
}

/** Part 3 as Markdown. */
export function draftPart3(input: DepartmentAccounts | FactCatalog, options: DraftOptions = {}): string {
  const catalog = 'part3' in input ? input : buildFactCatalog(input);
  const env = options.env ?? (defaultEnvironment ??= createEnvironment());
  const markdown = env.render('part3.md.njk', { p: catalog.part3 });
  // One blank line between blocks, a single newline at the end.
  return markdown.replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
