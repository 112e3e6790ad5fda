/** 十: 机关运行经费. */
import type { Part3Facts } from '../../facts/catalog.js';
import { absentSection, type SectionDefaults, type TopicBuilder } from './model.js';

const NAMES = ['机关运行经费', '机构运行经费', '机关运行经费支出', '行政单位机关运行经费'];

export function addOfficeTopics(b: TopicBuilder, p: Part3Facts): SectionDefaults {
  const office = p.officeOperation;
  if (!office) return absentSection(b, 'office', '机关运行经费', NAMES);
  b.add({
    id: 'office-operation', label: '机关运行经费', sections: ['office'],
    names: NAMES,
    amount: office.actual,
    changes: { ...(office.vsPrevious ? { 'previous-year': office.vsPrevious } : {}), ...(office.vsBudget ? { budget: office.vsBudget } : {}) },
  });
  return { office: 'office-operation' };
}
