/**
 * The README is true of today's behaviour (issue 15, item 9): every command
 * line in its ```sh blocks, the two set-up commands aside, runs in order in a
 * copy of the repository and exits as the README says (`# 退出码 N`, else 0);
 * every line of the output shown after a block (``` without a language), other
 * than the ones it abridges with …, is in what those commands printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recogniseFile } from '../src/documents/kind.js';
import { tempDir } from './cli/helpers.js';
import { ROOT } from './helpers.js';

/** The two set-up commands: run by .ci/run and by the reader, not here. */
const SET_UP = ['npm install && npm start', 'npm test'];

interface Step {
  commands: Array<{ line: string; exit: number }>;
  /** the output the README shows for these commands */
  shows: string[];
}

/** The README's sh blocks, each with the output block that follows it, if any. */
export function readmeSteps(readme: string): Step[] {
  const steps: Step[] = [];
  for (const block of readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gmu)) {
    const [, lang, body] = block;
    if (lang === 'sh') {
      const commands = body!.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#') && !SET_UP.includes(l))
        .map((l) => ({ line: l.replace(/\s+#.*$/u, ''), exit: Number(/#\s*退出码\s*(\d)/u.exec(l)?.[1] ?? 0) }));
      if (commands.length > 0) steps.push({ commands, shows: [] });
    } else if (lang === '' && steps.length > 0 && steps.at(-1)!.shows.length === 0) {
      steps.at(-1)!.shows = body!.split('\n').filter((l) => l.trim() !== '' && !l.includes('…'));
    }
  }
  return steps;
}

const squeeze = (s: string) => s.replace(/\s+/gu, ' ').trim();

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('has exactly the two set-up commands, npm install && npm start and npm test', () => {
    const shLines = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gmu)].flatMap((m) => m[1]!.split('\n').map((l) => l.trim()));
    expect(shLines.filter((l) => l.startsWith('npm '))).toEqual(SET_UP);
  });

  it('runs every command line it shows, which exits and prints as it says', () => {
    const steps = readmeSteps(readme);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    // A copy of the repository to run in: its folders linked, out/ its own.
    const dir = tempDir('juesuan-readme-');
    for (const name of ['bin', 'data', 'dist', 'docs', 'node_modules', 'package.json', 'schema', 'templates', 'test']) symlinkSync(join(ROOT, name), join(dir, name));
    mkdirSync(join(dir, 'out'));
    const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
    delete env.FORCE_COLOR;
    for (const step of steps) {
      let printed = '';
      for (const { line, exit } of step.commands) {
        const run = spawnSync('sh', ['-c', line], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
        expect(run.status, `${line}\n${run.stderr}`).toBe(exit);
        printed += `${run.stdout}\n${run.stderr}\n`;
      }
      const lines = printed.split('\n').map(squeeze);
      for (const shown of step.shows) expect(lines, `${step.commands.map((c) => c.line).join('; ')} should print: ${shown}`).toContain(squeeze(shown));
    }
    // The Word draft it made is a Word file.
    expect(recogniseFile(readFileSync(join(dir, 'out/第三部分.docx')))).toEqual({ kind: 'docx' });
  }, 120_000);

  it('links to a reference for every command, and every link it has leads to a file', () => {
    for (const command of ['draft', 'lint', 'review', 'check', 'import', 'export']) expect(readme).toContain(`(docs/${command}.md)`);
    for (const [, target] of readme.matchAll(/\]\(([^)#]+)\)/gu)) {
      expect(() => readFileSync(join(ROOT, target!)), target).not.toThrow();
    }
  });
});
