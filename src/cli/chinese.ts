/**
 * commander's help and error texts in Chinese: the headings, usage words and
 * option notes of the help (configureHelp overrides of Help methods), and
 * the error messages it writes (mapped by their fixed English wording in
 * configureOutput's outputError). Anything unrecognised is written as is.
 */
import { Help, type Command, type HelpConfiguration, type Option } from 'commander';

const HEADINGS: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

const base = Help.prototype;

function usageWords(text: string): string {
  return text.replace(/\[options\]/gu, '[选项]').replace(/\[command\]/gu, '[命令]');
}

function withNotes(description: string, notes: string[]): string {
  return notes.length > 0 ? `${description}${description ? ' ' : ''}（${notes.join('；')}）` : description;
}

export const CHINESE_HELP: HelpConfiguration = {
  styleTitle: (title: string) => HEADINGS[title] ?? title,
  commandUsage(this: Help, cmd: Command) {
    return usageWords(base.commandUsage.call(this, cmd));
  },
  subcommandTerm(this: Help, cmd: Command) {
    return usageWords(base.subcommandTerm.call(this, cmd));
  },
  optionDescription(option: Option) {
    const notes: string[] = [];
    if (option.argChoices) notes.push(`可选：${option.argChoices.join('、')}`);
    if (option.defaultValue !== undefined && (option.required || option.optional)) {
      notes.push(`默认：${option.defaultValueDescription ?? String(option.defaultValue)}`);
    }
    return withNotes(option.description, notes);
  },
};

/** commander's `Did you mean …?` suggestion, in Chinese. */
function suggestion(text: string): string {
  const m = /\n?\(Did you mean (?:one of )?(.+)\?\)\s*$/u.exec(text);
  return m ? `（是不是要用 ${m[1]!.split(', ').join('、')}？）` : '';
}

/** One error message of commander (ending in a newline), in Chinese; what is not recognised stays as it is. */
export function chineseCommanderError(message: string): string {
  const text = message.replace(/\n$/u, '');
  const body = text.replace(/\n?\(Did you mean [^)]*\)\s*$/u, '');
  const hint = suggestion(text);
  let m: RegExpExecArray | null;
  let out: string | undefined;
  if ((m = /^error: unknown option '(.+)'$/u.exec(body))) out = `错误：没有选项 ${m[1]}${hint}；用 --help 查看可用的选项`;
  else if ((m = /^error: unknown command '(.+)'$/u.exec(body))) out = `错误：没有命令 ${m[1]}${hint}；可用的命令见 juesuan --help`;
  else if ((m = /^error: missing required argument '(.+)'$/u.exec(body))) out = `错误：缺少参数 <${m[1]}>`;
  else if ((m = /^error: option '(.+)' argument missing$/u.exec(body))) out = `错误：选项 ${m[1]} 缺少取值`;
  else if ((m = /^error: required option '(.+)' not specified$/u.exec(body))) out = `错误：必须指定选项 ${m[1]}`;
  else if ((m = /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/u.exec(body))) {
    out = `错误：${m[1] ? `命令 ${m[1]} 的` : ''}参数过多：应有 ${m[2]} 个，实际有 ${m[3]} 个`;
  } else if ((m = /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/su.exec(body))) {
    out = `错误：选项 ${m[1]} 的取值“${m[2]}”无效，可选：${m[3]!.split(', ').join('、')}`;
  } else if ((m = /^error: option '(.+)' argument '(.*)' is invalid\.\s*(.*)$/su.exec(body))) {
    out = `错误：选项 ${m[1]} 的取值“${m[2]}”无效${m[3] ? `：${m[3]}` : ''}`;
  } else if ((m = /^error: command-argument value '(.*)' is invalid for argument '(.+)'\.\s*(.*)$/su.exec(body))) {
    out = `错误：参数 <${m[2]}> 的取值“${m[1]}”无效${m[3] ? `：${m[3]}` : ''}`;
  } else if ((m = /^error: (.+) cannot be used with (.+)$/u.exec(body))) {
    out = `错误：${m[1]} 不能与 ${m[2]} 同时使用`;
  }
  return `${out ?? text}\n`;
}
