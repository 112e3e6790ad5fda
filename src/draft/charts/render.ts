/**
 * Charts as SVG, drawn by Vega's SVG renderer in Node (no browser, no canvas,
 * no network), and as PNG by resvg (for Word, beside the SVG).
 *
 * - Sized for the text block of an A4 page (GB/T 9704: 156 mm wide): 600 px
 *   wide at 96 dpi is 159 mm, so Word scales it to the column by a few per cent.
 * - Readable in black and white: every bar and slice carries its figure as a
 *   direct label; fills are greys far apart in lightness, outlined; a pie's
 *   labels sit outside it with a leader line to their slice.
 * - Every label is a figure of the fact catalog formatted as the prose
 *   formats it (model.ts); value axes have no tick numbers, so a chart shows
 *   no figure the catalog does not hold.
 * - Text widths: without a canvas Vega estimates every character at 0.8 em,
 *   which is short for Chinese (1 em) and long for digits; textWidth() below
 *   gives the widths of a CJK sans font, and Vega is told to use it.
 */
import type { Fact } from '../../facts/fact.js';
import { importModule, requireModule } from '../load-esm.js';
import { formatAmount } from '../../format/number.js';
import { amountLabel, chartAltText, shareLabel, type BarChart, type ChartModel, type PieChart } from './model.js';

export const CHART_WIDTH = 600;
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", SimHei, sans-serif';
const TITLE_SIZE = 17;
const LABEL_SIZE = 14;
/** Far apart in lightness, so a photocopy tells them apart. */
const GREYS = ['#404040', '#bfbfbf', '#7f7f7f', '#e6e6e6', '#262626', '#a6a6a6', '#595959', '#d9d9d9'];
const BAR_GREYS: Record<number, string[]> = { 2: ['#bfbfbf', '#404040'], 3: ['#e6e6e6', '#8c8c8c', '#262626'] };

/** The width of `text` at `size` px in a CJK sans font: ideographs and full-width forms 1 em, digits and Latin about half. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80 || (c >= 0x2000 && c <= 0x206f && /[“”‘’—…]/u.test(ch))) em += 1;
    else if (/[0-9]/u.test(ch)) em += 0.56;
    else if (/[.,:;' ]/u.test(ch)) em += 0.28;
    else if (ch === '%') em += 0.9;
    else em += 0.6;
  }
  return em * size;
}

interface Rendered {
  svg: string;
  width: number;
  height: number;
}

type VegaModule = typeof import('vega');
let vegaModule: Promise<VegaModule> | undefined;

/** Vega, loaded once, measuring text with textWidth. */
function loadVega(): Promise<VegaModule> {
  vegaModule ??= importModule<VegaModule>('vega').then((vega) => {
    // Not in Vega's types, but documented as replaceable (vega-scenegraph: "User defined textMetrics.width function").
    (vega as unknown as { textMetrics: { width: unknown } }).textMetrics.width = (item: { fontSize?: number }, text: string | string[] | undefined) => {
      const size = item.fontSize ?? 11;
      const lines = Array.isArray(text) ? text : [String(text ?? '')];
      return lines.reduce((w, line) => Math.max(w, textWidth(line, size)), 0);
    };
    return vega;
  });
  return vegaModule;
}

/** The chart as an SVG document, with its size in px. */
export async function renderChartSvg(model: ChartModel, number = 0): Promise<Rendered> {
  const vega = await loadVega();
  const spec = model.kind === 'pie' ? pieSpec(model) : barSpec(model);
  spec.description = chartAltText(model, number);
  const view = new vega.View(vega.parse(spec as never), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const root = svg.slice(0, svg.indexOf('>'));
  const width = Number(/ width="([0-9.]+)"/u.exec(root)?.[1]);
  const height = Number(/ height="([0-9.]+)"/u.exec(root)?.[1]);
  return { svg, width: width || CHART_WIDTH, height: height || 300 };
}

/** The SVG as PNG at twice its size (about 190 dpi on the page), text in the system's CJK font. */
export async function svgToPng(svg: string): Promise<Uint8Array> {
  const { Resvg } = requireModule<typeof import('@resvg/resvg-js')>('@resvg/resvg-js');
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC', sansSerifFamily: 'Noto Sans CJK SC' },
    background: 'white',
  }).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

type Spec = Record<string, unknown> & { description?: string };

const base = (title: string, width: number, height: number): Spec => ({
  $schema: 'https://vega.github.io/schema/vega/v6.json',
  width, height, padding: 8, autosize: 'pad', background: 'white',
  title: { text: title, fontSize: TITLE_SIZE, font: FONT, fontWeight: 'bold', offset: 12 },
  config: { text: { font: FONT }, axis: { labelFont: FONT, titleFont: FONT }, legend: { labelFont: FONT, titleFont: FONT } },
});

/** 4,694 (the unit is said once, 单位：万元). */
const valueText = (f: Fact): string => formatAmount(f.value!);

