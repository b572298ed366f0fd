import type { PhaseListener } from '../commands/phase.js';
import type { CliIo } from './io.js';

/**
 * Listens to the stages of a build: with CAPTURE_PLAN_TIMINGS set, prints each stage's milliseconds, the peak memory
 * and the total as one JSON line on stderr at the end (for `npm run bench`); on a terminal, once a run has taken a
 * second, shows the stage and rows on stderr (never on a pipe or with --json).
 */
export function phases(io: CliIo, json: boolean, clock: () => number = monotonicMs): PhaseListener {
  const started = clock();
  let last = started;
  const timings: Record<string, number> = {};
  const progress = io.stderr.isTTY === true && !json;
  let shown = false;
  if (io.env.CAPTURE_PLAN_TIMINGS) {
    process.once('beforeExit', () => {
      const maxRssKb = process.resourceUsage().maxRSS;
      io.stderr.write(`${JSON.stringify({ timings, totalMs: Math.round(clock() - started), maxRssKb })}\n`);
    });
  }
  return (phase, rows) => {
    const now = clock();
    timings[phase] = Math.round((timings[phase] ?? 0) + now - last);
    last = now;
    if (progress && (shown || now - started > 1000)) {
      shown = true;
      io.stderr.write(`\r\u001b[2K… ${phase}${rows === undefined ? '' : ` (${rows})`}`);
      if (phase === 'save') io.stderr.write('\r\u001b[2K'); // the summary follows on a clean line
    }
  };
}

/** Milliseconds on a monotonic clock (process.hrtime: the performance global would load perf_hooks on every run). */
function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
