// The benchmark of issue 7. Run with `npm run bench` (builds first), or `node scripts/bench.mjs` after a build.
//
// 1. Generates rosters of 1 000, 10 000 and 100 000 classes (CSV and XLSX) into .bench/ when missing; the 30-class
//    case is fixtures/seed-roster.{csv,xlsx}.
// 2. Runs the built CLI on each as a separate process, several times, interleaved with the process that is its
//    floor (`node -e 0`, node importing exceljs, exceljs alone on the same XLSX), so both see the same machine load.
//    Wall time is measured here; phase times and peak RSS come from the child's CAPTURE_PLAN_TIMINGS line.
// 3. Prints Markdown tables (paste into the README): every case with its ratio to its floor, then the targets of the
//    issue with MET / NOT MET. Always exits 0: it is a report.
//
// The pieces are in scripts/bench/: config (sizes, runs), rosters (generated), running (one CLI run, interleaving),
// cases (what is measured), format, report (the tables) and targets (the issues' limits).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure, measureCalendars, measureReplan } from './bench/cases.mjs';
import { OUT, ROOT, SIZES } from './bench/config.mjs';
import { failures, machine, report } from './bench/report.mjs';
import { ensureRoster } from './bench/rosters.mjs';
import { log } from './bench/running.mjs';
import { calendarTargets, replanTargets, targetsTable } from './bench/targets.mjs';

const startedAt = Date.now();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
  log('dist/ is missing: run `npm run build` (or `npm run bench`, which builds first).');
  process.exit(0);
}
if (process.argv[2] === 'calendars') {
  // `node scripts/bench.mjs calendars`: only issue 15's calendar case
  const list = calendarTargets(measureCalendars());
  console.log([`${await machine()}`, '', ...targetsTable(list)].join('\n'));
} else if (process.argv[2] === 'replan') {
  // `node scripts/bench.mjs replan`: only issue 18's comparison, in a few seconds
  const replan = measureReplan(await ensureRoster(SIZES[0]));
  const list = replanTargets(replan);
  console.log([`${await machine()}`, '', ...targetsTable(list), ...failures({ replan })].join('\n'));
} else {
  const measurements = await measure();
  await report(measurements, startedAt);
}
