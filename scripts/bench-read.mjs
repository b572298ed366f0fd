// Reading XLSX (issue 15): how long the built CLI takes over each workbook, and its peak memory. Run by `npm run bench`,
// or `node scripts/bench-read.mjs [--bin other/bin/capture-plan.js]` after a build, to put two builds side by side
// (their runs interleaved, so both see the same machine load).
//
// Cases: the committed seed and campus workbooks, a 20 000-class roster, a workbook just under the element budget, and
// the small memory bombs of issue 15 point 1 (generated from tests/read/xlsx-bombs.ts into .bench/read/). Each run is
// `build <file> --json` in a child process that prints its peak RSS as it exits (and, when it succeeds, the read
// stage's time from CAPTURE_PLAN_TIMINGS); a bomb must exit 2 within 5 s and 400 MB, naming the limit. Prints a
// Markdown table; always exits 0 (a report).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = join(ROOT, '.bench', 'read');
const RUNS = 3;

const args = process.argv.slice(2);
const other = args.indexOf('--bin') >= 0 ? resolve(args[args.indexOf('--bin') + 1]) : undefined;
const BINS = [join(ROOT, 'bin', 'capture-plan.js'), ...(other ? [other] : [])];

/** Writes each generated workbook once (delete .bench/read/ to regenerate). */
async function ensureFiles() {
  mkdirSync(DIR, { recursive: true });
  const { build } = await import('esbuild');
  const module = join(DIR, 'xlsx-bombs.mjs');
  await build({
    entryPoints: [join(ROOT, 'tests', 'read', 'xlsx-bombs.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: module,
    logLevel: 'warning',
  });
  for (const [entry, out] of [
    [join(ROOT, 'src', 'read', 'xlsx-roster.ts'), 'reader.mjs'],
    [join(ROOT, 'tests', 'read', 'exceljs-view.ts'), 'exceljs-view.mjs'],
  ])
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: join(DIR, out),
      logLevel: 'warning',
      packages: 'external',
    });
  const bombs = await import(pathToFileURL(module).href);
  const files = {};
  const make = async (name, bytes) => {
    const file = join(DIR, `${name}.xlsx`);
    if (!existsSync(file)) writeFileSync(file, await bytes());
    files[name] = file;
  };
  await make('roster-20000', () => roster(20_000));
  await make('near-limit', () => bombs.nearLimitBook());
  await make('near-row-limit', () => bombs.nearRowLimitBook());
  for (const [name, bomb] of Object.entries(bombs.XLSX_BOMBS)) await make(name.replace(/ /g, '-'), () => bomb());
  return files;
}

