/**
 * Fake bold after pdftocairo (blind 17R §5, d11): each glyph drawn twice, the copy 0.04 em to the right,
 * and cairo merges the two copies into one TJ with a kern back — `[(3,955.71) 3852 (3,955.71)] TJ`. Read
 * as two runs at the same place, a table's name came out 一般公共服务支出一般公共服务支出 and its figure
 * 3,955.713,955.71. The second copy of a run, on the same baseline and within 0.15 em, is dropped.
 */
import { describe, expect, it } from 'vitest';
import { pdfTextLines, readPdfPages } from '../../src/documents/pdf.js';
import { pdfOf } from './pdf-objects.js';

const page = (content: string) => pdfOf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
  `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
]);

// Helvetica: a digit 0.556 em, a comma and a period 0.278 em: "3,955.71" is 3.892 em, "Total" 2.390 em.
describe('fake bold (each glyph drawn twice) reads once', () => {
  it('copies merged into one TJ with a kern back by the text’s width less 0.04 em: the figure once', async () => {
    const content = 'BT /F1 10 Tf 72 700 Td [(Total) 2350 (Total)] TJ 100 0 Td [(3,955.71) 3852 (3,955.71)] TJ ET';
    expect(pdfTextLines(await readPdfPages(page(content))).texts).toEqual(['Total 3,955.71']);
  });

  it('the copies as two text objects, 0.04 em apart: once too', async () => {
    const content = 'BT /F1 10 Tf 72 700 Td (3,955.71) Tj ET BT /F1 10 Tf 72.4 700 Td (3,955.71) Tj ET';
    expect(pdfTextLines(await readPdfPages(page(content))).texts).toEqual(['3,955.71']);
  });

  it('the same figure printed twice a little further apart (0.5 em and more: two cells, two words) stays twice', async () => {
    const content = 'BT /F1 10 Tf 72 700 Td (12.50) Tj ET BT /F1 10 Tf 300 700 Td (12.50) Tj ET BT /F1 10 Tf 72 680 Td (12.50) Tj ET';
    const texts = pdfTextLines(await readPdfPages(page(content))).texts;
    expect(texts).toEqual(['12.50 12.50', '12.50']);
  });
});
