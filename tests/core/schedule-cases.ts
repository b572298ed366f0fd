// Random settings and rosters for the properties of the scheduler (one room, the roster order).
import fc from 'fast-check';
import type { Roster } from '../../src/core/roster/model.js';
import type { Plan } from '../../src/core/schedule/plan.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import type { Settings } from '../../src/core/settings.js';
import { periodSeconds } from '../../src/core/throughput.js';
import { DAY, dateToLocalSeconds, isoDateOf } from '../../src/core/time.js';
import { sessionsArb, throughputArb } from '../arbitraries.js';
import { rosterOf } from '../helpers.js';

/** The runs of each property, where it gives no count of its own. */
export const RUNS = { numRuns: 200 };
const COUNSELORS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'];
const FIRST_DATE = dateToLocalSeconds('2024-04-22')!;

/** A roster row: class, headcount, counselor. */
export type Row = readonly [string, number, string];

/** 1–3 consecutive dates from 2024-04-22. */
const datesArb = fc
  .integer({ min: 1, max: 3 })
  .map((n) => Array.from({ length: n }, (_, i) => isoDateOf(FIRST_DATE + i * DAY)));

/** Any rate, 1–3 sessions, 1–3 dates. */
export const settingsArb: fc.Arbitrary<Settings> = fc.record({
  throughput: throughputArb,
  sessions: sessionsArb,
  dates: datesArb,
});

/** Roster rows: unique class names, headcounts 1–maxHeadcount, 1–8 counselors from the pool. */
export function rowsArb(maxHeadcount: number, maxClasses = 60): fc.Arbitrary<Row[]> {
  return fc
    .shuffledSubarray(COUNSELORS, { minLength: 1, maxLength: 8 })
    .chain((names) =>
      fc
        .array(
          fc.record({ headcount: fc.integer({ min: 1, max: maxHeadcount }), counselor: fc.constantFrom(...names) }),
          { minLength: 1, maxLength: maxClasses },
        )
        .map((rows) => rows.map((r, i): Row => [`班${i + 1}`, r.headcount, r.counselor])),
    );
}

/** The longest session, in seconds. */
export const longestSession = (s: Settings) => Math.max(...s.sessions.map((x) => x.end - x.start));

/** Settings and a roster whose every class fits in the longest session. */
export const validCaseArb = settingsArb.chain((settings) => {
  const max = Math.min(
    120,
    Math.floor((longestSession(settings) * settings.throughput.people) / periodSeconds(settings.throughput)),
  );
  return rowsArb(max).map((rows) => ({ settings, rows }));
});

/** The case scheduled, with the roster it was made from. */
export function planOf({ settings, rows }: { settings: Settings; rows: Row[] }): { plan: Plan; roster: Roster } {
  const roster = rosterOf(rows);
  return { plan: schedule(roster, settings), roster };
}
