// Times `schedule()` alone, in process, on a generated roster (issue 7: "scheduling alone, input order").
// Usage: node scripts/bench-schedule.mjs roster.csv <dates> <rate> [runs]
// Prints one JSON line on stdout: {"classes", "warmups", "runs", "times", "medianMs", "fits"}.
import { readFileSync } from 'node:fs';
import { schedule } from '../dist/core/schedule/schedule.js';
import { parseDates, parseSessions, parseThroughput } from '../dist/core/settings.js';

// Steady state, as the brief asks: no forced GC between runs (measured: forcing one before each run made runs ~40%
// slower, presumably because the heap is then shrunk and the next run pays for growing it again).
const WARMUPS = 5;

/** The bench's own plain CSV (no quoting) as a Roster, the shape parseRoster returns. */
function rosterOf(file) {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const classes = lines.slice(1).map((line, i) => {
    const [seq, name, headcount, counselor] = line.split(',');
    return { seq: Number(seq), name, headcount: Number(headcount), counselor, source: { file, row: i + 2 } };
  });
  return { file, classes, warnings: [], skippedRows: [] };
}

/** Milliseconds one call of `fn` takes. */
function timeOnce(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** The middle value (upper middle for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const [file, dates, rate, runsText = '9'] = process.argv.slice(2);
if (!file || !dates || !rate) {
  console.error('usage: node scripts/bench-schedule.mjs roster.csv <dates> <rate> [runs]');
  process.exit(2);
}
const roster = rosterOf(file);
const settings = {
  throughput: parseThroughput(rate),
  sessions: parseSessions('08:30-12:00,13:30-18:00'),
  dates: parseDates(dates),
};
for (let i = 0; i < WARMUPS; i++) schedule(roster, settings);
const times = [];
let plan;
for (let i = 0; i < Number(runsText); i++) {
  const { ms, result } = timeOnce(() => schedule(roster, settings));
  times.push(ms);
  plan = result;
}
const fits = plan?.fits ?? plan?.summary?.fits;
console.log(
  JSON.stringify({
    classes: roster.classes.length,
    warmups: WARMUPS,
    runs: times.length,
    times: times.map((t) => Math.round(t * 10) / 10),
    medianMs: median(times),
    fits,
  }),
);
