import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClassEntry } from '../../src/core/roster/model.js';
import { exactRoom } from '../../src/core/schedule/exact.js';
import { objectiveOf } from '../../src/core/schedule/objective.js';
import type { RoomQueue } from '../../src/core/schedule/placement.js';
import { dateToLocalSeconds } from '../../src/core/time.js';

// The exact search builds a counselor's outcomes without windows from the subset each session holds (exact-runs.ts),
// pricing returns and short visits from where the visit under way started; with windows it walks every class order
// (exact-walk.ts). Windows that allow everything give the same placements, so the two must find plans of one cost.

const fromEnv = Number(process.env.FUZZ_RUNS);
/** 300 instances in CI; `npm run fuzz` (FUZZ_RUNS) runs more. */
const RUNS = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 300;

/** One room: up to 4 counselors × 6 classes, 1–4 sessions, a changeover or none, weights of a planner's own. */
const arb = fc.record({
  classes: fc.array(fc.array(fc.integer({ min: 5, max: 60 }), { minLength: 1, maxLength: 6 }), {
    minLength: 1,
    maxLength: 4,
  }),
  sessions: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 8 }), length: fc.integer({ min: 3, max: 12 }) }), {
    minLength: 1,
    maxLength: 4,
  }),
  rate: fc.integer({ min: 1, max: 8 }),
  changeover: fc.constantFrom(0, 0, 60, 300),
  weights: fc.record({
    returnCost: fc.constantFrom(0, 5, 15, 40, 600),
    minVisit: fc.constantFrom(0, 20, 45),
    shortCost: fc.constantFrom(0, 30, 60),
    reorderGain: fc.constant(0),
  }),
});

describe('the exact search by subsets per session and by every class order walked', () => {
  it('find plans of the same overflow, weighted cost and end', () => {
    fc.assert(
      fc.property(arb, (r) => {
        const midnight = dateToLocalSeconds('2024-04-22')!;
        let at = midnight + 8 * 3600;
        const slots = r.sessions.map((s) => {
          const start = at + s.gap * 600;
          at = start + s.length * 600;
          return { date: '2024-04-22', midnight, start, end: at };
        });
        let seq = 0;
        const groups: ClassEntry[][] = r.classes.map((g, c) =>
          g.map((headcount) => ({
            seq: ++seq,
            name: `班${seq}`,
            headcount,
            counselor: `导${c}`,
            source: { file: 't.csv', row: seq + 1 },
          })),
        );
        const queue: RoomQueue = {
          slots,
          people: r.rate,
          period: 60,
          changeover: r.changeover,
          fillBreaks: true,
          weights: r.weights,
        };
        const runs = exactRoom(groups, queue, 200_000);
        const walked = exactRoom(groups, { ...queue, allowed: () => undefined }, 200_000);
        // the walk's budget may run out first on the larger instances: then there is nothing to compare
        if (!runs.complete || !walked.complete) return;
        const score = (p: typeof runs) => {
          if (!p.complete || !p.placed) return undefined;
          const o = objectiveOf(p.placed, queue, groups);
          return [o.overflow, o.cost, o.end];
        };
        expect(score(runs)).toEqual(score(walked));
      }),
      { numRuns: RUNS, seed: 16 },
    );
  });
});
