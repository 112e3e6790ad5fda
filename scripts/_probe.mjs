import { readReviewDocument } from '../dist/review/document.js';
import { reviewDocument } from '../dist/review/review.js';
for (const f of process.argv.slice(2)) {
  const read = await readReviewDocument(f);
  const r = reviewDocument(read.document);
  console.log('==', f, r.year, r.department, r.tables.imported.join(','), r.tables.notImported.map((t) => `${t.table}:${t.status}`).join(','));
  for (const m of r.documentFindings) console.log('DOC', m.message);
  for (const m of r.tableFindings) console.log('TABLE', m.severity, m.message.slice(0, 120));
  for (const m of r.lint.messages.filter((m) => m.severity === 2)) console.log(m.page, m.line, m.ruleId, m.actual, '|', m.message.slice(0, 90));
  console.log('verified', r.lint.verifiedCount, 'unverified', r.lint.unverifiedCount);
}
