// The benchmark of issue 7. Run with `npm run bench` (builds first), or `node scripts/bench.mjs` after a build.
//
// 1. Generates rosters of 1 000, 10 000 and 100 000 classes (CSV and XLSX) into .bench/ when missing; the 30-class
//    case is fixtures/seed-roster.{csv,xlsx}.
// 2. Runs the built CLI on each as a separate process, several times, interleaved with the process that is its
//    floor (`node -e 0`, node importing exceljs, exceljs alone on the same XLSX), so both see the same machine load.
//    Wall time is measured here; phase times and peak RSS come from the child's CAPTURE_PLAN_TIMINGS line.
// 3. Prints Markdown tables (paste into the README): every case with its ratio to its floor, then the targets of the
//    issue with MET / NOT MET. Always exits 0: it is a report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'capture-plan.js');
const FLOOR_SCRIPT = join(ROOT, 'scripts', 'bench-floor.mjs');
const SCHEDULE_SCRIPT = join(ROOT, 'scripts', 'bench-schedule.mjs');
const DIR = join(ROOT, '.bench');
const OUT = join(DIR, 'out');

/** Each roster size: where it comes from, the dates and rate it fits in, and how many runs its median takes. */
const SIZES = [
  { n: 30, runs: 5, dates: '2024-04-22..2024-04-23', rate: '20/10min', seed: true },
  { n: 1_000, runs: 5, dates: '2025-03-03..2025-03-31', rate: '40/10min' },
  { n: 10_000, runs: 3, dates: '2025-01-01..2025-12-31', rate: '40/10min' },
  { n: 100_000, runs: 2, dates: '2025-01-01..2025-12-31', rate: '300/10min' },
];
/** The ten rates of the what-if case (10 000 classes). */
const WHATIF_RATES = Array.from({ length: 10 }, (_, i) => `${40 + 2 * i}/10min`).join(',');
/** Runs of `schedule()` in process, after its warm-up. */
const SCHEDULE_RUNS = 11;
/** Runs of `replan` and `build` of the seed, interleaved (issue 18: replan ≤ 1.2 × build). */
const REPLAN_RUNS = 9;
/** The re-plan the bench times: the seed at 10:40, 软件20217 done, 网络20212 absent, at the measured rate. */
const REPLAN_ARGS = ['--now', '10:40', '--done', '软件20217', '--absent', '网络20212'];

// ---------------------------------------------------------------------------------------------------------------------
// Rosters

const MAJORS = [
  '计科',
  '软件',
  '网络',
  '物联',
  '电商',
  '大数据',
  '人工智能',
  '通信',
  '电气',
  '自动化',
  '机械',
  '土木',
  '建筑',
  '会计',
  '财管',
  '金融',
  '国贸',
  '物流',
  '市场营销',
  '人力',
  '汉语言',
  '英语',
  '日语',
  '新闻',
  '法学',
  '思政',
  '数学',
  '物理',
  '化学',
  '生物',
  '环境',
  '食品',
  '护理',
  '药学',
  '临床',
  '学前',
  '小教',
  '体育',
  '音乐',
  '美术',
  '视传',
  '旅游',
];
const TRACKS = ['', '', '', '', '', '', '(专升本)', '(对口)', '(卓越)', '(中外合作)'];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '蒋',
  '蔡',
  '余',
  '杜',
  '叶',
  '程',
  '苏',
  '魏',
  '吕',
  '丁',
  '任',
  '沈',
  '姚',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '宇飞',
  '永江',
  '小淋',
  '银先',
  '建华',
  '志强',
  '海燕',
  '晓东',
  '文静',
  '俊杰',
  '婷婷',
  '雪梅',
  '国庆',
  '红梅',
  '子涵',
  '思远',
  '欣怡',
  '浩然',
];

/** A deterministic pseudo-random number in [0, 1) (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** n classes: counselors of 3–10 classes of one major and year, 20–45 students each; names unique. */
function makeClasses(n) {
  const next = random(n);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const classNumbers = new Map();
  const counselorNames = new Map();
  const classes = [];
  while (classes.length < n) {
    const counselor = uniqueName(`${pick(SURNAMES)}${pick(GIVEN)}`, counselorNames);
    const prefix = `${pick(MAJORS)}${2020 + Math.floor(next() * 3)}`;
    const count = Math.min(3 + Math.floor(next() * 8), n - classes.length);
    for (let i = 0; i < count; i++) {
      const number = (classNumbers.get(prefix) ?? 0) + 1;
      classNumbers.set(prefix, number);
      const headcount = 20 + Math.floor(next() * 26);
      classes.push({ seq: classes.length + 1, name: `${prefix}${number}${pick(TRACKS)}`, headcount, counselor });
    }
  }
  return classes;
}

