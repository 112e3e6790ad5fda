/**
 * GitHub Flavored Markdown as the linter reads it: tables, footnotes,
 * strikethrough and task lists, as remark-gfm parses them — but not literal
 * autolinks (www.example.com, https://…). A bare URL reads the same as text
 * either way, and looking for one at every letter and every `@` costs a
 * quarter of the whole parse.
 */
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';

export function gfmWithoutAutolinkLiterals(this: Processor): void {
  addGfm(this, gfmTable());
}

/** The same, with tables tried only on the lines `withTableLines` allows (the linter's parse). */
export function gfmWithGuardedTables(this: Processor): void {
  addGfm(this, { flow: { null: guardedTable } });
}

/** GFM without literal autolinks and without tables: for a document no line of which can hold a table. */
export function gfmWithoutTables(this: Processor): void {
  addGfm(this, undefined);
}

/**
 * The linter's GFM for one document: tables as `gfmWithGuardedTables` or none (`tables`), and the
 * constructs that cannot match in it left out. Footnotes (calls, definitions) and task list items
 * start at a `[`, strikethrough at a `~`: in a document without that character they never match,
 * and the tree is the same without them (their tree handlers see only their own tokens, and a
 * paragraph's exit, which they pass on unchanged where no item is checked). Each one left in costs
 * its share of every parse (extensions merged, a handler per paragraph): with all three, about 2 %
 * of a Part 3 document's, which has neither character.
 */
export function gfmForDocument(tables: boolean, brackets: boolean, tildes: boolean): (this: Processor) => void {
  return function (this: Processor): void {
    addGfm(this, tables ? { flow: { null: guardedTable } } : undefined, brackets, tildes);
  };
}

function addGfm(processor: Processor, table: object | undefined, brackets = true, tildes = true): void {
  const data = processor.data();
  const syntax = (data.micromarkExtensions ??= []);
  const trees = (data.fromMarkdownExtensions ??= []);
  if (brackets) {
    syntax.push(gfmFootnote());
    trees.push(gfmFootnoteFromMarkdown());
  }
  if (tildes) {
    syntax.push(gfmStrikethrough());
    trees.push(gfmStrikethroughFromMarkdown());
  }
  if (table) {
    syntax.push(table as ReturnType<typeof gfmTable>);
    trees.push(gfmTableFromMarkdown());
  }
  if (brackets) {
    syntax.push(gfmTaskListItem());
    trees.push(gfmTaskListItemFromMarkdown());
  }
}

// ---------------------------------------------------------------------------
// Where a table can stand
//
// micromark tries the table construct at the start of every line of flow, and
// it reads the whole line as a possible head row before the next line says
// whether there is a table at all: on Part 3's long paragraph lines, a fifth
// of the parse, though most documents hold no table. A table's lines stand
// together (a blank line ends it; its body rows need no `|`), and among them
// is a `|` or, in a one-column table without pipes, a delimiter row of colons
// and dashes alone (`a` over `:-`). So the construct is tried only on the
// lines of a run of non-blank lines holding either; elsewhere it fails at
// once, as it would have after reading the line. The tree is the same either
// way (test/lint/table-lines.property.test.ts).

type State = (code: number | null) => State | undefined;
interface TableConstruct {
  name: string;
  tokenize: (this: { now(): { line: number } }, effects: unknown, ok: State, nok: State) => State;
  resolveAll?: unknown;
}

const table = (gfmTable().flow as unknown as { null: TableConstruct }).null;
/** the lines (1-based, as micromark counts them) of the document being parsed that may hold a table */
let tableLines: Uint8Array | undefined;

const guardedTable: TableConstruct = {
  ...table,
  tokenize(effects, ok, nok) {
    return !tableLines || tableLines[this.now().line] === 1 ? table.tokenize.call(this, effects, ok, nok) : nok;
  },
};

const LINE_END = /\r\n|\r|\n/g;
const BLANK = /^[ \t]*$/;
/**
 * A delimiter row without pipes: `:-`, `-:`, `:-:` with spaces around — allowing, to be safe, any
 * container prefix (`>`, list markers, indentation) and any mix of these characters with a colon.
 */
const BARE_DELIMITER = /^[ \t>*+.)0-9-]*:[ \t>*+.)0-9:-]*$/m;

function mayHoldTable(line: string): boolean {
  return line.includes('|') || (line.includes('-') && BARE_DELIMITER.test(line));
}

/**
 * The lines of `markdown` that may hold a table, 1 at their (1-based) number; undefined when none may.
 * Lines end at \r\n, \r or \n, as micromark counts them.
 */
export function linesThatMayHoldTables(markdown: string): Uint8Array | undefined {
  if (!markdown.includes('|') && !BARE_DELIMITER.test(markdown)) return undefined;
  const lines = markdown.split(LINE_END);
  const may = new Uint8Array(lines.length + 2);
  let any = false;
  for (let start = 0; start < lines.length;) {
    if (BLANK.test(lines[start]!)) {
      start++;
      continue;
    }
    let end = start;
    let holds = false;
    for (; end < lines.length && !BLANK.test(lines[end]!); end++) holds ||= mayHoldTable(lines[end]!);
    if (holds) {
      may.fill(1, start + 1, end + 1);
      any = true;
    }
    start = end;
  }
  return any ? may : undefined;
}

/** Runs `parse` with the table construct tried only on `lines` (see linesThatMayHoldTables). */
export function withTableLines<T>(lines: Uint8Array, parse: () => T): T {
  tableLines = lines;
  try {
    return parse();
  } finally {
    tableLines = undefined;
  }
}
