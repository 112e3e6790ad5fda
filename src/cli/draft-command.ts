import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadAccounts } from '../data/load.js';
import { caption, draft, type PlacedChart } from '../draft/draft.js';
import { initTemplate, listTemplatesText, resolveTemplate, TemplateError, DEFAULT_TEMPLATE } from '../draft/templates.js';
import { refuseOutputOverInput } from './overwrite-guard.js';
import { OutputError, writeOutputFile } from './write-file.js';

export type DraftFormat = 'markdown' | 'docx';

export interface DraftCommandOptions {
  output?: string;
  format?: DraftFormat;
  /** a built-in template's name or a template folder */
  template?: string;
  /** the folder the charts are written to */
  charts?: string;
  listTemplates?: boolean;
  initTemplate?: string;
  from?: string;
}

/**
 * juesuan draft <data> [-t shandong|shanghai|DIR] [--charts DIR] [-f markdown|docx] [-o FILE];
 * -o *.docx without --format writes Word. Also --list-templates, and --init-template DIR [--from NAME].
 */
export async function runDraftCommand(data: string | undefined, options: DraftCommandOptions): Promise<number> {
  try {
    if (options.listTemplates) {
      process.stdout.write(listTemplatesText());
      return 0;
    }
    if (options.initTemplate !== undefined) {
      const from = options.from ?? DEFAULT_TEMPLATE;
      const files = initTemplate(options.initTemplate, from);
      process.stderr.write(`已把内置模板 ${from} 复制到 ${options.initTemplate}（${files.length} 个文件）。修改其中的 .njk 文件后，用 juesuan draft 数据.yaml --template ${options.initTemplate} 生成草稿；模板可用的数据、过滤器和宏见 docs/templates.md\n`);
      return 0;
    }
    if (data === undefined) {
      process.stderr.write('错误：缺少参数 <数据文件>：juesuan draft 数据.yaml [--template 名称或目录] [-o 输出文件]；--list-templates 列出内置模板\n');
      return 2;
    }
    refuseOutputOverInput(options.output, [{ file: data, role: '数据文件' }]);
    const template = resolveTemplate(options.template);
    const { accounts } = loadAccounts(data);
    const format = options.format ?? (options.output && /\.docx$/iu.test(options.output) ? 'docx' : 'markdown');
    if (format === 'docx' && !options.output && process.stdout.isTTY) {
      process.stderr.write('Word 文件是二进制文件，不能输出到终端：请用 -o 指定文件，如 -o 第三部分.docx\n');
      return 2;
    }
    const chartsDir = options.charts;
    const result = draft(accounts, {
      template,
      ...(chartsDir !== undefined ? { charts: { linkDir: chartLinkDir(chartsDir, options.output) } } : {}),
    });
    const rendered = chartsDir !== undefined ? await writeCharts(result.charts, chartsDir, format === 'docx') : [];
    let content: string | Uint8Array = result.markdown;
    if (format === 'docx') {
      const { markdownToDocx } = await import('../documents/docx-writer.js');
      content = markdownToDocx(result.markdown, {
        images: new Map(rendered.map((r) => [r.chart.link, { svg: r.svg, png: r.png!, width: r.width, height: r.height, caption: caption(r.chart.number, r.chart.model) }])),
      });
    }
    if (options.output) {
      writeOutputFile(options.output, content);
      const gaps = result.markdown.match(/【待补充：/gu)?.length ?? 0;
      process.stderr.write(`已生成第三部分草稿${format === 'docx' ? '（Word）' : ''}：${options.output}`
        + `${template.name !== DEFAULT_TEMPLATE ? `（模板 ${template.name}）` : ''}`
        + `${gaps ? `（有 ${gaps} 处【待补充】需要填写）` : ''}\n`);
    } else {
      process.stdout.write(content);
    }
    if (chartsDir !== undefined) {
      process.stderr.write(rendered.length
        ? `已生成 ${rendered.length} 幅图（SVG）：${chartsDir}\n`
        : `数据不足以生成模板所列的图（缺少上年数或金额均为 0），未生成图\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof TemplateError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** How the Markdown links the charts: the charts folder relative to the Markdown file's folder (or to here, for standard output). */
function chartLinkDir(chartsDir: string, output: string | undefined): string {
  const from = output ? dirname(resolve(output)) : process.cwd();
  const rel = relative(from, resolve(chartsDir));
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

interface RenderedChart {
  chart: PlacedChart;
  svg: string;
  png?: Uint8Array;
  width: number;
  height: number;
}

/** Each placed chart as SVG in `dir` (and as PNG in memory, for Word). */
async function writeCharts(charts: PlacedChart[], dir: string, withPng: boolean): Promise<RenderedChart[]> {
  if (charts.length === 0) return [];
  const { renderChartSvg, svgToPng } = await import('../draft/charts/render.js');
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new OutputError(dir, (error as NodeJS.ErrnoException).code === 'EEXIST' || (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? '已存在且不是目录' : String((error as Error).message));
  }
  const out: RenderedChart[] = [];
  for (const chart of charts) {
    const { svg, width, height } = await renderChartSvg(chart.model, chart.number);
    writeOutputFile(join(dir, chart.file), svg);
    out.push({ chart, svg, width, height, ...(withPng ? { png: await svgToPng(svg) } : {}) });
  }
  return out;
}
