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

/** East Asian wide characters (CJK, full-width forms) take two columns of a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;

export const CHINESE_HELP: HelpConfiguration = {
  styleTitle: (title: string) => HEADINGS[title] ?? title,
  // Columns line up in a terminal only when <文件> counts as the six columns it takes, not four.
  displayWidth(this: Help, text: string) {
    return base.displayWidth.call(this, text) + (text.match(WIDE)?.length ?? 0);
  },
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

const SUGGESTION = '(Did you mean ';

/** commander's message without its `(Did you mean …?)` tail, and the suggestion in Chinese. */
function splitSuggestion(text: string): { body: string; hint: string } {
  const at = text.lastIndexOf(SUGGESTION);
  const tail = at < 0 ? '' : text.slice(at).trimEnd();
  if (at < 0 || !tail.endsWith(')') || tail.indexOf(')') !== tail.length - 1) return { body: text, hint: '' };
  const body = text.slice(0, at).replace(/\n$/u, '');
  let names = tail.slice(SUGGESTION.length, -1);
  if (!names.endsWith('?')) return { body, hint: '' };
  names = names.slice(0, -1);
  if (names.startsWith('one of ') && names.length > 'one of '.length) names = names.slice('one of '.length);
  return { body, hint: names ? `（是不是要用 ${names.split(', ').join('、')}？）` : '' };
}

/**
 * The values between the literal pieces of a commander message (`error: option '`, X, `' argument missing`),
 * or undefined when it is not that message. Later pieces are found from the right, so each value takes as
 * much as it can, as a greedy `(.+)` would; `min` is each value's least length. Linear: no regular expression.
 */
function fields(body: string, pieces: readonly string[], min: readonly number[]): string[] | undefined {
  const last = pieces[pieces.length - 1]!;
  if (!body.startsWith(pieces[0]!) || !body.endsWith(last) || body.length < pieces[0]!.length + last.length) return undefined;
  const starts: number[] = [body.length - last.length];
  for (let j = pieces.length - 2; j >= 1; j--) {
    const at = body.lastIndexOf(pieces[j]!, starts[0]! - pieces[j]!.length - min[j]!);
    if (at < pieces[0]!.length) return undefined;
    starts.unshift(at);
  }
  const values: string[] = [];
  let from = pieces[0]!.length;
  for (let j = 0; j < starts.length; j++) {
    const value = body.slice(from, starts[j]);
    if (value.length < min[j]!) return undefined;
    values.push(value);
    from = starts[j]! + pieces[j + 1]!.length;
  }
  return values;
}

/** One error message of commander (ending in a newline), in Chinese; what is not recognised stays as it is. */
export function chineseCommanderError(message: string): string {
  const text = message.replace(/\n$/u, '');
  const { body, hint } = splitSuggestion(text);
  const one = (prefix: string, suffix: string) => fields(body, [prefix, suffix], [1])?.[0];
  let v: string | undefined;
  let m: string[] | undefined;
  let out: string | undefined;
  if ((v = one("error: unknown option '", "'")) !== undefined) out = `错误：没有选项 ${v}${hint}；用 --help 查看可用的选项`;
  else if ((v = one("error: unknown command '", "'")) !== undefined) out = `错误：没有命令 ${v}${hint}；可用的命令见 juesuan --help`;
  else if ((v = one("error: missing required argument '", "'")) !== undefined) out = `错误：缺少参数 <${v}>`;
  else if ((v = one("error: option '", "' argument missing")) !== undefined) out = `错误：选项 ${v} 缺少取值`;
  else if ((v = one("error: required option '", "' not specified")) !== undefined) out = `错误：必须指定选项 ${v}`;
  else if ((m = tooManyArguments(body))) {
    out = `错误：${m[0] ? `命令 ${m[0]} 的` : ''}参数过多：应有 ${m[1]} 个，实际有 ${m[2]} 个`;
  } else if ((m = fields(body, ["error: option '", "' argument '", "' is invalid. Allowed choices are ", '.'], [1, 0, 1]))) {
    out = `错误：选项 ${m[0]} 的取值“${m[1]}”无效，可选：${m[2]!.split(', ').join('、')}`;
  } else if ((m = fields(body, ["error: option '", "' argument '", "' is invalid.", ''], [1, 0, 0]))) {
    const why = m[2]!.trimStart();
    out = `错误：选项 ${m[0]} 的取值“${m[1]}”无效${why ? `：${why}` : ''}`;
  } else if ((m = fields(body, ["error: command-argument value '", "' is invalid for argument '", "'.", ''], [0, 1, 0]))) {
    const why = m[2]!.trimStart();
    out = `错误：参数 <${m[1]}> 的取值“${m[0]}”无效${why ? `：${why}` : ''}`;
  } else if ((m = fields(body, ['error: ', ' cannot be used with ', ''], [1, 1]))) {
    out = `错误：${m[0]} 不能与 ${m[1]} 同时使用`;
  }
  return `${out ?? text}\n`;
}

/** error: too many arguments[ for 'NAME']. Expected N argument[s] but got M. */
function tooManyArguments(body: string): string[] | undefined {
  const named = fields(body, ["error: too many arguments for '", "'. Expected ", ' argument', ' but got ', '.'], [1, 1, 0, 1]);
  const plain = named ?? fields(body, ['error: too many arguments. Expected ', ' argument', ' but got ', '.'], [1, 0, 1]);
  if (!plain) return undefined;
  const [name, expected, plural, got] = named ? named : ['', ...plain];
  if (!/^\d+$/u.test(expected!) || !/^\d+$/u.test(got!) || (plural !== '' && plural !== 's')) return undefined;
  return [name!, expected!, got!];
}
