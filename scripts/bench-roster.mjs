// The roster and settings the optimize benches share (scripts/bench-optimize.mjs, scripts/compare-highs.mjs).
import { parseDates, parseSessions, parseThroughput } from '../dist/core/settings.js';

/** A roster of `counselors` × `per` classes, headcounts 10–49 from a fixed seed. */
export function roster(counselors, per) {
  let seed = 3;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const classes = [];
  for (let c = 0; c < counselors; c++)
    for (let k = 0; k < per; k++)
      classes.push({
        seq: classes.length + 1,
        name: `班${c}-${k}`,
        headcount: 10 + Math.floor(next() * 40),
        counselor: `导${c}`,
        source: { file: 'bench.csv', row: classes.length + 2 },
      });
  return { file: 'bench.csv', classes, warnings: [], skippedRows: [] };
}

/** `--order optimize` settings at a rate over some dates, two sessions a day, optionally rooms and a changeover. */
export function settings(rate, dates, rooms = 1, changeover = 0) {
  const throughput = parseThroughput(rate);
  return {
    throughput,
    sessions: parseSessions('08:30-12:00,13:30-18:00'),
    dates: parseDates(dates),
    order: 'optimize',
    changeover,
    ...(rooms > 1 ? { rooms: Array.from({ length: rooms }, (_, i) => ({ name: `R${i + 1}`, throughput })) } : {}),
  };
}
