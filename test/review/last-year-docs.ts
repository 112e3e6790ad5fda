/**
 * Two years of one department's documents for the specs of the document's own 上年数 column against last year's
 * document (test/review/last-year-vs-previous.test.ts), as Word documents (word-xml.ts); their PDFs and
 * `pdftotext -layout` texts are test/fixtures/last-year-column/ (made from these by make.ts there).
 *
 * Last year's (2024) 01 prints 其他收入 blank, 本年收入合计 1,190.00, 总计 1,230.00 and 年末结转和结余 30.00. This
 * year's (2025) 上年数 column, with `slip`, prints each 10.00 more (其他收入 10.00, 1,200.00, 1,240.00, 40.00): it
 * still adds up on its own. Without it the column is last year's 01 as published.
 */
import { wordDocx as docx, wordPara as para, wordTable as table } from '../word-xml.js';

export const DEPARTMENT = '某某市某某局';

/** 2024's 01 as published (本年 figures only). */
export function lastYearDocx(): Uint8Array {
  return docx(
    para(`${DEPARTMENT}2024年度部门决算`), para('收入支出决算总表'), para('单位：万元'),
    table([
      ['项目', '决算数'],
      ['一般公共预算财政拨款收入', '1,100.00'],
      ['事业收入', '90.00'],
      ['其他收入', ''],
      ['本年收入合计', '1,190.00'],
      ['年初结转和结余', '40.00'],
      ['总计', '1,230.00'],
      ['一、一般公共服务支出', '900.00'],
      ['二、社会保障和就业支出', '300.00'],
      ['本年支出合计', '1,200.00'],
      ['年末结转和结余', '30.00'],
    ]),
    para('第三部分 2024年度部门决算情况说明'), para('一、收入支出决算总体情况说明'),
    para('2024年度本年收入合计1,190.00万元，本年支出合计1,200.00万元。'),
  );
}

/** 2025's 01 with its 上年数 column (slipped by 10.00 on four lines, or as last year published), and Part 3's sentences. */
export function thisYearDocx(sentences: readonly string[], slip = true): Uint8Array {
  const more = (v: string, w: string) => (slip ? w : v);
  return docx(
    para(`${DEPARTMENT}2025年度部门决算`), para('收入支出决算总表'), para('单位：万元'),
    table([
      ['项目', '本年数', '上年数'],
      ['一般公共预算财政拨款收入', '1,234.56', '1,100.00'],
      ['事业收入', '100.00', '90.00'],
      ['其他收入', '15.44', more('', '10.00')],
      ['本年收入合计', '1,350.00', more('1,190.00', '1,200.00')],
      ['年初结转和结余', '50.00', '40.00'],
      ['总计', '1,400.00', more('1,230.00', '1,240.00')],
      ['一、一般公共服务支出', '1,000.00', '900.00'],
      ['二、社会保障和就业支出', '350.00', '300.00'],
      ['本年支出合计', '1,350.00', '1,200.00'],
      ['年末结转和结余', '50.00', more('30.00', '40.00')],
    ]),
    para('第三部分 2025年度部门决算情况说明'), para('一、收入支出决算总体情况说明'),
    ...sentences.map(para),
  );
}

/** Right by last year's document (1,190.00), not by the slipped column (1,200.00: 150.00, 12.50%). */
export const INCOME_RIGHT_BY_LAST_YEAR = '2025年度本年收入合计1,350.00万元，比上年增加160.00万元，增长13.45%。';
/** Right by the slipped column, not by last year's document. */
export const INCOME_RIGHT_BY_COLUMN = '2025年度本年收入合计1,350.00万元，比上年增加150.00万元，增长12.50%。';
/** 本年支出合计, where both give 1,200.00: right. */
export const SPENDING_RIGHT = '2025年度本年支出合计1,350.00万元，比上年增加150.00万元，增长12.50%。';
/** 本年支出合计, where both give 1,200.00: wrong by both. */
export const SPENDING_WRONG = '2025年度本年支出合计1,350.00万元，比上年增加140.00万元，增长11.57%。';
