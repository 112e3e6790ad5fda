/**
 * part-missing: where a section breaks a whole into the parts its template
 * requires (“三公”经费 into 因公出国（境）费, 公务用车购置及运行维护费 and 公务接待费;
 * 公务用车购置及运行维护费 into 购置费 and 运行维护费; 基本支出 into 人员经费 and
 * 公用经费), a part the document never names is a warning naming it. A part
 * named anywhere in the document (公务用车购置费、国（境）外接待费均为 0 in
 * another paragraph, a table row) is stated; so is a part the data holds as 0
 * (the parts stated are then the whole); a section that names no part gives
 * no breakdown to complete.
 */
import type { Token } from './reader.js';
import type { SectionKind, TopicIndex } from './topics/index.js';
import type { Finding } from './verify.js';

type TopicToken = Token & { type: 'topic' };

export class RequiredParts {
  /** every name token, with the section it stands in */
  private readonly mentions: Array<{ token: TopicToken; section: SectionKind | undefined }> = [];

  constructor(private readonly index: TopicIndex) {}

  /** The names a paragraph or table row gives. */
  read(tokens: readonly Token[], section: SectionKind | undefined): void {
    tokens.forEach((t, k) => {
      // 人员经费占基本支出的 87.47%: the whole a share is of, not a whole broken down
      const ofShare = k > 0 && tokens[k - 1]!.type === 'cue' && (tokens[k - 1] as Token & { type: 'cue' }).cue.kind === 'share';
      if (t.type === 'topic' && !ofShare) this.mentions.push({ token: t, section });
    });
  }

  findings(): Finding[] {
    const named = new Set(this.mentions.flatMap((m) => m.token.ids));
    const out: Finding[] = [];
    for (const whole of this.index.topics.values()) {
      if (!whole.partsRequired || !whole.parts) continue;
      for (const section of whole.sections) {
        const here = this.mentions.filter((m) => m.section === section);
        const at = here.find((m) => m.token.ids.includes(whole.id));
        if (!at || !whole.parts.some((id) => here.some((m) => m.token.ids.includes(id)))) continue;
        const missing = whole.parts.map((id) => this.index.topics.get(id)!)
          .filter((part) => !named.has(part.id) && !part.amount?.value?.isZero());
        if (missing.length === 0) continue;
        const t = at.token;
        out.push({
          ruleId: 'part-missing', severity: 1, span: { start: t.start, end: t.end, block: t.block }, actual: t.name,
          message: `${whole.label}分为${whole.parts.map((id) => `“${this.index.topics.get(id)!.label}”`).join('、')}，说明中没有写出${missing.map((p) => `“${p.label}”`).join('、')}；请补上（为 0 也应写明）`,
        });
      }
    }
    return out;
  }
}
