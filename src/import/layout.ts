/**
 * Lines of positioned cells: what every input adapter (tab-separated text,
 * later `pdftotext -layout` or PDF text items) hands to the table recogniser.
 */
export interface Cell {
  text: string;
  /** column position: a tab index for tab-separated text, an x position for layout text */
  x: number;
}
export type Line = Cell[];

/** Tab-separated text (the Shandong layout): one cell per tab-separated field, blank cells kept. */
export function tabSeparatedLines(text: string): Line[] {
  return text.split(/\r?\n/u).map((raw) => raw.split('\t').map((t, x) => ({ text: t.trim(), x })));
}
