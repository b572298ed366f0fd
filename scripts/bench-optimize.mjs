// Times `--order optimize` in process (issue 16): eight counselors of eight classes in one room (a fitting rate, a
// rate that does not fit; one day and two), 200 counselors / 1000 classes, 10 rooms × 500 counselors; then what a
// roster that does not fit costs: the remedies (smallest rate, days, rooms) in process, and the whole `build --json`
// through the CLI, of 8 × 8 and of 100 000 classes (12 500 counselors over one day: the fix search then adds
// thousands of rooms).
// Usage: node scripts/bench-optimize.mjs (after a build). Prints one line per case: median ms, whether proved optimal.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFix } from '../dist/core/schedule/fix.js';
import { schedule } from '../dist/core/schedule/schedule.js';
import { roster, settings } from './bench-roster.mjs';

/** The median of three timed runs of fn, and its last result. */
function time(fn) {
  const times = [];
  let result;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { ms: Math.round(times.sort((a, b) => a - b)[1]), result };
}

const cases = [
  ['8 counselors × 8 classes, fits (40/10min)', () => schedule(roster(8, 8), settings('40/10min', '2024-04-22'))],
  [
    '8 counselors × 8 classes, does not fit (30/10min)',
    () => schedule(roster(8, 8), settings('30/10min', '2024-04-22')),
  ],
  [
    '8 counselors × 8 classes over two days, fits (20/10min)',
    () => schedule(roster(8, 8), settings('20/10min', '2024-04-22..2024-04-23')),
  ],
  [
    '8 counselors × 8 classes over two days, does not fit (18/10min)',
    () => schedule(roster(8, 8), settings('18/10min', '2024-04-22..2024-04-23')),
  ],
  ['200 counselors / 1000 classes', () => schedule(roster(200, 5), settings('20/10min', '2024-04-22..2024-05-20'))],
  ['10 rooms × 500 counselors', () => schedule(roster(500, 2), settings('20/10min', '2024-04-22..2024-04-26', 10))],
];
for (const [name, fn] of cases) {
  const { ms, result } = time(fn);
  const optimal = result?.optimization ? result.optimization.every((o) => o.optimal) : undefined;
  const search = result?.roomSearch;
  // with rooms: how the assignment was searched and how far the latest end is above the rooms' lower bound
  const rooms = search
    ? `, rooms ${search.exact ? 'exact' : 'moves and swaps'}, ${Math.round((result.summary.end - search.lowerBound) / 6) / 10} min above the bound`
    : '';
  console.log(
    `optimize: ${name}: ${ms} ms${optimal === undefined ? '' : optimal ? ', optimal' : ', best found'}${rooms}`,
  );
}

const tight = roster(8, 8);
const { ms: fixMs, result: fix } = time(() => planFix(tight, settings('30/10min', '2024-04-22')));
console.log(
  `optimize: remedies of 8 × 8 at 30/10min (smallest rate, days, rooms): ${fixMs} ms, rate ${fix.rate?.throughput.people}/10min`,
);
const dir = mkdtempSync(join(tmpdir(), 'bench-optimize-'));
try {
  const csv = [
    '序号,班级名称,人数,辅导员',
    ...tight.classes.map((c) => `${c.seq},${c.name},${c.headcount},${c.counselor}`),
  ];
  writeFileSync(join(dir, 'roster.csv'), `${csv.join('\n')}\n`);
  const bin = new URL('../bin/capture-plan.js', import.meta.url).pathname;
  const args = [bin, 'build', 'roster.csv', '-t', '30/10min', '-d', '2024-04-22', '--order', 'optimize', '--json'];
  const { ms, result } = time(() =>
    JSON.parse(execFileSync(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] }).toString()),
  );
  console.log(
    `optimize: CLI build --order optimize --json, 8 × 8 at 30/10min with its remedies: ${ms} ms, fix ${result.summary.fix?.throughput}${result.summary.optimal ? ', optimal' : ', best found'}`,
  );
  // issue 15: 100 000 classes (12 500 counselors of 8) overflowing one day: the remedies add thousands of rooms
  const huge = roster(12_500, 8);
  writeFileSync(
    join(dir, 'huge.csv'),
    `序号,班级名称,人数,辅导员\n${huge.classes.map((c) => `${c.seq},${c.name},${c.headcount},${c.counselor}`).join('\n')}\n`,
  );
  const start = performance.now();
  const child = spawnSync(process.execPath, [bin, 'build', 'huge.csv', '-d', '2024-04-22', '--json'], {
    cwd: dir,
    env: { ...process.env, CAPTURE_PLAN_TIMINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = Math.round(performance.now() - start);
  const timing = JSON.parse(child.stderr.toString().trim().split('\n').pop());
  const fixed = JSON.parse(child.stdout.toString()).summary.fix;
  console.log(
    `fix: CLI build --json, 100 000 classes over one day with its remedies: ${wall} ms (remedies ${timing.timings.fit} ms), peak RSS ${Math.round(timing.maxRssKb / 1024)} MB, ${fixed.rooms} rooms or ${fixed.throughput}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
