/**
 * The package entry points: `juesuan` (the library) and `juesuan/remark` (the
 * plugin), resolved by name through package.json "exports" from the built dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

function importByName(specifier: string): string[] {
  expect(existsSync(join(ROOT, 'dist/index.js')), 'dist/ must be built (npx tsc -p .)').toBe(true);
  // A package can import itself by name through its "exports".
  const code = `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m).sort()));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as string[];
}

describe('package exports', () => {
  it('juesuan: the library API', () => {
    const names = importByName('juesuan');
    for (const name of [
      'loadAccounts', 'parseAccounts', 'accountsFromObject', 'DataError', 'buildFactCatalog', 'draftPart3',
      'checkAccounts', 'createLintContext', 'lintMarkdown', 'fixMarkdown',
    ]) expect(names, name).toContain(name);
  });

  it('juesuan/remark: the plugin as the default export', () => {
    expect(importByName('juesuan/remark')).toEqual(['DATA_RULE_ID', 'DOCS_URL', 'SOURCE', 'default', 'remarkJuesuan']);
  });
});
