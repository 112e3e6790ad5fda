/**
 * Where things are in a data file: the YAML document with its line counter, so
 * that every message about the data can name the file, the path inside it and
 * the line and column.
 */
import { isMap, isScalar, LineCounter, type Document, type Node } from 'yaml';

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
  constructor(
    readonly file: string,
    private readonly doc: Document.Parsed | undefined,
    private readonly lines: LineCounter,
  ) {}

  /**
   * The position of the value at path; for a missing key, of its nearest
   * existing parent; for a key whose value is blank, of the key itself.
   */
  locate(path: DataPath): SourcePosition | undefined {
    if (!this.doc) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const prefix = path.slice(0, n);
      const node = prefix.length === 0 ? this.doc.contents : (this.doc.getIn(prefix, true) as Node | undefined);
      const range = node?.range ?? (n > 0 ? this.keyRange(prefix) : undefined);
      if (range) return this.position(range[0]);
      if (n > 0) {
        const keyRange = this.keyRange(prefix);
        if (keyRange) return this.position(keyRange[0]);
      }
    }
    return undefined;
  }

  private keyRange(path: DataPath): [number, number, number] | undefined {
    const parent = path.length === 1 ? this.doc?.contents : this.doc?.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) return undefined;
    const last = path[path.length - 1];
    for (const pair of parent.items) {
      if (isScalar(pair.key) && String(pair.key.value) === String(last)) return pair.key.range ?? undefined;
    }
    return undefined;
  }

  private position(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}
