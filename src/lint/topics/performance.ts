/** 十三: 预算绩效 — the self-evaluated projects, their aggregates, and the stages of whole-process management. */
import type { Part3Facts } from '../../facts/catalog.js';
import { absentSection, type SectionDefaults, type TopicBuilder } from './model.js';

const SELF_EVALUATION_NAMES = ['涵盖项目', '开展绩效自评的项目', '绩效自评覆盖项目', '绩效自评覆盖的项目', '自评覆盖项目'];

export function addPerformanceTopics(b: TopicBuilder, p: Part3Facts): SectionDefaults {
  const perf = p.performance;
  if (!perf) return absentSection(b, 'performance', '预算绩效', [...SELF_EVALUATION_NAMES, '涉及预算资金', '涉及预算金额', '平均得分']);
  const year = p.year;
  // 编报绩效目标的 2024 年度项目 N 个: a stage of whole-process management, named with its year.
  const projectsOf = (stage: string) => [`${stage}的${year}年度项目`, `${stage}的${year}年项目`, `${stage}的项目`];
  b.add({
    id: 'performance', label: '绩效自评项目', sections: ['performance'],
    // Generic words (项目, 绩效自评) would steal the subject from a named project: the section default covers them.
    names: [...SELF_EVALUATION_NAMES, ...projectsOf('绩效自评')],
    counts: [
      { unit: '个', keywords: [], fact: perf.count },
      { unit: '项', keywords: [], fact: perf.count },
      ...perf.allGrades.flatMap((g) => (['个', '项'] as const).map((unit) => ({ unit, keywords: [g.grade], fact: g.count, grade: g.grade }))),
    ],
    score: perf.averageScore, completions: { 'full-year': perf.execution },
    coverage: { ...(perf.budgetShare ? { selfEvaluation: perf.budgetShare.rate } : {}), ...(perf.targetsShare ? { targets: perf.targetsShare.rate } : {}) },
  });
  b.add({
    id: 'performance.budget', label: '绩效自评项目预算资金', sections: ['performance'],
    names: ['预算资金', '涉及预算资金', '涉及预算金额', '预算金额', '涉及资金'],
    // 编报绩效目标的项目 1 个，涉及预算金额 X: the amount of the stage just named.
    attribute: true,
    amount: perf.budget, completions: { 'full-year': perf.execution },
    shares: perf.budgetShare ? [{ wholeTopic: 'performance.project-spending-total', fact: perf.budgetShare.rate }] : [],
  });
  // 涉及资金 X 万元 says funds, not which: most documents mean the budgets (共涉及资金 480.70 万元), some the
  // amounts spent. The name is both topics', so a figure that is neither is unverified, naming the two.
  b.add({
    id: 'performance.executed', label: '绩效自评项目执行数', sections: ['performance'],
    names: ['涉及资金'],
    attribute: true,
    amount: perf.execution.actual,
  });
  const stages = perf.stages;
  for (const [id, stageName, stage] of [['targets', '编报绩效目标', stages?.targets], ['tracking', '绩效跟踪评价', stages?.tracking]] as const) {
    if (!stage) continue;
    b.add({
      id: `performance.${id}`, label: `${stageName}的项目`, sections: ['performance'],
      names: [...projectsOf(stageName), `${stageName}项目`],
      amount: stage.budget, counts: [{ unit: '个', keywords: [], fact: stage.count }, { unit: '项', keywords: [], fact: stage.count }],
    });
  }
  if (stages) {
    const problems = stages.problems;
    b.add({ id: 'performance.problems', label: '绩效自评中发现的问题', sections: ['performance'], names: ['共发现问题', '发现问题'], counts: [{ unit: '个', keywords: [], fact: problems.found }] });
    b.add({ id: 'performance.problems.rectified', label: '已经完成整改的问题', sections: ['performance'], names: ['已经完成整改的', '已完成整改的', '完成整改的', '已整改的', '已经完成整改', '已完成整改', '已整改'], counts: [{ unit: '个', keywords: [], fact: problems.rectified }] });
    b.add({ id: 'performance.problems.rectifying', label: '正在整改的问题', sections: ['performance'], names: ['正在整改的', '正在整改', '整改中'], counts: [{ unit: '个', keywords: [], fact: problems.rectifying }] });
  }
  if (perf.budgetShare) {
    b.add({
      id: 'performance.project-spending-total', label: `部门${perf.scope}支出总额`, sections: ['performance'],
      names: [`${perf.scope}支出总额`, '预算项目支出总额', '项目支出总额'], amount: perf.budgetShare.whole,
    });
  }
  perf.projects.forEach((pr, i) => {
    const bare = pr.name.replace(/项目$/u, '');
    b.add({
      id: `performance.project.${i + 1}`, label: pr.name, sections: ['performance'],
      names: [pr.name, `${bare}项目`, bare],
      amount: pr.executed, completions: { 'full-year': pr.rate }, score: pr.score,
    });
  });
  return { performance: 'performance' };
}