/** Bars: one group → a bar per year (or series) under its own label; several → grouped, with a legend. */
function barSpec(model: BarChart): Spec {
  const grouped = model.groups.length > 1;
  const rows = model.groups.flatMap((g) => g.bars.map((b) => ({ group: g.label, series: b.label, value: Number(b.amount.value!.toString()), label: valueText(b.amount) })));
  const max = rows.reduce((m, r) => Math.max(m, r.value), 0);
  const width = CHART_WIDTH - 40;
  const height = 240;
  const greys = BAR_GREYS[model.series.length] ?? GREYS;
  // Grouped bars are narrow: their figures get a size at which the widest fits over its bar (never under 9 px).
  const slot = grouped ? (width / (model.groups.length + 0.05)) * 0.75 / model.series.length : width;
  const widest = rows.reduce((w, r) => Math.max(w, textWidth(r.label, 1)), 0);
  const valueSize = grouped ? Math.max(9, Math.min(LABEL_SIZE - 1, Math.floor(slot / widest))) : LABEL_SIZE;
  const x = grouped ? 'group' : 'series';
  const spec = base(model.title, width, height);
  Object.assign(spec, {
    data: [{ name: 'bars', values: rows }],
    scales: [
      { name: 'x', type: 'band', domain: grouped ? model.groups.map((g) => g.label) : model.series, range: 'width', paddingInner: grouped ? 0.25 : 0.5, paddingOuter: grouped ? 0.15 : 0.5 },
      // Headroom for the labels above the highest bar; the scale has no axis, so none of its numbers shows.
      { name: 'y', type: 'linear', domain: [0, max > 0 ? max * 1.12 : 1], range: 'height', nice: false, zero: true },
      { name: 'fill', type: 'ordinal', domain: model.series, range: greys },
    ],
    axes: [{ orient: 'bottom', scale: 'x', labelFontSize: LABEL_SIZE, labelColor: '#000', ticks: false, domainColor: '#000', labelPadding: 6, labelLimit: 0 }],
    marks: [
      {
        type: 'group',
        from: { facet: { data: 'bars', name: 'bar', groupby: x } },
        encode: { enter: { x: { scale: 'x', field: x }, width: { scale: 'x', band: 1 }, height: { signal: 'height' } } },
        ...(grouped ? { signals: [{ name: 'slot', update: 'bandwidth("x")' }], scales: [{ name: 'inner', type: 'band', domain: model.series, range: [0, { signal: 'slot' }], paddingInner: 0.08 }] } : {}),
        marks: [
          {
            type: 'rect', from: { data: 'bar' },
            encode: { enter: {
              ...(grouped ? { x: { scale: 'inner', field: 'series' }, width: { scale: 'inner', band: 1 } } : { x: { value: 0 }, width: { signal: 'bandwidth("x")' } }),
              y: { scale: 'y', field: 'value' }, y2: { scale: 'y', value: 0 },
              fill: { scale: 'fill', field: 'series' }, stroke: { value: '#000' }, strokeWidth: { value: 0.8 },
            } },
          },
          {
            type: 'text', from: { data: 'bar' },
            encode: { enter: {
              ...(grouped ? { x: { scale: 'inner', field: 'series', band: 0.5 } } : { x: { signal: 'bandwidth("x") / 2' } }),
              y: { scale: 'y', field: 'value', offset: -5 },
              text: { field: 'label' }, align: { value: 'center' }, baseline: { value: 'bottom' },
              fontSize: { value: valueSize }, fill: { value: '#000' }, font: { value: FONT },
            } },
          },
        ],
      },
      {
        type: 'text',
        encode: { enter: { x: { value: 0 }, y: { value: -4 }, text: { value: '单位：万元' }, fontSize: { value: LABEL_SIZE - 1 }, fill: { value: '#000' }, font: { value: FONT }, baseline: { value: 'bottom' } } },
      },
    ],
    legends: grouped ? [{ fill: 'fill', orient: 'top', direction: 'horizontal', labelFontSize: LABEL_SIZE, symbolType: 'square', symbolSize: 160, symbolStrokeColor: '#000', symbolStrokeWidth: 0.8, labelColor: '#000', columnPadding: 16 }] : [],
  });
  return spec;
}

// ── pie ──────────────────────────────────────────────────────────────────

const RADIUS = 100;
const LINE = LABEL_SIZE + 3;
/** From the pie's edge to its labels. */
const LABEL_GAP = 26;
/** Widest a label line may be: what is left of the chart's half beside the pie. */
const LABEL_WIDTH = (CHART_WIDTH - 16) / 2 - RADIUS - LABEL_GAP - 4;

interface PieLabel {
  lines: string[];
  side: 'left' | 'right';
  /** where its leader line starts, on the slice's edge */
  ax: number; ay: number;
  /** where the label's first line sits */
  x: number; y: number;
  height: number;
}

