// npm run accuracy: the linter's accuracy on every document the repository holds with its data —
// the seed's Part 3, the regional corpus, and the real published documents in test/fixtures/real —
// and review's on the real published PDFs, as they are and with slips planted in them;
// printed and kept in bench/ACCURACY.md. Run after `npm run build` (the script uses dist/).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAccounts } from '../dist/data/load.js';
import { buildFactCatalog } from '../dist/facts/catalog.js';
import { createLintContext } from '../dist/lint/lint.js';
import { measureAccuracy } from '../dist/accuracy/measure.js';
import { measureReview } from '../dist/accuracy/review.js';
import { readReviewDocument } from '../dist/review/document.js';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const documents = [
  ['seed 聊城市政府办公室 2024', 'test/fixtures/liaocheng-2024-part3.md', 'data/liaocheng-2024.yaml', 'written'],
  ...['shanghai-2025-env', 'sichuan-2023-culture', 'guangxi-2024-yuan'].map((n) => [`corpus ${n}`, `test/fixtures/corpus/${n}.md`, `test/fixtures/corpus/${n}.yaml`, 'written']),
  ['real 普陀区委社会工作部 2024 (as published)', 'test/fixtures/real/putuo-shgzb-2024-part3.md', 'test/fixtures/real/putuo-shgzb-2024.yaml', 'published'],
].filter(([, md, data]) => existsSync(root + md) && existsSync(root + data));

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
const rows = [];
const details = [];
const absenceRows = [];
for (const [name, md, data, kind] of documents) {
  const ctx = createLintContext(buildFactCatalog(loadAccounts(root + data).accounts));
  const r = measureAccuracy(name, readFileSync(root + md, 'utf8'), ctx);
  const flagged = r.mutants.figure.flagged + r.mutants.direction.flagged;
  const total = r.mutants.figure.total + r.mutants.direction.total;
  rows.push(`| ${name} | ${r.figures} | ${r.verified} | ${r.unverified} (${pct(r.unverified, r.figures)}) | ${r.errors.length}${kind === 'published' ? ' (the document\'s own slips, see below)' : ''} | ${r.fixChangedLines} | ${pct(r.mutants.figure.flagged, r.mutants.figure.total)} of ${r.mutants.figure.total} | ${pct(r.mutants.direction.flagged, r.mutants.direction.total)} of ${r.mutants.direction.total} | ${pct(flagged, total)} | ${pct(r.restored.exact, r.restored.total)} |`);
  const a = r.absence;
  absenceRows.push(`| ${name} | ${a.flag.ok} of ${a.flag.total} | ${a.quiet.ok} of ${a.quiet.total} |`);
  details.push(`### ${name}\n\nErrors on the text as it stands:\n${r.errors.map((e) => `- line ${e.line} \`${e.ruleId}\`: ${e.message}`).join('\n') || '- none'}\n\nMutants not flagged on their line:\n${r.missed.map((m) => `- ${m}`).join('\n') || '- none'}\n`);
}
const table = `| document | figures | verified | unverified | errors on clean text | lines --fix changes | figure mutants flagged | direction mutants flagged | all mutants | mutants --fix restores exactly |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}`;
console.log(table);
const absenceTable = `| document | 本年度无…支出 for an item stated non-zero: flagged | for an item stated as 0: quiet |
|---|---:|---:|
${absenceRows.join('\n')}`;
console.log(`\n${absenceTable}`);

// ── review: the real published PDFs, with no data file ──
const fixture = (name) => root + 'test/fixtures/real/' + name;
const transcribed = (name) => (existsSync(fixture(name)) ? parse(readFileSync(fixture(name), 'utf8')) : undefined);
const ZERO_BASE = ['zero-base-rate'];
const CZJ_TABLES = transcribed('putuo-czj-2024.tables.yaml');
const SHGZB_TABLES = transcribed('putuo-shgzb-2024.yaml');
/** Each PDF with its truth: the tables transcribed by hand, and the slips its Part 3 really has. */
const PDFS = [
  ['普陀区财政局 2024 (ONLYOFFICE)', 'putuo-czj-2024.pdf', {
    tables: CZJ_TABLES,
    slips: [
      { line: '财政拨款收入支出总计0.3万元', actual: '0.3', rules: ['amount-mismatch'] },
      { line: '一般公共服务支出（类）2106.66万元，占71.73%', actual: '71.73', rules: ['share-mismatch', 'share-inconsistent'] },
      // 人员经费 “主要包括” 个人农业生产补贴, which 公开06表 leaves blank (its 0.31 stands on the 奖励金 row).
      { line: '个人农业生产补贴', actual: '个人农业生产补贴', rules: ['listed-item-zero'] },
    ],
  }],
  // The same document as a PDF text extractor gives it (pdftotext -layout): a table's columns and a sentence's lines as printed.
  ['普陀区财政局 2024, pdftotext -layout text', 'putuo-czj-2024.layout.txt', {
    tables: CZJ_TABLES,
    slips: [
      { line: '财政拨款收入支出总计0.3万元', actual: '0.3', rules: ['amount-mismatch'] },
      { line: '（类）2106.66万元，占71.73%', actual: '71.73', rules: ['share-mismatch', 'share-inconsistent'] },
      { line: '个人农业生产补贴', actual: '个人农业生产补贴', rules: ['listed-item-zero'] },
    ],
  }],
  ['普陀区委社会工作部 2024 (WPS)', 'putuo-shgzb-2024.pdf', {
    tables: SHGZB_TABLES,
    slips: [
      // A unit founded in 2024: every rate over last year's 0, and 完成年初预算的 95.89% of an opening budget of 0.
      { line: '收入支出总计增加 307.82 万元，增长100.00%', actual: '100.00', rules: ZERO_BASE },
      { line: '财政拨款收入支出总计增加307.82 万元，增长 100.00%', actual: '100.00', rules: ZERO_BASE },
      { line: '一般公共预算财政拨款支出增加 307.82万元，增长 100.00%', actual: '100.00', rules: ZERO_BASE },
      { line: '完成年初预算的 95.89%', actual: '95.89', rules: ZERO_BASE },
      { line: '比 2023 年度增加 10.23 万元，增长 100.00%', actual: '100.00', rules: ZERO_BASE },
      // 21.07 awarded to SMEs in reserved projects and 21.07 in other projects, of 21.07 procured in all.
      { line: '在其他政府采购项目中，由中小企业供应商中标或成交的', actual: '21.07', rules: ['parts-exceed-whole'] },
      // 29.42 ÷ 307.82 = 9.5575%, cut to 9.55% (the shares then add to 100).
      { line: '住房保障支出（类）29.42 万元，占 9.55%', actual: '9.55', rules: ['truncated-figure'] },
      // 公用经费 “主要包括” 邮电费, which 公开06表 gives as 0.00.
      { line: '办公费、邮电费', actual: '邮电费', rules: ['listed-item-zero'] },
    ],
  }],
  // The same as printed lines, a blank line between each: a sentence's figures fall on the line after its words.
  ['普陀区委社会工作部 2024, pdftotext -layout text', 'putuo-shgzb-2024.layout.txt', {
    tables: SHGZB_TABLES,
    slips: [
      { line: '100.00%。主要原因：单位于 2024 年成立。', actual: '100.00', rules: ZERO_BASE },
      { line: '307.82 万元，增长 100.00%。主要原因：单位于 2024 年成立。', actual: '100.00', rules: ZERO_BASE },
      { line: '万元，增长 100.00%。主要原因：单位于 2024 年成立。', actual: '100.00', rules: ZERO_BASE },
      { line: '完成年初预算的 95.89%', actual: '95.89', rules: ZERO_BASE },
      { line: '增长 100.00%。主要原因是单位于 2024 年成立。', actual: '100.00', rules: ZERO_BASE },
      { line: '21.07 万元。', actual: '21.07', rules: ['parts-exceed-whole'] },
      { line: '住房保障支出（类）29.42 万元，占 9.55%', actual: '9.55', rules: ['truncated-figure'] },
      { line: '办公费、邮电费', actual: '邮电费', rules: ['listed-item-zero'] },
    ],
  }],
  ['上海市部门决算模板 2024 (WPS, unfilled)', 'shanghai-template-2024.pdf', { slips: [], trueRules: ['template-leftover'] }],
].filter(([, file]) => existsSync(fixture(file)));

const reviewRows = [];
const plantedRows = [];
const reviewDetails = [];
const count = (xs, status) => xs.filter((t) => t.status === status).length;
for (const [name, file, truth] of PDFS) {
  const read = await readReviewDocument(fixture(file));
  if (!read.ok) throw new Error(`${file}: ${read.message}`);
  const r = measureReview(read.document, truth);
  const tables = r.tables.length === 0 ? '— (no transcription)' : `${count(r.tables, 'exact')} exact, ${count(r.tables, 'wrong')} wrong, ${count(r.tables, 'not-used')} named, ${count(r.tables, 'absent')} absent`;
  reviewRows.push(`| ${name} | ${r.accepted ? 'yes' : `no: ${r.refusal}`} | ${tables} | ${r.errors} | ${r.falseErrors.length} | ${r.slips.found} of ${r.slips.total} | ${r.unverified} of ${r.figures} (${pct(r.unverified, r.figures)}) |`);
  for (const kind of ['title-year', 'year-end', 'comparison-word', 'figure', 'table-removed']) {
    const ps = r.planted.filter((p) => p.kind === kind);
    if (ps.length === 0) continue;
    const found = ps.filter((p) => p.found).length;
    plantedRows.push(`| ${name} | ${kind} | ${ps.length} | ${ps.filter((p) => p.accepted).length} | ${kind === 'table-removed' ? '—' : `${found} (${pct(found, ps.length)})`} | ${ps.reduce((n, p) => n + p.falseErrors.length, 0)} |`);
  }
  const list = (xs) => xs.map((x) => `- ${x}`).join('\n') || '- none';
  reviewDetails.push(`### review: ${name}\n\nTables judged against but not equal to the transcription:\n${list(r.tables.filter((t) => t.status === 'wrong').map((t) => `${t.table}: ${t.differences} cells differ`))}\n\nErrors that are no known slip:\n${list(r.falseErrors)}\n\nKnown slips not found:\n${list(r.slips.missed)}\n\nPlanted slips: false errors and misses:\n${list(r.planted.flatMap((p) => [...(p.found === false ? [`${p.kind} (${p.change}) not found`] : []), ...p.falseErrors.map((e) => `${p.kind} (${p.change}): ${e}`)]))}\n`);
}
const reviewTable = `| document | accepted | tables (of 9) | errors | errors on correct text | real slips found | unverified |
|---|---|---|---:|---:|---:|---:|
${reviewRows.join('\n')}`;
const plantedTable = `| document | planted slip | variants | accepted | found on their line | errors elsewhere |
|---|---|---:|---:|---:|---:|
${plantedRows.join('\n')}`;
console.log(`\n${reviewTable}\n\n${plantedTable}`);

