/**
 * Issue 15, item 5: no call in src spreads an array of unbounded length into
 * its arguments (push(...findings), Math.max(...values), fromCharCode(...codes)):
 * V8 passes each element on the stack and overflows at about 120,000, so a large
 * document crashed. Use appendAll / maxOf / minOf (src/util/arrays.ts). A call
 * whose spread is bounded by construction says why on its line or the line
 * before: `// bounded: …`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

/** Calls (and `new`) with a spread argument, as file:line and the line's text, unless it says `// bounded:` (on its lines or the one before). */
export function spreadCalls(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (!lines.slice(Math.max(0, line - 1), end + 1).some((l) => /\/\/ bounded: \S/u.test(l))) found.push(`${relative(ROOT, file)}:${line + 1}: ${lines[line]!.trim()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('spread arguments in src', () => {
  it('are found by the scan (push, Math.max, a call in a call)', () => {
    expect(spreadCalls('x.ts', 'a.push(...b);\nMath.max(...xs);\nf(g(...h));\n')).toHaveLength(3);
    expect(spreadCalls('x.ts', 'const a = [...b];\nfunction f(...args: number[]) {}\nconst o = { ...p };\n')).toHaveLength(0);
    expect(spreadCalls('x.ts', 'a.push(...b.slice(0, 10)); // bounded: ten\n')).toHaveLength(0);
  });

  it('are none, or bounded and say so', () => {
    const found = sourceFiles(join(ROOT, 'src')).flatMap((f) => spreadCalls(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
