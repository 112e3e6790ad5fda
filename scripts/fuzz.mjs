// npm run fuzz [-- --rounds N]: the property tests with fresh random cases, round after round.
// `npm test` fixes fast-check's seed (test/setup/fast-check.ts) so CI is reproducible; this is
// where new cases are drawn. A failure prints its seed: replay it with FC_SEED=… npx vitest run FILE.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const arg = process.argv.indexOf('--rounds');
const rounds = arg > 0 ? Number(process.argv[arg + 1]) : 5;
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('用法：npm run fuzz -- --rounds N（N 为正整数）');
  process.exit(2);
}

/** Every .ts file under dir. */
function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Test files that draw cases with fast-check, themselves or through a helper module of test/. */
function propertyFiles() {
  const all = tsFiles('test').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const drawing = new Set(all.filter((f) => /from 'fast-check'/.test(f.text)).map((f) => basename(f.path, '.ts')));
  const drawsCases = (f) => drawing.has(basename(f.path, '.ts')) || [...f.text.matchAll(/from '\.{1,2}\/(?:[\w-]+\/)*([\w.-]+)\.js'/g)].some((m) => drawing.has(m[1]));
  return all.filter((f) => f.path.endsWith('.test.ts') && drawsCases(f)).map((f) => f.path).sort();
}

const files = propertyFiles();
for (let round = 1; round <= rounds; round++) {
  console.log(`第 ${round}/${rounds} 轮：${files.length} 个性质测试文件，随机种子`);
  const run = spawnSync('npx', ['vitest', 'run', ...files], { stdio: 'inherit', env: { ...process.env, FUZZ: '1' } });
  if (run.status !== 0) process.exit(1);
}
// The ReDoS attacks, timed (no timings in npm test: they depend on the machine's load).
const attacks = spawnSync(process.execPath, ['scripts/redos-attacks.mjs'], { stdio: 'inherit' });
if (attacks.status !== 0) process.exit(1);
