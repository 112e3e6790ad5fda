import { describe, expect, it } from 'vitest';
import { wordDocx as docx, wordPara as para, wordTable as table } from '../word-xml.js';
import { importDocx } from '../../src/import/index.js';

const DOC = docx(
  para('某某局 2024 年度部门决算'),
  para('收入支出决算总表'),
  para('单位：万元'),
  table([
    [{ text: '收入', span: 2 }, { text: '支出', span: 2 }],
    ['项目', '决算数', '项目', '决算数'],
    ['一、一般公共预算财政拨款收入', '30.00', '一、一般公共服务支出', '30.00'],
    ['二、政府性基金预算财政拨款收入', '', '二、外交支出', ''],
    ['', '', '三、国防支出', ''],
    ['本年收入合计', '30.00', '本年支出合计', '30.00'],
  ]),
  para('收入决算表'),
  table([
    [{ text: '项目', span: 2, merge: 'restart' }, { text: '本年收入合计', merge: 'restart' }, { text: '财政拨款收入', merge: 'restart' }, { text: '附属单位上缴收入', merge: 'restart' }, { text: '其他收入', merge: 'restart' }],
    ['科目编码', '科目名称', { text: '', merge: 'continue' }, { text: '', merge: 'continue' }, { text: '', merge: 'continue' }, { text: '', merge: 'continue' }],
    [{ text: '合计', span: 2 }, '30.00', '25.00', '', '5.00'],
    ['201', '一般公共服务支出', '30.00', '25.00', '', '5.00'],
    ['2010301', '行政运行', '30.00', '25.00', '', '5.00'],
  ]),
  para('注：本表反映部门本年度取得的各项收入情况。'),
  para('政府性基金预算财政拨款收入支出决算表'),
  table([
    [{ text: '项目', span: 2 }, '年初结转和结余', '本年收入', '本年支出', '年末结转和结余'],
    ['科目编码', '科目名称', '', '', '', ''],
  ]),
  para('说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。'),
);

describe('juesuan import: a Word document (.docx) by its tables’ cells', () => {
  const { imported, yaml } = importDocx(DOC, 'x.docx');

  it('reads a two-sided table by its header cells, blank cells blank', () => {
    expect(imported.tables['公开01表']).toEqual({
      收入: { 一般公共预算财政拨款收入: '30.00', 政府性基金预算财政拨款收入: null, 本年收入合计: '30.00' },
      支出: { 一般公共服务支出: '30.00', 外交支出: null, 国防支出: null, 本年支出合计: '30.00' },
    });
  });

  it('reads columns under merged header cells (w:gridSpan, w:vMerge)', () => {
    expect(imported.tables['公开02表']).toEqual({
      合计: { 本年收入合计: '30.00', 财政拨款收入: '25.00', 其他收入: '5.00' },
      科目: {
        '201 一般公共服务支出': { 本年收入合计: '30.00', 财政拨款收入: '25.00', 其他收入: '5.00' },
        '2010301 行政运行': { 本年收入合计: '30.00', 财政拨款收入: '25.00', 其他收入: '5.00' },
      },
    });
  });

  it('marks a table 本表无数据 from the note under it, and names the tables not found', () => {
    expect(imported.tables['公开07表']).toMatchObject({ 本表无数据: true, 合计: null, 科目: null });
    expect(imported.notes.filter((n) => n.startsWith('未找到'))).toHaveLength(6);
    expect(yaml).toContain('部门: 某某局');
  });
});

describe('a Word document in another layout', () => {
  const doc = docx(
    para('收入支出决算总表'),
    para('编制单位：某某局　　　2024年度　　　单位：元'),
    table([
      ['收入项目', '决算数', '支出项目', '决算数'],
      ['一、一般公共预算财政拨款收入', '300,000.00', '一、一般公共服务支出', '300,000.00'],
      ['二、政府性基金预算财政拨款收入', '-', '二、外交支出', '—'],
      ['', '', '三、国防支出', '－'],
      ['本年收入合计', '300,000.00', '本年支出合计', '300,000.00'],
      ['总计', '300,000.00', '总计', '300,000.00'],
    ]),
    para('支出决算表'),
    para('单位：万元'),
    table([
      ['科目名称', '类', '款', '项', '本年支出合计', '基本支出', '项目支出'],
      [{ text: '合计', span: 4 }, '30.00', '20.00', '10.00'],
      ['一般公共服务支出', '201', '', '', '30.00', '20.00', '10.00'],
      ['政府办公厅（室）及相关机构事务', '201', '03', '', '30.00', '20.00', '10.00'],
      ['行政运行', '201', '03', '01', '20.00', '20.00', '-'],
      ['一般行政管理事务', '201', '03', '02', '10.00', '-', '10.00'],
    ]),
  );
  const { imported, yaml } = importDocx(doc, 'x.docx');

  it('reads a two-sided table whose header names each side in one row (收入项目, 支出项目), in 元 as 万元, a dash as a blank cell', () => {
    expect(imported.tables['公开01表']).toEqual({
      收入: { 一般公共预算财政拨款收入: '30.00', 政府性基金预算财政拨款收入: null, 本年收入合计: '30.00', 总计: '30.00' },
      支出: { 一般公共服务支出: '30.00', 外交支出: null, 国防支出: null, 本年支出合计: '30.00', 总计: '30.00' },
    });
    expect([imported.unread, imported.unreliable]).toEqual([[], []]);
  });

  it('reads the codes of a table that prints the name first and the code after it, split over 类, 款 and 项', () => {
    expect(imported.tables['公开03表']).toEqual({
      合计: { 本年支出合计: '30.00', 基本支出: '20.00', 项目支出: '10.00' },
      科目: {
        '201 一般公共服务支出': { 本年支出合计: '30.00', 基本支出: '20.00', 项目支出: '10.00' },
        '20103 政府办公厅（室）及相关机构事务': { 本年支出合计: '30.00', 基本支出: '20.00', 项目支出: '10.00' },
        '2010301 行政运行': { 本年支出合计: '20.00', 基本支出: '20.00' },
        '2010302 一般行政管理事务': { 本年支出合计: '10.00', 项目支出: '10.00' },
      },
    });
  });

  it('says in the data file\'s header what was converted, and names the department without the year', () => {
    expect(yaml).toContain('# 注意：公开01表原文金额单位为元，已换算为万元（除以 10,000，没有舍入）');
    expect(yaml).toContain('部门: 某某局\n');
  });
});
