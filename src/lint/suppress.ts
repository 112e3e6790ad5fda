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

/** A juesuan comment as written: where it starts, its text, its directive and the body after it. */
interface DirectiveComment {
  at: number;
  text: string;
  kind: Directive['kind'];
  body: string;
}

const DIRECTIVE_HEAD = /\s*juesuan-(disable-next-line|disable|enable)\b/uy;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;

/**
 * Every juesuan comment: `<!--`, the directive word, the body up to the first `-->`.
 * Found with indexOf, not a lazy regex, which would rescan to the end of the document
 * from every unclosed opener.
 */
export function directiveComments(markdown: string): DirectiveComment[] {
  const out: DirectiveComment[] = [];
  let at = markdown.indexOf('<!--');
  while (at >= 0) {
    DIRECTIVE_HEAD.lastIndex = at + 4;
    const m = DIRECTIVE_HEAD.exec(markdown);
    if (!m) {
      at = markdown.indexOf('<!--', at + 1);
      continue;
    }
    const bodyStart = at + 4 + m[0].length;
    const close = markdown.indexOf('-->', bodyStart);
    if (close < 0) break; // nothing closes after this opener, so nothing after it is a comment either
    out.push({ at, text: markdown.slice(at, close + 3), kind: m[1] as Directive['kind'], body: markdown.slice(bodyStart, close) });
    at = markdown.indexOf('<!--', close + 3);
  }
  return out;
}

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
  let f = 0; // comments and fences both come in document order
  for (const c of directiveComments(markdown)) {
    while (f < fenced.length && fenced[f]![1] <= c.at) f++;
    if (f < fenced.length && fenced[f]![0] <= c.at) continue;
    const body = c.body.split(/\s--\s/u)[0]!;
    const start = lines.positionOf(c.at);
    const end = lines.positionOf(c.at + c.text.length);
    out.push({
      kind: c.kind,
      rules: body.split(/[\s,，]+/u).map((r) => r.trim()).filter((r) => r.length > 0),
      line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
      text: c.text, used: false,
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
  // The line a disable-next-line covers: the next one that is not blank.
  const nextLine = new Map<number, Directive[]>();
  const contentAfter = new Map<number, number>();
  for (const d of list) {
    if (d.kind !== 'disable-next-line') continue;
    let target = contentAfter.get(d.endLine);
    if (target === undefined) {
      target = d.endLine + 1;
      while (target <= sourceLines.length && sourceLines[target - 1]!.trim() === '') target++;
      contentAfter.set(d.endLine, target);
    }
    const ds = nextLine.get(target) ?? [];
    ds.push(d);
    nextLine.set(target, ds);
  }

  // Ranges: the last disable/enable before a message decides, per rule. Messages in document
  // order meet the directives in one sweep.
  const order = messages.map((m, k) => k).sort((a, b) => messages[a]!.line - messages[b]!.line || messages[a]!.column - messages[b]!.column);
  const suppressed = new Set<number>();
  const active = new Map<string, Directive>();
  let all: Directive | undefined;
  let next = 0;
  for (const k of order) {
    const m = messages[k]!;
    for (; next < list.length; next++) {
      const d = list[next]!;
      if (d.line > m.line || (d.line === m.line && d.column > m.column)) break;
      if (d.kind === 'disable') {
        if (d.rules.length === 0) all = d;
        else for (const r of d.rules) active.set(r, d);
      } else if (d.kind === 'enable') {
        if (d.rules.length === 0) { all = undefined; active.clear(); } else for (const r of d.rules) active.delete(r);
      }
    }
    const range = active.get(m.ruleId) ?? all;
    if (range) { range.used = true; suppressed.add(k); }
    for (const d of nextLine.get(m.line) ?? []) {
      if (covers(d, m.ruleId)) { d.used = true; suppressed.add(k); }
    }
  }
  const kept = messages.filter((m, k) => !suppressed.has(k));

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
