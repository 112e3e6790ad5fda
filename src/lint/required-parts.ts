/**
 * part-missing: where a section breaks a whole into the parts its template
 * requires (“三公”经费 into 因公出国（境）费, 公务用车购置及运行维护费 and 公务接待费;
 * 公务用车购置及运行维护费 into 购置费 and 运行维护费; 基本支出 into 人员经费 and
 * 公用经费), a part the document never names is a warning naming it. A part
 * named anywhere in the document (公务用车购置费、国（境）外接待费均为 0 in
 * another paragraph, a table row) is stated; so is a part the data holds as 0
 * (the parts stated are then the whole); so is a part whose own parts are all
 * stated (公务用车购置费 and 公务用车运行维护费, each with its figures); so is a part named short in the whole's
 * bracket (公务用车购置及运行维护费 X（购置费 Y、运行维护费 Z）); a section that names no part gives
 * no breakdown to complete.
 */
import type { Claim } from './claims/index.js';
import type { Token } from './reader.js';
import type { SectionKind, TopicIndex } from './topics/index.js';
import type { Finding } from './verify.js';

type TopicToken = Token & { type: 'topic' };

/** The topics the rule looks at: each whole whose parts are required, and its parts down to the last level. */
const WATCHED = new WeakMap<TopicIndex, ReadonlySet<string>>();

function watchedTopics(index: TopicIndex): ReadonlySet<string> {
  let watched = WATCHED.get(index);
  if (watched) return watched;
  const ids = new Set<string>();
  const add = (id: string): void => {
    if (ids.has(id)) return;
    ids.add(id);
    for (const part of index.topics.get(id)?.parts ?? []) add(part);
  };
  for (const topic of index.topics.values()) if (topic.partsRequired && topic.parts) add(topic.id);
  WATCHED.set(index, (watched = ids));
  return watched;
}

export class RequiredParts {
  /** every topic the document names */
  private readonly named = new Set<string>();
  /** per section, the first name token of each topic named in it */
  private readonly bySection = new Map<SectionKind | undefined, Map<string, TopicToken>>();

  /** only these ids are noted: a paragraph names many topics, few of them wholes or parts the rule checks */
  private readonly watched: ReadonlySet<string>;

  constructor(private readonly index: TopicIndex) {
    this.watched = watchedTopics(index);
  }

  /** The names a paragraph or table row gives. */
  read(tokens: readonly Token[], section: SectionKind | undefined): void {
    let here = this.bySection.get(section);
    if (!here) this.bySection.set(section, (here = new Map()));
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      // 人员经费占基本支出的 87.47%: the whole a share is of, not a whole broken down
      const before = tokens[k - 1];
      if (t.type !== 'topic' || (before?.type === 'cue' && before.cue.kind === 'share')) continue;
      for (const id of t.ids) {
        if (!this.watched.has(id)) continue;
        this.named.add(id);
        if (!here.has(id)) here.set(id, t);
      }
    }
  }

  /** Parts a figure was pinned to by a short name (公务用车购置及运行维护费 X（购置费 Y）): stated, though no name token says so. */
  readFigures(claims: readonly Claim[]): void {
    for (const c of claims) if (c.kind === 'figure' && c.pin === 'name' && c.topic) this.named.add(c.topic.id);
  }

  /** A part named, held as 0, or stated by its own parts (公务用车购置费 X，公务用车运行维护费 Y: the vehicles' line). */
  private stated(id: string): boolean {
    const part = this.index.topics.get(id)!;
    return this.named.has(id) || part.amount?.value?.isZero() === true || (part.parts !== undefined && part.parts.length > 0 && part.parts.every((p) => this.stated(p)));
  }

  findings(): Finding[] {
    const out: Finding[] = [];
    for (const whole of this.index.topics.values()) {
      if (!whole.partsRequired || !whole.parts) continue;
      const parts = whole.parts.map((id) => this.index.topics.get(id)!);
      for (const section of whole.sections) {
        const here = this.bySection.get(section);
        const at = here?.get(whole.id);
        if (!at || !parts.some((p) => here!.has(p.id))) continue;
        const missing = parts.filter((p) => !this.stated(p.id));
        if (missing.length === 0) continue;
        out.push({
          ruleId: 'part-missing', severity: 1, span: { start: at.start, end: at.end, block: at.block }, actual: at.name,
          message: `${whole.label}分为${parts.map((p) => `“${p.label}”`).join('、')}，说明中没有写出${missing.map((p) => `“${p.label}”`).join('、')}；请补上（为 0 也应写明）`,
        });
      }
    }
    return out;
  }
}
