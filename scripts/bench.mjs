// Times the built CLI on generated rosters against `node -e 0`, side by side in one run. Run with `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'capture-plan.js');
const dir = join(root, '.bench');
const RUNS = 5;

/** A roster of n classes: counselors of 3–10 classes, 20–45 students each, deterministic. */
function roster(n) {
  const lines = ['序号,班级名称,人数,辅导员'];
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let counselor = 0;
  let left = 0;
  for (let i = 1; i <= n; i++) {
    if (left === 0) {
      counselor++;
      left = 3 + Math.floor(next() * 8);
    }
    left--;
    lines.push(`${i},计科${2021}${String(i).padStart(6, '0')},${20 + Math.floor(next() * 26)},辅导员${counselor}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Median wall time of a command over RUNS runs, in milliseconds. */
function time(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, args, { cwd: dir, stdio: ['ignore', 'ignore', 'ignore'] });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

mkdirSync(dir, { recursive: true });
const floor = time(['-e', '0']);
console.log(`node -e 0: ${floor.toFixed(0)} ms (median of ${RUNS})`);
console.log('| classes | command | ms | × node -e 0 |');
console.log('|---:|---|---:|---:|');
for (const n of [30, 1000, 10000]) {
  const file = join(dir, `roster-${n}.csv`);
  writeFileSync(file, roster(n));
  const days = `2024-04-22..${n > 200 ? '2025-04-21' : '2024-04-22'}`;
  const ms = time([bin, 'build', file, '-d', days, '--json']);
  console.log(`| ${n} | build --json | ${ms.toFixed(0)} | ${(ms / floor).toFixed(2)} |`);
}
