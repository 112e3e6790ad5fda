/**
 * The linter's tree, compiled straight from micromark's events: the same
 * engine remark-parse runs (micromark with the syntax extensions the
 * processor's plugins registered — gfm.ts's reduced GFM, front matter, no
 * indented code), with a compiler that builds only what extract.ts reads, in
 * place of mdast-util-from-markdown's.
 *
 * What extract.ts reads of a node: its type, children, start and end offsets,
 * a text's or inline code's value, an image's alt, a heading's depth, a
 * definition's or footnote definition's label. Those are made exactly as
 * mdast-util-from-markdown (with the GFM and front matter extensions) makes
 * them: adjacent data, escapes, references and (where mdast keeps them) line
 * endings merged into one text node; a hard break's end taken past its line
 * ending; a link's or image's type made `…Reference` when it has no resource;
 * a checked list item's first paragraph losing the space after `[x]`; `\|`
 * in inline code in a table read as `|`. The rest mdast holds (URLs, titles,
 * identifiers, code and HTML block values, list spread and start, line and
 * column of every point, the list item boundaries prepareList works out) is
 * not made: nothing reads it. test/lint/lean-tree.property.test.ts checks the
 * trees field by field against mdast-util-from-markdown's.
 *
 * `leanTree` is a unified parser plugin: used after remark-parse and the
 * syntax plugins, it parses with their micromark extensions; micromark's own
 * parser (its extensions combined) is made once per processor instead of once
 * per document, its per-document state (definitions seen, lazy lines,
 * footnote definitions) reset for each.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { parse as micromarkParse, postprocess, preprocess } from 'micromark';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Processor } from 'unified';

/** A node as extract.ts reads it (a subset of mdast's). */
export interface LeanNode {
  type: string;
  value?: string;
  alt?: string | null;
  label?: string | null;
  depth?: number;
  children?: LeanNode[];
  /** a list item's task state, as mdast's (set only from a task list check) */
  checked?: boolean;
  position?: { start: { offset: number }; end: { offset: number } };
}

interface Point { offset: number }
interface Token { type: string; start: Point; end: Point }
interface Context { sliceSerialize(token: Token): string }
type Event = ['enter' | 'exit', Token, Context];
type MicromarkParser = ReturnType<typeof micromarkParse> & { gfmFootnotes?: unknown; lazy: Record<number, boolean>; defined: string[] };

/** Node types whose text keeps its line endings (mdast-util-from-markdown's canContainEols, with GFM's delete). */
const EOLS = new Set(['emphasis', 'fragment', 'heading', 'paragraph', 'strong', 'delete']);

/** Tokens whose whole content mdast keeps in a node nobody here reads (or buffers and drops): made as one node, their inside skipped. */
const OPAQUE_NODE: Record<string, string> = {
  codeFenced: 'code',
  codeIndented: 'code',
  htmlFlow: 'html',
  yaml: 'yaml',
  toml: 'toml',
  gfmFootnoteCall: 'footnoteReference',
};
/** Tokens whose content mdast buffers and drops (URLs, titles, reference labels): skipped. */
const SKIPPED = new Set(['resource', 'reference', 'definitionDestinationString', 'definitionTitleString']);
/** Tokens that open a node with children. */
const CONTAINER: Record<string, string> = {
  atxHeading: 'heading',
  setextHeading: 'heading',
  paragraph: 'paragraph',
  blockQuote: 'blockquote',
  listOrdered: 'list',
  listUnordered: 'list',
  gfmFootnoteDefinition: 'footnoteDefinition',
  definition: 'definition',
  emphasis: 'emphasis',
  strong: 'strong',
  strikethrough: 'delete',
  link: 'link',
  autolink: 'link',
  table: 'table',
  tableRow: 'tableRow',
  tableHeader: 'tableCell',
  tableData: 'tableCell',
  thematicBreak: 'thematicBreak',
  hardBreakEscape: 'break',
  hardBreakTrailing: 'break',
};
/** Tokens whose content mdast buffers into a fragment and reads back as a string. */
const FRAGMENT = new Set(['codeText', 'htmlText', 'label', 'definitionLabelString', 'gfmFootnoteDefinitionLabelString']);

function node(type: string, start: number): LeanNode {
  return { type, children: [], position: { start: { offset: start }, end: { offset: start } } };
}

/** mdast-util-to-string: a value, else an alt, else the children's. */
function toString(n: LeanNode): string {
  if (n.value !== undefined) return n.value;
  if (n.alt) return n.alt;
  const kids = n.children;
  if (!kids) return '';
  let out = '';
  for (const k of kids) out += toString(k);
  return out;
}