/** The name itself the first time, then name2, name3, … (counts kept in `seen`). */
function uniqueName(name, seen) {
  const times = (seen.get(name) ?? 0) + 1;
  seen.set(name, times);
  return times === 1 ? name : `${name}${times}`;
}

const HEADER = ['序号', '班级名称', '人数', '辅导员'];

/** The classes as the CSV a registrar exports (UTF-8, no quoting needed). */
function csvText(classes) {
  const lines = [HEADER.join(',')];
  for (const c of classes) lines.push(`${c.seq},${c.name},${c.headcount},${c.counselor}`);
  return `${lines.join('\n')}\n`;
}

/** Writes the classes as an XLSX with exceljs's streaming writer (shared strings, like Excel). */
async function writeXlsx(classes, file) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  workbook.created = workbook.modified = new Date('2025-01-01T00:00:00Z');
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(HEADER).commit();
  for (const c of classes) sheet.addRow([c.seq, c.name, c.headcount, c.counselor]).commit();
  sheet.commit();
  await workbook.commit();
}

/** The CSV and XLSX of a size: the seed fixtures for 30, otherwise .bench/roster-<n>.* (generated when missing; delete .bench/ to regenerate). */
async function ensureRoster(size) {
  if (size.seed)
    return { csv: join(ROOT, 'fixtures', 'seed-roster.csv'), xlsx: join(ROOT, 'fixtures', 'seed-roster.xlsx') };
  const csv = join(DIR, `roster-${size.n}.csv`);
  const xlsx = join(DIR, `roster-${size.n}.xlsx`);
  if (existsSync(csv) && existsSync(xlsx)) return { csv, xlsx };
  log(`generating ${size.n} classes …`);
  const classes = makeClasses(size.n);
  writeFileSync(`${csv}.tmp`, csvText(classes));
  await writeXlsx(classes, `${xlsx}.tmp`);
  renameSync(`${csv}.tmp`, csv);
  renameSync(`${xlsx}.tmp`, xlsx);
  return { csv, xlsx };
}

// ---------------------------------------------------------------------------------------------------------------------
// Running

/** Progress on stderr, so stdout stays the report. */
function log(text) {
  process.stderr.write(`${text}\n`);
}

/** Runs `node …args` once in .bench/: wall ms measured here, plus the last JSON line the child printed on stderr. */
function runOnce(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, {
    cwd: DIR,
    env: { ...process.env, CAPTURE_PLAN_TIMINGS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = child.stderr.toString();
  const ok = child.status === 0;
  const error = ok
    ? undefined
    : `\`node ${args.map(short).join(' ')}\` exited ${child.status ?? child.signal}: ${firstMessage(stderr)}`;
  if (error) log(`  ✗ ${error}`);
  return { ms, ok, error, report: lastJsonLine(stderr) };
}

/** The first line of a child's stderr that is not our JSON timing line (its error message). */
function firstMessage(stderr) {
  return (
    stderr
      .trim()
      .split('\n')
      .find((l) => l.trim() !== '' && !l.startsWith('{"timings"'))
      ?.trim() ?? '(no message)'
  );
}

/** The last line of text that parses as a JSON object, if any. */
function lastJsonLine(text) {
  const line = text
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  try {
    return line ? JSON.parse(line) : undefined;
  } catch {
    return undefined;
  }
}

/** A path as it reads relative to the repo (for logs and the table). */
function short(arg) {
  return arg.startsWith(ROOT) ? relative(ROOT, arg) : arg;
}

/** The middle value (upper middle for an even count); undefined for none. */
function median(values) {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.floor(sorted.length / 2)];
}

/** Medians of a series of runs: wall ms, peak RSS KB, each phase's ms. */
function summarise(samples) {
  const phases = {};
  for (const s of samples)
    for (const name of Object.keys(s.report?.timings ?? {}))
      phases[name] = median(samples.map((x) => x.report?.timings?.[name]));
  return {
    ms: median(samples.map((s) => s.ms)),
    rssKb: median(samples.map((s) => s.report?.maxRssKb)),
    phases,
    ok: samples.every((s) => s.ok),
    error: samples.find((s) => s.error)?.error,
    runs: samples.length,
  };
}

/** Runs each command `runs` times, interleaved (A B A B …) so load changes hit all alike; medians per command. */
function interleaved(commands, runs) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++)
    commands.forEach((args, c) => {
      samples[c].push(runOnce(args));
    });
  return samples.map(summarise);
}

