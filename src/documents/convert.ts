/**
 * Old Word and Excel files (.doc, .xls — still common on government sites), and Calc's own .ods,
 * converted to .docx/.xlsx by LibreOffice, when it is installed, and then read
 * as those are: `soffice --headless --convert-to` in a temporary folder of its
 * own (with a profile of its own, so that a LibreOffice the user has open does
 * not take the job), under a time limit. The folder is removed afterwards.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The longest a conversion may take: LibreOffice's first start in a fresh profile takes a few seconds. */
export const CONVERSION_SECONDS = 120;

/** A conversion that could not be done, with why in Chinese. */
export class ConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConversionError';
  }
}

/** LibreOffice's command on the PATH: soffice, or libreoffice. */
export function findSoffice(path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    for (const name of ['soffice', 'libreoffice']) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** What to do without LibreOffice: install it, or save the file in the new format. */
export function withoutLibreOffice(kind: 'doc' | 'xls' | 'ods'): string {
  const [what, pkg, app, ext] = kind === 'doc'
    ? ['旧版 Word 文件（.doc）', 'libreoffice-writer', 'Word 或 WPS', '.docx']
    : [kind === 'ods' ? 'OpenDocument 表格（.ods）' : '旧版 Excel 工作簿（.xls）', 'libreoffice-calc', 'Excel 或 WPS', '.xlsx'];
  return `这是${what}，要先用 LibreOffice 转换才能读取，但本机没有安装 LibreOffice；请安装（如 apt-get install ${pkg}，或从 libreoffice.org 下载），或在 ${app} 中另存为 ${ext}`;
}

/** The .docx or .xlsx bytes of an old .doc or .xls file. Throws a ConversionError. */
export async function convertOldOffice(bytes: Uint8Array, kind: 'doc' | 'xls' | 'ods', seconds = CONVERSION_SECONDS): Promise<Uint8Array> {
  const soffice = findSoffice();
  if (!soffice) throw new ConversionError(withoutLibreOffice(kind));
  const target = kind === 'doc' ? 'docx' : 'xlsx';
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-convert-'));
  try {
    const input = join(dir, `input.${kind}`);
    writeFileSync(input, bytes);
    const args = [
      '--headless', '--norestore', '--nologo', '--nolockcheck', '--nodefault',
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--convert-to', target, '--outdir', join(dir, 'out'), input,
    ];
    const outcome = await run(soffice, args, seconds * 1000);
    if (outcome === 'timeout') throw new ConversionError(`LibreOffice 在 ${seconds} 秒内没有转换完这个 .${kind} 文件，已放弃；请在 ${kind === 'doc' ? 'Word' : 'Excel'} 或 WPS 中另存为 .${target}`);
    try {
      return readFileSync(join(dir, 'out', `input.${target}`));
    } catch {
      throw new ConversionError(`LibreOffice 未能转换这个 .${kind} 文件（可能已损坏）；请在 ${kind === 'doc' ? 'Word' : 'Excel'} 或 WPS 中打开，另存为 .${target}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a command in a process group of its own; past the time limit the whole group is killed. */
function run(command: string, args: string[], ms: number): Promise<'done' | 'timeout'> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, ms);
    const done = () => {
      clearTimeout(timer);
      resolveRun(timedOut ? 'timeout' : 'done');
    };
    child.on('error', done);
    child.on('close', done);
  });
}
