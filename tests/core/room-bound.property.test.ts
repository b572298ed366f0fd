import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignRooms } from '../../src/core/schedule/assign.js';
import { placeRoom } from '../../src/core/schedule/place.js';
import type { RoomQueue } from '../../src/core/schedule/placement.js';
import { breaksBound } from '../../src/core/schedule/room-bound.js';

type Group = {
  seq: number;
  name: string;
  headcount: number;
  counselor: string;
  source: { file: string; row: number };
}[];

/** Every order of a list. */
function permutations<T>(list: readonly T[]): T[][] {
  if (list.length <= 1) return [[...list]];
  return list.flatMap((x, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((p) => [x, ...p]));
}

/**
 * The earliest latest end over every assignment of the counselors to the rooms, each room's counselors in every
 * order, each counselor's classes in roster and reverse order, placed as is and filling breaks (all feasible plans).
 */
function bruteLatestEnd(groups: readonly Group[], queues: readonly RoomQueue[]): number {
  const rooms = queues.length;
  let best = Number.POSITIVE_INFINITY;
  for (let code = 0; code < rooms ** groups.length; code++) {
    let latest = 0;
    for (let r = 0; r < rooms; r++) {
      const mine = groups.filter((_, u) => Math.floor(code / rooms ** u) % rooms === r);
      if (mine.length === 0) continue;
      let roomBest = Number.POSITIVE_INFINITY;
      for (const order of permutations(mine))
        for (const reversed of [false, true])
          for (const fillBreaks of [false, true]) {
            const groupsInOrder = order.map((g) => (reversed ? [...g].reverse() : g));
            const result = placeRoom(groupsInOrder, { ...queues[r]!, fillBreaks });
            if (!('unplaceable' in result)) roomBest = Math.min(roomBest, result.placed.lastEnd());
          }
      latest = Math.max(latest, roomBest);
    }
    best = Math.min(best, latest);
  }
  return best;
}

const instance = fc.record({
  counselors: fc.array(fc.array(fc.integer({ min: 5, max: 60 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 5,
  }),
  rates: fc.array(fc.integer({ min: 5, max: 30 }), { minLength: 2, maxLength: 3 }),
  sessions: fc.array(fc.record({ length: fc.integer({ min: 10, max: 150 }), gap: fc.integer({ min: 5, max: 120 }) }), {
    minLength: 1,
    maxLength: 4,
  }),
  changeover: fc.integer({ min: 0, max: 5 }),
});

describe('the rooms lower bound with breaks (issue 16)', () => {
  it('is never after the latest end of any plan (brute force over assignments and orders)', () => {
    fc.assert(
      fc.property(instance, ({ counselors, rates, sessions, changeover }) => {
        let seq = 0;
        const groups: Group[] = counselors.map((people, c) =>
          people.map((headcount, k) => ({
            seq: ++seq,
            name: `班${c}-${k}`,
            headcount,
            counselor: `导${c}`,
            source: { file: 'x.csv', row: seq + 1 },
          })),
        );
        let at = 9 * 3600;
        const slots = sessions.map(({ length, gap }) => {
          const s = { date: '2024-04-22', midnight: 0, start: at, end: at + length * 60 };
          at = s.end + gap * 60;
          return s;
        });
        const queues: RoomQueue[] = rates.map((people) => ({
          slots,
          people,
          period: 600,
          changeover: changeover * 60,
          fillBreaks: false,
        }));
        const units = groups.map((g) => [g]);
        const brute = bruteLatestEnd(groups, queues);
        expect(breaksBound(units, queues)).toBeLessThanOrEqual(brute);
        expect(assignRooms(units, queues).search!.lowerBound).toBeLessThanOrEqual(brute);
      }),
      { numRuns: 150 },
    );
  });
});
