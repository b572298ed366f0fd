import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallestFittingRate } from '../../src/core/schedule/fit.js';
import { planFix } from '../../src/core/schedule/fix.js';
import { schedule, scheduledEnd } from '../../src/core/schedule/schedule.js';
import { roomsOf, type Settings } from '../../src/core/settings.js';
import { periodSeconds } from '../../src/core/throughput.js';
import { rosterOf } from '../helpers.js';
import { longestSession, RUNS, rowsArb, settingsArb, validCaseArb } from './schedule-cases.js';

describe('schedule: properties', () => {
  // 7. The rate smallestFittingRate returns fits, and no smaller rate from the capacity bound up does (small rosters).
  it('smallestFittingRate returns a rate that fits, and the smallest one from the capacity bound', () => {
    fc.assert(
      fc.property(fc.record({ settings: settingsArb, rows: rowsArb(120, 8) }), ({ settings, rows }) => {
        const roster = rosterOf(rows);
        const fix = smallestFittingRate(roster, settings);
        if (!fix) return;
        const plan = schedule(roster, { ...settings, throughput: fix.throughput });
        expect(plan.summary.fits).toBe(true);
        expect(plan.summary.end).toBe(fix.end);
        expect({ ...fix.throughput, people: 0 }).toEqual({ ...settings.throughput, people: 0 });

        const period = periodSeconds(settings.throughput);
        const capacity = plan.slots.reduce((sum, s) => sum + (s.end - s.start), 0);
        const people = rows.reduce((sum, r) => sum + r[1], 0);
        const largest = Math.max(...rows.map((r) => r[1]));
        const from = Math.max(
          1,
          Math.ceil((people * period) / capacity),
          Math.ceil((largest * period) / longestSession(settings)),
        );
        for (let n = from; n < fix.throughput.people; n++) {
          expect(
            schedule(roster, { ...settings, throughput: { ...settings.throughput, people: n } }).summary.fits,
          ).toBe(false);
        }
      }),
      RUNS,
    );
  });

  // 7a. The end without the plan (what the rate search uses) is the plan's end.
  it('scheduledEnd agrees with the summary of schedule', () => {
    fc.assert(
      fc.property(validCaseArb, ({ settings, rows }) => {
        const roster = rosterOf(rows);
        const { summary } = schedule(roster, settings);
        expect(scheduledEnd(roster, settings)).toEqual({
          end: summary.end,
          fits: summary.fits,
          overflowSeconds: summary.overflowSeconds,
        });
      }),
      RUNS,
    );
  });

  // 7b. On any roster size, the returned rate fits.
  it('smallestFittingRate fits on large rosters too', () => {
    fc.assert(
      fc.property(fc.record({ settings: settingsArb, rows: rowsArb(120) }), ({ settings, rows }) => {
        const roster = rosterOf(rows);
        const fix = smallestFittingRate(roster, settings);
        if (fix) expect(schedule(roster, { ...settings, throughput: fix.throughput }).summary.fits).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  // 7c. The days and the rooms the fix names make the roster fit, and one fewer does not (small rosters: rooms are
  // assigned exhaustively, and a day more only adds room at the end).
  it('planFix: the extra days and rooms fit, one fewer does not', () => {
    fc.assert(
      fc.property(validCaseArb, ({ settings: given, rows }) => {
        // one date, so that most cases do not fit
        const settings = { ...given, dates: given.dates.slice(0, 1) };
        const roster = rosterOf(rows);
        fc.pre(!schedule(roster, settings).summary.fits);
        const fix = planFix(roster, settings);
        const fits = (s: Settings) => schedule(roster, s).summary.fits;
        if (fix.dates) {
          const days = (n: number) => ({ ...settings, dates: [...settings.dates, ...fix.dates!.slice(0, n)] });
          expect(fits(days(fix.dates.length))).toBe(true);
          expect(fits(days(fix.dates.length - 1))).toBe(false);
        }
        const counselors = new Set(rows.map((r) => r[2])).size;
        if (fix.rooms) {
          const rooms = (n: number) => ({
            ...settings,
            rooms: Array.from({ length: n }, (_, i) => ({ name: `#${i + 1}`, throughput: settings.throughput })),
          });
          expect(fix.rooms).toBeLessThanOrEqual(counselors);
          expect(fits(rooms(fix.rooms))).toBe(true);
          if (fix.rooms > 2) expect(fits(rooms(fix.rooms - 1))).toBe(false);
        } else
          expect(
            fits({
              ...settings,
              rooms: Array.from({ length: counselors }, (_, i) => ({ name: `#${i}`, throughput: settings.throughput })),
            }),
          ).toBe(false);
        expect(roomsOf(settings)).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
  });
});
