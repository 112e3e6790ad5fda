/**
 * How a document writes its figures, judged from all of them: whether it trims
 * trailing zeros (4,694 and 113.6 for 4,694.00 and 113.60, as the seed does) or
 * keeps them (0.00, 100.00%), and how many decimals a kind of figure carries at
 * most. A fix writes the right figure the way the document writes its kind, so
 * that fixing a changed figure gives back the text the writer would have typed.
 */
import type { Decimal } from '../data/amount.js';
import { formatNumber, groupThousands, roundHalfUp } from '../format/number.js';
import type { Figure } from './figures.js';

type Kind = 'amount' | 'percent';

interface KindStyle {
  /** the most decimals a figure of this kind is written with */
  maxDecimals: number;
  /** figures with fewer decimals than the most, and none whose last decimal is a kept zero */
  trims: boolean;
}

export class DocumentStyle {
  private readonly kinds = new Map<string, KindStyle>();

  constructor(figures: Iterable<Pick<Figure, 'kind' | 'unit' | 'decimals' | 'numberText'>>) {
    const seen = new Map<string, { max: number; fewer: number; keptZero: number; decimals: number[] }>();
    for (const f of figures) {
      const key = keyOf(f);
      if (!key) continue;
      let s = seen.get(key);
      if (!s) seen.set(key, (s = { max: 0, fewer: 0, keptZero: 0, decimals: [] }));
      s.decimals.push(f.decimals);
      s.max = Math.max(s.max, f.decimals);
      if (f.decimals > 0 && /0$/u.test(f.numberText.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)))) s.keptZero++;
    }
    for (const [key, s] of seen) {
      const fewer = s.decimals.filter((d) => d < s.max).length;
      this.kinds.set(key, { maxDecimals: s.max, trims: s.max > 0 && fewer > 0 && s.keptZero === 0 });
    }
  }

  /**
   * The right value written like the wrong figure it replaces: its separators and width, and the
   * document's habit for decimals — trimmed zeros where the document trims them, the figure's own
   * decimals otherwise.
   */
  write(exact: Decimal, figure: Figure): string {
    const style = this.kinds.get(keyOf(figure) ?? '');
    let text: string;
    if (style?.trims) {
      text = formatNumber(exact, { decimals: style.maxDecimals, trimZeros: true, grouping: false });
      // A figure written with fewer decimals than the most keeps to them when the trimmed value has more.
      if (decimalsOf(text) > figure.decimals) text = formatNumber(exact, { decimals: figure.decimals, trimZeros: true, grouping: false });
    } else {
      text = roundHalfUp(exact, figure.decimals).toFixed(figure.decimals);
    }
    return styled(text, figure);
  }
}

function keyOf(f: Pick<Figure, 'kind' | 'unit'>): string | undefined {
  const kind: Kind | undefined = f.kind === 'percent' ? 'percent' : f.kind === 'amount' ? 'amount' : undefined;
  return kind && `${kind}:${f.unit}`;
}

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Separators and full-width digits as the figure has them. */
function styled(plain: string, figure: Pick<Figure, 'grouped' | 'fullWidth'>): string {
  let text = plain;
  if (figure.grouped) {
    const negative = text.startsWith('-');
    const [int, frac] = (negative ? text.slice(1) : text).split('.');
    text = (negative ? '-' : '') + groupThousands(int!) + (frac !== undefined ? `.${frac}` : '');
  }
  if (figure.fullWidth) {
    text = text.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/,/g, '，').replace(/\./g, '．');
  }
  return text;
}
