/**
 * ReDoS: every regular expression in src/ is checked with recheck
 * (https://makenowjust-labs.github.io/recheck/), which decides by automata
 * theory or by fuzzing whether a pattern can take super-linear time.
 *
 * - Literals and constant-folded `new RegExp(…)` are found by parsing the
 *   sources (regexes.ts); most patterns are module-private.
 * - The lexicon builds its patterns at run time (`e(source, cue)`): they are
 *   imported (LEXICON) and checked with the flags the reader scans them with
 *   ('gu', every position), which is harsher than their own sticky 'uy'.
 * - The NameMatcher pattern is built from the topic names: escaped literal
 *   names folded into a trie, so only literals, alternations and optional
 *   groups, no unbounded repetition — a checker is not needed for it; the
 *   seed data's pattern is checked anyway, as it is cheap.
 * - The data file's JSON Schema patterns are not in src/ but ajv runs them on
 *   every data file src/data/schema.ts loads, so they are checked too.
 *
 * Backend (RECHECK_BACKEND, default auto): the native binary recheck installs
 * as an optional dependency (recheck-linux-x64 …), else Java, else its pure
 * Scala.js build in a worker thread — all offline. RECHECK_BACKEND=worker
 * forces the pure build (about 4× slower).
 *
 * No timings here (they depend on the machine and its load): the verdicts are
 * recheck's, by counted steps with a fixed seed. The attacks that once took
 * seconds are timed by scripts/redos-attacks.mjs, which `npm run fuzz` runs;
 * here their functions' results are checked on the same shapes, smaller.
 *
 * KNOWN_VULNERABLE lists what the checker found and is not fixed yet; each
 * entry is shown as a todo with its attack and the suggested fix, and the fix
 * itself is tested here (safe, and equivalent on random input). When the
 * source is fixed, its new pattern no longer matches the entry and is checked
 * like every other one: then delete the entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { check, type Diagnostics, type Parameters } from 'recheck';
import { describe, expect, it, test, vi } from 'vitest';
import { groupThousands } from '../../src/format/number.js';
import { LEXICON } from '../../src/lint/lexicon.js';
import { FLOW_NAME } from '../../src/lint/claims/index.js';
import { CLASS_AND_NAME } from '../../src/documents/pdfium.js';
import { stripLeadIn } from '../../src/lint/reader.js';
import { DIRECTION_BEFORE_FIGURE } from '../../src/lint/style.js';
import { directiveComments } from '../../src/lint/suppress.js';
import { createLintContext } from '../../src/lint/lint.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { seedAccounts, ROOT } from '../helpers.js';
import { collectRegexes } from './regexes.js';

/**
 * Verdicts by counted steps only: recheck's fuzzer also stops its incubation, attack and seeding
 * runs by wall-clock time (250 ms, 1 s, 100 ms by default) and takes an attack that ran out of time
 * as proof — on a loaded machine it reported linear patterns as vulnerable. With those clocks off,
 * the seed and the step limits decide, the same on every machine; `timeout` only bounds a check
 * that would never end.
 */
const PARAMS: Parameters = { timeout: 120_000, randomSeed: 0, incubationTimeout: null, attackTimeout: null, seedingTimeout: null };
// A check of text-rules.ts's long alternation takes ~3 s quiet but went past a 20 s bound at load 10–15
// (status `unknown`, failing a full run); the bound is for checks that never end, so it is generous.
vi.setConfig({ testTimeout: 150_000 });

/** Asynchronous, so that a long check does not block the test worker (vitest's own RPC times out otherwise). */
function recheck(source: string, flags: string): Promise<Diagnostics> {
  return check(source, flags, PARAMS);
}

function describeDiagnostics(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `vulnerable (${d.complexity.summary}); attack: ${d.attack.pattern}`;
  if (d.status === 'unknown') return `unknown (${d.error.kind})`;
  return 'safe';
}

async function expectSafe(source: string, flags: string): Promise<void> {
  const d = await recheck(source, flags);
  expect(d.status, `/${source}/${flags}: ${describeDiagnostics(d)}`).toBe('safe');
}

interface Known {
  /** where it is (file, or 'LEXICON', or the schema) and the pattern source exactly */
  where: string;
  source: string;
  /** the attack recheck found, and how long it takes in practice */
  attack: string;
  /** reachable from user input? */
  reach: string;
  /** a drop-in replacement, or a sketch when it is not a regex */
  fix: string;
}

/** Empty: every pattern the checker once found (a placeholder scan, the lead-in words, suppression comments, thousands separators, the schema's item code …) is fixed; the tests of the fixes are below. */
const KNOWN_VULNERABLE: readonly Known[] = [
];

