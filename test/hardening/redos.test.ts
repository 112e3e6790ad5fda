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
import { describe, expect, it, test } from 'vitest';
import { LEXICON } from '../../src/lint/lexicon.js';
import { createLintContext } from '../../src/lint/lint.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { seedAccounts, ROOT } from '../helpers.js';
import { collectRegexes } from './regexes.js';

const PARAMS: Parameters = { timeout: 20_000, randomSeed: 0 };

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

/**
 * For the suggested fixes: safe, or — where recheck's fuzzer still reports
 * one (its verdicts differ between backends) — V8 matches the attack recheck
 * built, at recheck's own size, in well under the time a super-linear
 * pattern takes on it (seconds).
 */
async function expectLinear(re: RegExp): Promise<void> {
  const d = await recheck(re.source, re.flags);
  if (d.status === 'safe') return;
  expect(d.status, `/${re.source}/${re.flags}: ${describeDiagnostics(d)}`).toBe('vulnerable');
  if (d.status !== 'vulnerable') return;
  const attack = d.attack.string;
  const pattern = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const t = performance.now();
  [...attack.matchAll(pattern)];
  const ms = performance.now() - t;
  expect(ms, `/${re.source}/${re.flags} on recheck's attack ${d.attack.pattern}: ${ms.toFixed(0)} ms`).toBeLessThan(250);
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

const KNOWN_VULNERABLE: readonly Known[] = [
  ...['src/format/number.ts', 'src/check/identity.ts'].map((where): Known => ({
    where,
    source: '\\B(?=(\\d{3})+(?!\\d))',
    attack: "'1' + '000'.repeat(10000) ≈ 1.4 s, 134,000 digits ≈ 100 s (the lookahead runs to the end of the digits from every position); found by the pure backend's fuzzer, not always by the native one",
    reach: 'only with amounts of thousands of digits in the data file (the schema puts no limit on their length)',
    fix: 'group the integer part with a loop (groupThousands below)',
  })),
  {
    where: 'src/lint/extract.ts',
    source: '^(`{3,}|~{3,})(.*)$',
    attack: "a line of '~'.repeat(40000) + '\\u2028' (U+2028 is inside a Markdown line, but . does not match it): FENCE.exec ≈ 5 s; lintMarkdown of a 340,000-character document ending with that line ≈ 5.3 s (cutPoints of a long document)",
    reach: 'lint: a long Markdown document (the piecewise parse)',
    fix: '/^(`{3,}|~{3,})(.*)$/s — CommonMark line endings are only \\n, \\r\\n and \\r, so . should take U+2028/U+2029 too; then .*$ always matches and nothing backtracks',
  },
  {
    where: 'src/facts/fact.ts',
    source: '完成.*$',
    attack: "'完成'.repeat(38730) + '\\n完成': quadratic, only with a line break in a label",
    reach: 'practically not: catalog labels have no line breaks',
    fix: '/完成.*$/su (or cut at label.indexOf(\'完成\'))',
  },
  {
    where: 'src/lint/extract.ts',
    source: '^[ \\t>]*(?:(?:[-+*]|\\d{1,9}[.)])[ \\t]+)*(\\[[^\\]\\r\\n]{1,999}\\]:)(.*)(?:\\r\\n|\\r|\\n)?([^\\r\\n]*)',
    attack: "'[ '.repeat(367) + '\\n' (recheck, by fuzzing: 4th degree); V8 runs 100 such lines in under 5 ms: ^ with m only starts at line starts and the label is bounded by 999",
    reach: 'no measurable slow-down in Node 20',
    fix: "none needed; if it should pass the checker, keep [ out of the label as CommonMark does: (\\[[^\\[\\]\\r\\n]{1,999}\\]:)",
  },
  {
    where: 'src/lint/reader.ts',
    source: '(?:均为|分别为|分别是|各为|各是|共计|合计|累计|总计|共|计|约|为|是|达到|达|实现|支出|金额|决算数?|数)+$',
    attack: "EXPONENTIAL: 决算数 parses as 决算数 or 决算+数 (and 共计 as 共+计). lintMarkdown of the 79-character paragraph '决算' + '数决算'.repeat(24) + '累为 100 万元。' takes ≈ 2.5 s, ×4 for every 2 more repeats (30 repeats ≈ 2.5 min)",
    reach: 'lint: any Markdown document (the text between a token and a figure)',
    fix: 'LEAD_IN: drop 决算数? → 决算 and 共计 (共 and 计 are already there), which removes the exponential but is still quadratic unanchored (\'为分别\'.repeat(31623) + \'总\'); better, no regex: strip the lead-in words from the end with a linear scan (stripLeadIn below, equal to .replace(LEAD_IN, \'\') on random input)',
  },
  {
    where: 'src/lint/reader.ts',
    source: '[\\u4e00-\\u9fff]{2,}(?:费|费用|经费|资金|事务|设备|补贴|补助|工程|收入|支出)$',
    attack: "'工工'.repeat(38730) + '\\x00一经费': quadratic (each start scans the CJK run)",
    reach: 'lint: the text between a token and a figure',
    fix: '/[\\u4e00-\\u9fff]{2}(?:费|费用|经费|资金|事务|设备|补贴|补助|工程|收入|支出)$/u — the same for .test() (a match with more than two leading CJK characters contains one with exactly two)',
  },
  {
    where: 'src/lint/text-rules.ts',
    source: '【待补充[：:][^】]*】',
    attack: "'【待补充：'.repeat(8000) as one paragraph (40,000 chars): lintMarkdown ≈ 3 s; 16,000 ≈ 12 s (quadratic: every unclosed opener scans to the end of the block)",
    reach: 'lint: any Markdown document',
    fix: '/【待补充[：:][^】【]*】/gu (a placeholder never contains another 【)',
  },
  {
    where: 'LEXICON',
    source: '的(?<=完成[^，；;。%]*预算[^，；;。%]*[0-9][万亿]?元的)(?=[0-9])',
    attack: "'的' + '预算'.repeat(24000) + '完0元的1' as one paragraph (48,006 chars): the reader's global scan ≈ 10 s (the lookbehind backtracks over the whole clause for each 的)",
    reach: 'lint: any Markdown document (a long clause without ，；。%)',
    fix: 'bound the lookbehind gaps: 的(?<=完成[^，；;。%]{0,40}预算[^，；;。%]{0,40}[0-9][万亿]?元的)(?=[0-9]) — linear in V8 (≤ 40×40 steps per 的; recheck still reports the bounded form, by fuzzing), or exclude 预 from the gaps: 的(?<=完成[^，；;。%预]*预算[^，；;。%预]*[0-9][万亿]?元的)(?=[0-9])',
  },
  {
    where: 'src/lint/suppress.ts',
    source: '<!--\\s*juesuan-(disable-next-line|disable|enable)\\b([\\s\\S]*?)-->',
    attack: "'<!--juesuan-enable '.repeat(k) with no closing -->: quadratic (each opener scans to the end); 160,000 chars ≈ 0.6 s, grows 4× per doubling",
    reach: 'lint: a Markdown document with unclosed juesuan comments',
    fix: 'scan comments with indexOf instead of a lazy regex: find "<!--", then "-->" after it; when there is none, stop (the comment runs to the end); test the body with /^\\s*juesuan-(disable-next-line|disable|enable)\\b/u (see directivesByIndexOf below)',
  },
  {
    where: 'src/data/load.ts',
    source: '[。；;，,\\s]+$',
    attack: "a text field of the data file: '，'.repeat(40000) + 'a，' → cleanText ≈ 10 s",
    reach: 'every command: text fields of the data file (reasons, descriptions)',
    fix: '/(?<![。；;，,\\s])[。；;，,\\s]+$/u (a trailing run is only tried from its first character)',
  },
  {
    where: 'src/draft/filters.ts',
    source: '\\s*\\n\\s*',
    attack: "a text field of the data file: ' '.repeat(40000) + 'a' → the text filter ≈ 6 s",
    reach: 'draft: text fields of the data file',
    fix: '/(?<!\\s)\\s*\\n\\s*/g',
  },
  {
    where: 'src/format/number.ts',
    source: '\\.?0+$',
    attack: "'0'.repeat(40000) + 'a' ≈ 5 s; but it only ever sees toFixed() output of an amount, so it needs an amount with tens of thousands of digits",
    reach: 'practically not: formatted numbers',
    fix: "/(?<!0)0+$/ then strip a trailing '.' (the text always has a '.')",
  },
  {
    where: 'src/lint/extract.ts',
    source: '[\\r\\n]+$',
    attack: "'\\n'.repeat(40000) + 'a' ≈ 5 s; but it is applied to one line matched by /[^\\r\\n]*(?:\\r\\n|\\r|\\n|$)/g, which holds at most two line-break characters",
    reach: 'no: not exploitable where it is used',
    fix: '/(?<![\\r\\n])[\\r\\n]+$/ if it should pass the checker',
  },
  {
    where: 'src/lint/figures.ts',
    source: '^\\s*[-－—]?\\s*[\\u4e00-\\u9fff]',
    attack: "'\\t'.repeat(54773) (two \\s* around an optional dash); V8 runs it in under 1 ms (anchored at ^, a single start), so not measurable in Node 20",
    reach: 'in principle: the text after a 3-, 5- or 7-digit number in a document',
    fix: '/^\\s*(?:[-－—]\\s*)?[\\u4e00-\\u9fff]/u (the same language, one whitespace run per position)',
  },
  {
    where: 'schema/juesuan-data.schema.json',
    source: '^\\s*[0-9０-９]{7}(?:\\s+\\S.*)?\\s*$',
    attack: "'0000000\\t\\x00' + '\\t'.repeat(40000) + '\\n0000000' as an item-level subject key ≈ 3.6 s (.* and \\s* both take the tabs)",
    reach: 'every command: subject keys of the data file (ajv runs the pattern)',
    fix: '^\\s*[0-9０-９]{7}(?:\\s+\\S(?:.*\\S)?)?\\s*$',
  },
];

const knownKey = (where: string, source: string) => `${where}\u0000${source}`;
const KNOWN = new Map(KNOWN_VULNERABLE.map((k) => [knownKey(k.where, k.source), k]));

const { found, dynamic } = collectRegexes(ROOT);

/** Run-time patterns: each must say how it is covered. */
const DYNAMIC_SITES: Record<string, string> = {
  "src/lint/lexicon.ts new RegExp(source, 'uy')": 'LEXICON entries, checked below with the flags the reader scans them with',
  "src/lint/reader.ts new RegExp(entry.pattern.source, 'gu')": 'the same LEXICON sources, checked below with gu',
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
    expect(figure?.source).toContain('亿元|万元|元|万');
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
});

