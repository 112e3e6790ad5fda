/** What a figure is (amount, share, change, completion, count, grade count …), from the cue in front of it. */
import type { Figure } from '../figures.js';
import type { Cue } from '../lexicon.js';
import type { Token } from '../reader.js';
import type { Role } from './model.js';

const GRADE_AFTER = /^(?:个|项)?(?:项目)?(?:的)?(?:自评|评价)?(?:等级|评级|结果)(?:为|是|评为)[“"‘]?(优秀|优|良好|良|中等|中|合格|及格|较差|差|不合格)/u;
const GRADE_BEFORE = /(?:(?:(?:等级|评级|评价|结果)(?:为|是)?|评为)[“"‘]?(优秀|优|良好|良|中等|中|合格|及格|较差|差|不合格)[”"’]?|[“"‘](优秀|优|良好|良|中等|中|合格|及格|较差|差|不合格)[”"’])的(?:项目)?(?:有|共)?$/u;

export function roleFromCue(cue: Cue | undefined, figure: Figure): Role {
  const isPercent = figure.kind === 'percent';
  // 较上年减少 2 辆: a change of a count, which no fact holds — not the count itself.
  if (figure.kind === 'count' && (cue?.kind === 'direction' || cue?.kind === 'direction-any')) return 'change';
  if (figure.kind === 'count') return 'count';
  if (figure.kind === 'score') return 'score';
  // 提高 0.64 个百分点: the change of a share (the figure reader asks for 占比 in the clause) — never an amount or a rate.
  if (figure.kind === 'points') return cue?.kind === 'direction' || cue?.kind === 'direction-any' ? 'share-change' : 'bare';
  if (!cue) return isPercent ? 'bare' : figure.kind === 'amount' ? 'amount' : 'bare';
  switch (cue.kind) {
    case 'direction':
    case 'direction-any':
      return isPercent ? 'change-rate' : cue.of === 'rate' ? 'bare' : 'change';
    case 'direction-to':
      return isPercent ? 'bare' : 'amount';
    case 'difference':
      return isPercent ? 'bare' : 'change';
    case 'share':
      return isPercent ? 'share' : 'amount';
    case 'completion':
      return isPercent ? 'completion' : 'budget'; // 完成全年预算 1,234 万元的 98%: the budget stands inside the phrase
    case 'budget':
      return isPercent ? 'bare' : 'budget';
    case 'actual':
      return isPercent ? 'bare' : 'actual';
    case 'base':
      // 超年初预算 2.84%: after 超 the budget is the base of the figure, the change over it (完成率 − 100%).
      if (cue.over) return isPercent ? 'change-rate' : 'change';
      return isPercent ? 'bare' : cue.base === 'previous-year' ? 'previous' : 'budget'; // 比 2023 年的 4,694 万元
    default:
      return isPercent ? 'bare' : 'amount';
  }
}

/**
 * ，良的项目 2 个 / 、良的 2 个 / ，为良的项目 2 个: a grade's word alone at a clause's start — the grade where one
 * was stated before it in the sentence (评价等级为优的项目 3 个，良的项目 2 个), a guess otherwise (blind 10L R1).
 * (^ only where the words before the figure start within the look-behind window.)
 */
const GRADE_WORD_BEFORE = /(?:^|[。，,、；;：:]|其中)(?:为|是|评为|被评为)?[“"‘]?(优秀|优|良好|良|中等|中|合格|及格|较差|差|不合格)[”"’]?的(?:项目)?(?:有|共)?$/u;

/** The grade a count's words name without saying they are a grade (，良的项目 2 个), if they do. */
export function gradeWordOf(token: Token & { type: 'figure' }): string | undefined {
  const figure = token.figure;
  if (figure.kind !== 'count' && figure.kind !== 'bare') return undefined;
  if (figure.unit !== '个' && figure.unit !== '项' && figure.unit !== '') return undefined;
  const m = GRADE_WORD_BEFORE.exec(token.before);
  if (!m || (m.index === 0 && token.before.length >= 16 && !/^[。，,、；;：:]|^其中/u.test(m[0]))) return undefined;
  return m[1];
}

/** 评级为“优”的项目 3 个, 3 个项目评级为“良”: the grade a count of projects is of. */
export function gradeOf(token: Token & { type: 'figure' }): string | undefined {
  const figure = token.figure;
  if (figure.kind !== 'count' && figure.kind !== 'bare') return undefined;
  if (figure.unit !== '个' && figure.unit !== '项' && figure.unit !== '') return undefined;
  const after = GRADE_AFTER.exec(token.after);
  if (after) return after[1];
  const before = GRADE_BEFORE.exec(token.before);
  return before ? before[1] ?? before[2] : undefined;
}
