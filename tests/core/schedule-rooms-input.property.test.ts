import fc from 'fast-check';
import { describe, it } from 'vitest';
import { caseArb, RUNS } from './schedule-rooms-cases.js';
import { checkNoIdle, checkPlan } from './schedule-rooms-invariants.js';
import { planOrError } from './schedule-rooms-plan.js';

// Properties of issue 6 (rooms, --order optimize, constraints, --changeover, --reserve), on random rosters and settings.

describe('schedule with rooms, order, changeover, reserve and constraints: properties', () => {
  it('input order, 1–3 rooms: 1–4 and 7 hold, roster order is kept in each room, and without changeover no idle time (5, 8b)', () => {
    const arb = caseArb({
      rooms: [1, 3],
      order: 'input',
      constraints: 'sometimes',
      changeover: true,
      maxCounselors: 7,
      maxClasses: 20,
    });
    fc.assert(
      fc.property(arb, (c) => {
        const plan = planOrError(c);
        if (plan) checkPlan(plan, c);
      }),
      { numRuns: 200 },
    );
  });

  it('input order without changeover or constraints: no idle time in any room except before a break the next class would straddle (5)', () => {
    const arb = caseArb({
      rooms: [1, 3],
      order: 'input',
      constraints: 'never',
      changeover: false,
      maxCounselors: 7,
      maxClasses: 20,
    });
    fc.assert(
      fc.property(arb, (c) => {
        const plan = planOrError(c)!;
        checkPlan(plan, c);
        checkNoIdle(plan);
      }),
      { numRuns: RUNS },
    );
  });
});