const out = `# Accuracy (npm run accuracy)

Made by \`scripts/accuracy.mjs\` on ${new Date().toISOString().slice(0, 10)}. A mutant changes one figure well beyond rounding
(×1.5 + 7, in the figure's own style) or flips one direction word (增加↔减少, 增长↔下降, 大于↔小于); it counts as
flagged when an error appears on its line that the clean text does not have. Targets (issue 8): 0 false alarms,
0 correct lines changed by --fix, mutant recall ≥ 97% (≥ 95% on real published text), unverified ≤ 2% of figures,
≥ 95% of seed mutants restored exactly.

${table}

Negations (absence-mismatch): in each document, the first sentence stating each of 因公出国（境）费, the
“三公” items, 机关运行经费 and the budget scopes with its amount is replaced by 本年度无…支出 (one at a time).
Where the amount it stated was not 0 the negation must be flagged on its line; where it was 0 it must not.

${absenceTable}

## review (no data file)

\`juesuan review\` of each real published PDF in test/fixtures/real (and one as \`pdftotext -layout\` text), against the truth the script states: the tables
transcribed by hand (a table is *exact* when judged against and equal cell by cell, *wrong* when judged against but
not equal — the case that must not happen —, *named* when review lists it as not judged against, *absent* when not
found), and the slips the document's Part 3 really has. Targets (issue 14): every document accepted, no error on
correct text, no table judged against unless exact, every real slip found.

${reviewTable}

Planted slips: the same document, its Part 3 text as read with one slip planted (a Part 3 title a year early, a
截至 date a year early, each per-项 决算数小于/大于 flipped — the first three also to 等于 —, each class amount of the
一般公共预算 breakdown ×1.5 + 7) or one of the tables it is judged against taken out, one variant at a time.
Targets: accepted, the slip found on its line, no new error elsewhere (a removed table's figures unverified, the
table named as not in the file).

${plantedTable}

${details.join('\n')}
${reviewDetails.join('\n')}`;
writeFileSync(root + 'bench/ACCURACY.md', out);
