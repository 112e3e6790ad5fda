/**
 * The drafter: renders Part 3 (部门决算情况说明) from the fact catalog through
 * a folder of Nunjucks templates — a region's built-in one (templates/shandong,
 * templates/shanghai) or a writer's own — and places the charts the template
 * asks for (chart('…')) where the data supports them.
 *
 * What a template sees (docs/templates.md): `p`, the facts arranged by
 * section; `fact(id)`, any fact of the catalog by id; `chart(id)`, a chart's
 * Markdown image (nothing when charts are off or the chart has no data);
 * `placeholder(what)`; the filters below. Names that do not exist fail the
 * draft (strict.ts).
 */
import nunjucks from 'nunjucks';
import type { DepartmentAccounts } from '../data/model.js';
import { buildFactCatalog, type FactCatalog } from '../facts/catalog.js';
import type { Fact } from '../facts/fact.js';
import { caption, CHART_IDS, chartModels, chartAltText, type ChartModel, type ChartId } from './charts/model.js';
import * as filters from './filters.js';
import { nearestNames } from './nearest.js';
import { checkTemplateNames, strict, templateError, UnknownNameError, type ParsedFile } from './strict.js';
import { ENTRY_FILE, resolveTemplate, shownDir, type TemplateInfo } from './templates.js';

export { caption };

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

/** The names a template's context has besides the globals (see render). */
const CONTEXT_NAMES = ['p', 'fact', 'chart'] as const;

/** A Nunjucks environment over a template folder, with juesuan's filters. */
export function createEnvironment(templatesDir: string): nunjucks.Environment {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir, { noCache: false }), {
    // Markdown out, not HTML: data strings are escaped for Markdown by the `text` filter.
    autoescape: false,
    // A template that prints an undefined value is a bug in the template: fail loudly.
    throwOnUndefined: true,
    trimBlocks: true,
    lstripBlocks: true,
    // Keeps the error a filter or the context threw (err.cause), for a message in Chinese.
    dev: true,
  });
  for (const [name, fn] of Object.entries(FILTERS)) env.addFilter(name, fn as (...args: unknown[]) => string);
  env.addGlobal('placeholder', filters.placeholder);
  // {% if known_zero(total) %}: a figure known to be 0 (a figure not known is no zero).
  env.addGlobal('known_zero', filters.knownZero);
  return env;
}

/** Environments by template folder, each checked once (strict.ts) before its first use, with its parsed files. */
const environments = new Map<string, { env: nunjucks.Environment; parsed: ParsedFile[] }>();

function environmentFor(template: TemplateInfo): { env: nunjucks.Environment; parsed: ParsedFile[] } {
  let found = environments.get(template.dir);
  if (!found) {
    const env = createEnvironment(template.dir);
    found = { env, parsed: checkTemplateNames(env, template.dir, CONTEXT_NAMES, Object.keys(FILTERS), shownDir(template)) };
    environments.set(template.dir, found);
  }
  return found;
}

export interface DraftOptions {
  /** a built-in template's name (shandong, shanghai) or a template folder; shandong by default */
  template?: string | TemplateInfo;
  /**
   * Place the charts the template asks for, linked from the Markdown as
   * `${linkDir}/NN-id.svg` (a path relative to where the Markdown will be).
   * Without it, chart('…') gives nothing.
   */
  charts?: { linkDir: string };
}

/** A chart the draft links, in the order the template placed it. */
export interface PlacedChart {
  /** 1, 2 … as the caption numbers it (图1) */
  number: number;
  model: ChartModel;
  /** the file name, e.g. 01-grand-total.svg */
  file: string;
  /** the link written in the Markdown */
  link: string;
}

export interface Draft {
  markdown: string;
  charts: PlacedChart[];
  template: TemplateInfo;
}

/** Part 3 as Markdown, with the charts it links. Throws a TemplateError for a template that names what does not exist. */
export function draft(input: DepartmentAccounts | FactCatalog, options: DraftOptions = {}): Draft {
  const catalog = 'part3' in input ? input : buildFactCatalog(input);
  const template = typeof options.template === 'object' ? options.template : resolveTemplate(options.template);
  const { env, parsed } = environmentFor(template);
  const models = options.charts ? chartModels(catalog.part3) : new Map<ChartId, ChartModel>();
  const placed: PlacedChart[] = [];
  let linkDir = options.charts?.linkDir ?? '';
  while (linkDir.endsWith('/') || linkDir.endsWith('\\')) linkDir = linkDir.slice(0, -1);
  const context = {
    p: strict(catalog.part3, 'p'),
    fact: (id: unknown) => factById(catalog, id),
    chart: (id: unknown) => {
      if (typeof id !== 'string' || !(CHART_IDS as readonly string[]).includes(id)) {
        throw new UnknownNameError(`chart('${String(id)}')`, CHART_IDS, nearestNames(String(id), CHART_IDS).map((n) => `chart('${n}')`), true);
      }
      const model = models.get(id as ChartId);
      if (!model || placed.some((c) => c.model.id === id)) return '';
      const number = placed.length + 1;
      const file = `${String(number).padStart(2, '0')}-${id}.svg`;
      const link = linkDir ? `${linkDir}/${file}` : file;
      placed.push({ number, model, file, link });
      // The alt text states the chart's figures, so lint checks them as it checks the prose.
      return `![${filters.escapeMarkdown(chartAltText(model, number))}](${encodeURI(link)} "${caption(number, model)}")`;
    },
  };
  let markdown: string;
  try {
    markdown = env.render(ENTRY_FILE, context);
  } catch (error) {
    throw templateError(error, template.dir, ENTRY_FILE, shownDir(template), parsed);
  }
  // One blank line between blocks, a single newline at the end.
  return { markdown: markdown.replace(/\n{3,}/g, '\n\n').trim() + '\n', charts: placed, template };
}

function factById(catalog: FactCatalog, id: unknown): Fact {
  const fact = typeof id === 'string' ? catalog.facts.get(id) : undefined;
  if (!fact) {
    const ids = [...catalog.facts.keys()];
    throw new UnknownNameError(`fact('${String(id)}')`, [], nearestNames(String(id), ids).map((n) => `fact('${n}')`), true);
  }
  return strict(fact, `fact('${id as string}')`);
}

/** Part 3 as Markdown. */
export function draftPart3(input: DepartmentAccounts | FactCatalog, options: DraftOptions = {}): string {
  return draft(input, options).markdown;
}
