/**
 * --fix restores what a single change broke: for every single figure or
 * direction-word change of the seed's Part 3 and of the corpus documents,
 * fixing gives back the original text exactly in at least 95% of cases; a
 * second run changes nothing; text that was right is never touched.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAccounts } from '../../src/data/load.js';
import { buildFactCatalog } from '../../src/facts/catalog.js';
import { applyFixes, fixMarkdown } from '../../src/lint/fix.js';
import { createLintContext, lintMarkdown } from '../../src/lint/lint.js';
import { ROOT, seedWith } from '../helpers.js';
import { apply, mutations, type Mutation } from '../../src/accuracy/mutants.js';

const DOCUMENTS: Array<[string, string, string]> = [
  ['seed', `${ROOT}test/fixtures/liaocheng-2024-part3.md`, `${ROOT}data/liaocheng-2024.yaml`],
  ...['shanghai-2025-env', 'sichuan-2023-culture', 'guangxi-2024-yuan'].map((n): [string, string, string] =>
    [n, `${ROOT}test/fixtures/corpus/${n}.md`, `${ROOT}test/fixtures/corpus/${n}.yaml`]),
];

for (const [name, doc, data] of DOCUMENTS) {
  describe(`--fix on ${name}`, () => {
    const ctx = createLintContext(buildFactCatalog(loadAccounts(data).accounts));
    const original = readFileSync(doc, 'utf8');

    it('leaves a document it has nothing to fix byte for byte', () => {
      expect(fixMarkdown(original, ctx).output).toBe(original);
    });

    // Every change of the seed; every third change of the other documents (the suite's time is finite).
    it('restores the original text for at least 95% of single changes; a reason\'s words are flagged, never fixed', () => {
      const all = mutations(original).filter((_, i) => name === 'seed' || i % 3 === 0);
      // A direction word flipped inside a reason (主要原因：一是…增加) is reported as reason-contradicts-change:
      // the reason is free text, so the fix leaves it to the writer.
      const inReason = (m: Mutation) => m.kind === 'direction' && lintMarkdown(apply(original, m), ctx).messages
        .some((x) => x.ruleId === 'reason-contradicts-change' && x.line === m.line && x.actual === m.replacement);
      const reasons = all.filter(inReason);
      for (const m of reasons) expect(fixMarkdown(apply(original, m), ctx).output).toBe(apply(original, m));
      const fixable = all.filter((m) => !reasons.includes(m));
      const notRestored = fixable.filter((m) => fixMarkdown(apply(original, m), ctx).output !== original);
      const rate = 1 - notRestored.length / fixable.length;
      expect(rate, notRestored.map((m) => `line ${m.line}: ${m.original} → ${m.replacement}`).join('\n')).toBeGreaterThanOrEqual(0.95);
    }, 120_000);

    it('is idempotent: fixing the fixed text changes nothing', () => {
      for (const m of mutations(original).filter((_, i) => i % 7 === 0)) {
        const once = fixMarkdown(apply(original, m), ctx).output;
        expect(fixMarkdown(once, ctx).output).toBe(once);
      }
    });
  });
}

describe('applyFixes', () => {
  it('keeps the writer\'s style: decimals, separators, full-width digits', () => {
    const ctx = createLintContext(buildFactCatalog(loadAccounts(`${ROOT}data/liaocheng-2024.yaml`).accounts));
    const text = '## 三、支出决算情况说明\n\n2024 年度支出合计４，３０４．１６万元，其中：基本支出 3153.74 万元，占 72.7%。\n';
    const { output } = applyFixes(text, lintMarkdown(text, ctx).messages);
    expect(output).toBe('## 三、支出决算情况说明\n\n2024 年度支出合计４，３４０．１６万元，其中：基本支出 3153.47 万元，占 72.7%。\n');
  });

  it('writes a short figure that must grow past 999 with the separators the document’s long figures carry (blind4r §3.4)', () => {
    const ctx = createLintContext(buildFactCatalog(loadAccounts(`${ROOT}data/liaocheng-2024.yaml`).accounts));
    const grouped = '## 三、支出决算情况说明\n\n2024 年度本年支出合计 4,340.16 万元，其中：基本支出 315.47 万元。\n';
    const message = lintMarkdown(grouped, ctx).messages.find((m) => m.ruleId === 'amount-mismatch');
    expect(message?.expected).toBe('3,153.47');
    expect(message?.message).toContain('应为 3,153.47 万元');
    const plain = '## 三、支出决算情况说明\n\n2024 年度本年支出合计 4340.16 万元，其中：基本支出 315.47 万元。\n';
    expect(applyFixes(plain, lintMarkdown(plain, ctx).messages).output).toContain('基本支出 3153.47 万元');
  });

  it('writes a figure whose own decimals cannot hold the value to the decimals the document keeps (blind8l §1.3: 0 → 1.20, not 1.2)', () => {
    const ctx = createLintContext(buildFactCatalog(loadAccounts(`${ROOT}data/liaocheng-2024.yaml`).accounts));
    const text = '## 九、财政拨款“三公”经费支出决算情况说明\n\n“三公”经费财政拨款支出年初预算为 49.70 万元，支出决算为 4 万元。其中：公务接待费 12.32 万元。\n';
    expect(applyFixes(text, lintMarkdown(text, ctx).messages).output).toContain('支出决算为 49.70 万元');
  });

  it('drops the last zero of a fix written over a figure to the cent where the writer drops them and the document keeps none (blind 18L §1: 2.43 → 2.7)', () => {
    const ctx = createLintContext(buildFactCatalog(loadAccounts(`${ROOT}data/liaocheng-2024.yaml`).accounts));
    const trims = '## 九、财政拨款“三公”经费支出决算情况说明\n\n“三公”经费财政拨款支出全年预算为 49.7 万元，支出决算为 49.73 万元。其中：公务接待费 12.32 万元。\n';
    expect(applyFixes(trims, lintMarkdown(trims, ctx).messages).output).toContain('支出决算为 49.7 万元');
    // …not where the document keeps a last zero at the cent somewhere (the writer of 618.90 beside 49.7).
    const keeps = `${trims}\n2024 年度机关运行经费支出 377.88 万元，比年初预算数减少 25.60 万元。\n`;
    expect(applyFixes(keeps, lintMarkdown(keeps, ctx).messages).output).toContain('支出决算为 49.70 万元');
  });

  it('reads a decrease written without its sign as a trimmed amount (减少 6.6 万元 for −6.60; blind 18L §1: 2.70 → 2.7)', () => {
    // 项目支出 1,186.68 against last year's 1,193.28: −6.60.
    const ctx = createLintContext(buildFactCatalog(seedWith('    项目支出: 1,272.60', '    项目支出: 1,193.28')));
    const text = '## 三、支出决算情况说明\n\n项目支出 1,186.68 万元，比上年减少 6.6 万元。\n\n## 五、一般公共预算财政拨款支出决算情况说明\n\n2024 年度一般公共预算财政拨款支出 4,211.05 万元，主要用于以下方面：一般公共服务（类）支出 3,218.84 万元；卫生健康（类）支出 131.58 万元。\n';
    expect(applyFixes(text, lintMarkdown(text, ctx).messages).output).toContain('卫生健康（类）支出 113.6 万元');
    // …and a decrease written with its zero is no such sign: 113.60.
    const kept = text.replace('减少 6.6 万元', '减少 6.60 万元');
    expect(applyFixes(kept, lintMarkdown(kept, ctx).messages).output).toContain('卫生健康（类）支出 113.60 万元');
  });

  it('writes an amount to 0.1 where the document rounds such amounts to 0.1, keeping their zero (20.0; blind8l §3)', () => {
    const ctx = createLintContext(buildFactCatalog(loadAccounts(`${ROOT}data/liaocheng-2024.yaml`).accounts));
    const text = '## 九、财政拨款“三公”经费支出决算情况说明\n\n“三公”经费财政拨款支出年初预算为 49.70 万元，支出决算为 49.70 万元。其中：公务接待费支出决算为 13.3 万元，完成预算 20.0 万元的 61.6%。\n';
    expect(applyFixes(text, lintMarkdown(text, ctx).messages).output).toContain('支出决算为 12.3 万元');
  });

  it('writes a rate to the decimals the document writes its rates in where its own would leave one digit (blind 11L W1: 6.2% → 0.62%, not 0.6%)', () => {
    // 项目支出 1,186.68 against last year's 1,180.00: +0.57%.
    const ctx = createLintContext(buildFactCatalog(seedWith('    项目支出: 1,272.60', '    项目支出: 1,180.00')));
    const text = '## 三、支出决算情况说明\n\n基本支出 3,153.47 万元，占 72.66%，比上年减少 267.94 万元，下降 7.83%。项目支出 1,186.68 万元，占 27.34%，比上年增加 6.68 万元，增长 5.7%。\n';
    expect(applyFixes(text, lintMarkdown(text, ctx).messages).output).toContain('增长 0.57%');
    // The same where the document keeps its zeros (9.90%, blind 11L jn-hospital's 75.80%).
    const gpb = (rate: string) => `\n## 五、一般公共预算财政拨款支出决算情况说明\n\n一般公共预算财政拨款支出 4,211.05 万元，比上年减少 462.95 万元，下降 ${rate}。\n`;
    const kept = `${text}${gpb('9.90%')}`;
    expect(applyFixes(kept, lintMarkdown(kept, ctx).messages).output).toContain('增长 0.57%');
    // A wrong rate whose own one decimal gives two digits keeps it: the writer rounded it so (sichuan's 80.8% among 95.87%).
    const rounded = `${text.replace('增长 5.7%', '增长 0.57%').replace('下降 7.83%', '下降 8.3%')}${gpb('9.90%')}`;
    expect(applyFixes(rounded, lintMarkdown(rounded, ctx).messages).output).toContain('下降 7.8%');
    // A right rate whose two decimals end in 0 (9.9048 → 9.90) fits the wrong figure's one decimal: 9.9%, as the
    // writer of 4.9% beside 4.90% wrote it (blind 11L m84).
    const short = `${text.replace('下降 8.3%', '下降 7.83%')}${gpb('9.4%')}`;
    expect(applyFixes(short, lintMarkdown(short, ctx).messages).output).toContain('下降 9.9%。');
  });

  it('writes a rate to the document\'s decimals where the document trims its zeros: its fewer decimals are trimmed zeros, not a rounding (blind 15L §3: 104.5% → 100.45%, 8.4% → 8.04%)', () => {
    const ctx = createLintContext(buildFactCatalog(loadAccounts(`${ROOT}data/liaocheng-2024.yaml`).accounts));
    // Rates to 0.01, a zero trimmed (9.9% for 9.90%), none kept: 8.3% where 7.8333% is right is 7.83%, not 7.8%.
    const text = (rate: string) => `## 三、支出决算情况说明\n\n基本支出 3,153.47 万元，占 72.66%，比上年减少 267.94 万元，下降 ${rate}。项目支出 1,186.68 万元，占 27.34%，比上年减少 85.92 万元，下降 6.75%。\n\n## 五、一般公共预算财政拨款支出决算情况说明\n\n一般公共预算财政拨款支出 4,211.05 万元，比上年减少 462.95 万元，下降 9.9%。\n`;
    expect(lintMarkdown(text('7.83%'), ctx).messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(applyFixes(text('8.3%'), lintMarkdown(text('8.3%'), ctx).messages).output).toBe(text('7.83%'));
    // A value whose two decimals end in 0 stays trimmed (9.4% where 9.9048% is right: 9.9%).
    const wrong = text('7.83%').replace('下降 9.9%', '下降 9.4%');
    expect(applyFixes(wrong, lintMarkdown(wrong, ctx).messages).output).toBe(text('7.83%'));
  });

  it('writes a fix at its paragraph\'s precision where the paragraph is written coarser than the document (blind 13L §3: 2,034 → 2,043, 2% → 1%)', () => {
    const ctx = createLintContext(buildFactCatalog(loadAccounts(`${ROOT}data/liaocheng-2024.yaml`).accounts));
    // The document writes 0.01 elsewhere (五); 三 rounds to whole 万元 and rates of 0–1 decimals.
    const fine = '\n## 五、一般公共预算财政拨款支出决算情况说明\n\n一般公共预算财政拨款支出 4,211.05 万元，占本年支出合计的 97.03%，其中基本支出 3,153.47 万元，占 74.89%，项目支出 1,057.57 万元，占 25.11%。\n';
    const coarse = (basic: string, rate: string) => `## 三、支出决算情况说明\n\n本年支出合计4,340万元，其中基本支出${basic}万元，占72.7%，较上年减少268万元，下降${rate}；项目支出1,187万元，占27.3%。\n${fine}`;
    const right = coarse('3,153', '8%');
    expect(lintMarkdown(right, ctx).messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(fixMarkdown(coarse('3,135', '8%'), ctx).output).toBe(right);
    expect(fixMarkdown(coarse('3,153', '9%'), ctx).output).toBe(right);
    // A paragraph that writes its amounts to 0.01 keeps the document's rule (a one-digit rate grows its decimals).
    const mixed = right.replace('4,340万元', '4,340.16万元').replace('1,187万元', '1,186.68万元').replace('占72.7%', '占72.66%').replace('占27.3%', '占27.34%');
    expect(fixMarkdown(mixed.replace('下降8%', '下降9%'), ctx).output).toContain('下降7.83%');
  });

  it('writes a right zero as the paragraph writes its figures where the wrong one alone has the document\'s decimals (blind 10L m15: 0 万元 among 0 万元, not 0.00)', () => {
    const ctx = createLintContext(buildFactCatalog(loadAccounts(`${ROOT}data/liaocheng-2024.yaml`).accounts));
    // The document writes 0.01 and keeps its zeros (113.60); the paragraph writes its zeros whole.
    const doc = (paragraph: string) => `## 二、收入决算情况说明\n\n本年收入合计 4,340.16 万元。\n\n${paragraph}\n\n## 三、支出决算情况说明\n\n卫生健康支出 113.60 万元。\n`;
    const right = doc('上级补助收入0万元，事业收入0万元，经营收入0万元，附属单位上缴收入0万元。');
    expect(lintMarkdown(right, ctx).messages).toEqual([]);
    expect(fixMarkdown(doc('上级补助收入0万元，事业收入0万元，经营收入1.20万元，附属单位上缴收入0万元。'), ctx).output).toBe(right);
    // Written whole beside a figure of its own rounding too (4,211 for 4,211.05): the value held exactly at those decimals.
    expect(fixMarkdown(doc('一般公共预算财政拨款收入4,211万元，上级补助收入0万元，经营收入1.20万元。'), ctx).output).toContain('经营收入0万元');
    // Zeros alone say how the paragraph writes a zero, not how it rounds: a non-zero figure keeps the document's 0.01.
    expect(fixMarkdown(doc('上级补助收入0万元，事业收入0万元，政府性基金预算财政拨款收入130.20万元。'), ctx).output).toContain('政府性基金预算财政拨款收入129.11万元');
    // A paragraph with a figure at the document's decimals keeps the document's rule: 0.00.
    expect(fixMarkdown(doc('上级补助收入0万元，事业收入0.00万元，经营收入1.20万元，附属单位上缴收入0万元。'), ctx).output).toContain('经营收入0.00万元');
  });

  it('keeps the wrong figure\'s decimals where the document trims zeros but the figure was written with them (blind 11L W2: 84.01% → 84.10%, not 84.1%)', () => {
    const ctx = createLintContext(buildFactCatalog(loadAccounts(`${ROOT}data/liaocheng-2024.yaml`).accounts));
    // The document writes its whole numbers whole (0 万元): a zero-ending 1,723.70 is still written with its zero.
    const text = '## 二、收入决算情况说明\n\n本年收入合计 4,340.16 万元，其中上级补助收入 0 万元。\n\n## 五、一般公共预算财政拨款支出决算情况说明\n\n一般行政管理事务（项）年初预算为 1,723.07 万元，支出决算为 1,057.57 万元。\n';
    expect(applyFixes(text, lintMarkdown(text, ctx).messages).output).toContain('年初预算为 1,723.70 万元');
    // A whole number is written whole there (4,694.01 where 4,694.00 is right: 4,694).
    const whole = '## 一、收入支出决算总体情况说明\n\n2024 年度收、支总计均为 4,340.16 万元，上年收支总计为 4,694.01 万元。\n\n## 二、收入决算情况说明\n\n本年收入合计 4,340.16 万元，其中上级补助收入 0 万元。\n';
    expect(applyFixes(whole, lintMarkdown(whole, ctx).messages).output).toContain('上年收支总计为 4,694 万元');
  });

  it('fixes a figure written whole, never one split by a line break: where that one starts and ends is a guess, so it is reported as read and left to the writer (FC_SEED=-849409493)', () => {
    const ctx = createLintContext(buildFactCatalog(loadAccounts(`${ROOT}data/liaocheng-2024.yaml`).accounts));
    const doc = (figure: string) => `## 三、支出决算情况说明\n\n2024 年度支出合计 4,340.16 万元，其中：基本支出 ${figure} 万元。\n后一行。\n`;
    // Valid: the split figure read whole agrees with the data.
    expect(lintMarkdown(doc('3,15\n3.47'), ctx).messages.filter((m) => m.severity === 2)).toEqual([]);
    // A whole wrong figure: an error, fixed.
    const whole = lintMarkdown(doc('3,154.47'), ctx).messages.filter((m) => m.ruleId === 'amount-mismatch');
    expect(whole).toHaveLength(1);
    expect(applyFixes(doc('3,154.47'), whole).output).toBe(doc('3,153.47'));
    // The same figure split by a soft, a hard or a Windows line break: the same error, naming what was read, with no fix.
    for (const [split, read] of [['3,15\n4.47', '3,154.47'], ['3,15  \n4.47', '3,154.47'], ['31\n5.47', '315.47'], ['3,15\r\n4.47', '3,154.47'], ['3,15\r4.47', '3,154.47'], ['31\r5.47', '315.47']]) {
      const errors = lintMarkdown(doc(split!), ctx).messages.filter((m) => m.severity === 2);
      expect(errors.map((m) => [m.ruleId, m.fix])).toEqual([['amount-mismatch', undefined]]);
      expect(errors[0]!.message).toContain(`${read} 万元 与数据不符：基本支出为 3,153.47 万元`);
      expect(fixMarkdown(doc(split!), ctx).output).toBe(doc(split!));
    }
    // A document whose every line ends in a lone CR (old Mac): the split figure is the same error, still not fixed.
    const mac = doc('3,15\r4.47').replace(/\n/gu, '\r');
    const errors = lintMarkdown(mac, ctx).messages.filter((m) => m.severity === 2);
    expect(errors.map((m) => [m.ruleId, m.line, m.fix])).toEqual([['amount-mismatch', 3, undefined]]);
    expect(fixMarkdown(mac, ctx).output).toBe(mac);
    // Right when read whole: no error, no change.
    expect(lintMarkdown(doc('3,15\r3.47'), ctx).messages.filter((m) => m.severity === 2)).toEqual([]);
  });

  it('skips a second fix of the same text', () => {
    const fix = (start: number, end: number, text: string) => ({
      ruleId: 'x', severity: 2 as const, message: '', line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range: [start, end] as [number, number], text },
    });
    const { output, skipped } = applyFixes('abcdef', [fix(1, 3, 'XY'), fix(2, 4, 'Z')]);
    expect(output).toBe('aXYdef');
    expect(skipped).toHaveLength(1);
  });
});