/** Peak RSS (KB) of a `node -e` snippet, from a second, untimed run that reports it. */
function rssOfEval(code) {
  const report = `;process.on('exit',()=>process.stderr.write(JSON.stringify({maxRssKb:process.resourceUsage().maxRSS})))`;
  return runOnce(['-e', code + report]).report?.maxRssKb;
}

// ---------------------------------------------------------------------------------------------------------------------
// Cases

const NODE_FLOOR = ['-e', '0'];
const EXCELJS_FLOOR = ['-e', "require('exceljs')"];

/** `build` of a CSV roster printing the JSON plan. */
function buildJson(size, csv) {
  return [BIN, 'build', csv, '-d', size.dates, '-t', size.rate, '--json'];
}

/** `build` of an XLSX roster writing the given outputs into .bench/out/. */
function buildFiles(size, xlsx, extensions) {
  const outs = extensions.map((ext) => join(OUT, `${size.n}${ext}`));
  return [BIN, 'build', xlsx, '-d', size.dates, '-t', size.rate, '-o', ...outs];
}

/** Times `schedule()` alone in a child process (warmed up, median of SCHEDULE_RUNS). */
function scheduleAlone(size, csv) {
  const child = spawnSync(process.execPath, [SCHEDULE_SCRIPT, csv, size.dates, size.rate, String(SCHEDULE_RUNS)], {
    cwd: DIR,
    encoding: 'utf8',
  });
  if (child.status !== 0) log(`  ✗ bench-schedule: ${child.stderr.trim()}`);
  return lastJsonLine(child.stdout);
}

