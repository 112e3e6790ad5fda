/**
 * chineseCommanderError reads commander's messages by their literal pieces, without regular
 * expressions (the patterns it once used were polynomial on long arguments). On every message
 * commander makes — with values drawn from quotes, spaces and the pieces' own words — it says
 * what the regular expressions said.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseCommanderError } from '../../src/cli/chinese.js';
import { propertySeed } from '../setup/seed.js';

/** The former implementation, kept here as the oracle (one line of input, as commander writes). */
function oracle(message: string): string {
  const text = message.replace(/\n$/u, '');
  const body = text.replace(/\n?\(Did you mean [^)]*\)\s*$/u, '');
  const s = /\n?\(Did you mean (?:one of )?(.+)\?\)\s*$/u.exec(text);
  const hint = s ? `（是不是要用 ${s[1]!.split(', ').join('、')}？）` : '';
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

const word = fc.array(fc.constantFrom('a', '-', "'", ' ', '.', ',', '审', 'is invalid', ' argument ', '1'), { maxLength: 12 }).map((parts) => parts.join(''));
const message = fc.oneof(
  word.map((w) => `error: unknown option '${w}'`),
  fc.tuple(word, word).map(([w, s]) => `error: unknown option '${w}'\n(Did you mean ${s}?)`),
  fc.tuple(word, word).map(([w, s]) => `error: unknown command '${w}'\n(Did you mean one of ${s}?)`),
  word.map((w) => `error: missing required argument '${w}'`),
  word.map((w) => `error: option '${w}' argument missing`),
  word.map((w) => `error: required option '${w}' not specified`),
  fc.tuple(fc.option(word, { nil: undefined }), fc.nat(9), fc.nat(9)).map(([w, e, g]) =>
    `error: too many arguments${w === undefined ? '' : ` for '${w}'`}. Expected ${e} argument${e === 1 ? '' : 's'} but got ${g}.`),
  fc.tuple(word, word, word).map(([o, a, c]) => `error: option '${o}' argument '${a}' is invalid. Allowed choices are ${c}.`),
  fc.tuple(word, word, word).map(([o, a, r]) => `error: option '${o}' argument '${a}' is invalid. ${r}`),
  fc.tuple(word, word, word).map(([v, a, r]) => `error: command-argument value '${v}' is invalid for argument '${a}'. ${r}`),
  fc.tuple(word, word).map(([a, b]) => `error: ${a} cannot be used with ${b}`),
  word,
).map((m) => `${m}\n`);

describe('chineseCommanderError', () => {
  it('translates every commander message as the regular expressions did', () => {
    fc.assert(fc.property(message, (m) => {
      fc.pre(!m.slice(0, -1).includes('\n') || m.includes('(Did you mean'));
      expect(chineseCommanderError(m)).toBe(oracle(m));
    }), { numRuns: 3000, seed: propertySeed(1) });
  });
});
