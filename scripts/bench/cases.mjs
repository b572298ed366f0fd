// The benchmark's cases (scripts/bench.mjs): what is run for each roster size, the re-plan and the calendars.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BIN,
  CALENDAR_COUNSELORS,
  DIR,
  FLOOR_SCRIPT,
  OUT,
  REPLAN_ARGS,
  REPLAN_RUNS,
  SCHEDULE_RUNS,
  SCHEDULE_SCRIPT,
  SIZES,
  WHATIF_RATES,
} from './config.mjs';
import { DURABLE_WAY, writeDurably } from './durable-floor.mjs';
import { ensureRoster } from './rosters.mjs';
import { interleaved, lastJsonLine, log, rssOfEval, runOnce, summarise } from './running.mjs';

export const NODE_FLOOR = ['-e', '0'];
export const EXCELJS_FLOOR = ['-e', "require('exceljs')"];

/** `build` of a CSV roster printing the JSON plan. */
export function buildJson(size, csv) {
  return [BIN, 'build', csv, '-d', size.dates, '-t', size.rate, '--json'];
}

/** `build` of an XLSX roster writing the given outputs into .bench/out/. */
export function buildFiles(size, xlsx, extensions) {
  const outs = extensions.map((ext) => join(OUT, `${size.n}${ext}`));
  return [BIN, 'build', xlsx, '-d', size.dates, '-t', size.rate, '-o', ...outs];
}

/** Times `schedule()` alone in a child process (warmed up, median of SCHEDULE_RUNS). */
export function scheduleAlone(size, csv) {
  const child = spawnSync(process.execPath, [SCHEDULE_SCRIPT, csv, size.dates, size.rate, String(SCHEDULE_RUNS)], {
    cwd: DIR,
    encoding: 'utf8',
  });
  if (child.status !== 0) log(`  ✗ bench-schedule: ${child.stderr.trim()}`);
  return lastJsonLine(child.stdout);
}

/** One size's two rows: CSV → JSON against `node -e 0`, XLSX → files against the exceljs floor of that XLSX. */
export function measureSize(size, { csv, xlsx }, floorRss) {
  const label = size.n.toLocaleString('en-US');
  log(`${label} classes, CSV → JSON (${size.runs} runs)`);
  const [csvRun, nodeFloor] = interleaved([buildJson(size, csv), NODE_FLOOR], size.runs);
  nodeFloor.rssKb ??= floorRss.node;
  const csvRow = { size, format: 'CSV', out: 'JSON', file: csv, run: csvRun, floor: nodeFloor, floorName: 'node -e 0' };

  // HTML too for the small rosters (the seed-roster target asks for it); the big ones write the defaults, xlsx + md
  const extensions = size.n <= 1_000 ? ['.xlsx', '.md', '.html'] : ['.xlsx', '.md'];
  log(`${label} classes, XLSX → ${extensions.join(' ')} (${size.runs} runs)`);
  const [xlsxRun, excelFloor, importFloor] = interleaved(
    [buildFiles(size, xlsx, extensions), [FLOOR_SCRIPT, xlsx], EXCELJS_FLOOR],
    size.runs,
  );
  importFloor.rssKb ??= floorRss.exceljs;
  const out = extensions.map((e) => e.slice(1)).join(' + ');
  const xlsxRow = {
    size,
    format: 'XLSX',
    out,
    file: xlsx,
    run: xlsxRun,
    floor: excelFloor,
    floorName: 'exceljs floor',
    importFloor,
  };
  return [csvRow, xlsxRow];
}

/** Every measurement of the run; the tables are built from this. */
export async function measure() {
  const rosters = {};
  for (const size of SIZES) rosters[size.n] = await ensureRoster(size);
  const floorRss = { node: rssOfEval('0'), exceljs: rssOfEval("require('exceljs')") };
  const rows = SIZES.flatMap((size) => measureSize(size, rosters[size.n], floorRss));
  const floors = {
    node: rows.filter((r) => r.format === 'CSV').map((r) => r.floor),
    exceljs: rows.filter((r) => r.importFloor).map((r) => r.importFloor),
  };

  const big = SIZES.at(-1);
  const mid = SIZES.find((s) => s.n === 10_000);
  log(`whatif, 10 scenarios vs one build, ${mid.n.toLocaleString('en-US')} classes (${mid.runs} runs)`);
  const whatifArgs = [BIN, 'whatif', rosters[mid.n].csv, '-d', mid.dates, '-t', WHATIF_RATES, '--json'];
  const [whatifRun, oneBuild] = interleaved([whatifArgs, buildJson(mid, rosters[mid.n].csv)], mid.runs);
  log(`schedule() alone, ${big.n.toLocaleString('en-US')} classes (${SCHEDULE_RUNS} runs after warm-up)`);
  const schedule = scheduleAlone(big, rosters[big.n].csv);
  const replan = measureReplan(rosters[30]);
  const calendars = measureCalendars();
  return { rows, floors, floorRss, whatif: { run: whatifRun, build: oneBuild }, schedule, big, mid, replan, calendars };
}