const knownKey = (where: string, source: string) => `${where}\u0000${source}`;
const KNOWN = new Map(KNOWN_VULNERABLE.map((k) => [knownKey(k.where, k.source), k]));

const { found, dynamic } = collectRegexes(ROOT);

/** Run-time patterns: each must say how it is covered. */
const DYNAMIC_SITES: Record<string, string> = {
  "src/lint/lexicon.ts new RegExp(source, 'uy')": 'LEXICON entries, checked below with the flags the reader scans them with',
  "src/lint/reader.ts new RegExp(entry.pattern.source, 'uy')": 'the same LEXICON sources, tried one position at a time: checked below with gu, which tries every position',
  "src/lint/claims/index.ts new RegExp(`^(${[T04_COLUMN_LABELS.govFund, T04_COLUMN_LABELS.soe, T04_COLUMN_LABELS.gpb, '财政拨款', '本年', '总'].join('|')})?(收入|支出)${FLOW_TAIL}$`, 'u')": 'FLOW_NAME: the budget scope labels of 公开04表 (constants) in one alternation; checked below',
  "src/lint/style.ts new RegExp(`(${BEFORE_FIGURE_WORDS.join('|')})了?[0-9０-９][0-9０-９,.，．]*\\\\s*(个百分点)?`, 'gu')": 'DIRECTION_BEFORE_FIGURE: the direction-word table\'s literal words in one alternation; checked below',
  "src/documents/pdfium.ts new RegExp(`(?<![\\\\d.,])(2\\\\d\\\\d)\\\\s*(${EXPENDITURE_CLASSES.map((c) => c.name).join('|')})`, 'gu')": 'CLASS_AND_NAME: the standard 类 names (constants of src/data/subjects.ts) in one alternation after a code; checked below',
  'src/lint/reader.ts NameMatcher': 'escaped literal names (a trie: literals, alternation, optional tails); the seed pattern is checked below',
};

function dynamicKey(file: string, text: string): string {
  if (file === 'src/lint/reader.ts' && /names|trie/u.test(text)) return 'src/lint/reader.ts NameMatcher';
  return `${file} ${text}`;
}

describe('regular expressions in src/', () => {
  it('the collector finds the literals and the folded constructors', () => {
    expect(found.length).toBeGreaterThan(80);
    // figures.ts builds FIGURE from template constants: folded, not dynamic.
    const figure = found.find((r) => r.file === 'src/lint/figures.ts' && r.origin === 'constructor');
    expect(figure?.source).toContain('亿元|万元|千元|元|万');
    expect(figure?.flags).toBe('gu');
  });

  it('every run-time pattern is covered', () => {
    const uncovered = dynamic.filter((d) => !(dynamicKey(d.file, d.text) in DYNAMIC_SITES));
    expect(uncovered, 'a new `new RegExp(...)` with a run-time source: check it and list it in DYNAMIC_SITES').toEqual([]);
  });

  const literal = found.filter((r) => !KNOWN.has(knownKey(r.file, r.source)));
  it.each(literal.map((r) => [`${r.file}:${r.line} /${r.source}/${r.flags}`, r] as const))('%s is safe', async (_, r) => {
    await expectSafe(r.source, r.flags);
  });
});

describe('run-time patterns', () => {
  const lexicon = LEXICON.map((e, i) => ({ i, source: e.pattern.source })).filter((e) => !KNOWN.has(knownKey('LEXICON', e.source)));
  it.each(lexicon.map((e) => [`LEXICON[${e.i}] /${e.source}/gu`, e.source] as const))('%s is safe', async (_, source) => {
    await expectSafe(source, 'gu');
  });

  it('the direction words before a figure (DIRECTION_BEFORE_FIGURE) are safe', async () => {
    await expectSafe(DIRECTION_BEFORE_FIGURE.source, DIRECTION_BEFORE_FIGURE.flags);
  });

  it('the class code and name pattern of a garbled text layer (CLASS_AND_NAME) is safe', async () => {
    await expectSafe(CLASS_AND_NAME.source, CLASS_AND_NAME.flags);
  });

  it('the bare-flow name pattern (FLOW_NAME) is safe', async () => {
    await expectSafe(FLOW_NAME.source, FLOW_NAME.flags);
  });

  it('the NameMatcher pattern of the seed data is safe', async () => {
    const ctx = createLintContext(buildFactCatalog(seedAccounts()));
    await expectSafe(ctx.names.pattern.source, ctx.names.pattern.flags);
  });
});

const SCHEMA = 'schema/juesuan-data.schema.json';
const schemaPatterns = new Set<string>();
JSON.parse(readFileSync(join(ROOT, SCHEMA), 'utf8'), (key, value: unknown) => {
  if (key === 'pattern' && typeof value === 'string') schemaPatterns.add(value);
  if (key === 'patternProperties' && value && typeof value === 'object') for (const p of Object.keys(value)) schemaPatterns.add(p);
  return value;
});

