/**
 * A Part 3 paragraph in a Word text box, exported to PDF (blind test 9R, D2.pdf): its lines stand at the box's
 * inset, right of the text column, and its first line is indented from there. They are one paragraph, joined
 * relative to the box's own left edge, so that no sentence breaks at a line's end (公务用车购置及运 / 行维护费).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReviewDocument } from '../../src/review/document.js';
import { reviewDocument } from '../../src/review/review.js';
import { ROOT } from '../helpers.js';

const FILE = `${ROOT}test/fixtures/layouts/blind9r/text-box.pdf`;

describe('a paragraph in a text box', () => {
  it('is read as one paragraph', async () => {
    const read = await readReviewDocument(FILE);
    if (!read.ok) throw new Error(read.message);
    const paragraph = read.document.part3.split('\n\n').find((p) => p.includes('经费财政拨款支出全年预算为 20.16 万元'));
    expect(paragraph).toContain('完成全年预算的 93.33%。其中：因公出国（境）费支出决算为 2.10 万元');
    expect(paragraph).toContain('公务用车购置及运行维护费支出决算为 10.89 万元');
    expect(paragraph).toMatch(/公务接待费支出决算为 1\.43 万元，完成全年预算的 41\.94%。\n?$/u);
  });

  it('so a completion rate in it is judged by its own figures: 14.42 ÷ 20.16 is 71.53%, not 93.33%', async () => {
    const read = await readReviewDocument(FILE);
    if (!read.ok) throw new Error(read.message);
    // (this page alone has no 公开09表: the rate is judged against the paragraph's own budget and actual)
    const errors = reviewDocument(read.document).lint.messages.filter((m) => m.ruleId.startsWith('completion-rate'));
    expect(errors.map((m) => [m.ruleId, m.page, m.line, m.severity])).toEqual([['completion-rate-inconsistent', 1, 35, 2]]);
  });
});
