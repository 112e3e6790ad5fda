// npm run accuracy: the linter's accuracy on every document the repository holds with its data —
// the seed's Part 3, the regional corpus, and the real published documents in test/fixtures/real —
// printed and kept in bench/ACCURACY.md. Run after `npm run build` (the script uses dist/).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAccounts } from '../dist/data/load.js';
import { buildFactCatalog } from '../dist/facts/catalog.js';
import { createLintContext } from '../dist/lint/lint.js';
import { measureAccuracy } from '../dist/accuracy/measure.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const documents = [
  ['seed 聊城市政府办公室 2024', 'test/fixtures/liaocheng-2024-part3.md', 'data/liaocheng-2024.yaml', 'written'],
  ...['shanghai-2025-env', 'sichuan-2023-culture', 'guangxi-2024-yuan'].map((n) => [`corpus ${n}`, `test/fixtures/corpus/${n}.md`, `test/fixtures/corpus/${n}.yaml`, 'written']),
  ['real 普陀区委社会工作部 2024 (as published)', 'test/fixtures/real/putuo-shgzb-2024-part3.md', 'test/fixtures/real/putuo-shgzb-2024.yaml', 'published'],
].filter(([, md, data]) => existsSync(root + md) && existsSync(root + data));

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
const rows = [];
const details = [];
for (const [name, md, data, kind] of documents) {
  const ctx = createLintContext(buildFactCatalog(loadAccounts(root + data).accounts));
  const r = measureAccuracy(name, readFileSync(root + md, 'utf8'), ctx);
  const flagged = r.mutants.figure.flagged + r.mutants.direction.flagged;
  const total = r.mutants.figure.total + r.mutants.direction.total;
  rows.push(`| ${name} | ${r.figures} | ${r.verified} | ${r.unverified} (${pct(r.unverified, r.figures)}) | ${r.errors.length}${kind === 'published' ? ' (the document\'s own slips, see below)' : ''} | ${r.fixChangedLines} | ${pct(r.mutants.figure.flagged, r.mutants.figure.total)} of ${r.mutants.figure.total} | ${pct(r.mutants.direction.flagged, r.mutants.direction.total)} of ${r.mutants.direction.total} | ${pct(flagged, total)} | ${pct(r.restored.exact, r.restored.total)} |`);
  details.push(`### ${name}\n\nErrors on the text as it stands:\n${r.errors.map((e) => `- line ${e.line} \`${e.ruleId}\`: ${e.message}`).join('\n') || '- none'}\n\nMutants not flagged on their line:\n${r.missed.map((m) => `- ${m}`).join('\n') || '- none'}\n`);
}
const table = `| document | figures | verified | unverified | errors on clean text | lines --fix changes | figure mutants flagged | direction mutants flagged | all mutants | mutants --fix restores exactly |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}`;
console.log(table);
const out = `# Accuracy (npm run accuracy)

Made by \`scripts/accuracy.mjs\` on ${new Date().toISOString().slice(0, 10)}. A mutant changes one figure well beyond rounding
(×1.5 + 7, in the figure's own style) or flips one direction word (增加↔减少, 增长↔下降, 大于↔小于); it counts as
flagged when an error appears on its line that the clean text does not have. Targets (issue 8): 0 false alarms,
0 correct lines changed by --fix, mutant recall ≥ 97% (≥ 95% on real published text), unverified ≤ 2% of figures,
≥ 95% of seed mutants restored exactly.

${table}

${details.join('\n')}`;
writeFileSync(root + 'bench/ACCURACY.md', out);
