/** 十: 机关运行经费. */
import type { Part3Facts } from '../../facts/catalog.js';
import { absentSection, type SectionDefaults, type TopicBuilder } from './model.js';

export function addOfficeTopics(b: TopicBuilder, p: Part3Facts): SectionDefaults {
  // 十 机关运行经费
  const office = p.officeOperation;
  if (!office) return absentSection(b, 'office', '机关运行经费', ['机关运行经费', '机构运行经费', '机关运行经费支出']);
  b.add({
    id: 'office-operation', label: '机关运行经费', sections: ['office'],
    names: ['机关运行经费', '机构运行经费', '机关运行经费支出', '行政单位机关运行经费'],
    amount: office.actual,
    changes: { ...(office.vsPrevious ? { 'previous-year': office.vsPrevious } : {}), ...(office.vsBudget ? { budget: office.vsBudget } : {}) },
  });
  return { office: 'office-operation' };
}
