/**
 * Every regular expression under src/, found by parsing the TypeScript sources
 * with the compiler API (most of them are module-private, so importing the
 * modules would not reach them):
 *
 * - regex literals (`/…/gu`): pattern and flags as written;
 * - `new RegExp(source, flags)` whose source folds to a constant: string
 *   literals, template literals and `+` over module constants (`const D = …`),
 *   as figures.ts builds its FIGURE pattern;
 * - `new RegExp(…)` whose source is only known at run time is listed in
 *   `dynamic` with its file and expression text; redos.test.ts says for each
 *   how it is covered, and fails when a new one appears.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** file relative to the repository root, and 1-based line */
  file: string;
  line: number;
  source: string;
  flags: string;
  origin: 'literal' | 'constructor';
}

export interface DynamicRegex {
  file: string;
  line: number;
  /** the constructor call as written */
  text: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** The value of a string-valued constant expression, or undefined when it depends on run-time values. */
function fold(node: ts.Expression, constants: Map<string, ts.Expression>, seen = new Set<string>()): string | undefined {
  if (ts.isParenthesizedExpression(node)) return fold(node.expression, constants, seen);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const v = fold(span.expression, constants, seen);
      if (v === undefined) return undefined;
      out += v + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const l = fold(node.left, constants, seen);
    const r = fold(node.right, constants, seen);
    return l === undefined || r === undefined ? undefined : l + r;
  }
  if (ts.isIdentifier(node)) {
    const init = constants.get(node.text);
    if (!init || seen.has(node.text)) return undefined;
    return fold(init, constants, new Set([...seen, node.text]));
  }
  return undefined;
}

export function collectRegexes(root: string): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    const file = relative(root, path).split('\\').join('/');
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    // Module-level `const NAME = <expr>`: the only bindings a pattern is folded through.
    const constants = new Map<string, ts.Expression>();
    for (const stmt of sf.statements) {
      if (!ts.isVariableStatement(stmt) || !(stmt.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const d of stmt.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer) constants.set(d.name.text, d.initializer);
      }
    }
    const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        found.push({ file, line: lineOf(node), source: text.slice(1, slash), flags: text.slice(slash + 1), origin: 'literal' });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [src, flags] = node.arguments ?? [];
        const source = src ? fold(src, constants) : undefined;
        const flagText = flags === undefined ? '' : fold(flags, constants);
        if (source !== undefined && flagText !== undefined) {
          found.push({ file, line: lineOf(node), source, flags: flagText, origin: 'constructor' });
        } else {
          dynamic.push({ file, line: lineOf(node), text: node.getText(sf) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}
