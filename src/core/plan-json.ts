import type { FittingRate } from './fit.js';
import type { Plan } from './plan.js';
import { formatThroughput } from './settings.js';
import { clock, isoDateTime } from './time.js';

/** Version of the `--json` contract: fields may be added, never renamed or dropped. */
export const SCHEMA_VERSION = 1;

/** The plan as the public JSON contract (schemaVersion 1). */
export function planJson(plan: Plan, fix?: FittingRate): object {
  const { settings, summary } = plan;
  return {
    schemaVersion: SCHEMA_VERSION,
    settings: {
      throughput: formatThroughput(settings.throughput),
      sessions: settings.sessions.map((s) => `${clock(s.start, true)}-${clock(s.end, true)}`),
      dates: settings.dates,
    },
    summary: {
      classes: summary.classes,
      people: summary.people,
      counselors: summary.counselors,
      fits: summary.fits,
      overflowMinutes: summary.overflowSeconds / 60,
      start: isoDateTime(summary.start),
      end: isoDateTime(summary.end),
      ...(fix ? { fix: { throughput: formatThroughput(fix.throughput), end: isoDateTime(fix.end) } } : {}),
    },
    classes: plan.classes.map((c) => ({
      seq: c.seq,
      name: c.name,
      headcount: c.headcount,
      counselor: c.counselor,
      start: isoDateTime(c.start),
      end: isoDateTime(c.end),
      source: c.source,
    })),
    blocks: plan.blocks.map((b) => ({
      counselor: b.counselor,
      classes: b.segments.flatMap((s) => plan.classes.slice(s.first, s.last + 1).map((c) => c.name)),
      segments: b.segments.map((s) => ({ start: isoDateTime(s.start), end: isoDateTime(s.end) })),
    })),
  };
}
