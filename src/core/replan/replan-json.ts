import { formatThroughput } from '../throughput.js';
import { isoDateTime } from '../time.js';
import type { Delay, Span } from './delays.js';
import type { Replanned } from './replan.js';

/**
 * The JSON plan of a re-plan, additive to build's: `classes[].done` and `classes[].absent` where true, and
 * `summary.replan` with the time, the measured and the used rate, and whom to tell.
 */
export function replanJson(json: object, replanned: Replanned, delays: readonly Delay[]): object {
  const plan = json as { summary: Record<string, unknown>; classes: Record<string, unknown>[] };
  const spans = (list: readonly Span[]) => list.map((s) => ({ start: isoDateTime(s.start), end: isoDateTime(s.end) }));
  return {
    ...plan,
    summary: {
      ...plan.summary,
      replan: {
        now: isoDateTime(replanned.now),
        ...(replanned.measured ? { measuredThroughput: formatThroughput(replanned.measured.rate) } : {}),
        rate: formatThroughput(replanned.rate),
        delays: delays.map((d) => ({
          ...(d.counselor === undefined ? {} : { counselor: d.counselor }),
          ...(d.college === undefined ? {} : { college: d.college }),
          was: spans(d.was),
          now: spans(d.now),
          minutes: d.minutes,
          line: d.line,
        })),
      },
    },
    classes: plan.classes.map((c, i) => ({
      ...c,
      ...(replanned.done[i] ? { done: true } : {}),
      ...(replanned.absent[i] ? { absent: true } : {}),
    })),
  };
}
