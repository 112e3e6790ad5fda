#!/usr/bin/env node
/**
 * npm start: the three steps on the sample data, each announced in a line
 * of its own (起草 → 核对 → 审校), so that someone who has just run
 * `npm install && npm start` can tell what each report is. The sample
 * transcribes a published disclosure as it is, contradiction included
 * (十一：授予中小企业 0 万元，其中授予小微企业 48.57 万元), so check and lint each
 * report that one error; --exit-zero keeps npm from calling it a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DATA = 'data/liaocheng-2024.yaml';
const DRAFT = 'out/liaocheng-2024-part3.md';

const steps = [
  { title: `1/3 起草：由示例数据 ${DATA} 生成第三部分草稿`, args: ['draft', DATA, '-o', DRAFT] },
  { title: `2/3 核对：核对示例数据中九张表的勾稽关系`, args: ['check', DATA, '--exit-zero'] },
  { title: `3/3 审校：逐句审校草稿 ${DRAFT}，核对其中的数字和方向词`, args: ['lint', DRAFT, '--data', DATA, '--exit-zero'] },
];

// out/ is ignored by git, so a fresh clone has none: the draft step needs it.
mkdirSync(new URL('../out', import.meta.url), { recursive: true });

for (const step of steps) {
  process.stdout.write(`\n${step.title}\n`);
  const run = spawnSync(process.execPath, ['bin/juesuan.js', ...step.args], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    process.stderr.write(`\n${step.title.split('：')[0]} 未完成（退出码 ${run.status ?? run.signal}）\n`);
    process.exit(run.status || 1);
  }
}
process.stdout.write(
  '\n完成。上面核对和审校各报告的 1 个错误是示例文件原有的矛盾：公开文件写“授予中小企业合同金额 0 万元”，' +
  '其中授予小微企业却有 48.57 万元。草稿在 ' + DRAFT + '，可用 node bin/juesuan.js lint 审校改过的文件。\n',
);
