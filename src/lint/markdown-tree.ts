/**
 * The Markdown tree the extractor reads (extract.ts), built straight from
 * micromark's events: the tree remark-parse would build (mdast, with GFM
 * without literal autolinks and YAML/TOML front matter), in everything the
 * extractor reads — node types and nesting, source offsets, the values of
 * text and inline code, heading depths, definition labels — and nothing else.
 *
 * Why not remark's own tree: turning the events into mdast
 * (mdast-util-from-markdown) was 28% of the parse, a fifth of all the
 * linter's work on a Part 3 — a context object copied for every event, line
 * and column objects for every node, fields the linter never reads. Here each
 * event is one switch case. test/lint/extract.property.test.ts holds this
 * tree to remark's on random Markdown.
 *
 * Each handler below does what mdast-util-from-markdown's handler of the same
 * token does (and those of mdast-util-gfm-*, mdast-util-frontmatter), for the
 * fields kept.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { parse as micromarkParser, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Event, Extension } from 'micromark-util-types';

/** A node as the extractor reads it: an mdast node's type, offsets and the fields the extractor uses. */
export interface MdNode {
  type: string;
  /** source offsets [start, end) */
  start: number;
  end: number;
  children?: MdNode[];
  /** text and inline code: the text as remark gives it (escapes and references decoded) */
  value?: string;
  /** images: the alt text, as remark gives it (the text of the label) */
  alt?: string;
  /** headings */
  depth?: number;
  /** definitions and footnote definitions: the label as written, escapes and references decoded */
  label?: string;
  /** list items: a task list item's check ([x] or [ ]) */
  checked?: boolean;
}

/**
 * The syntax the extractor reads: GFM without literal autolinks (see gfm.ts), then front
 * matter, in remark's order — each with what a document must hold for it to occur. A
 * construct that cannot occur is left out of the parse: the table's look at the start of
 * every line cost a seventh of the parse of a Part 3 without tables. A table needs a `|`,
 * or a delimiter row of one cell with a `:` beside its `-` (`a` over `:--` is a table);
 * strikethrough a `~`; a footnote `[^`; a task list item `[`; front matter `---` or `+++`
 * at the start (after a byte order mark).
 */
const EXTENSIONS: Array<{ extension: Extension; possible: (markdown: string) => boolean }> = [
  { extension: gfmFootnote(), possible: (md) => md.includes('[^') },
  { extension: gfmStrikethrough(), possible: (md) => md.includes('~') },
  { extension: gfmTable(), possible: (md) => md.includes('|') || md.includes(':-') || md.includes('-:') },
  { extension: gfmTaskListItem(), possible: (md) => md.includes('[') },
  { extension: frontmatter(['yaml', 'toml']), possible: (md) => /^\uFEFF?[-+]/u.test(md) },
];

/** Where a line ending is part of the text (mdast-util-from-markdown's canContainEols, with GFM's delete). */
const HOLDS_LINE_ENDINGS = new Set(['emphasis', 'fragment', 'heading', 'paragraph', 'strong', 'delete']);

/** Tokens that open a node with children, and the node's type. */
const PARENTS: Record<string, string> = {
  atxHeading: 'heading', setextHeading: 'heading', paragraph: 'paragraph', blockQuote: 'blockquote',
  listOrdered: 'list', listUnordered: 'list', emphasis: 'emphasis', strong: 'strong', strikethrough: 'delete',
  link: 'link', autolink: 'link', table: 'table', tableRow: 'tableRow', tableHeader: 'tableCell', tableData: 'tableCell',
  gfmFootnoteDefinition: 'footnoteDefinition',
};
/** Tokens that open a leaf whose content the extractor never reads (kept in a fragment and dropped). */
const LEAVES: Record<string, string> = {
  codeIndented: 'code', htmlFlow: 'html', htmlText: 'html', yaml: 'yaml', toml: 'toml',
};
/** Leaves with no content at all, or whose parts are read into fragments of their own. */
const BARE: Record<string, string> = {
  codeFenced: 'code', thematicBreak: 'thematicBreak', definition: 'definition', image: 'image',
  hardBreakEscape: 'break', hardBreakTrailing: 'break', gfmFootnoteCall: 'footnoteReference',
};
/** Tokens whose content is collected in a fragment: a label's, a destination's, a title's. */
const BUFFERED = new Set([
  'label', 'codeFencedFenceInfo', 'codeFencedFenceMeta', 'definitionLabelString', 'definitionDestinationString',
  'definitionTitleString', 'referenceString', 'resourceDestinationString', 'resourceTitleString',
  'gfmFootnoteCallString', 'gfmFootnoteDefinitionLabelString',
]);
/** Tokens whose source is text of the node they are in. */
const DATA = new Set(['data', 'codeTextData', 'codeFlowValue', 'htmlFlowData', 'htmlTextData', 'autolinkProtocol', 'autolinkEmail']);