describe('data file schema patterns (run by ajv on every data file)', () => {
  it('has patterns', () => expect(schemaPatterns.size).toBeGreaterThan(3));
  const unknown = [...schemaPatterns].filter((p) => !KNOWN.has(knownKey(SCHEMA, p)));
  it.each(unknown.map((p) => [`/${p}/u`, p] as const))('%s is safe', (_, p) => expectSafe(p, 'u'));
});

describe('known vulnerable patterns (fix, then delete the entry)', () => {
  const present = new Set([
    ...found.map((r) => knownKey(r.file, r.source)),
    ...LEXICON.map((e) => knownKey('LEXICON', e.pattern.source)),
    ...[...schemaPatterns].map((p) => knownKey(SCHEMA, p)),
  ]);
  for (const k of KNOWN_VULNERABLE) {
    if (!present.has(knownKey(k.where, k.source))) continue;
    test.todo(`${k.where} /${k.source}/ — ${k.attack}; reachable: ${k.reach}; fix: ${k.fix}`);
  }
  it('lists no pattern that is gone from the sources', () => {
    expect(KNOWN_VULNERABLE.filter((k) => !present.has(knownKey(k.where, k.source))).map((k) => k.where)).toEqual([]);
  });
});

/** The fixes of patterns the checker found: linear, and the same result as the pattern each replaced (on random input). */
describe('fixed patterns', () => {
  const stringOf = (alphabet: string[], maxLength = 40) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));

  it('placeholder: 【待补充[：:][^】【]*】', async () => {
    const fixed = /【待补充[：:][^】【]*】/gu;
    await expectSafe(fixed.source, fixed.flags);
    fc.assert(fc.property(stringOf(['【待补充：', '【待补充:', '】', '【', '原因', '，', 'x']), (s) => {
      // Differs only where a placeholder would contain another 【, which a real one never does.
      const old = [...s.matchAll(/【待补充[：:][^】]*】/gu)].map((m) => [m.index, m[0]]);
      const now = [...s.matchAll(fixed)].map((m) => [m.index, m[0]]);
      if (!old.some(([, t]) => (t as string).slice(1).includes('【'))) expect(now).toEqual(old);
    }));
  });

  it('lexicon completion-after-budget: the phrase spelled out in the look-behind, linear', async () => {
    const entry = LEXICON.find((e) => e.pattern.source.startsWith('的(?<=(?:完成'))!;
    const scan = new RegExp(entry.pattern.source, 'gu');
    const at = (s: string) => [...s.matchAll(scan)].map((m) => m.index);
    // The catalog's forms (GD-CZT23), compact as the reader scans them.
    // …and 为年初预算 Y 万元的 Z% (blind 9L N3).
    for (const phrase of ['完成年初预算1,796.83万元的103.58%', '完成全年预算49.7万元的100%', '完成了调整后预算数为12万元的98%', '为年初预算1,796.83万元的103.58%']) {
      expect(at(phrase), phrase).toEqual([phrase.indexOf('元的') + 1]);
    }
    expect(at('完成预算0万元的--%')).toEqual([]);
    expect(at('年初预算1,796.83万元的103.58%')).toEqual([]);
    expect(at('年初预算为1,796.83万元的103.58%')).toEqual([]);
    // The attack on the open-gap form (a long clause of 预算 before 的; timed in scripts/redos-attacks.mjs), and the pattern's verdict.
    expect(at('的' + '预算'.repeat(200) + '完0元的1')).toEqual([]);
    await expectSafe(entry.pattern.source, 'gu');
  });

  it('suppression comments found by indexOf: the directives the lazy regex found, linear', () => {
    const DIRECTIVE = /<!--\s*juesuan-(disable-next-line|disable|enable)\b([\s\S]*?)-->/gu;
    fc.assert(fc.property(stringOf(['<!--', '-->', '--', '-', '>', ' ', 'juesuan-', 'disable', 'enable', '-next-line', 'x', '\n'], 30), (s) => {
      const old = [...s.matchAll(DIRECTIVE)].map((m) => [m.index, m[0], m[1], m[2]]);
      expect(directiveComments(s).map((c) => [c.at, c.text, c.kind, c.body])).toEqual(old);
    }));
    // The attack's shape (timed at 100,000 in scripts/redos-attacks.mjs): unclosed comments are no directives.
    expect(directiveComments('<!--juesuan-enable '.repeat(200))).toEqual([]);
  });

  it('draft text filter: (?<!\\s)\\s*\\n\\s*', async () => {
    const fixed = /(?<!\s)\s*\n\s*/g;
    await expectSafe(fixed.source, fixed.flags);
    fc.assert(fc.property(stringOf([' ', '\t', '\n', '\r', '\u3000', 'a', '原']), (s) => {
      expect(s.replace(fixed, '')).toBe(s.replace(/\s*\n\s*/g, ''));
    }));
  });

  it('number zeros: (?<!0)0+$ then a trailing .', async () => {
    const fixed = /(?<!0)0+$/;
    await expectSafe(fixed.source, fixed.flags);
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 4 }), (n, d) => {
      const text = (Number(n) / 10 ** d).toFixed(d);
      expect(text.replace(fixed, '').replace(/\.$/, '')).toBe(text.replace(/\.?0+$/, ''));
    }));
  });

  it('subject code before a name: ^\\s*(?:[-－—]\\s*)?[\\u4e00-\\u9fff]', async () => {
    const fixed = /^\s*(?:[-－—]\s*)?[\u4e00-\u9fff]/u;
    await expectSafe(fixed.source, fixed.flags);
    const old = /^\s*[-－—]?\s*[\u4e00-\u9fff]/u;
    fc.assert(fc.property(stringOf([' ', '\t', '-', '－', '—', '行', '政', 'x', '1', '\u3000'], 8), (s) => {
      expect(fixed.test(s)).toBe(old.test(s));
    }));
  });

  it('reader lead-in words: stripLeadIn (linear) equals .replace(LEAD_IN, \'\')', () => {
    const LEAD_IN = /(?:均为|分别为|分别是|各为|各是|共计|合计|累计|总计|共|计|约|为|是|达到|达|实现|支出|金额|决算数?|数)+$/u;
    // Few tokens: the current pattern is exponential in their number.
    fc.assert(fc.property(stringOf(['均', '为', '分别', '是', '共', '计', '合', '决算', '数', '达', '到', '累', '总', '金额', '支出', 'x'], 10), (s) => {
      expect(stripLeadIn(s)).toBe(s.replace(LEAD_IN, ''));
    }), { numRuns: 2000 });
    // The attack's shape (timed at 30,000 in scripts/redos-attacks.mjs): only the last 为 is a lead-in word.
    const attack = '决算' + '数决算'.repeat(200) + '累为';
    expect(stripLeadIn(attack)).toBe(attack.slice(0, -1));
  });

  it('reader nominal end: [\\u4e00-\\u9fff]{2}(?:费|…)$', async () => {
    const fixed = /[\u4e00-\u9fff]{2}(?:费|费用|经费|资金|事务|设备|补贴|补助|工程|收入|支出)$/u;
    await expectSafe(fixed.source, fixed.flags);
    const old = /[\u4e00-\u9fff]{2,}(?:费|费用|经费|资金|事务|设备|补贴|补助|工程|收入|支出)$/u;
    fc.assert(fc.property(stringOf(['工', '程', '费', '用', '经', '资金', '支出', 'x', '1', ' '], 10), (s) => {
      expect(fixed.test(s)).toBe(old.test(s));
    }));
  });

  it('fence line: ^(`{3,}|~{3,})(.*)$ with s', async () => {
    const fixed = /^(`{3,}|~{3,})(.*)$/s;
    await expectSafe(fixed.source, fixed.flags);
    const old = /^(`{3,}|~{3,})(.*)$/;
    // Lines as cutPoints sees them: no \r or \n; the two differ only on U+2028/U+2029.
    fc.assert(fc.property(stringOf(['`', '~', ' ', 'js', 'x', '\u2028'], 12), (s) => {
      if (!s.includes('\u2028')) expect(fixed.exec(s)).toEqual(old.exec(s));
    }));
  });

  it('thousands separators: groupThousands equals the \\B(?=(\\d{3})+(?!\\d)) replace, linear', () => {
    fc.assert(fc.property(fc.stringMatching(/^[1-9][0-9]{0,20}$/u), (int) => {
      expect(groupThousands(int)).toBe(int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    }));
    // Long integers too (a 300,001-digit one is timed in scripts/redos-attacks.mjs).
    expect(groupThousands('1' + '000'.repeat(200))).toBe('1' + ',000'.repeat(200));
  });

  it('schema item code: ^\\s*[0-9０-９]{7}(?:\\s+\\S(?:.*\\S)?)?\\s*$', async () => {
    const fixed = /^\s*[0-9０-９]{7}(?:\s+\S(?:.*\S)?)?\s*$/u;
    await expectSafe(fixed.source, fixed.flags);
    const old = /^\s*[0-9０-９]{7}(?:\s+\S.*)?\s*$/u;
    fc.assert(fc.property(stringOf(['2010301', '0', '２', ' ', '\t', '\n', '行政运行', 'x', '\u3000'], 12), (s) => {
      expect(fixed.test(s)).toBe(old.test(s));
    }));
  });
});
