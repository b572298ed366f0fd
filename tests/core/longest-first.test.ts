import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minOf } from '../../src/core/arrays.js';
import type { Units } from '../../src/core/schedule/assign-search.js';
import { longestFirst, unitSizes, workAt } from '../../src/core/schedule/longest-first.js';
import type { RoomQueue } from '../../src/core/schedule/placement.js';
import { rosterOf } from '../helpers.js';

/** The plain scan the tree replaced: every room's finish, the first least one taken. */
function scan(units: Units, queues: readonly RoomQueue[]): number[] {
  const work = unitSizes(units).map((s) => queues.map((q) => workAt(s, q)));
  const load = queues.map(() => 0);
  const rooms = units.map(() => 0);
  for (const i of units.map((_, i) => i).sort((a, b) => work[b]![0]! - work[a]![0]! || a - b)) {
    const finish = queues.map((_, r) => load[r]! + work[i]![r]!);
    const r = finish.indexOf(minOf(finish));
    rooms[i] = r;
    load[r] = finish[r]!;
  }
  return rooms;
}

/** Units of one counselor each, from their classes' headcounts. */
function unitsOf(headcounts: readonly (readonly number[])[]): Units {
  const roster = rosterOf(headcounts.flatMap((hs, u) => hs.map((h, k) => [`班${u}-${k}`, h, `导${u}`] as const)));
  const units: (typeof roster.classes)[] = [];
  let at = 0;
  for (const hs of headcounts) {
    units.push(roster.classes.slice(at, at + hs.length));
    at += hs.length;
  }
  return units.map((g) => [g]);
}

function queue(people: number, period: number): RoomQueue {
  return { slots: [], people, period, changeover: 0, fillBreaks: false };
}

// rates whose seconds a person are not whole (7/10min, 13/1min) make rounding ties between unequal loads possible
const rateArb = fc.constantFrom([20, 600], [7, 600], [13, 60], [3, 60], [40, 600], [1, 1]);

describe('longestFirst', () => {
  it('assigns as the scan over every room does, tie for tie, whatever the rooms and their rates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 6 }), { maxLength: 60 }),
        fc.array(rateArb, { minLength: 1, maxLength: 40 }),
        (headcounts, rates) => {
          const units = unitsOf(headcounts);
          const queues = rates.map(([people, period]) => queue(people!, period!));
          expect(longestFirst(units, queues)).toEqual(scan(units, queues));
        },
      ),
      { numRuns: 400 },
    );
  });

  it.each([
    ['equal units, more rooms than units', [[10], [10], [10]], 5, [0, 1, 2]],
    ['equal units, fewer rooms: round and round', [[10], [10], [10], [10], [10]], 2, [0, 1, 0, 1, 0]],
    ['the longest first, then onto the least loaded', [[5], [30], [10, 10], [1]], 2, [1, 0, 1, 1]],
  ])('%s', (_, headcounts, rooms, expected) => {
    const queues = Array.from({ length: rooms }, () => queue(20, 600));
    expect(longestFirst(unitsOf(headcounts), queues)).toEqual(expected);
  });

  it('takes 12 500 counselors into 1 250 rooms in well under a second (the scan took seconds)', () => {
    const units = unitsOf(
      Array.from({ length: 12_500 }, (_, u) => Array.from({ length: 8 }, (_, k) => 20 + ((u * 7 + k) % 26))),
    );
    const queues = Array.from({ length: 1_250 }, () => queue(20, 600));
    const start = performance.now();
    const rooms = longestFirst(units, queues);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(new Set(rooms).size).toBe(1_250);
  });
});
