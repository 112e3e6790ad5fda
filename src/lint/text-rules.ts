/**
 * Rules on the words alone, no data needed: the drafter's placeholders left
 * in, what writers leave from the official template (增加（减少）, 小于（大于）,
 * XX局, 【】, 202 年度, 占 %), and garbled direction words (大小于, 减增加).
 * A template's alternatives are read as no direction at all (lexicon.ts), so
 * this rule is the only verdict on them.
 */
import { BLOCK_SEPARATOR, execAll } from './scan.js';
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
    // 占 %, 增长 %, 减少 万元: the figure itself was never filled in. 金额单位（均）为万元 declares the unit: no slot.
    pattern: /(?:占|占比|增长|下降|增加|减少|(?<!单位(?:均|都|皆|统一|一律)?)为|达)\s*(?:[%％]|万元(?!以))/gu,
    message: (m) => `“${m}”缺少数字`,
  },
  {
    // The figures beside a garbled word are checked as usual; the word itself is a slip to tidy.
    ruleId: 'garbled-direction', severity: 1,
    pattern: /大小于|小大于|减增加|增减少|增加减少|减少增加/gu,
    message: (m) => `方向词“${m}”自相矛盾，应按数据保留其一`,
  },
];

function finding(rule: TextRule, match: string, start: number, block: number): Finding {
  return {
    ruleId: rule.ruleId, severity: rule.severity, message: rule.message(match),
    span: { start, end: start + match.length, block }, actual: match,
  };
}

export function textFindings(text: string, block: number): Finding[] {
  const findings: Finding[] = [];
  for (const rule of TEXT_RULES) {
    for (const m of execAll(rule.pattern, text)) findings.push(finding(rule, m[0], m.index, block));
  }
  return findings;
}

/**
 * The findings of every block, as textFindings gives them block by block: one scan per rule over
 * the blocks joined, where a document's hundred blocks made seven hundred scans. A match across
 * blocks (a placeholder left open before the next block's 】) sends its rule back to the blocks
 * one by one.
 */
export function textFindingsByBlock(texts: readonly string[]): Finding[][] {
  if (texts.some((t) => t.includes(BLOCK_SEPARATOR))) return texts.map((t, b) => textFindings(t, b));
  const byBlock: Finding[][] = texts.map(() => []);
  const joined = texts.join(BLOCK_SEPARATOR);
  const starts: number[] = [];
  for (let b = 0, at = 0; b < texts.length; at += texts[b]!.length + 1, b++) starts.push(at);
  for (const rule of TEXT_RULES) {
    const matches = execAll(rule.pattern, joined);
    let b = 0;
    const found: Array<[number, Finding]> = [];
    for (const m of matches) {
      // Matches come in order: a moving pointer finds each one's block.
      while (b + 1 < starts.length && starts[b + 1]! <= m.index) b++;
      const start = m.index - starts[b]!;
      if (start + m[0].length > texts[b]!.length) break;
      found.push([b, finding(rule, m[0], start, b)]);
    }
    if (found.length < matches.length) {
      texts.forEach((t, k) => {
        for (const m of execAll(rule.pattern, t)) byBlock[k]!.push(finding(rule, m[0], m.index, k));
      });
    } else {
      for (const [k, f] of found) byBlock[k]!.push(f);
    }
  }
  return byBlock;
}