/** A name in lines no wider than LABEL_WIDTH, never breaking inside brackets ((类)) or before a closing mark. */
function wrap(text: string): string[] {
  const units = text.match(/（[^（）]*）|\([^()]*\)|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (line && textWidth(line + unit, LABEL_SIZE) > LABEL_WIDTH && !/^[)”，、。；]/u.test(unit)) {
      lines.push(line);
      line = '';
    }
    line += unit;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Where each slice's label goes: beside the pie on the slice's side, at the
 * slice's height, moved apart so that no two labels overlap.
 */
function placeLabels(model: PieChart, cx: number, cy: number): { arcs: Array<{ start: number; end: number; fill: string }>; labels: PieLabel[] } {
  const total = model.slices.reduce((s, x) => s + Number(x.share.part.value!.toString()), 0);
  let angle = 0;
  const arcs: Array<{ start: number; end: number; fill: string }> = [];
  const labels: PieLabel[] = [];
  model.slices.forEach((slice, i) => {
    const sweep = (2 * Math.PI * Number(slice.share.part.value!.toString())) / total;
    const mid = angle + sweep / 2;
    arcs.push({ start: angle, end: angle + sweep, fill: GREYS[i % GREYS.length]! });
    angle += sweep;
    const side = Math.sin(mid) >= 0 ? 'right' : 'left';
    const figures = `${amountLabel(slice.share.part)}，${shareLabel(slice.share)}`;
    // amount and share on one line where it fits, else one line each
    const lines = [...wrap(slice.label), ...(textWidth(figures, LABEL_SIZE) <= LABEL_WIDTH ? [figures] : [amountLabel(slice.share.part), shareLabel(slice.share)])];
    const height = lines.length * LINE;
    const ay = cy - Math.cos(mid) * RADIUS;
    labels.push({
      lines, side, height,
      ax: cx + Math.sin(mid) * RADIUS, ay,
      x: side === 'right' ? cx + RADIUS + LABEL_GAP : cx - RADIUS - LABEL_GAP,
      y: cy - Math.cos(mid) * (RADIUS + 18) - height / 2,
    });
  });
  for (const side of ['left', 'right'] as const) {
    const column = labels.filter((l) => l.side === side).sort((a, b) => a.y - b.y);
    for (let k = 1; k < column.length; k++) column[k]!.y = Math.max(column[k]!.y, column[k - 1]!.y + column[k - 1]!.height + 4);
    const floor = cy + RADIUS + 30;
    for (let k = column.length - 1; k >= 0; k--) {
      const below = k + 1 < column.length ? column[k + 1]!.y - 4 : floor;
      column[k]!.y = Math.min(column[k]!.y, below - column[k]!.height);
    }
  }
  return { arcs, labels };
}

function pieSpec(model: PieChart): Spec {
  const width = CHART_WIDTH - 16;
  const cx = width / 2;
  const provisional = placeLabels(model, cx, 0);
  const top = provisional.labels.reduce((m, l) => Math.min(m, l.y), -RADIUS - 10);
  const cy = -top + 6;
  const { arcs, labels } = placeLabels(model, cx, cy);
  const bottom = labels.reduce((m, l) => Math.max(m, l.y + l.height), cy + RADIUS + 10);
  const spec = base(model.title, width, Math.ceil(bottom + 6));
  const leaders = labels.map((l) => {
    const ex = l.side === 'right' ? l.x - 6 : l.x + 6;
    const ey = l.y + LINE / 2;
    const elbowX = l.side === 'right' ? Math.max(l.ax + 8, cx + RADIUS + 12) : Math.min(l.ax - 8, cx - RADIUS - 12);
    return { path: `M${l.ax.toFixed(1)},${l.ay.toFixed(1)}L${elbowX.toFixed(1)},${ey.toFixed(1)}L${ex.toFixed(1)},${ey.toFixed(1)}` };
  });
  Object.assign(spec, {
    data: [
      { name: 'arcs', values: arcs },
      { name: 'leaders', values: leaders },
      { name: 'labels', values: labels.map((l) => ({ text: l.lines, x: l.x, y: l.y, align: l.side === 'right' ? 'left' : 'right' })) },
    ],
    marks: [
      {
        type: 'arc', from: { data: 'arcs' },
        encode: { enter: {
          x: { value: cx }, y: { value: cy }, outerRadius: { value: RADIUS }, innerRadius: { value: 0 },
          startAngle: { field: 'start' }, endAngle: { field: 'end' }, fill: { field: 'fill' }, stroke: { value: '#000' }, strokeWidth: { value: 0.8 },
        } },
      },
      { type: 'path', from: { data: 'leaders' }, encode: { enter: { path: { field: 'path' }, stroke: { value: '#000' }, strokeWidth: { value: 0.8 } } } },
      {
        type: 'text', from: { data: 'labels' },
        encode: { enter: {
          x: { field: 'x' }, y: { field: 'y' }, text: { field: 'text' }, align: { field: 'align' }, baseline: { value: 'top' },
          fontSize: { value: LABEL_SIZE }, lineHeight: { value: LINE }, fill: { value: '#000' }, font: { value: FONT },
        } },
      },
    ],
  });
  return spec;
}
