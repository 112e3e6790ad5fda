/**
 * A PDF holding two units' disclosures, one after the other (blind 17P D2: a 部门's and a 单位's
 * files joined, as some bureaus publish them): the first unit's tables are read, and only the
 * first unit's Part 3 is judged against them; the second unit's Part 3 is said not to be reviewed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewDocumentOf } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

const REAL = `${ROOT}test/fixtures/real/`;
const hasPdfunite = (() => { try { execFileSync('pdfunite', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; } })();

async function reviewed(path: string) {
  const read = await reviewDocumentOf(path, new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(read.message);
  return reviewDocument(read.document);
}

describe('two units in one PDF (社会工作部 pp.1–25, then 财政局 pp.26–49)', () => {
  it.skipIf(!hasPdfunite)('the first unit’s Part 3 (pp.17–22) is judged against its tables, as when reviewed alone; the second’s is not reviewed', async () => {
    const joined = join(mkdtempSync(join(tmpdir(), 'two-units-')), 'joined.pdf');
    execFileSync('pdfunite', [`${REAL}putuo-shgzb-2024.pdf`, `${REAL}putuo-czj-2024.pdf`, joined]);
    const [both, alone] = [await reviewed(joined), await reviewed(`${REAL}putuo-shgzb-2024.pdf`)];
    // no finding on the second unit's pages
    expect(both.lint.messages.filter((m) => (m.page ?? 0) > 25)).toEqual([]);
    // the first unit's Part 3 gets what it gets alone
    const says = (r: typeof both) => [...r.lint.messages.map((m) => `${m.page} ${m.ruleId} ${m.message}`), ...r.tableFindings.map((f) => f.message)];
    expect(says(both)).toEqual(says(alone));
    expect(both.errorCount).toBe(alone.errorCount);
    expect(both.notes.join('\n')).toMatch(/第 45–48 页的说明文字在另一组决算表之后，属于另一个单位，没有审校，只审校了第一组表所属的说明（第 17–22 页）/u);
  }, 120_000);
});
