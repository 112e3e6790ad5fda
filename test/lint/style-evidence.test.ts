/**
 * Which agreeing amounts tell how a paragraph writes (DocumentStyle.takesAgreement, asked before the linter works out the
 * data's value in the figure's unit): only an amount written coarser than the document's finest amount of its unit —
 * 5.5 or 13 万元 where the document writes 1,861.55 万元. An amount at the finest precision, a percentage, a count, an
 * amount in another unit than the finest one's, or one in Chinese numerals says nothing of the writer's habit.
 */
import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/lint/figures.js';
import { DocumentStyle } from '../../src/lint/style.js';

const TEXT = '收入合计 1,861.55 万元，公务接待费 5.5 万元，差旅费 13 万元，占 95.71%，车辆 3 辆，其他 200 元，培训费十二万元。';
const figures = scanFigures(TEXT);
const style = new DocumentStyle(figures, [TEXT], [figures]);
const figure = (numberText: string) => {
  const f = figures.find((x) => x.numberText === numberText);
  if (!f) throw new Error(`no figure ${numberText} in the text`);
  return f;
};

describe('an agreeing amount is evidence of the paragraph\'s style only where it is coarser than the document\'s finest', () => {
  it('5.5 and 13 万元 beside 1,861.55 万元 are', () => {
    expect(style.takesAgreement(figure('5.5'))).toBe(true);
    expect(style.takesAgreement(figure('13'))).toBe(true);
  });
  it('1,861.55 万元 itself, 95.71%, 3 辆 and the only amount in 元 are not', () => {
    expect(style.takesAgreement(figure('1,861.55'))).toBe(false);
    expect(style.takesAgreement(figure('95.71'))).toBe(false);
    expect(style.takesAgreement(figure('3'))).toBe(false);
    expect(style.takesAgreement(figure('200'))).toBe(false);
  });
  it('an amount in Chinese numerals is not', () => {
    expect(style.takesAgreement({ ...figure('5.5'), chinese: true })).toBe(false);
  });
});
