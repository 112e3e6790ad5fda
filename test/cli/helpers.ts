/**
 * Running the built CLI (bin/juesuan.js runs dist/; `npm test` builds first,
 * or run `npx tsc -p .`) and making small fixture trees in the temp folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { ROOT, SEED_DATA, SEED_PART3 } from '../helpers.js';

export { ROOT, SEED_DATA, SEED_PART3 };

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** added to the environment, which has NO_COLOR, FORCE_COLOR and CI removed */
  env?: Record<string, string>;
}

function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.TERM;
  return { ...env, ...extra };
}

export function juesuan(args: readonly string[], options: RunOptions = {}): Run {
  expect(existsSync(join(ROOT, 'dist/cli/main.js')), 'dist/ must be built (npx tsc -p .)').toBe(true);
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/juesuan.js'), ...args], {
    cwd: options.cwd ?? ROOT, encoding: 'utf8', env: environment(options.env),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** As juesuan(), without blocking: several runs at once. */
export function juesuanAsync(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/juesuan.js'), ...args], {
      cwd: options.cwd ?? ROOT, env: environment(options.env),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({
      status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'),
    }));
  });
}

const created: string[] = [];
// Registered while the test file that imports this module is collected: runs when that file is done.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the temp folder, removed when the test file is done. */
export function tempDir(prefix = 'juesuan-lint-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Writes files (path relative to `dir` → text), making folders as needed. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

export const PART3 = readFileSync(SEED_PART3, 'utf8');

/** The SME contradiction of the published text, the one error the seed document has. */
const SME_CLAUSE = '，其中：授予小微企业合同金额 48.57 万元，占政府采购支出总额的 100%';

/** The published Part 3 without its one error: lints clean against the seed data. */
export const CLEAN_PART3 = (() => {
  expect(PART3.split(SME_CLAUSE).length - 1, 'the SME clause is in the fixture once').toBe(1);
  return PART3.replace(SME_CLAUSE, '');
})();

/** A paragraph whose figure nothing can verify: one unverified-figure warning. */
export const UNVERIFIED_PARAGRAPH = '\n此外，其他零星事项共计 123.45 万元。\n';

export function withFrontMatter(data: string, body: string): string {
  return `---\ntitle: 第三部分\njuesuan:\n  data: ${data}\n---\n\n${body}`;
}