/** One size's two rows: CSV → JSON against `node -e 0`, XLSX → files against the exceljs floor of that XLSX. */
function measureSize(size, { csv, xlsx }, floorRss) {
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
async function measure() {
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
function measureReplan({ csv, xlsx }) {
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

/** Counselors of the calendar case (issue 15), one class each, and its runs. */
const CALENDAR_COUNSELORS = 20_000;
const CALENDAR_RUNS = 3;

/**
 * `build … --ics-per-counselor` of 20 000 counselors into a new folder each run (the folder removed before), on the
 * disk of .bench/ and, where there is one, on tmpfs (/dev/shm): the difference is what making them durable costs.
 */
function measureCalendars() {
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
function measureCalendarsIn(out) {
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
  for (let i = 0; i < CALENDAR_RUNS; i++) {
    rmSync(folder, { recursive: true, force: true });
    samples.push(runOnce([...args, '--ics-per-counselor', folder]));
  }
  return summarise(samples);
}

/**
 * Issue 15's target: 20 000 calendars written durably to disk in a few seconds; the same on tmpfs beside it, where no
 * flush waits for a disk. Peak RSS of each.
 */
function calendarTargets({ disk, memory }) {
  const measured = (run) => `${ms(run.ms)} ms (save ${ms(run.phases?.save)} ms, peak RSS ${mb(run.rssKb)} MB)`;
  const name = `${CALENDAR_COUNSELORS.toLocaleString('en-US')} counselors, \`--ics-per-counselor\` into a new folder`;
  const list = [target(`${name}, on disk`, [disk], measured(disk), '≤ 5 s', `${ms(disk.ms)} ms`, disk.ms <= 5000)];
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

// ---------------------------------------------------------------------------------------------------------------------
// Report

const PHASES = [
  'read',
  'parse',
  'schedule',
  'fit',
  'json',
  'notice table',
  'write xlsx',
  'write md',
  'write html',
  'save',
];

/** Milliseconds as a table cell. */
const ms = (v) => (v === undefined ? '–' : `${Math.round(v).toLocaleString('en-US')}`);
/** KB as MB for a table cell. */
const mb = (kb) => (kb === undefined ? '–' : `${Math.round(kb / 1024)}`);
/** A ratio as a table cell. */
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);

/** Lines of a Markdown table; `align` has one letter per column, l(eft) or r(ight). */
function table(header, align, body) {
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [`| ${header.join(' | ')} |`, `|${rule.join('|')}|`, ...body.map((cells) => `| ${cells.join(' | ')} |`)];
}

/** Phase times as one compact cell: "read 12 · parse 3 · …". */
function phaseCell(phases) {
  const names = [...PHASES, ...Object.keys(phases).filter((p) => !PHASES.includes(p))];
  return (
    names
      .filter((p) => phases[p] !== undefined)
      .map((p) => `${p} ${ms(phases[p])}`)
      .join(' · ') || '–'
  );
}

/** The table of every case with its floor. */
function casesTable(rows) {
  return table(
    [
      'classes',
      'in → out',
      'wall ms',
      'peak RSS MB',
      'phases (ms)',
      'floor',
      'floor ms',
      'floor RSS MB',
      'wall ÷ floor',
      'RSS ÷ floor',
    ],
    'rlrrllrrrr',
    rows.map((r) => [
      r.size.n.toLocaleString('en-US'),
      `${r.format} → ${r.out}`,
      r.run.ok ? ms(r.run.ms) : '✗ failed',
      r.run.ok ? mb(r.run.rssKb) : '–',
      r.run.ok ? phaseCell(r.run.phases) : 'see Failures',
      r.floorName,
      ms(r.floor.ms),
      mb(r.floor.rssKb),
      r.run.ok ? ratio(r.run.ms, r.floor.ms) : '–',
      r.run.ok ? ratio(r.run.rssKb, r.floor.rssKb) : '–',
    ]),
  );
}

/** The table of the floors themselves. */
function floorsTable(m) {
  const nodeMs = median(m.floors.node.map((f) => f.ms));
  const importMs = median(m.floors.exceljs.map((f) => f.ms));
  const body = [
    ['`node -e 0`', ms(nodeMs), mb(m.floorRss.node)],
    ['`node -e "require(\'exceljs\')"`', ms(importMs), mb(m.floorRss.exceljs)],
    ...m.rows
      .filter((r) => r.format === 'XLSX')
      .map((r) => [
        `exceljs floor, ${r.size.n.toLocaleString('en-US')} classes (read + write one sheet)`,
        ms(r.floor.ms),
        mb(r.floor.rssKb),
      ]),
  ];
  return table(['floor', 'wall ms', 'peak RSS MB'], 'lrr', body);
}

/**
 * One target row: what, the measured text, the limit, the figure compared, and whether it is met. A target whose
 * runs (summaries from `interleaved`) did not all succeed is reported as failed, whatever the figures say.
 */
function target(name, runs, measured, limit, shown, met) {
  const failed = runs.some((r) => !r?.ok);
  return failed
    ? { name, measured: 'run failed (see Failures)', limit, shown: '–', met: false, failed }
    : { name, measured, limit, shown, met };
}

/** The targets of issue 7, each with its measured figure and verdict. */
function targets(m) {
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
function replanTargets(r) {
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
function linearMemory(m, mid, big) {
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
function scheduleTarget(m, bigCsv) {
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
function targetsTable(list) {
  return table(
    ['target', 'measured', 'limit', 'figure', 'verdict'],
    'lllrl',
    list.map((t) => [t.name, t.measured, t.limit, t.shown, t.met ? 'MET' : t.failed ? '**FAILED**' : '**NOT MET**']),
  );
}

/** Machine and run facts, so figures from different machines are not compared blindly. */
async function machine() {
  const os = await import('node:os');
  return `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
}

/** Prints the whole report on stdout. */
async function report(m, startedAt) {
  const list = targets(m);
  const out = [
    `## Benchmark (${new Date().toISOString().slice(0, 10)})`,
    '',
    `${await machine()}; whole bench ${((Date.now() - startedAt) / 1000).toFixed(0)} s. Medians of ${SIZES.map((s) => `${s.runs} (${s.n.toLocaleString('en-US')})`).join(', ')} runs, each run interleaved with its floor.`,
    '',
    ...casesTable(m.rows),
    '',
    ...floorsTable(m),
    '',
    '### Targets (issues 7, 15 and 18)',
    '',
    ...targetsTable(list),
    '',
  ];
  const missed = list.filter((t) => !t.met);
  out.push(
    missed.length === 0
      ? 'All targets met.'
      : `NOT MET (${missed.length} of ${list.length}): ${missed.map((t) => t.name).join('; ')}`,
  );
  out.push(...failures(m));
  console.log(out.join('\n'));
}

/** The runs that did not exit 0, each once, with the child's message (empty when all ran). */
function failures(m) {
  const replans = m.replan ? [m.replan.json.run, m.replan.json.build, m.replan.files.run, m.replan.files.build] : [];
  const summaries = [
    ...(m.rows ?? []).flatMap((r) => [r.run, r.floor, r.importFloor]),
    ...(m.whatif ? [m.whatif.run, m.whatif.build] : []),
    ...replans,
    ...(m.calendars ? [m.calendars.disk, m.calendars.memory].filter(Boolean) : []),
  ];
  const errors = [...new Set(summaries.map((s) => s?.error).filter(Boolean))];
  if (m.rows && m.schedule?.medianMs === undefined) errors.push('`scripts/bench-schedule.mjs` failed (see stderr)');
  return errors.length === 0 ? [] : ['', '### Failures', '', ...errors.map((e) => `- ${e}`)];
}

// ---------------------------------------------------------------------------------------------------------------------

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
