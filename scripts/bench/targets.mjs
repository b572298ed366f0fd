// The issues' targets the benchmark checks (scripts/bench.mjs), each MET or NOT MET with its figure.
import { statSync } from 'node:fs';
import { CALENDAR_COUNSELORS } from './config.mjs';
import { mb, ms, ratio, table } from './format.mjs';

/**
 * One target row: what, the measured text, the limit, the figure compared, and whether it is met. A target whose
 * runs (summaries from `interleaved`) did not all succeed is reported as failed, whatever the figures say.
 */
export function target(name, runs, measured, limit, shown, met) {
  const failed = runs.some((r) => !r?.ok);
  return failed
    ? { name, measured: 'run failed (see Failures)', limit, shown: '–', met: false, failed }
    : { name, measured, limit, shown, met };
}

/** The targets of issue 7, each with its measured figure and verdict. */
export function targets(m) {
  const row = (n, format) => m.rows.find((r) => r.size.n === n && r.format === format);
  const [seedCsv, seedXlsx, midCsv, bigCsv, bigXlsx] = [
    row(30, 'CSV'),
    row(30, 'XLSX'),
    row(m.mid.n, 'CSV'),
    row(m.big.n, 'CSV'),
    row(m.big.n, 'XLSX'),
  ];
  const big = m.big.n.toLocaleString('en-US');
  const vs = (a, b) => `${ms(a.ms)} ms vs ${ms(b.ms)} ms`;
  const times = (a, b) => a.ms / b.ms;
  const shownRatio = (a, b) => `${times(a, b).toFixed(2)}×`;
  const list = [];
  list.push(
    target(
      '`build fixtures/seed-roster.csv --json` (cold process)',
      [seedCsv.run, seedCsv.floor],
      vs(seedCsv.run, seedCsv.floor),
      '≤ 2.0 × `node -e 0`',
      shownRatio(seedCsv.run, seedCsv.floor),
      times(seedCsv.run, seedCsv.floor) <= 2.0,
    ),
  );
  list.push(
    target(
      '`build fixtures/seed-roster.xlsx` writing .xlsx + .md + .html',
      [seedXlsx.run, seedXlsx.importFloor],
      vs(seedXlsx.run, seedXlsx.importFloor),
      '≤ 1.6 × node importing exceljs',
      shownRatio(seedXlsx.run, seedXlsx.importFloor),
      times(seedXlsx.run, seedXlsx.importFloor) <= 1.6,
    ),
  );
  list.push(
    target(
      `${big} classes, XLSX in, XLSX + MD out`,
      [bigXlsx.run, bigXlsx.floor],
      vs(bigXlsx.run, bigXlsx.floor),
      '≤ 1.5 × the exceljs floor',
      shownRatio(bigXlsx.run, bigXlsx.floor),
      times(bigXlsx.run, bigXlsx.floor) <= 1.5,
    ),
  );
  const rss = bigXlsx.run.rssKb;
  list.push(
    target(
      '… peak RSS of that run',
      [bigXlsx.run],
      `${mb(rss)} MB (exceljs floor ${mb(bigXlsx.floor.rssKb)} MB)`,
      '≤ 1 GB',
      `${mb(rss)} MB`,
      rss <= 1024 * 1024,
    ),
  );
  list.push(
    target(
      `${big} classes, CSV in, JSON out`,
      [bigCsv.run],
      `${ms(bigCsv.run.ms)} ms`,
      '≤ 2 s',
      `${ms(bigCsv.run.ms)} ms`,
      bigCsv.run.ms <= 2000,
    ),
  );
  list.push(linearMemory(m, midCsv, bigCsv));
  list.push(scheduleTarget(m, bigCsv));
  const w = m.whatif;
  list.push(
    target(
      `\`whatif\` with 10 scenarios (${m.mid.n.toLocaleString('en-US')} classes, --json)`,
      [w.run, w.build],
      vs(w.run, w.build),
      '≤ 1.3 × one `build` of the same roster',
      shownRatio(w.run, w.build),
      times(w.run, w.build) <= 1.3,
    ),
  );
  list.push(...replanTargets(m.replan));
  list.push(...calendarTargets(m.calendars));
  return list;
}

