/**
 * The juesuan command line: a thin shell over the pipeline
 * (data → facts → draft | check | lint → report). Exit codes as ESLint's:
 * 0 clean, 1 findings, 2 unusable input.
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import type { CheckOptions } from './check-command.js';
import type { DraftCommandOptions } from './draft-command.js';
import { CHINESE_HELP, chineseCommanderError } from './chinese.js';
import type { LintCommandOptions } from './lint-command.js';
import type { ReviewCommandOptions } from './review-command.js';
import { LINT_FORMATS, nonNegativeInteger, nonNegativeSeconds, portNumber, positiveInteger, reportYear } from './options.js';
import { packageInfo } from './package-info.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

/** -o/--output on every command; --output-file, its older name, works on every command too but is not shown (docs/cli.md). */
interface OutputOptions {
  output?: string;
  outputFile?: string;
}
const OUTPUT_FILE_ALIAS = () => new Option('--output-file <文件>', '同 --output').hideHelp();
/** The file to write; `-o -` means standard output, as it does for most tools (no file named “-”). */
const outputOf = (options: OutputOptions): string | undefined => {
  const file = options.output ?? options.outputFile;
  return file === '-' ? undefined : file;
};
function withOutputFile<T extends OutputOptions>(options: T): Omit<T, 'output'> {
  const { output: _output, ...rest } = options;
  const file = outputOf(options);
  return file === undefined ? rest : { ...rest, outputFile: file };
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = EXIT_CLEAN;
  guardStandardStreams();
  const program = new Command()
    .name('juesuan')
    .description('部门决算公开：由数据生成情况说明草稿，审校说明文字，核对数据的勾稽关系')
    .usage('[选项] [命令]')
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      writeOut: (s) => process.stdout.write(s),
      outputError: (s, write) => write(chineseCommanderError(s)),
    })
    // Settings the commands below inherit: the help in Chinese, and -h/--help worded so.
    .configureHelp(CHINESE_HELP)
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示命令的帮助')
    .version(packageInfo().version, '-V, --version', '显示版本号')
    // -v too, as many tools have it; not shown in the help.
    .addOption(new Option('-v').hideHelp())
    .on('option:v', () => {
      process.stdout.write(`${packageInfo().version}\n`);
      throw new CommanderError(0, 'commander.version', packageInfo().version);
    });

  program
    .command('draft')
    .description('由数据文件按地区模板生成第三部分“部门决算情况说明”（Markdown 或 Word），可附图')
    .argument('[数据文件]', '数据文件（YAML）；--list-templates、--init-template 时不用')
    .option('-t, --template <名称或目录>', '模板：内置模板名（shandong、shanghai，见 --list-templates）或自己的模板目录', 'shandong')
    .option('--charts <目录>', '把模板所列、数据足以绘制的图写成 SVG 放入该目录；Markdown 草稿在模板所定的位置链接各图，Word 草稿在同一位置嵌入图和题注')
    .addOption(new Option('-f, --format <格式>', '输出格式：markdown，或 docx（公文格式的 Word 文件，不输出到终端；-o 以 .docx 结尾时默认为 docx）').choices(['markdown', 'docx']))
    .option('-o, --output <文件>', '把草稿写入文件（默认或 - 为标准输出）')
    .addOption(OUTPUT_FILE_ALIAS())
    .option('--list-templates', '列出内置模板，每个一行')
    .option('--init-template <目录>', '把一个内置模板复制到新目录（或空目录），作为自己的模板修改；用 --from 选择复制哪个')
    .option('--from <名称>', '与 --init-template 同用：复制哪个内置模板（默认 shandong）')
    .action(async (data: string | undefined, options: OutputOptions & DraftCommandOptions) => {
      // Each command loads its own modules: lint need not load the draft templates, nor draft the linter.
      const { runDraftCommand } = await import('./draft-command.js');
      const output = outputOf(options);
      const { output: _o, outputFile: _f, ...rest } = options as OutputOptions & DraftCommandOptions & { outputFile?: string };
      exitCode = await runDraftCommand(data, { ...rest, ...(output === undefined ? {} : { output }) });
    });

  program
    .command('import')
    .description('从公开文件（PDF、Word 或其文本）或决算表工作簿（.xlsx）的九张决算表生成数据文件（YAML）')
    .argument('<文件>', '公开文件：PDF、Word（.docx）、pdftotext -layout 的文本或制表符分隔的文本，或每张表一个工作表的 .xlsx 工作簿')
    .option('-o, --output <文件>', '把数据文件写入文件（默认或 - 为标准输出）')
    .addOption(OUTPUT_FILE_ALIAS())
    .action(async (file: string, options: OutputOptions) => {
      const { runImportCommand } = await import('./import-command.js');
      const output = outputOf(options);
      exitCode = await runImportCommand(file, output === undefined ? {} : { output });
    });

  program
    .command('review')
    .description('审校公开的决算文件本身（无需数据文件）：导入文件中的决算表并核对勾稽关系，再对照这些表审校第三部分的说明文字')
    .argument('<文件或目录>', '公开文件（PDF、Word .docx 或文本 .txt），或目录（审校其中每个文件，并与同一部门上一年度的文件配对）')
    .option('-p, --previous <文件>', '上一年度的公开文件：用它的决算表核对说明中与上年相比的数字')
    .option('--year <年度>', '决算年度（如 2024）：文件中没有写明或写法不一时指定，优先于文件中的年度', reportYear)
    .option('--department <部门>', '部门名称：优先于文件中的部门名称')
    .addOption(new Option('-f, --format <格式>', '输出格式：stylish（终端）、json、html（可在浏览器中查看的报告，问题标在原文上；目录须用 -o 指定索引页）').choices(['stylish', 'json', 'html']).default('stylish'))
    .option('-o, --output <文件>', '把报告写入文件（默认或 - 为标准输出）')
    .addOption(OUTPUT_FILE_ALIAS())
    .option('--annotate <文件或目录>', '另存一份加了标注的 PDF：每个问题在原文的字上加高亮批注（说明、应为的值、规则），页面内容不变；目录则每个 PDF 一份，存入该文件夹')
    .option('--quiet', '只报告错误，不报告警告')
    .option('-j, --jobs <数量>', `目录中文件的并行审校线程数（默认按文件数决定：每 4 个文件一个线程，最多为处理器核数，本机 ${availableParallelism()}）`, positiveInteger)
    .option('--exit-zero', '发现问题时仍以 0 退出')
    .action(async (path: string, options: ReviewCommandOptions & OutputOptions) => {
      const { runReviewCommand } = await import('./review-command.js');
      exitCode = await runReviewCommand(path, withOutputFile(options));
    });

  program
    .command('serve')
    .description('在本机启动审校台：在浏览器中拖入公开文件（及可选的数据文件、上一年度文件），查看标在原文上的问题，下载标注 PDF 和修正后的文件')
    .option('--port <端口>', '端口（默认 8080；0 表示任选一个空闲端口）', nonNegativeInteger, 8080)
    .option('--no-open', '不自动打开浏览器')
    .action(async (options: { port: number; open: boolean }) => {
      const { runServeCommand } = await import('./serve-command.js');
      exitCode = await runServeCommand(options);
    });

  program
    .command('export')
    .description('把数据文件的九张决算表导出为 .xlsx 工作簿（每张表一个工作表，版式同决算软件），也可作为填写模板')
    .argument('<数据文件>', '数据文件（YAML）')
    .option('-o, --output <文件>', '写入的 .xlsx 文件（必须指定：工作簿是二进制文件，不输出到终端）')
    .addOption(OUTPUT_FILE_ALIAS())
    .action(async (data: string, options: OutputOptions) => {
      const output = outputOf(options);
      if (output === undefined && (options.output ?? options.outputFile) === '-') {
        program.error('error: -o - 表示标准输出，但工作簿是二进制文件，不输出到终端；请用 -o 指定一个 .xlsx 文件', { exitCode: EXIT_UNUSABLE });
      }
      // Not a requiredOption: --output-file, its other name, must satisfy it too.
      if (output === undefined) program.error("error: required option '-o, --output <文件>' not specified", { exitCode: EXIT_UNUSABLE });
      const { runExportCommand } = await import('./export-command.js');
      exitCode = await runExportCommand(data, { output: output! });
    });

  program
    .command('check')
    .description('核对数据文件中九张表之间及表内的勾稽关系')
    .argument('<数据文件>', '数据文件（YAML）')
    .addOption(new Option('-f, --format <格式>', '输出格式').choices(['stylish', 'json']).default('stylish'))
    .option('-o, --output <文件>', '把报告写入文件（默认或 - 为标准输出）')
    .addOption(OUTPUT_FILE_ALIAS())
    .option('--quiet', '只报告错误，不报告警告（警告也不计入 --max-warnings）')
    .option('--max-warnings <数量>', '警告多于这个数时以 1 退出', nonNegativeInteger)
    .option('--exit-zero', '发现问题时仍以 0 退出（用于演示或只看报告）')
    .action(async (data: string, options: CheckOptions & OutputOptions) => {
      const { runCheckCommand } = await import('./check-command.js');
      exitCode = runCheckCommand(data, withOutputFile(options));
    });

  program
    .command('lint')
    .description('逐句审校第三部分说明文字：找出与数据不符的数字和方向词')
    .argument('<文件或目录...>', 'Markdown、PDF 或 Word 文件、目录（查找其中的 *.md、*.markdown、*.pdf、*.docx）或 glob 模式（如 "docs/**/*.md"），可多个')
    .option('-d, --data <数据文件>', '数据文件（YAML），用于 front matter 和 juesuan.config.json/yaml 都没有指定数据文件的文档')
    .addOption(new Option('-f, --format <格式>', '输出格式：stylish（终端）、json（ESLint 格式）、sarif（GitHub 代码扫描）、github（GitHub Actions 注释）、html（可在浏览器中查看的报告，问题标在原文上；多个文件须用 -o 指定索引页）')
      .choices([...LINT_FORMATS]).default('stylish'))
    .option('-o, --output <文件>', '把报告写入文件（默认或 - 为标准输出）')
    .addOption(OUTPUT_FILE_ALIAS())
    .option('--strict', '无法核对的数字也算错误')
    .option('--quiet', '只报告错误，不报告警告（警告也不计入 --max-warnings）')
    .option('--max-warnings <数量>', '警告多于这个数时以 1 退出', nonNegativeInteger)
    .option('-j, --jobs <数量>', `并行审校的线程数（默认按文件数决定：每 300 个文件一个线程，最多为处理器核数，本机 ${availableParallelism()}）`, positiveInteger)
    .option('--timeout <秒>', '每个文件审校的时限，超过则放弃该文件并报告（默认 60 秒，只在多线程审校时生效；给出时总在工作线程中审校；0 表示不限时）', nonNegativeSeconds)
    .option('--exit-zero', '发现问题时仍以 0 退出')
    .option('--fix', '把与数据不符的数字和方向词改正（按原文的写法），原子写回文件；报告修正后仍有的问题')
    .option('--fix-dry-run', '只显示 --fix 会做的修改（统一 diff 格式），不改动文件')
    .action(async (files: string[], options: LintCommandOptions & OutputOptions) => {
      const { runLintCommand } = await import('./lint-command.js');
      exitCode = await runLintCommand(files, withOutputFile(options));
    });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_CLEAN : EXIT_UNUSABLE;
    }
    if (error instanceof Error && error.name === 'OutputError') {
      process.stderr.write(`${error.message}\n`);
      return EXIT_UNUSABLE;
    }
    // A DataError comes from a command that has loaded this module already.
    const data = await import('../data/load.js').catch(() => undefined);
    if (data && error instanceof data.DataError) {
      process.stderr.write(error.problems.map(data.formatProblem).join('\n') + '\n');
      return EXIT_UNUSABLE;
    }
    process.stderr.write(`juesuan 内部错误：${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_UNUSABLE;
  }
}

/**
 * Standard output that cannot be written: a reader that closed the pipe (`| head`)
 * ends the run quietly; any other failure (ENOSPC on `> /dev/full`, EIO) is one
 * line on standard error and exit 2, not an unhandled 'error' event.
 */
function guardStandardStreams(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT_CLEAN);
    const reason = error.code === 'ENOSPC' ? '磁盘空间不足' : error.code === 'EIO' ? '输入输出错误' : (error.code ?? error.message);
    try {
      process.stderr.write(`标准输出  无法写入：${reason}\n`);
    } catch {
      // standard error is gone too
    }
    process.exit(EXIT_UNUSABLE);
  });
  process.stderr.on('error', () => {
    // nowhere left to say anything
  });
}
