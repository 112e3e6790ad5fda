import { closeSync, constants, openSync, statSync } from 'node:fs';
import { isatty } from 'node:tty';
import { loadAccounts } from '../data/load.js';
import { exportWorkbook } from '../workbook/write.js';
import { OutputError, writeOutputFile } from './write-file.js';
import { refuseOutputOverInput } from './overwrite-guard.js';

/** A terminal (-o /dev/tty, or standard output that is one): no place for a binary workbook. */
function isTerminal(file: string): boolean {
  try {
    if (!statSync(file).isCharacterDevice()) return false;
    const fd = openSync(file, constants.O_WRONLY | constants.O_NONBLOCK);
    try {
      return isatty(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** juesuan export <data> -o 决算表.xlsx */
export async function runExportCommand(data: string, options: { output: string }): Promise<number> {
  refuseOutputOverInput(options.output, [{ file: data, role: '数据文件' }]);
  const { accounts } = loadAccounts(data);
  if (isTerminal(options.output)) throw new OutputError(options.output, '是终端；.xlsx 工作簿是二进制文件，请用 -o 指定一个 .xlsx 文件');
  writeOutputFile(options.output, await exportWorkbook(accounts));
  process.stderr.write(`已导出九张表：${options.output}（每张表一个工作表，可作为填写模板，填好后用 juesuan import 导入）\n`);
  return 0;
}
