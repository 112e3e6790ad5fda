/**
 * A table printed inside Part 3 and read from a PDF comes as lines whose cells stand one space apart
 * (财政拨款收入 7,636.98 95.71%, blind 13R §9): each cell is a figure of its own. A space is no
 * thousands separator after a number's decimals; figures written with spaces inside stay one.
 */
import { describe, expect, it } from 'vitest';
import { NameMatcher, tokenize } from '../../src/lint/reader.js';
import { buildTopicIndex } from '../../src/lint/topics/index.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { loadAccounts } from '../../src/data/load.js';

const names = new NameMatcher(buildTopicIndex(buildFactCatalog(loadAccounts(new URL('../../data/liaocheng-2024.yaml', import.meta.url).pathname).accounts)));
const figuresOf = (text: string) => tokenize(text, names).tokens.flatMap((t) => (t.type === 'figure' ? [text.slice(t.start, t.end)] : []));

describe('figures of a table row in Part 3', () => {
  it('reads an amount and its share one space apart as two figures', () => {
    expect(figuresOf('财政拨款收入 7,636.98 95.71%')).toEqual(['7,636.98', '95.71%']);
    expect(figuresOf('事业收入 342.05 4.29%')).toEqual(['342.05', '4.29%']);
    expect(figuresOf('合计 7,979.03 7,636.98 342.05')).toEqual(['7,979.03', '7,636.98', '342.05']);
  });

  it('keeps one figure where the space stands inside it (a unit after it, digits spread out)', () => {
    expect(figuresOf('支出合计7,979.03 万元')).toEqual(['7,979.03 万元']);
    expect(figuresOf('支出合计7,979.0 3万元')).toEqual(['7,979.0 3万元']);
    expect(figuresOf('占比95. 71%')).toEqual(['95. 71%']);
  });
});
