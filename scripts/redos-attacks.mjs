// The ReDoS attacks, timed: inputs that once took seconds or more (a super-linear regular expression
// or its replacement) must now take well under a second each. Timings depend on the machine and its
// load, so they are no test: `npm test` keeps recheck's step-counted verdicts on every pattern
// (test/hardening/redos.test.ts) and the results of these functions on small inputs; `npm run fuzz`
// runs this after its rounds (also alone: node scripts/redos-attacks.mjs, after npm run build).
import { performance } from 'node:perf_hooks';
import { LEXICON } from '../dist/lint/lexicon.js';
import { stripLeadIn } from '../dist/lint/reader.js';
import { directiveComments } from '../dist/lint/suppress.js';
import { groupThousands } from '../dist/format/number.js';

/** Each attack's bound: a super-linear pattern takes seconds to hours on these inputs. */
const BOUND_MS = 1000;

const completion = LEXICON.find((e) => e.pattern.source.startsWith('的(?<=(?:完成'));
const attacks = [
  {
    name: 'lexicon completion-after-budget: a long clause of 预算 before 的 (≈ 10 s on the open-gap form)',
    run: () => [...('的' + '预算'.repeat(24_000) + '完0元的1').matchAll(new RegExp(completion.pattern.source, 'gu'))].length === 0,
  },
  {
    name: 'suppression comments: 100,000 unclosed <!--juesuan-enable',
    run: () => directiveComments('<!--juesuan-enable '.repeat(100_000)).length === 0,
  },
  {
    name: 'reader lead-in words: 决算 + 数决算 × 30,000 + 累为',
    run: () => {
      const attack = '决算' + '数决算'.repeat(30_000) + '累为';
      return stripLeadIn(attack) === attack.slice(0, -1);
    },
  },
  {
    name: 'thousands separators: a 300,001-digit integer',
    run: () => groupThousands('1' + '000'.repeat(100_000)).length === 400_001,
  },
];

let failed = 0;
for (const { name, run } of attacks) {
  const t = performance.now();
  const right = run();
  const ms = performance.now() - t;
  const ok = right && ms < BOUND_MS;
  if (!ok) failed++;
  console.log(`${ok ? '✔' : '✖'} ${ms.toFixed(0).padStart(5)} ms  ${name}${right ? '' : '（结果不对）'}${ms < BOUND_MS ? '' : `（超过 ${BOUND_MS} ms）`}`);
}
if (failed > 0) {
  console.error(`ReDoS 攻击：${failed} 项未通过`);
  process.exit(1);
}
