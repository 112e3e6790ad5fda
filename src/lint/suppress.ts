/**
 * Suppressions a reviewer writes after checking a finding by hand, as
 * remark-lint and ESLint users expect:
 *
 *   <!-- juesuan-disable-next-line rule-id -- reason -->
 *   <!-- juesuan-disable rule-id -->  …  <!-- juesuan-enable -->
 *
 * Without rule ids a directive covers every rule. A directive that suppresses
 * nothing is itself reported (unused-suppression), so stale ones do not pile up.
 */
import type { LineIndex } from './extract.js';
import type { LintMessage } from './lint.js';

interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  rules: string[];
  /** lines the comment spans */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  used: boolean;
}

const DIRECTIVE = /<!--\s*juesuan-(disable-next-line|disable|enable)\b([\s\S]*?)-->/gu;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;

/** Directives outside fenced code blocks. */
function directives(markdown: string, lines: LineIndex): Directive[] {
  const fenced: Array<[number, number]> = [];
  let open: { marker: string; start: number } | undefined;
  let offset = 0;
  for (const line of markdown.split(/(?<=\n)/u)) {
    const m = FENCE.exec(line);
    if (m) {
      if (!open) open = { marker: m[1]!, start: offset };
      else if (m[1]!.startsWith(open.marker[0]!) && m[1]!.length >= open.marker.length) {
        fenced.push([open.start, offset + line.length]);
        open = undefined;
      }
    }
    offset += line.length;
  }
  if (open) fenced.push([open.start, markdown.length]);

  const out: Directive[] = [];
  for (const m of markdown.matchAll(DIRECTIVE)) {
    const at = m.index!;
    if (fenced.some(([s, e]) => at >= s && at < e)) continue;
    const body = m[2]!.split(/\s--\s/u)[0]!;
    const start = lines.positionOf(at);
    const end = lines.positionOf(at + m[0].length);
    out.push({
      kind: m[1] as Directive['kind'],
      rules: body.split(/[\s,，]+/u).map((r) => r.trim()).filter((r) => r.length > 0),
      line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
      text: m[0], used: false,
    });
  }
  return out;
}

function covers(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/** The messages left after suppression, plus a warning for every directive that suppressed nothing. */
export function applySuppressions(markdown: string, lines: LineIndex, messages: LintMessage[]): LintMessage[] {
  if (!markdown.includes('juesuan-')) return messages;
  const list = directives(markdown, lines);
  if (list.length === 0) return messages;
  const sourceLines = markdown.split(/\r\n|\r|\n/u);
  const nextContentLine = (after: number): number => {
    let l = after + 1;
    while (l <= sourceLines.length && sourceLines[l - 1]!.trim() === '') l++;
    return l;
  };

  const kept = messages.filter((m) => {
    let suppressed = false;
    // Ranges: the last disable/enable before the message decides, per rule.
    const active = new Map<string, Directive | undefined>();
    let all: Directive | undefined;
    for (const d of list) {
      if (d.line > m.line || (d.line === m.line && d.column > m.column)) break;
      if (d.kind === 'disable') {
        if (d.rules.length === 0) all = d;
        else for (const r of d.rules) active.set(r, d);
      } else if (d.kind === 'enable') {
        if (d.rules.length === 0) { all = undefined; active.clear(); } else for (const r of d.rules) active.delete(r);
      }
    }
    const range = active.get(m.ruleId) ?? all;
    if (range) { range.used = true; suppressed = true; }
    for (const d of list) {
      if (d.kind === 'disable-next-line' && covers(d, m.ruleId) && nextContentLine(d.endLine) === m.line) {
        d.used = true;
        suppressed = true;
      }
    }
    return !suppressed;
  });

  for (const d of list) {
    if (d.kind === 'enable' || d.used) continue;
    kept.push({
      ruleId: 'unused-suppression', severity: 1,
      message: `这条屏蔽注释没有屏蔽任何问题，可以删除：${d.text}`,
      line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, actual: d.text,
    });
  }
  return kept;
}