/**
 * `replan` against `build` of the same seed roster, side by side: CSV → JSON, and XLSX → .xlsx + .md + .ics (the files
 * staff re-publish on the day).
 */
export function measureReplan({ csv, xlsx }) {
  const day = ['-d', '2024-04-22'];
  const files = (name) => ['-o', ...['.xlsx', '.md', '.ics'].map((ext) => join(OUT, `${name}${ext}`))];
  log(`replan vs build, the seed roster, CSV → JSON and XLSX → xlsx + md + ics (${REPLAN_RUNS} runs)`);
  const [replanJsonRun, buildJsonRun, replanFiles, buildFilesRun] = interleaved(
    [
      [BIN, 'replan', csv, ...day, ...REPLAN_ARGS, '--json'],
      [BIN, 'build', csv, ...day, '--json'],
      [BIN, 'replan', xlsx, ...day, ...REPLAN_ARGS, ...files('replan')],
      [BIN, 'build', xlsx, ...day, ...files('build')],
    ],
    REPLAN_RUNS,
  );
  return { json: { run: replanJsonRun, build: buildJsonRun }, files: { run: replanFiles, build: buildFilesRun } };
}

/** Runs of the calendar case, on disk and in memory each. */
export const CALENDAR_RUNS = 3;

/**
 * `build … --ics-per-counselor` of 20 000 counselors into a new folder each run (the folder removed before), on the
 * disk of .bench/ and, where there is one, on tmpfs (/dev/shm): the difference is what making them durable costs. Each
 * run has beside it the disk's floor (see writeDurably): what the same number of durable files costs with no tool.
 */
export function measureCalendars() {
  const shm = '/dev/shm';
  if (!existsSync(shm)) return { disk: measureCalendarsIn(OUT) };
  const memory = join(shm, `capture-plan-bench-${process.pid}`);
  mkdirSync(memory, { recursive: true });
  try {
    return { disk: measureCalendarsIn(OUT), memory: measureCalendarsIn(memory) };
  } finally {
    rmSync(memory, { recursive: true, force: true });
  }
}

/** The calendar case with its outputs in `out`. */
export function measureCalendarsIn(out) {
  const csv = join(DIR, `counselors-${CALENDAR_COUNSELORS}.csv`);
  if (!existsSync(csv)) {
    const lines = ['班级名称,人数,辅导员'];
    for (let i = 0; i < CALENDAR_COUNSELORS; i++) lines.push(`班${i},${20 + (i % 26)},辅导员${i}`);
    writeFileSync(csv, `${lines.join('\n')}\n`);
  }
  const folder = join(out, 'cal');
  const args = [BIN, 'build', csv, '-d', '2025-01-01..2025-12-31', '-t', '300/10min', '-o', join(out, 'cal.md')];
  log(
    `${CALENDAR_COUNSELORS.toLocaleString('en-US')} counselors, --ics-per-counselor into a new folder in ${out} (${CALENDAR_RUNS} runs)`,
  );
  const samples = [];
  const floors = [];
  for (let i = 0; i < CALENDAR_RUNS; i++) {
    rmSync(folder, { recursive: true, force: true });
    spawnSync('sync', ['-f', out]);
    samples.push(runOnce([...args, '--ics-per-counselor', folder]));
    rmSync(folder, { recursive: true, force: true });
    // the disk's floor beside it: a bare script writing as many files of a calendar's size durably, as the CLI does
    floors.push(writeDurably(join(out, 'floor'), CALENDAR_COUNSELORS, DURABLE_WAY).ms);
  }
  return { ...summarise(samples), floorMs: floors.sort((a, b) => a - b)[floors.length >> 1] };
}