/** The tree of `doc` from micromark's events (see the module comment). */
export function compileLean(doc: string, events: Event[]): LeanNode {
  // A token's text is the source between its offsets unless preprocess changed the source (a BOM
  // dropped, NUL read as U+FFFD) or the token starts after a tab: where a container's prefix took
  // part of the tab's columns, micromark gives the rest as spaces.
  const direct = !(doc.charCodeAt(0) === 0xfeff || doc.includes('\0'));
  const slice = (token: Token, ctx: Context): string => {
    const at = token.start.offset;
    return direct && doc.charCodeAt(at - 1) !== 9 ? doc.slice(at, token.end.offset) : ctx.sliceSerialize(token);
  };
  const root: LeanNode = { type: 'root', children: [] };
  const stack: LeanNode[] = [root];
  let top: LeanNode = root;
  let skip: Token | undefined;
  let skipNode: LeanNode | undefined;
  let inReference = false;
  let atHardBreak = false;
  let slurp = false;
  let inTable = false;
  let referenceBase = 0;
  /** the text node a character reference adds to */
  let referenceTail: LeanNode | undefined;

  const push = (n: LeanNode): void => {
    top.children!.push(n);
    stack.push(n);
    top = n;
  };
  const pop = (): LeanNode => {
    const n = stack.pop()!;
    top = stack[stack.length - 1]!;
    return n;
  };
  /** mdast's onenterdata: the text node data goes to, the last child when it is one. */
  const tail = (start: number): LeanNode => {
    const kids = top.children!;
    const last = kids[kids.length - 1];
    if (last && last.type === 'text') return last;
    const text: LeanNode = { type: 'text', value: '', position: { start: { offset: start }, end: { offset: start } } };
    kids.push(text);
    return text;
  };
  const data = (token: Token, ctx: Context): void => {
    const text = tail(token.start.offset);
    text.value += slice(token, ctx);
    text.position!.end.offset = token.end.offset;
  };
  /** A line ending as data: its end may lie past the next line's container prefix, its text is the line ending alone. */
  const lineEnding = (token: Token, ctx: Context): void => {
    const text = tail(token.start.offset);
    if (direct) {
      const at = token.start.offset;
      text.value += doc.charCodeAt(at) === 13 ? (doc.charCodeAt(at + 1) === 10 ? '\r\n' : '\r') : '\n';
    } else text.value += ctx.sliceSerialize(token);
    text.position!.end.offset = token.end.offset;
  };

  for (let index = 0; index < events.length; index++) {
    const [kind, token, ctx] = events[index]!;
    const type = token.type;
    if (skip) {
      if (kind === 'exit' && token === skip) {
        skip = undefined;
        if (skipNode) {
          skipNode.position!.end.offset = token.end.offset;
          skipNode = undefined;
          pop();
        } else if (type === 'resource') inReference = false;
      }
      continue;
    }
    if (kind === 'enter') {
      switch (type) {
        case 'data':
        case 'codeTextData':
        case 'htmlTextData':
        case 'autolinkProtocol':
        case 'autolinkEmail':
        case 'lineEnding':
          break;
        case 'characterEscape':
          tail(token.start.offset);
          break;
        case 'characterReference':
          referenceTail = tail(token.start.offset);
          referenceBase = 0;
          break;
        case 'listItemPrefix': {
          // a new item of the list at the top (a nested list's items come while it is the top)
          if (top.type === 'listItem') pop();
          if (top.type === 'list') {
            const item: LeanNode = { type: 'listItem', children: [] };
            push(item);
          }
          break;
        }
        case 'image': {
          const n = node('image', token.start.offset);
          n.alt = null;
          delete n.children;
          push(n);
          break;
        }
        default: {
          const opaque = OPAQUE_NODE[type];
          if (opaque !== undefined) {
            const n = node(opaque, token.start.offset);
            delete n.children;
            push(n);
            skip = token;
            skipNode = n;
          } else if (SKIPPED.has(type)) {
            skip = token;
          } else if (FRAGMENT.has(type)) {
            if (type === 'codeText' || type === 'htmlText') {
              const n = node(type === 'codeText' ? 'inlineCode' : 'html', token.start.offset);
              delete n.children;
              n.value = '';
              push(n);
            }
            // mdast's buffer: on the stack, in no parent
            top = { type: 'fragment', children: [] };
            stack.push(top);
          } else {
            const container = CONTAINER[type];
            if (container !== undefined) {
              const n = node(container, token.start.offset);
              if (container === 'heading') n.depth = 0;
              else if (container === 'definition' || container === 'footnoteDefinition') n.label = container === 'definition' ? null : '';
              if (container === 'thematicBreak' || container === 'break' || container === 'definition') delete n.children;
              if (type === 'table') inTable = true;
              push(n);
            }
          }
        }
      }
      continue;
    }
    // exit
    switch (type) {
      case 'data':
      case 'codeTextData':
      case 'htmlTextData':
      case 'autolinkProtocol':
      case 'autolinkEmail':
      case 'characterEscapeValue':
        data(token, ctx);
        break;
      case 'lineEnding':
        if (atHardBreak) {
          const kids = top.children!;
          kids[kids.length - 1]!.position!.end.offset = token.end.offset;
          atHardBreak = false;
        } else if (!slurp && EOLS.has(top.type)) lineEnding(token, ctx);
        break;
      case 'characterReferenceMarkerNumeric':
        referenceBase = 10;
        break;
      case 'characterReferenceMarkerHexadecimal':
        referenceBase = 16;
        break;
      case 'characterReferenceValue': {
        const value = slice(token, ctx);
        const decoded = referenceBase ? decodeNumericCharacterReference(value, referenceBase) : decodeNamedCharacterReference(value);
        referenceTail!.value += decoded as string;
        referenceBase = 0;
        break;
      }
      case 'characterReference':
        referenceTail!.position!.end.offset = token.end.offset;
        referenceTail = undefined;
        break;
      case 'atxHeadingSequence':
        if (!top.depth) top.depth = token.end.offset - token.start.offset;
        break;
      case 'setextHeadingText':
        slurp = true;
        break;
      case 'setextHeadingLineSequence':
        top.depth = slice(token, ctx).codePointAt(0) === 61 ? 1 : 2;
        break;
      case 'taskListCheckValueChecked':
      case 'taskListCheckValueUnchecked': {
        const item = stack[stack.length - 2];
        if (item) item.checked = type === 'taskListCheckValueChecked';
        break;
      }
      case 'listItemPrefix':
        break;
      case 'listOrdered':
      case 'listUnordered':
        if (top.type === 'listItem') pop();
        close(token);
        break;
      case 'paragraph':
        checkedParagraph(stack);
        close(token);
        break;
      case 'setextHeading':
        slurp = false;
        close(token);
        break;
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        atHardBreak = true;
        close(token);
        break;
      case 'table':
        close(token);
        inTable = false;
        break;
      case 'link':
      case 'image':
        if (inReference) top.type += 'Reference';
        close(token);
        break;
      case 'codeText': {
        let value = toString(pop());
        if (inTable) value = value.replace(/\\([\\|])/g, (all, c: string) => (c === '|' ? c : all));
        top.value = value;
        close(token);
        break;
      }
      case 'htmlText': {
        const value = toString(pop());
        top.value = value;
        close(token);
        break;
      }
      case 'label': {
        const fragment = pop();
        inReference = true;
        if (top.type === 'link') top.children = fragment.children;
        else top.alt = toString(fragment);
        break;
      }
      case 'definitionLabelString':
      case 'gfmFootnoteDefinitionLabelString':
      {
        const label = toString(pop());
        top.label = label;
        break;
      }
      default:
        if (CONTAINER[type] !== undefined) close(token);
    }
  }
  return root;

  function close(token: Token): void {
    const n = pop();
    n.position!.end.offset = token.end.offset;
  }
}

