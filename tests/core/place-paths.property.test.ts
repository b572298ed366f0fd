import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClassEntry } from '../../src/core/roster/model.js';
import { inputOrder } from '../../src/core/schedule/groups.js';
import { placeRoom } from '../../src/core/schedule/place.js';
import type { Placement, RoomQueue } from '../../src/core/schedule/placement.js';
import { slotsOf } from '../../src/core/schedule/slot.js';
import { periodSeconds } from '../../src/core/throughput.js';
import { DAY, dateToLocalSeconds, isoDateOf } from '../../src/core/time.js';
import { sessionsArb, throughputArb } from '../arbitraries.js';
import { rosterOf } from '../helpers.js';

// placeRoom takes a fast path (placeInOrder) when the queue has no `allowed`; with an `allowed` that constrains no
// class (undefined for each: anywhere in the sessions), it takes the constrained path, which must place the same way.

const FIRST_DATE = dateToLocalSeconds('2024-04-22')!;

/**
 * A room's queue on 1–2 dates, with or without a reserve, break filling and a changeover no longer than the shortest
 * break. (A changeover longer than the break it spans is where the paths part: the fast path starts the next session
 * on time, the constrained one waits out the rest of the changeover into it.)
 */
const queueArb: fc.Arbitrary<RoomQueue> = fc
  .record({
    throughput: throughputArb,
    sessions: sessionsArb,
    days: fc.integer({ min: 1, max: 2 }),
    reserve: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1800 })),
    fillBreaks: fc.boolean(),
  })
  .chain(({ throughput, sessions, days, reserve, fillBreaks }) => {
    const dates = Array.from({ length: days }, (_, i) => isoDateOf(FIRST_DATE + i * DAY));
    const slots = slotsOf({ throughput, sessions, dates, reserve });
    const shortestBreak = Math.min(600, ...slots.slice(1).map((s, i) => s.start - slots[i]!.end));
    return fc.oneof(fc.constant(0), fc.integer({ min: 0, max: shortestBreak })).map((changeover) => ({
      slots,
      people: throughput.people,
      period: periodSeconds(throughput),
      changeover,
      fillBreaks,
    }));
  });

/** 1–7 counselors with 1–6 classes each, as placeRoom gets them: grouped by counselor, in roster order. */
const groupsArb: fc.Arbitrary<ClassEntry[][]> = fc
  .array(fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 7 })
  .map((groups) => {
    let n = 0;
    return inputOrder(
      rosterOf(groups.flatMap((headcounts, g) => headcounts.map((h) => [`班${++n}`, h, `辅导员${g}`] as const)))
        .classes,
    );
  });

/** A placement as plain lists, its typed columns cut to the classes placed. */
function columns(placed: Placement): { entries: ClassEntry[]; start: number[]; end: number[]; slot: number[] } {
  const n = placed.length;
  return {
    entries: placed.entries,
    start: [...placed.start.subarray(0, n)],
    end: [...placed.end.subarray(0, n)],
    slot: [...placed.slot.subarray(0, n)],
  };
}

describe('placeRoom: the fast path and the constrained path', () => {
  it('place every class at the same start, end and slot when no class is constrained', () => {
    fc.assert(
      fc.property(queueArb, groupsArb, (queue, groups) => {
        const fast = placeRoom(groups, queue);
        const constrained = placeRoom(groups, { ...queue, allowed: () => undefined });
        if (!('placed' in fast) || !('placed' in constrained)) throw new Error('no constraints: every class places');
        expect(columns(constrained.placed)).toEqual(columns(fast.placed));
      }),
      { numRuns: 300 },
    );
  });
});
