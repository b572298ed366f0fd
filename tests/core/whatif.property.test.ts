import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { movedClasses, splitCounselors } from '../../src/core/schedule/metrics.js';
import type { Plan } from '../../src/core/schedule/plan.js';
import { dayEndOf, placeRoster, schedule } from '../../src/core/schedule/schedule.js';
import type { Settings } from '../../src/core/settings.js';
import { compareScenarios } from '../../src/core/whatif/whatif.js';
import { sessionsArb, throughputArb } from '../arbitraries.js';
import { rosterOf } from '../helpers.js';

// The what-if measures placements without assembling plans; these are the same measures taken on the assembled plan.
const planIdle = (plan: Plan) =>
  plan.rooms.map((_, room) => {
    const classes = plan.classes.filter((c) => c.room === room);
    const end = Math.max(plan.slots[0]!.start, ...classes.map((c) => c.end));
    return plan.slots.reduce((idle, slot, i) => {
      if (slot.start >= end) return idle;
      const busy = classes
        .filter((c) => c.slot === i)
        .reduce((sum, c) => sum + Math.max(0, Math.min(c.end, slot.end) - c.start), 0);
      return idle + Math.max(0, Math.min(slot.end, end) - slot.start - busy);
    }, 0);
  });
const planSplits = (plan: Plan) => plan.blocks.filter((b) => b.segments.length > 1).map((b) => b.counselor);
const planMoved = (baseline: Plan, other: Plan) => {
  const shifts = other.classes.map((c) => Math.abs(c.start - baseline.classes.find((b) => b.name === c.name)!.start));
  return { count: shifts.filter((s) => s > 0).length, maxShiftSeconds: Math.max(0, ...shifts) };
};

const caseArb = fc
  .record({
    throughput: throughputArb,
    other: throughputArb,
    sessions: sessionsArb,
    days: fc.integer({ min: 1, max: 2 }),
    rooms: fc.integer({ min: 1, max: 2 }),
    rows: fc.array(
      fc.record({
        headcount: fc.integer({ min: 1, max: 60 }),
        counselor: fc.constantFrom('甲', '乙', '丙', '丁', '戊'),
      }),
      { minLength: 1, maxLength: 30 },
    ),
  })
  .map(({ throughput, other, sessions, days, rooms, rows }) => {
    const settings = (t: Settings['throughput']): Settings => ({
      throughput: t,
      sessions,
      dates: ['2024-04-22', '2024-04-23'].slice(0, days),
      ...(rooms > 1
        ? {
            rooms: [
              { name: 'A', throughput: t },
              { name: 'B', throughput: t },
            ],
          }
        : {}),
    });
    return {
      base: settings(throughput),
      other: settings(other),
      rows: rows.map((r, i) => [`班${i + 1}`, r.headcount, r.counselor] as const),
    };
  });

/** The plan, or undefined when a class is longer than every session (the case is then not about metrics). */
function planOrSkip(roster: ReturnType<typeof rosterOf>, settings: Settings): Plan | undefined {
  try {
    return schedule(roster, settings);
  } catch (error) {
    if (error instanceof CapturePlanError) return undefined;
    throw error;
  }
}

describe('what-if measures on placements', () => {
  it('equal the same measures on the assembled plans: end, idle time, split counselors, moved classes', () => {
    fc.assert(
      fc.property(caseArb, ({ base, other, rows }) => {
        const roster = rosterOf(rows);
        const baseline = planOrSkip(roster, base);
        const plan = planOrSkip(roster, other);
        if (!baseline || !plan) return;
        const placedBase = placeRoster(roster, base);
        const placed = placeRoster(roster, other);
        expect(dayEndOf(placed).end).toBe(plan.summary.end);
        expect(dayEndOf(placed)).toEqual({
          end: plan.summary.end,
          fits: plan.summary.fits,
          overflowSeconds: plan.summary.overflowSeconds,
        });
        const scenario = compareScenarios(roster, [other]).scenarios[0]!;
        expect(scenario.idleByRoom).toEqual(planIdle(plan));
        expect(scenario.idleSeconds).toBe(planIdle(plan).reduce((a, b) => a + b, 0));
        expect(splitCounselors(placed)).toEqual(planSplits(plan));
        expect(movedClasses(placedBase)(placed)).toEqual(planMoved(baseline, plan));
      }),
      { numRuns: 300 },
    );
  });
});