/** n classes as exceljs writes them (shared strings, like Excel): 序号, 班级名称, 人数, 辅导员. */
async function roster(n) {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名单');
  sheet.addRow(['序号', '班级名称', '人数', '辅导员']);
  for (let i = 0; i < n; i++)
    sheet.addRow([i + 1, `软件${2020 + (i % 3)}${i + 1}`, 20 + (i % 26), `辅导员${Math.floor(i / 6)}`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** One run: wall ms, exit code, peak RSS MB and the first line of stderr. */
function runOnce(bin, file, extra) {
  const report = `process.on('exit',()=>process.stderr.write('\\nmaxRSS '+process.resourceUsage().maxRSS+'\\n'));import(${JSON.stringify(pathToFileURL(bin).href)})`;
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['-e', report, 'bin', 'build', file, ...extra, '--json'], {
    cwd: DIR,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, CAPTURE_PLAN_TIMINGS: '1' },
    timeout: 120_000,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /maxRSS (\d+)/.exec(child.stderr)?.[1];
  const lines = child.stderr.split('\n');
  const line = lines.find((l) => l.trim() !== '' && !l.startsWith('maxRSS') && !l.startsWith('{')) ?? '';
  const timings = lines.find((l) => l.startsWith('{"timings"'));
  const read = timings ? JSON.parse(timings).timings.read : undefined;
  return { ms, read, code: child.status ?? child.signal, mb: rss ? Number(rss) / 1024 : undefined, line };
}

/**
 * The reader alone in a fresh process, on the bytes already in memory: the streaming reader (guards included), or
 * exceljs loading the workbook as the reader before it did (tests/read/exceljs-view.ts). Wall ms of the read, peak MB.
 */
function readAlone(which, file, timeout) {
  const code =
    which === 'streaming'
      ? `const { readXlsxRoster } = await import(${JSON.stringify(pathToFileURL(join(DIR, 'reader.mjs')).href)});
         const bytes = (await import('node:fs')).readFileSync(${JSON.stringify(file)});
         const t = performance.now(); let ok = true;
         try { readXlsxRoster(bytes, 'f.xlsx'); } catch { ok = false; }
         process.stderr.write(JSON.stringify({ ms: performance.now() - t, ok, kb: process.resourceUsage().maxRSS }));`
      : `const { exceljsView } = await import(${JSON.stringify(pathToFileURL(join(DIR, 'exceljs-view.mjs')).href)});
         const bytes = (await import('node:fs')).readFileSync(${JSON.stringify(file)});
         const t = performance.now();
         const ok = (await exceljsView(bytes, 'f.xlsx')) !== undefined;
         process.stderr.write(JSON.stringify({ ms: performance.now() - t, ok, kb: process.resourceUsage().maxRSS }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout,
    // exceljs on the unguarded bombs runs out of memory: cap the heap so the machine survives it
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=2048' },
  });
  try {
    const { ms, ok, kb } = JSON.parse(child.stderr.trim().split('\n').pop());
    return { ms, ok, mb: kb / 1024 };
  } catch {
    return {
      ms: Number.NaN,
      ok: false,
      mb: Number.NaN,
      crashed: child.signal === 'SIGTERM' ? `> ${timeout / 1000} s` : (child.status ?? child.signal),
    };
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const files = await ensureFiles();
const CASES = [
  ['fixtures/seed-roster.xlsx', join(ROOT, 'fixtures', 'seed-roster.xlsx'), ['-d', '2024-04-22..2024-04-23']],
  ['fixtures/campus-sheets.xlsx', join(ROOT, 'fixtures', 'campus-sheets.xlsx'), ['-d', '2024-04-22']],
  ['20 000-class roster', files['roster-20000'], ['-d', '2025-01-01..2025-12-31', '-t', '300/10min']],
  ['499 002 cells, just under the budget', files['near-limit'], ['-d', '2024-04-22']],
  ['249 999 rows, just under the budget', files['near-row-limit'], ['-d', '2024-04-22']],
  ...Object.keys(files)
    .filter((name) => !['roster-20000', 'near-limit', 'near-row-limit'].includes(name))
    .map((name) => [`bomb: ${name.replace(/-/g, ' ')}`, files[name], ['-d', '2024-04-22']]),
];

const header = [
  'case',
  ...BINS.flatMap((_, b) =>
    BINS.length > 1 ? [`${b ? 'other' : 'this'} ms`, 'read ms', 'MB', 'exit'] : ['ms', 'read ms', 'peak MB', 'exit'],
  ),
  'message',
];
const lines = [
  `| ${header.join(' | ')} |`,
  `|${header.map((_, i) => (i === 0 || i === header.length - 1 ? '---' : '---:')).join('|')}|`,
];
for (const [label, file, extra] of CASES) {
  process.stderr.write(`${label} …\n`);
  const samples = BINS.map(() => []);
  for (let i = 0; i < RUNS; i++) for (const [b, bin] of BINS.entries()) samples[b].push(runOnce(bin, file, extra));
  const cells = samples.flatMap((runs) => [
    Math.round(median(runs.map((r) => r.ms))).toLocaleString('en-US'),
    runs[0].read === undefined ? '–' : Math.round(median(runs.map((r) => r.read ?? 0))).toLocaleString('en-US'),
    runs[0].mb === undefined ? '–' : String(Math.round(median(runs.map((r) => r.mb ?? 0)))),
    String(runs[0].code),
  ]);
  const message = samples[0][0].line.replace(/\|/g, '\\|').slice(0, 160);
  lines.push(`| ${label} | ${cells.join(' | ')} | ${samples[0][0].code === 0 ? '' : message} |`);
}
process.stdout.write(`\n### Reading XLSX (build --json, median of ${RUNS})\n\n${lines.join('\n')}\n`);

const alone = [
  '| workbook | streaming ms | MB | result | exceljs ms | MB | result |',
  '|---|---:|---:|---|---:|---:|---|',
];
for (const [label, file] of CASES) {
  process.stderr.write(`${label}, the reader alone …\n`);
  const runs = { streaming: [], exceljs: [] };
  // exceljs over a bomb runs for minutes and dies out of memory (issue 15): once, for at most a minute
  const bomb = label.startsWith('bomb');
  for (let i = 0; i < RUNS; i++) runs.streaming.push(readAlone('streaming', file, 120_000));
  for (let i = 0; i < (bomb ? 1 : RUNS); i++) runs.exceljs.push(readAlone('exceljs', file, bomb ? 60_000 : 120_000));
  const cells = Object.values(runs).flatMap((rs) => [
    Number.isNaN(rs[0].ms) ? '–' : Math.round(median(rs.map((r) => r.ms))).toLocaleString('en-US'),
    Number.isNaN(rs[0].mb) ? '–' : String(Math.round(median(rs.map((r) => r.mb)))),
    rs[0].crashed !== undefined ? `crashed (${rs[0].crashed})` : rs[0].ok ? 'read' : 'refused',
  ]);
  alone.push(`| ${label} | ${cells.join(' | ')} |`);
}
process.stdout.write(
  `\n### The reader alone, in a fresh process (median of ${RUNS}; exceljs without the guards, heap capped at 2 GB, once and for at most a minute on a bomb)\n\n${alone.join('\n')}\n`,
);
