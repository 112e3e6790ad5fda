/**
 * Charts (juesuan draft --charts DIR): each SVG is well formed and every
 * figure on it is a fact of the catalog formatted as the prose formats it (a
 * slice's share is the share the prose states); a chart is left out when its
 * data is absent or all zero; the Markdown links every chart where the
 * template places it, with an alt text stating its figures, which lint checks
 * as it checks prose; the Word draft embeds every chart with its caption, and
 * LibreOffice prints them on the pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { draft } from '../../src/draft/draft.js';
import { chartModels, type ChartModel } from '../../src/draft/charts/model.js';
import { renderChartSvg, svgToPng, textWidth } from '../../src/draft/charts/render.js';
import { buildFactCatalog, type FactCatalog } from '../../src/facts/catalog.js';
import { formatAmount, formatPercent } from '../../src/format/number.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { docxParts, all, parseXml, paragraphText, type XmlNode } from '../documents/ooxml.js';
import { juesuan, tempDir } from '../cli/helpers.js';
import { SEED_DATA, seedAccounts, seedWith } from '../helpers.js';

/** The text of every <text> of an SVG, one entry per line (tspan). */
function svgTexts(svg: string): string[] {
  const root = parseXml(svg);
  const out: string[] = [];
  const visit = (n: XmlNode) => {
    if (n.name === 'text') {
      const spans = n.children.filter((c) => c.name === 'tspan');
      if (spans.length) out.push(...spans.map((s) => s.text));
      else out.push(n.text);
      return;
    }
    n.children.forEach(visit);
  };
  visit(root);
  return out.map((t) => t.trim()).filter((t) => t !== '');
}

/** The figures a chart may show: its facts formatted as the prose formats them. */
function expectedFigures(model: ChartModel): string[] {
  if (model.kind === 'pie') return model.slices.map((s) => `${formatAmount(s.share.part.value!)} 万元，${formatPercent(s.share.rate.value!)}%`);
  return model.groups.flatMap((g) => g.bars.map((b) => formatAmount(b.amount.value!)));
}

let catalog: FactCatalog;
let models: Map<string, ChartModel>;
const svgs = new Map<string, string>();
beforeAll(async () => {
  catalog = buildFactCatalog(seedAccounts());
  models = chartModels(catalog.part3);
  for (const [id, model] of models) svgs.set(id, (await renderChartSvg(model)).svg);
}, 60_000);

describe('the charts of the seed data', () => {
  it('are the seven the issue lists, each with its Chinese title', () => {
    expect([...models.values()].map((m) => m.title)).toEqual([
      '收、支决算总计变动情况', '本年收入决算结构', '本年支出决算结构', '财政拨款收、支决算总计变动情况',
      '一般公共预算财政拨款支出决算变动情况', '一般公共预算财政拨款支出决算结构', '“三公”经费支出决算情况',
    ]);
  });

  it('each SVG is well formed, sized for an A4 text block, and shows its title', () => {
    for (const [id, svg] of svgs) {
      const root = parseXml(svg);
      expect(root.name, id).toBe('svg');
      expect(Number(root.attributes.width), id).toBeLessThanOrEqual(620);
      expect(svgTexts(svg), id).toContain(models.get(id)!.title);
    }
  });

  it('every figure on a chart is a catalog fact formatted as in the prose, and each of them is there', () => {
    for (const [id, svg] of svgs) {
      const model = models.get(id)!;
      const texts = svgTexts(svg);
      const figures = expectedFigures(model);
      // a slice's amount and share share a line where it fits, else take one each
      const split = figures.flatMap((f) => f.split('，'));
      for (const f of figures) expect(texts.includes(f) || f.split('，').every((part) => texts.includes(part)), `${id}: ${f}`).toBe(true);
      // no other number on the chart than those, the years of its series and its captions
      const allowed = new Set([...figures, ...split, ...(model.kind === 'bars' ? [...model.series, ...model.groups.map((g) => g.label)] : [])]);
      expect(texts.filter((t) => /\d/u.test(t) && !allowed.has(t)), id).toEqual([]);
    }
  });

  it('a slice\'s share is the share the prose states, rounded the same way', () => {
    const prose = draft(catalog).markdown;
    const expenditure = models.get('expenditure-structure')!;
    if (expenditure.kind !== 'pie') throw new Error('a pie');
    expect(expenditure.slices.map((s) => s.label)).toEqual(['基本支出', '项目支出']);
    expect(svgTexts(svgs.get('expenditure-structure')!)).toEqual(expect.arrayContaining(['3,153.47 万元，72.66%', '1,186.68 万元，27.34%']));
    expect(prose).toContain('基本支出 3,153.47 万元，占 72.66%；项目支出 1,186.68 万元，占 27.34%');
    const classes = models.get('gpb-structure')!;
    if (classes.kind !== 'pie') throw new Error('a pie');
    for (const s of classes.slices) expect(prose).toContain(`${formatAmount(s.share.part.value!)} 万元，占 ${formatPercent(s.share.rate.value!)}%`);
  });

  it('Chinese text is measured as Chinese (Vega\'s estimate without canvas is 0.8 em a character)', () => {
    expect(textWidth('一般公共服务支出', 10)).toBe(80);
    expect(textWidth('4,340.16', 10)).toBeCloseTo(6 * 5.6 + 2 * 2.8);
  });

  it('render to PNG in Node (the Word fallback)', async () => {
    const png = await svgToPng(svgs.get('grand-total')!);
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
  });
});

