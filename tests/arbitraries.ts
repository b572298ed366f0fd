import fc from 'fast-check';
import type { Session } from '../src/core/settings.js';
import type { Throughput } from '../src/core/throughput.js';

/** 07:00, in minutes: the earliest a generated session starts. */
export const DAY_FROM = 7 * 60;
/** 07:00–22:00: the span generated sessions lie in, in minutes. */
export const DAY_MINUTES = 15 * 60;

/** 5–40 people per 1–15 minutes. */
export const throughputArb: fc.Arbitrary<Throughput> = fc.record({
  people: fc.integer({ min: 5, max: 40 }),
  count: fc.integer({ min: 1, max: 15 }),
  unit: fc.constant('min' as const),
});

/** 1–3 sorted, non-overlapping sessions (touching allowed) of ≥ 60 whole minutes within 07:00–22:00. */
export const sessionsArb: fc.Arbitrary<Session[]> = fc.integer({ min: 1, max: 3 }).chain((k) =>
  fc.array(fc.integer({ min: 0, max: DAY_MINUTES - 60 * k }), { minLength: 2 * k, maxLength: 2 * k }).map((points) => {
    const p = [...points].sort((a, b) => a - b);
    // Session i spans [p(2i) + 60i, p(2i+1) + 60(i+1)] minutes after 07:00: each ≥ 60 min, each after the one before.
    return Array.from({ length: k }, (_, i) => ({
      start: (DAY_FROM + p[2 * i]! + 60 * i) * 60,
      end: (DAY_FROM + p[2 * i + 1]! + 60 * (i + 1)) * 60,
    }));
  }),
);