/**
 * The tree of a Markdown document. Throws where remark would (a token closed
 * that is not open) — and where micromark does (a stack overflow on very deep
 * nesting): the extractor then reads the text as plain text.
 */
export function markdownTree(markdown: string): MdNode {
  const extensions = EXTENSIONS.filter((e) => e.possible(markdown)).map((e) => e.extension);
  const events = postprocess(micromarkParser({ extensions }).document().write(preprocess()(markdown, undefined, true)));
  return compile(events, markdown);
}

function compile(events: Event[], src: string): MdNode {
  const root: MdNode = { type: 'root', start: 0, end: 0, children: [] };
  /** open nodes, innermost last; a fragment collects what a label or a string holds */
  const stack: MdNode[] = [root];
  /** the token that opened each node of `stack` but the root */
  const opened: string[] = [];
  let atHardBreak = false;
  let slurpLineEnding = false;
  let inTable = false;
  let inReference = false;
  let numericReference = 0;
  /** the code block's content is being read (after the opening fence) */
  let inCode = false;
  // micromark drops a byte order mark: its offsets are one short of the text's after one.
  const bom = src.charCodeAt(0) === 0xfeff ? 1 : 0;

  const top = (): MdNode => stack[stack.length - 1]!;
  const open = (node: MdNode, tokenType: string): void => {
    top().children!.push(node);
    stack.push(node);
    opened.push(tokenType);
  };
  const close = (tokenType: string, end: number): MdNode => {
    const node = stack.pop();
    const was = opened.pop();
    if (!node || was === undefined || stack.length === 0) throw new Error(`cannot close ${tokenType}: it is not open`);
    if (was !== tokenType) throw new Error(`cannot close ${tokenType}: ${was} is open`);
    node.end = end;
    return node;
  };
  /** A fragment: pushed on the stack only, its text read back by `resume`. */
  const buffer = (tokenType: string): void => {
    stack.push({ type: 'fragment', start: 0, end: 0, children: [] });
    opened.push(tokenType);
  };
  const resume = (tokenType: string): MdNode => close(tokenType, 0);
  /** Text starts, or goes on in the last text node of the open node. */
  const enterText = (start: number): MdNode => {
    const siblings = top().children!;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== 'text') {
      tail = { type: 'text', start, end: start, value: '' };
      siblings.push(tail);
    }
    return tail;
  };

  for (let e = 0; e < events.length; e++) {
    const [kind, token] = events[e]!;
    const type = token.type as string;
    const start = token.start.offset;
    const end = token.end.offset;

    if (kind === 'enter') {
      const parent = PARENTS[type];
      if (parent !== undefined) {
        open(parent === 'heading' ? { type: parent, start, end, depth: 0, children: [] } : { type: parent, start, end, children: [] }, type);
        if (type === 'table') inTable = true;
        continue;
      }
      const leaf = LEAVES[type] ?? BARE[type];
      if (leaf !== undefined) {
        open({ type: leaf, start, end }, type);
        if (LEAVES[type] !== undefined) buffer(type);
        continue;
      }
      if (BUFFERED.has(type)) {
        buffer(type);
        continue;
      }
      switch (type) {
        case 'codeText':
          open({ type: 'inlineCode', start, end, value: '' }, type);
          buffer(type);
          break;
        case 'listItemPrefix': {
          // A list item starts (what mdast-util-from-markdown's prepareList finds): the last one of this list ends.
          if (top().type === 'listItem' && opened[opened.length - 1] === 'listItem') close('listItem', start);
          open({ type: 'listItem', start, end, children: [] }, 'listItem');
          break;
        }
        case 'characterEscape':
        case 'characterReference':
          stack.push(enterText(start));
          opened.push(type);
          break;
        case 'reference':
          break;
        default:
          if (DATA.has(type)) {
            stack.push(enterText(start));
            opened.push(type);
          }
      }
      continue;
    }

    // exit
    if (PARENTS[type] !== undefined) {
      if (type === 'listOrdered' || type === 'listUnordered') {
        if (opened[opened.length - 1] === 'listItem') close('listItem', end);
      }
      const node = close(type, end);
      if (type === 'table') inTable = false;
      else if (type === 'paragraph') withoutTaskCheckSpace(node, top());
      else if (type === 'setextHeading') slurpLineEnding = false;
      else if (type === 'link') {
        if (inReference) node.type = 'linkReference';
      }
      continue;
    }
    if (LEAVES[type] !== undefined) {
      const fragment = resume(type);
      const node = close(type, end);
      // An image's alt text holds the text of HTML in its label (![a<br>b](…)).
      if (node.type === 'html') node.value = textOf(fragment);
      continue;
    }
    if (BARE[type] !== undefined) {
      if (type === 'codeFenced') {
        if (inCode) resume('codeFencedFence');
        inCode = false;
      }
      const node = close(type, end);
      if (type === 'image' && inReference) node.type = 'imageReference';
      if (node.type === 'break') atHardBreak = true;
      continue;
    }
    if (DATA.has(type) || type === 'characterEscapeValue') {
      // an escape's text is its value: the character after the backslash
      const tail = close(type === 'characterEscapeValue' ? 'characterEscape' : type, end);
      tail.value += events[e]![2].sliceSerialize(token);
      continue;
    }
    switch (type) {
      case 'label': {
        const fragment = resume(type);
        const node = top();
        inReference = true;
        if (node.type === 'link') node.children = fragment.children;
        else node.alt = textOf(fragment);
        break;
      }
      case 'definitionLabelString':
      case 'gfmFootnoteDefinitionLabelString': {
        const fragment = resume(type);
        top().label = textOf(fragment);
        break;
      }
      case 'resource':
        inReference = false;
        break;
      case 'codeText': {
        let value = textOf(resume(type));
        if (inTable) value = value.replace(/\\([\\|])/gu, (whole, c: string) => (c === '|' ? c : whole));
        close(type, end).value = value;
        break;
      }
      case 'codeFencedFence':
        // After the opening fence the code's content is read (and dropped) in a fragment of its own.
        if (!inCode) {
          buffer('codeFencedFence');
          inCode = true;
        }
        break;
      case 'characterReferenceMarkerNumeric':
        numericReference = 10;
        break;
      case 'characterReferenceMarkerHexadecimal':
        numericReference = 16;
        break;
      case 'characterReferenceValue': {
        const data = src.slice(start + bom, end + bom);
        top().value += numericReference ? decodeNumericCharacterReference(data, numericReference) : String(decodeNamedCharacterReference(data));
        numericReference = 0;
        break;
      }
      case 'characterReference':
        close(type, end);
        break;
      case 'setextHeadingText':
        slurpLineEnding = true;
        break;
      case 'atxHeadingSequence': {
        const node = top();
        if (!node.depth) node.depth = end - start;
        break;
      }
      case 'setextHeadingLineSequence':
        top().depth = src.charCodeAt(start + bom) === 61 /* = */ ? 1 : 2;
        break;
      case 'taskListCheckValueChecked':
      case 'taskListCheckValueUnchecked': {
        const item = stack[stack.length - 2];
        if (item) item.checked = type === 'taskListCheckValueChecked';
        break;
      }
      case 'lineEnding': {
        const context = top();
        if (atHardBreak) {
          // the line ending is part of the hard break before it
          context.children![context.children!.length - 1]!.end = end;
          atHardBreak = false;
        } else if (!slurpLineEnding && HOLDS_LINE_ENDINGS.has(context.type)) {
          const tail = enterText(start);
          tail.value += events[e]![2].sliceSerialize(token);
          tail.end = end;
        }
        break;
      }
      default:
        if (BUFFERED.has(type)) resume(type);
    }
  }
  if (opened.length > 0) throw new Error(`${opened[opened.length - 1]} is not closed`);
  root.start = events.length > 0 ? events[0]![1].start.offset : 0;
  root.end = events.length > 0 ? events[events.length - 2]![1].end.offset : 0;
  return root;
}

/**
 * A task list item's first paragraph loses the space after its check ([x] 文字),
 * as mdast-util-gfm-task-list-item has it: the paragraph then starts at its text.
 */
function withoutTaskCheckSpace(paragraph: MdNode, parent: MdNode): void {
  if (parent.type !== 'listItem' || typeof parent.checked !== 'boolean') return;
  const head = paragraph.children![0];
  if (!head || head.type !== 'text') return;
  if (parent.children!.find((c) => c.type === 'paragraph') !== paragraph) return;
  head.value = head.value!.slice(1);
  if (head.value.length === 0) paragraph.children!.shift();
  else {
    head.start++;
    paragraph.start = head.start;
  }
}

/** The text a fragment holds, as mdast-util-to-string reads it (an image's alt text for the image). */
function textOf(node: MdNode): string {
  if (node.value !== undefined) return node.value;
  if (node.alt) return node.alt;
  let out = '';
  for (const child of node.children ?? []) out += textOf(child);
  return out;
}