/** gfm-task-list-item's paragraph exit: a checked item's first paragraph loses the space after its check. */
function checkedParagraph(stack: LeanNode[]): void {
  const parent = stack[stack.length - 2];
  if (!parent || parent.type !== 'listItem' || typeof parent.checked !== 'boolean') return;
  const paragraph = stack[stack.length - 1]!;
  const head = paragraph.children![0];
  if (!head || head.type !== 'text') return;
  const first = parent.children!.find((n) => n.type === 'paragraph');
  if (first !== paragraph) return;
  head.value = head.value!.slice(1);
  if (head.value.length === 0) paragraph.children!.shift();
  else {
    head.position!.start.offset++;
    paragraph.position!.start.offset = head.position!.start.offset;
  }
}

/** micromark's parser for a list of extensions, made once; its per-document state reset for each document. */
function parserFor(extensions: unknown[]): (doc: string) => Event[] {
  const parser = micromarkParse({ extensions } as never) as MicromarkParser;
  return (doc) => {
    parser.defined = [];
    parser.lazy = {};
    delete parser.gfmFootnotes;
    return postprocess(parser.document().write(preprocess()(doc, undefined, true))) as unknown as Event[];
  };
}

/**
 * A unified parser plugin: the linter's tree (see compileLean), parsed by micromark with the
 * syntax extensions of the plugins used before it (remark-parse's own engine and settings).
 */
export function leanTree(this: Processor): void {
  let events: ((doc: string) => Event[]) | undefined;
  const self = this;
  this.parser = (doc: string) => {
    events ??= parserFor((self.data('micromarkExtensions') as unknown[] | undefined) ?? []);
    return compileLean(doc, events(doc)) as never;
  };
}