/** Issue 18's targets: `replan` of the seed at most 1.2 × a `build` of it, each pair measured side by side. */
export function replanTargets(r) {
  return [
    ['`replan` of the seed, CSV → JSON', r.json],
    ['`replan` of the seed, XLSX → xlsx + md + ics', r.files],
  ].map(([name, pair]) =>
    target(
      name,
      [pair.run, pair.build],
      `${ms(pair.run.ms)} ms vs ${ms(pair.build.ms)} ms`,
      '≤ 1.2 × `build` of the same roster',
      ratio(pair.run.ms, pair.build.ms),
      pair.run.ms / pair.build.ms <= 1.2,
    ),
  );
}

/**
 * Memory linear in input: RSS above the `node -e 0` baseline grows by about the input's size ratio from 10 000 to
 * 100 000 classes (met up to 1.25 × the size ratio; less is fine, more would be super-linear).
 */
export function linearMemory(m, mid, big) {
  const base = m.floorRss.node ?? 0;
  const sizeRatio = statSync(big.file).size / statSync(mid.file).size;
  const growth = (big.run.rssKb - base) / (mid.run.rssKb - base);
  const measured = `RSS ${mb(mid.run.rssKb)} → ${mb(big.run.rssKb)} MB (${ratio(big.run.rssKb, mid.run.rssKb)}); above node's ${mb(base)} MB: ${growth.toFixed(2)}× for ${sizeRatio.toFixed(2)}× the bytes`;
  return target(
    '… memory linear in input (10 000 → 100 000 classes, CSV → JSON)',
    [mid.run, big.run],
    measured,
    'growth ≈ input size ratio',
    `${growth.toFixed(2)}× / ${sizeRatio.toFixed(2)}×`,
    growth <= 1.25 * sizeRatio,
  );
}

/** `schedule()` alone, warm, in process; the CLI's cold schedule phase shown beside it for context. */
export function scheduleTarget(m, bigCsv) {
  const s = m.schedule;
  const name = `scheduling alone, ${m.big.n.toLocaleString('en-US')} classes, input order`;
  if (s?.medianMs === undefined) return target(name, [{ ok: false }], '', '≤ 50 ms', '', false);
  const cold =
    bigCsv.run.phases.schedule === undefined ? '' : `; cold, in the CLI: ${ms(bigCsv.run.phases.schedule)} ms`;
  const fits = s.fits === false ? '; the plan does not fit!' : '';
  const measured = `${s.medianMs.toFixed(1)} ms warm (median of ${s.runs} after ${s.warmups} warm-ups)${cold}${fits}`;
  return target(name, [{ ok: true }], measured, '≤ 50 ms', `${s.medianMs.toFixed(1)} ms`, s.medianMs <= 50);
}

/** The targets as a Markdown table. */
export function targetsTable(list) {
  return table(
    ['target', 'measured', 'limit', 'figure', 'verdict'],
    'lllrl',
    list.map((t) => [t.name, t.measured, t.limit, t.shown, t.met ? 'MET' : t.failed ? '**FAILED**' : '**NOT MET**']),
  );
}

/**
 * Issue 15's target: 20 000 calendars in seconds. On disk each calendar is flushed (fsync) before the folder is renamed,
 * and on this kind of disk that flush alone takes longer than the rest of the run, so the target is what the run costs
 * beyond the disk's floor (a bare script writing as many files of that size durably, the same way, beside each run), and
 * the whole run on tmpfs, where no flush waits for a disk. Peak RSS of each.
 */
export function calendarTargets({ disk, memory }) {
  const measured = (run) => `${ms(run.ms)} ms (save ${ms(run.phases?.save)} ms, peak RSS ${mb(run.rssKb)} MB)`;
  const name = `${CALENDAR_COUNSELORS.toLocaleString('en-US')} counselors, \`--ics-per-counselor\` into a new folder`;
  const beyond = disk.ms - disk.floorMs;
  const list = [
    target(
      `${name}, on disk, beyond the disk's floor`,
      [disk],
      `${measured(disk)}; the floor ${ms(disk.floorMs)} ms`,
      '≤ 5 s more than the floor',
      `${ms(beyond)} ms`,
      beyond <= 5000,
    ),
  ];
  if (memory)
    list.push(
      target(
        `… the same on tmpfs (no disk to wait for)`,
        [memory],
        measured(memory),
        '≤ 5 s',
        `${ms(memory.ms)} ms`,
        memory.ms <= 5000,
      ),
    );
  return list;
}
