import { describe, expect, it } from 'vitest';
import { documentIdentity, fileNameYear, textLines } from '../../src/documents/identity.js';
import { explanationRange } from '../../src/documents/titles.js';

const identify = (text: string, fileName?: string) => documentIdentity(textLines(text), fileName ? { fileName } : {});

describe('a document names its year and department in whatever words it has', () => {
  it.each([
    ['上海市普陀区财政局2024年度部门决算', 2024, '上海市普陀区财政局'],
    ['第三部分:梧州市农产品质量安全综合检测中心2020年度单位决算情况说明', 2020, '梧州市农产品质量安全综合检测中心'],
    ['钱塘区行政审批局2021年度部门决算公开说明', 2021, '钱塘区行政审批局'],
    ['第二部分 2022年度单位决算情况说明', 2022, undefined],
    ['广东省财政厅2023年“三公”经费财政拨款支出决算说明', 2023, '广东省财政厅'],
    ['寻甸县文学艺术界联合会2022年度“三公”经费支出决算情况说明', 2022, '寻甸县文学艺术界联合会'],
  ])('a title: %s', (title, year, department) => {
    const id = identify(`${title}\n（一）“三公”经费财政拨款支出决算总体情况说明`);
    expect(id.year).toBe(year);
    expect(id.department).toBe(department);
    expect(id.evidence[0]?.kind).toBe('title');
  });

  it('a table header: 编制单位 and the year on the line above a table', () => {
    const id = identify('收入支出决算总表\n编制单位：寻甸县农业农村局        2022年度        单位：元\n项目  决算数');
    expect([id.year, id.department]).toEqual([2022, '寻甸县农业农村局']);
    expect(id.evidence.map((e) => e.kind)).toEqual(['header']);
  });

  it('…and where the header\'s cells are joined without a gap (a PDF\'s line as import reads it), the year is no part of the name', () => {
    const id = identify('收入支出决算总表\n编制单位：临河县市场监督管理局2024 年度单位：元\n项目  决算数');
    expect([id.year, id.department]).toEqual([2024, '临河县市场监督管理局']);
  });

  it('the date of the year-end figures, and a comparison with the year before (→ the year after it)', () => {
    expect(identify('截至2023年12月31日，本单位共有车辆3辆。').year).toBe(2023);
    expect(identify('与2022年度相比，收、支总计各减少12.3万元，下降4.1%。').year).toBe(2023);
    expect(identify('较2021年度决算数增加5万元。').year).toBe(2022);
    expect(identify('上年（2023 年）决算数为 10 万元。').year).toBe(2024);
  });

  it('what states no year of the report: another period, a plan, a budget of the year, a span', () => {
    for (const text of [
      '比2019年（疫情前）决算数减少3.2万元，降低41.0%。',
      '项目计划于2025年完成验收。',
      '支出决算为49.7万元，与2024年预算基本持平。',
      '2020-2024年累计投入。',
      '单位于2024年成立。',
    ]) expect(identify(text).year, text).toBeUndefined();
  });

  it('the file name, only when the document names no year', () => {
    expect(fileNameYear('/x/上海市普陀区财政局2024年度部门决算.pdf')).toBe(2024);
    expect(fileNameYear('/x/2023-2024.pdf')).toBeUndefined();
    const fromName = identify('一、收入支出决算总体情况说明\n收、支总计均为 12.00 万元。', 'dept-2024.txt');
    expect([fromName.year, fromName.yearFrom]).toEqual([2024, 'file-name']);
    expect(identify('与2022年度相比，增加1万元。', 'dept-2024.txt').year).toBe(2023);
  });

  it('options override the document', () => {
    const id = documentIdentity(textLines('某局2023年度部门决算'), { year: 2024, department: '某某局' });
    expect([id.year, id.department, id.yearFrom]).toEqual([2024, '某某局', 'option']);
  });

  it('a document divided on its year is of the year most of it states; the dissent is kept', () => {
    const id = identify([
      '第三部分 某局2023年度部门决算情况说明',
      '某局2024年度收入支出总计10.00万元。与2023年度相比，增加1.00万元。',
      '截至2024年12月31日，共有车辆0辆。',
    ].join('\n'));
    expect(id.year).toBe(2024);
    expect(id.evidence.filter((e) => e.year !== 2024).map((e) => [e.kind, e.place])).toEqual([['title', '第 1 行']]);
  });

  it('with as much evidence for two years, the more trusted kind wins (a title over a comparison)', () => {
    expect(identify('某局2024年度部门决算\n与2022年度相比，增加1万元。').year).toBe(2024);
  });
});

describe('the explanation of a document', () => {
  it('is Part 3 in most regions, from its last title (the first is in the contents) to the next part', () => {
    const lines = ['目录', '第三部分 2024年度部门决算情况说明', '第四部分 名词解释', '第三部分', '2024年度部门决算情况说明', '一、总体', '第四部分', '名词解释'];
    expect(explanationRange(lines)).toEqual({ start: 3, end: 6 });
  });

  it('is 第二部分 where the template puts it there (Sichuan), not the 第三部分 名词解释 after it', () => {
    const lines = ['第一部分 单位概况', '第二部分 2022年度单位决算情况说明', '一、收入支出决算总体情况说明', '第三部分 名词解释', '第四部分 附件'];
    expect(explanationRange(lines)).toEqual({ start: 1, end: 3 });
  });

  it('goes on through a Part of further explanations (Beijing: 部门决算说明, then 其他重要事项的情况说明)', () => {
    const long = '本部门2022年度收入合计1,000.00万元，其中：财政拨款收入1,000.00万元，占100%；其他收入0万元，占0%，此处为正文。';
    const lines = ['第一部分 部门决算报表', '第二部分 部门决算说明', long, '第三部分 其他重要事项的情况说明', long, '第四部分 名词解释'];
    expect(explanationRange(lines)).toEqual({ start: 1, end: 5 });
  });

  it('is the whole text when no Part names one', () => {
    expect(explanationRange(['一、收入支出决算总体情况说明', '收支总计 1 万元。'])).toBeUndefined();
  });
});
