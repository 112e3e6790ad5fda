/**
 * A document and a data file of different departments or years are not linted together (blind 17P D1);
 * one department's names as its own documents vary them are the same department.
 */
import { describe, expect, it } from 'vitest';
import { dataHeaderUnit, departmentRelation, differentDepartments, textUnit, unitMismatch } from '../../src/review/same-unit.js';

describe('differentDepartments', () => {
  it.each([
    // as the real documents name themselves: the title, the tables' 编制单位, Part 3's sentences, the data file
    ['中共上海市普陀区委社会工作部', '中共上海市普陀区委社会工作部'],
    ['中共上海市普陀区委社会工作部', '普陀区委社会工作部'],
    ['中共上海市普陀区委社会工作部', '社会工作部'],
    ['中国共产党上海市普陀区委员会社会工作部', '中共上海市普陀区委社会工作部'],
    ['上海市普陀区财政局', '普陀区财政局'],
    ['上海市普陀区财政局', '区财政局'],
    ['聊城市政府办公室（汇总）', '聊城市人民政府办公室'],
    ['聊城市政府办公室（汇总）', '聊城市政府办公室（本级）'],
    ['上海市普陀区教育局', '上海市普陀区教育委员会'],
    ['上海市XX局', '上海市普陀区财政局'],
  ])('%s and %s: the same department (or not surely another)', (a, b) => {
    expect(differentDepartments(a, b)).toBe(false);
    expect(differentDepartments(b, a)).toBe(false);
  });
  it.each([
    ['中共上海市普陀区委社会工作部', '聊城市政府办公室（汇总）'],
    ['上海市普陀区财政局', '中共上海市普陀区委社会工作部'],
    ['上海市普陀区财政局', '上海市静安区财政局'],
    ['普陀区财政局', '聊城市政府办公室'],
  ])('%s and %s: different departments', (a, b) => {
    expect(differentDepartments(a, b)).toBe(true);
    expect(differentDepartments(b, a)).toBe(true);
  });
});

describe('unitMismatch', () => {
  it('only names read on both sides are compared: a missing name is no mismatch', () => {
    expect(unitMismatch({ year: 2024 }, { department: '聊城市政府办公室（汇总）', year: 2024 })).toBeUndefined();
    expect(unitMismatch({ department: '中共上海市普陀区委社会工作部' }, { year: 2024 })).toBeUndefined();
  });
  it('another department, another year', () => {
    expect(unitMismatch({ department: '中共上海市普陀区委社会工作部', year: 2024 }, { department: '聊城市政府办公室（汇总）', year: 2024 }))
      .toEqual({ department: ['中共上海市普陀区委社会工作部', '聊城市政府办公室（汇总）'] });
    expect(unitMismatch({ department: '上海市普陀区财政局', year: 2023 }, { department: '普陀区财政局', year: 2024 })).toEqual({ year: [2023, 2024] });
  });
});

describe('textUnit and dataHeaderUnit', () => {
  it('Part 3’s heading names the department and the year', () => {
    expect(textUnit('## 第三部分 中共上海市普陀区委社会工作部 2024 年度部门决算情况说明\n\n### 一、收入支出决算总体情况说明\n\n2024 年度收入、支出决算总计 307.82 万元。'))
      .toEqual({ department: '中共上海市普陀区委社会工作部', year: 2024 });
  });
  it('a draft titled without a department names only its year', () => {
    expect(textUnit('# 2024 年度部门决算情况说明\n\n2024 年度收入、支出决算总计 4,340.16 万元。').department).toBeUndefined();
  });
  it('a line of a Markdown table is no title: no department from it (blind 12L: 「| 项目 |」 refused a right data file)', () => {
    const text = '## 二、收入决算情况说明\n\n| 项目 | 2024年决算数（万元） | 2023年决算数（万元） | 增减率 |\n|---|---|---|---|\n| 收入合计 | 1,000.00 | 900.00 | 11.11% |\n\n与2023年相比，收入增加100.00万元。';
    expect(textUnit(text).department).toBeUndefined();
  });
  it('the year only where a title or a table header states it, not from comparisons (与2023年相比 says 2024 by counting)', () => {
    expect(textUnit('与2023年相比，收入增加100.00万元。比2023年减少支出5.00万元。').year).toBeUndefined();
  });
  it('a data file’s header', () => {
    expect(dataHeaderUnit('# 注释\n部门: 聊城市政府办公室（汇总）\n年度: 2024\n金额单位: 万元\n')).toEqual({ department: '聊城市政府办公室（汇总）', year: 2024 });
    expect(dataHeaderUnit('部门: "上海市普陀区财政局"  # 全称\n年度: 2024\n')).toEqual({ department: '上海市普陀区财政局', year: 2024 });
    expect(dataHeaderUnit('公开01表:\n  收入: {}\n')).toEqual({});
  });
});

describe('departmentRelation: whether a file of the year before is this department\'s (blind 19Y)', () => {
  it.each([
    ['聊城市教育局（汇总）', '聊城市教育局', 'same'],
    ['聊城市政府办公室（汇总）', '聊城市人民政府办公室', 'same'],
    ['上海市普陀区财政局', '普陀区财政局', 'same'],
    ['聊城市财政局本级', '聊城市财政局', 'scope'],
    ['聊城市财政局（本级）', '聊城市财政局', 'scope'],
    ['聊城市市场监督管理局高新技术产业开发区分局', '聊城市市场监督管理局', 'different'],
    ['聊城市人民政府研究室', '聊城市人民政府办公室', 'different'],
    ['聊城市文化和旅游局', '聊城市农业农村局', 'different'],
    ['聊城市机关事务服务中心', '聊城市机关事务管理局', 'unsure'],
  ])('%s and %s: %s, both ways', (a, b, relation) => {
    expect(departmentRelation(a, b)).toBe(relation);
    expect(departmentRelation(b, a)).toBe(relation);
  });
});
