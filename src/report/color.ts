/**
 * Terminal colours for the stylish reports: three ANSI styles, or none. The
 * CLI decides whether to colour (a TTY, NO_COLOR, FORCE_COLOR); the
 * formatters stay pure and take the palette. Raw escape codes rather than
 * util.styleText: styleText is missing before Node 20.12 and from Node 22
 * it checks the stream itself, which would make a pure formatter depend on
 * where it runs.
 */

export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
}

const style = (open: number, close: number) => (text: string) => (text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`);

export const COLORS: Palette = { red: style(31, 39), yellow: style(33, 39), green: style(32, 39), dim: style(2, 22) };

const same = (text: string) => text;
export const NO_COLORS: Palette = { red: same, yellow: same, green: same, dim: same };

export function palette(color: boolean | undefined): Palette {
  return color ? COLORS : NO_COLORS;
}