describe('a chart is left out when its data is absent or all zero', () => {
  it('no previous year: no year-on-year chart', () => {
    const ids = [...chartModels(buildFactCatalog(seedWith('  收支总计: 4,694.00\n', '')).part3).keys()];
    expect(ids).not.toContain('grand-total');
    expect(ids).toContain('income-structure');
  });

  it('三公 all zero: no 三公 chart, and chart() places nothing', () => {
    const accounts = seedAccounts();
    for (const side of [accounts.t09.budget, accounts.t09.actual]) for (const k of Object.keys(side) as Array<keyof typeof side>) side[k] = side[k].times(0);
    const result = draft(accounts, { charts: { linkDir: 'charts' } });
    expect(result.charts.map((c) => c.model.id)).not.toContain('san-gong');
    expect(result.markdown).not.toContain('-san-gong.svg');
  });
});

describe('the Markdown draft links every chart where the template places it', () => {
  for (const template of ['shandong', 'shanghai']) {
    it(`${template}: each once, numbered in order, after the section it illustrates; the alt text states its figures`, () => {
      const result = draft(catalog, { template, charts: { linkDir: '图' } });
      expect(result.charts.map((c) => c.model.id)).toEqual([...models.keys()]);
      for (const c of result.charts) {
        const link = `](${encodeURI(`图/${c.file}`)} "图${c.number} ${c.model.title}")`;
        expect(result.markdown.split(link)).toHaveLength(2);
        const alt = result.markdown.slice(result.markdown.lastIndexOf('![', result.markdown.indexOf(link)), result.markdown.indexOf(link));
        expect(alt.startsWith(`![图${c.number} ${c.model.title}：`)).toBe(true);
        for (const f of expectedFigures(c.model)) expect(alt).toContain(f.split('，')[0]!.replace(/ 万元$/u, ''));
      }
      const sectionOf = (id: string) => {
        const at = result.markdown.indexOf(`-${id}.svg`);
        return [...result.markdown.slice(0, at).matchAll(/^## (\S+?)、/gmu)].at(-1)![1];
      };
      expect(['grand-total', 'income-structure', 'expenditure-structure', 'fiscal-total', 'gpb-change', 'gpb-structure'].map(sectionOf))
        .toEqual(['一', '二', '三', '四', '五', '五']);
      expect(sectionOf('san-gong')).toBe(template === 'shanghai' ? '七' : '九');
    });
  }

  it('lint reads the alt text: it verifies the chart\'s figures and flags a wrong one there', () => {
    const { markdown } = draft(catalog, { charts: { linkDir: 'charts' } });
    const ctx = createLintContext(catalog);
    const clean = lintMarkdown(markdown, ctx);
    const withoutCharts = lintMarkdown(draft(catalog).markdown, ctx);
    expect(clean.verifiedCount).toBeGreaterThan(withoutCharts.verifiedCount + 10);
    expect(clean.unverifiedCount).toBe(0);
    const wrong = markdown.replace('上年决算数为 4,694 万元', '上年决算数为 4,649 万元');
    const result = lintMarkdown(wrong, ctx);
    const line = wrong.split('\n').findIndex((l) => l.includes('4,649')) + 1;
    expect(result.messages.filter((m) => m.line === line).map((m) => [m.ruleId, m.actual])).toEqual([['amount-mismatch', '4,649']]);
  });
});

/** LibreOffice, which CI installs (.ci/run); elsewhere the test runs where it is installed. */
const office = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

describe('juesuan draft --charts', () => {
  it('writes one SVG per chart and links them from the Markdown, relative to it', () => {
    const dir = tempDir('juesuan-charts-');
    mkdirSync(join(dir, 'out'));
    const run = juesuan(['draft', SEED_DATA, '-t', 'shanghai', '--charts', join(dir, '图'), '-o', join(dir, 'out/第三部分.md')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('已生成 7 幅图（SVG）');
    const files = readdirSync(join(dir, '图')).sort();
    expect(files).toEqual(['01-grand-total.svg', '02-income-structure.svg', '03-expenditure-structure.svg', '04-fiscal-total.svg', '05-gpb-change.svg', '06-gpb-structure.svg', '07-san-gong.svg']);
    const markdown = readFileSync(join(dir, 'out/第三部分.md'), 'utf8');
    for (const f of files) expect(markdown).toContain(`](${encodeURI(`../图/${f}`)} "图`);
  });

  describe.skipIf(!office && !process.env.CI)('as Word', () => {
    let dir: string;
    let parts: Record<string, string>;
    beforeAll(() => {
      dir = tempDir('juesuan-charts-docx-');
      const run = juesuan(['draft', SEED_DATA, '-t', 'shanghai', '--charts', join(dir, 'charts'), '-o', join(dir, 'part3.docx')]);
      expect(run.status, run.stderr).toBe(0);
      parts = docxParts(readFileSync(join(dir, 'part3.docx')));
    }, 120_000);

    it('embeds every chart as PNG with the SVG beside it, each with its caption 图N under it', () => {
      const body = parseXml(parts['word/document.xml']!);
      const drawings = all(body, 'w:drawing');
      expect(drawings).toHaveLength(7);
      const rels = all(parseXml(parts['word/_rels/document.xml.rels']!), 'Relationship');
      const target = (id: string) => rels.find((r) => r.attributes.Id === id)?.attributes.Target;
      for (const d of drawings) {
        const blip = all(d, 'a:blip')[0]!;
        expect(target(blip.attributes['r:embed']!)).toMatch(/^media\/chart\d\.png$/u);
        expect(target(all(d, 'asvg:svgBlip')[0]!.attributes['r:embed']!)).toMatch(/^media\/chart\d\.svg$/u);
      }
      const paragraphs = all(body, 'w:p');
      const captions = paragraphs.filter((p) => all(p, 'w:pStyle')[0]?.attributes['w:val'] === 'Caption').map(paragraphText);
      expect(captions).toEqual([...models.values()].map((m, k) => `图${k + 1} ${m.title}`));
      expect(readdirSync(join(dir, 'charts'))).toHaveLength(7);
    });

    it('LibreOffice prints the charts on the pages', () => {
      const run = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'part3.docx')], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      const images = spawnSync('pdfimages', ['-list', join(dir, 'part3.pdf')], { encoding: 'utf8' });
      expect(images.status).toBe(0);
      // one picture per chart (LibreOffice draws the PNG; its alpha channel is listed as an smask), on the pages of its sections
      const pictures = images.stdout.split('\n').slice(2).map((l) => l.trim().split(/\s+/u)).filter((c) => c[2] === 'image');
      expect(pictures).toHaveLength(7);
      const pages = Number(/Pages:\s+(\d+)/u.exec(spawnSync('pdfinfo', [join(dir, 'part3.pdf')], { encoding: 'utf8' }).stdout)![1]);
      expect(pictures.every((c) => Number(c[0]) >= 1 && Number(c[0]) <= pages)).toBe(true);
      // and the captions under them
      const text = spawnSync('pdftotext', ['-layout', join(dir, 'part3.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/gu, '');
      [...models.values()].forEach((m, k) => expect(text).toContain(`图${k + 1}${m.title}`));
    }, 150_000);
  });
});