/** Suggested fixes: safe, and the same result as the pattern they replace on random input. */
describe('the suggested fixes', () => {
  const stringOf = (alphabet: string[], maxLength = 40) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));

  it('placeholder: 【待补充[：:][^】【]*】', async () => {
    const fixed = /【待补充[：:][^】【]*】/gu;
    await expectLinear(fixed);
    fc.assert(fc.property(stringOf(['【待补充：', '【待补充:', '】', '【', '原因', '，', 'x']), (s) => {
      // Differs only where a placeholder would contain another 【, which a real one never does.
      const old = [...s.matchAll(/【待补充[：:][^】]*】/gu)].map((m) => [m.index, m[0]]);
      const now = [...s.matchAll(fixed)].map((m) => [m.index, m[0]]);
      if (!old.some(([, t]) => (t as string).slice(1).includes('【'))) expect(now).toEqual(old);
    }));
  });

  it('lexicon completion-after-budget: bounded gaps', async () => {
    const fixed = /的(?<=完成[^，；;。%]{0,40}预算[^，；;。%]{0,40}[0-9][万亿]?元的)(?=[0-9])/gu;
    const old = /的(?<=完成[^，；;。%]*预算[^，；;。%]*[0-9][万亿]?元的)(?=[0-9])/gu;
    // Short texts (≤ 39 characters): the bound of 40 never cuts a real match.
    fc.assert(fc.property(stringOf(['完成', '年初', '预算', '1.5', '0', '万', '元', '的', '9', '%', '，', '数'], 13), (s) => {
      const a = [...s.matchAll(old)].map((m) => m.index);
      const b = [...s.matchAll(fixed)].map((m) => m.index);
      expect(b).toEqual(a);
    }));
    await expectLinear(fixed);
    const attack = '的' + '预算'.repeat(24_000) + '完0元的1';
    const t = performance.now();
    [...attack.matchAll(fixed)];
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('suppression directives by indexOf: the same directives, linear', () => {
    const DIRECTIVE = /<!--\s*juesuan-(disable-next-line|disable|enable)\b([\s\S]*?)-->/gu;
    fc.assert(fc.property(stringOf(['<!--', '-->', '--', '-', '>', ' ', 'juesuan-', 'disable', 'enable', '-next-line', 'x', '\n'], 30), (s) => {
      const old = [...s.matchAll(DIRECTIVE)].map((m) => [m.index, m[0], m[1], m[2]]);
      expect(directivesByIndexOf(s)).toEqual(old);
    }));
    const attack = '<!--juesuan-enable '.repeat(100_000);
    const t = performance.now();
    expect(directivesByIndexOf(attack)).toEqual([]);
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('data text cleaning: (?<![。；;，,\\s])[。；;，,\\s]+$', async () => {
    const fixed = /(?<![。；;，,\s])[。；;，,\s]+$/u;
    await expectLinear(fixed);
    fc.assert(fc.property(stringOf(['。', '；', ';', '，', ',', ' ', '\n', 'a', '原因']), (s) => {
      expect(s.replace(fixed, '')).toBe(s.replace(/[。；;，,\s]+$/u, ''));
    }));
  });

  it('draft text filter: (?<!\\s)\\s*\\n\\s*', async () => {
    const fixed = /(?<!\s)\s*\n\s*/g;
    await expectLinear(fixed);
    fc.assert(fc.property(stringOf([' ', '\t', '\n', '\r', '\u3000', 'a', '原']), (s) => {
      expect(s.replace(fixed, '')).toBe(s.replace(/\s*\n\s*/g, ''));
    }));
  });

  it('number zeros: (?<!0)0+$ then a trailing .', async () => {
    const fixed = /(?<!0)0+$/;
    await expectLinear(fixed);
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 4 }), (n, d) => {
      const text = (Number(n) / 10 ** d).toFixed(d);
      expect(text.replace(fixed, '').replace(/\.$/, '')).toBe(text.replace(/\.?0+$/, ''));
    }));
  });

  it('subject code before a name: ^\\s*(?:[-－—]\\s*)?[\\u4e00-\\u9fff]', async () => {
    const fixed = /^\s*(?:[-－—]\s*)?[\u4e00-\u9fff]/u;
    await expectLinear(fixed);
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
    const attack = '决算' + '数决算'.repeat(30_000) + '累为';
    const t = performance.now();
    expect(stripLeadIn(attack)).toBe(attack.slice(0, -1));
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('reader nominal end: [\\u4e00-\\u9fff]{2}(?:费|…)$', async () => {
    const fixed = /[\u4e00-\u9fff]{2}(?:费|费用|经费|资金|事务|设备|补贴|补助|工程|收入|支出)$/u;
    await expectLinear(fixed);
    const old = /[\u4e00-\u9fff]{2,}(?:费|费用|经费|资金|事务|设备|补贴|补助|工程|收入|支出)$/u;
    fc.assert(fc.property(stringOf(['工', '程', '费', '用', '经', '资金', '支出', 'x', '1', ' '], 10), (s) => {
      expect(fixed.test(s)).toBe(old.test(s));
    }));
  });

  it('fence line: ^(`{3,}|~{3,})(.*)$ with s', async () => {
    const fixed = /^(`{3,}|~{3,})(.*)$/s;
    await expectLinear(fixed);
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
    const t = performance.now();
    groupThousands('1' + '000'.repeat(100_000));
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('schema item code: ^\\s*[0-9０-９]{7}(?:\\s+\\S(?:.*\\S)?)?\\s*$', async () => {
    const fixed = /^\s*[0-9０-９]{7}(?:\s+\S(?:.*\S)?)?\s*$/u;
    await expectLinear(fixed);
    const old = /^\s*[0-9０-９]{7}(?:\s+\S.*)?\s*$/u;
    fc.assert(fc.property(stringOf(['2010301', '0', '２', ' ', '\t', '\n', '行政运行', 'x', '\u3000'], 12), (s) => {
      expect(fixed.test(s)).toBe(old.test(s));
    }));
  });
});

/** The suggested replacement for suppress.ts's DIRECTIVE scan: same matches, linear time. */
function directivesByIndexOf(markdown: string): Array<[number, string, string, string]> {
  const out: Array<[number, string, string, string]> = [];
  const head = /\s*juesuan-(disable-next-line|disable|enable)\b/uy;
  let at = markdown.indexOf('<!--');
  while (at >= 0) {
    head.lastIndex = at + 4;
    const m = head.exec(markdown);
    if (!m) {
      at = markdown.indexOf('<!--', at + 1);
      continue;
    }
    const bodyStart = at + 4 + m[0].length;
    const close = markdown.indexOf('-->', bodyStart);
    if (close < 0) break; // no comment closes after this one: no directive either
    out.push([at, markdown.slice(at, close + 3), m[1]!, markdown.slice(bodyStart, close)]);
    at = markdown.indexOf('<!--', close + 3);
  }
  return out;
}

const LEAD_WORDS = ['均为', '分别为', '分别是', '各为', '各是', '共计', '合计', '累计', '总计', '共', '计', '约', '为', '是', '达到', '达', '实现', '支出', '金额', '决算数', '决算', '数'];

/**
 * The suggested replacement for `text.replace(LEAD_IN, '')` in reader.ts: the
 * leftmost i from which the rest of the text is one or more lead-in words,
 * found right to left (ends[j]: text.slice(j) is made of lead-in words), so
 * linear in the text whatever it holds.
 */
function stripLeadIn(text: string): string {
  const n = text.length;
  const ends: boolean[] = new Array<boolean>(n + 1).fill(false);
  ends[n] = true;
  let first = n;
  for (let j = n - 1; j >= 0; j--) {
    ends[j] = LEAD_WORDS.some((w) => ends[j + w.length] === true && text.startsWith(w, j));
    if (ends[j]) first = j;
  }
  return text.slice(0, first);
}

/** The suggested replacement for int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') on the integer digits of a number. */
function groupThousands(int: string): string {
  const head = int.length % 3 || 3;
  const parts = [int.slice(0, head)];
  for (let i = head; i < int.length; i += 3) parts.push(int.slice(i, i + 3));
  return parts.join(',');
}
