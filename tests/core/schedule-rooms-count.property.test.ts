import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slotsOf } from '../../src/core/schedule/slot.js';
import { periodSeconds } from '../../src/core/throughput.js';
import { caseArb, ROOM_NAMES, RUNS } from './schedule-rooms-cases.js';
import { checkPlan } from './schedule-rooms-invariants.js';
import { planOrError } from './schedule-rooms-plan.js';

// Properties of issue 6 (rooms, --order optimize, constraints, --changeover, --reserve), on random rosters and settings.

describe('schedule with rooms, order, changeover, reserve and constraints: properties', () => {
  it('more rooms never end later than the first room alone, and two identical rooms do no worse than one (8)', () => {
    const arb = fc.record({
      c: caseArb({
        rooms: [2, 3],
        order: 'input',
        constraints: 'never',
        changeover: true,
        maxCounselors: 7,
        maxClasses: 20,
      }),
      identical: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ c, identical }) => {
        const rooms = identical
          ? [0, 1].map((i) => ({ name: ROOM_NAMES[i]!, throughput: c.settings.throughput }))
          : c.settings.rooms!;
        // The first room alone must be able to take every class (the roster fits the fastest room, maybe not the first).
        const longest = Math.max(...slotsOf(c.settings).map((s) => s.end - s.start));
        fc.pre(
          c.rows.every((r) => r[1] * periodSeconds(rooms[0]!.throughput) <= longest * rooms[0]!.throughput.people),
        );
        const many = planOrError(c, { ...c.settings, rooms })!;
        checkPlan(many, { ...c, settings: { ...c.settings, rooms } });
        const { rooms: _, ...single } = { ...c.settings, throughput: rooms[0]!.throughput };
        const one = planOrError(c, single)!;
        expect(many.summary.end).toBeLessThanOrEqual(one.summary.end);
        expect(many.summary.overflowSeconds).toBeLessThanOrEqual(one.summary.overflowSeconds);
      }),
      { numRuns: RUNS },
    );
  });
});
