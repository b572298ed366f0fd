// The benchmark's settings (scripts/bench.mjs): where things are, the roster sizes and the runs of each case.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'capture-plan.js');
export const FLOOR_SCRIPT = join(ROOT, 'scripts', 'bench-floor.mjs');
export const SCHEDULE_SCRIPT = join(ROOT, 'scripts', 'bench-schedule.mjs');
export const DIR = join(ROOT, '.bench');
export const OUT = join(DIR, 'out');

/** Each roster size: where it comes from, the dates and rate it fits in, and how many runs its median takes. */
export const SIZES = [
  { n: 30, runs: 5, dates: '2024-04-22..2024-04-23', rate: '20/10min', seed: true },
  { n: 1_000, runs: 5, dates: '2025-03-03..2025-03-31', rate: '40/10min' },
  { n: 10_000, runs: 3, dates: '2025-01-01..2025-12-31', rate: '40/10min' },
  { n: 100_000, runs: 2, dates: '2025-01-01..2025-12-31', rate: '300/10min' },
];
/** The ten rates of the what-if case (10 000 classes). */
export const WHATIF_RATES = Array.from({ length: 10 }, (_, i) => `${40 + 2 * i}/10min`).join(',');
/** Runs of `schedule()` in process, after its warm-up. */
export const SCHEDULE_RUNS = 11;
/** Runs of `replan` and `build` of the seed, interleaved (issue 18: replan ≤ 1.2 × build). */
export const REPLAN_RUNS = 9;
/** The re-plan the bench times: the seed at 10:40, 软件20217 done, 网络20212 absent, at the measured rate. */
export const REPLAN_ARGS = ['--now', '10:40', '--done', '软件20217', '--absent', '网络20212'];
/** Counselors of the calendar case (issue 15), one class each. */
export const CALENDAR_COUNSELORS = 20_000;
