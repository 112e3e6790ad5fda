/**
 * Where things are in a data file: the YAML document with its line counter, so
 * that every message about the data can name the file, the path inside it and
 * the line and column.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

export type PathSegment = string | number;
export type DataPath = readonly PathSegment[];

export interface SourcePosition {
  line: number;
  column: number;
}

/** A human path like 公开02表 › 科目 › 2010301 行政运行 › 本年收入合计 */
export function formatPath(path: DataPath): string {
  if (path.length === 0) return '（文件顶层）';
  return path.map((p) => (typeof p === 'number' ? `第 ${p + 1} 项` : p)).join(' › ');
}

export class DataSource {
  /** Each mapping's pairs by key text, built the first time the mapping is searched. */
  private readonly keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    readonly file: string,
    private readonly doc: Document.Parsed | undefined,
    private readonly lines: LineCounter,
  ) {}

  /**
   * The position of the value at path; for a missing key, of its nearest
   * existing parent. A scalar is located at its value; a blank value or a
   * mapping/list under a key at the key, since a block collection starts on the
   * lines below the key that names it.
   */
  locate(path: DataPath): SourcePosition | undefined {
    if (!this.doc) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const found = this.find(path.slice(0, n));
      if (!found) continue;
      const { node, key } = found;
      const valueRange = isScalar(node) && node.range && node.range[1] > node.range[0] ? node.range : undefined;
      const range = valueRange ?? key?.range ?? node?.range;
      if (range) return this.position(range[0]);
    }
    return undefined;
  }

  /**
   * Walks the document by key text rather than with getIn, so that keys YAML
   * reads as numbers (2010301: …) are found by the string path the data carries.
   */
  private find(path: DataPath): { node: Node | null | undefined; key?: Node } | undefined {
    let node: unknown = this.doc?.contents;
    let key: Node | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = this.pairs(node).get(String(segment));
        if (!pair) return undefined;
        key = isNode(pair.key) ? pair.key : undefined;
        node = pair.value;
      } else if (isSeq(node) && /^\d+$/.test(String(segment))) {
        node = node.items[Number(segment)];
        key = undefined;
        if (node === undefined) return undefined;
      } else {
        return undefined;
      }
    }
    return { node: node as Node | null | undefined, ...(key ? { key } : {}) };
  }

  /**
   * A mapping's pairs by key text (the first of equal keys, as a search would
   * find): one pass per mapping, so that locating each of 20,000 problems in
   * one mapping is a lookup rather than a scan of its keys.
   */
  private pairs(map: YAMLMap): Map<string, Pair> {
    let index = this.keyIndex.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        const text = isScalar(p.key) ? String(p.key.value) : String(p.key);
        if (!index.has(text)) index.set(text, p as Pair);
      }
      this.keyIndex.set(map, index);
    }
    return index;
  }

  private position(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}
