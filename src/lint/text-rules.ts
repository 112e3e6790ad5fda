/**
 * Rules on the words alone, no data needed: the drafter's placeholders left
 * in, what writers leave from the official template (增加（减少）, 小于（大于）,
 * XX局, 【】, 202 年度, 占 %), and garbled direction words (大小于, 减增加).
 * A template's alternatives are read as no direction at all (lexicon.ts), so
 * this rule is the only verdict on them.
 */
import { execAll } from './scan.js';
import type { Finding } from './verify.js';

interface TextRule {
  ruleId: string;
  severity: 1 | 2;
  pattern: RegExp;
  message: (match: string) => string;
}

/** The drafter's 【待补充：…】 (draft/filters.ts placeholder): a gap, whose words say what is missing. */
export const DRAFT_PLACEHOLDER = /【待补充[：:][^】【]*】/gu;

const TEXT_RULES: readonly TextRule[] = [
  {
    ruleId: 'placeholder', severity: 2,
    pattern: DRAFT_PLACEHOLDER,
    message: (m) => `草稿中的待补充内容尚未填写：${m}`,
  },
  {
    ruleId: 'template-leftover', severity: 2,
    pattern: /(?:增加|增长|上升|高于)\s*[（(]\s*(?:减少|下降|降低|低于)\s*[)）]|(?:减少|下降)\s*[（(]\s*(?:增加|增长)\s*[)）]|(?:大于|小于|等于)\s*[（(]\s*(?:大于|小于|等于)(?:\s*[、/／]\s*(?:大于|小于|等于))?\s*[)）]|(?:增加|增长)\s*[/／]\s*(?:减少|下降)|(?:减少|下降)\s*[/／]\s*(?:增加|增长)|(?:大于|小于|等于)(?:\s*[/／]\s*(?:大于|小于|等于)){1,2}/gu,
    message: (m) => `模板中的二选一写法“${m}”未按数据选定`,
  },
  {
    ruleId: 'template-leftover', severity: 2,
    pattern: /(?<![A-Za-z])(?:[XＸ×xｘ]{2,}|[XＸ×]{1,}(?=\s*(?:万元|元|%|％|个|人次|辆|年)))(?:\s*(?:万元|元|%|％|局|单位|部门|个|人次|辆|年度|年))?/gu,
    message: (m) => `模板占位“${m}”未替换为实际内容`,
  },
  {
    ruleId: 'template-leftover', severity: 2,
    // 项目支出【】万元: the template's blank never filled in
    pattern: /【\s*】/gu,
    message: (m) => `模板占位“${m}”未填写`,
  },
  {
    ruleId: 'template-leftover', severity: 2,
    // 202 年度, 20 年: a year with digits missing
    pattern: /(?<![0-9０-９])(?:20|２０)[0-9０-９]?(?![0-9０-９])\s*年(?:度)?/gu,
    message: (m) => `年份“${m.trim()}”不完整`,
  },
  {
    ruleId: 'template-leftover', severity: 2,
    // 占 %, 增长 %, 减少 万元: the figure itself was never filled in
    pattern: /(?:占|占比|增长|下降|增加|减少|为|达)\s*(?:[%％]|万元(?!以))/gu,
    message: (m) => `“${m}”缺少数字`,
  },
  {
    // The figures beside a garbled word are checked as usual; the word itself is a slip to tidy.
    ruleId: 'garbled-direction', severity: 1,
    pattern: /大小于|小大于|减增加|增减少|增加减少|减少增加/gu,
    message: (m) => `方向词“${m}”自相矛盾，应按数据保留其一`,
  },
];

export function textFindings(text: string, block: number): Finding[] {
  const findings: Finding[] = [];
  for (const rule of TEXT_RULES) {
    for (const m of execAll(rule.pattern, text)) {
      findings.push({
        ruleId: rule.ruleId, severity: rule.severity, message: rule.message(m[0]),
        span: { start: m.index!, end: m.index! + m[0].length, block }, actual: m[0],
      });
    }
  }
  return findings;
}
