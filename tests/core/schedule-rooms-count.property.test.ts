import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slotsOf } from '../../src/core/schedule/slot.js';
import { periodSeconds } from '../../src/core/throughput.js';
import { rosterOf } from '../helpers.js';
import { caseArb, ROOM_NAMES, RUNS } from './schedule-rooms-cases.js';
import { checkPlan } from './schedule-rooms-invariants.js';
import { planOrError, roomObjective } from './schedule-rooms-plan.js';

// Properties of issue 6 (rooms, --order optimize, constraints, --changeover, --reserve), on random rosters and settings.

describe('schedule with rooms, order, changeover, reserve and constraints: properties', () => {
  // rooms are compared by overflow, then their cost (returns and short visits at their prices, and every room booked
  // until the latest end), then the latest end: more rooms may end later than one, but only when that costs less
  it('more rooms never overflow more than the first room alone, nor end later unless they cost less (8)', () => {
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
        expect(many.summary.overflowSeconds).toBeLessThanOrEqual(one.summary.overflowSeconds);
        if (many.summary.end > one.summary.end) {
          // every room is booked until the latest end, so a later end must be bought by fewer returns or short
          // visits: their prices summed over the rooms, plus the rooms' booked time, below the first room's alone
          const roster = rosterOf(c.rows);
          const slots = slotsOf(c.settings);
          const booked = (to: number) =>
            slots.reduce((sum, s) => sum + Math.max(0, Math.min(s.end, to) - s.start), 0) +
            Math.max(0, to - slots[slots.length - 1]!.end);
          const priced = (o: { cost: number; idle: number }) => o.cost - o.idle;
          const cost =
            rooms.reduce((sum, _, r) => sum + priced(roomObjective(many, roster, r)), 0) +
            rooms.length * booked(many.summary.end);
          expect(cost).toBeLessThan(priced(roomObjective(one, roster, 0)) + rooms.length * booked(one.summary.end));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
